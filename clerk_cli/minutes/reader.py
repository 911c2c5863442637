"""Read a minutes file (.txt, .md, .docx, .html) into plain text.

The extractor works on text with one paragraph, bullet or table row per line, so
this module flattens every format to that shape:

* text and Markdown: decoded as UTF-8 (with or without BOM), else Windows-1252;
* Word: paragraphs and tables in document order, one table row per line with
  cells joined by `` | ``, bulleted paragraphs prefixed with ``•``.  The package
  is read with a streaming, entity-safe XML parser (stdlib expat): a DOCTYPE or
  entity declaration, malformed XML, a missing document part or a file that is
  not a zip is refused with one line, never a traceback;
* HTML saved from a committee website: markup stripped with the stdlib parser,
  block elements and ``<br>`` become line breaks, list items become bullets,
  table rows become `` | `` joined lines, ``<pre>`` keeps its own line breaks;
  script, style and navigation are dropped.

Line endings become ``\\n`` and non-breaking spaces become spaces; control
characters that could drive a terminal (ESC, BEL, ...) are made visible as
Unicode control pictures ("␛").  Nothing else is changed, so line numbers in the
extraction point at the text a reviewer sees.

Size: ``MAX_TEXT_CHARS`` (20 million characters, about 20 MB) is the most text a
minutes file may hold; bigger files are refused with one line.  Every step is
linear in the size of the file.
"""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.parsers import expat

from clerk_cli.errors import InvalidInput

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES)

# The most text one minutes file may hold (characters).  Real minutes are well under
# 1 MB; a 50-page document is about 200 KB.
MAX_TEXT_CHARS = 20_000_000
# Markup and Word XML around that text: files bigger than this are refused unread.
MARKUP_FACTOR = 5
# A .docx is a zip: refuse members that inflate beyond this many bytes (zip bombs).
MAX_DOCX_XML_BYTES = MAX_TEXT_CHARS * MARKUP_FACTOR

# Control characters that never appear in minutes typed by a person.
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\ufeff": ""})
# Terminal escapes and other controls (F8): shown as control pictures, never passed on.
_CONTROLS = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}
_CONTROLS[0x7F] = 0x2421
_CONTROLS.update({c: 0xFFFD for c in range(0x80, 0xA0)})


def read_document(path: str | Path, *, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Return the text of the minutes file at ``path``.

    Raises ``InvalidInput`` with a one-line message when the file is missing,
    unreadable, empty, binary, too big, a broken or hostile Word file, or of an
    unsupported type.

    Example::

        text = read_document("minutes/2023-03-14-highways.docx")
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES:
        raise InvalidInput(
            f"Cannot import '{path.name}': unsupported file type (use {', '.join(SUPPORTED)})."
        )
    limit = max_chars * (1 if suffix in TEXT_SUFFIXES else MARKUP_FACTOR) * 4
    try:
        size = path.stat().st_size
        if size > limit:
            raise InvalidInput(_too_big(path.name, max_chars))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"Cannot import '{path}': no such file.") from None
    except IsADirectoryError:
        raise InvalidInput(f"Cannot import '{path}': it is a folder, not a file.") from None
    except OSError as exc:
        raise InvalidInput(f"Cannot import '{path}': {exc.strerror or exc}.") from None
    if path.is_dir():
        raise InvalidInput(f"Cannot import '{path}': it is a folder, not a file.")
    if not data.strip():
        raise InvalidInput(f"Cannot import '{path.name}': the file is empty.")
    if suffix in DOCX_SUFFIXES:
        text = docx_text(data, path.name, max_chars=max_chars)
    else:
        text = decode_text(data, path.name)
        if suffix in HTML_SUFFIXES:
            text = html_to_text(text)
    if len(text) > max_chars:
        raise InvalidInput(_too_big(path.name, max_chars))
    text = normalise_text(text)
    if not text.strip():
        raise InvalidInput(f"Cannot import '{path.name}': the file has no text in it.")
    return text


def _too_big(name: str, max_chars: int) -> str:
    return (
        f"Cannot import '{name}': it holds more than {max_chars:,} characters of text, "
        "more than any minutes (split it, or raise clerk_cli.minutes.reader.MAX_TEXT_CHARS)."
    )


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
    """Unify line endings, odd spaces and control characters without changing the line count."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES)
    text = visible_controls(text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def visible_controls(text: str) -> str:
    """ESC, BEL, DEL and other controls (not tab or newline) as visible control pictures."""
    return text.translate(_CONTROLS)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    return len(_BINARY_CONTROL.findall(sample)) > max(4, len(sample) // 200)


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
