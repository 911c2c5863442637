"""Times are shown in the clerk's own time zone (findings bug 21)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
import time_machine


@pytest.fixture
def london(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_history_shows_british_summer_time(seeded, london):
    with time_machine.travel(datetime(2022, 9, 27, 13, 0, tzinfo=UTC), tick=False):
        assert seeded("note", "CSSC-1", "Chased").exit_code == 0
    out = seeded("history", "CSSC-1", "--format", "plain").output
    assert "2022-09-27 14:00 BST" in out
    assert "UTC" not in out
