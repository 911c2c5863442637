"""clerk import-minutes: read minutes, review what was found, record it."""

from __future__ import annotations

import os
import sys

import click

from clerk_cli.cli.options import DATE, by_option, complete_file, echo_ok, out


def _stdin_is_tty() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _database_if_any(app, dry_run: bool):
    """The database; for a dry run, only one that already exists (a look creates no file)."""
    if dry_run:
        from clerk_cli.paths import database_url

        _, path = database_url(app.db_option)
        if path is not None and not os.path.exists(path):
            return None
    return app.db


def _ask_close_matches(plan) -> set[tuple[str, str]]:
    """Ask about each close match; the declined ones become new records."""
    rejected = set()
    for kind, match in plan.questions:
        if not click.confirm(f"{match.question}", default=True):
            rejected.add((kind, match.found))
            if match.as_written:
                echo_ok(f"'{match.found}' will be recorded as a new {kind}.")
            else:
                echo_ok(
                    "Recorded with no owner instead (assign one later with: clerk edit REF --owner ...)."
                )
    return rejected


@click.command("import-minutes")
@click.argument("files", nargs=-1, required=True, metavar="FILE...", shell_complete=complete_file)
@click.option(
    "--committee",
    "-c",
    metavar="CODE",
    help="The committee (code or name), instead of the one named in the minutes.",
)
@click.option(
    "--date",
    "when",
    type=DATE,
    help="The meeting date, when the minutes give none (or give it wrongly).",
)
@click.option("--dry-run", is_flag=True, help="Show what would be recorded, and record nothing.")
@click.option(
    "--yes",
    "-y",
    is_flag=True,
    help="Record without asking (for scripts); the review is still shown.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Import minutes in place of their earlier import (the same minutes, or a "
    "corrected version); actions changed since are kept as they are.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "plain", "json"]),
    default=None,
    help="Review as a table (terminal default), plain text, or JSON (with --dry-run or --yes).",
)
@click.option(
    "--review",
    "review_file",
    type=click.Path(dir_okay=False),
    metavar="REVIEW.CSV",
    help="Write the proposals to a CSV to edit (decision, text, owner, due, minute), "
    "and record nothing.",
)
@click.option(
    "--apply",
    "apply_file",
    type=click.Path(dir_okay=False),
    metavar="REVIEW.CSV",
    help="Record exactly what an edited review file says (every row checked first).",
)
@by_option
@click.pass_obj
def import_minutes(
    app, files, committee, when, dry_run, yes, replace, fmt, review_file, apply_file, by
):
    """Read minutes (.txt, .md, .docx, .html), review what was found, and record it.

    Finds the meeting, its resolutions and its actions (owners, due dates), shows
    each with the line it came from, and asks before recording.  Each file is
    recorded whole or not at all; the same meeting's minutes are never imported
    twice (--replace imports a corrected version in place of the earlier one).

    \b
    Examples:
      clerk import-minutes minutes/2023-03-14-highways.docx
      clerk import-minutes minutes.txt --dry-run --format json
      clerk import-minutes minutes/*.txt --committee HTC --yes
      clerk import-minutes minutes.txt --review review.csv   # edit it, then:
      clerk import-minutes minutes.txt --apply review.csv
    """
    from clerk_cli.errors import InvalidInput
    from clerk_cli.render import choose_format
    from clerk_cli.render import importer as view
    from clerk_cli.services import importer as svc

    if fmt == "json" and not (dry_run or yes):
        raise click.UsageError(
            "--format json needs --dry-run or --yes: there is nobody to answer the review."
        )
    if (review_file or apply_file) and (len(files) > 1 or (review_file and apply_file)):
        raise click.UsageError(
            "--review and --apply take one minutes file, and one of them at a time."
        )
    texts = [svc.read_text(f) for f in files]  # every file readable before any database work
    if review_file or apply_file:
        _review_file(app, texts[0], review_file, apply_file, committee, when, replace, by)
        return
    if not (dry_run or yes) and not _stdin_is_tty():
        raise InvalidInput(
            "import-minutes asks before recording, but its input is not a terminal.",
            hint="Use --yes to record without asking, or --dry-run to only look.",
        )
    if dry_run and fmt == "json":
        found = [svc.read_minutes(p, text=t, when=when).extraction for p, t in texts]
        view.render_extractions_json(found, out(), as_list=len(found) > 1)
        return
    db = _database_if_any(app, dry_run)
    known = svc.owner_names(db) if db is not None else []
    minutes = [svc.read_minutes(p, text=t, known_owners=known, when=when) for p, t in texts]
    svc.check_all_minutes(minutes, committee=committee, when=when)
    fmt = choose_format(fmt)
    kw = {"committee": committee, "when": when, "replace": replace}
    results = []
    show_bar = len(minutes) > 1 and (yes or dry_run) and _stderr_is_tty()
    with view.progress(len(minutes), enabled=show_bar) as advance:
        for mf in minutes:
            if fmt == "json":  # --yes: no review to print; the plan is made inside the write
                results.append(svc.import_minutes(db, mf, by=by, **kw))
            else:
                _review_and_record(db, mf, fmt=fmt, dry_run=dry_run, yes=yes, by=by, **kw)
            advance(mf.name)
    if fmt == "json":
        view.render_results_json(results, out())


