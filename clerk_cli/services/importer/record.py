"""Step 3 of an import: record a plan, inside the caller's write transaction.

Creates what the plan says is new (committee, meeting, owners), records the import,
its resolutions and its actions, and audits each.  With --replace (checked first by
plan.check_replace: none of its actions deleted since), the earlier import's actions are
updated in place and keep their references; those changed by hand since are left exactly
as they are; only the others no longer in the minutes are deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from clerk_cli.rules.status import CLOSED_STATUSES, utcnow
from clerk_cli.services.importer.plan import PlanContext
from clerk_cli.services.meeting_dues import reresolve_committee
from clerk_cli.store import action_edits, lookup
from clerk_cli.store import committees as committee_store
from clerk_cli.store import imports as store
from clerk_cli.store.actions import insert_action
from clerk_cli.store.lookup import audit
from clerk_cli.store.sql import Sql
from clerk_cli.views.importer import ImportPlan, ImportResult, PlannedAction


@dataclass(frozen=True)
class _Where:
    """Where one file's records go."""

    committee_id: int
    code: str
    meeting_id: int
    label: str  # the meeting's CODE/YYYY-MM-DD
    import_id: int


def record_plan(q: Sql, plan: ImportPlan, ctx: PlanContext, who: str) -> ImportResult:
    """Record what the plan says; what was recorded."""
    result = ImportResult(plan.file, "replaced" if plan.replacing else "imported", plan.meeting)
    committee_id, code = _committee(q, plan, ctx, who, result)
    meeting_id = _meeting(q, plan, ctx, committee_id, code, who, result)
    owners = _owners(q, plan, ctx, who, result)
    unlinked = _clear_previous(q, plan, ctx, who, result) if plan.replacing else {}
    where = _Where(
        committee_id,
        code,
        meeting_id,
        lookup.meeting_label(code, plan.meeting_date),
        _import_row(q, plan, meeting_id, who, kept_as_changed=len(ctx.untouched)),
    )
    res_ids = _record_resolutions(q, plan, where, who, result)
    kept_ids = {a.id for a in ctx.kept.values()}
    _relink(q, {k: v for k, v in unlinked.items() if k not in kept_ids}, res_ids, who)
    if any(a.resolution_ref and a.resolution_ref not in res_ids for a in plan.actions):
        res_ids = {ref: rid for rid, ref, _ in store.meeting_resolutions(q, meeting_id)} | res_ids
    _record_actions(q, plan, ctx, where, owners, res_ids, unlinked, who, result)
    audit(
        q,
        by=who,
        entity="meeting",
        entity_id=meeting_id,
        label=where.label,
        field="imported",
        new=f"{plan.file}: {len(plan.resolutions)} resolutions, {len(plan.actions)} actions",
        committee_id=committee_id,
    )
    return result


def _import_row(
    q: Sql, plan: ImportPlan, meeting_id: int, who: str, *, kept_as_changed: int = 0
) -> int:
    """The id of the import record: new, or (--replace) the earlier one, renewed.  Its
    actions count those kept as changed, which stay its own (so a later --replace still
    knows them, and counts an action deleted since)."""
    kw = {
        "sha256": plan.sha256,
        "filename": plan.file,
        "meeting_id": meeting_id,
        "by": who,
        "resolutions": len(plan.resolutions),
        "actions": len(plan.actions) + kept_as_changed,
    }
    if plan.replacing:
        store.renew_import(q, plan.previous.id, **kw)
        return plan.previous.id
    return store.insert_import(q, **kw)


def _record_resolutions(
    q: Sql, plan: ImportPlan, where: _Where, who: str, result: ImportResult
) -> dict[str, int]:
    """Record the resolutions (audited); {ref: id}."""
    res_ids: dict[str, int] = {}
    for r in plan.resolutions:
        res_ids[r.ref] = store.insert_resolution(
            q, meeting_id=where.meeting_id, ref=r.ref, text=r.text, import_id=where.import_id
        )
        audit(
            q,
            by=who,
            entity="resolution",
            entity_id=res_ids[r.ref],
            label=f"{where.label} {r.ref}",
            field="created",
            new=r.text,
            committee_id=where.committee_id,
        )
    result.resolutions = list(res_ids)
    return res_ids


def _record_actions(
    q: Sql,
    plan: ImportPlan,
    ctx: PlanContext,
    where: _Where,
    owners: dict[str, int],
    res_ids: dict[str, int],
    unlinked: dict,
    who: str,
    result: ImportResult,
) -> None:
    """Record the actions: new ones with the committee's next references (store.actions),
    the ones an earlier import recorded (--replace) updated in place."""
    now = utcnow()
    for i, a in enumerate(plan.actions):
        values = {
            "meeting_id": where.meeting_id,
            "resolution_id": res_ids.get(a.resolution_ref) if a.resolution_ref else None,
            "owner_id": owners[a.owner.name] if a.owner else None,
            "source": f"{plan.file} line {a.line}",
            "import_id": where.import_id,
            "minute_ref": getattr(a, "minute_ref", None),
            "evidence": getattr(a, "evidence", None),
        }
        if i in ctx.kept:
            _update_kept(q, ctx.kept[i], a, values, who, unlinked)
            result.kept_actions.append(ctx.kept[i].ref)
            result.actions.append(ctx.kept[i].ref)
            continue
        action_id, ref = insert_action(
            q,
            committee_id=where.committee_id,
            code=where.code,
            text=a.text,
            by=who,
            due_date=a.due_date,
            due_rule=a.due_rule,
            due_text=a.due_text,
            now=now,
            **values,
        )
        if a.status != "open":  # minuted as done already ("the map has been sent")
            completed = now if a.status in CLOSED_STATUSES else None
            action_edits.update_action(q, action_id, status=a.status, completed_at=completed)
        result.actions.append(ref)


