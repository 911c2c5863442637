"""Resolution mechanisms, general rules by clause shape (not per-document patches).

Each example is written in our own words; the held-out sets only told us which shapes exist.
"""

from __future__ import annotations

from clerk_cli.minutes import extract

HEAD = "Minutes of the Roads Board held on 4 April 2025\n\n"


def decisions(body: str) -> list[str]:
    return [r.text for r in extract(HEAD + body).resolutions]


def tasks(body: str) -> list[str]:
    return [a.text for a in extract(HEAD + body).actions]


# -- 1. US county boards: a motion told in sentences, a quoted "aye", "has passed" ----------


def test_motion_then_seconder_then_quoted_aye_then_has_passed():
    body = (
        "The Chairman said the road salt invoices were due. Commissioner Abel made a motion to "
        'pay the salt invoices as listed. Commissioner Brant seconded the motion. All voted "aye". '
        "The motion has passed.\n"
    )
    found = decisions(body)
    assert len(found) == 1 and "salt invoices" in found[0], found


def test_motion_that_has_failed_is_no_decision():
    body = (
        "Commissioner Abel made a motion to close the depot. Commissioner Brant seconded the "
        'motion. Two voted "nay". The motion has failed.\n'
    )
    assert decisions(body) == []


def test_roll_call_requests_are_procedure_not_tasks():
    body = (
        "The Chairman asked Deputy Clerk Moss to conduct the roll call.\n\n"
        "Moss asked for roll call as follows: Commissioner Abel present, Commissioner Brant "
        "present.\n"
    )
    assert tasks(body) == []


# -- 2. a lead-in ending ":-" and limbs numbered three deep ----------------------------------


def test_resolved_that_the_committee_colon_dash_is_a_lead_in_for_its_lettered_limbs():
    body = (
        "RESOLVED: That the Committee:-\n\n \n\n"
        "(a)  notes the bus figures now reported; and\n\n \n\n"
        "(b)  asks the Transport Officer to look into the two late routes and report back.\n"
    )
    found = decisions(body)
    assert not any("Committee:-" in d for d in found), found
    assert any("bus figures" in d for d in found) and any("late routes" in d for d in found)


def test_mover_with_titled_seconder_and_no_by_then_limbs_numbered_three_deep():
    body = (
        "Resolution Number  RB/2025/014\n\n"
        "MOVED by Cr Oduya, seconded Cr Laine:\n\n"
        "That the Board:\n\n"
        "5.2.1    receives the Bridge Options Report;\n\n"
        "5.2.2    agrees to replace the footbridge in timber;\n\n"
        "5.2.3    delegates to the Chief Engineer the authority to let the contract.\n\n"
        "Carried\n"
    )
    found = decisions(body)
    assert len(found) == 3, found
    assert not any("seconded" in d.lower() for d in found)
    owners = [a.owner for a in extract(HEAD + body).actions if "let the contract" in a.text]
    assert owners == ["Chief Engineer"]


# -- 3. decisions recorded in the passive or by their vote -----------------------------------


def test_minute_submitted_for_confirmation_as_a_correct_record():
    body = (
        "There was submitted for confirmation as a correct record the minute of meeting of the "
        "Board held on 3 March 2025 which was APPROVED.\n"
    )
    assert len(decisions(body)) == 1


def test_approved_by_acclaim():
    body = "The Board welcomed the charter and it was approved by acclaim.\n"
    assert len(decisions(body)) == 1


def test_vote_on_a_matter_then_its_tally():
    body = "* Vote on making Priya a maintainer: approved (5 yes, 0 no).\n"
    assert len(decisions(body)) == 1


def test_label_then_these_were_accepted_with_proposer_and_seconder():
    body = "4. Minutes of last meeting: these were accepted, proposed by AB and seconded by CD.\n"
    assert len(decisions(body)) == 1


def test_approval_proposed_and_seconded_is_a_decision():
    body = (
        "The Treasurer presented the accounts. Approval was proposed by Ruth Ellis and seconded "
        "by Omar Shah, and the accounts were received.\n"
    )
    assert any("Approval was proposed" in d for d in decisions(body))


def test_confirmed_as_an_officer_with_proposer_and_seconder():
    body = "Nia Jones was confirmed as a Trustee and as Secretary, proposed by AB and seconded by CD.\n"
    assert any("Nia Jones" in d for d in decisions(body))


def test_authority_is_delegated_to_a_post():
    body = (
        "To give effect to the decision, authority is delegated to the Head of Highways, in "
        "consultation with the Chair, to correct any minor error in the wording.\n"
    )
    assert len(decisions(body)) == 1


def test_a_delegation_reported_from_the_past_is_no_decision():
    body = "The Chair recalled that authority was delegated to the Clerk in 2019.\n"
    assert decisions(body) == []


def test_three_elections_in_one_sentence_are_three_decisions():
    body = (
        "6. Officers: AB was elected as Chair (proposed CD, seconded EF); CD was elected as "
        "Secretary (proposed AB, seconded by EF), and EF was elected as Treasurer (proposed AB, "
        "seconded by CD).\n"
    )
    found = decisions(body)
    assert len(found) == 3, found
    assert found[0].startswith("AB was elected")


def test_one_election_after_a_comma_clause_stays_one():
    body = "There being no other nominations, AB was elected as Chair for the year.\n"
    assert len(decisions(body)) == 1


