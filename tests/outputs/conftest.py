"""Fixtures for the output tests: the action-log dataset, and a longer log that runs over pages."""

from __future__ import annotations

from datetime import date

import pytest
from actionlog.dataset import DCS, HDS, build, on

AS_OF = "2022-09-13"
LONG_TEXT = (
    "Provide a copy of the recruitment and retention action plan once complete, with the "
    "vacancy figures for each locality team and the timetable agreed with the Workforce Board"
)


@pytest.fixture
def dataset(db, cli):
    """The action-log tests' dataset in this test's database; returns {label: ref}."""
    return build(db)


@pytest.fixture
def long_log(db, dataset):
    """The dataset plus 24 wordy open actions from the June meeting: a log of several pages."""
    from clerk_cli.services import actions

    with on("2022-06-15"):
        for n in range(24):
            actions.add_action(
                db,
                text=f"{LONG_TEXT} (item {n + 1})",
                owner=DCS if n % 2 else HDS,
                due="2022-09-01" if n % 3 == 0 else ("2022-09-16" if n % 3 == 1 else "2022-11-30"),
                meeting="CSSC/2022-06-14",
                today=date(2022, 6, 15),
            )
    return dataset
