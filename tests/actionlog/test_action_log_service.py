"""build_action_log: which actions appear, where, and the counts."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_cli.errors import NotFound
from clerk_cli.services.actionlog import build_action_log

from .dataset import AS_OF


def _refs(rows):
    return [a.ref for a in rows]


def test_defaults_to_the_next_meeting_and_groups_by_origin(db, dataset):
    log = build_action_log(db, "CSSC", as_of=AS_OF)
    assert log.for_meeting == "CSSC/2022-09-20"
    assert log.previous_date == date(2022, 6, 14)  # the cancelled July meeting does not count
    assert [g.meeting for g in log.groups] == ["CSSC/2022-03-15", "CSSC/2022-06-14", None]
    assert [_refs(g.rows) for g in log.groups] == [["CSSC-1"], ["CSSC-3", "CSSC-4"], ["CSSC-9"]]
    assert log.groups[0].title == "Budget monitoring"
    # An action from the meeting the paper is for is not "from an earlier meeting".
    assert dataset["later"] not in _refs(log.open_rows)


def test_completed_since_the_last_meeting(db, dataset):
    log = build_action_log(db, "CSSC", as_of=AS_OF)
    # Done before the previous meeting (CSSC-2) is not listed again; the confidential one is withheld.
    assert _refs(log.completed) == [dataset["done"], dataset["dropped"]]
    assert {a.status for a in log.completed} == {"done", "dropped"}


def test_summary_counts_and_withheld(db, dataset):
    log = build_action_log(db, "CSSC", as_of=AS_OF)
    assert log.summary() == {
        "open": 4,
        "overdue": 2,
        "completed_since_last_meeting": 2,
        "confidential_withheld": 2,
    }
    assert "2 confidential actions are withheld" in log.withheld_text
    assert not log.restricted


def test_restricted_version_includes_confidential(db, dataset):
    log = build_action_log(db, "CSSC", as_of=AS_OF, include_confidential=True)
    assert dataset["secret_open"] in _refs(log.open_rows)
    assert dataset["secret_done"] in _refs(log.completed)
    assert log.withheld == 0 and log.withheld_text == ""
    assert log.restricted and "RESTRICTED" in log.restricted_mark


def test_slips_and_latest_note_are_carried(db, dataset):
    log = build_action_log(db, "CSSC", as_of=AS_OF)
    slipped = log.groups[0].rows[0]
    assert slipped.original_due_date == date(2022, 4, 30)
    assert slipped.due_date == date(2022, 8, 31)
    assert slipped.slip_count == 2
    assert slipped.latest_note == "Draft with legal"
    assert slipped.owner_holder == "Lucy Butler"
    assert slipped.resolution_ref == "22/014"


def test_for_an_earlier_meeting(db, dataset):
    log = build_action_log(db, "CSSC", for_meeting=date(2022, 6, 14), as_of=AS_OF)
    assert log.previous_date == date(2022, 3, 15)
    assert [g.meeting for g in log.groups] == ["CSSC/2022-03-15", None]
    # Completed after 15 March and by the end of 14 June.
    assert _refs(log.completed) == [dataset["done_early"]]


def test_unknown_meeting_date_is_a_clear_error(db, dataset):
    with pytest.raises(NotFound, match="No meeting of CSSC on 2022-09-21"):
        build_action_log(db, "CSSC", for_meeting=date(2022, 9, 21), as_of=AS_OF)


def test_no_upcoming_meeting_uses_the_report_date(db, dataset):
    log = build_action_log(db, "AUD", as_of=AS_OF)
    assert log.for_meeting is None
    assert log.for_date == AS_OF
    assert "No meeting of AUD is scheduled" in log.notice
    assert _refs(log.open_rows) == [dataset["aud_overdue"], dataset["aud_soon"]]


def test_unknown_committee(db, dataset):
    with pytest.raises(NotFound, match="No committee 'NOPE'"):
        build_action_log(db, "NOPE", as_of=AS_OF)
