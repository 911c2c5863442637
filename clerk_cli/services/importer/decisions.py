"""The clerk's decisions on the proposed actions, checked and applied to a plan.

One ``ItemDecision`` per proposed action (item N of the review, numbered from 1),
from the interactive review or a review file.  ``settle`` checks every decision
against the plan and the records (owners, due dates, merges, resolutions) and
raises ONE error naming every problem, one line each, so nothing is recorded from a
review that is wrong anywhere; otherwise it turns the plan's proposals into exactly
the actions to record.  With no decisions, the proposals are taken as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from clerk_cli.errors import ClerkError, Problems
from clerk_cli.rules import due as due_rules
from clerk_cli.services.importer.matching import ImportRecords, close_name, name_key
from clerk_cli.views.importer import (
    ACCEPT,
    EXISTING,
    NEW,
    RESOLUTION_ONLY,
    SKIP,
    ImportPlan,
    Match,
    ProposedAction,
)

NEW_PREFIX = "new:"  # an owner written "new: Head of X" is a post to create
_MERGE = re.compile(r"merge\s*[: ]\s*(\d+)", re.IGNORECASE)


@dataclass
class ItemDecision:
    """What the clerk decided for one proposed action; every field as text."""

    item: int
    decision: str = ACCEPT  # accept | skip | resolution-only | merge:N
    text: str = ""
    owner: str = ""  # a recorded post (or holder), "new: NAME", or "" for nobody
    due: str = ""  # the due-date grammar ("next meeting", "31/03/2023"), or ""
    minute: str = ""
    resolution: str = ""
    line: int | None = None  # the line of the minutes, to catch a review of other minutes


def owner_field(m: Match | None) -> str:
    """How a proposed owner is written in a decision."""
    if m is None:
        return ""
    return f"{NEW_PREFIX} {m.name}" if m.kind == NEW else m.name


def due_field(a: ProposedAction) -> str:
    """How a proposed due is written in a decision: the minutes' words, else the date."""
    if a.due_text:
        return a.due_text
    return a.due_date.isoformat() if a.due_date else ""


def proposed(plan: ImportPlan) -> list[ItemDecision]:
    """The review's proposals, as decisions the clerk can change."""
    return [
        ItemDecision(
            item=i,
            decision=getattr(a, "decision", ACCEPT),
            text=a.text,
            owner=owner_field(a.owner),
            due=due_field(a),
            minute=getattr(a, "minute_ref", None) or "",
            resolution=a.resolution_ref or "",
            line=a.line,
        )
        for i, a in enumerate(plan.actions, start=1)
    ]


def settle(
    plan: ImportPlan,
    records: ImportRecords,
    decisions: list[ItemDecision] | None,
    *,
    meeting_dates: list[date],
    kept: dict | None = None,
) -> list[int]:
    """Apply the decisions (None: the proposals) to plan.actions, in place.

    Returns, for each action now in the plan, the item it came from (0-based), so
    the caller can carry --replace's kept references over.  Raises errors.Problems
    naming every wrong decision, one line each.
    """
    items = plan.actions
    if decisions is None:
        decisions = proposed(plan)
    errors: list[str] = []
    by_item = _one_per_item(plan, decisions, errors)
    resolutions = {r.ref for r in plan.resolutions} | {
        a.resolution_ref for a in items if a.resolution_ref
    }
    decided: dict[int, ProposedAction] = {}
    kinds: dict[int, str] = {}
    merges: dict[int, int] = {}
    for n, d in sorted(by_item.items()):
        a = items[n - 1]
        kind = (d.decision or "").strip().casefold()
        m = _MERGE.fullmatch(kind)
        if m:
            merges[n] = int(m[1])
            kind = "merge"
        elif kind not in (ACCEPT, SKIP, RESOLUTION_ONLY):
            errors.append(
                f"item {n}: decision '{d.decision}' is not one of accept, skip, merge:N, "
                "resolution-only."
            )
            continue
        kinds[n] = kind
        if kind == SKIP:
            continue
        try:
            decided[n] = _decided(n, a, d, plan, records, resolutions, meeting_dates, errors)
        except ClerkError as exc:  # pragma: no cover - _decided collects, never raises
            errors.append(f"item {n}: {exc.message}")
    for n, kind in kinds.items():
        if kind == RESOLUTION_ONLY and n in decided and not decided[n].resolution_ref:
            errors.append(f"item {n}: resolution-only, but it carries out no resolution; use skip.")
    for n, target in merges.items():
        if target == n or target not in kinds:
            errors.append(f"item {n}: merge:{target} names no other item (1 to {len(items)}).")
        elif kinds[target] != ACCEPT:
            errors.append(
                f"item {n}: merge:{target}, but item {target} is not accepted ({kinds[target]})."
            )
        elif n in decided and target in decided:
            mine, theirs = decided[n].resolution_ref, decided[target].resolution_ref
            if mine and theirs and mine != theirs:
                errors.append(
                    f"item {n}: merge:{target}, but they carry out different resolutions "
                    f"({mine}, {theirs})."
                )
    if errors:
        raise Problems(errors, hint="Nothing was recorded. Correct these and try again.")
    for n, target in merges.items():
        _merge_into(decided[target], decided[n])
    order = [n for n in sorted(decided) if kinds[n] == ACCEPT]
    plan.actions = [decided[n] for n in order]
    return [n - 1 for n in order]


