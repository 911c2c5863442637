"""Shell completion offers committee codes, owners and open action references from the database."""

import os
import subprocess
import sys

import pytest


def _complete(db_path, words: str, cword: int) -> list[str]:
    env = {
        **os.environ,
        "_CLERK_COMPLETE": "bash_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(cword),
    }
    out = subprocess.run(
        [sys.executable, "-m", "clerk_cli"], env=env, capture_output=True, text=True, check=True
    )
    return [line.split(",", 1)[1] for line in out.stdout.splitlines() if "," in line]


def test_completes_refs_codes_and_owners(seeded, db_url):
    if "://" in db_url:
        pytest.skip("completion reads SQLite files only")
    seeded("add-action", "Closed one", "--owner", "Lucy Butler", "--committee", "CSSC")
    seeded("done", "CSSC-2")
    assert _complete(db_url, f"clerk --db {db_url} show cs", 4) == ["CSSC-1"]  # open actions only
    assert _complete(db_url, f"clerk --db {db_url} report --committee C", 5) == ["CSSC"]
    assert _complete(db_url, f"clerk --db {db_url} report --owner dir", 5) == [
        "Director of Children, Young People and Learning"
    ]


def test_completion_without_a_database_offers_nothing(tmp_path):
    missing = tmp_path / "none.db"
    assert _complete(missing, f"clerk --db {missing} show CS", 4) == []
    assert not missing.exists()
