"""Commands on actions: add-action, note, start, done, drop, reopen, edit, delete, show, history, list."""

from __future__ import annotations

import click

from clerk_cli.cli.options import (
    DATE,
    PAST_DATE,
    action_filter_options,
    all_rows_option,
    as_of_option,
    by_option,
    complete_action_ref,
    complete_committee,
    complete_owner,
    echo_ok,
    echo_warn,
    format_option,
    out,
    rag_option,
    row_limit,
    sheet_format_option,
)
from clerk_cli.cli.paging import no_pager_option


def on_option(f):
    return click.option(
        "--on",
        type=PAST_DATE,
        default=None,
        help="The day it happened, when recording it later (e.g. an update by phone last week).",
    )(f)


def _interactive() -> bool:
    """May clerk ask a question?  Only with a person at a terminal on both ends."""
    import sys

    return sys.stdin.isatty() and sys.stdout.isatty()


def _summary(a) -> str:
    due = a.due_display or "no due date"
    owner = a.owner or "no owner"
    return f"{a.ref}: {a.text} (owner: {owner}; due: {due})"


@click.command("add-action")
@click.argument("text")
@click.option(
    "--owner",
    "-o",
    metavar="POST",
    shell_complete=complete_owner,
    help="The post responsible (see: clerk owner list).",
)
@click.option(
    "--due",
    "-d",
    metavar="WHEN",
    help='31/03/2023, "31 March", +2w, eom, friday, "next meeting"... '
    "(words count from --meeting's date when given; see: clerk help dates)",
)
@click.option(
    "--meeting", "-m", metavar="CODE/DATE", help="The meeting it came from, e.g. CSSC/2022-06-14."
)
@click.option(
    "--committee",
    "-c",
    metavar="CODE",
    shell_complete=complete_committee,
    help="The committee, when it came from no particular meeting.",
)
@click.option(
    "--resolution", "-r", metavar="REF", help='The resolution it carries out, e.g. "7.15(3)".'
)
@click.option("--confidential", is_flag=True, help="Keep it out of public action logs and exports.")
@click.option("--create-owner", is_flag=True, help="Create the owner if it does not exist yet.")
@click.option(
    "--allow-duplicate",
    is_flag=True,
    help="Record it even if the same action is already open for this meeting and owner.",
)
@by_option
@click.pass_obj
def add_action(
    app,
    text,
    owner,
    due,
    meeting,
    committee,
    resolution,
    confidential,
    create_owner,
    allow_duplicate,
    by,
):
    """Record an action from a meeting.

    \b
    Example:
      clerk add-action "Share the make-up of the Improvement Board" \\
          --owner "Director of Children, Young People and Learning" \\
          --due "next meeting" --meeting CSSC/2022-06-14 --resolution "7.15(3)"
    """
    from clerk_cli.services.actions import record_action

    added = record_action(
        app.db,
        text=text,
        owner=owner,
        due=due,
        meeting=meeting,
        committee=committee,
        resolution=resolution,
        confidential=confidential,
        create_owner_if_missing=create_owner,
        allow_duplicate=allow_duplicate,
        by=by,
        propose_link=True,  # rules.similar: it proposes, the clerk decides
    )
    a = added.action
    echo_ok(f"Added {_summary(a)}")
    if added.due_counted_from is not None:
        from clerk_cli.rules.status import OVERDUE, standing

        if standing(a.days_overdue) == OVERDUE:
            echo_warn(
                f'"{a.due_text}" counts from the meeting of {added.due_counted_from.isoformat()}: '
                f"due {a.due_date.isoformat()}, already past, so {a.ref} shows as overdue "
                f"(clerk edit {a.ref} --due DATE to change it)."
            )
    if added.looks_like is not None:
        echo_ok(added.looks_like.proposal)


def _refs_and_text(words: tuple[str, ...]) -> tuple[list[str], str | None]:
    """Split `note CSSC-1 CSSC-2..4 "the note"` into references and the note's text."""
    from clerk_cli.store.lookup import _RANGE, ACTION_REF

    refs = list(words)
    text = None
    if refs and not (ACTION_REF.match(refs[-1]) or _RANGE.match(refs[-1])):
        text = refs.pop()
    if not refs:
        raise click.UsageError('Give the action\'s reference first, e.g. clerk note CSSC-1 "...".')
    return refs, text


