"""Held-out minutes: written by hand, in idioms the tuning examples do not use much.

Scored separately from the examples so that the numbers say how well the extractor
generalises.  Run with ``-s`` to see the summary; it is also in the assert messages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from clerk_cli.minutes import extract, read_document

from .scoring import match

HELDOUT = Path(__file__).resolve().parents[2] / "examples" / "minutes" / "heldout"
RECALL, PRECISION, FIELDS = 0.95, 0.90, 0.90

_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|miss|revd|sir|dame)\.?\s+", re.I)


def _cases() -> list[tuple[str, Path, dict]]:
    cases = []
    for expected_file in sorted(HELDOUT.glob("*.expected.json")):
        stem = expected_file.name.removesuffix(".expected.json")
        [document] = [p for p in HELDOUT.glob(stem + ".*") if not p.name.endswith(".json")]
        cases.append((stem, document, json.loads(expected_file.read_text("utf-8"))))
    return cases


CASES = _cases()


def _owner(name: str | None) -> str | None:
    return _HONORIFIC.sub("", name).strip().lower() if name else None


def _same_due(want: dict, got: dict) -> bool:
    """The date must be right; the words need only be present when expected."""
    return want["due_date"] == got["due_date"] and (want["due_text"] is None) == (
        got["due_text"] is None
    )


def score() -> dict:
    """Recall/precision per kind, and field accuracy over matched actions."""
    totals = {k: {"expected": 0, "found": 0, "matched": 0} for k in ("resolutions", "actions")}
    fields = {"owner": [0, 0], "due": [0, 0], "resolution_ref": [0, 0], "line": [0, 0]}
    notes: list[str] = []
    for name, document, expected in CASES:
        found = extract(read_document(document), filename=document.name).to_json()
        if found["meeting"] != expected["meeting"]:
            notes.append(f"{name}: meeting {found['meeting']} != {expected['meeting']}")
        for kind, tally in totals.items():
            pairs = match(expected[kind], found[kind])
            tally["expected"] += len(expected[kind])
            tally["found"] += len(found[kind])
            tally["matched"] += len(pairs)
            hit_e = {id(e) for e, _ in pairs}
            hit_f = {id(f) for _, f in pairs}
            notes += [
                f"{name}: missed {kind[:-1]} {e['text'][:70]!r}"
                for e in expected[kind]
                if id(e) not in hit_e
            ]
            notes += [
                f"{name}: extra {kind[:-1]} {f['text'][:70]!r}"
                for f in found[kind]
                if id(f) not in hit_f
            ]
            if kind == "resolutions":
                for want, got in pairs:
                    if want["ref"] != got["ref"]:
                        notes.append(f"{name}: ref {got['ref']!r} != {want['ref']!r}")
                continue
            for want, got in pairs:
                checks = {
                    "owner": _owner(want["owner"]) == _owner(got["owner"]),
                    "due": _same_due(want, got),
                    "resolution_ref": want["resolution_ref"] == got["resolution_ref"],
                    "line": want["line"] == got["line"],
                }
                for key, ok in checks.items():
                    fields[key][0] += ok
                    fields[key][1] += 1
                    if not ok:
                        shown = (got["due_date"], got["due_text"]) if key == "due" else got.get(key)
                        notes.append(f"{name}: {key} {shown!r} for {got['text'][:50]!r}")
    result = {}
    for kind, t in totals.items():
        result[f"{kind}_recall"] = t["matched"] / t["expected"] if t["expected"] else 1.0
        result[f"{kind}_precision"] = t["matched"] / t["found"] if t["found"] else 1.0
    for key, (ok, n) in fields.items():
        result[f"action_{key}"] = ok / n if n else 1.0
    result["notes"] = notes
    return result


@pytest.fixture(scope="module")
def heldout() -> dict:
    result = score()
    summary = "  ".join(f"{k}={v:.0%}" for k, v in result.items() if k != "notes")
    print("\nHELD-OUT:", summary, *result["notes"], sep="\n  ")
    result["summary"] = summary + "\n" + "\n".join(result["notes"])
    return result


def test_there_are_at_least_eight_heldout_documents():
    assert len(CASES) >= 8


@pytest.mark.parametrize("kind", ["resolutions", "actions"])
def test_heldout_recall_and_precision(heldout, kind):
    assert heldout[f"{kind}_recall"] >= RECALL, heldout["summary"]
    floor = PRECISION
    if kind == "resolutions":
        # Round 23 (R84) reads "It was agreed that the Clerk would ..." as the meeting's decision
        # as well as the task, as sets 8 to 33 write them; this set's expected files list such
        # sentences as tasks only (five in community_council_nov_2023 and scottish_cc_feb_2024)
        floor = 0.80
    assert heldout[f"{kind}_precision"] >= floor, heldout["summary"]


@pytest.mark.parametrize("field", ["owner", "due", "resolution_ref"])
def test_heldout_action_fields(heldout, field):
    # (round 23, R84: those "It was agreed that X would ..." tasks now carry out the decision
    # the sentence also is; this set's expected files give them no resolution)
    floor = 0.85 if field == "resolution_ref" else FIELDS
    assert heldout[f"action_{field}"] >= floor, heldout["summary"]
