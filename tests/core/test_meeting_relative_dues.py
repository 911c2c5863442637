"""add-action --meeting: due words are counted from the meeting, as the minutes meant
them (dates bug 4), as import-minutes counts them."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import time_machine


def at(day: str):
    return time_machine.travel(datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC), tick=False)


@pytest.fixture
def audit(cli):
    with at("2026-09-01"):
        for args in (
            ("committee", "add", "Audit Committee", "--code", "AGC"),
            ("meeting", "add", "AGC", "15/10/2026"),  # a Thursday
            ("meeting", "add", "AGC", "14/01/2027"),
            ("owner", "add", "Head of Audit"),
        ):
            assert cli(*args).exit_code == 0
    return cli


def _add(cli, due, *where):
    where = where or ("--meeting", "AGC/2026-10-15")
    r = cli("add-action", f"Report {due}", "--owner", "Head of Audit", "--due", due, *where)
    assert r.exit_code == 0, r.output
    ref = r.output.split()[1].rstrip(":")
    shown = json.loads(cli("show", ref, "--format", "json").output)
    return r.output, shown["due_date"]


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("in two weeks", "2026-10-29"),
        ("within a month", "2026-11-15"),
        ("by Friday", "2026-10-16"),
        ("+10d", "2026-10-25"),
        ("end of month", "2026-10-31"),
    ],
)
def test_due_words_count_from_a_past_meeting(audit, due, expected):
    with at("2026-12-02"):
        output, due_date = _add(audit, due)
    assert due_date == expected
    # kept, and said: it is overdue from the day it is recorded
    assert "already past" in output and "2026-10-15" in output
    assert output.count("\n") == 2


def test_due_words_from_a_meeting_still_ahead_are_not_flagged(audit):
    with at("2026-12-02"):
        output, due_date = _add(audit, "within six months")
    assert due_date == "2027-04-15"
    assert "past" not in output and output.count("\n") == 1


def test_without_a_meeting_due_words_count_from_today(audit):
    with at("2026-12-02"):
        output, due_date = _add(audit, "in two weeks", "--committee", "AGC")
    assert due_date == "2026-12-16"
    assert "past" not in output


def test_next_meeting_still_resolves_against_the_meetings(audit):
    with at("2026-12-02"):
        _, due_date = _add(audit, "next meeting")
    assert due_date == "2027-01-14"
