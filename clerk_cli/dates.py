"""Due dates as clerks write them.  Pure: no database, no Click.

UK usage is day-first: 31/03/2023 is 31 March and 03/04/2023 is 3 April.  Besides
dates, a due can be a *rule* that depends on the committee's calendar ("next
meeting", "the June meeting"): parse_due returns the rule and the service layer
resolves it against the meetings, and re-resolves it when meetings change.

Months and seasons mean the END of that period ("by November" is 30 November;
"autumn 2022" is 30 November 2022), the next one on or after today when no year
is given.  Seasons: spring ends 31 May, summer 31 August, autumn 30 November,
winter the end of February.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from clerk_cli.errors import InvalidInput
from clerk_cli.lazy_pattern import lazy as _lazy
from clerk_cli.records import dataclass

RULE_NEXT_MEETING = "next_meeting"
RULE_MONTH_MEETING = "meeting_month"  # "meeting_month:6" = the committee's June meeting

ACCEPTED_FORMS = (
    "2023-03-31, 31/03/2023, 31 March 2023, 31 Mar, friday, tomorrow, +2w, in 10 days, "
    "eom, November, autumn 2022, next meeting, the June meeting, within six weeks"
)


@dataclass(frozen=True)
class Due:
    """A parsed due: a date, a rule to resolve against meetings, or only words."""

    date: date | None
    rule: str | None
    text: str

    @property
    def is_vague(self) -> bool:
        return self.date is None and self.rule is None


# The names calendar.month_name / day_name give in the C locale clerk runs in (clerk never
# calls setlocale), written out: importing calendar cost every command that reads or
# shows a due date more than the rest of this module.
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = {
    name: i for i, month in enumerate(MONTH_NAMES, 1) for name in (month.lower(), month[:3].lower())
}
MONTHS["sept"] = 9
WEEKDAYS = {name: i for i, day in enumerate(DAY_NAMES) for name in (day.lower(), day[:3].lower())}
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
SEASON_END = {"spring": (5, 31), "summer": (8, 31), "autumn": (11, 30), "fall": (11, 30)}


_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

_ISO = _lazy(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = _lazy(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_DAY_MONTH = _lazy(
    rf"(?:(?:{_WEEKDAY_RE}),?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_RE})\.?,?(?:\s+(\d{{4}}))?"
)
_MONTH_DAY = _lazy(rf"({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+(\d{{4}}))?")
_MONTH_ONLY = _lazy(
    rf"(?:(?:the\s+)?end\s+of\s+|(?:early|mid|late)[\s-]+)?({_MONTH_RE})\.?(?:\s+(\d{{4}}))?"
)
_SEASON = _lazy(
    r"(?:(?:the\s+)?end\s+of\s+|(?:early|late)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(\d{4}))?"
)
# Small numbers as clerks write them in dues ("within six weeks").  "A few" is not a number.
NUMBER_WORDS = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve".split(),
        range(1, 13),
        strict=True,
    )
) | {"a": 1, "an": 1, "a couple of": 2, "fourteen": 14, "eighteen": 18, "twenty": 20}
_NUMBER_RE = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
# "+2w", "in 10 days", "within six weeks", "in two weeks' time"
_RELATIVE = _lazy(
    rf"(?:\+|in\s+|within\s+)?(\d{{1,4}}|{_NUMBER_RE})\s*"
    r"(d|days?|w|wks?|weeks?|m|months?|y|years?)(?:['’]?\s+time)?"
)
_WEEKDAY = _lazy(rf"(?:(next|this|on)\s+)?({_WEEKDAY_RE})")
_NEXT_MEETING = _lazy(
    r"(?:(?:the|a|its)\s+)?(?:next|following|future|subsequent|forthcoming|later)\s+"
    r"(?:\w+\s+){0,2}?(?:meeting|committee|board|session)(?:\s+of\s+the\s+[\w\s]+)?"
)
_MONTH_MEETING = _lazy(rf"(?:the\s+)?({_MONTH_RE})\s+(?:\w+\s+)?(?:meeting|committee|board)")
_QUARTER = _lazy(r"(?:the\s+end\s+of\s+)?(?:q([1-4])|quarter\s+([1-4]))(?:\s+(\d{4}))?")
_FY_YEAR_END = _lazy(r"(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:financial|municipal)\s+year")
_LEADING = _lazy(r"^(?:by|before|due|no\s+later\s+than|not\s+later\s+than|on|for|at|to|until)\s+")


def days_in_month(year: int, month: int) -> int:
    """calendar.monthrange(year, month)[1]."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def end_of_month(year: int, month: int) -> date:
    return date(year, month, days_in_month(year, month))


