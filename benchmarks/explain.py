"""Print SQLite's query plan for every query behind clerk's reports, lists and digests.

    python benchmarks/explain.py [DB]      # default: the cached 100k benchmark database

It runs the real services (report, list, digest, action log, export filters) against
DB with a listener that records each SELECT they send, then prints
``EXPLAIN QUERY PLAN`` for it.  It exits 1 if any plan reads the whole action table
("SCAN action"), except where the listing asks for every action ("list --all").
The cost of a report must follow the rows it returns, not the size of the log.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
# A plan line "SCAN x" reads every row of x (or every entry of the index it names);
# "SEARCH x" reads a range.  Queries name tables by alias ("FROM action a"), so the
# aliases of each table are read from the SQL.
WATCHED = ("note", "audit", "meeting", "resolution")
_TABLE_ALIAS = re.compile(
    r'\b(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?(?!(?:ON|WHERE|JOIN|LEFT|INNER|CROSS|ORDER|GROUP|'
    r"LIMIT|USING|NATURAL|OUTER|UNION|HAVING)\b)(\w+))?",
    re.IGNORECASE,
)


def scans(sql: str, plan: list[str]) -> set[str]:
    """The tables a plan reads whole."""
    names: dict[str, str] = {}
    for table, alias in _TABLE_ALIAS.findall(sql):
        names[table.lower()] = table.lower()
        if alias:
            names[alias.lower()] = table.lower()
    found = set()
    for line in plan:
        m = re.match(r"\s*SCAN (\w+)", line)
        if m:
            found.add(names.get(m.group(1).lower(), m.group(1).lower()))
    return found


def default_db() -> Path:
    found = sorted((HERE / "data").glob("clerk-100000-*.db"))
    if found:
        return found[-1]
    path = HERE / "data" / f"clerk-100000-{date.today().isoformat()}.db"
    import subprocess

    subprocess.run(
        [sys.executable, str(HERE / "generate.py"), str(path), "--actions", "100k"], check=True
    )
    return path


def cases(db, sample: dict, today: date):
    """(label, callable, full listing expected?) for each query shape clerk sends."""
    from clerk_cli.services import reports

    code, post, meeting = sample["code"], sample["post"], sample["meeting"]
    yield "report --overdue", lambda: reports.overdue_report(db), False
    yield (
        "report --overdue --as-of (30 days ago)",
        lambda: reports.overdue_report(db, as_of=today - timedelta(days=30)),
        False,
    )
    yield (
        "report --overdue --due-within 14",
        lambda: reports.overdue_report(db, due_within=14),
        False,
    )
    yield (
        "report --due-within 7 (not overdue)",
        lambda: reports.overdue_report(db, overdue=False, due_within=7),
        False,
    )
    yield (
        "report --overdue --committee",
        lambda: reports.overdue_report(db, committees=(code,)),
        False,
    )
    yield (
        "report --overdue --committee --as-of",
        lambda: reports.overdue_report(db, committees=(code,), as_of=today - timedelta(days=30)),
        False,
    )
    yield "report --overdue --owner", lambda: reports.overdue_report(db, owners=(post,)), False
    yield "report --overdue --limit 50", lambda: reports.overdue_report(db, limit=50), False
    yield (
        "report --overdue --no-confidential",
        lambda: reports.overdue_report(db, include_confidential=False),
        False,
    )
    yield "list", lambda: reports.list_actions(db), False
    yield "list --committee", lambda: reports.list_actions(db, committees=(code,)), False
    yield "list --owner", lambda: reports.list_actions(db, owners=(post,)), False
    yield (
        "list --meeting",
        lambda: reports.list_actions(db, meeting=meeting, all_statuses=True),
        False,
    )
    yield (
        "list --status done --committee",
        lambda: reports.list_actions(db, statuses=("done",), committees=(code,)),
        False,
    )
    yield "list --search", lambda: reports.list_actions(db, search="budget"), False
    yield (
        "list --due-from --due-to",
        lambda: reports.list_actions(
            db, due_from=today.isoformat(), due_to=(today + timedelta(days=30)).isoformat()
        ),
        False,
    )
    yield (
        "list --all --committee",
        lambda: reports.list_actions(db, all_statuses=True, committees=(code,)),
        False,
    )
    yield (
        "list --all (every action: a full listing)",
        lambda: reports.list_actions(db, all_statuses=True, limit=50),
        True,
    )
    for label, module, fn, kwargs in (
        ("status", "status", "status_overview", {}),
        ("owner list", "owners", "list_owners", {}),
        ("meeting list", "meetings", "list_meetings", {}),
        ("show (30 days ago)", "actions", "show_action", {"as_of": today - timedelta(days=30)}),
    ):
        call = _service(module, fn)
        if call is not None:
            args = (sample["ref"],) if fn == "show_action" else ()
            yield label, (lambda c=call, a=args, k=kwargs: c(db, *a, **k)), False
    try:
        from clerk_cli.services import digest
    except ImportError:
        digest = None
    if digest is not None and hasattr(digest, "build_digests"):
        yield "digest (all owners)", lambda: digest.build_digests(db, as_of=today), False
        yield (
            "digest --committee",
            lambda: digest.build_digests(db, as_of=today, committees=(code,)),
            False,
        )
        yield "digest --owner", lambda: digest.build_digests(db, as_of=today, owners=(post,)), False
    try:
        from clerk_cli.services import actionlog
    except ImportError:
        actionlog = None
    if actionlog is not None and hasattr(actionlog, "build_action_log"):
        yield (
            "action log --committee",
            lambda: actionlog.build_action_log(db, committee=code),
            False,
        )


def _service(module: str, name: str):
    try:
        mod = __import__(f"clerk_cli.services.{module}", fromlist=[name])
    except ImportError:
        return None
    return getattr(mod, name, None)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else default_db()
    from clerk_cli.db import open_database
    from clerk_cli.paths import sqlite_url

    db = open_database(sqlite_url(path), path, create=False)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    today = date.today()
    sample = {
        "code": con.execute("SELECT code FROM committee ORDER BY id LIMIT 1").fetchone()[0],
        "post": con.execute("SELECT name FROM owner ORDER BY id LIMIT 1").fetchone()[0],
        "ref": con.execute(
            "SELECT ref FROM action WHERE status = 'open' ORDER BY id DESC LIMIT 1"
        ).fetchone()[0],
    }
    m = con.execute(
        "SELECT c.code, m.date FROM meeting m JOIN committee c ON c.id = m.committee_id "
        "WHERE m.id = (SELECT max(meeting_id) FROM action)"
    ).fetchone()
    sample["meeting"] = f"{m[0]}/{m[1]}"
    captured: list[tuple[str, tuple]] = []

    def is_select(sql: str) -> bool:
        return sql.lstrip().upper().startswith(("SELECT", "WITH"))

    # The plain-SQL path: the DB-API connection clerk keeps (sqlite3 passes the
    # statement with its values in place).
    conn = db.connection() if hasattr(db, "connection") else None
    if isinstance(conn, sqlite3.Connection):
        conn.set_trace_callback(lambda sql: captured.append((sql, ())) if is_select(sql) else None)
    # The ORM path, for the use cases still on SQLAlchemy (every engine, made or not).
    try:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        @event.listens_for(Engine, "before_cursor_execute")
        def capture(conn, cursor, statement, parameters, context, executemany):
            if is_select(statement):
                captured.append((statement, parameters))
    except ImportError:
        pass

    stats = con.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).fetchone()[0]
    n = con.execute("SELECT count(*) FROM action").fetchone()[0]
    print(
        f"# Query plans on {path.name}: {n:,} actions; sqlite_stat1 {'present' if stats else 'absent (as clerk leaves it)'}"
    )
    failures, warnings = [], []
    examined = 0
    for label, call, full_listing in cases(db, sample, today):
        captured.clear()
        try:
            call()
        except Exception as exc:  # a service that is still being built must not hide the others
            print(f"\n## {label}: could not run ({type(exc).__name__}: {exc})")
            continue
        seen = set()
        print(f"\n## {label}")
        for sql, params in captured:
            key = (sql, repr(params))
            if "sqlite_master" in sql or "alembic_version" in sql or key in seen:
                continue
            seen.add(key)
            plan = [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql, params)]
            if not any("action" in p for p in plan):
                continue  # committee/owner look-ups
            t0 = time.perf_counter()
            n_rows = len(con.execute(sql, params).fetchall())
            ms = (time.perf_counter() - t0) * 1000
            examined += 1
            print("  " + " ".join(sql.split())[:160] + (" ..." if len(sql) > 160 else ""))
            print(f"    -> {n_rows} rows in {ms:.1f} ms")
            for p in plan:
                print(f"    {p}")
            whole = scans(sql, plan)
            if "action" in whole and not full_listing:
                failures.append(label)
                print("    ^ reads the whole action table")
            if whole & set(WATCHED):
                warnings.append(f"{label} ({', '.join(sorted(whole & set(WATCHED)))})")
    db.dispose()
    print()
    if warnings:
        print("Full scans of a table other than action in: " + "; ".join(sorted(set(warnings))))
    if not examined:
        print("FAIL: no query was captured (has clerk's database layer moved?)")
        return 2
    if failures:
        print("FAIL: full SCAN of action in: " + "; ".join(sorted(set(failures))))
        return 1
    print("OK: no query scans the whole action table (other than list --all).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
