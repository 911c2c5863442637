"""clerk demo: build a demonstration database from examples/."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    pass
