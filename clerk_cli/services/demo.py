"""Build a demonstration database from a TOML description (examples/demo-council.toml).

Dates in the file are written as they stood on its ``anchor`` date and are shifted
so that the anchor becomes today (or --today): the demo always has something
overdue, something due soon and something done, whenever it is run.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.store import demo as demo_store

if TYPE_CHECKING:
    from clerk_cli.db import Database


@dataclass
class DemoSummary:
    committees: int = 0
    meetings: int = 0
    owners: int = 0
    resolutions: int = 0
    actions: int = 0
    shift_days: int = 0


def _load(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise InvalidInput(
            f"No file {path}.",
            hint="Give the path of a demo file, e.g. examples/demo-council.toml.",
        ) from None
    except IsADirectoryError:
        raise InvalidInput(
            f"{path} is a directory.", hint="Give the demo file inside it."
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{path} is not valid TOML ({exc}).") from None


def load_demo(
    db: Database, path: Path, *, today: date | None = None, by: str | None = None
) -> DemoSummary:
    """Fill an empty database with the demo council described in path."""
    from clerk_cli.services import action_edits, actions, committees, meetings, owners

    data = _load(Path(path))
    today = today or date.today()
    anchor = data.get("anchor")
    if not isinstance(anchor, date):
        raise InvalidInput(
            f"{path} has no 'anchor' date.", hint="Add e.g. anchor = 2026-11-23 at the top."
        )
    shift = timedelta(days=(today - anchor).days)

    def when(value) -> str:
        return (value + shift).isoformat() if isinstance(value, date) else str(value)

    if db.run_sql(demo_store.has_actions):
        raise Conflict(
            "This database already has actions; the demo needs an empty one.",
            hint="Use a new file: clerk --db demo.db demo examples/demo-council.toml",
        )
    who = by or "demo"
    summary = DemoSummary(shift_days=shift.days)
    for c in data.get("committee", []):
        committees.add_committee(db, name=c["name"], code=c["code"], clerk=c.get("clerk"), by=who)
        summary.committees += 1
    for o in data.get("owner", []):
        owners.add_owner(db, name=o["name"], holder=o.get("holder"), by=who)
        summary.owners += 1
        for h in o.get("handover_to", []):
            owners.handover(db, post=o["name"], to=h, by=who)
    for m in data.get("meeting", []):
        meetings.add_meeting(
            db,
            committee=m["committee"],
            when=when(m["date"]),
            time=m.get("time"),
            title=m.get("title"),
            status=m.get("status", "scheduled"),
            by=who,
        )
        summary.meetings += 1
    for r in data.get("resolution", []):
        meetings.add_resolution(
            db, text=r["text"], meeting=_meeting_ref(r["meeting"], shift), ref=r.get("ref"), by=who
        )
        summary.resolutions += 1
    for a in data.get("action", []):
        meeting_ref = _meeting_ref(a["meeting"], shift) if a.get("meeting") else None
        view = actions.add_action(
            db,
            text=a["text"],
            owner=a.get("owner"),
            due=when(a["due"]) if a.get("due") is not None else None,
            meeting=meeting_ref,
            committee=a.get("committee"),
            resolution=a.get("resolution"),
            confidential=bool(a.get("confidential")),
            by=who,
            today=today,
        )
        for n in a.get("notes", []):
            actions.add_note(db, view.ref, n, by=a.get("owner_holder", who))
        if a.get("slip_to") is not None:
            action_edits.edit_action(db, view.ref, due=when(a["slip_to"]), by=who, today=today)
        status = a.get("status", "open")
        if status != "open":
            actions.set_status(db, view.ref, status, note=a.get("closing_note"), by=who)
        summary.actions += 1
    _backdate(db)
    return summary


def _meeting_ref(ref: str, shift: timedelta) -> str:
    code, _, raw = ref.partition("/")
    return f"{code}/{(date.fromisoformat(raw) + shift).isoformat()}"


def _backdate(db: Database) -> None:
    """Make created times look lived-in: each action created on its meeting's day."""
    db.run_sql(demo_store.backdate_to_meetings, write=True)
