"""clerk owner add|list|show|handover|edit|vacant|retire|reinstate|delete: posts and who
holds them."""

from __future__ import annotations

import click

from clerk_cli.cli.confirm import confirm_or_yes, yes_option
from clerk_cli.cli.options import (
    as_of_option,
    by_option,
    complete_owner,
    echo_ok,
    echo_warn,
    format_option,
    out,
)


@click.group("owner")
def owner() -> None:
    """Owners are posts ("Director of Children's Services"); people hold them in turn."""


@owner.command("add")
@click.argument("name")
@click.option(
    "--holder", metavar='"NAME <EMAIL>"', help="Who holds the post now (gets the weekly digest)."
)
@by_option
@click.pass_obj
def owner_add(app, name, holder, by):
    """Record a post (a councillor or any individual can be a post named after them).

    \b
    Example:
      clerk owner add "Director of Children, Young People and Learning" \\
          --holder "Lucy Butler <lucy.butler@example.gov.uk>"
    """
    from clerk_cli.services.owners import add_owner

    o = add_owner(app.db, name=name, holder=holder, by=by)
    echo_ok(
        f"Added owner '{o.name}'" + (f" held by {o.holder}" if o.holder else " (no holder yet)")
    )
    if o.similar:
        echo_warn(
            f"'{o.name}' is close to an existing owner. {o.similar} "
            "If it is the same post, rename one: clerk owner edit POST --rename NAME."
        )


@owner.command("handover")
@click.argument("post", shell_complete=complete_owner)
@click.option(
    "--to", "to", required=True, metavar='"NAME <EMAIL>"', help="The new holder of the post."
)
@by_option
@click.pass_obj
def owner_handover(app, post, to, by):
    """Hand a post to a new holder: its open actions follow, and the history remains.

    \b
    Example:
      clerk owner handover "Director of Children, Young People and Learning" \\
          --to "Sam Patel <sam.patel@example.gov.uk>"
    """
    from clerk_cli.services.owners import handover

    o, moved = handover(app.db, post=post, to=to, by=by)
    previous = o.holders[-2].name if len(o.holders) > 1 else None
    echo_ok(
        f"'{o.name}' is now held by {o.holder}"
        + (f" (was {previous})" if previous else "")
        + f"; {moved} open action{'s' if moved != 1 else ''} follow{'s' if moved == 1 else ''}."
    )
    if not o.email:
        echo_warn(
            f"{o.holder} has no email address, so gets no digests. "
            f'Add one with: clerk owner edit "{o.name}" --email ADDRESS'
        )


@owner.command("edit")
@click.argument("post", shell_complete=complete_owner)
@click.option("--rename", metavar="NAME", help="New name for the post.")
@click.option("--email", metavar="EMAIL", help="Correct the current holder's email address.")
@by_option
@click.pass_obj
def owner_edit(app, post, rename, email, by):
    """Rename a post or correct its holder's email (use handover when the person changes).

    \b
    Example:
      clerk owner edit "Director of Childrens Services" --rename "Director of Children's Services"
    """
    from clerk_cli.services.owners import edit_owner

    if rename is None and email is None:
        raise click.UsageError("Nothing to change: give --rename or --email.")
    o = edit_owner(app.db, post=post, rename=rename, email=email, by=by)
    echo_ok(f"Updated owner '{o.name}'" + (f" held by {o.holder} <{o.email}>" if o.email else ""))


@owner.command("vacant")
@click.argument("post", shell_complete=complete_owner)
@by_option
@click.pass_obj
def owner_vacant(app, post, by):
    """Leave a post vacant: its holder leaves and nobody replaces them yet.

    Its open actions stay with the post (and go to whoever is handed it next).

    \b
    Example:
      clerk owner vacant "Head of Workforce Development"
    """
    from clerk_cli.services.owners import vacate

    o, left, following = vacate(app.db, post=post, by=by)
    echo_ok(f"'{o.name}' is vacant ({left} has left).")
    if following:
        echo_warn(
            f"Its {following} open action{'s' if following != 1 else ''} now go{'es' if following == 1 else ''} "
            f'to nobody\'s digest. Hand it over with: clerk owner handover "{o.name}" --to "Name <email>"'
        )


