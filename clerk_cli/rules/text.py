"""Text people give clerk: the one check every use case makes of it, and how bytes
(a note piped in, a minutes file) become text.  Pure: no I/O.

Action text, notes, reasons, posts', people's and committees' names, meeting titles and
resolutions may hold any printable character, tabs and line breaks.  Control
characters (ESC, BEL, NUL, the C1 controls...) are refused: an escape sequence stored
in clerk would act on every terminal that later shows it, PostgreSQL cannot store NUL,
and none of them is ever meant.  So are lone surrogates: the characters Python makes of
bytes that are not UTF-8 (a Windows-1252 byte typed or pasted into a UTF-8 terminal),
which no database can store.
"""

from __future__ import annotations

import re

from clerk_cli.errors import InvalidInput

# C0 controls but tab and newline (a carriage return is taken as a line ending first),
# DEL, the C1 controls and lone surrogates.
_REFUSED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# What cannot be in a one-line value (a name): line breaks of every kind, and tabs.
_BREAKS = re.compile(r"[\t\n\u2028\u2029]")
_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "backspace",
    0x0B: "vertical tab",
    0x0C: "form feed",
    0x1B: "ESC",
    0x7F: "DEL",
    0x9B: "CSI",
}


def describe(ch: str) -> str:
    """A character as an error message shows it: 'ESC (U+001B)'."""
    code = ord(ch)
    name = _NAMES.get(code)
    return f"{name} (U+{code:04X})" if name else f"U+{code:04X}"


def check_text(value: str | None, *, what: str, one_line: bool = False) -> str:
    """value with its line endings made "\\n", or InvalidInput saying which character
    of it is refused, where, and what to do.  one_line: a name, which holds no line
    break or tab either."""
    if not value:
        return value or ""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    bad = _REFUSED.search(text)
    if bad is not None:
        ch, at = bad.group(), bad.start() + 1
        if "\ud800" <= ch <= "\udfff":
            byte = f" (the byte 0x{ord(ch) - 0xDC00:02X})" if "\udc80" <= ch <= "\udcff" else ""
            raise InvalidInput(
                f"The {what} holds something that is not text{byte} at character {at}.",
                hint="Type it again, or save the text as UTF-8 (it came in another encoding).",
            )
        raise InvalidInput(
            f"The {what} holds a control character, {describe(ch)}, at character {at}.",
            hint="Take it out and try again (it can come with text copied from a terminal or a PDF).",
        )
    if one_line:
        bad = _BREAKS.search(text)
        if bad is not None:
            kind = "a tab" if bad.group() == "\t" else "a line break"
            raise InvalidInput(
                f"The {what} holds {kind} at character {bad.start() + 1}.",
                hint="Write it on one line.",
            )
    return text


def decode_bytes(data: bytes) -> str:
    """Bytes as text, as clerk reads every text file: UTF-16 with its byte order mark,
    else UTF-8 (with or without one), else Windows-1252 (what Word and older Windows
    programs write).  Raises UnicodeDecodeError only for broken UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows-1252 leaves five byte values undefined; a stray one is not worth failing on.
        return data.decode("cp1252", errors="replace")
