"""import-json checks restored data as typed data is checked (attack report F1, F4, F5).

Every refused file leaves the database empty, exits 1, and says what is wrong with one
line per problem; none of these may end in exit 3 ("Unexpected error").
"""

from __future__ import annotations

import json

import pytest

from clerk_cli.services import exports

from .builders import big_export


def _rows(database) -> int:
    return database.run_sql(
        lambda q: sum(q.scalar("SELECT count(*) FROM " + t) for t in exports.ALL_TABLES)
    )


def _sample() -> dict:
    data = big_export(3)
    data["committees"][0]["clerk_name"] = "Dee Pike"
    data["committees"][0]["clerk_email"] = "dee.pike@example.gov.uk"
    data["owners"][0]["holders"][0]["email"] = "lucy@example.org"
    return data


@pytest.fixture
def target(cli, db):
    """The test's own empty database, on the backend under test (PostgreSQL too)."""
    return cli, db


def _import(target, tmp_path, data=None, *, text: str | None = None):
    cli, database = target
    source = tmp_path / "restore.json"
    if text is None:
        text = exports.dumps_export(data)
    source.write_text(text, encoding="utf-8")
    return cli("import-json", str(source)), database


def _refused(result, database, *expected: str) -> list[str]:
    """The run failed with exit 1, one 'Error:' line per problem, each expected text in
    its own line (in order), and nothing was written."""
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert all(line.startswith("Error: ") for line in lines), result.output
    assert "Unexpected error" not in result.output
    assert len(lines) == len(expected), result.output
    for line, text in zip(lines, expected, strict=True):
        assert text in line, result.output
    assert _rows(database) == 0
    return lines


def test_the_sample_restores(target, tmp_path):
    result, database = _import(target, tmp_path, _sample())
    assert result.exit_code == 0, result.output
    assert _rows(database) > 0


# ---- F1: names, addresses, codes, statuses and dates as typed ones ----------------------


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        (("owners", 0, "holders", 0, "name"), "Lucy\r\nBcc: evil@z.com", "holders[0].name"),
        (("owners", 0, "holders", 0, "name"), "Lucy\x1b[31m", "control character"),
        (("owners", 0, "holders", 0, "email"), "lucy@x.org\r\nBcc: e@z.com", "holders[0].email"),
        (("owners", 0, "holders", 0, "email"), "lucy,butler@example.org", "more than one address"),
        (("owners", 0, "holders", 0, "email"), "lucy", "not in the form"),
        (("owners", 0, "name"), "Director\nBcc: x@y.z", "owners[0].name"),
        (("owners", 0, "name"), "   ", "owners[0].name"),
        (("committees", 0, "name"), "Big\rCommittee", "committees[0].name"),
        (("committees", 0, "clerk_name"), "Dee\nPike", "committees[0].clerk_name"),
        (("committees", 0, "clerk_email"), "dee@x.org, e@z.com", "committees[0].clerk_email"),
        (("committees", 0, "code"), "A B\nC", "cannot be a committee code"),
        (("committees", 0, "code"), "big", "cannot be a committee code"),
        (("meetings", 0, "status"), "postponed", "meetings[0].status"),
        (("actions", 1, "status"), "finished", "actions[1].status"),
        (("actions", 0, "due_date"), "2026-02-30", "actions[0].due_date"),
        (("actions", 0, "due_date"), "0000-00-00", "actions[0].due_date"),
        (("actions", 0, "due_date"), "10000-01-01", "actions[0].due_date"),
        (("actions", 0, "due_date"), "1066-10-14", "not between 1900 and 2999"),
        (("meetings", 0, "date"), "20220614", "meetings[0].date"),
        (("actions", 2, "created_at"), "3000-01-01T00:00:00+00:00", "actions[2].created_at"),
    ],
)
def test_restored_values_are_checked_as_typed_ones(target, tmp_path, where, value, expected):
    data = _sample()
    record = data
    for key in where[:-1]:
        record = record[key]
    record[where[-1]] = value
    if where[-1] == "code":  # the refs follow the code, so only the code is wrong
        for a in data["actions"]:
            a["ref"] = f"{value}-{a['number']}"
    result, database = _import(target, tmp_path, data)
    _refused(result, database, expected)


def test_every_problem_has_its_line(target, tmp_path):
    data = _sample()
    data["owners"][0]["holders"][0]["name"] = "Lucy\r\nBcc: evil@z.com"
    data["actions"][0]["status"] = "finished"
    data["actions"][2]["due_date"] = "2026-02-30"
    result, database = _import(target, tmp_path, data)
    _refused(
        result,
        database,
        "owners[0].holders[0].name",
        "actions[0].status",
        "actions[2].due_date",
    )


def test_a_restored_name_cannot_redirect_a_digest(target, tmp_path):
    """F1 as reported: the injected name is refused, so no digest can go to evil@z.com."""
    data = _sample()
    data["owners"][0]["holders"][0]["name"] = "Lucy\r\nBcc: evil@z.com"
    result, database = _import(target, tmp_path, data)
    _refused(result, database, "holds a line break")
    assert "\r" not in result.output


# ---- F4: the reference invariants ------------------------------------------------------


def test_a_low_next_number_is_repaired_and_said(target, tmp_path):
    data = _sample()
    data["committees"][0]["next_action_number"] = 1
    result, _ = _import(target, tmp_path, data)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Imported 1 committees")
    assert (
        "Repaired: BIG's next action number was 1, not above its highest action number 3: set to 4."
        in result.output
    )
    added = target[0]("add-action", "After the restore", "--committee", "BIG")
    assert added.exit_code == 0 and added.output.startswith("Added BIG-4:"), added.output