def _read_note(text: str | None) -> str:
    """The note's text: as given, else (or for "-") from standard input (piped) or
    $EDITOR (a terminal)."""
    if text is not None and text != "-":
        return text
    import sys

    if not sys.stdin.isatty():
        # Bytes, decoded as a minutes file is (UTF-8 with or without a BOM, UTF-16,
        # else Windows-1252): a note saved from Word or Notepad reads as written.
        from clerk_cli.errors import InvalidInput
        from clerk_cli.rules.text import decode_bytes

        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream without bytes underneath
            return sys.stdin.read()
        try:
            return decode_bytes(stream.read())
        except UnicodeDecodeError:
            raise InvalidInput(
                "The note on standard input is broken UTF-16 text.",
                hint="Save it as UTF-8 and pipe it in again.",
            ) from None
    edited = click.edit("\n# Write the note above. Lines starting with # are left out.\n")
    if edited is None:
        raise click.UsageError("No note written (the editor was closed without saving).")
    return "\n".join(line for line in edited.splitlines() if not line.startswith("#"))


@click.command("note")
@click.argument("words", nargs=-1, required=True, metavar="REF... [TEXT]")
@on_option
@by_option
@click.pass_obj
def note(app, words, on, by):
    """Add a progress note to one or more actions.

    Without TEXT (or with "-") the note is read from standard input (UTF-8, UTF-16 or
    Windows-1252, as a minutes file is read), or written in $EDITOR in a terminal.
    Text that starts with "-" goes after "--".

    \b
    Example:
      clerk note CSSC-1 "Draft circulated to the Chair"
      clerk note CSSC-3..5 "Chased by phone" --on 24/11/2026
      clerk note CSSC-2 < update-from-director.txt
    """
    from clerk_cli.services.actions import add_note

    refs, text = _refs_and_text(words)
    for a in add_note(app.db, refs, _read_note(text), by=by, on=on):
        echo_ok(f"Noted on {a.ref} ({len(a.notes)} note{'s' if len(a.notes) != 1 else ''}).")


def _outcome_options(f):
    """--outcome and --reason (clerk drop): how it ended, besides done."""
    f = click.option(
        "--reason",
        metavar="TEXT",
        help="Why (needed with --outcome; kept as a note and shown in the action log).",
    )(f)
    return click.option(
        "--outcome",
        type=click.Choice(["not-feasible", "superseded", "deferred"], case_sensitive=False),
        help="How it ended, besides done: not-feasible, superseded or deferred (with --reason).",
    )(f)


def _status_command(name: str, status: str, verb: str, example: str, outcomes: bool = False):
    @click.command(name)
    @click.argument(
        "refs", nargs=-1, required=True, metavar="REF...", shell_complete=complete_action_ref
    )
    @click.option(
        "--note", "-n", "note_text", metavar="TEXT", help="A note to record with the change."
    )
    @on_option
    @by_option
    @click.pass_obj
    def command(app, refs, note_text, on, by, outcome=None, reason=None):
        from clerk_cli.services.actions import set_status

        result = set_status(
            app.db, refs, status, note=note_text, by=by, on=on, outcome=outcome, reason=reason
        )
        for a in result.changed:
            echo_ok(f"{a.ref} {a.status_display if outcome else verb}: {a.text}")
        for a in result.proposed:
            echo_ok(
                f"{a.ref} {a.status_display}, awaiting the committee's agreement "
                f"(clerk meeting agree-closures): {a.text}"
            )
        for a in result.withdrawn:
            echo_ok(f"{a.ref} proposal to close taken back; it stays open: {a.text}")
        if result.unchanged:
            echo_warn(f"already {verb}, left as they are: {', '.join(result.unchanged)}")

    if outcomes:
        command = _outcome_options(command)

    extra = {
        "done": "For a committee that agrees its closures (clerk committee edit "
        "--closure-by-agreement) this proposes completion; the committee closes it with "
        "clerk meeting agree-closures.\n\n",
        "dropped": "For a committee that agrees its closures this proposes the closure; the "
        "committee closes it with clerk meeting agree-closures.\n\n",
        "open": "Reopening an action proposed for closure takes the proposal back.\n\n",
    }.get(status, "")
    command.help = (
        f"Mark one or more actions {status.replace('_', ' ')} (ranges too: CSSC-3..6).\n\n"
        f"{extra}"
        f"--on DATE records the day it happened, for an update received earlier.\n\n\b\nExample:\n  {example}"
    )
    return command


