"""clerk_cli.records.dataclass behaves as the standard library's @dataclass."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest

from clerk_cli import records


def _pair(frozen=False, slots=False, doc=True):
    """The same class made by each decorator."""
    made = []
    for deco in (dataclasses.dataclass, records.dataclass):

        class Row:
            id: int
            name: str
            tags: list[str] = dataclasses.field(default_factory=list)
            secret: str = dataclasses.field(default="", repr=False, compare=False)
            due: object | None = None

        if doc:
            Row.__doc__ = "A row."
        made.append(deco(frozen=frozen, slots=slots)(Row))
    return made


@pytest.mark.parametrize("doc", [True, False], ids=["docstring", "no docstring"])
@pytest.mark.parametrize(
    "frozen,slots", [(False, False), (True, False), (False, True), (True, True)]
)
def test_same_behaviour_as_the_standard_library(frozen, slots, doc):
    std, ours = _pair(frozen, slots, doc)
    assert ours.__doc__ == std.__doc__
    assert ours.__dataclass_params__.frozen is frozen
    a = ours(1, "x", ["t"], secret="s")
    b = std(1, "x", ["t"], secret="s")
    assert repr(a) == repr(b)
    assert repr(a).endswith("<locals>.Row(id=1, name='x', tags=['t'], due=None)")
    assert a == ours(1, "x", ["t"], secret="other")  # compare=False is left out
    assert a != ours(2, "x", ["t"])
    assert (a == b) is False  # another class, as with the standard library
    assert a.__eq__(1) is NotImplemented
    assert dataclasses.is_dataclass(a)
    assert dataclasses.asdict(a) == dataclasses.asdict(b)
    assert [f.name for f in dataclasses.fields(a)] == [f.name for f in dataclasses.fields(b)]
    assert dataclasses.replace(a, name="y").name == "y"
    assert copy.deepcopy(a) == a
    with pytest.raises(TypeError):
        ours()
    with pytest.raises(TypeError):
        ours(1, "x", [], "s", None, "one too many")
    with pytest.raises(TypeError):
        ours(1, "x", nope=1)
    assert ours(1, "x").tags is not ours(1, "x").tags  # a new list each time
    assert ours(id=1, name="x", due=3).due == 3
    assert str(inspect.signature(ours)) == str(inspect.signature(std))
    assert ours.__init__.__qualname__.endswith("<locals>.Row.__init__")
    if frozen:
        h = ours(1, "x", ("t",), secret="s")
        assert hash(h) == hash(std(1, "x", ("t",), secret="s"))
        assert hash(h) == hash(ours(1, "x", ("t",), secret="other"))
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.name = "y"
        if not slots:  # (the standard library's frozen slotted class raises TypeError here)
            with pytest.raises(dataclasses.FrozenInstanceError):
                a.other = "y"  # not even a new attribute
        with pytest.raises(dataclasses.FrozenInstanceError):
            del a.name
    else:
        assert ours.__hash__ is None and std.__hash__ is None
        a.name = "y"
        assert a.name == "y"
    if slots:
        assert not hasattr(a, "__dict__")


def test_recursive_repr():
    (ours,) = _pair()[1:]
    a = ours(1, "x")
    a.tags.append(a)
    assert repr(a).endswith("tags=[...], due=None)")


@records.dataclass(frozen=True)
class Pickled:
    x: int
    y: str = "y"


def test_pickles_and_one_field_hash():
    assert pickle.loads(pickle.dumps(Pickled(1))) == Pickled(1)

    @records.dataclass(frozen=True)
    class One:
        x: int

    @dataclasses.dataclass(frozen=True)
    class StdOne:
        x: int

    assert hash(One(3)) == hash(StdOne(3))
    assert {One(3): 1}[One(3)] == 1


def test_own_methods_are_kept():
    @records.dataclass
    class Own:
        x: int

        def __repr__(self):
            return "own"

    assert repr(Own(1)) == "own"
    assert Own(1) == Own(1)


def test_lazy_pattern_is_the_compiled_pattern():
    import re

    from clerk_cli.lazy_pattern import lazy

    p = lazy(r"(\w+)-(\d+)", re.I)
    assert "match" not in vars(p)  # nothing compiled yet
    assert p.match("CSSC-12").groups() == ("CSSC", "12")
    assert p.pattern == r"(\w+)-(\d+)" and p.flags & re.I
    assert p.sub("x", "a-1 b-2") == "x x" and p.fullmatch("a-1 ") is None
    assert "match" in vars(p)


def test_a_frozen_dataclass_may_subclass_a_frozen_record():
    @records.dataclass(frozen=True)
    class Base:
        x: int

    @dataclasses.dataclass(frozen=True)
    class Sub(Base):
        y: int = 0

    s = Sub(1, 2)
    assert (s.x, s.y) == (1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.y = 3


def test_what_the_lazy_init_does_not_cover_is_left_to_the_standard_library():
    @records.dataclass
    class Post:
        x: int
        y: int = dataclasses.field(init=False, default=0)

        def __post_init__(self):
            self.y = self.x * 2

    @records.dataclass(frozen=True)
    class Named:
        self: int  # a field the written __init__ could not take

    assert Post(2) == Post(2) and Post(2).y == 4 and repr(Post(2)).endswith("Post(x=2, y=4)")
    assert Named(1).self == 1 and hash(Named(1)) == hash(Named(1))
