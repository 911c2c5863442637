"""Correct anything, lose nothing (issue 15): committee codes, archiving and deleting
committees, and retiring, vacating and deleting posts; every change audited."""

import json

import pytest


def _json(cli, *args):
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _audit(cli, code):
    return _json(cli, "history", "--committee", code)


def test_a_committee_code_can_be_corrected_and_old_references_keep_working(seeded):
    cli = seeded
    r = cli("committee", "edit", "CSSC", "--code", "CYP")
    assert r.exit_code == 0, r.output
    assert "Updated committee CYP" in r.output
    # The action made under the old code keeps its reference, and its committee.
    shown = _json(cli, "show", "CSSC-1")
    assert shown["ref"] == "CSSC-1"
    # New actions take the new code and carry on the numbering.
    r = cli("add-action", "Another", "--committee", "CYP")
    assert "CYP-2" in r.output, r.output
    assert cli("show", "CYP-2").exit_code == 0
    # Meetings are referred to by the new code.
    assert cli("meeting", "show", "CYP/2022-06-14").exit_code == 0
    # The change is audited.
    codes = [(h["old"], h["new"]) for h in _audit(cli, "CYP") if h["field"] == "code"]
    assert codes == [("CSSC", "CYP")]


def test_a_former_code_is_never_given_to_another_committee(seeded):
    assert seeded("committee", "edit", "CSSC", "--code", "CYP").exit_code == 0
    r = seeded("committee", "add", "Cabinet", "--code", "CSSC")
    assert r.exit_code == 1
    assert "CSSC was the code of CYP" in r.stderr
    # ...but the committee itself may go back to it.
    assert seeded("committee", "edit", "CYP", "--code", "CSSC").exit_code == 0
    r = seeded("committee", "edit", "CSSC", "--code", "bad code!")
    assert r.exit_code == 1 and "cannot be a committee code" in r.stderr


def test_archived_committee_is_hidden_from_lists_and_status_but_kept(seeded):
    cli = seeded
    assert cli("committee", "add", "Cabinet", "--code", "CAB").exit_code == 0
    # Archiving must not hide work still owed.
    r = cli("committee", "archive", "CSSC")
    assert r.exit_code == 1 and "1 open action" in r.stderr and "clerk drop" in r.stderr
    assert cli("done", "CSSC-1").exit_code == 0
    assert cli("committee", "archive", "CSSC").exit_code == 0
    assert [c["code"] for c in _json(cli, "committee", "list")] == ["CAB"]
    listed = _json(cli, "committee", "list", "--include-archived")
    assert [(c["code"], c["archived"]) for c in listed] == [("CAB", False), ("CSSC", True)]
    status = cli("status", "--format", "plain").output
    assert "CSSC" not in status
    # Its records are still there, with their history.
    assert cli("show", "CSSC-1").exit_code == 0
    assert [h["new"] for h in _audit(cli, "CSSC") if h["field"] == "archived"] == ["yes"]
    assert cli("committee", "archive", "CSSC").exit_code == 1  # already
    # Its meetings leave the meeting list too, unless asked for or the committee is named.
    assert _json(cli, "meeting", "list") == []
    assert len(_json(cli, "meeting", "list", "--include-archived")) == 2
    assert len(_json(cli, "meeting", "list", "--committee", "CSSC")) == 2
    assert cli("committee", "restore", "CSSC").exit_code == 0
    assert len(_json(cli, "committee", "list")) == 2


def test_committee_delete_only_without_records(seeded):
    cli = seeded
    for yes in (("--yes",), ()):  # refused before anything is asked
        r = cli("committee", "delete", "CSSC", *yes)
        assert r.exit_code == 1
        assert "2 meetings and 1 action" in r.stderr and "archive" in r.stderr
    assert cli("committee", "add", "Cabinet (created by mistake)", "--code", "C").exit_code == 0
    r = cli("committee", "delete", "C")  # no terminal: needs --yes
    assert r.exit_code == 1 and "--yes" in r.stderr
    assert cli("committee", "delete", "C", "--yes").exit_code == 0
    assert [c["code"] for c in _json(cli, "committee", "list")] == ["CSSC"]


POST = "Director of Children, Young People and Learning"


def _owners(cli, *extra):
    return {o["name"]: o for o in _json(cli, "owner", "list", *extra)}


def test_bad_email_is_refused_and_the_good_one_kept(seeded):
    """Findings bug 2: owner edit --email garbage erased the address."""
    cli = seeded
    for bad in ("garbage", "", "  ", "a@b, c@d.org"):
        r = cli("owner", "edit", POST, "--email", bad)
        assert r.exit_code == 1, bad
    assert _owners(cli)[POST]["email"] == "lucy.butler@example.gov.uk"
    assert cli("owner", "edit", POST, "--email", "l.butler@example.gov.uk").exit_code == 0
    assert _owners(cli)[POST]["email"] == "l.butler@example.gov.uk"


def test_a_post_can_be_left_vacant(seeded):
    cli = seeded
    r = cli("owner", "handover", POST, "--to", "")  # findings bug 18
    assert r.exit_code == 1 and "clerk owner vacant" in r.stderr
    r = cli("owner", "vacant", POST)
    assert r.exit_code == 0, r.output
    assert "Lucy Butler has left" in r.output
    assert "1 open action" in r.stderr
    o = _owners(cli)[POST]
    assert o["holder"] is None and o["holders"][0]["ended_at"]
    assert cli("owner", "vacant", POST).exit_code == 1  # already vacant
    history = _json(cli, "history", "CSSC-1")
    assert [(h["field"], h["old"], h["new"]) for h in history if h["field"] == "holder"] == [
        ("holder", "Lucy Butler <lucy.butler@example.gov.uk>", None)
    ]
    # Handing it over afterwards works as ever.
    assert cli("owner", "handover", POST, "--to", "Sam Patel <sam@example.gov.uk>").exit_code == 0


