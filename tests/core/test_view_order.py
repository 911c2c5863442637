"""store.queries builds each ActionView positionally (for speed at a million actions):
every column of a row must land in the field of its name, whatever order ActionView's
fields are given in."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime

from clerk_cli.rules.rag import DEFAULT
from clerk_cli.store.queries import _to_view
from clerk_cli.views import ActionView


def test_every_column_lands_in_its_field():
    row = (
        7,  # id
        "AC-3",
        "Report the sample",
        "in_progress",
        "2030-03-31",  # due_date
        "next_meeting",
        "by the next meeting",
        "2030-01-31",  # original_due_date
        2,
        1,  # confidential
        "2029-12-01 09:30:00.000001",
        None,  # completed_at
        "minutes",
        "AC",
        "Audit Committee",
        "Chief Internal Auditor",
        "Pat Smith",
        "pat@example.org",
        "2029-11-30",  # meeting date
        "R-12",
        "Sample drawn",
        "2030-02-01 10:00:00.000002",
        "test-clerk",
        11,  # owner_id
        5,  # meeting_id
        3,  # committee_id
        "not_feasible",
        "7.4",
        9,  # closed_meeting_id
        "2030-04-01",
        "done",  # proposed
        "6.2",  # minute_ref
    )
    v = _to_view(row, date(2030, 3, 1), {3: date(2030, 3, 15)}, DEFAULT)
    expected = {
        "ref": "AC-3",
        "text": "Report the sample",
        "status": "in_progress",
        "committee": "AC",
        "committee_name": "Audit Committee",
        "owner": "Chief Internal Auditor",
        "owner_holder": "Pat Smith",
        "owner_email": "pat@example.org",
        "due_date": date(2030, 3, 31),
        "due_rule": "next_meeting",
        "due_text": "by the next meeting",
        "original_due_date": date(2030, 1, 31),
        "slip_count": 2,
        "days_overdue": None,  # proposed for closure: not chased
        "meeting": "AC/2029-11-30",
        "meeting_date": date(2029, 11, 30),
        "resolution_ref": "R-12",
        "confidential": True,
        "created_at": datetime(2029, 12, 1, 9, 30, 0, 1, tzinfo=UTC),
        "completed_at": None,
        "latest_note": "Sample drawn",
        "latest_note_at": datetime(2030, 2, 1, 10, 0, 0, 2, tzinfo=UTC),
        "latest_note_author": "test-clerk",
        "notes": [],
        "source": "minutes",
        "id": 7,
        "owner_id": 11,
        "committee_id": 3,
        "rag": "green",
        "rag_reason": "completion proposed",
        "held_over": None,
        "links": None,
        "outcome": "not_feasible",
        "proposed": "done",
        "closed_meeting_date": date(2030, 4, 1),
        "closed_minute": "7.4",
        "minute_ref": "6.2",
    }
    assert {f.name for f in fields(ActionView)} == set(expected)
    assert {name: getattr(v, name) for name in expected} == expected
    assert v.created_at.tzinfo is UTC


def test_timestamps_with_an_offset_are_read_as_utc():
    row = [None] * 32
    row[:4] = [1, "AC-1", "x", "done"]
    row[10] = "2029-12-01T10:30:00+01:00"
    row[11] = "2029-12-02 08:00:00"
    row[13:15] = ["AC", "Audit Committee"]
    v = _to_view(tuple(row), date(2030, 3, 1), {}, DEFAULT)
    assert v.created_at == datetime(2029, 12, 1, 9, 30, tzinfo=UTC)
    assert v.created_at.utcoffset().total_seconds() == 0
    assert v.completed_at == datetime(2029, 12, 2, 8, 0, tzinfo=UTC)
    assert (v.rag, v.days_overdue) == (None, None)
