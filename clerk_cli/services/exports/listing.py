"""The actions a CSV or calendar export covers, as views (render/export_formats writes them)."""

from __future__ import annotations

from datetime import date

from clerk_cli.db import Database
from clerk_cli.errors import InvalidInput
from clerk_cli.rules.status import OPEN_STATUSES
from clerk_cli.services.exports.selection import ExportFilter
from clerk_cli.store.queries import fetch_actions
from clerk_cli.store.sql import Sql
from clerk_cli.views import ActionView


def export_actions(
    db: Database,
    flt: ExportFilter,
    *,
    as_of: date | None = None,
    open_only: bool = False,
    with_due_date: bool = False,
) -> list[ActionView]:
    """The actions an export covers, in reference order (open ones only for a calendar);
    on a past as_of, those that existed at its end, as they stood (as list --as-of)."""
    as_of = as_of or date.today()
    statuses = None
    if open_only:
        statuses = tuple(x for x in (flt.statuses or OPEN_STATUSES) if x in OPEN_STATUSES)
        if not statuses:
            raise InvalidInput(
                "A calendar holds open actions only.", hint="Use --status open or in_progress."
            )

    def work(q: Sql) -> list[ActionView]:
        rows, _ = fetch_actions(
            q, flt.resolve(q, statuses=statuses, as_of=as_of), as_of=as_of, order="ref"
        )
        if with_due_date:
            rows = [a for a in rows if a.due_date is not None]
        return rows

    return db.run_sql(work)
