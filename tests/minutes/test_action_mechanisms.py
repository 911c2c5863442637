"""Action mechanisms, general rules by clause shape (not per-document patches).

Each example is written in our own words; the held-out sets only told us which shapes exist.
"""

from __future__ import annotations

import pytest

from clerk_cli.minutes import extract

HEAD = "Minutes of the Finance Committee held on 12 March 2025\n\n"


def actions(body: str) -> list:
    return extract(HEAD + body).actions


def texts(body: str) -> list[str]:
    return [a.text for a in actions(body)]


def one(body: str, words: str):
    found = [a for a in actions(body) if words in a.text]
    assert found, [a.text for a in actions(body)]
    return found[0]


# -- 1. the undertaking is judged on its main clause, not on its subordinate clauses ---------


def test_past_perfect_in_a_once_clause_does_not_make_the_task_done():
    a = one(
        "The Treasurer agreed to send the new budget sheet to members once the auditors had "
        "signed the accounts.\n",
        "budget sheet",
    )
    assert a.owner == "Treasurer"


def test_as_requested_after_the_task_is_not_a_report_of_something_done():
    one(
        "The Head of Estates agreed to add a survey of the boiler house to the programme, as "
        "requested by Members.\n",
        "survey of the boiler house",
    )


def test_could_inside_a_how_clause_is_not_a_hedge_on_the_undertaking():
    one(
        "The Chair undertook to write to the objector explaining how late papers could be "
        "tabled in future.\n",
        "write to the objector",
    )


def test_a_real_hedge_before_the_verb_still_blocks():
    assert not any("garden" in t for t in texts("The Clerk might agree to tidy the garden.\n"))


def test_a_real_past_perfect_undertaking_still_blocks():
    assert not any(
        "hedge" in t for t in texts("The Clerk had written to the farmer about the hedge.\n")
    )


# -- 2. a second task joined by "and": "and asked X to", "and that she would" ---------------


def test_undertaking_and_an_instruction_to_another_post_are_two_tasks():
    body = (
        "The Chair undertook to reply to the resident in writing, and asked the Democratic "
        "Services Officer to update the guidance note before the next meeting.\n"
    )
    found = actions(body)
    assert any("reply to the resident" in a.text and a.owner == "Chair" for a in found)
    assert any("guidance note" in a.text and "reply" not in a.text for a in found)


def test_and_that_she_would_is_a_separate_undertaking():
    body = (
        "The licensing manager said the leaflet for applicants would be reworded, and that she "
        "would send the new leaflet to members before it was printed.\n"
    )
    assert any(t.startswith("she would send the new leaflet") for t in texts(body))


def test_he_said_that_he_would_is_not_a_third_party_promise():
    body = (
        "Turning to the staffing item, he said that he would ask the Director to bring a paper "
        "to a later meeting once the review had finished.\n"
    )
    assert any("bring a paper" in t for t in texts(body))


# -- 3. who counts as a person: more attendance shapes ---------------------------------------


def test_participants_label_makes_first_names_owners():
    doc = (
        "Alumni Council Steering Group\nCall of 3 June 2024\n\n"
        "Participants: Ada Brennan (chair), Tomas Leigh, Wren Okafor (secretary)\n\n"
        "1. Elections\n\nTomas will make some changes to the draft in response to comments.\n"
    )
    found = extract(doc).actions
    assert any("changes to the draft" in a.text and "Tomas" in (a.owner or "") for a in found)


def test_names_with_their_own_initials_in_brackets_make_the_initials_owners():
    doc = (
        "Bowls Section Committee Meeting May 2023\n\n"
        "Joan Pryce (JP), Alan Moss (AM), Ken Dowd – Hill (KDH)\n"
        "Apologies: none\n\n"
        "Fixtures were discussed. KDH will keep posting the fixtures in the newsletter.\n"
    )
    found = extract(doc).actions
    assert any("posting the fixtures" in a.text and a.owner for a in found)


def test_members_present_were_sentence_names_people():
    doc = (
        "MAY 2, 2019\n"
        "The regular meeting of the Dale Parks Board was held at the lodge. Chair, Amy Frost, "
        "called the meeting to order. Other members present were Lou Barr, Ivy Stone, and "
        "Mo Reid.\n\nIvy will use the feedback from the board to make changes before the next meeting.\n"
    )
    found = extract(doc).actions
    assert any("use the feedback" in a.text and "Ivy" in (a.owner or "") for a in found)


# -- 4. an explicit marker speaks for its own paragraph, not its whole item ------------------


def test_undertaking_in_an_item_with_an_unrelated_action_line_is_kept():
    body = (
        "5. Carers strategy\n\n"
        "Members discussed the letter to the regional partnership.\n\n"
        "ACTION: Priya Nair to draft the letter for the Chair to sign.\n\n"
        "Dr Lowe asked whether the sub-groups had looked at transport. Sam Ortiz undertook to "
        "ask the sub-group chairs and report back to the next meeting.\n\n"
        "The Chair asked the Young Carers Group to bring its finished plan to the Board by the "
        "end of November.\n"
    )
    found = texts(body)
    assert any("sub-group chairs" in t for t in found)
    assert any("finished plan" in t for t in found)


def test_undertaking_next_to_its_own_action_line_is_not_doubled():
    body = (
        "5. Carers strategy\n\n"
        "Priya Nair agreed to draft a letter to the regional partnership.\n\n"
        "ACTION: Priya Nair to draft the letter for the Chair to sign.\n"
    )
    assert len([t for t in texts(body) if "letter" in t]) == 1


def test_asked_for_closing_a_relative_clause_is_not_a_request():
    body = "This meeting dealt mainly with the changes the funder asked for after the review.\n"
    assert texts(body) == []


def test_volunteering_to_come_back_on_the_board_is_a_seat_not_a_task():
    body = "Pat Kerr volunteered to come back on the board to fill the vacant seat.\n"
    assert texts(body) == []


def test_a_question_about_a_passive_request_is_not_a_request():
    body = "KT asked how the mailing would be sent as she had not been asked for the list.\n"
    assert texts(body) == []


