"""Owners' replies to a digest, read from the email: pure, no database, no network.

``parse_message(raw)`` takes the bytes of one email (plain text, HTML only,
multipart, quoted-printable or base64, with attachments, a signature and the digest
quoted below in the style of Outlook, Gmail or Apple Mail) and returns a
``ParsedReply``: who sent it, the digest token it answers, the reply's own lines, and
what each line asks for.  One instruction per line, the reference first:

    CSSC-12 done - circulated on 3 July            completion, with that note
    CSSC-14 new date 31/01/2027 - waiting for ...  a new due date (a slip), the reason as a note
    CSSC-15 in progress: draft with the Chair      in progress, with that note
    CSSC-16: any other text                        a progress note

A line that mentions a reference in any other way is *unreadable*: it is reported,
never guessed at.  Lines with no reference (greetings, thanks) are left alone.
Nothing here decides whether the sender may change an action: services.replies does.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import field
from datetime import date
from html.parser import HTMLParser

from clerk_cli.errors import InvalidInput
from clerk_cli.records import dataclass

# Replies are short: a message bigger than this is not read (its headers still are).
MAX_MESSAGE_BYTES = 2_000_000
MAX_LINES = 200  # own lines read from one reply
MAX_NOTE = 2_000  # characters of one note

TOKEN_RE = re.compile(r"[a-z2-7]{16}")
_SUBJECT_TOKEN = re.compile(r"\[ref:\s*([A-Za-z2-7]{16})\s*\]")
_MSGID_TOKEN = re.compile(r"<digest\.([a-z2-7]{16})@[^>]*>")
_PLUS_TOKEN = re.compile(r"^[^@+\s]+\+([A-Za-z2-7]{16})@", re.ASCII)
# A reference: a committee code (clerk committee add's rule) and a number.
REF = r"[A-Za-z][A-Za-z0-9_&]{0,15}-\d{1,9}"
_REF_ANYWHERE = re.compile(rf"(?<![A-Za-z0-9_&-]){REF}(?![\w-])")
_LINE = re.compile(rf"^(?P<ref>{REF})(?![\w-])\s*(?P<rest>.*)$", re.S)
_SEP = r"\s*(?:[-\u2013\u2014:,;]\s*|\s)"  # " - ", " – ", ": ", ", " or just a space
_DONE = re.compile(rf"^(?:done|completed?|complete)[.!]*(?:{_SEP}(?P<note>.*))?$", re.I | re.S)
_PROGRESS = re.compile(rf"^in[ -]progress[.!]*(?:{_SEP}(?P<note>.*))?$", re.I | re.S)
# "CSSC-12 not feasible - budget withdrawn": an outcome besides done, with its reason.
_OUTCOME = re.compile(
    rf"^(?P<outcome>not[ -]feasible|superseded|deferred)[.!]*(?:{_SEP}(?P<note>.*))?$",
    re.I | re.S,
)
_NEW_DATE = re.compile(r"^(?:new\s+(?:due\s+)?date|new\s+due)\s*:?\s+(?P<rest>.+)$", re.I | re.S)
_REASON = re.compile(r"\s+[-\u2013\u2014]\s+|\s*:\s+|\s*;\s+|,\s+|\s+(?=because\b)")
_NOTE = re.compile(r"^[:\u2013\u2014-]\s*(?P<note>.*)$", re.S)
# Control characters are dropped from a reply's text (PostgreSQL refuses NUL in text).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BULLET = re.compile(r"^(?:[-*\u2022>]+\s+|\d{1,2}[.)]\s+)")

DONE, NEW_DATE, IN_PROGRESS, NOTE = "done", "new date", "in progress", "note"
CLOSE = "close"  # an outcome besides done (Instruction.outcome), with a reason


@dataclass(frozen=True)
class Instruction:
    """One line understood: what to do to which action."""

    ref: str  # upper case, e.g. CSSC-12
    kind: str  # DONE, NEW_DATE, IN_PROGRESS, NOTE or CLOSE
    note: str | None
    line: str
    due: date | None = None  # for NEW_DATE
    outcome: str | None = None  # for CLOSE: not_feasible, superseded or deferred


@dataclass(frozen=True)
class Unreadable:
    """A line that mentions a reference but says nothing clerk can read."""

    line: str
    why: str


@dataclass
class ParsedReply:
    """What one email says, before anyone checks who may say it."""

    message_id: str
    sender: str | None  # the From header as written (checked later by rules.people)
    subject: str
    token: str | None
    instructions: list[Instruction] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    text: str = ""  # the reply's own lines
    problems: list[str] = field(default_factory=list)  # about the message as a whole
    automatic: bool = False  # an out-of-office or other machine reply: never answered


# ---- one line ------------------------------------------------------------------


def read_line(line: str, *, today: date) -> Instruction | Unreadable | None:
    """What one of the reply's own lines asks for; None for a line with no reference."""
    line = " ".join(line.split())
    shown = line[:200]
    body = _BULLET.sub("", line)
    m = _LINE.match(body)
    if m is None:
        if _REF_ANYWHERE.search(body):
            return Unreadable(shown, "start the line with the reference, e.g. CSSC-12 done")
        return None
    ref, rest = m.group("ref").upper(), m.group("rest").strip()
    others = {r.upper() for r in _REF_ANYWHERE.findall(rest)}
    if len(others - {ref}) and not _NOTE.match(rest):
        return Unreadable(shown, "one reference per line")
    if not rest:
        return Unreadable(shown, "say what happened: done, new date, in progress or a note")
    if d := _DONE.match(rest):
        return Instruction(ref, DONE, _note(d.group("note")), shown)
    if p := _PROGRESS.match(rest):
        return Instruction(ref, IN_PROGRESS, _note(p.group("note")), shown)
    if o := _OUTCOME.match(rest):
        outcome = "_".join(o.group("outcome").lower().replace("-", " ").split())
        reason = _note(o.group("note"))
        if reason is None:
            return Unreadable(
                shown, f"say why, e.g. {ref} {outcome.replace('_', ' ')} - budget withdrawn"
            )
        return Instruction(ref, CLOSE, reason, shown, outcome=outcome)
    if n := _NEW_DATE.match(rest):
        return _new_date(ref, n.group("rest"), shown, today)
    if n := _NOTE.match(rest):
        note = _note(n.group("note"))
        if note is None:
            return Unreadable(shown, "the note is empty")
        return Instruction(ref, NOTE, note, shown)
    return Unreadable(
        shown, "not understood: write done, new date DD/MM/YYYY, in progress, or REF: a note"
    )


