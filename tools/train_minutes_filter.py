"""Train and evaluate a learned filter over the action candidates of the minutes extractor.

An experiment (tools/MINUTES_FILTER.md): does a small logistic regression that scores each
action the extractor proposes, and drops the low-scoring ones, raise precision on minutes
it was not trained on, without costing recall?

Data: tools/dump_minutes_candidates.py, run with the extractor of some commit, writes every
document of examples/minutes (top level, heldout, heldout2 ... heldout19; nothing else) with
its candidates and expected file.  Labels come from the scorer's own matching
(tests/minutes/test_heldout2._pairs): a candidate matched to a required expected action is
true, one matched to an optional item is left out, any other is false.

Usage (from the repository root)::

    PYTHONPATH=. python tools/dump_minutes_candidates.py examples/minutes /tmp/x/cur.json
    git worktree add /tmp/blind17 35bd1ab   # and 761b41e, b01670d for 18 and 19
    (cd /tmp/blind17 && PYTHONPATH=. python $OLDPWD/tools/dump_minutes_candidates.py \
        $OLDPWD/examples/minutes /tmp/x/blind17.json)
    python tools/train_minutes_filter.py /tmp/x        # the CV and blind-commit tables

Everything is deterministic (a fixed seed; sets and documents in sorted order).
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.minutes.test_heldout2 import _pairs, same_owner  # noqa: E402

SEED = 20261201
EPOCHS = 25
RATE = 0.1
L2 = 1e-3
RECALL_BUDGET = (
    0.005  # the most true candidates (as a share) a threshold may drop, inside the folds
)

# ---------------------------------------------------------------------------------------
# Features: structure of the candidate, its owner and due date, its paragraph and section.
# Only function words and the generic vocabulary of minutes (action, matters arising, ...).

_MODALS = {"will", "would", "shall", "should", "must", "may", "can", "could"}
_PAST = {"was", "were", "had", "been", "did"}
_REPORT = {
    "reported",
    "noted",
    "said",
    "explained",
    "advised",
    "confirmed",
    "informed",
    "stated",
    "presented",
    "outlined",
    "highlighted",
    "updated",
    "commented",
}
_ASKED = {"asked", "requested", "invited", "suggested", "urged", "proposed", "queried"}
_AGREED = {"agreed", "resolved", "decided", "approved", "endorsed", "recommended"}
_STATUS = {"complete", "completed", "done", "closed", "ongoing", "outstanding", "progress"}
_PRONOUN = {"he", "she", "they", "it", "we", "i", "this", "there", "these", "those"}
_DET = {"the", "a", "an", "all", "any", "each", "every", "that", "this", "its", "their"}
_COND = {"if", "whether", "when", "once", "unless", "should"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_BULLET = re.compile(r"^\s*(?:[•\-*·–]|\(?[0-9ivxa-h]{1,4}[.)]|\d+(?:\.\d+)+)\s")
_INITIALS = re.compile(r"^(?:[A-Z]\.?){2,4}$")


def _bin(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


def _owner_kind(owner: str | None) -> str:
    if not owner:
        return "none"
    o = owner.strip()
    if re.search(r"\band\b|/|&|,", o):
        return "several"
    words = o.split()
    if len(words) == 1 and _INITIALS.match(o.replace(" ", "")):
        return "initials"
    if o.lower().startswith("the ") or any(w[:1].islower() for w in words):
        return "post"
    if len(words) == 1:
        return "oneword"
    if all(w[:1].isupper() for w in words):
        return "name"
    return "other"


def _heading(lines: list[str], index: int) -> str | None:
    """The nearest line above that looks like a heading (short, no closing full stop)."""
    for i in range(index - 1, max(-1, index - 60), -1):
        line = lines[i].strip().strip("#*_ ")
        if not line:
            continue
        words = line.split()
        if len(words) <= 8 and not line.endswith((".", ",", ";")) and line[:1].isalnum():
            if line.isupper() or re.match(r"^(?:\d+[.)]?|[A-Z]\d*\.)\s", line) or line.istitle():
                return line.lower()
    return None


def features(cand: dict, doc: dict) -> list[str]:
    text = cand["text"] or ""
    source = cand.get("source") or text
    lines = doc["lines"]
    tokens = [w.lower() for w in _WORD.findall(text)]
    first = tokens[:1]
    head = set(tokens[:4])
    tset = set(tokens)
    f = ["bias"]

    kind = _owner_kind(cand.get("owner"))
    f.append("owner=" + kind)
    owner = (cand.get("owner") or "").lower().removeprefix("the ")
    if owner and owner in text.lower():
        f.append("owner_in_text")
        if text.lower().removeprefix("the ").startswith(owner.split()[0]):
            f.append("owner_at_start")
    flags = " ".join(cand.get("flags") or [])
    f.append("due_date" if cand.get("due_date") else "no_due_date")
    if cand.get("due_text") and not cand.get("due_date"):
        f.append("vague_due")
    rule = cand.get("due_rule") or "none"
    f.append("due_rule=" + rule.split(":")[0])
    if "owner is a group" in flags:
        f.append("owner_group")
    if kind == "none" and not cand.get("due_text"):
        f.append("no_owner_no_due")
    if cand.get("resolution_ref"):
        f.append("from_resolution")
    if cand.get("minute_ref"):
        f.append("has_minute_ref")
    if not cand.get("draft"):
        f.append("no_draft")

    n = len(tokens)
    f.append(f"len={_bin(n, (5, 9, 15, 25, 40))}")
    ratio = len(text) / max(1, len(source))
    f.append(f"share_of_para={_bin(ratio, (0.35, 0.7, 0.95))}")
    if source.count(". ") >= 2:
        f.append("para_multi_sentence")
    if " | " in source or source.lstrip().startswith("|") or "\t" in source:
        f.append("table_row")
    if _BULLET.match(source):
        f.append("bullet")
    low_src = source.lower()
    if re.match(r"^\W*actions?\b", low_src):
        f.append("source_starts_action")
    elif re.search(r"\baction(?:ed)?\b\s*(?:[:\-–]|by\b)", low_src) or "ACTION" in source:
        f.append("source_action_label")
    if re.search(r"\bresolved\b|\brecommendation\b|\bdecision\b", low_src):
        f.append("source_resolved")
    if _STATUS & set(_WORD.findall(low_src)):
        f.append("source_status_word")

    # the clause
    if re.match(r"^(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}to\s+[a-z]", text):
        f.append("x_to_verb")
    if " to be " in f" {text.lower()} ":
        f.append("to_be")
    if _MODALS & tset:
        f.append("modal")
        if "would" in tset and not ({"will", "shall", "must"} & tset):
            f.append("would_only")
    if re.search(r"\b(?:is|are)\s+to\s+[a-z]", text):
        f.append("is_to")
    if first and first[0] == "that":
        f.append("starts_that")
    if re.search(r"\bbe\s+\w+(?:ed|en)\b", text) and "to be" not in text.lower():
        f.append("subjunctive_be")
    if first and first[0] in _PRONOUN:
        f.append("starts_pronoun")
    if first and first[0] in _DET:
        f.append("starts_det")
    if (
        len(tokens) > 1
        and text[:1].isupper()
        and first[0] not in _DET | _PRONOUN
        and tokens[1]
        not in _MODALS | {"to", "and", "of", "is", "are", "was", "were", "has", "have"}
        and not _INITIALS.match(text.split()[0])
        and not (text.split()[1][:1].isupper())
    ):
        f.append("imperative_like")
    if _PAST & tset:
        f.append("past_copula")
    if _REPORT & tset:
        f.append("past_report")
        if _REPORT & head:
            f.append("past_report_early")
    if _ASKED & tset:
        f.append("asked")
    if _AGREED & tset:
        f.append("agreed")
    if _COND & head:
        f.append("conditional")
    if "?" in text:
        f.append("question")
    if re.search(r"[\"“”]", text):
        f.append("quote")
    if {"not", "no", "nothing", "none"} & tset:
        f.append("negation")
    if re.search(r"\d", text):
        f.append("digits")
    if tokens and tokens[-1] in {"meeting", "minutes"}:
        f.append("ends_meeting")
    if re.search(r"\b(?:thanked|welcomed|congratulated)\b", text.lower()):
        f.append("courtesy")

    # the section
    line = max(1, int(cand.get("line") or 1))
    heading = _heading(lines, line - 1)
    if heading is None:
        f.append("heading=none")
    else:
        if re.search(r"\baction", heading):
            f.append("heading=action")
        if re.search(r"matters arising|previous|last meeting|minutes of|review of", heading):
            f.append("heading=previous")
        if re.search(r"next meeting|date of", heading):
            f.append("heading=next")
        if re.search(r"any other|aob|close|public|question", heading):
            f.append("heading=aob_public")
        if re.search(r"report|update", heading):
            f.append("heading=report")
    near = " ".join(lines[max(0, line - 3) : line - 1]).lower()
    if re.search(r"\baction", near):
        f.append("action_label_above")
    f.append(f"pos={_bin(line / max(1, len(lines)), (0.1, 0.3, 0.6, 0.85))}")
    f.append("fmt=" + doc["file"].rsplit(".", 1)[-1].replace("markdown", "md"))
    same_src = sum(1 for a in doc[KIND] if a.get("source") == cand.get("source"))
    if same_src > 1:
        f.append("split_paragraph")
    f.append(f"doc_cands={_bin(len(doc['actions']), (3, 8, 15))}")
    return f


def resolution_features(cand: dict, doc: dict) -> list[str]:
    """The same kind of structure for a resolution candidate (text, ref, paragraph, section)."""
    text = cand["text"] or ""
    source = cand.get("source") or text
    lines = doc["lines"]
    tokens = [w.lower() for w in _WORD.findall(text)]
    tset = set(tokens)
    words = text.split()
    f = ["bias", f"len={_bin(len(tokens), (3, 6, 12, 25, 50))}"]
    caps = sum(w[:1].isupper() for w in words) / max(1, len(words))
    f.append(f"caps={_bin(caps, (0.3, 0.6, 0.85))}")
    if not ({"be", "is", "are", "was", "were", "to", "will", "has", "have"} & tset) and not any(
        t.endswith("ed") for t in tokens
    ):
        f.append("no_verb_marker")
    ratio = len(text) / max(1, len(source))
    f.append(f"share_of_para={_bin(ratio, (0.35, 0.7, 0.95))}")
    low_src = source.lower()
    for name, pattern in (
        ("src_resolved", r"\bresolved\b"),
        ("src_agreed", r"\bagreed\b"),
        ("src_decided", r"\bdecided\b|\bdecision\b"),
        ("src_recommend", r"\brecommend"),
        ("src_motion", r"\bproposed\b|\bseconded\b|\bmoved\b|\bcarried\b|\bmotion\b"),
        ("src_noted", r"\bnoted\b|\breceived\b"),
    ):
        if re.search(pattern, low_src):
            f.append(name)
    first = tokens[:1]
    if first:
        if first[0] in {"that", "to", "the", "a", "an"}:
            f.append("starts=" + first[0])
        elif first[0] in _PRONOUN:
            f.append("starts_pronoun")
    if " be " in f" {text.lower()} ":
        f.append("subjunctive_be")
    if _PAST & tset:
        f.append("past_copula")
    if _REPORT & tset:
        f.append("past_report")
    if _ASKED & tset:
        f.append("asked")
    if _MODALS & tset:
        f.append("modal")
    if _COND & set(tokens[:4]):
        f.append("conditional")
    if "?" in text:
        f.append("question")
    if not text.rstrip().endswith((".", ";", ":")):
        f.append("no_final_stop")
    if re.search(r"\d", text):
        f.append("digits")
    ref = cand.get("ref") or ""
    if "(" in ref:
        f.append("ref_limb")
    if cand.get("minute_ref"):
        f.append("has_minute_ref")
    if " | " in source or "\t" in source:
        f.append("table_row")
    if _BULLET.match(source):
        f.append("bullet")
    line = max(1, int(cand.get("line") or 1))
    heading = _heading(lines, line - 1)
    if heading is None:
        f.append("heading=none")
    else:
        for name, pattern in (
            ("previous", r"matters arising|previous|last meeting|minutes of"),
            ("apologies", r"apolog|declaration|interest|attendance|present"),
            ("next", r"next meeting|date of"),
            ("aob_public", r"any other|aob|close|public|question"),
            ("report", r"report|update"),
        ):
            if re.search(pattern, heading):
                f.append("heading=" + name)
    f.append(f"pos={_bin(line / max(1, len(lines)), (0.1, 0.3, 0.6, 0.85))}")
    f.append("fmt=" + doc["file"].rsplit(".", 1)[-1].replace("markdown", "md"))
    same_src = sum(1 for r in doc["resolutions"] if r.get("source") == cand.get("source"))
    if same_src > 1:
        f.append("split_paragraph")
    f.append(f"doc_cands={_bin(len(doc['resolutions']), (3, 8, 15))}")
    return f


KIND = "actions"  # which candidates: "actions" or "resolutions" (main sets it)
FEATURES = {"actions": features, "resolutions": resolution_features}


# ---------------------------------------------------------------------------------------
# Data and labels


def load(path: Path) -> list[dict]:
    return json.loads(path.read_text("utf-8"))


def labelled(docs: list[dict]) -> list[tuple[str, list[str], int]]:
    """(set, features, label) for every candidate not matched to an optional item."""
    out = []
    for doc in docs:
        hits, optional_hits, _ = _pairs(doc["expected"][KIND], doc[KIND])
        true = {id(f) for _, f in hits}
        optional = {id(f) for _, f in optional_hits}
        for cand in doc[KIND]:
            if id(cand) in optional:
                continue
            out.append((doc["set"], FEATURES[KIND](cand, doc), int(id(cand) in true)))
    return out


# ---------------------------------------------------------------------------------------
# The model: logistic regression by SGD, L2, fixed seed.


def train(rows: list[tuple[list[str], int]], seed: int = SEED) -> dict[str, float]:
    w: dict[str, float] = {}
    order = list(range(len(rows)))
    rng = random.Random(seed)
    step = 0
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, y = rows[i]
            z = sum(w.get(k, 0.0) for k in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            rate = RATE / (1.0 + 0.001 * step)
            step += 1
            g = p - y
            for k in feats:
                w[k] = w.get(k, 0.0) * (1.0 - rate * L2) - rate * g
    return {k: round(v, 4) for k, v in sorted(w.items()) if abs(v) >= 1e-4}


def prob(w: dict[str, float], feats: list[str]) -> float:
    z = sum(w.get(k, 0.0) for k in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def choose_threshold(scored: list[tuple[float, int]], budget: float = RECALL_BUDGET) -> float:
    """The threshold with the best precision that drops at most RECALL_BUDGET of the true
    candidates (0.0, keep all, when none does better)."""
    positives = sum(y for _, y in scored) or 1
    best, best_t = _precision(scored, 0.0), 0.0
    for t in sorted({round(p, 3) for p, _ in scored}):
        kept = [(p, y) for p, y in scored if p >= t]
        lost = sum(y for p, y in scored if p < t)
        if lost / positives > budget:
            break
        prec = _precision(kept, 0.0)
        if prec > best + 1e-9:
            best, best_t = prec, t
    return best_t


def _precision(scored, t):
    kept = [y for p, y in scored if p >= t]
    return sum(kept) / len(kept) if kept else 1.0


def fit(
    rows: list[tuple[str, list[str], int]], inner_folds: int = 5, budget: float = RECALL_BUDGET
) -> tuple[dict, float]:
    """Weights on all rows, and a threshold chosen by grouped CV inside these rows only."""
    sets = sorted({s for s, _, _ in rows})
    groups = {s: i % inner_folds for i, s in enumerate(sets)}
    oof: list[tuple[float, int]] = []
    for g in range(inner_folds):
        tr = [(f, y) for s, f, y in rows if groups[s] != g]
        te = [(f, y) for s, f, y in rows if groups[s] == g]
        if not te:
            continue
        w = train(tr)
        oof += [(prob(w, f), y) for f, y in te]
    return train([(f, y) for _, f, y in rows]), choose_threshold(oof, budget)


# ---------------------------------------------------------------------------------------
# Scoring with the real scorer's matching


def score_docs(docs: list[dict], keep=None) -> dict:
    """Actions recall, precision and owner (as tests/minutes/test_heldout2.score counts
    them) over these documents, keeping only the candidates ``keep(cand, doc)`` accepts."""
    matched = required = found = owner_ok = 0
    for doc in docs:
        kept = [a for a in doc[KIND] if keep is None or keep(a, doc)]
        hits, optional_hits, req = _pairs(doc["expected"][KIND], kept)
        matched += len(hits)
        required += req
        found += len(kept) - len(optional_hits)
        for want, got in hits if KIND == "actions" else ():
            owner_ok += same_owner(want["owner"], got["owner"]) or bool(
                want.get("owner_optional") and got["owner"] is None
            )
    return {
        "matched": matched,
        "required": required,
        "found": found,
        "recall": matched / required if required else 1.0,
        "precision": matched / found if found else 1.0,
        "owner": owner_ok / matched if matched and KIND == "actions" else 1.0,
    }


def _keeper(w, t):
    return lambda a, doc: prob(w, FEATURES[KIND](a, doc)) >= t


def _row(name, before, after, t=None):
    return (
        f"| {name} | {before['found']} | {before['precision']:.3f} | {after['precision']:.3f} | "
        f"{before['recall']:.3f} | {after['recall']:.3f} | {before['owner']:.3f} | "
        f"{after['owner']:.3f} | {before['found'] - after['found']} |"
        + (f" {t:.3f} |" if t is not None else "")
    )


HEADER = (
    "| set | found | P before | P after | R before | R after | owner before | owner after "
    "| dropped | threshold |\n|---|---|---|---|---|---|---|---|---|---|"
)


def _pool(parts):
    m = sum(p["matched"] for p in parts)
    r = sum(p["required"] for p in parts)
    f = sum(p["found"] for p in parts)
    o = sum(p["owner"] * p["matched"] for p in parts)
    return {
        "matched": m,
        "required": r,
        "found": f,
        "recall": m / r if r else 1.0,
        "precision": m / f if f else 1.0,
        "owner": o / m if m else 1.0,
    }


def loso(docs: list[dict], extra: list | None = None, budget: float = RECALL_BUDGET) -> list[str]:
    """Leave each set out in turn: train on every other set (``extra`` rows too, but never
    those of the set left out), choose the threshold inside those sets, score the set."""
    rows = labelled(docs) + (extra or [])
    sets = sorted({d["set"] for d in docs}, key=_set_key)
    out = [HEADER]
    before_all, after_all = [], []
    for s in sets:
        w, t = fit([r for r in rows if r[0] != s], budget=budget)
        test = [d for d in docs if d["set"] == s]
        before, after = score_docs(test), score_docs(test, _keeper(w, t))
        before_all.append(before)
        after_all.append(after)
        out.append(_row(s, before, after, t))
    out.append(_row("**pooled**", _pool(before_all), _pool(after_all)) + " |")
    return out


def blind(
    cur: list[dict],
    blind_docs: list[dict],
    target: str,
    extra: list | None = None,
    budget: float = RECALL_BUDGET,
) -> str:
    """Train on the current extractor's candidates of every set but ``target``; apply to
    the candidates the blind commit's extractor proposed for ``target``."""
    rows = [r for r in labelled(cur) + (extra or []) if r[0] != target]
    w, t = fit(rows, budget=budget)
    test = [d for d in blind_docs if d["set"] == target]
    return _row(target + " (blind)", score_docs(test), score_docs(test, _keeper(w, t)), t)


