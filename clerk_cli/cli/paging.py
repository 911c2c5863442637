"""--no-pager: long terminal output goes through $PAGER (less) unless this is given."""

from __future__ import annotations

import click


def no_pager_option(f):
    return click.option(
        "--no-pager",
        is_flag=True,
        help="In a terminal, print everything at once instead of through $PAGER (less).",
    )(f)
