"""TLS, STARTTLS, login and connection failures: one line each, never a traceback or a password."""

from __future__ import annotations

import ssl

import pytest

from .conftest import free_port, sent_rows

PASSWORD = "correct horse battery staple"

# aiosmtpd warns (rightly) about AUTH without TLS: these tests want exactly that.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def _login(good_password: str):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == b"clerk"
            and (auth_data.password == good_password.encode())
        )
        return AuthResult(success=ok, handled=False)

    return authenticator


def test_starttls_with_a_trusted_self_signed_certificate(
    cli, council, db, smtp_server, smtp_config, server_tls_context, tls_cert
):
    server = smtp_server(tls_context=server_tls_context, require_starttls=True)
    smtp_config(server, security="starttls", ca_file=str(tls_cert[0]))

    result = cli("digest", "--send")

    assert result.exit_code == 0, result.output
    assert len(server.messages) == 4
    assert len(sent_rows(db)) == 4


def test_starttls_with_an_untrusted_certificate_is_one_line(
    cli, council, db, smtp_server, smtp_config, server_tls_context
):
    server = smtp_server(tls_context=server_tls_context, require_starttls=True)
    smtp_config(server, security="starttls")

    result = cli("digest", "--send")

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "certificate clerk does not trust" in result.stderr and "smtp.ca_file" in result.stderr
    assert server.messages == [] and sent_rows(db) == []


def test_verify_false_skips_the_certificate_check_with_a_warning(
    cli, council, smtp_server, smtp_config, server_tls_context
):
    server = smtp_server(tls_context=server_tls_context, require_starttls=True)
    smtp_config(server, security="starttls", verify=False)

    result = cli("digest", "--send")

    assert result.exit_code == 0
    assert "Warning: smtp.verify = false" in result.stderr
    assert len(server.messages) == 4


def test_implicit_tls(cli, council, smtp_server, smtp_config, server_tls_context, tls_cert):
    server = smtp_server(ssl_context=server_tls_context)
    smtp_config(server, security="tls", ca_file=str(tls_cert[0]))

    result = cli("digest", "--send")

    assert result.exit_code == 0, result.output
    assert len(server.messages) == 4


def test_tls_against_a_plain_server_is_one_line(cli, council, smtp_server, smtp_config, tls_cert):
    server = smtp_server()
    smtp_config(server, security="tls", ca_file=str(tls_cert[0]))

    result = cli("digest", "--send")

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Nothing sent: TLS with the SMTP server")
    assert result.stderr.count("\n") == 1


def test_starttls_when_the_server_does_not_offer_it(cli, council, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server, security="starttls")

    result = cli("digest", "--send")

    assert result.exit_code == 1
    assert "does not offer STARTTLS" in result.stderr


def test_login_with_the_password_from_the_environment(
    cli, council, smtp_server, smtp_config, monkeypatch
):
    server = smtp_server(authenticator=_login(PASSWORD), auth_required=True, auth_require_tls=False)
    smtp_config(server, user="clerk")
    monkeypatch.setenv("CLERK_SMTP_PASSWORD", PASSWORD)

    result = cli("digest", "--send")

    assert result.exit_code == 0, result.output
    assert len(server.messages) == 4
    assert PASSWORD not in result.output


def test_login_with_a_password_file(cli, council, smtp_server, smtp_config, tmp_path):
    server = smtp_server(authenticator=_login(PASSWORD), auth_required=True, auth_require_tls=False)
    pw = tmp_path / "smtp-password"
    pw.write_text(PASSWORD + "\n")
    pw.chmod(0o600)
    smtp_config(server, user="clerk", password_file=str(pw))

    result = cli("digest", "--send")

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert len(server.messages) == 4


def test_a_refused_login_is_one_line_without_the_password(
    cli, council, db, smtp_server, smtp_config, monkeypatch
):
    server = smtp_server(authenticator=_login(PASSWORD), auth_required=True, auth_require_tls=False)
    smtp_config(server, user="clerk")
    monkeypatch.setenv("CLERK_SMTP_PASSWORD", "wrong-secret-123")

    result = cli("digest", "--send")

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "refused the login for user 'clerk'" in result.stderr
    assert "wrong-secret-123" not in result.output + result.stderr
    assert server.messages == [] and sent_rows(db) == []


def test_a_user_without_a_password_is_a_config_error(cli, council, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server, user="clerk")

    result = cli("digest", "--send")

    assert result.exit_code == 1
    assert "no SMTP password is set" in result.stderr


def test_connection_refused_is_one_line_and_records_nothing(cli, council, db, write_config):
    port = free_port()  # nothing listens here
    write_config(
        smtp={"host": "127.0.0.1", "port": port, "security": "none", "timeout": 5},
        digest={"from": "ds@example.gov.uk"},
    )

    result = cli("digest", "--send")

    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: Nothing sent: Cannot connect to the SMTP server 127.0.0.1:{port}: "
        "connection refused. Check smtp.host and smtp.port, and that the server is "
        "running.\n"
    )
    assert sent_rows(db) == []


def test_no_smtp_host_configured(cli, council):
    result = cli("digest", "--send")

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No SMTP server configured (smtp.host in ")
    assert "--outbox" in result.stderr


def test_the_server_certificate_is_really_checked(tls_cert):
    # Guard for the tests above: the test certificate is not trusted by default.
    ctx = ssl.create_default_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert tls_cert[0].read_text().startswith("-----BEGIN CERTIFICATE-----")
