"""Several clerks at once: no lost write, no duplicate reference, no "database is locked"."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter

import pytest

from .helpers import WORKER, orm_read, run_clerk, subprocess_env

WORKERS = 4
ACTIONS_EACH = 100
HOT = 5  # CODE-1..CODE-5: actions every worker keeps changing


def _start(db_url: str, args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args],
        env=subprocess_env(db_url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )


def _finish(procs: list[subprocess.Popen], timeout: float) -> list[tuple[int, str, str]]:
    deadline = time.monotonic() + timeout
    results = []
    for p in procs:
        try:
            out, err = p.communicate(timeout=max(1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            for q in procs:
                q.kill()
            pytest.fail(f"workers did not finish within {timeout}s")
        results.append((p.returncode, out, err))
    return results


@pytest.mark.slow
def test_four_clerks_adding_and_updating_at_once(db_url, db):
    from sqlmodel import select

    from clerk_cli.schema import Action, Audit, Note
    from clerk_cli.services.actions import add_action
    from clerk_cli.services.committees import add_committee

    add_committee(db, name="Shared Committee", code="SC", clerk=None)
    for i in range(HOT):
        add_action(db, text=f"hot {i}", owner=None, committee="SC", due="2029-12-31")

    procs = [
        _start(db_url, [str(WORKER), db_url, str(w), str(ACTIONS_EACH), "SC"])
        for w in range(WORKERS)
    ]
    results = _finish(procs, timeout=240)
    for code, _out, err in results:
        assert code == 0, err
        assert "locked" not in err.lower()
    done = [json.loads(out) for _, out, _ in results]

    def check(s):
        actions = s.exec(select(Action)).all()
        refs = [a.ref for a in actions]
        assert len(actions) == HOT + WORKERS * ACTIONS_EACH
        assert len(set(refs)) == len(refs)
        assert sorted(a.number for a in actions) == list(range(1, len(actions) + 1))
        added = [ref for d in done for ref in d["added"]]
        assert sorted(added) == sorted(set(refs) - {f"SC-{i}" for i in range(1, HOT + 1)})

        by_ref = {a.ref: a for a in actions}
        note_texts = {
            (by_ref_id, text) for by_ref_id, text in s.exec(select(Note.action_id, Note.text)).all()
        }
        for d in done:
            for ref, text in d["notes"]:
                assert (by_ref[ref].id, text) in note_texts, (ref, text)

        # Every due-date edit of a hot action moved a set date: one slip each, none lost.
        edits = Counter(ref for d in done for ref in d["due_edits"])
        for ref, n in edits.items():
            assert by_ref[ref].slip_count == n, (ref, by_ref[ref].slip_count, n)
            audited = s.exec(
                select(Audit).where(Audit.label == ref, Audit.field == "due_date")
            ).all()
            assert len(audited) == n

    orm_read(db, check)


def test_first_use_by_several_clerks_at_once(db_url):
    """Four processes opening a brand-new database together: one sets it up, none fails."""
    procs = [_start(db_url, ["-m", "clerk_cli", "committee", "list"]) for _ in range(WORKERS)]
    for code, _out, err in _finish(procs, timeout=120):
        assert code == 0, err
    result = run_clerk(db_url, "db", "current")
    assert "up to date" in result.stdout
