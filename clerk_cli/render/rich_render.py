"""Rich output for terminals.  The only module in clerk that imports Rich."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich import box
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from clerk_cli.render import (
    _dt,
    _groups,
    overdue_text,
    owner_text,
    status_text,
    totals_line,
)
from clerk_cli.render.text import visible
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


def actions_table(report: ActionReport, out: TextIO, *, group: bool = True) -> None:
    con = console(out)
    con.print(Text(report.title, style="bold"))
    if not report.rows:
        con.print("Nothing to report.")
        return
    for key, rows in _groups(report.rows, group):
        # expand=True keeps the columns of every committee's table the same width.
        table = Table(
            box=box.SIMPLE_HEAD,
            title=f"{key[1]} ({key[0]})" if key else None,
            title_justify="left",
            title_style="bold cyan",
            expand=True,
            show_lines=False,
        )
        table.add_column("Ref", no_wrap=True)
        table.add_column("Action", ratio=3, min_width=20)
        table.add_column("Owner", ratio=2, min_width=12)
        table.add_column("Due", no_wrap=True)
        table.add_column("Status", no_wrap=True)
        table.add_column("Meeting", no_wrap=True)
        table.add_column("Latest note", ratio=2)
        for a in rows:
            style = _due_style(a, report.due_soon_days)
            status = "\n".join(x for x in (status_text(a.status), overdue_text(a)) if x)
            text = a.text + ("  [confidential]" if a.confidential else "")
            due = a.due_display + (f"\n(slipped {a.slip_count}x)" if a.slip_count else "")
            table.add_row(
                a.ref,
                _t(text),
                _t(owner_text(a)),
                _t(due, style),
                Text(status, style=style),
                _t(a.meeting),
                _t(a.latest_note),
            )
        con.print(table)
    con.print(Text(totals_line(report), style="bold"))


def detail_panel(detail: ActionDetail, out: TextIO) -> None:
    a = detail.action
    con = console(out)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("Action", _t(a.text))
    status = ", ".join(x for x in (status_text(a.status), overdue_text(a)) if x)
    grid.add_row("Status", Text(status, style=_due_style(a)))
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
    if a.source:
        grid.add_row("Source", _t(a.source))
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
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", title_style="bold")
    for c in columns:
        table.add_column(str(c))
    for r in rows:
        table.add_row(*(_t(str(v)) for v in r))
    if not rows:
        con.print(Text(f"{title}: none", style="bold"))
        return
    con.print(table)
