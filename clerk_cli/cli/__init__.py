"""The ``clerk`` command line: thin Click commands over the services.

Start-up matters (a clerk pressing TAB must never wait), so nothing here imports
SQLAlchemy, SQLModel or Rich at module level: commands import services inside
their functions.  Errors are turned into one line and an exit code in ONE place,
ClerkGroup.invoke.
"""

from __future__ import annotations

import os
import sys

import click

from clerk_cli import __version__
from clerk_cli.errors import EXIT_INTERNAL, EXIT_USER, ClerkError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class App:
    """What every command needs: where the database is, opened on first use."""

    def __init__(self, db_option: str | None, debug: bool):
        self.db_option = db_option
        self.debug = debug
        self._db = None

    @property
    def db(self):
        if self._db is None:
            from clerk_cli.db import open_database
            from clerk_cli.paths import database_url

            url, path = database_url(self.db_option)
            self._db = open_database(url, path)
        return self._db

    def open_unmigrated(self):
        """The database without the automatic upgrade (for clerk db current/upgrade)."""
        from clerk_cli.db import open_database
        from clerk_cli.paths import database_url

        url, path = database_url(self.db_option)
        return open_database(url, path, migrate=False)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


class ClerkGroup(click.Group):
    """Click group that turns every expected failure into one line on stderr."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except click.ClickException as exc:
            exc.message = one_line(exc.message)  # it may quote what the user typed
            raise
        except ClerkError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing was half-written.", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
        except OSError as exc:
            # A file the user named cannot be read or written: theirs to fix, not a bug.
            _fail(_os_error_message(exc), EXIT_USER)
        except Exception as exc:
            if _debug(ctx):
                raise
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            _fail(
                f"Unexpected error: {type(exc).__name__}{': ' + first if first else ''}. "
                "Nothing was changed. Rerun with --debug for details and report it.",
                EXIT_INTERNAL,
            )


def _os_error_message(exc: OSError) -> str:
    what = exc.strerror or type(exc).__name__
    name = str(exc.filename) if exc.filename is not None else ""
    if len(name) > 80:
        name = name[:60] + "..." + name[-17:]
    return f"{what}: {name}." if name else f"{what}."


def _debug(ctx: click.Context) -> bool:
    root = ctx.find_root()
    app = root.obj if isinstance(root.obj, App) else None
    return bool(app and app.debug) or bool(os.environ.get("CLERK_DEBUG"))


def one_line(message: str) -> str:
    """message with newlines and other control characters shown as escapes.

    Errors quote what the user typed (or what a file held): a newline must not
    break the one-line error, and an escape sequence must not reach the terminal.
    """
    if message.isprintable():
        return message
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message
    )


def _fail(message: str, code: int) -> None:
    click.echo(f"Error: {one_line(message)}", err=True)
    sys.exit(code)


@click.group(cls=ClerkGroup, context_settings=CONTEXT_SETTINGS)
@click.option(
    "--db",
    "db_option",
    metavar="PATH",
    envvar=None,
    help="Database file (or SQLAlchemy URL). Default: $CLERK_DB, $CLERK_DATABASE_URL, "
    "or clerk.db in your data directory.",
)
@click.option("--debug", is_flag=True, help="Show the full traceback of unexpected errors.")
@click.version_option(__version__, prog_name="clerk")
@click.pass_context
def main(ctx: click.Context, db_option: str | None, debug: bool) -> None:
    """clerk: track what committees resolved and who promised to do what.

    \b
    Start with:
      clerk committee add "Children's Services Scrutiny Committee" --code CSSC
      clerk meeting add CSSC 14/06/2022
      clerk owner add "Director of Children's Services" --holder "Lucy Butler <lucy@example.gov.uk>"
      clerk add-action "Share the report" --owner "Director of Children's Services" \\
            --due "next meeting" --meeting CSSC/2022-06-14
      clerk report --overdue

    Exit codes: 0 success, 1 a problem you can fix (the message says how),
    2 a usage error, 3 an unexpected error (rerun with --debug).
    """
    app = App(db_option, debug)
    ctx.obj = app
    ctx.call_on_close(app.close)


def _register() -> None:
    from clerk_cli.cli import (
        actionlog,
        actions,
        committee,
        config_cmd,
        db,
        demo,
        digest,
        export,
        importer,
        meeting,
        owner,
        report,
        status,
    )

    modules = (
        actions,
        report,
        committee,
        meeting,
        owner,
        importer,
        actionlog,
        export,
        status,
        digest,
        config_cmd,
        db,
        demo,
    )
    for module in modules:
        module.register(main)


_register()
