"""clerk's settings: a TOML file plus environment overrides.  Pure: no Click, no database.

The file is ``paths.config_path()`` (CLERK_CONFIG, else config.toml in the user
config directory).  It is optional: without it every setting has its default and
``clerk digest`` can still print digests; only sending needs ``smtp.host``.

    [smtp]
    host = "smtp.example.gov.uk"
    port = 587                  # default: 587 for starttls, 465 for tls, 25 for none
    security = "starttls"       # starttls | tls | none
    user = "democratic.services"
    password_file = "~/.config/clerk/smtp-password"
    timeout = 30
    ca_file = "/etc/ssl/council-relay.pem"   # trust this certificate (self-signed relay)

    [digest]
    from = "Democratic Services <democratic.services@example.gov.uk>"
    horizon_days = 14
    stale_days = 30
    footer = "To send an update, reply to this email quoting the reference."
    templates_dir = "~/clerk-templates"

    [action_log]                # the agenda-pack action log (HTML and Word)
    organisation = "Example Borough Council"
    logo = "~/clerk/logo.png"   # PNG or JPEG, shown top left
    agenda_item = "6"           # printed as "Agenda item 6"
    appendix = "A"              # printed as "Appendix A"
    prepared_by = "Jo Clerk, Democratic Services, 01234 567890"
    date_style = "long"         # long: 31 October 2022 | short: 31/10/2022 | iso: 2022-10-31

    [rag]                       # red, amber, green (clerk_cli.rules.rag); every output uses these
    red_overdue_days = 0        # red: overdue by more than this many days
    red_slips = 2               # red: its due date moved at least this many times
    red_silent_days = 14        # red: no note for this many days after it fell due
    amber_days = 7              # amber: due within this many days
    amber_silent_days = 30      # amber: no note for this many days

Environment variables win over the file: CLERK_SMTP_HOST, CLERK_SMTP_PORT,
CLERK_SMTP_SECURITY, CLERK_SMTP_USER, CLERK_SMTP_PASSWORD, CLERK_FROM.

The SMTP password comes from CLERK_SMTP_PASSWORD, else ``smtp.password_file``,
else (discouraged) ``smtp.password`` in the file itself; never from a command-line
option.  A file holding the password that group or others may read earns a warning.
"""

from __future__ import annotations

import os
import stat
from dataclasses import field
from pathlib import Path

from clerk_cli.errors import ConfigError
from clerk_cli.paths import config_path, expand
from clerk_cli.records import dataclass
from clerk_cli.rules.rag import RagRules

SECURITY_MODES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
DEFAULT_FOOTER = (
    "To send an update, reply to this email quoting the action's reference "
    "and a line on progress; your committee clerk will record it."
)
MASK = "********"

# Keys each section accepts, and their types (for one-line errors naming the key).
_KEYS: dict[str, dict[str, tuple[type, ...]]] = {
    "smtp": {
        "host": (str,),
        "port": (int,),
        "security": (str,),
        "user": (str,),
        "password": (str,),
        "password_file": (str,),
        "timeout": (int, float),
        "ca_file": (str,),
        "verify": (bool,),
    },
    "digest": {
        "from": (str,),
        "horizon_days": (int,),
        "stale_days": (int,),
        "footer": (str,),
        "templates_dir": (str,),
        "organisation": (str,),
        "subject_prefix": (str,),
        "sign_off": (str,),
        "reply_to": (str,),
    },
    "action_log": {
        "organisation": (str,),
        "logo": (str,),
        "agenda_item": (str, int),
        "appendix": (str,),
        "prepared_by": (str,),
        "date_style": (str,),
    },
    "display": {
        "timezone": (str,),
    },
    "rag": {
        "red_overdue_days": (int,),
        "red_slips": (int,),
        "red_silent_days": (int,),
        "amber_days": (int,),
        "amber_silent_days": (int,),
    },
    "imap": {
        "host": (str,),
        "port": (int,),
        "user": (str,),
        "password": (str,),
        "password_file": (str,),
        "mailbox": (str,),
        "timeout": (int, float),
        "ca_file": (str,),
        "verify": (bool,),
    },
}
DATE_STYLES = ("long", "short", "iso")
_ENV = {
    "CLERK_SMTP_HOST": "smtp.host",
    "CLERK_SMTP_PORT": "smtp.port",
    "CLERK_SMTP_SECURITY": "smtp.security",
    "CLERK_SMTP_USER": "smtp.user",
    "CLERK_FROM": "digest.from",
    "CLERK_IMAP_HOST": "imap.host",
    "CLERK_IMAP_USER": "imap.user",
}


