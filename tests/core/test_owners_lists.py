"""Owners and committees on plain SQL: lists carry what show carries, and names and
addresses pass the one check of rules.people."""

import json


def _json(cli, *args):
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


POST = "Director of Children, Young People and Learning"


def test_owner_list_json_has_the_holders_show_has(seeded):
    """Findings bug 8: owner list --format json gave "holders": [] for every post."""
    seeded("owner", "handover", POST, "--to", "Sam Patel <sam.patel@example.gov.uk>")
    seeded("owner", "add", "Chief Executive")
    listed = {o["name"]: o for o in _json(seeded, "owner", "list")}
    shown = _json(seeded, "owner", "show", POST)
    assert listed[POST]["holders"] == shown["holders"]
    assert [h["name"] for h in listed[POST]["holders"]] == ["Lucy Butler", "Sam Patel"]
    assert listed["Chief Executive"]["holders"] == []
    assert listed[POST]["holder"] == "Sam Patel"


def test_owner_edit_email_must_be_an_address(seeded):
    r = seeded("owner", "edit", POST, "--email", "Lucy Butler")
    assert r.exit_code == 1 and "not a valid email address" in r.output
    r = seeded("owner", "edit", POST, "--email", "lucy@example.gov.uk, ceo@example.gov.uk")
    assert r.exit_code == 1 and "more than one address" in r.output
    assert _json(seeded, "owner", "show", POST)["email"] == "lucy.butler@example.gov.uk"
    assert seeded("owner", "edit", POST, "--email", "l.b@example.gov.uk").exit_code == 0
    assert _json(seeded, "owner", "show", POST)["email"] == "l.b@example.gov.uk"


def test_owner_rename_to_a_taken_name_is_refused(seeded):
    seeded("owner", "add", "Chief Executive")
    r = seeded("owner", "edit", "Chief Executive", "--rename", POST.upper())
    assert r.exit_code == 1 and "already exists" in r.output


def test_committee_rename_to_a_taken_name_is_a_clear_error(seeded):
    seeded("committee", "add", "Cabinet", "--code", "CAB")
    r = seeded("committee", "edit", "CAB", "--name", "children's services scrutiny committee")
    assert r.exit_code == 1 and "already exists" in r.output
    r = seeded("committee", "edit", "CAB", "--name", "The Cabinet")
    assert r.exit_code == 0
    rows = {c["code"]: c for c in _json(seeded, "committee", "list")}
    assert rows["CAB"]["name"] == "The Cabinet"
    assert (rows["CSSC"]["meetings"], rows["CSSC"]["open_actions"]) == (2, 1)


def test_handover_to_the_holder_again_points_at_edit(seeded):
    """Findings bug 16: a second handover to the same person added a "Sam -> Sam" holder
    and audit rows on every action."""
    r = seeded("owner", "handover", POST, "--to", "Sam Patel")
    assert r.exit_code == 0
    assert "Sam Patel has no email address, so gets no digests" in r.output
    r = seeded("owner", "handover", POST, "--to", "Sam Patel <sam.patel@example.gov.uk>")
    assert r.exit_code == 1
    assert "Sam Patel already holds" in r.output and "clerk owner edit" in r.output
    assert [h["name"] for h in _json(seeded, "owner", "show", POST)["holders"]] == [
        "Lucy Butler",
        "Sam Patel",
    ]


def test_owner_counts_as_of_a_past_day_match_the_report(seeded):
    """An action done since was still open, and overdue, on a past day: owner list
    --as-of counts it as report --overdue --as-of lists it."""
    assert seeded("done", "CSSC-1").exit_code == 0  # due 20 Sep 2022, done today
    report = _json(seeded, "report", "--overdue", "--as-of", "2022-10-01", "--owner", POST)
    assert [a["ref"] for a in report] == ["CSSC-1"]
    row = _json(seeded, "owner", "list", "--as-of", "2022-10-01")[0]
    assert (row["open_actions"], row["overdue_actions"]) == (1, 1)
    row = _json(seeded, "owner", "list")[0]  # today: done, so neither
    assert (row["open_actions"], row["overdue_actions"]) == (0, 0)
