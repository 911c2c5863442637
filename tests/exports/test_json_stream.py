"""JSON export and import-json as streams: the layout, other layouts, bad rows, bounded memory."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest
from click.testing import CliRunner

from clerk_cli.cli import main
from clerk_cli.services import exports

from .builders import big_export as _export


def _run(db_path, *args):
    return CliRunner().invoke(main, ["--db", db_path, *args], catch_exceptions=False)


def _rows(database) -> int:
    """Every row of every table an import writes."""

    def work(q):
        return sum(q.scalar("SELECT count(*) FROM " + t) for t in exports.ALL_TABLES)

    return database.run_sql(work)


def test_export_writes_one_record_to_a_line(cli, dataset, tmp_path, db):
    target = tmp_path / "backup.json"
    assert cli("export", "--include-confidential", "-o", str(target)).exit_code == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[:2] == ["{", '"clerk_export_version": 1,']
    start = lines.index('"actions": [')
    end = lines.index("],", start)
    actions = [json.loads(line.rstrip(",")) for line in lines[start + 1 : end]]
    assert len(actions) == 12 and all("notes" in a and "history" in a for a in actions)
    data = json.loads(text)
    assert list(data) == [
        "clerk_export_version",
        "schema_revision",
        "complete",
        "filters",
        *(key for key, _ in exports.SECTIONS),
    ]
    # the same document through each way of making it
    assert data == exports.export_json(db, exports.ExportFilter(include_confidential=True))
    assert exports.dumps_export(data) == text
    assert cli("export", "--include-confidential").output == text


def test_a_failed_export_leaves_no_file(cli, dataset, tmp_path):
    target = tmp_path / "backup.json"
    target.write_text("old")
    result = cli("export", "--committee", "NOPE", "-o", str(target))
    assert result.exit_code == 1
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".backup")] == []


def _reorder(value):
    """Every object's keys in reverse order (the top level's too)."""
    if isinstance(value, dict):
        return {k: _reorder(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reorder(v) for v in value]
    return value


@pytest.mark.parametrize("indent", [4, None])
def test_import_of_another_layout(cli, dataset, other_db, tmp_path, indent):
    first = tmp_path / "first.json"
    assert cli("export", "--include-confidential", "-o", str(first)).exit_code == 0
    other = tmp_path / "other.json"
    other.write_text(json.dumps(_reorder(json.loads(first.read_text())), indent=indent))
    path, _ = other_db
    result = _run(path, "import-json", str(other))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Imported 2 committees, 6 meetings, 3 owners, 12 actions")
    second = tmp_path / "second.json"
    assert _run(path, "export", "--include-confidential", "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


def test_import_pretty_printed_in_order(other_db, tmp_path):
    """Another layout with the sections in order is read as a stream too."""
    data = _export(50)
    other = tmp_path / "pretty.json"
    other.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    path, database = other_db
    result = _run(path, "import-json", str(other))
    assert result.exit_code == 0, result.output
    assert exports.export_json(database, exports.ExportFilter(include_confidential=True)) == data


def _write(tmp_path, data: dict, name: str = "big.json"):
    target = tmp_path / name
    target.write_text(exports.dumps_export(data), encoding="utf-8")
    return target


def test_bad_row_in_the_middle_changes_nothing(other_db, tmp_path):
    data = _export(5000)
    data["actions"][3500]["created_at"] = "yesterday"
    broken = _write(tmp_path, data)
    path, database = other_db
    result = _run(path, "import-json", str(broken))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "actions[3500].created_at: 'yesterday' is not valid" in lines[0]
    assert _rows(database) == 0

    data = _export(5000)
    data["actions"][4100]["history"][1]["entity_id"] = "x"
    result = _run(path, "import-json", str(_write(tmp_path, data)))
    assert result.exit_code == 1
    assert "actions[4100].history[1].entity_id" in result.output.strip().splitlines()[0]
    assert _rows(database) == 0


def test_broken_json_in_the_middle_changes_nothing(other_db, tmp_path):
    text = exports.dumps_export(_export(5000))
    cut = text.index('"BIG-3000"')
    broken = tmp_path / "cut.json"
    broken.write_text(text[:cut] + "\n" + text[cut + 10 :], encoding="utf-8")
    path, database = other_db
    result = _run(path, "import-json", str(broken))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "is not valid JSON" in lines[0]
    assert _rows(database) == 0
    truncated = tmp_path / "truncated.json"
    truncated.write_text(text[: len(text) // 2], encoding="utf-8")
    result = _run(path, "import-json", str(truncated))
    assert result.exit_code == 1 and "is not valid JSON" in result.output
    assert _rows(database) == 0


# Runs clerk in a child of a small Python process, not of pytest: Linux carries the
# peak RSS of the process that forks over exec, so a child of pytest reports pytest's.
_MEASURE = """
import os, subprocess, sys
child = subprocess.Popen([sys.executable, "-c", "import sys; from clerk_cli.cli import main; main()",
                          *sys.argv[1:]])
_, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def _peak_mib(*args) -> tuple[str, float]:
    """Run clerk with args; its output, and its peak RSS in MiB (it must succeed)."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, check=True
    )
    *output, last = result.stdout.splitlines()
    code, kib = last.split()
    assert code == "0", result.stdout + result.stderr
    return "\n".join(output), int(kib) / 1024  # ru_maxrss is in KiB on Linux


def test_import_json_in_bounded_memory(tmp_path):
    """A guard, not a benchmark: 20k actions (and 80k notes and history rows) never all in memory."""
    source = _write(tmp_path, _export(20_000))
    target = tmp_path / "restored.db"
    output, peak = _peak_mib("--db", str(target), "import-json", str(source))
    assert output.startswith("Imported 1 committees, 1 meetings, 1 owners, 20000 actions")
    assert peak < 120, f"import-json of 20k actions peaked at {peak:.0f} MiB"

    again = tmp_path / "again.json"
    _, peak = _peak_mib("--db", str(target), "export", "--include-confidential", "-o", str(again))
    assert peak < 120, f"export of 20k actions peaked at {peak:.0f} MiB"
    assert again.read_bytes() == source.read_bytes()


def test_import_long_records_and_a_bom(other_db, tmp_path):
    """A record longer than the reading buffer, and a byte order mark, are read as a stream."""
    data = _export(30)
    data["actions"][7]["notes"][0]["text"] = "Long minute ‘quoted’. " * 150_000  # 3+ MiB
    source = tmp_path / "long.json"
    source.write_bytes(b"\xef\xbb\xbf" + exports.dumps_export(data).encode("utf-8"))
    path, database = other_db
    result = _run(path, "import-json", str(source))
    assert result.exit_code == 0, result.output
    assert exports.export_json(database, exports.ExportFilter(include_confidential=True)) == data


ODD_TEXT = [
    'quotes " and \\ backslashes / slashes',
    "controls \x00 \x01 \x08 \x0c \n \r \t \x1f \x7f \x85",
    "separators \u2028 \u2029, a BOM \ufeff, zero width \u200b, RTL \u202e",
    "non-ASCII ‘quoted’ – £ € ü 中文 😀 \U0010ffff",
    "",
]


def test_odd_text_is_written_as_the_json_module_writes_it(other_db, tmp_path):
    """On SQLite the records' text comes from SQLite's json_object(): byte for byte the
    json module's, for every kind of character (the export is checked against dumps_export)."""
    data = _export(len(ODD_TEXT))
    for i, text in enumerate(ODD_TEXT):
        data["actions"][i]["text"] = text
        data["actions"][i]["notes"][0]["text"] = text
        data["actions"][i]["history"][0]["new"] = text
    data["owners"][0]["name"] = ODD_TEXT[3]
    source = _write(tmp_path, data)
    path, database = other_db
    result = _run(path, "import-json", str(source))
    assert result.exit_code == 0, result.output
    again = tmp_path / "again.json"
    assert _run(path, "export", "--include-confidential", "-o", str(again)).exit_code == 0
    assert again.read_bytes() == source.read_bytes()


def test_restore_and_export_on_this_backend(cli, db, tmp_path):
    """import-json into the test's own database (PostgreSQL too), then export: the same bytes."""
    data = _export(30)
    for i, text in enumerate(ODD_TEXT):
        if not db.is_sqlite:
            text = text.replace("\x00", "")  # PostgreSQL text cannot hold NUL
        data["actions"][i]["text"] = text
        data["actions"][i]["history"][0]["new"] = text
    data["actions"][3]["completed_at"] = "2022-07-01T14:00:00.000001+00:00"
    data["actions"][4]["confidential"] = True
    data["committees"][0]["next_action_number"] = 2  # repaired to 31
    source = _write(tmp_path, data)
    result = cli("import-json", str(source))
    assert result.exit_code == 0, result.output
    assert "set to 31." in result.output
    data["committees"][0]["next_action_number"] = 31
    again = tmp_path / "again.json"
    assert cli("export", "--include-confidential", "-o", str(again)).exit_code == 0
    assert again.read_text(encoding="utf-8") == exports.dumps_export(data)
    added = cli("add-action", "After the restore", "--committee", "BIG")
    assert added.output.startswith("Added BIG-31:"), added.output


@pytest.mark.parametrize(
    ("stored", "exported"),
    [
        ("2022-06-14 10:00:00.000000", "2022-06-14T10:00:00+00:00"),
        ("2022-06-14 10:00:00.250000", "2022-06-14T10:00:00.250000+00:00"),
        ("2022-06-14 10:00:00", "2022-06-14T10:00:00+00:00"),  # another tool's forms
        ("2022-06-14T10:00:00+01:00", "2022-06-14T09:00:00+00:00"),
        ("2022-06-14", "2022-06-14T00:00:00+00:00"),
    ],
)
def test_stored_timestamps_in_any_form_export_as_utc(db, tmp_path, stored, exported):
    if not db.is_sqlite:
        pytest.skip("PostgreSQL stores timestamps as timestamps")
    exports.import_json(db, _export(1))
    db.run_sql(lambda q: q.execute("UPDATE action SET completed_at = ?", (stored,)), write=True)
    data = exports.export_json(db, exports.ExportFilter(include_confidential=True))
    assert data["actions"][0]["completed_at"] == exported


_IMPORTS = """
import atexit, sys
heavy = ("sqlalchemy", "sqlmodel", "alembic", "rich")
atexit.register(lambda: sys.stderr.write(
    "loaded: " + " ".join(sorted({m.split(".")[0] for m in sys.modules} & set(heavy))) + "\\n"))
from clerk_cli.cli import main
main()
"""


def test_export_and_restore_import_no_orm(dataset, db_url, other_db, tmp_path):
    """On a database at the current schema, export and import-json run on the DB-API alone."""
    if db_url.startswith("postgresql"):
        pytest.skip("checked on SQLite files")
    backup = tmp_path / "b.json"
    for args in (
        ("--db", db_url, "export", "--include-confidential", "-o", str(backup)),
        ("--db", db_url, "export", "--format", "csv", "-c", "CSSC"),
        ("--db", other_db[0], "import-json", str(backup)),
    ):
        run = subprocess.run(
            [sys.executable, "-c", _IMPORTS, *args], capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        assert run.stderr.splitlines()[-1] == "loaded: ", (args, run.stderr)