# -- 5. passive futures with a destination, and "and agreed to" after a report -----------------


def test_passive_future_sent_to_a_body_is_a_task_without_an_owner():
    body = (
        "The Panel agreed the report. In addition, a short summary would be sent to all parish "
        "councils explaining the new charges.\n"
    )
    a = one(body, "short summary")
    assert a.owner is None


def test_passive_future_reviewed_at_a_later_meeting_is_a_task():
    one(
        "How the standing orders are kept up to date would be reviewed at a future meeting.\n",
        "standing orders",
    )


def test_passive_future_put_on_the_website_is_a_task():
    one("These fixture dates would be put on the website for players to see.\n", "fixture dates")


def test_there_will_be_a_review_of_is_a_task():
    one(
        "The Chief Executive said that during the year there will be a review of the void "
        "property process.\n",
        "void property process",
    )


def test_passive_future_without_destination_or_date_is_not_a_task():
    assert texts("The hall would be painted.\n") == []


def test_passive_future_in_a_hedge_is_not_a_task():
    assert texts("The summary might be sent to all members later.\n") == []


def test_report_then_and_agreed_to_gives_the_speaker_a_second_task():
    body = (
        "The Director of Housing said a monthly update on voids would be brought to the Housing "
        "Committee, and agreed to circulate the revised timetable to Board members.\n"
    )
    found = actions(body)
    assert any("monthly update" in a.text for a in found)
    second = [a for a in found if a.text.startswith("agreed to circulate")]
    assert second and second[0].owner == "Director of Housing"


# -- 6. resolution limbs: inline lettered limbs, passive limbs that send or review, posts --------


def test_inline_lettered_limbs_are_each_a_decision():
    doc = (
        "Minutes of the Cabinet held on 8 July 2024\n\n"
        "Allotment rents Minutes: The report was introduced. RESOLVED: A. That the new rents be "
        "approved. B. That the Head of Property be authorised to serve the notices on tenants. "
        "C. That a review of the rents be reported to Cabinet next summer.\n"
    )
    ex = extract(doc)
    decided = [r.text for r in ex.resolutions]
    assert any("serve the notices" in t and not t.startswith("B.") for t in decided)
    assert any("review of the rents" in t for t in decided)
    assert any("serve the notices" in a.text for a in ex.actions)
    assert any("review of the rents" in a.text for a in ex.actions)


def test_passive_limb_reviewed_by_a_body_is_a_task():
    body = (
        "RESOLVED that:\n\n(a) the rota be adopted; and\n\n"
        "(b) the rota be reviewed once more by the Committee in March 2026.\n"
    )
    assert any("reviewed once more" in t for t in texts(body))


def test_passive_limb_made_available_on_websites_is_a_task():
    body = (
        "RESOLVED:\n\n(i) to approve the minute; and\n\n"
        "(ii) that a copy showing the changes be made publicly available on the partner websites.\n"
    )
    assert any("publicly available" in t for t in texts(body))


def test_passive_limb_that_only_decides_is_not_a_task():
    body = "RESOLVED that:\n\n(a) the fees be approved; and\n\n(b) the report be noted.\n"
    assert texts(body) == []


def test_chief_executive_is_a_post_not_the_executive_body():
    body = (
        "RESOLVED THAT:\n\n1. the joint board is established;\n\n"
        "2. the Chief Executive report to Cabinet on the board's work after six months.\n"
    )
    a = one(body, "report to Cabinet")
    assert a.owner == "Chief Executive"


# -- 7. requests put to someone: judged up to the request, live in the perfect -------------------


def test_asked_a_post_to_pass_on_thanks_for_what_had_happened():
    body = (
        "3. The Committee asked the Club Secretary to pass on its thanks to the groundsman for "
        "the way he had handled the flooding.\n"
    )
    a = one(body, "pass on its thanks")
    assert a.owner == "Club Secretary"


def test_has_been_asked_to_is_a_live_request():
    one("The grounds working party has been asked to get prices for a new fence.\n", "new fence")


def test_had_been_asked_and_did_is_still_done():
    body = "The Treasurer had been asked to pay the invoice and had paid it in May.\n"
    assert texts(body) == []


def test_explicit_action_line_with_a_modal_names_its_owner():
    doc = (
        "Board meeting 4 May 2024\n\nPresent: Ingrid Vale, Tom Ash\n\n"
        "3. Reply to the survey\n\n  • ACTION: Tom can draft the reply and send it to the list\n"
    )
    found = extract(doc).actions
    assert any("draft the reply" in a.text and a.owner and "Tom" in a.owner for a in found)


# -- 8. members' questions and views are not tasks; the officer's reply is ----------------------


def test_members_question_answered_by_an_undertaking_leaves_only_the_undertaking():
    body = (
        "Members asked how tenants without a phone would book a repair; the Head of Housing "
        "undertook to put printed forms in every block office.\n"
    )
    found = texts(body)
    assert any("printed forms" in t for t in found)
    assert not any(t.startswith("Members asked") for t in found)


def test_members_request_answered_in_the_next_sentence_leaves_the_undertaking():
    body = (
        "A Member asked that ward councillors be told which benches would be moved. The Parks "
        "Manager agreed to send each ward councillor the list of benches before the work began.\n"
    )
    found = actions(body)
    assert len(found) == 1 and found[0].owner == "Parks Manager"


def test_members_stressing_a_need_is_a_view():
    body = (
        "Members stressed the need to make sure the two plans were kept in step, and were "
        "assured that they would be.\n"
    )
    assert texts(body) == []


# -- 9. limbs that only decide: authorising a thing, signing the minutes, "requested by" ---------


def test_authorising_a_contract_is_a_decision_not_a_task():
    body = "RESOLVED:\n\n1. Authorise the hedge planting grant agreement for the sum of £900.\n"
    assert texts(body) == []


def test_a_payment_being_authorised_is_a_decision_not_a_task():
    body = "RESOLVED that the invoices listed below be authorised.\n"
    assert texts(body) == []


