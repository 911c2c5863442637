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

from pathlib import Path

from clerk_cli.errors import InvalidInput

from . import regex

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
_BINARY_CONTROL = regex.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
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
    # Word and HTML need zipfile, expat and html.parser: imported only for those files.
    if suffix in DOCX_SUFFIXES:
        from .markup import docx_text

        text = docx_text(data, path.name, max_chars=max_chars)
    else:
        text = decode_text(data, path.name)
        if suffix in HTML_SUFFIXES:
            from .markup import html_to_text

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
    """Decode bytes as UTF-8 (BOM optional) or UTF-16 with BOM, else Windows-1252
    (clerk_cli.rules.text.decode_bytes, as a note piped to clerk note is read)."""
    from clerk_cli.rules.text import decode_bytes

    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and _looks_binary(data):
        raise InvalidInput(f"Cannot import '{name}': it looks like a binary file, not text.")
    try:
        return decode_bytes(data)
    except UnicodeDecodeError:
        raise InvalidInput(f"Cannot import '{name}': broken UTF-16 text.") from None


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
