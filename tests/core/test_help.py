"""Every command explains itself with an example, and the README documents it."""

from pathlib import Path

import click
import pytest

from clerk_cli.cli import main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        path = (*prefix, name)
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, path)
        else:
            yield path, cmd


COMMANDS = list(_commands(main))


@pytest.mark.parametrize(("path", "cmd"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_command_has_help_with_an_example(path, cmd):
    assert cmd.help, f"clerk {' '.join(path)} has no help"
    assert "Example" in cmd.help, f"clerk {' '.join(path)} has no example in its help"


@pytest.mark.parametrize(("path", "cmd"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_command_is_in_the_readme(path, cmd):
    assert f"clerk {' '.join(path)}" in README, f"README does not show clerk {' '.join(path)}"


def test_help_exits_cleanly(cli):
    for path, _ in COMMANDS:
        result = cli(*path, "--help")
        assert result.exit_code == 0, path
        assert "Usage:" in result.output
