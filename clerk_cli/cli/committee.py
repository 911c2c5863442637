"""clerk committee add|list|edit|archive|restore|delete."""

from __future__ import annotations

import click

from clerk_cli.cli.confirm import confirm_or_yes, yes_option
from clerk_cli.cli.options import (
    by_option,
    complete_committee,
    echo_ok,
    echo_warn,
    format_option,
    out,
)


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
        + (f" (clerk: {_person(c.clerk_name, c.clerk_email)})" if c.clerk_name else "")
    )
    _warn_without_address(c, clerk)


def _warn_without_address(c, clerk: str | None) -> None:
    """A clerk given with no address is kept, with what that means."""
    if clerk and c.clerk_name and not c.clerk_email:
        echo_warn(
            f"{c.clerk_name} has no email address, so {c.code}'s weekly summary cannot be "
            "sent and their emailed replies are not recognised. Add one with: "
            f'clerk committee edit {c.code} --clerk "{c.clerk_name} <address>"'
        )


@committee.command("edit")
@click.argument("committee_key", metavar="CODE", shell_complete=complete_committee)
@click.option("--name", help="New name.")
@click.option("--clerk", metavar='"NAME <EMAIL>"', help="New clerk (empty to clear).")
@click.option(
    "--code",
    metavar="CODE",
    help="New code, for new actions and meeting references (existing actions keep theirs).",
)
@click.option(
    "--closure-by-agreement/--no-closure-by-agreement",
    "closure",
    default=None,
    help="The committee agrees what is closed: clerk done (or an owner's emailed "
    '"done") only proposes completion, closed by clerk meeting agree-closures.',
)
@by_option
@click.pass_obj
def committee_edit(app, committee_key, name, clerk, code, closure, by):
    """Rename a committee, change its clerk, correct its code, or have it agree closures.

    A new code prefixes the committee's new actions; actions already recorded keep
    their references (C-1 stays C-1), and the old code is never given to another
    committee.  With --closure-by-agreement a "done" only proposes completion until
    the committee agrees it at a meeting (clerk meeting agree-closures).

    \b
    Examples:
      clerk committee edit CSSC --clerk "Sam Okafor <sam.okafor@example.gov.uk>"
      clerk committee edit C --code CAB
      clerk committee edit CSSC --closure-by-agreement
    """
    from clerk_cli.services.committees import edit_committee

    if name is None and clerk is None and code is None and closure is None:
        raise click.UsageError(
            "Nothing to change: give --name, --clerk, --code or --closure-by-agreement."
        )
    c = edit_committee(
        app.db,
        committee_key,
        name=name,
        clerk=clerk,
        code=code,
        closure_by_agreement=closure,
        by=by,
    )
    echo_ok(
        f"Updated committee {c.code}: {c.name}"
        + (f" (clerk: {_person(c.clerk_name, c.clerk_email)})" if c.clerk_name else "")
        + ("; it agrees closures at its meetings" if c.closure_by_agreement else "")
    )
    _warn_without_address(c, clerk)


@committee.command("archive")
@click.argument("committee_key", metavar="CODE", shell_complete=complete_committee)
@by_option
@click.pass_obj
def committee_archive(app, committee_key, by):
    """Archive a committee that no longer meets: hidden from lists, status and completion.

    Its meetings, actions and history are kept and can still be shown; bring it back
    with `clerk committee restore`.

    \b
    Example:
      clerk committee archive OLDSC
    """
    from clerk_cli.services.committees import archive_committee

    c = archive_committee(app.db, committee_key, by=by)
    echo_ok(
        f"Archived committee {c.code}: {c.name} (see it with: clerk committee list --include-archived)"
    )


@committee.command("restore")
@click.argument("committee_key", metavar="CODE")
@by_option
@click.pass_obj
def committee_restore(app, committee_key, by):
    """Bring an archived committee back into lists, status and completion.

    \b
    Example:
      clerk committee restore OLDSC
    """
    from clerk_cli.services.committees import archive_committee

    c = archive_committee(app.db, committee_key, restore=True, by=by)
    echo_ok(f"Restored committee {c.code}: {c.name}")


@committee.command("delete")
@click.argument("committee_key", metavar="CODE", shell_complete=complete_committee)
@yes_option
@by_option
@click.pass_obj
def committee_delete(app, committee_key, yes, by):
    """Delete a committee entered by mistake (only one with no meetings or actions).

    Asks first in a terminal; scripts pass --yes.  A committee with records can be
    archived instead.

    \b
    Example:
      clerk committee delete C
    """
    from clerk_cli.services.committees import delete_committee

    if not yes:
        c = delete_committee(app.db, committee_key, check_only=True)  # refuse before asking
        confirm_or_yes(yes, f"Delete committee {c.code} ({c.name})?")
    c = delete_committee(app.db, committee_key, by=by)
    echo_ok(f"Deleted committee {c.code}: {c.name}")


@committee.command("list")
@click.option("--include-archived", is_flag=True, help="List archived committees too.")
@format_option
@click.pass_obj
def committee_list(app, include_archived, fmt):
    """List committees with their clerks and open actions ("closure: by agreement" for
    one that agrees what is closed).

    \b
    Examples:
      clerk committee list
      clerk committee list --include-archived
    """
    from clerk_cli.render import choose_format, render_table
    from clerk_cli.services.committees import list_committees

    rows = list_committees(app.db, include_archived=include_archived)
    data = [
        (
            c.code,
            c.name + (" (archived)" if c.archived else ""),
            _person(c.clerk_name, c.clerk_email),
            c.meetings,
            c.open_actions,
            "by agreement" if c.closure_by_agreement else "",
        )
        for c in rows
    ]
    render_table(
        "Committees",
        ("code", "name", "clerk", "meetings", "open actions", "closure"),
        data,
        choose_format(fmt),
        out(),
        json_rows=[c.to_json() for c in rows],
    )


def _person(name, email) -> str:
    if not name:
        return ""
    return f"{name} <{email}>" if email and email != name else name
