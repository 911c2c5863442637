"""clerk report: what is overdue, or due soon."""

from __future__ import annotations

import click

from clerk_cli.cli.options import (
    all_rows_option,
    as_of_option,
    committees_option,
    complete_file,
    owners_option,
    rag_option,
    row_limit,
    sheet_format_option,
)
from clerk_cli.cli.paging import no_pager_option


@click.command("report")
@click.option("--overdue", is_flag=True, help="Open actions past their due date (the default).")
@click.option(
    "--due-within",
    type=click.IntRange(min=0),
    metavar="DAYS",
    help="Open actions due within DAYS days (with --overdue: both).",
)
@committees_option
@owners_option
@click.option("--no-confidential", is_flag=True, help="Leave out confidential actions.")
@rag_option
@sheet_format_option
@click.option(
    "--output",
    shell_complete=complete_file,
    metavar="FILE",
    help="Write to FILE (readable by you only); its extension (.xlsx, .csv, .md, .json) "
    "sets the format unless --format is given.",
)
@as_of_option
@all_rows_option
@no_pager_option
@click.pass_obj
def report(
    app,
    overdue,
    due_within,
    committees,
    owners,
    no_confidential,
    rag,
    fmt,
    output,
    as_of,
    all_rows,
    limit,
    no_pager,
):
    """Report overdue actions, grouped by committee, with owners and latest notes.

    Red: overdue.  Amber: due within 7 days.  Totals at the foot.  In a
    terminal the table fits its width (narrow terminals get one action per
    block) and long reports page through $PAGER (less), as git does.

    \b
    Examples:
      clerk report --overdue
      clerk report --overdue --due-within 14 --committee CSSC
      clerk report --overdue --as-of 20/09/2022 --format markdown > pack.md
      clerk report --overdue --due-within 14 --output overdue.xlsx
      clerk report --overdue --rag red
    """
    from clerk_cli.render import choose_format, render_actions
    from clerk_cli.services.reports import overdue_report

    if output and not fmt:
        from clerk_cli.cli.options import SHEET_FORMAT_CHOICES
        from clerk_cli.errors import InvalidInput
        from clerk_cli.render.actionlog import format_for

        fmt = format_for(None, output, terminal=False)
        if fmt not in SHEET_FORMAT_CHOICES:
            raise InvalidInput(
                f"A report is not written as {fmt.upper()}.",
                hint="Give a FILE ending .xlsx, .csv, .md, .json or .txt, or --format.",
            )
    fmt = choose_format(fmt)
    result = overdue_report(
        app.db,
        as_of=as_of,
        due_within=due_within,
        overdue=overdue or due_within is None,
        committees=committees or None,
        owners=owners or None,
        include_confidential=not no_confidential,
        limit=row_limit(fmt, all_rows, limit),
        rag=rag,
    )
    from clerk_cli.output import deliver, paged

    if output:
        import io

        if fmt == "xlsx":
            from clerk_cli.render.export_formats import actions_xlsx

            deliver(actions_xlsx(result.rows, title=result.title), output, fmt)
            return
        buf = io.StringIO()
        render_actions(result, "plain" if fmt == "table" else fmt, buf)
        deliver(buf.getvalue(), output, fmt)
        return
    with paged(not no_pager and fmt == "table") as stream:
        render_actions(result, fmt, stream)
