"""Step 2 of an import: match one extraction against the records and say what
recording it would do (an ImportPlan).  Reads only; the same code plans with no
database at all (a dry run before clerk's first use), where everything is new.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date

from clerk_cli.errors import Conflict, NotFound
from clerk_cli.rules import due as due_rules
from clerk_cli.rules.status import ACTION_STATUSES
from clerk_cli.services.importer.matching import (
    ImportRecords,
    is_group,
    match_committee,
    match_owner,
    name_key,
    names_nobody,
)
from clerk_cli.services.importer.proposals import (
    instruction,
    propose_merges,
    reads_as_narrative,
    with_context,
)
from clerk_cli.services.importer.read import MinutesFile, check_minutes
from clerk_cli.store import imports as store
from clerk_cli.store import lookup
from clerk_cli.store.action_edits import (
    EditableAction,
    editable_actions_of_import,
    minute_and_evidence,
)
from clerk_cli.store.dues import MOVED_WITH_MEETING
from clerk_cli.store.lookup import CommitteeRow
from clerk_cli.store.sql import Sql
from clerk_cli.views.importer import (
    ACCEPT,
    EXISTING,
    NEW,
    SKIP,
    ImportPlan,
    Match,
    PlannedResolution,
    PreviousImport,
    ProposedAction,
)

# Audit fields written when a meeting change moves a rule-based due: nobody's edit.
_MOVED_BY_MEETINGS = frozenset({"due_date", MOVED_WITH_MEETING})

# How alike (difflib ratio) a corrected action's words must be to the earlier ones for
# --replace to treat it as the same action, keeping its reference.
SAME_ACTION = 0.6


@dataclass
class PlanContext:
    """The records behind a plan, for recording it in the same transaction."""

    records: ImportRecords
    committee: CommitteeRow | None
    meeting: store.MeetingOnDay | None
    previous_actions: list[EditableAction] = field(default_factory=list)
    kept: dict[int, EditableAction] = field(default_factory=dict)  # planned index -> kept action
    dropped: list[EditableAction] = field(default_factory=list)
    # --replace: the earlier actions changed by hand since, left exactly as they are
    untouched: list[EditableAction] = field(default_factory=list)


def plan_import(
    q: Sql | None,
    minutes: MinutesFile,
    *,
    committee: str | None,
    when: date | None,
    replace: bool,
    rejected: set[tuple[str, str]],
) -> tuple[ImportPlan, PlanContext]:
    """Match one extraction against the records (q None: there are none yet)."""
    check_minutes(minutes, committee=committee, when=when)
    ex = minutes.extraction
    rec = ImportRecords(q)
    try:
        cmatch, c = match_committee(q, rec, committee, ex.meeting.body, rejected)
    except NotFound as exc:
        raise NotFound(f"{minutes.name}: {exc.message}", hint=exc.hint) from None
    meeting_date = when or ex.meeting.date
    time = _time(ex.meeting.time)
    m = _find_meeting(q, c, meeting_date, time)
    previous, previous_actions = _previous(q, minutes, m, replace)
    if q is not None and c is not None:
        rec.serving = store.serving_owner_ids(q, c.id)
        rec.committee_code = c.code
    ctx = PlanContext(rec, c, m, previous_actions)

    resolutions, ref_map, existing_refs = _plan_resolutions(q, ex, m, replace, previous)
    dates = lookup.meeting_dates(q, c.id) if q is not None and c is not None else []
    if meeting_date not in dates:
        dates = sorted([*dates, meeting_date])
    actions = _plan_actions(ex.actions, rec, rejected, dates, meeting_date, ref_map, existing_refs)
    if replace and previous is not None:
        _keep_references(q, ctx, previous, actions)

    plan = ImportPlan(
        file=minutes.name,
        sha256=minutes.sha256,
        committee=cmatch,
        meeting=lookup.meeting_label(cmatch.code, meeting_date),
        meeting_date=meeting_date,
        meeting_time=m.time if m else time,
        meeting_title=m.title if m else (ex.meeting.title or None),
        meeting_exists=m is not None,
        meeting_status_from=m.status if m is not None and m.status != "held" else None,
        resolutions=resolutions,
        actions=actions,
        replace=replace,
        previous=previous,
    )
    return plan, ctx


def _plan_actions(
    found: list,
    rec: ImportRecords,
    rejected: set[tuple[str, str]],
    dates: list[date],
    meeting_date: date,
    ref_map: dict[str, str],
    existing_refs: set[str],
) -> list[ProposedAction]:
    """Each action found, proposed for review: its text the instruction (the sentence
    kept as evidence), its owner matched, its due resolved, its resolution linked, its
    minute kept, what the clerk should look at in its flags; requests made twice (a
    narrative commitment and a resolution limb) proposed as one."""
    planned_new: dict[str, str] = {}
    actions = []
    for a in found:
        text = " ".join((a.text or "").split())
        if not text:
            continue  # nothing to do: not an action
        res_ref, warnings = _resolution_link(a.resolution_ref, ref_map, existing_refs)
        owner = match_owner(rec, a.owner, rejected, planned_new, source=a.source or "", line=a.line)
        flags = [f for f in a.flags if not f.startswith("owner is a group")]
        if owner is None and (is_group(a.owner) or names_nobody(a.owner)):
            what = "is a group, not a post" if is_group(a.owner) else "names nobody"
            flags = [f for f in flags if f != "no owner named"]
            flags.insert(0, f"no owner named ('{' '.join(a.owner.split())}' {what})")
        how = _owner_how(rec, owner)
        if owner is not None and owner.kind == NEW:
            flags.append(f"new owner '{owner.name}': created only if you keep it")
        due_date = a.due_date
        if a.due_rule:  # counted from this meeting, like every meeting-relative due
            due_date = due_rules.resolve(a.due_rule, meeting_date, meeting_date, dates)
        proposed = ProposedAction(
            with_context(
                instruction(text, a.draft), getattr(a, "item", None), getattr(a, "before", None)
            ),
            owner,
            due_date,
            a.due_text,
            a.due_rule,
            res_ref,
            a.line,
            a.source or "",
            a.status if a.status in ACTION_STATUSES else "open",
            "; ".join(warnings) or None,
            minute_ref=getattr(a, "minute_ref", None),
            evidence=f"line {a.line}: {text}",
            flags=flags,
            owner_how=how,
            found_text=text,
        )
        if reads_as_narrative(proposed) and not res_ref:
            proposed.flags.append("reads as a statement, not something to do: proposed skip")
            proposed.decision = SKIP
        actions.append(proposed)
    propose_merges(actions)
    return actions


def _owner_how(rec: ImportRecords, owner) -> str | None:
    """How a recorded owner was found, when the minutes do not name the post."""
    if owner is None or owner.kind != EXISTING or name_key(owner.found) == name_key(owner.name):
        return None
    short = rec.short_title(owner.found)
    if short is not None:
        return short[1]
    return f"'{owner.found}' holds this post"


def _resolution_link(
    found_ref: str | None, ref_map: dict[str, str], existing_refs: set[str]
) -> tuple[str | None, list[str]]:
    """The recorded resolution ref an action's minuted ref links to, and any warning."""
    if not found_ref:
        return None, []
    if found_ref in ref_map:
        return ref_map[found_ref], []
    if found_ref in existing_refs:
        return found_ref, []
    return None, [f"resolution {found_ref} is not in these minutes: not linked"]


