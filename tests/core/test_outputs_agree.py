"""Every output states an action the same way: report, list, status, digest and action log
agree, action by action, on status, due text, overdue and due soon, and on the rating and
its reason, for random histories and random --as-of days, today and in the past (issue 11:
"every rule once").  BC agrees its closures, so its "done" and "drop" only propose them
until an "agree" step closes them at a meeting (issue 16): a proposed action is open but
never overdue or due soon in any output.

The worlds are built through the services on the days things happened (time-machine),
on the test's own database (SQLite file or PostgreSQL schema).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import time_machine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk_cli.rules.status import DUE_SOON, OVERDUE, standing

START = date(2022, 1, 3)
DUES = ["next meeting", "the June meeting", None, "+2w", "+6w", "eom", "31/03/2022", "+10d"]
CODES = ("AC", "BC")
POSTS = ("Head of Audit", "Director of Finance", "Clerk to the Board")


def _at(day: date):
    return time_machine.travel(datetime(day.year, day.month, day.day, 11, tzinfo=UTC), tick=False)


add = st.tuples(
    st.integers(0, 90),  # day offset from START
    st.just("add"),
    st.integers(0, 40),
    st.sampled_from(DUES),
    st.sampled_from(CODES),
    st.sampled_from(POSTS),
)
change = st.tuples(
    st.integers(0, 120),
    st.sampled_from(["done", "drop", "start", "reopen", "edit", "move", "agree"]),
    st.integers(0, 40),  # which action / meeting
    st.sampled_from(DUES),
    st.sampled_from(CODES),
    st.sampled_from(POSTS),
)


def _build(db, steps) -> None:
    from clerk_cli.errors import ClerkError
    from clerk_cli.services import actions, closures, committees, meetings, owners
    from clerk_cli.services.action_edits import edit_action

    with _at(START - timedelta(days=1)):
        for code in CODES:
            committees.add_committee(db, name=f"{code} Committee", code=code, clerk=None)
            for offset in (7, 35, 63, 98, 140):
                meetings.add_meeting(
                    db, committee=code, when=(START + timedelta(offset)).isoformat()
                )
        for i, post in enumerate(POSTS):
            owners.add_owner(db, name=post, holder=f"Person {i} <person{i}@example.org>")
        committees.edit_committee(db, "BC", closure_by_agreement=True)
    refs: list[str] = []
    for offset, kind, n, due, code, post in sorted(steps, key=lambda s: s[0]):
        day = START + timedelta(offset)
        with _at(day):
            try:
                if kind == "add":
                    a = actions.add_action(
                        db,
                        text=f"Action {len(refs)} for {code}",
                        owner=post,
                        committee=code,
                        due=due,
                        today=day,
                    )
                    refs.append(a.ref)
                elif not refs:
                    continue
                elif kind in ("done", "drop", "start", "reopen"):
                    status = {"done": "done", "drop": "dropped", "start": "in_progress"}.get(
                        kind, "open"
                    )
                    actions.set_status(db, refs[n % len(refs)], status)
                elif kind == "edit" and due:
                    edit_action(db, refs[n % len(refs)], due=due, today=day)
                elif kind == "agree":
                    held = [x for x in meetings.list_meetings(db, committee="BC") if x.date <= day]
                    if held:
                        closures.agree_closures(
                            db, f"BC/{held[-1].date.isoformat()}", minute="5", today=day
                        )
                elif kind == "move":
                    m = meetings.list_meetings(db, committee=code)
                    later = [x for x in m if x.date > day]
                    if later:
                        target = later[n % len(later)]
                        meetings.edit_meeting(
                            db,
                            f"{code}/{target.date.isoformat()}",
                            when=(target.date + timedelta(days=7)).isoformat(),
                        )
            except ClerkError:
                pass  # already in that status, a clash of meeting dates: a clerk would move on


def _word(a, soon_days):
    return (a.status, a.due_display, standing(a.days_overdue, soon_days), a.rag, a.rag_reason)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    adds=st.lists(add, min_size=4, max_size=16),
    changes=st.lists(change, max_size=16),
    as_of_offset=st.integers(0, 130),
)
def test_every_output_agrees_on_every_action(db_factory, adds, changes, as_of_offset):
    from clerk_cli.services.actionlog import build_action_log
    from clerk_cli.services.digest import build_digests
    from clerk_cli.services.reports import list_actions, overdue_report
    from clerk_cli.services.status import status_overview

    db = db_factory()
    _build(db, adds + changes)
    as_of = START + timedelta(as_of_offset)
    soon = 7
    with _at(START + timedelta(210)):
        listed = {a.ref: a for a in list_actions(db, as_of=as_of).rows}
        words = {ref: _word(a, soon) for ref, a in listed.items()}

        # report --overdue --due-within 7: exactly the open actions listed as overdue or
        # due soon, each stated the same way.
        report = overdue_report(db, as_of=as_of, due_within=soon)
        assert {a.ref for a in report.rows} == {
            ref for ref, w in words.items() if w[2] in (OVERDUE, DUE_SOON)
        }
        for a in report.rows:
            assert _word(a, soon) == words[a.ref]

        # status: its counts per committee are the list's.
        overview = status_overview(db, as_of=as_of, due_soon_days=soon)
        for c in overview.committees:
            mine = [w for ref, w in words.items() if ref.startswith(c.code + "-")]
            assert c.open == len(mine), (c.code, c.open, mine)
            tally = Counter(w[2] for w in mine)
            assert (c.overdue, c.due_soon) == (tally[OVERDUE], tally[DUE_SOON])

        # digest: each owner's overdue and due-soon actions are stated as the list states them.
        batch = build_digests(db, as_of=as_of, horizon_days=soon, include_empty=True)
        for d in batch.owners:
            for a in d.overdue:
                assert words[a.ref][2] == OVERDUE and _word(a, soon) == words[a.ref]
            for a in d.due_soon:
                assert words[a.ref][2] == DUE_SOON and _word(a, soon) == words[a.ref]
        digest_overdue = {a.ref for d in batch.owners for a in d.overdue}
        assert digest_overdue == {ref for ref, w in words.items() if w[2] == OVERDUE}

        # action log: every open action it shows is stated as in the list.
        for code in CODES:
            log = build_action_log(db, code, as_of=as_of, include_confidential=True)
            for group in log.groups:
                for a in group.rows:
                    assert _word(a, soon)[:2] == words[a.ref][:2], a.ref
                    assert standing(a.days_overdue) == standing(listed[a.ref].days_overdue)