@dataclass
class SmtpSettings:
    host: str | None = None
    port: int = 587
    security: str = "starttls"
    user: str | None = None
    timeout: float = 30.0
    ca_file: Path | None = None
    verify: bool = True
    # Never printed: repr=False keeps it out of reprs, tracebacks and logs.
    password: str | None = field(default=None, repr=False)
    password_file: Path | None = None


@dataclass
class DigestSettings:
    sender: str | None = None  # the From address
    horizon_days: int = 14
    stale_days: int = 30
    footer: str = DEFAULT_FOOTER
    templates_dir: Path | None = None
    organisation: str | None = None  # named in the sign-off and, by default, the subject
    subject_prefix: str | None = None  # [prefix] of every subject (default: organisation)
    sign_off: str | None = None  # e.g. "Democratic Services"
    reply_to: str | None = None  # replies go here, as a plus-address holding the digest's token

    @property
    def prefix(self) -> str:
        """The subject's [prefix]: subject_prefix, else the organisation, else "Action log"."""
        return self.subject_prefix or self.organisation or "Action log"


@dataclass
class ActionLogSettings:
    """What the agenda-pack action log prints around the table ([action_log])."""

    organisation: str | None = None
    logo: Path | None = None
    agenda_item: str | None = None
    appendix: str | None = None
    prepared_by: str | None = None
    date_style: str = "long"


@dataclass
class ImapSettings:
    """Where clerk mail fetch reads replies: an IMAP mailbox over TLS ([imap])."""

    host: str | None = None
    port: int = 993
    user: str | None = None
    mailbox: str = "INBOX"
    timeout: float = 30.0
    ca_file: Path | None = None
    verify: bool = True
    password: str | None = field(default=None, repr=False)
    password_file: Path | None = None


@dataclass
class Settings:
    """The effective settings, where each came from, and warnings for stderr."""

    path: Path
    file_exists: bool
    smtp: SmtpSettings
    digest: DigestSettings
    sources: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    action_log: ActionLogSettings = field(default_factory=ActionLogSettings)
    imap: ImapSettings = field(default_factory=ImapSettings)
    rag: RagRules = field(default_factory=RagRules)

    def rows(self) -> list[tuple[str, str, str]]:
        """(key, value, source) for every setting, secrets masked: what `clerk config show` prints."""
        s, d = self.smtp, self.digest

        def show(v) -> str:
            return "" if v is None else str(v)

        values = [
            ("smtp.host", show(s.host)),
            ("smtp.port", show(s.port)),
            ("smtp.security", s.security),
            ("smtp.user", show(s.user)),
            ("smtp.password", MASK if s.password else "(not set)"),
            ("smtp.password_file", show(s.password_file)),
            ("smtp.timeout", show(s.timeout)),
            ("smtp.ca_file", show(s.ca_file)),
            ("smtp.verify", "true" if s.verify else "false"),
            ("digest.from", show(d.sender)),
            ("digest.horizon_days", show(d.horizon_days)),
            ("digest.stale_days", show(d.stale_days)),
            ("digest.footer", d.footer),
            ("digest.templates_dir", show(d.templates_dir)),
            ("digest.organisation", show(d.organisation)),
            ("digest.subject_prefix", show(d.subject_prefix)),
            ("digest.sign_off", show(d.sign_off)),
            ("digest.reply_to", show(d.reply_to)),
            ("imap.host", show(self.imap.host)),
            ("imap.port", show(self.imap.port)),
            ("imap.user", show(self.imap.user)),
            ("imap.password", MASK if self.imap.password else "(not set)"),
            ("imap.password_file", show(self.imap.password_file)),
            ("imap.mailbox", self.imap.mailbox),
            ("imap.timeout", show(self.imap.timeout)),
            ("imap.ca_file", show(self.imap.ca_file)),
            ("imap.verify", "true" if self.imap.verify else "false"),
            *((f"action_log.{k}", show(getattr(self.action_log, k))) for k in _KEYS["action_log"]),
            *((f"rag.{k}", show(getattr(self.rag, k))) for k in _KEYS["rag"]),
        ]
        return [(k, v, self.sources.get(k, "default")) for k, v in values]

    def require_smtp(self) -> None:
        """Raise a ConfigError unless there is enough to send mail."""
        if not self.smtp.host:
            raise ConfigError(
                f"No SMTP server configured (smtp.host in {self.path}).",
                hint="Set it there or in CLERK_SMTP_HOST, or use --outbox DIR to write .eml files.",
            )
        if not self.digest.sender:
            raise ConfigError(
                f"No From address configured (digest.from in {self.path}).",
                hint='Set it there or in CLERK_FROM, e.g. "Democratic Services <ds@example.gov.uk>".',
            )


