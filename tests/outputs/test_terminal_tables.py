"""Terminal tables that fit (bug 5): columns by priority, one width plan for the whole report,
the stacked layout when too narrow, and long output paged through $PAGER in a terminal."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from .conftest import AS_OF

REPORT = ("report", "--overdue", "--due-within", "14", "--as-of", AS_OF, "--format", "table")


def _table(cli, columns: int) -> str:
    result = cli(*REPORT, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.output


def _headers(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.startswith("Ref ")]


@pytest.mark.parametrize("columns", [70, 80, 100, 120, 160, 220])
def test_every_line_fits_and_every_table_has_the_same_widths(cli, dataset, columns):
    text = _table(cli, columns)
    assert max(len(line) for line in text.splitlines()) <= columns
    headers = _headers(text)
    assert len(headers) == 2  # CSSC and AUD
    assert headers[0] == headers[1]  # one width plan for the whole report
    for ref in ("CSSC-1", "CSSC-3", "AUD-1"):
        assert ref in text


def test_columns_drop_and_fold_by_priority(cli, dataset):
    narrow, medium, wide = _table(cli, 80), _table(cli, 120), _table(cli, 160)
    assert "Due / status" in narrow and "Meeting" not in narrow and "Latest note" not in narrow
    assert "Note: Draft with legal" in narrow  # the latest note folded under the action
    assert "Latest note" in medium and "Meeting" not in medium
    assert "Meeting" in wide and "CSSC/2022-03-15" in wide
    # The action text keeps room to be read: no column of three-letter stumps.
    assert "Report the revised budget to Cabinet" in " ".join(wide.split())
    for text in (narrow, medium, wide):
        header = _headers(text)[0]
        assert header.index("Action") - header.index("Ref") <= 10


def test_too_narrow_for_a_table_stacks_the_rows(cli, dataset):
    text = _table(cli, 60)
    assert not _headers(text)
    assert "  CSSC-1     Report the revised budget to Cabinet" in text
    assert "Owner: Director of Children's Services (Lucy Butler)" in text


# ---- paging ------------------------------------------------------------------------


def _spawn(args, env, rows=8):
    pexpect = pytest.importorskip("pexpect")
    clerk = Path(sys.executable).with_name("clerk")
    child = pexpect.spawn(
        str(clerk), list(args), env=env, dimensions=(rows, 100), encoding="utf-8", timeout=30
    )
    output = child.read()
    child.close()
    return child, output


def test_long_output_in_a_terminal_goes_through_the_pager(cli, dataset, tmp_path):
    caught = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open('{caught}', 'w').write(sys.stdin.read())\""
    env = {**os.environ, "PAGER": pager, "COLUMNS": "100", "LINES": "8"}
    env.pop("NO_COLOR", None)
    env.pop("CLERK_PAGER", None)
    args = ["--db", cli.url, "report", "--overdue", "--as-of", AS_OF]
    child, shown = _spawn(args, env)
    assert child.exitstatus == 0, shown
    paged = caught.read_text(encoding="utf-8")
    assert "CSSC-1" in paged and "\x1b[" in paged  # the table, in colour, went to the pager
    assert "CSSC-1" not in shown
    caught.unlink()
    child, shown = _spawn([*args, "--no-pager"], env)
    assert child.exitstatus == 0
    assert not caught.exists() and "CSSC-1" in shown


def test_piped_output_is_never_paged(cli, dataset, tmp_path, monkeypatch):
    caught = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"touch {caught}")
    result = cli("report", "--overdue", "--as-of", AS_OF)
    assert result.exit_code == 0 and "CSSC-1" in result.output
    assert not caught.exists()


@pytest.mark.parametrize("columns", [80, 130])
def test_action_log_preview_fits_the_terminal(cli, dataset, columns):
    result = cli(
        "action-log", "CSSC", "--as-of", AS_OF, "--format", "table", env={"COLUMNS": str(columns)}
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= columns
    headers = _headers(result.output)
    assert len(set(headers)) == 1 and len(headers) >= 2  # one width plan for every table
    assert "(minute 22/014)" in " ".join(result.output.split())


def test_action_log_preview_too_narrow_is_the_plain_paper(cli, dataset):
    result = cli("action-log", "CSSC", "--as-of", AS_OF, "--format", "table", env={"COLUMNS": "60"})
    assert result.exit_code == 0
    assert result.output.count("Children's Services Scrutiny Committee: action log") == 1
    assert "  CSSC-1   Report the revised budget to Cabinet [minute 22/014]" in result.output
