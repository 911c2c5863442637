"""What was written while an action was confidential stays out of every public output
after it is made public (clerk edit --not-confidential).

A fresh-user test found that an action made public again took its confidential past
with it: the notes added while it was confidential (about a named child) and the
changes made then (its earlier wording) reached clerk publish, the public action log
and the default export.  The clerk still sees them: show, history, and the outputs
that include confidential material on purpose.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine

OWNER = "Director of Children's Services"
# Words written only while an action was confidential.
SECRET_TEXT = "Review Jamie Quokka's placement"  # CSSC-1's first wording
SECRET_NOTE = "Jamie Quokka (aged 9) moved to foster carers"
SPELL_NOTE = "Walrus complaint from a parent"
BACKDATED_NOTE = "Narwhal remark at the June visit"  # recorded in the spell, dated before it
MOVED_NOTE = "Marmoset family asked for a meeting"  # moved to a public action later
SECRETS = (SECRET_TEXT, SECRET_NOTE, SPELL_NOTE, BACKDATED_NOTE, MOVED_NOTE)
# Written while public: they stay public.
PUBLIC_NOTES = ("Placement review booked", "Survey drafted", "Dates agreed")


def at(day: str, hour: int = 10):
    return time_machine.travel(
        datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC), tick=False
    )


def ok(cli, *args) -> str:
    result = cli(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.output


@pytest.fixture
def past(cli):
    """CSSC-1 recorded confidential, noted and reworded, then made public and noted;
    CSSC-2 public and noted, confidential for a while (a note, and one dated back
    before it), then public; CSSC-3 the same, then closed as a duplicate of public
    CSSC-4, so its notes moved there."""
    with at("2022-06-01"):
        ok(cli, "committee", "add", "Children's Services Scrutiny Committee", "--code", "CSSC")
        for day in ("14/06/2022", "20/09/2022"):
            ok(cli, "meeting", "add", "CSSC", day)
        ok(cli, "owner", "add", OWNER)
    meeting = ("--owner", OWNER, "--meeting", "CSSC/2022-06-14", "--due", "31/10/2022")
    with at("2022-06-15"):
        ok(cli, "add-action", SECRET_TEXT, *meeting, "--confidential")
        ok(cli, "add-action", "Share the survey results", *meeting)
        ok(cli, "add-action", "Arrange the family meeting", *meeting)
        ok(cli, "add-action", "Arrange a meeting with the family", *meeting)
    with at("2022-06-16"):
        ok(cli, "note", "CSSC-2", PUBLIC_NOTES[1])
    with at("2022-06-17"):
        ok(cli, "edit", "CSSC-2", "--confidential")
        ok(cli, "edit", "CSSC-3", "--confidential")
    with at("2022-06-18"):
        ok(cli, "note", "CSSC-1", SECRET_NOTE)
        ok(cli, "note", "CSSC-2", SPELL_NOTE)
        ok(cli, "note", "CSSC-3", MOVED_NOTE)
    with at("2022-06-19"):
        ok(cli, "note", "CSSC-2", BACKDATED_NOTE, "--on", "15/06/2022")
        ok(cli, "edit", "CSSC-1", "--text", "Review a child's placement")
        ok(cli, "edit", "CSSC-1", "--due", "30/11/2022")
    with at("2022-07-01"):
        for ref in ("CSSC-1", "CSSC-2", "CSSC-3"):
            ok(cli, "edit", ref, "--not-confidential")
    with at("2022-07-02"):
        ok(cli, "note", "CSSC-1", PUBLIC_NOTES[0])
        ok(cli, "note", "CSSC-4", PUBLIC_NOTES[2])
    with at("2022-07-03"):
        ok(cli, "link", "CSSC-3", "--duplicate-of", "CSSC-4")
    return cli


def _no_secret(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} in {where}"


def _site(cli, tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    ok(cli, "publish", "-o", str(site))
    return {
        str(p.relative_to(site)): p.read_text(encoding="utf-8")
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def test_publish_leaves_out_what_was_written_in_confidence(past, tmp_path):
    with at("2022-07-05"):
        files = _site(past, tmp_path)
    for name, text in files.items():  # pages, open data, feed: grep, no browser
        _no_secret(text, name)
    page = files["CSSC/actions/CSSC-1.html"]
    assert "Review a child&#39;s placement" in page or "Review a child's placement" in page
    assert PUBLIC_NOTES[0] in page
    # The due date moved while it was confidential: that change is not told either.
    assert "Due date changed" not in page
    survey = files["CSSC/actions/CSSC-2.html"]
    assert PUBLIC_NOTES[1] in survey  # written before it was confidential
    assert PUBLIC_NOTES[2] in files["CSSC/actions/CSSC-4.html"]


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv", "json", "plain"])
def test_the_public_action_log_leaves_it_out(past, fmt):
    with at("2022-07-05"):
        log = ok(past, "action-log", "CSSC", "--for-meeting", "20/09/2022", "--format", fmt)
    _no_secret(log, f"action-log --format {fmt}")
    # The latest note is the latest public one.
    assert PUBLIC_NOTES[1] in log and PUBLIC_NOTES[0] in log
    # As it stood on a day after it was made public, too.
    with at("2022-07-05"):
        then = ok(past, "action-log", "CSSC", "--format", fmt, "--as-of", "2022-07-01")
    _no_secret(then, f"action-log --as-of --format {fmt}")


def test_the_default_exports_leave_it_out(past, tmp_path):
    with at("2022-07-05"):
        data = ok(past, "export", "--format", "json")
        _no_secret(data, "export --format json")
        actions = {a["ref"]: a for a in json.loads(data)["actions"]}
        assert PUBLIC_NOTES[0] in [n["text"] for n in actions["CSSC-1"]["notes"]]
        fields = [h["field"] for h in actions["CSSC-1"]["history"]]
        assert "text" not in fields and "note" in fields  # the public note's row stays
        text = ok(past, "export", "--format", "csv").lstrip("\ufeff")
        rows = {r["ref"]: r for r in csv.DictReader(io.StringIO(text))}
        assert rows["CSSC-2"]["latest_note"] == PUBLIC_NOTES[1]  # the latest public one
        for fmt in ("csv", "ics"):
            _no_secret(ok(past, "export", "--format", fmt), f"export --format {fmt}")
        target = tmp_path / "actions.xlsx"
        ok(past, "export", "--format", "xlsx", "-o", str(target))
        import openpyxl

        cells = [
            str(c)
            for row in openpyxl.load_workbook(target).active.iter_rows(values_only=True)
            for c in row
        ]
        _no_secret("\n".join(cells), "export --format xlsx")
        _no_secret(ok(past, "calendar"), "calendar")
        listed = ok(past, "list", "--no-confidential", "--format", "json")
        _no_secret(listed, "list --no-confidential")


def test_the_clerk_still_sees_it(past):
    with at("2022-07-05"):
        assert SPELL_NOTE in ok(past, "show", "CSSC-2")
        assert SECRET_TEXT in ok(past, "history", "CSSC-1", "--format", "plain")
        full = ok(past, "export", "--format", "json", "--include-confidential")
        restricted = ok(
            past, "action-log", "CSSC", "--format", "markdown", "--include-confidential"
        )
    for secret in SECRETS:
        assert secret in full, secret
    assert BACKDATED_NOTE in restricted  # CSSC-2's latest note, in the restricted version
