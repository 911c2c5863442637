"""Every command explains itself with an example, and the README documents it."""

from pathlib import Path

import click
import pytest

from clerk_cli.cli import main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix=()):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
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


# ---- the root group's table (commands load on demand) ---------------------------------


def test_the_command_table_matches_the_commands():
    """clerk --help lists COMMANDS' summaries without loading the commands: they must be
    what each command would say itself, at any terminal width."""
    import importlib
    import pkgutil

    import clerk_cli.cli as cli_package
    from clerk_cli.cli import COMMANDS

    top_level = {}
    for info in pkgutil.iter_modules(cli_package.__path__):
        module = importlib.import_module(f"clerk_cli.cli.{info.name}")
        found = {v for v in vars(module).values() if isinstance(v, click.Command)}
        members = {c for g in found if isinstance(g, click.Group) for c in g.commands.values()}
        for cmd in found - members:
            top_level[cmd.name] = (info.name, cmd)
    assert set(top_level) == set(COMMANDS)
    for name, (module, attribute, summary) in COMMANDS.items():
        defined_in, cmd = top_level[name]
        assert (module, getattr(importlib.import_module(f"clerk_cli.cli.{module}"), attribute)) == (
            defined_in,
            cmd,
        )
        stand_in = click.Command(name, help=summary)
        for limit in (20, 45, 60, 80, 200):
            assert stand_in.get_short_help_str(limit) == cmd.get_short_help_str(limit), name


def test_root_help_lists_every_command(cli):
    from clerk_cli.cli import COMMANDS

    result = cli("--help")
    assert result.exit_code == 0
    lines = result.output.split("Commands:", 1)[1].strip().splitlines()
    assert [line.split()[0] for line in lines] == sorted(COMMANDS)
