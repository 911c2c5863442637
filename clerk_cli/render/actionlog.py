"""The action log as plain text, Markdown, CSV, JSON or a Rich preview.

HTML and DOCX live in render.html and render.docx_render; ``render_action_log``
dispatches to all of them and returns text (str) or a Word document (bytes).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, TextIO

from clerk_cli.render import BOM, days_overdue_cell, due_in_days_cell, owner_text, write_csv
from clerk_cli.render.text import visible
from clerk_cli.rules.held_over import held_over_words
from clerk_cli.rules.rag import AMBER, GREEN, MARKS, RED, legend_lines, rag_words
from clerk_cli.rules.status import (
    DUE_SOON,
    DUE_SOON_DAYS,
    OVERDUE,
    overdue_words,
    standing,
)
from clerk_cli.views import ActionView

if TYPE_CHECKING:  # (clerk status uses this module without the action log's types)
    from clerk_cli.views.papers import ActionLog

ACTION_LOG_FORMATS = ("table", "plain", "markdown", "html", "docx", "csv", "json", "xlsx")
SUFFIX_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".json": "json",
    ".txt": "plain",
}

CSV_COLUMNS = (
    "section",
    "meeting",
    "ref",
    "minute_ref",
    "action",
    "owner",
    "owner_holder",
    "original_due_date",
    "due_date",
    "slip_count",
    "status",
    "days_overdue",
    "due_in_days",
    "completed_date",
    "latest_note",
    "confidential",
    "rag",
    "rag_reason",
    "held_over",
    "links",
    "outcome",  # how it closed: done, not_feasible, ... (rules.status.OUTCOMES)
    "closure",  # proposed for closure / closed by agreement at the meeting of ...
)


# ---- cells shared by every format ---------------------------------------------


def action_cell(a: ActionView) -> str:
    """The action's words, flagged when confidential (only the restricted version shows those)."""
    return f"{a.text} [confidential]" if a.confidential else a.text


def minute_ref(a: ActionView) -> str:
    """The minute it came from (views.ActionView.minute), '' when none."""
    return a.minute or ""


def due_cell(a: ActionView) -> str:
    """The current due date, and the original one when it has slipped."""
    current = a.due_display or "none"
    if a.slip_count:
        original = a.original_due_date.isoformat() if a.original_due_date else "none"
        times = "once" if a.slip_count == 1 else f"{a.slip_count} times"
        return f"{current} (originally {original}; slipped {times})"
    return current


def original_due(a: ActionView) -> str:
    return a.original_due_date.isoformat() if a.original_due_date else ""


def current_due(a: ActionView) -> str:
    return a.due_display or ""


def slips(a: ActionView) -> str:
    return str(a.slip_count) if a.slip_count else ""


def status_cell(a: ActionView) -> str:
    """'in progress, 13 days overdue, held over twice, referred to Cabinet (CAB-7)'."""
    return ", ".join(
        x
        for x in (
            a.closure_display or a.status_display,  # "proposed for closure"
            overdue_words(a.days_overdue),
            held_over_words(a.held_over),
            links_cell(a),
        )
        if x
    )


def completed_status(a: ActionView) -> str:
    """A completed action's status, with its links: 'dropped, duplicate of CSSC-3'."""
    return ", ".join(x for x in (closed_status(a), links_cell(a)) if x)


def closed_status(a: ActionView) -> str:
    """A closed action's status with its outcome and the committee's agreement: 'dropped
    (not feasible), closed by agreement at the meeting of 14 June 2022 (minute 7.4)'."""
    return ", ".join(x for x in (a.status_display, a.closure_display) if x)


def links_cell(a: ActionView) -> str:
    """Its links to other actions (rules.links): 'duplicate of CSSC-3', 'referred to
    Cabinet (CAB-7)', 'returned from Cabinet (CAB-7)'; '' when none."""
    return "; ".join(link.words for link in a.links or ())


def rating_cell(a: ActionView) -> str:
    """'[R] red: overdue by 13 days' (rules.rag): a marker that survives black-and-white
    printing, the colour's name and the reason; '' for a closed action."""
    return rag_words(a.rag, a.rag_reason)


def rating_key(log: ActionLog) -> list[str]:
    """The ratings' legend in the thresholds the log was rated with."""
    return legend_lines(log.rag_rules)


