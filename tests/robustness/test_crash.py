"""Killed at a random moment, clerk leaves the database consistent.

Writes are whole transactions: an action is there with its audit row, or not at
all; an import is all or nothing; a digest is recorded only once it was sent.
Each test kills a bounded number of processes at random points (seeded, so a
failure can be replayed).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime

import pytest

from .helpers import (
    WORKER,
    orm_read,
    reset_database,
    row_counts,
    run_clerk,
    sqlite_integrity,
    subprocess_env,
)

KILLS = 5


def _popen(db_url: str, *args: str, **env) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args],
        env=subprocess_env(db_url, **env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_after(proc: subprocess.Popen, delay: float) -> bool:
    """SIGKILL proc after delay seconds; False if it had already finished."""
    try:
        proc.wait(timeout=delay)
        finished = True
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        finished = False
    proc.communicate(timeout=30)
    return finished


def _open(db_url: str):
    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url

    url, path = database_url(db_url)
    return open_database(url, path)


def _check_actions(db_url: str) -> int:
    """The invariants of actions after any crash; returns how many there are."""
    from sqlmodel import select

    from clerk_cli.schema import Action, Audit, Committee, Note

    sqlite_integrity(db_url)
    database = _open(db_url)

    def check(s) -> int:
        actions = s.exec(select(Action)).all()
        numbers = sorted(a.number for a in actions)
        assert numbers == list(range(1, len(actions) + 1))
        for c in s.exec(select(Committee)).all():
            assert c.next_action_number == 1 + sum(1 for a in actions if a.committee_id == c.id)
        audits = s.exec(select(Audit).where(Audit.entity == "action")).all()
        for a in actions:
            mine = [x for x in audits if x.entity_id == a.id]
            assert [x.field for x in mine].count("created") == 1, a.ref
            notes = s.exec(select(Note).where(Note.action_id == a.id)).all()
            assert len(notes) == [x.field for x in mine].count("note")
            slips = [x for x in mine if x.field == "due_date" and x.old is not None]
            assert a.slip_count == len(slips)
        assert len(actions) == sum(1 for x in audits if x.field == "created")
        return len(actions)

    try:
        return orm_read(database, check)
    finally:
        database.dispose()


@pytest.mark.slow
def test_killed_bulk_writer(db_url, db):
    from clerk_cli.services.committees import add_committee
    from clerk_cli.services.owners import add_owner

    add_committee(db, name="Audit Committee", code="AC", clerk=None)
    add_owner(db, name="Bulk Owner")
    rng = random.Random(6)
    total = 0
    for _ in range(KILLS):
        proc = _popen(db_url, str(WORKER), "--bulk", db_url, "AC")
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        assert not _kill_after(proc, rng.uniform(0.05, 0.8))
        count = _check_actions(db_url)
        assert count >= total
        total = count
    assert total > 0, "the writer never got an action in: kill later"
    # Nothing is left locked or half-open: the next clerk just works.
    result = run_clerk(db_url, "add-action", "After the crashes", "--committee", "AC")
    assert result.returncode == 0, result.stderr
    assert _check_actions(db_url) == total + 1


def test_killed_add_action_commands(db_url, db):
    from clerk_cli.services.committees import add_committee

    add_committee(db, name="Audit Committee", code="AC", clerk=None)
    rng = random.Random(7)
    before = 0
    for i in range(KILLS):
        proc = _popen(
            db_url,
            "-m",
            "clerk_cli",
            "add-action",
            f"Action {i}",
            "--committee",
            "AC",
            "--due",
            "+2w",
        )
        _kill_after(proc, rng.uniform(0.2, 1.2))
        after = _check_actions(db_url)
        assert after in (before, before + 1)
        before = after


BIG_MINUTES_HEAD = (
    "MINUTES of a meeting of the Highways and Transport Committee held on Tuesday 14 March 2023 "
    "at 10.00 am\n\n"
)
BIG_MINUTES_ITEM = """\
24/{i:03d}  Gritting route {i}

The Director of Highways and Transport agreed to provide ward members with a map of gritting route {i} by \
31 March 2023.

RESOLVED:
(1) That the report on route {i} be noted.

