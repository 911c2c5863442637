"""Where clerk keeps its files.  Pure and cheap: no database imports here.

Order for the database:  --db PATH, else CLERK_DB, else CLERK_DATABASE_URL (any
SQLAlchemy URL), else ``clerk.db`` in the user data directory.
CLERK_HOME, when set, replaces both the data and the config directory (tests use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DB_FILENAME = "clerk.db"
CONFIG_FILENAME = "config.toml"


def data_dir() -> Path:
    """The user data directory (XDG_DATA_HOME on Linux)."""
    home = os.environ.get("CLERK_HOME")
    if home:
        return Path(home)
    if sys.platform.startswith("win") or sys.platform == "darwin":
        import click

        return Path(click.get_app_dir("clerk"))
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share"
    )
    return Path(base) / "clerk"


def config_dir() -> Path:
    """The user configuration directory (XDG_CONFIG_HOME on Linux)."""
    home = os.environ.get("CLERK_HOME")
    if home:
        return Path(home)
    import click

    return Path(click.get_app_dir("clerk"))


def expand(path: str | os.PathLike) -> Path:
    """A user's path with ~ expanded; "~nosuchuser/x" stays as written (Path.expanduser raises)."""
    return Path(os.path.expanduser(os.fspath(path)))


def config_path() -> Path:
    """The configuration file: CLERK_CONFIG, else config.toml in the config directory."""
    env = os.environ.get("CLERK_CONFIG")
    if env:
        return expand(env)
    return config_dir() / CONFIG_FILENAME


def database_url(db_option: str | None = None) -> tuple[str, Path | None]:
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
    path = data_dir() / DB_FILENAME
    return sqlite_url(path), path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _from_path_or_url(value: str) -> tuple[str, Path | None]:
    if "://" in value:
        if value.startswith("sqlite:///"):
            raw = value[len("sqlite:///") :].split("?", 1)[0]
            return value, (Path(raw) if raw and raw != ":memory:" else None)
        return value, None
    path = expand(value)
    return sqlite_url(path.absolute()), path.absolute()


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

    where = data_dir() / "cache" / "templates"
    try:
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(where))
