"""clerk status words "overdue" as every other output does (rules.status.overdue_words)."""

from __future__ import annotations


def test_one_day_overdue_is_singular(cli, dataset):
    # AUD's only overdue action was due on 1 August 2022: one day overdue on the 2nd.
    out = cli("status", "--format", "plain", "--as-of", "2022-08-02").stdout

    oldest = next(line for line in out.splitlines() if "AUD-1" in line)
    assert "(1 day overdue; Chief Finance Officer)" in oldest