def check_replace(plan: ImportPlan, ctx: PlanContext) -> None:
    """--replace never loses work done since the import, and never changes a reference.
    The actions changed since are kept as they are (plan: _keep_references); refuse when
    some of that import's actions were deleted since (replacing would bring them back),
    or when its actions would move to another committee (their references carry the
    committee's code)."""
    p = plan.previous
    if not plan.replacing:
        return
    if p.deleted_since:
        raise Conflict(
            f"{plan.file}: --replace refused: {p.deleted_since} of its action(s) deleted since.",
            hint="Replacing would bring back what was deleted; make the corrections by hand "
            "instead (clerk edit REF ..., clerk add-action ...).",
        )
    moving = [
        a.ref
        for a in ctx.previous_actions
        if ctx.committee is None or a.committee_id != ctx.committee.id
    ]
    if moving:
        raise Conflict(
            f"{plan.file}: --replace refused: {', '.join(moving)} would move to another "
            "committee and so change reference.",
            hint="Check --committee: it must be the committee of the earlier import.",
        )


def _time(value: str | None) -> str | None:
    """The meeting's time as HH:MM, or None: the extractor's own reading (services.meetings
    and its store would cost a dry run their import for the same answer)."""
    from clerk_cli.minutes.header import parse_time

    return parse_time(value) if value else None


