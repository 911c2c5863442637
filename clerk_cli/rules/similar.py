"""When two actions say nearly the same thing.  Pure: no I/O.

The rule is cheap and can be stated in a sentence: the words that carry meaning (case,
punctuation, plurals, dates and numbers, and little words like "the" or "to" set aside)
of the two texts overlap by at least 75% (shared words over all words, Jaccard).  A
repeated action often comes back with a new date, so dates do not count.  clerk only
proposes a link on this; the clerk decides.
"""

from __future__ import annotations

import re

NEAR_IDENTICAL = 0.75

_LITTLE = frozenset(
    "a an and as at be by for from in into is it of on or the their this to with all any "
    "our its that these those".split()
)
_WORD = re.compile(r"[^\W_]+")
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_NUMBER = re.compile(r"^\d+(st|nd|rd|th)?$")


def meaning_words(text: str) -> frozenset[str]:
    """The words of text that carry its meaning, in one form: lower case, a plural's
    final 's' dropped, little words, numbers and the names of months left out."""
    out = set()
    for w in _WORD.findall(text.lower().replace("\u2019", "'")):
        if w in _LITTLE or w in _DATE_WORDS or _NUMBER.match(w):
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return frozenset(out)


def likeness(a: str, b: str) -> float:
    """How alike two texts are, 0 to 1: shared meaning words over all of them."""
    wa, wb = meaning_words(a), meaning_words(b)
    if not wa or not wb:
        return 1.0 if wa == wb and a.strip().lower() == b.strip().lower() else 0.0
    return len(wa & wb) / len(wa | wb)


def near_identical(a: str, b: str) -> bool:
    """Do two action texts say nearly the same thing?"""
    return likeness(a, b) >= NEAR_IDENTICAL


def most_like(text: str, candidates: list[tuple]) -> tuple | None:
    """The candidate (its second item the text) most like text, if near-identical; the
    first of equals."""
    best, score = None, 0.0
    for c in candidates:
        s = likeness(text, c[1])
        if s >= NEAR_IDENTICAL and s > score:
            best, score = c, s
    return best
