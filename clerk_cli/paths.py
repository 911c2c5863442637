"""Where clerk keeps its files.  Pure and cheap: no database imports here.

Order for the database:  --db PATH, else CLERK_DB, else CLERK_DATABASE_URL (any
SQLAlchemy URL), else ``clerk.db`` in the user data directory.
CLERK_HOME, when set, replaces both the data and the config directory (tests use it).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

DB_FILENAME = "clerk.db"
CONFIG_FILENAME = "config.toml"


# The directories and the database and config files are plain strings (os.path), so that
# the everyday commands never import pathlib (3 ms of a 40 ms `clerk done`).  expand()
# is for the less frequent paths (mail, exports, config values) and returns a Path.


def data_dir() -> str:
    """The user data directory (XDG_DATA_HOME on Linux)."""
    home = os.environ.get("CLERK_HOME")
    if home:
        return home
    if sys.platform.startswith("win") or sys.platform == "darwin":
        import click

        return click.get_app_dir("clerk")
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share"
    )
    return os.path.join(base, "clerk")


def config_dir() -> str:
    """The user configuration directory (XDG_CONFIG_HOME on Linux)."""
    home = os.environ.get("CLERK_HOME")
    if home:
        return home
    import click

    return click.get_app_dir("clerk")


def expand_str(path: str | os.PathLike) -> str:
    """A user's path with ~ expanded; "~nosuchuser/x" stays as written."""
    return os.path.expanduser(os.fspath(path))


def expand(path: str | os.PathLike) -> Path:
    """expand_str as a Path."""
    from pathlib import Path

    return Path(expand_str(path))


def config_path() -> str:
    """The configuration file: CLERK_CONFIG, else config.toml in the config directory."""
    env = os.environ.get("CLERK_CONFIG")
    if env:
        return expand_str(env)
    return os.path.join(config_dir(), CONFIG_FILENAME)


def database_url(db_option: str | None = None) -> tuple[str, str | None]:
    """Return (database URL, SQLite file path or None) for this invocation."""
    if db_option is not None:
        if not db_option.strip():
            from clerk_cli.errors import InvalidInput

            raise InvalidInput(
                "--db is empty.", hint="Give a database file, e.g. --db ~/clerk/clerk.db."
            )
        return _from_path_or_url(db_option)
    env_db = os.environ.get("CLERK_DB")
    if env_db:
        return _from_path_or_url(env_db)
    env_url = os.environ.get("CLERK_DATABASE_URL")
    if env_url:
        return _from_path_or_url(env_url)
    path = os.path.join(data_dir(), DB_FILENAME)
    return sqlite_url(path), path


def sqlite_url(path: str | os.PathLike) -> str:
    return f"sqlite:///{os.fspath(path)}"


def _absolute(path: str) -> str:
    """The path made absolute, with "." and empty parts dropped as pathlib does; ".." is
    kept (resolving it would change the path's meaning past a symbolic link)."""
    parts = os.path.join(os.getcwd(), path).split(os.sep)
    return os.sep.join(p for i, p in enumerate(parts) if i == 0 or p not in ("", "."))


def _from_path_or_url(value: str) -> tuple[str, str | None]:
    if "://" in value:
        if value.startswith("sqlite:///"):
            raw = value[len("sqlite:///") :].split("?", 1)[0]
            return value, (raw if raw and raw != ":memory:" else None)
        return value, None
    path = _absolute(expand_str(value))
    return sqlite_url(path), path


def redact_url(url: str) -> str:
    """A database URL safe to print: the password (in the user part or the query) replaced by ***."""
    import re

    url = re.sub(r"([?&]password=)[^&]*", r"\1***", url, flags=re.IGNORECASE)
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    if ":" in creds:
        user = creds.split(":", 1)[0]
        creds = f"{user}:***"
    return f"{scheme}://{creds}@{host}"


def template_cache():
    """A Jinja2 bytecode cache in clerk's data directory (templates compile once, not on
    every digest or action log), or None when that directory cannot be made.  It holds
    compiled templates only, never personal data."""
    import jinja2

    where = os.path.join(data_dir(), "cache", "templates")
    try:
        os.makedirs(where, mode=0o700, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(where)
