"""Email: bodies from templates, MIME messages, and two ways to deliver them.  No database.

* ``render_bodies`` fills a plain-text and an HTML template (Jinja2; the HTML one
  autoescaped) from clerk's packaged templates, or from a council's own templates
  directory, which is searched first.  ``digest_bodies`` and ``digest_message`` do so
  for one digest (clerk_cli.views), with the context documented in docs/digest.md.
  The templates word a due date and "overdue" as every other output does: through
  ``a.due_display`` and the ``overdue_words`` / ``status_words`` filters (rules.status).
* ``compose`` builds a multipart/alternative message with From, To, Date and Message-ID
  (an ``OutgoingEmail``, which writes its MIME itself: see there).
* ``SmtpTransport`` sends over SMTP (STARTTLS, implicit TLS or plain); ``OutboxTransport``
  writes .eml files (mode 0600) instead.

Errors are MailErrors of one line.  ``RecipientRefused`` is the one a run survives:
the server turned down one message, the next may go.  The password never appears in
any message: smtplib's errors are reduced to the server's code and reply.
"""

from __future__ import annotations

import binascii
import functools
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clerk_cli.config import DEFAULT_FOOTER
from clerk_cli.errors import ConfigError, MailError
from clerk_cli.paths import expand
from clerk_cli.rules.rag import AMBER, GREEN, MARKS, RED, rag_words
from clerk_cli.rules.status import overdue_words, status_words

if TYPE_CHECKING:
    import ssl

TEMPLATE_PACKAGE_DIR = Path(__file__).parent / "templates"


class RecipientRefused(MailError):
    """The server refused this one message (a bad or unknown recipient, a full mailbox...)."""


# ---- bodies --------------------------------------------------------------------


def _autoescape(name: str | None) -> bool:
    # Escape everything except the plain-text templates: safe by default.
    return not (name or "").endswith(".txt.j2")


_ENVIRONMENTS: dict[str, Any] = {}


def template_environment(templates_dir: Path | None = None):
    """A Jinja2 environment: the council's templates_dir first, then clerk's own."""
    key = str(templates_dir or "")
    env = _ENVIRONMENTS.get(key)
    if env is None:
        import jinja2

        dirs = [str(templates_dir)] if templates_dir else []
        dirs.append(str(TEMPLATE_PACKAGE_DIR))
        from clerk_cli.paths import template_cache

        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(dirs),
            bytecode_cache=template_cache(),
            autoescape=_autoescape,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            # A run is seconds long: a template loaded once is not checked again.
            auto_reload=False,
        )
        env.filters["days"] = _days
        env.filters["isodate"] = lambda d: d.isoformat() if d is not None else ""
        env.filters["longdate"] = long_date
        env.filters["overdue_words"] = overdue_words
        env.filters["status_words"] = status_words
        env.filters["rag_mark"] = lambda colour: MARKS.get(colour, "")
        env.filters["rag_style"] = lambda colour: RAG_STYLES.get(colour, "")
        env.filters["rag_words"] = lambda a: rag_words(a.rag, a.rag_reason)
        _ENVIRONMENTS[key] = env
    return env


# A rating's badge in HTML: its colour behind its marker and word ("[R] red"), each pair
# with a contrast of at least 4.5:1 (WCAG AA; tests/digest/test_rag.py checks).
RAG_STYLES = {
    RED: "background:#b00020;color:#ffffff;",
    AMBER: "background:#ffbf47;color:#0b0c0c;",
    GREEN: "background:#00703c;color:#ffffff;",
}


def long_date(d) -> str:
    """14 June 2022: how a council writes a date (no leading zero, the month in words)."""
    if d is None:
        return ""
    return _long_date(d.date() if isinstance(d, datetime) else d)


@functools.lru_cache(maxsize=4096)
def _long_date(d) -> str:
    # Cached: a digest run writes the same few hundred dates tens of thousands of times.
    return f"{d.day} {d:%B %Y}"


def _days(n: int | None) -> str:
    if n is None:
        return ""
    return f"{n} day{'s' if n != 1 else ''}"


