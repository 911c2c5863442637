"""People, posts and addresses: the one check for a name or an email address, however it
arrives (typed on the command line, in the config file, a restored JSON backup,
imported minutes or an email reply).  Pure: no I/O.

An address is accepted only in the plain form mail servers agree on: one local
part, one "@", a domain with a dot; no spaces, commas, quotes, angle brackets or
control characters (a comma in an address sends mail to the wrong place, a CR/LF
in a name can add headers).
"""

from __future__ import annotations

import re

from clerk_cli.errors import InvalidInput
from clerk_cli.lazy_pattern import lazy

_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
EMAIL = lazy(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")
_IN_ANGLES = lazy(r"^\s*(.*?)\s*<\s*([^<>]*?)\s*>\s*$")
# Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
_CONTROL = lazy(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

_HOW = 'Write it as "Name <name@example.org>".'


def is_email(value: str | None) -> bool:
    """True when value is one plain email address (see the module's docstring)."""
    return bool(value) and len(value) <= 254 and EMAIL.fullmatch(value) is not None


def check_email(value: str, *, what: str = "email address") -> str:
    """value stripped, or InvalidInput naming what is wrong with it."""
    value = (value or "").strip()
    if not is_email(value):
        shown = _CONTROL.sub("?", value)
        if "," in value or ";" in value:
            why = "it holds more than one address"
        elif _CONTROL.search(value):
            why = "it holds a control character"
        else:
            why = "it is not in the form name@example.org"
        raise InvalidInput(f"'{shown}' is not a valid {what}: {why}.", hint=_HOW)
    return value


def check_name(value: str | None, *, what: str = "name") -> str:
    """A person's, post's or committee's name with its spaces tidied: on one line, no
    control characters (rules.text.check_text), not empty."""
    from clerk_cli.rules.text import check_text

    value = " ".join(check_text(value, what=what, one_line=True).split())
    if not value:
        raise InvalidInput(f"The {what} is empty.", hint=_HOW)
    return value


def parse_person(value: str, *, what: str = "person") -> tuple[str, str | None]:
    """'Lucy Butler <lucy@example.gov.uk>' -> ('Lucy Butler', 'lucy@...'); a bare name or a
    bare address works too.  Raises InvalidInput with one line saying what is wrong
    (what: who the value is, in that line: "person", "clerk")."""
    value = (value or "").strip()
    if not value:
        raise InvalidInput(f"The {what}'s name is empty.", hint=_HOW)
    shown = _CONTROL.sub("?", value)
    m = _IN_ANGLES.match(value)
    if m:
        name = m.group(1).strip().strip('"')
        if "<" in name or ">" in name:
            # "Jane <jane@...>, Bob <bob@...>": the regex would make the first a name.
            raise InvalidInput(f"'{shown}' is more than one person: give one {what}.", hint=_HOW)
        if not m.group(2):
            raise InvalidInput(f"'{shown}' has no email address between < and >.", hint=_HOW)
        email = check_email(m.group(2))
        return (check_name(name, what=f"{what}'s name") if name else email), email
    if "<" in value or ">" in value:
        raise InvalidInput(f"Cannot read '{shown}' as a {what}.", hint=_HOW)
    if "@" in value:
        words = value.split()
        if len(words) > 1 and is_email(words[-1]) and "@" not in " ".join(words[:-1]):
            raise InvalidInput(
                f"'{shown}' holds a name and an address: put the address in < >.",
                hint=f'Write it as "{" ".join(words[:-1])} <{words[-1]}>".',
            )
        email = check_email(value)
        return email, email
    return check_name(value, what=f"{what}'s name"), None


def parse_clerk(value: str | None) -> tuple[str | None, str | None]:
    """A committee's clerk as --clerk gives it: (name, address).

    "Jane Smith <jane@example.gov.uk>" keeps both; a bare address is the name too; a
    name alone has no address (the caller warns: the committee's weekly summary cannot
    be sent, and the clerk's emailed replies are not recognised); empty clears the clerk
    (None, None).  Anything else ("<>", "jane@", two people) is InvalidInput, one line.
    """
    if value is None or not value.strip():
        return None, None
    return parse_person(value, what="clerk")


# ---- posts' names ----------------------------------------------------------------

# What Word, Outlook and web pages put in place of the keyboard's quotes and hyphens,
# and invisible characters a paste brings along: folded so a pasted name is the post.
_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\uff07", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
    }
)
_LEADING_THE = re.compile(r"^the\s+")
_NOT_LETTERS = re.compile(r"[\W_]+")
# How alike two posts' names must be (letters and digits only, difflib's ratio) for a
# new post to be refused as probably the same one: a typo or two ("Chidlren"), "&" for
# "and"; not "Director of Place" beside "Director of Finance" (0.81).
CLOSE_POST = 0.85


def norm_owner(name: str) -> str:
    """A post's name as compared: any case, curly or straight quotes, any dash, spaces
    (non-breaking or doubled), a leading "the".  Two names with the same norm_owner are
    the same post."""
    s = " ".join(name.translate(_FOLD).casefold().split())
    return _LEADING_THE.sub("", s)


def close_posts(name: str, posts: list[str]) -> list[str]:
    """The posts whose names are probably name mistyped or punctuated differently
    ("Director of Childrens Services", "Head of Finance-Treasury"), closest first; not
    the ones that are name (norm_owner)."""
    import difflib

    key = _NOT_LETTERS.sub("", norm_owner(name))
    if not key:
        return []
    scored = []
    for post in posts:
        if norm_owner(post) == norm_owner(name):
            continue
        other = _NOT_LETTERS.sub("", norm_owner(post))
        ratio = 1.0 if other == key else difflib.SequenceMatcher(None, key, other).ratio()
        if ratio >= CLOSE_POST:
            scored.append((-ratio, post))
    return [post for _, post in sorted(scored)]
