"""Dates that name a past moment (--as-of, --on): the words a clerk uses for them and
the errors they get.  Due dates look forward ("friday" is the coming one); these look
back ("friday" is the last one)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import time_machine


def at(day: str):
    """Run the block as if it were 10:00 UTC on that day."""
    return time_machine.travel(datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC), tick=False)


DUE_ONLY_FORMS = ("next meeting", "the June meeting", "by November", "+2w", "within six weeks")


@pytest.mark.parametrize(
    "args",
    [
        ("report", "--as-of", "soonish"),
        ("list", "--as-of", "31/02/2026"),
        ("show", "CSSC-1", "--as-of", "whenever"),
        ("done", "CSSC-1", "--on", "the other day"),
    ],
)
def test_a_bad_as_of_lists_only_the_forms_as_of_takes(seeded, args):
    """Findings (dates bug 6): the hint listed due-date forms ("the next meeting", "by
    November") that make no sense for a moment that has passed."""
    with at("2026-12-02"):
        r = seeded(*args)
    assert r.exit_code != 0
    error = r.output.strip().splitlines()[-1]
    assert "30/09/2022" in error  # the forms it does take
    for form in DUE_ONLY_FORMS:
        assert form not in error, error
    assert "due date" not in error
