"""clerk action-log in every format: golden Markdown and CSV, parsed HTML and DOCX, files and errors."""

from __future__ import annotations

import io
import os
import stat
from html.parser import HTMLParser

import pytest

from .dataset import FORMULA, NASTY
from .golden import check_golden

LOG = ("action-log", "CSSC", "--as-of", "2022-09-13")


# ---- golden files ---------------------------------------------------------------------


def test_markdown_golden(cli, dataset):
    result = cli(*LOG, "--format", "markdown")
    assert result.exit_code == 0, result.output
    check_golden("action_log_cssc.md", result.output.encode("utf-8"))


def test_markdown_restricted_golden(cli, dataset):
    result = cli(*LOG, "--format", "markdown", "--include-confidential")
    assert result.exit_code == 0, result.output
    assert result.output.count("RESTRICTED \u2013 contains confidential actions") == 2
    check_golden("action_log_cssc_restricted.md", result.output.encode("utf-8"))


def test_csv_golden(cli, dataset, tmp_path):
    target = tmp_path / "log.csv"
    result = cli(*LOG, "-o", str(target))  # the format follows the extension
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    check_golden("action_log_cssc.csv", data)


def test_csv_neutralises_formulas(cli, dataset):
    text = cli(*LOG, "--format", "csv").output
    assert "'" + FORMULA.replace('"', '""') in text
    assert ",'+44 numbers" in text


# ---- plain text and the terminal preview -------------------------------------------------


def test_plain_text_when_piped(cli, dataset):
    result = cli(*LOG)
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("Children's Services Scrutiny Committee: action log")
    assert "Completed since the last meeting, for the committee to agree to remove" in out
    assert "2 confidential actions are withheld" in out
    assert "Settle the claim" not in out
    assert "RESTRICTED" not in out


def test_plain_restricted_has_banner(cli, dataset):
    out = cli(*LOG, "--include-confidential").output
    assert out.startswith("*** RESTRICTED \u2013 contains confidential actions ***")
    assert "Settle the claim with the family" in out


def test_rich_preview(cli, dataset):
    result = cli(*LOG, "--format", "table", "--include-confidential")
    assert result.exit_code == 0
    assert "RESTRICTED" in result.output
    for ref in ("CSSC-1", "CSSC-3", "CSSC-4", "CSSC-5", "CSSC-9"):
        assert ref in result.output


def test_json(cli, dataset):
    import json

    data = json.loads(cli(*LOG, "--format", "json").output)
    assert data["for_meeting"] == "CSSC/2022-09-20"
    assert data["summary"]["open"] == 4
    assert [a["ref"] for a in data["completed_since_last_meeting"]] == ["CSSC-6", "CSSC-7"]


# ---- HTML ----------------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.rows: list[list[str]] = []
        self.captions: list[str] = []
        self.title = ""
        self.decl = ""
        self._cell: list[str] | None = None
        self._text: list[str] = []

    def handle_decl(self, decl):
        self.decl = decl

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "br", "col", "img", "link", "hr"):
            self.stack.append(tag)
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th"):
            self._cell = []
        if tag in ("caption", "title"):
            self._text = []

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (
            f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        )
        self.stack.pop()
        if tag in ("td", "th"):
            self.rows[-1].append("".join(self._cell))
            self._cell = None
        if tag == "caption":
            self.captions.append("".join(self._text))
        if tag == "title":
            self.title = "".join(self._text)

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        self._text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    assert page.stack == [], f"unclosed tags: {page.stack}"
    return page


def test_html_is_a_complete_accessible_page(cli, dataset, tmp_path):
    target = tmp_path / "log.html"
    assert cli(*LOG, "-o", str(target)).exit_code == 0
    html = target.read_text(encoding="utf-8")
    page = _parse(html)
    assert page.decl.lower() == "doctype html"
    tags = [t for t, _ in page.tags]
    assert ("html", {"lang": "en-GB"}) in page.tags
    assert ("meta", {"charset": "utf-8"}) in page.tags
    assert page.title == "Children's Services Scrutiny Committee: action log"
    assert "script" not in tags  # the action's <script> is text, not markup
    assert "@media print" in html
    # The completed table is labelled by its h2, not by a caption repeating it (bug 29).
    assert tags.count("table") == 4 and tags.count("caption") == 3 and tags.count("thead") == 4
    assert ("table", {"aria-labelledby": "completed"}) in page.tags
    assert html.count("for the committee to agree to remove") == 1
    headers = [a for t, a in page.tags if t == "th"]
    assert all(a.get("scope") in ("col", "row") for a in headers)
    assert page.captions[0] == "Meeting of 15 March 2022: Budget monitoring"


