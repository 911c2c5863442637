"""How names in minutes map onto clerk's records: committees and owners.

Exact first (case, apostrophes, "&"/"and" and a leading "the" do not matter), then a
close match (difflib) that the clerk confirms, else a new record.  Used by the
import-minutes use case (services.importer) inside its transaction.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, select

from clerk_cli.schema import Committee, Owner, OwnerHolder
from clerk_cli.services.committees import CODE_RE, suggest_code
from clerk_cli.services.common import find_committee

# How alike two names must be (difflib ratio) to be offered as "the same, probably".
CLOSE_CUTOFF = 0.82

# Match kinds, as shown in the review.
EXISTING, CLOSE, NEW = "existing", "close", "new"


@dataclass
class Match:
    """How a name written in the minutes maps onto clerk's records."""

    found: str  # as written in the minutes (or given with --committee)
    name: str  # the record that will be used or created
    kind: str  # EXISTING, CLOSE (an existing record, to confirm) or NEW
    code: str | None = None  # committees only
    line: int | None = None  # owners: the line that names them

    @property
    def as_written(self) -> bool:
        """False when the minutes do not name it so (the extractor chose a recorded spelling)."""
        return self.found != self.name

    @property
    def question(self) -> str:
        if self.as_written:
            return f"'{self.found}' is not recorded. Is it '{self.name}'?"
        return f"Line {self.line} does not name '{self.name}' exactly. Is '{self.name}' the owner?"


@functools.lru_cache(maxsize=4096)  # the same posts come up in every file of a batch
def name_key(name: str) -> str:
    """A name for comparison: case, apostrophes, '&', 'the' and spacing do not matter."""
    s = name.casefold().replace("\u2019", "'").replace("&", " and ")
    s = re.sub(r"[^\w' ]+", " ", s)
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s)


def close_name(found: str, names: Iterable[str]) -> str | None:
    """The one recorded name closest to found (difflib ratio >= CLOSE_CUTOFF), or None."""
    by_key = {name_key(n): n for n in names}
    close = difflib.get_close_matches(name_key(found), list(by_key), n=1, cutoff=CLOSE_CUTOFF)
    return by_key[close[0]] if close else None


class ImportRecords:
    """What one file's plan needs from the database, loaded once per file."""

    def __init__(self, s: Session):
        self.committees = list(s.exec(select(Committee)).all())
        self.owners = {o.name: o for o in s.exec(select(Owner)).all()}
        self.owner_keys = {name_key(n): o for n, o in self.owners.items()}
        holders = s.exec(select(OwnerHolder).where(OwnerHolder.ended_at.is_(None))).all()
        by_holder: dict[str, list[int]] = {}
        for h in holders:
            for k in {name_key(h.name), name_key(h.email or "")} - {""}:
                by_holder.setdefault(k, []).append(h.owner_id)
        by_id = {o.id: o for o in self.owners.values()}
        self.holder_keys = {
            k: by_id[ids[0]] for k, ids in by_holder.items() if len(ids) == 1 and ids[0] in by_id
        }


def match_committee(
    s: Session,
    rec: ImportRecords,
    key: str | None,
    body: str | None,
    rejected: set[tuple[str, str]],
) -> tuple[Match, Committee | None]:
    """The committee for --committee KEY (must exist) or the body named in the minutes.

    ``rejected`` holds ("committee", body) when the clerk said a close match is not it.
    """
    if key:  # --committee must name a recorded committee: a typo never creates one
        c = find_committee(s, key)
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
        if close:
            c = next(x for x in rec.committees if x.name == close)
            return Match(body, c.name, CLOSE, c.code), c
    return Match(body, body, NEW, new_code(body, {c.code for c in rec.committees})), None


def _contains(a: str, b: str) -> bool:
    """One name inside the other, as whole words, the shorter of at least two words."""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 2 and f" {short} " in f" {long} "


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

    ``planned_new`` collects the new owners of this file so one name makes one owner.
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
    if k in planned_new:  # the same new owner named twice in one file
        return Match(found, planned_new[k], NEW)
    if ("owner", found) not in rejected:
        close = close_name(found, rec.owners)
        if close:
            return Match(found, close, CLOSE, line=line)
    planned_new[k] = found
    return Match(found, found, NEW)