done = _status_command(
    "done",
    "done",
    "done",
    'clerk done CSSC-1 --note "Circulated to members on 3 July"\n  clerk done CSSC-1 CSSC-4 CSSC-7..9 --on 28/10/2026',
)
drop = _status_command(
    "drop",
    "dropped",
    "dropped",
    'clerk drop CSSC-4 --note "No longer needed"\n'
    '  clerk drop CSSC-5 --outcome not-feasible --reason "Budget withdrawn"',
    outcomes=True,
)
start = _status_command("start", "in_progress", "in progress", "clerk start CSSC-2")
reopen = _status_command(
    "reopen", "open", "reopened", 'clerk reopen CSSC-1 --note "Members asked for more"'
)


@click.command("edit")
@click.argument("ref", shell_complete=complete_action_ref)
@click.option("--text", help="New wording of the action.")
@click.option(
    "--owner", "-o", metavar="POST", shell_complete=complete_owner, help="Reassign to another post."
)
@click.option(
    "--due", "-d", metavar="WHEN", help="New due date (a change of date counts as a slip)."
)
@click.option(
    "--confidential/--not-confidential",
    default=None,
    help="Mark as confidential, with the actions it is linked to by referral; or make this "
    "one public (only this one).",
)
@click.option("--resolution", "-r", metavar="REF", help="Link to a resolution of the same meeting.")
@click.option(
    "--minute", metavar="REF", help='The minute it was minuted under, e.g. 7.4 ("" clears it).'
)
@by_option
@click.pass_obj
def edit(app, ref, text, owner, due, confidential, resolution, minute, by):
    """Change an action's text, owner, due date or confidentiality.

    \b
    Example:
      clerk edit CSSC-3 --due 31/03/2023 --owner "Director of Children's Services"
    """
    from clerk_cli.services.action_edits import edit_action

    if all(v is None for v in (text, owner, due, confidential, resolution, minute)):
        raise click.UsageError(
            "Nothing to change: give --text, --owner, --due, --confidential, --resolution "
            "or --minute."
        )
    done = edit_action(
        app.db,
        ref,
        text=text,
        owner=owner,
        due=due,
        confidential=confidential,
        resolution=resolution,
        minute=minute,
        by=by,
    )
    a = done.action
    echo_ok(f"Updated {_summary(a)}" + (f" [slipped {a.slip_count}x]" if a.slip_count else ""))
    if done.also_confidential:
        echo_ok(
            f"Also made confidential (linked by referral): {', '.join(done.also_confidential)}."
        )
    if done.still_confidential:
        echo_ok(
            f"Still confidential (linked by referral): {', '.join(done.still_confidential)}; "
            f"make each public too with: clerk edit {done.still_confidential[0]} --not-confidential"
        )


@click.command("delete")
@click.argument("ref", shell_complete=complete_action_ref)
@click.option(
    "--yes",
    is_flag=True,
    help="Confirm: deleting cannot be undone (the audit trail keeps a record).",
)
@by_option
@click.pass_obj
def delete(app, ref, yes, by):
    """Delete an action entered by mistake (use `clerk drop` for work no longer needed).

    \b
    Example:
      clerk delete CSSC-7 --yes
    """
    from clerk_cli.errors import InvalidInput
    from clerk_cli.services.action_edits import delete_action

    if not yes:
        if not _interactive():
            raise InvalidInput(
                f"Deleting {ref} cannot be undone.",
                hint="Add --yes to confirm, or use: clerk drop " + ref,
            )
        if not click.confirm(
            f"Delete {ref}? This cannot be undone (clerk drop keeps it)", default=False
        ):
            raise click.exceptions.Exit(1)
    a = delete_action(app.db, ref, by=by)
    echo_ok(f"Deleted {a.ref}: {a.text}")


