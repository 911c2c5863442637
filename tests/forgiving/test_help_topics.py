"""clerk help TOPIC and the man page, from one text source."""

import re
import shutil
import subprocess
from datetime import date

import pytest

from clerk_cli.cli.help_topics import TOPICS


def _help(cli, *args):
    r = cli("help", *args)
    assert r.exit_code == 0, r.output
    return r.output


def test_help_lists_the_topics(cli):
    out = _help(cli)
    for name, (summary, _) in TOPICS.items():
        assert f"{name}  " in out and summary in out


def _tables(text: str) -> list[list[str]]:
    """The forms of each table in a topic (rows: forms, two spaces, what they mean)."""
    tables, rows = [], []
    for line in [*text.splitlines(), ""]:
        if re.match(r"^  \S.*\S {2,}\S", line):
            rows.append(line)
        elif rows:
            tables.append(
                [f for row in rows for f in re.split(r" {2,}", row.strip())[0].split(", ")]
            )
            rows = []
    return tables


def test_every_due_date_form_in_help_dates_is_understood(cli):
    """The topic's tables are checked against the parsers, so they cannot drift apart:
    the first is the due dates', the second the past moments' (--as-of, --on)."""
    from clerk_cli.dates import parse_due, parse_past_date

    due_forms, past_forms = _tables(_help(cli, "dates"))
    assert len(due_forms) >= 20 and len(past_forms) >= 10
    for form in due_forms:
        assert parse_due(form, today=date(2026, 11, 30)), form
    for form in past_forms:
        assert parse_past_date(form, today=date(2026, 11, 30)) <= date(2026, 11, 30), form


def test_help_config_names_every_key_the_config_file_accepts(cli):
    from clerk_cli.config import _KEYS

    out = _help(cli, "config")
    for section, keys in _KEYS.items():
        for key in keys:
            assert f"{section}.{key}" in out


def test_help_formats_and_a_command(cli):
    assert "--format table|plain|csv|json|markdown" in _help(cli, "formats")
    assert "report [OPTIONS]" in _help(cli, "report")  # the same as report --help


def test_an_unknown_topic_suggests_one(cli):
    r = cli("help", "date")
    assert r.exit_code == 1
    assert "Did you mean 'dates'" in r.stderr


def test_the_man_page_holds_every_command_and_topic(cli, tmp_path):
    from clerk_cli.cli import COMMANDS

    page = _help(cli, "--man")
    assert page.startswith(".TH CLERK 1")
    for title in ("DATES", "OUTPUT FORMATS", "CONFIGURATION", "COMMANDS", "EXIT STATUS"):
        assert f'.SH "{title}"' in page or f".SH {title}" in page
    for name in COMMANDS:
        assert f".B {name.replace('-', chr(92) + '-')}" in page
    assert "the June meeting" in page  # the topics' own text
    target = tmp_path / "clerk.1"
    assert cli("help", "--man", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == page


@pytest.mark.skipif(shutil.which("groff") is None, reason="needs groff")
def test_the_man_page_is_valid_roff(cli, tmp_path):
    page = tmp_path / "clerk.1"
    page.write_text(_help(cli, "--man"), encoding="utf-8")
    done = subprocess.run(
        ["groff", "-man", "-Tutf8", "-ww", str(page)], capture_output=True, text=True, check=True
    )
    assert done.stderr == ""
    assert "Dates are read day first" in done.stdout


def test_help_formats_says_what_csv_on_stdout_is(seeded):
    """Bug: the topic said only `export -o FILE.csv` adds a BOM; CSV on stdout has one too."""
    out = _help(seeded, "formats")
    assert "UTF-8 with a BOM and CRLF line ends" in out
    assert "export -o FILE.csv adds a BOM" not in out
    r = seeded("report", "--all", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.stdout_bytes.startswith(b"\xef\xbb\xbf") and b"\r\n" in r.stdout_bytes