def test_authorising_the_chair_to_sign_the_minutes_is_procedure():
    body = (
        "RESOLVED: To approve the minutes of 3 May and authorise the Chair to sign them as a "
        "correct record.\n"
    )
    assert texts(body) == []


def test_additions_requested_by_members_are_not_a_request():
    body = "RESOLVED that the forward plan be agreed, with the changes requested by Members.\n"
    assert texts(body) == []


def test_authorising_a_post_to_act_is_still_a_task():
    body = "RESOLVED that the Head of Property be authorised to complete the lease of the depot.\n"
    assert any("complete the lease" in t for t in texts(body))


# -- 10. "<subject of any length> (was) to be <participle>" --------------------------------------


def test_long_subject_to_be_worked_out_is_a_task():
    body = (
        "Figures on how many members have booked the hall in the last two terms to be worked "
        "out and sent to Maya.\n"
    )
    one(body, "worked out")


def test_to_be_returned_to_alone_is_a_task():
    one("Handicap limits were discussed at length. To be returned to in the autumn.\n", "returned")


def test_was_to_be_clarified_is_a_task():
    one("The wording on the gift form was to be clarified.\n", "gift form")


def test_to_be_signed_or_carried_over_is_procedure():
    assert texts("To be signed by the Chair once approved.\n") == []
    assert texts("To be carried over to the next meeting.\n") == []


def test_required_to_be_replaced_after_a_report_is_not_a_task():
    body = "The Manager explained that the pump had failed and required to be replaced.\n"
    assert texts(body) == []


# -- 11. a name the attendance did not list: never written in lower case ---------------------


def test_surname_never_in_lower_case_owns_will_verb():
    body = (
        "Guests included Rosa Quill from the planning office. Quill set out the survey themes. "
        "Quill will use the board's comments to make changes before the next session.\n"
    )
    a = one(body, "board's comments")
    assert a.owner == "Quill"


def test_call_signs_own_will_verb():
    body = "The picnic went well. G4ABC and M0XYZ will do some work on the hilltop repeater.\n"
    a = one(body, "hilltop repeater")
    assert a.owner and a.owner.startswith("G4ABC")


def test_a_capitalised_common_word_is_not_a_name():
    body = "Gravel will come from the quarry.\nThe gravel was discussed at length.\n"
    assert not any(a.owner == "Gravel" for a in actions(body))


def test_staying_on_as_an_officer_is_not_a_task():
    assert texts("Marsh will stay on as treasurer for the time being.\n") == []


# -- 12. a sentence announcing a list of tasks ---------------------------------------------------


def test_agreed_to_take_n_actions_then_a_numbered_list():
    body = (
        "The group weighed what it could do about the noise complaints. The group agreed to take "
        "two actions:\n"
        "1) Find out whether the licence conditions cover amplified music, and report back.\n"
        "2) write to the venue asking for its noise management plan\n\n"
        "4. Any other business\n\nNone.\n"
    )
    found = texts(body)
    assert any("licence conditions" in t for t in found)
    assert any("noise management plan" in t for t in found)


# -- 13. a request and the officer's reply: one task, the reply's owner ------------------------


def test_request_then_reply_in_one_sentence_keeps_the_request_words():
    body = (
        "Members asked that the allotment holders be told about the new water rates; the "
        "Estates Officer undertook to write to them before the season opened.\n"
    )
    found = actions(body)
    assert len(found) == 1, [a.text for a in found]
    assert found[0].owner == "Estates Officer"
    assert "water rates" in found[0].text and "write to them" in found[0].text


def test_named_member_request_answered_in_the_next_sentence():
    body = (
        "Cr Pollard asked for a count of the trees lost in the storm. The Parks Manager agreed "
        "to arrange one before the next meeting.\n"
    )
    found = actions(body)
    assert len(found) == 1, [a.text for a in found]
    assert found[0].owner == "Parks Manager"
    assert "trees lost" in found[0].text


def test_a_request_nobody_takes_on_stays_as_it_was():
    body = "Cr Pollard asked for a count of the trees lost in the storm.\n"
    assert len(actions(body)) == 1


def test_post_with_its_service_after_a_comma_owns_the_undertaking():
    a = one(
        "The Director of Services, Housing, agreed to circulate the voids figures to members.\n",
        "voids figures",
    )
    assert a.owner == "Director of Services, Housing"


def test_post_with_a_spaced_hyphen_owns_the_undertaking():
    a = one(
        "The Group Manager - Open Spaces undertook to report on the tree survey at each meeting.\n",
        "tree survey",
    )
    assert a.owner == "Group Manager - Open Spaces"


def test_speaker_who_said_something_and_agreed_to_a_task_owns_it():
    a = one(
        "The Youth Worker said that a count of club members was in hand and agreed to share "
        "the figures with the committee.\n",
        "share",
    )
    assert a.owner == "Youth Worker"


# -- 14. "the need to VERB" as a noun phrase is no task ------------------------------------------


def test_the_need_to_as_the_subject_of_a_discussion_is_not_a_task():
    body = "The need to find more respite placements was discussed at length.\n"
    assert texts(body) == []


def test_a_finding_about_an_urgent_need_is_not_a_task():
    body = "The review found an urgent need to train more duty planners.\n"
    assert texts(body) == []


def test_a_thing_that_needs_doing_is_still_a_task():
    body = "The broken gate needs to be repaired before the fete.\n"
    assert any("gate" in t for t in texts(body))


# -- 15. a committee's make-up, things to be ready, the next meeting's printed date -------------


def test_committee_chaired_by_and_including_is_its_make_up_not_a_task():
    body = "The garden group will be chaired by Ines and will include Paul, Rhys and Tomas.\n"
    assert texts(body) == []


def test_passive_ready_for_a_meeting_is_a_task_with_no_owner():
    a = one("The audited accounts will be ready for the autumn open meeting.\n", "audited")
    assert a.owner is None


