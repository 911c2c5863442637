"""Word (.docx) and HTML minutes to plain text, for reader.read_document.

Kept apart from reader.py so that plain-text minutes never import zipfile, expat or
html.parser (start-up time of ``import-minutes``).
"""

from __future__ import annotations

import zipfile
from html.parser import HTMLParser
from xml.parsers import expat

from clerk_cli.errors import InvalidInput

from .reader import MAX_DOCX_XML_BYTES, MAX_TEXT_CHARS, _too_big

# --- Word ---------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)


class _Refused(Exception):
    """Raised inside the XML handlers; turned into InvalidInput by the caller."""


class _TooBig(Exception):
    """More text than MAX_TEXT_CHARS, or a part that inflates beyond MAX_DOCX_XML_BYTES."""


def docx_text(data: bytes, name: str = "file.docx", *, max_chars: int = MAX_TEXT_CHARS) -> str:
    """The text of a Word (.docx) file: paragraphs and table rows in document order."""
    import io

    def refuse(why: str) -> InvalidInput:
        return InvalidInput(f"Cannot import '{name}': not a readable Word document ({why}).")

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise refuse("it is not a zip package") from None
    try:
        with archive:
            part = _main_part(archive, refuse)
            info = archive.getinfo(part)
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise InvalidInput(_too_big(name, max_chars))
            collector = _DocxCollector(max_chars)
            _parse_member(archive, part, collector, refuse)
            return "\n".join(collector.lines)
    except InvalidInput:
        raise
    except _TooBig:
        raise InvalidInput(_too_big(name, max_chars)) from None
    except (zipfile.BadZipFile, KeyError, EOFError, OSError, RuntimeError, ValueError) as exc:
        raise refuse(type(exc).__name__) from None


def _main_part(archive: zipfile.ZipFile, refuse) -> str:
    """The document part named in [Content_Types].xml (read as safely as the document)."""
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names:
        raise refuse("no [Content_Types].xml")
    found: list[str] = []

    def start(tag, attrs):
        if tag.endswith("Override") and attrs.get("ContentType") in _MAIN_TYPES:
            found.append(attrs.get("PartName", "").lstrip("/"))

    _parse_member(archive, "[Content_Types].xml", _Handlers(start=start), refuse, cap=1_000_000)
    part = next((p for p in found if p in names), None)
    if part is None:
        if found or "word/document.xml" not in names:
            raise refuse("no document part")
        part = "word/document.xml"
    return part


class _Handlers:
    def __init__(self, start=None, end=None, data=None):
        self.start = start or (lambda tag, attrs: None)
        self.end = end or (lambda tag: None)
        self.data = data or (lambda text: None)


def _parse_member(archive, member: str, handlers, refuse, cap: int = MAX_DOCX_XML_BYTES) -> None:
    """Stream one zip member through expat; DOCTYPE and entity declarations are refused."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def no_dtd(*_args):
        raise _Refused("a DOCTYPE or entity declaration")

    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    parser.ExternalEntityRefHandler = no_dtd
    parser.StartElementHandler = handlers.start
    parser.EndElementHandler = handlers.end
    parser.CharacterDataHandler = handlers.data
    parser.buffer_text = True
    read = 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(1 << 16):
                read += len(chunk)
                if read > cap:
                    raise _TooBig
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Refused as exc:
        raise refuse(str(exc)) from None
    except expat.ExpatError as exc:
        raise refuse(f"malformed XML in {member}: {expat.ErrorString(exc.code)}") from None


class _DocxCollector(_Handlers):
    """Body paragraphs and tables of word/document.xml, in order, as lines."""

    P, TBL, TR, TC, T, BODY = (f"{_W}}}{t}" for t in ("p", "tbl", "tr", "tc", "t", "body"))
    BREAKS = {f"{_W}}}{t}" for t in ("tab", "br", "cr")}

    def __init__(self, max_chars: int):
        super().__init__(self._start, self._end, self._data)
        self.max_chars = max_chars
        self.size = 0
        self.lines: list[str] = []
        self.in_body = False
        self.table_depth = 0
        self.para: list[str] | None = None  # text of the body paragraph being read
        self.listed = False
        self.in_text = False
        self.row: list[list[str]] | None = None  # cells of the top-level row being read

    def _start(self, tag, attrs):
        if tag == self.BODY:
            self.in_body = True
        elif not self.in_body:
            return
        elif tag == self.TBL:
            self.table_depth += 1
        elif tag == self.TR and self.table_depth == 1:
            self.row = []
        elif tag == self.TC and self.table_depth == 1 and self.row is not None:
            self.row.append([])
        elif tag == self.P and self.table_depth == 0:
            self.para, self.listed = [], False
        elif tag == self.T:
            self.in_text = True
        elif tag in self.BREAKS:
            self._add(" ")
        elif self.para is not None and tag in (f"{_W}}}numPr",):
            self.listed = True
        elif self.para is not None and tag == f"{_W}}}pStyle":
            if "list" in attrs.get(f"{_W}}}val", "").lower():
                self.listed = True
        elif tag == self.P and self.row:
            self.row[-1].append(" ")

    def _end(self, tag):
        if tag == self.T:
            self.in_text = False
        elif tag == self.BODY:
            self.in_body = False
        elif tag == self.TBL:
            self.table_depth -= 1
        elif tag == self.TR and self.table_depth == 1 and self.row is not None:
            self.lines.append(" | ".join(" ".join("".join(c).split()) for c in self.row))
            self.row = None
        elif tag == self.P and self.table_depth == 0 and self.para is not None:
            text = "".join(self.para)
            if text.strip() and self.listed:
                text = "• " + text.strip()
            self.lines.append(text)
            self.para = None

    def _data(self, text):
        if self.in_text:
            self._add(text)

    def _add(self, text: str) -> None:
        self.size += len(text)
        if self.size > self.max_chars:
            raise _TooBig
        if self.row:
            self.row[-1].append(text)
        elif self.para is not None:
            self.para.append(text)


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
        self.pre_depth = 0
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
        if tag == "pre":
            self.pre_depth += 1
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
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in _BLOCK_TAGS or tag == "li":
            self.flush()

    def handle_data(self, data):
        if self.skip_depth:
            return
        if not self.pre_depth:
            self.current.append(data)
            return
        # Preformatted text (a .txt saved as .html): its own line breaks are the structure,
        # blank lines included, so paragraphs stay paragraphs.
        first, *rest = data.split("\n")
        self.current.append(first)
        for line in rest:
            if self.current and "".join(self.current).strip():
                self.flush()
            elif self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.current = [line]


def html_to_text(html: str) -> str:
    """Strip markup, keeping one line per paragraph, heading, list item or table row."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    collector.flush()
    return "\n".join(collector.lines)
