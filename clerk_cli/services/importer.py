"""Import minutes: turn what the extractor found into committees, meetings, resolutions and actions.

Three steps, so a clerk can look before anything is written:

1. ``read_minutes(path)`` reads and extracts one file.  Pure: no database.
2. ``review_import(db, minutes)`` matches the extraction against the records (committee,
   meeting, owners, earlier imports) in a read-only transaction and returns an
   ``ImportPlan`` that says what would be created and what is only a close match.
3. ``import_minutes(db, minutes)`` plans again inside ONE write transaction (so the
   plan cannot go stale between review and write) and records it: all of the file or
   nothing of it.

A file is identified by the SHA-256 of its normalised text, so the same minutes are
never imported twice.  ``replace=True`` first deletes what the earlier import of those
minutes created (its actions with their notes, and its resolutions), auditing each
deletion, and then imports again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, select

from clerk_cli.db import Database
from clerk_cli.errors import InvalidInput, NotFound
from clerk_cli.schema import (
    ACTION_STATUSES,
    CLOSED_STATUSES,
    Action,
    Committee,
    Meeting,
    MinutesImport,
    Note,
    Owner,
    Resolution,
    utcnow,
)
from clerk_cli.services.common import actor, audit, meeting_label
from clerk_cli.services.due import live_meeting_dates, reresolve_committee, resolve_rule
from clerk_cli.services.import_matching import (
    CLOSE,
    NEW,
    ImportRecords,
    Match,
    match_committee,
    match_owner,
)

# ---- results -------------------------------------------------------------------


@dataclass
class MinutesFile:
    """One minutes file, read and extracted (no database involved)."""

    path: Path
    name: str  # the file name used in messages and in each action's source
    text: str
    sha256: str
    extraction: object  # clerk_cli.minutes.Extraction


@dataclass
class PlannedResolution:
    ref: str  # the reference it will be recorded under
    found_ref: str  # as written (differs when it clashed and was suffixed)
    text: str
    line: int
    source: str


@dataclass
class PlannedAction:
    text: str
    owner: Match | None
    due_date: date | None  # resolved for meeting-relative rules
    due_text: str | None
    due_rule: str | None
    resolution_ref: str | None  # the recorded ref it is linked to
    line: int
    source: str
    status: str
    warning: str | None = None


@dataclass
class PreviousImport:
    id: int
    filename: str
    imported_at: datetime
    by: str
    meeting: str | None
    resolutions: int
    actions: int
    action_refs: list[str] = field(default_factory=list)
    changed_refs: list[str] = field(default_factory=list)  # with notes or a status change since
    same_content: bool = True


@dataclass
class ImportPlan:
    """What importing one file would do: shown for review, then recorded."""

    file: str
    sha256: str
    committee: Match
    meeting: str  # CODE/YYYY-MM-DD
    meeting_date: date
    meeting_time: str | None
    meeting_title: str | None
    meeting_exists: bool
    meeting_status_from: str | None  # an existing meeting's status, when it will become "held"
    resolutions: list[PlannedResolution]
    actions: list[PlannedAction]
    replace: bool = False
    previous: PreviousImport | None = None

    @property
    def already_imported(self) -> bool:
        return self.previous is not None and self.previous.same_content and not self.replace

    @property
    def questions(self) -> list[tuple[str, Match]]:
        """Close matches to confirm: ("committee" | "owner", match), each name once."""
        out: list[tuple[str, Match]] = []
        if self.committee.kind == CLOSE:
            out.append(("committee", self.committee))
        seen = set()
        for a in self.actions:
            if a.owner and a.owner.kind == CLOSE and a.owner.found not in seen:
                seen.add(a.owner.found)
                out.append(("owner", a.owner))
        return out

    @property
    def new_owners(self) -> list[str]:
        return sorted({a.owner.name for a in self.actions if a.owner and a.owner.kind == NEW})


@dataclass
class ImportResult:
    """What an import recorded."""

    file: str
    status: str  # "imported", "replaced" or "already imported"
    meeting: str
    committee_created: str | None = None
    meeting_created: bool = False
    resolutions: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    owners_created: list[str] = field(default_factory=list)
    deleted_actions: list[str] = field(default_factory=list)
    deleted_resolutions: int = 0
    previous: PreviousImport | None = None
    plan: ImportPlan | None = field(default=None, repr=False)  # what was reviewed and recorded

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "status": self.status,
            "meeting": self.meeting,
            "committee_created": self.committee_created,
            "meeting_created": self.meeting_created,
            "resolutions": self.resolutions,
            "actions": self.actions,
            "owners_created": self.owners_created,
            "deleted_actions": self.deleted_actions,
            "deleted_resolutions": self.deleted_resolutions,
        }


# ---- step 1: read ----------------------------------------------------------------


def content_hash(text: str) -> str:
    """SHA-256 of the text with line endings, trailing spaces and blank edges normalised."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    return hashlib.sha256("\n".join(line.rstrip() for line in lines).encode("utf-8")).hexdigest()


