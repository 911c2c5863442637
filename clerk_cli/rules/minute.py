"""The minute an action came from, as every output names it.  Pure.

An action can carry a minute reference of its own (the minute or agenda item it was
minuted under: clerk edit --minute, import-minutes) and can hang on a resolution, which
has its own reference.  The minute it came from is its own reference when it has one
(the more precise: the clerk set it for this action), else its resolution's.
"""

from __future__ import annotations


def minute_of(minute_ref: str | None, resolution_ref: str | None) -> str | None:
    """The minute an action came from ('7.4'), or None when it has neither reference."""
    return minute_ref or resolution_ref or None


def from_words(meeting: str | None, minute: str | None) -> str:
    """Where an action came from, in words: 'CSSC/2026-06-23 minute 7.4', 'minute 7.4'
    (no meeting), the meeting alone, or '' (minute: minute_of's answer)."""
    return " ".join(x for x in (meeting, f"minute {minute}" if minute else "") if x)
