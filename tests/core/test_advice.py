"""Errors give advice that works (findings bugs 11, 12, 23)."""

from __future__ import annotations


def test_a_mistyped_command_gets_a_suggestion(cli):
    r = cli("reprot")
    assert r.exit_code == 2
    assert "Did you mean 'report'" in r.output


def test_a_prefix_of_a_post_is_suggested(seeded):
    seeded("owner", "add", "Interim Assistant Director (MASH, Assessment, CP Court & CIN)")
    r = seeded("edit", "CSSC-1", "--owner", "Interim Assistant Director")
    assert r.exit_code == 1
    assert "Did you mean 'Interim Assistant Director (MASH" in r.output


def test_whole_words_inside_a_post_are_suggested(seeded):
    r = seeded("report", "--owner", "Director of Children")
    assert "Did you mean 'Director of Children, Young People and Learning'" in r.output


def test_advice_names_only_options_that_exist(seeded):
    edit = seeded("edit", "CSSC-1", "--owner", "Head of Nothing")
    assert "--create-owner" not in edit.output and "clerk owner add" in edit.output
    report = seeded("report", "--owner", "Head of Nothing")
    assert "owner add" not in report.output and "clerk owner list" in report.output
    add = seeded("add-action", "X", "--committee", "CSSC", "--owner", "Head of Nothing")
    assert "--create-owner" in add.output


def test_text_starting_with_a_dash_is_explained(seeded):
    r = seeded("add-action", "-£500 overspend", "--committee", "CSSC")
    assert r.exit_code == 2
    assert "put -- before it" in r.output


def test_the_same_action_twice_is_refused_unless_asked(seeded):
    """Findings bug 22: the same add-action run twice made two actions."""
    args = (
        "add-action",
        "Circulate the DfE adviser's first report",
        "--meeting",
        "CSSC/2022-06-14",
        "--owner",
        "Director of Children, Young People and Learning",
        "--due",
        "within six weeks",
    )
    assert seeded(*args).exit_code == 0
    again = seeded(*args[:1], "circulate the DfE adviser's first report.", *args[2:])
    assert again.exit_code == 1
    assert "CSSC-2 is already open" in again.output and "--allow-duplicate" in again.output
    assert seeded(*args, "--allow-duplicate").exit_code == 0


def test_plain_tables_stay_in_line_with_long_names(seeded):
    """Findings bug 19: a 61-character post pushed its row out of line."""
    long = "Interim Assistant Director (MASH, Assessment, CP Court & CIN) X"
    assert seeded("owner", "add", long).exit_code == 0
    lines = seeded("owner", "list", "--format", "plain").output.splitlines()
    header = lines[1]
    col = header.index("HOLDER")
    for line in lines[2:]:
        assert len(line) <= col or line[col - 2 : col] == "  ", line
    show = seeded("show", "CSSC-1", "--format", "plain").output.splitlines()
    labelled = [line for line in show[1:] if line.startswith("  ") and ": " in line]
    starts = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in labelled}
    assert len(starts) == 1, show