# ---- loading -------------------------------------------------------------------


def load_settings(path: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Read the config file (if any) and the environment into Settings.

    Every problem is one ConfigError naming the file and the key.
    """
    path = Path(path if path is not None else config_path())
    env = os.environ if env is None else env
    raw = _read_toml(path)
    settings = Settings(
        path=path, file_exists=raw is not None, smtp=SmtpSettings(), digest=DigestSettings()
    )
    raw = raw or {}
    _check_keys(raw, path)
    flat = {f"{sec}.{k}": v for sec, table in raw.items() if sec in _KEYS for k, v in table.items()}
    for key in flat:
        settings.sources[key] = "config file"
    for var, key in _ENV.items():
        if env.get(var):
            flat[key] = env[var]
            settings.sources[key] = f"env {var}"
    _apply(settings, flat, path)
    _apply_action_log(settings.action_log, flat, path)
    _load_password(settings, flat, env, path)
    _apply_imap(settings, flat, env, path)
    settings.rag = _rag_from(raw, path)
    return settings


# ---- [rag]: the thresholds of the ratings (read by every command that lists actions) ----

# The least each threshold may be: a slip count of 0 would make every action red.
_RAG_LEAST = {"red_slips": 1}
_rag_cache: dict[tuple, RagRules] = {}


def _rag_from(raw: dict, path: Path) -> RagRules:
    """RagRules from a parsed config file's [rag] table; a ConfigError naming the key
    for a value clerk cannot use."""
    table = raw.get("rag")
    if table is None:
        return RagRules()
    _check_keys({"rag": table}, path)
    for key, value in table.items():
        least = _RAG_LEAST.get(key, 0)
        if value < least:
            raise ConfigError(
                f"Config file {path}: rag.{key} must be {least} or more, not {value}.",
                hint=f"Set it with: clerk config set rag.{key} {getattr(RagRules(), key)}",
            )
    return RagRules(**table)


def rag_rules(path: Path | None = None) -> RagRules:
    """The rating thresholds of the config file's [rag] section (defaults without one).

    Read on its own, as display.display_timezone is, so that a mistake in another
    section never stops a report; a mistake in [rag] is a ConfigError naming the key.
    Cached while the file is unchanged (one stat a call).
    """
    path = Path(path if path is not None else config_path())
    try:
        st = path.stat()
    except OSError:
        return RagRules()
    key = (str(path), st.st_mtime_ns, st.st_size, st.st_ino)
    rules = _rag_cache.get(key)
    if rules is None:
        raw = _read_toml_for_rag(path)
        rules = _rag_cache[key] = _rag_from(raw, path) if raw else RagRules()
    return rules


def _read_toml_for_rag(path: Path) -> dict | None:
    """The parsed file; a file clerk cannot read counts as no [rag] unless it names one
    (clerk config show says what is wrong with it), so a user's thresholds are never
    silently replaced by the defaults."""
    try:
        return _read_toml(path)
    except ConfigError:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        if "[rag]" in text.replace(" ", ""):
            raise
        return None


def _apply_imap(settings: Settings, flat: dict, env, path: Path) -> None:
    """[imap]: where clerk mail fetch reads replies; the password from CLERK_IMAP_PASSWORD,
    else imap.password_file, else imap.password (never a command-line option)."""
    m = settings.imap
    if "imap.host" in flat:
        m.host = str(flat["imap.host"]).strip() or None
    if "imap.user" in flat:
        m.user = str(flat["imap.user"]).strip() or None
    if "imap.port" in flat:
        try:
            port = int(str(flat["imap.port"]).strip())
        except ValueError:
            port = -1
        if not 0 < port < 65536:
            raise ConfigError(
                f"Bad IMAP port {flat['imap.port']!r} ({_where(settings, 'imap.port', path)}).",
                hint="Use a number from 1 to 65535, e.g. 993 for IMAP over TLS.",
            )
        m.port = port
    if "imap.mailbox" in flat:
        m.mailbox = str(flat["imap.mailbox"]).strip() or "INBOX"
    _read_tls(m, "imap", "IMAP", flat, settings, path)
    if "imap.password" in flat:
        _warn_if_shared(settings, path, "holds the IMAP password")
    if env.get("CLERK_IMAP_PASSWORD"):
        m.password = env["CLERK_IMAP_PASSWORD"]
        settings.sources["imap.password"] = "env CLERK_IMAP_PASSWORD"
    elif flat.get("imap.password_file"):
        pw = expand(flat["imap.password_file"])
        if not pw.is_absolute():
            pw = path.parent / pw
        m.password_file = pw
        try:
            m.password = pw.read_text(encoding="utf-8").strip("\r\n") or None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(
                f"Cannot read the password file {pw} (imap.password_file in {path})."
            ) from exc
        settings.sources["imap.password"] = "password file"
        _warn_if_shared(settings, pw, "holds the IMAP password")
    elif "imap.password" in flat:
        m.password = flat["imap.password"] or None
        settings.sources["imap.password"] = "config file"


def _read_toml(path: Path) -> dict | None:
    try:
        with open(path, "rb") as fh:
            import tomllib  # only when there is a file (most runs have none)

            return tomllib.load(fh)
    except FileNotFoundError:
        return None
    except IsADirectoryError as exc:
        raise ConfigError(
            f"Config file {path} is a directory.", hint="Point CLERK_CONFIG at a file."
        ) from exc
    except PermissionError as exc:
        raise ConfigError(
            f"Cannot read config file {path}: permission denied.",
            hint="Check its owner and permissions (ls -l).",
        ) from exc
    except _toml_error() as exc:
        raise ConfigError(f"Config file {path} is not valid TOML: {exc}.") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"Config file {path} is not valid UTF-8 text.") from exc
    except OSError as exc:
        raise ConfigError(f"Cannot read config file {path}: {exc.strerror or exc}.") from exc


def _toml_error() -> type[Exception]:
    """tomllib's error class, imported when an exception needs matching against it."""
    import tomllib

    return tomllib.TOMLDecodeError


def _check_keys(raw: dict, path: Path) -> None:
    for section, keys in _KEYS.items():
        table = raw.get(section)
        if table is None:
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"Config file {path}: '{section}' must be a [{section}] table.")
        for key, value in table.items():
            if key not in keys:
                import difflib

                close = difflib.get_close_matches(key, list(keys), n=1)
                hint = f" Did you mean {section}.{close[0]}?" if close else ""
                raise ConfigError(f"Config file {path}: unknown key {section}.{key}.{hint}")
            types = keys[key]
            # TOML booleans are ints in Python: keep them apart.
            if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
                want = " or ".join(
                    t.__name__.replace("str", "text")
                    .replace("int", "a whole number")
                    .replace("float", "a number")
                    .replace("bool", "true/false")
                    for t in types
                )
                raise ConfigError(
                    f"Config file {path}: {section}.{key} must be {want}, not {value!r}."
                )