def add_months(d: date, months: int) -> date:
    total = d.month - 1 + months
    year, month = d.year + total // 12, total % 12 + 1
    return date(year, month, min(d.day, days_in_month(year, month)))


def _year(raw: str) -> int:
    y = int(raw)
    return y + 2000 if y < 100 else y


def _make(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInput(
            f"'{original}' is not a real date.",
            hint=f"Dates are day-first (31/03/2023 is 31 March). Accepted forms: {ACCEPTED_FORMS}.",
        ) from None


def _next_occurrence(month: int, day: int | None, today: date) -> date:
    """The end of (or given day of) month, this year or next, on or after today."""
    for year in (today.year, today.year + 1):
        d = end_of_month(year, month) if day is None else _make(year, month, day, f"{day}/{month}")
        if d >= today:
            return d
    return d


def _season_end(season: str, year: int | None, today: date) -> date:
    if season == "winter":
        y = year + 1 if year else (today.year + 1 if today.month > 2 else today.year)
        return end_of_month(y, 2)
    month, day = SEASON_END[season]
    if year:
        return date(year, month, day)
    d = date(today.year, month, day)
    return d if d >= today else date(today.year + 1, month, day)


def normalise(text: str) -> str:
    s = text.strip().lower().replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip(" .,;:")
    return s


def parse_due(text: str, *, today: date, strict: bool = True) -> Due:
    """Parse a due as a clerk writes it.

    Returns Due(date, rule, text).  Unrecognised words raise InvalidInput (one line,
    listing the accepted forms) when strict, else give a vague Due with no date.
    """
    original = text.strip()
    s = normalise(text)
    s = _LEADING.sub("", s)
    if not s:
        if strict:
            raise InvalidInput("The due date is empty.", hint=f"Accepted forms: {ACCEPTED_FORMS}.")
        return Due(None, None, original)

    for pattern, handler in _HANDLERS:
        if pattern.fullmatch(s):
            try:
                d, rule = handler(s, today, original)
            except OverflowError:
                d, rule = date.max, None  # "+99999999w": out of range, below
            if d is not None and not EARLIEST <= d <= LATEST:
                if strict:
                    raise _out_of_range(original)
                return Due(None, None, original)
            return Due(d, rule, original)
    if strict:
        raise InvalidInput(
            f"'{original}' is not a due date clerk understands.",
            hint=f"Accepted forms: {ACCEPTED_FORMS}.",
        )
    return Due(None, None, original)


def _h_keyword(s: str, today: date, _o: str):
    return _KEYWORDS[s](today), None


def _h_iso(s: str, today: date, o: str):
    y, m, d = _ISO.fullmatch(s).groups()
    return _make(int(y), int(m), int(d), o), None


def _h_numeric(s: str, today: date, o: str):
    d, m, y = _NUMERIC.fullmatch(s).groups()
    return _make(_year(y), int(m), int(d), o), None


def _h_day_month(s: str, today: date, o: str):
    d, mon, y = _DAY_MONTH.fullmatch(s).groups()
    month = MONTHS[mon]
    if y:
        return _make(int(y), month, int(d), o), None
    _make(2000 if month == 2 and int(d) == 29 else today.year, month, int(d), o)
    return _next_occurrence(month, int(d), today), None


def _h_month_day(s: str, today: date, o: str):
    mon, d, y = _MONTH_DAY.fullmatch(s).groups()
    month = MONTHS[mon]
    if y:
        return _make(int(y), month, int(d), o), None
    _make(2000 if month == 2 and int(d) == 29 else today.year, month, int(d), o)
    return _next_occurrence(month, int(d), today), None


def _h_month_only(s: str, today: date, _o: str):
    mon, y = _MONTH_ONLY.fullmatch(s).groups()
    month = MONTHS[mon]
    if y:
        return end_of_month(int(y), month), None
    return _next_occurrence(month, None, today), None


def _h_season(s: str, today: date, _o: str):
    season, y = _SEASON.fullmatch(s).groups()
    return _season_end(season, int(y) if y else None, today), None


def _h_quarter(s: str, today: date, _o: str):
    m = _QUARTER.fullmatch(s)
    q = int(m.group(1) or m.group(2))
    year = int(m.group(3)) if m.group(3) else today.year
    d = end_of_month(year, q * 3)
    if not m.group(3) and d < today:
        d = end_of_month(year + 1, q * 3)
    return d, None


def _h_financial_year(s: str, today: date, _o: str):
    # UK local government financial year ends 31 March.
    d = date(today.year, 3, 31)
    return (d if d >= today else date(today.year + 1, 3, 31)), None


def _h_relative(s: str, today: date, _o: str):
    n, unit = _RELATIVE.fullmatch(s).groups()
    n = int(n) if n.isdigit() else NUMBER_WORDS[n]
    u = unit[0]
    if u == "d":
        return today + timedelta(days=n), None
    if u == "w":
        return today + timedelta(weeks=n), None
    if u == "m":
        return add_months(today, n), None
    return add_months(today, 12 * n), None


def _h_weekday(s: str, today: date, _o: str):
    # "friday", "on friday" and "next friday" all mean the coming Friday (never today).
    name = _WEEKDAY.fullmatch(s).group(2)
    ahead = (WEEKDAYS[name] - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead), None


def _h_next_meeting(s: str, today: date, _o: str):
    return None, RULE_NEXT_MEETING


def _h_month_meeting(s: str, today: date, _o: str):
    mon = _MONTH_MEETING.fullmatch(s).group(1)
    return None, f"{RULE_MONTH_MEETING}:{MONTHS[mon]}"


_KEYWORDS = {
    "today": lambda t: t,
    "tomorrow": lambda t: t + timedelta(days=1),
    "end of month": lambda t: end_of_month(t.year, t.month),
    "end of the month": lambda t: end_of_month(t.year, t.month),
    "the end of the month": lambda t: end_of_month(t.year, t.month),
    "eom": lambda t: end_of_month(t.year, t.month),
    "end of week": lambda t: t + timedelta(days=(4 - t.weekday()) % 7),
    "end of the week": lambda t: t + timedelta(days=(4 - t.weekday()) % 7),
    "the end of the week": lambda t: t + timedelta(days=(4 - t.weekday()) % 7),
    "eow": lambda t: t + timedelta(days=(4 - t.weekday()) % 7),
    "next week": lambda t: t + timedelta(weeks=1),
    "next month": lambda t: end_of_month(
        *((t.year, t.month + 1) if t.month < 12 else (t.year + 1, 1))
    ),
    "end of year": lambda t: date(t.year, 12, 31),
    "end of the year": lambda t: date(t.year, 12, 31),
    "the end of the year": lambda t: date(t.year, 12, 31),
    "eoy": lambda t: date(t.year, 12, 31),
}
_KEYWORD_RE = _lazy("|".join(re.escape(k) for k in sorted(_KEYWORDS, key=len, reverse=True)))

_HANDLERS = (
    (_KEYWORD_RE, _h_keyword),
    (_ISO, _h_iso),
    (_NUMERIC, _h_numeric),
    (_DAY_MONTH, _h_day_month),
    (_MONTH_DAY, _h_month_day),
    (_MONTH_ONLY, _h_month_only),
    (_SEASON, _h_season),
    (_QUARTER, _h_quarter),
    (_FY_YEAR_END, _h_financial_year),
    (_RELATIVE, _h_relative),
    (_WEEKDAY, _h_weekday),
    (_NEXT_MEETING, _h_next_meeting),
    (_MONTH_MEETING, _h_month_meeting),
)


# Dates clerk accepts: beyond these a typo is likelier than a plan, and date
# arithmetic near year 9999 would overflow.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


def _out_of_range(original: str) -> InvalidInput:
    return InvalidInput(
        f"'{original.strip()}' is not a date clerk can use.",
        hint=f"Give a date between {EARLIEST.year} and {LATEST.year}, e.g. 31/03/2023.",
    )


def _in_range(d: date | None, original: str) -> date | None:
    if d is not None and not EARLIEST <= d <= LATEST:
        raise _out_of_range(original)
    return d


def parse_date(text: str, *, today: date | None = None) -> date:
    """A calendar date (for meetings, --as-of, ranges): ISO or UK day-first, or a due phrase that gives a date."""
    s = normalise(text)
    if _ISO.fullmatch(s):
        return _in_range(_h_iso(s, today or date.today(), text)[0], text)
    if _NUMERIC.fullmatch(s):
        return _in_range(_h_numeric(s, today or date.today(), text)[0], text)
    due = parse_due(text, today=today or date.today(), strict=True)
    if due.date is None:
        raise InvalidInput(
            f"'{text.strip()}' is not a calendar date.", hint="Use e.g. 2023-03-31 or 31/03/2023."
        )
    return due.date


# A moment that has passed (--as-of, --on).  The forms it takes, for its errors and
# `clerk help dates`: never the due-date forms that look ahead ("next meeting", "+2w").
PAST_FORMS = (
    "2022-09-30, 30/09/2022, 30 September 2022, 30 Sep, friday, last friday, yesterday, "
    "today, November 2022"
)
_PAST_LEADING = _lazy(r"^(?:on|as\s+(?:of|at))\s+")
_PAST_WEEKDAY = _lazy(rf"(?:(last)\s+)?({_WEEKDAY_RE})")
_PAST_KEYWORDS = {"today": 0, "yesterday": 1}
_PAST_KEYWORD_RE = _lazy("today|yesterday")


def _most_recent(month: int, day: int, today: date, original: str) -> date:
    """That day of that month on or before today: this year's, or the last year that had it."""
    _make(2000 if (month, day) == (2, 29) else today.year, month, day, original)  # a real day?
    for year in range(today.year, today.year - 8, -1):
        if (month, day) == (2, 29) and days_in_month(year, 2) < 29:
            continue
        d = date(year, month, day)
        if d <= today:
            return d
    raise _out_of_range(original)


def _back_to_today(d: date, today: date) -> date:
    """A period's end (a month's last day) on or after today -> the most recent one on or
    before today: the same end a year earlier when it is still to come."""
    return d if d <= today else end_of_month(d.year - 1, d.month)


def _p_keyword(s: str, today: date, _o: str) -> date:
    return today - timedelta(days=_PAST_KEYWORDS[s])


def _p_day_month(s: str, today: date, o: str) -> date:
    d, mon, y = _DAY_MONTH.fullmatch(s).groups()
    if y:
        return _make(int(y), MONTHS[mon], int(d), o)
    return _most_recent(MONTHS[mon], int(d), today, o)


def _p_month_day(s: str, today: date, o: str) -> date:
    mon, d, y = _MONTH_DAY.fullmatch(s).groups()
    if y:
        return _make(int(y), MONTHS[mon], int(d), o)
    return _most_recent(MONTHS[mon], int(d), today, o)


def _p_month_only(s: str, today: date, o: str) -> date:
    d, _ = _h_month_only(s, today, o)
    return d if _MONTH_ONLY.fullmatch(s).group(2) else _back_to_today(d, today)


def _p_season(s: str, today: date, o: str) -> date:
    d, _ = _h_season(s, today, o)
    return d if _SEASON.fullmatch(s).group(2) else _back_to_today(d, today)


def _p_quarter(s: str, today: date, o: str) -> date:
    d, _ = _h_quarter(s, today, o)
    return d if _QUARTER.fullmatch(s).group(3) else _back_to_today(d, today)


def _p_financial_year(s: str, today: date, o: str) -> date:
    return _back_to_today(_h_financial_year(s, today, o)[0], today)


def _p_weekday(s: str, today: date, _o: str) -> date:
    # "friday": the most recent Friday (today, on a Friday); "last friday": the one before today.
    last, name = _PAST_WEEKDAY.fullmatch(s).groups()
    back = (today.weekday() - WEEKDAYS[name]) % 7
    return today - timedelta(days=back or (7 if last else 0))


_PAST_HANDLERS = (
    (_PAST_KEYWORD_RE, _p_keyword),
    (_ISO, lambda s, t, o: _h_iso(s, t, o)[0]),
    (_NUMERIC, lambda s, t, o: _h_numeric(s, t, o)[0]),
    (_DAY_MONTH, _p_day_month),
    (_MONTH_DAY, _p_month_day),
    (_MONTH_ONLY, _p_month_only),
    (_SEASON, _p_season),
    (_QUARTER, _p_quarter),
    (_FY_YEAR_END, _p_financial_year),
    (_PAST_WEEKDAY, _p_weekday),
)


def parse_past_date(text: str, *, today: date | None = None) -> date:
    """A moment that has passed (--as-of, --on), as a clerk writes it.

    A date with its year is that date (the caller decides whether a later one will do).
    Without a year, words look back where a due date looks ahead: the most recent such
    day on or before today.  "30 September" in November is this year's and "31
    December" last year's; "friday" is the most recent Friday (today, on a Friday),
    "last friday" the one before today; "November" is the end of the most recent
    November (seasons, quarters and the financial year alike); "yesterday" and
    "today".  Words that only look ahead ("tomorrow", "+2w", "next meeting") are
    refused, as is anything else, in one line listing PAST_FORMS.
    """
    today = today or date.today()
    original = text.strip()
    s = _PAST_LEADING.sub("", normalise(text))
    hint = f"Accepted forms: {PAST_FORMS}."
    if not s:
        raise InvalidInput("No date given.", hint=hint)
    for pattern, handler in _PAST_HANDLERS:
        if pattern.fullmatch(s):
            try:
                return _in_range(handler(s, today, original), original)
            except OverflowError:
                raise _out_of_range(original) from None
            except InvalidInput as exc:  # "not a real date": with these forms, not the dues'
                if exc.message.endswith("is not a real date."):
                    exc = InvalidInput(
                        exc.message,
                        hint=f"Dates are day-first (30/09/2022 is 30 September). {hint}",
                    )
                raise exc from None
    try:
        ahead = not parse_due(original, today=today, strict=False).is_vague
    except InvalidInput:
        ahead = False
    if ahead:  # "tomorrow", "+2w", "next meeting": a due date, not a day that has passed
        raise InvalidInput(f"'{original}' looks ahead; give a day that has passed.", hint=hint)
    raise InvalidInput(f"'{original}' is not a date clerk understands.", hint=hint)


def describe_due(due_date: date | None, rule: str | None, text: str | None) -> str:
    """How a due reads in reports: the date, or the rule/words when there is no date yet."""
    if due_date is not None:
        return due_date.isoformat()
    if rule == RULE_NEXT_MEETING:
        return "next meeting (not yet scheduled)"
    if rule and rule.startswith(RULE_MONTH_MEETING):
        month = int(rule.split(":", 1)[1])
        return f"{('', *MONTH_NAMES)[month]} meeting (not yet scheduled)"
    return text or ""


def resolve_rule(rule: str, after: date, meeting_dates: Sequence[date]) -> date | None:
    """The date a rule points at, given the committee's non-cancelled meeting dates (sorted)."""
    if rule == RULE_NEXT_MEETING:
        return next((d for d in meeting_dates if d > after), None)
    if rule.startswith(RULE_MONTH_MEETING + ":"):
        month = int(rule.split(":", 1)[1])
        return next((d for d in meeting_dates if d > after and d.month == month), None)
    return None
