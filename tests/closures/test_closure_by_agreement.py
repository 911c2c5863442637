"""Closure by the committee (issue 16, item 5), through the CLI on a real database: a
committee that agrees its closures, "done" as a proposal, clerk meeting agree-closures,
outcomes besides done, undo and --as-of."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import time_machine


def at(day: str):
    """Run the block as if it were 10:00 UTC on that day."""
    return time_machine.travel(datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC), tick=False)


def ok(cli, *args, env=None):
    result = cli(*args, env=env)
    assert result.exit_code == 0, (args, result.output)
    return result.output


def refused(cli, *args) -> str:
    """A refusal: non-zero, no traceback, one line saying what is wrong (and its hint)."""
    result = cli(*args)
    assert result.exit_code != 0, (args, result.output)
    assert "Traceback" not in result.output
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def shown(cli, ref, *extra):
    return json.loads(ok(cli, "show", ref, "--format", "json", *extra))


def audit_rows(cli) -> int:
    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url

    db = open_database(*database_url(cli.url))
    try:
        return db.run_sql(lambda q: q.scalar("SELECT count(*) FROM audit"))
    finally:
        db.dispose()


@pytest.fixture
def cssc(cli):
    """CSSC agrees its closures; FIN does not.  Meetings in June and September 2022;
    CSSC-1..4 from June, due in August (overdue by the autumn); FIN-1."""
    with at("2022-06-01"):
        ok(cli, "committee", "add", "Children's Services Scrutiny Committee", "--code", "CSSC")
        ok(cli, "committee", "add", "Finance Committee", "--code", "FIN")
        for day in ("14/06/2022", "20/09/2022"):
            ok(cli, "meeting", "add", "CSSC", day)
        ok(cli, "meeting", "add", "FIN", "21/09/2022")
        ok(cli, "owner", "add", "Director of Children's Services", "--holder", "Lucy Butler")
    with at("2022-06-15"):
        for text, extra in (
            ("Share the make-up of the Improvement Board", ()),
            ("Circulate the staff survey questions", ()),
            ("Brief members on the safeguarding case", ("--confidential",)),
            ("Review the sufficiency strategy", ()),
        ):
            ok(
                cli,
                "add-action",
                text,
                "--owner",
                "Director of Children's Services",
                "--meeting",
                "CSSC/2022-06-14",
                "--due",
                "31/08/2022",
                *extra,
            )
        ok(cli, "add-action", "Set the budget", "--committee", "FIN", "--due", "31/08/2022")
        ok(cli, "committee", "edit", "CSSC", "--closure-by-agreement")
    return cli


def test_the_setting_is_shown_and_can_be_turned_off(cssc):
    listed = ok(cssc, "committee", "list", "--format", "json")
    by_code = {c["code"]: c for c in json.loads(listed)}
    assert by_code["CSSC"]["closure_by_agreement"] is True
    assert by_code["FIN"]["closure_by_agreement"] is False
    assert "by agreement" in ok(cssc, "committee", "list", "--format", "plain")
    with at("2022-06-16"):
        assert "agrees closures" in ok(cssc, "committee", "edit", "FIN", "--closure-by-agreement")
        ok(cssc, "committee", "edit", "FIN", "--no-closure-by-agreement")
    history = ok(cssc, "history", "--committee", "FIN", "--format", "plain")
    assert "closure by agreement" in history


def test_done_proposes_and_the_meeting_agrees_with_its_minute(cssc):
    with at("2022-07-01"):
        out = ok(cssc, "done", "CSSC-1", "--note", "Circulated on 30 June")
        assert "CSSC-1 completion proposed" in out
    a = shown(cssc, "CSSC-1", "--as-of", "2022-09-01")
    # Open, counted as open, but not overdue and not chased: the committee is to decide.
    assert a["status"] == "open" and a["proposed_outcome"] == "done"
    assert a["days_overdue"] is None and a["rag_reason"] == "completion proposed"
    assert "completion proposed" in ok(cssc, "show", "CSSC-1", "--as-of", "2022-09-01")
    listed = ok(cssc, "list", "--format", "plain", "--as-of", "2022-09-01")
    assert "completion proposed" in listed
    overdue = ok(cssc, "report", "--overdue", "--format", "plain", "--as-of", "2022-09-01")
    assert "CSSC-2" in overdue and "CSSC-1" not in overdue
    status = ok(cssc, "status", "--format", "plain", "--as-of", "2022-09-01")
    assert "5 open, 4 overdue" in status  # CSSC-1 open, not overdue; CSSC-2..4, FIN-1
    log = ok(cssc, "action-log", "CSSC", "--format", "markdown", "--as-of", "2022-09-01")
    assert "proposed for closure" in log

    with at("2022-09-22"):
        out = ok(cssc, "meeting", "agree-closures", "CSSC/2022-09-20", "--minute", "7.4")
    assert "CSSC-1 done, agreed at CSSC/2022-09-20 (minute 7.4)" in out
    a = shown(cssc, "CSSC-1")
    assert a["status"] == "done" and a["closed_minute"] == "7.4"
    assert a["closed_meeting_date"] == "2022-09-20" and "proposed_outcome" not in a
    assert a["completed_at"].startswith("2022-09-20")  # as of the meeting's day
    detail = ok(cssc, "show", "CSSC-1", "--format", "plain")
    words = "closed by agreement at the meeting of 20 September 2022 (minute 7.4)"
    assert words in detail
    # Closed as of the meeting's day: on the log for that meeting, not as "completed since
    # the last meeting" on the next one (the committee has agreed it already).
    paper = ("action-log", "CSSC", "--for-meeting", "2022-09-20", "--as-of", "2022-09-22")
    for fmt in ("markdown", "html", "plain"):
        assert words in ok(cssc, *paper, "--format", fmt), fmt
    assert words in ok(cssc, *paper, "--format", "csv")
    assert "CSSC-1" not in ok(cssc, "action-log", "CSSC", "--format", "markdown")
    history = ok(cssc, "history", "CSSC-1", "--format", "plain")
    assert "completion proposed" in history and "7.4" in history


def test_the_word_action_log_says_so_too(cssc, tmp_path):
    from docx import Document

    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-1")
        ok(cssc, "drop", "CSSC-2", "--outcome", "not-feasible", "--reason", "No budget")
    paper = tmp_path / "log.docx"
    ok(cssc, "action-log", "CSSC", "--as-of", "2022-09-01", "-o", str(paper))
    doc = Document(str(paper))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any("proposed for closure" == c.split(",")[0] for c in cells)
    assert any(c.startswith("proposed for closure as not feasible") for c in cells)


def test_named_refs_close_open_actions_directly_and_reject_keeps_one_open(cssc):
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-1")
        ok(cssc, "done", "CSSC-2")
    with at("2022-09-21"):
        out = ok(
            cssc,
            "meeting",
            "agree-closures",
            "CSSC/2022-09-20",
            "CSSC-1",
            "CSSC-4",
            "--reject",
            "CSSC-2",
            "--minute",
            "8",
        )
    assert "CSSC-2 closure not agreed" in out
    assert shown(cssc, "CSSC-4")["status"] == "done"  # open, closed by the committee directly
    two = shown(cssc, "CSSC-2")
    assert two["status"] == "open" and "proposed_outcome" not in two
    assert two["notes"][-1]["text"].startswith("Closure not agreed at the meeting of 2022-09-20")


def test_list_proposed_shows_what_awaits_the_committee(cssc):
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-2")
        ok(cssc, "drop", "CSSC-4", "--outcome", "superseded", "--reason", "By the new plan")
    listed = ok(cssc, "list", "--proposed", "--format", "json")
    assert [a["ref"] for a in json.loads(listed)] == ["CSSC-2", "CSSC-4"]
    before = ok(cssc, "list", "--proposed", "--format", "json", "--as-of", "2022-06-30")
    assert json.loads(before) == []


def test_a_meeting_that_agreed_closures_cannot_be_deleted(cssc):
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-1")
    with at("2022-07-02"):
        ok(cssc, "meeting", "add", "CSSC", "01/07/2022")
        ok(cssc, "meeting", "agree-closures", "CSSC/2022-07-01", "--minute", "2")
    line = refused(cssc, "meeting", "delete", "CSSC/2022-07-01", "--yes")
    assert "has resolutions or actions" in line and "cancel" in line
    assert shown(cssc, "CSSC-1")["closed_meeting_date"] == "2022-07-01"


def test_an_action_proposed_for_closure_can_be_deleted(cssc):
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-1")
    assert "Deleted CSSC-1" in ok(cssc, "delete", "CSSC-1", "--yes")
    assert cssc("show", "CSSC-1").exit_code != 0


def test_reopen_takes_a_proposal_back(cssc):
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-1")
        assert "taken back" in ok(cssc, "reopen", "CSSC-1")
    assert "proposed_outcome" not in shown(cssc, "CSSC-1")
    line = refused(cssc, "meeting", "agree-closures", "CSSC/2022-09-20", "--minute", "7")
    assert "No action of CSSC is proposed for closure" in line


def test_agree_closures_refuses_with_one_line_and_records_nothing(cssc):
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-1")
    with at("2022-09-21"):
        before = audit_rows(cssc)
        assert "--minute" in refused(cssc, "meeting", "agree-closures", "CSSC/2022-09-20")
        line = refused(
            cssc, "meeting", "agree-closures", "FIN/2022-09-21", "CSSC-1", "--minute", "3"
        )
        assert "CSSC-1 is not an action of FIN" in line
        # One bad reference among good ones: nothing is recorded.
        ok(cssc, "done", "CSSC-2")  # proposed
        mid = audit_rows(cssc)
        ok(cssc, "drop", "FIN-1")  # FIN closes directly
        line = refused(
            cssc, "meeting", "agree-closures", "CSSC/2022-09-20", "CSSC-1", "FIN-1", "--minute", "3"
        )
        assert "FIN-1 is not an action of CSSC" in line
        ok(cssc, "reopen", "FIN-1")
        ok(cssc, "done", "CSSC-4", "--on", "2022-09-19")  # reported before the meeting
        ok(cssc, "meeting", "agree-closures", "CSSC/2022-09-20", "CSSC-4", "--minute", "3")
        line = refused(
            cssc,
            "meeting",
            "agree-closures",
            "CSSC/2022-09-20",
            "CSSC-1",
            "CSSC-4",
            "--minute",
            "3",
        )
        assert "CSSC-4 is already done" in line
        line = refused(
            cssc,
            "meeting",
            "agree-closures",
            "CSSC/2022-09-20",
            "--reject",
            "CSSC-3",
            "--minute",
            "3",
        )
        assert "CSSC-3 is not proposed for closure" in line
        ok(cssc, "meeting", "add", "CSSC", "01/12/2022")
        line = refused(cssc, "meeting", "agree-closures", "CSSC/2022-12-01", "--minute", "3")
        assert "has not happened yet" in line
        ok(cssc, "meeting", "add", "CSSC", "10/09/2022", "--status", "cancelled")
        line = refused(cssc, "meeting", "agree-closures", "CSSC/2022-09-10", "--minute", "3")
        assert "was cancelled" in line
        assert shown(cssc, "CSSC-1")["proposed_outcome"] == "done"
        assert audit_rows(cssc) > mid > before
        line = refused(cssc, "committee", "edit", "CSSC", "--no-closure-by-agreement")
        assert "proposed for closure: CSSC-1, CSSC-2" in line


def test_a_second_done_of_a_proposed_action_is_refused(cssc):
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-1")
        line = refused(cssc, "done", "CSSC-1")
    assert "CSSC-1 is already completion proposed, awaiting the committee" in line
    with at("2022-07-02"):
        out = ok(cssc, "done", "CSSC-1", "CSSC-2")  # among several: left as it is
    assert (
        "CSSC-2 completion proposed" in out
        and "left as they are: CSSC-1 (proposed for closure)" in out
    )


def test_undo_of_an_agreement_and_of_its_undo(cssc):
    # Each step at its own moment: undo finds one command's rows by their time.
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-1", "CSSC-2")
    with at("2022-09-21"):
        ok(cssc, "meeting", "agree-closures", "CSSC/2022-09-20", "--minute", "7.4")
        assert shown(cssc, "CSSC-2")["status"] == "done"
    with at("2022-09-22"):
        ok(cssc, "undo", "--yes")
        for ref in ("CSSC-1", "CSSC-2"):
            a = shown(cssc, ref)
            assert (a["status"], a["proposed_outcome"], a.get("closed_minute")) == (
                "open",
                "done",
                None,
            )
    with at("2022-09-23"):
        ok(cssc, "undo", "--yes")  # the undo undone: agreed again
        a = shown(cssc, "CSSC-1")
        assert (a["status"], a["closed_minute"]) == ("done", "7.4")
    with at("2022-09-24"):
        ok(cssc, "reopen", "CSSC-1")
        a = shown(cssc, "CSSC-1")
        assert a["status"] == "open" and "closed_minute" not in a


def test_undo_of_a_proposal(cssc):
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-1", "--note", "Sent")
    with at("2022-07-02"):
        ok(cssc, "undo", "--yes")
        a = shown(cssc, "CSSC-1")
        assert "proposed_outcome" not in a and a["notes"] == []
        line = refused(cssc, "meeting", "agree-closures", "CSSC/2022-06-14", "--minute", "1")
        assert "No action of CSSC is proposed" in line


def test_as_of_before_and_after_the_agreement(cssc):
    with at("2022-07-01"):
        ok(cssc, "drop", "CSSC-4", "--outcome", "deferred", "--reason", "Waiting for the budget")
    with at("2022-09-25"):
        ok(cssc, "meeting", "agree-closures", "CSSC/2022-09-20", "--minute", "9")
    before = shown(cssc, "CSSC-4", "--as-of", "2022-09-19")
    assert (before["status"], before["proposed_outcome"]) == ("open", "deferred")
    on = shown(cssc, "CSSC-4", "--as-of", "2022-09-20")
    assert (on["status"], on["outcome"], on["closed_minute"]) == ("dropped", "deferred", "9")
    assert "proposed_outcome" not in on
    early = shown(cssc, "CSSC-4", "--as-of", "2022-06-30")
    assert early["status"] == "open" and "proposed_outcome" not in early
    # chased as any open action (not awaiting the committee); not yet due, so no
    # days_overdue (null unless overdue: dates bug 5)
    assert early["rag"] is not None and "proposed" not in early["rag_reason"]
    assert early["days_overdue"] is None
    listed = ok(cssc, "list", "-A", "--format", "plain", "--as-of", "2022-09-19")
    assert "proposed as deferred" in listed
    listed = ok(cssc, "list", "-A", "--format", "plain", "--as-of", "2022-09-21")
    assert "dropped (deferred)" in listed


def test_outcomes_need_a_reason_that_is_kept_and_shown(cli):
    ok(cli, "committee", "add", "Finance Committee", "--code", "FIN")
    ok(cli, "add-action", "Set the budget", "--committee", "FIN")
    ok(cli, "add-action", "Cut the budget", "--committee", "FIN")
    line = refused(cli, "drop", "FIN-1", "--outcome", "not-feasible")
    assert "needs a reason" in line and "--reason" in line
    assert "goes with an outcome" in refused(cli, "drop", "FIN-1", "--reason", "why")
    assert shown(cli, "FIN-1")["status"] == "open"
    out = ok(cli, "drop", "FIN-1", "--outcome", "not-feasible", "--reason", "Budget withdrawn")
    assert "FIN-1 dropped (not feasible)" in out
    a = shown(cli, "FIN-1")
    assert (a["status"], a["outcome"]) == ("dropped", "not_feasible")
    assert a["notes"][-1]["text"] == "Not feasible: Budget withdrawn"
    ok(cli, "drop", "FIN-2", "--outcome", "Superseded", "--reason", "By the new plan")
    listed = ok(cli, "list", "-A", "--format", "markdown")
    assert "dropped (not feasible)" in listed and "dropped (superseded)" in listed
    log = ok(cli, "action-log", "FIN", "--format", "markdown")
    assert "dropped (not feasible)" in log and "Budget withdrawn" in log
    assert "outcome" in ok(cli, "history", "FIN-1", "--format", "plain")


def test_a_confidential_action_stays_out_of_public_outputs(cssc):
    with at("2022-07-01"):
        ok(cssc, "done", "CSSC-3", "--note", "Briefed in private")
        ok(cssc, "done", "CSSC-1")
    with at("2022-09-21"):
        ok(cssc, "meeting", "agree-closures", "CSSC/2022-09-20", "--minute", "7.4")
    paper = ("action-log", "CSSC", "--for-meeting", "2022-09-20", "--format", "markdown")
    public = ok(cssc, *paper)
    assert "CSSC-3" not in public and "safeguarding" not in public
    assert "CSSC-1" in public  # the log is there, without the confidential one
    restricted = ok(cssc, *paper, "--include-confidential")
    assert "CSSC-3" in restricted and "closed by agreement" in restricted


def test_a_meeting_cannot_agree_a_proposal_made_after_it(cssc):
    """Found by trying it: agree-closures at a meeting two months before the proposal said
    "closed by agreement at the meeting of 20 September" beside a completion in November."""
    with at("2022-11-02"):
        ok(cssc, "done", "CSSC-1", "--note", "Circulated")
    before = audit_rows(cssc)
    with at("2022-11-03"):
        line = refused(cssc, "meeting", "agree-closures", "CSSC/2022-09-20", "--minute", "7.4")
    assert "proposed for closure on 2022-11-02, after the meeting CSSC/2022-09-20" in line
    assert audit_rows(cssc) == before
    # Reported before the meeting but recorded late: backdated, then agreed at it.
    with at("2022-11-03"):
        ok(cssc, "reopen", "CSSC-1")
        ok(cssc, "done", "CSSC-1", "--on", "2022-09-15", "--note", "Circulated")
        ok(cssc, "meeting", "agree-closures", "CSSC/2022-09-20", "--minute", "7.4")
    a = shown(cssc, "CSSC-1")
    assert a["status"] == "done" and a["completed_at"].startswith("2022-09-20")


def test_the_clerks_weekly_summary_lists_what_awaits_the_committee(cssc, tmp_path):
    """Proposed closures drop out of chasing, so the clerk's summary lists them for the
    committee's next meeting (text, HTML and the terminal), and the owner is not chased."""
    with at("2022-09-01"):
        ok(cssc, "committee", "edit", "CSSC", "--clerk", "Dee Pike <dee.pike@example.gov.uk>")
        ok(
            cssc,
            "owner",
            "edit",
            "Director of Children's Services",
            "--email",
            "dcs@example.gov.uk",
        )
        ok(cssc, "done", "CSSC-2", "--note", "Questions circulated")
        ok(cssc, "drop", "CSSC-4", "--outcome", "superseded", "--reason", "New strategy due")
    env = {"CLERK_FROM": "Democratic Services <ds@example.gov.uk>"}
    with at("2022-09-05"):
        box = tmp_path / "box"
        ok(cssc, "digest", "--outbox", str(box), "--committee", "CSSC", env=env)
        printed = ok(cssc, "digest", "--committee", "CSSC", env=env)  # the preview
    from email import message_from_bytes

    mails = {}
    for path in box.glob("*.eml"):
        msg = message_from_bytes(path.read_bytes())
        mails[msg["To"]] = msg
    clerk = next(m for to, m in mails.items() if "dee.pike" in to)
    assert "2 awaiting agreement" in " ".join(clerk["Subject"].split())
    text, html = (p.get_payload(decode=True).decode() for p in clerk.get_payload())
    section = text.split("AWAITING THE COMMITTEE'S AGREEMENT", 1)[1].split("\n\n\n")[0]
    assert "CSSC-2" in section and "CSSC-4" in section and "CSSC-1" not in section
    assert "Completion proposed" in section and "superseded" in section.lower()
    assert "2 awaiting the committee's agreement" in text
    assert (
        "Awaiting the committee&#39;s agreement" in html
        or "Awaiting the committee's agreement" in html
    )
    assert "CSSC-2" in html.split("agreement", 1)[1]
    # The owner is chased for what is still theirs, and told that what they reported
    # awaits the committee (nothing to do), not chased for it.
    owner = next(m for to, m in mails.items() if "dcs@" in to)
    owner_text, owner_html = (p.get_payload(decode=True).decode() for p in owner.get_payload())
    chased, told = owner_text.split("REPORTED, AWAITING THE COMMITTEE'S AGREEMENT TO CLOSE (2")
    assert "CSSC-1" in chased and "CSSC-2" not in chased and "CSSC-4" not in chased
    assert "CSSC-2" in told and "CSSC-4" in told and "completion proposed" in told
    assert "CSSC-2" in owner_html.split("awaiting the committee", 1)[1]
    assert "awaiting" not in " ".join(owner["Subject"].split())
    assert "CSSC-2" in printed.split("AWAITING THE COMMITTEE'S AGREEMENT", 1)[1]


