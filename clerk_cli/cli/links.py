"""Commands that link actions: link (a duplicate, a successor) and refer (to another
committee)."""

from __future__ import annotations

import click

from clerk_cli.cli.options import by_option, complete_action_ref, complete_committee, echo_ok


@click.command("link")
@click.argument("ref", shell_complete=complete_action_ref)
@click.option(
    "--duplicate-of",
    metavar="REF",
    shell_complete=complete_action_ref,
    help="Close REF's duplicate: this action is closed and its notes move to REF.",
)
@click.option(
    "--supersedes",
    metavar="REF",
    shell_complete=complete_action_ref,
    help="This action replaces REF, which is closed as superseded.",
)
@by_option
@click.pass_obj
def link(app, ref, duplicate_of, supersedes, by):
    """Close a duplicate or a superseded action, with a link.

    A duplicate's notes move to the action it repeats (author and time kept, marked
    with where they came from).  Both actions show the link in show, history and the
    action log.  Put it back with: clerk undo.

    \b
    Examples:
      clerk link CSSC-9 --duplicate-of CSSC-3
      clerk link CSSC-12 --supersedes CSSC-5
    """
    from clerk_cli.services.links import link as make_link

    done = make_link(app.db, ref, duplicate_of=duplicate_of, supersedes=supersedes, by=by)
    if done.kind == "duplicate_of":
        moved = done.notes_moved
        notes = f"; {moved} note{'s' if moved != 1 else ''} moved to {done.other}" if moved else ""
        echo_ok(f"Closed {done.closed} as a duplicate of {done.other}{notes}.")
    else:
        echo_ok(f"Closed {done.closed}: superseded by {done.ref}.")


@click.command("refer")
@click.argument("ref", shell_complete=complete_action_ref)
@click.option(
    "--to",
    "to",
    required=True,
    metavar="CODE",
    shell_complete=complete_committee,
    help="The committee asked to act.",
)
@click.option(
    "--meeting",
    "-m",
    metavar="CODE/DATE",
    help="The meeting of that committee that takes it (it is due then).",
)
@click.option("--note", "note_text", metavar="TEXT", help="What the committee is asked to do.")
@click.option("--text", metavar="TEXT", help="Other words for the new action (default: the same).")
@click.option("--owner", "-o", metavar="POST", help="Another owner (default: the same).")
@click.option("--due", "-d", metavar="WHEN", help="When it is due (default: at --meeting).")
@by_option
@click.pass_obj
def refer(app, ref, to, meeting, note_text, text, owner, due, by):
    """Refer an action to another committee's action log.

    When that committee closes its action, the outcome comes back to this one as a
    note, and its action log shows "returned from ...".  A confidential action's
    referral is confidential too.  Put it back with: clerk undo.

    \b
    Example:
      clerk refer CSSC-4 --to CAB --meeting CAB/2022-07-20 --note "Funding needs Cabinet approval"
    """
    from clerk_cli.services.links import refer as make_referral

    done = make_referral(
        app.db,
        ref,
        to=to,
        meeting=meeting,
        note=note_text,
        text=text,
        owner=owner,
        due=due,
        by=by,
    )
    a = done.created
    due_words = a.due_display or "no due date"
    echo_ok(
        f"Referred {done.ref} to {done.committee_name} as {done.other}: {a.text} "
        f"(owner: {a.owner or 'no owner'}; due: {due_words})"
    )


@click.command("unlink")
@click.argument("ref", shell_complete=complete_action_ref)
@click.argument("other", shell_complete=complete_action_ref)
@by_option
@click.pass_obj
def unlink(app, ref, other, by):
    """Take away the link between two actions.

    An action the link closed as a duplicate or superseded is reopened and gets back
    the notes that moved; a referral's action stays on the other committee's log.

    \b
    Example:
      clerk unlink CSSC-9 CSSC-3
    """
    from clerk_cli.services.links import unlink as take_away

    done = take_away(app.db, ref, other, by=by)
    reopened = f"; {done.closed} reopened" if done.closed else ""
    echo_ok(f"Unlinked {done.ref} and {done.other}{reopened}.")
