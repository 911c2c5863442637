"""clerk export (JSON, CSV, ICS) and clerk import-json."""

from __future__ import annotations

import click

from clerk_cli.cli.options import action_filter_options, as_of_option, complete_file, out
from clerk_cli.output import deliver
from clerk_cli.rules.status import ACTION_STATUSES


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "xlsx", "ics"]),
    default="json",
    show_default=True,
    help="json: everything, restorable with import-json; csv or xlsx: actions for a "
    "spreadsheet; ics: open actions as calendar to-dos.",
)
@click.option(
    "-o",
    "--output",
    shell_complete=complete_file,
    metavar="FILE",
    help="Write to FILE (readable by you only) instead of the screen; - is the screen.",
)
@click.option(
    "--status",
    "-s",
    "statuses",
    multiple=True,
    type=click.Choice(ACTION_STATUSES),
    help="Only actions with these statuses (repeatable; default: every status, open ones for ics).",
)
@click.option(
    "--all-statuses", "-A", is_flag=True, help="Every status (the default for json and csv)."
)
@action_filter_options(owner_short=False)  # -o is the output file here
@click.option(
    "--include-confidential",
    is_flag=True,
    help="Include confidential actions (left out by default; a full backup needs this).",
)
@as_of_option
@click.pass_obj
def export(
    app,
    fmt,
    output,
    statuses,
    all_statuses,
    committees,
    owners,
    meeting,
    due_from,
    due_to,
    search,
    include_confidential,
    as_of,
):
    """Export actions as JSON (a full, restorable backup), CSV (for Excel) or ICS (calendar to-dos).

    Takes the same filters as `clerk list`.  Confidential actions, and the notes
    and changes an action had while it was confidential, are left out unless
    --include-confidential.  JSON also holds committees, meetings,
    owners and their holders, resolutions, notes and the audit trail.

    \b
    Examples:
      clerk export --include-confidential -o clerk-backup.json
      clerk export --format csv --committee CSSC -o cssc-actions.csv
      clerk export --format ics --owner "Director of Children's Services" -o dcs-actions.ics
    """
    from clerk_cli.services.exports import files, json_out, listing, selection

    if output == "-":  # as Unix tools read it: standard output, not a file named "-"
        output = None
    flt = selection.ExportFilter(
        statuses=None if all_statuses else (tuple(statuses) or None),
        committees=committees or None,
        owners=owners or None,
        meeting=meeting,
        due_from=due_from,
        due_to=due_to,
        search=search,
        include_confidential=include_confidential,
    )
    if fmt == "json":
        if as_of is not None:  # refused before any file is opened
            from clerk_cli.errors import InvalidInput

            raise InvalidInput(
                "A JSON export is a full backup of today's data; it takes no --as-of.",
                hint=f"Use clerk list --all-statuses --as-of {as_of.isoformat()} --format json "
                "for the day's view.",
            )
        # Streamed: written as it is read, never held whole.
        if output:
            with files.open_private_file(output) as (path, fh):
                json_out.write_export_json(app.db, fh, flt)
            click.echo(f"Wrote {path}", err=True)
        else:
            stream = out()
            json_out.write_export_json(app.db, stream, flt)
            stream.flush()
        return
    from clerk_cli.render import export_formats

    if fmt in ("csv", "xlsx"):
        rows = listing.export_actions(app.db, flt, as_of=as_of)
        if fmt == "csv":
            document = export_formats.actions_csv(rows)
        else:
            document = export_formats.actions_xlsx(rows, title="Actions")
    else:
        rows = listing.export_actions(app.db, flt, as_of=as_of, open_only=True, with_due_date=True)
        label = ", ".join([*(committees or ()), *(owners or ())]) or "all committees"
        from clerk_cli.services.calendar import calendar_id

        document = export_formats.actions_ics(
            rows, name=f"clerk actions: {label}", calendar_id=calendar_id(app.db)
        )
    deliver(document, output, fmt)


@click.command("import-json")
@click.argument("file", metavar="FILE", shell_complete=complete_file)
@click.pass_obj
def import_json(app, file):
    """Restore a JSON export into an EMPTY database (ids, references and timestamps kept).

    All or nothing, in one transaction.  The file is checked as typed data is
    (names, email addresses, committee codes, statuses, dates, references); each
    problem is one line, and nothing is written.  A committee's next action number
    that is not above its actions' numbers is repaired, and said so.

    \b
    Example:
      clerk --db new.db import-json clerk-backup.json
    """
    from clerk_cli.services.exports.json_in import import_json_file
    from clerk_cli.services.exports.restore_rows import RestoreRefused

    try:
        result = import_json_file(app.db, file)
    except RestoreRefused as exc:
        # One line per problem (the root group would join them into one).
        from clerk_cli.cli import one_line

        for line in exc.problems:
            click.echo(f"Error: {one_line(line)}", err=True)
        click.get_current_context().exit(1)
    c = result.counts
    click.echo(
        f"Imported {c['committee']} committees, {c['meeting']} meetings, {c['owner']} owners, "
        f"{c['action']} actions, {c['note']} notes and {c['audit']} audit records."
    )
    for line in result.repaired:
        click.echo(f"Repaired: {line}")
