"""clerk mail ingest|fetch|pending: owners' replies to their digest, read and applied."""

from __future__ import annotations

import sys

import click

from clerk_cli.cli.options import as_of_option, echo_warn, out

# A message bigger than this is not even read into memory whole from standard input.
STDIN_LIMIT = 50_000_000


@click.group("mail")
def mail() -> None:
    """Owners' replies to their digest: read them and record the updates they give."""


@mail.command("ingest")
@click.argument("source", required=False, metavar="[FILE|DIR]")
@click.option("--mbox", "mbox", is_flag=True, help="SOURCE is an mbox file of many messages.")
@click.option(
    "--no-receipts", is_flag=True, help="Do not email senders what was recorded (receipts)."
)
@as_of_option
@click.pass_obj
def mail_ingest(app, source, mbox, no_receipts, as_of):
    """Read email replies to digests and record what they say.

    SOURCE is one message (a file, or standard input when left out or "-"), a
    Maildir (a directory with cur/ and new/), or with --mbox an mbox file.  A reply
    is applied only if it answers a digest clerk sent and comes from the holder of
    the post that owns each action (or the committee's clerk); anything else changes
    nothing and is listed by `clerk mail pending`.  Each message counts once, by its
    Message-ID, however often it is read.  Senders get a receipt when SMTP is set up.

    \b
    Examples:
      clerk mail ingest < reply.eml
      clerk mail ingest ~/Maildir/.clerk-replies
      clerk mail ingest --mbox replies.mbox
    """
    from clerk_cli.services.replies import ingest_many

    messages = _messages(source, mbox)
    with _receipts(no_receipts) as send:
        stream = out()

        def show(o) -> None:
            send(o)
            stream.write(outcome_line(o) + "\n")
            stream.flush()

        outcomes = ingest_many(app.db, messages, today=as_of, on_outcome=show)
    stream.write(summary(outcomes) + "\n")


@mail.command("fetch")
@click.option(
    "--no-receipts", is_flag=True, help="Do not email senders what was recorded (receipts)."
)
@as_of_option
@click.pass_obj
def mail_fetch(app, no_receipts, as_of):
    """Read the unread replies in the [imap] mailbox (IMAP over TLS) and record them.

    Each message is marked read once it is recorded, whatever it said; one that needs
    a clerk's attention is listed by `clerk mail pending`.  The password comes from
    CLERK_IMAP_PASSWORD or imap.password_file, never from the command line.

    \b
    Example (cron, every hour):
      15 * * * *  /opt/clerk/bin/clerk mail fetch
    """
    from clerk_cli.config import load_settings
    from clerk_cli.mail import ImapMailbox
    from clerk_cli.services.replies import fetch

    settings = load_settings()
    for warning in settings.warnings:
        echo_warn(warning)
    with ImapMailbox(settings.imap) as box, _receipts(no_receipts, settings) as send:
        stream = out()

        def show(o) -> None:
            send(o)
            stream.write(outcome_line(o) + "\n")
            stream.flush()

        outcomes = fetch(app.db, box, today=as_of, on_outcome=show)
    stream.write(summary(outcomes) + "\n")


@mail.command("pending")
@click.option("--limit", type=click.IntRange(1, 10_000), default=200, show_default=True)
@click.pass_obj
def mail_pending(app, limit):
    """List email replies that need a clerk's attention (nothing in them was applied
    that should not be): a stranger's or a forged message, someone else's action, a
    line clerk could not read.

    \b
    Example:
      clerk mail pending
    """
    from clerk_cli.services.replies import pending

    rows = pending(app.db, limit=limit)
    stream = out()
    if not rows:
        stream.write("No replies need attention.\n")
        return
    for p in rows:
        stream.write(
            f"{p.received_at.astimezone().strftime('%Y-%m-%d %H:%M')}  {_clean(p.sender or '(no sender)')}"
            f"  {_clean(p.subject or '(no subject)')}\n  {p.message_id}\n"
        )
        for line in p.detail.splitlines():
            stream.write(f"    {_clean(line)}\n")
    one = len(rows) == 1
    stream.write(f"{len(rows)} repl{'y needs' if one else 'ies need'} attention.\n")


