"""Two committees (CSSC and Cabinet), one post, meetings in 2022; built on the days it
happened (time-machine), so --as-of can look back to before a link."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import time_machine

OWNER = "Director of Children's Services"


def at(day: str, hour: int = 10):
    """Run the block as if it were that hour (UTC) of that day."""
    return time_machine.travel(
        datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC), tick=False
    )


def ok(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.output


def refused(cli, *args) -> str:
    """The one-line error of a refused command (exit 1, no traceback); clerk undo shows
    what it would put back before it finds out."""
    result = cli(*args)
    assert result.exit_code == 1, (args, result.output)
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("Error: "), result.output
    assert not any(line.startswith("Error: ") for line in lines[:-1]), result.output
    assert "Traceback" not in result.output
    return lines[-1]


def shown(cli, ref: str, *extra) -> dict:
    return json.loads(ok(cli, "show", ref, "--format", "json", *extra))


@pytest.fixture
def two(cli):
    """CSSC (meetings 14 June, 20 September, 15 November 2022) and Cabinet (CAB, 12
    October 2022); CSSC-1 from June with a note; CSSC-2, nearly the same, from September with two
    notes by different people."""
    with at("2022-06-01"):
        ok(cli, "committee", "add", "Children's Services Scrutiny Committee", "--code", "CSSC")
        ok(cli, "committee", "add", "Cabinet", "--code", "CAB")
        for day in ("14/06/2022", "20/09/2022", "15/11/2022"):
            ok(cli, "meeting", "add", "CSSC", day)
        ok(cli, "meeting", "add", "CAB", "12/10/2022")
        ok(cli, "owner", "add", OWNER)
    with at("2022-06-15"):
        ok(
            cli,
            "add-action",
            "Share the staff survey questions with members",
            "--owner",
            OWNER,
            "--meeting",
            "CSSC/2022-06-14",
            "--due",
            "next meeting",
        )
        ok(cli, "note", "CSSC-1", "Asked HR for the questions", "--by", "dee")
    with at("2022-09-21"):
        ok(
            cli,
            "add-action",
            "Share the staff survey questions with the members",
            "--owner",
            OWNER,
            "--meeting",
            "CSSC/2022-09-20",
        )
        ok(cli, "note", "CSSC-2", "Chased HR", "--by", "lucy")
    with at("2022-09-23"):
        ok(cli, "note", "CSSC-2", "HR say next week", "--by", "sam")
    return cli
