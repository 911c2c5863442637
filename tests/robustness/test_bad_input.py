"""Arbitrary text in every argument and option never crashes clerk or half-writes.

Every run ends with exit code 0, 1 or 2, at most one line on stderr and no
traceback; a command that fails leaves every table's row count as it was.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import assert_one_line_error, row_counts

# Text a shell can pass: any character but NUL and lone surrogates.
ARG_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
NASTY = [
    "",
    " ",
    "-",
    "--",
    "CSSC-0",
    "CSSC-99999999999999999999",
    "cssc-1",
    "CSSC/2022-13-45",
    "CSSC/31/02/2022",
    "31/02/2022",
    "00/00/0000",
    "9999-12-31",
    "0001-01-01",
    "+99999999w",
    "-5d",
    "next meeting",
    "eom",
    "'); DROP TABLE action; --",
    '" OR 1=1 --',
    "%s %(x)s {0}",
    "\u202eevil",
    "Ünïcödé \u2019 \U0001f600",
    "a" * 5000,
    '=HYPERLINK("http://x")',
    "<script>alert(1)</script>",
    "..",
    "/",
    "/dev/null",
    "\t\n\r",
]
ANY_TEXT = st.one_of(st.sampled_from(NASTY), st.text(ARG_CHARS, max_size=60))
RUNS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

VALID = {
    "REF": "CSSC-1",
    "CODE": "CSSC",
    "MEETING": "CSSC/2022-06-14",
    "DATE": "20/09/2022",
    "OWNER": "Director of Children, Young People and Learning",
    "RES": "7.15(3)",
    "TEXT": "Report back",
    "PERSON": "Sam Patel <sam.patel@example.gov.uk>",
}
# Every command that takes text, with the kind of value each slot normally holds.
TEMPLATES = [
    (
        "add-action",
        "TEXT",
        "--owner",
        "OWNER",
        "--due",
        "DATE",
        "--meeting",
        "MEETING",
        "--resolution",
        "RES",
    ),
    ("add-action", "TEXT", "--committee", "CODE", "--create-owner", "--owner", "OWNER"),
    ("note", "REF", "TEXT"),
    ("done", "REF", "--note", "TEXT"),
    ("start", "REF"),
    ("drop", "REF", "--note", "TEXT"),
    ("reopen", "REF"),
    ("edit", "REF", "--text", "TEXT", "--owner", "OWNER", "--due", "DATE", "--resolution", "RES"),
    ("delete", "REF", "--yes"),
    ("show", "REF"),
    ("history", "REF"),
    ("history", "--committee", "CODE", "--since", "DATE", "--until", "DATE"),
    ("committee", "add", "TEXT", "--code", "CODE", "--clerk", "PERSON"),
    ("committee", "edit", "CODE", "--name", "TEXT", "--clerk", "PERSON"),
    ("meeting", "add", "CODE", "DATE", "--time", "TEXT", "--title", "TEXT"),
    ("meeting", "edit", "MEETING", "--date", "DATE", "--time", "TEXT", "--title", "TEXT"),
    ("add-resolution", "TEXT", "--meeting", "MEETING", "--ref", "RES"),
    ("owner", "add", "OWNER", "--holder", "PERSON"),
    ("owner", "handover", "OWNER", "--to", "PERSON"),
    ("owner", "edit", "OWNER", "--rename", "TEXT", "--email", "PERSON"),
    ("owner", "show", "OWNER", "--as-of", "DATE"),
    (
        "list",
        "--committee",
        "CODE",
        "--owner",
        "OWNER",
        "--meeting",
        "MEETING",
        "--due-from",
        "DATE",
        "--due-to",
        "DATE",
        "--search",
        "TEXT",
    ),
    ("report", "--overdue", "--committee", "CODE", "--owner", "OWNER", "--as-of", "DATE"),
    ("status", "--as-of", "DATE"),
    ("action-log", "CODE", "--for-meeting", "DATE", "--format", "plain"),
    ("export", "--format", "csv", "--committee", "CODE", "--due-from", "DATE", "--search", "TEXT"),
]


@st.composite
def invocations(draw):
    """A command with each slot either its usual kind of value or arbitrary text."""
    template = draw(st.sampled_from(TEMPLATES))
    args = []
    for part in template:
        if part in VALID:
            args.append(draw(st.one_of(st.just(VALID[part]), ANY_TEXT)))
        else:
            args.append(part)
    return args


def _check(result, before: dict, after: dict) -> None:
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert_one_line_error(result.stderr)
        assert after == before, "a failed command changed the database"


@given(args=invocations())
@RUNS
def test_any_text_in_any_argument(seeded, db_url, tmp_path, monkeypatch, args):
    from clerk_cli.cli import main

    monkeypatch.chdir(tmp_path)  # any relative path a command writes lands here
    before = row_counts(db_url)
    result = CliRunner().invoke(main, ["--db", db_url, *args])
    _check(result, before, row_counts(db_url))


@given(args=invocations())
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_text_through_the_environment(seeded, db_url, tmp_path, monkeypatch, args):
    """The same commands with arbitrary CLERK_USER and --by: stored as given, or refused cleanly."""
    from clerk_cli.cli import main

    monkeypatch.chdir(tmp_path)
    before = row_counts(db_url)
    result = CliRunner().invoke(
        main, ["--db", db_url, *args], env={"CLERK_USER": "Dee \u2019Pike\u2019 " + args[-1]}
    )
    _check(result, before, row_counts(db_url))


MINUTES_HEAD = (
    "MINUTES of a meeting of the Children's Services Scrutiny Committee held on 14 June 2022\n\n"
)


@given(
    body=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda t: (MINUTES_HEAD + t).encode("utf-8", "surrogatepass")),
        st.text(max_size=300).map(lambda t: (MINUTES_HEAD + t).encode("utf-16")),
        st.sampled_from(
            [
                b"PK\x03\x04garbage-not-a-docx",
                b"\xef\xbb\xbf" + MINUTES_HEAD.encode(),
                MINUTES_HEAD.encode("cp1252") + "caf\u00e9 \u2013 \u00a3".encode("cp1252"),
            ]
        ),
    ),
    suffix=st.sampled_from([".txt", ".md", ".docx", ".html", ".pdf", ""]),
    extra=st.sampled_from([[], ["--committee", "CSSC"], ["--date", "14/06/2022"], ["--dry-run"]]),
)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_minutes_file(seeded, db_url, tmp_path, body, suffix, extra):
    from clerk_cli.cli import main

    path = tmp_path / f"minutes{suffix}"
    path.write_bytes(body)
    before = row_counts(db_url)
    result = CliRunner().invoke(
        main, ["--db", db_url, "import-minutes", str(path), "--yes", "--format", "plain", *extra]
    )
    after = row_counts(db_url)
    _check(result, before, after)
    if "--dry-run" in extra:
        assert after == before


@given(path=ANY_TEXT, content=st.binary(max_size=200))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_file_path(seeded, db_url, tmp_path, monkeypatch, path, content):
    """Arbitrary paths for the files clerk reads and writes."""
    from clerk_cli.cli import main

    monkeypatch.chdir(tmp_path)
    before = row_counts(db_url)
    for args in (
        ["import-json", path],
        ["import-minutes", path, "--yes"],
        ["db", "backup", path],
        ["export", "--format", "json", "--output", path],
    ):
        result = CliRunner().invoke(main, ["--db", db_url, *args])
        _check(result, before, row_counts(db_url))


@pytest.mark.parametrize(
    "db_path",
    [
        "",
        " ",
        "://",
        "sqlite://",
        "nosuchdriver://x/y",
        "postgresql://",
        "~nouser/x.db",
        "a\nb.db",
        "-",
        "CSSC-1",
    ],
)
def test_odd_database_paths(tmp_path, monkeypatch, db_path):
    from clerk_cli.cli import main

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["--db", db_path, "list"])
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    if result.exit_code:
        assert_one_line_error(result.stderr)


@pytest.mark.parametrize(
    "args",
    [
        ["start", "0\r0"],  # a CR in the quoted input split the one-line error
        ["show", "\x1b[31mred"],  # an escape sequence reached the terminal
        ["history", "--committee", "CSSC", "--until", "9999-12-31"],  # the day after overflowed
        ["status", "--as-of", "9999-12-31"],
        ["add-action", "Report back", "--committee", "CSSC", "--due", "+99999999w"],
        ["import-json", "a" * 5000],  # OSError "File name too long" was an internal error
        ["export", "--format", "json", "--output", "/proc/no/such/file"],
    ],
)
def test_found_by_hypothesis(seeded, db_url, tmp_path, monkeypatch, args):
    from clerk_cli.cli import main

    monkeypatch.chdir(tmp_path)
    before = row_counts(db_url)
    result = CliRunner().invoke(main, ["--db", db_url, *args])
    _check(result, before, row_counts(db_url))
    assert result.exit_code in (0, 1, 2) and "Unexpected" not in result.output
