"""clerk config show|path|set|unset: the settings clerk uses, where they came from, and
changing one."""

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


@config.command("set")
@click.argument("key", metavar="KEY")
@click.argument("value", metavar="VALUE")
def config_set(key: str, value: str) -> None:
    """Change one setting in config.toml (checked as clerk reads it; comments are kept).

    KEY is section.name, as `clerk config show` lists them.  A value clerk would not
    accept is refused and the file left as it was.  The SMTP password is never set
    here: use smtp.password_file or CLERK_SMTP_PASSWORD.

    \b
    Examples:
      clerk config set smtp.host smtp.example.gov.uk
      clerk config set smtp.port 587
      clerk config set digest.from "Democratic Services <ds@example.gov.uk>"
    """
    from clerk_cli.config_edit import change_setting
    from clerk_cli.paths import config_path

    path = config_path()
    for warning in change_setting(path, key, value):
        echo_warn(warning)
    click.echo(f"Set {key} in {path}")


@config.command("unset")
@click.argument("key", metavar="KEY")
def config_unset(key: str) -> None:
    """Remove one setting from config.toml, so its default (or the environment) applies.

    \b
    Example:
      clerk config unset smtp.user
    """
    from clerk_cli.config_edit import change_setting
    from clerk_cli.paths import config_path

    path = config_path()
    for warning in change_setting(path, key, None):
        echo_warn(warning)
    click.echo(f"Removed {key} from {path}")