def test_decision_before_an_inline_action_marker_is_kept():
    body = (
        "* Licence headers: agreed to switch to the project-wide notice. **Action:** Sam to "
        "update the pull request.\n"
    )
    assert len(decisions(body)) == 1
    assert [a.owner for a in extract(HEAD + body).actions] == ["Sam"]


# -- 4. a notice of motion, a direction from the body, a motion's list of items ----------------


def test_proposed_the_following_motion_then_quoted_words_then_seconded_and_agreed():
    body = (
        "6.0 Notice of Motion\n"
        "6.1 Councillor Ann Roe proposed the following motion:\n"
        '"That the Board calls on the Minister to restore funding for rural bus routes."\n'
        "The motion was seconded by Councillor Tom Ode and agreed.\n"
        "7.0 Any other business\n"
    )
    found = decisions(body)
    assert len(found) == 1 and "rural bus routes" in found[0], found


def test_a_following_motion_that_was_lost_is_no_decision():
    body = (
        "6.1 Councillor Ann Roe proposed the following motion:\n"
        '"That the Board closes the depot."\n'
        "The motion was seconded by Councillor Tom Ode and defeated.\n"
    )
    assert decisions(body) == []


def test_the_board_directed_an_officer_is_a_decision_and_the_officers_task():
    body = "Van lease: The Board directed the Treasurer to obtain three quotes for the lease.\n"
    found = extract(HEAD + body)
    assert len(found.resolutions) == 1
    assert [a.owner for a in found.actions] == ["Treasurer"]


def test_a_motion_label_in_the_list_under_a_motion_is_one_of_its_items():
    body = (
        "Moved by Councillor Abel\n"
        "Seconded by Councillor Brant\n"
        "That the agenda, including the following added items, be approved:\n"
        "• Item 8.1 – Road salt tender\n"
        "• Motion 9.2 – Councillor Abel; Re: Winter gritting routes\n"
        "Carried\n"
    )
    found = decisions(body)
    assert len(found) == 1 and found[0].startswith("The agenda"), found


# -- 5. short outcomes under a topic ----------------------------------------------------------


def test_agreed_by_the_members_present_is_a_decision():
    body = (
        "Topic 3: Should the board adopt the new logo?\n\n"
        "  • Agreed by the board members present; to be confirmed by a vote on the list.\n"
    )
    assert len(decisions(body)) == 1


def test_label_then_has_been_agreed_that():
    body = "Spring release checkpoint  : has been agreed that it is complete.\n"
    assert len(decisions(body)) == 1


# -- 6. set 16: Canadian motions, parish agenda-style decisions, summaries ------------------


def test_numbered_motion_with_mover_pair_then_resolve_that():
    body = (
        "Roads: Motion-0807-21-Councillor A. Byrne/Deputy Mayor Coles\n"
        "Resolve that the snow clearing tender be awarded to North Plough Ltd.\n"
        "In favour: Mayor Hale Deputy Mayor Coles\n"
        "Opposed: 0\n"
        "Motion Carried.\n"
        "Motion-0808-21-Councillor T. Marsh/Councillor A. Byrne\n"
        "Resolve to buy two new grit bins for the harbour road.\n"
        "In favour: Mayor Hale Deputy Mayor Coles\n"
        "Opposed: 0\n"
        "Motion Carried.\n"
    )
    found = extract(HEAD + body)
    texts = [r.text for r in found.resolutions]
    assert len(texts) == 2, texts
    assert "tender" in texts[0] and "grit bins" in texts[1]
    assert all(a.owner != "Resolve" for a in found.actions)


def test_summary_lines_elected_and_tasked_without_a_subject():
    body = (
        "Resolved that the Docs Group would be open to any contributor\n"
        "Elected Ana van Dyke as Chair of the Docs Group\n"
        "Tasked the Docs Group with writing a style guide\n"
        "Resolved to hold calls monthly\n"
    )
    found = decisions(body)
    assert len(found) == 4, found
    assert found[1].startswith("Elected Ana van Dyke") and found[2].startswith("Tasked")


def test_elected_in_running_prose_is_not_a_new_decision_line():
    body = "The members who were\nelected last year will stand down in May.\n"
    assert decisions(body) == []


def test_it_was_resolved_label_then_agenda_wording_to_verb():
    body = (
        "5. Finance\n\n"
        "IT WAS resolved:\n\n"
        "To pay the mowing invoice of £240.00. The Clerk to send the cheque.\n\n"
        "6. Correspondence\n\n"
        "A letter from the library was read.\n"
    )
    found = extract(HEAD + body)
    assert [r.text for r in found.resolutions] == ["To pay the mowing invoice of £240.00"]
    assert [a.owner for a in found.actions] == ["Clerk"]


def test_to_verb_paragraph_without_a_resolved_label_is_not_a_decision():
    body = "5. Finance\n\nTo pay the mowing invoice of £240.00 is on hold until June.\n"
    assert decisions(body) == []


def test_proposed_seconded_resolved_labels_then_names_then_quoted_words():
    body = (
        "2. Minutes\n"
        "Proposed by:\n"
        "Seconded by:\n"
        "And Resolved:\n"
        "Cllr. Una Walsh\n"
        "Cllr. Pat 'Red' Hayes\n"
        '"That the minutes of the March meeting be adopted."\n'
        "3. Roads programme.\n"
        "Members discussed the roads programme.\n"
    )
    assert decisions(body) == ["The minutes of the March meeting be adopted"]


