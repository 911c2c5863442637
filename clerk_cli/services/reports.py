"""Reports and lists of actions (plain SQL: these run many times a day)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from clerk_cli.errors import InvalidInput
from clerk_cli.rules.status import ACTION_STATUSES, DUE_SOON_DAYS, OPEN_STATUSES
from clerk_cli.store import lookup
from clerk_cli.store.queries import ActionFilter, fetch_actions
from clerk_cli.store.sql import Sql
from clerk_cli.views import ActionReport

if TYPE_CHECKING:
    from clerk_cli.db import Database


def _ids(q: Sql, committees: tuple[str, ...] | None, owners: tuple[str, ...] | None):
    c_ids = [lookup.committee(q, c).id for c in committees] if committees else None
    o_ids = [lookup.owner(q, o, missing=lookup.OWNER_LIST).id for o in owners] if owners else None
    return c_ids, o_ids


def overdue_report(
    db: Database,
    *,
    as_of: date | None = None,
    due_within: int | None = None,
    overdue: bool = True,
    committees: tuple[str, ...] | None = None,
    owners: tuple[str, ...] | None = None,
    include_confidential: bool = True,
    limit: int | None = None,
    rag: tuple[str, ...] | None = None,
) -> ActionReport:
    """Open actions past their due date (and/or due within N days), as of a date."""
    today = date.today()
    as_of = as_of or today
    if due_within is not None and due_within < 0:
        raise InvalidInput("--due-within takes a number of days, 0 or more.")
    if not overdue and due_within is None:
        due_within = DUE_SOON_DAYS

    def work(s: Sql) -> ActionReport:
        c_ids, o_ids = _ids(s, committees, owners)
        # Proposed for closure: awaiting the committee, neither overdue nor due soon.
        kw = dict(
            committee_ids=c_ids,
            owner_ids=o_ids,
            include_confidential=include_confidential,
            proposed=False,
        )
        if due_within is not None:
            kw["due_on_or_before"] = as_of + timedelta(days=due_within)
            if not overdue:
                kw["due_from"] = as_of
        else:
            kw["due_before"] = as_of
        flt = ActionFilter(open_as_of=as_of if as_of < today else None, rag=rag, **kw)
        rows, total = fetch_actions(s, flt, as_of=as_of, order="committee", limit=limit)
        if overdue and due_within is not None:
            title = f"Overdue and due within {due_within} days"
        elif overdue:
            title = "Overdue actions"
        else:
            title = f"Due within {due_within} days"
        return ActionReport(
            title=f"{title} as of {as_of.isoformat()}",
            rows=rows,
            as_of=as_of,
            total=total,
            due_soon_days=due_within if due_within is not None else DUE_SOON_DAYS,
        )

    return db.run_sql(work)


def list_actions(
    db: Database,
    *,
    statuses: tuple[str, ...] | None = None,
    all_statuses: bool = False,
    committees: tuple[str, ...] | None = None,
    owners: tuple[str, ...] | None = None,
    meeting: str | None = None,
    due_from: date | None = None,
    due_to: date | None = None,
    search: str | None = None,
    include_confidential: bool = True,
    as_of: date | None = None,
    limit: int | None = None,
    with_notes: bool = False,
    rag: tuple[str, ...] | None = None,
    proposed: bool | None = None,
) -> ActionReport:
    """Actions matching filters (open ones unless --status or --all); proposed=True: only
    those proposed for closure, awaiting their committee."""
    as_of = as_of or date.today()
    if statuses:
        bad = [x for x in statuses if x not in ACTION_STATUSES]
        if bad:
            raise InvalidInput(
                f"'{bad[0]}' is not a status.", hint=f"Use one of: {', '.join(ACTION_STATUSES)}."
            )
    chosen = None if all_statuses else (tuple(statuses) if statuses else OPEN_STATUSES)

    def work(s: Sql) -> ActionReport:
        c_ids, o_ids = _ids(s, committees, owners)
        m = lookup.meeting(s, meeting) if meeting else None
        flt = ActionFilter(
            stood_on=as_of if as_of < date.today() else None,
            statuses=chosen,
            committee_ids=c_ids,
            owner_ids=o_ids,
            meeting_id=m.id if m else None,
            due_from=due_from,
            due_on_or_before=due_to,
            include_confidential=include_confidential,
            text_contains=search,
            rag=rag,
            proposed=proposed,
        )
        rows, total = fetch_actions(
            s, flt, as_of=as_of, order="ref", limit=limit, with_notes=with_notes
        )
        return ActionReport(title="Actions", rows=rows, as_of=as_of, total=total)

    return db.run_sql(work)
