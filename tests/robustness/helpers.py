"""Helpers for the robustness tests: subprocesses, row counts, backend checks.

(Fixtures are in conftest.py; plain functions here, imported as ``from .helpers import``.)

These tests drive clerk the way clerks do: separate processes (``python -m
clerk_cli`` or the services in a worker script) on one real database, SQLite or
PostgreSQL as chosen by CLERK_TEST_BACKEND (see tests/conftest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKER = HERE / "worker.py"
TABLES = (
    "committee",
    "meeting",
    "resolution",
    "owner",
    "owner_holder",
    "action",
    "note",
    "audit",
    "minutes_import",
    "digest_sent",
)


def is_postgres(db_url: str) -> bool:
    return "://" in db_url and db_url.startswith("postgresql")


def subprocess_env(db_url: str, **extra: str) -> dict[str, str]:
    """The environment of a clerk subprocess: the test's home, its database, no colour."""
    env = dict(os.environ)
    for var in ("CLERK_DB", "CLERK_DATABASE_URL", "CLERK_DEBUG"):
        env.pop(var, None)
    if is_postgres(db_url):
        env["CLERK_DATABASE_URL"] = db_url
    else:
        env["CLERK_DB"] = db_url
    env.update(extra)
    return env


def run_clerk(db_url: str, *args: str, timeout: float = 60, **env) -> subprocess.CompletedProcess:
    """Run ``python -m clerk_cli ARGS`` in a fresh process against db_url."""
    return subprocess.run(
        [sys.executable, "-m", "clerk_cli", *args],
        env=subprocess_env(db_url, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def row_counts(db_url: str) -> dict[str, int]:
    """How many rows each clerk table holds (a fresh engine, so nothing is cached)."""
    from sqlalchemy import create_engine, inspect, text

    from clerk_cli.paths import database_url

    url, _ = database_url(db_url)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            present = set(inspect(conn).get_table_names())
            return {
                t: conn.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one()
                for t in TABLES
                if t in present
            }
    finally:
        engine.dispose()


def assert_one_line_error(stderr: str) -> None:
    """A failure is at most one error line on stderr, and never a traceback.

    (Click's usage errors add their "Usage: ..." and "Try ..." lines: fine.)
    """
    assert "Traceback" not in stderr, stderr
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith(("Usage: ", "Try '"))]
    assert len(lines) <= 1, stderr
    assert "\x1b" not in stderr, stderr


def reset_database(db_url: str) -> None:
    """Empty the test database: delete a SQLite file, or recreate PostgreSQL's public schema."""
    if not is_postgres(db_url):
        for suffix in ("", "-wal", "-shm"):
            Path(db_url + suffix).unlink(missing_ok=True)
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def sqlite_integrity(db_url: str) -> None:
    """Assert SQLite's own integrity and foreign-key checks pass (no-op on PostgreSQL)."""
    if is_postgres(db_url):
        return
    import sqlite3

    con = sqlite3.connect(db_url)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def orm_read(db, fn):
    """fn(session) on a SQLModel session of db: tests may read the tables through the
    schema's classes (clerk itself never does)."""
    from sqlmodel import Session

    with Session(db.engine) as session:
        return fn(session)
