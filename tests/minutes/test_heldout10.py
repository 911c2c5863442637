"""Held-out set 10 (issue 12): 24 documents modelled on real published minutes, run once blind,
then tuned on (examples/minutes/heldout10/README.md: both the blind first-run figures and the ones
after tuning, with each source's address).  It no longer measures generalisation; a fresh blind
set (set 11) replaces it.

The floors are the figures after tuning, a little under, so a regression fails.

Run ``python -m tests.minutes.test_heldout10`` (from the repo root) for the table and misses.
"""

from __future__ import annotations

import pytest

from .test_heldout2 import HELDOUT2, _cases, report, scored

HELDOUT10 = HELDOUT2.with_name("heldout10")
CASES10 = _cases(HELDOUT10)

# After tuning (resolutions 1.00/1.00, actions 0.97/1.00, owner 0.97, body 1.00, date 1.00;
# the blind first run at 3446100 was actions 0.58/0.69, owner 0.82, resolutions 0.39/0.87,
# body 0.35, date 0.62), less a margin.
FLOORS10 = {
    "actions_recall": 0.94,
    "actions_precision": 0.95,
    "action_owner": 0.93,
    "resolutions_recall": 0.95,
    "resolutions_precision": 0.95,
    "meeting_body": 0.95,
    "meeting_date": 0.95,
}


def test_there_are_at_least_twenty_documents():
    assert len(CASES10) >= 20


@pytest.mark.parametrize("key", sorted(FLOORS10))
def test_heldout10_does_not_regress(key):
    result = scored("heldout10")
    assert result[key] >= FLOORS10[key], result["summary"]


if __name__ == "__main__":  # pragma: no cover - a report for people
    report("heldout10")
