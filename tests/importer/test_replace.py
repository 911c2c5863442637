"""import-minutes --replace (findings bug 3): it never loses work done since the import,
and never changes a reference that has gone out in papers and emails."""

from __future__ import annotations

import json

import pytest

from clerk_cli.schema import Action, Audit, MinutesImport, Note, Resolution

from .conftest import HIGHWAYS


def _actions(cli) -> dict[str, dict]:
    result = cli("list", "--all", "--all-statuses", "--format", "json")
    assert result.exit_code == 0, result.output
    return {a["ref"]: a for a in json.loads(result.output)}


def _history(cli, ref: str) -> list[dict]:
    result = cli("history", ref, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(
    "change",
    [
        ("note", "HTC-1", "Map drafted"),
        ("done", "HTC-1"),
        ("edit", "HTC-1", "--text", "Send the gritting map"),
        ("edit", "HTC-1", "--due", "30/04/2023"),
        ("owner-and-edit",),
    ],
    ids=["note", "status", "text", "due", "owner"],
)
def test_replace_keeps_an_imported_action_changed_since_as_it_is(cli, minutes_file, rows, change):
    path = minutes_file()
    assert cli("import-minutes", str(path), "--yes").exit_code == 0
    if change == ("owner-and-edit",):
        cli("owner", "add", "Head of Network Management")
        change = ("edit", "HTC-1", "--owner", "Head of Network Management")
    assert cli(*change).exit_code == 0
    before = _actions(cli)
    history = _history(cli, "HTC-1")

    result = cli("import-minutes", str(path), "--yes", "--replace", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "kept HTC-1 as changed since the earlier import" in result.output
    assert "HTC-2" not in result.output.split("kept HTC-1")[1]  # only the changed one named
    assert _actions(cli) == before  # the same minutes: nothing else to change either
    assert _history(cli, "HTC-1") == history
    assert len(rows(Action)) == 3 and len(rows(MinutesImport)) == 1


def test_replace_refuses_when_an_imported_action_was_deleted_since(cli, minutes_file, rows):
    path = minutes_file()
    cli("import-minutes", str(path), "--yes")
    assert cli("delete", "HTC-2", "--yes").exit_code == 0
    result = cli("import-minutes", str(path), "--yes", "--replace")
    assert result.exit_code == 1, result.output
    assert "1 of its action(s) deleted since" in result.output
    assert sorted(_actions(cli)) == ["HTC-1", "HTC-3"]


def test_the_review_of_a_replace_names_the_actions_it_keeps_as_changed(cli, minutes_file):
    path = minutes_file()
    cli("import-minutes", str(path), "--yes")
    cli("note", "HTC-3", "Letter sent")
    result = cli("import-minutes", str(path), "--dry-run", "--replace", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "Keeps HTC-3 as it is: changed since that import" in result.output
    assert "Actions (2)" in result.output


def test_replace_of_unchanged_minutes_keeps_every_reference(cli, minutes_file, rows):
    path = minutes_file()
    cli("import-minutes", str(path), "--yes")
    # An action recorded by hand against an imported resolution keeps its link.
    r = cli(
        "add-action",
        "Chase the DfT reply",
        "--meeting",
        "HTC/2023-03-14",
        "--resolution",
        "24/031(2)",
    )
    assert r.exit_code == 0, r.output
    corrected = HIGHWAYS.replace("circulate the dashboard", "circulate the revised dashboard")
    result = cli(
        "import-minutes", str(minutes_file(corrected)), "--yes", "--replace", "--format", "plain"
    )
    assert result.exit_code == 0, result.output
    assert "3 action(s) keep their reference (HTC-1, HTC-2, HTC-3)" in result.output
    assert "re-imported into HTC/2023-03-14" in result.output

    listed = _actions(cli)
    assert sorted(listed) == ["HTC-1", "HTC-2", "HTC-3", "HTC-4"]  # no new reference
    assert "revised dashboard" in listed["HTC-2"]["text"]
    assert listed["HTC-3"]["resolution_ref"] == "24/031(2)"
    assert listed["HTC-4"]["resolution_ref"] == "24/031(2)"  # the hand-made one, relinked
    assert len(rows(Resolution)) == 2 and len(rows(MinutesImport)) == 1
    assert all(a.import_id == rows(MinutesImport)[0].id for a in rows(Action) if a.ref != "HTC-4")
    changed = [(c["field"], c["new"]) for c in _history(cli, "HTC-2") if c["field"] == "text"]
    assert len(changed) == 1 and "revised dashboard" in changed[0][1]
    assert not any(c["field"] == "deleted" for c in _history(cli, "HTC-2"))


def test_replace_deletes_only_actions_no_longer_minuted_and_numbers_new_ones_on(
    cli, minutes_file, rows
):
    path = minutes_file()
    cli("import-minutes", str(path), "--yes")
    corrected = HIGHWAYS.replace(
        "The Democratic Services Officer undertook to circulate the dashboard "
        "to all Members before the next meeting.",
        "The Head of Network Management agreed to publish the salt stock levels by 30 April 2023.",
    ).replace("gritting routes", "salt bins")
    result = cli(
        "import-minutes", str(minutes_file(corrected)), "--yes", "--replace", "--format", "plain"
    )
    assert result.exit_code == 0, result.output
    listed = _actions(cli)
    assert "HTC-1" in listed and "salt bins" in listed["HTC-1"]["text"]  # corrected in place
    assert "HTC-3" in listed
    new = [ref for ref, a in listed.items() if "salt stock" in a["text"]]
    assert new and new[0] not in ("HTC-1", "HTC-2", "HTC-3")
    # Whatever was paired, no reference was reused for another action.
    gone = {(x.label) for x in rows(Audit, field="deleted", entity="action")}
    assert gone.isdisjoint(listed)
    assert rows(Note) == []


def test_a_due_moved_by_a_later_meeting_is_not_a_change(cli, minutes_file):
    march = minutes_file()
    cli("import-minutes", str(march), "--yes")
    june = minutes_file(HIGHWAYS.replace("14 March 2023", "13 June 2023"), "june.txt")
    assert cli("import-minutes", str(june), "--yes").exit_code == 0
    assert _actions(cli)["HTC-2"]["due_date"] == "2023-06-13"  # moved with the calendar
    result = cli("import-minutes", str(march), "--yes", "--replace")
    assert result.exit_code == 0, result.output
    listed = _actions(cli)
    assert listed["HTC-2"]["due_date"] == "2023-06-13"
    assert sorted(listed) == [f"HTC-{n}" for n in range(1, 7)]


# ---- another file of the same meeting (a corrected version of the minutes) ------------------

# The corrected version of HIGHWAYS: every action's sentence reworded a little.
FINAL = (
    HIGHWAYS.replace("secondary\ngritting routes", "secondary\ngritting and salting routes")
    .replace("circulate the dashboard", "circulate the revised dashboard")
    .replace("write to the Department for Transport", "write to the Department for Transport")
)


def _counts(rows) -> tuple[int, int, int, int]:
    return len(rows(Action)), len(rows(Resolution)), len(rows(MinutesImport)), len(rows(Audit))


def test_another_file_of_an_imported_meeting_is_refused_without_replace(cli, minutes_file, rows):
    """minutes_v1 then minutes_final of the same meeting recorded every action twice."""
    assert cli("import-minutes", str(minutes_file(name="minutes_v1.txt")), "--yes").exit_code == 0
    before = _counts(rows)
    final = minutes_file(FINAL, "minutes_final.txt")
    for extra in ((), ("--dry-run",), ("--dry-run", "--format", "plain")):
        result = cli("import-minutes", str(final), "--yes", *extra)
        assert result.exit_code == 1, (extra, result.output)
        [line] = result.output.strip().splitlines()
        assert line.startswith(
            "Error: minutes_final.txt: HTC/2023-03-14 already has 2 resolution(s) and 3 "
            "action(s) imported from minutes_v1.txt on "
        ), line
        assert "--replace" in line
    assert _counts(rows) == before
    assert sorted(_actions(cli)) == ["HTC-1", "HTC-2", "HTC-3"]


def test_corrected_minutes_under_the_same_name_are_refused_without_replace_too(
    cli, minutes_file, rows
):
    assert cli("import-minutes", str(minutes_file()), "--yes").exit_code == 0
    result = cli("import-minutes", str(minutes_file(FINAL)), "--yes")
    assert result.exit_code == 1, result.output
    assert "imported from highways.txt on" in result.output
    assert sorted(_actions(cli)) == ["HTC-1", "HTC-2", "HTC-3"]


def test_a_meeting_imported_with_nothing_in_it_takes_another_file(cli, minutes_file, rows):
    header = HIGHWAYS.splitlines()[0] + "\n\n1. Apologies\nThere were none.\n"
    assert cli("import-minutes", str(minutes_file(header, "agenda.txt")), "--yes").exit_code == 0
    result = cli("import-minutes", str(minutes_file(FINAL, "minutes_final.txt")), "--yes")
    assert result.exit_code == 0, result.output
    assert sorted(_actions(cli)) == ["HTC-1", "HTC-2", "HTC-3"]


def test_replace_takes_another_file_in_place_of_the_earlier_import(cli, minutes_file, rows):
    assert cli("import-minutes", str(minutes_file(name="minutes_v1.txt")), "--yes").exit_code == 0
    final = minutes_file(FINAL, "minutes_final.txt")
    result = cli("import-minutes", str(final), "--yes", "--replace", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "Replaces the import of earlier minutes in minutes_v1.txt" in result.output
    assert "re-imported into HTC/2023-03-14" in result.output
    listed = _actions(cli)
    assert sorted(listed) == ["HTC-1", "HTC-2", "HTC-3"]  # no duplicate, every reference kept
    assert "gritting and salting routes" in listed["HTC-1"]["text"]
    assert "revised dashboard" in listed["HTC-2"]["text"]
    [imp] = rows(MinutesImport)
    assert imp.filename == "minutes_final.txt" and imp.actions == 3
    assert len(rows(Resolution)) == 2
    # and the final version again is "already imported"
    again = cli("import-minutes", str(final), "--yes")
    assert again.exit_code == 0 and "already imported" in again.output


@pytest.mark.parametrize(
    "change",
    [
        ("note", "HTC-1", "Map drafted"),
        ("done", "HTC-1"),
        ("edit", "HTC-1", "--text", "Send the gritting map"),
        ("edit", "HTC-1", "--due", "30/04/2023"),
        ("owner-and-edit",),
    ],
    ids=["note", "status", "text", "due", "owner"],
)
def test_replace_keeps_an_action_changed_by_hand_and_says_so(cli, minutes_file, rows, change):
    assert cli("import-minutes", str(minutes_file(name="minutes_v1.txt")), "--yes").exit_code == 0
    if change == ("owner-and-edit",):
        cli("owner", "add", "Head of Network Management")
        change = ("edit", "HTC-1", "--owner", "Head of Network Management")
    assert cli(*change).exit_code == 0
    kept = _actions(cli)["HTC-1"]
    history = _history(cli, "HTC-1")
    final = minutes_file(FINAL, "minutes_final.txt")

    dry = cli("import-minutes", str(final), "--dry-run", "--replace", "--format", "plain")
    assert dry.exit_code == 0, dry.output
    assert "Keeps HTC-1 as it is: changed since that import" in dry.output
    assert "Actions (2)" in dry.output and "salting" not in dry.output.split("Actions (2)")[1]
    assert _actions(cli)["HTC-1"] == kept  # a dry run records nothing

    result = cli("import-minutes", str(final), "--yes", "--replace", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "kept HTC-1 as changed since the earlier import" in result.output
    listed = _actions(cli)
    assert sorted(listed) == ["HTC-1", "HTC-2", "HTC-3"]  # no second HTC-1
    assert listed["HTC-1"] == kept and _history(cli, "HTC-1") == history
    assert "revised dashboard" in listed["HTC-2"]["text"]  # the others replaced
    assert all(a.import_id == rows(MinutesImport)[0].id for a in rows(Action))


def test_replace_keeps_a_changed_action_no_longer_in_the_minutes(cli, minutes_file, rows):
    assert cli("import-minutes", str(minutes_file(name="minutes_v1.txt")), "--yes").exit_code == 0
    assert cli("note", "HTC-2", "Dashboard sent").exit_code == 0
    final = HIGHWAYS.replace(
        "The Democratic Services Officer undertook to circulate the dashboard to all Members "
        "before the next meeting.\n",
        "",
    )
    result = cli(
        "import-minutes", str(minutes_file(final, "minutes_final.txt")), "--yes", "--replace"
    )
    assert result.exit_code == 0, result.output
    assert "kept HTC-2 as changed since the earlier import" in result.output
    listed = _actions(cli)
    assert sorted(listed) == ["HTC-1", "HTC-2", "HTC-3"]
    assert [n["text"] for n in listed["HTC-2"]["notes"]] == ["Dashboard sent"]
    # its link to the earlier import is kept, so the next replace knows it too
    [imp] = rows(MinutesImport)
    assert {a.import_id for a in rows(Action)} == {imp.id} and imp.actions == 3
    again = cli(
        "import-minutes", str(minutes_file(HIGHWAYS, "minutes_v1.txt")), "--yes", "--replace"
    )
    assert again.exit_code == 0, again.output
    assert sorted(_actions(cli)) == ["HTC-1", "HTC-2", "HTC-3"]


def test_replace_json_names_the_actions_kept_as_changed(cli, minutes_file):
    assert cli("import-minutes", str(minutes_file(name="minutes_v1.txt")), "--yes").exit_code == 0
    assert cli("done", "HTC-3").exit_code == 0
    final = minutes_file(FINAL, "minutes_final.txt")
    result = cli("import-minutes", str(final), "--yes", "--replace", "--format", "json")
    assert result.exit_code == 0, result.output
    [out] = json.loads(result.output)
    assert out["status"] == "replaced"
    assert out["kept_as_changed"] == ["HTC-3"]
    assert out["kept_actions"] == ["HTC-1", "HTC-2"] and out["actions"] == ["HTC-1", "HTC-2"]


def test_a_replace_that_fails_midway_changes_nothing(cli, minutes_file, rows, monkeypatch):
    """The replace is one transaction: the earlier import's deletions and updates are
    taken back with the rest when anything fails."""
    import clerk_cli.store.actions as action_store

    assert cli("import-minutes", str(minutes_file(name="minutes_v1.txt")), "--yes").exit_code == 0
    assert cli("note", "HTC-1", "Map drafted").exit_code == 0
    before = {m.__name__: rows(m) for m in (Action, Resolution, MinutesImport, Audit, Note)}
    final = FINAL.replace(
        "RESOLVED:", "The Clerk agreed to order the salt by 30 April 2023.\n\nRESOLVED:"
    )

    def failing(*args, **kw):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(action_store, "allocate_ref", failing)  # the new action's reference
    result = cli(
        "import-minutes", str(minutes_file(final, "minutes_final.txt")), "--yes", "--replace"
    )
    assert result.exit_code == 3, result.output
    assert "Nothing was changed." in result.output
    assert {m.__name__: rows(m) for m in (Action, Resolution, MinutesImport, Audit, Note)} == before


# A council's website gives each item of a meeting a page of its own: other parts of the
# minutes of the same meeting, not another version of them.
ITEM_7 = """\
MINUTES of a meeting of the Highways and Transport Committee held on Tuesday 14 March 2023 at 10.00 am (Item 7.)

24/031  Winter Maintenance Review

The Director of Highways and Transport agreed to provide ward members with a map of the secondary
gritting routes by 31 March 2023.

RESOLVED: That the review be noted.
"""
ITEM_8 = """\
MINUTES of a meeting of the Highways and Transport Committee held on Tuesday 14 March 2023 at 10.00 am (Item 8.)

24/032  Bus Shelter Programme

The Democratic Services Officer undertook to circulate the shelter replacement schedule to all
Members before the next meeting.

RESOLVED: That the review be noted.
"""


def test_each_items_page_of_one_meeting_is_imported_beside_the_others(cli, minutes_file, rows):
    seven, eight = minutes_file(ITEM_7, "item7.txt"), minutes_file(ITEM_8, "item8.txt")
    result = cli("import-minutes", str(seven), str(eight), "--yes")
    assert result.exit_code == 0, result.output
    assert sorted(_actions(cli)) == ["HTC-1", "HTC-2"]
    assert len(rows(MinutesImport)) == 2

    # a corrected item 8 replaces item 8's import only, whatever order they came in
    corrected = ITEM_8.replace("shelter replacement schedule", "revised shelter schedule")
    again = minutes_file(corrected, "item8-corrected.txt")
    refused = cli("import-minutes", str(again), "--yes")
    assert refused.exit_code == 1 and "imported from item8.txt" in refused.output
    result = cli("import-minutes", str(again), "--yes", "--replace")
    assert result.exit_code == 0, result.output
    listed = _actions(cli)
    assert sorted(listed) == ["HTC-1", "HTC-2"]
    assert "revised shelter schedule" in listed["HTC-2"]["text"]
    assert "gritting routes" in listed["HTC-1"]["text"]
    assert sorted(i.filename for i in rows(MinutesImport)) == ["item7.txt", "item8-corrected.txt"]


def test_a_word_version_then_a_text_version_of_the_same_minutes(cli, minutes_file, tmp_path):
    """The report's own case: minutes_v1.docx, then minutes_final.txt."""
    import docx

    document = docx.Document()
    for paragraph in HIGHWAYS.replace("secondary\ngritting", "secondary gritting").split("\n"):
        document.add_paragraph(paragraph)
    v1 = tmp_path / "minutes_v1.docx"
    document.save(str(v1))
    assert cli("import-minutes", str(v1), "--yes").exit_code == 0
    final = minutes_file(FINAL, "minutes_final.txt")
    refused = cli("import-minutes", str(final), "--yes")
    assert refused.exit_code == 1 and "imported from minutes_v1.docx" in refused.output
    assert cli("import-minutes", str(final), "--yes", "--replace").exit_code == 0
    assert sorted(_actions(cli)) == ["HTC-1", "HTC-2", "HTC-3"]
