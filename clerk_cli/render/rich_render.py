"""Rich output for terminals.  The only module in clerk that imports Rich."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.panel import Panel
from rich.style import Style
from rich.table import Table
from rich.text import Text

from clerk_cli.render import (
    _dt,
    _groups,
    overdue_text,
    owner_text,
    totals_line,
)
from clerk_cli.render.text import visible
from clerk_cli.rules.rag import AMBER, GREEN, RED, rag_words
from clerk_cli.rules.status import DUE_SOON, DUE_SOON_DAYS, OVERDUE, standing
from clerk_cli.views import ActionDetail, ActionReport, ActionView


def console(out: TextIO) -> Console:
    # Rich honours NO_COLOR itself; force_terminal only when clerk already decided on a table.
    return Console(file=out, highlight=False, soft_wrap=False)


def _t(value: str | None, style: str = "") -> Text:
    """User text as a literal cell: no Rich markup, control characters made visible."""
    return Text(visible(value), style=style)


_STYLES = {OVERDUE: "bold red", DUE_SOON: "dark_orange"}


def _due_style(a: ActionView, days: int = DUE_SOON_DAYS) -> str:
    return _STYLES.get(standing(a.days_overdue, days), "")


# ---- the action table: one width plan for the whole report ---------------------
# Columns by priority: Ref, Action, Owner, Due and Status always; Meeting and Latest
# note only where there is room (the note folds under the action when narrower).
# The RAG rating (rules.rag: a marker and its reason, never colour alone) has a column
# of its own when very wide, and is a line under the action (or, narrow, under the
# due date and status) otherwise.
# Below STACK_BELOW columns no table can be read, so the stacked plain layout is used.

STACK_BELOW = 70
WIDE = 150  # every column, Meeting included
RAG_COLUMN = 180  # the rating as a column of its own
MEDIUM = 110  # Latest note as a column; no Meeting
CAP = {"ref": 14, "due": 24, "status": 18, "meeting": 20, "rag": 30}
_RAG_STYLES = {RED: "bold red", AMBER: "dark_orange", GREEN: "green"}


@dataclass(frozen=True)
class WidthPlan:
    """Which columns the report shows, and each one's width (the same in every table)."""

    columns: tuple[tuple[str, str, int], ...]  # (key, heading, width)
    note_folded: bool
    with_minute: bool = False
    rag_under: str | None = None  # the rating as a line of this column's cell (no RAG column)


def _rag_text(a: ActionView) -> str:
    """'[R] red: overdue by 12 days': the rating rules.rag gave, in its words (closed: empty)."""
    return rag_words(a.rag, a.rag_reason)


def _cells(
    a: ActionView, days: int, *, with_minute: bool = False, with_rag: bool = False
) -> dict[str, str]:
    status = "\n".join(x for x in (a.status_display, overdue_text(a)) if x)
    due = (a.due_display or "") + (f"\n(slipped {a.slip_count}x)" if a.slip_count else "")
    minute = f" (minute {a.minute})" if with_minute and a.minute else ""
    return {
        "ref": a.ref,
        "action": a.text + minute + ("  [confidential]" if a.confidential else ""),
        "owner": owner_text(a),
        "due": due,
        "status": status,
        "meeting": a.meeting or "",
        "note": a.latest_note or "",
        "rag": _rag_text(a) if with_rag else "",
    }


def _width(text: str) -> int:
    """Terminal cells text takes: its length when ASCII, else as Rich measures it (wide
    CJK and emoji count two, combining marks none)."""
    return len(text) if text.isascii() else cell_len(text)


def _longest(values, cap: int) -> int:
    return min(cap, max((_width(line) for v in values for line in v.split("\n")), default=1))


