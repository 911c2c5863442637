"""clerk undo: put back the last change (or a chosen recent one) made by this user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clerk_cli.errors import InvalidInput, NotFound
from clerk_cli.store import undo as store
from clerk_cli.store.lookup import actor
from clerk_cli.store.sql import Sql

if TYPE_CHECKING:
    from clerk_cli.db import Database
    from clerk_cli.store.undo import Change

RECENT = 10


def recent_changes(db: Database, *, by: str | None = None, limit: int = RECENT) -> list[Change]:
    """This user's last changes, newest first (what clerk undo --list shows)."""
    who = actor(by)
    return db.run_sql(lambda q: store.recent_changes(q, who, limit=limit))


def _choose(q: Sql, who: str, number: int) -> Change:
    if number < 1 or number > 100:
        raise InvalidInput(
            f"{number} is not a change clerk can find.", hint="See: clerk undo --list"
        )
    changes = store.recent_changes(q, who, limit=number)
    if len(changes) < number:
        raise NotFound(
            f"{who} has made {len(changes)} change{'s' if len(changes) != 1 else ''}, not {number}.",
            hint="See: clerk undo --list",
        )
    change = changes[number - 1]
    why = change.refusal()
    if why:
        raise InvalidInput(f"That change cannot be undone: {why}.")
    return change


def preview(db: Database, number: int = 1, *, by: str | None = None) -> Change:
    """The change `clerk undo N` would put back (N=1: the last), checked undoable."""
    who = actor(by)
    return db.run_sql(lambda q: _choose(q, who, number))


def undo(db: Database, number: int = 1, *, by: str | None = None, expect=None) -> Change:
    """Put back change N (1 = the last) made by this user; one transaction.  expect: the
    change the user was shown, so a change made meanwhile is never undone by mistake."""
    who = actor(by)

    def work(q: Sql) -> Change:
        change = _choose(q, who, number)
        if expect is not None and (change.at, [r.id for r in change.rows]) != (
            expect.at,
            [r.id for r in expect.rows],
        ):
            raise InvalidInput(
                "Your changes moved on while you were asked.", hint="Run clerk undo again."
            )
        store.reverse(q, change, by=who)
        return change

    return db.run_sql(work, write=True)
