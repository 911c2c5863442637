"""Commands for this area are registered here (see clerk_cli.cli._register)."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to the root group."""
