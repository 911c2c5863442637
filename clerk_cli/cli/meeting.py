"""clerk meeting add|list|show|edit|cancel|delete|agree-closures, and clerk add-resolution."""

from __future__ import annotations

import click

from clerk_cli.cli.confirm import confirm_or_yes, interactive, yes_option
from clerk_cli.cli.options import (
    as_of_option,
    by_option,
    complete_committee,
    complete_meeting,
    echo_ok,
    echo_warn,
    format_option,
    out,
)


@click.group("meeting")
def meeting() -> None:
    """Meetings of a committee, referred to as CODE/YYYY-MM-DD."""


def _moved(change) -> str:
    n = len(change.moved)
    return f" ({n} meeting-relative due date{'s' if n != 1 else ''} updated)" if n else ""


def _warn_undated(change) -> None:
    """Name the actions a change left with no due date, so none drops out of sight."""
    undated = change.undated
    if undated:
        have = "has" if len(undated) == 1 else "have"
        echo_warn(f"{', '.join(undated)} now {have} no due date (no later meeting).")


@meeting.command("add")
@click.argument("committee_key", metavar="CODE", shell_complete=complete_committee)
@click.argument("when", metavar="DATE")
@click.option("--time", metavar="HH:MM", help="Start time, e.g. 10:00 or 2.30 pm.")
@click.option("--title", help="What the meeting is about.")
@click.option(
    "--status",
    type=click.Choice(["scheduled", "held", "cancelled"]),
    default="scheduled",
    show_default=True,
)
@click.option(
    "--allow-duplicate",
    is_flag=True,
    help="Record a second meeting of the committee on the same date (give it another --time).",
)
@by_option
@click.pass_obj
def meeting_add(app, committee_key, when, time, title, status, allow_duplicate, by):
    """Record a meeting (past or future).  "next meeting" due dates resolve to future ones.

    A second meeting of a committee on the same date is refused unless --allow-duplicate
    is given; the two are then referred to by id (see: clerk meeting list).

    \b
    Examples:
      clerk meeting add CSSC 14/06/2022 --title "Regulatory scrutiny of children's services"
      clerk meeting add CSSC 20/09/2022 --time 10:00
    """
    from clerk_cli.services.meetings import add_meeting

    change = add_meeting(
        app.db,
        committee=committee_key,
        when=when,
        time=time,
        title=title,
        status=status,
        allow_duplicate=allow_duplicate,
        by=by,
    )
    m = change.meeting
    echo_ok(f"Added meeting {m.ref}" + (f": {m.title}" if m.title else "") + _moved(change))
    _warn_undated(change)


@meeting.command("edit")
@click.argument("ref", metavar="CODE/DATE", shell_complete=complete_meeting)
@click.option("--date", "when", metavar="DATE", help="Move the meeting to another date.")
@click.option("--time", metavar="HH:MM", help="Change the start time.")
@click.option("--title", help="Change the title.")
@click.option(
    "--status", type=click.Choice(["scheduled", "held", "cancelled"]), help="Change the status."
)
@click.option(
    "--allow-duplicate",
    is_flag=True,
    help="Move it onto a date when the committee already meets (at another --time).",
)
@by_option
@click.pass_obj
def meeting_edit(app, ref, when, time, title, status, allow_duplicate, by):
    """Move, retitle or re-status a meeting; "next meeting" due dates follow.

    \b
    Example:
      clerk meeting edit CSSC/2022-09-20 --date 27/09/2022
    """
    from clerk_cli.services.meetings import edit_meeting

    if all(v is None for v in (when, time, title, status)):
        raise click.UsageError("Nothing to change: give --date, --time, --title or --status.")
    change = edit_meeting(
        app.db,
        ref,
        when=when,
        time=time,
        title=title,
        status=status,
        allow_duplicate=allow_duplicate,
        by=by,
    )
    echo_ok(f"Updated meeting {change.meeting.ref} ({change.meeting.status})" + _moved(change))
    _warn_undated(change)


@meeting.command("cancel")
@click.argument("ref", metavar="CODE/DATE", shell_complete=complete_meeting)
@yes_option
@by_option
@click.pass_obj
def meeting_cancel(app, ref, yes, by):
    """Cancel a meeting; actions due at it move to the next one.

    Asks first in a terminal.  Put right with: clerk meeting edit REF --status scheduled
    (the due dates move back).

    \b
    Example:
      clerk meeting cancel CSSC/2022-09-20
    """
    from clerk_cli.services.meetings import edit_meeting

    if interactive():
        # Cancelling can be put right (edit --status scheduled), so scripts need no --yes.
        confirm_or_yes(
            yes,
            f"Cancel {ref}?",
            cannot="Actions due at it move to the next meeting.",
        )

    change = edit_meeting(app.db, ref, status="cancelled", by=by)
    echo_ok(f"Cancelled meeting {change.meeting.ref}" + _moved(change))
    _warn_undated(change)


@meeting.command("delete")
@click.argument("ref", metavar="CODE/DATE", shell_complete=complete_meeting)
@yes_option
@by_option
@click.pass_obj
def meeting_delete(app, ref, yes, by):
    """Delete a meeting recorded by mistake (only when it has no resolutions or actions).

    Asks first in a terminal; scripts pass --yes.

    \b
    Example:
      clerk meeting delete CSSC/2022-09-21
    """
    from clerk_cli.services.meetings import delete_meeting

    if not yes:
        found = delete_meeting(app.db, ref, check_only=True)  # refuse before asking
        confirm_or_yes(yes, f"Delete {found.meeting.ref}?")
    change = delete_meeting(app.db, ref, by=by)
    echo_ok(f"Deleted meeting {change.meeting.ref}" + _moved(change))
    _warn_undated(change)


