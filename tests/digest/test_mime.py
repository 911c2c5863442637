"""clerk writes its emails' MIME itself (mail.OutgoingEmail): read back by the email
package, every header and part says exactly what was given, in any script, with long
lines, and over a real SMTP server."""

from __future__ import annotations

import email
import re
from datetime import UTC, datetime
from email import policy
from email.utils import formataddr, parseaddr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clerk_cli.mail import (
    OutgoingEmail,
    SmtpTransport,
    compose,
    format_address,
    format_date,
    parse_address,
)

SENDER = "Democratic Services <ds@example.gov.uk>"


def read(data: bytes):
    return email.message_from_bytes(data, policy=policy.default)


def body(msg, subtype: str) -> str:
    return msg.get_body(preferencelist=(subtype,)).get_content()


def check_lines(data: bytes) -> None:
    assert data.isascii()
    assert all(len(line) <= 998 for line in data.split(b"\n"))


def message(**kw) -> OutgoingEmail:
    args = dict(sender=SENDER, to="Raj Shah <raj.shah@example.gov.uk>", subject="s", text="t\n")
    args["html"] = "<p>h</p>\n"
    args.update(kw)
    return compose(**args)


def test_an_ascii_message_is_7bit_and_reads_back():
    when = datetime(2026, 11, 30, 7, 5, 9, tzinfo=UTC)
    msg = message(subject="[Action log] 1 overdue: Head of Finance", when=when)
    data = msg.as_bytes()
    check_lines(data)
    back = read(data)

    assert back["From"] == SENDER
    assert back["To"] == "Raj Shah <raj.shah@example.gov.uk>"
    assert back["Subject"] == "[Action log] 1 overdue: Head of Finance"
    assert back["Date"] == "Mon, 30 Nov 2026 07:05:09 +0000"
    assert back["Date"].datetime == when
    assert back["Auto-Submitted"] == "auto-generated"
    assert back.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in back.iter_parts()] == ["text/plain", "text/html"]
    assert [p["Content-Transfer-Encoding"] for p in back.iter_parts()] == ["7bit", "7bit"]
    assert body(back, "plain") == "t\n" and body(back, "html") == "<p>h</p>\n"
    assert b"\r" not in data
    assert back.defects == [] and all(p.defects == [] for p in back.iter_parts())


def test_other_scripts_long_lines_and_control_characters_arrive_intact():
    text = "Siân Jones: café — ok\n" + "x" * 5000 + "\nend\x0c\n"
    html = "<p>" + "y" * 3000 + " Zoë</p>"
    msg = message(
        to="Siân Ní Bhriain <sian@example.gov.uk>",
        subject="[Action log] 2 overdue: Pennaeth Cyllid – Siân’s post " + "z" * 40,
        text=text,
        html=html,
    )
    data = msg.as_bytes()
    check_lines(data)
    back = read(data)

    assert back["To"].addresses[0].display_name == "Siân Ní Bhriain"
    assert back["To"].addresses[0].addr_spec == "sian@example.gov.uk"
    assert back["Subject"] == msg["Subject"]
    assert body(back, "plain") == text
    # HTML: non-ASCII as character references; its long line needs quoted-printable.
    assert body(back, "html") == "<p>" + "y" * 3000 + " Zo&#235;</p>"
    assert [p["Content-Transfer-Encoding"] for p in back.iter_parts()] == [
        "quoted-printable",
        "quoted-printable",
    ]
    assert [p.get_content_charset() for p in back.iter_parts()] == ["utf-8", "utf-8"]


def test_a_line_break_in_a_name_or_subject_adds_no_header():
    msg = message(
        to=format_address("Raj\r\nBcc: spy@example.org", "raj.shah@example.gov.uk"),
        subject="hello\r\nBcc: spy@example.org",
    )
    back = read(msg.as_bytes())

    assert back["Bcc"] is None
    assert back["Subject"] == "hello Bcc: spy@example.org"
    assert parseaddr(str(back["To"]))[1] == "raj.shah@example.gov.uk"


def test_an_address_outside_ascii_is_a_one_line_error_not_a_crash():
    from clerk_cli.errors import MailError

    msg = message(to="Zoë <zoë@exämple.org>")
    with pytest.raises(MailError, match="plain ASCII addresses only"):
        msg.as_bytes()


def test_a_subject_that_looks_encoded_is_kept_as_typed():
    msg = message(subject="Why =?utf-8?b?SGk=?= shows up")
    assert read(msg.as_bytes())["Subject"] == "Why =?utf-8?b?SGk=?= shows up"


def test_long_ascii_headers_fold_at_spaces_and_unfold_to_what_was_given():
    subject = "[Action log] Summary: " + "; ".join(f"C{i} 3 overdue, 2 due soon" for i in range(12))
    msg = message(subject=subject, headers={"X-Clerk-Digest": "2026-W49-clerk-" + "k" * 120})
    data = msg.as_bytes()
    check_lines(data)
    header_block = data.split(b"\n\n", 1)[0].decode()
    assert all(len(line) <= 78 for line in header_block.splitlines() if "X-Clerk" not in line)
    back = read(data)
    assert back["Subject"] == subject
    assert back["X-Clerk-Digest"] == "2026-W49-clerk-" + "k" * 120


def test_headers_read_and_change_like_a_message():
    msg = message(headers={"In-Reply-To": "<a@b>"})
    assert msg["to"] == "Raj Shah <raj.shah@example.gov.uk>"
    assert msg["X-None"] is None and "In-Reply-To" in msg
    assert msg.get("X-None", "none") == "none" and msg.get("to") == msg["To"]
    del msg["Auto-Submitted"]
    msg["Auto-Submitted"] = "auto-replied"
    back = read(msg.as_bytes())
    assert back.get_all("Auto-Submitted") == ["auto-replied"]


