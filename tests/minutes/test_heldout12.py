"""Held-out set 12 (issue 12): 25 documents modelled on real published minutes, run once blind,
**now a tuning set**.

The documents and their ``*.expected.json`` were frozen (examples/minutes/heldout12/README.md,
with each source's address) before the extractor was run on them, by someone who did not
read the extractor.  After its one blind run (extractor 252a0ae) the misses were classified and
the mechanisms behind them fixed (README "After tuning"; tests in our own words in
``test_set12_misses.py``), so these figures are tuning figures, not a blind measure.  The floors
are the tuned figures less a small margin: a regression fails.

Run ``python -m tests.minutes.test_heldout12`` (from the repo root) for the table and misses.
"""

from __future__ import annotations

import pytest

from .test_heldout2 import HELDOUT2, _cases, report, scored

HELDOUT12 = HELDOUT2.with_name("heldout12")
CASES12 = _cases(HELDOUT12)

# After tuning (blind first run at 252a0ae: 0.48, 0.74, 0.78, 0.38, 0.84, 0.48, 0.95), less a margin.
FLOORS12 = {
    "actions_recall": 0.49,
    "actions_precision": 0.70,
    "action_owner": 0.80,
    "resolutions_recall": 0.76,
    "resolutions_precision": 0.94,
    "meeting_body": 0.74,
    "meeting_date": 0.90,
}


def test_there_are_at_least_twenty_documents():
    assert len(CASES12) >= 20


@pytest.mark.parametrize("key", sorted(FLOORS12))
def test_heldout12_does_not_regress(key):
    result = scored("heldout12")
    assert result[key] >= FLOORS12[key], result["summary"]


if __name__ == "__main__":  # pragma: no cover - a report for people
    report("heldout12")