def completed_cell(a: ActionView) -> str:
    return a.completed_at.date().isoformat() if a.completed_at else ""


def summary_lines(log: ActionLog) -> list[str]:
    lines = [
        f"Open actions: {log.open_count}",
        f"Overdue: {log.overdue_count}",
        f"Completed since the last meeting: {log.completed_count}",
    ]
    if log.withheld_text:
        lines.append(log.withheld_text)
    return lines


def context_line(log: ActionLog) -> str:
    parts = [log.subtitle + (f" ({log.for_meeting})" if log.for_meeting else "")]
    if log.previous_date:
        from clerk_cli.views.papers import long_date

        parts.append(f"previous meeting {long_date(log.previous_date)}")
    parts.append(f"report date {log.as_of.isoformat()}")
    return "; ".join(parts) + "."


# ---- the agenda-pack paper (HTML and Word) ------------------------------------
# Dates in the clerk's chosen style (UK long dates by default), a marker word that
# survives black-and-white printing beside the colour, and the pack's furniture
# (organisation, agenda item, appendix, prepared by) from [action_log] settings.

MARKERS = {OVERDUE: "OVERDUE", DUE_SOON: "DUE SOON"}
LEGEND = (
    ("overdue", "OVERDUE", "past its due date"),
    ("due-soon", "DUE SOON", f"due within {DUE_SOON_DAYS} days"),
)


def paper_date(d, style: str = "long") -> str:
    """A date as the paper prints it: long '31 October 2022', short '31/10/2022' or iso."""
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "short":
        return f"{d:%d/%m/%Y}"
    from clerk_cli.views.papers import long_date

    return long_date(d)


def paper_standing(a: ActionView) -> str:
    """OVERDUE, DUE_SOON or '' for an open action (rules.status decides)."""
    return standing(a.days_overdue) if a.status in ("open", "in_progress") else ""


def paper_marker(a: ActionView) -> str:
    """The word printed before the status: OVERDUE, DUE SOON or nothing."""
    return MARKERS.get(paper_standing(a), "")


def paper_class(a: ActionView) -> str:
    """The CSS class of the row: overdue, due-soon or ''."""
    return paper_standing(a).replace(" ", "-")


def paper_original_due(a: ActionView, style: str) -> str:
    return paper_date(a.original_due_date, style)


def paper_current_due(a: ActionView, style: str) -> str:
    """The due date in the paper's style; a rule without a date yet keeps its words."""
    return paper_date(a.due_date, style) if a.due_date else (a.due_display or "")


def paper_completed(a: ActionView, style: str) -> str:
    return paper_date(a.completed_at.date(), style) if a.completed_at else ""


def paper_meeting(a: ActionView, style: str) -> str:
    """CODE/2022-06-14 as '14 June 2022' (the committee is the paper's own)."""
    if not a.meeting:
        return ""
    from datetime import date

    try:
        return paper_date(date.fromisoformat(a.meeting.rsplit("/", 1)[1]), style)
    except (IndexError, ValueError):
        return a.meeting


def paper_context(log: ActionLog, style: str = "long") -> str:
    """The line under the title, every date in the paper's style."""
    if log.for_meeting:
        parts = [f"For the meeting of {paper_date(log.for_date, style)}"]
    else:
        parts = [f"As at {paper_date(log.for_date, style)}"]
    if log.previous_date:
        parts.append(f"previous meeting {paper_date(log.previous_date, style)}")
    parts.append(f"report date {paper_date(log.as_of, style)}")
    return "; ".join(parts) + "."


def paper_group_heading(g, style: str = "long") -> str:
    """'Meeting of 14 June 2022' in the paper's date style."""
    if g.meeting_date is None:
        return g.heading
    heading = f"Meeting of {paper_date(g.meeting_date, style)}"
    return f"{heading}: {g.title}" if g.title else heading


def pack_labels(settings) -> str:
    """'Agenda item 6 · Appendix A', or ''."""
    if settings is None:
        return ""
    parts = []
    if settings.agenda_item:
        parts.append(f"Agenda item {settings.agenda_item}")
    if settings.appendix:
        parts.append(f"Appendix {settings.appendix}")
    return " \u00b7 ".join(parts)


# ---- dispatch -----------------------------------------------------------------