def test_the_boundary_is_never_in_a_part():
    msg = message()
    data = msg.as_bytes()
    boundary = re.search(rb'boundary="([^"]+)"', data).group(1)
    assert data.count(b"--" + boundary) == 3
    assert boundary.startswith(b"=_")  # "=_" cannot occur in base64


def test_format_date_is_rfc5322():
    assert format_date(datetime(2027, 1, 3, 23, 59, 1, tzinfo=UTC)) == (
        "Sun, 03 Jan 2027 23:59:01 +0000"
    )


# ---- addresses: the same answers as email.utils ---------------------------------

ADDRESSES = [
    "ds@example.gov.uk",
    "Democratic Services <ds@example.gov.uk>",
    '"Democratic Services" <ds@example.gov.uk>',
    '"Smith, John" <john.smith@example.gov.uk>',
    "Smith, John <john.smith@example.gov.uk>",
    "Dr. J.  Smith <j@example.org>",
    "Siân Jones <sian@example.gov.uk>",
    "  Lucy   Butler\t<lucy@example.gov.uk>  ",
    "Children's Services <c.s+x@example.gov.uk>",
    '"A \\"quoted\\" name" <a@example.org>',
    "(comment) a@example.org",
    "a@example.org (Ann)",
    "<a@example.org>",
    "not an address",
    "",
    "Ann <a@example.org>, Bob <b@example.org>",
]


@pytest.mark.parametrize("value", ADDRESSES)
def test_parse_address_agrees_with_the_email_package(value):
    assert parse_address(value) == parseaddr(value)


NAME_CHARS = st.sampled_from(list("Ab z.,;:'\"\\()<>@[]\t-âé’ü") + ["\u00a0", "\u2028"])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.text(NAME_CHARS, max_size=12),
    local=st.from_regex(r"[a-z0-9.+_-]{1,8}", fullmatch=True),
    quoted=st.booleans(),
)
def test_parse_address_agrees_with_the_email_package_on_made_up_names(name, local, quoted):
    shown = f'"{name}"' if quoted else name
    value = f"{shown} <{local}@example.gov.uk>"
    assert parse_address(value) == parseaddr(value)
    assert parse_address(f"{local}@example.gov.uk") == parseaddr(f"{local}@example.gov.uk")


@pytest.mark.parametrize(
    "name", ["Lucy Butler", "Smith, John", 'A "Q" \\ B', "Dr. Who", "", "O'Neil"]
)
def test_format_address_writes_ascii_names_as_formataddr_does(name):
    assert format_address(name, "x@example.org") == formataddr((name, "x@example.org"))


@settings(max_examples=200, deadline=None)
@given(
    subject=st.text(max_size=300),
    name=st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
)
def test_any_subject_and_name_read_back_as_given(subject, name):
    msg = compose(
        sender=SENDER,
        to=format_address(" ".join(name.split()), "raj.shah@example.gov.uk"),
        subject=subject,
        text=subject,
        html="<p></p>",
    )
    data = msg.as_bytes()
    check_lines(data)
    back = read(data)
    expected = " ".join(subject.splitlines()) if "\n" in subject or "\r" in subject else subject
    # (Space at either end of a header is not kept by mail readers: clerk's never has any.)
    assert back["Subject"].strip(" \t") == expected.strip(" \t")
    assert back["To"].addresses[0].addr_spec == "raj.shah@example.gov.uk"
    assert body(back, "plain") == subject.replace("\r\n", "\n").replace("\r", "\n")


# ---- over SMTP -----------------------------------------------------------------


def test_smtp_delivers_the_same_message_with_crlf_and_dots(smtp_server):
    from clerk_cli.config import SmtpSettings

    server = smtp_server()
    text = "Line one\n.a line that starts with a dot\n" + "é" * 2000 + "\n"
    msg = message(to="Siân Jones <sian@example.gov.uk>", subject="Café ☕ report", text=text)
    smtp = SmtpSettings(host=server.host, port=server.port, security="none", timeout=10)
    with SmtpTransport(smtp) as t:
        t.send(msg)

    ((rcpts, got),) = server.handler.messages
    assert rcpts == ["sian@example.gov.uk"]
    assert got["Subject"] == "Café ☕ report"
    assert got["To"].addresses[0].display_name == "Siân Jones"
    assert body(got, "plain").replace("\r\n", "\n") == text  # CRLF on the wire


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    width=st.integers(0, 1200),
)
def test_any_body_reads_back_as_given(text, width):
    text = text + "x" * width + " \t\n.\n=41 trailing space \n"
    msg = message(text=text, html=f"<p>{text}</p>")
    data = msg.as_bytes()
    check_lines(data)
    back = read(data)
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    assert body(back, "plain") == normal
    assert (
        body(back, "html") == "<p>" + normal.encode("ascii", "xmlcharrefreplace").decode() + "</p>"
    )


def test_an_outbox_of_many_emails_has_each_whole_and_private(tmp_path):
    from clerk_cli.mail import OutboxTransport

    texts = {}
    with OutboxTransport(tmp_path / "ob") as box:
        for i in range(OutboxTransport.BATCH + 7):
            text = f"Email {i}\n" + "é" * i
            msg = message(text=text, headers={"X-Clerk-Digest": f"2026-W49-owner-{i}"})
            box.send(msg)
            texts[f"2026-W49-owner-{i}"] = text
    files = sorted((tmp_path / "ob").iterdir())
    assert len(files) == len(texts) == len(box.written)
    for f in files:
        assert oct(f.stat().st_mode & 0o777) == "0o600" and not f.name.startswith(".")
        back = read(f.read_bytes())
        assert body(back, "plain") == texts[back["X-Clerk-Digest"]]
