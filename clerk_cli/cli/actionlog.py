"""clerk action-log: the committee's outstanding actions, as a paper for its next meeting."""

from __future__ import annotations

import click

from clerk_cli.cli.options import DATE, as_of_option, complete_committee, complete_file
from clerk_cli.cli.paging import no_pager_option

# cli/export.py still imports deliver from here; it lives in clerk_cli.output now.
from clerk_cli.output import deliver

LOG_FORMATS = ("table", "plain", "markdown", "html", "docx", "pdf", "csv", "json", "xlsx")


@click.command("action-log")
@click.argument("committee", metavar="COMMITTEE", shell_complete=complete_committee)
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
    shell_complete=complete_file,
    metavar="FILE",
    help="Write to FILE (readable by you only) instead of the screen.",
)
@click.option(
    "--include-confidential",
    is_flag=True,
    help="Produce the restricted version, with confidential actions, marked RESTRICTED on every page.",
)
@as_of_option
@no_pager_option
@click.pass_obj
def action_log(app, committee, for_meeting, fmt, output, include_confidential, as_of, no_pager):
    """The action log ("matters arising") for a committee's meeting.

    Lists every action still open from the committee's earlier meetings, grouped
    by meeting, then the actions completed since the last meeting for the
    committee to agree to remove, with counts.  Confidential actions are left
    out (the paper says how many) unless --include-confidential, and so are the
    notes an action had written while it was confidential.

    \b
    Examples:
      clerk action-log CSSC
      clerk action-log CSSC --for-meeting 20/09/2022 -o cssc-action-log.docx
      clerk action-log CSSC --format html -o action-log.html
      clerk action-log CSSC -o action-log.xlsx
      clerk action-log CSSC -o action-log.pdf        # needs: pip install 'clerk-cli[pdf]'
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
        from clerk_cli.output import paged

        with paged(not no_pager) as stream:
            print_action_log_table(log, stream)
        return
    settings = None
    if fmt in ("html", "docx"):
        from clerk_cli.config import load_settings

        settings = load_settings().action_log
    deliver(render_action_log(log, "plain" if fmt == "table" else fmt, settings), output, fmt)