@pytest.mark.parametrize("number", [0, -3])
def test_a_next_number_below_one_is_repaired(target, tmp_path, number):
    data = _sample()
    data["committees"][0]["next_action_number"] = number
    data["actions"] = []
    result, _ = _import(target, tmp_path, data)
    assert result.exit_code == 0, result.output
    assert f"was {number}, below 1: set to 1." in result.output
    added = target[0]("add-action", "The first", "--committee", "BIG")
    assert added.output.startswith("Added BIG-1:"), added.output


def test_a_ref_that_is_not_code_and_number_is_refused(target, tmp_path):
    data = _sample()
    data["actions"][1]["ref"] = "ZZZ-999"
    data["actions"][2]["ref"] = ""
    result, database = _import(target, tmp_path, data)
    _refused(
        result, database, "'ZZZ-999'; its committee's code and its number make 'BIG-2'", "'BIG-3'"
    )


def test_a_number_used_twice_is_refused(target, tmp_path):
    data = _sample()
    data["actions"][2]["number"] = 2  # ref still BIG-3
    result, database = _import(target, tmp_path, data)
    _refused(result, database, "2 actions of BIG have the number 2", "has the ref 'BIG-3'")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [("number", -5, "actions[0].number"), ("slip_count", -1, "actions[0].slip_count")],
)
def test_negative_numbers_are_refused(target, tmp_path, key, value, expected):
    data = _sample()
    data["actions"][0][key] = value
    if key == "number":
        data["actions"][0]["ref"] = "BIG--5"
    result, database = _import(target, tmp_path, data)
    _refused(result, database, expected)


def test_export_version_true_is_refused(target, tmp_path):
    data = _sample()
    data["clerk_export_version"] = True
    result, database = _import(target, tmp_path, data)
    _refused(result, database, "export version True")


# ---- F5: hostile JSON gives one line and exit 1, never exit 3 ----------------------------


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("actions", 0, "id"), 2**63, ("actions[0].id", "actions[0].notes[0].action_id")),
        (("actions", 0, "number"), 2**64, "actions[0].number"),
        (("actions", 0, "slip_count"), 2**63, "actions[0].slip_count"),
        (("committees", 0, "next_action_number"), 2**63, "committees[0].next_action_number"),
        (("actions", 0, "created_at"), "0001-01-01T00:00:00+14:00", "actions[0].created_at"),
        (("actions", 0, "created_at"), "9999-12-31T23:59:59-12:00", "actions[0].created_at"),
        (
            ("actions", 0, "notes", 0, "created_at"),
            "0001-01-01T00:00:00+00:00",
            "notes[0].created_at",
        ),
        (("actions", 0, "text"), "\ud800", "actions[0].text"),
        (("owners", 0, "holders", 0, "name"), "Lucy \udfff", "holders[0].name"),
    ],
)
def test_hostile_values_are_one_line(target, tmp_path, path, value, expected):
    data = _sample()
    record = data
    for key in path[:-1]:
        record = record[key]
    record[path[-1]] = value
    text = json.dumps(data, indent=1)  # lone surrogates are written as \\ud800 escapes
    result, database = _import(target, tmp_path, text=text)
    _refused(result, database, *([expected] if isinstance(expected, str) else expected))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"slip_count":0', '"slip_count":NaN'),
        ('"slip_count":0', '"slip_count":Infinity'),
        ('"slip_count":0', '"slip_count":-Infinity'),
        ('"slip_count":0', '"slip_count":' + "9" * 5000),
    ],
)
def test_numbers_json_does_not_have_are_one_line(target, tmp_path, old, new):
    text = exports.dumps_export(_sample()).replace(old, new, 1)
    result, database = _import(target, tmp_path, text=text)
    _refused(result, database, "is not valid JSON")


def test_deep_nesting_is_one_line(target, tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    text = exports.dumps_export(_sample()).replace('"filters": null', '"filters": ' + deep, 1)
    result, database = _import(target, tmp_path, text=text)
    _refused(result, database, "nested too deeply")
    text = exports.dumps_export(_sample()).replace('"source":null', '"source":' + deep, 1)
    result, database = _import(target, tmp_path, text=text)
    _refused(result, database, "nested too deeply")


# ---- what the database itself refuses: one line, no retry --------------------------------


def _second_holder(data):
    holder = dict(data["owners"][0]["holders"][0], id=2)
    data["owners"][0]["holders"].append(holder)  # two current holders of one post


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["actions"][1].update(id=1), "actions[0] to actions[2]:"),
        (lambda d: d["actions"][1].update(committee_id=99), "actions[0] to actions[2]:"),
        (lambda d: d["actions"][2]["notes"][0].update(id=1), "notes[0] to actions[2].notes[0]:"),
        (
            lambda d: d["committees"].append(dict(d["committees"][0], id=2, name="Other")),
            "committees[0] to committees[1]:",
        ),
        (_second_holder, "holder"),
    ],
)
def test_what_the_database_refuses_is_one_line(target, tmp_path, change, expected):
    data = _sample()
    change(data)
    result, database = _import(target, tmp_path, data)
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.output
    assert "Unexpected error" not in result.output
    assert _rows(database) == 0


def test_problems_stop_after_twenty(target, tmp_path):
    data = big_export(30)
    for a in data["actions"]:
        a["status"] = "finished"
    result, database = _import(target, tmp_path, data)
    lines = _refused(
        result, database, *(f"actions[{i}].status" for i in range(20)), "stopped after 20"
    )
    assert lines[-1] == "Error: (stopped after 20 problems; nothing was imported.)"
