"""clerk db backup writes a complete copy or nothing (attack report F7)."""

from __future__ import annotations

import os
import sqlite3

import pytest

pytestmark = pytest.mark.skipif(
    os.environ.get("CLERK_TEST_BACKEND", "sqlite") != "sqlite", reason="backups are of SQLite files"
)


def test_a_backup_leaves_only_the_backup(seeded, tmp_path):
    target = tmp_path / "out" / "bk.db"
    target.parent.mkdir()
    result = seeded("db", "backup", str(target))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in target.parent.iterdir()) == ["bk.db"]
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM action").fetchone() == (1,)
    assert oct(target.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("name", ["clerk.db-wal", "x.db-shm", "x.db-journal"])
def test_a_side_file_name_is_refused(seeded, tmp_path, name):
    result = seeded("db", "backup", str(tmp_path / name))
    assert result.exit_code == 1
    assert "side files" in result.output
    assert not (tmp_path / name).exists()


def test_a_planted_link_is_not_followed(seeded, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "bk.db"
    link.symlink_to(victim)
    result = seeded("db", "backup", str(link))
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert victim.read_text() == "keep me"


def test_a_killed_backup_leaves_nothing_that_looks_like_a_backup(tmp_path):
    """kill -9 in the middle of the copy: the target name never appears."""
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "big.db"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE blob (b BLOB)")
        conn.executemany(
            "INSERT INTO blob VALUES (?)", ((os.urandom(1 << 20),) for _ in range(150))
        )
    out = tmp_path / "out"
    out.mkdir()
    code = (
        "from pathlib import Path; from clerk_cli.db import Database; "
        f"p = Path({str(source)!r}); Database('sqlite:///' + str(p), p).backup(Path({str(out / 'bk.db')!r}))"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 30
    while not any(out.iterdir()) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (out / "bk.db").exists() or (out / "bk.db").stat().st_size > 100 << 20
    assert not (out / "bk.db-journal").exists()
