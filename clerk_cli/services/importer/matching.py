"""How names in minutes map onto clerk's records: committees and owners.

Exact first (case, apostrophes, "&"/"and" and a leading "the" do not matter), then a
close match (difflib) that the clerk confirms, else a new record.  A group named as
the subject ("the leadership team", "officers") is nobody in particular: it is never
made a post, and the action is flagged as having no owner.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable

from clerk_cli.errors import NotFound
from clerk_cli.services.committees import CODE_RE, suggest_code
from clerk_cli.store import imports as store
from clerk_cli.store import lookup
from clerk_cli.store.lookup import CommitteeRow, OwnerRow
from clerk_cli.store.sql import Sql
from clerk_cli.views.importer import CLOSE, EXISTING, NEW, Match

# How alike two names must be (difflib ratio) to be offered as "the same, probably".
CLOSE_CUTOFF = 0.82

# A subject made only of these words, ending in one of GROUP_NOUNS, names a group of
# people, not a post: "the senior leadership team", "council officers", "all members".
GROUP_NOUNS = frozenset(
    "officers officer members member councillors councillor team teams leadership "
    "management staff colleagues partners everyone everybody all committee board panel "
    "council group we us they".split()
)
GROUP_WORDS = GROUP_NOUNS | frozenset(
    "the a an all its our their relevant appropriate senior key partner and of other".split()
)


_PUNCTUATION = re.compile(r"[^\w' ]+")
_LEADING_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)  # the same posts come up in every file of a batch
def name_key(name: str) -> str:
    """A name for comparison: case, apostrophes, '&', 'the' and spacing do not matter."""
    s = name.casefold()
    if s.replace(" ", "").isalnum():  # letters, digits and spaces only: no pattern needed
        words = s.split()
        return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)
    s = s.replace("\u2019", "'").replace("&", " and ")
    s = _PUNCTUATION.sub(" ", s)
    s = _LEADING_THE.sub("", s.strip())
    return _SPACES.sub(" ", s)


def is_group(name: str | None) -> bool:
    """True when a subject names a group of people ("leadership team"), not a post."""
    words = name_key(name or "").split()
    return bool(words) and words[-1] in GROUP_NOUNS and all(w in GROUP_WORDS for w in words)


# Words that name nobody on their own: an owner read as "The" or "It" is no owner.
_NOBODY = frozenset(
    "the a an this that these those it its he she him her they them one someone somebody "
    "anyone there here which who what".split()
)


def names_nobody(name: str | None) -> bool:
    """True when a subject is only a determiner or a pronoun ("The", "It"), not a post."""
    words = name_key(name or "").split()
    return bool(words) and all(w in _NOBODY for w in words)


def close_name(found: str, names: Iterable[str]) -> str | None:
    """The one recorded name closest to found (difflib ratio >= CLOSE_CUTOFF), or None."""
    by_key = {name_key(n): n for n in names}
    close = difflib.get_close_matches(name_key(found), list(by_key), n=1, cutoff=CLOSE_CUTOFF)
    return by_key[close[0]] if close else None


class ImportRecords:
    """What one file's plan needs from the database, loaded once per file (nothing when
    there is no database yet)."""

    def __init__(self, q: Sql | None):
        self.committees: list[CommitteeRow] = store.committees(q) if q else []
        self.owners = {name: OwnerRow(i, name) for i, name in (store.owners(q) if q else [])}
        self.owner_keys = {name_key(n): o for n, o in self.owners.items()}
        by_holder: dict[str, list[int]] = {}
        for owner_id, name, email in store.current_holders(q) if q else []:
            for k in {name_key(name), name_key(email or "")} - {""}:
                by_holder.setdefault(k, []).append(owner_id)
        by_id = {o.id: o for o in self.owners.values()}
        self.holder_keys = {
            k: by_id[ids[0]] for k, ids in by_holder.items() if len(ids) == 1 and ids[0] in by_id
        }
        self.by_id = by_id
        self.serving: set[int] = set()  # the posts serving the committee (plan_import sets it)
        self.committee_code: str | None = None

    def short_title(self, found: str) -> tuple[OwnerRow, str] | None:
        """A post named by a short title or by its initials, when exactly one fits:

        "the Director": the one post serving the committee whose name starts with
        "Director"; "DCS": the one recorded post whose initials are D, C, S
        ("Director of Children's Services").  With how it was found, for the review.
        """
        k = name_key(found)
        words = found.split()
        if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", found):
            hits = [o for o in self.owners.values() if initials(o.name) == found]
            if len(hits) == 1:
                return hits[0], f"'{found}' read as the initials of '{hits[0].name}'"
        if 1 <= len(k.split()) <= 2:
            serving = [self.by_id[i] for i in self.serving if i in self.by_id]
            hits = [o for o in serving if name_key(o.name).startswith(k + " ")]
            if len(hits) == 1:
                return hits[0], (
                    f"'{found}' read as '{hits[0].name}', the only {found.removeprefix('the ')} "
                    f"serving {self.committee_code}"
                )
        return None


_NOT_INITIALLED = frozenset("of and the for to in on at & 's".split())


def initials(name: str) -> str:
    """A post's initials: "Director of Children's Services" -> "DCS"."""
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", name)
    return "".join(w[0].upper() for w in words if w.casefold() not in _NOT_INITIALLED)


