"""Turn service results into text: a Rich table in a terminal, else plain text, CSV, JSON or Markdown.

Only ``render.rich_render`` imports Rich, and only when a terminal table is asked for,
so piped output (cron, files) never pays for it.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import TextIO

from clerk_cli.render.text import md_text, visible
from clerk_cli.rules.minute import from_words
from clerk_cli.rules.rag import rag_words
from clerk_cli.rules.status import (
    DUE_SOON,
    OVERDUE,
    days_overdue,
    due_in,
    outcome_words,
    overdue_by,
    overdue_words,
    proposal_words,
    standing,
    status_words,
)
from clerk_cli.views import ActionDetail, ActionReport, ActionView, AuditView

FORMATS = ("table", "plain", "csv", "json", "markdown", "xlsx")
CSV_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # every CSV clerk writes, to a file or to standard output (bug 6)
# Columns of references: text, though a spreadsheet would read "7.10" as 7.1 and "1/2" as a date.
TEXT_COLUMNS = frozenset({"ref", "resolution_ref", "minute_ref", "minute"})
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?$")
_DATE = re.compile(r"^(\d{1,4})([/.\-])(\d{1,2})(?:\2(\d{1,4}))?$")
_TIME = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")


def choose_format(fmt: str | None, stream: TextIO | None = None) -> str:
    """The explicit --format, else a table in a terminal and plain text otherwise."""
    if fmt:
        return fmt
    stream = stream or sys.stdout
    return "table" if _isatty(stream) else "plain"


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def use_colour() -> bool:
    return not os.environ.get("NO_COLOR")


# ---- cells -------------------------------------------------------------------


def safe_csv_cell(value):
    """Neutralise spreadsheet formulas (CSV injection): text starting with = + - @ tab CR gets a quote."""
    if isinstance(value, str) and value.startswith(CSV_DANGEROUS):
        return "'" + value
    return value


def text_cell(value):
    """A reference a spreadsheet would turn into a number or a date ("7.10" into 7.1, "1/2"
    into 2 January) written as the formula ="7.10", which Excel, LibreOffice and Google
    Sheets show as the text 7.10 (bug 7).  Other references are left as they are."""
    if isinstance(value, str) and spreadsheet_would_convert(value):
        return '="' + value.replace('"', '""') + '"'
    return value


def spreadsheet_would_convert(text: str) -> bool:
    """Would Excel or LibreOffice read this as a number, a date or a time?"""
    s = text.strip()
    if _NUMBER.match(s) or _TIME.match(s):
        return True
    found = _DATE.match(s)
    if not found:
        return False
    if found.group(4) is not None:
        return True
    a, b = int(found.group(1)), int(found.group(3))
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def days_overdue_cell(a: ActionView):
    """Days past due for an overdue action, else empty (rules.status.overdue_by)."""
    days = overdue_by(a.days_overdue)
    return "" if days is None else days


def due_in_days_cell(a: ActionView):
    """Days until an open action falls due (0: due today), else empty (rules.status.due_in)."""
    days = due_in(a.days_overdue)
    return "" if days is None else days


def _d(value) -> str:
    return value.isoformat() if value is not None else ""


def owner_text(a: ActionView) -> str:
    if not a.owner:
        return "(no owner)"
    return f"{a.owner} ({a.owner_holder})" if a.owner_holder else a.owner


def overdue_text(a: ActionView) -> str:
    """'3 days overdue', 'due in 2 days'... (rules.status says how)."""
    return overdue_words(a.days_overdue)


status_text = status_words


# ---- actions -----------------------------------------------------------------

CSV_COLUMNS = (
    "ref",
    "committee",
    "meeting",
    "resolution_ref",
    "text",
    "owner",
    "owner_holder",
    "status",
    "due_date",
    "due_text",
    "original_due_date",
    "slip_count",
    "days_overdue",
    "due_in_days",
    "confidential",
    "created_at",
    "completed_at",
    "latest_note",
    "rag",
    "rag_reason",
    # How it closed besides done (not-feasible, superseded, deferred), and the outcome an
    # open action is proposed to close with, awaiting its committee (as in the JSON).
    "outcome",
    "proposed_outcome",
    # The minute it came from: its own minute reference, else its resolution's
    # (views.ActionView.minute).  Last, so the columns before it keep their places.
    "minute",
)


def action_csv_row(a: ActionView) -> list:
    return [
        a.ref,
        a.committee,
        a.meeting or "",
        a.resolution_ref or "",
        a.text,
        a.owner or "",
        a.owner_holder or "",
        a.status,
        _d(a.due_date),
        a.due_text or "",
        _d(a.original_due_date),
        a.slip_count,
        days_overdue_cell(a),
        due_in_days_cell(a),
        "yes" if a.confidential else "no",
        _d(a.created_at),
        _d(a.completed_at),
        a.latest_note or "",
        a.rag or "",
        a.rag_reason or "",
        a.outcome if a.outcome and a.outcome != a.status else "",
        a.proposed or "",
        a.minute or "",
    ]


def write_csv(out: TextIO, header: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Rows as CSV (CRLF): formulas neutralised, and references kept as text (text_cell).

    The caller writes the BOM first (BOM), so a file and standard output are alike."""
    import csv

    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    text = {i for i, name in enumerate(header) if name in TEXT_COLUMNS}
    for r in rows:
        w.writerow(
            [
                text_cell(v) if i in text and text_cell(v) is not v else safe_csv_cell(v)
                for i, v in enumerate(r)
            ]
        )


