"""read_document: formats, encodings and the files it must refuse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clerk_cli.errors import InvalidInput
from clerk_cli.minutes import extract, read_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "minutes"


def test_utf8_with_bom(tmp_path):
    path = tmp_path / "m.txt"
    path.write_bytes("\ufeffRESOLVED that the report be noted.\r\n".encode())
    assert read_document(path) == "RESOLVED that the report be noted.\n"


def test_windows_1252_curly_quotes_and_pound():
    text = read_document(EXAMPLES / "village_hall_cp1252.txt")
    assert "Treasurer’s report" in text
    assert "“sinking fund”" in text and "£8,412.77" in text
    assert "\r" not in text


def test_non_breaking_spaces_become_spaces(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("7.1\u00a0\u00a0 Item\u00a0text\n", encoding="utf-8")
    assert read_document(path) == "7.1   Item text\n"


def test_docx_paragraphs_and_tables_in_order():
    lines = read_document(EXAMPLES / "audit_committee_july_2023.docx").split("\n")
    assert lines.index("Action | Owner | Due | Status") > lines.index("Action tracker")
    assert lines[-1] == "The meeting closed at 3.40 pm."
    assert "• procurement cards;" in lines


def test_html_strips_markup_scripts_and_navigation():
    text = read_document(EXAMPLES / "planning_committee_oct_2023.html")
    assert "<" not in text and "window.dataLayer" not in text and "Home" not in text
    assert "• The Highways Officer agreed" in text
    assert "officer’s addendum" in text


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("fake.docx", b"this is not a zip file", "Word"),
        ("minutes.pdf", b"%PDF-1.4", "unsupported"),
    ],
)
def test_refuses_with_one_line_message(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInput) as err:
        read_document(path)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(InvalidInput, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_known_owners_give_the_known_spelling():
    text = "1. Footpaths\nCllr Ridley undertook to obtain a quote before the next meeting.\n"
    ex = extract(text, known_owners=["Councillor Tom Ridley", "Ridley"])
    assert ex.actions[0].owner == "Ridley"
    ex = extract(
        "Action: Head of Planing to circulate the plan.", known_owners=["Head of Planning"]
    )
    assert ex.actions[0].owner == "Head of Planning"


def test_default_date_and_idioms_not_in_the_examples():
    text = (
        "Minutes of the Finance Sub-Committee\n\n"
        "5. Budget monitoring\n"
        "The Head of Finance undertook to circulate the revised forecast by 14th Feb.\n"
        "The Chair offered to meet the auditors if required.\n"
        "Members asked whether the reserves were adequate.\n"
        "It was RESOLVED (1) that the report be noted; (2) that the Head of Finance be asked to "
        "bring a savings plan to the June meeting.\n"
    )
    ex = extract(text, default_date=date(2024, 1, 10))
    assert ex.meeting.body == "Finance Sub-Committee" and ex.meeting.date == date(2024, 1, 10)
    assert [r.ref for r in ex.resolutions] == ["5(1)", "5(2)"]
    assert [(a.owner, a.due_date, a.due_rule, a.resolution_ref) for a in ex.actions] == [
        ("Head of Finance", date(2024, 2, 14), None, None),
        ("Head of Finance", None, "meeting_month:6", "5(2)"),
    ]


def test_completed_and_offered_items_are_not_actions():
    text = (
        "- [x] @ana publish the notes\n"
        "Action: complete\n"
        "The inspection was carried out – ACTION complete.\n"
        "Healthwatch offered to run two focus groups.\n"
    )
    assert extract(text).actions == []


def test_fifty_pages_extract_every_item():
    # Speed is measured by benchmarks/extract.py, not asserted here.
    page = (EXAMPLES / "county_highways_committee.txt").read_text("utf-8")
    text = "\n".join([page] * 50)  # ~50 pages of minutes
    one = extract(page)
    ex = extract(text)
    assert len(ex.resolutions) == 50 * len(one.resolutions)
    assert len(ex.actions) >= len(one.actions)
