"""Stored text made safe for the place it is shown.  Pure; no Rich.

Text in clerk comes from people and from imported documents, so it may hold terminal
escape sequences or Markdown and HTML that a reader's tools would act on.  Every
renderer passes user text through one of these before it is shown.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, and the C1 controls (CSI is \x9b).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>&~])")


def _caret(m: re.Match) -> str:
    c = ord(m.group())
    if c < 0x20:
        return "^" + chr(c + 0x40)  # ESC -> ^[, BEL -> ^G
    if c == 0x7F:
        return "^?"
    return f"\\x{c:02x}"


def visible(text: str | None) -> str:
    """text with control characters shown as ^[ / ^G / \\x9b, so no escape sequence
    stored in clerk can act on the clerk's terminal."""
    if not text:
        return text or ""
    return _CONTROL.sub(_caret, text)


def md_text(text: str | None) -> str:
    """text for a Markdown document: on one line, with every character Markdown or HTML
    would act on escaped (no raw HTML, links, images or emphasis from user text)."""
    return " ".join(_MD_SPECIAL.sub(r"\\\1", visible(text)).split())