def test_csv_and_spreadsheets_say_what_is_proposed_and_how_it_closed(cssc, tmp_path):
    """list/export CSV kept only the raw status ("open") for an action proposed for closure,
    and nothing of an outcome besides done; the spreadsheet said "open" too."""
    import csv
    import io

    from openpyxl import load_workbook

    with at("2022-09-01"):
        ok(cssc, "done", "CSSC-2")
        ok(cssc, "drop", "FIN-1", "--outcome", "not-feasible", "--reason", "No budget")
        text = ok(cssc, "list", "--all-statuses", "--format", "csv").lstrip("\ufeff")
        rows = {r["ref"]: r for r in csv.DictReader(io.StringIO(text))}
        assert rows["CSSC-2"]["status"] == "open" and rows["CSSC-2"]["proposed_outcome"] == "done"
        assert rows["FIN-1"]["status"] == "dropped" and rows["FIN-1"]["outcome"] == "not_feasible"
        assert rows["CSSC-1"]["outcome"] == rows["CSSC-1"]["proposed_outcome"] == ""
        sheet = tmp_path / "actions.xlsx"
        ok(cssc, "export", "--format", "xlsx", "-o", str(sheet))
    ws = load_workbook(sheet).active
    values = list(ws.values)
    head = values[0]
    by_ref = {r[0]: dict(zip(head, r, strict=True)) for r in values[1:]}
    assert by_ref["CSSC-2"]["Standing"] == "completion proposed"
    assert by_ref["FIN-1"]["Standing"] == "dropped (not feasible)"


