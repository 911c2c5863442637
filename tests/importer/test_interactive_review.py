"""The interactive import review in a real pseudo-terminal (pexpect): single keys per
action, nothing written until the whole set is confirmed, Ctrl-C writes nothing."""

from __future__ import annotations

import os
import sys

import pytest

from clerk_cli.schema import Action, MinutesImport

from .test_review_file import SCRUTINY, _actions

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


def _spawn(cli, *args):
    pexpect = pytest.importorskip("pexpect")
    clerk = os.path.join(os.path.dirname(sys.executable), "clerk")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", "TERM": "dumb"}
    child = pexpect.spawn(clerk, ["--db", cli.url, *args], env=env, timeout=60, encoding="utf-8")
    return pexpect, child


def test_keys_edit_owner_due_merge_and_skip_then_confirm(cli, minutes_file, rows):
    cli("owner", "add", "Director of Children's Services")
    cli("owner", "add", "Democratic Services Officer")
    path = minutes_file(SCRUTINY)
    pexpect, child = _spawn(cli, "import-minutes", str(path), "--format", "plain")
    child.expect("Item 1 of 4: Share details")
    child.expect("> ")
    child.send("d")  # a due date, in the due-date grammar
    child.expect(r"Due \(")
    child.sendline("next meeting")
    child.expect("Item 1 of 4")
    child.expect("> ")
    child.send("a")
    child.expect("Item 2 of 4: Invite John Coughlan")
    child.expect("> ")
    child.send("o")  # an owner, completed with Tab
    child.expect("Owner")
    child.send("Democ\t")
    child.sendline("")
    child.expect("Owner: Democratic Services Officer")
    child.expect("> ")
    child.send("e")
    child.expect("Text")
    child.send("\x15")  # clear the line (readline), then type the words
    child.sendline("Invite John Coughlan to the September meeting")
    child.expect("Item 2 of 4: Invite John Coughlan to the September meeting")
    child.expect("> ")
    child.send("\r")
    child.expect("Item 3 of 4")  # proposed skip: Enter keeps it
    child.expect("> ")
    child.send("\r")
    child.expect("Item 4 of 4")  # proposed merge into 2: Enter keeps it
    child.expect("> ")
    child.send("\r")
    child.expect(r"2 action\(s\); 1 merged into others; 1 skipped")
    child.expect(r"Record this from .*\? \[y/N\]")
    assert rows(Action) == []  # nothing written before the yes
    child.sendline("y")
    child.expect("imported into CSSC/2022-06-14")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    acts = _actions(cli)
    assert [(a["text"], a["owner"], a["resolution_ref"]) for a in acts] == [
        (
            "Share details of the make-up of the Improvement Board with the Committee.",
            "Director of Children's Services",
            None,
        ),
        (
            "Invite John Coughlan to the September meeting",
            "Democratic Services Officer",
            "7.15(2)",
        ),
    ]
    assert rows(Action)[0].due_text == "next meeting"


def test_ctrl_c_writes_nothing(cli, minutes_file, rows):
    pexpect, child = _spawn(cli, "import-minutes", str(minutes_file(SCRUTINY)))
    child.expect("Item 1 of 4")
    child.expect("> ")
    child.send("A")  # accept all the rest
    child.expect(r"Record this from .*\? \[y/N\]")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus != 0
    assert rows(Action) == [] and rows(MinutesImport) == []


def test_skip_back_accept_and_resolution_only(cli, minutes_file, rows, monkeypatch):
    """The same keys through Click's own input (no pseudo-terminal needed)."""
    monkeypatch.setattr("clerk_cli.cli.importer._stdin_is_tty", lambda: True)
    keys = "s" + "b" + "a" + "\r" + "a" + "r" + "y\n"
    result = cli("import-minutes", str(minutes_file(SCRUTINY)), "--format", "plain", input=keys)
    assert result.exit_code == 0, result.output
    assert "3 action(s); 1 resolution only" in result.output
    texts = [a["text"] for a in _actions(cli)]
    assert texts == [
        "Share details of the make-up of the Improvement Board with the Committee.",
        "Invite John Coughlan to a Scrutiny Committee meeting.",
        "These figures to be updated quarterly.",
    ]
    assert [a["resolution_ref"] for a in _actions(cli)] == [None, None, None]


def test_merge_key_and_a_wrong_merge_is_caught_before_asking(cli, minutes_file, monkeypatch):
    monkeypatch.setattr("clerk_cli.cli.importer._stdin_is_tty", lambda: True)
    # item 1 merged into item 3 (which stays skipped): refused, then put right.
    keys = "m3\n" + "A" + "y\n" + "a" + "A" + "y\n"
    result = cli("import-minutes", str(minutes_file(SCRUTINY)), "--format", "plain", input=keys)
    assert result.exit_code == 0, result.output
    assert "item 1: merge:3, but item 3 is not accepted (skip)." in result.output
    assert "Go through the items again?" in result.output
    assert len(_actions(cli)) == 2
