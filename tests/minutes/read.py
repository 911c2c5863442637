"""What the extractor reads in a document, as the idiom tests look at it."""

from __future__ import annotations

from clerk_cli.minutes import extract


def decisions(doc: str) -> list[str]:
    """The text of each resolution found in ``doc``."""
    return [r.text for r in extract(doc).resolutions]


def tasks(doc: str) -> list[str]:
    """The text of each action found in ``doc``."""
    return [a.text for a in extract(doc).actions]


def meeting_body(doc: str) -> str | None:
    """The meeting body the extractor names for ``doc``."""
    return extract(doc).meeting.body