def test_minutes_confirmed_without_of_or_were():
    assert len(decisions("Minutes duly agreed as a correct record and signed by the Chair.\n")) == 1


def test_minutes_which_were_approved_after_the_chair_took_members_through_them():
    body = "The Vice-Chair went through the minutes, which were approved as a true record.\n"
    found = extract(HEAD + body)
    assert len(found.resolutions) == 1
    assert found.actions == []


def test_minutes_were_confirmed_subject_to_an_amendment():
    body = (
        "The minutes of meeting 2/21, held on 4 March 2021, copies of which had been sent to "
        "members, were confirmed, subject to the spelling of a name in Minute 3.\n"
    )
    assert len(decisions(body)) == 1


def test_agreed_unanimously_that_opens_a_decision():
    assert len(decisions("AGREED unanimously that the next item be taken in private.\n")) == 1


def test_the_board_agreed_a_thing_is_a_decision_but_not_the_need():
    assert len(decisions("The Board agreed the lease renewal.\n")) == 1
    assert decisions("The Board agreed the need for more volunteers.\n") == []


def test_body_approved_the_following_recommendations_is_a_lead_in_for_its_limbs():
    body = (
        "4. Estates Committee\n"
        "4.1 Council approved the following recommendations:\n\n"
        "4.1.1 that the library roof be replaced in the summer vacation;\n\n"
        "4.1.2 that the car park charges stay as they are.\n\n"
        "5. Other business\n"
    )
    found = decisions(body)
    assert len(found) == 2 and "library roof" in found[0], found


def test_approved_subject_to_the_following_conditions_is_still_the_decision():
    body = "RESOLVED that the application be approved subject to the following conditions:\n"
    body += "1. Standard time limit\n2. Materials to match\n"
    found = decisions(body)
    assert found and "application be approved" in found[0], found


# -- R43: a body's name closing a lead-in, over limbs in the past tense -------------------------


def test_body_colon_after_a_lead_in_then_lower_case_past_tense_limbs_each_decide():
    body = (
        "7 Annual Accounts\n"
        "Having heard the Treasurer and the Auditor, the Board:\n"
        "a) approved the accounts for the year to March 2025;\n"
        "b) authorised the Chair to sign the balance sheet on its behalf.\n"
    )
    found = decisions(body)
    assert any(d.startswith("Approved the accounts for the year") for d in found), found
    assert any(d.startswith("Authorised the Chair to sign") for d in found), found


def test_body_colon_alone_then_noted_and_asked_limbs():
    body = (
        "The Committee:\n\n"
        "a) noted the winter gritting report; and\n\n"
        "b) asked that a further report be brought to its June meeting.\n"
    )
    found = decisions(body)
    assert "Noted the winter gritting report" in " | ".join(found), found
    assert any("further report be brought" in d for d in found), found


def test_body_colon_over_limbs_that_are_not_decisions_decides_nothing():
    body = (
        "Having walked the route, the Board:\n"
        "a) the bridge at Elm Lane is narrow;\n"
        "b) the verges are overgrown.\n"
    )
    assert decisions(body) == []


# -- R44: a paragraph number before the body, and bare roman numerals under "approved:" ---------


def test_paragraph_number_before_the_body_still_decides():
    body = "SALT STOCKS\n\n24/25.3.2 The Board approved the purchase of 200 tonnes of road salt.\n"
    assert decisions(body) == ["The Board approved the purchase of 200 tonnes of road salt."]


def test_a_count_before_the_body_is_no_paragraph_number():
    body = "3 Members approved of the idea but nothing was settled.\n"
    assert decisions(body) == []


def test_body_approved_colon_then_bare_roman_limbs():
    body = (
        "24/25.4.1 The Board approved:\n\n"
        "i a new winter rota for the depot staff\n\n"
        "ii the revised call-out allowance set out in the annex.\n"
    )
    found = decisions(body)
    assert any(d.startswith("A new winter rota") for d in found), found
    assert any(d.startswith("The revised call-out allowance") for d in found), found
    assert not any(d.rstrip(":").endswith("approved") for d in found), found


def test_bare_roman_numeral_in_prose_is_no_limb():
    body = "The Chair thanked the depot staff.\n\ni think the rota works well, said one member.\n"
    assert decisions(body) == []


# -- R45: passive decisions by the body's own kind, tabled-and-adopted, authorised to ---------


def test_approved_by_the_committee_with_no_name_is_the_meetings_decision():
    assert decisions("The winter gritting map in its new form was approved by the committee.\n")
    assert decisions("The notes of the last meeting were approved by Council.\n")


def test_approved_by_a_named_other_body_is_a_report_not_a_decision():
    assert decisions("The depot lease was approved by the Planning Committee in May.\n") == []
    assert (
        decisions("The scheme was approved by the Board of the county council last year.\n") == []
    )


def test_tabled_by_someone_and_adopted_by_the_body():
    found = decisions(
        "A revised mowing schedule was tabled by the Verges Lead and adopted by Council.\n"
    )
    assert found and "mowing schedule" in found[0], found


def test_a_post_or_group_authorised_to_act_is_a_decision():
    assert decisions("The Depot Group was authorised to explore a shared contract for grit.\n")
    assert decisions("The Chair was authorised to sign the lease on behalf of the Board.\n")


def test_authorised_as_a_past_fact_is_not_a_new_decision():
    assert decisions("The Clerk said she had been authorised to sign cheques since 2019.\n") == []