def _where(settings: Settings, key: str, path: Path) -> str:
    source = settings.sources.get(key, "")
    if source.startswith("env "):
        return f"{source[4:]} (environment)"
    return f"{key} in {path}"


def _apply(settings: Settings, flat: dict, path: Path) -> None:
    s, d = settings.smtp, settings.digest
    security = str(flat.get("smtp.security", "starttls")).strip().lower()
    if security not in SECURITY_MODES:
        raise ConfigError(
            f"Unknown SMTP security mode '{security}' ({_where(settings, 'smtp.security', path)}).",
            hint=f"Use one of: {', '.join(SECURITY_MODES)}.",
        )
    s.security = security
    s.host = (str(flat["smtp.host"]).strip() or None) if "smtp.host" in flat else None
    if "smtp.port" in flat:
        port = flat["smtp.port"]
        try:
            port = int(str(port).strip())
        except ValueError:
            port = -1
        if not 0 < port < 65536:
            raise ConfigError(
                f"Bad SMTP port {flat['smtp.port']!r} ({_where(settings, 'smtp.port', path)}).",
                hint="Use a number from 1 to 65535, e.g. 587 for STARTTLS or 465 for TLS.",
            )
        s.port = port
    else:
        s.port = DEFAULT_PORTS[security]
    s.user = (str(flat["smtp.user"]).strip() or None) if "smtp.user" in flat else None
    _read_tls(s, "smtp", "SMTP", flat, settings, path)
    d.sender = (str(flat["digest.from"]).strip() or None) if "digest.from" in flat else None
    if d.sender:
        # The one check for addresses (rules.people): no commas, no bare local parts.
        from clerk_cli.errors import InvalidInput
        from clerk_cli.rules.people import parse_person

        try:
            if parse_person(d.sender)[1] is None:
                raise InvalidInput("no address")
        except InvalidInput as exc:
            raise ConfigError(
                f"'{d.sender}' is not an email address ({_where(settings, 'digest.from', path)}).",
                hint='Write it as "Democratic Services <ds@example.gov.uk>".',
            ) from exc
    for key, attr in (("digest.horizon_days", "horizon_days"), ("digest.stale_days", "stale_days")):
        if key in flat:
            if flat[key] < 0:
                raise ConfigError(f"Config file {path}: {key} must be 0 or more.")
            setattr(d, attr, flat[key])
    if "digest.footer" in flat:
        d.footer = flat["digest.footer"].strip()
    if "digest.templates_dir" in flat:
        tdir = expand(flat["digest.templates_dir"])
        if not tdir.is_absolute():
            tdir = path.parent / tdir
        if not tdir.is_dir():
            raise ConfigError(
                f"The templates directory {tdir} does not exist (digest.templates_dir in {path})."
            )
        d.templates_dir = tdir
    _apply_digest_wording(settings, flat, path)