def format_for(fmt: str | None, output: str | None, *, terminal: bool) -> str:
    """The explicit --format, else the -o file's suffix, else a table in a terminal, plain otherwise."""
    if fmt:
        return fmt
    if output:
        from pathlib import Path

        return SUFFIX_FORMATS.get(Path(output).suffix.lower(), "plain")
    return "table" if terminal else "plain"


def action_log_pdf(log: ActionLog, settings=None) -> bytes:
    """The HTML paper printed to PDF by WeasyPrint (A4 landscape, page X of Y, the
    restricted mark on every page, as the HTML prints), for publishing without a word
    processor.  WeasyPrint is an optional extra: pip install 'clerk-cli[pdf]'."""
    from clerk_cli.render.html import action_log_html

    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # not installed, or its Pango library missing
        from clerk_cli.errors import InvalidInput

        raise InvalidInput(
            "PDF output needs WeasyPrint, which is not installed here.",
            hint="pip install 'clerk-cli[pdf]' (it needs the Pango library), or use --format html.",
        ) from exc
    return weasyprint.HTML(string=action_log_html(log, settings)).write_pdf()


def render_action_log(log: ActionLog, fmt: str, settings=None) -> str | bytes:
    """The log as a document: text for every format but DOCX and XLSX, which are bytes.

    settings: config.ActionLogSettings for the paper's furniture (HTML and Word).
    """
    if fmt == "html":
        from clerk_cli.render.html import action_log_html

        return action_log_html(log, settings)
    if fmt == "docx":
        from clerk_cli.render.docx_render import action_log_docx

        return action_log_docx(log, settings)
    if fmt == "pdf":
        return action_log_pdf(log, settings)
    if fmt == "xlsx":
        return action_log_xlsx(log)
    if fmt == "markdown":
        return action_log_markdown(log)
    if fmt == "csv":
        return action_log_csv(log)
    if fmt == "json":
        import json

        return json.dumps(log.to_json(), indent=2, ensure_ascii=False) + "\n"
    return action_log_plain(log)


OPEN_COLUMNS = (
    "Ref",
    "Minute",
    "Action",
    "Owner",
    "Original due",
    "Current due",
    "Slips",
    "Status",
    "Rating",
    "Latest note",
)


def open_row(a: ActionView) -> tuple[str, ...]:
    """The cells of an outstanding action, in OPEN_COLUMNS order (Markdown and Word)."""
    return (
        a.ref,
        minute_ref(a),
        action_cell(a),
        owner_text(a),
        original_due(a),
        current_due(a),
        slips(a),
        status_cell(a),
        rating_cell(a),
        a.latest_note or "",
    )


# ---- plain text -----------------------------------------------------------------


def action_log_plain(log: ActionLog) -> str:
    buf = io.StringIO()
    w = buf.write
    banner = f"*** {log.restricted_mark} ***\n" if log.restricted else ""
    w(banner)
    w(f"{log.title}\n{context_line(log)}\n")
    if log.notice:
        w(f"Note: {log.notice}\n")
    w("\nSummary\n")
    for line in summary_lines(log):
        w(f"  {line}\n")
    w("\nRating key\n")
    for line in rating_key(log):
        w(f"  {line}\n")
    w("\nOutstanding actions\n")
    if not log.groups:
        w("  None.\n")
    for g in log.groups:
        w(f"\n{g.heading}" + (f" ({g.meeting})" if g.meeting else "") + "\n")
        for a in g.rows:
            _plain_action(w, a)
    w(f"\n{log.completed_heading}\n")
    if not log.completed:
        w("  None.\n")
    for a in log.completed:
        _plain_action(w, a, completed=True)
    w(banner and "\n" + banner)
    return visible(buf.getvalue())


def _plain_action(w, a: ActionView, *, completed: bool = False) -> None:
    pad = " " * 11
    minute = f" [minute {a.minute}]" if a.minute else ""
    w(f"  {a.ref:<9}{action_cell(a)}{minute}\n")
    w(f"  {pad}Owner: {owner_text(a)}\n")
    if completed:
        w(
            f"  {pad}Status: {completed_status(a)} on {completed_cell(a)}"
            + (f"; from {a.meeting}" if a.meeting else "")
            + "\n"
        )
    else:
        w(f"  {pad}Due: {due_cell(a)}\n  {pad}Status: {status_cell(a)}\n")
        if a.rag:
            w(f"  {pad}Rating: {rating_cell(a)}\n")
    if a.latest_note:
        w(f"  {pad}Latest note: {a.latest_note}\n")