# -- R46: the body does one thing, then decides, in one sentence -------------------------------


def test_body_noted_a_report_and_approved_a_change_in_one_sentence():
    body = "Council noted the gritting report from the depot, and approved the new route for Elm Lane.\n"
    assert decisions(body), body


def test_body_discussed_then_agreed_to_in_one_sentence():
    body = (
        "The committee discussed the verge cutting dates and agreed to keep them as they stand.\n"
    )
    assert decisions(body), body


def test_body_discussed_and_agreed_that_a_person_would_act_is_a_task_not_a_decision():
    body = (
        "The Board discussed the salt stock and agreed that Ravi Shah would order more by Friday.\n"
    )
    assert decisions(body) == []


def test_body_heard_and_agreed_an_opinion_is_no_decision():
    body = "The Board heard the residents and agreed that the road was dangerous.\n"
    assert decisions(body) == []


# -- R47: the institution the body governs is no person ----------------------------------------


def test_agreed_that_the_university_should_proceed_is_a_decision_not_a_task():
    body = "The Court AGREED that the University should proceed to refinance its halls loan.\n"
    assert decisions(body), body
    assert tasks(body) == []


def test_agreed_that_a_person_should_act_is_still_their_task():
    body = "The Court agreed that the Bursar would write to the bank about the halls loan.\n"
    assert tasks(body), body


# -- R48: a decision tagged as someone's action is still a decision; "to have" in the subject ---


def test_a_decision_with_an_action_tag_after_it_is_both():
    body = (
        "5. Gritting routes\n"
        "The Board approved the new routes subject to the changes discussed, and agreed that the "
        "final map be sent to all parishes by 30 May 2025. ACTION: RS\n"
    )
    assert any("approved the new routes" in d for d in decisions(body)), decisions(body)
    assert any("approved the new routes" in t for t in tasks(body)), tasks(body)


def test_a_report_with_an_action_tag_after_it_is_no_decision():
    body = "5. Gritting routes\nRS reported that two lorries were off the road. ACTION: RS\n"
    assert decisions(body) == []


def test_a_request_to_have_something_was_agreed():
    body = "A request from the cycling club to have the depot yard on race day was agreed.\n"
    assert decisions(body), body


def test_a_subject_with_a_perfect_tense_is_still_no_new_decision():
    body = "The scheme the county has run since 2019 was approved.\n"
    assert decisions(body) == []


# -- R49: the items of a limb's own list do not end the run of limbs ---------------------------


def test_sub_items_of_a_limb_ending_in_a_colon_keep_the_run_going():
    body = (
        "RESOLVED:\n"
        "(1) That the depot report be noted;\n"
        "(2) That the gritting group be split into two groups:\n"
        "(i) North routes\n"
        "(ii) South routes; and\n"
        "(3) That, to share the load fairly, four members would sit on each group.\n"
    )
    found = decisions(body)
    assert any(d.startswith("The gritting group be split") for d in found), found
    assert any("four members would sit on each group" in d for d in found), found
    assert not any(d.startswith("North routes") for d in found), found


def test_a_numbered_item_after_limbs_that_end_with_a_full_stop_is_not_a_limb():
    body = "RESOLVED:\n(1) That the depot report be noted.\n(i) Any other business\n"
    assert decisions(body) == ["The depot report be noted."]


# -- R50: numbered clauses in the subjunctive straight after a RESOLVED line -------------------


def test_numbered_subjunctive_clauses_after_a_resolved_line_decide():
    body = (
        "RESOLVED that the winter report and the discussion be noted.\n\n"
        "1. the gritting presentation be noted.\n\n"
        "2. progress on the salt barn be reported to the Board.\n\n"
        "3. the Chair discuss the bridge closure further with the Head of Highways.\n"
    )
    found = decisions(body)
    assert any(d.startswith("The gritting presentation be noted") for d in found), found
    assert any(d.startswith("Progress on the salt barn be reported") for d in found), found
    assert any(d.startswith("The Chair discuss the bridge closure") for d in found), found


def test_numbered_agenda_items_after_a_decision_are_not_limbs():
    body = (
        "RESOLVED that the winter report be noted.\n\n"
        "2. Treasurer's report: the balance would be checked by the auditor.\n\n"
        "3. the grass would be cut in May.\n"
    )
    assert decisions(body) == ["The winter report be noted."]


# -- R51: support for a proposal, a vote passed, "Further, Resolved" ---------------------------


def test_body_fully_supported_the_proposal_decides():
    body = "The Board fully supported the proposal from the parish cluster to share a gritter.\n"
    assert decisions(body), body


def test_body_passed_a_vote_of_thanks_decides():
    body = "The Board unanimously passed a vote of thanks to the retiring depot manager.\n"
    assert decisions(body), body


def test_support_for_an_idea_or_passing_a_paper_on_is_no_decision():
    assert decisions("Members supported the idea of a spring litter pick.\n") == []
    assert decisions("The Board passed the salt report to the Audit Committee.\n") == []


def test_further_comma_resolved_that_opens_another_decision():
    body = (
        "Resolution 3: Resolved that the depot close at noon on Fridays.\n\n"
        "Further, Resolved that this applies to the winter months only.\n"
    )
    found = decisions(body)
    assert any("applies to the winter months only" in d for d in found), found


