"""Ratings with reasons (issue 17 part 1): the rule, and what list shows and filters."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_cli.rules.rag import AMBER, GREEN, MARKS, RED, RagRules, legend_lines, rag_words, rate

D = date(2022, 10, 1)


def r(**kw):
    base = dict(status="open", due=None, as_of=D, slips=0, last_update=D, next_meeting=None)
    return rate(**{**base, **kw})


@pytest.mark.parametrize(
    "kw,expected",
    [
        ({"status": "done", "due": date(2022, 1, 1)}, (None, None)),
        ({"due": date(2022, 9, 28)}, (RED, "overdue by 3 days")),
        ({"due": date(2022, 12, 1), "slips": 2}, (RED, "slipped 2 times")),
        ({"due": date(2022, 10, 1)}, (AMBER, "due today")),
        ({"due": date(2022, 10, 5)}, (AMBER, "due in 4 days")),
        (
            {"due": date(2022, 11, 20), "next_meeting": date(2022, 11, 22)},
            (AMBER, "due by the next meeting (2022-11-22)"),
        ),
        (
            {"due": date(2023, 3, 1), "last_update": date(2022, 8, 1)},
            (AMBER, "no note for 61 days"),
        ),
        ({"due": date(2023, 3, 1), "next_meeting": date(2022, 11, 22)}, (GREEN, "on track")),
        ({}, (GREEN, "on track")),
    ],
)
def test_the_rule_and_its_reason(kw, expected):
    assert r(**kw) == expected


def test_red_after_a_quiet_spell_when_lateness_is_tolerated():
    rules = RagRules(red_overdue_days=30, red_silent_days=14)
    got = rate(
        status="open",
        due=date(2022, 9, 10),
        as_of=D,
        slips=0,
        last_update=date(2022, 9, 1),
        next_meeting=None,
        rules=rules,
    )
    assert got == (RED, "no note in the 21 days since it fell due")


def test_list_shows_and_filters_ratings(seeded):
    assert (
        seeded("add-action", "Far off", "--committee", "CSSC", "--due", "31/12/2099").exit_code == 0
    )
    rows = json.loads(seeded("list", "--format", "json").output)
    by_ref = {row["ref"]: row for row in rows}
    assert by_ref["CSSC-1"]["rag"] == RED and "overdue by" in by_ref["CSSC-1"]["rag_reason"]
    assert by_ref["CSSC-2"]["rag"] == GREEN
    red = json.loads(seeded("list", "--rag", "red", "--format", "json").output)
    assert [row["ref"] for row in red] == ["CSSC-1"]
    bad = seeded("list", "--rag", "purple")
    assert bad.exit_code == 2 and "not a rating" in bad.output


# ---- the thresholds in the config file ([rag]) ---------------------------------


@pytest.fixture
def config_file(clerk_home, monkeypatch, tmp_path):
    path = tmp_path / "conf" / "config.toml"
    monkeypatch.setenv("CLERK_CONFIG", str(path))
    return path


def _ratings(cli, *args):
    return {r["ref"]: (r["rag"], r["rag_reason"]) for r in json.loads(cli(*args).output)}


def test_thresholds_are_set_in_the_config_file_and_every_output_uses_them(seeded, config_file):
    """CSSC-1 was due at the meeting of 20/09/2022 and is 11 days late on 01/10/2022."""
    as_of = ("--as-of", "01/10/2022", "--format", "json")
    assert _ratings(seeded, "list", *as_of)["CSSC-1"] == (RED, "overdue by 11 days")
    r = seeded("config", "set", "rag.red_overdue_days", "30")
    assert r.exit_code == 0, r.output
    assert seeded("config", "set", "rag.red_silent_days", "60").exit_code == 0
    shown = seeded("config", "show").output
    assert "rag.red_overdue_days" in shown and "30" in shown and "rag.red_slips" in shown
    # Late, but tolerated: no longer red, in list, report and show alike.
    assert _ratings(seeded, "list", *as_of)["CSSC-1"][0] != RED
    assert _ratings(seeded, "report", "--overdue", *as_of)["CSSC-1"][0] != RED
    shown = json.loads(seeded("show", "CSSC-1", *as_of).output)
    assert shown["rag"] != RED
    assert seeded("list", "--rag", "red", *as_of).output.strip() == "[]"


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("rag.red_slips", "0", "rag.red_slips must be 1 or more"),
        ("rag.amber_days", "-3", "rag.amber_days must be 0 or more"),
        ("rag.amber_days", "soon", "whole number"),
        ("rag.red_slip", "3", "Did you mean 'rag.red_slips'"),
    ],
)
def test_a_bad_threshold_is_refused_in_one_line(seeded, config_file, key, value, words):
    r = seeded("config", "set", "--", key, value)
    assert r.exit_code != 0 and words in r.output, r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1
    assert not config_file.exists()


def test_a_bad_threshold_written_by_hand_stops_a_report_with_one_line(seeded, config_file):
    config_file.parent.mkdir()
    config_file.write_text("[rag]\nred_slips = 0\n")
    r = seeded("report", "--overdue")
    assert r.exit_code == 1 and "rag.red_slips must be 1 or more" in r.output, r.output
    assert len(r.output.strip().splitlines()) == 1
    config_file.write_text('[rag]\nred_slips = "two"\n')
    r = seeded("list")
    assert r.exit_code == 1 and "rag.red_slips must be a whole number" in r.output, r.output
    # A mistake elsewhere in the file does not stop a report (clerk config show says it).
    config_file.write_text('[smtp]\nport = "x"\n[rag]\nred_slips = 3\n')
    assert seeded("report", "--overdue").exit_code == 0


def test_a_broken_file_with_a_rag_section_is_not_read_as_the_defaults(seeded, config_file):
    config_file.parent.mkdir()
    config_file.write_text("[rag]\nred_slips = 3\nred_overdue_days = \n")
    r = seeded("report", "--overdue")
    assert r.exit_code == 1 and "not valid TOML" in r.output, r.output


# ---- every output shows the rating with its reason, in words -------------------

AS_OF = ("--as-of", "01/10/2022")


def test_plain_report_list_and_show_give_the_rating_and_its_reason(seeded):
    line = "Rating: [R] red: overdue by 11 days"
    assert line in seeded("report", "--overdue", *AS_OF, "--format", "plain").output
    assert line in seeded("list", *AS_OF, "--format", "plain").output
    assert "Rating:        [R] red: overdue by 11 days" in seeded("show", "CSSC-1", *AS_OF).output
    md = seeded("report", "--overdue", *AS_OF, "--format", "markdown").output
    assert "| Rating |" in md and "\\[R\\] red: overdue by 11 days" in md


def test_status_counts_the_ratings_a_list_gives(seeded):
    soon = (date.today() + timedelta(days=3)).isoformat()
    for text, due in (("Far off", "2099-12-31"), ("Soon", soon), ("Late", "2022-09-01")):
        r = seeded("add-action", text, "--committee", "CSSC", "--due", due)
        assert r.exit_code == 0, r.output
    for as_of in ((), AS_OF):
        listed = json.loads(seeded("list", *as_of, "--format", "json").output)
        want = {c: sum(1 for row in listed if row["rag"] == c) for c in (RED, AMBER, GREEN)}
        status = json.loads(seeded("status", *as_of, "--format", "json").output)
        (cssc,) = status["committees"]
        assert {c: cssc[c] for c in (RED, AMBER, GREEN)} == want, as_of
    plain = seeded("status", "--format", "plain").output
    assert "Rating    [R] red 2, [A] amber 1, [G] green 1" in plain


def test_exports_carry_rag_and_rag_reason(seeded, tmp_path):
    import csv
    import io

    text = seeded("list", *AS_OF, "--format", "csv").output.lstrip("\ufeff")
    row = next(csv.DictReader(io.StringIO(text)))
    assert (row["rag"], row["rag_reason"]) == (RED, "overdue by 11 days")
    target = tmp_path / "list.xlsx"
    assert seeded("report", "--overdue", *AS_OF, "--output", str(target)).exit_code == 0
    from openpyxl import load_workbook

    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert rows[1][header.index("RAG")] == RED
    assert rows[1][header.index("RAG reason")] == "overdue by 11 days"


def test_the_action_log_states_the_configured_thresholds(seeded, config_file, tmp_path):
    assert seeded("config", "set", "rag.red_slips", "3").exit_code == 0
    assert seeded("config", "set", "rag.amber_silent_days", "45").exit_code == 0
    log = ("action-log", "CSSC", "--as-of", "2022-09-13")
    plain = seeded(*log, "--format", "plain").output
    assert "due date moved 3 or more times" in plain and "no note for 45 days" in plain
    html = seeded(*log, "--format", "html").output
    assert "moved 3 or more times" in html
    assert '<td data-label="Rating" class="rating-amber"><span class="marker">[A]</span>' in html
    target = tmp_path / "log.docx"
    assert seeded(*log, "-o", str(target)).exit_code == 0
    import docx

    doc = docx.Document(str(target))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "moved 3 or more times" in body
    table = doc.tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert table.rows[1].cells[header.index("Rating")].text.startswith("[A] amber: ")


def test_show_in_a_terminal_gives_the_rating_and_held_over(seeded):
    shown = seeded("show", "CSSC-1", *AS_OF, "--format", "table").output
    assert "[R] red: overdue by 11 days" in shown and "Held over" in shown


@pytest.mark.parametrize("columns", ["200", "100"])
def test_the_action_log_preview_in_a_terminal_gives_the_rating(seeded, columns):
    log = seeded(
        "action-log", "CSSC", "--as-of", "2022-09-13", "--format", "table", env={"COLUMNS": columns}
    ).output
    assert "[A] amber: due in 7 days" in log and "Rating key: [R] red: past its due date" in log


# ---- properties every output relies on ------------------------------------------


_days = st.dates(min_value=date(2021, 1, 1), max_value=date(2023, 12, 31))
_rules = st.builds(
    RagRules,
    red_overdue_days=st.integers(0, 60),
    red_slips=st.integers(1, 5),
    red_silent_days=st.integers(0, 90),
    amber_days=st.integers(0, 60),
    amber_silent_days=st.integers(0, 120),
)


@given(
    st.sampled_from(["open", "in_progress", "done", "dropped"]),
    st.none() | _days,
    st.integers(0, 6),
    st.integers(0, 400),
    st.none() | _days,
    _rules,
)
def test_every_open_action_gets_one_rating_with_a_reason(status, due, slips, quiet, nxt, rules):
    colour, reason = rate(
        status=status,
        due=due,
        as_of=D,
        slips=slips,
        last_update=D - timedelta(days=quiet),
        next_meeting=nxt,
        rules=rules,
    )
    if status in ("done", "dropped"):
        assert (colour, reason) == (None, None) and rag_words(colour, reason) == ""
        return
    assert colour in (RED, AMBER, GREEN) and reason
    assert rag_words(colour, reason).startswith(MARKS[colour])
    late = (D - due).days if due else None
    # What the legend promises for red, the rule keeps.
    if (late is not None and late > rules.red_overdue_days) or slips >= rules.red_slips:
        assert colour == RED
    if colour == GREEN:
        assert late is None or late < -rules.amber_days
        assert quiet < rules.amber_silent_days


@given(_rules)
def test_the_legend_states_the_thresholds(rules):
    text = " ".join(legend_lines(rules))
    assert f"moved {rules.red_slips} or more times" in text
    assert f"no note for {rules.amber_silent_days} day" in text


@pytest.mark.parametrize("columns", ["80", "160"])
def test_status_in_a_terminal_gives_the_ratings_without_cropping_a_count(seeded, columns):
    shown = seeded("status", *AS_OF, "--format", "table", env={"COLUMNS": columns}).output
    assert "…" not in shown, shown
    if columns == "80":
        assert "Open actions by rating" in shown and "[R] red" in shown
    else:
        assert "[R] 1, [A] 0, [G] 0" in shown


def test_overdue_within_the_tolerance_is_amber_never_on_track():
    """Found by the property test: with red_overdue_days = 60, an action 60 days late
    with a note today was rated green, "on track"."""
    rules = RagRules(red_overdue_days=60, red_silent_days=1)
    got = rate(
        status="open",
        due=date(2022, 8, 2),
        as_of=D,
        slips=0,
        last_update=D,
        next_meeting=None,
        rules=rules,
    )
    assert got == (AMBER, "overdue by 60 days")
    assert "overdue by up to 60 days" in " ".join(legend_lines(rules))