def write_json_list(out: TextIO, items, *, batch: int = 500) -> None:
    """A JSON list, the same bytes as json.dump(list, indent=2), written a batch of items
    at a time: a million-row report never holds every dict at once, and an unbuffered
    stream gets a few large writes instead of millions of small ones."""
    import json

    dumps = json.JSONEncoder(indent=2, ensure_ascii=False).encode
    out.write("[")
    chunk: list[str] = []
    first = True
    for item in items:
        chunk.append(("\n  " if first else ",\n  ") + dumps(item).replace("\n", "\n  "))
        first = False
        if len(chunk) >= batch:
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))
    out.write("]\n" if first else "\n]\n")


def render_actions(
    report: ActionReport, fmt: str, out: TextIO, *, group: bool = True, show_footer: bool = True
) -> None:
    """Print a report or list of actions in one of FORMATS."""
    rows = report.rows
    if fmt == "json":
        write_json_list(out, (a.to_json() for a in rows))
    elif fmt == "csv":
        out.write(BOM)
        write_csv(out, CSV_COLUMNS, (action_csv_row(a) for a in rows))
    elif fmt == "xlsx":
        from clerk_cli.output import deliver
        from clerk_cli.render.export_formats import actions_xlsx

        deliver(actions_xlsx(rows, title=report.title), None, "xlsx")
    elif fmt == "markdown":
        out.write(actions_markdown(report, group=group))
    elif fmt == "table":
        from clerk_cli.render.rich_render import actions_table

        actions_table(report, out, group=group)
    else:
        _actions_plain(report, out, group=group, show_footer=show_footer)


def _groups(rows: list[ActionView], group: bool):
    if not group:
        return [(None, rows)]
    return [(k, list(g)) for k, g in groupby(rows, key=lambda a: (a.committee, a.committee_name))]


def totals_line(report: ActionReport) -> str:
    rows = report.rows
    days = report.due_soon_days
    as_of = report.as_of
    overdue = soon = 0
    for a in rows:
        # is_overdue and is_due_soon, the days counted once
        late = days_overdue(a.status, a.due_date, as_of, a.proposed)
        overdue += standing(late) == OVERDUE
        soon += standing(late, days) == DUE_SOON
    shown = len(rows)
    total = f"{report.total} action{'s' if report.total != 1 else ''}"
    parts = []
    if overdue:
        parts.append(f"{overdue} overdue")
    if soon:
        parts.append(f"{soon} due within {days} day{'s' if days != 1 else ''}")
    committees = len({a.committee for a in rows})
    if committees > 1:
        parts.append(f"{committees} committees")
    if shown < report.total:
        # The counts describe the rows shown, so they are said to be of those.
        of_shown = f": {', '.join(parts)}" if parts else ""
        return (
            f"{total} (showing {shown}{of_shown}; "
            "use --all, or --format plain/csv to see everything)"
        )
    return ", ".join([total, *parts])