def _set_key(s: str):
    return (0, 0) if s == "top" else (1, int(s.removeprefix("heldout") or 1))


SWEEP = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def sweep(cur: list[dict], folder: Path) -> None:
    """The whole trade-off, for the record: fixed thresholds (not chosen by any fold) applied
    to the leave-one-set-out models (pooled) and to the blind-commit candidates."""
    rows = labelled(cur)
    sets = sorted({d["set"] for d in cur}, key=_set_key)
    models = {s: train([(f, y) for z, f, y in rows if z != s]) for s in sets}
    print(
        "| threshold | LOSO P | LOSO R | "
        + " | ".join(f"blind {n} P | blind {n} R" for n in (17, 18, 19))
        + " |"
    )
    print("|---" * 9 + "|")
    blinds = {
        n: [d for d in load(folder / f"blind{n}.json") if d["set"] == f"heldout{n}"]
        for n in (17, 18, 19)
    }
    for t in SWEEP:
        pooled = _pool(
            [score_docs([d for d in cur if d["set"] == s], _keeper(models[s], t)) for s in sets]
        )
        cells = [f"{pooled['precision']:.3f} | {pooled['recall']:.3f}"]
        for n, docs in blinds.items():
            r = score_docs(docs, _keeper(models[f"heldout{n}"], t))
            cells.append(f"{r['precision']:.3f} | {r['recall']:.3f}")
        print(f"| {t:.1f} | " + " | ".join(cells) + " |", flush=True)


