"""Start-up guard: help and shell completion must not import the heavy libraries.

A clerk pressing TAB runs ``clerk`` once per key press; importing SQLAlchemy or
SQLModel alone takes several times longer than the whole of ``clerk --help``.  Each
case runs in a fresh interpreter (imports are per process) and lists which of the
heavy modules ended up in sys.modules.  Speed itself is measured by
benchmarks/run.py, not asserted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "rich", "jinja2", "docx", "icalendar")

PROBE = """
import json, sys
HEAVY_NAMES = json.loads(sys.argv[2])
sys.argv = ["clerk", *json.loads(sys.argv[1])]
from clerk_cli.cli import main
code = 0
try:
    main(prog_name="clerk")
except SystemExit as exc:
    code = exc.code or 0
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY_NAMES))
sys.stdout.write("\\nEXIT=" + json.dumps(code) + "\\nLOADED=" + json.dumps(heavy) + "\\n")
"""


def loaded_modules(
    args: list[str], env: dict | None = None, tmp_path=None, *, exit_code: int | None = 0
) -> list[str]:
    full_env = {**os.environ, **(env or {})}
    if tmp_path is not None:
        full_env["CLERK_DB"] = str(tmp_path / "clerk.db")
    marks = probe(PROBE, [json.dumps(args), json.dumps(HEAVY)], full_env)
    if exit_code is not None:
        assert marks["EXIT"] == exit_code, (args, marks)
    return marks["LOADED"]


def run_clerk(args: list[str], env: dict) -> None:
    """Run one clerk command in a fresh interpreter; it must succeed."""
    subprocess.run(
        [sys.executable, "-m", "clerk_cli", *args],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )


def probe(script: str, argv: list[str], env: dict) -> dict:
    """Run script in a fresh interpreter; the JSON of each NAME=... line it prints, by NAME."""
    result = subprocess.run(
        [sys.executable, "-c", script, *argv], env=env, capture_output=True, text=True, timeout=60
    )
    marks = {}
    for line in result.stdout.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.isalpha() and name.isupper():
            marks[name] = json.loads(value)
    assert marks, (result.stdout, result.stderr)
    return marks


@pytest.mark.parametrize(
    "args",
    [["--help"], ["report", "--help"], ["add-action", "--help"], ["--version"]],
    ids=" ".join,
)
def test_help_imports_nothing_heavy(args, tmp_path):
    assert loaded_modules(args, tmp_path=tmp_path) == []


@pytest.mark.parametrize(
    "words,cword", [("clerk re", "1"), ("clerk ", "1"), ("clerk report --", "2")]
)
def test_completion_imports_nothing_heavy(words, cword, tmp_path):
    env = {"_CLERK_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": cword}
    assert loaded_modules([], env=env, tmp_path=tmp_path) == []


def test_probe_sees_heavy_imports(tmp_path):
    """The probe itself works: creating a database (migrations) loads SQLAlchemy."""
    assert "sqlalchemy" in loaded_modules(["report", "--overdue"], tmp_path=tmp_path)


# Every command, on a database at the current schema (a SQLite file, or PostgreSQL),
# runs on the DB-API (clerk_cli.store): SQLAlchemy, SQLModel, pydantic and Alembic never
# load, and the libraries for one output only with that output (Jinja2 for HTML and
# email, python-docx for Word, icalendar for calendars; Rich only for a terminal table,
# which these piped runs never ask for).  Each is run for real and must succeed.
NEVER = {"sqlalchemy", "sqlmodel", "pydantic", "alembic", "rich"}
EVERY = [
    (["report", "--overdue"], set()),
    (["report", "--due-within", "14", "--committee", "AC", "--format", "csv"], set()),
    (["report", "--overdue", "--as-of", "2020-02-15", "--format", "json"], set()),
    (["list", "--owner", "Chief Internal Auditor", "--search", "audit"], set()),
    (["add-action", "Probe the start-up", "--committee", "AC", "--due", "next meeting"], set()),
    (["note", "AC-1", "Chased by email"], set()),
    (["start", "AC-1"], set()),
    (["done", "AC-1", "--note", "Finished"], set()),
    (["show", "AC-1"], set()),
    (["history", "AC-1"], set()),
    (["edit", "AC-1", "--due", "31/03/2030"], set()),
    (["status"], set()),
    (["status", "--as-of", "2020-02-15"], set()),
    (["meeting", "list"], set()),
    (["meeting", "show", "AC/2030-01-10"], set()),
    (["owner", "list"], set()),
    (["committee", "list"], set()),
    (["action-log", "AC", "--format", "markdown"], set()),
    (["action-log", "AC", "--format", "html"], {"jinja2"}),
    (["digest"], {"jinja2"}),
    (["export", "--format", "json"], set()),
    (["export", "--format", "ics"], {"icalendar"}),
    (["undo", "--list"], set()),
]


@pytest.mark.parametrize("args,allowed", EVERY, ids=[" ".join(a) for a, _ in EVERY])
def test_no_command_imports_the_orm(args, allowed, tmp_path, db):
    from clerk_cli.services import actions, committees, meetings, owners

    committees.add_committee(db, name="Audit Committee", code="AC", clerk=None)
    meetings.add_meeting(db, committee="AC", when="2030-01-10")
    owners.add_owner(db, name="Chief Internal Auditor")
    actions.add_action(
        db,
        text="Follow up the audit",
        owner="Chief Internal Auditor",
        committee="AC",
        due="2020-01-31",
    )
    db.dispose()
    env = {"CLERK_DB": db.url if not db.is_sqlite else str(db.path)}
    loaded = set(loaded_modules(args, env=env))
    assert not loaded & NEVER, loaded
    assert loaded <= allowed, loaded


@pytest.mark.parametrize(
    "words,cword",
    [("clerk done ", "2"), ("clerk report --committee ", "3"), ("clerk report --owner ", "3")],
)
def test_completion_from_the_database_imports_nothing_heavy(words, cword, tmp_path, db):
    """Completing references, codes and owners reads the database without SQLAlchemy."""
    env = {"_CLERK_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": cword}
    assert loaded_modules([], env=env, tmp_path=tmp_path) == []


GC_PROBE = """
import gc, sys
sys.argv = ["clerk", *sys.argv[1:]]
import clerk_cli
try:
    clerk_cli.run()
