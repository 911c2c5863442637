"""Ask before a destructive change: in a terminal, a yes/no question (default no);
without one (a script, a pipe), --yes is required.  Cheap to import."""

from __future__ import annotations

import sys

import click


def interactive() -> bool:
    """May clerk ask a question?  Only with a person at a terminal on both ends."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def yes_option(f):
    return click.option("--yes", "-y", is_flag=True, help="Do it without asking (for scripts).")(f)


def confirm_or_yes(yes: bool, question: str, *, cannot: str = "This cannot be undone.") -> None:
    """Go on when --yes was given or the clerk answers yes; stop (exit 1, nothing
    changed) when they answer no; refuse without a terminal to ask in."""
    if yes:
        return
    if not interactive():
        from clerk_cli.errors import InvalidInput

        raise InvalidInput(f"{question.rstrip('?')}: {cannot}", hint="Add --yes to confirm.")
    if not click.confirm(f"{question} {cannot}", default=False):
        click.echo("Nothing was changed.", err=True)
        raise click.exceptions.Exit(1)