def width_plan(
    rows: list[ActionView],
    width: int,
    days: int = DUE_SOON_DAYS,
    *,
    with_meeting: bool = True,
    with_minute: bool = False,
    with_rag: bool = False,
) -> WidthPlan | None:
    """The columns and widths for a terminal `width` wide, or None: stack the rows instead.

    with_meeting: a Meeting column when wide (not in the action log, grouped by meeting);
    with_minute: the minute it came from after the action's words (the action log, list, report);
    with_rag: the RAG rating, a column when very wide, else a line under the action
    (narrow: under the due date and status)."""
    if width < STACK_BELOW:
        return None
    cells = [_cells(a, days, with_minute=with_minute, with_rag=with_rag) for a in rows]

    def fixed(key: str, heading: str) -> tuple[str, str, int]:
        return (key, heading, max(len(heading), _longest((c[key] for c in cells), CAP[key])))

    narrow = width < MEDIUM
    wide = width >= WIDE
    rag_column = with_rag and width >= RAG_COLUMN
    rag_under = None if rag_column or not with_rag else ("due+status" if narrow else "action")
    cols = [fixed("ref", "Ref")]
    if narrow:
        # Due and status share a column: "2022-10-31\nopen\n7 days overdue" (and the rating).
        joined = ["\n".join(x for x in (c["due"], c["status"], c["rag"]) if x) for c in cells]
        cols_due = [("due+status", "Due / status", max(12, _longest(joined, CAP["due"])))]
    else:
        cols_due = [fixed("due", "Due"), fixed("status", "Status")]
        if rag_column:
            cols_due.append(fixed("rag", "RAG"))
    extra = [fixed("meeting", "Meeting")] if wide and with_meeting else []
    flex = ["action", "owner"] + ([] if narrow else ["note"])
    used = sum(w for _, _, w in cols + cols_due + extra)
    n = len(cols) + len(cols_due) + len(extra) + len(flex)
    gaps = 3 * (n - 1)  # between two columns: a space of padding each side and a separator
    room = width - used - gaps - 1
    ratios = {"action": 3, "owner": 2, "note": 2}
    total = sum(ratios[k] for k in flex)
    flex_widths = {k: max(10, room * ratios[k] // total) for k in flex}
    # The owner needs no more than its longest name: give the rest to the action.
    longest_owner = _longest((c["owner"] for c in cells), 60)
    if flex_widths["owner"] > longest_owner:
        flex_widths["action"] += flex_widths["owner"] - max(longest_owner, len("Owner"))
        flex_widths["owner"] = max(longest_owner, len("Owner"))
    headings = {"action": "Action", "owner": "Owner", "note": "Latest note"}
    columns = (
        cols
        + [("action", "Action", flex_widths["action"]), ("owner", "Owner", flex_widths["owner"])]
        + cols_due
        + extra
        + ([("note", headings["note"], flex_widths["note"])] if "note" in flex else [])
    )
    return WidthPlan(
        columns=tuple(columns), note_folded=narrow, with_minute=with_minute, rag_under=rag_under
    )


# Codes, folded at the width; other cells wrap at spaces (they are as wide as their
# content up to a cap: only longer text wraps).
_NO_WRAP = frozenset({"ref", "meeting"})


def _parts(plan: WidthPlan, a: ActionView, days: int) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each column's (key, [(text, style), ...]) for one action, the plan's columns in order."""
    c = _cells(a, days, with_minute=plan.with_minute, with_rag=True)
    due_style = _due_style(a, days)
    rag = [(c["rag"], _RAG_STYLES.get(a.rag, ""))] if c["rag"] else []
    out = []
    for name, _heading, _width in plan.columns:
        if name == "action":
            cell = [(c["action"], "")]
            if plan.rag_under == name:
                cell += rag
            if plan.note_folded and c["note"]:
                cell.append(("Note: " + c["note"], "dim"))
        elif name == "due+status":
            cell = [(c["due"] + "\n" + c["status"], due_style)]
            if plan.rag_under == name:
                cell += rag
        elif name == "status":
            cell = [(c["status"], due_style)]
        elif name == "due":
            cell = [(c["due"], due_style)]
        elif name == "rag":
            cell = rag
        else:
            cell = [(c[name], "")]
        out.append((name, cell))
    return out


def plan_table(
    plan: WidthPlan,
    rows: list[ActionView],
    *,
    title: str | None,
    days: int = DUE_SOON_DAYS,
    title_style: str = "bold cyan",
) -> Table:
    """One Rich table of actions laid out by the report's width plan (the action log's
    preview; the report itself is laid out by plan_lines)."""
    table = Table(
        box=box.SIMPLE_HEAD,
        title=Text(visible(title)) if title else None,
        title_justify="left",
        title_style=title_style,
        show_edge=False,
        pad_edge=False,
        leading=1,  # a blank line between actions: where one ends is plain to see
    )
    for name, heading, width in plan.columns:
        table.add_column(heading, width=width, no_wrap=name in _NO_WRAP, overflow="fold")
    for a in rows:
        values = []
        for _name, cell in _parts(plan, a, days):
            text = Text()
            for i, (value, style) in enumerate(cell):
                if i:
                    text.append("\n")
                text.append_text(_t(value, style))
            values.append(text)
        table.add_row(*values)
    return table


# ---- the report's tables, laid out here ------------------------------------------
# Rich's Table measures, wraps and crops every cell again for every table (0.35 ms a
# row: a report of thousands of actions took seconds).  The width plan fixes every
# column's width once, so the rows are laid out directly: ASCII text wrapped at
# spaces by length, other text wrapped by Rich's own cell measure (wide CJK and emoji
# take two cells), in the same look as Rich's table (title, bold header, rule, a blank
# line between actions, colour only where Rich would give it).

_GAP = "   "  # a space of padding each side of a blank separator, as in the Rich table


class _Painter:
    """ANSI styles as Rich would write them on this console (none when it would not)."""

    def __init__(self, con: Console):
        from rich.console import COLOR_SYSTEMS

        self._system = COLOR_SYSTEMS.get(con.color_system) if con.color_system else None
        self._no_color = con.no_color
        self._codes: dict[str, tuple[str, str]] = {}

    def __call__(self, text: str, style: str) -> str:
        if not style or not text or self._system is None:
            return text
        codes = self._codes.get(style)
        if codes is None:
            parsed = Style.parse(style)
            if self._no_color:
                parsed = parsed.without_color
            before, _, after = parsed.render("\0", color_system=self._system).partition("\0")
            codes = self._codes[style] = (before, after)
        return codes[0] + text + codes[1]


def _wrap_ascii(text: str, width: int) -> list[str]:
    """Printable ASCII wrapped at spaces to width; a word longer than width folded."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) <= width:
            line += " " + word
            continue
        if line:
            lines.append(line)
        while len(word) > width:
            lines.append(word[:width])
            word = word[width:]
        line = word
    lines.append(line)
    return lines


def _cell_lines(text: str, width: int, con: Console, *, wrap: bool = True) -> list[tuple[str, int]]:
    """(line, its width in cells) of user text shown in a column width cells wide:
    control characters made visible, newlines kept, wrapped at spaces (or folded)."""
    out: list[tuple[str, int]] = []
    for para in visible(text).replace("\t", " ").split("\n"):
        if para.isascii():
            if len(para) <= width:
                out.append((para, len(para)))
            elif wrap:
                out.extend((s, len(s)) for s in _wrap_ascii(para, width))
            else:
                out.extend((para[i : i + width], width) for i in range(0, len(para), width))
                last = out[-1][0]
                out[-1] = (last, len(last))
        else:
            cells = cell_len(para)
            if cells <= width:
                out.append((para, cells))
                continue
            for line in Text(para).wrap(con, width, overflow="fold"):
                s = line.plain.rstrip()
                out.append((s, cell_len(s)))
    return out


def _block(columns: list[tuple[list[tuple[str, int, str]], int]], paint) -> list[str]:
    """Lines of one table row: columns of (lines with their widths and styles, width)."""
    height = max(len(lines) for lines, _ in columns)
    out = []
    for i in range(height):
        pieces = []
        for lines, width in columns:
            if i < len(lines):
                text, cells, style = lines[i]
                pieces.append(paint(text, style) + " " * (width - cells))
            else:
                pieces.append(" " * width)
        out.append(_GAP.join(pieces).rstrip())
    return out


def plan_lines(
    plan: WidthPlan,
    rows: list[ActionView],
    con: Console,
    paint,
    *,
    title: str | None,
    days: int = DUE_SOON_DAYS,
    title_style: str = "bold cyan",
) -> Iterator[str]:
    """The lines of one table of actions laid out by the plan (as plan_table, without Rich's Table)."""
    widths = [w for _, _, w in plan.columns]
    table_width = sum(widths) + len(_GAP) * (len(widths) - 1)
    if title:
        for line, _n in _cell_lines(title, table_width, con):
            yield paint(line, title_style)
    yield from _block(
        [([(s, n, "bold") for s, n in _cell_lines(h, w, con)], w) for _, h, w in plan.columns],
        paint,
    )
    yield "─" * table_width
    for i, a in enumerate(rows):
        if i:
            yield ""
        columns = []
        for (name, cell), width in zip(_parts(plan, a, days), widths, strict=True):
            wrap = name not in _NO_WRAP
            lines = [
                (s, n, style)
                for value, style in cell
                for s, n in _cell_lines(value, width, con, wrap=wrap)
            ]
            columns.append((lines, width))
        yield from _block(columns, paint)


def actions_table(report: ActionReport, out: TextIO, *, group: bool = True) -> None:
    """The report as tables sharing one width plan (with the RAG rating); stacked plain
    text when too narrow."""
    con = console(out)
    plan = (
        width_plan(report.rows, con.width, report.due_soon_days, with_minute=True, with_rag=True)
        if report.rows
        else None
    )
    if report.rows and plan is None:
        from clerk_cli.render import _actions_plain

        _actions_plain(report, out, group=group, show_footer=True)
        return
    paint = _Painter(con)
    lines: list[str] = []

    def say(text: str, style: str = "") -> None:
        lines.extend(paint(s, style) for s, _n in _cell_lines(text, con.width, con))

    say(report.title, "bold")
    if not report.rows:
        say("Nothing to report.")
    else:
        for key, rows in _groups(report.rows, group):
            lines.append("")
            title = f"{key[1]} ({key[0]})" if key else None
            for line in plan_lines(plan, rows, con, paint, title=title, days=report.due_soon_days):
                lines.append(line)
                if len(lines) >= 2000:  # a few large writes: one per line is slow on a terminal
                    out.write("\n".join(lines) + "\n")
                    lines.clear()
        lines.append("")
        say(totals_line(report), "bold")
    out.write("\n".join(lines) + "\n")


def detail_panel(detail: ActionDetail, out: TextIO) -> None:
    a = detail.action
    con = console(out)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("Action", _t(a.text))
    status = ", ".join(x for x in (a.status_display, overdue_text(a)) if x)
    grid.add_row("Status", Text(status, style=_due_style(a)))
    if a.rag:
        grid.add_row("Rating", Text(_rag_text(a), style=_RAG_STYLES.get(a.rag, "")))
    if a.held_over is not None:
        from clerk_cli.rules.held_over import held_over_words

        grid.add_row("Held over", held_over_words(a.held_over) or "not yet")
    grid.add_row("Committee", _t(f"{a.committee_name} ({a.committee})"))
    grid.add_row("Meeting", _t(a.meeting or "-"))
    if a.resolution_ref:
        grid.add_row("Resolution", _t(f"{a.resolution_ref} {detail.resolution_text or ''}"))
    grid.add_row("Owner", _t(owner_text(a) + (f" <{a.owner_email}>" if a.owner_email else "")))
    due = a.due_display or "-"
    if a.slip_count:
        due += f"  (originally {a.original_due_date}; slipped {a.slip_count}x)"
    grid.add_row("Due", _t(due))
    grid.add_row("Confidential", "yes" if a.confidential else "no")
    grid.add_row("Created", _dt(a.created_at))
    if a.completed_at:
        grid.add_row("Completed", _dt(a.completed_at))
    if a.closure_display:
        grid.add_row("Closure", a.closure_display)
    for link in a.links or ():
        grid.add_row("Linked", _t(link.words))
    if a.minute:
        grid.add_row("Minute", _t(a.minute))
    if a.source:
        grid.add_row("Source", _t(a.source))
    if detail.evidence:
        grid.add_row("Evidence", _t(detail.evidence))
    con.print(Panel(grid, title=Text(a.ref, style="bold"), title_align="left"))
    if a.notes:
        notes = Table(box=box.SIMPLE_HEAD, title="Notes", title_justify="left")
        notes.add_column("When", no_wrap=True)
        notes.add_column("Who")
        notes.add_column("Note")
        for n in a.notes:
            notes.add_row(_dt(n.created_at), _t(n.author), _t(n.text))
        con.print(notes)


def simple_table(title: str, columns: Sequence[str], rows: Sequence[Sequence], out: TextIO) -> None:
    con = console(out)
    # The title may quote user text (a post's name): literal, control characters shown.
    table = Table(
        box=box.SIMPLE_HEAD, title=Text(visible(title)), title_justify="left", title_style="bold"
    )
    for c in columns:
        table.add_column(str(c))
    for r in rows:
        table.add_row(*(_t(str(v)) for v in r))
    if not rows:
        con.print(Text(visible(f"{title}: none"), style="bold"))
        return
    con.print(table)
