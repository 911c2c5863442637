"""Every command an error's hint tells the clerk to run exists, with those options, and
works (fresh-user test, owners bug 5: "See: clerk list --all" listed open actions only,
and "clerk meeting list CAB" is not how meeting list takes a committee)."""

from __future__ import annotations

import ast
import re
import shlex
from pathlib import Path

import click
import pytest

import clerk_cli

SOURCE = Path(clerk_cli.__file__).resolve().parent
# "clerk WORD [WORD] ...", up to the end of the clause: ; ( ) a newline or the next "clerk ".
COMMAND = re.compile(
    r"(?<![\w-])clerk ((?:[a-z][a-z-]*)(?: [a-z][a-z-]*)?)((?:(?!clerk )[^\n;()`])*)"
)


def _strings(path: Path):
    """(line, text) of every string literal in a module; an f-string's fields become X."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            yield (
                node.lineno,
                "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values),
            )


def _command(words: list[str]) -> tuple[click.Command | None, list[str]]:
    """The command the first words name (a group's subcommand too), and the words used."""
    from clerk_cli.cli import main

    ctx = click.Context(main)
    cmd, used = main, []
    for word in words:
        if not isinstance(cmd, click.Group):
            break
        sub = cmd.get_command(ctx, word)
        if sub is None:
            break
        cmd, used = sub, [*used, word]
    return (cmd if used else None), used


def test_every_option_a_message_names_exists():
    """Statically, over every string in clerk_cli: `clerk CMD ... --opt` names a real
    command and a real option of it."""
    wrong = []
    for path in sorted(SOURCE.rglob("*.py")):
        for line, text in _strings(path):
            for m in COMMAND.finditer(text):
                cmd, used = _command(m.group(1).split())
                if cmd is None or isinstance(cmd, click.Group):
                    continue  # prose ("clerk reads ..."), or a group's own name
                rest = m.group(1).split()[len(used) :] + [m.group(2)]
                known = {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)}
                for option in re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", " ".join(rest)):
                    if option not in known | {"--help", "-h"}:
                        wrong.append(f"{path.relative_to(SOURCE)}:{line}: {m.group(0).strip()}")
    assert wrong == []


def _hint_commands(message: str) -> list[list[str]]:
    """The commands a one-line error tells the clerk to run, as argument lists."""
    found = []
    for m in re.finditer(r"(?<![\w-])clerk ((?:[^;()\"]|\"[^\"]*\")+)", message):
        text = m.group(1).strip().rstrip(".,")
        words = shlex.split(text)
        if _command(words)[0] is not None:
            found.append(words)
    return found


def _run_hint(cli, message: str, wanted: str, **placeholders) -> str:
    """Run the hint's command that starts with wanted; its output (it must succeed)."""
    assert wanted in message, message
    commands = [c for c in _hint_commands(message) if f"clerk {shlex.join(c)}".startswith(wanted)]
    assert commands, message
    args = [placeholders.get(w, w) for w in commands[0]]
    result = cli(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.output


def test_committee_delete_points_to_every_action_and_meeting(seeded):
    cli = seeded
    assert cli("add-action", "Second", "--committee", "CSSC").exit_code == 0
    assert cli("done", "CSSC-2").exit_code == 0
    r = cli("committee", "delete", "CSSC", "--yes")
    assert r.exit_code == 1
    shown = _run_hint(cli, r.stderr, "clerk list --all-statuses --committee CSSC")
    assert "CSSC-1" in shown and "CSSC-2" in shown  # the done one too
    assert "once its open actions are closed" in r.stderr  # archive would refuse now
    assert cli("done", "CSSC-1").exit_code == 0
    r = cli("committee", "delete", "CSSC", "--yes")
    _run_hint(cli, r.stderr, "clerk committee archive CSSC")
    # Archived, it still cannot go, and the hint still lists its actions.
    r = cli("committee", "delete", "CSSC", "--yes")
    shown = _run_hint(cli, r.stderr, "clerk list --all-statuses --committee CSSC")
    assert "CSSC-1" in shown and "CSSC-2" in shown
    # A committee with meetings and no actions points to its meetings.
    assert cli("committee", "add", "Cabinet", "--code", "CAB").exit_code == 0
    assert cli("meeting", "add", "CAB", "01/12/2022").exit_code == 0
    r = cli("committee", "delete", "CAB", "--yes")
    assert "2022-12-01" in _run_hint(cli, r.stderr, "clerk meeting list --committee CAB")


def test_no_such_action_points_to_every_action(seeded):
    cli = seeded
    assert cli("done", "CSSC-1").exit_code == 0
    r = cli("show", "CSSC-99")
    assert r.exit_code == 1
    assert "CSSC-1" in _run_hint(cli, r.stderr, "clerk list --all-statuses")


def test_archive_points_to_the_open_actions(seeded):
    r = seeded("committee", "archive", "CSSC")
    assert r.exit_code == 1
    assert "CSSC-1" in _run_hint(seeded, r.stderr, "clerk list --committee CSSC")


def test_refer_to_a_meeting_of_another_committee_points_to_its_meetings(seeded):
    cli = seeded
    assert cli("committee", "add", "Cabinet", "--code", "CAB").exit_code == 0
    assert cli("meeting", "add", "CAB", "01/12/2022").exit_code == 0
    r = cli("refer", "CSSC-1", "--to", "CAB", "--meeting", "CSSC/2022-09-20")
    assert r.exit_code == 1, r.output
    assert "2022-12-01" in _run_hint(cli, r.stderr, "clerk meeting list --committee CAB")


def test_owner_delete_points_to_what_can_be_done_instead(seeded):
    cli = seeded
    post = "Director of Children, Young People and Learning"
    r = cli("owner", "delete", post, "--yes")
    assert r.exit_code == 1
    _run_hint(cli, r.stderr, "clerk owner edit", NAME="Director of Children")
    post = "Director of Children"
    r = cli("owner", "delete", post, "--yes")
    assert "then retire it" in r.stderr  # retire would refuse while CSSC-1 is open
    _run_hint(cli, r.stderr, "clerk owner handover", **{"Name <email>": "Sam <sam@example.gov.uk>"})
    assert cli("owner", "add", "Chief Executive").exit_code == 0
    _run_hint(cli, r.stderr, "clerk edit CSSC-1", POST="Chief Executive")
    r = cli("owner", "delete", post, "--yes")
    assert "then retire it" not in r.stderr
    _run_hint(cli, r.stderr, "clerk owner retire")


@pytest.mark.parametrize(
    "args, wanted",
    [
        (("add-action", "X", "--owner", "Head of Audit", "--committee", "CSSC"), "clerk owner add"),
        (
            (
                "add-action",
                "X",
                "--owner",
                "Director of Children, Young People and Learnin",
                "--committee",
                "CSSC",
                "--create-owner",
            ),
            "clerk owner add",
        ),
        (("undo", "99"), "clerk undo --list"),
        (("owner", "show", "Nobody at all"), "clerk owner"),
        (("committee", "edit", "NOPE", "--name", "X"), "clerk committee list"),
    ],
)
def test_hints_run(seeded, args, wanted):
    r = seeded(*args)
    assert r.exit_code == 1, r.output
    _run_hint(seeded, r.stderr, wanted)