def match_committee(
    q: Sql | None,
    rec: ImportRecords,
    key: str | None,
    body: str | None,
    rejected: set[tuple[str, str]],
) -> tuple[Match, CommitteeRow | None]:
    """The committee for --committee KEY (must exist) or the body named in the minutes.

    ``rejected`` holds ("committee", body) when the clerk said a close match is not it.
    """
    if key:  # --committee must name a recorded committee: a typo never creates one
        if q is None:
            raise NotFound(
                f"No committee '{key}' (there is no database yet).",
                hint=f'Add it first: clerk committee add "NAME" --code {key} (or leave out '
                "--committee when the minutes name their committee).",
            )
        c = lookup.committee(q, key)
        return Match(key, c.name, EXISTING, c.code), c
    body = " ".join((body or "").split())
    for c in rec.committees:
        if body.upper() == c.code.upper() or name_key(body) == name_key(c.name):
            return Match(body, c.name, EXISTING, c.code), c
    if ("committee", body) not in rejected:
        close = close_name(body, [c.name for c in rec.committees])
        if close is None:  # "Licensing Committee" in "Licensing Committee (Hearing Panel)"
            inside = [c.name for c in rec.committees if _contains(name_key(c.name), name_key(body))]
            close = inside[0] if len(inside) == 1 else None
        if close is None:  # "Audit" and "Cotswold District Council Audit Committee"
            same = [c.name for c in rec.committees if _same_body(name_key(c.name), name_key(body))]
            close = same[0] if len(same) == 1 else None
        if close:
            c = next(x for x in rec.committees if x.name == close)
            return Match(body, c.name, CLOSE, c.code), c
    return Match(body, body, NEW, new_code(body, {c.code for c in rec.committees})), None


def _contains(a: str, b: str) -> bool:
    """One name inside the other, as whole words, the shorter of at least two words."""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 2 and f" {short} " in f" {long} "


# A last word that only says what kind of meeting it is: "Audit" and "Audit Committee".
_GENERIC = frozenset("committee board panel meeting".split())
# The last word of an organisation's name, written before its committee's name in a
# heading: "Cotswold District Council Cabinet", "Kingston Hospital NHS Trust Board".
_ORGANISATION = frozenset(
    "council authority trust university college school academy association foundation "
    "society club company ltd limited plc nhs icb commission corporation".split()
)


def _same_body(a: str, b: str) -> bool:
    """Two names (name_key) of one body: the same but for a generic last word, or one of
    them with an organisation's name in front ("Cotswold District Council Cabinet")."""
    a, b = _bare(a), _bare(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if not long.endswith(" " + short):
        return False
    return long[: -len(short) - 1].split()[-1] in _ORGANISATION


def _bare(key: str) -> str:
    words = key.split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in _GENERIC else words)


def new_code(name: str, taken: set[str]) -> str:
    """A code for a new committee: its initials (committees.suggest_code), made unique."""
    base = suggest_code(name)
    words = re.findall(r"[A-Za-z]+", name)
    if len(base) == 1 and len(words) == 1:  # "Cabinet": CAB reads better than C
        base = words[0][:3].upper()
    if not CODE_RE.match(base):
        base = "C"
    code, n = base, 2
    taken_upper = {t.upper() for t in taken}
    while code in taken_upper:
        code, n = f"{base[:14]}{n}", n + 1
    return code


def match_owner(
    rec: ImportRecords,
    found: str | None,
    rejected: set[tuple[str, str]],
    planned_new: dict[str, str],
    *,
    source: str,
    line: int,
) -> Match | None:
    """The owner for a name found on a line: recorded post, a holder's post, close, or new.

    None when nobody is named, or only a group ("leadership team") that is not a
    recorded post: see is_group.  ``planned_new`` collects the new owners of this file
    so one name makes one owner.
    """
    found = " ".join((found or "").split())
    if not found:
        return None
    k = name_key(found)
    if k in rec.owner_keys:
        name = rec.owner_keys[k].name
        if source and k not in name_key(source):
            # Given known_owners, the extractor answers with a recorded name even for a near
            # miss ("Highways & Transport Service"): the clerk confirms it like any close match.
            if ("owner", name) in rejected:
                return None  # declined: recorded with no owner, to assign with clerk edit
            return Match(name, name, CLOSE, line=line)
        return Match(found, name, EXISTING)
    if k in rec.holder_keys:  # a person's name: the post they hold
        return Match(found, rec.holder_keys[k].name, EXISTING)
    short = rec.short_title(found)
    if short is not None:  # "the Director", "DCS": shown in the review with how
        return Match(found, short[0].name, EXISTING)
    if is_group(found) or names_nobody(found):
        return None
    if k in planned_new:  # the same new owner named twice in one file
        return Match(found, planned_new[k], NEW)
    if ("owner", found) not in rejected:
        close = close_name(found, rec.owners)
        if close:
            return Match(found, close, CLOSE, line=line)
    planned_new[k] = found
    return Match(found, found, NEW)
