"""Email: bodies from templates, MIME messages, and two ways to deliver them.  No database.

* ``render_bodies`` fills a plain-text and an HTML template (Jinja2; the HTML one
  autoescaped) from clerk's packaged templates, or from a council's own templates
  directory, which is searched first.  ``digest_bodies`` and ``digest_message`` do so
  for one digest (clerk_cli.views), with the context documented in docs/digest.md.
  The templates word a due date and "overdue" as every other output does: through
  ``a.due_display`` and the ``overdue_words`` / ``status_words`` filters (rules.status).
* ``compose`` builds a multipart/alternative message with From, To, Date and Message-ID.
* ``SmtpTransport`` sends over SMTP (STARTTLS, implicit TLS or plain); ``OutboxTransport``
  writes .eml files (mode 0600) instead.

Errors are MailErrors of one line.  ``RecipientRefused`` is the one a run survives:
the server turned down one message, the next may go.  The password never appears in
any message: smtplib's errors are reduced to the server's code and reply.
"""

from __future__ import annotations

import os
import re
import socket
import ssl
from datetime import UTC, datetime
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from pathlib import Path
from typing import Any

from clerk_cli.config import DEFAULT_FOOTER
from clerk_cli.errors import ConfigError, MailError
from clerk_cli.paths import expand
from clerk_cli.rules.status import overdue_words, status_words

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
        )
        env.filters["days"] = _days
        env.filters["isodate"] = lambda d: d.isoformat() if d is not None else ""
        env.filters["longdate"] = long_date
        env.filters["overdue_words"] = overdue_words
        env.filters["status_words"] = status_words
        _ENVIRONMENTS[key] = env
    return env


def long_date(d) -> str:
    """14 June 2022: how a council writes a date (no leading zero, the month in words)."""
    return f"{d.day} {d:%B %Y}" if d is not None else ""


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
        headers["Reply-To"] = formataddr((name, reply_address(settings.reply_to, e.token)))
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
    email = parseaddr(address)[1]
    return email.rsplit("@", 1)[1] if "@" in email else "localhost"


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
):
    """A multipart/alternative message (plain text first, then HTML).

    Built with email.mime (the compat32 policy): the modern policy parses every header
    it is given, which costs more than the rest of a 200-digest run put together.
    """
    from email.mime.multipart import MIMEMultipart

    msg = MIMEMultipart("alternative")
    msg["From"] = _address_header(sender)
    msg["To"] = _address_header(to)
    msg["Subject"] = subject if subject.isascii() else Header(subject, "utf-8").encode()
    msg["Date"] = format_datetime(when or datetime.now(UTC))
    msg["Message-ID"] = message_id or make_msgid(idstring="clerk", domain=address_domain(sender))
    # Tell mail servers and people's out-of-office rules that a program sent this.
    msg["Auto-Submitted"] = "auto-generated"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.attach(_text_part(text, "plain"))
    # Non-ASCII in HTML becomes character references, so the part stays 7-bit.
    msg.attach(_text_part(html.encode("ascii", "xmlcharrefreplace").decode("ascii"), "html"))
    return msg


def _address_header(value: str) -> str:
    name, addr = parseaddr(value)
    return formataddr((name, addr), charset="utf-8") if addr else value


def _text_part(body: str, subtype: str):
    from email.mime.text import MIMEText

    # 7bit when it can be (fast, and readable in an .eml); base64 for other text.
    if body.isascii() and max((len(line) for line in body.splitlines()), default=0) <= 998:
        return MIMEText(body, subtype, "us-ascii")
    return MIMEText(body, subtype, "utf-8")


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
        ctx = ssl.create_default_context(cafile=str(self.s.ca_file) if self.s.ca_file else None)
        if not self.s.verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        return ctx

    def connect(self) -> None:
        import smtplib

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

    def send(self, msg: Message) -> None:
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

    def _send_once(self, msg: Message) -> None:
        import smtplib

        to = parseaddr(msg["To"])[1]
        try:
            self._conn.send_message(msg)
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
    """Write each message to DIR as an .eml file readable by its owner only."""

    records = False  # writing a file is not delivering: a later --send still sends

    def __init__(self, directory: Path):
        self.directory = expand(directory)
        self.written: list[Path] = []

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
        return None

    def send(self, msg: Message) -> None:
        to = parseaddr(msg["To"])[1] or "unknown"
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{msg['X-Clerk-Digest'] or 'digest'}-{to}")[:200]
        path = self.directory / f"{stem}.eml"
        write_private_file(path, msg.as_bytes())
        self.written.append(path)


def write_private_file(path: Path, data: bytes) -> None:
    """Write data to path (mode 0600) so that the file is either whole or absent.

    The bytes go to a new temporary name in the same directory, created with
    O_EXCL|O_NOFOLLOW (so a link planted there is never followed), are fsynced, and
    the file is then renamed over path: rename replaces a symlink at path instead of
    writing through it, and a full disk leaves the old file (or none), never half an
    email.  Raises a one-line MailError.
    """
    import secrets

    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = -1
    try:
        fd = os.open(tmp, flags, 0o600)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except OSError as exc:
        if fd >= 0:
            os.close(fd)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise MailError(f"Cannot write {path}: {exc.strerror or type(exc).__name__}.") from None
    try:  # the rename is durable once the directory is synced
        dfd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


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
