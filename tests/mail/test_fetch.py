"""clerk mail fetch (issue 16 d) against a real IMAP server over TLS (Debian's dovecot)."""

from __future__ import annotations

from .conftest import IMAP_PASSWORD, IMAP_USER, LUCY, RAJ, reply


def _imap_config(write_config, server, imap_server, **extra):
    write_config(
        text=f"""[smtp]
host = "{server.host}"
port = {server.port}
security = "none"
[digest]
from = "Democratic Services <ds@example.gov.uk>"
reply_to = "actions@example.gov.uk"
[imap]
host = "{imap_server.host}"
port = {imap_server.port}
user = "{IMAP_USER}"
ca_file = "{imap_server.cafile}"
"""
        + "".join(f'{k} = "{v}"\n' for k, v in extra.items())
    )


def test_fetch_reads_unread_replies_and_marks_them_read(
    cli, council, sent, imap_server, write_config
):
    _imap_config(write_config, sent.server, imap_server)
    imap_server.deliver(
        reply("CSSC-1 done - circulated", token=sent.token(LUCY), message_id="<i1@x>"),
        reply(
            "CSSC-3: draft with the Chair",
            sender=f"Raj Shah <{RAJ}>",
            token=sent.token(RAJ),
            message_id="<i2@x>",
        ),
        reply("CSSC-2 done", token="abcdefghabcdefgh", message_id="<i3@x>"),
    )
    assert imap_server.unseen() == 3

    result = cli("mail", "fetch", env={"CLERK_IMAP_PASSWORD": IMAP_PASSWORD})

    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith(
        "3 messages: 2 applied, 1 attention (see: clerk mail pending)."
    )
    assert imap_server.unseen() == 0
    assert IMAP_PASSWORD not in result.output
    # Nothing new the second time; the same message delivered again is not applied twice.
    again = cli("mail", "fetch", env={"CLERK_IMAP_PASSWORD": IMAP_PASSWORD})
    assert again.stdout == "No messages.\n"
    imap_server.deliver(
        reply("CSSC-1 done - circulated", token=sent.token(LUCY), message_id="<i1@x>")
    )
    third = cli("mail", "fetch", env={"CLERK_IMAP_PASSWORD": IMAP_PASSWORD})
    assert third.stdout.startswith("already read")
    receipts = [m for m in sent.server.messages if "Your update" in m["Subject"]]
    assert len(receipts) == 2  # Lucy and Raj; none for the forged token


def test_the_password_can_come_from_a_file(cli, council, sent, imap_server, write_config, tmp_path):
    pw = tmp_path / "imap-password"
    pw.write_text(IMAP_PASSWORD + "\n")
    pw.chmod(0o600)
    _imap_config(write_config, sent.server, imap_server, password_file=str(pw))

    result = cli("mail", "fetch", "--no-receipts")

    assert result.exit_code == 0, result.output
    assert result.stdout == "No messages.\n"


def test_a_wrong_password_is_one_line_and_never_shown(
    cli, council, imap_server, write_config, smtp_server
):
    _imap_config(write_config, smtp_server(), imap_server)

    result = cli("mail", "fetch", env={"CLERK_IMAP_PASSWORD": "not-the-password"})

    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"Error: The IMAP server {imap_server.host}:{imap_server.port} refused the login"
    )
    assert result.stderr.count("\n") == 1
    assert "not-the-password" not in result.output


def test_an_untrusted_certificate_is_refused(
    cli, council, imap_server, write_config, smtp_server, tmp_path
):
    server = smtp_server()
    write_config(
        text=f'[imap]\nhost = "{imap_server.host}"\nport = {imap_server.port}\nuser = "{IMAP_USER}"\n'
        + f'[smtp]\nhost = "{server.host}"\nport = {server.port}\nsecurity = "none"\n'
    )

    result = cli("mail", "fetch", env={"CLERK_IMAP_PASSWORD": IMAP_PASSWORD})

    assert result.exit_code == 1
    assert "has a certificate clerk does not trust" in result.stderr


def test_no_imap_settings_is_one_line(cli, council):
    result = cli("mail", "fetch")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No IMAP mailbox configured")
