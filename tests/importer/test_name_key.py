"""matching.name_key's quick path (names of letters, digits and spaces) gives the same keys as
the patterns it skips (start-up work, issue 11)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_cli.services.importer.matching import name_key


def _by_patterns(name: str) -> str:
    s = name.casefold().replace("\u2019", "'").replace("&", " and ")
    s = re.sub(r"[^\w' ]+", " ", s)
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aThe xİß9’&'-.\t_é")), max_size=16))
def test_name_key_is_what_the_patterns_give(name):
    assert name_key(name) == _by_patterns(name)


def test_examples():
    for name in ["The Clerk", "Director of Children’s Services", "the", "  Head  of Finance ",
                 "Theatre Manager", "İlker Ş", "clerk@example.org", "HR & Payroll"]:  # fmt: skip
        assert name_key(name) == _by_patterns(name), name
