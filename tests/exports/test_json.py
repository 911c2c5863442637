"""clerk export --format json and clerk import-json: a complete, versioned, lossless round trip."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from clerk_cli.cli import main
from clerk_cli.services import exports

from .builders import big_export


def _run(db_path, *args):
    return CliRunner().invoke(main, ["--db", db_path, *args], catch_exceptions=False)


def test_round_trip_is_identical(cli, dataset, other_db, tmp_path):
    first = tmp_path / "first.json"
    assert cli("export", "--include-confidential", "-o", str(first)).exit_code == 0
    path, _ = other_db
    result = _run(path, "import-json", str(first))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Imported 2 committees, 6 meetings, 3 owners, 12 actions")
    second = tmp_path / "second.json"
    assert _run(path, "export", "--include-confidential", "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_export_holds_everything(db, dataset):
    data = exports.export_json(db, exports.ExportFilter(include_confidential=True))
    assert data["clerk_export_version"] == 1
    assert data["complete"] is True
    assert [c["code"] for c in data["committees"]] == ["CSSC", "AUD"]
    assert data["committees"][0]["next_action_number"] == 11
    dcs = data["owners"][0]
    assert dcs["holders"][0]["name"] == "Lucy Butler" and dcs["holders"][0]["ended_at"] is None
    assert {r["ref"] for r in data["resolutions"]} == {"22/014", "7.15(3)"}
    slipped = data["actions"][0]
    assert slipped["ref"] == dataset["slipped"]
    assert slipped["slip_count"] == 2 and slipped["original_due_date"] == "2022-04-30"
    assert [n["text"] for n in slipped["notes"]] == ["Draft with legal"]
    assert {h["field"] for h in slipped["history"]} >= {"created", "due_date", "status"}
    assert any(a["entity"] == "meeting" for a in data["audit"])
    assert "minutes_imports" in data and "digests_sent" in data
    done = next(a for a in data["actions"] if a["ref"] == dataset["done"])
    assert done["completed_at"] == "2022-07-01T14:00:00+00:00"


def test_import_keeps_numbering_going(cli, dataset, other_db, tmp_path):
    backup = tmp_path / "b.json"
    cli("export", "--include-confidential", "-o", str(backup))
    path, _ = other_db
    assert _run(path, "import-json", str(backup)).exit_code == 0
    result = _run(path, "add-action", "After the restore", "--committee", "CSSC")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Added CSSC-11:")
    shown = _run(path, "show", "CSSC-1")
    assert "slipped 2x" in shown.output and "Draft with legal" in shown.output


def test_confidential_left_out_by_default(db, dataset):
    data = exports.export_json(db)
    refs = {a["ref"] for a in data["actions"]}
    assert dataset["secret_open"] not in refs and dataset["secret_done"] not in refs
    assert len(refs) == 10
    text = json.dumps(data)
    assert "Settle the claim" not in text and "tribunal" not in text  # nor in the audit trail
    assert data["complete"] is False and data["filters"]["include_confidential"] is False


def test_filters_like_list(cli, dataset):
    data = json.loads(cli("export", "--committee", "AUD").output)
    assert [a["ref"] for a in data["actions"]] == ["AUD-1", "AUD-2"]
    data = json.loads(cli("export", "--status", "done").output)
    assert [a["ref"] for a in data["actions"]] == [dataset["done_early"], dataset["done"]]


def test_import_refuses_a_database_with_records(cli, dataset, tmp_path):
    backup = tmp_path / "b.json"
    cli("export", "--include-confidential", "-o", str(backup))
    result = cli("import-json", str(backup))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "is not empty" in lines[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"committees": []}', "is not a clerk export"),
        ("[1, 2, 3]", "is not a clerk export"),
        ('{"clerk_export_version": 2}', "export version 2"),
        ('{"clerk_export_version": 1, "actions": {}}', '"actions" should be a list'),
        ('{"clerk_export_version": 1, "committees": [{"id": 1}]}', 'committees[0] has no "name"'),
        (
            '{"clerk_export_version": 1, "committees": [{"id": 1, "name": "A", "code": "A", '
            '"next_action_number": 1, "created_at": "yesterday"}]}',
            "committees[0].created_at",
        ),
        ('{"clerk_export_version": 1,', "is not valid JSON"),
        ("\x00\xff", "is not"),
    ],
)
def test_import_refuses_a_wrong_file(cli, tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content.encode("latin-1"))
    result = cli("import-json", str(bad))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.output


def test_import_missing_file(cli, tmp_path):
    result = cli("import-json", str(tmp_path / "nope.json"))
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: No file {tmp_path / 'nope.json'}. Check the path."


def test_a_failed_import_changes_nothing(cli, dataset, other_db, tmp_path):
    backup = tmp_path / "b.json"
    cli("export", "--include-confidential", "-o", str(backup))
    data = json.loads(backup.read_text())
    data["actions"][-1]["committee_id"] = 99  # a foreign key that points nowhere
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data))
    path, database = other_db
    result = _run(path, "import-json", str(broken))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert exports.export_json(database)["committees"] == []  # the whole transaction rolled back


def test_import_of_many_actions_keeps_every_row(other_db):
    # How fast this is, at 100k actions, is measured in benchmarks/ (import-json scenario).
    _, database = other_db
    data = big_export(5_000)
    result = exports.import_json(database, data)
    assert result.counts["action"] == 5_000
    assert result.counts["note"] == 5_000
    restored = exports.export_json(database, exports.ExportFilter(include_confidential=True))
    assert restored["actions"][-1]["ref"] == "BIG-5000"
    assert restored["actions"][0]["created_at"] == "2022-06-14T10:00:00+00:00"