except SystemExit as exc:
    code = exc.code or 0
print("GC", gc.isenabled(), gc.get_freeze_count() > 0, code)
"""


def test_the_console_script_pauses_the_collector_only_for_start_up(tmp_path):
    """clerk_cli.run (the console script) turns the collector off for the imports, and
    on again, with what start-up built frozen, before the command runs."""
    result = subprocess.run(
        [sys.executable, "-c", GC_PROBE, "report", "--overdue"],
        env={**os.environ, "CLERK_DB": str(tmp_path / "clerk.db")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.splitlines()[-1] == "GC True True 0", (result.stdout, result.stderr)


CONNECTIONS = """
import json, sqlite3, sys
opened = []
_connect = sqlite3.connect
def counting_connect(*args, **kwargs):
    opened.append(str(args[0]))
    return _connect(*args, **kwargs)
sqlite3.connect = counting_connect
sys.argv = ["clerk", *json.loads(sys.argv[1])]
from clerk_cli.cli import main
try:
    main(prog_name="clerk")
except SystemExit:
    pass
sys.stdout.write("\\nOPENED=" + json.dumps(opened) + "\\n")
"""


def test_an_everyday_command_opens_one_sqlite_connection(tmp_path):
    """The schema check and the command's work share one connection.

    Each extra SQLite connection opened and closed in a run sets up the WAL again and,
    as the last one closes, checkpoints it: ``clerk done`` used to open three (two to
    read the schema revision, one for the work)."""
    env = {**os.environ, "CLERK_DB": str(tmp_path / "clerk.db")}
    setup = [
        ["committee", "add", "Children's Services Committee", "--code", "CSC"],
        [
            "add-action",
            "Report on foster carer recruitment",
            "--committee",
            "CSC",
            "--due",
            "2027-01-31",
        ],
    ]
    for args in setup:
        run_clerk(args, env)
    for args in (["done", "CSC-1"], ["report", "--all"], ["show", "CSC-1"]):
        opened = probe(CONNECTIONS, [json.dumps(args)], env)["OPENED"]
        assert len(opened) == 1, (args, opened)


def test_everyday_commands_do_not_import_pathlib(tmp_path):
    """Where the database and config files are is worked out with os.path: pathlib (and
    the urllib.parse and ipaddress it brings) cost about 3 ms of a 40 ms ``clerk done``,
    measured against ``task N done`` in benchmarks/run.py.

    Run without site (-S), with the source and site-packages on the path: an editable
    install's import hook, loaded by site, imports pathlib before clerk does."""
    import sysconfig
    from pathlib import Path

    env = {**os.environ, "CLERK_DB": str(tmp_path / "clerk.db")}
    for args in (
        ["committee", "add", "Children's Services Committee", "--code", "CSC"],
        ["add-action", "Report on foster carer recruitment", "--committee", "CSC"],
        ["add-action", "Review the placement sufficiency plan", "--committee", "CSC"],
    ):
        run_clerk(args, env)
    source = str(Path(__file__).resolve().parents[1])
    bare = {**env, "PYTHONPATH": os.pathsep.join([source, sysconfig.get_paths()["purelib"]])}
    for args in (
        ["add-action", "Chase the sufficiency report", "--committee", "CSC"],
        ["done", "CSC-1"],
        ["report", "--overdue"],
        ["show", "CSC-2"],
        ["status"],
    ):
        result = subprocess.run(
            [sys.executable, "-S", "-c", PROBE, json.dumps(args), json.dumps(["pathlib"])],
            env=bare,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "EXIT=0" in result.stdout, (args, result.stdout, result.stderr)
        assert 'LOADED=["pathlib"]' not in result.stdout, args