def _find_meeting(
    q: Sql | None, c: CommitteeRow | None, when: date, time: str | None
) -> store.MeetingOnDay | None:
    """The recorded meeting these minutes are of: same day, same time if given, not
    cancelled if there is a choice."""
    if q is None or c is None:
        return None
    rows = store.meetings_on(q, c.id, when)
    if not rows:
        return None
    same_time = [m for m in rows if time and m.time == time]
    live = [m for m in rows if m.status != "cancelled"]
    return (same_time or live or rows)[0]


def _previous(
    q: Sql | None, minutes: MinutesFile, m: store.MeetingOnDay | None, replace: bool
) -> tuple[PreviousImport | None, list[EditableAction]]:
    """The earlier import of these minutes, or (with --replace) of another version of
    them into this meeting (_earlier_version), with what changed since.  Without
    --replace, another version of minutes whose import recorded actions or resolutions
    is refused: it would record every one of them a second time."""
    if q is None:
        return None, []
    prev = store.import_by_hash(q, minutes.sha256)
    same = prev is not None
    if prev is None and m is not None:
        # Corrected minutes, or another version of them ("minutes_v1.docx", then
        # "minutes_final.txt"), whatever the file is called.
        prev = _earlier_version(q, minutes, m)
        if prev is not None and not replace:
            if prev.resolutions or prev.actions:
                _refuse_second_import(q, minutes, prev)
            prev = None  # it recorded nothing: these minutes are simply imported
    if prev is None:
        return None, []
    actions = editable_actions_of_import(q, prev.id)
    previous = PreviousImport(
        prev.id,
        prev.filename,
        prev.imported_at,
        prev.by,
        store.meeting_label(q, prev.meeting_id) if prev.meeting_id else None,
        prev.resolutions,
        prev.actions,
        [a.ref for a in actions],
        changed_refs(q, prev.id, actions),
        same,
        deleted_since=max(0, prev.actions - len(actions)),
    )
    return previous, actions


def _earlier_version(q: Sql, minutes: MinutesFile, m: store.MeetingOnDay) -> store.ImportRow | None:
    """The meeting's earlier import that these minutes are another version of: one of a
    file of the same name, else the one whose items (actions and resolutions, in words of
    their own: see _telling) these minutes mostly repeat.  None when they are another part
    of the meeting's minutes (a council's page for each item) or the meeting has none."""
    earlier = store.imports_into(q, meeting_id=m.id)
    named = [p for p in earlier if p.filename == minutes.name]
    if named or not earlier:
        return named[0] if named else None
    ex = minutes.extraction
    new = _telling([a.text for a in ex.actions] + [r.text for r in ex.resolutions])
    best, most = None, 0
    for prev in earlier:
        old = _telling(_sentences_of_import(q, prev.id))
        shared = _shared(new, old)
        if shared and 2 * shared >= min(len(new), len(old)) and shared > most:
            best, most = prev, shared
    return best


# Sentences alike to this degree (difflib ratio of their name keys) are the same item of
# two versions of the minutes; a sentence of fewer words than this tells nothing ("That
# the report be noted." is in many items' minutes).
SAME_SENTENCE = 0.8
TELLING_WORDS = 6


