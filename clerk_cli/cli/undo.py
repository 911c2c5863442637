"""clerk undo."""

from __future__ import annotations

import sys

import click

from clerk_cli.cli.options import by_option, echo_ok


def describe(change) -> list[str]:
    """A change as lines a clerk reads: when, then each field from -> to."""
    from clerk_cli.render import local_time

    lines = [f"{local_time(change.at)}  {', '.join(change.labels)}"]
    for r in change.rows:
        if r.field == "created":
            lines.append(f"    added {r.label}: {r.new}")
        elif r.field == "note":
            lines.append(f"    note on {r.label}: {r.new}")
        elif r.field == "undone":
            lines.append(f"    undid {r.new}")
        else:
            lines.append(
                f"    {r.label} {r.field.replace('_', ' ')}: {r.old or '-'} -> {r.new or '-'}"
            )
    return lines


@click.command("undo")
@click.argument("number", type=int, default=1, required=False)
@click.option("--list", "list_only", is_flag=True, help="Show your last 10 changes, numbered.")
@click.option("--yes", is_flag=True, help="Do not ask (needed when there is no terminal).")
@by_option
@click.pass_obj
def undo(app, number, list_only, yes, by):
    """Undo your last change to an action (or change NUMBER from --list).

    Shows what it will put back and asks first.  The undo is recorded in the audit
    trail like any change, so it can itself be undone.

    \b
    Example:
      clerk undo
      clerk undo --list
      clerk undo 3 --yes
    """
    from clerk_cli.errors import InvalidInput
    from clerk_cli.services import undo as service

    if list_only:
        changes = service.recent_changes(app.db, by=by)
        if not changes:
            echo_ok("You have made no changes yet.")
        for i, change in enumerate(changes, 1):
            lines = describe(change)
            echo_ok(f"{i:>2}. {lines[0]}")
            for line in lines[1:]:
                echo_ok(f"    {line}")
        return
    change = service.preview(app.db, number, by=by)
    click.echo("This will put back:")
    for line in describe(change):
        click.echo(f"  {line}")
    if not yes:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise InvalidInput("Undo changes data.", hint="Add --yes to confirm.")
        if not click.confirm("Undo it?", default=False):
            raise click.exceptions.Exit(1)
    service.undo(app.db, number, by=by, expect=change)
    echo_ok("Undone.")
