"""Ratings with reasons (issue 17 part 1): the rule, and what list shows and filters."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clerk_cli.rules.rag import AMBER, GREEN, RED, RagRules, rate

D = date(2022, 10, 1)


def r(**kw):
    base = dict(status="open", due=None, as_of=D, slips=0, last_update=D, next_meeting=None)
    return rate(**{**base, **kw})


@pytest.mark.parametrize(
    "kw,expected",
    [
        ({"status": "done", "due": date(2022, 1, 1)}, (None, None)),
        ({"due": date(2022, 9, 28)}, (RED, "overdue by 3 days")),
        ({"due": date(2022, 12, 1), "slips": 2}, (RED, "slipped 2 times")),
        ({"due": date(2022, 10, 1)}, (AMBER, "due today")),
        ({"due": date(2022, 10, 5)}, (AMBER, "due in 4 days")),
        (
            {"due": date(2022, 11, 20), "next_meeting": date(2022, 11, 22)},
            (AMBER, "due by the next meeting (2022-11-22)"),
        ),
        (
            {"due": date(2023, 3, 1), "last_update": date(2022, 8, 1)},
            (AMBER, "no note for 61 days"),
        ),
        ({"due": date(2023, 3, 1), "next_meeting": date(2022, 11, 22)}, (GREEN, "on track")),
        ({}, (GREEN, "on track")),
    ],
)
def test_the_rule_and_its_reason(kw, expected):
    assert r(**kw) == expected


def test_red_after_a_quiet_spell_when_lateness_is_tolerated():
    rules = RagRules(red_overdue_days=30, red_silent_days=14)
    got = rate(
        status="open",
        due=date(2022, 9, 10),
        as_of=D,
        slips=0,
        last_update=date(2022, 9, 1),
        next_meeting=None,
        rules=rules,
    )
    assert got == (RED, "no note in the 21 days since it fell due")


def test_list_shows_and_filters_ratings(seeded):
    assert (
        seeded("add-action", "Far off", "--committee", "CSSC", "--due", "31/12/2099").exit_code == 0
    )
    rows = json.loads(seeded("list", "--format", "json").output)
    by_ref = {row["ref"]: row for row in rows}
    assert by_ref["CSSC-1"]["rag"] == RED and "overdue by" in by_ref["CSSC-1"]["rag_reason"]
    assert by_ref["CSSC-2"]["rag"] == GREEN
    red = json.loads(seeded("list", "--rag", "red", "--format", "json").output)
    assert [row["ref"] for row in red] == ["CSSC-1"]
    bad = seeded("list", "--rag", "purple")
    assert bad.exit_code == 2 and "not a rating" in bad.output
