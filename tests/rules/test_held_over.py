"""Held over (issue 17 part 2): the meetings an action was carried over at while open,
counted by rules.held_over and shown by show and the action log, as things stood on
--as-of."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from hypothesis import given
from hypothesis import strategies as st

from clerk_cli.rules.held_over import held_over, held_over_words

JUNE, SEPT, NOV = date(2022, 6, 14), date(2022, 9, 20), date(2022, 11, 15)
MEETINGS = [JUNE, SEPT, NOV]


@pytest.mark.parametrize(
    "closed, as_of, expected",
    [
        (None, date(2022, 6, 14), 0),  # the meeting it came from is not a hold-over
        (None, date(2022, 9, 19), 0),
        (None, date(2022, 9, 20), 1),  # on the day of the meeting: on its log
        (None, date(2022, 12, 1), 2),
        (date(2022, 10, 1), date(2022, 12, 1), 1),  # closed: no more logs
        (date(2022, 9, 20), date(2022, 12, 1), 1),  # closed at the meeting it was on
        (date(2022, 12, 1), date(2022, 10, 1), 1),  # as of a day before it closed
    ],
)
def test_the_rule(closed, as_of, expected):
    assert held_over(origin=JUNE, closed=closed, as_of=as_of, meeting_dates=MEETINGS) == expected


def test_the_words():
    assert [held_over_words(n) for n in (None, 0, 1, 3)] == [
        "",
        "",
        "held over once",
        "held over 3 times",
    ]


def at(day: str):
    moment = datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC)
    return time_machine.travel(moment, tick=False)


def ok(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.output


@pytest.fixture
def year(cli):
    """CSSC meets in June, July (later cancelled), September and November."""
    with at("2022-06-01"):
        ok(cli, "committee", "add", "Children's Services Scrutiny Committee", "--code", "CSSC")
        for day in ("14/06/2022", "19/07/2022", "20/09/2022", "15/11/2022"):
            ok(cli, "meeting", "add", "CSSC", day)
        ok(cli, "owner", "add", "Head of Democratic Services")
    with at("2022-06-15"):
        for text in ("Invite the commissioner", "Publish the survey"):
            ok(
                cli,
                "add-action",
                text,
                "--owner",
                "Head of Democratic Services",
                "--due",
                "31/12/2022",
                "--meeting",
                "CSSC/2022-06-14",
            )
    with at("2022-10-01"):
        ok(cli, "done", "CSSC-2")
    return cli


def _held(cli, ref, *args):
    return json.loads(ok(cli, "show", ref, "--format", "json", *args))["held_over"]


def test_show_counts_the_meetings_since_and_stops_at_closure(year):
    cli = year
    with at("2022-11-30"):
        assert _held(cli, "CSSC-1") == 3  # July, September, November
        assert _held(cli, "CSSC-2") == 2  # July and September, then done
        assert "Held over:     held over 3 times" in ok(cli, "show", "CSSC-1", "--format", "plain")
        # A meeting cancelled now is no longer one it was held over at...
        ok(cli, "meeting", "cancel", "CSSC/2022-07-19")
        assert _held(cli, "CSSC-1") == 2
    with at("2022-12-02"):
        # ...but as things stood before the cancellation, it was.
        assert _held(cli, "CSSC-1", "--as-of", "2022-11-29") == 3
        assert _held(cli, "CSSC-1", "--as-of", "2022-09-01") == 1


def test_the_action_log_shows_it(year):
    cli = year
    with at("2022-11-10"):
        md = ok(cli, "action-log", "CSSC", "--format", "markdown")
        assert "| open, due in 51 days, held over 2 times | [A] amber: " in md
        data = json.loads(ok(cli, "action-log", "CSSC", "--format", "json"))
        rows = [a for g in data["open"] for a in g["actions"]]
        assert [(a["ref"], a["held_over"]) for a in rows] == [("CSSC-1", 2)]
        assert "held_over" in ok(cli, "action-log", "CSSC", "--format", "csv").splitlines()[0]


# ---- properties every output relies on ------------------------------------------


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2024, 12, 31))


@given(st.lists(days, max_size=12), days, st.none() | days, days, st.integers(1, 400))
def test_held_over_counts_meetings_in_its_open_life_and_never_goes_down(
    meetings, origin, closed, as_of, later
):
    dates = sorted(set(meetings))
    n = held_over(origin=origin, closed=closed, as_of=as_of, meeting_dates=dates)
    until = min(closed, as_of) if closed else as_of
    assert n == sum(1 for d in dates if origin < d <= until)
    after = held_over(
        origin=origin, closed=closed, as_of=as_of + timedelta(days=later), meeting_dates=dates
    )
    assert after >= n