def render_template(name: str, context: dict, templates_dir: Path | None = None) -> str:
    """Render one template; a broken (council) template is a one-line ConfigError."""
    import jinja2

    env = template_environment(templates_dir)
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or name
        raise ConfigError(f"Template {where}, line {exc.lineno}: {exc.message}.") from exc
    except jinja2.TemplateNotFound as exc:
        raise ConfigError(
            f"Template {name} not found in {templates_dir or TEMPLATE_PACKAGE_DIR}."
        ) from exc
    except jinja2.UndefinedError as exc:
        raise ConfigError(f"Template {name}: {exc.message}.") from exc


def render_bodies(kind: str, context: dict, templates_dir: Path | None = None) -> tuple[str, str]:
    """(plain text, HTML) of digest_<kind>.txt.j2 and digest_<kind>.html.j2."""
    text = render_template(f"digest_{kind}.txt.j2", context, templates_dir)
    html = render_template(f"digest_{kind}.html.j2", context, templates_dir)
    return text, html


REPLY_NOTE = (
    "To update an action, reply to this email with one line per action, for example: "
    "\u201cCSSC-12 done - circulated on 3 July\u201d, "
    "\u201cCSSC-14 new date 31/01/2027 - waiting for the audit\u201d, "
    "\u201cCSSC-15 in progress: draft with the Chair\u201d or \u201cCSSC-16: any other news\u201d."
)


def template_context(e, batch, settings) -> dict:
    """What the digest templates see (documented in docs/digest.md for councils' own
    templates).  e: a views.DigestEmail; batch: its views.DigestBatch; settings: a
    config.DigestSettings.  ``d`` is the email's first digest (the owner's digest in an
    owner email), ``summaries`` the committee summaries of a clerk's email and
    ``owner_digests`` the clerk's own digests riding in it."""
    return {
        "d": e.digests[0],
        "email": e,
        "summaries": e.clerks,
        "owner_digests": e.owners if e.clerks else [],
        "in_summary": False,
        "kind": e.kind,
        "subject": e.subject,
        "token": e.token,
        "as_of": batch.as_of,
        "week": batch.iso_week,
        "horizon_days": batch.horizon_days,
        "stale_days": batch.stale_days,
        # With replies read by clerk, its own note on replying replaces the default footer.
        "footer": ""
        if settings.reply_to and settings.footer == DEFAULT_FOOTER
        else settings.footer,
        "sign_off": settings.sign_off,
        "organisation": settings.organisation,
        "reply_note": REPLY_NOTE if settings.reply_to else None,
    }


def digest_bodies(e, batch, settings) -> tuple[str, str]:
    """(plain text, HTML) of one digest email, from the templates.  settings: config.DigestSettings."""
    return render_bodies(e.kind, template_context(e, batch, settings), settings.templates_dir)


def reply_address(reply_to: str, token: str) -> str:
    """clerk@example.gov.uk + token -> clerk+token@example.gov.uk (a plus-address)."""
    local, domain = reply_to.rsplit("@", 1)
    return f"{local.split('+', 1)[0]}+{token}@{domain}"


def digest_message(e, batch, settings):
    """The email of one views.DigestEmail: multipart plain text + HTML, From settings.sender.

    With a token, its Message-ID holds it, and with digest.reply_to set so does its
    Reply-To (a plus-address), so that a reply can be matched to what was sent."""
    text, html = digest_bodies(e, batch, settings)
    headers = {"X-Clerk-Digest": f"{batch.iso_week}-{e.kind}-{e.subject_key}"}
    if e.token and settings.reply_to:
        name = settings.sign_off or settings.organisation or ""
        headers["Reply-To"] = format_address(name, reply_address(settings.reply_to, e.token))
    msg = compose(
        sender=settings.sender,
        to=e.recipient,
        subject=e.subject,
        text=text,
        html=html,
        headers=headers,
        message_id=token_message_id(e.token, settings.sender) if e.token else None,
    )
    return msg


def token_message_id(token: str, sender: str) -> str:
    """<digest.TOKEN@domain>: the Message-ID of a digest carrying a token."""
    return f"<digest.{token}@{address_domain(sender)}>"


# ---- messages ------------------------------------------------------------------


