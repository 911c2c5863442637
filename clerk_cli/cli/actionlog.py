"""clerk action-log: the committee's outstanding actions, as a paper for its next meeting."""

from __future__ import annotations

import click

from clerk_cli.cli.options import DATE, as_of_option, out

LOG_FORMATS = ("table", "plain", "markdown", "html", "docx", "csv", "json")


def deliver(document: str | bytes, output: str | None, fmt: str) -> None:
    """Write a document to -o FILE (atomically, mode 0600) or to standard output."""
    import sys

    from clerk_cli.services.exports import write_private_file

    if output:
        path = write_private_file(output, document)
        click.echo(f"Wrote {path}", err=True)
        return
    if isinstance(document, bytes):
        if sys.stdout.isatty():
            from clerk_cli.errors import InvalidInput

            raise InvalidInput(
                f"A {fmt.upper()} file cannot be shown in a terminal.", hint="Give -o FILE."
            )
        stream = click.get_binary_stream("stdout")
        stream.write(document)
        stream.flush()
        return
    out().write(document)


@click.command("action-log")
@click.argument("committee", metavar="COMMITTEE")
@click.option(
    "--for-meeting",
    type=DATE,
    metavar="DATE",
    help="The meeting the paper is for (default: the committee's next meeting).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(LOG_FORMATS),
    default=None,
    help="Output format (default: from the -o file's extension, else a table in a terminal, "
    "plain text otherwise).",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write to FILE (readable by you only) instead of the screen.",
)
@click.option(
    "--include-confidential",
    is_flag=True,
    help="Produce the restricted version, with confidential actions, marked RESTRICTED on every page.",
)
@as_of_option
@click.pass_obj
def action_log(app, committee, for_meeting, fmt, output, include_confidential, as_of):
    """The action log ("matters arising") for a committee's meeting.

    Lists every action still open from the committee's earlier meetings, grouped
    by meeting, then the actions completed since the last meeting for the
    committee to agree to remove, with counts.  Confidential actions are left
    out (the paper says how many) unless --include-confidential.

    \b
    Examples:
      clerk action-log CSSC
      clerk action-log CSSC --for-meeting 20/09/2022 -o cssc-action-log.docx
      clerk action-log CSSC --format html -o action-log.html
      clerk action-log CSSC --include-confidential --format markdown
    """
    import sys

    from clerk_cli.render.actionlog import format_for, print_action_log_table, render_action_log
    from clerk_cli.services.actionlog import build_action_log

    terminal = not output and sys.stdout.isatty()
    fmt = format_for(fmt, output, terminal=terminal)
    log = build_action_log(
        app.db,
        committee,
        for_meeting=for_meeting,
        as_of=as_of,
        include_confidential=include_confidential,
    )
    if fmt == "table" and not output:
        print_action_log_table(log, out())
        return
    deliver(render_action_log(log, "plain" if fmt == "table" else fmt), output, fmt)