def test_next_meeting_due_stays_a_rule_even_with_the_date_printed():
    body = (
        "The Clerk agreed to bring the hedge quotes to the next meeting.\n\n"
        "5. Next meeting: Thursday 10 April 2025 at 7pm.\n"
    )
    a = one(body, "hedge quotes")
    assert a.due_date is None and a.due_rule == "next_meeting"


def test_month_meeting_due_takes_the_next_meeting_date_of_that_month():
    body = (
        "The Treasurer will circulate the budget before the April meeting.\n\n"
        "The next meeting will be held on 10 April 2025.\n"
    )
    assert str(one(body, "budget").due_date) == "2025-04-10"


def test_another_bodys_month_meeting_is_not_our_next_meeting():
    body = (
        "The Clerk will send the survey to the Parks Committee at its April meeting.\n\n"
        "The next meeting will be held on 10 April 2025.\n"
    )
    assert one(body, "survey").due_date is None


def test_a_next_meeting_date_before_this_meeting_is_a_stale_template_line():
    body = (
        "The Clerk will bring the hedge quotes to the March meeting.\n\n"
        "The next meeting is scheduled on 1 March 2025.\n"
    )
    assert one(body, "hedge quotes").due_date is None


# -- 16. officers' word in reported speech --------------------------------------------------------


def test_advised_that_then_and_said_he_would_is_the_speakers_task():
    a = one(
        "The Borough Solicitor advised that the byelaw allowed it and said he would draft a new "
        "clause for the June meeting.\n",
        "new clause",
    )
    assert a.owner == "Borough Solicitor"


def test_officer_said_the_wording_would_be_adjusted_owns_the_change():
    a = one(
        "A question was raised on the quorum, and the Head of Legal said the wording would be "
        "adjusted.\n",
        "wording",
    )
    assert a.owner == "Head of Legal"


def test_officer_advised_a_note_would_be_included_after_a_lead_in():
    a = one(
        "In answer to a question, the Director of Parks advised that a costing would be included "
        "in the next report.\n",
        "costing",
    )
    assert a.owner == "Director of Parks"


def test_a_hedged_change_is_not_a_task():
    body = "The Head of Legal said the wording might be adjusted.\n"
    assert texts(body) == []


def test_this_would_be_taken_forward_by_a_post():
    a = one(
        "One finding was about links with the Court, and this would be taken forward by the "
        "Academic Registrar.\n",
        "Court",
    )
    assert a.owner == "Academic Registrar"


def test_appointing_a_councillor_to_a_seat_is_a_decision_not_a_task():
    body = (
        "MOVED: COUNCILLOR ABEL SECONDED: COUNCILLOR BRANT\n"
        "That Council appoint Councillor Moss as the Alternate Director to the Library Board.\n"
        "CARRIED\n"
    )
    found = extract(HEAD + body)
    assert len(found.resolutions) == 1 and found.actions == []


# -- 17. titles that look like tasks ----------------------------------------------------------


def test_a_posts_title_under_a_signature_is_not_a_task():
    body = "The meeting closed at 9pm.\n\nSubmitted by\nRuth Ellis\nClerk to the Parish Council\n"
    assert texts(body) == []


def test_an_agenda_title_naming_who_reports_is_not_a_task():
    body = "Ward Panel Chairs to report\n\nThe chairs gave their updates.\n"
    assert texts(body) == []


def test_a_named_person_to_report_back_on_a_matter_is_still_a_task():
    assert any("drainage" in t for t in texts("Jo Bell to report back on the drainage survey.\n"))


def test_request_and_pronoun_reply_in_one_sentence_carry_the_request_once():
    body = (
        "Governors asked for the attendance report to show the figures by year group; the Head "
        "will add this to the next report.\n"
    )
    found = actions(body)
    assert len(found) == 1, [a.text for a in found]
    assert found[0].text.count("by year group") == 1, found[0].text


# -- set 16: requests answered at the meeting ----------------------------------------------


def test_members_request_answered_by_an_explanation_is_nobodys_task():
    body = (
        "Members asked for an update on the flooding at the ford. The Area Engineer told the "
        "meeting that the culvert had been cleared last week and no further work was needed.\n"
    )
    assert texts(body) == []


def test_members_request_with_no_answer_stays_a_task():
    body = "Members asked for an update on the flooding at the ford at the next meeting.\n"
    assert len(texts(body)) == 1


def test_request_answered_by_an_explanation_keeps_the_officers_own_undertaking():
    body = (
        "During the debate Members asked for the risk ratings to be shown in colour. The Head "
        "of Audit & Risk said that the Clerk would circulate a key with the next report.\n"
    )
    found = texts(body)
    assert len(found) == 1 and "circulate a key" in found[0], found


# -- set 16: requests nobody takes on, and the Chair's word on procedure (A31) -------------


def test_request_met_by_a_task_handed_to_someone_else_is_one_task():
    body = (
        "5.1 KT asked for a litter pick along the canal towpath. RB to order grabbers and bags "
        "before the end of May.\n"
    )
    found = actions(body)
    assert [(a.owner, a.text[:9]) for a in found] == [("RB", "RB to ord")], found


def test_request_taken_on_by_an_undertaking_stays_one_action():
    body = (
        "Cllr Ames asked for a new bench by the pond. The Clerk agreed to get two quotes for the "
        "next meeting.\n"
    )
    found = actions(body)
    assert len(found) == 1 and found[0].owner == "Clerk", [a.text for a in found]


def test_request_with_a_task_further_down_the_minutes_is_still_its_own():
    body = "Cllr Ames asked for a new bench by the pond.\n\n\nJo Bell to report on the drains.\n"
    assert len(texts(body)) == 2


def test_a_request_from_someones_office_outside_the_meeting_is_not_a_task():
    body = (
        "Boundary fence - the surveyor will mark the line next week. Her firm asked for the "
        "title plans kept at the Town Hall.\n"
    )
    assert not any("title plans" in t for t in texts(body))


def test_the_chairs_word_on_how_the_meeting_will_run_is_procedure():
    body = (
        "Open Forum\n\nThe Chairman will permit members of the public to speak for up to three "
        "minutes on any item on the agenda.\n"
    )
    assert texts(body) == []


