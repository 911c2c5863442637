"""The extractor's records (plain classes since they stopped being dataclasses, for start-up)
keep what the dataclasses gave: keyword and positional construction, defaults, fresh lists,
equality by fields, a readable repr, and no hash."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_cli.minutes import Extraction, FoundAction, FoundResolution, Meeting
from clerk_cli.minutes.units import Unit


def test_construction_defaults_and_fresh_lists():
    a = FoundAction("Write to X", "Clerk", None, None, None, None, 3, "src")
    b = FoundAction("Write to X", "Clerk", None, None, None, None, 3, "src")
    assert (a.status, a.minute_ref, a.draft, a.flags) == ("open", None, None, [])
    a.flags.append("no due date")
    assert b.flags == [] and a != b
    ex1, ex2 = Extraction(), Extraction()
    ex1.actions.append(a)
    assert ex2.actions == [] and ex2.meeting == Meeting()
    assert Unit(1, "x", "x").tags == [] and Unit(1, "x", "x").offsets == []


def test_equality_and_repr_by_fields():
    m = Meeting(body="Cabinet", date=date(2024, 2, 7))
    assert m == Meeting("Cabinet", date(2024, 2, 7)) and m != Meeting("Cabinet")
    assert m != ("Cabinet",)
    r = FoundResolution("7", "Approve the budget", 10, "RESOLVED (7)")
    assert repr(r) == (
        "FoundResolution(ref='7', text='Approve the budget', line=10, "
        "source='RESOLVED (7)', minute_ref=None)"
    )
    with pytest.raises(TypeError):
        hash(m)
    with pytest.raises(AttributeError):
        m.colour = "red"  # no stray fields