@click.command("show")
@click.argument("ref", shell_complete=complete_action_ref)
@format_option
@as_of_option
@click.pass_obj
def show(app, ref, fmt, as_of):
    """Show one action: its details, notes and slips (as it stood on a date with --as-of).

    \b
    Example:
      clerk show CSSC-1
      clerk show CSSC-1 --as-of "30 September"
    """
    from clerk_cli.render import choose_format, render_detail
    from clerk_cli.services.actions import show_action

    detail = show_action(app.db, ref, as_of=as_of)
    fmt = choose_format(fmt)
    render_detail(detail, fmt, out())


@click.command("history")
@click.argument("ref", required=False, shell_complete=complete_action_ref)
@click.option(
    "--committee",
    "-c",
    metavar="CODE",
    shell_complete=complete_committee,
    help="Every change in a committee's records instead.",
)
@click.option("--since", type=DATE, help="With --committee: from this date.")
@click.option("--until", type=DATE, help="With --committee: up to and including this date.")
@format_option
@click.pass_obj
def history(app, ref, committee, since, until, fmt):
    """Show the audit trail: who changed what, and when.

    \b
    Examples:
      clerk history CSSC-1
      clerk history --committee CSSC --since 01/09/2022 --until 30/09/2022
    """
    from clerk_cli.render import choose_format, render_history
    from clerk_cli.services.actions import action_history, committee_history

    if bool(ref) == bool(committee):
        raise click.UsageError("Give an action reference, or --committee CODE.")
    if ref:
        rows, title = action_history(app.db, ref), f"History of {ref.upper()}"
    else:
        rows, title = (
            committee_history(app.db, committee, since=since, until=until),
            f"History of {committee.upper()}",
        )
    render_history(rows, choose_format(fmt), out(), title=title)


@click.command("list")
@click.option(
    "--status",
    "-s",
    "statuses",
    multiple=True,
    type=click.Choice(["open", "in_progress", "done", "dropped"]),
    help="Only these statuses (repeatable).",
)
@click.option("--all-statuses", "-A", is_flag=True, help="Every status, not only open ones.")
@action_filter_options()
@click.option("--no-confidential", is_flag=True, help="Leave out confidential actions.")
@click.option(
    "--proposed",
    is_flag=True,
    help="Only actions proposed for closure, awaiting their committee's agreement.",
)
@rag_option
@sheet_format_option
@as_of_option
@all_rows_option
@no_pager_option
@click.pass_obj
def list_(
    app,
    statuses,
    all_statuses,
    committees,
    owners,
    meeting,
    due_from,
    due_to,
    search,
    no_confidential,
    proposed,
    rag,
    fmt,
    as_of,
    all_rows,
    limit,
    no_pager,
):
    """List actions (open ones unless --status or --all-statuses).

    \b
    Examples:
      clerk list --committee CSSC
      clerk list --owner "Director of Children's Services" --status done
      clerk list --due-from 01/11/2022 --due-to 30/11/2022 --format csv > november.csv
      clerk list --rag red,amber
      clerk list --committee CSSC --proposed     # for clerk meeting agree-closures
      clerk list --all-statuses --format xlsx > actions.xlsx
    """
    from clerk_cli.render import choose_format, render_actions
    from clerk_cli.services.reports import list_actions

    fmt = choose_format(fmt)
    report = list_actions(
        app.db,
        statuses=statuses or None,
        all_statuses=all_statuses,
        committees=committees or None,
        owners=owners or None,
        meeting=meeting,
        due_from=due_from,
        due_to=due_to,
        search=search,
        rag=rag,
        include_confidential=not no_confidential,
        proposed=True if proposed else None,
        as_of=as_of,
        limit=row_limit(fmt, all_rows, limit),
        with_notes=fmt == "json",
    )
    from clerk_cli.output import paged

    with paged(not no_pager and fmt == "table") as stream:
        render_actions(report, fmt, stream, group=False)
