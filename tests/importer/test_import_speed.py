"""import-minutes stays fast: a hundred minutes files in one run, well under five seconds."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta

from clerk_cli.models import Action, Meeting, MinutesImport

from .conftest import HIGHWAYS

FILES = 100
BUDGET_SECONDS = 5.0


def test_hundred_minutes_files_import_in_under_five_seconds(cli, tmp_path, rows):
    folder = tmp_path / "minutes"
    folder.mkdir()
    paths = []
    for i in range(FILES):
        day = date(2020, 1, 7) + timedelta(days=7 * i)
        text = HIGHWAYS.replace("Tuesday 14 March 2023", f"{day:%A} {day.day} {day:%B %Y}")
        path = folder / f"{day.isoformat()}-highways.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    cli("committee", "list")  # create and migrate the database outside the timed run

    started = time.perf_counter()
    result = cli("import-minutes", *paths, "--yes", "--format", "json")
    elapsed = time.perf_counter() - started

    assert result.exit_code == 0, result.output[-500:]
    assert [r["status"] for r in json.loads(result.output)] == ["imported"] * FILES
    assert len(rows(MinutesImport)) == FILES and len(rows(Meeting)) == FILES
    actions = rows(Action)
    assert len(actions) == 3 * FILES
    # Each "before the next meeting" due found the following week's meeting; the last has none yet.
    rule_based = [a for a in actions if a.due_rule == "next_meeting"]
    assert all(a.due_date is not None for a in rule_based[:-1]) and rule_based[-1].due_date is None
    assert elapsed < BUDGET_SECONDS, f"{FILES} files took {elapsed:.1f}s"