def test_status_counts_what_awaits_the_committee(cssc):
    """clerk status counted a proposed action as open but said nowhere that it awaits the
    committee (the clerk's count for the next agenda)."""
    with at("2022-09-01"):
        ok(cssc, "done", "CSSC-1", "CSSC-2")
        data = json.loads(ok(cssc, "status", "--format", "json"))
        plain = ok(cssc, "status", "--format", "plain")
    by_code = {c["code"]: c for c in data["committees"]}
    assert by_code["CSSC"]["awaiting_agreement"] == 2 and by_code["CSSC"]["open"] == 4
    assert by_code["CSSC"]["overdue"] == 2  # CSSC-3 and CSSC-4, due in August
    assert by_code["FIN"]["awaiting_agreement"] == 0
    assert "Awaiting       2  the committee's agreement to close" in plain
    assert plain.count("Awaiting") == 1  # FIN agrees nothing: no line


def test_an_owner_whose_actions_all_await_the_committee_gets_no_digest(cssc):
    with at("2022-09-01"):
        ok(
            cssc,
            "owner",
            "edit",
            "Director of Children's Services",
            "--email",
            "dcs@example.gov.uk",
        )
        ok(cssc, "done", "CSSC-1..4")
    env = {"CLERK_FROM": "Democratic Services <ds@example.gov.uk>"}
    with at("2022-09-05"):
        listed = ok(cssc, "digest", "--send", "--dry-run", env=env)
    assert "dcs@example.gov.uk" not in listed