def test_the_chair_will_still_own_a_real_task():
    a = one("The Chair will write to the bus company about the Sunday service.\n", "bus company")
    assert a.owner == "Chair"


# -- round 5: owners a post in lower case, a bracketed minute title, a reply by pronoun ------


def test_a_lower_case_post_after_a_capitalised_name_owns_the_task():
    a = one(
        "The RSPB representative agreed to send the nesting survey to all members.\n",
        "nesting survey",
    )
    assert a.owner == "RSPB representative"


def test_a_capitalised_body_without_a_post_is_not_an_owner():
    a = one("The Parish Council agreed to send the nesting survey to the RSPB.\n", "nesting")
    assert a.owner is None


def test_a_minute_reference_with_a_bracketed_title_is_a_label_not_the_owner():
    a = one(
        "Minute 412 (grounds maintenance contract): Priya Shah would send the tender pack to "
        "members next week.\n",
        "tender pack",
    )
    assert a.owner == "Priya Shah"


def test_a_bracketed_aside_in_a_sentence_is_not_a_label():
    found = texts("The hall (built in 1902) needs a new roof and quotes are awaited.\n")
    assert found == [], found


def test_request_and_an_undertaking_after_and_in_one_sentence_is_the_officers_task():
    body = (
        "Members asked for the monthly footfall counts to be shown to the Committee, and the "
        "Town Centre Manager undertook to email them to all members each quarter.\n"
    )
    found = actions(body)
    assert len(found) == 1, [a.text for a in found]
    assert found[0].owner == "Town Centre Manager" and "footfall" in found[0].text


def test_request_answered_by_this_would_be_provided_is_the_officers_task():
    body = (
        "On the budget monitoring report, members asked for a split of the overspend by "
        "service.\nThe Treasurer agreed that this would be provided at the June meeting.\n"
    )
    found = actions(body)
    assert len(found) == 1, [a.text for a in found]
    assert found[0].owner == "Treasurer" and "split of the overspend" in found[0].text


def test_a_reply_about_something_else_does_not_take_the_request():
    body = (
        "Members asked for a split of the overspend by service.\nThe Treasurer said that the "
        "audit had gone well.\n"
    )
    found = actions(body)
    assert all(a.owner is None for a in found), [(a.owner, a.text) for a in found]


# -- round 5: a member's wish voiced in the passive, with nobody to carry it out (A35) -------


def test_a_members_passive_wish_that_nobody_takes_on_is_not_a_task():
    body = (
        "Councillor Ruiz said the play area was busier than ever. He asked that the opening "
        "hours be looked at again.\n"
    )
    assert texts(body) == []


def test_a_wish_after_a_lead_in_with_no_subject_is_not_a_task():
    body = "Mr Osei: on the allotment item, asked that the waiting list be published online.\n"
    assert not any("waiting list" in t for t in texts(body)), texts(body)


def test_a_committees_passive_request_stays_a_task():
    body = "The Committee asked that a report on the car park charges be brought back.\n"
    assert len(texts(body)) == 1, texts(body)


def test_a_passive_wish_with_its_agent_named_stays_a_task():
    body = "Mrs Hale asked that the new bank mandate be signed by the Chair.\n"
    assert len(texts(body)) == 1, texts(body)


def test_a_passive_wish_with_a_date_stays_a_task():
    body = "Cllr Ruiz asked that the tree survey be circulated by 30 April 2025.\n"
    assert len(texts(body)) == 1, texts(body)


# -- round 5: dates in the calendar, thanks, corrections, standing powers, asks of the meeting


def test_a_campaign_that_would_open_in_a_month_is_a_date_not_a_task():
    body = (
        "The Chief Librarian reported that the Library's summer reading scheme would open in "
        "July.\n"
    )
    assert texts(body) == []


def test_a_person_who_will_run_a_course_in_a_month_is_still_a_task():
    body = (
        "Present: Dee Park (Chair), Sam Ortiz\n\nDee Park will run a first aid course in October.\n"
    )
    a = one(body, "first aid")
    assert a.owner == "Dee Park"


def test_thanks_to_those_who_volunteered_is_not_a_task():
    body = "The Chair thanked all the stewards who volunteered to marshal the fun run.\n"
    assert texts(body) == []


def test_a_volunteer_at_the_meeting_is_still_a_task():
    a = one("Sam Ortiz volunteered to marshal the fun run car park.\n", "car park")
    assert a.owner == "Sam Ortiz"


def test_words_that_should_read_otherwise_are_a_correction_not_a_task():
    body = (
        'Minutes of the last meeting: the following change was requested: at 4.2, "two bins" '
        'should read "three bins". The minutes were then approved.\n'
    )
    assert texts(body) == []


def test_a_standing_power_to_vary_a_plan_between_meetings_is_not_a_task():
    body = (
        "RESOLVED that the Director of Finance be authorised to vary the capital programme "
        "between meetings after consulting the Chair.\n"
    )
    assert actions(body) == []


def test_an_authority_to_do_one_thing_is_still_a_task():
    body = (
        "RESOLVED that the Director of Finance be authorised to make changes to the lease for "
        "Unit 4.\n"
    )
    assert len(actions(body)) == 1


def test_asking_the_meeting_for_approval_is_not_a_task():
    body = "The Treasurer asked for approval of £300 for new kit for the under-12s.\n"
    assert not any("approval" in t for t in texts(body)), texts(body)


# -- round 5: a named committee asked to act, the one named before ", who will", a bare tag --


def test_a_named_committee_asked_to_act_owns_the_task():
    a = one(
        "The Grounds Committee was asked to prepare a costed plan for a new fence.\n", "new fence"
    )
    assert a.owner == "Grounds Committee"


def test_the_committee_itself_asked_to_act_names_no_owner():
    a = one("The Committee was asked to prepare a costed plan for a new fence.\n", "new fence")
    assert a.owner is None


