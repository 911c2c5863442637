"""Dates that name a past moment (--as-of, --on): the words a clerk uses for them and
the errors they get.  Due dates look forward ("friday" is the coming one); these look
back ("friday" is the last one)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine

from clerk_cli.dates import parse_due, parse_past_date
from clerk_cli.errors import InvalidInput


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


# ---- dates bug 1: words for a past moment look back, not forward -------------------------

WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 dec", date(2025, 12, 31)),  # not 31 December 2026, still to come
        ("31 December", date(2025, 12, 31)),
        ("1 december", date(2026, 12, 1)),
        ("2 December", WEDNESDAY),  # today counts
        ("December 1", date(2026, 12, 1)),
        ("30 September", date(2026, 9, 30)),
        ("29 Feb", date(2024, 2, 29)),  # the last one there was
        ("friday", date(2026, 11, 27)),  # the last Friday, not the coming one
        ("Friday", date(2026, 11, 27)),
        ("on friday", date(2026, 11, 27)),
        ("last friday", date(2026, 11, 27)),
        ("monday", date(2026, 11, 30)),
        ("wednesday", WEDNESDAY),  # today is one
        ("last wednesday", date(2026, 11, 25)),  # the one before today
        ("yesterday", date(2026, 12, 1)),
        ("today", WEDNESDAY),
        ("November", date(2026, 11, 30)),  # the end of the last November
        ("December", date(2025, 12, 31)),
        ("autumn", date(2026, 11, 30)),
        ("2026-12-31", date(2026, 12, 31)),  # a year given: that day, as written
        ("31/12/2026", date(2026, 12, 31)),
        ("31 December 2026", date(2026, 12, 31)),
        ("30 September 2022", date(2022, 9, 30)),
        ("November 2022", date(2022, 11, 30)),
        ("Q3 2022", date(2022, 9, 30)),
        ("Q4", date(2025, 12, 31)),
        ("end of financial year", date(2026, 3, 31)),
    ],
)
def test_past_words_mean_the_most_recent_day(text, expected):
    assert parse_past_date(text, today=WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text", ["tomorrow", "next friday", "+2w", "in 10 days", "next meeting", "eom", "next week"]
)
def test_words_that_look_ahead_are_no_past_moment(text):
    with pytest.raises(InvalidInput) as exc:
        parse_past_date(text, today=WEDNESDAY)
    assert "Accepted forms" in str(exc.value) and "\n" not in str(exc.value)


@pytest.mark.parametrize(
    ("words", "day"),
    [("friday", "2026-11-27"), ("31 dec", "2025-12-31"), ("monday", "2026-11-30")],
)
def test_report_and_list_as_of_words_look_back(seeded, words, day):
    with at("2026-12-02"):
        report = seeded("report", "--overdue", "--format", "plain", "--as-of", words)
        listed = seeded("list", "--format", "json", "--as-of", words)
        explicit = seeded("list", "--format", "json", "--as-of", day)
    assert report.exit_code == 0, report.output
    assert f"as of {day}" in report.output
    assert listed.output == explicit.output


def test_done_on_friday_is_the_friday_gone(seeded):
    with at("2026-12-02"):
        r = seeded("done", "CSSC-1", "--on", "friday")
        assert r.exit_code == 0, r.output
        shown = seeded("show", "CSSC-1", "--format", "json").output
    assert '"completed_at": "2026-11-27' in shown


def test_due_dates_still_look_ahead():
    assert parse_due("friday", today=WEDNESDAY).date == date(2026, 12, 4)
    assert parse_due("31 dec", today=WEDNESDAY).date == date(2026, 12, 31)
