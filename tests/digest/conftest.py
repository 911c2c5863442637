"""Fixtures for digest tests: a real SMTP server on localhost, TLS certificates, and a council.

The SMTP server is aiosmtpd's Controller on a free port; it keeps every message it
accepted and can refuse chosen recipients with a 550.
"""

from __future__ import annotations

import email
import re
import socket
import ssl
import subprocess
from dataclasses import dataclass, field
from datetime import date, timedelta
from email import policy
from pathlib import Path

import pytest

TODAY = date.today()
LUCY = "lucy.butler@example.gov.uk"
RAJ = "raj.shah@example.gov.uk"
DEE = "dee.pike@example.gov.uk"
ANN = "ann.other@example.gov.uk"
DCS = "Director of Children's Services"
HOF = "Head of Finance"
CEO = "Chief Executive"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Recorder:
    """An aiosmtpd handler that keeps what it accepts and refuses whom it is told to."""

    messages: list = field(default_factory=list)
    refuse: set = field(default_factory=set)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.lower() in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        msg = email.message_from_bytes(
            envelope.original_content or envelope.content, policy=policy.default
        )
        self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        return [m for rcpts, m in self.messages if address in rcpts]


@dataclass
class Server:
    host: str
    port: int
    handler: Recorder

    @property
    def messages(self):
        return [m for _, m in self.handler.messages]

    def by_recipient(self) -> dict:
        return {rcpts[0]: m for rcpts, m in self.handler.messages}


@pytest.fixture
def smtp_server():
    """Start a real SMTP server: smtp_server(**aiosmtpd SMTP options) -> Server."""
    from aiosmtpd.controller import Controller

    started = []

    def start(**kwargs) -> Server:
        handler = Recorder()
        controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
        controller.start()
        started.append(controller)
        return Server("127.0.0.1", controller.port, handler)

    yield start
    for controller in started:
        controller.stop()


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost (openssl), as (cert, key)."""
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def server_tls_context(tls_cert) -> ssl.SSLContext:
    cert, key = tls_cert
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(cert), str(key))
    return ctx


@pytest.fixture
def write_config(clerk_home):
    """Write config.toml in the test's clerk home: write_config(smtp={...}, digest={...})."""

    def write(
        text: str | None = None, *, smtp: dict | None = None, digest: dict | None = None
    ) -> Path:
        path = clerk_home / "config.toml"
        if text is None:
            lines = []
            for name, table in (("smtp", smtp), ("digest", digest)):
                if table:
                    lines.append(f"[{name}]")
                    for k, v in table.items():
                        lines.append(f"{k} = {_toml(v)}")
            text = "\n".join(lines) + "\n"
        path.write_text(text)
        path.chmod(0o600)
        return path

    return write