def _committee(q: Sql, plan: ImportPlan, ctx: PlanContext, who: str, result: ImportResult):
    """(id, code) of the plan's committee, created when new."""
    if ctx.committee is not None:
        return ctx.committee.id, ctx.committee.code
    name, code = plan.committee.name, plan.committee.code
    committee_id = committee_store.insert(
        q, code=code, name=name, clerk_name=None, clerk_email=None, by=who
    )
    result.committee_created = code
    return committee_id, code


def _meeting(
    q: Sql, plan: ImportPlan, ctx: PlanContext, committee_id: int, code: str, who: str, result
) -> int:
    """The meeting's id: recorded as held (created when new).  A meeting that joins the
    calendar moves the committee's "next meeting" dues that now point at it."""
    label = lookup.meeting_label(code, plan.meeting_date)
    kw = {"by": who, "entity": "meeting", "label": label, "committee_id": committee_id}
    m = ctx.meeting
    if m is None:
        meeting_id = store.insert_meeting(
            q,
            committee_id=committee_id,
            day=plan.meeting_date,
            time=plan.meeting_time,
            title=plan.meeting_title,
        )
        audit(
            q,
            entity_id=meeting_id,
            field="created",
            new=plan.meeting_title or plan.meeting_date.isoformat(),
            **kw,
        )
        result.meeting_created = True
        joins_calendar = True
    else:
        meeting_id = m.id
        joins_calendar = m.status == "cancelled"
        if m.status != "held":
            audit(q, entity_id=m.id, field="status", old=m.status, new="held", **kw)
            store.set_meeting_status(q, m.id, "held")
    if joins_calendar:
        reresolve_committee(q, committee_id, by=who, new_meeting=plan.meeting_date)
    return meeting_id


def _owners(q: Sql, plan: ImportPlan, ctx: PlanContext, who: str, result) -> dict[str, int]:
    """{post name: id} of every owner the plan uses, the new ones created."""
    owners = {name: o.id for name, o in ctx.records.owners.items()}
    for name in plan.new_owners:
        owners[name] = lookup.new_owner(q, name, by=who)
        result.owners_created.append(name)
    return owners


def _clear_previous(
    q: Sql, plan: ImportPlan, ctx: PlanContext, who: str, result: ImportResult
) -> dict[int, tuple[str, str, int]]:
    """--replace: delete the earlier import's resolutions and its actions no longer in the
    minutes (audited).  Returns {action id: (resolution ref, action ref, committee id)}
    of every action that pointed at a deleted resolution, to link again by ref."""
    why = f"replaced by a new import of {plan.file}"
    previous = store.resolutions_of_import(q, plan.previous.id)
    ref_of = {rid: ref for rid, ref, _, _ in previous}
    unlinked = {
        action_id: (ref_of[rid], ref, committee_id)
        for action_id, rid, ref, committee_id in store.unlink_resolutions(q, plan.previous.id)
    }
    for a in ctx.dropped:
        action_edits.remove_action(
            q,
            action_id=a.id,
            ref=a.ref,
            text=a.text,
            committee_id=a.committee_id,
            by=who,
            reason=why,
        )
        unlinked.pop(a.id, None)
    result.deleted_actions = [a.ref for a in ctx.dropped]
    result.kept_as_changed = [a.ref for a in ctx.untouched]
    committee_id = ctx.committee.id if ctx.committee else None
    for rid, ref, text, meeting in previous:
        audit(
            q,
            by=who,
            entity="resolution",
            entity_id=rid,
            label=f"{meeting} {ref}",
            field="deleted",
            old=text,
            new=why,
            committee_id=committee_id,
        )
        store.delete_resolution(q, rid)
    result.deleted_resolutions = len(previous)
    return unlinked


def _relink(
    q: Sql, unlinked: dict[int, tuple[str, str, int]], res_ids: dict[str, int], who: str
) -> None:
    """Link actions recorded by hand to the re-imported resolution of the same ref; when
    there is none now, say so in their audit trail."""
    for action_id, (old_ref, ref, committee_id) in unlinked.items():
        new = res_ids.get(old_ref)
        store.link_resolution(q, action_id, new)
        if new is None:
            audit(
                q,
                by=who,
                entity="action",
                entity_id=action_id,
                label=ref,
                field="resolution",
                old=old_ref,
                new=None,
                committee_id=committee_id,
            )


def _update_kept(q: Sql, old, new: PlannedAction, values: dict, who: str, unlinked) -> None:
    """--replace: an earlier action, paired with one of the new minutes, takes its fields
    and keeps its reference; each field that differs is audited."""
    kw = {"by": who, "entity": "action", "entity_id": old.id, "label": old.ref}
    kw["committee_id"] = old.committee_id
    was_res = unlinked.get(old.id, (old.resolution_ref,))[0]
    changes = {
        "text": (old.text, new.text),
        "owner": (old.owner, new.owner.name if new.owner else None),
        "due_rule": (old.due_rule, new.due_rule),
        "due_text": (old.due_text, new.due_text),
        "due_date": (old.due_date, new.due_date),
        "status": (old.status, new.status),
        "resolution": (was_res, new.resolution_ref),
    }
    for fld, (was, now) in changes.items():
        if was != now:
            audit(q, field=fld, old=was, new=now, **kw)
    if new.status != old.status:
        values = {**values, "status": new.status}
        values["completed_at"] = utcnow() if new.status in CLOSED_STATUSES else None
    action_edits.update_action(
        q,
        old.id,
        text=new.text,
        due_date=new.due_date,
        due_rule=new.due_rule,
        due_text=new.due_text,
        original_due_date=new.due_date,
        slip_count=0,
        updated_at=utcnow(),
        **values,
    )
