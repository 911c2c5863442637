"""Fixtures for replies by email: the digest council, its digests really sent (so their
tokens are stored), and replies built as real MIME messages."""

from __future__ import annotations

import re
from email.message import EmailMessage

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
