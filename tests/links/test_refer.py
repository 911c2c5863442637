"""clerk refer: a linked action on another committee's log; its outcome returns, by any
closing path; both directions shown; confidential referrals; errors; undo (issue 17)."""

from __future__ import annotations

import json

import pytest

from .conftest import at, ok, refused, shown


@pytest.fixture
def referred(two):
    with at("2022-09-24"):
        out = ok(
            two,
            "refer",
            "CSSC-1",
            "--to",
            "CAB",
            "--meeting",
            "CAB/2022-10-12",
            "--note",
            "Needs Cabinet's approval",
        )
    assert "Referred CSSC-1 to Cabinet as CAB-1" in out and "due: 2022-10-12" in out
    return two


def test_a_referral_makes_a_linked_action_on_the_other_log(referred):
    cab, origin = shown(referred, "CAB-1"), shown(referred, "CSSC-1")
    assert cab["text"] == origin["text"] and cab["owner"] == origin["owner"]
    assert cab["due_date"] == "2022-10-12" and cab["meeting"] is None
    assert [x["words"] for x in cab["links"]] == [
        "referred by Children's Services Scrutiny Committee (CSSC-1)"
    ]
    assert [x["words"] for x in origin["links"]] == ["referred to Cabinet (CAB-1)"]
    assert origin["notes"][-1]["text"] == "Referred to Cabinet as CAB-1: Needs Cabinet's approval"
    assert "referred from" in ok(referred, "history", "CAB-1", "--format", "plain")
    assert "referred to" in ok(referred, "history", "CSSC-1", "--format", "plain")
    with at("2022-09-25"):
        log = ok(referred, "action-log", "CSSC", "--format", "markdown")
        cab_log = ok(referred, "action-log", "CAB", "--format", "markdown")
    assert "referred to Cabinet (CAB-1)" in log
    assert "referred by Children's Services Scrutiny Committee (CSSC-1)" in cab_log


@pytest.mark.parametrize("close", [("done", "CAB-1"), ("drop", "CAB-1")])
def test_the_outcome_returns_to_the_origin(referred, close):
    with at("2022-10-13"):
        ok(referred, *close, "--note", "Agreed at Cabinet")
    words = "done" if close[0] == "done" else "dropped"
    origin = shown(referred, "CSSC-1")
    assert origin["notes"][-1]["text"] == (
        f"Cabinet closed CAB-1 as {words} on 2022-10-13: Agreed at Cabinet"
    )
    assert [x["words"] for x in origin["links"]] == ["returned from Cabinet (CAB-1)"]
    with at("2022-10-14"):
        for fmt in ("markdown", "csv", "html", "plain"):
            assert "returned from Cabinet (CAB-1)" in ok(
                referred, "action-log", "CSSC", "--format", fmt
            )
    # Before Cabinet closed it, the log said it was waiting.
    past = ok(referred, "action-log", "CSSC", "--format", "markdown", "--as-of", "2022-10-12")
    assert "referred to Cabinet (CAB-1)" in past and "returned from" not in past
    # Undoing the closure takes the returned note back too.
    ok(referred, "undo", "--yes")
    assert "Cabinet closed" not in str(shown(referred, "CSSC-1")["notes"])


def test_a_closure_without_a_note_returns_too(referred):
    with at("2022-10-13"):
        ok(referred, "done", "CAB-1")
    assert shown(referred, "CSSC-1")["notes"][-1]["text"] == (
        "Cabinet closed CAB-1 as done on 2022-10-13."
    )


def test_a_confidential_actions_referral_stays_confidential(two):
    ok(two, "edit", "CSSC-1", "--confidential")
    with at("2022-09-24"):
        ok(two, "refer", "CSSC-1", "--to", "CAB")
        public = ok(two, "action-log", "CAB", "--format", "markdown")
        restricted = ok(two, "action-log", "CAB", "--format", "markdown", "--include-confidential")
    assert shown(two, "CAB-1")["confidential"] is True
    assert "CAB-1" not in public and "CSSC-1" not in public
    assert "CAB-1" in restricted


