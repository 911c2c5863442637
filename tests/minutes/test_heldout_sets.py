"""Held-out sets 8 to 14 (issue 12): documents modelled on real published minutes, each set
written by someone who never read the extractor, frozen, run once blind, recorded in its
README (examples/minutes/heldoutN/README.md: sources, the blind first-run figures and every
miss), and only then tuned on by general rules (tests/minutes/test_setN_misses.py).

So these are tuning sets now: the floors below are each set's figures after tuning, less a
margin, and a drop below them is a regression.  The blind first runs, the measure of how the
extractor generalises, are in the READMEs (and the table in the project README).

Run ``python -m tests.minutes.test_heldout_sets heldout14`` (from the repo root) for one
set's table and misses.
"""

from __future__ import annotations

import sys

import pytest

from .test_heldout2 import HELDOUT2, _cases, report, scored

_KEYS = (
    "actions_recall",
    "actions_precision",
    "action_owner",
    "resolutions_recall",
    "resolutions_precision",
    "meeting_body",
    "meeting_date",
)


def _floors(*values: float) -> dict[str, float]:
    return dict(zip(_KEYS, values, strict=True))


# set: (fewest documents, floors in the order of _KEYS).  In the comments: the blind first
# run (actions recall/precision, owner, resolutions recall/precision, body, date).
SETS = {
    # blind at 8ef797e: 0.82/0.53, 0.78, 0.38/0.86, 0.42, 0.77; after tuning every measure 1.00
    "heldout8": (10, _floors(0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95)),
    # blind at b41aeb7: 0.50/1.00, 1.00, 0.32/0.83, 0.40, 0.90
    "heldout9": (12, _floors(0.95, 0.95, 0.95, 0.92, 0.92, 0.95, 0.95)),
    # blind at 3446100: 0.58/0.69, 0.82, 0.39/0.87, 0.35, 0.62
    "heldout10": (20, _floors(0.94, 0.95, 0.93, 0.95, 0.95, 0.95, 0.95)),
    # blind at ab15d26: 0.59/0.73, 0.89, 0.45/0.91, 0.35, 0.83
    "heldout11": (20, _floors(0.86, 0.88, 0.92, 0.94, 0.95, 1.00, 1.00)),
    # blind at 252a0ae: 0.48/0.74, 0.78, 0.38/0.84, 0.48, 0.95
    "heldout12": (20, _floors(0.79, 0.83, 0.91, 0.90, 0.94, 1.00, 1.00)),
    # blind at f0261f3 (the product's mainstream): 0.62/0.63, 0.86, 0.75/0.86, 0.70, 0.95
    "heldout13": (20, _floors(0.82, 0.92, 0.91, 0.96, 0.97, 1.00, 0.97)),
    # blind at e2f61c9 (the mainstream again): 0.61/0.80, 0.77, 0.52/0.85, 0.54, 0.89
    "heldout14": (20, _floors(0.94, 0.97, 0.88, 0.96, 0.98, 0.87, 1.00)),
    # blind at f790261 (the real-world mix, new sources): 0.73/0.65, 0.73, 0.71/0.90, 0.41, 0.86
    "heldout15": (26, _floors(0.95, 0.95, 0.92, 0.98, 0.94, 1.00, 1.00)),
    # blind at 296ffa2: 0.76/0.64, 0.84, 0.65/0.94, 0.63, 1.00
    # (round 26 finds "The Clerk to the Council would circulate the final version ...", a task
    # the expected file does not list: precision 0.79 -> 0.77)
    "heldout16": (20, _floors(0.81, 0.76, 0.99, 0.98, 0.98, 1.00, 1.00)),
    # blind at 35bd1ab and again (still blind) at dd9ecdc after round 5 on sets 9-16:
    # 0.86/0.70, 0.73, 0.72/0.88 -> 0.73/0.87, 0.62, 0.95
    "heldout17": (25, _floors(0.87, 0.77, 0.91, 0.91, 0.91, 0.78, 0.99)),
    # blind at 761b41e (after rounds 5 and 6): 0.79/0.71, 0.87, 0.64/0.87, 0.67, 1.00
    "heldout18": (23, _floors(0.87, 0.78, 0.87, 0.78, 0.89, 0.80, 0.99)),
    # blind at b01670d (after rounds 5 to 8): 0.75/0.80, 0.81, 0.76/0.83, 0.59, 0.92
    # (round 23, R84: resolutions precision floors of sets 19, 25 and 29 one point lower: each
    # lists one "It was agreed that X would ..." as a task only; set 25 one more in round 24,
    # R85: "Both signed their Declarations of Acceptance of Office. Approved" is read as decided)
    "heldout19": (21, _floors(0.87, 0.81, 0.83, 0.75, 0.81, 0.58, 0.91)),
    # blind at 2cbc711 (parish and community councils, trackers, overseas): 0.49/0.56, 0.75,
    # 0.66/0.93, 0.75, 0.95; after round 10 (A56-A58, R71, H33): 0.69/0.76, 0.88, 0.80/0.97,
    # 0.85, 0.95
    "heldout20": (22, _floors(0.68, 0.75, 0.87, 0.79, 0.96, 0.84, 0.94)),
    # blind at 2cbc711 and again at 6234372 after round 10 (identical; UK councils, NHS, three
    # action logs): 0.78/0.93, 0.71, 0.88/0.86, 0.65, 0.86; after round 11 (A59, R72, H34):
    # 0.92/0.92, 0.79, 0.91/0.93, 0.70, 0.86
    "heldout21": (22, _floors(0.91, 0.91, 0.78, 0.90, 0.92, 0.69, 0.85)),
    # blind at 55b286f after rounds 10 and 11 (ten action logs; the same but one body as the
    # extractor before them): 0.81/0.71, 0.74, 0.62/0.84, 0.65, 0.79; after round 12 (R73,
    # A60): 0.81/0.75, 0.86, 0.77/0.93, 0.65, 0.79
    "heldout22": (22, _floors(0.80, 0.74, 0.85, 0.76, 0.92, 0.64, 0.78)),
    # blind at 58a6664 after rounds 10-12 (the extractor before them: the same): 0.68/0.57,
    # 0.89, 0.78/0.94, 0.70, 0.88; after round 13 (A61, A62, H35): 0.75/0.70, 0.87, 0.80/0.94,
    # 0.85, 0.88
    "heldout23": (22, _floors(0.74, 0.69, 0.86, 0.79, 0.93, 0.84, 0.87)),
    # blind at 28d4055 after rounds 10-13 (one decision more than the extractor before them):
    # 0.79/0.55, 0.85, 0.71/0.93, 0.84, 0.88; after round 14 (A63, R74): 0.79/0.59, 0.85,
    # 0.75/0.93, 0.84, 0.88
    # (owner floor 0.84 -> 0.81 in round 22b: two tasks found for "staff" now carry no owner,
    # as a generic subject never becomes a post; the annotator wrote "staff")
    "heldout24": (22, _floors(0.78, 0.58, 0.81, 0.74, 0.92, 0.83, 0.87)),
    # blind at 3b62cd6 after rounds 10-14 (before them: 0.79/0.70, 0.79, 0.69/0.92, 0.55,
    # 0.82): 0.79/0.73, 0.79, 0.72/0.99, 0.55, 0.82; after round 15 (R75): 0.81/0.74, 0.79,
    # 0.86/0.99, 0.55, 0.82
    "heldout25": (22, _floors(0.80, 0.73, 0.78, 0.85, 0.96, 0.54, 0.81)),
    # blind at d0d45b8 after rounds 10-15 (before them: 0.86/0.57, 0.84, the rest the same):
    # 0.88/0.58, 0.82, 0.68/0.82, 0.64, 0.89; after round 16 (A64, R76, H36): 0.88/0.59,
    # 0.82, 0.76/0.90, 0.91, 0.95
    "heldout26": (22, _floors(0.87, 0.58, 0.81, 0.75, 0.89, 0.90, 0.94)),
    # blind at 2ebe008 after round 16 (line for line the same as the extractor before it):
    # 0.61/0.58, 0.86, 0.63/0.94, 0.67, 0.95; after round 17 (A65, R77, H37): 0.63/0.61,
    # 0.86, 0.70/0.95, 0.86, 0.95
    "heldout27": (22, _floors(0.62, 0.60, 0.85, 0.69, 0.94, 0.85, 0.94)),
    # blind at 467b8b6 after rounds 16-17 (the same as before them but one body, still wrong):
    # 0.66/0.61, 0.64, 0.54/0.95, 0.45, 0.90; after round 18 (A66, R78, H38): 0.66/0.61,
    # 0.66 (0.70 before H38's attendance label let initials be expanded to names: a
    # convention, see the README), 0.66/0.97, 0.60, 0.90
    "heldout28": (22, _floors(0.65, 0.60, 0.65, 0.65, 0.96, 0.59, 0.89)),
    # blind after rounds 16-18 (line for line the same as the extractor before them, with the
    # crash fix): 0.64/0.67, 0.77, 0.76/0.95, 0.82, 0.90; after round 19 (R79, H39): 0.67/0.68,
    # 0.78, 0.87/0.97, 0.86, 0.90
    "heldout29": (22, _floors(0.66, 0.67, 0.77, 0.86, 0.95, 0.85, 0.89)),
    # blind after rounds 16-19 (line for line the same as the extractor before them, with the
    # crash fix): 0.70/0.64, 0.72, 0.77/0.91, 0.55, 0.94; after round 20 (A67, R80, H40):
    # 0.70/0.64, 0.75, 0.81/0.93, 0.77, 0.94
    "heldout30": (22, _floors(0.69, 0.63, 0.74, 0.80, 0.92, 0.76, 0.93)),
    # blind after rounds 16-20 (one false action fewer than the extractor before them, with the
    # crash fix): 0.70/0.62, 0.81, 0.86/0.78, 0.64, 0.88; after round 21 (R81, H41): 0.70/0.62,
    # 0.81, 0.89/0.79, 0.77, 0.94
    "heldout31": (22, _floors(0.69, 0.61, 0.80, 0.88, 0.78, 0.76, 0.93)),
    # blind at a4b02ab after rounds 22 and 22b (the session's start extractor: one false action
    # fewer): 0.64/0.65, 0.87, 0.79/0.94, 0.59, 0.85; after round 23: 0.64/0.64, 0.94,
    # 0.82/0.94, 0.73, 0.95
    "heldout32": (22, _floors(0.63, 0.63, 0.93, 0.81, 0.93, 0.72, 0.94)),
    # blind at a4b02ab (the session's start extractor: the same): 0.74/0.71, 0.81, 0.73/0.95,
    # 0.65, 0.89; after round 23: 0.76/0.71, 0.82, 0.77/0.95, 0.65, 0.95
    "heldout33": (22, _floors(0.75, 0.70, 0.81, 0.76, 0.94, 0.64, 0.94)),
    # blind at f5b3dfa after rounds 22, 22b and 23 (after 22/22b only: one false decision fewer;
    # the session's start 7c0eabc: that and one owner fewer): 0.58/0.65, 0.84, 0.80/0.87, 0.62,
    # 1.00; not tuned on
    "heldout34": (22, _floors(0.57, 0.64, 0.83, 0.79, 0.86, 0.61, 0.99)),
    # blind at f5b3dfa after rounds 22, 22b and 23 (the session's start 7c0eabc: 0.71/0.66,
    # 0.81, 0.55/0.96, 0.71, 0.81): 0.72/0.66, 0.80, 0.58/0.96, 0.71, 0.86; not tuned on
    "heldout35": (22, _floors(0.71, 0.65, 0.79, 0.57, 0.95, 0.70, 0.85)),
    # blind at 1b20678 after rounds 22 to 24, 20 documents, six of them the same published pages
    # as documents of sets 32 to 35 (its README): 0.64/0.64, 0.92, 0.66/0.87, 0.47, 0.89; on the
    # fourteen new pages 0.63/0.64, 0.93, 0.61/0.87, 0.43, 0.85; not tuned on but for one owner
    "heldout36": (20, _floors(0.63, 0.63, 0.91, 0.65, 0.86, 0.46, 0.88)),
    # blind at 1ed0641 after round 25 (the session's start 56eb3b9: the same, line for line):
    # 0.39/0.45, 0.85, 0.59/0.82, 0.63, 0.83; after round 26, tuned on it: 0.49/0.47, 0.85,
    # 0.65/0.81, 0.74, 0.94; after round 27 (R88-R90): 0.49/0.47, 0.85, 0.79/0.94, 0.74, 0.94
    "heldout37": (20, _floors(0.48, 0.46, 0.84, 0.78, 0.93, 0.73, 0.93)),
    # blind at fc1e4f6 (round 26): 0.56/0.50, 0.66, 0.50/0.83, 0.53, 0.79; still blind after
    # round 27a (R88-R90, tuned on set 37 only): 0.56/0.50, 0.66, 0.52/0.83, 0.53, 0.79;
    # after round 27b (R91-R93, H54-H55), tuned on it: 0.57/0.49, 0.67, 0.63/0.86, 0.74, 0.79;
    # after round 27c (R94): resolutions 0.64/0.86
    "heldout38": (20, _floors(0.56, 0.48, 0.66, 0.62, 0.85, 0.73, 0.78)),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_set_has_its_documents(name):
    assert len(_cases(HELDOUT2.with_name(name))) >= SETS[name][0]


@pytest.mark.parametrize(("name", "key"), [(name, key) for name in sorted(SETS) for key in _KEYS])
def test_held_out_set_does_not_regress(name, key):
    result = scored(name)
    assert result[key] >= SETS[name][1][key], result["summary"]


if __name__ == "__main__":  # pragma: no cover - a report for people
    for name in sys.argv[1:] or sorted(SETS):
        report(name)


def test_a_body_given_as_one_name_is_scored_as_that_name(tmp_path):
    """An expected file may give the body as one string instead of a list of names: it is
    that name, not a list of its letters (set 19's four such documents scored as misses)."""
    from .test_heldout2 import score

    doc = tmp_path / "minutes.txt"
    doc.write_text(
        "Minutes of the meeting of the Fire Authority held on 12 February 2020\n\n"
        "1. Apologies\nThere were none.\n",
        encoding="utf-8",
    )
    expected = {
        "meeting": {"body": "Fire Authority", "date": "2020-02-12"},
        "resolutions": [],
        "actions": [],
    }
    assert score([("one", doc, expected)])["meeting_body"] == 1.0
