"""Owners' replies to their digest, applied to the actions (issue 16).

``ingest(db, raw)`` reads one email (clerk_cli.mail_replies) and, in one transaction:

* does nothing more if that Message-ID was read before (each message counts once);
* applies its lines only when the message answers a digest clerk sent (a token clerk
  stored, at most TOKEN_DAYS old, sent to the very address the reply comes from) and
  the sender is, for each action, the current holder of the post that owns it or the
  committee's clerk;
* records everything else, unchanged, as needing a clerk's attention (``pending``).

Every change is audited as made by the holder "by email", with the Message-ID.  The
sender then gets a short receipt (``send_receipt``) saying what was recorded and what
was not, but only when the address is the one the digest went to: never to a forged
or unknown sender, and never to an out-of-office.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from clerk_cli.db import Database
from clerk_cli.errors import InvalidInput
from clerk_cli.mail_replies import (
    CLOSE,
    DONE,
    IN_PROGRESS,
    NEW_DATE,
    NOTE,
    Instruction,
    parse_message,
)
from clerk_cli.rules import due as due_rules
from clerk_cli.rules.people import parse_person
from clerk_cli.rules.status import (
    CLOSED_STATUSES,
    outcome_words,
    proposal_words,
    status_words,
    utcnow,
)
from clerk_cli.store import actions as action_store
from clerk_cli.store import digests as digest_store
from clerk_cli.store import replies as store
from clerk_cli.store.action_edits import editable_action, update_action
from clerk_cli.store.lookup import audit, canonical_ref
from clerk_cli.store.sql import Sql
from clerk_cli.views.digest import (
    REPLY_APPLIED,
    REPLY_ATTENTION,
    REPLY_DUPLICATE,
    REPLY_IGNORED,
    PendingReply,
    ReplyOutcome,
)

TOKEN_DAYS = 60  # a reply to a digest older than this is not applied


def ingest(
    db: Database, raw: bytes, *, today: date | None = None, size: int | None = None
) -> ReplyOutcome:
    """Read one email reply and apply what it may change (one transaction).  size: the
    message's real size, when raw is only its start (see mail_replies.parse_message)."""
    today = today or date.today()
    reply = parse_message(raw, today=today, size=size)
    result = ReplyOutcome(reply.message_id, reply.sender, reply.subject, REPLY_APPLIED)

    def work(q: Sql) -> ReplyOutcome:
        result.recorded.clear()
        result.not_recorded.clear()
        if store.already_read(q, reply.message_id):
            result.outcome = REPLY_DUPLICATE
            return result
        email = _checked_sender(reply.sender)
        if reply.automatic:
            result.outcome = REPLY_IGNORED
            result.not_recorded.append("an automatic reply (out of office): not read")
        elif email is None:
            result.not_recorded.append(
                f"the sender's address {_shown(reply.sender)} is not one clerk can check"
            )
        else:
            _apply(q, reply, email, result, today)
        result.not_recorded[:0] = reply.problems
        result.not_recorded.extend(f"{u.line}: {u.why}" for u in reply.unreadable)
        if result.outcome == REPLY_APPLIED and (result.not_recorded or not result.recorded):
            if not result.recorded and not result.not_recorded:
                result.not_recorded.append("no line starting with an action's reference")
            result.outcome = REPLY_ATTENTION
        store.record_reply(
            q,
            message_id=reply.message_id,
            sender=(reply.sender or "")[:300] or None,
            token=reply.token,
            subject=reply.subject,
            outcome=result.outcome,
            detail="\n".join(
                [f"recorded: {x}" for x in result.recorded]
                + [f"not recorded: {x}" for x in result.not_recorded]
            ),
            reply_text=reply.text or None,
            at=utcnow(),
        )
        return result

    return db.run_sql(work, write=True)


def _shown(sender: str | None) -> str:
    return repr((sender or "")[:80]) if sender else "(none)"


def _checked_sender(sender: str | None) -> str | None:
    """The sender's address in lower case, when rules.people accepts it (else None)."""
    if not sender:
        return None
    try:
        _name, email = parse_person(sender)
    except InvalidInput:
        return None
    return email.lower() if email else None