def test_the_post_named_before_who_will_owns_the_next_step():
    body = (
        "Present: Cllr Ann Boyd, Cllr Tom Hale\n\nCllr Boyd will photograph the flooded verge "
        "and send the pictures to the Clerk, who will report it to the county before the May "
        "meeting.\n"
    )
    found = actions(body)
    assert [a.owner for a in found] == ["Cllr Boyd", "Clerk"], [(a.owner, a.text) for a in found]
    assert "report it to the county" in found[1].text


def test_a_third_party_named_before_who_will_takes_no_task():
    body = "The Clerk has written to the developer, who will hold an exhibition in June.\n"
    assert not any("exhibition" in t for t in texts(body)), texts(body)


def test_a_bare_action_tag_closing_a_paragraph_names_the_owner():
    body = (
        "Members looked at the grant requests. It was agreed to add the youth club request to "
        "the April agenda.  Action Clerk\n"
    )
    a = one(body, "youth club")
    assert a.owner == "Clerk"


def test_a_heading_that_starts_with_action_is_not_a_tag():
    body = "The Clerk reported on the budget. Action Overview\n"
    assert texts(body) == [], texts(body)


# -- round 5: what an end-of-item marker closes (A43), two posts joined by a slash (A44) -----


def test_a_marked_reply_to_a_request_carries_the_request():
    body = (
        "Members asked for the results of the tenant survey to be shared. The Housing Manager "
        "agreed to bring them to the June meeting.\n\nACTION:        Housing Manager\n"
    )
    a = one(body, "June meeting")
    assert a.owner == "Housing Manager" and "tenant survey" in a.text, a.text


def test_a_marked_sentence_that_says_this_carries_the_sentence_before():
    body = (
        "No answer had come from the bus company about the Sunday timetable. It was agreed that "
        "this needed to be chased.\n\nACTION:        Clerk\n"
    )
    a = one(body, "chased")
    assert a.owner == "Clerk" and "Sunday timetable" in a.text, a.text


def test_a_marked_sentence_that_stands_alone_is_taken_alone():
    body = (
        "The hall roof was inspected in May. The Clerk will order two new gutters.\n\n"
        "ACTION:        Clerk\n"
    )
    a = one(body, "gutters")
    assert "roof was inspected" not in a.text, a.text


def test_two_posts_joined_by_a_slash_own_the_task():
    a = one("Chair/Treasurer to sign the new bank mandate.\n", "bank mandate")
    assert a.owner == "Chair/Treasurer"


def test_a_slash_between_things_is_no_owner():
    assert texts("Income/expenditure to date was noted without comment.\n") == []


# -- round 5: an Action column flattened into the line after " / " (A45) --------------------


def test_a_slash_tag_after_the_full_stop_names_the_owner_of_the_last_sentence():
    body = "4.2 Lettings: the hall diary is nearly full. The caretaker will draw up a rota. / PJo\n"
    a = one(body, "rota")
    assert a.owner == "PJo" and " / " not in a.text, (a.owner, a.text)


def test_a_slash_tag_makes_a_hedged_sentence_a_task():
    body = "3.3 KLe intends to carry out a review of the lettings policy at the summer meeting. / KLe\n"
    a = one(body, "lettings policy")
    assert a.owner == "KLe"


def test_a_slash_tag_gives_a_decision_its_action_and_keeps_the_decision():
    body = (
        "Budget / The Board NOTED the forecast and AGREED that the reserves policy should be "
        "reviewed by the Audit Committee. / FD\n"
    )
    ex = extract(HEAD + body)
    assert any("reserves policy" in r.text for r in ex.resolutions), ex.resolutions
    assert [a.owner for a in ex.actions if "reserves policy" in a.text] == ["FD"], ex.actions


def test_a_slash_between_a_heading_and_its_text_is_no_tag():
    body = "Grounds / The mowing contract was renewed for a year at the same price.\n"
    assert texts(body) == [], texts(body)


# -- round 5: a question to put to someone (A46) ---------------------------------------------


def test_someone_to_be_asked_whether_is_a_task_with_no_owner():
    a = one("Priya will be asked whether she can run the tombola this year.\n", "tombola")
    assert a.owner is None


def test_a_hedge_before_the_asking_is_still_no_task():
    body = "Priya may be asked whether she can run the tombola this year.\n"
    assert texts(body) == [], texts(body)


def test_people_asked_for_money_on_the_day_are_still_no_task():
    body = "At the gate, walkers will be asked for a donation to the hospice.\n"
    assert texts(body) == [], texts(body)


# -- round 5: a decision carried out by a task handed to someone by name (A47) ---------------


def test_a_decision_carried_out_by_a_named_task_is_that_task():
    body = (
        "The Board agreed to write to the bus company asking for a later Sunday service. "
        "KT to draft the letter for the Chair to sign.\n"
    )
    ex = extract(HEAD + body)
    assert [(a.owner, a.text[:5]) for a in ex.actions] == [("KT", "KT to")], ex.actions
    assert any("bus company" in r.text for r in ex.resolutions), ex.resolutions


def test_a_decision_with_an_unrelated_task_two_lines_on_keeps_its_action():
    body = (
        "The Board agreed to write to the bus company asking for a later Sunday service.\n\n\n"
        "KT to order new chairs for the hall.\n"
    )
    assert len(actions(body)) == 2, texts(body)


# -- A48: "Name: [to] verb ..." in an action list (wiki / project meeting notes) --------------


def test_the_name_before_the_colon_owns_the_task_in_an_action_list():
    body = (
        "Action items\n"
        "- Priya Natarajan: to set up the release branch for 2.4\n"
        "- Tomasz Wilk: chase the licence review with legal\n"
        "- Former user (Deleted): hand over the CI credentials to the infra team\n"
        "- Lee: publish the roadmap page\n"
    )
    assert one(body, "release branch").owner == "Priya Natarajan"
    assert one(body, "licence review").owner == "Tomasz Wilk"
    assert one(body, "CI credentials").owner == "Former user (Deleted)"
    assert one(body, "roadmap page").owner == "Lee"