def _apply_digest_wording(settings: Settings, flat: dict, path: Path) -> None:
    """digest.organisation, subject_prefix, sign_off (one line each) and reply_to (an address)."""
    d = settings.digest
    for attr in ("organisation", "subject_prefix", "sign_off"):
        value = flat.get(f"digest.{attr}")
        if value is not None:
            value = " ".join(str(value).split()).strip("[] ")
            setattr(d, attr, value or None)
    if flat.get("digest.reply_to"):
        from clerk_cli.errors import InvalidInput
        from clerk_cli.rules.people import check_email

        try:
            d.reply_to = check_email(str(flat["digest.reply_to"]), what="reply address")
        except InvalidInput as exc:
            raise ConfigError(f"{exc.message[:-1]} (digest.reply_to in {path}).") from None


def _apply_action_log(a: ActionLogSettings, flat: dict, path: Path) -> None:
    for key in ("organisation", "agenda_item", "appendix", "prepared_by"):
        value = flat.get(f"action_log.{key}")
        if value is not None:
            setattr(a, key, str(value).strip() or None)
    style = str(flat.get("action_log.date_style", "long")).strip().lower()
    if style not in DATE_STYLES:
        raise ConfigError(
            f"Config file {path}: unknown action_log.date_style '{style}'.",
            hint=f"Use one of: {', '.join(DATE_STYLES)} (long is 31 October 2022).",
        )
    a.date_style = style
    if flat.get("action_log.logo"):
        logo = expand(flat["action_log.logo"])
        if not logo.is_absolute():
            logo = path.parent / logo
        if logo.suffix.lower() not in (".png", ".jpg", ".jpeg") or not logo.is_file():
            raise ConfigError(
                f"Cannot use the logo {logo} (action_log.logo in {path}).",
                hint="Give a PNG or JPEG file that exists.",
            )
        a.logo = logo


