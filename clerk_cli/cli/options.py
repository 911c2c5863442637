"""Options and parameter types shared by commands.  Cheap to import."""

from __future__ import annotations

import os
import re
import sys
from datetime import date

import click

FORMAT_CHOICES = ("table", "plain", "csv", "json", "markdown")
SHEET_FORMAT_CHOICES = (*FORMAT_CHOICES, "xlsx")  # lists of actions: a spreadsheet too
PAGE_ROWS = 50  # rows of a terminal table before "... and N more"


class DateParam(click.ParamType):
    """A calendar date: 2023-03-31, 31/03/2023 (day-first), 31 March 2023, today, ..."""

    name = "DATE"

    def __init__(self, *, past: bool = False):
        # past: a moment that has passed (--as-of, --on): words without a year look back
        # ("friday" is the last one), where a due date's look ahead (dates.parse_past_date).
        self.past = past

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        from clerk_cli.dates import parse_date, parse_past_date
        from clerk_cli.errors import InvalidInput

        try:
            return parse_past_date(value) if self.past else parse_date(value)
        except InvalidInput as exc:
            self.fail(str(exc), param, ctx)


DATE = DateParam()
PAST_DATE = DateParam(past=True)


def by_option(f):
    return click.option(
        "--by",
        metavar="NAME",
        envvar="CLERK_USER",
        help="Who is making the change (default: $CLERK_USER or your login name).",
    )(f)


def committees_option(f):
    """--committee/-c CODE, repeatable: the filter of reports, lists, digests and exports."""
    return click.option(
        "--committee",
        "-c",
        "committees",
        multiple=True,
        metavar="CODE",
        shell_complete=complete_committee,
        help="Only these committees (repeatable).",
    )(f)


def owners_option(f, *, short: bool = True):
    """--owner/-o POST, repeatable: the filter of reports, lists, digests and exports."""
    flags = ("--owner", "-o") if short else ("--owner",)
    return click.option(
        *flags,
        "owners",
        multiple=True,
        metavar="POST",
        shell_complete=complete_owner,
        help="Only these owners (repeatable).",
    )(f)


def action_filter_options(*, owner_short: bool = True):
    """The filters `clerk list` and `clerk export` share: committee, owner, meeting, due range, words."""

    def decorate(f):
        for option in reversed(
            (
                committees_option,
                lambda g: owners_option(g, short=owner_short),
                click.option(
                    "--meeting", "-m", metavar="CODE/DATE", help="Only actions from this meeting."
                ),
                click.option(
                    "--due-from", type=DATE, metavar="DATE", help="Due on or after this date."
                ),
                click.option(
                    "--due-to", type=DATE, metavar="DATE", help="Due on or before this date."
                ),
                click.option(
                    "--search",
                    metavar="WORDS",
                    help="Only actions whose text contains these words.",
                ),
            )
        ):
            f = option(f)
        return f

    return decorate


def format_option(f):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMAT_CHOICES),
        default=None,
        help="Output format (default: a table in a terminal, plain text otherwise).",
    )(f)