def _actions_plain(report: ActionReport, out: TextIO, *, group: bool, show_footer: bool) -> None:
    # The text is gathered and made visible (control characters shown) in batches of
    # rows: one pass and one write per batch, not one per line.
    parts: list[str] = []
    write = parts.append

    def flush() -> None:
        out.write(visible("".join(parts)))
        parts.clear()

    write(f"{report.title}\n")
    if not report.rows:
        write("Nothing to report.\n")
        flush()
        return
    from clerk_cli.dates import describe_due
    from clerk_cli.rules.status import action_status_words

    pad = " " * 13  # under the reference: f"  {'':<10} "
    for key, rows in _groups(report.rows, group):
        if key:
            write(f"\n{key[1]} ({key[0]})\n")
        for a in rows:
            # One string per action; the words from the same rules as a.due_display,
            # a.status_display, overdue_text and owner_text, asked once each.
            due = describe_due(a.due_date, a.due_rule, a.due_text) or "no due date"
            status = action_status_words(a.status, a.proposed, a.outcome)
            flags = [
                x
                for x in (
                    overdue_words(a.days_overdue),
                    status if status != "open" else "",
                    "CONFIDENTIAL" if a.confidential else "",
                    f"slipped {a.slip_count}x" if a.slip_count else "",
                )
                if x
            ]
            origin = from_words(a.meeting, a.minute)
            write(
                f"  {a.ref:<10} {a.text}\n"
                f"{pad}Owner: {owner_text(a)}; due {due}{'; ' + ', '.join(flags) if flags else ''}\n"
                + (f"{pad}From: {origin}\n" if origin else "")
                + (f"{pad}Rating: {rag_words(a.rag, a.rag_reason)}\n" if a.rag else "")
                + (f"{pad}Latest note: {a.latest_note}\n" if a.latest_note else "")
            )
            if len(parts) >= 500:
                flush()
    if show_footer:
        write(f"\n{totals_line(report)}\n")
    flush()


def _md(text: str | None) -> str:
    return md_text(text)


def actions_markdown(report: ActionReport, *, group: bool = True) -> str:
    buf = io.StringIO()
    buf.write(f"# {report.title}\n")
    if not report.rows:
        buf.write("\nNothing to report.\n")
        return buf.getvalue()
    for key, rows in _groups(report.rows, group):
        if key:
            buf.write(f"\n## {_md(key[1])} ({key[0]})\n")
        buf.write("\n| Ref | Action | Owner | Due | Status | Rating | Meeting | Latest note |\n")
        buf.write("|---|---|---|---|---|---|---|---|\n")
        for a in rows:
            status = ", ".join(x for x in (a.status_display, overdue_text(a)) if x)
            buf.write(
                f"| {a.ref} | {_md(a.text)} | {_md(owner_text(a))} | {_md(a.due_display)} | {status} | "
                f"{_md(rag_words(a.rag, a.rag_reason))} | {_md(from_words(a.meeting, a.minute))} | "
                f"{_md(a.latest_note)} |\n"
            )
    buf.write(f"\n{totals_line(report)}\n")
    return buf.getvalue()


# ---- one action and its history ------------------------------------------------