def test_retire_needs_no_open_actions_and_hides_the_post(seeded):
    cli = seeded
    r = cli("owner", "retire", POST)
    assert r.exit_code == 1 and "CSSC-1" in r.stderr
    assert cli("done", "CSSC-1").exit_code == 0
    assert cli("owner", "retire", POST).exit_code == 0
    assert POST not in _owners(cli)
    retired = _owners(cli, "--include-retired")[POST]
    assert retired["retired"] is True and retired["holder"] is None
    assert cli("show", "CSSC-1").exit_code == 0  # its actions stay
    assert cli("owner", "reinstate", POST).exit_code == 0
    assert POST in _owners(cli)


def test_owner_delete_only_when_unused(seeded):
    cli = seeded
    for yes in (("--yes",), ()):  # refused before anything is asked
        r = cli("owner", "delete", POST, *yes)
        assert r.exit_code == 1 and "retire" in r.stderr
    assert cli("owner", "add", "leadership team").exit_code == 0
    assert cli("owner", "delete", "leadership team").exit_code == 1  # no terminal, no --yes
    assert cli("owner", "delete", "leadership team", "--yes").exit_code == 0
    assert "leadership team" not in _owners(cli, "--include-retired")


@pytest.mark.parametrize(
    "args, field",
    [
        (("committee", "edit", "CSSC", "--code", "CYP"), "code"),
        (("committee", "archive", "SPARE"), "archived"),
        (("owner", "retire", "Spare post"), "retired"),
        (("owner", "delete", "Spare post", "--yes"), "deleted"),
        (("owner", "vacant", POST), "holder"),
    ],
)
def test_every_change_is_audited(seeded, db, args, field):
    seeded("owner", "add", "Spare post", "--holder", "Al Ng <al@example.gov.uk>")
    seeded("committee", "add", "Spare Committee", "--code", "SPARE")
    count = "SELECT count(*) FROM audit WHERE field = ?"
    before = db.run_sql(lambda q: q.scalar(count, (field,)))
    assert seeded(*args).exit_code == 0
    assert db.run_sql(lambda q: q.scalar(count, (field,))) > before


def test_the_former_code_still_finds_its_committee_and_meetings(seeded):
    assert seeded("committee", "edit", "CSSC", "--code", "CYP").exit_code == 0
    for args in (
        ("meeting", "show", "CSSC/2022-06-14"),
        ("meeting", "show", "CYP/2022-06-14"),
        ("list", "--committee", "CSSC"),
    ):
        result = seeded(*args)
        assert result.exit_code == 0, (args, result.output)


def test_a_retired_post_takes_no_new_actions(seeded):
    assert seeded("owner", "add", "Head of Transformation").exit_code == 0
    assert seeded("owner", "retire", "Head of Transformation").exit_code == 0
    add = seeded("add-action", "X", "--committee", "CSSC", "--owner", "Head of Transformation")
    assert add.exit_code == 1 and "retired" in add.output
    edit = seeded("edit", "CSSC-1", "--owner", "Head of Transformation")
    assert edit.exit_code == 1 and "owner reinstate" in edit.output


def test_owner_delete_refuses_a_post_that_ever_had_an_action(seeded):
    """Fresh-user test, owners bug 3: a post whose actions had all moved to another post
    could be deleted, and their history (and clerk undo, and as-of reports) lost it."""
    cli = seeded
    for name in ("Head of Audit", "Head of Audit Services", "Head of Finance"):
        assert cli("owner", "add", name).exit_code == 0
    for text, post in (("Audit plan", "Head of Audit"), ("Fees review", "Head of Finance")):
        r = cli("add-action", text, "--owner", post, "--committee", "CSSC")
        assert r.exit_code == 0, r.output
    # CSSC-2 moves on to another post; the post it left is then renamed.
    assert cli("edit", "CSSC-2", "--owner", "Head of Audit Services").exit_code == 0
    assert cli("owner", "edit", "Head of Audit", "--rename", "Chief Auditor").exit_code == 0
    assert cli("drop", "CSSC-3", "--note", "Not needed").exit_code == 0  # closed, still counts
    for post, refs in (("Chief Auditor", "CSSC-2"), ("Head of Finance", "CSSC-3")):
        for yes in (("--yes",), ()):
            r = cli("owner", "delete", post, *yes)
            assert r.exit_code == 1, r.output
            line = r.stderr.strip()
            assert len(line.splitlines()) == 1 and refs in line, line
            assert f'clerk owner retire "{post}"' in line and "--rename" in line
    names = _owners(cli, "--include-retired")
    assert "Chief Auditor" in names and "Head of Finance" in names
    # The history still names the post it left.
    history = _json(cli, "history", "CSSC-2")
    assert ("Head of Audit", "Head of Audit Services") in [
        (h["old"], h["new"]) for h in history if h["field"] == "owner"
    ]
    # A post that never had an action can still go.
    assert cli("owner", "add", "Typo post").exit_code == 0
    assert cli("owner", "delete", "Typo post", "--yes").exit_code == 0
