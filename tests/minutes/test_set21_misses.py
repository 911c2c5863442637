"""Set 21's misses, fixed as idioms (round 11): each case in our own words (names, posts,
references and layout varied).  Set 21 was run blind first (its README)."""

from __future__ import annotations

from datetime import date

from clerk_cli.minutes import extract

from .read import decisions as _decisions

# --- A59: an action log appended to the minutes, its leads written out ----------------------

APPENDED_LOG = (
    "Minutes of the Meeting of the Schools Forum held on 14 March 2024\n\n"
    "1. Minutes\nThe minutes of the last meeting were agreed as a true record.\n\n"
    "2. Falling rolls\nThe Head of School Place Planning said a paper on falling rolls would "
    "come to the June meeting.\n\n"
    "SCHOOLS FORUM – ACTION LOG\n\n"
    "No. Meeting Action Lead Due Status\n"
    "1 January 2024 Circulate the revised de-delegation figures to members Head of School "
    "Finance Next meeting Open – figures being checked\n"
    "2 January 2024 Confirm the trade union facilities rate Director of Education March 2024 "
    "Complete\n"
    "3 This meeting Bring a paper on falling rolls to the Forum Head of School Place Planning "
    "13/06/2024 New\n"
)


def _actions(doc: str):
    return {a.text: a for a in extract(doc).actions}


def test_an_appended_log_row_gives_its_task_lead_and_due():
    actions = _actions(APPENDED_LOG)
    row = actions["Circulate the revised de-delegation figures to members"]
    assert row.owner == "Head of School Finance"
    assert (row.due_date, row.due_rule) == (None, "next_meeting")
    paper = actions["Bring a paper on falling rolls to the Forum"]
    assert (paper.owner, paper.due_date) == ("Head of School Place Planning", date(2024, 6, 13))


def test_a_completed_row_of_an_appended_log_is_no_task():
    assert not any("facilities rate" in t for t in _actions(APPENDED_LOG))


def test_a_title_cased_end_of_the_task_is_not_taken_into_the_lead():
    # "... to the Outpatients Department Company Secretary": the document names the Company
    # Secretary elsewhere, so the lead is that, and the department stays in the task
    doc = (
        "Minutes of the Council of Governors held on 27 April 2024\n\n"
        "The Company Secretary reported on the governor visits.\n\n"
        "COUNCIL OF GOVERNORS – ACTION LOG\n"
        "Minute No Action Lead Due Status\n"
        "COG 14/24 Arrange governor visits to the Outpatients Department Company Secretary "
        "July 2024 Open\n"
    )
    row = _actions(doc)["Arrange governor visits to the Outpatients Department"]
    assert row.owner == "Company Secretary"


def test_a_log_title_in_the_minutes_text_without_a_header_reads_no_rows():
    doc = (
        "Minutes of the Schools Forum held on 14 March 2024\n\n"
        "3. Action Log\n"
        "3.1 Members reviewed the action log and noted progress.\n"
        "3.2 Members asked for the log to show due dates in future.\n"
    )
    assert not any(a.text.startswith("Members reviewed") for a in extract(doc).actions)


# --- R72 -----------------------------------------------------------------------------------


def test_a_seconded_proposal_ending_and_colon_dash_takes_the_resolved_line_below():
    doc = (
        "Minutes of the Parish Council meeting held on 15 August 2022\n\n"
        "12. Finance\n\n"
        "It was proposed by Cllr Ashby, seconded by Cllr Lowe and:-\n\n"
        "RESOLVED – That the invoices listed be paid.\n"
    )
    assert _decisions(doc) == ["The invoices listed be paid"]


def test_a_that_label_over_lettered_limbs_is_no_decision_of_its_own():
    doc = (
        "Minutes of the Council held on 25 May 2012\n\n5. Joint Panel\n\nRESOLVED\n\n"
        "              THAT:\n\n"
        "a)    Council approved the setting up of a joint panel with its neighbours.\n"
    )
    assert "THAT:" not in _decisions(doc)
    assert any("joint panel" in d for d in _decisions(doc))


def test_the_minutes_approved_in_a_note_are_confirmed():
    doc = (
        "Minutes of the Council of Governors held on 27 April 2024\n\n"
        "1. Minutes\nThe minutes were APPROVED.\n\n"
        "2. Minutes of the joint meeting\n"
        "The minutes of the joint meeting agreed as a true record, subject to one spelling.\n"
    )
    assert _decisions(doc) == [
        "The minutes were APPROVED.",
        "The minutes of the joint meeting agreed as a true record, subject to one spelling.",
    ]


def test_minutes_to_be_approved_later_are_no_decision():
    doc = (
        "Minutes of the Council of Governors held on 27 April 2024\n\n"
        "The minutes of the joint meeting will be approved at the July meeting.\n"
    )
    assert _decisions(doc) == []


# --- H34: a sentence for a title ------------------------------------------------------------


def test_a_sentence_on_the_first_line_names_the_body():
    doc = (
        "The minutes of the Part 2 meeting of the Board of Directors of Fenwick Community "
        "Health NHS Trust held on 3 May 2024 at 2pm, in the Boardroom.\n"
        "Present: Mr A Hale (Chair)\n"
    )
    assert extract(doc).meeting.body == "Board of Directors of Fenwick Community Health NHS Trust"


def test_a_sentence_about_another_meeting_later_names_no_body():
    doc = (
        "Agenda item 4\n\n"
        "Members noted that the minutes of the meeting of the Audit Panel held on 2 May were "
        "attached.\n"
    )
    assert extract(doc).meeting.body != "Audit Panel"
