"""clerk help [TOPIC]: the things no single command's --help explains (how dates are
written, the output formats, the configuration), and a man page made from the same
text (clerk help --man).

The topics are written once, below, in a small plain-text form that reads well in a
terminal and converts to roff: paragraphs separated by blank lines; lines indented by
two spaces are shown as they are (examples, tables).  Cheap to import: no database,
no Rich.
"""

from __future__ import annotations

import click

from clerk_cli.cli.options import complete_file

# name -> (one-line summary, text).  The order is the order of `clerk help` and the man page.
TOPICS: dict[str, tuple[str, str]] = {
    "dates": (
        "How to write due dates, meeting references and --as-of / --on dates.",
        """\
Dates are read day first, as British clerks write them: 03/04/2023 is 3 April.

Due dates (add-action --due, edit --due) can be written as clerks write them in
minutes.  A leading "by", "before" or "due" is ignored.

  2023-03-31, 31/03/2023, 31/3/23     31 March 2023
  31 March 2023, 31st March, Mar 31   that day (without a year: the next one)
  friday, next tuesday                the coming one (never today)
  today, tomorrow, +2w, +10d          relative to today
  in 10 days, within six weeks        relative to today
  eom, end of week, end of year       the end of that period
  November, by November, Q3           the END of that period
  autumn 2022, end of financial year  the end (autumn: 30 November; financial year: 31 March)
  next meeting, a future meeting      the committee's next meeting after the action's meeting
  the June meeting                    the committee's first June meeting after that

With add-action --meeting, the words count from that meeting's date, not from
today, as the minutes meant them: "in two weeks", "by Friday" or "31 March" of a
meeting on 15 October 2026 are 29 October, 16 October and 31 March 2027, even when
recorded in December; clerk says so when the date is already past (the action then
shows as overdue).

"next meeting" and "the June meeting" are kept as rules: the date is worked out
again whenever a meeting is added, moved or cancelled.  A date that moves with its
meeting is not a slip; a date a person changes is (slips are counted and kept).
Vague words such as "once complete" are kept as words, with no date.

Meetings are referred to as CODE/DATE, with any date form above:

  clerk meeting show CSSC/2022-06-14
  clerk meeting show CSSC/14/06/2022

--as-of DATE shows things as they stood at the end of that day (reports, lists,
show, status, the action log, digests).  --on DATE records when something happened,
when it is recorded later (done --on, note --on): the audit trail keeps both days,
and --as-of counts the change from the day it happened.

Both name a day that has passed, so words without a year look back where a due
date's look ahead:

  2022-09-30, 30/09/2022, 30/9/22     that day (a year given: as written)
  30 September, 31 Dec, Sep 30        the most recent one (today included)
  friday, on monday                   the most recent one (today, if it is one)
  last friday                         the one before today
  yesterday, today                    the day before today; today
  November, autumn, Q3                the END of the most recent one

In November, --as-of "30 September" means this year's and "31 December" last
year's.  Words that look ahead (tomorrow, +2w, next meeting) are refused.

Times (the audit trail, notes) are shown in your local time zone (TZ), with its
name: 2022-09-27 14:00 BST.""",
    ),
    "formats": (
        "Output formats: table, plain, csv, json, markdown; pages, colour and files.",
        """\
Reports and lists take --format table|plain|csv|json|markdown.

  table     a Rich table; the default in a terminal
  plain     text without colour; the default in a pipe or file
  csv       for spreadsheets: UTF-8 with a BOM and CRLF line ends, so Excel
            reads it right (on the screen, in a pipe and in a file alike)
  json      for scripts: every field, with ISO dates
  markdown  for pasting into papers and wikis

A terminal table shows one page of 50 rows and says how many more there are: --all
shows every row, --limit N at most N.  Plain text, CSV and JSON written to a pipe or
file hold every row.

NO_COLOR=1 turns colour off.  COLUMNS sets the width used for tables.

clerk export writes a full, restorable JSON backup (clerk import-json reads it back
into an empty database), CSV for Excel, or ICS calendar to-dos; clerk action-log
writes the action log for an agenda pack as Markdown, HTML, DOCX or CSV:

  clerk export --format json -o backup.json
  clerk action-log CSSC --format docx -o action-log.docx""",
    ),
    "config": (
        "Where the database and config.toml live, their settings and the environment.",
        """\
The database is, in order: --db PATH (a file, or a SQLAlchemy URL), else $CLERK_DB,
else $CLERK_DATABASE_URL (postgresql+psycopg://...), else clerk.db in your data
directory.  clerk db path says which is in use.

Settings for sending digests live in a TOML file: clerk config path says where
($CLERK_CONFIG names another), clerk config show prints the settings in force and
where each came from, and clerk config set KEY VALUE changes one (checked as clerk
reads it: a mistake is refused and the file is left as it was).

  clerk config set smtp.host smtp.example.gov.uk
  clerk config set digest.from "Democratic Services <ds@example.gov.uk>"
  clerk config set digest.horizon_days 14

The password is never a setting on the command line: it is read from
$CLERK_SMTP_PASSWORD, else the file named by smtp.password_file.

The ratings every output gives open actions (red, amber, green, with the reason)
follow the thresholds in the [rag] section, the same for every output:
red_overdue_days (red when overdue by more than this; default 0), red_slips (2),
red_silent_days (no note for this long after falling due: 14), amber_days (due
within: 7) and amber_silent_days (no note for: 30).

  clerk config set rag.red_slips 3

Environment:

  CLERK_DB, CLERK_DATABASE_URL  the database
  CLERK_HOME                    directory for data and configuration
  CLERK_CONFIG                  the configuration file
  CLERK_USER                    the name recorded in the audit trail (default: login name)
  CLERK_SMTP_HOST, CLERK_SMTP_PORT, CLERK_SMTP_SECURITY, CLERK_SMTP_USER
                                mail settings (override the file)
  CLERK_SMTP_PASSWORD           the SMTP password
  CLERK_FROM                    the From address of digests
  CLERK_BUSY_TIMEOUT_MS         how long a write waits for another clerk's
  CLERK_DEBUG                   tracebacks of unexpected errors (like --debug)
  NO_COLOR                      no colour""",
    ),
}