# ---- helpers ---------------------------------------------------------------------


def _clean(text: str) -> str:
    """Text from an email, safe for a terminal: no control characters (escape sequences)."""
    import re

    return re.sub(r"[\x00-\x1f\x7f-\x9f]", "?", text)[:300]


def outcome_line(o) -> str:
    """One line per message: outcome, sender, what was recorded and not."""
    who = _clean(o.sender or "(no sender)")
    line = f"{o.outcome:<12} {who}  {o.message_id}"
    if o.recorded or o.not_recorded:
        line += f"  ({len(o.recorded)} recorded, {len(o.not_recorded)} not)"
    if o.not_recorded and o.outcome != "already read":
        line += ": " + _clean("; ".join(o.not_recorded))[:200]
    if o.receipt:
        line += f"  [receipt {o.receipt}]"
    return line


def summary(outcomes) -> str:
    from collections import Counter

    c = Counter(o.outcome for o in outcomes)
    if not outcomes:
        return "No messages."
    parts = [f"{n} {k}" for k, n in sorted(c.items())]
    tail = " (see: clerk mail pending)" if c.get("attention") else ""
    return (
        f"{len(outcomes)} message{'s' if len(outcomes) != 1 else ''}: "
        + ", ".join(parts)
        + tail
        + "."
    )


def _messages(source: str | None, mbox: bool):
    """The raw bytes of each message of the source, lazily."""
    import os
    from pathlib import Path

    from clerk_cli.errors import InvalidInput

    if source in (None, "-"):
        data = sys.stdin.buffer.read(STDIN_LIMIT + 1)
        return [data]
    path = Path(source).expanduser()
    if not path.exists():
        raise InvalidInput(
            f"{source} does not exist.", hint="Give a message file, a Maildir or --mbox FILE."
        )
    if mbox:
        import mailbox

        if not path.is_file():
            raise InvalidInput(f"{source} is not an mbox file.")
        box = mailbox.mbox(str(path), create=False)
        return (box.get_bytes(key) for key in box.iterkeys())
    if path.is_dir():
        if not (path / "cur").is_dir() and not (path / "new").is_dir():
            raise InvalidInput(f"{source} is not a Maildir (it has no cur/ or new/).")
        files = sorted(
            p
            for sub in ("new", "cur")
            if (path / sub).is_dir()
            for p in (path / sub).iterdir()
            if p.is_file()
        )
        return (_read(p) for p in files)
    if not os.access(path, os.R_OK):
        raise InvalidInput(f"Cannot read {source}: permission denied.")
    return [_read(path)]


def _read(path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(STDIN_LIMIT + 1)


class _receipts:
    """A context that gives send(outcome): receipts through SMTP when it is configured."""

    def __init__(self, disabled: bool, settings=None):
        self.disabled = disabled
        self.loaded = settings
        self.transport = None
        self.settings = None

    def __enter__(self):
        if not self.disabled:
            settings = self.loaded
            if settings is None:
                from clerk_cli.config import load_settings

                settings = load_settings()
                for warning in settings.warnings:
                    echo_warn(warning)
            if settings.smtp.host and settings.digest.sender:
                from clerk_cli.mail import SmtpTransport

                self.settings = settings.digest
                self.transport = SmtpTransport(settings.smtp).__enter__()
        return self.send

    def send(self, o) -> None:
        if self.transport is None:
            return
        from clerk_cli.services.replies import send_receipt

        send_receipt(o, transport=self.transport, settings=self.settings)

    def __exit__(self, *exc):
        if self.transport is not None:
            self.transport.__exit__(*exc)
