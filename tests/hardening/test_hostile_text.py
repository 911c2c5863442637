"""Text from people and imported documents cannot act on the reader's terminal or turn
into HTML, links or images in Markdown (attack report F8, F9).

clerk refuses control characters in what is typed (tests/hardening/test_text_input.py),
so the escape sequences here are written straight into the database, as an older
clerk or an import could have left them (owners bug 2)."""

from __future__ import annotations

import pytest

ESC_TEXT = "Pay \x1b[31mnow\x1b[0m\x07 and \x9b2J"
MD_TEXT = "See <script>alert(1)</script> ![x](http://e.example/i.png) [go](javascript:alert(1))"
POST = "Director \x1b[31mnow of Children"


@pytest.fixture
def hostile(seeded, db):
    for text in ("Placeholder", MD_TEXT):
        r = seeded("add-action", text, "--committee", "CSSC", "--due", "01/07/2022")
        assert r.exit_code == 0, r.output
    r = seeded("note", "CSSC-2", "Placeholder note")
    assert r.exit_code == 0, r.output

    def write(q):
        q.execute("UPDATE action SET text = ? WHERE ref = 'CSSC-2'", (ESC_TEXT,))
        q.execute("UPDATE note SET text = ?", ("note \x1b]0;title\x07",))
        q.execute("UPDATE owner SET name = ?", (POST,))
        q.execute("UPDATE owner_holder SET name = ?", ("Lucy \x1b[31mnow Butler",))
        q.execute("UPDATE committee SET name = ?, clerk_name = ?", (ESC_TEXT, ESC_TEXT))
        q.execute("UPDATE meeting SET title = ?", (ESC_TEXT,))
        q.execute("UPDATE resolution SET text = ?", (ESC_TEXT,))
        q.execute(
            "UPDATE audit SET new = ? WHERE label = 'CSSC-2' AND field = 'created'", (ESC_TEXT,)
        )

    db.run_sql(write, write=True)
    return seeded


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--format", "plain"),
        ("list", "--format", "table"),
        ("report", "--overdue", "--format", "plain"),
        ("report", "--overdue", "--format", "table"),
        ("show", "CSSC-2", "--format", "plain"),
        ("show", "CSSC-2", "--format", "table"),
        ("history", "CSSC-2", "--format", "plain"),
        ("history", "CSSC-2", "--format", "table"),
        ("owner", "list", "--format", "plain"),
        ("owner", "list", "--format", "table"),
        ("owner", "show", POST, "--format", "plain"),
        ("owner", "show", POST, "--format", "table"),
        ("owner", "show", POST, "--format", "markdown"),
        ("committee", "list", "--format", "table"),
        ("meeting", "list", "--format", "plain"),
        ("meeting", "show", "CSSC/2022-06-14", "--format", "plain"),
        ("meeting", "show", "CSSC/2022-06-14", "--format", "table"),
        ("meeting", "show", "CSSC/2022-06-14", "--format", "markdown"),
        ("status", "--format", "plain", "--as-of", "2022-10-01"),
        ("status", "--format", "table", "--as-of", "2022-10-01"),
        ("digest", "--as-of", "2022-10-01"),
        ("action-log", "CSSC", "--format", "plain", "--as-of", "2022-10-01"),
        ("action-log", "CSSC", "--format", "markdown", "--as-of", "2022-10-01"),
        ("done", "CSSC-2"),  # the line saying what was done quotes the action's text
        ("owner", "vacant", POST),
    ],
)
def test_no_control_character_reaches_the_terminal(hostile, args):
    result = hostile(*args)
    assert result.exit_code == 0, result.output
    for shown in (result.stdout, result.stderr):
        assert "\x1b" not in shown and "\x07" not in shown
        assert "\x9b" not in shown
    assert "^[[31mnow" in result.output or "^\\[\\[31mnow" in result.output  # shown, not acted on


@pytest.mark.parametrize(
    "args", [("list", "--format", "markdown"), ("report", "--overdue", "--format", "markdown")]
)
def test_markdown_escapes_html_links_and_images(hostile, args):
    result = hostile(*args)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "<script>" not in out
    assert "![x](" not in out and "[go](" not in out
    assert "\\<script\\>" in out
