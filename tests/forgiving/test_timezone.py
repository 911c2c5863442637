"""Times in the clerk's zone, overridable by a setting (issue 15 item 8, findings bug 21)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
import time_machine


@pytest.fixture(autouse=True)
def restore_tz(monkeypatch):
    yield
    monkeypatch.delenv("TZ", raising=False)
    time.tzset()


def _noted(seeded):
    with time_machine.travel(datetime(2022, 9, 27, 13, 0, tzinfo=UTC), tick=False):
        assert seeded("note", "CSSC-1", "Chased").exit_code == 0


def test_the_timezone_setting(seeded, clerk_home, monkeypatch):
    _noted(seeded)
    config = clerk_home / "config.toml"
    config.write_text('[display]\ntimezone = "Europe/London"\n')
    monkeypatch.setenv("CLERK_CONFIG", str(config))
    out = seeded("history", "CSSC-1", "--format", "plain").output
    assert "2022-09-27 14:00 BST" in out


def test_the_environment_wins_and_a_bad_zone_is_one_line(seeded, monkeypatch):
    _noted(seeded)
    monkeypatch.setenv("CLERK_TIMEZONE", "America/Toronto")
    assert "2022-09-27 09:00 EDT" in seeded("history", "CSSC-1", "--format", "plain").output
    monkeypatch.setenv("CLERK_TIMEZONE", "Mars/Olympus")
    bad = seeded("list")
    assert bad.exit_code == 1 and "not a time zone" in bad.output
