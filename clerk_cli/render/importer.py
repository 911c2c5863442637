"""The import-minutes review screen, outcomes and progress bar.

Plain text when piped (and in tests), Rich panels in a terminal.  Rich is imported
only inside the functions that draw with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from clerk_cli.views.importer import CLOSE, NEW, ImportPlan, ImportResult, Match, PlannedAction

SOURCE_WIDTH = 300  # characters of the source text shown under each item


def _source(text: str) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= SOURCE_WIDTH else flat[: SOURCE_WIDTH - 3] + "..."


def match_text(m: Match | None, what: str) -> str:
    """'Director of X', 'Director of X (new owner)', 'Director of X (close match for 'Y': confirm)'."""
    if m is None:
        return "(nobody named)"
    if m.kind == NEW:
        return f"{m.name} (new {what}{', code ' + m.code if m.code else ''})"
    if m.kind == CLOSE and m.as_written:
        return f"{m.name} (close match for '{m.found}': to confirm)"
    if m.kind == CLOSE:
        return f"{m.name} (not named exactly so in the minutes: to confirm)"
    return f"{m.name}{' (' + m.code + ')' if m.code else ''}"


def due_text(a: PlannedAction) -> str:
    from clerk_cli.dates import describe_due

    shown = describe_due(a.due_date, a.due_rule, a.due_text) or "no due date"
    if a.due_text and a.due_date is not None:
        shown += f' ("{a.due_text}")'
    return shown


def meeting_text(plan: ImportPlan) -> str:
    when = plan.meeting + (f" {plan.meeting_time}" if plan.meeting_time else "")
    if not plan.meeting_exists:
        state = "new meeting, held"
    elif plan.meeting_status_from:
        state = f"recorded meeting, {plan.meeting_status_from} -> held"
    else:
        state = "recorded meeting"
    return f"{when} ({state})" + (f": {plan.meeting_title}" if plan.meeting_title else "")


def replace_text(plan: ImportPlan) -> str | None:
    p = plan.previous
    if p is None or not plan.replace:
        return None
    what = "these minutes" if p.same_content else f"earlier minutes in {p.filename}"
    kept = [a.ref for a in plan.actions if a.ref]
    line = (
        f"Replaces the import of {what} on {p.imported_at:%Y-%m-%d} by {p.by}: "
        f"{len(kept)} action(s) keep their reference{' (' + ', '.join(kept) + ')' if kept else ''}"
        f" and take the new wording, owner and due date; {p.resolutions} resolution(s) replaced."
    )
    if p.dropped_refs:
        line += f" Deletes {', '.join(p.dropped_refs)}: not in these minutes."
    if p.kept_refs:
        line += (
            f" Keeps {', '.join(p.kept_refs)} as it is: changed since that import (notes, "
            "status or edits), so not replaced."
        )
    return line


def summary_line(plan: ImportPlan) -> str:
    parts = [f"{len(plan.resolutions)} resolution(s)", f"{len(plan.actions)} action(s)"]
    new = []
    if plan.committee.kind == NEW:
        new.append("1 committee")
    if not plan.meeting_exists:
        new.append("1 meeting")
    if plan.new_owners:
        new.append(f"{len(plan.new_owners)} owner(s)")
    return ", ".join(parts) + (f"; new: {', '.join(new)}" if new else "")


def already_imported_line(plan_or_result) -> str:
    p = plan_or_result.previous
    return (
        f"{plan_or_result.file}: already imported on {p.imported_at:%Y-%m-%d} by {p.by}"
        f"{' as ' + p.meeting if p.meeting else ''} ({p.resolutions} resolution(s), {p.actions} action(s)); "
        "nothing changed. Use --replace to import it again."
    )


# ---- the review ------------------------------------------------------------------------


def render_review(plan: ImportPlan, fmt: str, out: TextIO) -> None:
    """Every item found, with where it came from, before anything is recorded."""
    if fmt == "table":
        _review_rich(plan, out)
    else:
        _review_plain(plan, out)


def _review_plain(plan: ImportPlan, out: TextIO) -> None:
    w = out.write
    w(f"Review of {plan.file}\n")
    w(f"  Committee: {match_text(plan.committee, 'committee')}\n")
    w(f"  Meeting:   {meeting_text(plan)}\n")
    rep = replace_text(plan)
    if rep:
        w(f"  {rep}\n")
    w(f"\nResolutions ({len(plan.resolutions)})\n")
    if not plan.resolutions:
        w("  (none found)\n")
    for r in plan.resolutions:
        ref = r.ref + (
            f" (minuted as {r.found_ref}: that reference is taken)" if r.ref != r.found_ref else ""
        )
        w(f"  {ref}: {r.text}\n")
        w(f"      line {r.line}: {_source(r.source)}\n")
    w(f"\nActions ({len(plan.actions)})\n")
    if not plan.actions:
        w("  (none found)\n")
    for i, a in enumerate(plan.actions, start=1):
        w(f"  {i}. {a.ref + ': ' if a.ref else ''}{a.text}\n")
        for line in _item_details(a):
            w(f"      {line}\n")
    w(f"\n{plan.file}: {summary_line(plan)}\n")


def _review_rich(plan: ImportPlan, out: TextIO) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    con = Console(file=out, highlight=False)
    con.print(Text(f"Review of {plan.file}", style="bold"))
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    style = {NEW: "green", CLOSE: "bold yellow"}
    head.add_row(
        "Committee",
        Text(match_text(plan.committee, "committee"), style=style.get(plan.committee.kind, "")),
    )
    head.add_row("Meeting", Text(meeting_text(plan), style="" if plan.meeting_exists else "green"))
    rep = replace_text(plan)
    if rep:
        head.add_row("Replace", Text(rep, style="bold red"))
    con.print(head)

    res = Table(
        box=box.SIMPLE_HEAD,
        title=f"Resolutions ({len(plan.resolutions)})",
        title_justify="left",
        title_style="bold cyan",
    )
    res.add_column("Ref", no_wrap=True)
    res.add_column("Resolution", ratio=3)
    res.add_column("From the minutes", ratio=2, style="dim")
    for r in plan.resolutions:
        ref = Text(r.ref, style="bold yellow" if r.ref != r.found_ref else "")
        res.add_row(ref, r.text, f"line {r.line}: {_source(r.source)}")
    con.print(res if plan.resolutions else Text("No resolutions found.", style="dim"))

    acts = Table(
        box=box.SIMPLE_HEAD,
        title=f"Actions ({len(plan.actions)})",
        title_justify="left",
        title_style="bold cyan",
        show_lines=True,
    )
    acts.add_column("#", no_wrap=True)
    acts.add_column("Action", ratio=3)
    acts.add_column("Owner", ratio=2)
    acts.add_column("Due", ratio=1)
    acts.add_column("Res.", no_wrap=True)
    acts.add_column("From the minutes", ratio=2, style="dim")
    for i, a in enumerate(plan.actions, start=1):
        kind = a.owner.kind if a.owner else None
        dec = decision_text(getattr(a, "decision", "accept"))
        text = (
            a.text
            + (f"\nProposed: {dec}" if dec else "")
            + (f"\nMinute {a.minute_ref}" if getattr(a, "minute_ref", None) else "")
            + (f"\n[{a.status}]" if a.status != "open" else "")
            + (f"\n! {a.warning}" if a.warning else "")
            + "".join(f"\n! {f}" for f in getattr(a, "flags", None) or [])
        )
        acts.add_row(
            str(i) + (f"\n{a.ref}" if a.ref else ""),
            text,
            Text(match_text(a.owner, "owner"), style=style.get(kind, "")),
            due_text(a),
            a.resolution_ref or "",
            "\n".join(
                _source(e)
                for e in (getattr(a, "evidence", None) or f"line {a.line}: {a.source}").split("\n")
            ),
        )
    con.print(acts if plan.actions else Text("No actions found.", style="dim"))
    con.print(Text(f"{plan.file}: {summary_line(plan)}", style="bold"))


def decision_text(decision: str) -> str | None:
    """What a decision other than accept means, for the review: None for accept."""
    if decision == "accept":
        return None
    if decision.startswith("merge:"):
        return f"merge into item {decision.split(':', 1)[1]} (recorded as one action)"
    if decision == "resolution-only":
        return "resolution only (no action recorded)"
    return f"{decision} (not recorded)"


def _item_details(a, decision: str | None = None) -> list[str]:
    """The lines under one proposed action: owner, due, links, flags, evidence."""
    lines = []
    d = decision_text(decision or getattr(a, "decision", "accept"))
    if d:
        lines.append(f"Proposed: {d}")
    owner = match_text(a.owner, "owner")
    how = getattr(a, "owner_how", None)
    lines.append(f"Owner: {owner}{' (' + how + ')' if how else ''}")
    lines.append(f"Due: {due_text(a)}")
    minute = getattr(a, "minute_ref", None)
    if minute:
        lines.append(f"Minute: {minute}")
    if a.resolution_ref:
        lines.append(f"Resolution: {a.resolution_ref}")
    if a.status != "open":
        lines.append(f"Status: {a.status.replace('_', ' ')}")
    if a.warning:
        lines.append(f"Note: {a.warning}")
    for flag in getattr(a, "flags", None) or []:
        lines.append(f"! {flag}")
    evidence = getattr(a, "evidence", None) or f"line {a.line}: {a.source}"
    lines.extend(_source(e) for e in evidence.split("\n"))
    return lines


def item_lines(n: int, total: int, d, a, answered: frozenset = frozenset()) -> list[str]:
    """One item of the interactive review, as the clerk's decision has made it so far.

    ``answered`` names what the clerk has changed ("due", "owner", "decision"): the
    proposal's flags about those are no longer shown."""
    head = f"Item {n} of {total}: {d.text}"
    shown = []
    dec = decision_text(d.decision)
    if dec:
        shown.append(f"  Decision: {dec}")
    shown.append(
        f"  Owner: {d.owner.replace('new: ', '') + ' (new post)' if d.owner.startswith('new:') else d.owner or '(nobody)'}"
    )
    how = getattr(a, "owner_how", None)
    if how and d.owner == (a.owner.name if a.owner else None):
        shown[-1] += f" ({how})"
    shown.append(f"  Due: {d.due or 'no due date'}")
    if d.minute:
        shown.append(f"  Minute: {d.minute}")
    if d.resolution:
        shown.append(f"  Resolution: {d.resolution}")
    shown += [f"  ! {f}" for f in _flags_still_true(a, answered)]
    evidence = getattr(a, "evidence", None) or f"line {a.line}: {a.source}"
    shown += [f"  {_source(e)}" for e in evidence.split("\n")]
    return [head, *shown]


