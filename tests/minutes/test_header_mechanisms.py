"""The meeting's body and date by structure (IDIOMS.md H13-): the title block, the sentence
that opens the minutes, the way the minutes name their own body.  Each header is written in
our own words; none is copied from a held-out set."""

from __future__ import annotations

from datetime import date

from clerk_cli.minutes import extract


def meeting(doc: str):
    return extract(doc).meeting


def body(doc: str) -> str | None:
    return meeting(doc).body


# -- the title block ends at the first item or running sentence ----------------------------


def test_a_sentence_after_the_title_block_names_no_body():
    doc = (
        "Friends of Hartmoor Library Steering Committee\n"
        "Video call\nThursday, 3 October 2024\n\n"
        "Guests: A. Byrne, C. Dolan\n\nC. Dolan welcomed everyone to the call.\n\n"
        "1. Approval of the September 5, 2024 notes\n\n"
        "The committee approved the minutes of the September 5, 2024 call.\n"
    )
    assert body(doc) == "Friends of Hartmoor Library Steering Committee"


def test_an_agenda_item_heading_is_not_the_body():
    doc = (
        "Agenda item\n\nAllotment Sub-Committee Lettings - Revised Rules\n\nMinutes:\n\n"
        "The officer presented the report and the committee agreed it.\n"
    )
    assert body(doc) is None


def test_a_committee_report_heading_does_not_outrank_the_opening_sentence():
    doc = (
        "The Faculty Senate met on March 2, 2019 in the Old Library. The chair opened the "
        "meeting at 4 p.m.\n\nReports were received as follows:\n\n"
        "Committee on Library Services (appendix b).\n\nBudget Committee (appendix c).\n"
    )
    assert body(doc) == "Faculty Senate"


def test_a_status_in_capitals_is_not_a_body():
    doc = (
        "townlogo\n\nCouncil\n\nPUBLIC MINUTES\n\n"
        "Minutes of a meeting of Council held in the Chamber, Main Road, Westport on "
        "Tuesday, 4 March 2025 at 10am.\n\nPresent\n\nMayor   A Reid\n"
    )
    m = meeting(doc)
    assert m.body == "Council"
    assert m.date == date(2025, 3, 4)


def test_open_draft_words_are_not_acronyms():
    doc = "DRAFT MINUTES\n\nAt the meeting the members discussed the hall.\n"
    assert body(doc) != "DRAFT"


def test_a_general_membership_meeting_is_a_kind_of_meeting():
    doc = (
        "   PTO General Membership Meeting\n      March 3, 2021 at 7:00pm\nCall to Order\n"
        "-The meeting was called to order at 7:02pm.\n\nThe chair welcomed parents.\n"
    )
    assert body(doc) == "PTO"