def _review_and_record(db, mf, *, fmt: str, dry_run: bool, yes: bool, by: str | None, **kw) -> None:
    """Show one file's review, ask (unless --yes or --dry-run), and record it."""
    from clerk_cli.errors import InvalidInput
    from clerk_cli.render import importer as view
    from clerk_cli.services import importer as svc

    if yes and not dry_run:
        # Nobody answers the review: plan once, inside the write, and show what was recorded.
        result = svc.import_minutes(db, mf, by=by, **kw)
        if result.status == "already imported":
            echo_ok(view.already_imported_line(result.plan))
            return
        view.render_review(result.plan, fmt, out())
        _report(result)
        return
    plan = svc.review_import(db, mf, **kw)
    if plan.already_imported:
        echo_ok(view.already_imported_line(plan))
        return
    view.render_review(plan, fmt, out())
    if dry_run:
        echo_ok(f"Dry run: nothing recorded from {mf.name}.")
        return
    rejected = _ask_close_matches(plan)
    if rejected:  # a declined close match changes the proposals: review them as they are now
        plan = svc.review_import(db, mf, rejected=rejected, **kw)
    decisions = svc.proposed(plan)
    if plan.actions:
        from clerk_cli.cli.import_review import KEYS, review_items

        echo_ok(f"\nReview each action (Ctrl-C: stop, nothing recorded). Keys: {KEYS}")
        owners = svc.owner_names(db) if db is not None else []
        review_items(
            plan,
            decisions,
            owners=owners,
            meeting_date=plan.meeting_date,
            show_item=view.item_lines,
        )
    while True:
        try:  # every decision checked before the clerk is asked to confirm
            svc.check_decisions(db, mf, decisions, rejected=rejected, **kw)
            break
        except InvalidInput as exc:
            echo_ok(exc.message)
            if not click.confirm("Go through the items again?", default=True):
                echo_ok(f"Skipped {mf.name}: nothing recorded.")
                return
            from clerk_cli.cli.import_review import review_items

            review_items(
                plan,
                decisions,
                owners=svc.owner_names(db) if db is not None else [],
                meeting_date=plan.meeting_date,
                show_item=view.item_lines,
            )
    echo_ok(f"{mf.name}: {view.decisions_summary(decisions)}")
    if not click.confirm(f"Record this from {mf.name}?", default=False):
        echo_ok(f"Skipped {mf.name}: nothing recorded.")
        return
    result = svc.import_minutes(db, mf, rejected=rejected, by=by, decisions=decisions, **kw)
    _report(result)


def _report(result) -> None:
    """What was recorded, the warnings for what still needs an owner or a date, and the
    links clerk proposes for actions that repeat open ones (services.links)."""
    from clerk_cli.cli.options import echo_warn
    from clerk_cli.render import importer as view

    echo_ok(view.result_line(result))
    for line in view.gaps_lines(result):
        echo_warn(line)
    for like in result.links:
        echo_ok(like.proposal)


def _review_file(app, text, review_file, apply_file, committee, when, replace, by) -> None:
    """--review writes the proposals to a CSV; --apply records what an edited one says."""
    from clerk_cli.services import importer as svc
    from clerk_cli.services.importer import review_file as csvfile

    path, body = text
    db = _database_if_any(app, dry_run=bool(review_file))
    known = svc.owner_names(db) if db is not None else []
    mf = svc.read_minutes(path, text=body, known_owners=known, when=when)
    svc.check_all_minutes([mf], committee=committee, when=when)
    kw = {"committee": committee, "when": when, "replace": replace}
    if review_file:
        plan = svc.review_import(db, mf, **kw)
        if plan.already_imported:
            from clerk_cli.render import importer as view

            echo_ok(view.already_imported_line(plan))
            return
        csvfile.write_review(plan, review_file)
        decisions = svc.proposed(plan)
        from clerk_cli.render import importer as view

        echo_ok(
            f"Wrote the review of {mf.name} to {review_file}: {len(decisions)} item(s) "
            f"({view.decisions_summary(decisions)}). Nothing recorded. Edit the decision, "
            f"text, owner, due and minute columns, then: "
            f"clerk import-minutes {path} --apply {review_file}"
        )
        return
    decisions = csvfile.read_review(apply_file)
    _report(svc.import_minutes(db, mf, by=by, decisions=decisions, **kw))
