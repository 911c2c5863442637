"""Several references at once, ranges, backdated updates, notes from stdin, and
questions asked in a terminal instead of demanding --yes (issue 15)."""

from __future__ import annotations

import os
import sys

import pytest


@pytest.fixture
def five(seeded):
    for i in range(2, 6):
        r = seeded("add-action", f"Task {i}", "--committee", "CSSC", "--due", "01/07/2022")
        assert r.exit_code == 0, r.output
    return seeded


def test_done_takes_several_references_and_ranges(five):
    r = five("done", "CSSC-1", "CSSC-3..5", "--note", "All sent")
    assert r.exit_code == 0, r.output
    assert [line.split()[0] for line in r.output.splitlines()] == [
        "CSSC-1",
        "CSSC-3",
        "CSSC-4",
        "CSSC-5",
    ]
    listed = five("list", "--status", "done", "--format", "json")
    assert '"CSSC-2"' not in listed.output and '"CSSC-4"' in listed.output


def test_a_bad_reference_among_several_changes_nothing(five):
    r = five("done", "CSSC-2", "CSSC-99")
    assert r.exit_code == 1
    assert "No action CSSC-99" in r.output
    assert '"CSSC-2"' not in five("list", "--status", "done", "--format", "json").output


def test_already_done_among_several_is_left_and_said(five):
    assert five("done", "CSSC-2").exit_code == 0
    r = five("done", "CSSC-2..3")
    assert r.exit_code == 0
    assert "CSSC-3 done" in r.output
    assert "already done, left as they are: CSSC-2" in r.output


@pytest.mark.parametrize("bad", ["CSSC-5..3", "CSSC-1..CAB-4", "CSSC-1..5000"])
def test_bad_ranges(five, bad):
    r = five("done", bad)
    assert r.exit_code == 1 and "range" in r.output


def test_done_on_a_past_day_records_that_day(five):
    r = five("done", "CSSC-2", "--on", "28/10/2022")
    assert r.exit_code == 0, r.output
    shown = five("show", "CSSC-2", "--format", "json").output
    assert '"completed_at": "2022-10-28' in shown


def test_on_in_the_future_or_before_the_meeting_is_refused(five):
    assert "future" in five("done", "CSSC-1", "--on", "31/12/2099").output
    r = five("note", "CSSC-1", "Too early", "--on", "01/01/2022")
    assert r.exit_code == 1 and "before it" in r.output


def test_a_backdated_note_carries_its_day(five):
    r = five("note", "CSSC-1", "CSSC-2", "Chased by phone", "--on", "24/11/2022")
    assert r.exit_code == 0, r.output
    assert r.output.count("Noted on") == 2
    shown = five("show", "CSSC-2", "--format", "json").output
    assert '"created_at": "2022-11-24' in shown


def test_a_long_note_from_standard_input(five):
    r = five("note", "CSSC-2", input="Line one\nLine two\n")
    assert r.exit_code == 0, r.output
    assert "Line one\nLine two" in five("show", "CSSC-2", "--format", "json").output.replace(
        "\\n", "\n"
    )


def test_text_that_starts_with_a_dash_goes_after_double_dash(five):
    r = five("note", "CSSC-2", "--", "-£500 overspend agreed")
    assert r.exit_code == 0, r.output


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_delete_asks_in_a_terminal(five, tmp_path):
    pexpect = pytest.importorskip("pexpect")
    clerk = os.path.join(os.path.dirname(sys.executable), "clerk")
    env = {**os.environ, "NO_COLOR": "1"}
    child = pexpect.spawn(clerk, ["--db", five.url, "delete", "CSSC-2"], env=env, timeout=30)
    child.expect(r"Delete CSSC-2\?")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert five("show", "CSSC-2").exit_code == 0
    child = pexpect.spawn(clerk, ["--db", five.url, "delete", "CSSC-2"], env=env, timeout=30)
    child.expect(r"Delete CSSC-2\?")
    child.sendline("y")
    child.expect("Deleted CSSC-2")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert five("show", "CSSC-2").exit_code == 1


def test_delete_without_a_terminal_still_needs_yes(five):
    r = five("delete", "CSSC-2")
    assert r.exit_code == 1 and "--yes" in r.output


def test_the_due_within_footer_counts_what_was_asked(seeded):
    """Findings bug 14: --due-within 14 counted against 7 days in the footer."""
    r = seeded("report", "--due-within", "14", "--as-of", "2022-09-08", "--format", "plain")
    assert r.exit_code == 0, r.output
    assert "1 due within 14 days" in r.output


def test_report_json_keeps_note_authors(seeded):
    """Findings bug 9: report JSON gave "author": null for attributed notes."""
    assert seeded("note", "CSSC-1", "Chased", "--by", "Jo Clerk").exit_code == 0
    r = seeded("report", "--overdue", "--format", "json")
    assert '"author": "Jo Clerk"' in r.output
