"""The floor of `clerk report --overdue` for a click application (issue 18).

    python benchmarks/floor_click.py DB [--format plain|json]

floor_bare.py behind a click command: it imports click and sqlite3, parses its
arguments with click, runs the same query as ``clerk report --overdue`` and prints
the same rows (plain text or ``--format json``, byte for byte).  clerk's report is
held to at most 1.5 x this, run by run.
"""

from __future__ import annotations

import click
from floor_bare import report


@click.command()
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["plain", "json"]), default="plain")
def main(db: str, fmt: str) -> None:
    """Print the overdue report of DB as clerk does."""
    report(db, fmt)


if __name__ == "__main__":
    main()
