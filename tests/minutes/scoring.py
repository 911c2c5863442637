"""Match found items to expected ones by normalised text similarity, and score them."""

from __future__ import annotations

import difflib
import re

_STOP = {
    "the",
    "a",
    "an",
    "to",
    "of",
    "and",
    "that",
    "be",
    "it",
    "was",
    "is",
    "on",
    "in",
    "for",
    "with",
}


def _words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9£]+", text.lower().replace("’", "'"))
    return [re.sub(r"(?:ing|ed|es|s|e|d)$", "", w)[:5] or w for w in words if w not in _STOP]


def similar(expected: str, found: str) -> float:
    """difflib ratio on normalised words, or containment of the shorter text's words."""
    a, b = _words(expected), _words(found)
    if not a or not b:
        return 0.0
    ratio = difflib.SequenceMatcher(None, " ".join(a), " ".join(b)).ratio()
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    contained = sum(w in set(long_) for w in short) / len(short)
    return max(ratio, contained)


def match(
    expected: list[dict], found: list[dict], threshold: float = 0.6
) -> list[tuple[dict, dict]]:
    """Greedy best-first one-to-one matching; returns (expected, found) pairs."""
    scored = sorted(
        (
            (similar(e["text"], f["text"]) - 0.001 * abs(e.get("line", 0) - f.get("line", 0)), i, j)
            for i, e in enumerate(expected)
            for j, f in enumerate(found)
        ),
        reverse=True,
    )
    used_e, used_f, pairs = set(), set(), []
    for score, i, j in scored:
        if score < threshold or i in used_e or j in used_f:
            continue
        used_e.add(i)
        used_f.add(j)
        pairs.append((expected[i], found[j]))
    return pairs
