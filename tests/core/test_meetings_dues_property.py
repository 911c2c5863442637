"""Property: whatever a clerk does to a committee's calendar (add, move, cancel, delete
meetings, in any order), every meeting-relative due date ends where rules.due.resolve
puts it, no action is charged a slip, and every date change in the audit trail comes
with the meeting change that caused it."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk_cli.errors import ClerkError
from clerk_cli.rules import due
from clerk_cli.services import actions, committees, meetings, owners
from clerk_cli.store.lookup import meeting_dates
from clerk_cli.store.sql import as_date, as_utc

START = date(2022, 6, 14)
TABLES = ("note", "audit", "action", "resolution", "meeting", "owner_holder", "owner", "committee")

operations = st.lists(
    st.tuples(
        st.sampled_from(("add", "move", "cancel", "reinstate", "delete")),
        st.integers(min_value=-30, max_value=200),  # a day, counted from START
        st.integers(min_value=0, max_value=9),  # which meeting
    ),
    max_size=8,
)


def _reset(db) -> None:
    def work(q):
        for table in TABLES:
            q.execute(f"DELETE FROM {table}")  # noqa: S608 (the constant names above)

    db.run_sql(work, write=True)


def _ref(db) -> list[str]:
    return db.run_sql(
        lambda q: [
            f"CSSC/{as_date(r[0]).isoformat()}"
            for r in q.rows("SELECT date FROM meeting ORDER BY date, id")
        ]
    )


def _apply(db, op: str, day: int, which: int) -> None:
    when = (START + timedelta(days=day)).isoformat()
    refs = _ref(db)
    ref = refs[which % len(refs)] if refs else None
    try:
        if op == "add":
            meetings.add_meeting(db, committee="CSSC", when=when)
        elif ref is None:
            return
        elif op == "move":
            meetings.edit_meeting(db, ref, when=when)
        elif op == "cancel":
            meetings.edit_meeting(db, ref, status="cancelled")
        elif op == "reinstate":
            meetings.edit_meeting(db, ref, status="scheduled")
        else:
            meetings.delete_meeting(db, ref)
    except ClerkError:
        pass  # a refused change (a duplicate date, a meeting with actions) changes nothing


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=operations)
def test_dues_follow_the_calendar_and_never_slip(db, ops):
    _reset(db)
    committees.add_committee(db, name="Scrutiny", code="CSSC", clerk=None)
    owners.add_owner(db, name="Director")
    meetings.add_meeting(db, committee="CSSC", when=START.isoformat())
    meetings.add_meeting(db, committee="CSSC", when="2022-09-20")
    for words in ("next meeting", "the September meeting", "the next meeting"):
        actions.add_action(
            db, text=words, owner="Director", due=words, meeting=f"CSSC/{START.isoformat()}"
        )
    for op, day, which in ops:
        _apply(db, op, day, which)

    def check(q):
        cid = q.scalar("SELECT id FROM committee WHERE code = 'CSSC'")
        live = meeting_dates(q, cid)
        rows = q.rows(
            "SELECT a.id, a.due_rule, a.due_date, a.slip_count, m.date, a.created_at "
            "FROM action a LEFT JOIN meeting m ON m.id = a.meeting_id"
        )
        for action_id, rule, due_date, slips, meeting_date, created_at in rows:
            expected = due.resolve(rule, as_date(meeting_date), as_utc(created_at), live)
            assert as_date(due_date) == expected
            assert slips == 0
            fields = [
                r[0]
                for r in q.rows(
                    "SELECT field FROM audit WHERE entity = 'action' AND entity_id = ? "
                    "AND field != 'created' ORDER BY id",
                    (action_id,),
                )
            ]
            # Each change of date is one due_date row followed by the reason it moved.
            assert fields == ["due_date", "due_moved_with_meeting"] * (len(fields) // 2)

    db.run_sql(check)
