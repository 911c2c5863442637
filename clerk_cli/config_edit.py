"""Changing one setting of config.toml from the command line (clerk config set/unset).

The file is edited as text, one line, so the clerk's comments and layout stay; the
result is then read by the same code clerk reads its settings with
(clerk_cli.config.load_settings), and only written over the file when that accepts
it.  A mistake leaves the file as it was.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from clerk_cli.errors import ConfigError, InvalidInput

_SECTION = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$")
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def _keys() -> dict[str, dict[str, tuple[type, ...]]]:
    from clerk_cli.config import _KEYS

    return _KEYS


def split_key(key: str) -> tuple[str, str, tuple[type, ...]]:
    """(section, name, accepted types) of a key such as smtp.host; InvalidInput with
    "Did you mean ...?" for one clerk does not know."""
    from clerk_cli.store.lookup import suggest

    keys = _keys()
    section, _, name = (key or "").strip().partition(".")
    if section not in keys or name not in keys[section]:
        every = [f"{s}.{k}" for s, table in keys.items() for k in table]
        hint = suggest(key, every)
        raise InvalidInput(
            f"'{key}' is not a setting clerk has.",
            hint=(hint + " " if hint else "") + "See: clerk help config.",
        )
    if (section, name) == ("smtp", "password"):
        raise InvalidInput(
            "clerk does not take the SMTP password on the command line "
            "(it would stay in your shell history).",
            hint="Put it in a file (chmod 600) and set smtp.password_file, "
            "or set CLERK_SMTP_PASSWORD.",
        )
    return section, name, keys[section][name]


def typed_value(key: str, raw: str, types: tuple[type, ...]):
    """raw as the type the setting takes (a number, true/false, or text)."""
    text = raw.strip()
    if bool in types:
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise InvalidInput(f"{key} is true or false, not '{raw}'.")
    if int in types and re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if float in types:
        try:
            return float(text)
        except ValueError:
            pass
    if str in types:
        return raw
    want = "a whole number" if int in types else "a number"
    raise InvalidInput(f"{key} must be {want}, not '{raw}'.")


def toml_literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    # A TOML basic string: JSON's escapes are TOML's (\", \\, \n, \uXXXX).
    return json.dumps(value, ensure_ascii=False)


def edited(text: str, section: str, name: str, literal: str | None) -> str:
    """text with `name = literal` set in [section] (replacing the line that sets it,
    else added at the end of the section, else in a new section at the end); with
    literal None, the line that sets it removed."""
    lines = text.splitlines()
    key_line = re.compile(rf"^\s*(?:{re.escape(name)}|\"{re.escape(name)}\")\s*=")
    current, last_in_section, found = None, None, None
    for i, line in enumerate(lines):
        m = _SECTION.match(line)
        if m:
            current = m.group(1).strip().strip('"')
            if current == section:
                last_in_section = i
            continue
        if current == section:
            if line.strip():
                last_in_section = i
            if found is None and key_line.match(line):
                found = i
    new = f"{name} = {literal}" if literal is not None else None
    if found is not None and new is not None:
        new += _comment(lines[found])
    if found is not None:
        lines[found : found + 1] = [new] if new else []
    elif new is None:
        return text
    elif last_in_section is not None:
        lines.insert(last_in_section + 1, new)
    else:
        if lines and lines[-1].strip():
            lines.append("")
        lines += [f"[{section}]", new]
    return "\n".join(lines) + "\n"


def _comment(line: str) -> str:
    """The comment at the end of a `key = value` line ("  # the relay"), or ''."""
    import tomllib

    rest = line.split("=", 1)[1]
    for i, ch in enumerate(rest):
        if ch != "#":
            continue
        try:
            tomllib.loads(f"x = {rest[:i]}")
        except tomllib.TOMLDecodeError:
            continue  # a "#" inside the value
        return "  " + rest[i:].rstrip()
    return ""


def change_setting(path: str | Path, key: str, raw: str | None) -> list[str]:
    """Set key to raw (None: remove it) in the config file at path, after checking the
    result as clerk reads it; the warnings reading it gives (e.g. verify = false)."""
    import tomllib

    path = Path(path)
    from clerk_cli.config import load_settings

    section, name, types = split_key(key)
    value = typed_value(key, raw, types) if raw is not None else None
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    new_text = edited(text, section, name, toml_literal(value) if raw is not None else None)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(new_text)
        try:
            settings = load_settings(Path(tmp), env={})
            parsed = tomllib.loads(new_text)
        except (ConfigError, tomllib.TOMLDecodeError) as exc:
            message = getattr(exc, "message", str(exc)).replace(tmp, str(path)).rstrip(".")
            raise ConfigError(
                f"{message}. The file was left as it was.",
                hint=getattr(exc, "hint", None) or f"Edit it by hand: {path}",
            ) from exc
        if parsed.get(section, {}).get(name) != value:
            raise ConfigError(
                f"Could not change {key} in {path} by itself (it is written in a way "
                "clerk does not edit). The file was left as it was.",
                hint=f"Edit it by hand: {path}",
            )
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return [w.replace(tmp, str(path)) for w in settings.warnings]