def test_a_public_log_never_names_a_confidential_link(two):
    ok(two, "edit", "CSSC-1", "--confidential")
    ok(two, "link", "CSSC-2", "--supersedes", "CSSC-1")
    with at("2022-09-21"):
        public = ok(two, "action-log", "CSSC", "--format", "markdown")
        restricted = ok(two, "action-log", "CSSC", "--format", "markdown", "--include-confidential")
    assert "CSSC-2" in public and "CSSC-1" not in public
    assert "supersedes CSSC-1" in restricted


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("CSSC-1", "--to", "CSSC"), "is already CSSC's action"),
        (("CSSC-1", "--to", "NOPE"), "No committee 'NOPE'"),
        (("CSSC-1", "--to", "CAB", "--meeting", "CAB/2022-08-01"), "No meeting of CAB on"),
        (("CSSC-1", "--to", "CAB", "--meeting", "CSSC/2022-06-14"), "not a meeting of CAB"),
        (("CSSC-9", "--to", "CAB"), "No action CSSC-9"),
        (("CSSC-1", "--to", "CAB", "--owner", "Nobody"), "No owner 'Nobody'"),
        (("CSSC-1", "--to", "CAB", "--text", "  "), "--text is empty"),
    ],
)
def test_bad_referrals_are_refused_in_one_line(two, args, words):
    assert words in refused(two, "refer", *args)
    assert refused(two, "show", "CAB-1").startswith("Error: No action CAB-1")


def test_closed_or_already_referred_actions_are_refused(referred):
    assert "already referred to CAB as CAB-1" in refused(referred, "refer", "CSSC-1", "--to", "CAB")
    ok(referred, "done", "CSSC-2")
    assert "only an open action" in refused(referred, "refer", "CSSC-2", "--to", "CAB")


def test_undo_takes_a_referral_back_whole(referred):
    ok(referred, "undo", "--yes")
    assert refused(referred, "show", "CAB-1").startswith("Error: No action CAB-1")
    origin = shown(referred, "CSSC-1")
    assert origin["links"] == [] and "Referred" not in str(origin["notes"])


def test_undoing_the_adding_of_a_linked_action_is_refused(two):
    ok(two, "add-action", "A new one", "--committee", "CSSC")
    ok(two, "link", "CSSC-3", "--supersedes", "CSSC-2")
    line = refused(two, "undo", "2", "--yes")
    assert "linked to CSSC-2" in line
    assert shown(two, "CSSC-3")["status"] == "open"


def test_a_linked_action_cannot_be_deleted(referred):
    line = refused(referred, "delete", "CAB-1", "--yes")
    assert "CAB-1 is linked to CSSC-1, so it cannot be deleted" in line
    assert shown(referred, "CAB-1")["status"] == "open"


def test_the_word_paper_shows_the_links(referred, tmp_path):
    import io

    import docx

    target = tmp_path / "log.docx"
    with at("2022-09-25"):
        ok(referred, "action-log", "CSSC", "--format", "docx", "-o", str(target))
    doc = docx.Document(io.BytesIO(target.read_bytes()))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any("referred to Cabinet (CAB-1)" in c for c in cells)


def test_a_referral_made_confidential_later_returns_without_its_secrets(referred):
    # Made confidential, CAB-1 takes CSSC-1 with it (its referral chain); CSSC-1 is then
    # deliberately made public again, on its own.
    ok(referred, "edit", "CAB-1", "--confidential")
    ok(referred, "edit", "CSSC-1", "--not-confidential")
    with at("2022-10-13"):
        ok(referred, "done", "CAB-1", "--note", "Exempt: legal advice")
    returned = shown(referred, "CSSC-1")["notes"][-1]["text"]
    assert returned == "Cabinet closed the action referred to it as done on 2022-10-13."
    with at("2022-10-14"):
        public = ok(referred, "action-log", "CSSC", "--format", "markdown")
    assert "CAB-1" not in public and "legal advice" not in public


def test_a_referred_action_closed_as_a_duplicate_returns_that_outcome(referred):
    ok(referred, "add-action", "Approve the survey questions", "--committee", "CAB")
    with at("2022-10-13"):
        ok(referred, "link", "CAB-1", "--duplicate-of", "CAB-2")
    assert shown(referred, "CSSC-1")["notes"][-1]["text"] == (
        "Cabinet closed CAB-1 as duplicate on 2022-10-13: Closed as a duplicate of CAB-2 "
        "(1 note moved there)."
    )