def render_detail(detail: ActionDetail, fmt: str, out: TextIO) -> None:
    a = detail.action
    if fmt == "json":
        data = a.to_json()
        data["history"] = [h.to_json() for h in detail.history]
        data["due_text"] = a.due_text
        data["original_due_date"] = _d(a.original_due_date) or None
        data["slip_count"] = a.slip_count
        data["minute_ref"] = detail.minute_ref
        data["evidence"] = detail.evidence
        data.setdefault("links", [])
        import json

        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    if fmt == "table":
        from clerk_cli.render.rich_render import detail_panel

        detail_panel(detail, out)
        return
    lines = [
        f"{a.ref}: {a.text}",
        f"  Status:        {a.status_display}{'  (' + overdue_text(a) + ')' if overdue_text(a) else ''}",
        f"  Committee:     {a.committee_name} ({a.committee})",
        f"  Meeting:       {a.meeting or '-'}",
        f"  Resolution:    {(a.resolution_ref + ' ' + (detail.resolution_text or '')).strip() if a.resolution_ref else '-'}",
        f"  Owner:         {owner_text(a)}{' <' + a.owner_email + '>' if a.owner_email else ''}",
        f"  Due:           {a.due_display or '-'}"
        + (f"  (was {_d(a.original_due_date)}; slipped {a.slip_count}x)" if a.slip_count else ""),
        f"  Confidential:  {'yes' if a.confidential else 'no'}",
        f"  Created:       {_dt(a.created_at)}",
    ]
    if a.rag:
        lines.insert(2, f"  Rating:        {rag_words(a.rag, a.rag_reason)}")
    if a.held_over is not None:
        from clerk_cli.rules.held_over import held_over_words

        lines.insert(
            3 if a.rag else 2,
            f"  Held over:     {held_over_words(a.held_over) or 'not yet'}"
            " (meetings it was carried over at while open)",
        )
    if a.completed_at:
        lines.append(f"  Completed:     {_dt(a.completed_at)}")
    if a.closure_display:
        lines.append(f"  Closure:       {a.closure_display}")
    for link in a.links or ():
        lines.append(f"  Linked:        {link.words}")
    if a.minute:
        lines.append(f"  Minute:        {a.minute}")
    if a.source:
        lines.append(f"  Source:        {a.source}")
    for i, ev in enumerate((detail.evidence or "").splitlines()):
        lines.append(f"  {'Evidence:' if i == 0 else '':<15}{ev}")
    lines.append("  Notes:" if a.notes else "  Notes:         none")
    for n in a.notes:
        lines.append(f"    {_dt(n.created_at)}  {n.author}: {n.text}")
    out.write(visible("\n".join(lines)) + "\n")


def local_time(value) -> str:
    """A stored (UTC) time as the clerk reads it: in the local time zone (the system's,
    or TZ), with the zone's name: '2022-09-27 14:00 BST'."""
    if value is None:
        return ""
    local = value.astimezone()
    return local.strftime("%Y-%m-%d %H:%M ") + (local.tzname() or local.strftime("%z"))


_dt = local_time


HISTORY_COLUMNS = ("at", "by", "record", "change", "from", "to")

# One change of a due date is written as several audit rows in one transaction (the
# date, the words it was given in, the rule it follows, and why it moved); history
# shows them as the one change the clerk made (findings bug 20).  What is stored is
# untouched: --as-of replays those rows, and --format json shows them as they are.
_DUE_FIELDS = {"due_date", "due_text", "due_rule", "due_moved_with_meeting", "original_due_date"}
_FIELD_WORDS = {
    "created": "created",
    "deleted": "deleted",
    "completed_at": "completed",
    "clerk_name": "clerk",
    "clerk_email": "clerk's email",
    "resolution_id": "resolution",
    "owner_id": "owner",
    "closed_meeting": "agreed at the meeting of",
    "closed_minute": "minute of the agreement",
    "closure_needs_agreement": "closure by agreement",
}


def _field_words(field: str) -> str:
    return _FIELD_WORDS.get(field, field.replace("_", " "))


def _due_words(day: str | None, text: str | None) -> str:
    """A due date as history shows it: the date, and the words it was given in when they
    say more than the date ("2022-09-27 (the September meeting)")."""
    if not day:
        return text or ""
    if not text:
        return day
    from clerk_cli.dates import parse_date

    try:
        if parse_date(text).isoformat() == day:
            return day
    except Exception:  # words that are not a date ("next meeting"): worth showing
        pass
    return f"{day} ({text})"


def _day(value: str | None) -> str:
    return value[:10] if value else ""


