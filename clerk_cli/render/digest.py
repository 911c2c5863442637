"""Print digests: Rich panels and tables in a terminal, the email's own text otherwise.

Piped output (cron mails a job's stdout) is the plain-text body of each email, from
the same templates, so what the clerk reads in cron's mail is what owners get.
Rich is imported only for a terminal.
"""

from __future__ import annotations

from typing import TextIO

from clerk_cli.render.text import visible
from clerk_cli.rules.rag import rag_words
from clerk_cli.rules.status import overdue_words, status_words

RULE = "=" * 72


def print_digests(batch, settings, out: TextIO) -> None:
    """Every digest of a batch, for reading (settings: config.DigestSettings)."""
    if not batch.digests:
        out.write(
            f"No digests to send for {batch.as_of.isoformat()} ({batch.iso_week}): nothing to report. "
            "Use --include-empty to see every owner and committee.\n"
        )
        return
    from clerk_cli.render import _isatty  # (not needed by the outbox and --send lines)
    from clerk_cli.services.digest import digest_emails

    emails = digest_emails(batch, prefix=settings.prefix)
    if _isatty(out):
        _rich_digests(emails, batch, out)
    else:
        _plain_digests(emails, batch, settings, out)
    out.write(f"\n{_counts(batch, emails)}\n")


def _counts(batch, emails) -> str:
    owners, clerks = len(batch.owners), len(batch.clerks)
    unaddressed = sum(1 for e in emails if not e.recipient)
    line = (
        f"{owners} owner digest{'s' if owners != 1 else ''} and {clerks} clerk "
        f"summar{'ies' if clerks != 1 else 'y'} for {batch.iso_week} (as of {batch.as_of.isoformat()})"
    )
    line += f", in {len(emails)} email{'s' if len(emails) != 1 else ''}"
    if unaddressed:
        line += f"; {unaddressed} with no email address"
    return line + "."


def _to(d) -> str:
    return d.recipient or "(no email address: this digest cannot be sent)"


def _plain_digests(emails, batch, settings, out: TextIO) -> None:
    from clerk_cli.mail import digest_bodies

    for i, e in enumerate(emails):
        text, _ = digest_bodies(e, batch, settings)
        if i:
            out.write("\n")
        out.write(visible(f"{RULE}\nTo: {_to(e)}\nSubject: {e.subject}\n{RULE}\n{text.rstrip()}\n"))


# ---- terminal ------------------------------------------------------------------


def _rich_digests(emails, batch, out: TextIO) -> None:
    from rich.rule import Rule
    from rich.text import Text

    from clerk_cli.render.rich_render import console

    con = console(out)
    for e in emails:
        con.print(Rule(Text(visible(e.subject), style="bold")))
        con.print(Text(visible(f"To: {_to(e)}"), style="" if e.recipient else "bold red"))
        for d in e.digests:
            if len(e.digests) > 1:
                con.print(Text(visible(d.title), style="bold cyan"))
            if d.kind == "owner":
                _rich_owner(con, d, batch)
            else:
                _rich_clerk(con, d, batch)
        con.print()


def _rich_owner(con, d, batch) -> None:
    from rich.text import Text

    if d.is_empty:
        con.print("Nothing to report.")
    for title, rows, style in (
        ("Overdue", d.overdue, "bold red"),
        (f"Due in the next {batch.horizon_days} days", d.due_soon, "dark_orange"),
        (f"No update for {batch.stale_days}+ days", d.stale, ""),
    ):
        if rows:
            con.print(_table(f"{title} ({len(rows)})", rows, style))
    if d.awaiting:
        con.print(f"Reported, awaiting the committee's agreement to close ({len(d.awaiting)})")
        for a in d.awaiting:
            secret = "  [confidential]" if a.confidential else ""
            con.print(Text(visible(f"  {a.ref}  {a.text}{secret}  ({a.status_display})")))