"""


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {t: n for t, n in counts.items() if n}


@pytest.mark.slow
def test_killed_import_minutes_is_all_or_nothing(db_url, db, tmp_path):
    minutes = tmp_path / "highways.txt"
    minutes.write_text(
        BIG_MINUTES_HEAD + "".join(BIG_MINUTES_ITEM.format(i=i) for i in range(1, 61))
    )
    args = ("-m", "clerk_cli", "import-minutes", str(minutes), "--yes", "--format", "plain")

    started = time.monotonic()
    full = _popen(db_url, *args)
    _out, err = full.communicate(timeout=120)
    assert full.returncode == 0, err
    duration = time.monotonic() - started
    whole = _nonzero(row_counts(db_url))
    assert whole["resolution"] == 60 and whole["minutes_import"] == 1

    rng = random.Random(8)
    outcomes = []
    for _ in range(KILLS):
        reset_database(db_url)
        _open(db_url).dispose()  # a migrated, empty database: the kill lands in the import
        proc = _popen(db_url, *args)
        finished = _kill_after(proc, rng.uniform(0.3, duration))
        counts = _nonzero(row_counts(db_url))
        assert counts in ({}, whole), counts
        outcomes.append("finished" if finished else ("whole" if counts else "nothing"))
        sqlite_integrity(db_url)
        if not counts:
            # The import that was killed can simply be run again.
            again = _popen(db_url, *args)
            again.communicate(timeout=120)
            assert again.returncode == 0
            assert _nonzero(row_counts(db_url)) == whole
    assert outcomes  # (which outcomes happened depends on timing; each was checked)


class _SlowRecordingSMTP:
    """An aiosmtpd handler that remembers every delivered recipient, slowly."""

    def __init__(self):
        self.recipients: list[str] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        await asyncio.sleep(0.15)
        with self.lock:
            self.recipients.extend(r.lower() for r in envelope.rcpt_tos)
        return "250 OK"


@pytest.fixture
def smtp_server():
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as probe:  # aiosmtpd wants a real port number: find a free one
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = _SlowRecordingSMTP()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, controller.port
    finally:
        controller.stop()


@pytest.mark.slow
def test_killed_digest_send_records_only_what_was_sent(db_url, db, smtp_server):
    import time_machine
    from sqlmodel import select

    from clerk_cli.schema import DigestSent
    from clerk_cli.services.actions import add_action
    from clerk_cli.services.committees import add_committee
    from clerk_cli.services.owners import add_owner

    handler, port = smtp_server
    owners = 8
    # Recorded on 1 September 2022, as the digest for 3 October sees them.
    with time_machine.travel(datetime(2022, 9, 1, 10, tzinfo=UTC), tick=False):
        add_committee(
            db, name="Audit Committee", code="AC", clerk="Dee Pike <dee.pike@example.gov.uk>"
        )
        for i in range(owners):
            add_owner(
                db, name=f"Head of Service {i}", holder=f"Holder {i} <holder{i}@example.gov.uk>"
            )
            add_action(
                db,
                text=f"Report on item {i}",
                owner=f"Head of Service {i}",
                committee="AC",
                due="2022-09-30",
                today=date(2022, 9, 1),
            )
    env = {
        "CLERK_SMTP_HOST": "127.0.0.1",
        "CLERK_SMTP_PORT": str(port),
        "CLERK_SMTP_SECURITY": "none",
        "CLERK_FROM": "Democratic Services <ds@example.gov.uk>",
    }
    args = ("-m", "clerk_cli", "digest", "--send", "--as-of", "2022-10-03")

    def recorded() -> list[str]:
        return orm_read(
            db, lambda s: [r.recipient.lower() for r in s.exec(select(DigestSent)).all()]
        )

    rng = random.Random(9)
    for _ in range(KILLS):
        proc = _popen(db_url, *args, **env)
        _kill_after(proc, rng.uniform(0.5, 2.5))
        rec = recorded()
        assert len(rec) == len(set(rec))
        assert set(rec) <= set(handler.recipients), "recorded a digest that was never delivered"
    finished = _popen(db_url, *args, **env)
    _out, err = finished.communicate(timeout=120)
    assert finished.returncode == 0, err
    everyone = {f"holder{i}@example.gov.uk" for i in range(owners)} | {"dee.pike@example.gov.uk"}
    assert set(recorded()) == everyone
    assert set(handler.recipients) == everyone
    # Killed runs may have sent a digest without recording it (so it goes again);
    # a recorded digest is never sent again the same week.
    sent_before = len(handler.recipients)
    again = _popen(db_url, *args, **env)
    again.communicate(timeout=120)
    assert again.returncode == 0
    assert len(handler.recipients) == sent_before