def address_domain(address: str) -> str:
    email = parse_address(address)[1]
    return email.rsplit("@", 1)[1] if "@" in email else "localhost"


# The common forms of an address, read without the email package: "addr",
# "Name <addr>" and '"Name" <addr>', the address plain (rules.people's form).  Anything
# else goes to email.utils.parseaddr, which gives the same answer for these forms.
_PLAIN_ADDRESS = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_SIMPLE_ADDRESS = None


def parse_address(value: str | None) -> tuple[str, str]:
    """(display name, address) of one address: email.utils.parseaddr's answer."""
    global _SIMPLE_ADDRESS
    if _SIMPLE_ADDRESS is None:
        _SIMPLE_ADDRESS = re.compile(
            rf'[ \t]*(?:({_PLAIN_ADDRESS})|(?:"([^"\\]*)"|((?:[^"\\<>()@,;:\[\]\s]|[ \t])*?))'
            rf"[ \t]*<({_PLAIN_ADDRESS})>)[ \t]*"
        )
    m = _SIMPLE_ADDRESS.fullmatch(value or "")
    if m is None:
        from email.utils import parseaddr

        return parseaddr(value or "")
    bare, quoted, phrase, addr = m.groups()
    if bare:
        return "", bare
    if quoted is not None:
        return quoted, addr
    return " ".join(phrase.split()), addr


_SPECIALS = frozenset('()<>[]:;@\\,."')


def format_address(name: str | None, addr: str) -> str:
    """'Name <addr>' as email.utils.formataddr writes it for an ASCII name (quoted when it
    holds a special character); a name in other scripts is kept as it is (quoted the
    same way) and encoded (RFC 2047) when the message is written."""
    if not name:
        return addr
    if not _SPECIALS.isdisjoint(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr}>"


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(when: datetime) -> str:
    """An RFC 5322 date in UTC: 'Mon, 30 Nov 2026 18:30:00 +0000'."""
    t = when.astimezone(UTC)
    return (
        f"{_DAYS[t.weekday()]}, {t.day:02d} {_MONTHS[t.month - 1]} {t.year:04d} "
        f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} +0000"
    )


def new_message_id(domain: str) -> str:
    """<random.clerk@domain>: 96 random bits, unique without a clock or a process id."""
    return f"<{os.urandom(12).hex()}.clerk@{domain}>"


ADDRESS_HEADERS = frozenset({"from", "to", "cc", "reply-to", "sender"})
_LINE = 78  # header lines are folded to this length where they can be (RFC 5322)
_WORD_BYTES = 39  # bytes of text in one encoded word: 52 base64 characters


class OutgoingEmail:
    """One email as clerk sends it: headers, then a plain-text and an HTML alternative.

    clerk writes the MIME itself (``as_bytes``) instead of through email.mime and its
    generator, which re-parse, fold and re-encode every header and line in Python and
    cost more than rendering the digests.  What it writes is plain and checked by
    tests/digest/test_mime.py, which reads it back with the email package:

    * headers hold ASCII only: a value in other scripts, or with a control character,
      or that looks like an encoded word, is written as RFC 2047 encoded words (UTF-8,
      base64); a line break in a value becomes a space (no header can be added through
      a name); long lines fold at spaces;
    * each part is 7bit when its text is printable ASCII in lines of at most 998
      characters, else UTF-8 in quoted-printable (so long lines and any script arrive
      intact, and the .eml stays readable);
    * line ends are LF in ``as_bytes()`` (an .eml file) and CRLF on the wire.

    Headers are read and set like email.message.Message's: ``msg["To"]`` is the first
    value or None, ``msg[name] = v`` adds one, ``del msg[name]`` removes them all.
    Values are kept as given (an address as "Name <addr>", a subject in its own words).
    """

    def __init__(self, text: str, html: str) -> None:
        self.text = text
        self.html = html
        self._headers: list[tuple[str, str]] = []

    def __getitem__(self, name: str) -> str | None:
        key = name.lower()
        return next((v for k, v in self._headers if k.lower() == key), None)

    def get(self, name: str, default: str | None = None) -> str | None:
        value = self[name]
        return default if value is None else value

    def __setitem__(self, name: str, value: str) -> None:
        self._headers.append((name, str(value)))

    def __delitem__(self, name: str) -> None:
        key = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != key]

    def __contains__(self, name: str) -> bool:
        return self[name] is not None

    def items(self) -> list[tuple[str, str]]:
        return list(self._headers)

    def as_bytes(self, linesep: str = "\n") -> bytes:
        """The whole message, ready for an .eml file (LF) or SMTP (linesep CRLF)."""
        parts = [_part(self.text, "plain"), _part(self.html, "html")]
        boundary = "=_clerk_" + os.urandom(8).hex()
        while any(boundary.encode() in p for p in parts):  # only a 7bit part could hold it
            boundary = "=_clerk_" + os.urandom(8).hex()
        lines = [
            f'Content-Type: multipart/alternative; boundary="{boundary}"',
            "MIME-Version: 1.0",
        ]
        lines += [_header(name, value) for name, value in self._headers]
        lines += ["", "--" + boundary, ""]
        separator = f"\n--{boundary}\n".encode()
        data = "\n".join(lines).encode("ascii") + separator.join(parts)
        data += f"\n--{boundary}--\n".encode()
        if linesep != "\n":
            data = data.replace(b"\n", linesep.encode("ascii"))
        return data


