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


@pytest.mark.parametrize(
    "typed,where",
    [
        ("x.db", "{cwd}/x.db"),
        ("./x.db", "{cwd}/x.db"),
        ("sub//./x.db", "{cwd}/sub/x.db"),
        ("../x.db", "{cwd}/../x.db"),  # kept: past a symbolic link it means another place
        ("/srv/clerk/./x.db", "/srv/clerk/x.db"),
    ],
)
def test_a_database_path_is_made_absolute_as_written(typed, where, tmp_path, monkeypatch):
    from clerk_cli.paths import database_url

    monkeypatch.chdir(tmp_path)
    url, path = database_url(typed)
    assert path == where.format(cwd=tmp_path)
    assert url == f"sqlite:///{path}"


def test_the_default_database_is_in_the_data_directory(tmp_path, monkeypatch):
    from clerk_cli.paths import database_url

    monkeypatch.delenv("CLERK_DB", raising=False)
    monkeypatch.delenv("CLERK_DATABASE_URL", raising=False)
    monkeypatch.setenv("CLERK_HOME", str(tmp_path / "home"))
    assert database_url() == (f"sqlite:///{tmp_path}/home/clerk.db", f"{tmp_path}/home/clerk.db")