# ---- Markdown -------------------------------------------------------------------


def md_cell(text: str | None) -> str:
    """A table cell: pipes, angle brackets and backslashes escaped, one line."""
    s = (
        visible(text)
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "\\<")
        .replace(">", "\\>")
    )
    return " ".join(s.split())


def action_log_markdown(log: ActionLog) -> str:
    buf = io.StringIO()
    w = buf.write
    banner = f"> **{log.restricted_mark}**\n\n" if log.restricted else ""
    w(f"# {md_cell(log.title)}\n\n")
    w(banner)
    w(f"{md_cell(context_line(log))}\n\n")
    if log.notice:
        w(f"_{md_cell(log.notice)}_\n\n")
    w("## Summary\n\n")
    for line in summary_lines(log):
        w(f"- {md_cell(line)}\n")
    w("\nRating key:\n\n")
    for line in rating_key(log):
        w(f"- {md_cell(line)}\n")
    w("\n## Outstanding actions\n\n")
    if not log.groups:
        w("None.\n\n")
    for g in log.groups:
        w(f"### {md_cell(g.heading)}" + (f" ({g.meeting})" if g.meeting else "") + "\n\n")
        w("| " + " | ".join(OPEN_COLUMNS) + " |\n")
        w("|---" * len(OPEN_COLUMNS) + "|\n")
        for a in g.rows:
            w("| " + " | ".join(md_cell(c) for c in open_row(a)) + " |\n")
        w("\n")
    w(f"## {log.completed_heading}\n\n")
    if not log.completed:
        w("None.\n\n")
    else:
        w("| Ref | Minute | Action | Owner | Status | Completed | From meeting | Latest note |\n")
        w("|---|---|---|---|---|---|---|---|\n")
        for a in log.completed:
            cells = (
                a.ref,
                minute_ref(a),
                action_cell(a),
                owner_text(a),
                completed_status(a),
                completed_cell(a),
                a.meeting,
                a.latest_note,
            )
            w("| " + " | ".join(md_cell(c) for c in cells) + " |\n")
        w("\n")
    w(banner)
    return buf.getvalue().rstrip("\n") + "\n"


# ---- CSV --------------------------------------------------------------------------


def action_log_csv(log: ActionLog) -> str:
    """One row per action, with a section column; UTF-8 BOM and CRLF for Excel, formulas neutralised."""
    buf = io.StringIO()
    buf.write(BOM)
    rows = [("outstanding", a) for a in log.open_rows] + [("completed", a) for a in log.completed]
    write_csv(
        buf,
        CSV_COLUMNS,
        (
            (
                section,
                a.meeting or "",
                a.ref,
                minute_ref(a),
                a.text,
                a.owner or "",
                a.owner_holder or "",
                original_due(a),
                a.due_date.isoformat() if a.due_date else "",
                a.slip_count,
                a.status,
                days_overdue_cell(a),
                due_in_days_cell(a),
                completed_cell(a),
                a.latest_note or "",
                "yes" if a.confidential else "no",
                a.rag or "",
                a.rag_reason or "",
                "" if a.held_over is None else a.held_over,
                links_cell(a),
                a.outcome or "",
                a.closure_display,
            )
            for section, a in rows
        ),
    )
    return buf.getvalue()


def action_log_xlsx(log: ActionLog) -> bytes:
    """Two sheets, outstanding and completed, with dates as dates and refs as text."""
    from clerk_cli.render.export_formats import ACTION_LOG_XLSX_COLUMNS, row_fill, xlsx_workbook

    # As the CSV log: its links, the outcome and the committee's agreement too.
    columns = (
        *ACTION_LOG_XLSX_COLUMNS,
        ("Links", "wrap", 30, links_cell),
        ("Outcome", "text", 12, lambda a: (a.outcome or "").replace("_", " ")),
        ("Closure", "wrap", 40, lambda a: a.closure_display or ""),
    )
    return xlsx_workbook(
        [
            ("Outstanding actions", columns, log.open_rows, row_fill),
            ("Completed since last meeting", columns, log.completed, None),
        ]
    )


# ---- Rich preview ---------------------------------------------------------------


