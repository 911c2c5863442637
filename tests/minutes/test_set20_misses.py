"""Set 20's misses, fixed as idioms (round 10): each case in our own words (names, posts,
references and layout varied).  Set 20 was run blind first (its README)."""

from __future__ import annotations

from datetime import date

from clerk_cli.minutes import extract

from .read import decisions as _decisions
from .read import tasks as _tasks

# --- A56: action logs flattened to text ----------------------------------------------------

RUN_ON_LOG = (
    "Board Action Tracker\n\n"
    "Quarterly Board Action Tracker for the meeting on 04.04.2024\n"
    "Ref Source (meeting / item / ref)\n"
    "Action Lead Due Date Status Open/ Close\n"
    "12.3 Board, 01.02.2024, BD24/1/12, Estates Strategy Circulate the revised estates plan "
    "to all members DoE 04.04.2024 Not yet due O\n"
    "14.1 Board, 01.02.2024, BD24/1/14, Risk Register Fire safety risk wording to be updated "
    "to reflect the new guidance DoF 06.06.2024 In progress O\n"
    "9.2 Board, 07.12.2023, BD23/4/9, Staff Survey Report the survey's response rates by "
    "site DoW 01.02.2024 Complete - reported in February C\n"
)


def test_a_run_on_action_log_row_is_a_task_with_its_lead_and_due_date():
    actions = extract(RUN_ON_LOG).actions
    by_text = {a.text.split()[0]: a for a in actions}
    circulate = by_text["Circulate"]
    assert circulate.text == "Circulate the revised estates plan to all members"
    assert (circulate.owner, circulate.due_date) == ("DoE", date(2024, 4, 4))
    passive = by_text["Fire"]
    assert passive.text.startswith("Fire safety risk wording to be updated")
    assert (passive.owner, passive.due_date) == ("DoF", date(2024, 6, 6))


def test_a_completed_row_of_an_action_log_is_no_task():
    assert not any("response rates" in a.text for a in extract(RUN_ON_LOG).actions)


def test_rows_like_a_log_outside_an_action_log_are_not_read_as_one():
    # The same rows under an ordinary minutes heading (no action log title, no header): the
    # run-on reader does not apply, so the imperative row gives no task.
    doc = (
        "Minutes of the Estates Committee held on 4 April 2024\n\n"
        "12.3 Board, 01.02.2024, BD24/1/12, Estates Strategy Circulate the revised estates "
        "plan to all members DoE 04.04.2024 Not yet due O\n"
    )
    assert not any(a.text.startswith("Circulate") for a in extract(doc).actions)


STATUS_LOG = (
    "Summary of Actions from the Governing Body meeting on 9 May 2023\n\n"
    "Item / Action / Responsibility\n"
    "GB 41/23(a) / Estates update\n"
    "The Head of Estates to bring the car park options to the July meeting.\n"
    "Status: not yet due / RT\n"
    "GB 44/23(c) / Review of the complaints procedure against the new national standard.\n"
    "Status: in progress – for the September meeting / SW\n"
    "GB 45/23 / Annual report\n"
    "Publish the annual report on the website.\n"
    "Status: complete / SW\n"
)


def test_the_lead_after_the_status_owns_the_rows_task():
    actions = extract(STATUS_LOG).actions
    car_park = next(a for a in actions if "car park" in a.text)
    assert car_park.owner == "RT"  # the Responsibility column, not the sentence's subject


def test_a_row_whose_item_is_the_action_gives_that_task():
    actions = extract(STATUS_LOG).actions
    review = next(a for a in actions if a.text.startswith("Review of the complaints"))
    assert review.owner == "SW"


def test_a_completed_status_row_gives_no_task():
    assert not any("annual report" in a.text for a in extract(STATUS_LOG).actions)


# --- H33: an action log's title names the body whose log it is -----------------------------


def test_an_action_logs_title_names_its_body():
    doc = (
        "PARTNERSHIP BOARD ACTION TRACKING LIST\nActions arising from meetings\n\nNO ACTION LEAD\n"
    )
    assert extract(doc).meeting.body == "Partnership Board"
    doc = "Summary of Actions from the Quality Committee meeting on 3 May 2022\n\nItem / Action\n"
    assert extract(doc).meeting.body == "Quality Committee"


def test_a_log_title_without_a_body_leaves_the_body_to_other_lines():
    doc = "Action Log\n\nMinutes of the Harbour Board held on 3 May 2022\n\nAction Lead Due\n"
    assert extract(doc).meeting.body == "Harbour Board"


# --- R71: decisions a parish council records in its own way ---------------------------------


def test_a_proposal_with_its_movers_in_brackets_and_an_ampersand_decides():
    doc = (
        "Minutes of the Llanfair Community Council meeting held on 4 May 2023\n\n"
        "1. Minutes\nProposed (HJ) & Seconded (DW) that the minutes be approved as a true record.\n"
    )
    assert _decisions(doc) == ["The minutes be approved as a true record"]