def _toml(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return str(v)
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def smtp_config(write_config):
    """Point clerk at a Server: smtp_config(server, security="none", **more smtp keys)."""

    def configure(server: Server, security: str = "none", **smtp):
        return write_config(
            smtp={
                "host": server.host,
                "port": server.port,
                "security": security,
                "timeout": 10,
                **smtp,
            },
            digest={"from": "Democratic Services <democratic.services@example.gov.uk>"},
        )

    return configure


def backdate(db, ref: str, days: int) -> None:
    """Make an action look as if it was created `days` ago (for stale actions)."""
    from datetime import UTC, datetime

    when = datetime.now(UTC) - timedelta(days=days)
    db.run_sql(
        lambda q: q.execute("UPDATE action SET created_at = ? WHERE ref = ?", (when, ref)),
        write=True,
    )


@pytest.fixture
def council(db):
    """Two committees with clerks, three posts (one vacant), and actions for each.

    \b
    CSSC-1  DCS  overdue (10 days), no note
    CSSC-2  DCS  due in 5 days, CONFIDENTIAL
    CSSC-3  HOF  overdue (3 days), noted since
    CSSC-4  DCS  due in 60 days, created 45 days ago: stale
    CSSC-5  HOF  due in 90 days, recent: not in any digest
    CSSC-6  DCS  done this week
    AUD-1   HOF  due in 7 days
    AUD-2   DCS  overdue (20 days), text with <script>
    AUD-3   CEO  overdue (1 day), post has no holder
    """
    from clerk_cli.services.actions import add_action, add_note, set_status
    from clerk_cli.services.committees import add_committee
    from clerk_cli.services.owners import add_owner

    add_committee(
        db, name="Children's Services Scrutiny Committee", code="CSSC", clerk=f"Dee Pike <{DEE}>"
    )
    add_committee(db, name="Audit Committee", code="AUD", clerk=f"Ann Other <{ANN}>")
    add_owner(db, name=DCS, holder=f"Lucy Butler <{LUCY}>")
    add_owner(db, name=HOF, holder=f"Raj Shah <{RAJ}>")
    add_owner(db, name=CEO)

    def act(text, owner, committee, days, **kw):
        due = (TODAY + timedelta(days=days)).isoformat()
        return add_action(
            db, text=text, owner=owner, committee=committee, due=due, today=TODAY, **kw
        )

    act("Share the staff survey questions", DCS, "CSSC", -10)
    act("Brief members on the safeguarding case", DCS, "CSSC", 5, confidential=True)
    act("Publish the budget monitoring report", HOF, "CSSC", -3)
    add_note(db, "CSSC-3", "Draft with the portfolio holder")
    act("Refresh the sufficiency strategy", DCS, "CSSC", 60)
    backdate(db, "CSSC-4", 45)
    act("Benchmark agency spend", HOF, "CSSC", 90)
    act("Circulate the Ofsted letter", DCS, "CSSC", -2)
    set_status(db, "CSSC-6", "done", note="Circulated")
    act("Review the risk register", HOF, "AUD", 7)
    act('Explain <script>alert("x")</script> & other "odd" text', DCS, "AUD", -20)
    act("Sign the annual governance statement", CEO, "AUD", -1)
    return db


def refs_in(text: str) -> set[str]:
    import re

    return set(re.findall(r"\b(?:CSSC|AUD)-\d+\b", text))


def parts(msg) -> tuple[str, str]:
    """(plain text, HTML) of a multipart/alternative message."""
    text = msg.get_body(preferencelist=("plain",)).get_content()
    html = msg.get_body(preferencelist=("html",)).get_content()
    return text, html


def sent_rows(db) -> list[tuple[str, str, str, str]]:
    return db.run_sql(
        lambda q: [
            tuple(r)
            for r in q.rows(
                "SELECT recipient, kind, subject_key, iso_week FROM digest_sent ORDER BY id"
            )
        ]
    )


REF = re.compile(r" \[ref:[a-z2-7]{16}\]$")


def bare(subject: str) -> str:
    """A sent digest's subject without its [ref:TOKEN] (which every sent digest has)."""
    assert REF.search(subject), subject
    return REF.sub("", subject)


@pytest.fixture
def emails(council):
    """The HTML of Lucy's owner digest and Dee's clerk summary, with long, awkward text."""
    from clerk_cli.config import DigestSettings
    from clerk_cli.mail import digest_bodies
    from clerk_cli.services.actions import add_action, add_note
    from clerk_cli.services.digest import build_digests, digest_emails

    due = (TODAY + timedelta(days=3)).isoformat()
    add_action(
        council,
        text="Provide anonymised case audit findings for the child discussed in closed session, "
        "with the Ofsted improvement plan (https://www.example.gov.uk/sites/default/files/"
        "documents/children-services/improvement-plan-2026-27-final-v3.pdf)",
        owner=DCS,
        committee="CSSC",
        due=due,
        today=TODAY,
        confidential=True,
    )
    add_note(council, "CSSC-7", "Awaiting sign-off: " + "Supercalifragilistic" * 4)
    settings = DigestSettings(
        sender="Democratic Services <ds@example.gov.uk>",
        organisation="Example Borough Council",
        sign_off="Democratic Services",
        reply_to="actions@example.gov.uk",
    )
    batch = build_digests(council)
    by_to = {e.recipient: e for e in digest_emails(batch, prefix=settings.prefix)}
    owner = next(e for r, e in by_to.items() if r and "lucy" in r)
    clerk = next(e for r, e in by_to.items() if r and DEE in r)
    return {
        kind: digest_bodies(e, batch, settings)[1]
        for kind, e in (("owner", owner), ("clerk", clerk))
    }
