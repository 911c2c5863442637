"""The action exports for other programs: CSV and XLSX for spreadsheets, ICS for calendars."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from clerk_cli.render import BOM, CSV_COLUMNS, action_csv_row, owner_text, write_csv
from clerk_cli.rules.status import OPEN_STATUSES
from clerk_cli.views import ActionView


def actions_csv(rows: list[ActionView]) -> str:
    """CSV for Excel: UTF-8 with BOM, CRLF line ends, ISO dates, formulas neutralised."""
    buf = io.StringIO()
    buf.write(BOM)
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


# ---- XLSX ------------------------------------------------------------------------
# Dates as dates, references as text (never 7.1 for "7.10"), the header frozen with an
# auto-filter, sensible widths, and overdue / due-soon rows filled.  openpyxl's
# write-only mode keeps memory flat however many rows there are.

XLSX_FILLS = {"overdue": "FDE2E2", "due-soon": "FFF1D6"}
DATE_FORMAT = "d mmm yyyy"

# (heading, kind, width, value of an action)
ACTION_XLSX_COLUMNS = (
    ("Ref", "text", 11, lambda a: a.ref),
    ("Committee", "text", 11, lambda a: a.committee),
    ("Meeting", "text", 17, lambda a: a.meeting or ""),
    ("Minute", "text", 10, lambda a: a.resolution_ref or ""),
    ("Action", "wrap", 60, lambda a: a.text),
    ("Owner", "wrap", 32, lambda a: a.owner or ""),
    ("Holder", "text", 20, lambda a: a.owner_holder or ""),
    ("Status", "text", 12, lambda a: a.status),
    ("Due", "date", 13, lambda a: a.due_date),
    ("Due (as written)", "text", 18, lambda a: a.due_text or ""),
    ("Original due", "date", 13, lambda a: a.original_due_date),
    ("Slips", "int", 7, lambda a: a.slip_count),
    ("Days overdue", "int", 9, lambda a: _positive(a.days_overdue)),
    ("Due in days", "int", 9, lambda a: _due_in(a.days_overdue)),
    ("Confidential", "text", 9, lambda a: "yes" if a.confidential else "no"),
    ("Created", "date", 13, lambda a: _day(a.created_at)),
    ("Completed", "date", 13, lambda a: _day(a.completed_at)),
    ("Latest note", "wrap", 50, lambda a: a.latest_note or ""),
)


def _positive(days):
    return days if days is not None and days > 0 else None


def _due_in(days):
    return -days if days is not None and days <= 0 else None


def _day(moment):
    """A stored UTC timestamp as its date (spreadsheets have no time zones)."""
    return moment.date() if moment is not None else None


def row_fill(a: ActionView) -> str:
    """overdue, due-soon or '' (rules.status decides)."""
    from clerk_cli.rules.status import standing

    if a.status not in OPEN_STATUSES:
        return ""
    return standing(a.days_overdue).replace(" ", "-")


def xlsx_workbook(sheets) -> bytes:
    """sheets: (title, columns, rows, fill) with columns as in ACTION_XLSX_COLUMNS, rows
    the objects each column's function reads, and fill(row) -> a key of XLSX_FILLS or ''."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    fills = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in XLSX_FILLS.items()}
    for title, columns, rows, fill in sheets:
        ws = wb.create_sheet(title=_sheet_title(title))
        for i, (_, _, width, _) in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        header = []
        for heading, *_ in columns:
            cell = WriteOnlyCell(ws, value=heading)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        count = 0
        for row in rows:
            count += 1
            shade = fills.get(fill(row) if fill else "")
            cells = []
            for _, kind, _, value_of in columns:
                value = value_of(row)
                if value == "" or value is None:
                    value = None
                elif kind in ("text", "wrap"):
                    value = _xlsx_text(value)
                cell = WriteOnlyCell(ws, value=value)
                if kind == "date" and value is not None:
                    cell.number_format = DATE_FORMAT
                elif kind in ("text", "wrap"):
                    cell.number_format = "@"  # stays text when edited
                    if value is not None:
                        cell.data_type = "s"  # "=HYPERLINK(...)" is text, never a formula
                cell.alignment = wrap if kind == "wrap" else top
                if shade is not None:
                    cell.fill = shade
                cells.append(cell)
            ws.append(cells)
        last = get_column_letter(len(columns))
        ws.auto_filter.ref = f"A1:{last}{count + 1}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet_title(title: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:31] or "Sheet"


def _xlsx_text(value) -> str:
    """Text as a cell can hold it: XML forbids most control characters (shown as U+FFFD)."""
    return "".join(ch if ch in "\t\n" or ord(ch) >= 0x20 else "\ufffd" for ch in str(value))


def actions_xlsx(rows: list[ActionView], *, title: str = "Actions") -> bytes:
    """Actions (a report or list) as one sheet."""
    return xlsx_workbook([(title, ACTION_XLSX_COLUMNS, rows, row_fill)])
