"""Fixtures for replies by email: the digest council, its digests really sent (so their
tokens are stored), and replies built as real MIME messages."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
from digest.conftest import (  # noqa: F401  (fixtures shared with the digest tests)
    ANN,
    CEO,
    DCS,
    DEE,
    HOF,
    LUCY,
    RAJ,
    council,
    smtp_config,
    smtp_server,
    tls_cert,
    write_config,
)


@pytest.fixture
def sent(cli, council, smtp_server, write_config):  # noqa: F811
    """Send this week's digests through a real SMTP server with replies configured.
    Returns an object with .server and .token(address) (the token that address got)."""
    server = smtp_server()
    write_config(
        smtp={"host": server.host, "port": server.port, "security": "none", "timeout": 10},
        digest={
            "from": "Democratic Services <ds@example.gov.uk>",
            "reply_to": "actions@example.gov.uk",
            "sign_off": "Democratic Services",
        },
    )
    assert cli("digest", "--send").exit_code == 0

    class Sent:
        pass

    s = Sent()
    s.server = server

    def token(address: str) -> str:
        (msg,) = [m for m in server.handler.to(address) if "[ref:" in m["Subject"]]
        return re.search(r"\[ref:([a-z2-7]{16})\]", msg["Subject"]).group(1)

    s.token = token
    s.sent_count = len(server.messages)
    return s


def reply(
    body: str,
    *,
    sender: str = f"Lucy Butler <{LUCY}>",
    token: str | None = None,
    message_id: str = "<reply-1@mail.example.gov.uk>",
    subject: str | None = None,
    html: str | None = None,
    **headers: str,
) -> bytes:
    """A reply as a mail program sends it (To the plus-address when token is given)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = (
        f"Democratic Services <actions+{token}@example.gov.uk>" if token else "ds@example.gov.uk"
    )
    msg["Subject"] = (
        subject
        if subject is not None
        else (f"RE: [Action log] digest [ref:{token}]" if token else "RE: digest")
    )
    msg["Message-ID"] = message_id
    for k, v in headers.items():
        msg[k.replace("_", "-")] = v
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


# ---- a real IMAP server (Debian's dovecot), started for the test -------------------

DOVECOT = shutil.which("dovecot") or (
    "/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None
)
IMAP_USER, IMAP_PASSWORD = "actions", "Imap-s3cret-Pw"


@dataclass
class ImapServer:
    host: str
    port: int
    cafile: Path

    def connect(self):
        import imaplib
        import ssl

        ctx = ssl.create_default_context(cafile=str(self.cafile))
        conn = imaplib.IMAP4_SSL(self.host, self.port, ssl_context=ctx, timeout=10)
        conn.login(IMAP_USER, IMAP_PASSWORD)
        return conn

    def deliver(self, *messages: bytes) -> None:
        """Put messages in INBOX, unread, as a mail server would."""
        conn = self.connect()
        try:
            for raw in messages:
                typ, _ = conn.append("INBOX", None, None, raw)
                assert typ == "OK"
        finally:
            conn.logout()

    def unseen(self) -> int:
        conn = self.connect()
        try:
            conn.select("INBOX")
            _, data = conn.uid("SEARCH", None, "UNSEEN")
            return len((data[0] or b"").split())
        finally:
            conn.logout()


@pytest.fixture
def imap_server(tls_cert):  # noqa: F811
    """Debian's dovecot on a free localhost port, IMAP over TLS only, with a throwaway
    configuration, mail directory and user in a temporary directory (no system service)."""
    if DOVECOT is None:
        pytest.skip("needs Debian's dovecot-imapd (apt-get install -y dovecot-imapd)")
    import pwd
    import signal
    import socket
    import subprocess
    import tempfile
    import time

    from digest.conftest import free_port

    base = Path(tempfile.mkdtemp(prefix="clerk-dovecot-"))
    base.chmod(0o755)
    (base / "run").mkdir(mode=0o755)
    mail = base / "mail"
    mail.mkdir(mode=0o755)
    cert, key = tls_cert
    shutil.copy(cert, base / "cert.pem")
    shutil.copy(key, base / "key.pem")
    (base / "key.pem").chmod(0o600)
    me = pwd.getpwuid(os.getuid())
    if os.getuid() == 0:  # dovecot never gives mail to root: the mailbox belongs to nobody
        owner = pwd.getpwnam("nobody")
        os.chown(mail, owner.pw_uid, owner.pw_gid)
        uid, gid, users = owner.pw_uid, owner.pw_gid, ""
    else:
        uid, gid = me.pw_uid, me.pw_gid
        users = f"default_login_user = {me.pw_name}\ndefault_internal_user = {me.pw_name}\n"
    (base / "users").write_text(f"{IMAP_USER}:{{PLAIN}}{IMAP_PASSWORD}:{uid}:{gid}::{mail}\n")
    port = free_port()
    conf = base / "dovecot.conf"
    conf.write_text(
        f"""base_dir = {base}/run
state_dir = {base}/run
log_path = {base}/dovecot.log
{users}protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{base}/cert.pem
ssl_key = <{base}/key.pem
disable_plaintext_auth = yes
mail_location = maildir:~/Maildir
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {base}/users
}}
userdb {{
  driver = passwd-file
  args = {base}/users
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
}}
"""
    )
    # In the foreground (-F): the test's own child, stopped by the test.
    log = open(base / "stderr.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=log, stderr=log)
    try:
        for _ in range(200):
            if proc.poll() is not None:
                raise RuntimeError(
                    (base / "stderr.log").read_text() + (base / "dovecot.log").read_text()
                )
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        yield ImapServer("127.0.0.1", port, base / "cert.pem")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(base, ignore_errors=True)