def test_a_label_or_a_clause_after_the_colon_names_no_owner():
    body = (
        "Action items\n"
        "- Note: the build server is down until Friday\n"
        "- Status: completed for the docs site\n"
        "- Jenkins Upgrade: the plugins were updated last week\n"
    )
    for found in actions(body):
        assert found.owner in (None, "") or found.owner not in (
            "Note",
            "Status",
            "Jenkins Upgrade",
        ), found


# -- A49: the meeting's own boilerplate is never a task --------------------------------------


def test_the_meetings_boilerplate_is_no_task():
    for line in (
        "The Chairman to welcome everyone to the meeting.",
        "Chair to welcome members and introduce the new Clerk.",
        "Consider Minute of Meeting held on 14 April 2022.",
        "There being no further business to come before the Board, upon motion duly made the meeting was adjourned at 8:40 pm.",
        "The purpose of a public meeting of the Board of Trustees is to conduct the affairs of the school in public.",
        "Jo Marsh has volunteered to stand for a second term as Treasurer.",
    ):
        assert texts("3. Opening\n" + line + "\n") == [], line


def test_a_real_task_for_the_chair_or_about_the_minutes_stays():
    body = (
        "3. Correspondence\n"
        "The Chairman to write to the Head of Roads about the potholes on Mill Lane.\n"
        "The Clerk to consider the minutes of the Parks meeting and report back in May.\n"
        "Jo Marsh volunteered to stand at the stall on Saturday.\n"
    )
    found = texts(body)
    assert any("potholes on Mill Lane" in t for t in found), found
    assert any("Parks meeting and report back" in t for t in found), found


# -- A50: "... and <Name / Post> was asked to VERB ..." as a second clause ------------------


def test_a_second_clause_handing_a_named_person_a_task():
    body = (
        "1. Apologies\n"
        "The group noted that Dan Price had missed three meetings and Priya was asked to write to him about it.\n"
        "Members discussed the summer fete, and the Events Officer was requested to book the marquee.\n"
    )
    assert one(body, "write to him about it").owner == "Priya"
    assert one(body, "book the marquee").owner == "Events Officer"


def test_a_second_clause_asking_for_patience_is_no_task():
    body = "1. Repairs\nThe group noted the delay and Members were asked to be patient with the contractor.\n"
    assert texts(body) == []


# -- A51: a tracker's status words are not tasks ---------------------------------------------


def test_a_trackers_status_cell_and_log_bookkeeping_are_no_tasks():
    tracker = (
        "REF |\nRecommendation |\nStatus |\n"
        "R4 |\nPortfolio Holder for Parks |\nTo be reconsidered |\n"
        "R5 |\nPortfolio Holder for Leisure |\nTo be included in Q3. |\n"
    )
    assert texts(tracker) == [], texts(tracker)
    for line in (
        "(a) Parking permits The new permits were issued in May. Complete - to be taken off the action log.",
        "(b) Signage The signs went up last week. Done: to be removed from the actions list.",
    ):
        assert texts("3. Matters arising\n" + line + "\n") == [], line


def test_a_passive_task_in_prose_is_still_a_task():
    assert texts("3. Parking\nThe revised permit scheme to be circulated to members by 30 April.\n")
    assert texts("3. Parking\nTo be reconsidered at the June meeting once the survey is back.\n")


# -- A52: a recommendations tracker's rows, one cell a line: the recommendation is a task ----


def test_a_recommendation_cell_is_a_task_owned_by_the_next_cell():
    tracker = (
        "Ref |\nRecommendation |\nMade to |\nStatus |\n"
        "R1 |\nThat the bus shelter repairs be costed before the budget meeting. |\n"
        "The Portfolio Holder for\nTransport and Highways |\nPending |\n"
        "R2 |\nA survey of allotment holders be carried out. |\nThe Cabinet Member for Leisure |\nPending |\n"
        "R3 |\nThat the Head of Planning report back on enforcement delays. |\nHead of Planning |\nOpen |\n"
    )
    found = actions(tracker)
    assert len(found) == 3, [a.text for a in found]
    assert found[0].owner.endswith("Portfolio Holder for Transport and Highways"), found[0].owner
    assert found[1].owner.endswith("Cabinet Member for Leisure"), found[1].owner


def test_a_that_cell_whose_next_cell_is_no_post_is_no_tracker_task():
    table = "Item |\nThat the roof be repaired. |\nCarried 6-1 |\nNote |\n"
    assert not any(a.owner for a in actions(table))
    assert all("Carried" not in (a.owner or "") for a in actions(table))


# -- A53: a board's request in lower case, taken on by a named person's pronoun reply -------


def test_a_lower_case_boards_request_is_owned_by_the_reply():
    for body, owner, words in (
        (
            "4. Budget\nThe board asked for a breakdown of transport costs by site. "
            "J. Marsh will provide it at the next meeting.\n",
            "J. Marsh",
            "breakdown of transport costs",
        ),
        (
            "5. Grants\nThe committee asked for the list of unspent grants. "
            "Priya Shah would circulate it before the end of May.\n",
            "Priya Shah",
            "unspent grants",
        ),
        (
            "6. Lettings\nThe panel requested that a summary of the hall bookings be prepared. "
            "Tom Reed agreed to send it to members.\n",
            "Tom Reed",
            "hall bookings",
        ),
    ):
        found = actions(body)
        assert len(found) == 1, [a.text for a in found]
        assert found[0].owner == owner and words in found[0].text, (found[0].owner, found[0].text)


def test_a_lower_case_boards_request_without_a_reply_is_not_merged():
    body = (
        "4. Budget\nThe board asked for a breakdown of transport costs by site. "
        "J. Marsh reported that fuel prices had risen.\n"
    )
    assert not any(a.owner == "J. Marsh" for a in actions(body)), [
        (a.text, a.owner) for a in actions(body)
    ]


# -- A54: a draft's title line, a paper's purpose line and a delegated minor-change power ----


