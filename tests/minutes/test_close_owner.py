"""resolve_owner's quicker close matching gives difflib's own answer (start-up, issue 11)."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_cli.minutes.patterns import _close_matches, _known_index, resolve_owner

POSTS = [
    "Director of Children's Services",
    "Director of Childrens Services",
    "Head of Finance",
    "Head of Highways",
    "Town Clerk",
    "Clerk",
    "Cllr Jane Ridley",
    "Chief Executive",
    "Section 151 Officer",
    "Monitoring Officer",
]


def _difflib(word: str, names: list[str]) -> list[str]:
    return difflib.get_close_matches(word, names, n=1, cutoff=0.82)


def test_misspelt_posts_match_as_difflib_matches_them():
    by_key, index = _known_index(tuple(POSTS))
    for word in ["director of childrns services", "head of financ", "town clark", "cheif executive",
                 "section 115 officer", "monitoring oficer", "treasurer", "", "cllr jane ridly"]:  # fmt: skip
        assert _close_matches(word, index) == _difflib(word, list(by_key)), word


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcdeilnorst '", max_size=14),
    st.lists(st.text(alphabet="abcdeilnorst '", max_size=14), max_size=25),
)
def test_same_answer_as_difflib_for_any_names(word, names):
    by_key, index = _known_index(tuple(names))
    assert _close_matches(word, index) == _difflib(word, list(by_key))


def test_resolve_owner_prefers_the_recorded_spelling():
    assert (
        resolve_owner("Director of Childrens Service", {}, POSTS)
        == "Director of Childrens Services"
    )
    assert resolve_owner("Town Clark", {}, POSTS) == "Town Clerk"
    assert resolve_owner("Treasurer", {}, POSTS) == "Treasurer"
