"""Each database problem is one clear line and exit code 1: never a traceback."""

from __future__ import annotations

import os
import sqlite3

import pytest
from click.testing import CliRunner

from .helpers import assert_one_line_error, is_postgres, row_counts


def clerk(*args: str, env: dict | None = None):
    from clerk_cli.cli import main

    return CliRunner().invoke(main, list(args), env=env)


def assert_db_error(result, *words: str) -> None:
    assert result.exit_code == 1, (result.exit_code, result.output)
    assert result.stdout == ""
    assert_one_line_error(result.stderr)
    assert result.stderr.startswith("Error: ")
    for word in words:
        assert word in result.stderr, result.stderr


def make_db(path) -> None:
    result = clerk("--db", str(path), "committee", "add", "Audit Committee", "--code", "AC")
    assert result.exit_code == 0, result.output


def test_path_in_a_missing_directory(tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "clerk.db"
    result = clerk("--db", str(target), "list")
    assert_db_error(result, "does not exist", str(target.parent))
    assert not (tmp_path / "no").exists()


def test_default_data_directory_is_created(clerk_home):
    """Only clerk's own data directory is made on demand (mode 0700)."""
    home = clerk_home / "fresh"
    result = clerk("committee", "list", env={"CLERK_HOME": str(home)})
    assert result.exit_code == 0, result.output
    assert (home / "clerk.db").is_file()
    assert (home.stat().st_mode & 0o777) == 0o700


def test_a_directory(tmp_path):
    assert_db_error(clerk("--db", str(tmp_path), "list"), "is a directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file whatever its mode")
def test_unreadable_file(tmp_path):
    path = tmp_path / "clerk.db"
    make_db(path)
    path.chmod(0)
    try:
        assert_db_error(clerk("--db", str(path), "list"), "permission denied")
    finally:
        path.chmod(0o600)


def test_not_an_sqlite_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Minutes of the meeting held on 14 June 2022\n" * 20)
    before = path.read_bytes()
    assert_db_error(clerk("--db", str(path), "list"), "not a clerk database")
    assert path.read_bytes() == before


def test_sqlite_file_of_another_application(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    assert_db_error(clerk("--db", str(path), "list"), "not a clerk database")


@pytest.mark.parametrize("damage", ["schema page", "data pages"])
def test_corrupt_sqlite_file(tmp_path, damage):
    path = tmp_path / "clerk.db"
    make_db(path)
    for i in range(30):
        text = f"{i} " + "x" * 500
        assert clerk("--db", str(path), "add-action", text, "--committee", "AC").exit_code == 0
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    data = bytearray(path.read_bytes())
    assert data[:16] == b"SQLite format 3\x00"
    start = 100 if damage == "schema page" else 4096 * 2
    garbage = bytes((i * 151 + 7) % 256 for i in range(len(data) - start))
    data[start:] = garbage
    path.write_bytes(bytes(data))
    result = clerk("--db", str(path), "list", "--all-statuses")
    assert_db_error(result, "damaged")
    assert "backup" in result.stderr


def test_database_from_a_newer_clerk_is_refused(db_url, cli):
    from sqlalchemy import create_engine, text

    from clerk_cli.paths import database_url

    assert cli("committee", "add", "Audit Committee", "--code", "AC").exit_code == 0
    url, _ = database_url(db_url)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    before = row_counts(db_url)
    for args in (("list",), ("committee", "add", "Other", "--code", "OC"), ("db", "upgrade")):
        result = CliRunner().invoke(__import__("clerk_cli.cli").cli.main, ["--db", db_url, *args])
        assert_db_error(result, "newer clerk", "9999")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()
    assert row_counts(db_url) == before
    current = clerk("--db", db_url, "db", "current")
    assert current.exit_code == 0 and "newer than this clerk" in current.stdout


def test_locked_database(tmp_path, monkeypatch):
    """Another connection holds the write lock longer than the busy timeout."""
    path = tmp_path / "clerk.db"
    make_db(path)
    monkeypatch.setenv("CLERK_BUSY_TIMEOUT_MS", "200")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = clerk("--db", str(path), "add-action", "Report back", "--committee", "AC")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_db_error(result, "locked by another clerk")
    assert row_counts(str(path))["action"] == 0
    # Once the lock is gone the same command works.
    assert clerk("--db", str(path), "add-action", "Report back", "--committee", "AC").exit_code == 0


def test_busy_timeout_is_configurable(tmp_path, monkeypatch):
    from clerk_cli.db import BUSY_TIMEOUT_MS, busy_timeout_ms, make_engine

    assert busy_timeout_ms() == BUSY_TIMEOUT_MS
    monkeypatch.setenv("CLERK_BUSY_TIMEOUT_MS", "1234")
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_postgres_server_unreachable():
    url = "postgresql+psycopg://clerk:s3cret-pw@127.0.0.1:1/clerk"
    result = clerk("--db", url, "list", env={"PGCONNECT_TIMEOUT": "3"})
    assert_db_error(result, "Cannot connect")
    assert "s3cret-pw" not in result.output


def test_postgres_wrong_password(db_url):
    if not is_postgres(db_url):
        pytest.skip("needs the PostgreSQL server of CLERK_TEST_POSTGRES_URL")
    from sqlalchemy.engine import make_url

    url = make_url(db_url).set(password="wrong-Pa55word")
    result = clerk("--db", url.render_as_string(hide_password=False), "list")
    assert_db_error(result, "refused the login")
    assert "wrong-Pa55word" not in result.output


def test_write_waits_for_another_clerk_then_says_locked(db_url, db, monkeypatch):
    """Another clerk's write transaction outlasts the busy timeout (both backends)."""
    from clerk_cli.services.committees import add_committee

    add_committee(db, name="Audit Committee", code="AC", clerk=None)
    monkeypatch.setenv("CLERK_BUSY_TIMEOUT_MS", "300")
    with db.transaction(write=True):  # holds the write lock until the block ends
        result = clerk("--db", db_url, "add-action", "Report back", "--committee", "AC")
    assert_db_error(result, "locked by another clerk")
    assert row_counts(db_url)["action"] == 0
    assert clerk("--db", db_url, "add-action", "Report back", "--committee", "AC").exit_code == 0