def _apply(q: Sql, reply, email: str, result: ReplyOutcome, today: date) -> None:
    """Check the token and the sender, then apply each instruction the sender may give."""
    if reply.token is None:
        result.not_recorded.append("it does not answer a digest (no [ref:...] reference)")
        return
    held = digest_store.token_rows(q, reply.token)
    if not held:
        result.not_recorded.append(f"the reference {reply.token} is not one clerk sent")
        return
    if all(r.recipient != email for r in held):
        result.not_recorded.append(
            f"the digest with reference {reply.token} was not sent to {email}"
        )
        return
    sent = digest_store.token_sent_at(q, reply.token)
    if sent is not None and sent.date() < today - timedelta(days=TOKEN_DAYS):
        result.not_recorded.append(
            f"the digest with reference {reply.token} is more than {TOKEN_DAYS} days old"
        )
        return
    result.receipt_to = email
    name = store.person_named(q, email) or email
    who = f"{name} by email {reply.message_id}"[:500]
    seen: set[tuple[str, str]] = set()
    for ins in reply.instructions:
        if (ins.ref, ins.kind) in seen:
            result.not_recorded.append(f"{ins.line}: said twice in one reply")
            continue
        seen.add((ins.ref, ins.kind))
        said: list[str] = []
        why = _apply_one(q, ins, email, who, today, reply.message_id, said)
        if why:
            result.not_recorded.append(f"{ins.line}: {why}")
        else:
            result.recorded.append(ins.line + "".join(f" ({x})" for x in said))


def _apply_one(
    q: Sql,
    ins: Instruction,
    email: str,
    who: str,
    today: date,
    message_id: str | None = None,
    said: list[str] | None = None,
) -> str | None:
    """Apply one instruction; the reason it was not applied, or None.  said: gets what
    the receipt should add to the line (a closure proposed, not made)."""
    try:
        ref = canonical_ref(ins.ref)
    except InvalidInput:
        return "not an action reference"
    t = store.target(q, ref)
    if t is None:
        return f"there is no action {ref}"
    allowed = {(t.holder_email or "").lower(), (t.clerk_email or "").lower()} - {""}
    if email not in allowed:
        return f"{email} does not hold the post that owns {ref}"
    closed = t.status in CLOSED_STATUSES
    common = {"action_id": t.id, "ref": t.ref, "committee_id": t.committee_id, "by": who}
    if ins.kind in (DONE, CLOSE):
        if closed:
            return f"{ref} is already {status_words(t.status)}"
        from clerk_cli.errors import Conflict
        from clerk_cli.services.closures import PROPOSED, record_closure
        from clerk_cli.store.lookup import ActionRow

        row = ActionRow(t.id, t.ref, t.committee_id, None, None, t.status, t.completed_at)
        outcome = ins.outcome if ins.kind == CLOSE else "done"
        try:
            how = record_closure(
                q, row, outcome=outcome, reason=ins.note, by=who, message_id=message_id
            )
        except Conflict:
            return f"{ref} is already proposed for closure, awaiting the committee"
        if how == PROPOSED and said is not None:
            said.append(f"{proposal_words(outcome)}: the committee agrees it at a meeting")
        if ins.kind == CLOSE:
            note = f"{outcome_words(outcome).capitalize()}: {ins.note}"
            action_store.insert_note(q, text=note, **common)
            return None
    elif ins.kind == IN_PROGRESS:
        if closed:
            return f"{ref} is {status_words(t.status)}: ask the clerk to reopen it"
        if t.status != "in_progress":
            _set_status(q, t, "in_progress", who)
        elif not ins.note:
            return f"{ref} is already in progress"
    elif ins.kind == NEW_DATE:
        if closed:
            return f"{ref} is {status_words(t.status)}: its date cannot move"
        if ins.due < today:
            return f"the new date {ins.due.isoformat()} is in the past"
        if not _move_due(q, t, ins.due, who):
            return f"{ref} is already due on {ins.due.isoformat()}"
    elif ins.kind != NOTE:
        return "not understood"
    if ins.note:
        action_store.insert_note(q, text=ins.note, **common)
    return None


def _set_status(q: Sql, t: store.ReplyTarget, status: str, who: str) -> None:
    completed = utcnow() if status in CLOSED_STATUSES else None
    action_store.set_status(
        q,
        action_id=t.id,
        ref=t.ref,
        committee_id=t.committee_id,
        old_status=t.status,
        status=status,
        old_completed=t.completed_at,
        completed=completed,
        by=who,
    )


