"""A hundred minutes files in one run: each imported once, each "next meeting" due resolved.

Speed is measured in benchmarks/ (import-minutes scenario), not asserted here."""

from __future__ import annotations

import json
from datetime import date, timedelta

from clerk_cli.schema import Action, Meeting, MinutesImport

from .conftest import HIGHWAYS

FILES = 100


def test_hundred_minutes_files_in_one_run(cli, tmp_path, rows):
    folder = tmp_path / "minutes"
    folder.mkdir()
    paths = []
    for i in range(FILES):
        day = date(2020, 1, 7) + timedelta(days=7 * i)
        text = HIGHWAYS.replace("Tuesday 14 March 2023", f"{day:%A} {day.day} {day:%B %Y}")
        path = folder / f"{day.isoformat()}-highways.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = cli("import-minutes", *paths, "--yes", "--format", "json")

    assert result.exit_code == 0, result.output[-500:]
    assert [r["status"] for r in json.loads(result.output)] == ["imported"] * FILES
    assert len(rows(MinutesImport)) == FILES and len(rows(Meeting)) == FILES
    actions = rows(Action)
    assert len(actions) == 3 * FILES
    # Each "before the next meeting" due found the following week's meeting; the last has none yet.
    rule_based = [a for a in actions if a.due_rule == "next_meeting"]
    assert all(a.due_date is not None for a in rule_based[:-1]) and rule_based[-1].due_date is None
