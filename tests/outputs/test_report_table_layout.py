"""The report's terminal table: the RAG rating in words (never colour alone), and the
table laid out from the width plan (no Rich Table per row) for text of every width."""

from __future__ import annotations

import io
from datetime import date

import pytest
from actionlog.dataset import on
from rich.cells import cell_len

from .conftest import AS_OF

REPORT = ("report", "--overdue", "--due-within", "14", "--as-of", AS_OF, "--format", "table")


def _table(cli, columns: int, env: dict | None = None) -> str:
    result = cli(*REPORT, env={"COLUMNS": str(columns), **(env or {})})
    assert result.exit_code == 0, result.output
    return result.output


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("columns", [80, 120, 160, 200])
def test_the_rating_is_shown_with_its_marker_and_reason(cli, dataset, columns):
    text = _words(_table(cli, columns))
    assert "[R] red: overdue by 13 days" in text  # CSSC-1, as rules.rag rated it
    assert "[A] amber: due in 3 days" in text  # AUD-2
    if columns >= 180:
        assert "RAG" in text.split("Ref ")[1].split("───")[0]  # a column of its own


def test_the_rating_column_lines_up_with_its_heading(cli, dataset):
    lines = _table(cli, 200).splitlines()
    header = next(line for line in lines if line.startswith("Ref "))
    column = header.index("RAG")
    rated = [line for line in lines if "[R] red" in line or "[A] amber" in line]
    assert rated and all(line.index("[") == column for line in rated)


def _terminal_report(db, monkeypatch, columns: int, **env) -> str:
    """The report as printed on a colour terminal (a stream that says it is one)."""
    from clerk_cli.render import render_actions
    from clerk_cli.services.reports import overdue_report

    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for k, v in env.items():
        monkeypatch.setenv(k, v)

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    report = overdue_report(db, as_of=date.fromisoformat(AS_OF), due_within=14)
    out = Terminal()
    render_actions(report, "table", out)
    return out.getvalue()


def test_colour_adds_to_the_marker_and_no_color_keeps_the_words(db, dataset, monkeypatch):
    coloured = _terminal_report(db, monkeypatch, 200)
    assert "\x1b[1;31m[R] red: overdue by 13 days\x1b[0m" in coloured
    plain = _terminal_report(db, monkeypatch, 200, NO_COLOR="1")
    assert "[R] red: overdue by 13 days" in plain
    assert "\x1b[31m" not in plain and "\x1b[1;31m" not in plain  # no colour at all


def test_wide_characters_and_control_characters_fit_the_columns(cli, db, dataset):
    from clerk_cli.services import actions

    cjk = "審議会に予算の修正案を報告する" * 3  # wide characters, no space to wrap at
    family = "👩\u200d👩\u200d👧"  # one emoji of three joined: two cells
    for text in (
        cjk,
        f"Send the 📎 attachments {family} to the families' forum, with café notes",
        "Reply to the council by letter",
    ):
        with on("2022-03-16"):  # recorded before the report's date (--as-of replays)
            added = actions.add_action(
                db,
                text=text,
                owner="Chief Finance Officer",
                due="2022-09-01",
                committee="AUD",
                today=date(2022, 3, 16),
            )
    # clerk refuses control characters typed in: these are as an old import left them.
    hostile = "Reply to\x1b[31m the council\x07 by letter"
    db.run_sql(
        lambda q: q.execute("UPDATE action SET text = ? WHERE ref = ?", (hostile, added.ref)),
        write=True,
    )
    for columns in (80, 120, 200):
        text = _table(cli, columns)
        assert max(cell_len(line) for line in text.splitlines()) <= columns
        assert "\x1b" not in text and "\x07" not in text
        assert "to^[[31m" in text and "council^G" in text  # shown, not acted on
        assert "".join(ch for ch in text if "\u3040" <= ch <= "\u9fff") == cjk  # none cut off
        assert family in text


def test_a_long_report_keeps_every_row_and_one_width(tmp_path):
    """Thousands of rows (the benchmark's kind of database): every action is shown once,
    every line fits, and every committee's table has the same header."""
    import importlib.util
    from pathlib import Path

    gen_path = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate", gen_path)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    from clerk_cli.paths import sqlite_url

    path = tmp_path / "big.db"
    gen.generate(path, 1500, date(2025, 6, 30), quiet=True)
    from click.testing import CliRunner

    from clerk_cli.cli import main

    args = ["--db", sqlite_url(path), "report", "--overdue", "--all", "--as-of", "2025-06-30"]
    plain = CliRunner().invoke(main, [*args, "--format", "json"])
    refs = [a["ref"] for a in __import__("json").loads(plain.output)]
    assert len(refs) > 50
    table = CliRunner().invoke(main, [*args, "--format", "table"], env={"COLUMNS": "130"})
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    assert max(cell_len(line) for line in lines) <= 130
    starts = [line.split()[0] for line in lines if line[:1].isalpha() and "-" in line.split()[0]]
    assert [r for r in starts if r in set(refs)] == refs
    assert len({line for line in lines if line.startswith("Ref ")}) == 1