# Bytes that may stand in a 7bit part as they are: printable ASCII, tab and line feed.
_7BIT = bytes([9, 10, *range(0x20, 0x7F)])


def _part(body: str, subtype: str) -> bytes:
    """One text part, headers and body: 7bit when it can be (printable ASCII in lines of
    at most 998 characters: fast, and readable as it is in an .eml), else UTF-8 in
    quoted-printable (still readable; long lines get soft breaks)."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if body.isascii():
        raw = body.encode("ascii")
        # translate(None, delete) keeps only what is not allowed: nothing, for 7bit.
        if not raw.translate(None, _7BIT) and max(map(len, raw.split(b"\n"))) <= 998:
            head = f'Content-Type: text/{subtype}; charset="us-ascii"\nMIME-Version: 1.0\n'
            return (head + "Content-Transfer-Encoding: 7bit\n\n").encode() + raw
    encoded = binascii.b2a_qp(body.encode("utf-8", "replace"), istext=True)
    head = f'Content-Type: text/{subtype}; charset="utf-8"\nMIME-Version: 1.0\n'
    return (head + "Content-Transfer-Encoding: quoted-printable\n\n").encode() + encoded


_NEEDS_ENCODING = None


def _header(name: str, value: str) -> str:
    """One header, folded: ASCII as it is, other text as encoded words."""
    global _NEEDS_ENCODING
    if _NEEDS_ENCODING is None:
        # Not printable ASCII, or something a reader would take for an encoded word.
        _NEEDS_ENCODING = re.compile(r"[^\t\x20-\x7e]|=\?")
    value = " ".join(value.splitlines()) if ("\n" in value or "\r" in value) else value
    if name.lower() in ADDRESS_HEADERS:
        display, addr = parse_address(value)
        if not addr.isascii():  # (rules.people never lets one in: plain ASCII addresses)
            raise MailError(
                f"Cannot write the {name} address '{addr}': clerk sends to plain ASCII "
                "addresses only.",
                hint="Correct it (clerk owner edit POST --email ..., or the config file).",
            )
        if addr and display and _NEEDS_ENCODING.search(display):
            return f"{name}: {_encoded_words(display)} <{addr}>"
        if addr:
            return _fold(f"{name}: {format_address(display, addr)}")
    if _NEEDS_ENCODING.search(value) or max(map(len, value.split(" "))) > 900:
        # (An address header lands here only when it holds no address clerk can read.)
        return f"{name}: {_encoded_words(value)}"
    return _fold(f"{name}: {value}")


def _fold(line: str) -> str:
    """Break a long header line before spaces (RFC 5322 folding: unfolding gives it back)."""
    if len(line) <= _LINE:
        return line
    words = line.split(" ")
    out, current = [], words[0] + " " + words[1]  # "Name: first-word" stay together
    for w in words[2:]:
        if w and current.strip() and len(current) + 1 + len(w) > _LINE:
            out.append(current)
            current = " " + w
        else:
            current += " " + w
    out.append(current)
    return "\n".join(out)


def _encoded_words(text: str) -> str:
    """RFC 2047 encoded words (UTF-8, base64), one per line, none splitting a character."""
    words, chunk, size = [], [], 0
    for ch in text:
        n = len(ch.encode("utf-8", "replace"))
        if size + n > _WORD_BYTES and chunk:
            words.append(chunk)
            chunk, size = [], 0
        chunk.append(ch)
        size += n
    if chunk:
        words.append(chunk)
    return "\n ".join(
        "=?utf-8?b?"
        + binascii.b2a_base64("".join(w).encode("utf-8", "replace"), newline=False).decode()
        + "?="
        for w in words
    )


def compose(
    *,
    sender: str,
    to: str,
    subject: str,
    text: str,
    html: str,
    when: datetime | None = None,
    headers: dict[str, str] | None = None,
    message_id: str | None = None,
) -> OutgoingEmail:
    """A multipart/alternative message (plain text first, then HTML), with From, To,
    Subject, Date, Message-ID and Auto-Submitted, then ``headers``."""
    # Non-ASCII in HTML becomes character references, so the part stays 7-bit.
    msg = OutgoingEmail(text, html.encode("ascii", "xmlcharrefreplace").decode("ascii"))
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_date(when or datetime.now(UTC))
    msg["Message-ID"] = message_id or new_message_id(address_domain(sender))
    # Tell mail servers and people's out-of-office rules that a program sent this.
    msg["Auto-Submitted"] = "auto-generated"
    for name, value in (headers or {}).items():
        msg[name] = value
    return msg


# ---- delivery ------------------------------------------------------------------


def _reply(exc) -> str:
    """The server's code and first line of reply, and nothing else (no credentials)."""
    code = getattr(exc, "smtp_code", None)
    raw = getattr(exc, "smtp_error", b"")
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    first = str(raw).strip().splitlines()[0] if str(raw).strip() else ""
    return f"{code} {first}".strip() if code else first or type(exc).__name__


