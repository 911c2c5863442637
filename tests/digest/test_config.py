"""The config file, environment overrides, clerk config show/path, and secrets."""

from __future__ import annotations

import io

import pytest

from clerk_cli.config import load_settings
from clerk_cli.errors import ConfigError

from .conftest import HOF


def test_config_path_follows_clerk_home_and_clerk_config(cli, clerk_home, tmp_path, monkeypatch):
    assert cli("config", "path").stdout == f"{clerk_home / 'config.toml'}\n"
    monkeypatch.setenv("CLERK_CONFIG", str(tmp_path / "elsewhere.toml"))
    assert cli("config", "path").stdout == f"{tmp_path / 'elsewhere.toml'}\n"


def test_defaults_without_a_file(clerk_home):
    s = load_settings(env={})

    assert not s.file_exists
    assert (s.smtp.host, s.smtp.port, s.smtp.security) == (None, 587, "starttls")
    assert (s.digest.horizon_days, s.digest.stale_days) == (14, 30)


def test_file_values_and_environment_overrides(write_config):
    path = write_config(
        smtp={"host": "smtp.example.gov.uk", "security": "tls", "user": "ds"},
        digest={"from": "ds@example.gov.uk", "horizon_days": 21, "stale_days": 45},
    )

    s = load_settings(
        env={
            "CLERK_SMTP_HOST": "relay.internal",
            "CLERK_SMTP_PORT": "2525",
            "CLERK_FROM": "Clerks <clerks@example.gov.uk>",
        }
    )

    assert s.path == path
    assert (s.smtp.host, s.smtp.port, s.smtp.security, s.smtp.user) == (
        "relay.internal",
        2525,
        "tls",
        "ds",
    )
    assert s.digest.sender == "Clerks <clerks@example.gov.uk>"
    assert (s.digest.horizon_days, s.digest.stale_days) == (21, 45)
    assert s.sources["smtp.host"] == "env CLERK_SMTP_HOST"
    assert s.sources["smtp.security"] == "config file"
    assert load_settings(env={}).smtp.port == 465  # tls default port


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[smtp]\nsecurity = "ssl"\n',
            "Unknown SMTP security mode 'ssl' (smtp.security in {path}).",
        ),
        ("[smtp]\nport = 70000\n", "Bad SMTP port 70000 (smtp.port in {path})."),
        (
            '[smtp]\nport = "587"\n',
            "Config file {path}: smtp.port must be a whole number, not '587'.",
        ),
        (
            '[smtp]\nhots = "x"\n',
            "Config file {path}: unknown key smtp.hots. Did you mean smtp.host?",
        ),
        ('[smtp\nhost = "x"\n', "Config file {path} is not valid TOML: "),
        (
            '[digest]\nfrom = "nobody"\n',
            "'nobody' is not an email address (digest.from in {path}).",
        ),
        (
            '[digest]\ntemplates_dir = "/no/such/dir"\n',
            "The templates directory /no/such/dir does not exist",
        ),
    ],
)
def test_a_bad_config_is_one_line_naming_file_and_key(cli, write_config, text, message):
    path = write_config(text)

    result = cli("config", "show")

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: " + message.format(path=path))
    assert result.stderr.count("\n") == 1


def test_a_bad_port_in_the_environment_names_the_variable(write_config):
    with pytest.raises(ConfigError, match="CLERK_SMTP_PORT"):
        load_settings(env={"CLERK_SMTP_PORT": "smtp"})


def test_an_unreadable_config_file(cli, clerk_home):
    (clerk_home / "config.toml").mkdir()

    result = cli("config", "show")

    assert result.exit_code == 1
    assert "is a directory" in result.stderr


def test_config_show_masks_the_password_and_says_where_values_came_from(
    cli, write_config, monkeypatch
):
    write_config(smtp={"host": "smtp.example.gov.uk", "user": "ds"})
    monkeypatch.setenv("CLERK_SMTP_PASSWORD", "s3cret-Pa55")
    monkeypatch.setenv("CLERK_SMTP_PORT", "2525")

    result = cli("config", "show")

    assert result.exit_code == 0
    assert "s3cret-Pa55" not in result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[2:] if line}
    assert (
        "********" in lines["smtp.password"]
        and "(env CLERK_SMTP_PASSWORD)" in lines["smtp.password"]
    )
    assert "smtp.example.gov.uk" in lines["smtp.host"] and "(config file)" in lines["smtp.host"]
    assert "2525" in lines["smtp.port"] and "(env CLERK_SMTP_PORT)" in lines["smtp.port"]
    assert "(default)" in lines["digest.horizon_days"]


