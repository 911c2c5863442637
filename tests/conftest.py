"""Shared fixtures: every test gets its own home directory and its own real database.

Backend: SQLite files by default.  Set CLERK_TEST_BACKEND=postgres (and
CLERK_TEST_POSTGRES_URL, default postgresql+psycopg://postgres@localhost/clerk_test)
to run the same tests against PostgreSQL; each test then gets a fresh schema.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

BACKEND = os.environ.get("CLERK_TEST_BACKEND", "sqlite")
PG_BASE_URL = os.environ.get(
    "CLERK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@localhost/clerk_test"
)
# Each pytest-xdist worker has a schema of its own in the one test database, chosen
# through the search path in the URL, so workers never drop each other's tables.
# The run's id keeps two runs at once (two engineers, or CI and a developer) apart too.
PG_SCHEMA = "clerk_{}_{}".format(
    os.environ.get("PYTEST_XDIST_WORKER", "main"),
    (os.environ.get("PYTEST_XDIST_TESTRUNUID") or str(os.getpid()))[:12],
)
PG_URL = PG_BASE_URL + ("&" if "?" in PG_BASE_URL else "?") + f"options=-csearch_path%3D{PG_SCHEMA}"
REPO = Path(__file__).resolve().parent.parent
SEED_MINUTES = REPO.parent / "shared" / "seed-minutes"


@pytest.fixture(autouse=True)
def clerk_home(tmp_path, monkeypatch):
    """Point clerk's home, config and user at the test's own directory."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CLERK_HOME", str(home))
    monkeypatch.setenv("CLERK_USER", "test-clerk")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "160")
    for var in (
        "CLERK_DB",
        "CLERK_DATABASE_URL",
        "CLERK_CONFIG",
        "CLERK_SMTP_PASSWORD",
        "CLERK_DEBUG",
    ):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(scope="session", autouse=True)
def _drop_pg_schema_at_the_end():
    """This worker's PostgreSQL schema is dropped when its tests are done."""
    yield
    if BACKEND == "postgres":
        import psycopg

        from clerk_cli.db import pg_conninfo

        with psycopg.connect(pg_conninfo(PG_BASE_URL), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")


def _reset_pg_schema(url: str) -> None:
    import psycopg

    from clerk_cli.db import pg_conninfo

    with psycopg.connect(pg_conninfo(PG_BASE_URL), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")
        conn.execute(f"CREATE SCHEMA {PG_SCHEMA}")


@pytest.fixture
def db_url(tmp_path) -> str:
    """A URL (SQLite file path, or PostgreSQL) of an empty database for this test."""
    if BACKEND == "postgres":
        _reset_pg_schema(PG_URL)
        return PG_URL
    return str(tmp_path / "clerk.db")


@pytest.fixture
def db(db_url):
    """An opened, migrated Database."""
    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url

    url, path = database_url(db_url)
    database = open_database(url, path)
    yield database
    database.dispose()


@pytest.fixture
def db_factory(tmp_path):
    """Make a fresh, migrated Database each time it is called (for property tests, whose
    examples each need an empty database): a copy of a file migrated once, or the
    PostgreSQL schema's tables emptied (the schema itself migrated once)."""
    import shutil

    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url

    made = []
    template = tmp_path / "template.db"

    def make():
        if BACKEND == "postgres":
            if not made:
                _reset_pg_schema(PG_URL)
            database = open_database(*database_url(PG_URL))
            tables = [
                t
                for t in database.run_sql(
                    lambda q: [
                        r[0]
                        for r in q.rows(
                            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                        )
                    ]
                )
                if t != "alembic_version"
            ]
            database.run_sql(
                lambda q: q.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"),
                write=True,
            )
        else:
            if not template.exists():
                open_database(*database_url(str(template))).dispose()
            path = tmp_path / f"clerk-{len(made)}.db"
            shutil.copyfile(template, path)
            database = open_database(*database_url(str(path)))
        made.append(database)
        return database

    yield make
    for database in made:
        database.dispose()


@pytest.fixture
def cli(db_url):
    """Run clerk with --db pointing at this test's database: cli("report", "--overdue")."""
    from clerk_cli.cli import main

    runner = CliRunner()

    def run(*args: str, input: str | None = None, env: dict | None = None):
        return runner.invoke(
            main, ["--db", db_url, *args], input=input, env=env, catch_exceptions=False
        )

    run.url = db_url
    return run


@pytest.fixture
def seeded(cli):
    """A small committee with two meetings, an owner, a resolution and one action (CSSC-1)."""
    steps = [
        (
            "committee",
            "add",
            "Children's Services Scrutiny Committee",
            "--code",
            "CSSC",
            "--clerk",
            "Dee Pike <dee.pike@example.gov.uk>",
        ),
        (
            "meeting",
            "add",
            "CSSC",
            "14/06/2022",
            "--title",
            "Regulatory scrutiny of children's services",
        ),
        ("meeting", "add", "CSSC", "20/09/2022"),
        (
            "owner",
            "add",
            "Director of Children, Young People and Learning",
            "--holder",
            "Lucy Butler <lucy.butler@example.gov.uk>",
        ),
        (
            "add-resolution",
            "Requests that the full questions of the staff survey are shared with the Committee",
            "--meeting",
            "CSSC/2022-06-14",
            "--ref",
            "7.15(3)",
        ),
        (
            "add-action",
            "Share the make-up of the Improvement Board",
            "--owner",
            "Director of Children, Young People and Learning",
            "--due",
            "next meeting",
            "--meeting",
            "CSSC/2022-06-14",
            "--resolution",
            "7.15(3)",
        ),
    ]
    for step in steps:
        result = cli(*step)
        assert result.exit_code == 0, (step, result.output)
    return cli


AS_OF = date(2022, 10, 1)