def test_an_adverb_and_a_report_of_an_earlier_resolution_is_no_new_decision():
    body = "Further, as resolved at the last meeting, the depot will close at noon.\n"
    assert decisions(body) == []


# -- R52: the vote called, then the outcome ----------------------------------------------------


def test_a_motion_closed_by_the_vote_called_and_defeated_is_no_decision():
    body = (
        "A motion was made and seconded to split the salt budget between the two depots. "
        "The vote was called and the motion was defeated.\n"
    )
    assert decisions(body) == []


def test_the_vote_called_on_the_proposal_and_it_was_approved_decides():
    body = (
        "Dr. Lane presented the second reading of the proposal to merge the two depots. "
        "The vote was then called on the proposal as presented and it was approved.\n"
    )
    found = decisions(body)
    assert any("it was approved" in d for d in found), found


def test_the_vote_called_on_a_question_with_no_outcome_decides_nothing():
    body = "The vote was called on the depot question but the meeting ran out of time.\n"
    assert decisions(body) == []


# -- R53: "the following X, which were approved:" over plain lines -----------------------------


def test_the_following_proposals_which_were_approved_then_plain_lines():
    body = (
        "Dr. Lane presented, on behalf of the Roads Group, the following proposals (paper 4), "
        "which were approved:\n\n"
        "Proposal for a new depot at Elm Lane.\n"
        "Proposal to close the salt barn at Ash Farm.\n\n"
        "Dr. Lane then presented the winter report and answered questions about the budget and the rota.\n"
    )
    found = decisions(body)
    assert any(d.startswith("Proposal for a new depot") for d in found), found
    assert any(d.startswith("Proposal to close the salt barn") for d in found), found
    assert not any("winter report" in d for d in found), found


def test_the_following_proposals_were_presented_is_no_lead_in():
    body = "Dr. Lane presented the following proposals:\n\nProposal for a new depot at Elm Lane.\n"
    assert decisions(body) == []


# -- R54: a summary line ending in its outcome; "We however agreed"; "approved minutes of" ------


def test_a_numbered_summary_line_whose_last_sentence_is_its_outcome_decides():
    body = (
        "Summary of decisions:\n"
        "1. New depot lease. (Lane, Shah) Second reading. Approved\n"
        "2. Salt barn repairs. (Shah) First reading\n"
    )
    found = decisions(body)
    assert any(d.startswith("New depot lease") for d in found), found
    assert not any(d.startswith("Salt barn") for d in found), found


def test_a_numbered_line_mentioning_approval_inside_a_sentence_is_not_a_summary_outcome():
    body = "1. The salt budget was discussed and would be approved in June once costed.\n"
    assert decisions(body) == []


def test_we_however_agreed_to_decides():
    body = "One member suggested the coast road. We however agreed to go by the ring road.\n"
    assert decisions(body), body


def test_approved_minutes_of_a_call_in_a_lower_case_note_decides():
    assert decisions("- approved minutes of the 2 May call\n")


def test_approved_minutes_as_a_title_is_not_a_decision():
    assert (
        decisions("Approved minutes of the Roads Board held on 4 April 2025\n\nPresent: A, B\n")
        == []
    )


def test_a_summary_motion_line_ending_in_approved_is_one_decision_not_two():
    body = "Summary of decisions:\n1. Motion to open the depot on Saturdays (Lane, Shah) Second reading. Approved.\n"
    found = decisions(body)
    assert len(found) == 1 and "open the depot on saturdays" in found[0].lower(), found


# -- R55: a label before a motion in the passive; "seconded ... and agreed by all present" ------


def test_label_then_it_was_proposed_then_seconded_and_agreed_by_all():
    body = (
        "Meeting of the Roads Board held on 3 March 2025: It was proposed by Cllr Lane that the "
        "draft notes were a true record. This was seconded by Cllr Shah and agreed by all present.\n"
    )
    found = decisions(body)
    assert any("draft notes were a true record" in d for d in found), found


def test_label_then_it_was_proposed_and_seconded_but_defeated_decides_nothing():
    body = (
        "Depot hours: It was proposed by Cllr Lane that the depot open on Sundays. "
        "This was seconded by Cllr Shah and defeated.\n"
    )
    assert decisions(body) == []


# -- R56: a decision glued to the heading before it, after a paper's reference -----------------


def test_body_decides_after_a_paper_reference_closing_a_glued_heading():
    body = "7 Winter Service Plan (Paper RB/25/14)* Council approved the revised plan for the coming winter.\n"
    found = decisions(body)
    assert any("approved the revised plan" in d for d in found), found


def test_a_bracketed_aside_then_a_report_is_no_decision():
    body = "7 Winter Service Plan (Paper RB/25/14) Council officers reported on the plan for the winter.\n"
    assert decisions(body) == []


# -- R57: a limb broken across lines by the layout ---------------------------------------------


def test_a_limb_broken_across_lines_goes_on_into_the_next_paragraph():
    body = (
        "RESOLVED:\n\n"
        "(i)        That the lease of the depot yard at Elm Lane,\n\n"
        "           Ashford for winter storage, be approved.\n\n"
        "(ii)       That the Head of Highways, in consultation with the Cabinet Member\n\n"
        "for Roads, be authorised to sign the lease.\n"
    )
    found = decisions(body)
    assert any(d.endswith("Elm Lane, Ashford for winter storage, be approved") for d in found), (
        found
    )
    assert any("Cabinet Member for Roads, be authorised to sign" in d for d in found), found