def _move_due(q: Sql, t: store.ReplyTarget, new: date, who: str) -> bool:
    """A new due date from the owner: a slip (rules.due), audited.  False if unchanged."""
    a = editable_action(q, t.id)
    moved = due_rules.change_due(
        old=a.due_date,
        new=new,
        original=a.original_due_date,
        slip_count=a.slip_count,
        cause=due_rules.BY_PERSON,
    )
    if moved is None and a.due_rule is None:
        return False
    kw = {"by": who, "entity": "action", "entity_id": a.id, "label": a.ref}
    kw["committee_id"] = a.committee_id
    changes: dict = {}
    for field, old, value in (("due_rule", a.due_rule, None), ("due_text", a.due_text, None)):
        if old != value:
            changes[field] = value
            audit(q, field=field, old=old, new=value, **kw)
    if moved is not None:
        audit(q, field="due_date", old=a.due_date, new=moved.due_date, **kw)
        changes["due_date"] = moved.due_date
        changes["original_due_date"] = moved.original_due_date
        changes["slip_count"] = moved.slip_count
    update_action(q, a.id, **changes, updated_at=utcnow())
    return True


# ---- receipts ---------------------------------------------------------------------


def receipt_text(o: ReplyOutcome) -> str:
    """The body of the receipt: what was recorded, and what was not."""
    lines = ["Thank you. This is what clerk did with your reply.", ""]
    if o.recorded:
        lines.append("Recorded:")
        lines += [f"  {x}" for x in o.recorded]
    else:
        lines.append("Nothing was recorded.")
    if o.not_recorded:
        lines += ["", "Not recorded (your committee clerk will look at these):"]
        lines += [f"  {x}" for x in o.not_recorded]
        lines += [
            "",
            "Write one line per action, starting with its reference, for example:",
            "  CSSC-12 done - circulated on 3 July",
            "  CSSC-13 not feasible - budget withdrawn (or superseded, deferred, with why)",
            "  CSSC-14 new date 31/01/2027 - waiting for the audit",
            "  CSSC-15 in progress: draft with the Chair",
            "  CSSC-16: any other news",
        ]
    return "\n".join(lines) + "\n"


def send_receipt(o: ReplyOutcome, *, transport, settings) -> None:
    """Send the receipt of one reply through transport (mail.SmtpTransport); sets
    o.receipt.  settings: config.DigestSettings (From, prefix, sign-off)."""
    from clerk_cli.errors import MailError
    from clerk_cli.mail import compose

    if not o.receipt_to or o.outcome in (REPLY_DUPLICATE, REPLY_IGNORED):
        return
    body = receipt_text(o)
    if settings.sign_off or settings.organisation:
        body += "\n-- \n" + "\n".join(x for x in (settings.sign_off, settings.organisation) if x)
    n, m = len(o.recorded), len(o.not_recorded)
    subject = f"[{settings.prefix}] Your update: {n} recorded" + (
        f", {m} not recorded" if m else ""
    )
    msg = compose(
        sender=settings.sender,
        to=o.receipt_to,
        subject=subject,
        text=body,
        html='<pre style="font-family:Arial,Helvetica,sans-serif;font-size:15px;white-space:pre-wrap">'
        + _escape(body)
        + "</pre>",
        headers={"In-Reply-To": o.message_id, "References": o.message_id},
    )
    # A receipt answers a person: tell their mail server not to answer it in turn.
    del msg["Auto-Submitted"]
    msg["Auto-Submitted"] = "auto-replied"
    try:
        transport.send(msg)
    except MailError as exc:
        o.receipt = f"not sent: {exc.message}"
        return
    o.receipt = "sent"


def _escape(text: str) -> str:
    import html

    return html.escape(text)


# ---- sources and the pending list --------------------------------------------------


def ingest_many(
    db: Database,
    messages,
    *,
    today: date | None = None,
    on_outcome: Callable[[ReplyOutcome], None] | None = None,
) -> list[ReplyOutcome]:
    """ingest() each raw message of an iterable, each in its own transaction."""
    out = []
    for raw in messages:
        o = ingest(db, raw, today=today)
        if on_outcome:
            on_outcome(o)
        out.append(o)
    return out


def fetch(
    db: Database,
    mailbox,
    *,
    today: date | None = None,
    on_outcome: Callable[[ReplyOutcome], None] | None = None,
) -> list[ReplyOutcome]:
    """ingest() every unread message of an open mail.ImapMailbox, marking each read once
    it is recorded (a message read twice is still applied once: by its Message-ID)."""
    out = []
    for uid, raw, size in mailbox.unread():
        o = ingest(db, raw, today=today, size=size)
        mailbox.mark_read(uid)
        if on_outcome:
            on_outcome(o)
        out.append(o)
    return out


def pending(db: Database, *, limit: int = 200) -> list[PendingReply]:
    """Replies that need a clerk's attention, newest first."""
    return [PendingReply(*r) for r in db.run_sql(lambda q: store.pending(q, limit=limit))]