BLIND = {  # set: its blind commit (tests/minutes/test_heldout_sets.py)
    8: "8ef797e",
    9: "b41aeb7",
    10: "3446100",
    11: "ab15d26",
    12: "252a0ae",
    13: "f0261f3",
    14: "e2f61c9",
    15: "f790261",
    16: "296ffa2",
    17: "35bd1ab",
    18: "761b41e",
    19: "b01670d",
}


def blind_rows(folder: Path) -> list:
    """Variant B's extra training rows: each set's candidates from its own blind commit
    (blindN.json, only set N's documents)."""
    rows = []
    for n in BLIND:
        path = folder / f"blind{n}.json"
        if path.exists():
            rows += labelled([d for d in load(path) if d["set"] == f"heldout{n}"])
    return rows


def main(folder: Path, kind: str = "actions") -> None:
    global KIND
    KIND = kind
    print(f"# {kind}")
    cur = load(folder / "cur.json")
    variants = {
        "A (as planned: current candidates, recall budget 0.005)": ([], RECALL_BUDGET),
        "A2 (current candidates, recall budget 0.01)": ([], 0.01),
        "B (plus each set's blind-commit candidates, budget 0.005)": (blind_rows(folder), 0.005),
        "B2 (plus blind-commit candidates, budget 0.01)": (blind_rows(folder), 0.01),
    }
    for name, (extra, budget) in variants.items():
        print(f"\n# Variant {name}\n\n## Leave-one-set-out (current extractor)\n")
        table = loso(cur, extra, budget)
        print("\n".join(table))
        print("\n## Blind commits\n")
        print(HEADER)
        for n in (17, 18, 19):
            path = folder / f"blind{n}.json"
            if path.exists():
                print(blind(cur, load(path), f"heldout{n}", extra, budget), flush=True)
    print("\n# Threshold sweep (variant A models; fixed thresholds, descriptive only)\n")
    sweep(cur, folder)
    w, t = fit(labelled(cur))
    print(f"\n## Model on every set: threshold {t:.3f}\n")
    for k, v in sorted(w.items(), key=lambda kv: kv[1]):
        print(f"{v:+.3f} {k}")


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if sys.argv[1:] else "/tmp/mfilter_work"),
        sys.argv[2] if sys.argv[2:] else "actions",
    )
