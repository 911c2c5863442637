"""clerk config show|path: the settings clerk uses, and where they came from."""

from __future__ import annotations

import click

from clerk_cli.cli.options import echo_warn, out


@click.group("config")
def config() -> None:
    """Settings for sending digests (SMTP server, From address...), from config.toml and the environment."""


@config.command("show")
def config_show() -> None:
    """Show the effective settings and where each came from (the password is masked).

    \b
    Example:
      clerk config show
    """
    from clerk_cli.config import load_settings

    settings = load_settings()
    for warning in settings.warnings:
        echo_warn(warning)
    stream = out()
    state = "" if settings.file_exists else "  (does not exist: defaults and environment only)"
    stream.write(f"Config file: {settings.path}{state}\n\n")
    rows = settings.rows()
    width = max(len(k) for k, _, _ in rows)
    vwidth = min(50, max(len(v) for _, v, _ in rows))
    for key, value, source in rows:
        stream.write(f"{key.ljust(width)}  {value.ljust(vwidth)}  ({source})\n".replace("  ()", ""))


@config.command("path")
def config_path_cmd() -> None:
    """Print where clerk looks for its config file (CLERK_CONFIG overrides it).

    \b
    Example:
      $EDITOR "$(clerk config path)"
    """
    from clerk_cli.paths import config_path

    click.echo(str(config_path()))
