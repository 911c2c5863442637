"""The import-review measure (issue 13): review the five seed extracts as a clerk would,
in a real pseudo-terminal, and count the keys pressed and the commands needed after.

    python benchmarks/import_review_measure.py [SEED_DIR] [--transcript FILE]

The target is what ../shared/seed-minutes/README.md says a careful clerk takes from
each extract.  Keys are the single-key choices plus one Enter per prompt answered;
the words typed at a prompt (a new text, a due date) are listed, not counted as
keys.  Prints one line per file and the totals; the transcript is the session as
the clerk saw it.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pexpect

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seed-minutes"
CLERK = str(Path(sys.executable).parent / "clerk")

# Per file: extra options, and the clerk's answers: ("key", k) for a single key at the
# item prompt, ("line", words) for a prompt answered with words (one key: Enter).
SESSIONS = {
    "000": ((), [], 0),
    "001": (
        ("--committee", "CSOSC", "--date", "05/09/2022"),
        [
            ("key", "e"),
            ("line", "Share the HMO report with the Corporate Parenting Board for information"),
            ("key", "\r"),
            ("key", "e"),
            ("line", "Bring an update on varied caseloads back to a future meeting"),
            ("key", "d"),
            ("line", "a future meeting"),
            ("key", "\r"),
            ("key", "\r"),
        ],
        3,
    ),
    "002": (("--committee", "CYPSSC", "--date", "14/06/2022"), [("key", "A")], 4),
    "003": ((), [("key", "\r")], 1),
    "004": ((), [], 0),
}


def main(argv: list[str]) -> int:
    seeds = Path(argv[0]) if argv and not argv[0].startswith("--") else SEEDS
    transcript_path = argv[argv.index("--transcript") + 1] if "--transcript" in argv else None
    work = Path(tempfile.mkdtemp(prefix="clerk-measure-"))
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "CLERK_USER": "jo", "TERM": "dumb"}
    env["CLERK_HOME"] = str(work)
    db = str(work / "month.db")

    def clerk(*args: str) -> str:
        return subprocess.run(
            [CLERK, "--db", db, *args], env=env, capture_output=True, text=True, check=True
        ).stdout

    clerk(
        "committee", "add", "Children's Services Overview and Scrutiny Committee", "--code", "CSOSC"
    )
    clerk("committee", "add", "Children and Young People Scrutiny Committee", "--code", "CYPSSC")
    log = []
    total_keys = total_actions = total_confirms = 0
    for prefix, (options, answers, target) in SESSIONS.items():
        seed = next(seeds.glob(f"{prefix}_*.txt"))
        child = pexpect.spawn(
            CLERK,
            ["--db", db, "import-minutes", str(seed), "--format", "plain", *options],
            env=env,
            encoding="utf-8",
            timeout=30,
        )
        seen = io.StringIO()
        child.logfile_read = seen
        keys = 0
        for kind, value in answers:
            if kind == "key":
                child.expect("> ")
                child.send(value)
            else:
                child.expect(r"\]: ")
                child.send("\x15")  # clear the proposed words
                child.sendline(value)
            keys += 1
        index = child.expect([r"\(y/N\)|\[y/N\]", "Is it"])
        confirms = 0
        while index == 1:  # a close match to confirm: the default (yes)
            child.sendline("")
            confirms += 1
            index = child.expect([r"\[y/N\]", "Is it", "> "])
            if index == 2:
                child.send("A")
                keys += 1
                index = child.expect([r"\[y/N\]", "Is it"])
        child.sendline("y")
        confirms += 1
        child.expect(pexpect.EOF)
        log.append(f"$ clerk import-minutes {seed.name} {' '.join(options)}\n" + seen.getvalue())
        child.close()
        total_keys += keys
        total_actions += target
        total_confirms += confirms
        print(f"{seed.name}: {target} action(s), {keys} review key(s), {confirms} confirmation(s)")
    listing = clerk("list", "--all-statuses", "--format", "plain")
    print(
        f"total: {total_actions} actions, {total_keys} review keys "
        f"({total_keys / max(total_actions, 1):.2f} per action), {total_confirms} confirmations, "
        "0 commands after the review"
    )
    print(listing)
    if transcript_path:
        Path(transcript_path).write_text("".join(log) + "\n" + listing, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