def _telling(sentences: list[str]) -> list[str]:
    keys = (name_key(" ".join((s or "").split())) for s in sentences)
    return [k for k in keys if len(k.split()) >= TELLING_WORDS]


def _sentences_of_import(q: Sql, import_id: int) -> list[str]:
    """The sentences an import's actions came from (else their words) and its resolutions."""
    actions = [
        _sentence(minute_and_evidence(q, a.id)[1]) or a.text
        for a in editable_actions_of_import(q, import_id)
    ]
    return actions + [text for _, _, text, _ in store.resolutions_of_import(q, import_id)]


def _shared(new: list[str], old: list[str]) -> int:
    """How many of the new sentences are one of the old ones, each old one once."""
    left = list(old)
    count = 0
    for key in new:
        for i, other in enumerate(left):
            match = difflib.SequenceMatcher(a=key, b=other, autojunk=False)
            if match.real_quick_ratio() >= SAME_SENTENCE and match.ratio() >= SAME_SENTENCE:
                del left[i]
                count += 1
                break
    return count


def _refuse_second_import(q: Sql, minutes: MinutesFile, prev: store.ImportRow) -> None:
    label = store.meeting_label(q, prev.meeting_id) or "this meeting"
    raise Conflict(
        f"{minutes.name}: {label} already has {prev.resolutions} resolution(s) and "
        f"{prev.actions} action(s) imported from {prev.filename} on "
        f"{prev.imported_at:%Y-%m-%d}.",
        hint=f"To import {minutes.name} in its place, add --replace (actions changed since "
        "are kept as they are; --dry-run --replace shows what it would do).",
    )


def changed_refs(q: Sql, import_id: int, actions: list[EditableAction]) -> list[str]:
    """The refs of an import's actions that somebody changed after they were recorded,
    per the audit trail: a note, a status, any edit.  A rule-based due moved by the
    committee's calendar ("next meeting", when a meeting is added) is nobody's change."""
    rule_based = {a.id for a in actions if a.due_rule}
    changed = store.with_notes(q, import_id)
    for action_id, fld in store.changes_since_created(q, import_id):
        if not (fld in _MOVED_BY_MEETINGS and action_id in rule_based):
            changed.add(action_id)
    return [a.ref for a in actions if a.id in changed]


def _plan_resolutions(q: Sql | None, ex, m, replace: bool, previous: PreviousImport | None):
    """The resolutions to record: refs are unique per meeting, a clash gets a suffix
    ("24/031 (2)").  Returns them, {ref as minuted: ref recorded}, and the refs the
    meeting already has (that actions may link to)."""
    taken: set[str] = set()
    if q is not None and m is not None:
        replaced = previous.id if replace and previous else None
        taken = {
            ref
            for _, ref, imp in store.meeting_resolutions(q, m.id)
            if replaced is None or imp != replaced
        }
    existing_refs = set(taken)
    resolutions, ref_map = [], {}
    for r in ex.resolutions:
        found = (r.ref or "").strip() or str(len(taken) + 1)
        ref = _unique_ref(found, taken)
        taken.add(ref)
        ref_map.setdefault(found, ref)
        resolutions.append(PlannedResolution(ref, found, r.text, r.line, r.source or ""))
    return resolutions, ref_map, existing_refs


def _sentence(evidence: str | None) -> str | None:
    """The sentence of an action's evidence ("line 25: It was agreed ..."), its first."""
    if not evidence:
        return None
    first = evidence.split("\n", 1)[0]
    return first.split(": ", 1)[1] if first.startswith("line ") and ": " in first else first


def _as_decided(a: ProposedAction, old: EditableAction, minute: str | None) -> None:
    """The proposal for an unchanged sentence is what the earlier review recorded."""
    a.text = old.text
    a.owner = Match(old.owner, old.owner, EXISTING) if old.owner else None
    a.owner_how = None
    a.due_date, a.due_rule, a.due_text = old.due_date, old.due_rule, old.due_text
    a.minute_ref = minute
    a.decision = ACCEPT
    a.flags = [f for f in a.flags if not f.startswith(("new owner", "reads as"))]


