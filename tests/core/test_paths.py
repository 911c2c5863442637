"""Paths a user types: "~nosuchuser/..." is an ordinary path, never a crash."""

import pytest

from clerk_cli.paths import expand


def test_expand_leaves_unknown_users_alone():
    assert str(expand("~0/x.db")) == "~0/x.db"
    assert not str(expand("~/x.db")).startswith("~")


@pytest.mark.parametrize(
    "args",
    [
        ["import-json", "~0"],
        ["import-minutes", "~0", "--yes"],
        ["db", "backup", "~0"],
        ["export", "--format", "json", "--output", "~0/out.json"],
        ["action-log", "CSSC", "-o", "~0/log.md"],
    ],
)
def test_unknown_home_directory_is_a_one_line_error(seeded, args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = seeded(*args)
    assert result.exit_code in (0, 1, 2), result.output
    assert "Unexpected error" not in result.output
    assert "Traceback" not in result.output
