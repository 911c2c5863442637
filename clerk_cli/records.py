"""``@dataclass`` as the standard library's, with less work at import.

``dataclasses.dataclass`` writes the source of each method it adds and compiles it
when the module is imported: ``__init__``, ``__repr__`` and ``__eq__`` (and
``__hash__``, ``__setattr__`` and ``__delattr__`` for a frozen class), about 0.1 ms
each.  clerk declares some seventy result and row types, and every command paid for the
few dozen it imported at each start.

This decorator lets the standard library write ``__init__`` (and a frozen class's
``__setattr__``/``__delattr__``) and gives the class a ``__repr__``, ``__eq__`` and (if
frozen) ``__hash__`` made from closures over its field names, which need no compiling.
They behave as the generated ones do: the same repr (the class's qualified name, the
fields with ``repr=True``, ``...`` for a recursive one), equality only with an instance of
the same class over the fields with ``compare=True``, a frozen class hashed by those
fields (or ``hash=True`` ones), and a mutable one unhashable.  The class is still a
dataclass: ``fields``, ``asdict``, ``replace`` and ``is_dataclass`` work as before.
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
