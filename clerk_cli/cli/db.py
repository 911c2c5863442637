"""clerk db current|upgrade|backup|path: the database itself."""

from __future__ import annotations

import click

from clerk_cli.cli.options import echo_ok


@click.group("db")
def db() -> None:
    """The database: where it is, its schema version, upgrades and backups."""


@db.command("path")
@click.pass_obj
def db_path(app):
    """Print which database clerk is using (passwords masked).

    \b
    Example:
      clerk db path
    """
    from clerk_cli.paths import database_url, redact_url

    url, path = database_url(app.db_option)
    echo_ok(str(path) if path else redact_url(url))


@db.command("current")
@click.pass_obj
def db_current(app):
    """Show the database's schema revision and whether it is up to date.

    \b
    Example:
      clerk db current
    """
    from clerk_cli.db import HEAD_REVISION, KNOWN_REVISIONS

    database = app.open_unmigrated()
    rev = database.current_revision()
    if rev is None:
        state = "empty (it will be set up on first use)"
    elif rev == HEAD_REVISION:
        state = "up to date"
    elif rev in KNOWN_REVISIONS:
        state = f"older than this clerk ({HEAD_REVISION}): run clerk db upgrade"
    else:
        state = "newer than this clerk: upgrade clerk"
    echo_ok(f"{database.where}: schema {rev or '-'}, {state}")


@db.command("upgrade")
@click.option("--no-backup", is_flag=True, help="Do not write a backup copy first (SQLite).")
@click.pass_obj
def db_upgrade(app, no_backup):
    """Upgrade the database schema to this clerk's version (a backup is written first).

    \b
    Example:
      clerk db upgrade
    """
    from clerk_cli.db import HEAD_REVISION, KNOWN_REVISIONS
    from clerk_cli.errors import DatabaseError

    database = app.open_unmigrated()
    rev = database.current_revision()
    if rev == HEAD_REVISION:
        echo_ok(f"{database.where} is already at schema {rev}.")
        return
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise DatabaseError(
            f"{database.where} was written by a newer clerk (schema {rev}).",
            hint="Upgrade clerk; it never downgrades a database.",
        )
    backup = None
    if rev is not None and not no_backup and database.is_sqlite:
        backup = database.backup_before_upgrade()
    database.upgrade()
    echo_ok(
        f"Upgraded {database.where} from {rev or 'empty'} to {HEAD_REVISION}."
        + (f" Backup: {backup}" if backup else "")
    )


@db.command("backup")
@click.argument("target", type=click.Path(dir_okay=True, writable=True))
@click.pass_obj
def db_backup(app, target):
    """Write a consistent copy of the database (readable by you only).

    \b
    Example:
      clerk db backup ~/backups/clerk-2026-11-23.db
    """
    from pathlib import Path

    path = app.db.backup(Path(target))
    echo_ok(f"Backed up to {path}")
