"""clerk calendar: meetings as events, actions as to-dos or all-day events, UIDs that are
stable and globally unique, and a file that follows RFC 5545 (checked with icalendar)."""

from __future__ import annotations

import pytest

from .conftest import AS_OF


def _parse(text: str):
    from icalendar import Calendar

    raw = text.encode("utf-8")
    # RFC 5545 3.1: CRLF line ends, lines folded at 75 octets.
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    cal = Calendar.from_ical(text)
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    items = [c for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
    for c in items:
        assert c.get("UID") and c.get("DTSTAMP")
        if c.name == "VEVENT":
            assert c.get("DTSTART") is not None
            end = c.get("DTEND")
            assert end is None or end.dt > c.decoded("DTSTART")
    return cal, items


def _calendar(cli, *args):
    result = cli("calendar", "--as-of", AS_OF, *args)
    assert result.exit_code == 0, result.output
    return result.stdout_bytes.decode("utf-8")  # .output would turn CRLF into LF


def test_meetings_and_actions_follow_rfc_5545(cli, dataset):
    assert cli("meeting", "add", "CSSC", "11/10/2022", "--time", "18:30").exit_code == 0
    cal, items = _parse(_calendar(cli))
    meetings = [c for c in items if str(c["UID"]).startswith("meeting-")]
    todos = [c for c in items if c.name == "VTODO"]
    assert len(meetings) == 7
    cancelled = [m for m in meetings if m["STATUS"] == "CANCELLED"]
    assert len(cancelled) == 1 and cancelled[0].decoded("DTSTART").isoformat() == "2022-07-19"
    timed = next(m for m in meetings if m.decoded("DTSTART").isoformat().startswith("2022-10-11T"))
    assert timed["DTSTART"].params["TZID"] == "Europe/London"
    assert timed.decoded("DTSTART").utcoffset().total_seconds() == 3600  # BST in October
    assert [c.name for c in cal.walk("VTIMEZONE")] == ["VTIMEZONE"]
    refs = sorted(str(t["SUMMARY"]).split("]")[0][1:] for t in todos)
    assert "CSSC-1" in refs and "CSSC-5" not in refs  # confidential left out


def test_uids_are_unique_stable_and_carry_the_database_id(cli, dataset, tmp_path):
    from click.testing import CliRunner

    from clerk_cli.cli import main

    first = _calendar(cli)
    _, items = _parse(first)
    uids = [str(c["UID"]) for c in items]
    assert len(uids) == len(set(uids))
    db_id = uids[0].split(".")[-1].split("@")[0]
    assert len(db_id) == 12 and all(db_id in u for u in uids)
    _, again = _parse(_calendar(cli))
    assert [str(c["UID"]) for c in again] == uids  # stable from one export to the next
    # Another council's database: its CSSC-1 has another UID.
    other = f"sqlite:///{tmp_path / 'other.db'}"
    runner = CliRunner()
    for args in (
        ("committee", "add", "Children's Services Scrutiny Committee", "--code", "CSSC"),
        ("owner", "add", "Chief Executive"),
        (
            "add-action",
            "Report back",
            "--committee",
            "CSSC",
            "--owner",
            "Chief Executive",
            "--due",
            "2022-09-01",
        ),
    ):
        assert runner.invoke(main, ["--db", other, *args]).exit_code == 0
    # Recorded today: not as of AS_OF (an action exists from the day it was recorded).
    theirs = runner.invoke(main, ["--db", other, "calendar"]).stdout_bytes.decode()
    _, their_items = _parse(theirs)
    their_uids = {str(c["UID"]) for c in their_items}
    assert any(u.startswith("action-todo-cssc-1.") for u in their_uids)
    assert not their_uids & set(uids)


def test_actions_as_all_day_events_for_outlook(cli, dataset):
    _, items = _parse(_calendar(cli, "--actions", "event", "--no-meetings"))
    assert items and all(c.name == "VEVENT" for c in items)
    one = next(c for c in items if str(c["SUMMARY"]).startswith("[CSSC-1]"))
    assert one.decoded("DTSTART").isoformat() == "2022-08-31"
    assert one.decoded("DTEND").isoformat() == "2022-09-01"
    assert one["DTSTART"].params.get("VALUE") == "DATE" or "VALUE=DATE" in one.to_ical().decode()
    assert one["TRANSP"] == "TRANSPARENT"


def test_an_owners_calendar(cli, dataset):
    _, items = _parse(_calendar(cli, "--owner", "Chief Finance Officer"))
    actions = [c for c in items if str(c["UID"]).startswith("action-")]
    meetings = [c for c in items if str(c["UID"]).startswith("meeting-")]
    assert actions and all("Owner: Chief Finance Officer" in str(c["DESCRIPTION"]) for c in actions)
    committees = {str(c["CATEGORIES"].cats[0]) for c in meetings}
    assert committees == {str(c["CATEGORIES"].cats[0]) for c in actions}


def test_confidential_actions_are_marked_private_when_included(cli, dataset):
    _, items = _parse(_calendar(cli, "--include-confidential", "--no-meetings"))
    secret = next(c for c in items if str(c["SUMMARY"]).startswith("[CSSC-5]"))
    assert secret["CLASS"] == "CONFIDENTIAL"


def test_unknown_owner_is_one_line(cli, dataset):
    result = cli("calendar", "--owner", "Nobody at all")
    assert result.exit_code != 0
    assert len(result.output.strip().splitlines()) <= 2


@pytest.mark.parametrize("args", [(), ("--actions", "none")])
def test_calendar_to_a_file(cli, dataset, tmp_path, args):
    target = tmp_path / "cal.ics"
    assert cli("calendar", *args, "-o", str(target)).exit_code == 0
    _parse(target.read_bytes().decode("utf-8"))