def print_action_log_table(log: ActionLog, out: TextIO) -> None:
    """A Rich preview for the terminal (Rich imported only here)."""
    from rich.panel import Panel
    from rich.text import Text

    from clerk_cli.render.rich_render import console, plan_table, width_plan

    con = console(out)
    plan = width_plan(
        log.open_rows + log.completed,
        con.width,
        with_meeting=False,
        with_minute=True,
        with_rag=True,
    )
    if plan is None:  # too narrow for any table: the plain paper, which reads at any width
        out.write(action_log_plain(log))
        return
    if log.restricted:
        con.print(
            Panel(Text(log.restricted_mark, style="bold red", justify="center"), border_style="red")
        )
    con.print(Text(visible(log.title), style="bold"))
    con.print(Text(visible(context_line(log))))
    if log.notice:
        con.print(Text(visible(log.notice), style="yellow"))
    con.print(Text("  ".join(summary_lines(log)[:3]), style="bold"))
    if log.withheld_text:
        con.print(Text(log.withheld_text, style="italic"))
    con.print(Text("Rating key: " + " ".join(rating_key(log)), style="dim"))
    for g in log.groups:
        con.print()
        title = g.heading + (f" ({g.meeting})" if g.meeting else "")
        con.print(plan_table(plan, g.rows, title=title))
    if not log.groups:
        con.print("No outstanding actions.")
    con.print()
    if log.completed:
        con.print(
            plan_table(plan, log.completed, title=log.completed_heading, title_style="bold green")
        )
    else:
        con.print(Text(f"{log.completed_heading}: none.", style="bold green"))


# ---- the status overview (clerk status) -------------------------------------------
# Kept here, beside the log it summarises, so Rich stays inside render/.

BAR_WIDTH = 20
STATUS_RATING_COLUMN = 110  # columns a terminal needs for the ratings beside the bars


def text_bar(n: int, largest: int, width: int = BAR_WIDTH) -> str:
    """A bar of full blocks, scaled so the largest count fills the width (at least one block when n > 0)."""
    if n <= 0 or largest <= 0:
        return ""
    return "\u2588" * max(1, round(n / largest * width))


def _oldest_text(c) -> str:
    o = c.oldest_overdue
    if o is None:
        return ""
    text = "(confidential)" if o.confidential else o.text
    return f"{o.ref} {text} ({overdue_words(o.days_overdue)}; {o.owner or 'no owner'})"


def _owner_label(o) -> str:
    if o.owner is None:
        return "(no owner)"
    return f"{o.owner} ({o.holder})" if o.holder else o.owner


def rating_counts(c) -> str:
    """'[R] red 3, [A] amber 2, [G] green 5': a committee's open actions by rating."""
    return ", ".join(
        f"{MARKS[colour]} {colour} {getattr(c, colour)}" for colour in (RED, AMBER, GREEN)
    )


def status_plain(overview) -> str:
    """The overview as plain text with text bars."""
    buf = io.StringIO()
    w = buf.write
    w(
        f"Status as of {overview.as_of.isoformat()}: {overview.total_open} open, {overview.total_overdue} overdue, "
        f"{overview.total_due_soon} due within {overview.due_soon_days} days\n"
    )
    if not overview.committees:
        w("No committees yet.\n")
        return buf.getvalue()
    largest = max(c.open for c in overview.committees)
    for c in overview.committees:
        w(f"\n{c.name} ({c.code})\n")
        w(f"  Open      {c.open:>6}  {text_bar(c.open, largest)}\n")
        w(f"  Overdue   {c.overdue:>6}  {text_bar(c.overdue, largest)}\n")
        w(f"  Due soon  {c.due_soon:>6}  {text_bar(c.due_soon, largest)}\n")
        if c.awaiting_agreement:
            w(
                f"  Awaiting  {c.awaiting_agreement:>6}  the committee's agreement to close "
                "(clerk list --proposed)\n"
            )
        w(f"  Rating    {rating_counts(c)}\n")
        if c.oldest_overdue:
            w(f"  Oldest overdue: {_oldest_text(c)}\n")
    w("\nOwners with the most overdue actions\n")
    if not overview.top_owners:
        w("  None overdue.\n")
    for o in overview.top_owners:
        w(f"  {o.overdue:>6}  {_owner_label(o)}\n")
    return visible(buf.getvalue())


