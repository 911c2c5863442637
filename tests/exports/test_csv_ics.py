"""clerk export --format csv (Excel-ready and formula-safe) and --format ics (to-dos an owner subscribes to)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from actionlog.dataset import DCS, FORMULA
from actionlog.golden import check_golden

from clerk_cli.render.export_formats import actions_csv
from clerk_cli.services import exports

EXPORT = ("export", "--as-of", "2022-09-13")


def _normalise(data: bytes) -> bytes:
    # The dataset is recorded on fixed days (tests/actionlog/dataset.py), so every
    # timestamp is part of the golden file.
    return data


def test_csv_golden(cli, dataset, tmp_path):
    target = tmp_path / "actions.csv"
    result = cli(*EXPORT, "--format", "csv", "-o", str(target))
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM so Excel reads it as UTF-8
    # CSSC-10 (from the meeting of 20 September, recorded on the 21st) did not exist yet.
    assert data.count(b"\r\n") == 10 and b"\n" not in data.replace(b"\r\n", b"")
    check_golden("export_actions.csv", _normalise(data))


def test_csv_leaves_out_confidential_unless_asked(cli, dataset):
    public = cli(*EXPORT, "--format", "csv").output
    assert "Settle the claim" not in public
    restricted = cli(*EXPORT, "--format", "csv", "--include-confidential").output
    assert "Settle the claim" in restricted


@pytest.mark.parametrize("lead", ["=", "+", "-", "@"])
def test_csv_injection_is_neutralised(cli, seeded, lead):
    text = f"{lead}cmd|' /C calc'!A0"
    assert cli("note", "CSSC-1", "--", text).exit_code == 0
    assert cli("add-action", "--committee", "CSSC", "--", f"{lead}1+1").exit_code == 0
    out = cli("export", "--format", "csv").output.lstrip("\ufeff")
    rows = {r["ref"]: r for r in csv.DictReader(io.StringIO(out, newline=""))}
    assert rows["CSSC-1"]["latest_note"] == "'" + text
    assert rows["CSSC-2"]["text"] == f"'{lead}1+1"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", "a=b"])
def test_csv_cells_are_safe_for_every_lead(value):
    from clerk_cli.views import ActionView

    row = ActionView(
        ref="X-1", text=value, status="open", committee="X", committee_name="X", latest_note=value
    )
    out = actions_csv([row]).lstrip("\ufeff")
    cells = next(csv.DictReader(io.StringIO(out, newline="")))
    expected = "'" + value if value[0] in "=+-@\t\r" else value
    assert cells["text"] == expected and cells["latest_note"] == expected


def test_csv_formula_in_action_text(cli, dataset):
    rows = list(
        csv.DictReader(io.StringIO(cli(*EXPORT, "--format", "csv").output.lstrip("\ufeff")))
    )
    assert next(r for r in rows if r["ref"] == dataset["formula"])["text"] == "'" + FORMULA
    assert next(r for r in rows if r["ref"] == dataset["aud_soon"])["text"].startswith("'@")


# ---- ICS -----------------------------------------------------------------------------------


def _calendar(text: str):
    from icalendar import Calendar

    return Calendar.from_ical(text)


def _todos(cal):
    return [c for c in cal.walk() if c.name == "VTODO"]


def test_ics_open_actions_with_due_dates(cli, dataset):
    result = cli(*EXPORT, "--format", "ics")
    assert result.exit_code == 0
    cal = _calendar(result.output)
    assert cal["VERSION"] == "2.0" and "clerk" in str(cal["PRODID"])
    todos = {_ref(t): t for t in _todos(cal)}
    # Open, dated, not confidential: CSSC-1, 3, 4 and AUD-1, 2 (CSSC-9 has no due date;
    # CSSC-10, from the meeting of 20 September, did not exist yet).
    assert sorted(todos) == sorted(("cssc-1", "cssc-3", "cssc-4", "aud-1", "aud-2"))
    slipped = todos["cssc-1"]
    assert str(slipped["SUMMARY"]) == "[CSSC-1] Report the revised budget to Cabinet"
    assert slipped["DUE"].dt == date(2022, 8, 31)  # a date, not a date-time
    assert type(slipped["DUE"].dt) is date
    assert str(slipped["STATUS"]) == "IN-PROCESS"
    assert str(todos["cssc-3"]["STATUS"]) == "NEEDS-ACTION"
    description = str(slipped["DESCRIPTION"])
    assert "Committee: Children's Services Scrutiny Committee (CSSC)" in description
    assert "Meeting: CSSC/2022-03-15" in description
    assert f"Owner: {DCS} (Lucy Butler)" in description


def _ref(todo) -> str:
    """The action's reference in a UID: action-todo-cssc-5.<database id>@clerk."""
    uid = str(todo["UID"])
    assert uid.startswith("action-todo-") and uid.endswith("@clerk"), uid
    return uid.removeprefix("action-todo-").split(".", 1)[0]


def test_ics_uid_is_stable(cli, dataset):
    first = [str(t["UID"]) for t in _todos(_calendar(cli(*EXPORT, "--format", "ics").output))]
    cli("note", "CSSC-1", "Another note")
    second = [str(t["UID"]) for t in _todos(_calendar(cli(*EXPORT, "--format", "ics").output))]
    assert first == second


def test_ics_per_owner_and_committee(cli, dataset, tmp_path):
    target = tmp_path / "dcs.ics"
    assert cli(*EXPORT, "--format", "ics", "--owner", DCS, "-o", str(target)).exit_code == 0
    todos = _todos(_calendar(target.read_bytes()))
    assert [str(t["SUMMARY"]).split("]")[0] for t in todos] == ["[CSSC-1", "[CSSC-3"]
    aud = _todos(_calendar(cli(*EXPORT, "--format", "ics", "--committee", "AUD").output))
    assert {_ref(t) for t in aud} == {"aud-1", "aud-2"}


def test_ics_confidential_only_when_asked(cli, dataset):
    todos = _todos(_calendar(cli(*EXPORT, "--format", "ics", "--include-confidential").output))
    secret = next(t for t in todos if _ref(t) == "cssc-5")
    assert str(secret["CLASS"]) == "CONFIDENTIAL"


def test_ics_of_closed_statuses_is_refused(cli, dataset):
    result = cli(*EXPORT, "--format", "ics", "--status", "done")
    assert result.exit_code == 1
    assert "A calendar holds open actions only." in result.output


def test_export_service_rows(db, dataset):
    rows = exports.export_actions(
        db, exports.ExportFilter(committees=("AUD",)), as_of=date(2022, 9, 13)
    )
    assert [(a.ref, a.days_overdue) for a in rows] == [("AUD-1", 43), ("AUD-2", -3)]


@pytest.mark.parametrize(
    ("fmt", "start"), [("ics", "BEGIN:VCALENDAR"), ("csv", "\ufeffref"), ("json", "{")]
)
def test_dash_output_is_standard_output(cli, dataset, tmp_path, monkeypatch, fmt, start):
    """-o - writes to standard output, as Unix tools do, not to a file named '-' (attack report F11)."""
    monkeypatch.chdir(tmp_path)
    # A JSON export is a full backup of today's data: it takes no --as-of.
    result = cli(*(("export",) if fmt == "json" else EXPORT), "--format", fmt, "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(start)
    assert not (tmp_path / "-").exists()
