"""Held over: how many of its committee's meetings an action has been carried over at.

An action appears on the action log of every meeting of its committee after the one
that created it for as long as it stays open ("held over 3 times").  Pure: the meeting
dates are given (not cancelled, in order, as they stood on the day asked about).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date


def held_over(
    *, origin: date, closed: date | None, as_of: date, meeting_dates: Sequence[date]
) -> int:
    """The meetings after origin (the day of the meeting that created the action, or the
    day it was recorded when it came from none) up to its closure or as_of, whichever
    is first; meeting_dates sorted."""
    until = min(closed, as_of) if closed is not None else as_of
    if until <= origin:
        return 0
    # The dates in (origin, until]: the origin meeting itself is not a hold-over.
    return bisect_right(meeting_dates, until) - bisect_right(meeting_dates, origin)


def held_over_words(n: int | None) -> str:
    """'held over 3 times', 'held over once', or '' (never held over, or not counted)."""
    if not n:
        return ""
    return "held over once" if n == 1 else f"held over {n} times"
