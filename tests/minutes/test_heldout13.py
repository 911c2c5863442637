"""Held-out set 13 (issue 12): 23 documents modelled on real published minutes (councils, NHS, schools).

The documents and their ``*.expected.json`` were frozen (examples/minutes/heldout13/README.md,
with each source's address) before the extractor was run on them, and run once blind
(resolutions 0.75/0.86, actions 0.62/0.63, owner 0.86, body 0.70, date 0.95).  **It is a
tuning set now**: its misses were fixed as general idioms (tests in our own words in
``test_set13_misses.py``; IDIOMS.md rows R23, A15, H11), so its figures are tuning figures,
not a blind measure.  The floors are the figures after tuning less a small margin.

Run ``python -m tests.minutes.test_heldout13`` (from the repo root) for the table and misses.
"""

from __future__ import annotations

import pytest

from .test_heldout2 import HELDOUT2, _cases, report, scored

HELDOUT13 = HELDOUT2.with_name("heldout13")
CASES13 = _cases(HELDOUT13)

# After tuning (extractor at 60b289a: resolutions 0.93/1.00, actions 0.72/0.81, owner 0.94,
# body 0.83, date 1.00), less a small margin.  The blind first run was 0.75/0.86, 0.62/0.63,
# 0.86, 0.70, 0.95.
FLOORS13 = {
    "actions_recall": 0.69,
    "actions_precision": 0.78,
    "action_owner": 0.91,
    "resolutions_recall": 0.90,
    "resolutions_precision": 0.97,
    "meeting_body": 0.80,
    "meeting_date": 0.97,
}


def test_there_are_at_least_twenty_documents():
    assert len(CASES13) >= 20


@pytest.mark.parametrize("key", sorted(FLOORS13))
def test_heldout13_does_not_regress(key):
    result = scored("heldout13")
    assert result[key] >= FLOORS13[key], result["summary"]


if __name__ == "__main__":  # pragma: no cover - a report for people
    report("heldout13")
