"""clerk config set/unset: one setting changed in config.toml, checked by the code that
reads it; a mistake leaves the file as it was."""

import os
import stat
import tomllib

import pytest


@pytest.fixture
def config_file(clerk_home, monkeypatch, tmp_path):
    path = tmp_path / "conf" / "config.toml"
    monkeypatch.setenv("CLERK_CONFIG", str(path))
    return path


def test_set_creates_the_file_and_show_reads_it(cli, config_file):
    assert cli("config", "set", "smtp.host", "smtp.example.gov.uk").exit_code == 0
    assert cli("config", "set", "smtp.port", "465").exit_code == 0
    assert cli("config", "set", "smtp.security", "tls").exit_code == 0
    r = cli("config", "set", "digest.from", "Democratic Services <ds@example.gov.uk>")
    assert r.exit_code == 0, r.output
    data = tomllib.loads(config_file.read_text())
    assert data == {
        "smtp": {"host": "smtp.example.gov.uk", "port": 465, "security": "tls"},
        "digest": {"from": "Democratic Services <ds@example.gov.uk>"},
    }
    assert stat.S_IMODE(os.stat(config_file).st_mode) == 0o600
    shown = cli("config", "show").output
    assert "smtp.port" in shown and "465" in shown


def test_comments_and_other_settings_are_kept(cli, config_file):
    config_file.parent.mkdir()
    config_file.write_text('# ours\n[smtp]\nhost = "old.example.org"  # the relay\nport = 25\n')
    assert cli("config", "set", "smtp.host", "new.example.org").exit_code == 0
    assert cli("config", "set", "digest.stale_days", "0").exit_code == 0
    text = config_file.read_text()
    assert text.startswith('# ours\n[smtp]\nhost = "new.example.org"  # the relay\nport = 25\n')
    assert tomllib.loads(text)["digest"] == {"stale_days": 0}
    assert cli("config", "unset", "smtp.port").exit_code == 0
    assert "port" not in tomllib.loads(config_file.read_text())["smtp"]


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("smtp.port", "abc", "whole number"),
        ("smtp.security", "bogus", "security mode"),
        ("digest.horizon_days", "-1", "0 or more"),
        ("smtp.verify", "perhaps", "true or false"),
        ("smtp.prot", "25", "Did you mean 'smtp.port'"),
        ("smtp.password", "hunter2", "password_file"),
    ],
)
def test_a_mistake_is_refused_and_the_file_left_as_it_was(cli, config_file, key, value, words):
    config_file.parent.mkdir()
    config_file.write_text('[smtp]\nhost = "relay.example.org"\n')
    before = config_file.read_bytes()
    r = cli("config", "set", "--", key, value)  # "--": a value may start with "-"
    assert r.exit_code == 1
    assert words in r.stderr
    assert config_file.read_bytes() == before
    assert [p.name for p in config_file.parent.iterdir()] == ["config.toml"]
