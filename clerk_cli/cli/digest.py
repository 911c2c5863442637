"""clerk digest: the weekly chase, printed, written to an outbox, or sent by SMTP."""

from __future__ import annotations

import click

from clerk_cli.cli.options import PAST_DATE, echo_warn, out


@click.command("digest")
@click.option(
    "--send", is_flag=True, help="Send the digests by SMTP (settings: clerk config show)."
)
@click.option(
    "--outbox",
    type=click.Path(file_okay=False, path_type=str),
    metavar="DIR",
    help="Write the digests to DIR as .eml files instead of sending them "
    "(from the same From address as --send: digest.from or CLERK_FROM).",
)
@click.option(
    "--as-of",
    type=PAST_DATE,
    default=None,
    help="Build the digests as of this date (default: today); "
    "a date without a year is the most recent one.",
)
@click.option(
    "--committee",
    "-c",
    "committees",
    multiple=True,
    metavar="CODE",
    help="Only these committees' actions (and their clerks' summaries).",
)
@click.option(
    "--owner",
    "-o",
    "owners",
    multiple=True,
    metavar="POST",
    help="Only these owners' digests (no clerk summaries).",
)
@click.option("--include-empty", is_flag=True, help="Also send digests with nothing to report.")
@click.option(
    "--dry-run", is_flag=True, help="List who would get what; send, write and record nothing."
)
@click.option("--force", is_flag=True, help="Send again digests already sent this week.")
@click.pass_obj
def digest(app, send, outbox, as_of, committees, owners, include_empty, dry_run, force):
    """Weekly digests: each owner's list of what they owe, and a summary for each committee clerk.

    Without --send or --outbox the digests are printed (plain text when piped, so
    cron's mail of the output reads well).  A digest sent to someone is recorded
    for the ISO week: running again that week sends nothing new (--force resends).

    \b
    Examples:
      clerk digest                         # preview every digest
      clerk digest --outbox ~/digests      # write .eml files to check
      clerk digest --send --dry-run        # who would get what
      clerk digest --send                  # from cron, Mondays at 07:00
    """
    from clerk_cli.config import load_settings
    from clerk_cli.services.digest import build_digests

    if send and outbox:
        raise click.UsageError("Give --send or --outbox, not both.")
    settings = load_settings()
    action_log = getattr(settings, "action_log", None)
    if not settings.digest.organisation and action_log is not None:
        settings.digest.organisation = getattr(action_log, "organisation", None)
    for warning in settings.warnings:
        echo_warn(warning)
    if send and not dry_run:
        settings.require_smtp()
    if outbox and not dry_run:
        _require_sender(settings)
    batch = build_digests(
        app.db,
        as_of=as_of,
        horizon_days=settings.digest.horizon_days,
        stale_days=settings.digest.stale_days,
        committees=committees or None,
        owners=owners or None,
        include_empty=include_empty,
    )
    if not send and not outbox and not dry_run:
        from clerk_cli.render.digest import print_digests

        print_digests(batch, settings.digest, out())
        return
    _deliver(app, batch, settings, send=send, outbox=outbox, dry_run=dry_run, force=force)


def _require_sender(settings) -> None:
    """An outbox holds the emails as they would be sent: they need the real From address,
    as --send does (never a made-up one such as clerk@localhost)."""
    if not settings.digest.sender:
        from clerk_cli.errors import ConfigError

        raise ConfigError(
            f"No From address configured (digest.from in {settings.path}).",
            hint='Set it there or in CLERK_FROM, e.g. "Democratic Services <ds@example.gov.uk>".',
        )


def _deliver(app, batch, settings, *, send, outbox, dry_run, force) -> None:
    from contextlib import nullcontext

    from clerk_cli.mail import OutboxTransport, SmtpTransport
    from clerk_cli.render.digest import outcome_line, outcomes_summary
    from clerk_cli.services.digest import deliver

    if outbox and not dry_run:
        transport = OutboxTransport(outbox)
    elif send and not dry_run:
        transport = SmtpTransport(settings.smtp)
    else:
        transport = nullcontext()
    stream = out()
    with transport as t:
        report = deliver(
            app.db,
            batch,
            transport=t,
            settings=settings.digest,
            force=force,
            dry_run=dry_run,
            on_outcome=lambda o: (stream.write(outcome_line(o) + "\n"), stream.flush()),
        )
    stream.write(outcomes_summary(report, batch, outbox=outbox) + "\n")
    report.raise_for_failures()
