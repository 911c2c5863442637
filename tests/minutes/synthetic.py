"""Synthetic minutes of any size, for the extractor's linearity test and its benchmark.

Shared by tests/minutes/test_hardening.py and benchmarks/extract.py, so it imports nothing
from the test tools (a benchmark's environment has no pytest).
"""

from __future__ import annotations

_PAGE = (
    "{n}. Highways item {n}\n"
    "Mr Smith said that Dr Jones and Cllr Brown had met St John's ward members. "
    "The Clerk reported e.g. that the report, i.e. the annual one, was late. "
    "RESOLVED that the report be noted and the Clerk to write to the county council.\n"
    "ACTION: Clerk to circulate the revised plan by 30 June 2024.\n"
    "| Action | Owner | Due |\n| Update the risk register | Clerk | 30/06/2024 |\n\n"
)


_WRAPPED = (
    "the Clerk reported that Mr Smith and Dr Jones had met on item {n} e.g. about the\n"
    "roads. Cllr Brown said the Clerk to write to the county council and that the\n"
)


def synthetic_minutes(size: int, one_paragraph: bool = False) -> str:
    """Minutes of ``size`` characters; ``one_paragraph``: one unit, wrapped, never ending."""
    head = "Minutes of the Finance Committee held on 3 March 2024\n\n"
    page = _WRAPPED if one_paragraph else _PAGE
    body = "".join(page.format(n=n) for n in range(size // len(page) + 1))
    return head + body[:size]