def _history_rows(rows: list[AuditView]) -> list[tuple]:
    """(at, by, record, change, from, to) in the clerk's words: the rows one transaction
    wrote about one record's due date become one row, a status change carries its
    completion day, and field names become words."""
    # Rows written together share their transaction's time; one transaction can touch
    # several actions (a meeting moved), so rows are grouped by record within it.
    groups: dict[tuple, list[AuditView]] = {}
    for r in rows:
        groups.setdefault((r.at, r.by, r.label), []).append(r)
    out: list[tuple] = []
    for (at, by, label), group in groups.items():
        fields = {r.field: r for r in group}
        due = [r for r in group if r.field in _DUE_FIELDS]
        status = fields.get("status")
        for r in group:
            if r.field in _DUE_FIELDS:
                if r is not due[0]:
                    continue
                date_row, text_row = fields.get("due_date"), fields.get("due_text")
                old_day = date_row.old if date_row else None
                new_day = date_row.new if date_row else None
                old_text = text_row.old if text_row else None
                new_text = text_row.new if text_row else None
                moved = fields.get("due_moved_with_meeting")
                if date_row is None and text_row is None and fields.get("due_rule") is None:
                    continue  # only bookkeeping (original_due_date): nothing a clerk changed
                change = "due date"
                if moved is not None:
                    change = f"due date moved with its meeting ({moved.new})"
                    old_text = new_text = None  # the words stay; the date followed the meeting
                out.append(
                    (
                        _dt(at),
                        by,
                        label,
                        change,
                        _due_words(old_day, old_text),
                        _due_words(new_day, new_text),
                    )
                )
            elif r.field == "completed_at" and status is not None:
                continue  # shown with the status change
            elif r.field == "status":
                new = status_words(r.new) if r.new else ""
                done = fields.get("completed_at")
                if done is not None and done.new and _day(done.new) != _dt(at)[:10]:
                    new += f" (on {_day(done.new)})"
                out.append((_dt(at), by, label, "status", status_words(r.old or ""), new))
            elif r.field == "completed_at":
                out.append((_dt(at), by, label, "completed", _day(r.old), _day(r.new)))
            elif r.field in ("proposal", "outcome"):
                words = proposal_words if r.field == "proposal" else outcome_words
                change = "closure proposal" if r.field == "proposal" else "outcome"
                out.append((_dt(at), by, label, change, words(r.old), words(r.new)))
            else:
                out.append((_dt(at), by, label, _field_words(r.field), r.old or "", r.new or ""))
    return out


def render_history(rows: list[AuditView], fmt: str, out: TextIO, *, title: str) -> None:
    """The audit trail: JSON as stored (one object per audit row); every other format in
    the clerk's words (see _history_rows)."""
    if fmt == "json":
        import json

        json.dump([r.to_json() for r in rows], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    render_table(title, HISTORY_COLUMNS, _history_rows(rows), fmt, out)


# ---- generic tables (committees, meetings, owners) -----------------------------


def render_table(
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence],
    fmt: str,
    out: TextIO,
    *,
    json_rows: list[dict] | None = None,
) -> None:
    """A simple titled table in any format."""
    if fmt == "json":
        payload = (
            json_rows
            if json_rows is not None
            else [dict(zip(columns, r, strict=False)) for r in rows]
        )
        import json

        json.dump(payload, out, indent=2, ensure_ascii=False, default=str)
        out.write("\n")
    elif fmt == "csv":
        out.write(BOM)
        write_csv(out, columns, rows)
    elif fmt == "markdown":
        heading = "\n".join(_md(line) for line in title.split("\n"))
        out.write(
            f"# {heading}\n\n| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n"
        )
        for r in rows:
            out.write("| " + " | ".join(_md(str(v)) for v in r) + " |\n")
    elif fmt == "table":
        from clerk_cli.render.rich_render import simple_table

        simple_table(title, columns, rows, out)
    else:
        out.write(f"{visible(title)}\n")
        if not rows:
            out.write("(none)\n")
            return
        widths = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(columns)]
        # No cap: a long post name widens its column rather than pushing its row out of line.
        out.write(
            "  ".join(
                str(c).upper().ljust(w) for c, w in zip(columns, widths, strict=False)
            ).rstrip()
            + "\n"
        )
        for r in rows:
            out.write(
                visible(
                    "  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=False)).rstrip()
                )
                + "\n"
            )
