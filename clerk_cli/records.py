"""``@dataclass`` as the standard library's, with less work at import.

``dataclasses.dataclass`` writes the source of each method it adds and compiles it
when the module is imported: ``__init__``, ``__repr__`` and ``__eq__`` (and
``__hash__``, ``__setattr__`` and ``__delattr__`` for a frozen class), about 0.1 ms
each.  clerk declares some seventy result and row types, and every command paid for the
few dozen it imported at each start.

This decorator gives the class a ``__repr__``, ``__eq__`` and (if frozen) ``__hash__``,
``__setattr__`` and ``__delattr__`` made from closures over its field names, which need no
compiling, and an ``__init__`` that is written and compiled when the first instance is
made (a command imports dozens of these classes and makes instances of a few).  They
behave as the generated ones do: the same ``__init__`` (parameters, annotations, defaults,
a default factory called for each instance, a frozen class's fields set through
``object.__setattr__``) and the same per-instance speed once compiled, the same docstring
for a class without one, the same repr (the class's qualified name, the fields with
``repr=True``, ``...`` for a recursive one), equality only with an instance of the same
class over the fields with ``compare=True``, a frozen class hashed by those fields (or
``hash=True`` ones) and refusing assignment with FrozenInstanceError, and a mutable one
unhashable.  The class is still a dataclass: ``fields``, ``asdict``, ``replace`` and
``is_dataclass`` work as before, and a frozen one is marked frozen.  A class using what
this does not cover (InitVar, ClassVar, keyword-only or init=False fields,
``__post_init__``, a dataclass base, a frozen slotted class) gets the standard library's
``__init__`` (and frozen methods) at import.
tests/core/test_records.py compares the two.
"""

from __future__ import annotations

import dataclasses
from dataclasses import field
from operator import attrgetter
from reprlib import recursive_repr

__all__ = ["dataclass", "field"]


def dataclass(cls=None, /, *, frozen: bool = False, slots: bool = False):
    """@dataclass, @dataclass(frozen=True), @dataclass(slots=True) as the standard library's."""

    def wrap(cls):
        return _process(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


def _process(cls, frozen: bool, slots: bool):
    if any(name in cls.__dict__ for name in ("__repr__", "__eq__", "__hash__")):
        # A class with methods of its own: the standard library's rules for them.
        return dataclasses.dataclass(cls, frozen=frozen, slots=slots)
    lazy = _plain(cls, frozen, slots)
    if lazy:
        doc = cls.__dict__.get("__doc__")
        if not doc:
            cls.__doc__ = " "  # (written below: spares the standard library an inspect.signature)
        cls = dataclasses.dataclass(cls, init=False, slots=slots, repr=False, eq=False)
        fields = dataclasses.fields(cls)
        if not doc:  # what the standard library writes: the class's signature
            cls.__doc__ = cls.__name__ + "(" + ", ".join(_param(f) for f in fields) + ")"
        _lazy_init(cls, fields, frozen)
        if frozen:
            _freeze(cls, fields)
    else:
        cls = dataclasses.dataclass(cls, frozen=frozen, slots=slots, repr=False, eq=False)
        fields = dataclasses.fields(cls)
    shown = tuple(f.name for f in fields if f.repr)
    values = _getter(tuple(f.name for f in fields if f.compare))

    def __repr__(self):
        return (
            self.__class__.__qualname__
            + "("
            + ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
            + ")"
        )

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    _method(cls, "__repr__", __repr__, recursive_repr())
    _method(cls, "__eq__", __eq__)
    if frozen:
        hashed = _getter(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))

        def __hash__(self):
            return hash(hashed(self))

        _method(cls, "__hash__", __hash__)
    else:
        cls.__hash__ = None  # mutable and compared by value: unhashable, as a dataclass is
    return cls


def _plain(cls, frozen: bool, slots: bool) -> bool:
    """Whether the class is one _lazy_init and _freeze are written for: fields with
    positional parameters, plain defaults or default factories, string annotations (as
    ``from __future__ import annotations`` makes them), no dataclass base, no __init__ or
    __post_init__ of its own.  Any other class is left to the standard library."""
    if (frozen and slots) or "__init__" in cls.__dict__ or hasattr(cls, "__post_init__"):
        return False
    if any(dataclasses.is_dataclass(base) for base in cls.__mro__[1:]):
        return False
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if (
            name in ("self", "_FACTORY", "_setattr")
            or not isinstance(annotation, str)
            or any(word in annotation for word in ("ClassVar", "InitVar", "KW_ONLY"))
        ):
            return False
        value = cls.__dict__.get(name)
        if isinstance(value, dataclasses.Field) and (not value.init or value.kw_only is True):
            return False
    return True


class _Factory:
    """The default of a parameter whose field has a default_factory (shown as the
    standard library shows it)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _default(f):
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return _FACTORY
    return dataclasses.MISSING


def _param(f) -> str:
    """A parameter of __init__ as inspect.signature writes it (for the class's __doc__)."""
    default = _default(f)
    text = f"{f.name}: {f.type!r}"
    return text if default is dataclasses.MISSING else f"{text} = {default!r}"


def _lazy_init(cls, fields, frozen: bool) -> None:
    """Give cls an __init__ that writes and compiles the real one at the first instance.

    The real one is what the standard library would write: the same parameters (with
    their annotations), the same defaults, a default factory called for each instance,
    and for a frozen class the fields set through object.__setattr__.  A command
    imports dozens of these classes and makes instances of only a few."""

    def __init__(self, *args, **kwargs):
        real = _compile_init(cls, fields, frozen)
        cls.__init__ = real
        real(self, *args, **kwargs)

    _method(cls, "__init__", __init__)


def _compile_init(cls, fields, frozen: bool):
    env = {"__name__": cls.__module__, "_FACTORY": _FACTORY, "_setattr": object.__setattr__}
    params, body = [], []
    for f in fields:
        env[f"_type_{f.name}"] = f.type
        default = _default(f)
        if default is dataclasses.MISSING:
            params.append(f"{f.name}: _type_{f.name}")
        else:
            env[f"_dflt_{f.name}"] = f.default_factory if default is _FACTORY else default
            params.append(
                f"{f.name}: _type_{f.name} = {'_FACTORY' if default is _FACTORY else f'_dflt_{f.name}'}"
            )
        value = (
            f"_dflt_{f.name}() if {f.name} is _FACTORY else {f.name}"
            if default is _FACTORY
            else f.name
        )
        body.append(
            f"_setattr(self, {f.name!r}, {value})" if frozen else f"self.{f.name} = {value}"
        )
    source = f"def __init__(self, {', '.join(params)}) -> None:\n"
    source += "".join(f"    {line}\n" for line in body or ["pass"])
    # dont_inherit: not this module's `from __future__ import annotations` (the
    # annotations are the fields' own, as the standard library gives them).
    exec(compile(source, "<string>", "exec", dont_inherit=True), env)
    fn = env["__init__"]
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    return fn


def _freeze(cls, fields) -> None:
    """A frozen dataclass's __setattr__ and __delattr__, as closures; the class is marked
    frozen as the standard library marks it."""
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    _method(cls, "__setattr__", __setattr__)
    _method(cls, "__delattr__", __delattr__)
    cls.__dataclass_params__.frozen = True


def _getter(names: tuple[str, ...]):
    """A function of an instance giving the tuple of those attributes."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda self: (one(self),)
    return lambda self: ()


def _method(cls, name: str, fn, wrap=None) -> None:
    fn.__name__ = name
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    fn.__module__ = cls.__module__
    setattr(cls, name, wrap(fn) if wrap else fn)
