"""The digest words a due date, "overdue" and its columns as every other output does."""

from __future__ import annotations

import re
from datetime import timedelta
from html.parser import HTMLParser

from .conftest import DCS, LUCY, TODAY, backdate, parts

FROM = {"CLERK_FROM": "Democratic Services <ds@example.gov.uk>"}


def _list_due(cli, ref: str) -> str:
    """The due text `clerk list` (plain) gives an action."""
    out = cli("list", "--format", "plain").stdout
    block = out.split(ref, 1)[1]
    return re.search(r"; due (.*?)(?:;|\n)", block).group(1)


def test_a_next_meeting_due_with_no_next_meeting_reads_as_in_clerk_list(cli, db, tmp_path):
    # Review section 3: the digest said "no due date" where clerk list says
    # "next meeting (not yet scheduled)".
    held = (TODAY - timedelta(days=60)).isoformat()
    for step in (
        ("committee", "add", "Audit Committee", "--code", "AUD"),
        ("meeting", "add", "AUD", held),
        ("owner", "add", DCS, "--holder", f"Lucy Butler <{LUCY}>"),
        ("add-action", "Review the risk register", "--owner", DCS, "--due", "next meeting",
         "--meeting", f"AUD/{held}"),
    ):  # fmt: skip
        assert cli(*step).exit_code == 0, step
    backdate(db, "AUD-1", 45)  # no date and no note for 45 days: in the "no update" section

    listed = _list_due(cli, "AUD-1")
    assert listed == "next meeting (not yet scheduled)"

    printed = cli("digest", "--owner", DCS).stdout
    assert f"Due: {listed}\n" in printed
    assert "no due date" not in printed

    assert cli("digest", "--outbox", str(tmp_path / "o"), "--owner", DCS, env=FROM).exit_code == 0
    (eml,) = (tmp_path / "o").glob("*.eml")
    import email
    from email import policy

    text, html = parts(email.message_from_bytes(eml.read_bytes(), policy=policy.default))
    assert f"Due: {listed}\n" in text
    assert f'<td data-label="Due" style="{_cell_style(html)}">{listed}</td>' in html


def test_the_overdue_and_due_soon_words_are_clerk_lists(cli, council):
    printed = cli("digest", "--owner", DCS).stdout
    listed = cli("list", "--format", "plain").stdout

    # CSSC-1 is 10 days overdue, CSSC-2 due in 5 days: the same words in both.
    for words in ("10 days overdue", "due in 5 days"):
        assert words in listed
        assert words in printed


class _Tables(HTMLParser):
    """Each table of actions of a page as rows of cell texts (headers included); the
    layout table around the email is not one."""

    def __init__(self):
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._inside = ("class", "actions") in attrs
            if self._inside:
                self.tables.append([])
        elif tag == "tr" and self._inside:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self._inside:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "table":
            self._inside = False
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _cell_style(html: str) -> str:
    return re.search(r'<td data-label="Due" style="([^"]*)"', html).group(1)


def test_the_due_soon_table_has_no_column_headed_overdue(cli, council, smtp_server, smtp_config):
    # Findings bug 26: in "Due in the next 14 days" the column headed "Overdue" held "in 8 days".
    server = smtp_server()
    smtp_config(server)
    assert cli("digest", "--send", "--owner", DCS).exit_code == 0
    _, html = parts(server.by_recipient()[LUCY])
    due_soon_html = html.split("Due in the next 14 days", 1)[1]

    parser = _Tables()
    parser.feed(due_soon_html)
    header, *rows = parser.tables[0]
    assert "Overdue" not in header
    (row,) = rows  # CSSC-2, due in 5 days
    cells = dict(zip(header, row, strict=True))
    assert cells["Reference"] == "CSSC-2"
    assert cells["Due"] == (TODAY + timedelta(days=5)).isoformat()
    assert cells["Status"] == "open, due in 5 days"
    # The overdue table words its column the same way.
    overdue = _Tables()
    overdue.feed(html.split("Due in the next 14 days", 1)[0])
    header, *rows = overdue.tables[0]
    cells = dict(zip(header, rows[0], strict=True))
    assert cells["Status"] == "open, 20 days overdue"


def test_an_outbox_needs_a_from_address_as_send_does(cli, council, tmp_path):
    # Findings bug 28: an outbox with no From address used "clerk <clerk@localhost>".
    outbox = tmp_path / "outbox"

    result = cli("digest", "--outbox", str(outbox))

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No From address configured (digest.from in ")
    assert "CLERK_FROM" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not outbox.exists()
    # A dry run writes nothing, so it needs no From address.
    assert cli("digest", "--outbox", str(outbox), "--dry-run").exit_code == 0


def test_an_outbox_uses_the_from_address_given_in_the_environment(cli, council, tmp_path):
    assert cli("digest", "--outbox", str(tmp_path / "o"), env=FROM).exit_code == 0

    for eml in (tmp_path / "o").glob("*.eml"):
        assert "clerk@localhost" not in eml.read_text()
        assert "From: Democratic Services <ds@example.gov.uk>" in eml.read_text()


def test_longdate_writes_a_time_as_its_day():
    # The templates give the latest note's and completion's times to `longdate` as they
    # are (a call of .date() for each row in a template cost more than the filter).
    from datetime import UTC, date, datetime

    from clerk_cli.mail import long_date

    assert long_date(datetime(2022, 6, 14, 23, 5, tzinfo=UTC)) == "14 June 2022"
    assert long_date(date(2022, 6, 14)) == "14 June 2022"
    assert long_date(None) == ""
