"""Build a large, realistic clerk database for benchmarks, deterministically.

    python benchmarks/generate.py benchmarks/data/clerk-100k.db --actions 100k

What it holds (same seed, same --today: the same database, byte for byte in content):
60 committees, each meeting every few weeks for years; 200 posts with current
holders (about a third with earlier holders too); resolutions; N actions whose
due dates follow their meetings; notes; and the audit trail clerk itself would
have written ("created", status and completed_at changes, notes).

Status mix, relative to --today: about 5% open and overdue, a few percent open and
due in the future, the rest done (about 90%) or dropped.  Everything is created
before --today.

--today defaults to the real today, so plain "clerk report --overdue" (the command
clerks run) reports the ~5%; run.py caches databases per day and regenerates them on
the next.  Pass --today for a fixed database, and the same date to clerk's --as-of.

The schema comes from clerk's own migrations (clerk_cli.db.open_database), so the
result is a real clerk database at head; the rows go in with sqlite3 executemany
inside one transaction (synchronous=OFF, no journal) and the database is switched
back to WAL at the end, as clerk expects.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

DEFAULT_TODAY = date.today()
SEED = 20250630
N_COMMITTEES = 60
N_OWNERS = 200
OVERDUE_SHARE = 0.05
BATCH = 20_000

TOPICS = [
    "Adult Social Care",
    "Children's Services",
    "Audit",
    "Planning",
    "Licensing",
    "Pensions",
    "Health and Wellbeing",
    "Highways",
    "Environment",
    "Corporate Parenting",
    "Standards",
    "Scrutiny Management",
    "Economy and Skills",
    "Housing",
    "Communities",
    "Resources",
    "Education",
    "Transport",
    "Fire and Rescue",
    "Public Health",
    "Waste",
    "Libraries and Culture",
    "Flood Risk",
    "Rural Affairs",
    "Governance",
    "Employment",
    "Schools Forum",
    "Climate Change",
    "Safer Communities",
    "Property",
]
KINDS = ["Committee", "Scrutiny Committee"]
POST_HEADS = [
    "Director of",
    "Assistant Director of",
    "Head of",
    "Service Manager for",
    "Lead Officer for",
]
POST_AREAS = [
    "Adult Social Care",
    "Children's Services",
    "Finance",
    "Legal Services",
    "Democratic Services",
    "Highways",
    "Planning",
    "Public Health",
    "Education",
    "Housing",
    "Property",
    "HR",
    "IT",
    "Communications",
    "Waste",
    "Transport",
    "Libraries",
    "Procurement",
    "Safeguarding",
    "Environment",
    "Economic Development",
    "Trading Standards",
    "Emergency Planning",
    "Pensions",
    "Audit",
    "Customer Services",
    "Commissioning",
    "Performance",
    "Strategy",
    "Climate Action",
    "Youth Services",
    "SEND",
    "Early Help",
    "Fostering",
    "Adoption",
    "Community Safety",
    "Regulatory Services",
    "Estates",
    "Revenues and Benefits",
    "Flood Management",
]
FIRST = [
    "Lucy",
    "Tom",
    "Priya",
    "Gareth",
    "Aisha",
    "Sean",
    "Megan",
    "Olu",
    "Fiona",
    "Raj",
    "Hannah",
    "Dev",
    "Claire",
    "Marek",
    "Siobhan",
    "Kwame",
    "Helen",
    "Iain",
    "Nadia",
    "Rhys",
]
LAST = [
    "Butler",
    "Evans",
    "Shah",
    "Jones",
    "Khan",
    "Murphy",
    "Price",
    "Adeyemi",
    "Campbell",
    "Patel",
    "Hughes",
    "Nowak",
    "Walsh",
    "Mensah",
    "Reid",
    "Morgan",
    "Ali",
    "Davies",
    "Clarke",
    "Owen",
]
VERBS = [
    "Circulate",
    "Share",
    "Report back on",
    "Provide a briefing on",
    "Review",
    "Update the Committee on",
    "Arrange a site visit for",
    "Write to the Minister about",
    "Publish",
    "Consult residents on",
    "Bring a report on",
    "Investigate",
]
OBJECTS = [
    "the staff survey results",
    "the improvement plan",
    "the budget monitoring figures",
    "waiting times for assessments",
    "the risk register",
    "the recruitment pipeline",
    "the capital programme",
    "complaints received this quarter",
    "the school place forecast",
    "the pothole repair backlog",
    "the contract award",
    "the safeguarding audit",
    "the carbon reduction targets",
    "the tenancy strategy",
    "the internal audit findings",
]
NOTE_TEXTS = [
    "Draft circulated to the Chair",
    "Chased by email",
    "Awaiting figures from Finance",
    "Discussed at the officer meeting",
    "Report scheduled for the next agenda",
    "Partly done; remainder next month",
    "Owner on leave; deputy covering",
]


def parse_count(text: str) -> int:
    """'1k' -> 1000, '1M' -> 1000000, '2500' -> 2500."""
    t = text.strip().lower().replace("_", "")
    mult = 1
    if t.endswith("k"):
        mult, t = 1_000, t[:-1]
    elif t.endswith("m"):
        mult, t = 1_000_000, t[:-1]
    return int(float(t) * mult)


def ts(d: date, rng: random.Random, hour_from: int = 9, hour_to: int = 17) -> str:
    """A stored timestamp (naive UTC text, as clerk stores it) on day d."""
    return (
        f"{d.isoformat()} {rng.randint(hour_from, hour_to - 1):02d}:{rng.randint(0, 59):02d}:"
        f"{rng.randint(0, 59):02d}.{rng.randint(0, 999999):06d}"
    )


def committee_rows():
    rows, codes = [], set()
    for i in range(N_COMMITTEES):
        topic = TOPICS[i % len(TOPICS)]
        kind = KINDS[i // len(TOPICS)]
        name = f"{topic} {kind}"
        words = [w for w in topic.replace("'s", "").split() if w[0].isupper()]
        code = "".join(w[0] for w in words) + ("SC" if kind.startswith("Scrutiny") else "C")
        if len(code) < 3:
            code = (topic.replace(" ", "")[:3]).upper() + code
        base, n = code, 2
        while code in codes:
            code = f"{base}{n}"
            n += 1
        codes.add(code)
        rows.append((i + 1, name, code))
    return rows


def generate(
    path: Path, n_actions: int, today: date, *, seed: int = SEED, quiet: bool = False
) -> dict:
    """Write a clerk database with n_actions actions to path (which must not exist)."""
    from clerk_cli.db import open_database
    from clerk_cli.paths import sqlite_url

    rng = random.Random(seed)
    t0 = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        raise SystemExit(f"{path} exists; remove it first.")
    tmp = path.with_name(path.name + ".partial")
    tmp.unlink(missing_ok=True)
    db = open_database(sqlite_url(tmp), tmp)  # clerk's migrations: a real clerk DB at head
    db.dispose()

    con = sqlite3.connect(tmp, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-400000")
    con.execute("PRAGMA temp_store=MEMORY")
    con.execute("BEGIN")
    by = "benchmark"
    counts = {"actions": 0, "notes": 0, "audit": 0, "meetings": 0, "resolutions": 0, "holders": 0}
    audit_rows: list[tuple] = []

    def flush_audit(force: bool = False):
        if audit_rows and (force or len(audit_rows) >= BATCH):
            con.executemany(
                "INSERT INTO audit (at, by, entity, entity_id, label, committee_id, field, old, new) "
                "VALUES (?,?,?,?,?,?,?,?,?)",
                audit_rows,
            )
            counts["audit"] += len(audit_rows)
            audit_rows.clear()

    # ---- committees ----------------------------------------------------------
    # How long the log goes back: enough meetings that each holds ~15 actions (2 to 30 years).
    per_committee = max(1, n_actions // N_COMMITTEES)
    years = min(30, max(2, per_committee // 120))
    start = today - timedelta(days=365 * years)
    committees = committee_rows()
    for cid, name, code in committees:
        created = ts(start - timedelta(days=30), rng)
        clerk_first, clerk_last = rng.choice(FIRST), rng.choice(LAST)
        con.execute(
            "INSERT INTO committee (id, name, code, clerk_name, clerk_email, next_action_number, created_at)"
            " VALUES (?,?,?,?,?,1,?)",
            (
                cid,
                name,
                code,
                f"{clerk_first} {clerk_last}",
                f"{clerk_first.lower()}.{clerk_last.lower()}@example.gov.uk",
                created,
            ),
        )
        audit_rows.append((created, by, "committee", cid, code, cid, "created", None, name))

    # ---- owners (posts) and holders -----------------------------------------
    posts = []
    for head in POST_HEADS:
        for area in POST_AREAS:
            posts.append(f"{head} {area}")
    rng.shuffle(posts)
    posts = posts[:N_OWNERS]
    holder_id = 0
    for oid, post in enumerate(posts, start=1):
        created = ts(start - timedelta(days=60), rng)
        con.execute("INSERT INTO owner (id, name, created_at) VALUES (?,?,?)", (oid, post, created))
        audit_rows.append((created, by, "owner", oid, post, None, "created", None, post))
        n_past = rng.choice((0, 0, 1, 2))  # about a third of posts changed hands
        began = start - timedelta(days=60)
        span = (today - began).days
        for k in range(n_past + 1):
            holder_id += 1
            first, last = rng.choice(FIRST), rng.choice(LAST)
            hname = f"{first} {last}"
            email = f"{first.lower()}.{last.lower()}{holder_id}@example.gov.uk"
            started = began + timedelta(days=span * k // (n_past + 1))
            ended = None if k == n_past else began + timedelta(days=span * (k + 1) // (n_past + 1))
            con.execute(
                "INSERT INTO owner_holder (id, owner_id, name, email, started_at, ended_at) VALUES (?,?,?,?,?,?)",
                (holder_id, oid, hname, email, ts(started, rng), ts(ended, rng) if ended else None),
            )
            audit_rows.append(
                (
                    ts(started, rng),
                    by,
                    "owner",
                    oid,
                    post,
                    None,
                    "holder",
                    None,
                    f"{hname} <{email}>",
                )
            )
    counts["holders"] = holder_id
    # Some posts get far more actions than others (Zipf-like weights).
    owner_weights = [1.0 / (i + 1) ** 0.8 for i in range(N_OWNERS)]
    rng.shuffle(owner_weights)

    # ---- meetings: every committee meets about every 6 weeks from start ------
    meetings = []  # (date, committee_id, code)
    meeting_gap = max(14, (today - start).days * 15 // per_committee) if per_committee > 15 else 42
    for cid, _name, code in committees:
        d = start + timedelta(days=rng.randint(0, 30))
        while d < today + timedelta(days=120):  # a few scheduled meetings ahead
            meetings.append((d, cid, code))
            d += timedelta(days=meeting_gap + rng.randint(-5, 5))
    meetings.sort()
    meeting_ids = {}
    by_committee: dict[int, list[date]] = {}
    for mid, (d, cid, code) in enumerate(meetings, start=1):
        status = "held" if d < today else "scheduled"
        created = ts(d - timedelta(days=40), rng)
        con.execute(
            "INSERT INTO meeting (id, committee_id, date, time, title, status, created_at) VALUES (?,?,?,?,?,?,?)",
            (mid, cid, d.isoformat(), "10:00", None, status, created),
        )
        audit_rows.append(
            (
                created,
                by,
                "meeting",
                mid,
                f"{code}/{d.isoformat()}",
                cid,
                "created",
                None,
                d.isoformat(),
            )
        )
        meeting_ids[(cid, d)] = mid
        by_committee.setdefault(cid, []).append(d)
    counts["meetings"] = len(meetings)
    flush_audit(force=True)

    # ---- actions per past meeting ------------------------------------------
    past = [(d, cid, code) for (d, cid, code) in meetings if d < today - timedelta(days=3)]
    per_meeting = [0] * len(past)
    # Committees differ in size (x0.6 .. x1.4), meetings within a committee evenly.
    past_by_c: dict[int, list[int]] = {}
    for i, (_d, cid, _code) in enumerate(past):
        past_by_c.setdefault(cid, []).append(i)
    cweights = {cid: rng.uniform(0.6, 1.4) for cid, _n, _c in committees}
    wsum = sum(cweights.values())
    remaining = n_actions
    for j, (cid, _n, _c) in enumerate(committees):
        k = (
            remaining
            if j == len(committees) - 1
            else min(remaining, round(n_actions * cweights[cid] / wsum))
        )
        remaining -= k
        idx = past_by_c[cid]
        for _ in range(k):
            per_meeting[idx[rng.randrange(len(idx))]] += 1

    # Share of past-due actions kept open so that ~5% of all actions are overdue: due dates are
    # 2-16 weeks after the meeting, so nearly all are past due; computed exactly below.
    number_of = {cid: 0 for cid, _n, _c in committees}
    action_rows, note_rows, res_rows = [], [], []
    action_id = note_id = res_id = 0
    planned = []  # first pass: due dates, to size the open-overdue share exactly
    for i, (d, _cid, _code) in enumerate(past):
        for _ in range(per_meeting[i]):
            gap = rng.randint(14, 112)
            planned.append(d + timedelta(days=gap))
    n_past_due = sum(1 for due in planned if due < today)
    p_open = min(1.0, OVERDUE_SHARE * n_actions / max(1, n_past_due))
    plan_iter = iter(planned)
    owner_ids = list(range(1, N_OWNERS + 1))

    def flush_actions(force: bool = False):
        if action_rows and (force or len(action_rows) >= BATCH):
            con.executemany(
                "INSERT INTO resolution (id, meeting_id, ref, text, created_at, import_id) VALUES (?,?,?,?,?,NULL)",
                res_rows,
            )
            con.executemany(
                "INSERT INTO action (id, ref, number, committee_id, meeting_id, resolution_id, owner_id, text, status,"
                " due_date, due_rule, due_text, original_due_date, slip_count, confidential, source, import_id,"
                " created_at, updated_at, completed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?,?,?)",
                action_rows,
            )
            con.executemany(
                "INSERT INTO note (id, action_id, text, author, created_at) VALUES (?,?,?,?,?)",
                note_rows,
            )
            counts["actions"] += len(action_rows)
            counts["notes"] += len(note_rows)
            counts["resolutions"] += len(res_rows)
            action_rows.clear()
            note_rows.clear()
            res_rows.clear()
            flush_audit(force=True)
            if not quiet:
                print(
                    f"  {counts['actions']:>9,} actions  {time.perf_counter() - t0:6.1f}s",
                    file=sys.stderr,
                )

    for i, (d, cid, code) in enumerate(past):
        n_here = per_meeting[i]
        if not n_here:
            continue
        mid = meeting_ids[(cid, d)]
        label = f"{code}/{d.isoformat()}"
        later = [x for x in by_committee[cid] if x > d][:1]
        next_meeting = later[0] if later else None
        # About one resolution for every two actions of the meeting.
        n_res = max(1, n_here // 2)
        first_res = res_id + 1
        item = rng.randint(3, 12)
        for r in range(n_res):
            res_id += 1
            res_rows.append(
                (
                    res_id,
                    mid,
                    f"{item}.{r + 1}",
                    f"Resolved that officers {rng.choice(VERBS).lower()} {rng.choice(OBJECTS)}.",
                    ts(d + timedelta(days=1), rng),
                )
            )
        for _ in range(n_here):
            action_id += 1
            number_of[cid] += 1
            number = number_of[cid]
            ref = f"{code}-{number}"
            due = next(plan_iter)
            due_rule = due_text = None
            if next_meeting is not None and rng.random() < 0.2:
                due, due_rule, due_text = next_meeting, "next_meeting", "next meeting"
            original = due
            slips = 0
            if rng.random() < 0.1:
                slips = rng.randint(1, 3)
                original = due - timedelta(days=28 * slips)
            text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
            if due < today:
                status = (
                    rng.choice(("open", "open", "in_progress"))
                    if rng.random() < p_open
                    else ("done" if rng.random() < 0.93 else "dropped")
                )
            else:
                status = rng.choice(("open", "open", "in_progress"))
            owner = rng.choices(owner_ids, owner_weights)[0] if rng.random() > 0.02 else None
            meeting_id = mid if rng.random() > 0.03 else None
            resolution_id = (
                first_res + rng.randrange(n_res) if meeting_id and rng.random() < 0.6 else None
            )
            confidential = 1 if rng.random() < 0.03 else 0
            created_day = d + timedelta(days=rng.randint(1, 3))
            created = ts(created_day, rng)
            completed = None
            updated = created
            if status in ("done", "dropped"):
                done_day = min(
                    today - timedelta(days=1), due + timedelta(days=rng.randint(-20, 30))
                )
                completed = ts(max(done_day, created_day), rng)
                if completed < created:
                    completed = created
                updated = completed
            action_rows.append(
                (
                    action_id,
                    ref,
                    number,
                    cid,
                    meeting_id,
                    resolution_id,
                    owner,
                    text,
                    status,
                    due.isoformat(),
                    due_rule,
                    due_text,
                    original.isoformat(),
                    slips,
                    confidential,
                    f"{label} minutes",
                    created,
                    updated,
                    completed,
                )
            )
            audit_rows.append((created, by, "action", action_id, ref, cid, "created", None, text))
            # Notes: open work collects more of them.
            n_notes = (
                rng.choice((0, 0, 1, 2))
                if status in ("open", "in_progress")
                else rng.choice((0, 0, 0, 1))
            )
            for k in range(n_notes):
                note_id += 1
                nday = min(today - timedelta(days=1), created_day + timedelta(days=7 * (k + 1)))
                nat = ts(nday, rng)
                ntext = rng.choice(NOTE_TEXTS)
                note_rows.append((note_id, action_id, ntext, by, nat))
                audit_rows.append((nat, by, "action", action_id, ref, cid, "note", None, ntext))
            if completed:
                audit_rows.append(
                    (completed, by, "action", action_id, ref, cid, "status", "open", status)
                )
                audit_rows.append(
                    (
                        completed,
                        by,
                        "action",
                        action_id,
                        ref,
                        cid,
                        "completed_at",
                        None,
                        completed.replace(" ", "T")[:19] + "+00:00",
                    )
                )
        flush_actions()
    flush_actions(force=True)
    flush_audit(force=True)
    for cid, n in number_of.items():
        con.execute("UPDATE committee SET next_action_number = ? WHERE id = ?", (n + 1, cid))
    con.execute("COMMIT")
    # No ANALYZE: clerk never runs it, so real databases have no sqlite_stat1 and the
    # planner must do without; benchmarks see the plans clerks get.
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    tmp.rename(path)
    counts["seconds"] = round(time.perf_counter() - t0, 1)
    counts["today"] = today.isoformat()
    counts["overdue"] = _count_overdue(path, today)
    return counts


def _count_overdue(path: Path, today: date) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT count(*) FROM action WHERE status IN ('open','in_progress') AND due_date < ?",
            (today.isoformat(),),
        ).fetchone()[0]
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("output", type=Path, help="the database file to create")
    p.add_argument(
        "--actions", default="1k", help="how many actions: 1000, 1k, 100k, 1M (default 1k)"
    )
    p.add_argument(
        "--today",
        type=date.fromisoformat,
        default=DEFAULT_TODAY,
        help="the date 'overdue' is relative to (default: today)",
    )
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    args = p.parse_args(argv)
    if args.force:
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.output) + suffix).unlink(missing_ok=True)
    counts = generate(args.output, parse_count(args.actions), args.today, seed=args.seed)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