def test_html_has_every_row_and_escapes_text(cli, dataset):
    html = cli(*LOG, "--format", "html").output
    assert "&lt;script&gt;" in html and "&amp;" in html
    page = _parse(html)
    body = [r for r in page.rows if r and r[0] != "Ref"]
    assert [r[0] for r in body] == ["CSSC-1", "CSSC-3", "CSSC-4", "CSSC-9", "CSSC-6", "CSSC-7"]
    nasty = next(r for r in body if r[0] == "CSSC-3")
    assert nasty[2] == NASTY  # round-trips exactly once decoded
    assert nasty[8] == "[A] amber: due in 7 days"  # the rating in words, not colour alone
    assert nasty[9] == "Survey closes on 9 September & results due | soon"
    assert "Settle the claim" not in html
    assert "2 confidential actions are withheld" in html


def test_html_restricted_banner(cli, dataset):
    html = cli(*LOG, "--format", "html", "--include-confidential").output
    page = _parse(html)
    banners = [a for t, a in page.tags if t == "div" and "restricted" in a.get("class", "").split()]
    assert len(banners) == 2
    body = html.split("<body>", 1)[1]
    assert body.count("RESTRICTED \u2013 contains confidential actions") == 2
    # and on every printed page, from the page's margin boxes
    assert html.count("RESTRICTED \u2013 contains confidential actions") == 4
    assert "(restricted)" in page.title
    assert "CSSC-5" in [r[0] for r in page.rows if r]


# ---- DOCX ------------------------------------------------------------------------------------


def _docx(cli, tmp_path, *extra):
    import docx

    target = tmp_path / "log.docx"
    result = cli(*LOG, "-o", str(target), *extra)
    assert result.exit_code == 0, result.output
    return docx.Document(io.BytesIO(target.read_bytes()))


def test_docx_table_header_repeats_and_is_landscape(cli, dataset, tmp_path):
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn

    doc = _docx(cli, tmp_path)
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    assert doc.paragraphs[0].text == "Children's Services Scrutiny Committee: action log"
    assert doc.paragraphs[0].style.name == "Heading 1"
    assert len(doc.tables) == 4
    for table in doc.tables:
        first = table.rows[0]._tr
        flag = first.trPr.find(qn("w:tblHeader"))
        assert flag is not None and flag.get(qn("w:val")) == "true"
        assert table.rows[0].cells[0].text == "Ref"
        for row in table.rows[1:]:
            assert row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None
    refs = [row.cells[0].text for t in doc.tables for row in t.rows[1:]]
    assert refs == ["CSSC-1", "CSSC-3", "CSSC-4", "CSSC-9", "CSSC-6", "CSSC-7"]
    nasty = next(row for t in doc.tables for row in t.rows if row.cells[0].text == "CSSC-3")
    assert nasty.cells[2].text == NASTY
    assert not section.header.paragraphs[0].text


def test_docx_restricted_header_and_footer(cli, dataset, tmp_path):
    doc = _docx(cli, tmp_path, "--include-confidential")
    section = doc.sections[0]
    mark = "RESTRICTED \u2013 contains confidential actions"
    assert section.header.paragraphs[0].text == mark
    assert section.footer.paragraphs[0].text.startswith(mark)
    assert "CSSC-5" in [row.cells[0].text for t in doc.tables for row in t.rows]


# ---- files and errors ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "html", "docx", "csv", "json", "plain"])
def test_output_file_is_private_and_atomic(cli, dataset, tmp_path, fmt):
    target = tmp_path / "out" / f"log.{fmt}"
    target.parent.mkdir()
    target.write_text("old")
    os.chmod(target, 0o644)
    result = cli(*LOG, "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() != b"old"
    assert os.listdir(target.parent) == [target.name]  # no temporary file left behind


def test_unwritable_output_is_one_line(cli, dataset, tmp_path):
    result = cli(*LOG, "-o", str(tmp_path / "missing" / "log.md"))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: Cannot write {tmp_path / 'missing' / 'log.md'}: the directory {tmp_path / 'missing'} "
        "does not exist. Create it first, or choose another -o path."
    ]


def test_output_to_a_directory_is_refused(cli, dataset, tmp_path):
    result = cli(*LOG, "-o", str(tmp_path))
    assert result.exit_code == 1
    assert "is a directory" in result.output
    assert "Traceback" not in result.output


def test_unknown_committee_is_one_line(cli, dataset):
    result = cli("action-log", "NOPE")
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert "No committee 'NOPE'" in result.output


def test_unknown_meeting_is_one_line(cli, dataset):
    result = cli("action-log", "CSSC", "--for-meeting", "21/09/2022")
    assert result.exit_code == 1
    assert "No meeting of CSSC on 2022-09-21" in result.output
