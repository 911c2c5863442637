"""The floor of `clerk report --overdue`, without click: sqlite3, the same query, the same rows.

    python benchmarks/floor_bare.py DB [--format plain|json]

It runs the one SELECT that ``clerk report --overdue`` sends on a SQLite file
(clerk_cli.store.queries: the actions open and past due, with committee, owner, the
post's current holder, meeting, resolution and latest note, ordered by committee
then due date) and prints the rows as clerk does: the plain text of
``clerk report --overdue > file`` or the JSON of ``--format json``, byte for byte
(run.py checks this).  What it leaves out is everything clerk does besides: the
command line, finding and checking the database, the views.  So it is the least a
Python program that prints these rows can cost: clerk's design floor.

benchmarks/floor_click.py is the same program behind a click command (issue 18's
floor for clerk, which is a click application).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import UTC, date, datetime

# The SELECT of clerk_cli.store.queries.fetch_actions for an overdue report without
# --limit (plain text and JSON read every row), with the filter ActionFilter builds.
SQL = (
    "SELECT a.id, a.ref, a.text, a.status, a.due_date, a.due_rule, a.due_text, "
    "a.original_due_date, a.slip_count, a.confidential, a.created_at, a.completed_at, "
    "a.source, c.code, c.name, o.name, h.name, h.email, m.date, r.ref, ln.text, ln.created_at, "
    "ln.author, a.owner_id, a.meeting_id, a.committee_id "
    "FROM action a "
    "JOIN committee c ON c.id = a.committee_id "
    "LEFT JOIN owner o ON o.id = a.owner_id "
    "LEFT JOIN owner_holder h ON h.owner_id = a.owner_id AND h.ended_at IS NULL "
    "LEFT JOIN meeting m ON m.id = a.meeting_id "
    "LEFT JOIN resolution r ON r.id = a.resolution_id "
    "LEFT JOIN note ln ON ln.id = (SELECT max(n.id) FROM note n WHERE n.action_id = a.id) "
    "WHERE a.status IN (?, ?) AND a.due_date < ? "
    "ORDER BY c.code, a.due_date IS NULL, a.due_date, a.id"
)


def fetch(path: str, today: date) -> list[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(SQL, ("open", "in_progress", today.isoformat())).fetchall()
    finally:
        con.close()


def _ts(value: str | None) -> str | None:
    """A stored timestamp (naive UTC text) as clerk's JSON writes it."""
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC).isoformat()


def _owner(owner: str | None, holder: str | None) -> str:
    if not owner:
        return "(no owner)"
    return f"{owner} ({holder})" if holder else owner


def _overdue(days: int) -> str:
    if days > 0:
        return f"{days} day{'s' if days != 1 else ''} overdue"
    if days == 0:
        return "due today"
    return f"due in {-days} day{'s' if days != -1 else ''}"


def plain(rows: list[tuple], today: date) -> str:
    """clerk's plain report (clerk_cli.render._actions_plain) of these rows."""
    out = [f"Overdue actions as of {today.isoformat()}\n"]
    if not rows:
        out.append("Nothing to report.\n")
        return "".join(out)
    write = out.append
    group = None
    committees = set()
    for r in rows:
        (_id, ref, text, status, due, _rule, _dtext, _orig, slips, conf) = r[:10]
        code, cname, owner, holder, mdate, res_ref, note = (
            r[13],
            r[14],
            r[15],
            r[16],
            r[18],
            r[19],
            r[20],
        )
        if (code, cname) != group:
            group = (code, cname)
            committees.add(code)
            write(f"\n{cname} ({code})\n")
        days = (today - date.fromisoformat(due)).days
        flags = [
            x
            for x in (
                _overdue(days),
                status.replace("_", " ") if status != "open" else "",
                "CONFIDENTIAL" if conf else "",
                f"slipped {slips}x" if slips else "",
            )
            if x
        ]
        write(f"  {ref:<10} {text}\n")
        write(
            f"  {'':<10} Owner: {_owner(owner, holder)}; due {due}"
            f"{'; ' + ', '.join(flags) if flags else ''}\n"
        )
        meeting = f"{code}/{mdate}" if mdate else None
        origin = " ".join(x for x in (meeting, f"res. {res_ref}" if res_ref else "") if x)
        if origin:
            write(f"  {'':<10} From: {origin}\n")
        # clerk_cli.rules.rag with the default thresholds: overdue by a day or more is red.
        write(f"  {'':<10} Rating: [R] red: overdue by {days} day{'s' if days != 1 else ''}\n")
        if note:
            write(f"  {'':<10} Latest note: {note}\n")
    n = len(rows)
    parts = [f"{n} action{'s' if n != 1 else ''}", f"{n} overdue"]
    if len(committees) > 1:
        parts.append(f"{len(committees)} committees")
    write(f"\n{', '.join(parts)}\n")
    return "".join(out)


def as_json(rows: list[tuple], today: date) -> str:
    """clerk's --format json (ActionView.to_json, indent 2; rules.rag's rating) of these rows."""
    records = []
    for r in rows:
        (_id, ref, text, status, due, _rule, _dtext, _orig, _slips, conf) = r[:10]
        code, owner, holder, mdate, res_ref, note, note_at = (
            r[13],
            r[15],
            r[16],
            r[18],
            r[19],
            r[20],
            r[21],
        )
        days = (today - date.fromisoformat(due)).days
        records.append(
            {
                "ref": ref,
                "text": text,
                "status": status,
                "owner": owner,
                "owner_holder": holder,
                "due_date": due,
                "days_overdue": days,
                "committee": code,
                "meeting": f"{code}/{mdate}" if mdate else None,
                "resolution_ref": res_ref,
                "confidential": bool(conf),
                "created_at": _ts(r[10]),
                "completed_at": _ts(r[11]),
                # clerk_cli.rules.rag: an open action overdue by a day or more is red.
                "rag": "red",
                "rag_reason": f"overdue by {days} day{'s' if days != 1 else ''}",
                "notes": (
                    [{"text": note, "author": r[22], "created_at": _ts(note_at)}] if note else []
                ),
            }
        )
    return json.dumps(records, indent=2, ensure_ascii=False) + "\n"


def report(path: str, fmt: str = "plain") -> None:
    today = date.today()
    rows = fetch(path, today)
    text = as_json(rows, today) if fmt == "json" else plain(rows, today)
    sys.stdout.write(text)
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    fmt = "plain"
    if "--format" in argv:
        i = argv.index("--format")
        fmt = argv[i + 1]
        argv = argv[:i] + argv[i + 2 :]
    if len(argv) != 1 or fmt not in ("plain", "json"):
        sys.stderr.write("usage: floor_bare.py DB [--format plain|json]\n")
        return 2
    report(argv[0], fmt)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
