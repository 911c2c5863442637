"""Migrations: data survives every upgrade, the backup opens, head matches the models."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest
from click.testing import CliRunner

from .helpers import TABLES, is_postgres

FIRST = "0001"


def _open_at(db_url: str, revision: str):
    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url

    url, path = database_url(db_url)
    database = open_database(url, path, migrate=False)
    database.upgrade(revision)
    return database


def _value(table, column, k: int):
    """A plausible, distinct value for row k of a column, whatever its type."""
    from sqlalchemy import Boolean, Date, DateTime, Integer

    if column.primary_key:
        return k
    if column.foreign_keys:
        return k  # row k of the parent table, inserted first
    if column.name == "status":
        return {"meeting": "held", "action": "in_progress"}.get(table.name, "open")
    if isinstance(column.type, Boolean):
        return k == 1
    if isinstance(column.type, DateTime):
        return datetime(2022, 6, 14, 9, 30 + k, tzinfo=UTC)
    if isinstance(column.type, Date):
        return date(2022, 6, 14 + k)
    if isinstance(column.type, Integer):
        return 10 + k
    return f"{table.name}.{column.name} #{k}: Children\u2019s Services \u00e9 'quoted' %s"


def _snapshot(engine, tables) -> dict[str, list[tuple]]:
    from sqlalchemy import select

    with engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(*t.c).order_by(t.c.id))] for t in tables
        }


@pytest.mark.slow
def test_every_row_survives_the_upgrade_from_the_first_revision(db_url):
    from sqlalchemy import MetaData, insert

    from clerk_cli.cli import main
    from clerk_cli.db import HEAD_REVISION

    database = _open_at(db_url, FIRST)
    assert database.current_revision() == FIRST
    meta = MetaData()
    meta.reflect(database.engine)
    tables = [t for t in meta.sorted_tables if t.name != "alembic_version"]
    assert set(TABLES) - {"digest_sent"} <= {t.name for t in tables}  # digest_sent came in 0002
    with database.engine.begin() as conn:
        for t in tables:
            conn.execute(insert(t), [{c.name: _value(t, c, k) for c in t.c} for k in (1, 2)])
    before = _snapshot(database.engine, tables)
    assert all(len(rows) == 2 for rows in before.values())
    database.dispose()

    runner = CliRunner()
    if is_postgres(db_url):
        # PostgreSQL is never upgraded behind the administrator's back.
        refused = runner.invoke(main, ["--db", db_url, "list"])
        assert refused.exit_code == 1 and "clerk db upgrade" in refused.stderr
        upgraded = runner.invoke(main, ["--db", db_url, "db", "upgrade"])
        assert upgraded.exit_code == 0, upgraded.output
    # On SQLite any command upgrades (after a backup); on PostgreSQL it is now current.
    listed = runner.invoke(main, ["--db", db_url, "list", "--all-statuses", "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    assert "action.ref #1" in listed.stdout and "action.ref #2" in listed.stdout

    after_db = _open_at(db_url, "head")
    assert after_db.current_revision() == HEAD_REVISION
    assert _snapshot(after_db.engine, tables) == before
    after_db.dispose()


def test_automatic_backup_before_an_upgrade_opens_and_is_private(sqlite_only, tmp_path):
    from clerk_cli.cli import main

    database = _open_at(sqlite_only, FIRST)
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO committee (id, name, code, next_action_number, created_at) "
            "VALUES (1, 'Audit Committee', 'AC', 1, '2022-06-14 09:00:00')"
        )
    database.dispose()

    result = CliRunner().invoke(main, ["--db", sqlite_only, "committee", "list", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Audit Committee" in result.stdout
    backups = sorted(tmp_path.glob("clerk.db.backup-*"))
    assert len(backups) == 1
    assert backups[0].stat().st_mode & 0o777 == 0o600
    con = sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        assert con.execute("SELECT name FROM committee").fetchall() == [("Audit Committee",)]
    finally:
        con.close()
    # The backup is itself a clerk database that a clerk can open (and would upgrade).
    current = CliRunner().invoke(main, ["--db", str(backups[0]), "db", "current"])
    assert current.exit_code == 0 and f"schema {FIRST}" in current.stdout


def test_upgrade_to_head_matches_the_models(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import clerk_cli.schema  # noqa: F401  (registers the tables)

    database = _open_at(db_url, "head")
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        diff = compare_metadata(context, SQLModel.metadata)
    database.dispose()
    assert diff == []


def test_known_revisions_match_the_migration_scripts():
    """The fast start-up check (one SELECT, no Alembic) must know every revision, in order."""
    from alembic.script import ScriptDirectory

    from clerk_cli.db import HEAD_REVISION, KNOWN_REVISIONS, migrations_dir

    script = ScriptDirectory(str(migrations_dir()))
    chain = [s.revision for s in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD_REVISION


def test_upgrade_command_on_an_up_to_date_database_changes_nothing(cli, db_url):
    from .helpers import row_counts

    assert cli("committee", "add", "Audit Committee", "--code", "AC").exit_code == 0
    before = row_counts(db_url)
    result = cli("db", "upgrade")
    assert result.exit_code == 0 and "already at schema" in result.stdout
    assert row_counts(db_url) == before
