"""A clerk at work, for the concurrency and crash tests: run as a separate process.

    python worker.py URL WORKER_NUMBER N CODE
    python worker.py --bulk URL CODE

The first adds N actions to committee CODE and, between adds, updates actions it did not
create: a note on a random one, and a new due date on one of the shared "hot"
actions CODE-1..CODE-5 (so several processes change the same rows at once).
Prints a JSON summary of what it did, for the test to check against the database.

--bulk adds actions, each with a note and a due date, until it is killed.
"""

from __future__ import annotations

import json
import os
import random
import sys
from datetime import date, timedelta


def main(url: str, worker: int, n: int, code: str) -> None:

    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url
    from clerk_cli.services.action_edits import edit_action
    from clerk_cli.services.actions import add_action, add_note

    db_url, path = database_url(url)
    db = open_database(db_url, path)
    rng = random.Random(worker)
    mine: list[str] = []
    notes: list[tuple[str, str]] = []
    due_edits: list[str] = []
    for j in range(n):
        a = add_action(
            db, text=f"w{worker} action {j}", owner=None, committee=code, by=f"w{worker}"
        )
        mine.append(a.ref)
        others = [
            r[0]
            for r in db.run_sql(lambda q: q.rows("SELECT ref, text FROM action"))
            if not r[1].startswith(f"w{worker} ")
        ]
        target = rng.choice(others)
        text = f"w{worker} note {j}"
        add_note(db, target, text, by=f"w{worker}")
        notes.append((target, text))
        hot = f"{code}-{rng.randint(1, 5)}"
        # A date no other edit uses, so every edit is a real change (and a slip).
        new_due = date(2030, 1, 1) + timedelta(days=worker * 1000 + j)
        edit_action(db, hot, due=new_due.isoformat(), by=f"w{worker}")
        due_edits.append(hot)
    db.dispose()
    json.dump({"added": mine, "notes": notes, "due_edits": due_edits}, sys.stdout)


def bulk(url: str, code: str) -> None:
    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url
    from clerk_cli.services.action_edits import edit_action
    from clerk_cli.services.actions import add_action, add_note

    db_url, path = database_url(url)
    db = open_database(db_url, path)
    print("ready", flush=True)
    j = 0
    while True:
        a = add_action(
            db,
            text=f"bulk {os.getpid()}.{j} " + "x" * 200,
            owner="Bulk Owner",
            create_owner_if_missing=j == 0,
            committee=code,
            due="2030-01-01",
        )
        add_note(db, a.ref, f"note on {a.ref}")
        edit_action(db, a.ref, due="2030-02-01")
        j += 1


if __name__ == "__main__":
    if sys.argv[1] == "--bulk":
        bulk(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
