"""import-minutes --replace (findings bug 3): it never loses work done since the import,
and never changes a reference that has gone out in papers and emails."""

from __future__ import annotations

import json

import pytest

from clerk_cli.schema import Action, Audit, MinutesImport, Note, Resolution

from .conftest import HIGHWAYS


def _actions(cli) -> dict[str, dict]:
    result = cli("list", "--all", "--format", "json")
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
def test_replace_refuses_when_an_imported_action_changed_since(cli, minutes_file, rows, change):
    path = minutes_file()
    assert cli("import-minutes", str(path), "--yes").exit_code == 0
    if change == ("owner-and-edit",):
        cli("owner", "add", "Head of Network Management")
        change = ("edit", "HTC-1", "--owner", "Head of Network Management")
    assert cli(*change).exit_code == 0
    before = {a["ref"]: a for a in _actions(cli).values()}
    audits = len(rows(Audit))

    result = cli("import-minutes", str(path), "--yes", "--replace")
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: highways.txt: --replace refused")
    assert "HTC-1 changed since" in lines[0]
    assert "HTC-2" not in lines[0] and "HTC-3" not in lines[0]
    assert _actions(cli) == before and len(rows(Audit)) == audits  # nothing changed


def test_replace_refuses_when_an_imported_action_was_deleted_since(cli, minutes_file, rows):
    path = minutes_file()
    cli("import-minutes", str(path), "--yes")
    assert cli("delete", "HTC-2", "--yes").exit_code == 0
    result = cli("import-minutes", str(path), "--yes", "--replace")
    assert result.exit_code == 1, result.output
    assert "1 of its action(s) deleted since" in result.output
    assert sorted(_actions(cli)) == ["HTC-1", "HTC-3"]


def test_review_of_a_refused_replace_is_refused_too(cli, minutes_file):
    path = minutes_file()
    cli("import-minutes", str(path), "--yes")
    cli("note", "HTC-3", "Letter sent")
    result = cli("import-minutes", str(path), "--dry-run", "--replace", "--format", "plain")
    assert result.exit_code == 1
    assert "HTC-3 changed since" in result.output


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