def check_path(path: str | Path) -> Path:
    """A minutes path that exists and is a file, else one line naming it and the fix."""
    p = Path(path)
    if not p.exists():
        raise InvalidInput(
            f"{path}: no such file.", hint="Check the name and folder (ls shows them)."
        )
    if p.is_dir():
        raise InvalidInput(
            f"{path} is a folder, not a minutes file.",
            hint=f"Give the files in it, e.g. clerk import-minutes {path}/*.txt",
        )
    return p


def read_text(path: str | Path) -> tuple[Path, str]:
    """Read one minutes file as text (.txt, .md, .docx, .html); errors name the file."""
    from clerk_cli.minutes import read_document

    p = check_path(path)
    return p, read_document(p)


def read_minutes(
    path: str | Path,
    *,
    text: str | None = None,
    known_owners: Sequence[str] = (),
    when: date | None = None,
) -> MinutesFile:
    """Read and extract one minutes file.  Pure: no database.

    ``when`` (--date) is the meeting date to fall back on when the minutes give none.
    """
    from clerk_cli.minutes import extract

    p = Path(path)
    if text is None:
        p, text = read_text(p)
    ex = extract(text, filename=p.name, default_date=when, known_owners=tuple(known_owners))
    return MinutesFile(path=p, name=p.name, text=text, sha256=content_hash(text), extraction=ex)


def check_minutes(minutes: MinutesFile, *, committee: str | None, when: date | None) -> None:
    """Fail early, before any database work, when the meeting cannot be identified."""
    m = minutes.extraction.meeting
    if when is None and m.date is None:
        raise InvalidInput(
            f"{minutes.name}: no meeting date found.",
            hint="Give it with --date, e.g. --date 14/06/2022.",
        )
    if not committee and not (m.body or "").strip():
        raise InvalidInput(
            f"{minutes.name}: no committee or board named in the minutes.",
            hint="Give it with --committee CODE (see: clerk committee list).",
        )


def owner_names(db: Database) -> list[str]:
    """Every owner's name, for the extractor to prefer the recorded spelling."""
    return db.read(lambda s: list(s.exec(select(Owner.name).order_by(Owner.name)).all()))


# ---- step 2: plan ------------------------------------------------------------------


def _find_meeting(
    s: Session, committee: Committee | None, when: date, time: str | None
) -> Meeting | None:
    if committee is None:
        return None
    rows = s.exec(
        select(Meeting)
        .where(Meeting.committee_id == committee.id, Meeting.date == when)
        .order_by(Meeting.id)
    ).all()
    if not rows:
        return None
    same_time = [m for m in rows if time and m.time == time]
    live = [m for m in rows if m.status != "cancelled"]
    return (same_time or live or rows)[0]


def _previous(
    s: Session, minutes: MinutesFile, meeting: Meeting | None, replace: bool
) -> PreviousImport | None:
    prev = s.exec(select(MinutesImport).where(MinutesImport.sha256 == minutes.sha256)).first()
    same = prev is not None
    if prev is None and replace and meeting is not None:
        # --replace also takes corrected minutes: same file name, same meeting, new content.
        prev = s.exec(
            select(MinutesImport)
            .where(MinutesImport.filename == minutes.name, MinutesImport.meeting_id == meeting.id)
            .order_by(MinutesImport.id.desc())
        ).first()
    if prev is None:
        return None
    label = None
    if prev.meeting_id:
        m = s.get(Meeting, prev.meeting_id)
        c = s.get(Committee, m.committee_id) if m else None
        label = meeting_label(c.code, m.date) if m and c else None
    actions = s.exec(select(Action).where(Action.import_id == prev.id).order_by(Action.id)).all()
    noted = (
        set(s.exec(select(Note.action_id).where(Note.action_id.in_([a.id for a in actions]))).all())
        if actions
        else set()
    )
    changed = [a.ref for a in actions if a.id in noted or a.status != "open" or a.slip_count]
    return PreviousImport(
        prev.id,
        prev.filename,
        prev.imported_at,
        prev.by,
        label,
        prev.resolutions,
        prev.actions,
        [a.ref for a in actions],
        changed,
        same,
    )