def _flags_still_true(a, answered: frozenset) -> list[str]:
    """The proposal's flags, less those the clerk's decision has answered."""
    flags = list(getattr(a, "flags", None) or [])
    if "due" in answered:
        flags = [f for f in flags if "due" not in f]
    if "owner" in answered:
        flags = [f for f in flags if "owner" not in f]
    if "decision" in answered:
        flags = [f for f in flags if not f.startswith(("reads as", "asks for the same"))]
    return flags


def decisions_summary(decisions) -> str:
    """What the decisions will record, in one line before the clerk confirms."""
    record = [d for d in decisions if d.decision == "accept"]
    merged = [d for d in decisions if d.decision.startswith("merge:")]
    skipped = [d for d in decisions if d.decision == "skip"]
    only = [d for d in decisions if d.decision == "resolution-only"]
    new = sorted({d.owner[4:].strip() for d in record if d.owner.startswith("new:")})
    parts = [f"{len(record)} action(s)"]
    if merged:
        parts.append(f"{len(merged)} merged into others")
    if only:
        parts.append(f"{len(only)} resolution only")
    if skipped:
        parts.append(f"{len(skipped)} skipped")
    if new:
        parts.append("new post(s): " + ", ".join(new))
    return "; ".join(parts)


def gaps_lines(r: ImportResult) -> list[str]:
    """Warnings after recording: the actions recorded with no owner or no due date."""
    if r.plan is None or len(r.plan.actions) != len(r.actions):
        return []
    no_owner = [ref for ref, a in zip(r.actions, r.plan.actions, strict=True) if a.owner is None]
    no_due = [
        ref
        for ref, a in zip(r.actions, r.plan.actions, strict=True)
        if a.due_date is None and a.due_rule is None
    ]
    out = []
    if no_owner:
        out.append(
            f'no owner for {", ".join(no_owner)}: set one with clerk edit REF --owner "POST"'
        )
    if no_due:
        out.append(
            f'no due date for {", ".join(no_due)}: set one with clerk edit REF --due "next meeting"'
        )
    return out