def test_the_spreadsheet_log_shows_links_too(referred, tmp_path):
    """The XLSX action log had no links column (the CSV, Markdown, HTML and Word logs had)."""
    import openpyxl

    with at("2022-09-25"):
        target = tmp_path / "log.xlsx"
        ok(referred, "action-log", "CSSC", "-o", str(target))
    sheet = openpyxl.load_workbook(target)["Outstanding actions"]
    rows = list(sheet.iter_rows(values_only=True))
    links = rows[0].index("Links")
    assert [r[links] for r in rows[1:] if r[0] == "CSSC-1"] == ["referred to Cabinet (CAB-1)"]


def test_a_public_actions_closing_note_never_names_a_confidential_successor(two):
    """The note 'Closed: superseded by CSSC-1' on a public action named a confidential one
    in the public action log's latest note (found through clerk publish)."""
    with at("2022-09-22"):
        ok(two, "edit", "CSSC-1", "--confidential")
        ok(two, "link", "CSSC-1", "--supersedes", "CSSC-2")
    with at("2022-09-23"):
        public = ok(two, "action-log", "CSSC", "--format", "markdown")
    assert "CSSC-2" in public and "CSSC-1" not in public
    assert "Closed: superseded by a confidential action." in public
    assert shown(two, "CSSC-1")["links"][0]["words"] == "supersedes CSSC-2"


@pytest.fixture
def chain(referred):
    """CSSC-1 referred to Cabinet (CAB-1), and CAB-1 on to a third committee (CPB-1)."""
    with at("2022-09-25"):
        ok(referred, "committee", "add", "Corporate Parenting Board", "--code", "CPB")
        ok(referred, "refer", "CAB-1", "--to", "CPB")
    return referred


def _published(cli, tmp_path) -> str:
    """Every page and file clerk publish writes, as one text (grep, no browser)."""
    site = tmp_path / "site"
    ok(cli, "publish", "-o", str(site))
    return "\n".join(
        f"{p.relative_to(site)}\n{p.read_text(encoding='utf-8', errors='replace')}"
        for p in sorted(site.rglob("*"))
        if p.is_file()
    )


def test_making_an_action_confidential_takes_its_referral_chain_with_it(chain, tmp_path):
    """edit CSSC-1 --confidential left CAB-1 and CPB-1 (the same matter, referred on)
    public: in clerk publish and in Cabinet's public action log."""
    with at("2022-09-26"):
        out = ok(chain, "edit", "CSSC-1", "--confidential")
    assert "Also made confidential (linked by referral): CAB-1, CPB-1." in out
    for ref in ("CSSC-1", "CAB-1", "CPB-1"):
        assert shown(chain, ref)["confidential"] is True, ref
    with at("2022-09-27"):
        cab_log = ok(chain, "action-log", "CAB", "--format", "markdown")
        site = _published(chain, tmp_path)
    assert "CAB-1" not in cab_log and "confidential action is withheld" in cab_log
    # (CSSC-2, still public, says "with the members".)
    assert "questions with members" not in site
    for ref in ("CSSC-1", "CAB-1", "CPB-1"):  # no page, no open-data record, no link
        assert f"{ref}.html" not in site and f'"{ref}"' not in site and f">{ref}<" not in site
    # Each change is audited on its own action, and one undo puts all three back.
    assert ("no", "yes") in [
        (c["old"], c["new"])
        for c in json.loads(ok(chain, "history", "CPB-1", "--format", "json"))
        if c["field"] == "confidential"
    ]
    ok(chain, "undo", "--yes")
    assert [shown(chain, r)["confidential"] for r in ("CSSC-1", "CAB-1", "CPB-1")] == [
        False,
        False,
        False,
    ]


def test_making_one_action_public_leaves_its_referral_chain_confidential(chain):
    """Deliberately: making one action public publishes that one only, and says which
    linked actions stay confidential and how to publish them."""
    with at("2022-09-26"):
        ok(chain, "edit", "CAB-1", "--confidential")
        out = ok(chain, "edit", "CAB-1", "--not-confidential")
    assert "Still confidential (linked by referral): CSSC-1, CPB-1" in out
    assert "clerk edit CSSC-1 --not-confidential" in out
    assert [shown(chain, r)["confidential"] for r in ("CSSC-1", "CAB-1", "CPB-1")] == [
        True,
        False,
        True,
    ]
