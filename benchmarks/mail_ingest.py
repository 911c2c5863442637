"""How long `clerk mail ingest` takes for 1,000 replies in a Maildir against a 100k database.

    python benchmarks/generate.py /tmp/clerk-100k.db --actions 100k
    python benchmarks/mail_ingest.py /tmp/clerk-100k.db

It copies the database, stores one digest token for each post's current holder (as
`clerk digest --send` would), writes 1,000 replies (each from a holder, one to three
lines about that holder's open actions: done, new date, in progress, a note; one in
ten with a line clerk cannot read) into a new Maildir, then times one
`clerk mail ingest DIR --no-receipts` and a second run (every message already read).
"""

from __future__ import annotations

import mailbox
import random
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

N_REPLIES = 1000


def main(src: str) -> None:
    work = Path(tempfile.mkdtemp(prefix="clerk-mail-bench-"))
    db = work / "clerk.db"
    shutil.copy(src, db)
    con = sqlite3.connect(db)
    today = date.today()
    week = f"{today.isocalendar()[0]}-W{today.isocalendar()[1]:02d}"
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    holders = con.execute(
        "SELECT h.owner_id, h.name, lower(h.email) FROM owner_holder h "
        "WHERE h.ended_at IS NULL AND h.email IS NOT NULL"
    ).fetchall()
    tokens = {}
    for owner_id, _name, email in holders:
        token = secrets.token_hex(8)[:16].translate(str.maketrans("0189", "abcd"))
        tokens[owner_id] = token
        con.execute(
            "INSERT INTO digest_token (token, recipient, kind, owner_id, committee_id, iso_week, "
            "sent_at) VALUES (?, ?, 'owner', ?, NULL, ?, ?)",
            (token, email, owner_id, week, now),
        )
    open_actions: dict[int, list[str]] = {}
    for owner_id, ref in con.execute(
        "SELECT owner_id, ref FROM action WHERE status IN ('open', 'in_progress') AND owner_id IS NOT NULL"
    ):
        open_actions.setdefault(owner_id, []).append(ref)
    con.commit()
    con.close()
    rng = random.Random(7)
    people = [h for h in holders if open_actions.get(h[0])]
    box = mailbox.Maildir(str(work / "Maildir"))
    later = (today + timedelta(days=60)).strftime("%d/%m/%Y")
    for i in range(N_REPLIES):
        owner_id, name, email = rng.choice(people)
        refs = rng.sample(
            open_actions[owner_id], min(len(open_actions[owner_id]), rng.randint(1, 3))
        )
        lines = []
        for ref in refs:
            lines.append(
                rng.choice(
                    [
                        f"{ref} done - circulated to members",
                        f"{ref} new date {later} - waiting for the audit",
                        f"{ref} in progress: draft with the Chair",
                        f"{ref}: chased the team again",
                    ]
                )
            )
        if i % 10 == 0:
            lines.append(f"I think {refs[0]} is nearly there")
        msg = EmailMessage()
        msg["From"] = f"{name} <{email}>"
        msg["To"] = f"actions+{tokens[owner_id]}@example.gov.uk"
        msg["Subject"] = f"RE: [Action log] digest [ref:{tokens[owner_id]}]"
        msg["Message-ID"] = f"<bench-{i}@example.gov.uk>"
        msg.set_content(
            "Hi,\n\n"
            + "\n".join(lines)
            + "\n\nThanks\n\nOn Mon, Democratic Services wrote:\n> old digest\n"
        )
        box.add(msg.as_bytes())
    clerk = [
        sys.executable,
        "-m",
        "clerk_cli",
        "--db",
        str(db),
        "mail",
        "ingest",
        str(work / "Maildir"),
        "--no-receipts",
    ]
    for label in ("first run (1,000 new replies)", "second run (all already read)"):
        t0 = time.perf_counter()
        run = subprocess.run(
            clerk,
            capture_output=True,
            text=True,
            env={"CLERK_HOME": str(work), "PATH": "/usr/bin:/bin"},
        )
        took = time.perf_counter() - t0
        print(
            f"{label}: {took:.1f} s; exit {run.returncode}; {run.stdout.strip().splitlines()[-1]}"
        )
    shutil.rmtree(work)


if __name__ == "__main__":
    main(sys.argv[1])