def _one_per_item(plan: ImportPlan, decisions: list[ItemDecision], errors: list[str]) -> dict:
    by_item: dict[int, ItemDecision] = {}
    count = len(plan.actions)
    for d in decisions:
        if not 1 <= d.item <= count:
            errors.append(f"item {d.item}: {plan.file} has no such item (1 to {count}).")
        elif d.item in by_item:
            errors.append(f"item {d.item}: decided twice.")
        else:
            a = plan.actions[d.item - 1]
            if d.line is not None and d.line != a.line:
                errors.append(
                    f"item {d.item}: is line {a.line} of {plan.file}, not line {d.line}: "
                    "is this the review of other minutes?"
                )
            by_item[d.item] = d
    missing = [str(n) for n in range(1, count + 1) if n not in by_item]
    if missing:
        errors.append(f"item(s) {', '.join(missing)}: no decision (every item needs one).")
    return by_item


def _decided(
    n: int,
    a: ProposedAction,
    d: ItemDecision,
    plan: ImportPlan,
    records: ImportRecords,
    resolutions: set[str],
    meeting_dates: list[date],
    errors: list[str],
) -> ProposedAction:
    """The proposed action as decided (errors collected, not raised)."""
    text = " ".join((d.text or "").split())
    if not text:
        errors.append(f"item {n}: the text is empty.")
    owner = _owner(n, a, d.owner, records, errors)
    due_date, due_rule, due_text = a.due_date, a.due_rule, a.due_text
    if (d.due or "").strip() != due_field(a):
        due_date, due_rule, due_text = _due(n, d.due, plan.meeting_date, meeting_dates, errors)
    res = (d.resolution or "").strip() or None
    if res is not None and res not in resolutions:
        errors.append(
            f"item {n}: no resolution '{res}' in {plan.file} "
            f"({', '.join(sorted(resolutions)) or 'it has none'})."
        )
    return replace(
        a,
        text=text,
        owner=owner,
        due_date=due_date,
        due_rule=due_rule,
        due_text=due_text,
        resolution_ref=res,
        minute_ref=(d.minute or "").strip() or None,
        flags=list(a.flags),
    )


def _owner(
    n: int, a: ProposedAction, written: str, records: ImportRecords, errors: list[str]
) -> Match | None:
    name = " ".join((written or "").split())
    if not name:
        return None
    if name.casefold().startswith(NEW_PREFIX):
        name = name[len(NEW_PREFIX) :].strip()
        k = name_key(name)
        if not name:
            errors.append(f"item {n}: 'new:' names no post.")
            return None
        if k in records.owner_keys:
            return Match(name, records.owner_keys[k].name, EXISTING)
        return Match(name, name, NEW)
    if a.owner is not None and name == a.owner.name:
        return a.owner  # as proposed (a close match kept is a close match confirmed)
    k = name_key(name)
    if k in records.owner_keys:
        return Match(name, records.owner_keys[k].name, EXISTING)
    if k in records.holder_keys:
        return Match(name, records.holder_keys[k].name, EXISTING)
    short = records.short_title(name)
    if short is not None:
        return Match(name, short[0].name, EXISTING)
    close = close_name(name, records.owners)
    hint = f" Did you mean '{close}'?" if close else ""
    errors.append(f"item {n}: no owner '{name}'.{hint} Write 'new: {name}' to create the post.")
    return None


def _due(n: int, written: str, meeting_date: date, meeting_dates: list[date], errors: list[str]):
    from clerk_cli.dates import parse_due

    words = (written or "").strip()
    if not words:
        return None, None, None
    try:
        due = parse_due(words, today=meeting_date)
    except ClerkError as exc:
        errors.append(f"item {n}: {exc.message}")
        return None, None, None
    d = due.date
    if due.rule:
        d = due_rules.resolve(due.rule, meeting_date, meeting_date, meeting_dates)
    return d, due.rule, words


def _merge_into(keep: ProposedAction, other: ProposedAction) -> None:
    """One action from two items: the kept one's words, the other's link and evidence
    (and its owner and due when the kept one has none)."""
    keep.resolution_ref = keep.resolution_ref or other.resolution_ref
    keep.evidence = "\n".join(e for e in (keep.evidence, other.evidence) if e)
    if keep.owner is None:
        keep.owner = other.owner
    if keep.due_date is None and keep.due_rule is None:
        keep.due_date, keep.due_rule, keep.due_text = other.due_date, other.due_rule, other.due_text
    keep.minute_ref = keep.minute_ref or other.minute_ref