@meeting.command("list")
@click.option(
    "--committee",
    "-c",
    "committee_key",
    metavar="CODE",
    shell_complete=complete_committee,
    help="Only this committee.",
)
@click.option("--upcoming", is_flag=True, help="Only meetings from today on.")
@click.option("--include-archived", is_flag=True, help="Archived committees' meetings too.")
@format_option
@as_of_option
@click.pass_obj
def meeting_list(app, committee_key, upcoming, include_archived, fmt, as_of):
    """List meetings, with the id that tells apart two meetings on one date.

    With --format json each meeting is one object without its resolutions and actions
    (clerk meeting show gives those).

    \b
    Example:
      clerk meeting list --committee CSSC
    """
    from datetime import date

    from clerk_cli.render import choose_format, render_table
    from clerk_cli.services.meetings import list_meetings

    rows = list_meetings(
        app.db,
        committee=committee_key,
        upcoming_from=(as_of or date.today()) if upcoming else None,
        include_archived=include_archived,
    )
    data = [(m.id, m.ref, m.time or "", m.status, m.title or "") for m in rows]
    render_table(
        "Meetings",
        ("id", "meeting", "time", "status", "title"),
        data,
        choose_format(fmt),
        out(),
        json_rows=[_listed(m.to_json()) for m in rows],
    )


def _listed(meeting_json: dict) -> dict:
    # A list shows meetings, not what each holds: empty arrays there would read as
    # "no resolutions, no actions" (see meeting show for those).
    return {k: v for k, v in meeting_json.items() if k not in ("resolutions", "actions")}


@meeting.command("show")
@click.argument("ref", metavar="CODE/DATE", shell_complete=complete_meeting)
@format_option
@as_of_option
@click.pass_obj
def meeting_show(app, ref, fmt, as_of):
    """Show a meeting with its resolutions and actions.

    \b
    Example:
      clerk meeting show CSSC/2022-06-14
    """
    import json

    from clerk_cli.render import choose_format, render_actions, render_table
    from clerk_cli.services.meetings import show_meeting
    from clerk_cli.views import ActionReport

    m = show_meeting(app.db, ref, as_of=as_of)
    fmt = choose_format(fmt)
    stream = out()
    if fmt == "json":
        json.dump(m.to_json(), stream, indent=2, ensure_ascii=False)
        stream.write("\n")
        return
    title = f"{m.ref}{' ' + m.time if m.time else ''}: {m.title or 'meeting'} ({m.status})"
    render_table(
        f"{title}\nResolutions",
        ("ref", "resolution"),
        [(r["ref"], r["text"]) for r in m.resolutions],
        fmt,
        stream,
    )
    stream.write("\n")
    render_actions(
        ActionReport("Actions", m.actions, as_of or m.date, len(m.actions)),
        fmt,
        stream,
        group=False,
    )


@meeting.command("agree-closures")
@click.argument("ref", metavar="CODE/DATE", shell_complete=complete_meeting)
@click.argument("refs", nargs=-1, metavar="[REF...]")
@click.option("--minute", metavar="REF", help="The minute that records the agreement, e.g. 7.4.")
@click.option(
    "--reject",
    multiple=True,
    metavar="REF",
    help="A proposal the committee did not agree: it stays open (repeatable).",
)
@by_option
@click.pass_obj
def meeting_agree_closures(app, ref, refs, minute, reject, by):
    """Record the committee's agreement to close actions, at a meeting, with the minute.

    Without REFs every action of the committee proposed for closure is closed, each
    with the outcome proposed (done, not feasible, ...).  A named REF may also be an
    open action the committee closes directly (as done).  --reject records a proposal
    the committee did not agree; the action stays open.

    \b
    Examples:
      clerk meeting agree-closures CSSC/2022-06-14 --minute 7.4
      clerk meeting agree-closures CSSC/2022-06-14 CSSC-3 CSSC-5 --minute 7.4
      clerk meeting agree-closures CSSC/2022-06-14 --reject CSSC-6 --minute 7.4
    """
    from clerk_cli.services.closures import agree_closures

    r = agree_closures(app.db, ref, refs, minute=minute, reject=reject, by=by)
    for a in r.agreed:
        echo_ok(f"{a.ref} {a.status_display}, agreed at {r.meeting} (minute {r.minute}): {a.text}")
    for a in r.rejected:
        echo_ok(f"{a.ref} closure not agreed at {r.meeting} (minute {r.minute}); it stays open")


@click.command("add-resolution")
@click.argument("text")
@click.option(
    "--meeting", "-m", required=True, metavar="CODE/DATE", help="The meeting that resolved it."
)
@click.option(
    "--ref",
    "-r",
    metavar="REF",
    help='Minute reference, e.g. "7.15(3)" or "24/031" (default: next number).',
)
@by_option
@click.pass_obj
def add_resolution(app, text, meeting, ref, by):
    """Record a resolution as minuted.

    \b
    Example:
      clerk add-resolution "Requests that the full questions of the staff survey are shared" \\
          --meeting CSSC/2022-06-14 --ref "7.15(3)"
    """
    from clerk_cli.services.meetings import add_resolution as add

    r = add(app.db, text=text, meeting=meeting, ref=ref, by=by)
    echo_ok(f"Added resolution {r['ref']} at {r['meeting']}")