def _note(text: str | None) -> str | None:
    text = (text or "").strip(" -\u2013\u2014:;.,") if text else ""
    text = (text or "").strip()
    return text[:MAX_NOTE] or None


def _new_date(ref: str, rest: str, shown: str, today: date) -> Instruction | Unreadable:
    parts = _REASON.split(rest.strip(), maxsplit=1)
    when_text = parts[0].strip().rstrip(".")
    reason = _note(parts[1]) if len(parts) > 1 else None
    try:
        from clerk_cli.dates import parse_date

        when = parse_date(when_text, today=today)
    except InvalidInput as exc:
        return Unreadable(shown, exc.message.rstrip("."))
    except Exception:  # a date the parser cannot take apart: reported, not guessed
        return Unreadable(shown, f"'{when_text[:40]}' is not a date")
    return Instruction(ref, NEW_DATE, reason, shown, due=when)


def read_lines(lines: list[str], *, today: date) -> tuple[list[Instruction], list[Unreadable]]:
    """Every instruction and unreadable line of a reply's own lines (at most MAX_LINES)."""
    done: list[Instruction] = []
    bad: list[Unreadable] = []
    for line in lines[:MAX_LINES]:
        got = read_line(line, today=today)
        if isinstance(got, Instruction):
            done.append(got)
        elif got is not None:
            bad.append(got)
    if len(lines) > MAX_LINES:
        bad.append(
            Unreadable(f"({len(lines) - MAX_LINES} more lines)", "a reply is read up to 200 lines")
        )
    return done, bad