class SmtpTransport:
    """One SMTP connection for a run, opened by the first ``send``; use as a context manager.

    ``send`` reconnects once if the server dropped the connection between messages.
    """

    records = True  # a sent message is recorded as delivered

    def __init__(self, smtp_settings):
        self.s = smtp_settings
        self.where = f"{self.s.host}:{self.s.port}"
        self._conn = None

    def __enter__(self) -> SmtpTransport:
        # Connect on the first message: a run with nothing new to send needs no server.
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _tls_context(self) -> ssl.SSLContext:
        import ssl

        ctx = ssl.create_default_context(cafile=str(self.s.ca_file) if self.s.ca_file else None)
        if not self.s.verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    def connect(self) -> None:
        import smtplib
        import socket
        import ssl

        s = self.s
        try:
            if s.security == "tls":
                conn = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=self._tls_context()
                )
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            try:
                conn.ehlo()
                if s.security == "starttls":
                    if not conn.has_extn("starttls"):
                        raise MailError(
                            f"The SMTP server {self.where} does not offer STARTTLS.",
                            hint='Check smtp.port, or set smtp.security = "tls" for port 465.',
                        )
                    conn.starttls(context=self._tls_context())
                    conn.ehlo()
                if s.user:
                    if s.password is None:
                        raise ConfigError(
                            f"smtp.user is '{s.user}' but no SMTP password is set.",
                            hint="Set CLERK_SMTP_PASSWORD or smtp.password_file.",
                        )
                    conn.login(s.user, s.password)
            except BaseException:
                _quietly_close(conn)
                raise
        except (MailError, ConfigError):
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError(
                f"The SMTP server {self.where} refused the login for user '{s.user}' "
                f"({_reply(exc)}).",
                hint="Check smtp.user and the password.",
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise MailError(
                f"The SMTP server {self.where} does not support login (AUTH).",
                hint="Remove smtp.user, or use STARTTLS/TLS so the server offers it.",
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise MailError(
                f"The SMTP server {self.where} has a certificate clerk does not trust "
                f"({exc.verify_message}).",
                hint="If it is your own certificate authority, set smtp.ca_file.",
            ) from None
        except ssl.SSLError as exc:
            raise MailError(
                f"TLS with the SMTP server {self.where} failed ({exc.reason or exc}).",
                hint='Check smtp.security: "tls" is for port 465, "starttls" for 587.',
            ) from None
        except smtplib.SMTPException as exc:
            raise MailError(f"The SMTP server {self.where} failed: {_reply(exc)}.") from None
        except ConnectionRefusedError:
            raise MailError(
                f"Cannot connect to the SMTP server {self.where}: connection refused.",
                hint="Check smtp.host and smtp.port, and that the server is running.",
            ) from None
        except socket.gaierror:
            raise MailError(
                f"Cannot find the SMTP server '{s.host}' (unknown host name).",
                hint="Check smtp.host.",
            ) from None
        except TimeoutError:
            raise MailError(
                f"The SMTP server {self.where} did not answer within {s.timeout:g} seconds.",
                hint="Check smtp.host, smtp.port and any firewall.",
            ) from None
        except OSError as exc:
            raise MailError(
                f"Cannot connect to the SMTP server {self.where}: "
                f"{exc.strerror or type(exc).__name__}."
            ) from None
        self._conn = conn

    def send(self, msg: OutgoingEmail) -> None:
        """Send one message; RecipientRefused if the server turns it down."""
        import smtplib

        if self._conn is None:
            self.connect()
        try:
            self._send_once(msg)
        except smtplib.SMTPServerDisconnected:
            _quietly_close(self._conn)
            self._conn = None
            self.connect()
            self._send_once(msg)

    def _send_once(self, msg: OutgoingEmail) -> None:
        import smtplib

        to = parse_address(msg["To"])[1]
        try:
            self._conn.sendmail(parse_address(msg["From"])[1], [to], msg.as_bytes("\r\n"))
        except smtplib.SMTPRecipientsRefused as exc:
            replies = "; ".join(_reply_tuple(v) for v in exc.recipients.values())
            raise RecipientRefused(f"{to}: refused by {self.where} ({replies}).") from None
        except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as exc:
            raise RecipientRefused(f"{to}: refused by {self.where} ({_reply(exc)}).") from None
        except smtplib.SMTPServerDisconnected:
            raise
        except smtplib.SMTPException as exc:
            raise MailError(f"Sending to {to} via {self.where} failed: {_reply(exc)}.") from None
        except OSError as exc:
            raise MailError(
                f"Lost the connection to {self.where} while sending to {to}: "
                f"{exc.strerror or type(exc).__name__}."
            ) from None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.quit()
            except Exception:  # closing a broken connection: nothing to tell anyone
                _quietly_close(self._conn)
            self._conn = None


def _reply_tuple(value) -> str:
    code, raw = value
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    return f"{code} {str(raw).strip()}"


def _quietly_close(conn) -> None:
    try:
        conn.close()
    except Exception:  # already broken
        pass


class OutboxTransport:
    """Write each message to DIR as an .eml file readable by its owner only.

    Files are written as the run goes and made durable together, up to
    ``BATCH`` at a time and at the end of the run (see write_private_files): one
    directory sync per batch instead of one per email.  An email appears under its
    name only once it is whole on disk; a crash before that leaves at most hidden
    temporary files (.NAME.*.tmp), never a half-written .eml.
    """

    records = False  # writing a file is not delivering: a later --send still sends
    BATCH = 64  # files held open before they are synced and renamed

    def __init__(self, directory: Path):
        self.directory = expand(directory)
        self.written: list[Path] = []
        self._pending: list[_TempFile] = []

    def __enter__(self) -> OutboxTransport:
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        except FileExistsError:
            raise MailError(f"The outbox {self.directory} is a file, not a directory.") from None
        except OSError as exc:
            raise MailError(
                f"Cannot create the outbox {self.directory}: {exc.strerror or type(exc).__name__}."
            ) from None
        if not os.access(self.directory, os.W_OK | os.X_OK):
            raise MailError(
                f"Cannot write to the outbox {self.directory}: permission denied.",
                hint="Choose a directory you can write to.",
            )
        return self

    def __exit__(self, *exc) -> None:
        self.flush()

    def send(self, msg: OutgoingEmail) -> None:
        to = parse_address(msg["To"])[1] or "unknown"
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{msg['X-Clerk-Digest'] or 'digest'}-{to}")[:200]
        path = self.directory / f"{stem}.eml"
        self._pending.append(_write_temp(path, msg.as_bytes()))
        self.written.append(path)
        if len(self._pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Sync and rename every file written so far (MailError if that fails)."""
        pending, self._pending = self._pending, []
        _commit(pending)


def write_private_file(path: Path, data: bytes) -> None:
    """Write data to path (mode 0600) so that the file is either whole or absent.

    The bytes go to a new temporary name in the same directory, created with
    O_EXCL|O_NOFOLLOW (so a link planted there is never followed), are fsynced, and
    the file is then renamed over path: rename replaces a symlink at path instead of
    writing through it, and a full disk leaves the old file (or none), never half an
    email.  The directory is synced last, so the rename itself is durable.  Raises a
    one-line MailError.
    """
    _commit([_write_temp(path, data)])


class _TempFile:
    __slots__ = ("fd", "tmp", "path")

    def __init__(self, fd: int, tmp: Path, path: Path) -> None:
        self.fd, self.tmp, self.path = fd, tmp, path


def _write_temp(path: Path, data: bytes) -> _TempFile:
    """data in a new temporary file beside path, still open (write_private_file)."""
    tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = -1
    try:
        fd = os.open(tmp, flags, 0o600)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        if fd >= 0:
            os.close(fd)
        _unlink(tmp)
        raise MailError(f"Cannot write {path}: {exc.strerror or type(exc).__name__}.") from None
    return _TempFile(fd, tmp, path)


def _commit(files: list[_TempFile]) -> None:
    """Sync the files' data, rename each over its path, then sync each directory once.

    Several files are synced from a few threads at once: the file system commits
    their journal together instead of once per file (most of the time of writing
    hundreds of emails)."""
    if not files:
        return
    failed: list[tuple[_TempFile, OSError]] = []

    def sync(f: _TempFile) -> None:
        try:
            os.fsync(f.fd)
        except OSError as exc:
            failed.append((f, exc))

    if len(files) < 4:
        for f in files:
            sync(f)
    else:
        import threading

        queue = list(files)

        def worker() -> None:
            while queue:
                try:
                    f = queue.pop()
                except IndexError:  # another thread took the last one
                    return
                sync(f)

        threads = [threading.Thread(target=worker) for _ in range(min(8, len(files)))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    for f in files:
        os.close(f.fd)
    bad = {id(f) for f, _ in failed}
    for f in files:
        if id(f) in bad:
            continue
        try:
            os.replace(f.tmp, f.path)
        except OSError as exc:
            failed.append((f, exc))
    for f, _ in failed:
        _unlink(f.tmp)
    for directory in {f.path.parent for f in files}:
        _sync_directory(directory)
    if failed:
        f, exc = failed[0]
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise MailError(f"Cannot write {f.path}{more}: {exc.strerror or type(exc).__name__}.")


def _sync_directory(directory: Path) -> None:
    try:  # a rename is durable once its directory is synced
        dfd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# ---- reading replies: IMAP over TLS --------------------------------------------

IMAP_FETCH_LIMIT = 50_000_000  # bigger messages: only their start is fetched


class ImapMailbox:
    """The unread messages of an IMAP mailbox over TLS (config.ImapSettings); use as a
    context manager.  ``unread()`` yields (uid, bytes, size) without marking anything;
    ``mark_read(uid)`` sets \\Seen once the message is recorded.  Errors are one-line
    MailErrors; the password never appears in any of them."""

    def __init__(self, settings):
        self.s = settings
        self.where = f"{settings.host}:{settings.port}"
        self._conn = None

    def __enter__(self) -> ImapMailbox:
        import imaplib
        import socket
        import ssl

        s = self.s
        if not s.host or not s.user:
            raise ConfigError(
                "No IMAP mailbox configured (imap.host and imap.user).",
                hint="Set them in the config file (see: clerk config path), or use clerk mail ingest.",
            )
        if s.password is None:
            raise ConfigError(
                f"imap.user is '{s.user}' but no IMAP password is set.",
                hint="Set CLERK_IMAP_PASSWORD or imap.password_file.",
            )
        ctx = ssl.create_default_context(cafile=str(s.ca_file) if s.ca_file else None)
        if not s.verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        try:
            conn = imaplib.IMAP4_SSL(s.host, s.port, ssl_context=ctx, timeout=s.timeout)
        except ssl.SSLCertVerificationError as exc:
            raise MailError(
                f"The IMAP server {self.where} has a certificate clerk does not trust "
                f"({exc.verify_message}).",
                hint="If it is your own certificate authority, set imap.ca_file.",
            ) from None
        except ssl.SSLError as exc:
            raise MailError(
                f"TLS with the IMAP server {self.where} failed ({exc.reason or exc}).",
                hint="clerk reads IMAP over TLS only (usually port 993).",
            ) from None
        except ConnectionRefusedError:
            raise MailError(
                f"Cannot connect to the IMAP server {self.where}: connection refused.",
                hint="Check imap.host and imap.port.",
            ) from None
        except socket.gaierror:
            raise MailError(
                f"Cannot find the IMAP server '{s.host}' (unknown host name)."
            ) from None
        except TimeoutError:
            raise MailError(
                f"The IMAP server {self.where} did not answer within {s.timeout:g} seconds."
            ) from None
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailError(
                f"Cannot connect to the IMAP server {self.where}: "
                f"{getattr(exc, 'strerror', None) or type(exc).__name__}."
            ) from None
        try:
            conn.login(s.user, s.password)
        except imaplib.IMAP4.error:
            _quietly_logout(conn)
            raise MailError(
                f"The IMAP server {self.where} refused the login for user '{s.user}'.",
                hint="Check imap.user and the password (CLERK_IMAP_PASSWORD or imap.password_file).",
            ) from None
        try:
            typ, _ = conn.select(_quoted(s.mailbox))
        except imaplib.IMAP4.error:
            typ = "NO"
        if typ != "OK":
            _quietly_logout(conn)
            raise MailError(f"The IMAP server {self.where} has no mailbox '{s.mailbox}'.")
        self._conn = conn
        return self

    def __exit__(self, *exc) -> None:
        if self._conn is not None:
            _quietly_logout(self._conn)
            self._conn = None

    def _ok(self, typ, what: str) -> None:
        if typ != "OK":
            raise MailError(f"The IMAP server {self.where} failed to {what}.")

    def unread(self):
        """(uid, message bytes, size) of each message not yet seen, oldest first."""
        import imaplib

        try:
            typ, data = self._conn.uid("SEARCH", None, "UNSEEN")
            self._ok(typ, "list unread messages")
            uids = (data[0] or b"").split()
            for uid in uids:
                typ, data = self._conn.uid("FETCH", uid, "(RFC822.SIZE)")
                self._ok(typ, "read a message's size")
                m = re.search(rb"RFC822\.SIZE (\d+)", data[0] if data and data[0] else b"")
                size = int(m.group(1)) if m else 0
                part = "BODY.PEEK[]" if size <= IMAP_FETCH_LIMIT else "BODY.PEEK[]<0.65536>"
                typ, data = self._conn.uid("FETCH", uid, f"({part})")
                self._ok(typ, "fetch a message")
                raw = next((d[1] for d in data if isinstance(d, tuple)), b"")
                yield uid, raw, size
        except (imaplib.IMAP4.abort, OSError) as exc:
            raise MailError(
                f"Lost the connection to the IMAP server {self.where} ({type(exc).__name__})."
            ) from None

    def mark_read(self, uid) -> None:
        import imaplib

        try:
            typ, _ = self._conn.uid("STORE", uid, "+FLAGS", "(\\Seen)")
        except (imaplib.IMAP4.error, OSError):
            typ = "NO"
        self._ok(typ, "mark a message read")


def _quoted(mailbox: str) -> str:
    return '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quietly_logout(conn) -> None:
    try:
        conn.logout()
    except Exception:  # closing a broken connection: nothing to tell anyone
        pass