def _unique_ref(ref: str, taken: set[str]) -> str:
    if ref not in taken:
        return ref
    n = 2
    while f"{ref} ({n})" in taken:
        n += 1
    return f"{ref} ({n})"


def _keep_references(
    q: Sql, ctx: PlanContext, previous: PreviousImport, actions: list[ProposedAction]
) -> None:
    """--replace: pair the earlier import's actions with the new ones, in order, by the
    sentences of the minutes they came from (difflib over the two lists), so an action
    keeps its reference.  A corrected wording at the same place is the same action when
    most of its words are (the ratio of SAME_ACTION); an action that is now about
    something else is not.  An action whose sentence is unchanged keeps what the clerk
    decided in the earlier review (text, owner, due date, minute): a re-import never
    loses that work.  The earlier ones left unpaired are dropped (listed in the review),
    the new ones unpaired get new references.

    An earlier action somebody changed since (previous.changed_refs: a note, its status,
    any edit) is never touched: it stays as it is, paired or not, and the new item it
    pairs with is left out of the plan (it stands for that item)."""
    old = ctx.previous_actions
    changed = set(previous.changed_refs)
    recorded = {a.id: minute_and_evidence(q, a.id) for a in old}
    old_keys = [name_key(_sentence(recorded[a.id][1]) or a.text) for a in old]
    new_keys = [name_key(a.found_text or a.text) for a in actions]
    matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    paired: set[int] = set()
    stands_for: dict[int, str] = {}  # new item -> the changed action that stands for it
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag not in ("equal", "replace"):
            continue
        for i, j in zip(range(i1, i2), range(j1, j2), strict=False):
            alike = difflib.SequenceMatcher(a=old_keys[i], b=new_keys[j], autojunk=False)
            if tag == "equal" or alike.ratio() >= SAME_ACTION:
                paired.add(i)
                if old[i].ref in changed:
                    stands_for[j] = old[i].ref
                    continue
                ctx.kept[j] = old[i]
                actions[j].ref = old[i].ref
                if old_keys[i] == new_keys[j]:
                    _as_decided(actions[j], old[i], recorded[old[i].id][0])
    ctx.untouched = [a for a in old if a.ref in changed]
    ctx.dropped = [a for i, a in enumerate(old) if i not in paired and a.ref not in changed]
    previous.dropped_refs = [a.ref for a in ctx.dropped]
    previous.kept_refs = [a.ref for a in ctx.untouched]
    if stands_for:
        place = _leave_out(actions, stands_for)
        ctx.kept = {place[j]: a for j, a in ctx.kept.items()}


def _leave_out(actions: list[ProposedAction], stands_for: dict[int, str]) -> dict[int, int]:
    """Take out of the plan the items that earlier actions changed since (kept as they are)
    stand for, numbering the merges of the rest again ("merge:N" names an item by its place); an item that asked for
    the same as one taken out is proposed skipped.  Returns {old place: new place}."""
    place: dict[int, int] = {}
    rest = []
    for j, a in enumerate(actions):
        if j not in stands_for:
            place[j] = len(rest)
            rest.append(a)
    for a in rest:
        if not a.decision.startswith("merge:"):
            continue
        target = int(a.decision.split(":", 1)[1]) - 1
        a.flags = [f for f in a.flags if not f.startswith("asks for the same as item")]
        if target in stands_for:
            a.decision = SKIP
            a.flags.append(
                f"asks for the same as {stands_for[target]}, kept as changed since the "
                "earlier import: proposed skip"
            )
        else:
            a.decision = f"merge:{place[target] + 1}"
            a.flags.append(f"asks for the same as item {place[target] + 1}: merged into it")
    actions[:] = rest
    return place
