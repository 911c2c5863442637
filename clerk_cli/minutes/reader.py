"""Read a minutes file (.txt, .md, .docx, .html) into plain text.

The extractor works on text with one paragraph, bullet or table row per line, so
this module flattens every format to that shape:

* text and Markdown: decoded as UTF-8 (with or without BOM), else Windows-1252;
* Word: paragraphs and tables in document order, one table row per line with
  cells joined by `` | ``, bulleted paragraphs prefixed with ``•``;
* HTML saved from a committee website: markup stripped with the stdlib parser,
  block elements and ``<br>`` become line breaks, list items become bullets,
  table rows become `` | `` joined lines; script, style and navigation are dropped.

Line endings become ``\\n`` and non-breaking spaces become spaces; nothing else
is changed, so line numbers in the extraction point at the text a reviewer sees.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from clerk_cli.errors import InvalidInput

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES)

# Control characters that never appear in minutes typed by a person.
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\ufeff": ""})


def read_document(path: str | Path) -> str:
    """Return the text of the minutes file at ``path``.

    Raises ``InvalidInput`` with a one-line message when the file is missing,
    unreadable, empty, binary or of an unsupported type.

    Example::

        text = read_document("minutes/2023-03-14-highways.docx")
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES:
        raise InvalidInput(
            f"Cannot import '{path.name}': unsupported file type (use {', '.join(SUPPORTED)})."
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"Cannot import '{path}': no such file.") from None
    except IsADirectoryError:
        raise InvalidInput(f"Cannot import '{path}': it is a folder, not a file.") from None
    except OSError as exc:
        raise InvalidInput(f"Cannot import '{path}': {exc.strerror or exc}.") from None
    if not data.strip():
        raise InvalidInput(f"Cannot import '{path.name}': the file is empty.")
    if suffix in DOCX_SUFFIXES:
        text = _docx_text(data, path.name)
    else:
        text = decode_text(data, path.name)
        if suffix in HTML_SUFFIXES:
            text = html_to_text(text)
    text = normalise_text(text)
    if not text.strip():
        raise InvalidInput(f"Cannot import '{path.name}': the file has no text in it.")
    return text


def decode_text(data: bytes, name: str = "file") -> str:
    """Decode bytes as UTF-8 (BOM optional) or UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidInput(f"Cannot import '{name}': broken UTF-16 text.") from None
    if _looks_binary(data):
        raise InvalidInput(f"Cannot import '{name}': it looks like a binary file, not text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows-1252 leaves five byte values undefined; a stray one is not worth failing on.
        return data.decode("cp1252", errors="replace")


def normalise_text(text: str) -> str:
    """Unify line endings and odd spaces without changing the number of lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    return len(_BINARY_CONTROL.findall(sample)) > max(4, len(sample) // 200)


# --- Word ---------------------------------------------------------------------------


def _docx_text(data: bytes, name: str) -> str:
    import io
    import zipfile

    try:
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - python-docx is a hard dependency
        raise InvalidInput("Cannot read Word files: python-docx is not installed.") from None
    try:
        doc = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InvalidInput(
            f"Cannot import '{name}': not a readable Word document ({exc})."
        ) from None
    lines: list[str] = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_docx_paragraph(Paragraph(block, doc)))
        elif tag == "tbl":
            for row in Table(block, doc).rows:
                cells = _unique_cells(row.cells)
                lines.append(" | ".join(" ".join(c.text.split()) for c in cells))
    return "\n".join(lines)


def _docx_paragraph(paragraph) -> str:
    text = paragraph.text.replace("\t", " ").replace("\n", " ")
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if text.strip() and ("List" in style or numbered):
        return "• " + text.strip()
    return text


def _unique_cells(cells):
    # Merged cells come back once per grid column; keep each one once.
    seen: list = []
    for cell in cells:
        if not any(cell._tc is other._tc for other in seen):
            seen.append(cell)
    return seen


# --- HTML ---------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "table", "thead",
    "tbody", "tfoot", "tr", "pre", "hr", "address", "figure", "figcaption", "title",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "nav", "noscript", "template", "svg", "head", "select"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.cells_in_row = 0

    def flush(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag in _BLOCK_TAGS or tag == "br":
            self.flush()
        if tag == "tr":
            self.cells_in_row = 0
        elif tag in ("td", "th"):
            if self.cells_in_row:
                self.current.append(" | ")
            self.cells_in_row += 1
        elif tag == "li":
            self.flush()
            self.current.append("• ")

    def handle_startendtag(self, tag, attrs):
        if tag == "br" and not self.skip_depth:
            self.flush()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in _BLOCK_TAGS or tag == "li":
            self.flush()

    def handle_data(self, data):
        if not self.skip_depth:
            self.current.append(data)


def html_to_text(html: str) -> str:
    """Strip markup, keeping one line per paragraph, heading, list item or table row."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    collector.flush()
    return "\n".join(collector.lines)
