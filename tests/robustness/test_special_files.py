"""Paths that are not regular files (/dev/null, a pipe) are written into, never replaced."""

from __future__ import annotations

import json
import os
import stat
import threading

import pytest
from click.testing import CliRunner

from clerk_cli.cli import main


def _read_in_background(path, into: list) -> threading.Thread:
    def read():
        with open(path, encoding="utf-8") as fh:
            into.append(fh.read())

    t = threading.Thread(target=read, daemon=True)
    t.start()
    return t


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_export_into_a_pipe_writes_through_it(cli, tmp_path):
    cli("committee", "add", "Audit Committee", "--code", "AC")
    cli("add-action", "Check the pipe", "--committee", "AC")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = _read_in_background(fifo, got)
    result = cli("export", "--format", "json", "-o", str(fifo))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a pipe, not a file renamed over it
    assert [a["text"] for a in json.loads(got[0])["actions"]] == ["Check the pipe"]
    assert not list(tmp_path.glob(".pipe*"))  # no temporary file left beside it


def test_action_log_to_dev_null_leaves_the_device(cli):
    cli("committee", "add", "Audit Committee", "--code", "AC")
    result = cli("action-log", "AC", "--format", "markdown", "-o", os.devnull)
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_device_is_not_a_database(tmp_path):
    result = CliRunner().invoke(main, ["--db", os.devnull, "list"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: {os.devnull} is not a regular file, so it cannot hold a database. "
        "Give a file name, e.g. --db ~/clerk/clerk.db."
    )
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert not os.path.exists(os.devnull + "-wal")
