"""The minute each action came from, in every output a clerk hands on.

A fresh-user test found that an action's own minute reference (clerk edit --minute,
import-minutes) was shown by clerk show alone: the action log's Minute column, its
plain, Markdown, HTML, Word, CSV, JSON and XLSX forms, and the JSON, CSV and XLSX of
list, report and export showed the resolution's reference or nothing.  The minute is
the action's own minute reference, else its resolution's (rules.minute); resolution_ref
keeps its meaning, and a minute key/column is added.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest

LOG = ("action-log", "CSSC", "--for-meeting", "20/09/2022")
# ref -> (minute, resolution_ref)
EXPECTED = {
    "CSSC-1": ("7.15(3)", "7.15(3)"),  # from its resolution
    "CSSC-2": ("7.4", None),  # its own minute, no resolution
    "CSSC-3": ("7.10", "7.15(3)"),  # its own minute before its resolution's
}


def ok(cli, *args) -> str:
    result = cli(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.output


@pytest.fixture
def minuted(seeded):
    """seeded (CSSC-1 under resolution 7.15(3)) with CSSC-2 minuted 7.4 and CSSC-3 minuted
    7.10 under resolution 7.15(3)."""
    ok(
        seeded,
        "add-action",
        "Write to the minister",
        "--meeting",
        "CSSC/2022-06-14",
        "--due",
        "01/09/2022",
    )
    ok(seeded, "edit", "CSSC-2", "--minute", "7.4")
    ok(
        seeded,
        "add-action",
        "Report back on the survey",
        "--meeting",
        "CSSC/2022-06-14",
        "--resolution",
        "7.15(3)",
        "--due",
        "01/09/2022",
    )
    ok(seeded, "edit", "CSSC-3", "--minute", "7.10")
    return seeded


def _csv(text: str) -> dict[str, dict]:
    return {r["ref"]: r for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}


def _text_cell(value: str) -> str:
    """A CSV reference as written: '="7.10"' for one a spreadsheet would turn into a number."""
    return value[2:-1] if value.startswith('="') else value


def _xlsx(data: bytes, sheet: int = 0) -> dict[str, dict]:
    import openpyxl

    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[sheet]
    header = [c.value for c in ws[1]]
    return {
        row[0]: dict(zip(header, row, strict=True))
        for row in ws.iter_rows(min_row=2, values_only=True)
    }


def test_the_action_log_shows_each_actions_minute_in_every_format(minuted, tmp_path):
    plain = ok(minuted, *LOG, "--format", "plain")
    assert "CSSC-2   Write to the minister [minute 7.4]" in plain
    assert "CSSC-3   Report back on the survey [minute 7.10]" in plain
    assert "[minute 7.15(3)]" in plain  # CSSC-1, from its resolution

    markdown = ok(minuted, *LOG, "--format", "markdown")
    for ref, (minute, _) in EXPECTED.items():
        assert f"| {ref} | {minute} |" in markdown

    html = ok(minuted, *LOG, "--format", "html")
    assert '<td data-label="Minute">7.4</td>' in html
    assert '<td data-label="Minute">7.10</td>' in html

    table = ok(minuted, *LOG, "--format", "table")
    assert "(minute 7.4)" in table and "(minute 7.10)" in table

    rows = _csv(ok(minuted, *LOG, "--format", "csv"))
    assert {ref: _text_cell(r["minute_ref"]) for ref, r in rows.items()} == {
        ref: minute for ref, (minute, _) in EXPECTED.items()
    }

    data = json.loads(ok(minuted, *LOG, "--format", "json"))
    actions = {a["ref"]: a for g in data["open"] for a in g["actions"]}
    assert {ref: (a["minute"], a["resolution_ref"]) for ref, a in actions.items()} == EXPECTED

    target = tmp_path / "log.xlsx"
    ok(minuted, *LOG, "-o", str(target))
    sheet = _xlsx(target.read_bytes())
    assert {ref: (r["Minute"], r["Resolution"]) for ref, r in sheet.items()} == EXPECTED

    import docx

    target = tmp_path / "log.docx"
    ok(minuted, *LOG, "-o", str(target))
    doc = docx.Document(str(target))
    cells = {
        row.cells[0].text: row.cells[1].text for t in doc.tables for row in t.rows if row.cells
    }
    assert {ref: cells[ref] for ref in EXPECTED} == {
        ref: minute for ref, (minute, _) in EXPECTED.items()
    }


@pytest.mark.parametrize("command", [("list",), ("report", "--overdue")])
def test_list_and_report_carry_a_minute_key_and_column(minuted, command):
    data = json.loads(ok(minuted, *command, "--format", "json"))
    assert {a["ref"]: (a["minute"], a["resolution_ref"]) for a in data} == EXPECTED
    rows = _csv(ok(minuted, *command, "--format", "csv"))
    assert {
        ref: (_text_cell(r["minute"]), r["resolution_ref"] or None) for ref, r in rows.items()
    } == EXPECTED


def test_exports_carry_the_minute(minuted, tmp_path):
    rows = _csv(ok(minuted, "export", "--format", "csv"))
    assert {
        ref: (_text_cell(r["minute"]), r["resolution_ref"] or None) for ref, r in rows.items()
    } == EXPECTED
    # The JSON export is the database's records: the action's own column.
    data = json.loads(ok(minuted, "export", "--format", "json"))
    assert {a["ref"]: a["minute_ref"] for a in data["actions"]} == {
        "CSSC-1": None,
        "CSSC-2": "7.4",
        "CSSC-3": "7.10",
    }
    target = tmp_path / "actions.xlsx"
    ok(minuted, "export", "--format", "xlsx", "-o", str(target))
    sheet = _xlsx(target.read_bytes())
    assert {ref: (r["Minute"], r["Resolution"]) for ref, r in sheet.items()} == EXPECTED
    ics = ok(minuted, "export", "--format", "ics")
    assert "Minute: 7.4" in ics.replace("\r\n ", "")


def test_a_minute_given_later_is_not_shown_as_of_before(minuted):
    """--as-of replays an edit --minute like any other change."""
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    data = json.loads(ok(minuted, "list", "--format", "json", "--as-of", yesterday))
    assert {a["ref"]: a["minute"] for a in data} == {
        "CSSC-1": "7.15(3)",
        "CSSC-2": None,
        "CSSC-3": "7.15(3)",
    }


# ---- list / report plain and terminal table, show (the minute, by rules.minute) ----
# Before: their "From:" line and table named the resolution's reference ("res. 7.15(3)")
# or only the meeting, never the action's own minute.


@pytest.mark.parametrize("command", [("list",), ("report", "--overdue")])
def test_list_and_report_plain_say_the_minute_each_action_came_from(minuted, command):
    plain = ok(minuted, *command, "--format", "plain")
    assert "From: CSSC/2022-06-14 minute 7.15(3)\n" in plain  # CSSC-1, its resolution's
    assert "From: CSSC/2022-06-14 minute 7.4\n" in plain  # CSSC-2, its own
    assert "From: CSSC/2022-06-14 minute 7.10\n" in plain  # CSSC-3, its own before 7.15(3)
    assert "res. " not in plain


@pytest.mark.parametrize("command", [("list",), ("report", "--overdue")])
@pytest.mark.parametrize("columns", ["80", "120", "160", "200"])
def test_list_and_report_tables_say_the_minute_at_every_width(
    minuted, monkeypatch, command, columns
):
    monkeypatch.setenv("COLUMNS", columns)
    table = ok(minuted, *command, "--format", "table")
    cells = _action_cells(table)
    assert sorted(cells) == [
        "Report back on the survey (minute 7.10)",
        "Share the make-up of the Improvement Board (minute 7.15(3))",
        "Write to the minister (minute 7.4)",
    ], table


def _action_cells(table: str) -> list[str]:
    """Each row's Action cell, its wrapped lines joined (without the rating line under it)."""
    lines = table.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("Ref ") and "Action" in line)
    start, end = lines[head].index("Action"), lines[head].index("Owner")
    cells: list[list[str]] = []
    for line in lines[head + 2 :]:
        if line.strip() and not line.startswith((" ", "CSSC-")):
            break  # the totals
        if line.startswith("CSSC-"):
            cells.append([])
        piece = line[start:end].strip()
        if cells and line.strip() and piece and not piece.startswith("[R]"):
            if not (cells[-1] and cells[-1][-1].startswith("[R]")):
                cells[-1].append(piece)
        if cells and piece.startswith("[R]"):
            cells[-1].append("[R]")
    return [" ".join(p for p in c if p != "[R]") for c in cells]