def _load_password(settings: Settings, flat: dict, env, path: Path) -> None:
    s = settings.smtp
    if "smtp.password_file" in flat:
        pw_path = expand(flat["smtp.password_file"])
        if not pw_path.is_absolute():
            pw_path = path.parent / pw_path
        s.password_file = pw_path
    if "smtp.password" in flat:
        _warn_if_shared(settings, path, "holds the SMTP password")
    if env.get("CLERK_SMTP_PASSWORD"):
        s.password = env["CLERK_SMTP_PASSWORD"]
        settings.sources["smtp.password"] = "env CLERK_SMTP_PASSWORD"
        return
    if s.password_file is not None:
        try:
            text = s.password_file.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ConfigError(
                f"The password file {s.password_file} does not exist "
                f"(smtp.password_file in {path})."
            ) from exc
        except (PermissionError, IsADirectoryError, UnicodeDecodeError) as exc:
            raise ConfigError(
                f"Cannot read the password file {s.password_file} (smtp.password_file in {path})."
            ) from exc
        s.password = text.strip("\r\n") or None
        settings.sources["smtp.password"] = "password file"
        _warn_if_shared(settings, s.password_file, "holds the SMTP password")
        return
    if "smtp.password" in flat:
        s.password = flat["smtp.password"] or None
        settings.sources["smtp.password"] = "config file"


def _warn_if_shared(settings: Settings, path: Path, what: str) -> None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        settings.warnings.append(
            f"{path} {what} but others can read it (mode {stat.S_IMODE(mode):o}). Run: chmod 600 {path}"
        )


def _read_tls(server, key: str, label: str, flat: dict, settings, path) -> None:
    """The timeout and certificate settings an SMTP or IMAP server has alike ([smtp] /
    [imap]: timeout, ca_file, verify), checked with one-line errors."""
    if f"{key}.timeout" in flat:
        if flat[f"{key}.timeout"] <= 0:
            raise ConfigError(f"Config file {path}: {key}.timeout must be more than 0 seconds.")
        server.timeout = float(flat[f"{key}.timeout"])
    if f"{key}.ca_file" in flat:
        ca = expand(flat[f"{key}.ca_file"])
        if not ca.is_file() or not os.access(ca, os.R_OK):
            raise ConfigError(f"Cannot read the CA file {ca} ({key}.ca_file in {path}).")
        server.ca_file = ca
    server.verify = bool(flat.get(f"{key}.verify", True))
    if not server.verify:
        settings.warnings.append(
            f"{key}.verify = false in {path}: the {label} server's certificate is not checked. "
            f"Prefer {key}.ca_file."
        )