def _unique_ref(ref: str, taken: set[str]) -> str:
    if ref not in taken:
        return ref
    n = 2
    while f"{ref} ({n})" in taken:
        n += 1
    return f"{ref} ({n})"


def _plan(
    s: Session,
    minutes: MinutesFile,
    *,
    committee: str | None,
    when: date | None,
    replace: bool,
    rejected: set[tuple[str, str]],
) -> tuple[ImportPlan, dict]:
    """Match one extraction against the records.  Returns the plan and the objects behind it."""
    check_minutes(minutes, committee=committee, when=when)
    ex = minutes.extraction
    rec = ImportRecords(s)
    try:
        cmatch, c = match_committee(s, rec, committee, ex.meeting.body, rejected)
    except NotFound as exc:
        raise NotFound(f"{minutes.name}: {exc.message}", hint=exc.hint) from None
    meeting_date = when or ex.meeting.date
    time = _time(ex.meeting.time)
    m = _find_meeting(s, c, meeting_date, time)
    previous = _previous(s, minutes, m, replace)

    # Resolution refs are unique per meeting: a clash gets a suffix, "24/031 (2)".
    taken: set[str] = set()
    if m is not None:
        refs = s.exec(
            select(Resolution.ref, Resolution.import_id).where(Resolution.meeting_id == m.id)
        ).all()
        taken = {r for r, imp in refs if not (replace and previous and imp == previous.id)}
    existing_refs = set(taken)
    resolutions, ref_map = [], {}
    for r in ex.resolutions:
        found = (r.ref or "").strip() or str(len(taken) + 1)
        ref = _unique_ref(found, taken)
        taken.add(ref)
        ref_map.setdefault(found, ref)
        resolutions.append(PlannedResolution(ref, found, r.text, r.line, r.source or ""))

    dates = live_meeting_dates(s, c.id) if c is not None else []
    if meeting_date not in dates:
        dates = sorted([*dates, meeting_date])
    planned_new: dict[str, str] = {}
    actions = []
    for a in ex.actions:
        if not " ".join((a.text or "").split()):
            continue  # nothing to do: not an action
        res_ref, warning = None, None
        if a.resolution_ref:
            if a.resolution_ref in ref_map:
                res_ref = ref_map[a.resolution_ref]
            elif a.resolution_ref in existing_refs:
                res_ref = a.resolution_ref
            else:
                warning = f"resolution {a.resolution_ref} is not in these minutes: not linked"
        due_date = a.due_date
        if a.due_rule:
            due_date = resolve_rule(a.due_rule, meeting_date, dates)
        status = a.status if a.status in ACTION_STATUSES else "open"
        owner = match_owner(rec, a.owner, rejected, planned_new, source=a.source or "", line=a.line)
        actions.append(
            PlannedAction(
                " ".join(a.text.split()),
                owner,
                due_date,
                a.due_text,
                a.due_rule,
                res_ref,
                a.line,
                a.source or "",
                status,
                warning,
            )
        )

    code = cmatch.code
    plan = ImportPlan(
        file=minutes.name,
        sha256=minutes.sha256,
        committee=cmatch,
        meeting=meeting_label(code, meeting_date),
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
    return plan, {"records": rec, "committee": c, "meeting": m}


def _time(value: str | None) -> str | None:
    from clerk_cli.services.meetings import normalise_time

    try:
        return normalise_time(value)
    except InvalidInput:
        return None


def review_import(
    db: Database | None,
    minutes: MinutesFile,
    *,
    committee: str | None = None,
    when: date | None = None,
    replace: bool = False,
    rejected: Iterable[tuple[str, str]] = (),
) -> ImportPlan:
    """What importing these minutes would record, for review.  Writes nothing.

    With no database (a dry run before the first use of clerk) everything is new.
    ``rejected`` holds ("committee" | "owner", name as written) pairs whose close match
    the clerk declined: they are proposed as new records instead.
    """
    rejected = set(rejected)
    if db is None:
        check_minutes(minutes, committee=committee, when=when)
        if committee:
            raise NotFound(
                f"{minutes.name}: no committee '{committee}' (there is no database yet).",
                hint="Leave out --committee to use the name in the minutes.",
            )
        from sqlalchemy import create_engine

        # An in-memory, empty schema: the same planning code, and still no file on disk.
        from sqlmodel import SQLModel

        engine = create_engine("sqlite://")
        SQLModel.metadata.create_all(engine)
        with Session(engine) as s:
            plan, _ = _plan(
                s, minutes, committee=None, when=when, replace=replace, rejected=rejected
            )
        engine.dispose()
        return plan
    return db.read(
        lambda s: _plan(
            s, minutes, committee=committee, when=when, replace=replace, rejected=rejected
        )[0]
    )


# ---- step 3: record ------------------------------------------------------------------


def import_minutes(
    db: Database,
    minutes: MinutesFile,
    *,
    committee: str | None = None,
    when: date | None = None,
    replace: bool = False,
    rejected: Iterable[tuple[str, str]] = (),
    by: str | None = None,
) -> ImportResult:
    """Record one minutes file in one transaction: all of it, or (on any error) nothing.

    Example::

        mf = read_minutes("minutes/2023-03-14.txt", known_owners=owner_names(db))
        result = import_minutes(db, mf, by="dee")
    """
    rejected = set(rejected)
    who = actor(by)

    def work(s: Session) -> ImportResult:
        plan, objs = _plan(
            s, minutes, committee=committee, when=when, replace=replace, rejected=rejected
        )
        if plan.already_imported:
            return ImportResult(
                minutes.name,
                "already imported",
                plan.previous.meeting or plan.meeting,
                previous=plan.previous,
                plan=plan,
            )
        result = _record(s, plan, objs, who)
        result.plan = plan
        return result

    return db.write(work)


def _record(s: Session, plan: ImportPlan, objs: dict, who: str) -> ImportResult:
    result = ImportResult(plan.file, "imported", plan.meeting)
    unlinked: dict[int, str] = {}
    if plan.previous is not None and plan.replace:
        unlinked = _delete_previous(s, plan, who, result)
        result.status = "replaced"

    c: Committee | None = objs["committee"]
    if c is None:
        c = Committee(name=plan.committee.name, code=plan.committee.code)
        s.add(c)
        s.flush()
        audit(
            s,
            by=who,
            entity="committee",
            entity_id=c.id,
            label=c.code,
            field="created",
            new=c.name,
            committee_id=c.id,
        )
        result.committee_created = c.code

    m: Meeting | None = objs["meeting"]
    label = meeting_label(c.code, plan.meeting_date)
    kw = {"by": who, "entity": "meeting", "label": label, "committee_id": c.id}
    calendar_changed = False
    if m is None:
        m = Meeting(
            committee_id=c.id,
            date=plan.meeting_date,
            time=plan.meeting_time,
            title=plan.meeting_title,
            status="held",
        )
        s.add(m)
        s.flush()
        audit(s, entity_id=m.id, field="created", new=m.title or m.date.isoformat(), **kw)
        result.meeting_created = calendar_changed = True
    elif m.status != "held":
        audit(s, entity_id=m.id, field="status", old=m.status, new="held", **kw)
        calendar_changed = m.status == "cancelled"
        m.status = "held"
        s.add(m)
    if calendar_changed:  # earlier "next meeting" dues may now point at this meeting
        s.flush()
        reresolve_committee(s, c.id, by=who, new_meeting=plan.meeting_date)

    owners = dict(objs["records"].owners)
    for name in plan.new_owners:
        from clerk_cli.services.owners import create_owner

        owners[name] = create_owner(s, name, holder=None, by=who)
        result.owners_created.append(name)

    imp = MinutesImport(
        sha256=plan.sha256,
        filename=plan.file,
        meeting_id=m.id,
        by=who,
        resolutions=len(plan.resolutions),
        actions=len(plan.actions),
    )
    s.add(imp)
    s.flush()

    res_rows = [
        Resolution(meeting_id=m.id, ref=r.ref, text=r.text, import_id=imp.id)
        for r in plan.resolutions
    ]
    s.add_all(res_rows)
    s.flush()
    res_by_ref = {r.ref: r for r in res_rows}
    for r in res_rows:
        audit(
            s,
            by=who,
            entity="resolution",
            entity_id=r.id,
            label=f"{label} {r.ref}",
            field="created",
            new=r.text,
            committee_id=c.id,
        )
    result.resolutions = [r.ref for r in res_rows]
    _relink(s, unlinked, res_by_ref, who)

    others = {}
    if any(a.resolution_ref and a.resolution_ref not in res_by_ref for a in plan.actions):
        others = {
            r.ref: r for r in s.exec(select(Resolution).where(Resolution.meeting_id == m.id)).all()
        }
    from clerk_cli.services.actions import allocate_ref

    now = utcnow()
    rows = []
    for a in plan.actions:
        ref, number = allocate_ref(s, c.id, c.code)
        res = (
            (res_by_ref.get(a.resolution_ref) or others.get(a.resolution_ref))
            if a.resolution_ref
            else None
        )
        rows.append(
            Action(
                ref=ref,
                number=number,
                committee_id=c.id,
                meeting_id=m.id,
                resolution_id=res.id if res else None,
                owner_id=owners[a.owner.name].id if a.owner else None,
                text=a.text,
                status=a.status,
                due_date=a.due_date,
                due_rule=a.due_rule,
                due_text=a.due_text,
                original_due_date=a.due_date,
                source=f"{plan.file} line {a.line}",
                import_id=imp.id,
                created_at=now,
                updated_at=now,
                completed_at=now if a.status in CLOSED_STATUSES else None,
            )
        )
    s.add_all(rows)
    s.flush()
    for a in rows:
        audit(
            s,
            by=who,
            entity="action",
            entity_id=a.id,
            label=a.ref,
            field="created",
            new=a.text,
            committee_id=c.id,
        )
    audit(
        s,
        entity_id=m.id,
        field="imported",
        new=f"{plan.file}: {len(res_rows)} resolutions, {len(rows)} actions",
        **kw,
    )
    result.actions = [a.ref for a in rows]
    s.flush()
    return result


def remove_action(s: Session, a: Action, *, by: str, reason: str | None = None) -> None:
    """Delete an action and its notes inside the caller's transaction, recording the deletion."""
    from sqlalchemy import delete

    s.execute(delete(Note).where(Note.action_id == a.id))
    audit(
        s,
        by=by,
        entity="action",
        entity_id=a.id,
        label=a.ref,
        field="deleted",
        old=a.text,
        new=reason,
        committee_id=a.committee_id,
    )
    s.delete(a)


def _delete_previous(
    s: Session, plan: ImportPlan, who: str, result: ImportResult
) -> dict[int, str]:
    """Delete what the earlier import created: its actions (with notes) and resolutions.

    Returns {action id: resolution ref} of other actions (recorded by hand) that pointed
    at a deleted resolution, to be linked again to the re-imported one.
    """
    prev_id = plan.previous.id
    actions = s.exec(select(Action).where(Action.import_id == prev_id)).all()
    for a in actions:
        remove_action(s, a, by=who, reason=f"replaced by a new import of {plan.file}")
    result.deleted_actions = [a.ref for a in actions]
    resolutions = s.exec(select(Resolution).where(Resolution.import_id == prev_id)).all()
    ref_of = {r.id: r.ref for r in resolutions}
    unlinked: dict[int, str] = {}
    if ref_of:
        for a in s.exec(select(Action).where(Action.resolution_id.in_(list(ref_of)))).all():
            unlinked[a.id] = ref_of[a.resolution_id]
            a.resolution_id = None
            s.add(a)
    for r in resolutions:
        m = s.get(Meeting, r.meeting_id)
        c = s.get(Committee, m.committee_id)
        audit(
            s,
            by=who,
            entity="resolution",
            entity_id=r.id,
            label=f"{meeting_label(c.code, m.date)} {r.ref}",
            field="deleted",
            old=r.text,
            new=f"replaced by a new import of {plan.file}",
            committee_id=c.id,
        )
        s.delete(r)
    result.deleted_resolutions = len(resolutions)
    s.flush()
    prev = s.get(MinutesImport, prev_id)
    s.delete(prev)
    s.flush()
    return unlinked


def _relink(
    s: Session, unlinked: dict[int, str], res_by_ref: dict[str, Resolution], who: str
) -> None:
    for action_id, old_ref in unlinked.items():
        a = s.get(Action, action_id)
        new = res_by_ref.get(old_ref)
        a.resolution_id = new.id if new else None
        s.add(a)
        if new is None:
            audit(
                s,
                by=who,
                entity="action",
                entity_id=a.id,
                label=a.ref,
                field="resolution",
                old=old_ref,
                new=None,
                committee_id=a.committee_id,
            )


__all__ = [
    "MinutesFile",
    "ImportPlan",
    "ImportResult",
    "Match",
    "read_text",
    "read_minutes",
    "check_minutes",
    "owner_names",
    "review_import",
    "import_minutes",
    "content_hash",
]
