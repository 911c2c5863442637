"""The time zone clerk shows times in and ends days in.

Read on its own at every command's start, cheaply: the environment first, and the
config file only if there is one (its other settings are read where they are used, so
a mistake in, say, the mail settings never stops an everyday command).
"""

from __future__ import annotations

import os

from clerk_cli.errors import ConfigError
from clerk_cli.paths import config_path


def display_timezone(
    path: str | os.PathLike | None = None, env: dict[str, str] | None = None
) -> str | None:
    """$CLERK_TIMEZONE, else [display] timezone in the config file, else None (the
    system's zone).  A zone that does not exist is a ConfigError."""
    env = os.environ if env is None else env
    name = env.get("CLERK_TIMEZONE")
    where = "CLERK_TIMEZONE"
    if not name:
        path = os.fspath(path) if path is not None else config_path()
        if not os.path.isfile(path):
            return None
        import tomllib

        try:
            with open(path, "rb") as fh:
                raw = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError):
            return None  # clerk config show says what is wrong with the file
        name = (raw.get("display") or {}).get("timezone")
        where = f"display.timezone in {path}"
    if not name:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"'{name}' is not a time zone ({where}).",
            hint="Use a name such as Europe/London or America/Toronto.",
        ) from exc
    return str(name)
