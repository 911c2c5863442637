"""The action exports for other programs: CSV for Excel, ICS to-dos for a calendar."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from clerk_cli.render import CSV_COLUMNS, action_csv_row, owner_text, write_csv
from clerk_cli.rules.status import OPEN_STATUSES
from clerk_cli.views import ActionView


def actions_csv(rows: list[ActionView]) -> str:
    """CSV for Excel: UTF-8 with BOM, CRLF line ends, ISO dates, formulas neutralised."""
    buf = io.StringIO()
    buf.write("\ufeff")
    write_csv(buf, CSV_COLUMNS, (action_csv_row(a) for a in rows))
    return buf.getvalue()


def actions_ics(rows: list[ActionView], *, name: str, now: datetime | None = None) -> str:
    """Open actions with due dates as VTODOs, one calendar an owner can subscribe to."""
    from icalendar import Calendar, Todo

    stamp = now or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", "-//clerk//action tracker//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for a in rows:
        if a.due_date is None or a.status not in OPEN_STATUSES:
            continue
        todo = Todo()
        todo.add("uid", f"{a.ref.lower()}@clerk-actions")
        todo.add("dtstamp", stamp)
        todo.add("summary", f"[{a.ref}] {a.text}")
        todo.add("due", a.due_date)
        lines = [f"Committee: {a.committee_name} ({a.committee})"]
        if a.meeting:
            lines.append(f"Meeting: {a.meeting}")
        if a.resolution_ref:
            lines.append(f"Minute: {a.resolution_ref}")
        lines.append(f"Owner: {owner_text(a)}")
        if a.slip_count and a.original_due_date:
            lines.append(
                f"Originally due: {a.original_due_date.isoformat()} (slipped {a.slip_count}x)"
            )
        if a.latest_note:
            lines.append(f"Latest note: {a.latest_note}")
        todo.add("description", "\n".join(lines))
        todo.add("status", "IN-PROCESS" if a.status == "in_progress" else "NEEDS-ACTION")
        todo.add("categories", [a.committee])
        if a.confidential:
            todo.add("class", "CONFIDENTIAL")
        if a.created_at:
            todo.add("created", a.created_at)
        cal.add_component(todo)
    return cal.to_ical().decode("utf-8")