def test_a_paragraph_after_a_finished_limb_is_not_part_of_it():
    body = (
        "RESOLVED:\n\n"
        "(i)        That the lease of the depot yard be approved.\n\n"
        "The Chair thanked the officers for the report.\n"
    )
    assert decisions(body) == ["The lease of the depot yard be approved."]


# -- R58: "... and was duly appointed as X" after what the person said -------------------------


def test_said_he_would_accept_and_was_duly_appointed_as_a_post():
    body = "RS said that he would accept the nomination and was duly appointed as Vice Chair of the Board.\n"
    assert decisions(body), body


def test_a_wish_to_be_appointed_as_a_post_is_no_decision():
    body = "RS said that he would accept the nomination if he were appointed as Vice Chair.\n"
    assert decisions(body) == []


# -- R59: Ontario councils' "AND THAT ..." limbs after a first "THAT ..." ---------------------


def test_and_that_limbs_after_a_mover_and_seconder_each_decide():
    body = (
        "6. PUBLIC WORKS\n"
        "Moved by Councillor R Okafor\n"
        "Seconded by Councillor J Lemieux\n"
        '"THAT Report PW-11/22 be received for information;\n'
        "AND THAT the bid of Northshore Grading Inc. for gravel be accepted;\n"
        'AND THAT staff be directed to post the road closure notices."\n'
        "CARRIED\n"
    )
    found = decisions(body)
    assert any(d.startswith("Report PW-11/22 be received") for d in found), found
    assert any("Northshore Grading Inc. for gravel be accepted" in d for d in found), found
    assert any("post the road closure notices" in d for d in found), found


def test_and_further_that_limb_with_dotted_initials():
    body = (
        "8. BY-LAWS\n"
        "Moved by: Deputy Mayor T. Brandt\n"
        "Seconded by: Councillor M. Osei\n"
        "THAT the Clerk prepare a by-law to close Mill Lane;\n"
        "AND FURTHER THAT the by-law be brought to the June 3 meeting.\n"
        "CARRIED\n"
    )
    found = decisions(body)
    assert any("the by-law be brought to the June 3 meeting" in d for d in found), found


def test_a_mover_with_an_undotted_initial_is_not_part_of_the_decision():
    body = (
        "3. MINUTES\n"
        "Moved by Councillor K Abernathy\n"
        "Seconded by Councillor P Lindgren\n"
        '"THAT the minutes of the meeting held May 4 be adopted as printed."\n'
        "CARRIED\n"
    )
    assert decisions(body) == ["The minutes of the meeting held May 4 be adopted as printed"], (
        decisions(body)
    )


def test_and_that_in_prose_with_no_motion_above_is_no_decision():
    body = (
        "5. CORRESPONDENCE\n"
        "A resident wrote about the ditch on Lot 12.\n"
        "And that the culvert had been blocked since April.\n"
    )
    assert decisions(body) == []


# -- R60: US boards: "Moved (A), seconded (B) that ..." and "The board voted to approve the motion"


def test_moved_and_seconded_names_in_brackets_then_the_words():
    body = (
        "V. Old Business\n"
        "   A. Boathouse: Moved (Dunleavy), seconded (Marsh) that the Board spend up to $800 on "
        "new oars. Motion carried unanimously.\n"
        "   B. Newsletter: moved (K. Ibarra), seconded (Dunleavy) that the Board print the fall "
        "newsletter in color. Motion carried.\n"
    )
    found = decisions(body)
    assert "The Board spend up to $800 on new oars" in found, found
    assert "The Board print the fall newsletter in color" in found, found


def test_moved_in_brackets_that_failed_is_no_decision():
    body = "VI. Dues\n   MOVED (J. Ortiz), SECONDED (Lee) to raise annual dues to $40. Motion failed.\n"
    assert decisions(body) == []


def test_a_board_vote_on_the_motion_above_decides_the_motion():
    for vote in (
        "The board VOTED to approve the motion.",
        "The Board voted 5-0 to approve the motion.",
        "The Commission voted unanimously in favor of the motion.",
    ):
        body = (
            "IV. Action Items\n"
            "R. Salgado made a motion to approve the lease with Harbor Storage for the spring term.\n"
            "D. Whitcombe seconded the motion.\n" + vote + "\n"
        )
        found = decisions(body)
        assert found == ["Approve the lease with Harbor Storage for the spring term"], (vote, found)


def test_a_board_vote_to_table_the_motion_does_not_pass_it():
    body = (
        "IV. Action Items\n"
        "R. Salgado made a motion to approve the lease with Harbor Storage.\n"
        "D. Whitcombe seconded the motion.\n"
        "The board voted to table the motion.\n"
    )
    assert not any("lease with Harbor Storage" in d for d in decisions(body)), decisions(body)


# -- R61: "Minutes of X approved as distributed" (a US note with no "were") ------------------


def test_minutes_of_a_meeting_accepted_or_approved_as_published():
    for line in (
        "Minutes of the June 4, 2012 Board meeting accepted as previously published.",
        "Approval of Minutes: Minutes of the March meeting approved as distributed.",
        "Minutes of the special meeting adopted as amended.",
    ):
        assert decisions("III. Minutes\n" + line + "\n"), line


def test_minutes_still_to_be_approved_are_no_decision():
    for line in (
        "Minutes of the March meeting will be approved as distributed at the April meeting.",
        "Minutes of the March meeting to be approved as circulated.",
    ):
        assert decisions("III. Minutes\n" + line + "\n") == [], line