# ---- outcomes ----------------------------------------------------------------------------


def result_line(r: ImportResult) -> str:
    """One line saying what an import recorded."""
    if r.status == "already imported":
        return already_imported_line(r)
    refs = _span(r.actions)
    line = (
        f"{r.file}: {'re-imported' if r.status == 'replaced' else 'imported'} into {r.meeting}: "
        f"{len(r.resolutions)} resolution(s), {len(r.actions)} action(s){' ' + refs if refs else ''}"
    )
    extra = []
    if r.committee_created:
        extra.append(f"new committee {r.committee_created}")
    if r.meeting_created:
        extra.append("new meeting")
    if r.owners_created:
        extra.append("new owner(s): " + ", ".join(r.owners_created))
    if r.status == "replaced":
        extra.append(f"kept the references of {len(r.kept_actions)} earlier action(s)")
        if r.kept_as_changed:
            extra.append(f"kept {', '.join(r.kept_as_changed)} as changed since the earlier import")
        if r.deleted_actions:
            extra.append("deleted " + ", ".join(r.deleted_actions))
    return line + (f" ({'; '.join(extra)})" if extra else "") + "."


def _span(refs: Sequence[str]) -> str:
    if not refs:
        return ""
    return refs[0] if len(refs) == 1 else f"{refs[0]} to {refs[-1]}"


def render_extractions_json(extractions: Sequence, out: TextIO, *, as_list: bool) -> None:
    """The extractor's own JSON: one object for one file, a list for several."""
    import json  # (only --format json needs it)

    data = [ex.to_json() for ex in extractions]
    json.dump(data if as_list else data[0], out, indent=2, ensure_ascii=False)
    out.write("\n")


def render_results_json(results: Sequence[ImportResult], out: TextIO) -> None:
    import json

    json.dump([r.to_json() for r in results], out, indent=2, ensure_ascii=False)
    out.write("\n")


# ---- progress ------------------------------------------------------------------------------


@contextmanager
def progress(total: int, *, enabled: bool, stream: TextIO | None = None) -> Iterator:
    """A progress bar on stderr while several files are imported; a no-op when disabled.

    Yields advance(name) to call after each file.
    """
    if not enabled:
        yield lambda name=None: None
        return
    import sys

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    con = Console(file=stream or sys.stderr)
    with Progress(
        TextColumn("Importing minutes"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=con,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=total)

        def advance(name: str | None = None) -> None:
            bar.update(task, advance=1, description=name or "")

        yield advance
