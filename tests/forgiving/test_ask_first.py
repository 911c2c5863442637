"""Ask, don't refuse: deleting a meeting, committee or post asks in a terminal (the
answer defaults to no); without a terminal --yes is still needed."""

import os
import sys

import pytest


def _spawn(cli, *args):
    pexpect = pytest.importorskip("pexpect")
    clerk = os.path.join(os.path.dirname(sys.executable), "clerk")
    env = {**os.environ, "NO_COLOR": "1"}
    return pexpect, pexpect.spawn(clerk, ["--db", cli.url, *args], env=env, timeout=30)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_meeting_delete_asks_in_a_terminal(seeded):
    assert seeded("meeting", "add", "CSSC", "21/09/2022").exit_code == 0
    pexpect, child = _spawn(seeded, "meeting", "delete", "CSSC/2022-09-21")
    child.expect(r"Delete CSSC/2022-09-21\? This cannot be undone. \[y/N\]")
    child.sendline("")  # Enter: the default is no
    child.expect("Nothing was changed")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert seeded("meeting", "show", "CSSC/2022-09-21").exit_code == 0

    pexpect, child = _spawn(seeded, "meeting", "delete", "CSSC/2022-09-21")
    child.expect(r"Delete CSSC/2022-09-21\?")
    child.sendline("y")
    child.expect("Deleted meeting CSSC/2022-09-21")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert seeded("meeting", "show", "CSSC/2022-09-21").exit_code == 1


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_meeting_cancel_asks_in_a_terminal(seeded):
    pexpect, child = _spawn(seeded, "meeting", "cancel", "CSSC/2022-09-20")
    child.expect(r"Cancel CSSC/2022-09-20\? Actions due at it move to the next meeting.")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert "(scheduled)" in seeded("meeting", "show", "CSSC/2022-09-20").output


@pytest.mark.parametrize(
    "setup, args",
    [
        (("meeting", "add", "CSSC", "21/09/2022"), ("meeting", "delete", "CSSC/2022-09-21")),
        (("committee", "add", "Junk", "--code", "J"), ("committee", "delete", "J")),
        (("owner", "add", "leadership team"), ("owner", "delete", "leadership team")),
    ],
)
def test_without_a_terminal_yes_is_needed(seeded, setup, args):
    assert seeded(*setup).exit_code == 0
    r = seeded(*args)
    assert r.exit_code == 1
    assert "Add --yes to confirm" in r.stderr
    assert seeded(*args, "--yes").exit_code == 0
    assert seeded(*args, "--yes").exit_code == 1  # gone