def test_list_markdown_says_the_minute(minuted):
    markdown = ok(minuted, "list", "--format", "markdown")
    assert "| CSSC/2022-06-14 minute 7.4 |" in markdown
    assert "| CSSC/2022-06-14 minute 7.10 |" in markdown
    assert "| CSSC/2022-06-14 minute 7.15\\(3\\) |" in markdown  # escaped as all its text


@pytest.mark.parametrize("fmt", ["plain", "table"])
def test_show_gives_the_minute_by_the_rule(minuted, fmt):
    """Its own minute when it has one, else its resolution's; the resolution as before."""
    own = ok(minuted, "show", "CSSC-3", "--format", fmt)
    assert "Minute" in own and "7.10" in own and "7.15(3)" in own  # and its resolution
    inherited = ok(minuted, "show", "CSSC-1", "--format", fmt)
    minute_line = next(line for line in inherited.splitlines() if "Minute" in line)
    assert "7.15(3)" in minute_line


# ---- clerk publish: the action page and the open data --------------------------
# Before: both gave the resolution's reference only ("minute 7.15(3)",
# resolution_identifier), never an action's own minute.


def test_publish_gives_each_actions_minute_and_no_confidential_one(minuted, tmp_path):
    ok(
        minuted,
        "add-action",
        "Settle the claim",
        "--meeting",
        "CSSC/2022-06-14",
        "--resolution",
        "7.15(3)",
        "--confidential",
    )
    ok(minuted, "edit", "CSSC-4", "--minute", "EX-77(b)")  # confidential: never published
    site = tmp_path / "site"
    ok(minuted, "publish", "-o", str(site))

    def facts(ref: str) -> str:
        page = (site / "CSSC" / "actions" / f"{ref}.html").read_text()
        return page[page.index('<dl class="facts">') : page.index("</dl>")]

    assert "<dt>Minute</dt><dd>7.4</dd>" in facts("CSSC-2")
    assert "<dt>Resolution</dt>" not in facts("CSSC-2")
    own = facts("CSSC-3")  # its own minute, and the resolution it carries out
    assert "<dt>Minute</dt><dd>7.10</dd>" in own and "minute 7.15(3)" in own
    inherited = facts("CSSC-1")  # its resolution's minute, said once
    assert "minute 7.15(3)" in inherited and "<dt>Minute</dt>" not in inherited

    data = json.loads((site / "data" / "CSSC.json").read_text())
    actions = {a["identifier"]: a for a in data["x_clerk_actions"]}
    assert {ref: (a["minute"], a["resolution_identifier"]) for ref, a in actions.items()} == (
        EXPECTED
    )
    schema = json.loads((site / "data" / "schema.json").read_text())
    assert "minute" in schema["$defs"]["action"]["properties"]

    for path in site.rglob("*"):
        if path.is_file():
            assert b"EX-77" not in path.read_bytes(), path
            assert b"Settle the claim" not in path.read_bytes(), path
