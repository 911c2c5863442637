"""Import minutes: turn what the extractor found into committees, meetings, resolutions
and actions.

Three steps, so a clerk can look before anything is written:

1. ``read_minutes(path)`` reads and extracts one file (read.py).  Pure: no database.
2. ``review_import(db, minutes)`` matches the extraction against the records (committee,
   meeting, owners, earlier imports) in a read-only transaction and returns an
   ``ImportPlan`` (views.py) that says what would be created and what is only a close
   match (plan.py, matching.py).
3. ``import_minutes(db, minutes)`` plans again inside ONE write transaction (so the
   plan cannot go stale between review and write) and records it (record.py): all of
   the file or nothing of it.

A file is identified by the SHA-256 of its normalised text, so the same minutes are
never imported twice; another version of a meeting's imported minutes (a corrected one:
the same file name, or mostly the same items, whatever the file is called) is refused
too, while another part of them (a council's page for each item) is simply imported.
``replace=True`` imports them over that earlier import, in one transaction,
never changing a reference: the earlier actions are updated in place, those changed by
hand since (notes, status, edits, per the audit trail) are kept exactly as they are and
named, and it is refused when some of that import's actions were deleted since.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from clerk_cli.services.importer.decisions import ItemDecision, proposed, settle
from clerk_cli.services.importer.plan import PlanContext, check_replace, plan_import
from clerk_cli.services.importer.read import (
    MinutesFile,
    check_all_minutes,
    check_minutes,
    check_path,
    content_hash,
    read_minutes,
    read_text,
)
from clerk_cli.store import imports as store
from clerk_cli.store.lookup import actor
from clerk_cli.store.sql import Sql
from clerk_cli.views.importer import ImportPlan, ImportResult

if TYPE_CHECKING:
    from clerk_cli.db import Database


def owner_names(db: Database) -> list[str]:
    """Every owner's name, for the extractor to prefer the recorded spelling."""
    return db.run_sql(store.owner_names)


def review_import(
    db: Database | None,
    minutes: MinutesFile,
    *,
    committee: str | None = None,
    when: date | None = None,
    replace: bool = False,
    rejected: Iterable[tuple[str, str]] = (),
) -> ImportPlan:
    """What importing these minutes would record, for review.  Writes nothing.

    With no database (a dry run before the first use of clerk) everything is new.
    ``rejected`` holds ("committee" | "owner", name as written) pairs whose close match
    the clerk declined: they are proposed as new records instead.  Another version of
    a meeting's imported minutes without --replace, and a --replace that would bring back
    actions deleted since the earlier import, are refused here already.
    """
    kw = {"committee": committee, "when": when, "replace": replace, "rejected": set(rejected)}

    def work(q: Sql | None) -> ImportPlan:
        plan, ctx = plan_import(q, minutes, **kw)
        check_replace(plan, ctx)
        return plan

    return work(None) if db is None else db.run_sql(work)


def import_minutes(
    db: Database,
    minutes: MinutesFile,
    *,
    committee: str | None = None,
    when: date | None = None,
    replace: bool = False,
    rejected: Iterable[tuple[str, str]] = (),
    by: str | None = None,
    decisions: list[ItemDecision] | None = None,
) -> ImportResult:
    """Record one minutes file in one transaction: all of it, or (on any error) nothing.

    ``decisions`` (one per item of the review: the interactive review's or a review
    file's) say exactly what to record; None takes the review's proposals.  Every
    decision is checked before anything is written (one error naming every problem).

    Example::

        mf = read_minutes("minutes/2023-03-14.txt", known_owners=owner_names(db))
        result = import_minutes(db, mf, by="dee")
    """
    # The writing half (and what it imports) is not needed by a review or a dry run.
    from clerk_cli.services.importer.record import record_plan

    kw = {"committee": committee, "when": when, "replace": replace, "rejected": set(rejected)}
    who = actor(by)

    def work(q: Sql) -> ImportResult:
        plan, ctx = plan_import(q, minutes, **kw)
        if plan.already_imported:
            return ImportResult(
                minutes.name,
                "already imported",
                plan.previous.meeting or plan.meeting,
                previous=plan.previous,
                plan=plan,
            )
        _settle(q, plan, ctx, decisions)
        check_replace(plan, ctx)
        result = record_plan(q, plan, ctx, who)
        result.previous = plan.previous
        result.plan = plan
        if result.actions:
            from clerk_cli.services.links import similar_to_new

            result.links = similar_to_new(q, result.actions)
        return result

    return db.run_sql(work, write=True)


def check_decisions(
    db: Database | None,
    minutes: MinutesFile,
    decisions: list[ItemDecision],
    *,
    committee: str | None = None,
    when: date | None = None,
    replace: bool = False,
    rejected: Iterable[tuple[str, str]] = (),
) -> ImportPlan:
    """The plan as the decisions make it, checked (one error naming every problem).
    Writes nothing: for the review file before recording, and for tests."""
    kw = {"committee": committee, "when": when, "replace": replace, "rejected": set(rejected)}

    def work(q: Sql | None) -> ImportPlan:
        plan, ctx = plan_import(q, minutes, **kw)
        _settle(q, plan, ctx, decisions)
        return plan

    return work(None) if db is None else db.run_sql(work)


def _settle(q: Sql | None, plan: ImportPlan, ctx: PlanContext, decisions) -> None:
    """Apply the decisions to the plan; --replace's kept references follow their items."""
    from clerk_cli.store import lookup

    dates = lookup.meeting_dates(q, ctx.committee.id) if q and ctx.committee else []
    if plan.meeting_date not in dates:
        dates = sorted([*dates, plan.meeting_date])
    items = settle(plan, ctx.records, decisions, meeting_dates=dates)
    if ctx.kept:
        kept = {new: ctx.kept[old] for new, old in enumerate(items) if old in ctx.kept}
        lost = [a for old, a in ctx.kept.items() if old not in items]
        ctx.kept = kept
        for new, a in kept.items():
            plan.actions[new].ref = a.ref
        ctx.dropped = [*ctx.dropped, *lost]
        if plan.previous is not None:
            plan.previous.dropped_refs = [a.ref for a in ctx.dropped]


__all__ = [
    "ItemDecision",
    "proposed",
    "check_decisions",
    "MinutesFile",
    "ImportPlan",
    "ImportResult",
    "check_path",
    "read_text",
    "read_minutes",
    "check_minutes",
    "check_all_minutes",
    "owner_names",
    "review_import",
    "import_minutes",
    "content_hash",
]
