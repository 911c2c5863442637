"""rules.confidential: the spells an action was confidential, and what was said in them."""

from __future__ import annotations

from datetime import UTC, datetime

from clerk_cli.rules.confidential import (
    change_in_confidence,
    confidential_spells,
    in_confidence,
)


def day(n: int) -> datetime:
    return datetime(2022, 6, n, 10, tzinfo=UTC)


def test_spells_from_the_changes_of_confidentiality():
    assert confidential_spells([]) == []
    # Recorded confidential, made public on the 5th.
    assert confidential_spells([(day(5), "yes", "no")]) == [(None, day(5))]
    # Public, confidential from the 2nd to the 4th, and again from the 8th.
    changes = [(day(2), "no", "yes"), (day(4), "yes", "no"), (day(8), "no", "yes")]
    assert confidential_spells(changes) == [(day(2), day(4)), (day(8), None)]


def test_what_was_said_in_a_spell_ends_included():
    spells = [(day(2), day(4))]
    assert not in_confidence(spells, day(1)) and not in_confidence(spells, day(5))
    assert in_confidence(spells, day(2)) and in_confidence(spells, day(3))
    assert in_confidence(spells, day(4))  # recorded with the change that made it public
    assert in_confidence(spells, day(1), day(3))  # dated before, recorded in it
    assert not in_confidence(spells, None)
    assert in_confidence([(None, day(4))], day(1))  # confidential from the first


def test_the_changes_of_confidentiality_themselves_are_not_withheld():
    spells = [(day(2), day(4))]
    assert change_in_confidence("text", spells, day(4))
    assert not change_in_confidence("confidential", spells, day(4))
    assert not change_in_confidence("note", spells, day(5))
