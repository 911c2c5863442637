"""clerk status: the picture a chair wants at a glance."""

from __future__ import annotations

import click

from clerk_cli.cli.options import as_of_option, out
from clerk_cli.rules.status import DUE_SOON_DAYS


@click.command("status")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "plain", "json"]),
    default=None,
    help="Output format (default: a table in a terminal, plain text otherwise).",
)
@click.option(
    "--due-soon",
    "due_soon_days",
    type=click.IntRange(min=0),
    default=DUE_SOON_DAYS,
    show_default=True,
    metavar="DAYS",
    help="What counts as due soon.",
)
@click.option("--no-confidential", is_flag=True, help="Leave out confidential actions.")
@as_of_option
@click.pass_obj
def status(app, fmt, due_soon_days, no_confidential, as_of):
    """Per committee: open, overdue and due-soon actions with bar charts, the oldest
    overdue action, and the owners with the most overdue actions.

    \b
    Examples:
      clerk status
      clerk status --as-of 01/10/2022 --format plain
    """
    from clerk_cli.render import choose_format
    from clerk_cli.render.actionlog import print_status_table, status_plain
    from clerk_cli.services.status import status_overview

    fmt = choose_format(fmt)
    overview = status_overview(
        app.db, as_of=as_of, due_soon_days=due_soon_days, include_confidential=not no_confidential
    )
    if fmt == "json":
        import json

        out().write(json.dumps(overview.to_json(), indent=2, ensure_ascii=False) + "\n")
    elif fmt == "table":
        print_status_table(overview, out())
    else:
        out().write(status_plain(overview))