# ---- the reply's own lines -------------------------------------------------------

# Where the quoted digest starts, in the styles of common mail programs.
_WROTE = re.compile(
    r"^\s*(?:On|Le|Am|El|Op)\b.{0,300}\b(?:wrote|a écrit|schrieb|escribió|schreef)\s*:\s*$",
    re.I | re.S,
)
_CUT_LINE = re.compile(
    r"^\s*(?:-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|_{10,}|-- ?|"
    r"Sent from my \w+.*|Get Outlook for \w+.*|Begin forwarded message:)\s*$",
    re.I,
)
_HEADER_BLOCK = re.compile(r"^\s*\*?(?:From|De|Von)\s*:\*?\s+\S", re.I)
_HEADER_NEXT = re.compile(r"^\s*\*?(?:Sent|Date|To|Subject|Envoyé|Gesendet)\s*:", re.I)


def own_lines(text: str) -> list[str]:
    """The lines the sender wrote: up to the quoted digest, a signature or a forwarded
    part, without quoted (>) lines or blank lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    mine: list[str] = []
    for i, raw in enumerate(lines):
        line = _CONTROL.sub("", raw.replace("\u00a0", " ")).rstrip()
        if _CUT_LINE.match(line):
            break
        if _WROTE.match(line) or (
            i + 1 < len(lines)
            and _WROTE.match(line + " " + lines[i + 1].strip())
            and line.lstrip().lower().startswith(("on ", "le ", "am ", "el ", "op "))
        ):
            break
        if _HEADER_BLOCK.match(line) and any(_HEADER_NEXT.match(n) for n in lines[i + 1 : i + 4]):
            break
        if line.lstrip().startswith(">"):
            continue
        if line.strip():
            mine.append(line.strip())
    return mine


class _HtmlText(HTMLParser):
    """Text of an HTML reply, without quoted parts (blockquote, Gmail's gmail_quote,
    Outlook's divRplyFwdMsg / appendonsend) and without style or script."""

    _BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "blockquote", "hr"}
    _CUT_IDS = {"divrplyfwdmsg", "appendonsend", "mail-editor-reference-message-container"}
    _CUT_CLASSES = {
        "gmail_quote",
        "gmail_signature",
        "moz-cite-prefix",
        "ms-outlook-mobile-reference-message",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0  # inside style/script/blockquote
        self.stopped = False

    def handle_starttag(self, tag, attrs):
        if self.stopped:
            return
        a = {k: (v or "") for k, v in attrs}
        if (
            a.get("id", "").lower() in self._CUT_IDS
            or set(a.get("class", "").lower().split()) & self._CUT_CLASSES
        ):
            self.stopped = True
            return
        if tag in ("style", "script", "blockquote", "head", "title"):
            self.skip += 1
        if tag in self._BLOCKS:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("style", "script", "blockquote", "head", "title") and not self.stopped:
            self.skip -= 1

    def handle_endtag(self, tag):
        if self.stopped:
            return
        if tag in ("style", "script", "blockquote", "head", "title") and self.skip:
            self.skip -= 1
        if tag in self._BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.stopped and not self.skip:
            self.out.append(data.replace("\n", " "))


def html_text(html: str) -> str:
    """The reply's text from an HTML body (quoted parts left out)."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; whatever it cannot take is left out
        pass
    return "".join(parser.out)


# ---- the message -----------------------------------------------------------------


def parse_message(raw: bytes, *, today: date, size: int | None = None) -> ParsedReply:
    """Read one email (its bytes as received).  Never raises for a bad message: what is
    wrong with it is in ``problems`` and nothing is read from its body.  size: the
    message's real size when only its start was fetched (an IMAP server says it)."""
    from email import policy
    from email.parser import BytesParser

    size = max(size or 0, len(raw))
    too_big = size > MAX_MESSAGE_BYTES
    try:
        msg = BytesParser(policy=policy.default).parsebytes(
            raw[:65536] if too_big else raw, headersonly=too_big
        )
    except Exception:  # the email package rarely raises, but a reply is never worth a crash
        return ParsedReply(
            _fallback_id(raw), None, "", None, problems=["the message cannot be read"]
        )
    message_id = _header(msg, "Message-ID")
    ids = re.findall(r"<[^<>\s]{1,500}>", message_id or "")
    reply = ParsedReply(
        message_id=ids[0] if ids else _fallback_id(raw),
        sender=_header(msg, "From"),
        subject=" ".join((_header(msg, "Subject") or "").split())[:300],
        token=None,
    )
    reply.automatic = _is_automatic(msg)
    reply.token, conflict = _token(msg, reply.subject)
    if conflict:
        reply.problems.append("the message quotes two different digest references")
    if too_big:
        reply.problems.append(
            f"the message is {size / 1_000_000:.1f} MB; replies are read up to "
            f"{MAX_MESSAGE_BYTES // 1_000_000} MB"
        )
        return reply
    if msg.defects and not msg.get_payload():
        reply.problems.append("the message is malformed")
    body = _body_text(msg)
    if body is None:
        reply.problems.append("the message has no text to read")
        return reply
    lines = own_lines(body)
    reply.text = "\n".join(lines)[:20_000]
    reply.instructions, reply.unreadable = read_lines(lines, today=today)
    return reply


def _fallback_id(raw: bytes) -> str:
    """A message with no Message-ID is known by its content, so it is still read once."""
    return f"<sha256.{hashlib.sha256(raw).hexdigest()[:40]}@clerk.invalid>"


def _header(msg, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # a header the email package cannot parse
        return None
    if value is None:
        return None
    text = str(value)
    return re.sub(r"[\x00-\x1f\x7f]+", " ", text).strip() or None


def _is_automatic(msg) -> bool:
    auto = (_header(msg, "Auto-Submitted") or "no").lower()
    precedence = (_header(msg, "Precedence") or "").lower()
    return (
        auto != "no"
        or precedence in ("bulk", "auto_reply", "junk", "list")
        or _header(msg, "X-Autoreply") is not None
        or _header(msg, "X-Autorespond") is not None
    )


def _token(msg, subject: str) -> tuple[str | None, bool]:
    """The digest token the message answers, and whether it carries two different ones."""
    found: list[str] = []
    for name in ("To", "Cc", "Delivered-To", "X-Original-To"):
        for addr in _addresses(msg, name):
            m = _PLUS_TOKEN.match(addr)
            if m:
                found.append(m.group(1).lower())
    m = _SUBJECT_TOKEN.search(subject)
    if m:
        found.append(m.group(1).lower())
    for name in ("In-Reply-To", "References"):
        found.extend(_MSGID_TOKEN.findall((_header(msg, name) or "").lower()))
    distinct = list(dict.fromkeys(t for t in found if TOKEN_RE.fullmatch(t)))
    if len(distinct) > 1:
        return None, True
    return (distinct[0] if distinct else None), False


def _addresses(msg, name: str) -> list[str]:
    from email.utils import getaddresses

    try:
        values = msg.get_all(name) or []
        return [a for _, a in getaddresses([str(v) for v in values]) if a]
    except Exception:
        return []


def _body_text(msg) -> str | None:
    """The text of the reply: its plain part, else its HTML part as text.  Attachments
    (and messages forwarded as attachments) are not read."""
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is None:
        return None
    try:
        content = part.get_content()
    except Exception:  # an unknown charset or broken encoding: read what can be read
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace")
    if not isinstance(content, str):
        return None
    if part.get_content_subtype() == "html":
        return html_text(content)
    return content
