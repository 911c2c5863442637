"""The ``clerk`` command line: thin Click commands over the services.

Start-up matters (a clerk pressing TAB must never wait), so nothing here imports
SQLAlchemy, SQLModel or Rich at module level: commands import services inside
their functions.  Errors are turned into one line and an exit code in ONE place,
ClerkGroup.invoke.
"""

from __future__ import annotations

import gc
import importlib
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


# The root group's commands: name -> (module in clerk_cli.cli, attribute, the first
# sentence of its help).  A command's module is imported only when that command runs
# (or is completed), and `clerk --help` lists the summaries from here, so neither
# builds the forty-odd commands it does not need.  tests/core/test_help.py checks this
# table against the commands themselves.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "action-log": (
        "actionlog",
        "action_log",
        'The action log ("matters arising") for a committee\'s meeting.',
    ),
    "add-action": ("actions", "add_action", "Record an action from a meeting."),
    "add-resolution": ("meeting", "add_resolution", "Record a resolution as minuted."),
    "calendar": (
        "calendar",
        "calendar",
        "A calendar (.ics) of meetings and the due dates of open actions.",
    ),
    "committee": (
        "committee",
        "committee",
        "Committees, boards and other bodies whose meetings you minute.",
    ),
    "config": (
        "config_cmd",
        "config",
        "Settings for sending digests (SMTP server, From address...), from config.toml and "
        "the environment.",
    ),
    "db": ("db", "db", "The database: where it is, its schema version, upgrades and backups."),
    "delete": (
        "actions",
        "delete",
        "Delete an action entered by mistake (use `clerk drop` for work no longer needed).",
    ),
    "demo": ("demo", "demo", "Fill an empty database with a fictional council to try clerk on."),
    "digest": (
        "digest",
        "digest",
        "Weekly digests: each owner's list of what they owe, and a summary for each "
        "committee clerk.",
    ),
    "done": ("actions", "done", "Mark one or more actions done (ranges too: CSSC-3..6)."),
    "drop": ("actions", "drop", "Mark one or more actions dropped (ranges too: CSSC-3..6)."),
    "edit": ("actions", "edit", "Change an action's text, owner, due date or confidentiality."),
    "export": (
        "export",
        "export",
        "Export actions as JSON (a full, restorable backup), CSV (for Excel) or ICS "
        "(calendar to-dos).",
    ),
    "help": (
        "help_topics",
        "help_",
        "Help on dates, output formats and configuration; or the man page.",
    ),
    "history": ("actions", "history", "Show the audit trail: who changed what, and when."),
    "import-json": (
        "export",
        "import_json",
        "Restore a JSON export into an EMPTY database (ids, references and timestamps kept).",
    ),
    "import-minutes": (
        "importer",
        "import_minutes",
        "Read minutes (.txt, .md, .docx, .html), review what was found, and record it.",
    ),
    "link": (
        "links",
        "link",
        "Close a duplicate or a superseded action, with a link.",
    ),
    "list": ("actions", "list_", "List actions (open ones unless --status or --all-statuses)."),
    "mail": (
        "mail",
        "mail",
        "Owners' replies to their digest: read them and record the updates they give.",
    ),
    "meeting": ("meeting", "meeting", "Meetings of a committee, referred to as CODE/YYYY-MM-DD."),
    "note": ("actions", "note", "Add a progress note to one or more actions."),
    "owner": (
        "owner",
        "owner",
        'Owners are posts ("Director of Children\'s Services"); people hold them in turn.',
    ),
    "publish": (
        "publish",
        "publish",
        "A public register of what was promised: a static website, open data and a feed.",
    ),
    "refer": (
        "links",
        "refer",
        "Refer an action to another committee's action log.",
    ),
    "reopen": ("actions", "reopen", "Mark one or more actions open (ranges too: CSSC-3..6)."),
    "report": (
        "report",
        "report",
        "Report overdue actions, grouped by committee, with owners and latest notes.",
    ),
    "show": (
        "actions",
        "show",
        "Show one action: its details, notes and slips (as it stood on a date with --as-of).",
    ),
    "start": ("actions", "start", "Mark one or more actions in progress (ranges too: CSSC-3..6)."),
    "status": (
        "status",
        "status",
        "Per committee: open, overdue and due-soon actions with bar charts, the oldest "
        "overdue action, and the owners with the most overdue actions.",
    ),
    "unlink": (
        "links",
        "unlink",
        "Take away the link between two actions.",
    ),
    "undo": ("undo", "undo", "Undo your last change to an action (or change NUMBER from --list)."),
}


def _use_timezone() -> None:
    """Show times, and end days, in the configured zone ($CLERK_TIMEZONE or [display]
    timezone), else the system's: the process's TZ is set once, so every local time and
    every "as of a day" agrees."""
    import time

    from clerk_cli.display import display_timezone

    try:
        zone = display_timezone()
    except ClerkError as exc:
        _fail(str(exc), exc.exit_code)
    if zone and os.environ.get("TZ") != zone:
        os.environ["TZ"] = zone
        time.tzset()


def _complete_file(ctx, param, incomplete):
    from clerk_cli.cli.options import complete_file

    return complete_file(ctx, param, incomplete)


def _summary(name: str) -> click.Command:
    """A stand-in command carrying only the summary of the command called name."""
    return click.Command(name, help=COMMANDS[name][2])


class ClerkGroup(click.Group):
    """The root group: commands loaded on demand, and every expected failure as one line."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute, _ = COMMANDS[cmd_name]
            cmd = getattr(importlib.import_module(f"clerk_cli.cli.{module}"), attribute)
            self.add_command(cmd, cmd_name)
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            from clerk_cli.store.lookup import suggest

            hint = suggest(name, self.list_commands(ctx))
            ctx.fail(
                f"No such command '{name}'." + (f" {hint}" if hint else "") + " See: clerk --help"
            )
        resolved = super().resolve_command(ctx, args)
        if not gc.isenabled():
            # Paused by clerk_cli.run for the start-up: what start-up built lives until
            # exit, so it is frozen out of every later collection (and the one at exit).
            gc.freeze()
            gc.enable()
        return resolved

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # As click.Group does, from the summaries above instead of the built commands.
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = [(n, _summary(n).get_short_help_str(limit)) for n in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except click.ClickException as exc:
            exc.message = one_line(exc.message)  # it may quote what the user typed
            if isinstance(exc, click.NoSuchOption) and not exc.option_name.startswith("--"):
                # Most often text that starts with "-" ("-£500 overspend").
                exc.message += ' If that is text starting with "-", put -- before it: clerk note CSSC-1 -- "-£500 ..."'
            raise
        except ClerkError as exc:
            _fail_with(exc)
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


def _fail_with(exc: ClerkError) -> None:
    """A clerk error on one line; several problems at once (errors.Problems) one line
    each, "Error: " before the first and the hint after the last."""
    problems = getattr(exc, "problems", None)
    if not problems:
        _fail(str(exc), exc.exit_code)
    lines = [one_line(p) for p in [*problems, *([exc.hint] if exc.hint else [])]]
    click.echo("Error: " + "\n".join(lines), err=True)
    sys.exit(exc.exit_code)


@click.group(cls=ClerkGroup, context_settings=CONTEXT_SETTINGS)
@click.option(
    "--db",
    "db_option",
    metavar="PATH",
    envvar=None,
    shell_complete=_complete_file,
    help="Database file (or database URL). Default: $CLERK_DB, $CLERK_DATABASE_URL, "
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
    _use_timezone()
    app = App(db_option, debug)
    ctx.obj = app
    ctx.call_on_close(app.close)
