"""Rich output for terminals.  The only module in clerk that imports Rich."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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


# ---- the action table: one width plan for the whole report ---------------------
# Columns by priority: Ref, Action, Owner, Due and Status always; Meeting and Latest
# note only where there is room (the note folds under the action when narrower).
# Below STACK_BELOW columns no table can be read, so the stacked plain layout is used.

STACK_BELOW = 70
WIDE = 150  # every column, Meeting included
MEDIUM = 110  # Latest note as a column; no Meeting
CAP = {"ref": 14, "due": 24, "status": 18, "meeting": 20}


@dataclass(frozen=True)
class WidthPlan:
    """Which columns the report shows, and each one's width (the same in every table)."""

    columns: tuple[tuple[str, str, int], ...]  # (key, heading, width)
    note_folded: bool
    with_minute: bool = False


def _cells(a: ActionView, days: int, *, with_minute: bool = False) -> dict[str, str]:
    status = "\n".join(x for x in (status_text(a.status), overdue_text(a)) if x)
    due = (a.due_display or "") + (f"\n(slipped {a.slip_count}x)" if a.slip_count else "")
    minute = f" (minute {a.resolution_ref})" if with_minute and a.resolution_ref else ""
    return {
        "ref": a.ref,
        "action": a.text + minute + ("  [confidential]" if a.confidential else ""),
        "owner": owner_text(a),
        "due": due,
        "status": status,
        "meeting": a.meeting or "",
        "note": a.latest_note or "",
    }


def _longest(values, cap: int) -> int:
    return min(cap, max((len(line) for v in values for line in v.split("\n")), default=1))


def width_plan(
    rows: list[ActionView],
    width: int,
    days: int = DUE_SOON_DAYS,
    *,
    with_meeting: bool = True,
    with_minute: bool = False,
) -> WidthPlan | None:
    """The columns and widths for a terminal `width` wide, or None: stack the rows instead.

    with_meeting: a Meeting column when wide (not in the action log, grouped by meeting);
    with_minute: the minute reference after the action's words (the action log)."""
    if width < STACK_BELOW:
        return None
    cells = [_cells(a, days, with_minute=with_minute) for a in rows]

    def fixed(key: str, heading: str) -> tuple[str, str, int]:
        return (key, heading, max(len(heading), _longest((c[key] for c in cells), CAP[key])))

    narrow = width < MEDIUM
    wide = width >= WIDE
    cols = [fixed("ref", "Ref")]
    if narrow:
        # Due and status share a column: "2022-10-31\nopen\n7 days overdue".
        joined = ["\n".join((c["due"], c["status"])) for c in cells]
        cols_due = [("due+status", "Due / status", max(12, _longest(joined, CAP["due"])))]
    else:
        cols_due = [fixed("due", "Due"), fixed("status", "Status")]
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
    return WidthPlan(columns=tuple(columns), note_folded=narrow, with_minute=with_minute)


def plan_table(
    plan: WidthPlan,
    rows: list[ActionView],
    *,
    title: str | None,
    days: int = DUE_SOON_DAYS,
    title_style: str = "bold cyan",
) -> Table:
    """One table of actions laid out by the report's width plan."""
    table = Table(
        box=box.SIMPLE_HEAD,
        title=title,
        title_justify="left",
        title_style=title_style,
        show_edge=False,
        pad_edge=False,
        leading=1,  # a blank line between actions: where one ends is plain to see
    )
    for name, heading, width in plan.columns:
        no_wrap = name in ("ref", "due", "status", "due+status", "meeting")
        table.add_column(heading, width=width, no_wrap=no_wrap, overflow="fold")
    for a in rows:
        style = _due_style(a, days)
        c = _cells(a, days, with_minute=plan.with_minute)
        values = []
        for name, _heading, _width in plan.columns:
            if name == "action":
                cell = _t(c["action"])
                if plan.note_folded and c["note"]:
                    cell.append("\n")
                    cell.append_text(_t("Note: " + c["note"], "dim"))
                values.append(cell)
            elif name == "due+status":
                values.append(_t(c["due"] + "\n" + c["status"], style))
            elif name in ("due", "status"):
                values.append(_t(c[name], style))
            else:
                values.append(_t(c[name]))
        table.add_row(*values)
    return table


def actions_table(report: ActionReport, out: TextIO, *, group: bool = True) -> None:
    """The report as Rich tables sharing one width plan; stacked plain text when too narrow."""
    con = console(out)
    plan = width_plan(report.rows, con.width, report.due_soon_days) if report.rows else None
    if report.rows and plan is None:
        from clerk_cli.render import _actions_plain

        _actions_plain(report, out, group=group, show_footer=True)
        return
    con.print(Text(report.title, style="bold"))
    if not report.rows:
        con.print("Nothing to report.")
        return
    for key, rows in _groups(report.rows, group):
        con.print()
        title = f"{key[1]} ({key[0]})" if key else None
        con.print(plan_table(plan, rows, title=title, days=report.due_soon_days))
    con.print()
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
    if detail.minute_ref:
        grid.add_row("Minute", _t(detail.minute_ref))
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
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", title_style="bold")
    for c in columns:
        table.add_column(str(c))
    for r in rows:
        table.add_row(*(_t(str(v)) for v in r))
    if not rows:
        con.print(Text(f"{title}: none", style="bold"))
        return
    con.print(table)