def test_the_password_is_never_in_reprs(write_config, monkeypatch):
    write_config(smtp={"host": "h"})
    s = load_settings(env={"CLERK_SMTP_PASSWORD": "s3cret-Pa55"})

    assert s.smtp.password == "s3cret-Pa55"
    assert "s3cret-Pa55" not in repr(s)


def test_a_password_file_others_can_read_gets_a_warning(cli, write_config, tmp_path):
    pw = tmp_path / "pw"
    pw.write_text("s3cret-Pa55\n")
    pw.chmod(0o644)
    write_config(smtp={"host": "h", "user": "ds", "password_file": str(pw)})

    result = cli("config", "show")

    assert result.exit_code == 0
    assert (
        f"Warning: {pw} holds the SMTP password but others can read it (mode 644). Run: chmod 600 {pw}"
        in result.stderr
    )
    assert "s3cret-Pa55" not in result.output
    assert "(password file)" in result.stdout


def test_a_config_file_holding_a_password_that_others_can_read_gets_a_warning(cli, write_config):
    path = write_config(smtp={"host": "h", "user": "ds", "password": "s3cret-Pa55"})
    path.chmod(0o640)

    result = cli("config", "show")

    assert result.exit_code == 0
    assert (
        f"Warning: {path} holds the SMTP password but others can read it (mode 640)"
        in result.stderr
    )
    assert "s3cret-Pa55" not in result.output


def test_a_private_password_file_gets_no_warning(cli, write_config, tmp_path):
    pw = tmp_path / "pw"
    pw.write_text("s3cret-Pa55\n")
    pw.chmod(0o600)
    write_config(smtp={"host": "h", "user": "ds", "password_file": str(pw)})

    result = cli("config", "show")

    assert result.exit_code == 0
    assert result.stderr == ""
    assert load_settings().smtp.password == "s3cret-Pa55"


def test_a_missing_password_file_is_one_line(cli, write_config, tmp_path):
    path = write_config(smtp={"host": "h", "password_file": str(tmp_path / "nope")})

    result = cli("config", "show")

    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: The password file {tmp_path / 'nope'} does not exist "
        f"(smtp.password_file in {path}).\n"
    )


def test_there_is_no_password_option(cli):
    result = cli("digest", "--help")

    assert result.exit_code == 0
    assert "password" not in result.stdout.lower()


def test_digest_in_a_terminal_uses_rich(council, monkeypatch):
    from clerk_cli.config import DigestSettings
    from clerk_cli.render.digest import print_digests
    from clerk_cli.services.digest import build_digests

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    batch = build_digests(council, owners=(HOF,))
    out = Terminal()
    print_digests(batch, DigestSettings(), out)

    text = out.getvalue()
    assert f"[Action log] 1 overdue, 1 due soon: {HOF}" in text
    assert "CSSC-3" in text and "AUD-1" in text and "CSSC-1" not in text
    assert "─" in text  # a Rich rule, not the plain-text layout
    assert "Subject:" not in text


def test_the_example_config_is_valid():
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / "examples" / "cron" / "config.toml"

    s = load_settings(path=example, env={"CLERK_SMTP_PASSWORD": "x"})

    assert (s.smtp.host, s.smtp.port, s.smtp.security) == ("smtp.example.gov.uk", 587, "starttls")
    assert s.digest.sender == "Democratic Services <democratic.services@example.gov.uk>"


def test_clerk_help_does_not_import_heavy_modules():
    import subprocess
    import sys

    code = (
        "import sys; from clerk_cli.cli import main\n"
        "try:\n    main(['digest', '--help'])\nexcept SystemExit:\n    pass\n"
        "try:\n    main(['config', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('jinja2', 'sqlalchemy', 'sqlmodel', 'rich', 'aiosmtpd') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout

    assert "HEAVY []" in out