@owner.command("retire")
@click.argument("post", shell_complete=complete_owner)
@by_option
@click.pass_obj
def owner_retire(app, post, by):
    """Retire a post that no longer exists: hidden from owner lists and completion.

    Only a post with no open actions (give them to another post first); its closed
    actions and its history are kept.  Bring it back with `clerk owner reinstate`.

    \b
    Example:
      clerk owner retire "Interim Assistant Director"
    """
    from clerk_cli.services.owners import retire

    o = retire(app.db, post=post, by=by)
    echo_ok(f"Retired '{o.name}' (see it with: clerk owner list --include-retired)")


@owner.command("reinstate")
@click.argument("post")
@by_option
@click.pass_obj
def owner_reinstate(app, post, by):
    """Bring a retired post back into owner lists and completion.

    \b
    Example:
      clerk owner reinstate "Interim Assistant Director"
    """
    from clerk_cli.services.owners import retire

    o = retire(app.db, post=post, restore=True, by=by)
    echo_ok(f"Reinstated '{o.name}' (no holder yet: clerk owner handover)")


@owner.command("delete")
@click.argument("post", shell_complete=complete_owner)
@yes_option
@by_option
@click.pass_obj
def owner_delete(app, post, yes, by):
    """Delete a post entered by mistake (only one that has never had an action).

    Asks first in a terminal; scripts pass --yes.  A post with actions can be retired
    instead.

    \b
    Example:
      clerk owner delete "leadership team"
    """
    from clerk_cli.services.owners import delete_owner

    if not yes:
        o = delete_owner(app.db, post=post, check_only=True)  # refuse before asking
        confirm_or_yes(yes, f"Delete the post '{o.name}'?")
    o = delete_owner(app.db, post=post, by=by)
    echo_ok(f"Deleted owner '{o.name}'")


@owner.command("list")
@click.option("--include-retired", is_flag=True, help="List retired posts too.")
@format_option
@as_of_option
@click.pass_obj
def owner_list(app, include_retired, fmt, as_of):
    """List posts, their holders and how many actions they owe.

    \b
    Examples:
      clerk owner list
      clerk owner list --include-retired
    """
    from clerk_cli.render import choose_format, render_table
    from clerk_cli.services.owners import list_owners

    rows = list_owners(app.db, as_of=as_of, include_retired=include_retired)
    data = [
        (
            o.name + (" (retired)" if o.retired else ""),
            o.holder or "(vacant)",
            o.email or "",
            o.open_actions,
            o.overdue_actions,
        )
        for o in rows
    ]
    render_table(
        "Owners",
        ("post", "holder", "email", "open", "overdue"),
        data,
        choose_format(fmt),
        out(),
        json_rows=[o.to_json() for o in rows],
    )


@owner.command("show")
@click.argument("post", shell_complete=complete_owner)
@format_option
@as_of_option
@click.pass_obj
def owner_show(app, post, fmt, as_of):
    """Show a post and the history of its holders.

    \b
    Example:
      clerk owner show "Director of Children, Young People and Learning"
    """
    import json

    from clerk_cli.render import _dt, choose_format, render_table
    from clerk_cli.services.owners import show_owner

    o = show_owner(app.db, post, as_of=as_of)
    fmt = choose_format(fmt)
    if fmt == "json":
        json.dump(o.to_json(), out(), indent=2, ensure_ascii=False)
        out().write("\n")
        return
    data = [
        (h.name, h.email or "", _dt(h.started_at), _dt(h.ended_at) or "(current)")
        for h in o.holders
    ]
    title = f"{o.name}: {o.open_actions} open, {o.overdue_actions} overdue\nHolders"
    render_table(title, ("holder", "email", "from", "until"), data, fmt, out())