def sheet_format_option(f):
    """--format for lists of actions (report, list): the formats above and xlsx."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(SHEET_FORMAT_CHOICES),
        default=None,
        help="Output format (default: a table in a terminal, plain text otherwise); "
        "xlsx is a spreadsheet, written to --output FILE or a redirect, never a terminal.",
    )(f)


def as_of_option(f):
    return click.option(
        "--as-of",
        type=PAST_DATE,
        default=None,
        help="As things stood at the end of this date (default: today); "
        'a date without a year ("31 Dec", "friday") is the most recent one.',
    )(f)


def all_rows_option(f):
    f = click.option(
        "--all",
        "all_rows",
        is_flag=True,
        help=f"In a terminal, show every row (a table shows {PAGE_ROWS} by default).",
    )(f)
    return click.option(
        "--limit", type=click.IntRange(min=1), default=None, help="Show at most N rows."
    )(f)


def row_limit(fmt: str, all_rows: bool, limit: int | None) -> int | None:
    """Terminal tables show a page; files and pipes get everything unless --limit."""
    if limit:
        return limit
    if fmt == "table" and not all_rows:
        return PAGE_ROWS
    return None


def out():
    return click.get_text_stream("stdout") if sys.stdout is None else sys.stdout


def _shown(message: str) -> str:
    """message with any control character in the user text it quotes made visible (an
    action's text or a post's name from an old import may hold an escape sequence)."""
    if message.isprintable():
        return message
    from clerk_cli.render.text import visible

    return visible(message)


def echo_ok(message: str) -> None:
    click.echo(_shown(message))


def echo_warn(message: str) -> None:
    click.echo(f"Warning: {_shown(message)}", err=True)


# ---- shell completion ----------------------------------------------------------
# Completion must answer before the clerk notices (no SQLAlchemy): it reads the
# SQLite file directly, read-only, and quietly offers nothing on any problem.
#
# Click's bash script inserts a value as it is given, so "Head of Workforce" would
# become three words (findings bug 4): for bash each value is escaped here, unless
# the clerk has already opened a quote.  zsh and fish quote what they insert
# themselves, so they get the value unchanged.

_BASH_SPECIAL = re.compile(r"""([^\w@%+=:,./-])""")


def _inside_quote() -> str:
    """The quote the word being completed was opened with ("'", '"') or ''."""
    words = os.environ.get("COMP_WORDS", "")
    # Click's bash script joins the words with a newline (its IFS); older callers
    # and tests with a space.
    split = words.split("\n") if "\n" in words else words.split(" ")
    try:
        current = split[int(os.environ.get("COMP_CWORD", ""))]
    except (ValueError, IndexError):
        return ""
    return current[:1] if current[:1] in ("'", '"') else ""


def shell_value(value: str) -> str:
    """value as bash should insert it: escaped, or as it is inside an opened quote
    (and for every other shell)."""
    if os.environ.get("_CLERK_COMPLETE") != "bash_complete":
        return value
    if "\n" not in os.environ.get("COMP_WORDS", ""):
        # Not Click's bash script (it joins the words with a newline, its IFS), but a
        # caller asking for the values themselves.
        return value
    quote = _inside_quote()
    if quote == "'":
        escaped = value.replace("'", "'\\''")
    elif quote == '"':
        escaped = re.sub(r'(["$`\\])', r"\\\1", value)
    else:
        escaped = _BASH_SPECIAL.sub(r"\\\1", value)
    # The script reads each line with `read` (no -r), which takes one backslash off.
    return escaped.replace("\\", "\\\\")


def _complete(ctx: click.Context, sql: str, incomplete: str) -> list[str]:
    import sqlite3

    from clerk_cli.paths import database_url

    root = ctx.find_root()
    try:
        _url, path = database_url(root.params.get("db_option"))
    except Exception:  # a --db the clerk is still typing: offer nothing
        return []
    if path is None or not os.path.isfile(path):
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5)
        try:
            rows = conn.execute(
                sql, (incomplete.upper() + "%", incomplete.lower() + "%")
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    return [shell_value(r[0]) for r in rows]


# Archived committees and retired posts are not offered (their records still work).
_LIVE_COMMITTEE = (
    "COALESCE((SELECT au.new FROM audit au WHERE au.entity = 'committee' "
    "AND au.entity_id = {c}.id AND au.field = 'archived' ORDER BY au.id DESC LIMIT 1), 'no') "
    "!= 'yes'"
)
_LIVE_OWNER = (
    "COALESCE((SELECT au.new FROM audit au WHERE au.entity = 'owner' "
    "AND au.entity_id = owner.id AND au.field = 'retired' ORDER BY au.id DESC LIMIT 1), 'no') "
    "!= 'yes'"
)


def complete_action_ref(ctx, param, incomplete: str) -> list[str]:
    return _complete(
        ctx,
        "SELECT ref FROM action WHERE (ref LIKE ? OR ref LIKE ?) AND status IN ('open', 'in_progress') "
        "ORDER BY committee_id, number LIMIT 100",
        incomplete,
    )


def complete_committee(ctx, param, incomplete: str) -> list[str]:
    return _complete(
        ctx,
        "SELECT code FROM committee WHERE (code LIKE ? OR lower(code) LIKE ?) AND "
        + _LIVE_COMMITTEE.format(c="committee")
        + " ORDER BY code",
        incomplete,
    )


def complete_meeting(ctx, param, incomplete: str) -> list[str]:
    """CODE/YYYY-MM-DD of the meetings of committees that are not archived (CS<TAB>)."""
    return _complete(
        ctx,
        "SELECT c.code || '/' || m.date FROM meeting m JOIN committee c ON c.id = m.committee_id "
        "WHERE (c.code || '/' || m.date LIKE ? OR lower(c.code) || '/' || m.date LIKE ?) AND "
        + _LIVE_COMMITTEE.format(c="c")
        + " ORDER BY c.code, m.date LIMIT 200",
        incomplete,
    )


def complete_owner(ctx, param, incomplete: str) -> list[str]:
    return _complete(
        ctx,
        "SELECT name FROM owner WHERE (name LIKE ? OR lower(name) LIKE ?) AND "
        + _LIVE_OWNER
        + " ORDER BY name LIMIT 100",
        incomplete,
    )


def complete_file(ctx, param, incomplete: str):
    """File names, completed by the shell itself (for FILE arguments and -o)."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def complete_dir(ctx, param, incomplete: str):
    """Directory names, completed by the shell itself."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="dir")]


def rag_option(f):
    """--rag red,amber: only actions with these ratings (see clerk help or rules.rag)."""

    def parse(ctx, param, value):
        if not value:
            return None
        wanted = tuple(w.strip().lower() for w in value.replace(" ", ",").split(",") if w.strip())
        bad = [w for w in wanted if w not in ("red", "amber", "green")]
        if bad:
            raise click.BadParameter(f"'{bad[0]}' is not a rating: use red, amber or green.")
        return wanted

    return click.option(
        "--rag",
        metavar="RED,AMBER,GREEN",
        callback=parse,
        help="Only actions rated so (red: overdue or slipped; amber: due soon or quiet; "
        "the thresholds are [rag] in the config file).",
    )(f)