def print_status_table(overview, out: TextIO) -> None:
    """The overview as Rich tables with bar charts."""
    from rich import box
    from rich.bar import Bar
    from rich.table import Table
    from rich.text import Text

    from clerk_cli.render.rich_render import console

    con = console(out)
    con.print(
        Text(
            f"Status as of {overview.as_of.isoformat()}: {overview.total_open} open, "
            f"{overview.total_overdue} overdue, {overview.total_due_soon} due within "
            f"{overview.due_soon_days} days",
            style="bold",
        )
    )
    if not overview.committees:
        con.print("No committees yet.")
        return
    largest = max(1, max(c.open for c in overview.committees))
    half = BAR_WIDTH // 2
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("Committee", no_wrap=True)
    for name in ("Open", "Overdue", f"Due \u2264{overview.due_soon_days}d"):
        table.add_column(name, justify="right", no_wrap=True)
        table.add_column("", width=half, no_wrap=True)
    # The ratings beside the bars when the terminal has room; else a table of their own,
    # so that no count is ever cropped.
    rag_style = {RED: "bold red", AMBER: "dark_orange", GREEN: "green"}
    beside = con.width >= STATUS_RATING_COLUMN

    def ratings(c) -> Text:
        return Text(", ").join(
            Text(f"{MARKS[k]} {getattr(c, k)}", style=rag_style[k] if getattr(c, k) else "")
            for k in (RED, AMBER, GREEN)
        )

    if beside:
        table.add_column("Rating", no_wrap=True)
    for c in overview.committees:
        table.add_row(
            c.code,
            str(c.open),
            Bar(largest, 0, c.open, width=half, color="blue"),
            Text(str(c.overdue), style="bold red" if c.overdue else ""),
            Bar(largest, 0, c.overdue, width=half, color="red"),
            str(c.due_soon),
            Bar(largest, 0, c.due_soon, width=half, color="dark_orange"),
            *((ratings(c),) if beside else ()),
        )
    con.print(table)
    awaiting = [
        f"{c.code} {c.awaiting_agreement}" for c in overview.committees if c.awaiting_agreement
    ]
    if awaiting:
        con.print(
            "Awaiting the committee's agreement (proposed for closure; clerk list --proposed): "
            + ", ".join(awaiting)
        )
    if not beside:
        rated = Table(
            box=box.SIMPLE_HEAD,
            title="Open actions by rating",
            title_justify="left",
            title_style="bold",
        )
        rated.add_column("Committee", no_wrap=True)
        for k in (RED, AMBER, GREEN):
            rated.add_column(f"{MARKS[k]} {k}", justify="right", no_wrap=True)
        for c in overview.committees:
            rated.add_row(
                c.code,
                *(
                    Text(str(getattr(c, k)), style=rag_style[k] if getattr(c, k) else "")
                    for k in (RED, AMBER, GREEN)
                ),
            )
        con.print(rated)
    oldest = Table(
        box=box.SIMPLE_HEAD,
        title="Oldest overdue action per committee",
        title_justify="left",
        title_style="bold",
    )
    for name, kw in (
        ("Committee", {"no_wrap": True}),
        ("Ref", {"no_wrap": True}),
        ("Action", {"ratio": 3}),
        ("Days", {"justify": "right"}),
        ("Owner", {"ratio": 2}),
    ):
        oldest.add_column(name, **kw)
    for c in overview.committees:
        o = c.oldest_overdue
        if o is not None:
            oldest.add_row(
                c.code,
                o.ref,
                Text(visible("(confidential)" if o.confidential else o.text)),
                Text(str(o.days_overdue), style="bold red"),
                Text(visible(o.owner or "(no owner)")),
            )
    if oldest.row_count:
        con.print(oldest)
    owners = Table(
        box=box.SIMPLE_HEAD,
        title="Owners with the most overdue actions",
        title_justify="left",
        title_style="bold",
    )
    owners.add_column("Owner")
    owners.add_column("Overdue", justify="right")
    owners.add_column("")
    top = max((o.overdue for o in overview.top_owners), default=1)
    for o in overview.top_owners:
        owners.add_row(
            Text(visible(_owner_label(o))),
            str(o.overdue),
            Bar(top, 0, o.overdue, width=BAR_WIDTH, color="red"),
        )
    if overview.top_owners:
        con.print(owners)
    else:
        con.print("No overdue actions.")