# -- R62: a Scottish council's decision verb in capitals with no subject ----------------------


def test_a_decision_verb_in_capitals_under_a_decision_heading():
    for line, words in (
        ("APPROVED the Minute of the meeting of 4 March.", "APPROVED the Minute"),
        (
            "AGREED the revised terms of reference, subject to minor drafting changes.",
            "revised terms of reference",
        ),
        ("NOTED the report and the update from the Treasurer.", "NOTED the report"),
    ):
        found = decisions(
            "4. MINUTE\nThere had been circulated copies of the report.\n\nDECISION\n\n"
            + line
            + "\n"
        )
        assert any(words in d for d in found), (line, found)


def test_agreed_with_a_colon_over_lettered_limbs():
    body = (
        "5. TIMETABLE\nThere had been circulated a draft timetable.\n\nDECISION\n\nAGREED:\n\n"
        "(a)    the draft timetable, subject to the survey closing by 1 May; and\n\n"
        "(b)    that the Clerk report the timetable to the full Council on 20 May.\n"
    )
    found = decisions(body)
    assert any("draft timetable, subject to the survey" in d for d in found), found
    assert any("Clerk report the timetable to the full Council" in d for d in found), found


def test_a_capitalised_word_that_is_not_a_decision_verb_decides_nothing():
    body = "4. UPDATE\nAGREEMENT on the lease was still awaited from the landlord.\nNOTED.\n"
    assert not any("AGREEMENT on the lease" in d for d in decisions(body)), decisions(body)


# -- R63: New Zealand motions: "Cr A/Cr B" then "A) That ...", "B) That ..." -----------------


def test_a_mover_pair_then_lettered_that_limbs_each_decide():
    body = (
        "6. Reserve Management Plan\nThe Parks Planner spoke to the report.\n"
        "Councillor Tamihana/Councillor Rewi\n"
        "A) That the report of the Parks Planner be received.\n"
        "B) That the Committee recommends to Council that the plan be notified for submissions.\n"
        "C) That a hearings panel of three members be appointed.\n"
        "With the reasons for this decision being that the plan meets the statutory requirements.\n"
        "CARRIED\n"
    )
    found = decisions(body)
    assert any("recommends to Council that the plan be notified" in d for d in found), found
    assert any("hearings panel of three members be appointed" in d for d in found), found


def test_a_mover_pair_with_the_words_on_the_same_line():
    body = (
        "3. Confirmation of Minutes\n"
        "Cr Ashby/Cr Moana That the minutes of the Committee held 4 July 2018 be confirmed as a true record.\n"
        "CARRIED\n"
    )
    found = decisions(body)
    assert any("minutes of the Committee held 4 July 2018 be confirmed" in d for d in found), found


def test_a_mover_pair_whose_motion_was_lost_decides_nothing():
    body = (
        "7. Dog Park\nCouncillor Tamihana/Councillor Rewi\n"
        "A) That the dog park be moved to Kowhai Reserve.\nLOST\n"
    )
    assert not any("Kowhai Reserve" in d for d in decisions(body)), decisions(body)


# -- R64: Northern Irish councils: "PROPOSED by Councillor R G A Seconded by ..., and" ---------


def test_proposed_and_seconded_with_undotted_initials_then_resolved():
    body = (
        "5.2 It was\n\n"
        "PROPOSED by Councillor J P Devane Seconded by Councillor Mrs K A O'Hara, and\n\n"
        "RESOLVED: that the Council write to the Department about the Glen Road bridge.\n"
    )
    found = decisions(body)
    assert found == ["The Council write to the Department about the Glen Road bridge"], found


def test_resolved_limbs_after_the_proposer_split_into_decisions():
    body = (
        "6.1 It was\n\n"
        "PROPOSED by Councillor B Quigley Seconded by Councillor M T Rafferty, and\n\n"
        "RESOLVED: (i) that the leisure fees be adopted; and\n\n"
        "(ii) that a workshop for Members be held on 3 February 2009.\n"
    )
    found = decisions(body)
    assert "The leisure fees be adopted" in found, found
    assert any(d.startswith("A workshop for Members be held on 3 February") for d in found), found
    assert not any("Quigley" in d or "Rafferty" in d for d in found), found


def test_a_proposal_with_dotted_initials_keeps_its_words():
    body = (
        "1. MINUTES\nProposed by Councillor M. Lynch\nSeconded by Councillor P. Berry\nAND AGREED\n"
        "\u201cTo confirm the minutes of the meeting held on 3rd December, 2012.\u201d\n"
    )
    found = decisions(body)
    assert any("onfirm the minutes of the meeting held on 3rd December" in d for d in found), found


# -- R65: a planning committee's applications, each its own item, however laid out ----------

_SAME = "that the application be approved subject to the conditions set out in the officer's report"


def test_the_same_planning_decision_for_two_applications_is_two_decisions():
    body = (
        "PAR\n\n4\n\nSection 1: Planning Application 21/P/0107/F – Two dwellings, Mill Lane\n\n"
        "The Committee considered the report.\n\n"
        f"Resolved:  {_SAME}.\n\n"
        "PAR\n\n5\n\nSection 1: Planning Application 21/P/0233/FUL – Extension, 4 Quay Street\n\n"
        f"Resolved:  {_SAME}.\n"
    )
    assert len(decisions(body)) == 2, decisions(body)


