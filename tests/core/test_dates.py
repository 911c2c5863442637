"""The due-date parser: UK day-first dates, the accepted phrases, and clear errors."""

from datetime import date

import pytest

from clerk_cli.dates import RULE_NEXT_MEETING, describe_due, parse_date, parse_due
from clerk_cli.errors import InvalidInput

TODAY = date(2022, 6, 14)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-03-31", date(2023, 3, 31)),
        ("31/03/2023", date(2023, 3, 31)),
        ("03/04/2023", date(2023, 4, 3)),  # 3 April, not 4 March
        ("3/4/23", date(2023, 4, 3)),
        ("31 March 2023", date(2023, 3, 31)),
        ("31st March 2023", date(2023, 3, 31)),
        ("31 Mar", date(2023, 3, 31)),  # next 31 March on or after today
        ("20 June", date(2022, 6, 20)),
        ("March 31, 2023", date(2023, 3, 31)),
        ("friday", date(2022, 6, 17)),
        ("Tuesday", date(2022, 6, 21)),  # never today
        ("tomorrow", date(2022, 6, 15)),
        ("today", TODAY),
        ("+2w", date(2022, 6, 28)),
        ("+10d", date(2022, 6, 24)),
        ("in 10 days", date(2022, 6, 24)),
        ("in 3 months", date(2022, 9, 14)),
        ("eom", date(2022, 6, 30)),
        ("end of month", date(2022, 6, 30)),
        ("by November", date(2022, 11, 30)),
        ("autumn 2022", date(2022, 11, 30)),
        ("end of March", date(2023, 3, 31)),
        ("by 21/10/2022", date(2022, 10, 21)),
    ],
)
def test_dates_clerks_write(text, expected):
    due = parse_due(text, today=TODAY)
    assert due.date == expected
    assert due.rule is None
    assert due.text == text


@pytest.mark.parametrize(
    "text", ["next meeting", "the next meeting", "Next Meeting", "a future meeting"]
)
def test_next_meeting_is_a_rule_not_a_date(text):
    due = parse_due(text, today=TODAY)
    assert due.date is None
    assert due.rule == RULE_NEXT_MEETING


def test_month_meeting_rule():
    assert parse_due("the June meeting", today=TODAY).rule == "meeting_month:6"


@pytest.mark.parametrize("text", ["31/04/2024", "30/02/2023", "32/01/2023", "2023-13-01"])
def test_impossible_dates_are_one_line_errors(text):
    with pytest.raises(InvalidInput) as exc:
        parse_due(text, today=TODAY)
    message = str(exc.value)
    assert "not a real date" in message
    assert "\n" not in message


@pytest.mark.parametrize("text", ["soonish", "whenever", "", "   "])
def test_unrecognised_dates_list_the_accepted_forms(text):
    with pytest.raises(InvalidInput) as exc:
        parse_due(text, today=TODAY)
    assert "Accepted forms" in str(exc.value)


def test_vague_phrases_are_kept_as_words_when_not_strict():
    due = parse_due("once complete", today=TODAY, strict=False)
    assert due.is_vague and due.text == "once complete"


def test_parse_date_rejects_rules():
    with pytest.raises(InvalidInput):
        parse_date("next meeting")
    assert parse_date("14/06/2022") == TODAY


def test_describe_due():
    assert (
        describe_due(None, RULE_NEXT_MEETING, "next meeting") == "next meeting (not yet scheduled)"
    )
    assert describe_due(date(2022, 9, 20), RULE_NEXT_MEETING, "next meeting") == "2022-09-20"
    assert describe_due(None, None, "in due course") == "in due course"


# --- relative dues in words, as minutes write them ----------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("within six weeks", date(2022, 7, 26)),
        ("within 2 weeks", date(2022, 6, 28)),
        ("in two weeks' time", date(2022, 6, 28)),
        ("in six months", date(2022, 12, 14)),
        ("within a month", date(2022, 7, 14)),
        ("within a couple of weeks", date(2022, 6, 28)),
        ("by the end of the month", date(2022, 6, 30)),
        ("the end of the week", date(2022, 6, 17)),
        ("by the end of the year", date(2022, 12, 31)),
    ],
)
def test_relative_dues_in_words(text, expected):
    assert parse_due(text, today=TODAY).date == expected


def test_a_few_weeks_and_a_future_date_stay_vague():
    # "a few" is not a number, and "at a future date" names no meeting: kept as words.
    assert parse_due("within a few weeks", today=TODAY, strict=False).is_vague
    assert parse_due("at a future date", today=TODAY, strict=False).is_vague


def test_the_committees_month_meeting_is_a_rule():
    assert parse_due("the September meeting", today=TODAY).rule == "meeting_month:9"


def test_names_and_month_lengths_are_the_calendar_modules():
    """dates writes out what it took from calendar (whose import cost every start)."""
    import calendar
    from datetime import date

    from clerk_cli import dates

    assert dates.MONTHS == {
        **{calendar.month_name[i].lower(): i for i in range(1, 13)},
        **{calendar.month_abbr[i].lower(): i for i in range(1, 13)},
        "sept": 9,
    }
    assert all(dates.WEEKDAYS[calendar.day_name[i].lower()] == i for i in range(7))
    assert all(dates.WEEKDAYS[calendar.day_abbr[i].lower()] == i for i in range(7))
    for year in (1, 1900, 2000, 2023, 2024, 2100, 9999):
        for month in range(1, 13):
            assert dates.days_in_month(year, month) == calendar.monthrange(year, month)[1]
    assert dates.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert dates.end_of_month(9999, 12) == date(9999, 12, 31)
    for month in range(1, 13):
        assert dates.describe_due(None, f"{dates.RULE_MONTH_MEETING}:{month}", None) == (
            f"{calendar.month_name[month]} meeting (not yet scheduled)"
        )
