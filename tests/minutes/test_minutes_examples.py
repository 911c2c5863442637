"""Each example and seed minute against its hand-written expected extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clerk_cli.minutes import extract, read_document

from .scoring import match

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "minutes"
SEEDS = REPO.parent / "shared" / "seed-minutes"
SEED_EXPECTED = json.loads((Path(__file__).with_name("seed_expected.json")).read_text("utf-8"))


def _example_cases() -> list[tuple[str, Path, dict]]:
    cases = []
    for expected_file in sorted(EXAMPLES.glob("*.expected.json")):
        stem = expected_file.name.removesuffix(".expected.json")
        [document] = [p for p in EXAMPLES.glob(stem + ".*") if not p.name.endswith(".json")]
        cases.append((stem, document, json.loads(expected_file.read_text("utf-8"))))
    return cases


def _seed_cases() -> list[tuple[str, Path, dict]]:
    if not SEEDS.is_dir():
        return []
    cases = []
    for key, expected in SEED_EXPECTED.items():
        if key.startswith("_"):
            continue
        [document] = SEEDS.glob(f"{key}_*.txt")
        cases.append((f"seed-{key}", document, expected))
    return cases


EXAMPLE_CASES = _example_cases()
ALL_CASES = EXAMPLE_CASES + _seed_cases()


def _found(document: Path) -> dict:
    return extract(read_document(document), filename=document.name).to_json()


def test_there_are_at_least_twelve_examples():
    assert len(EXAMPLE_CASES) >= 12


@pytest.mark.parametrize("name,document,expected", ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_meeting_header(name, document, expected):
    assert _found(document)["meeting"] == expected["meeting"]


@pytest.mark.parametrize("name,document,expected", ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_matched_resolutions_have_ref_and_line(name, document, expected):
    for want, got in match(expected["resolutions"], _found(document)["resolutions"]):
        assert (got["ref"], got["line"]) == (want["ref"], want["line"]), got["text"]


@pytest.mark.parametrize("name,document,expected", ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_matched_actions_have_owner_due_and_line(name, document, expected):
    for want, got in match(expected["actions"], _found(document)["actions"]):
        keys = ("owner", "due_date", "due_text", "resolution_ref", "line", "status")
        assert {k: got[k] for k in keys} == {k: want[k] for k in keys}, got["text"]


def _aggregate(kind: str) -> tuple[float, float, list[str]]:
    expected_total = found_total = matched = 0
    misses = []
    for name, document, expected in ALL_CASES:
        found = _found(document)[kind]
        pairs = match(expected[kind], found)
        expected_total += len(expected[kind])
        found_total += len(found)
        matched += len(pairs)
        hit_e = {id(e) for e, _ in pairs}
        hit_f = {id(f) for _, f in pairs}
        misses += [
            f"{name}: missed {e['text'][:70]!r}" for e in expected[kind] if id(e) not in hit_e
        ]
        misses += [f"{name}: extra {f['text'][:70]!r}" for f in found if id(f) not in hit_f]
    recall = matched / expected_total if expected_total else 1.0
    precision = matched / found_total if found_total else 1.0
    return recall, precision, misses


@pytest.mark.parametrize("kind", ["actions", "resolutions"])
def test_aggregate_recall_and_precision(kind):
    recall, precision, misses = _aggregate(kind)
    print(f"{kind}: recall {recall:.1%} precision {precision:.1%}")
    assert recall >= 0.95, misses
    assert precision >= 0.90, misses


def test_seed_000_has_no_actions():
    if not SEEDS.is_dir():
        pytest.skip("seed minutes not available")
    [document] = SEEDS.glob("000_*.txt")
    assert _found(document)["actions"] == []


def test_to_json_has_exactly_the_agreed_keys():
    data = _found(EXAMPLES / "county_highways_committee.txt")
    assert set(data) == {"meeting", "resolutions", "actions"}
    assert set(data["meeting"]) == {"body", "date"}
    assert set(data["resolutions"][0]) == {"ref", "text", "line"}
    assert set(data["actions"][0]) == {
        "text", "owner", "due_date", "due_text", "resolution_ref", "line", "status",
    }  # fmt: skip


def test_extraction_is_deterministic():
    document = EXAMPLES / "nhs_quality_committee.txt"
    assert _found(document) == _found(document)
