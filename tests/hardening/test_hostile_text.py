"""Text from people and imported documents cannot act on the reader's terminal or turn
into HTML, links or images in Markdown (attack report F8, F9)."""

from __future__ import annotations

import pytest

ESC_TEXT = "Pay \x1b[31mnow\x1b[0m\x07 and \x9b2J"
MD_TEXT = "See <script>alert(1)</script> ![x](http://e.example/i.png) [go](javascript:alert(1))"


@pytest.fixture
def hostile(seeded):
    for text in (ESC_TEXT, MD_TEXT):
        r = seeded("add-action", text, "--committee", "CSSC", "--due", "01/07/2022")
        assert r.exit_code == 0, r.output
    r = seeded("note", "CSSC-2", "note \x1b]0;title\x07")
    assert r.exit_code == 0, r.output
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
    ],
)
def test_no_control_character_reaches_the_terminal(hostile, args):
    result = hostile(*args)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\x9b" not in result.output
    assert "^[[31mnow" in result.output


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
