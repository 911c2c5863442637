"""Completion driven through the real bash script (findings bug 4): the script Click
generates is sourced in bash, COMP_WORDS and COMP_CWORD are set as bash sets them, and
_clerk_completion runs `clerk` to fill COMPREPLY."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BASH = shutil.which("bash")
BIN = Path(sys.executable).parent
pytestmark = [
    pytest.mark.skipif(BASH is None, reason="needs bash"),
    pytest.mark.skipif(not (BIN / "clerk").exists(), reason="needs the clerk script installed"),
]

POST = "Director of Children's Services"


@pytest.fixture
def complete(seeded, db_url, tmp_path):
    """complete("report", "--owner", "Dir") -> COMPREPLY, each as bash would insert it."""
    if "://" in db_url:
        pytest.skip("completion reads SQLite files only")
    seeded("owner", "add", POST)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    script = subprocess.run(
        ["clerk"],
        env={**env, "_CLERK_COMPLETE": "bash_source"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    source = tmp_path / "clerk-complete.bash"
    source.write_text(script)

    def run(*words: str) -> list[str]:
        # compopt only works while bash is completing at a prompt: record what it asks for.
        line = " ".join(_bash_word(w) for w in ("clerk", "--db", db_url, *words))
        program = (
            f"source {source}\n"
            'compopt() { local IFS=" "; echo "compopt $*" >&2; }\n'
            f"COMP_WORDS=({line})\n"
            f"COMP_CWORD={len(words) + 2}\n"
            "_clerk_completion clerk\n"
            'printf "%s\\n" "${COMPREPLY[@]}"\n'
        )
        done = subprocess.run(
            [BASH, "--norc", "-c", program], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        run.compopt = [x for x in done.stderr.splitlines() if x.startswith("compopt")]
        return [line for line in done.stdout.splitlines() if line]

    return run


def _bash_word(word: str) -> str:
    """A word for the COMP_WORDS=(...) array, kept exactly as typed (an opened quote too)."""
    return "'" + word.replace("'", "'\\''") + "'"


def _as_typed(reply: str) -> list[str]:
    """What bash makes of the inserted reply: the words a command would receive."""
    done = subprocess.run(
        [BASH, "--norc", "-c", f'for w in {reply}; do printf "%s\\n" "$w"; done'],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def test_a_value_with_spaces_is_inserted_as_one_word(complete):
    replies = complete("report", "--owner", "Director\\ of\\ Children\\'s")  # as typed
    assert len(replies) == 1
    assert _as_typed(replies[0]) == [POST]
    replies = complete("report", "--owner", "Dir")
    assert sorted(w for r in replies for w in _as_typed(r)) == sorted(
        [POST, "Director of Children, Young People and Learning"]
    )


def test_inside_an_opened_quote_the_value_is_left_as_it_is(complete):
    replies = complete("report", "--owner", "\"Director of Children's")
    assert replies == [POST]
    replies = complete("report", "--owner", "'Director of Children, Y")
    assert replies == ["Director of Children, Young People and Learning"]


def test_committee_arguments_and_meeting_refs_complete(complete, seeded):
    assert complete("meeting", "add", "C") == ["CSSC"]
    assert complete("meeting", "show", "CS") == ["CSSC/2022-06-14", "CSSC/2022-09-20"]
    assert complete("meeting", "show", "cssc/2022-09") == ["CSSC/2022-09-20"]
    assert complete("committee", "archive", "") == ["CSSC"]


def test_archived_committees_and_retired_posts_are_not_offered(complete, seeded):
    assert seeded("done", "CSSC-1").exit_code == 0  # (archiving needs no open actions)
    assert seeded("committee", "archive", "CSSC").exit_code == 0
    assert complete("meeting", "show", "CS") == []
    assert complete("meeting", "add", "C") == []
    assert seeded("owner", "retire", POST).exit_code == 0
    assert [w for r in complete("report", "--owner", "Dir") for w in _as_typed(r)] == [
        "Director of Children, Young People and Learning"
    ]


def test_help_topics_complete(complete):
    replies = complete("help", "d")
    assert replies[0] == "dates" and "digest" in replies  # topics first, then commands


PROBE = """
import sys
from clerk_cli.cli import main
try:
    main(prog_name="clerk")
except SystemExit:
    pass
heavy = {"sqlalchemy", "sqlmodel", "pydantic", "alembic", "rich"}
print("LOADED=" + ",".join(sorted({m.split(".")[0] for m in sys.modules} & heavy)))
"""


@pytest.mark.parametrize(
    "words, cword",
    [("clerk meeting show CS", "3"), ("clerk meeting add ", "3"), ("clerk owner retire ", "3")],
)
def test_new_completions_import_nothing_heavy(seeded, db_url, words, cword):
    """As tests/test_startup.py checks for the others: TAB must never wait for SQLAlchemy."""
    if "://" in db_url:
        pytest.skip("completion reads SQLite files only")
    env = {
        **os.environ,
        "CLERK_DB": db_url,
        "_CLERK_COMPLETE": "bash_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": cword,
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert "plain," in done.stdout, done.stdout + done.stderr  # it did offer something
    assert "LOADED=\n" in done.stdout, done.stdout


def test_a_file_option_completes_file_names(complete):
    """Click's bash script has bash complete file names itself (compopt -o default)."""
    assert complete("help", "--man", "-o", "cl") == []
    assert complete.compopt == ["compopt -o default"]


@pytest.mark.parametrize(
    "words",
    [
        ("import-minutes", "00"),
        ("import-json", "ba"),
        ("export", "-o", "ex"),
        ("--db", "cl"),
        ("action-log", "CSSC", "-o", "lo"),
    ],
)
def test_file_arguments_complete_file_names(complete, words):
    """Findings bug 4: nothing completed for FILE arguments, -o and --db."""
    complete(*words)
    assert complete.compopt == ["compopt -o default"]
