"""Dump the candidates an extractor proposes for the minutes examples (a helper of
tools/train_minutes_filter.py).

Run from the root of the checkout whose extractor is to be used (the main tree, or a
``git worktree`` at an older commit) with ``PYTHONPATH=.``::

    PYTHONPATH=. python /work/main/tools/dump_minutes_candidates.py EXAMPLES OUT.json

EXAMPLES is the examples/minutes folder whose documents are read (always the main
tree's, so every commit sees the same documents).  Only the sets named in SETS are read;
any other folder there is never opened.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from clerk_cli.minutes import extract, read_document
from clerk_cli.minutes.model import FoundAction

# The sets, named one by one: no folder is listed by glob, so a set being written (a new
# blind set) is never opened.
SETS = ["top"] + ["heldout"] + [f"heldout{n}" for n in range(2, 20)]

ACTION_FIELDS = FoundAction.__slots__  # every field the extractor gives an action


def _documents(folder: Path):
    for expected_file in sorted(folder.glob("*.expected.json")):
        stem = expected_file.name.removesuffix(".expected.json")
        docs = [
            p
            for p in folder.glob(stem + ".*")
            if not p.name.endswith(".json") and p.suffix != ".py"
        ]
        if len(docs) == 1:
            yield stem, docs[0], json.loads(expected_file.read_text("utf-8"))


def main(examples: Path, out: Path) -> None:
    rows = []
    for name in SETS:
        folder = examples if name == "top" else examples / name
        for stem, document, expected in _documents(folder):
            text = read_document(document)
            ex = extract(text, filename=document.name)
            actions = []
            for a in ex.actions:
                d = {f: getattr(a, f, None) for f in ACTION_FIELDS}
                d["due_date"] = d["due_date"].isoformat() if d["due_date"] else None
                actions.append(d)
            resolutions = [
                {
                    "ref": r.ref,
                    "text": r.text,
                    "line": r.line,
                    "source": r.source,
                    "minute_ref": getattr(r, "minute_ref", None),
                }
                for r in ex.resolutions
            ]
            rows.append(
                {
                    "set": name,
                    "doc": stem,
                    "file": document.name,
                    "lines": text.split("\n"),
                    "expected": expected,
                    "actions": actions,
                    "resolutions": resolutions,
                }
            )
    out.write_text(json.dumps(rows), "utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