def test_title_purpose_and_minor_change_power_lines_are_no_tasks():
    for body in (
        "Draft minutes of meeting held on 4th June 2024 at 7 pm in the Scout Hut.\n\n1. Apologies\nNone.\n",
        "Draft Minutes of the Annual Parish Meeting held on Monday 13th May 2024, at the Village Hall\n\n1. Apologies\nNone.\n",
        "2. Cover sheet\nThe purpose of this report is to present the risk register for assurance.\n",
        "3. Winter service\nRESOLVED: That the Head of Highways be authorised to make minor amendments to the routes, following consultation with the Cabinet Member.\n",
        "4. Parks\nThat the Parks Manager be authorised to make any minor changes to the planting scheme.\n",
    ):
        assert texts(body) == [], (body, texts(body))


def test_draft_minutes_to_be_sent_and_an_authority_to_act_stay_tasks():
    assert texts(
        "5. Minutes\nDraft minutes of the meeting held on 3 May to be circulated by the Clerk by Friday.\n"
    )
    assert texts(
        "6. Reserves\nThat the Treasurer be authorised to move £20,000 to the deposit account.\n"
    )


# -- A55: a fixed-width tracker keeps its columns across a wrapped cell's overflow ----------

_TRACKER_HEAD = " REF    ITEM          ACTION                                              LEAD    DUE        STATUS\n"


def _tracker_rows(overflow: str) -> str:
    return (
        _TRACKER_HEAD
        + " 1.1    Estates       Lighting survey to be completed for all car parks   MB      12 March   Slipped to\n"
        + overflow
        + " 1.2    Finance       Savings plan to be brought to the Committee          PR      9 April    Not yet due\n"
        + " 1.3    Workforce     A recruitment plan would be drafted for nurses      LH      May        Open\n"
    )


def test_a_trackers_rows_after_a_wrapped_status_cell_are_still_tasks():
    for overflow in (
        "                                                                                          April as the\n"
        "                                                                                          contractor left\n",
        "                                                                                          21.3.25\n",
        "                                                                                          awaiting quotes from two suppliers\n",
    ):
        found = texts(_tracker_rows(overflow))
        assert any(t.startswith("Savings plan to be brought") for t in found), (overflow, found)
        assert any(t.startswith("A recruitment plan would be drafted") for t in found), found


def test_a_wrapped_cells_overflow_row_is_no_task_and_prose_ends_the_tracker():
    body = (
        _TRACKER_HEAD
        + " 1.1    Estates       Lighting survey to be completed for all              MB      12 March   Update to\n"
        + " 2      car parks                                                                   be given\n"
    )
    assert "be given" not in texts(body), texts(body)
    prose = (
        _TRACKER_HEAD
        + " 1.1    Estates       Lighting survey to be completed for all car parks   MB      12 March   Open\n"
        + "The Chair thanked officers for the update on the tracker.\n"
        + " The next review is planned      for autumn       when budgets are known\n"
    )
    assert not any("autumn" in t or "budgets" in t for t in texts(prose)), texts(prose)


# -- an action table's cell is an instruction already: its "VERB to ..." keeps the verb -------


def _table_drafts(*cells: str) -> dict[str, str]:
    rows = "".join(f"{cell} | Clerk | 31/03/2025\n" for cell in cells)
    return {a.text: a.draft for a in actions("Action | Owner | Due\n" + rows)}


@pytest.mark.parametrize(
    "cell",
    [
        "Write to the landowner about the hedge",
        "Report to the next meeting on costs",
        "Write to Mr Smith about the hedge",
        "Report to Cabinet on costs",
        "Speak to residents about parking",
        "Send the letter to Mr Smith",
        "Invite Tim to attend the next meeting",
        "Ask the Treasurer to write to the bank",
    ],
)
def test_a_table_actions_verb_is_kept_in_its_draft(cell):
    # the draft read "VERB to" as an owner and dropped it: "Mr Smith about the hedge"
    assert _table_drafts(cell) == {cell: cell}


@pytest.mark.parametrize(
    ("line", "draft"),
    [
        (
            "Clerk to write to the landowner about the hedge.",
            "Write to the landowner about the hedge.",
        ),
        ("The Treasurer will report to Cabinet on costs.", "Report to Cabinet on costs."),
        # a one-word name that is also a verb, before the task's own verb, is the owner
        (
            "Chase to write to the landowner about the hedge.",
            "Write to the landowner about the hedge.",
        ),
    ],
)
def test_an_owner_before_to_or_will_is_still_left_out_of_the_draft(line, draft):
    from clerk_cli.minutes.actions import draft as make_draft

    assert make_draft(line) == draft


# -- a due date no calendar has: no due date, and the review says why -------------------------


@pytest.mark.parametrize(
    ("body", "written"),
    [
        ("The Clerk agreed to write to the landowner by 31/04/2025.\n", "31/04/2025"),
        ("Clerk to order the salt by 30th February 2025.\n", "30th February 2025"),
        ("The Treasurer will report by April 31, 2025.\n", "April 31, 2025"),
        ("Action | Owner | Due\nWrite to the landowner | Clerk | 31/04/2025\n", "31/04/2025"),
        ("Action | Owner | Due\nWrite to the landowner | Clerk | 2025-04-31\n", "2025-04-31"),
        ("Action: Clerk to order the salt.\nDue: 31.04.2025\n", "31.04.2025"),
    ],
)
def test_an_impossible_due_date_gives_no_due_and_a_flag_naming_it(body, written):
    [a] = actions(body)
    assert (a.due_date, a.due_rule, a.due_text) == (None, None, None)
    assert f"'{written}' is not a real date: no due date" in a.flags
    assert not any(f.startswith(("condition or vague", "no due date")) for f in a.flags)


def test_a_real_day_is_still_a_due_date_and_vague_words_still_vague():
    assert one("Clerk to order the salt by 29/02/2028.\n", "salt").due_date is not None
    assert one("Clerk to order the salt by 30 April.\n", "salt").flags == []
    vague = one("Clerk to order the salt once complete.\n", "salt")
    assert vague.due_text == "once complete"
    assert "condition or vague due: once complete" in vague.flags
