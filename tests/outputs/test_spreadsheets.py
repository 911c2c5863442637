"""Spreadsheets: XLSX for report, list and action-log (dates as dates, refs as text, frozen
header, filter, widths, overdue fill) and CSV that opens the same however it was written
(bugs 6 and 7: a BOM on standard output too; "7.10" and "1/2" kept as text)."""

from __future__ import annotations

import csv
import io
import sys
from datetime import datetime
from pathlib import Path

import pytest

from .conftest import AS_OF


@pytest.fixture
def refs(cli, dataset):
    """Two minute references a spreadsheet would mangle: 7.10 (a number) and 1/2 (a date)."""
    for ref in ("7.10", "1/2"):
        r = cli("add-resolution", f"Resolution {ref}", "--meeting", "CSSC/2022-06-14", "--ref", ref)
        assert r.exit_code == 0, r.output
        r = cli(
            "add-action",
            f"Action under {ref}",
            "--meeting",
            "CSSC/2022-06-14",
            "--resolution",
            ref,
            "--due",
            "2022-09-01",
        )
        assert r.exit_code == 0, r.output
    return dataset


def _sheet(data: bytes, index: int = 0):
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return wb, wb.worksheets[index]


def _rows(ws) -> dict[str, dict]:
    header = [c.value for c in ws[1]]
    return {
        row[0].value: {h: c for h, c in zip(header, row, strict=True)}
        for row in ws.iter_rows(min_row=2)
    }


def test_report_xlsx_has_typed_cells_frozen_header_filter_and_fill(cli, refs, tmp_path):
    target = tmp_path / "overdue.xlsx"
    result = cli(
        "report", "--overdue", "--due-within", "14", "--as-of", AS_OF, "--output", str(target)
    )
    assert result.exit_code == 0, result.output
    wb, ws = _sheet(target.read_bytes())
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["E"].width > ws.column_dimensions["A"].width  # Action is wide
    rows = _rows(ws)
    one = rows["CSSC-1"]
    assert (
        isinstance(one["Due"].value, datetime)
        and one["Due"].value.date().isoformat() == "2022-08-31"
    )
    assert one["Due"].number_format == "d mmm yyyy"
    assert one["Days overdue"].value == 13 and one["Due in days"].value is None
    assert one["Ref"].fill.start_color.rgb.endswith("FDE2E2")  # overdue
    soon = rows["CSSC-3"]
    assert soon["Days overdue"].value is None and soon["Due in days"].value == 7
    assert soon["Ref"].fill.start_color.rgb.endswith("FFF1D6")  # due soon
    minutes = {r["Minute"].value for r in rows.values()}
    assert {"7.10", "1/2", "22/014"} <= minutes  # text, as written
    formula = rows["CSSC-4"]["Action"]
    assert formula.data_type == "s" and formula.value.startswith("=HYPERLINK")  # never a formula


def test_list_and_report_xlsx_to_a_redirect(cli, refs):
    result = cli("report", "--overdue", "--as-of", AS_OF, "--format", "xlsx")
    assert result.exit_code == 0
    assert result.stdout_bytes[:2] == b"PK"
    _, ws = _sheet(result.stdout_bytes)
    assert "CSSC-1" in _rows(ws)


def test_xlsx_is_refused_on_a_terminal(cli, refs):
    pexpect = pytest.importorskip("pexpect")
    clerk = Path(sys.executable).with_name("clerk")
    child = pexpect.spawn(
        str(clerk), ["--db", cli.url, "report", "--format", "xlsx"], encoding="utf-8", timeout=30
    )
    shown = child.read()
    child.close()
    assert child.exitstatus != 0
    assert "cannot be shown in a terminal" in shown and "--output" in shown


def test_action_log_xlsx_has_both_sections(cli, refs, tmp_path):
    target = tmp_path / "log.xlsx"
    assert cli("action-log", "CSSC", "--as-of", AS_OF, "-o", str(target)).exit_code == 0
    wb, outstanding = _sheet(target.read_bytes())
    assert wb.sheetnames == ["Outstanding actions", "Completed since last meeting"]
    assert "CSSC-1" in _rows(outstanding)
    assert set(_rows(wb.worksheets[1])) == {"CSSC-6", "CSSC-7"}


# ---- CSV ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--format", "csv"),
        ("report", "--overdue", "--as-of", AS_OF, "--format", "csv"),
        ("action-log", "CSSC", "--as-of", AS_OF, "--format", "csv"),
        ("committee", "list", "--format", "csv"),
    ],
)
def test_csv_on_standard_output_has_the_bom_a_file_has(cli, refs, args):
    """Bug 6: `clerk list --format csv > november.csv` opens in Excel without mojibake."""
    result = cli(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf")


def test_csv_keeps_references_as_text_and_never_a_negative_overdue(cli, refs):
    """Bug 7: 7.10 and 1/2 reach a spreadsheet as text; days_overdue is never negative."""
    text = cli("list", "--as-of", AS_OF, "--format", "csv").output.lstrip("\ufeff")
    assert ',"=""7.10""",' in text and ',"=""1/2""",' in text
    assert ",22/014," in text and ",7.15(3)," in text  # left alone: no spreadsheet converts them
    rows = {r["ref"]: r for r in csv.DictReader(io.StringIO(text))}
    assert all(r["days_overdue"] == "" or int(r["days_overdue"]) > 0 for r in rows.values())
    assert rows["CSSC-3"]["days_overdue"] == "" and rows["CSSC-3"]["due_in_days"] == "7"
    assert rows["CSSC-1"]["days_overdue"] == "13" and rows["CSSC-1"]["due_in_days"] == ""


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("7.10", True),
        ("1/2", True),
        ("2022-01-01", True),
        ("12:30", True),
        ("1e5", True),
        ("22/014", False),
        ("7.15(3)", False),
        ("54(b)", False),
        ("CSSC-1", False),
    ],
)
def test_which_references_a_spreadsheet_would_convert(text, converted):
    from clerk_cli.render import spreadsheet_would_convert

    assert spreadsheet_would_convert(text) is converted


def test_report_output_follows_the_extension_and_refuses_a_paper_format(cli, refs, tmp_path):
    target = tmp_path / "overdue.csv"
    assert cli("report", "--overdue", "--as-of", AS_OF, "--output", str(target)).exit_code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfref,")
    result = cli("report", "--overdue", "--output", str(tmp_path / "overdue.docx"))
    assert result.exit_code != 0 and "not written as DOCX" in result.output
    assert not (tmp_path / "overdue.docx").exists()
