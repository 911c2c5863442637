"""clerk committee add|list|edit."""

from __future__ import annotations

import click

from clerk_cli.cli.options import by_option, echo_ok, format_option, out


@click.group("committee")
def committee() -> None:
    """Committees, boards and other bodies whose meetings you minute."""


@committee.command("add")
@click.argument("name")
@click.option(
    "--code", metavar="CODE", help="Short code that prefixes action references (default: initials)."
)
@click.option(
    "--clerk", metavar='"NAME <EMAIL>"', help="The committee's clerk, who gets its weekly summary."
)
@by_option
@click.pass_obj
def committee_add(app, name, code, clerk, by):
    """Record a committee.

    \b
    Example:
      clerk committee add "Children's Services Scrutiny Committee" --code CSSC \\
          --clerk "Dee Pike <dee.pike@example.gov.uk>"
    """
    from clerk_cli.services.committees import add_committee

    c = add_committee(app.db, name=name, code=code, clerk=clerk, by=by)
    echo_ok(
        f"Added committee {c.code}: {c.name}"
        + (f" (clerk: {c.clerk_name})" if c.clerk_name else "")
    )


@committee.command("edit")
@click.argument("committee_key", metavar="CODE")
@click.option("--name", help="New name (the code never changes).")
@click.option("--clerk", metavar='"NAME <EMAIL>"', help="New clerk (empty to clear).")
@by_option
@click.pass_obj
def committee_edit(app, committee_key, name, clerk, by):
    """Rename a committee or change its clerk.

    \b
    Example:
      clerk committee edit CSSC --clerk "Sam Okafor <sam.okafor@example.gov.uk>"
    """
    from clerk_cli.services.committees import edit_committee

    c = edit_committee(app.db, committee_key, name=name, clerk=clerk, by=by)
    echo_ok(
        f"Updated committee {c.code}: {c.name}"
        + (f" (clerk: {c.clerk_name})" if c.clerk_name else "")
    )


@committee.command("list")
@format_option
@click.pass_obj
def committee_list(app, fmt):
    """List committees with their clerks and open actions.

    \b
    Example:
      clerk committee list
    """
    from clerk_cli.render import choose_format, render_table
    from clerk_cli.services.committees import list_committees

    rows = list_committees(app.db)
    data = [
        (c.code, c.name, _person(c.clerk_name, c.clerk_email), c.meetings, c.open_actions)
        for c in rows
    ]
    render_table(
        "Committees",
        ("code", "name", "clerk", "meetings", "open actions"),
        data,
        choose_format(fmt),
        out(),
        json_rows=[c.to_json() for c in rows],
    )


def _person(name, email) -> str:
    if not name:
        return ""
    return f"{name} <{email}>" if email and email != name else name
