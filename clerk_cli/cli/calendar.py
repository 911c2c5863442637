"""clerk calendar: meetings and due dates as an .ics file for Outlook, Google or Apple."""

from __future__ import annotations

import click

from clerk_cli.cli.options import as_of_option, committees_option
from clerk_cli.output import deliver


@click.command("calendar")
@committees_option
@click.option(
    "--owner",
    "owners",
    multiple=True,
    metavar="POST",
    help="Only this post's actions, and the meetings of their committees (repeatable).",
)
@click.option(
    "--actions",
    "actions_as",
    type=click.Choice(["todo", "event", "none"]),
    default="todo",
    show_default=True,
    help="Actions as to-dos (VTODO: Thunderbird, Apple Reminders), as all-day events on "
    "their due date (VEVENT: Outlook and Google, which ignore to-dos in .ics files), or not at all.",
)
@click.option("--no-meetings", is_flag=True, help="Leave the meetings out.")
@click.option(
    "--include-confidential", is_flag=True, help="Include confidential actions (marked private)."
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write to FILE (readable by you only) instead of standard output.",
)
@as_of_option
@click.pass_obj
def calendar(app, committees, owners, actions_as, no_meetings, include_confidential, output, as_of):
    """A calendar (.ics) of meetings and the due dates of open actions.

    Every item has a UID that stays the same from one export to the next (so a
    calendar that imports the file again updates items, not duplicates them) and
    that holds this database's id (so two councils' CSSC-2 never collide).

    \b
    Examples:
      clerk calendar -o committees.ics
      clerk calendar --committee CSSC --actions event -o cssc-outlook.ics
      clerk calendar --owner "Director of Children's Services" --no-meetings -o dcs.ics
    """
    from clerk_cli.render.export_formats import calendar_ics
    from clerk_cli.services.calendar import build_calendar

    if output == "-":
        output = None
    feed = build_calendar(
        app.db,
        committees=tuple(committees) or None,
        owners=tuple(owners) or None,
        include_confidential=include_confidential,
        with_meetings=not no_meetings,
        with_actions=actions_as != "none",
        as_of=as_of,
    )
    deliver(calendar_ics(feed, actions_as=actions_as), output, "ics")