_HINT = "clerk help TOPIC, or clerk COMMAND --help for a command."


def _config_keys() -> str:
    """The keys config.toml accepts, from the code that reads it (so never out of date)."""
    from clerk_cli.config import _KEYS

    keys = [f"{section}.{key}" for section, table in _KEYS.items() for key in table]
    lines, line = [], " "
    for key in keys:
        if len(line) + len(key) + 2 > 88:
            lines.append(line.rstrip(","))
            line = " "
        line += f" {key},"
    lines.append(line.rstrip(","))
    return "Keys config.toml accepts:\n\n" + "\n".join(lines)


def topic_text(name: str) -> str:
    """The text of a topic, as `clerk help NAME` prints it."""
    summary, text = TOPICS[name]
    if name == "config":
        text += "\n\n" + _config_keys()
    return text


def topics_list() -> str:
    width = max(len(n) for n in TOPICS)
    rows = "\n".join(f"  {n.ljust(width)}  {summary}" for n, (summary, _) in TOPICS.items())
    return f"Help topics:\n\n{rows}\n\nSee: {_HINT}\n"


# ---- the man page ----------------------------------------------------------------


def _roff_text(line: str) -> str:
    line = line.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + line if line.startswith((".", "'")) else line


def _roff_blocks(text: str) -> list[str]:
    """Paragraphs as filled text; indented lines as they are."""
    out: list[str] = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("  ") for line in lines):
            out += [".PP", ".RS 4", ".nf", *(_roff_text(line[2:]) for line in lines)]
            out += [".fi", ".RE"]
        else:
            out += [".PP", *(_roff_text(line) for line in lines)]
    return out


def man_page() -> str:
    """clerk(1) in roff: the commands (their summaries) and every help topic."""
    from clerk_cli import __version__
    from clerk_cli.cli import COMMANDS

    lines = [
        f'.TH CLERK 1 "" "clerk {__version__}" "User Commands"',
        ".SH NAME",
        "clerk \\- track what committees resolved and who promised to do what",
        ".SH SYNOPSIS",
        ".B clerk",
        "[\\-\\-db PATH] COMMAND [OPTIONS] [ARGUMENTS]",
        ".br",
        ".B clerk help",
        "[TOPIC]",
        ".SH DESCRIPTION",
        *_roff_blocks(
            "clerk records what each meeting resolved and who promised to do what, by when;\n"
            "chases the owners with a weekly digest; and produces the action log for the next\n"
            "agenda pack.  Every command has --help with an example."
        ),
        ".SH COMMANDS",
    ]
    for name in sorted(COMMANDS):
        lines += [".TP", f".B {_roff_text(name)}", _roff_text(COMMANDS[name][2])]
    titles = {"dates": "DATES", "formats": "OUTPUT FORMATS", "config": "CONFIGURATION"}
    for name in TOPICS:
        lines += [f'.SH "{titles.get(name, name.upper())}"', *_roff_blocks(topic_text(name))]
    lines += [
        ".SH EXIT STATUS",
        *_roff_blocks(
            "0 success; 1 a problem you can fix (the message says how); 2 a usage error;\n"
            "3 an unexpected error (rerun with --debug)."
        ),
        ".SH SEE ALSO",
        *_roff_blocks("clerk help TOPIC; clerk COMMAND --help; the README."),
    ]
    return "\n".join(lines) + "\n"


def _complete_topic(ctx: click.Context, param, incomplete: str) -> list[str]:
    from clerk_cli.cli import COMMANDS

    return [n for n in [*TOPICS, *sorted(COMMANDS)] if n.startswith(incomplete.lower())]


@click.command("help")
@click.argument("topic", required=False, metavar="[TOPIC]", shell_complete=_complete_topic)
@click.option("--man", is_flag=True, help="Print the man page (roff) instead.")
@click.option(
    "--output",
    "-o",
    metavar="FILE",
    shell_complete=complete_file,
    help="Write to FILE instead of standard output (e.g. clerk.1).",
)
@click.pass_context
def help_(ctx: click.Context, topic: str | None, man: bool, output: str | None) -> None:
    """Help on dates, output formats and configuration; or the man page.

    \b
    Examples:
      clerk help                 # the topics
      clerk help dates
      clerk help report          # the same as: clerk report --help
      clerk help --man -o clerk.1 && man ./clerk.1
    """
    from clerk_cli.errors import NotFound
    from clerk_cli.store.lookup import suggest

    if man:
        text = man_page()
    elif topic is None:
        text = topics_list()
    elif topic.lower() in TOPICS:
        text = topic_text(topic.lower()) + "\n"
    else:
        root = ctx.find_root()
        command = root.command.get_command(root, topic)
        if command is None:
            hint = suggest(topic, [*TOPICS, *root.command.list_commands(root)])
            raise NotFound(f"No help topic or command '{topic}'.", hint=hint or f"See: {_HINT}")
        with click.Context(command, info_name=topic, parent=root) as sub:
            text = command.get_help(sub) + "\n"
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        click.echo(text, nl=False)