def test_application_no_with_a_reference_also_starts_an_item():
    body = (
        "Application No. 2019/0412 - Change of use, 8 Bridge Street\n"
        f"RESOLVED {_SAME}.\n"
        "Application No. 2019/0433 - Garage, 2 Elm Close\n"
        f"RESOLVED {_SAME}.\n"
    )
    assert len(decisions(body)) == 2, decisions(body)


def test_an_application_named_in_prose_starts_no_item():
    body = (
        "5. MILL LANE\n\n"
        f"RESOLVED {_SAME}.\n\n"
        "Members noted that application 21/P/0107/F had been amended since the site visit.\n\n"
        f"RESOLVED {_SAME}.\n"
    )
    assert len(decisions(body)) == 1, decisions(body)


# -- R66: "A proposed that X and B seconded." -- seconded in the same sentence ---------------


def test_a_proposal_seconded_in_the_same_sentence_decides():
    for line in (
        "Amy Lowe proposed that the minutes be accepted as a true record and Raj Patel seconded.",
        "Amy Lowe proposed that the minutes be accepted as a true record, seconded by Raj Patel.",
        "KM proposed that the hall hire charge stay at £12 an hour, and TD seconded.",
    ):
        found = decisions("2. Minutes\n" + line + " The Chair signed them.\n")
        assert found, line


def test_a_seconded_proposal_then_lost_or_an_unseconded_one_decides_nothing():
    assert (
        decisions(
            "2. Fees\nAmy Lowe proposed that the fees be raised, seconded by Raj Patel.\nThe motion was lost.\n"
        )
        == []
    )
    assert decisions("2. Fees\nAmy Lowe proposed that the fees be raised.\n") == []


# -- R67: a parish council's "... approved by resolution of the council" (passive) ----------


def test_approved_or_passed_by_resolution_of_the_council_decides():
    for line in (
        "Subject to the two corrections, the minutes of March were passed by resolution of the council.",
        "The invoices listed above were all approved by resolution of the Council.",
        "Grass cutting contract renewed for a year; the quote was accepted by resolution of the committee.",
        "Every grant request adopted by resolution of the council.",
    ):
        assert decisions("4. Finance\n" + line + "\n"), line


def test_to_be_approved_by_resolution_of_the_council_later_decides_nothing():
    for line in (
        "The grant policy will be approved by resolution of the council in June.",
        "The draft budget is to be formally adopted by resolution of the council next month.",
    ):
        assert decisions("4. Finance\n" + line + "\n") == [], line


# -- R68: minutes "taken as read, confirmed and signed", "read, approved and signed" ----------


def test_minutes_read_then_approved_and_signed_decide():
    for line in (
        "The minutes of the meeting on 3 March were taken as read, approved and signed.",
        "Minutes of the last meeting: the minutes were read, agreed and signed as a correct record.",
        "The minutes were read and confirmed as a true record.",
    ):
        assert decisions("2. Minutes\n" + line + "\n"), line


def test_minutes_to_be_read_at_the_next_meeting_decide_nothing():
    for line in (
        "The Clerk said the minutes would be read at the next meeting.",
        "The minutes of May were read out by the Chair.",
    ):
        assert decisions("2. Minutes\n" + line + "\n") == [], line


# -- R69: a board's bare "That ... be <participle>" decisions with no label above -----------


def test_bare_that_decisions_with_no_label_decide():
    body = (
        "3. Election of Chair\n"
        "That as only one nomination was received, Priya Shah be elected Chair until the next AGM.\n"
        "4. Minutes\n"
        "That the minutes of 2 June be signed as a correct record.\n"
        "5. Rent Setting\n"
        "Ola Ade presented the rent report.\n"
        "That the rent increase of 3% be approved and tenants be given the statutory notice.\n"
    )
    found = decisions(body)
    assert len(found) == 3, found


def test_that_with_a_modal_or_in_a_tracker_cell_decides_nothing():
    assert decisions("5. Parking\nThat would be welcomed by residents, Ola said.\n") == []
    assert (
        decisions("5. Parking\nThat the barrier could be removed was suggested by a tenant.\n")
        == []
    )
    tracker = "SC7 |\nThat the parking charges be reviewed. |\nPortfolio Holder for Transport |\nPending |\n"
    assert decisions(tracker) == []


# -- R70: a decision log's capitalised verbs, any object, each verb its own decision ---------


def test_a_decision_logs_capitalised_verbs_each_decide():
    body = (
        "Item discussed: Estates strategy\n"
        "The Trust Board:\n"
        "- DELEGATED to the Director of Finance the signing of the lease.\n"
        "- SUPPORTED the second option in the options appraisal.\n"
        "- APPROVED changes to the scheme of delegation.\n"
    )
    assert len(decisions(body)) == 3, decisions(body)
    both = decisions(
        "Item discussed: Winter\nThe Board APPROVED the surge plan and AGREED that weekly updates be sent to members.\n"
    )
    assert len(both) == 2, both


def test_noted_and_agreed_stays_one_decision_and_a_capitalised_noun_is_none():
    one = decisions(
        "5. Risks\nThe Board NOTED the risk register and AGREED that risk 4 be closed.\n"
    )
    assert len(one) == 1, one
    assert decisions("5. Risks\nSUPPORTED LIVING contracts were discussed at length.\n") == []
    assert decisions("5. Risks\nAPPROVED by the Chair before the meeting, see above.\n") == []
