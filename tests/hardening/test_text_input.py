"""Text people give clerk (fresh-user test, owners bug 2): a note piped in is decoded as
a minutes file is, and control characters, NUL or bytes that are not text are refused
with one line naming the field and the character, with nothing written."""

from __future__ import annotations

import json

import pytest

from clerk_cli.errors import InvalidInput

POST = "Director of Children, Young People and Learning"


def _notes(cli, ref="CSSC-1") -> list[str]:
    r = cli("show", ref, "--format", "json")
    assert r.exit_code == 0, r.output
    return [n["text"] for n in json.loads(r.output)["notes"]]


@pytest.mark.parametrize(
    "data, stored",
    [
        # Windows-1252, as Notepad and older Word save it: curly quotes, dash, accents.
        (b"Caf\xe9 \x93quoted\x94 \x96 \x80500", "Café “quoted” – €500"),
        (b"\xef\xbb\xbfUTF-8 with a BOM: caf\xc3\xa9", "UTF-8 with a BOM: café"),
        ("UTF-16: café".encode("utf-16"), "UTF-16: café"),
        (b"Windows lines\r\nsecond line\r\n", "Windows lines\nsecond line"),
    ],
)
def test_a_note_piped_in_is_decoded_as_a_minutes_file_is(seeded, data, stored):
    r = seeded("note", "CSSC-1", input=data)
    assert r.exit_code == 0, r.output
    r = seeded("note", "CSSC-1", "-", input=data)  # "-" for standard input, as usual
    assert r.exit_code == 0, r.output
    assert _notes(seeded) == [stored, stored]


def _refused(cli, args, *, what, char, input=None):
    before = cli("export", "--include-confidential").output
    r = cli(*args, input=input)
    assert r.exit_code == 1, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    assert what in lines[0] and char in lines[0], lines[0]
    assert "\x1b" not in r.stderr and "\x00" not in r.stderr
    # Nothing was written (the export holds every record and the audit trail).
    assert cli("export", "--include-confidential").output == before


ESC = "Pay \x1b[31mnow"


@pytest.mark.parametrize(
    "args, what, char",
    [
        (("add-action", ESC, "--committee", "CSSC"), "action's text", "ESC (U+001B)"),
        (("add-action", "Ring \x07 back", "--committee", "CSSC"), "action's text", "BEL (U+0007)"),
        (("add-action", "A \x9b2J", "--committee", "CSSC"), "action's text", "CSI (U+009B)"),
        (("add-action", "A\x00B", "--committee", "CSSC"), "action's text", "NUL (U+0000)"),
        (("add-action", "Caf\udce9", "--committee", "CSSC"), "action's text", "0xE9"),
        (("edit", "CSSC-1", "--text", ESC), "action's text", "U+001B"),
        (("note", "CSSC-1", ESC), "note", "U+001B"),
        (("note", "CSSC-1", "Caf\udce9"), "note", "not text"),
        (("done", "CSSC-1", "--note", ESC), "note", "U+001B"),
        (
            ("drop", "CSSC-1", "--outcome", "deferred", "--reason", "Budget\x00"),
            "reason",
            "U+0000",
        ),
        (("owner", "add", "Head of \x1b[2JAudit"), "post's name", "U+001B"),
        (("owner", "add", "Caf\udce9 manager"), "post's name", "not text"),
        (("owner", "handover", POST, "--to", "Sam\x07 <sam@example.gov.uk>"), "name", "U+0007"),
        (("owner", "edit", POST, "--rename", "Director\x7f"), "post's name", "DEL (U+007F)"),
        (
            ("committee", "add", "Audit\x1b Committee", "--code", "AUD"),
            "committee's name",
            "U+001B",
        ),
        (("committee", "edit", "CSSC", "--name", "Caf\udce9"), "committee's name", "not text"),
        (
            ("committee", "edit", "CSSC", "--clerk", "Dee\x1b <dee@example.gov.uk>"),
            "name",
            "U+001B",
        ),
        (("meeting", "add", "CSSC", "01/12/2022", "--title", "Budget\x1b"), "title", "U+001B"),
        (
            ("add-resolution", "Resolved\x07", "--meeting", "CSSC/2022-06-14"),
            "resolution's text",
            "U+0007",
        ),
    ],
)
def test_control_characters_and_broken_text_are_refused(seeded, args, what, char):
    _refused(seeded, args, what=what, char=char)


def test_a_note_piped_in_with_an_escape_sequence_is_refused(seeded):
    _refused(seeded, ("note", "CSSC-1"), what="note", char="U+001B", input=b"Chased \x1b]0;x\x07")


def test_tabs_and_line_breaks_are_text(seeded):
    assert seeded("note", "CSSC-1", "Line one\n\tindented\r\nline three").exit_code == 0
    assert _notes(seeded) == ["Line one\n\tindented\nline three"]
    r = seeded("add-action", "Share\tthe\nreport", "--committee", "CSSC")
    assert r.exit_code == 0 and "CSSC-2: Share the report" in r.output


def test_a_name_stays_on_one_line(seeded):
    r = seeded("owner", "add", "Head of\nAudit")
    assert r.exit_code == 1 and "line break" in r.stderr and "one line" in r.stderr


def test_the_store_refuses_what_no_database_can_hold(db):
    """The last guard, under every use case: text that is not text (a lone surrogate)
    is one clear error, not a traceback, and nothing is written."""
    from clerk_cli.rules.status import utcnow

    def add(q):
        q.insert("owner", {"name": "Caf\udce9", "created_at": utcnow()})

    with pytest.raises(InvalidInput, match="not text"):
        db.run_sql(add, write=True)
    assert db.run_sql(lambda q: q.scalar("SELECT count(*) FROM owner")) == 0


def test_nul_is_refused_before_postgresql_sees_it(db):
    """PostgreSQL cannot store NUL in text: the SQL runner says so in one line (SQLite
    keeps NUL, so a backup restores byte for byte there)."""
    from clerk_cli.rules.status import utcnow
    from clerk_cli.store.sql import refuse_nul

    with pytest.raises(InvalidInput, match="NUL character"):
        refuse_nul(("fine", 3, None, "bad\x00"))
    refuse_nul(("fine", 3, None, b"\x00 bytes are not text"))
    if db.is_sqlite:
        return
    with pytest.raises(InvalidInput, match="NUL character"):
        db.run_sql(
            lambda q: q.insert("owner", {"name": "A\x00B", "created_at": utcnow()}), write=True
        )
