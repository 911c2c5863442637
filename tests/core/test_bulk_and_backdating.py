"""Several references at once, ranges, backdated updates, notes from stdin, and
questions asked in a terminal instead of demanding --yes (issue 15)."""

from __future__ import annotations

import os
import sys

import pytest


@pytest.fixture
def five(seeded):
    for i in range(2, 6):
        # From the June meeting, so that they existed on the days backdated below
        r = seeded("add-action", f"Task {i}", "--meeting", "CSSC/2022-06-14", "--due", "01/07/2022")
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


def _at(day: str):
    from datetime import UTC, datetime

    import time_machine

    return time_machine.travel(datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC), tick=False)


@pytest.mark.parametrize("verb", ["done", "note"])
def test_on_before_an_action_without_a_meeting_was_recorded_is_refused(seeded, verb):
    """Findings (dates bug 2): an action from no meeting exists from the day it was
    recorded; done --on a day before it was taken, and the as-of replay showed it done
    before it existed."""
    with _at("2026-11-02"):
        assert seeded("add-action", "Review the policy", "--committee", "CSSC").exit_code == 0
    extra = ("Chased",) if verb == "note" else ()
    with _at("2026-12-02"):
        r = seeded(verb, "CSSC-2", *extra, "--on", "15/10/2026")
        assert r.exit_code == 1, r.output
        assert r.output.count("\n") == 1 and "Traceback" not in r.output
        assert "2026-11-02" in r.output and "2026-12-02" in r.output  # the days it may take
        assert "2026-10-15" in r.output
        assert seeded(verb, "CSSC-2", *extra, "--on", "02/11/2026").exit_code == 0
    shown = seeded("show", "CSSC-2", "--format", "json").output
    assert '"2026-10-15' not in shown


@pytest.mark.parametrize(
    ("on", "said"), [("31/12/2099", "2099-12-31"), ("01/01/2022", "2022-01-01")]
)
def test_on_outside_its_days_says_which_days_it_may_take(five, on, said):
    with _at("2026-12-02"):
        r = five("done", "CSSC-1", "--on", on)
    assert r.exit_code == 1 and r.output.count("\n") == 1, r.output
    assert said in r.output
    assert "from 2022-06-14" in r.output and "to 2026-12-02" in r.output
