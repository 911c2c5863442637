"""Checking restored records as typed data is checked, and turning them into stored values.

A record of an export is a JSON object per row (see json_out).  Each table's rows
are checked a column at a time when they can be (a chunk of 2,000 actions costs a
few whole-column checks, not 40,000 function calls), and row by row when a column
fails, to name every bad value: one line per problem, "actions[3500].created_at:
'yesterday' is not valid (...)".

What is checked, besides each value's type: names of committees, posts and people
(clerk_cli.rules.people: no control characters such as a line break, not empty),
email addresses (the same check as typed ones), committee codes, statuses, whole
numbers that fit the database (ids and numbers from 1, counts from 0), and dates
and timestamps between the years 1900 and 2999, as clerk accepts typed dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from itertools import repeat

from clerk_cli.dates import EARLIEST, LATEST
from clerk_cli.errors import InvalidInput
from clerk_cli.rules.people import check_email, check_name, is_email
from clerk_cli.rules.status import ACTION_STATUSES, MEETING_STATUSES
from clerk_cli.services.committees import CODE_RE  # the rule of `clerk committee add`
from clerk_cli.store.columns import BOOL, DATE, INT, TABLES, TEXT, TIMESTAMP, Column

BIGGEST = 2**63 - 1  # the largest whole number both databases store
MAX_PROBLEMS = 20


class Problems:
    """The problems found so far (one line each); stops the restore once there are too many."""

    def __init__(self, limit: int = MAX_PROBLEMS):
        self.lines: list[str] = []
        self.limit = limit

    def __bool__(self) -> bool:
        return bool(self.lines)

    def add(self, line: str) -> None:
        self.lines.append(line)
        if len(self.lines) >= self.limit:
            raise RestoreRefused(self.lines, more=True)


class RestoreRefused(InvalidInput):
    """The file holds records clerk would not accept; nothing was imported.  One line each."""

    def __init__(self, problems: list[str], *, more: bool = False):
        self.problems = list(problems)
        if more:
            self.problems.append(f"(stopped after {len(problems)} problems; nothing was imported.)")
        super().__init__("\n".join(self.problems))


# ---- checks of particular columns (besides their type) -------------------------------


def _name(what: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        check_name(value, what=what)

    return check


def _email(value: str) -> None:
    if not is_email(value):
        check_email(value)  # says what is wrong
        raise InvalidInput(f"'{value.strip()}' has spaces around it.")


def _one_of(allowed: tuple[str, ...], what: str) -> Callable[[str], None]:
    def check(value: str) -> None:
        if value not in allowed:
            raise InvalidInput(f"{value!r} is not {what} (one of: {', '.join(allowed)}).")

    check.allowed = frozenset(allowed)  # a whole column is checked as a set
    return check


def _code(value: str) -> None:
    if not CODE_RE.fullmatch(value):
        raise InvalidInput(
            f"{value!r} cannot be a committee code "
            "(1-16 capital letters, digits, _ or &, starting with a letter)."
        )


CHECKS: dict[tuple[str, str], Callable[[str], None]] = {
    ("committee", "name"): _name("committee's name"),
    ("committee", "code"): _code,
    ("committee", "clerk_name"): _name("clerk's name"),
    ("committee", "clerk_email"): _email,
    ("owner", "name"): _name("post's name"),
    ("owner_holder", "name"): _name("person's name"),
    ("owner_holder", "email"): _email,
    ("meeting", "status"): _one_of(MEETING_STATUSES, "a meeting status"),
    ("action", "status"): _one_of(ACTION_STATUSES, "an action status"),
}

# Whole numbers that count something start at 0; ids, references and numbers at 1.  A
# committee's next action number may be anything: a low one is repaired (json_in).
FROM_ZERO = {"slip_count", "resolutions", "actions"}
ANY_NUMBER = {"next_action_number"}


def lowest(column: Column) -> int:
    """The smallest value a whole-number column accepts."""
    if column.name in ANY_NUMBER:
        return -BIGGEST - 1
    return 0 if column.name in FROM_ZERO else 1


# ---- one value at a time -------------------------------------------------------------

_FIRST = datetime.combine(EARLIEST, datetime.min.time(), UTC)
_LAST = datetime.combine(LATEST, datetime.max.time(), UTC)


def _timestamp(v) -> datetime:
    if type(v) is not str:
        raise ValueError("expected a date and time")
    d = datetime.fromisoformat(v)
    try:
        d = d.astimezone(UTC) if d.tzinfo else d.replace(tzinfo=UTC)
    except OverflowError:
        raise ValueError("out of range") from None
    if not _FIRST <= d <= _LAST:
        raise ValueError(f"not between {EARLIEST.year} and {LATEST.year}")
    return d


_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _date(v) -> date:
    if type(v) is not str or not _DAY.fullmatch(v):
        raise ValueError("expected a date written YYYY-MM-DD")
    d = date.fromisoformat(v)
    if not EARLIEST <= d <= LATEST:
        raise ValueError(f"not between {EARLIEST.year} and {LATEST.year}")
    return d


def _decoder(column: Column, table: str, sqlite: bool) -> Callable:
    """A function turning a JSON value into the value the driver stores (or raising ValueError)."""
    kind = column.type
    if kind == TIMESTAMP:
        if sqlite:  # naive UTC text, as clerk_cli.store.sql stores timestamps
            return lambda v: _timestamp(v).replace(tzinfo=None).isoformat(" ", "microseconds")
        return _timestamp
    if kind == DATE:
        return (lambda v: _date(v).isoformat()) if sqlite else _date
    if kind == BOOL:

        def boolean(v):
            if type(v) is not bool:
                raise ValueError("expected true or false")
            return v

        return boolean
    if kind == INT:
        low = lowest(column)

        def whole(v):
            if type(v) is not int:
                raise ValueError("expected a whole number")
            if not low <= v <= BIGGEST:
                raise ValueError(f"out of range ({low} to {BIGGEST})")
            return v

        return whole

    def text(v):
        if type(v) is not str:
            raise ValueError("expected text")
        return v

    return text


# ---- a whole column at a time (the usual case) ----------------------------------------

_CLERK_TIMESTAMPS = re.compile(r"(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00\n)*")
_ISO_DATES = re.compile(r"(?:\d{4}-\d\d-\d\d\n)*")
_FIRST_TEXT, _LAST_TEXT = EARLIEST.isoformat(), LATEST.isoformat() + "T99"


def _all_of(pattern: re.Pattern, present: list[str], parse) -> bool:
    """Is every value text in pattern's form, a real date or time, within clerk's years?"""
    if not _only(present, str):
        return False
    if not pattern.fullmatch("\n".join(present) + "\n" if present else ""):
        return False
    if present and not (_FIRST_TEXT <= min(present) and max(present) <= _LAST_TEXT):
        return False
    try:
        all(map(parse, present))
    except ValueError:
        return False
    return True


def _only(values, *kinds) -> bool:
    return set(map(type, values)) <= set(kinds)


class TableRows:
    """One table's INSERT columns and the checking of its rows from JSON."""

    def __init__(self, table: str, *, sqlite: bool):
        self.table = table
        self.sqlite = sqlite
        self.columns = TABLES[table]
        self.names = [c.name for c in self.columns]
        self.decoders = [_decoder(c, table, sqlite) for c in self.columns]
        self.checks = [CHECKS.get((table, c.name)) for c in self.columns]

    def convert(self, rows: list, label: Callable[[int], str], problems: Problems) -> list[tuple]:
        """Rows (dicts) as tuples in column order, ready for the driver; label(n) names row n.

        Problems go to problems (and the rows returned are then not to be written)."""
        if set(map(type, rows)) == {dict}:
            columns = []
            for c, decode, check in zip(self.columns, self.decoders, self.checks, strict=True):
                values = self._column(c, decode, check, list(map(dict.get, rows, repeat(c.name))))
                if values is None:
                    break
                columns.append(values)
            else:
                return list(zip(*columns, strict=True))
        return self._convert_rows(rows, label, problems)

    def _column(self, c: Column, decode, check, values: list) -> list | None:
        """The column's stored values, or None if some value needs a closer look."""
        if not c.nullable or c.name == "id":
            if None in values:
                return None
            present = values
        else:
            present = [v for v in values if v is not None]
        kind = c.type
        if kind == INT:
            low = lowest(c)
            if not _only(present, int) or (
                present and not (low <= min(present) and max(present) <= BIGGEST)
            ):
                return None
        elif kind == TEXT:
            if not _only(present, str):
                return None
            if check is not None:
                allowed = getattr(check, "allowed", None)
                if allowed is not None:
                    if not set(present) <= allowed:
                        return None
                else:
                    try:
                        for v in present:
                            check(v)
                    except InvalidInput:
                        return None
        elif kind == BOOL:
            if not _only(present, bool):
                return None
        elif kind == TIMESTAMP and self.sqlite:
            if not _all_of(_CLERK_TIMESTAMPS, present, datetime.fromisoformat):
                return self._each(decode, values)
            # 'YYYY-MM-DDTHH:MM:SS.ffffff+00:00' -> 'YYYY-MM-DD HH:MM:SS.ffffff': cut, not parsed
            return [None if v is None else f"{v[:10]} {v[11:26]}" for v in values]
        elif kind == DATE and self.sqlite:
            if not _all_of(_ISO_DATES, present, date.fromisoformat):
                return self._each(decode, values)
        elif kind in (TIMESTAMP, DATE):
            return self._each(decode, values)
        return values

    @staticmethod
    def _each(decode, values: list) -> list | None:
        try:
            return [None if v is None else decode(v) for v in values]
        except ValueError:
            return None

    def _convert_rows(self, rows: list, label, problems: Problems) -> list[tuple]:
        out = []
        for n, row in enumerate(rows):
            if not isinstance(row, dict):
                problems.add(f"{label(n)} is not an object.")
                continue
            values, missing = [], []
            for c, decode, check in zip(self.columns, self.decoders, self.checks, strict=True):
                v = row.get(c.name)
                if v is None and c.default is not None and c.name not in row:
                    # A column added since the file was written: its default, as the
                    # migration that added it gave existing rows.
                    values.append(c.default_value())
                    continue
                if v is None:
                    if not c.nullable or c.name == "id":
                        missing.append(f'"{c.name}"')
                    values.append(None)
                    continue
                try:
                    values.append(decode(v))
                    if check is not None:
                        check(v)
                except ValueError as exc:
                    problems.add(f"{label(n)}.{c.name}: {_shown(v)} is not valid ({exc}).")
                except InvalidInput as exc:
                    problems.add(f"{label(n)}.{c.name}: {exc.message}")
            if missing:
                problems.add(f"{label(n)} has no {', '.join(missing)}.")
            out.append(tuple(values))
        return out


def _shown(v) -> str:
    text = repr(v)
    return text if len(text) <= 80 else text[:60] + "..." + text[-10:]


def unencodable(rows: list[tuple], names: list[str]) -> tuple[int, str] | None:
    """(row number, column) of the first text that is not valid Unicode (a lone surrogate)."""
    for n, row in enumerate(rows):
        for name, v in zip(names, row, strict=True):
            if type(v) is str:
                try:
                    v.encode("utf-8")
                except UnicodeEncodeError:
                    return n, name
    return None
