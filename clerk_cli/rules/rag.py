"""Red, amber and green: a rating for every open action, always with its reason.

Committees rate their actions by hand and the tools that colour them never say why.
clerk rates every open action by rules a clerk can read here, and every output shows
the reason beside the colour.  Pure: no I/O.

- red: overdue by more than `red_overdue_days` days, or slipped at least `red_slips`
  times, or no note for `red_silent_days` days after it fell due;
- amber: overdue by no more than `red_overdue_days` days (when that is more than 0), due
  before the committee's next meeting, or within `amber_days` days, or no note for
  `amber_silent_days` days;
- green: otherwise.  Closed actions have no rating.

The thresholds are the [rag] section of the config file (clerk_cli.config.rag_rules);
every output rates with the same ones and prints the words and the legend from here.
"""

from __future__ import annotations

from datetime import date

from clerk_cli.records import dataclass
from clerk_cli.rules.status import DUE_SOON_DAYS, OPEN_STATUSES, proposal_words

RED, AMBER, GREEN = "red", "amber", "green"
# A marker for black-and-white printing and plain text.
MARKS = {RED: "[R]", AMBER: "[A]", GREEN: "[G]"}


@dataclass(frozen=True)
class RagRules:
    red_overdue_days: int = 0
    red_slips: int = 2
    red_silent_days: int = 14
    amber_days: int = DUE_SOON_DAYS
    amber_silent_days: int = 30


DEFAULT = RagRules()


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def rate(
    *,
    status: str,
    due: date | None,
    as_of: date,
    slips: int,
    last_update: date,
    next_meeting: date | None,
    rules: RagRules = DEFAULT,
    proposed: str | None = None,
) -> tuple[str | None, str | None]:
    """(colour, reason) of an action on as_of; (None, None) when it is closed.

    last_update: the day of its latest note, or the day it was recorded.  proposed: the
    outcome it is proposed to close with; awaiting its committee's agreement it is green
    (rules.status: not chased).
    """
    return rater(rules, as_of)(status, due, slips, last_update, next_meeting, proposed)


def rater(rules: RagRules, as_of: date):
    """rate for many actions on one day with the same thresholds: a function of (status,
    due, slips, last_update, next_meeting, proposed), with the thresholds read once."""
    red_overdue_days = rules.red_overdue_days
    red_slips = rules.red_slips
    red_silent_days = rules.red_silent_days
    amber_days = rules.amber_days
    amber_silent_days = rules.amber_silent_days
    open_statuses = OPEN_STATUSES

    def rate_one(
        status: str,
        due: date | None,
        slips: int,
        last_update: date,
        next_meeting: date | None,
        proposed: str | None = None,
    ) -> tuple[str | None, str | None]:
        if status not in open_statuses:
            return None, None
        if proposed:
            return GREEN, proposal_words(proposed)
        late = (as_of - due).days if due is not None else None
        quiet = (as_of - last_update).days
        if late is not None and late > red_overdue_days:
            return RED, f"overdue by {_days(late)}"
        if slips >= red_slips:
            return RED, f"slipped {slips} times"
        if (
            late is not None
            and late >= 0
            and (as_of - max(last_update, due)).days >= red_silent_days
        ):
            return RED, f"no note in the {_days(late)} since it fell due"
        if late is not None and late > 0:
            # Overdue, but within the days red allows: never "on track".
            return AMBER, f"overdue by {_days(late)}"
        if late is not None and -amber_days <= late <= 0:
            return AMBER, "due today" if late == 0 else f"due in {_days(-late)}"
        if due is not None and next_meeting is not None and due <= next_meeting:
            return AMBER, f"due by the next meeting ({next_meeting.isoformat()})"
        if quiet >= amber_silent_days:
            return AMBER, f"no note for {_days(quiet)}"
        return GREEN, "on track"

    return rate_one


def rag_words(colour: str | None, reason: str | None) -> str:
    """'[R] red: overdue by 3 days': the marker, the colour's name and the reason, so the
    rating reads without colour (black-and-white printing, plain text); '' when closed."""
    if colour is None:
        return ""
    return f"{MARKS[colour]} {colour}: {reason}" if reason else f"{MARKS[colour]} {colour}"


def legend(rules: RagRules = DEFAULT) -> list[tuple[str, str, str]]:
    """(colour, marker, when) for each rating, in the words of these thresholds: what a
    paper prints under its table so a reader can check every rating."""
    late = (
        "past its due date"
        if rules.red_overdue_days == 0
        else f"overdue by more than {_days(rules.red_overdue_days)}"
    )
    return [
        (
            RED,
            MARKS[RED],
            f"{late}; or its due date moved {rules.red_slips} or more times; or no note for "
            f"{_days(rules.red_silent_days)} after it fell due",
        ),
        (
            AMBER,
            MARKS[AMBER],
            (
                f"overdue by up to {_days(rules.red_overdue_days)}; or "
                if rules.red_overdue_days
                else ""
            )
            + f"due within {_days(rules.amber_days)} or by the committee's next meeting; or no "
            f"note for {_days(rules.amber_silent_days)}",
        ),
        (
            GREEN,
            MARKS[GREEN],
            "on track (none of the above), or its closure proposed to the committee",
        ),
    ]


def legend_lines(rules: RagRules = DEFAULT) -> list[str]:
    """The legend as lines of text: '[R] red: past its due date; ...'."""
    lines = [f"{mark} {colour}: {when}" for colour, mark, when in legend(rules)]
    lines.append(
        "Closed actions have no rating. The thresholds are set in clerk's config file ([rag])."
    )
    return lines
