"""clerk import-minutes through the command line, on a real database per test."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from clerk_cli.schema import (
    Action,
    Audit,
    Committee,
    Meeting,
    MinutesImport,
    Owner,
    Resolution,
)

from .conftest import EXAMPLES, HIGHWAYS, SEED_MINUTES

JSON_KEYS = {"meeting", "resolutions", "actions"}
MEETING_KEYS = {"body", "date"}
RESOLUTION_KEYS = {"ref", "text", "line"}
ACTION_KEYS = {"text", "owner", "due_date", "due_text", "resolution_ref", "line", "status"}


def _actions(cli) -> list[dict]:
    result = cli("list", "--all", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


# ---- importing ------------------------------------------------------------------------


def test_import_with_yes_records_meeting_resolutions_actions_owners_and_dues(
    cli, minutes_file, rows
):
    path = minutes_file()
    result = cli("import-minutes", str(path), "--yes", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "Review of highways.txt" in result.output
    assert "line 5:" in result.output  # every item shows where it came from
    assert "imported into HTC/2023-03-14" in result.output

    committee = rows(Committee)[0]
    assert (committee.code, committee.name) == ("HTC", "Highways and Transport Committee")
    meeting = rows(Meeting)[0]
    assert (meeting.date, meeting.time, meeting.status) == (date(2023, 3, 14), "10:00", "held")
    assert [r.ref for r in rows(Resolution)] == ["24/031(1)", "24/031(2)"]
    assert sorted(o.name for o in rows(Owner)) == [
        "Democratic Services Officer",
        "Director of Highways and Transport",
    ]

    listed = {a["ref"]: a for a in _actions(cli)}
    assert sorted(listed) == ["HTC-1", "HTC-2", "HTC-3"]
    assert listed["HTC-1"]["owner"] == "Director of Highways and Transport"
    assert listed["HTC-1"]["due_date"] == "2023-03-31"
    assert listed["HTC-1"]["meeting"] == "HTC/2023-03-14"
    assert listed["HTC-2"]["due_date"] is None  # "before the next meeting": none scheduled yet
    assert listed["HTC-3"]["resolution_ref"] == "24/031(2)"

    imp = rows(MinutesImport)[0]
    assert (imp.filename, imp.resolutions, imp.actions, imp.by) == (
        "highways.txt",
        2,
        3,
        "test-clerk",
    )
    actions = rows(Action)
    assert all(a.import_id == imp.id for a in actions)
    assert actions[0].source == "highways.txt line 5"
    assert (
        actions[1].due_rule == "next_meeting" and actions[1].due_text == "before the next meeting"
    )
    assert all(r.import_id == imp.id for r in rows(Resolution))
    created = {(x.entity, x.label) for x in rows(Audit, field="created")}
    assert {
        ("action", "HTC-1"),
        ("action", "HTC-3"),
        ("committee", "HTC"),
        ("meeting", "HTC/2023-03-14"),
    } <= created
    assert all(x.by == "test-clerk" for x in rows(Audit))


def test_next_meeting_due_follows_the_calendar(cli, minutes_file):
    cli("import-minutes", str(minutes_file()), "--yes")
    added = cli("meeting", "add", "HTC", "13/06/2023")
    assert added.exit_code == 0, added.output
    assert "1 meeting-relative due date updated" in added.output
    assert {a["ref"]: a["due_date"] for a in _actions(cli)}["HTC-2"] == "2023-06-13"


def test_next_meeting_due_resolves_at_import_against_recorded_meetings(cli, minutes_file):
    cli("committee", "add", "Highways and Transport Committee", "--code", "HWY")
    cli("meeting", "add", "HWY", "13/06/2023")
    result = cli("import-minutes", str(minutes_file()), "--yes")
    assert result.exit_code == 0, result.output
    assert "imported into HWY/2023-03-14" in result.output  # matched by name, kept its code
    assert {a["ref"]: a["due_date"] for a in _actions(cli)}["HWY-2"] == "2023-06-13"


def test_existing_meeting_and_owner_are_used_not_duplicated(cli, minutes_file, rows):
    cli("committee", "add", "Highways & Transport Committee", "--code", "HT")
    cli("meeting", "add", "HT", "14/03/2023", "--time", "10:00")
    cli(
        "owner",
        "add",
        "Director of Highways and Transport",
        "--holder",
        "Marcus Hale <m.hale@example.gov.uk>",
    )
    result = cli("import-minutes", str(minutes_file()), "--yes", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "recorded meeting, scheduled -> held" in result.output
    assert len(rows(Committee)) == 1 and len(rows(Meeting)) == 1
    assert rows(Meeting)[0].status == "held"
    assert sorted(o.name for o in rows(Owner)) == [
        "Democratic Services Officer",
        "Director of Highways and Transport",
    ]


def test_owner_named_by_holder_maps_to_the_post(cli, minutes_file, rows):
    cli(
        "owner",
        "add",
        "Head of Network Management",
        "--holder",
        "Priya Sandhu <p.sandhu@example.gov.uk>",
    )
    text = HIGHWAYS.replace("The Director of Highways and Transport agreed", "Priya Sandhu agreed")
    result = cli("import-minutes", str(minutes_file(text)), "--yes")
    assert result.exit_code == 0, result.output
    assert "Priya Sandhu" not in [o.name for o in rows(Owner)]
    assert _actions(cli)[0]["owner"] == "Head of Network Management"


def test_close_owner_match_is_used_with_yes(cli, minutes_file, rows):
    cli("owner", "add", "Director of Highway and Transport Services")
    text = HIGHWAYS.replace(
        "The Director of Highways and Transport agreed",
        "The Director of Highways & Transport Service agreed",
    )
    result = cli("import-minutes", str(minutes_file(text)), "--yes", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert (
        "Director of Highway and Transport Services (not named exactly so in the minutes: to confirm)"
        in result.output
    )
    owners = [a["owner"] for a in _actions(cli)]
    assert owners[0] == "Director of Highway and Transport Services"
    assert len(rows(Owner)) == 2  # near misses made no new owner


def test_declining_a_close_owner_leaves_the_action_without_one(
    cli, minutes_file, rows, monkeypatch
):
    monkeypatch.setattr("clerk_cli.cli.importer._stdin_is_tty", lambda: True)
    cli("owner", "add", "Director of Highway and Transport Services")
    text = HIGHWAYS.replace(
        "The Director of Highways and Transport agreed",
        "The Director of Highways & Transport Service agreed",
    )
    result = cli("import-minutes", str(minutes_file(text)), input="n\nAy\n")
    assert result.exit_code == 0, result.output
    assert (
        "Line 5 does not name 'Director of Highway and Transport Services' exactly."
        in result.output
    )
    assert "Recorded with no owner instead" in result.output
    assert _actions(cli)[0]["owner"] is None


def test_resolution_ref_clash_gets_a_suffix(cli, minutes_file, rows):
    cli("committee", "add", "Highways and Transport Committee", "--code", "HTC")
    cli("meeting", "add", "HTC", "14/03/2023")
    cli("add-resolution", "Noted by hand", "--meeting", "HTC/2023-03-14", "--ref", "24/031(2)")
    result = cli("import-minutes", str(minutes_file()), "--yes", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "24/031(2) (2)" in result.output
    assert sorted(r.ref for r in rows(Resolution)) == ["24/031(1)", "24/031(2)", "24/031(2) (2)"]
    assert {a["ref"]: a["resolution_ref"] for a in _actions(cli)}["HTC-3"] == "24/031(2) (2)"


def test_committee_and_date_options_override_the_minutes(cli, minutes_file, rows):
    cli("committee", "add", "Environment Scrutiny Panel", "--code", "ESP")
    result = cli(
        "import-minutes", str(minutes_file()), "--committee", "esp", "--date", "15/03/2023", "--yes"
    )
    assert result.exit_code == 0, result.output
    assert "imported into ESP/2023-03-15" in result.output
    assert [c.code for c in rows(Committee)] == ["ESP"]


def test_unknown_committee_option_is_an_error_not_a_new_committee(cli, minutes_file, rows):
    cli("committee", "add", "Highways and Transport Committee", "--code", "HTC")
    result = cli("import-minutes", str(minutes_file()), "--committee", "HCT", "--yes")
    assert result.exit_code == 1
    assert "highways.txt: No committee 'HCT'" in result.output
    assert "Did you mean 'HTC'" in result.output
    assert rows(Action) == []


@pytest.mark.skipif(
    os.environ.get("CLERK_TEST_BACKEND", "sqlite") != "sqlite",
    reason="a PostgreSQL database always exists",
)
def test_committee_option_before_any_database_says_how_to_add_it(cli, minutes_file):
    """A new user's first try: --committee CODE before there is a database was told to
    leave out --committee, though the minutes named none; the hint now says how to add it."""
    result = cli("import-minutes", str(minutes_file()), "--committee", "CSSC", "--dry-run")
    assert result.exit_code == 1
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1, result.output
    assert "No committee 'CSSC' (there is no database yet)" in lines[0]
    assert 'clerk committee add "NAME" --code CSSC' in lines[0]


# ---- unknown committees ------------------------------------------------------------------


def test_unknown_committee_is_created_with_a_suggested_code_with_yes(cli, minutes_file, rows):
    cli("committee", "add", "Housing Scrutiny Committee", "--code", "HSC")
    text = HIGHWAYS.replace("Highways and Transport Committee", "Housing Transport Committee")
    result = cli("import-minutes", str(minutes_file(text)), "--yes", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "(new committee, code HTC)" in result.output
    assert "new committee HTC" in result.output
    assert sorted(c.code for c in rows(Committee)) == ["HSC", "HTC"]


def test_suggested_code_avoids_a_taken_one(cli, minutes_file, rows):
    cli("committee", "add", "Hospital Trust Council", "--code", "HTC")
    result = cli("import-minutes", str(minutes_file()), "--yes")
    assert result.exit_code == 0, result.output
    assert "imported into HTC2/2023-03-14" in result.output
    assert [a["ref"] for a in _actions(cli)] == ["HTC2-1", "HTC2-2", "HTC2-3"]


def test_close_committee_match_asks_and_can_be_declined(cli, minutes_file, rows, monkeypatch):
    monkeypatch.setattr("clerk_cli.cli.importer._stdin_is_tty", lambda: True)
    cli("committee", "add", "Highway and Transport Committee", "--code", "HWY")
    # Decline the close match, then confirm recording: a new committee is made.
    result = cli("import-minutes", str(minutes_file()), "--format", "plain", input="n\nAy\n")
    assert result.exit_code == 0, result.output
    assert (
        "'Highways and Transport Committee' is not recorded. Is it 'Highway and Transport Committee'?"
        in result.output
    )
    assert "will be recorded as a new committee" in result.output
    assert sorted(c.code for c in rows(Committee)) == ["HTC", "HWY"]


def test_close_committee_match_accepted_interactively(cli, minutes_file, rows, monkeypatch):
    monkeypatch.setattr("clerk_cli.cli.importer._stdin_is_tty", lambda: True)
    cli("committee", "add", "Highway and Transport Committee", "--code", "HWY")
    result = cli("import-minutes", str(minutes_file()), input="y\nAy\n")
    assert result.exit_code == 0, result.output
    assert "imported into HWY/2023-03-14" in result.output
    assert [c.code for c in rows(Committee)] == ["HWY"]


def test_declining_the_review_records_nothing(cli, minutes_file, rows, monkeypatch):
    monkeypatch.setattr("clerk_cli.cli.importer._stdin_is_tty", lambda: True)
    result = cli("import-minutes", str(minutes_file()), "--format", "plain", input="An\n")
    assert result.exit_code == 0, result.output
    assert "Record this from highways.txt?" in result.output
    assert "Skipped highways.txt: nothing recorded." in result.output
    assert rows(Committee) == [] and rows(Action) == [] and rows(MinutesImport) == []


# ---- dry runs -----------------------------------------------------------------------------


def test_dry_run_json_prints_the_extraction_and_creates_no_database(cli, minutes_file):
    result = cli("import-minutes", str(minutes_file()), "--dry-run", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == JSON_KEYS
    assert set(data["meeting"]) == MEETING_KEYS
    assert data["meeting"] == {"body": "Highways and Transport Committee", "date": "2023-03-14"}
    assert (
        all(set(r) == RESOLUTION_KEYS for r in data["resolutions"])
        and len(data["resolutions"]) == 2
    )
    assert all(set(a) == ACTION_KEYS for a in data["actions"]) and len(data["actions"]) == 3
    assert data["actions"][0]["due_date"] == "2023-03-31"
    assert not Path(cli.url).exists()


def test_dry_run_json_of_several_files_is_a_list(cli, minutes_file):
    one = minutes_file()
    two = minutes_file(HIGHWAYS.replace("14 March 2023", "13 June 2023"), "june.txt")
    result = cli("import-minutes", str(one), str(two), "--dry-run", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["meeting"]["date"] for d in data] == ["2023-03-14", "2023-06-13"]
    assert not Path(cli.url).exists()


def test_dry_run_review_creates_no_database(cli, minutes_file):
    result = cli("import-minutes", str(minutes_file()), "--dry-run", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "(new committee, code HTC)" in result.output
    assert "Dry run: nothing recorded from highways.txt." in result.output
    assert not Path(cli.url).exists()


def test_dry_run_against_a_database_matches_but_writes_nothing(cli, minutes_file, rows):
    cli("owner", "add", "Democratic Services Officer")
    before = len(rows(Audit))
    result = cli("import-minutes", str(minutes_file()), "--dry-run", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "Owner: Democratic Services Officer\n" in result.output  # matched, not "(new owner)"
    assert "Owner: Director of Highways and Transport (new owner)" in result.output
    assert len(rows(Audit)) == before and rows(Action) == [] and rows(Committee) == []


# ---- re-import and --replace ---------------------------------------------------------------


def test_reimport_says_already_imported_and_changes_nothing(cli, minutes_file, rows):
    path = minutes_file()
    cli("import-minutes", str(path), "--yes")
    audits = len(rows(Audit))
    # Same content, other line endings and trailing spaces: still the same minutes.
    same = minutes_file(HIGHWAYS.replace("\n", "  \r\n"), "copy-of-highways.txt")
    for p in (path, same):
        result = cli("import-minutes", str(p), "--yes")
        assert result.exit_code == 0, result.output
        assert "already imported on" in result.output and "Use --replace" in result.output
    assert len(rows(Action)) == 3 and len(rows(Resolution)) == 2 and len(rows(MinutesImport)) == 1
    assert len(rows(Audit)) == audits


def test_replace_takes_corrected_minutes_of_the_same_file_and_meeting(cli, minutes_file, rows):
    cli("import-minutes", str(minutes_file()), "--yes")
    corrected = HIGHWAYS.replace("circulate the dashboard", "circulate the revised dashboard")
    result = cli("import-minutes", str(minutes_file(corrected)), "--yes", "--replace")
    assert result.exit_code == 0, result.output
    assert "re-imported" in result.output
    texts = [a["text"] for a in _actions(cli)]
    assert len(texts) == 3 and any("revised dashboard" in t for t in texts)


def test_replace_of_minutes_never_imported_just_imports(cli, minutes_file, rows):
    result = cli("import-minutes", str(minutes_file()), "--yes", "--replace")
    assert result.exit_code == 0, result.output
    assert "imported into HTC/2023-03-14" in result.output
    assert len(rows(Action)) == 3


# ---- all or nothing ---------------------------------------------------------------------------


def test_a_failure_midway_leaves_nothing_of_that_file(cli, minutes_file, rows, monkeypatch):
    import clerk_cli.store.actions as action_store

    real = action_store.allocate_ref
    calls = []

    def failing(s, committee_id, code):
        calls.append(code)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(s, committee_id, code)

    monkeypatch.setattr(action_store, "allocate_ref", failing)
    result = cli("import-minutes", str(minutes_file()), "--yes")
    assert result.exit_code == 3
    assert "Unexpected error: RuntimeError: disk on fire. Nothing was changed." in result.output
    assert len(calls) == 2  # the first action was inserted before the failure
    for model in (Committee, Meeting, Owner, Resolution, Action, MinutesImport, Audit):
        assert rows(model) == [], model.__name__


def test_an_error_in_a_later_file_keeps_earlier_files_whole(cli, minutes_file, rows):
    one = minutes_file()
    bad = minutes_file(
        "No date here, no committee either.\nThe Clerk agreed to tidy up.\n", "notes.txt"
    )
    result = cli("import-minutes", str(one), str(bad), "--yes")
    assert result.exit_code == 1
    assert "notes.txt: no meeting date found" in result.output
    assert rows(Action) == []  # checked before any file was recorded


# ---- safety and errors -------------------------------------------------------------------------


def test_no_tty_and_no_yes_refuses_without_hanging(cli, minutes_file):
    result = cli("import-minutes", str(minutes_file()))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "not a terminal" in lines[0] and "--yes" in lines[0] and "--dry-run" in lines[0]
    assert not Path(cli.url).exists()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "missing.txt", "missing.txt: no such file."),
        (lambda d: d, "is a folder, not a minutes file"),
        (lambda d: _write(d / "empty.txt", b""), "empty.txt': the file is empty"),
        (
            lambda d: _write(d / "blob.txt", bytes(range(256)) * 8),
            "blob.txt': it looks like a binary file",
        ),
        (lambda d: _write(d / "sheet.xlsx", b"PK\x03\x04"), "sheet.xlsx': unsupported file type"),
        (
            lambda d: _write(
                d / "nodate.txt", b"Minutes of the Planning Committee\nThe Clerk agreed to write.\n"
            ),
            "nodate.txt: no meeting date found. Give it with --date, e.g. --date 14/06/2022.",
        ),
        (
            lambda d: _write(
                d / "nobody.txt", b"Date: 14 March 2023\nThe Clerk agreed to write.\n"
            ),
            "nobody.txt: no committee or board named in the minutes. Give it with --committee CODE",
        ),
    ],
)
def test_bad_files_fail_with_one_line_and_write_nothing(cli, tmp_path, make, expected):
    folder = tmp_path / "in"
    folder.mkdir()
    path = make(folder)
    result = cli("import-minutes", str(path), "--yes")
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert expected in lines[0]
    if "no meeting date" not in expected and "no committee" not in expected:
        assert not Path(cli.url).exists()  # file problems are found before the database is opened


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_date_option_rescues_minutes_without_a_date(cli, tmp_path):
    path = _write(
        tmp_path / "nodate.txt",
        b"Minutes of the Planning Committee\n\nThe Clerk agreed to write to the applicant.\n",
    )
    result = cli("import-minutes", str(path), "--date", "14/06/2022", "--yes")
    assert result.exit_code == 0, result.output
    assert "/2022-06-14" in result.output


def test_json_output_needs_dry_run_or_yes(cli, minutes_file, monkeypatch):
    monkeypatch.setattr("clerk_cli.cli.importer._stdin_is_tty", lambda: True)
    result = cli("import-minutes", str(minutes_file()), "--format", "json")
    assert result.exit_code == 2
    assert "--format json needs --dry-run or --yes" in result.output


def test_json_results_with_yes(cli, minutes_file):
    result = cli("import-minutes", str(minutes_file()), "--yes", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data[0]["status"] == "imported" and data[0]["actions"] == ["HTC-1", "HTC-2", "HTC-3"]
    again = json.loads(
        cli("import-minutes", str(minutes_file()), "--yes", "--format", "json").output
    )
    assert again[0]["status"] == "already imported" and again[0]["actions"] == []


def test_several_files_piped_show_no_progress_bar(cli, minutes_file, rows):
    one = minutes_file()
    two = minutes_file(HIGHWAYS.replace("14 March 2023", "13 June 2023"), "june.txt")
    result = cli("import-minutes", str(one), str(two), "--yes", "--format", "plain")
    assert result.exit_code == 0, result.output
    assert "Importing minutes" not in result.output and "\x1b[" not in result.output
    assert [m.date for m in rows(Meeting)] == [date(2023, 3, 14), date(2023, 6, 13)]
    # The March "next meeting" due found the June meeting imported after it.
    assert {a["ref"]: a["due_date"] for a in _actions(cli)}["HTC-2"] == "2023-06-13"


def test_table_review_renders_with_rich(cli, minutes_file):
    result = cli("import-minutes", str(minutes_file()), "--dry-run", "--format", "table")
    assert result.exit_code == 0, result.output
    assert "Resolutions (2)" in result.output and "Actions (3)" in result.output
    assert "line 12:" in result.output


def test_example_minutes_import(cli, rows):
    """The committed examples import whole; the extractor decides what they hold."""
    files = sorted(
        str(p) for p in EXAMPLES.glob("*") if p.suffix in {".txt", ".md", ".html", ".docx"}
    )
    assert files
    result = cli("import-minutes", *files, "--yes", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["status"] for d in data] == ["imported"] * len(files)
    assert len(rows(MinutesImport)) == len(files)
    assert len(rows(Action)) == sum(len(d["actions"]) for d in data) > 0


def test_help_has_an_example(cli):
    result = cli("import-minutes", "--help")
    assert result.exit_code == 0
    assert "clerk import-minutes" in result.output and "--dry-run" in result.output


def test_seed_minutes_import_into_one_committee(seeded, rows):
    """The real council minutes in ../shared/seed-minutes import whole (when that folder exists)."""
    files = sorted(str(p) for p in SEED_MINUTES.glob("0*.txt")) if SEED_MINUTES.exists() else []
    if not files:
        pytest.skip("no ../shared/seed-minutes here")
    before = len(rows(Action))
    result = seeded(
        "import-minutes",
        *files,
        "--committee",
        "CSSC",
        "--date",
        "24/01/2020",
        "--yes",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    data = {Path(d["file"]).name[:3]: d for d in json.loads(result.output)}
    assert all(
        d["status"] == "imported" and d["meeting"] == "CSSC/2020-01-24" for d in data.values()
    )
    assert data["000"]["actions"] == []  # a discussion only: no action
    assert len(rows(Action)) == before + sum(len(d["actions"]) for d in data.values())
    meeting = next(m for m in rows(Meeting) if m.date == date(2020, 1, 24))
    refs = [r.ref for r in rows(Resolution, meeting_id=meeting.id)]
    assert refs == [
        ref for d in data.values() for ref in d["resolutions"]
    ]  # one meeting, unique refs


def test_an_action_too_short_to_stand_alone_is_recorded_with_its_item(cli, minutes_file):
    """Sets 27 to 29 were full of "Clerk to chase." and "Frances to order them.": in an
    action log a month later these say nothing.  The item's heading goes with them."""
    text = (
        "Minutes of the Elmbridge Parish Council meeting held on 5 March 2024\n\n"
        "Present: Cllr Ann Lowe (Chair), Cllr Bo Reid\n\n"
        "6. Street lighting outside 14 High Street\n"
        "The light is still out. Clerk to chase.\n\n"
        "7. Waymark discs and posts\n"
        "The Council RESOLVED to spend up to £150. Cllr Reid to order them.\n\n"
        "8. Footpaths\n"
        "Clerk to write to the county council about the broken stile on FP12.\n"
    )
    result = cli("import-minutes", str(minutes_file(text, "elmbridge.txt")), "--yes")
    assert result.exit_code == 0, result.output
    assert [a["text"] for a in _actions(cli)] == [
        "Clerk to chase (item: Street lighting outside 14 High Street; re: The light is still out).",
        "Cllr Reid to order them (item: Waymark discs and posts; re: The Council RESOLVED to "
        "spend up to £150).",
        "Write to the county council about the broken stile on FP12.",
    ]


def test_a_word_action_table_with_empty_cells_is_read(cli, tmp_path):
    """Found by the import-minutes fixes: a Word table's row with an empty Due cell ("Write to
    Mr Smith | Clerk |" once read) was not a table row, so a table whose Due cells were all
    empty gave no actions at all."""
    import json

    import docx

    document = docx.Document()
    document.add_paragraph(
        "Minutes of a meeting of the Highways Committee held on Tuesday 14 March 2023"
    )
    table = document.add_table(rows=4, cols=3)
    rows = [
        ("Action", "Owner", "Due"),
        ("Write to Mr Smith about the hedge", "Clerk", ""),
        ("Report to Cabinet on costs", "Treasurer", ""),
        ("Invite the Inspector to the June meeting", "", "30/04/2023"),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "highways.docx"
    document.save(path)
    result = cli("import-minutes", str(path), "--yes")
    assert result.exit_code == 0, result.output
    listed = json.loads(cli("list", "--all", "--format", "json").output)
    assert sorted((a["text"], a["owner"]) for a in listed) == [
        ("Invite the Inspector to the June meeting", None),
        ("Report to Cabinet on costs", "Treasurer"),
        ("Write to Mr Smith about the hedge", "Clerk"),
    ]
