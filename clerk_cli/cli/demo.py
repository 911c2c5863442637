"""clerk demo: build a demonstration database from examples/."""

from __future__ import annotations

import click

from clerk_cli.cli.options import DATE, echo_ok


@click.command("demo")
@click.argument(
    "source", type=click.Path(dir_okay=False, path_type=str), default="examples/demo-council.toml"
)
@click.option(
    "--today", type=DATE, default=None, help="Shift the demo's dates as if today were this date."
)
@click.pass_obj
def demo(app, source, today):
    """Fill an empty database with a fictional council to try clerk on.

    \b
    Example:
      clerk --db demo.db demo examples/demo-council.toml
      clerk --db demo.db report --overdue
    """
    from pathlib import Path

    from clerk_cli.services.demo import load_demo

    s = load_demo(app.db, Path(source), today=today)
    echo_ok(
        f"Demo loaded: {s.committees} committees, {s.meetings} meetings, {s.owners} owners, "
        f"{s.resolutions} resolutions, {s.actions} actions (dates shifted by {s.shift_days} days)."
    )
