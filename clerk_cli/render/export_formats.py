"""The action exports for other programs: CSV and XLSX for spreadsheets, ICS for calendars."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from clerk_cli.render import BOM, CSV_COLUMNS, action_csv_row, owner_text, write_csv
from clerk_cli.rules.status import OPEN_STATUSES, due_in, overdue_by
from clerk_cli.views import ActionView


def actions_csv(rows: list[ActionView]) -> str:
    """CSV for Excel: UTF-8 with BOM, CRLF line ends, ISO dates, formulas neutralised."""
    buf = io.StringIO()
    buf.write(BOM)
    write_csv(buf, CSV_COLUMNS, (action_csv_row(a) for a in rows))
    return buf.getvalue()


MEETING_HOURS = 2  # a timed meeting's assumed length (minutes record a start only)
MEETING_TZ = "Europe/London"  # meeting times are local times, as minuted


def action_uid(a: ActionView, calendar_id: str | None, kind: str = "todo") -> str:
    """Stable and globally unique: the ref and this database's id (store.calendar.calendar_id).

    Without a calendar id (clerk export), the older form ref@clerk-actions."""
    if calendar_id is None:
        return f"{a.ref.lower()}@clerk-actions"
    return f"action-{kind}-{a.ref.lower()}.{calendar_id}@clerk"


def _description(a: ActionView) -> str:
    lines = [f"Committee: {a.committee_name} ({a.committee})"]
    if a.meeting:
        lines.append(f"Meeting: {a.meeting}")
    if a.minute:
        lines.append(f"Minute: {a.minute}")
    if a.resolution_ref and a.resolution_ref != a.minute:
        lines.append(f"Resolution: {a.resolution_ref}")
    lines.append(f"Owner: {owner_text(a)}")
    if a.slip_count and a.original_due_date:
        lines.append(f"Originally due: {a.original_due_date.isoformat()} (slipped {a.slip_count}x)")
    if a.latest_note:
        lines.append(f"Latest note: {a.latest_note}")
    return "\n".join(lines)


def _action_component(a: ActionView, *, stamp: datetime, calendar_id: str | None, as_event: bool):
    """A VTODO due on the day, or (for Outlook, which ignores VTODOs in .ics files) an
    all-day VEVENT on the due date that does not block time."""
    from icalendar import Event, Todo

    item = Event() if as_event else Todo()
    item.add("uid", action_uid(a, calendar_id, "event" if as_event else "todo"))
    item.add("dtstamp", stamp)
    item.add("summary", f"[{a.ref}] {a.text}")
    if as_event:
        item.add("dtstart", a.due_date)
        item.add("dtend", a.due_date + timedelta(days=1))
        item.add("transp", "TRANSPARENT")
    else:
        item.add("due", a.due_date)
        item.add("status", "IN-PROCESS" if a.status == "in_progress" else "NEEDS-ACTION")
    item.add("description", _description(a))
    item.add("categories", [a.committee])
    if a.confidential:
        item.add("class", "CONFIDENTIAL")
    if a.created_at:
        item.add("created", a.created_at)
    return item


def _calendar(name: str):
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//clerk//action tracker//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def actions_ics(
    rows: list[ActionView],
    *,
    name: str,
    now: datetime | None = None,
    calendar_id: str | None = None,
    as_events: bool = False,
) -> str:
    """Open actions with due dates as VTODOs (or all-day VEVENTs), one calendar."""
    stamp = now or datetime.now(UTC)
    cal = _calendar(name)
    for a in rows:
        if a.due_date is None or a.status not in OPEN_STATUSES:
            continue
        cal.add_component(
            _action_component(a, stamp=stamp, calendar_id=calendar_id, as_event=as_events)
        )
    return cal.to_ical().decode("utf-8")


def _meeting_event(m, *, stamp: datetime, calendar_id: str):
    from datetime import time
    from zoneinfo import ZoneInfo

    from icalendar import Event

    event = Event()
    event.add("uid", f"meeting-{m.id}.{calendar_id}@clerk")
    event.add("dtstamp", stamp)
    summary = m.committee_name + (f": {m.title}" if m.title else "")
    event.add("summary", ("Cancelled: " if m.status == "cancelled" else "") + summary)
    start = None
    if m.time:
        try:
            hours, minutes = (int(x) for x in m.time.split(":")[:2])
            start = datetime.combine(m.date, time(hours, minutes), tzinfo=ZoneInfo(MEETING_TZ))
        except ValueError:
            start = None
    if start is not None:
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=MEETING_HOURS))
    else:
        event.add("dtstart", m.date)
        event.add("dtend", m.date + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    event.add("status", "CANCELLED" if m.status == "cancelled" else "CONFIRMED")
    event.add("description", f"Meeting {m.ref}")
    event.add("categories", [m.committee])
    return event


def calendar_ics(feed, *, actions_as: str = "todo", now: datetime | None = None) -> str:
    """A CalendarFeed as an RFC 5545 calendar: meetings as VEVENTs (timed ones in
    Europe/London, with its VTIMEZONE), actions as VTODOs or all-day VEVENTs."""
    stamp = now or datetime.now(UTC)
    cal = _calendar(feed.name)
    for m in feed.meetings:
        cal.add_component(_meeting_event(m, stamp=stamp, calendar_id=feed.calendar_id))
    for a in feed.actions:
        if a.due_date is None or a.status not in OPEN_STATUSES:
            continue
        cal.add_component(
            _action_component(
                a, stamp=stamp, calendar_id=feed.calendar_id, as_event=actions_as == "event"
            )
        )
    if any(m.time for m in feed.meetings):
        cal.subcomponents.insert(0, _london())
    return cal.to_ical().decode("utf-8")


def _london():
    """Europe/London as Outlook and Google write it: two yearly rules (the UK's since 1996),
    not decades of listed dates."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    tz = Timezone()
    tz.add("tzid", MEETING_TZ)
    summer = TimezoneDaylight()
    summer.add("tzname", "BST")
    summer.add("dtstart", datetime(1970, 3, 29, 1, 0))
    summer.add("tzoffsetfrom", timedelta(0))
    summer.add("tzoffsetto", timedelta(hours=1))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    winter = TimezoneStandard()
    winter.add("tzname", "GMT")
    winter.add("dtstart", datetime(1970, 10, 25, 2, 0))
    winter.add("tzoffsetfrom", timedelta(hours=1))
    winter.add("tzoffsetto", timedelta(0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


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
    # The minute it came from: its own, else its resolution's (the Resolution column).
    ("Minute", "text", 10, lambda a: a.minute or ""),
    ("Action", "wrap", 60, lambda a: a.text),
    ("Owner", "wrap", 32, lambda a: a.owner or ""),
    ("Holder", "text", 20, lambda a: a.owner_holder or ""),
    ("Status", "text", 12, lambda a: a.status),
    # Where it stands in words (rules.status): 'completion proposed', 'dropped (superseded)'.
    ("Standing", "text", 20, lambda a: a.status_display),
    ("Due", "date", 13, lambda a: a.due_date),
    ("Due (as written)", "text", 18, lambda a: a.due_text or ""),
    ("Original due", "date", 13, lambda a: a.original_due_date),
    ("Slips", "int", 7, lambda a: a.slip_count),
    ("Days overdue", "int", 9, lambda a: overdue_by(a.days_overdue)),
    ("Due in days", "int", 9, lambda a: due_in(a.days_overdue)),
    ("Confidential", "text", 9, lambda a: "yes" if a.confidential else "no"),
    ("Created", "date", 13, lambda a: _day(a.created_at)),
    ("Completed", "date", 13, lambda a: _day(a.completed_at)),
    ("Latest note", "wrap", 50, lambda a: a.latest_note or ""),
    ("RAG", "text", 8, lambda a: a.rag or ""),
    ("RAG reason", "wrap", 30, lambda a: a.rag_reason or ""),
    ("Resolution", "text", 10, lambda a: a.resolution_ref or ""),
)
# The action log's sheets add how often each action was held over (rules.held_over).
ACTION_LOG_XLSX_COLUMNS = (
    *ACTION_XLSX_COLUMNS,
    ("Held over", "int", 9, lambda a: a.held_over),
)


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