def test_minutes_read_and_signed_are_confirmed():
    for words in (
        "The minutes of the last meeting were read, agreed and signed.",
        "3. The minutes of the meeting held on 2 March were read and signed as a true record.",
    ):
        doc = f"Minutes of the Parish Council meeting held on 6 April 2023\n\n{words}\n"
        assert _decisions(doc) == [words.removeprefix("3. ")], words


def test_minutes_to_be_signed_later_are_no_decision():
    doc = (
        "Minutes of the Parish Council meeting held on 6 April 2023\n\n"
        "The minutes of the last meeting will be read and signed at the May meeting.\n"
    )
    assert _decisions(doc) == []


def test_it_was_decided_with_no_that_decides():
    doc = (
        "Minutes of the Parish Council meeting held on 6 April 2023\n\n"
        "It was decided the allotment rents should stay the same for another year.\n"
    )
    assert _decisions(doc) == [
        "It was decided the allotment rents should stay the same for another year."
    ]


def test_no_objection_to_a_planning_application_is_the_councils_decision():
    doc = (
        "Minutes of the Community Council meeting held on 6 April 2023\n\n"
        "6. Planning Applications\n"
        "6.1 HHP/2023/88 - Garage conversion, Bryn Teg. No objection.\n"
        "6.2 23/01234/FUL – New porch, 4 Mill Lane. The Council had no objection.\n"
    )
    assert _decisions(doc) == ["No objection.", "The Council had no objection."]


def test_no_objections_to_the_meetings_own_procedure_are_no_decision():
    doc = (
        "Minutes of the Residents Board meeting held on 6 April 2023\n\n"
        "1. Housekeeping\n"
        "The Chair said the meeting would be recorded for the minutes unless anyone minded. "
        "No objections.\n"
    )
    assert _decisions(doc) == []


def test_a_schedule_of_payments_approved_is_no_list_of_tasks():
    doc = (
        "Minutes of the Community Council meeting held on 6 April 2023\n\n"
        "8. Finance\n"
        "Proposed (HJ) & Seconded (DW) that the following payments be approved: Clerk's salary "
        "£ 540.00; Bus shelter repair £ 180.00. Unanimously agreed.\n"
    )
    ex = extract(doc)
    assert len(ex.resolutions) == 1
    assert ex.actions == []


def test_councillors_voted_over_a_tally_is_no_decision():
    doc = (
        "Minutes of the Cabinet meeting held on 6 April 2023\n\n"
        "Councillors then voted:-\n\n"
        "Resolved unanimously:\n\n(1) That the scheme be approved.\n"
    )
    assert not any("voted" in r for r in _decisions(doc))


# --- A57: the meeting's own conduct; a status after a dash ----------------------------------


def test_the_chairs_script_and_the_webcast_notice_are_no_tasks():
    doc = (
        "Minutes of the Council meeting held on 6 April 2023\n\n"
        "1. This meeting is to be webcast. Members should switch on their microphones.\n\n"
        "2. The Mayor to report apologies for absence.\n\n"
        "3. The Chairman will read the following announcement:\n\n"
        "4. Councillor Jo Reed will pay tribute to the late Alderman Frank Hale.\n\n"
        "5. The next meeting to be held on Tuesday 9 May at 7.30 pm in the Council Chamber.\n"
    )
    assert _tasks(doc) == []


def test_a_next_meeting_line_with_a_task_in_it_keeps_the_task():
    doc = (
        "Minutes of the Parish Council meeting held on 6 April 2023\n\n"
        "The next meeting to be held on 9 May; the Clerk to book the village hall.\n"
    )
    assert any("book the village hall" in t for t in _tasks(doc))


def test_a_matters_arising_line_marked_done_after_a_dash_is_no_task():
    doc = (
        "Minutes of the Community Council meeting held on 6 April 2023\n\n"
        "Matters arising\n\n"
        "Noticeboard map to be updated – Not necessary as the county council has replaced it.\n\n"
        "PJ to look at the cost of new benches – completed, quotes circulated.\n\n"
        "PJ to chase the bin collection – still waiting for a reply.\n"
    )
    tasks = _tasks(doc)
    assert not any("Noticeboard" in t or "benches" in t for t in tasks)
    assert any("bin collection" in t for t in tasks)


# --- A58: an action list's heading written as a sentence ------------------------------------


def test_an_action_lists_heading_ending_in_a_full_stop_still_opens_the_list():
    doc = (
        "Web Team Meeting 6 February 2023\n\n2. Actions\n"
        "New actions from this meeting.\n"
        "- Priya: update the style guide before the next meeting.\n"
        "- Tom: add a review slot to the agenda.\n"
    )
    assert [(a.owner, a.text) for a in extract(doc).actions] == [
        ("Priya", "update the style guide before the next meeting."),
        ("Tom", "add a review slot to the agenda."),
    ]


def test_each_log_rows_task_carries_its_rows_reference():
    refs = {a.text.split()[0]: a.minute_ref for a in extract(RUN_ON_LOG).actions}
    assert refs == {"Circulate": "12.3", "Fire": "14.1"}
