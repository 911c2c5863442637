"""Reading an owner's reply (issue 16 b): real MIME messages in the shapes mail programs
send, and the line grammar, with property tests.  Pure: no database, no network."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_cli.mail_replies import (
    DONE,
    IN_PROGRESS,
    MAX_MESSAGE_BYTES,
    NEW_DATE,
    NOTE,
    Instruction,
    Unreadable,
    own_lines,
    parse_message,
    read_line,
)

TODAY = date(2026, 11, 30)
TOKEN = "abcdefgh234567ab"
REPLY_LINES = (
    "CSSC-12 done - circulated on 3 July\n"
    "CSSC-14 new date 31/01/2027 - waiting for the audit\n"
    "CSSC-15 in progress: draft with the Chair\n"
    "CSSC-16: any other text\n"
)
EXPECTED = [
    ("CSSC-12", DONE, "circulated on 3 July", None),
    ("CSSC-14", NEW_DATE, "waiting for the audit", date(2027, 1, 31)),
    ("CSSC-15", IN_PROGRESS, "draft with the Chair", None),
    ("CSSC-16", NOTE, "any other text", None),
]
DIGEST_TEXT = (
    "Dear Lucy Butler,\n\nYour actions as Director of Children's Services.\n\nOVERDUE (1)\n"
    "  CSSC-12  Share the staff survey questions\n      Due: 2026-11-20 (10 days overdue)\n"
)


def _got(reply):
    return [(i.ref, i.kind, i.note, i.due) for i in reply.instructions]


def _message(body_text=None, body_html=None, *, cte=None, attach=False, **headers):
    msg = EmailMessage()
    msg["From"] = headers.pop("From", "Lucy Butler <lucy.butler@example.gov.uk>")
    msg["To"] = headers.pop("To", f"Democratic Services <actions+{TOKEN}@example.gov.uk>")
    msg["Subject"] = headers.pop("Subject", f"RE: [Action log] 1 overdue [ref:{TOKEN}]")
    msg["Message-ID"] = headers.pop("Message_ID", "<reply-1@mail.example.gov.uk>")
    for k, v in headers.items():
        msg[k.replace("_", "-")] = v
    if body_text is not None:
        msg.set_content(body_text, cte=cte) if cte else msg.set_content(body_text)
    if body_html is not None:
        if body_text is None:
            msg.set_content(body_html, subtype="html", cte=cte) if cte else msg.set_content(
                body_html, subtype="html"
            )
        else:
            msg.add_alternative(body_html, subtype="html")
    if attach:
        msg.add_attachment(
            b"CSSC-99 done\n", maintype="text", subtype="plain", filename="notes.txt"
        )
        msg.add_attachment(
            b"%PDF-1.4 binary", maintype="application", subtype="pdf", filename="x.pdf"
        )
    return msg.as_bytes()


def test_plain_reply_with_gmail_quote_and_signature():
    body = (
        f"Hi Dee,\n\n{REPLY_LINES}\nThanks,\nLucy\n-- \nLucy Butler\nDirector\nCSSC-99 done\n\n"
        "On Mon, 30 Nov 2026 at 07:00, Democratic Services <ds@example.gov.uk> wrote:\n"
        + "".join("> " + line + "\n" for line in DIGEST_TEXT.splitlines())
    )
    reply = parse_message(_message(body), today=TODAY)

    assert _got(reply) == EXPECTED
    assert reply.unreadable == [] and reply.problems == []
    assert reply.token == TOKEN
    assert reply.message_id == "<reply-1@mail.example.gov.uk>"
    assert reply.sender == "Lucy Butler <lucy.butler@example.gov.uk>"
    assert "CSSC-99" not in reply.text


def test_gmail_wraps_the_wrote_line_over_two_lines():
    body = (
        REPLY_LINES
        + "\nOn Mon, 30 Nov 2026 at 07:00, Democratic Services <\nds@example.gov.uk> wrote:\n\n"
        + DIGEST_TEXT
    )
    assert _got(parse_message(_message(body), today=TODAY)) == EXPECTED


def test_outlook_top_posting_quotes_the_digest_unmarked():
    body = (
        REPLY_LINES
        + "\n________________________________\nFrom: Democratic Services <ds@example.gov.uk>\n"
        "Sent: 30 November 2026 07:00\nTo: Lucy Butler <lucy.butler@example.gov.uk>\n"
        f"Subject: [Action log] 1 overdue [ref:{TOKEN}]\n\n" + DIGEST_TEXT
    )
    reply = parse_message(_message(body, cte="quoted-printable"), today=TODAY)
    assert _got(reply) == EXPECTED


def test_outlook_plain_header_block_without_a_rule():
    body = (
        REPLY_LINES
        + "\nFrom: Democratic Services <ds@example.gov.uk>\nSent: Monday, 30 November 2026\n"
        "To: Lucy Butler\nSubject: digest\n\n" + DIGEST_TEXT
    )
    assert _got(parse_message(_message(body), today=TODAY)) == EXPECTED


def test_apple_mail_html_only_with_blockquote():
    html = (
        "<html><head><style>p{color:red}</style></head><body>"
        + "".join(f"<div>{line}</div>" for line in REPLY_LINES.splitlines())
        + "<div><br></div><div>Sent from my iPhone</div>"
        '<div><br><blockquote type="cite">On 30 Nov 2026, at 07:00, Democratic Services wrote:<br>'
        "<div>CSSC-12&nbsp; Share the staff survey questions</div><div>CSSC-13 done</div></blockquote></div>"
        "</body></html>"
    )
    reply = parse_message(_message(None, html, cte="quoted-printable"), today=TODAY)
    assert _got(reply) == EXPECTED


def test_outlook_html_with_divrplyfwdmsg_and_gmail_quote_div():
    for cut in (
        '<div id="divRplyFwdMsg">',
        '<div class="gmail_quote">',
        '<div id="appendonsend"></div>',
    ):
        html = (
            "<html><body><p>"
            + "<br>".join(REPLY_LINES.splitlines())
            + f"</p>{cut}<b>From:</b> ds<br>CSSC-13 done<br></div></body></html>"
        )
        assert _got(parse_message(_message(None, html), today=TODAY)) == EXPECTED, cut


def test_multipart_alternative_prefers_the_plain_part_and_skips_attachments():
    html = "<p>" + "<br>".join(REPLY_LINES.splitlines()) + "</p>"
    reply = parse_message(_message(REPLY_LINES, html, attach=True), today=TODAY)
    assert _got(reply) == EXPECTED  # the attached CSSC-99 done is not read


def test_base64_utf8_body_and_non_ascii_notes():
    body = "CSSC-12 done – shared with the Chair’s office (£2.5m) café\n"
    reply = parse_message(_message(body, cte="base64"), today=TODAY)
    assert _got(reply) == [("CSSC-12", DONE, "shared with the Chair’s office (£2.5m) café", None)]


def test_unreadable_lines_are_reported_not_guessed():
    body = "CSSC-12 finished it I think\nI did CSSC-13 last week\nCSSC-14 new date 31/02/2027\nCSSC-15\n"
    reply = parse_message(_message(body), today=TODAY)
    assert reply.instructions == []
    assert [u.line for u in reply.unreadable] == body.splitlines()
    assert "not a real date" in reply.unreadable[2].why


def test_tokens_from_subject_plus_address_and_references_must_agree():
    other = "zzzzzzzzzzzzzzzz"
    only_refs = _message(
        REPLY_LINES, To="ds@example.gov.uk", Subject="RE: digest",
        References=f"<digest.{TOKEN}@example.gov.uk>",
    )  # fmt: skip
    assert parse_message(only_refs, today=TODAY).token == TOKEN
    clash = _message(REPLY_LINES, Subject=f"RE: [ref:{other}]")
    reply = parse_message(clash, today=TODAY)
    assert reply.token is None
    assert reply.problems == ["the message quotes two different digest references"]
    none = _message(REPLY_LINES, To="ds@example.gov.uk", Subject="RE: digest")
    assert parse_message(none, today=TODAY).token is None


def test_out_of_office_is_automatic():
    reply = parse_message(_message("I am away", Auto_Submitted="auto-replied"), today=TODAY)
    assert reply.automatic


def test_a_ten_megabyte_message_is_not_read():
    raw = _message(REPLY_LINES + ("x" * 76 + "\n") * 140_000)
    assert len(raw) > 10_000_000 > MAX_MESSAGE_BYTES

    reply = parse_message(raw, today=TODAY)

    assert reply.instructions == [] and reply.token == TOKEN
    assert reply.problems == ["the message is 10.8 MB; replies are read up to 2 MB"]


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe garbage",
        b"From: \r\nSubject: =?utf-8?q?broken\r\n\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nno end",
        b"Content-Type: text/plain; charset=klingon\r\nMessage-ID: <a@b>\r\n\r\nCSSC-1 done\r\n",
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!",
    ],
)
def test_malformed_messages_do_not_crash(raw):
    reply = parse_message(raw, today=TODAY)
    assert reply.message_id.startswith("<")
    assert all(isinstance(i, Instruction) for i in reply.instructions)


def test_a_message_without_a_message_id_is_known_by_its_content():
    raw = b"From: x@example.org\r\n\r\nCSSC-1 done\r\n"
    assert parse_message(raw, today=TODAY).message_id == parse_message(raw, today=TODAY).message_id
    assert (
        parse_message(raw + b"\r\n", today=TODAY).message_id
        != parse_message(raw, today=TODAY).message_id
    )


# ---- properties ------------------------------------------------------------------

codes = st.from_regex(r"[A-Z][A-Z0-9]{0,5}", fullmatch=True)
numbers = st.integers(1, 99999)
notes = (
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=60)
    .map(lambda s: " ".join(s.split()))
    .filter(lambda s: s and s.strip(" -\u2013\u2014:;.,") == s)
)


@given(codes, numbers, notes, st.sampled_from([" - ", ": ", " \u2013 ", ", "]))
def test_done_with_any_note(code, n, note, sep):
    got = read_line(f"{code}-{n} done{sep}{note}", today=TODAY)
    assert got == Instruction(f"{code}-{n}", DONE, note, got.line)


@given(codes, numbers, notes)
def test_a_note_after_a_colon_is_kept_word_for_word(code, n, note):
    got = read_line(f"{code}-{n}: {note}", today=TODAY)
    assert isinstance(got, Instruction) and got.kind == NOTE and got.note == note


@given(
    codes,
    numbers,
    st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    notes.filter(
        lambda s: (
            ":" not in s and " - " not in s and ";" not in s and "," not in s and "because" not in s
        )
    ),
)
def test_new_date_day_first_with_a_reason(code, n, when, reason):
    got = read_line(f"{code}-{n} new date {when:%d/%m/%Y} - {reason}", today=TODAY)
    assert isinstance(got, Instruction)
    assert (got.kind, got.due, got.note) == (NEW_DATE, when, reason)


@settings(max_examples=300)
@given(st.text(max_size=120))
def test_any_line_is_read_reported_or_left_alone_never_crashes(line):
    got = read_line(line, today=TODAY)
    assert got is None or isinstance(got, Instruction | Unreadable)
    if isinstance(got, Instruction):
        # an instruction only ever comes from a line that starts with its reference
        assert " ".join(line.split()).upper().lstrip("-*\u2022> 0123456789.)").startswith(
            got.ref
        ) or (got.ref in " ".join(line.split()).upper())


@settings(max_examples=200)
@given(st.binary(max_size=2000))
def test_any_bytes_parse_without_crashing(raw):
    reply = parse_message(raw, today=TODAY)
    assert reply.message_id


@settings(max_examples=100)
@given(st.binary(max_size=300))
def test_the_text_kept_has_no_control_characters(body):
    reply = parse_message(b"From: x@example.org\r\n\r\n" + body, today=TODAY)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in reply.text)


@given(st.lists(st.sampled_from(["> CSSC-1 done", ">> CSSC-2 done", "> > CSSC-3: x"]), max_size=8))
def test_quoted_lines_are_never_read(quoted):
    assert own_lines("\n".join(quoted)) == []