def _rich_clerk(con, d, batch) -> None:
    from rich.text import Text

    con.print(
        f"{d.overdue_count} overdue, {d.due_soon_count} due in the next {batch.horizon_days} days, "
        f"{len(d.completed)} completed since {d.completed_since.date().isoformat()}"
        + (f", {len(d.awaiting)} awaiting the committee's agreement" if d.awaiting else "")
    )
    for g in d.groups:
        title = g.label + (f" <{g.email}>" if g.email else " (no email address)")
        con.print(_table(title, g.overdue + g.due_soon, ""))
    if d.not_updated:
        con.print(Text("No update since falling due", style="bold"))
        for g in d.not_updated:
            con.print(Text(visible(f"  {g.label}: {', '.join(a.ref for a in g.overdue)}")))
    if d.awaiting:
        con.print(
            Text("Awaiting the committee's agreement (clerk meeting agree-closures)", style="bold")
        )
        for a in d.awaiting:
            con.print(
                Text(
                    visible(
                        f"  {a.ref}  {a.text}{'  [confidential]' if a.confidential else ''}  "
                        f"({a.status_display}; {a.owner or 'no owner'})"
                    )
                )
            )
    if d.completed:
        con.print(Text(f"Completed since {d.completed_since.date().isoformat()}", style="bold"))
        for a in d.completed:
            con.print(
                Text(
                    visible(
                        f"  {a.ref}  {a.text}{'  [confidential]' if a.confidential else ''}  "
                        f"({status_words(a.status)}; {a.owner or 'no owner'})"
                    )
                )
            )


# The marker and word carry the rating; the colour only repeats it.
_RAG_STYLE = {"red": "bold red", "amber": "dark_orange", "green": "green"}


def _table(title: str, rows, style: str):
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(
        box=box.SIMPLE_HEAD,
        title=Text(visible(title)),
        title_justify="left",
        title_style=style or "bold cyan",
    )
    table.add_column("Ref", no_wrap=True)
    table.add_column("Action", ratio=3, min_width=20)
    table.add_column("Committee", no_wrap=True)
    table.add_column("Meeting", no_wrap=True)
    table.add_column("Due", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Rating", ratio=1, min_width=12)
    table.add_column("Latest note", ratio=2)
    for a in rows:
        late = a.days_overdue is not None and a.days_overdue > 0
        table.add_row(
            a.ref,
            Text(visible(a.text + ("  [confidential]" if a.confidential else ""))),
            a.committee,
            a.meeting_date.isoformat() if a.meeting_date else "",
            a.due_display,
            Text(
                ", ".join(x for x in (status_words(a.status), overdue_words(a.days_overdue)) if x),
                style="bold red" if late else "",
            ),
            Text(rag_words(a.rag, a.rag_reason), style=_RAG_STYLE.get(a.rag, "")),
            Text(visible(a.latest_note or "")),
        )
    return table


# ---- delivery ------------------------------------------------------------------


def outcome_line(o) -> str:
    """One line per digest as the run goes: status, recipient, subject."""
    d = o.digest
    line = f"{o.status:<12} {d.recipient or d.title}  {d.subject}"
    if o.detail:
        line += f"  ({o.detail})"
    return line


def outcomes_summary(report, batch, *, outbox: str | None = None) -> str:
    from clerk_cli.views.digest import (
        ALREADY_SENT,
        FAILED,
        NO_ADDRESS,
        NOT_TRIED,
        SENT,
        WOULD_SEND,
        WRITTEN,
    )

    parts = []
    for status, label in (
        (SENT, "sent"),
        (WRITTEN, f"written to {outbox}"),
        (WOULD_SEND, "would be sent"),
        (ALREADY_SENT, "already sent this week"),
        (NO_ADDRESS, "with no email address"),
        (FAILED, "failed"),
        (NOT_TRIED, "not tried"),
    ):
        n = report.count(status)
        if n:
            parts.append(f"{n} {label}")
    return f"{batch.iso_week}: " + (", ".join(parts) if parts else "no digests to send") + "."
