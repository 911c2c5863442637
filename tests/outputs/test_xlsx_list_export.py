"""--format xlsx for list and export too (issue 14 item 4)."""

from __future__ import annotations

import io
from datetime import date

import openpyxl


def _sheet(data: bytes):
    book = openpyxl.load_workbook(io.BytesIO(data))
    return book.worksheets[0]


def test_list_as_a_spreadsheet(seeded):
    result = seeded("list", "--all-statuses", "--format", "xlsx")
    assert result.exit_code == 0, result.output
    sheet = _sheet(result.stdout_bytes)
    header = [c.value for c in sheet[1]]
    assert "ref" in [str(h).lower() for h in header] or "Ref" in header
    values = [c.value for c in sheet[2]]
    assert "CSSC-1" in values
    assert any(isinstance(v, date) for v in values)


def test_export_as_a_spreadsheet(seeded, tmp_path):
    target = tmp_path / "actions.xlsx"
    result = seeded("export", "--format", "xlsx", "-o", str(target))
    assert result.exit_code == 0, result.output
    sheet = _sheet(target.read_bytes())
    assert any(c.value == "CSSC-1" for row in sheet.iter_rows() for c in row)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
