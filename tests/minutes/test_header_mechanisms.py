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


# -- the opening sentence names the body ----------------------------------------------------


def test_an_opening_sentence_with_a_indefinite_article():
    doc = (
        "A special meeting of the Larchmont Garden Trust Board of Trustees was held by video "
        "on 12 Mar, 2021, 6pm GMT. Ruth Obi chaired.\n\n\nOld business\n\nThe fence.\n"
    )
    assert body(doc) == "Larchmont Garden Trust Board of Trustees"


def test_a_numbered_session_called_to_order():
    doc = (
        "2022 Minutes 4th Regular Session May 2, 2022\n\nProvince of Eastmere\n\n"
        "The 4th Regular Session of the Village Council of Tarrow was called to order by the "
        "Chair.\n\nRoll call followed.\n"
    )
    assert body(doc) == "Village Council of Tarrow"


def test_at_a_meeting_of_the_body_held():
    doc = (
        "At a Meeting of the Brackenfield Almshouse Charity held at the Vestry on Monday "
        "6 May 2024 at 7pm.\n\nPRESENT: Mr A Kaur (Chair), Mrs B Lowe\n"
    )
    m = meeting(doc)
    assert m.body == "Brackenfield Almshouse Charity"
    assert m.date == date(2024, 5, 6)


# -- an organisation and a generic body on separate lines ----------------------------------


def test_a_wiki_page_names_the_organisation_of_a_generic_board():
    doc = (
        "Board Meeting 2023-02-14\n\nFrom QGrid\n\n"
        "This meeting is held on Tuesday 14 February 2023 at 15:00 UTC on Matrix.\n\n"
        "  • Attending: Ana, Bo, Cy\n"
    )
    assert body(doc) == "QGrid Board"


def test_a_named_body_keeps_its_name_under_a_wiki_crumb():
    doc = "From Harbour Wiki\nMinutes of the Harbour Sailing Club Committee, 2 Feb 2020\n"
    assert body(doc) == "Harbour Sailing Club Committee"


# -- no title: the minutes' own words about their body ----------------------------------------


def test_the_last_minutes_confirmed_name_the_same_body():
    doc = (
        "Agenda item\n\nMinutes\n\nMinutes:\n\nThe minutes of the meeting of Scrutiny Board held "
        "on 3 March 2022 were agreed as a correct record.\n"
    )
    assert body(doc) == "Scrutiny Board"


def test_last_minutes_named_before_meeting():
    doc = (
        "Minutes of Proceedings\n\nDate: 2 June 2016\n\n1. Matters arising\n\n"
        "Minutes of the Youth Voice Reference Group meeting of 3 March to be agreed in July.\n"
    )
    assert body(doc) == "Youth Voice Reference Group"


def test_the_kind_the_minutes_use_is_completed_by_the_full_name():
    doc = (
        "Agenda item\n\nAir Quality Plan Update\n\nMinutes:\n\n"
        "The Forum considered a report of the Director of Place on the Air Quality Plan.\n\n"
        "Members asked how the Clean Air and Transport Forum would be kept informed.\n\n"
        "The Forum noted the report.\n\nRESOLVED: That the update be noted.\n"
    )
    assert body(doc) == "Clean Air and Transport Forum"


def test_one_mention_of_the_kind_is_not_enough():
    doc = (
        "Agenda item\n\nPlay Areas\n\nMinutes:\n\nThe Board received a report from the "
        "Greenfield Parks Board officer.\n\nRESOLVED: That the report be noted.\n"
    )
    assert body(doc) is None


def test_the_kind_without_a_full_name_gives_no_body():
    doc = (
        "Agenda and minutes\n\nVenue: Town Hall\n\nItems\n\n1.\n\nApologies\n\n"
        "The Committee noted apologies.\n\n2.\n\nFees\n\nThe Committee agreed the fees. "
        "The Highways Board will be told.\n"
    )
    assert body(doc) is None


def test_initials_as_the_subject_name_the_body():
    doc = (
        "Tuesday, May 4\n\n1. Roll call\n\nPRESENT: A Bell, C Dunn\n\n"
        "2. Liaison statements\n\nThe TAB discussed the draft statement. The TAB agreed "
        "to send it after the next call.\n"
    )
    assert body(doc) == "TAB"


def test_a_post_in_initials_is_not_the_body():
    doc = (
        "Notes\n\n1. Budget\n\nThe CEO agreed to circulate the figures. The CEO discussed the "
        "audit.\n"
    )
    assert body(doc) != "CEO"


def test_the_agenda_adopted_names_this_meeting_and_its_date():
    doc = (
        "Loading...\n201104 Parks MIN= ATTENDANCE Ann Lee, Raj Shah 1. Call to Order The meeting "
        "was called to order at 6 pm 2. Adoption of Agenda Moved By- Ann Lee Seconded By- Raj "
        "Shah THAT the Agenda for the Parks Advisory Committee meeting of November 4, 2020 be "
        "adopted as circulated. Carried 3. Minutes THAT the minutes of the Parks Advisory "
        "Committee meeting of October 7, 2020 be adopted as circulated. Carried\n"
    )
    m = meeting(doc)
    assert m.body == "Parks Advisory Committee"
    assert m.date == date(2020, 11, 4)


# -- the date of this meeting, not another's ------------------------------------------------


def test_the_body_s_own_title_line_gives_the_date():
    doc = (
        "NHS-22-41 Finance Committee Minutes\n\n"
        "NHS-22-41 Trust Board Meeting in Public 20 September 2022\n\n1 of 9\n\n"
        "Finance Committee Meeting Minutes Wednesday 6 July 2022 10:00 to 12:00\n\n"
        "Present: A Lee (Chair)\n"
    )
    m = meeting(doc)
    assert m.body == "Finance Committee"
    assert m.date == date(2022, 7, 6)


def test_a_date_stamp_and_met_on_without_a_year():
    doc = (
        " newsletter 2023-03-14 The Lakeside Library Friends Board met on March 7, with nine "
        "members present. The chair opened the meeting.\nThe book sale was discussed.\n"
    )
    assert meeting(doc).date == date(2023, 3, 7)


def test_a_deadline_is_not_the_meeting_date():
    doc = (
        "Agenda item\n\nCarers Strategy Update\n\nThe Board received an update.\n\n"
        "RESOLVED: that the officer circulate the draft to partners by 15 June 2019.\n"
    )
    assert meeting(doc).date is None


def test_a_minute_reference_built_from_the_date():
    doc = (
        "Agenda item\n\nCarers Strategy Update (CSB.12.03.2019/4)\n\nThe Board received an "
        "update.\n\nRESOLVED: that the draft be circulated by 15 June 2019.\n"
    )
    assert meeting(doc).date == date(2019, 3, 12)


def test_dotted_two_digit_year_is_day_first():
    doc = "Hall Committee meeting on 04.07.09\n\nOn 04.07.09 the committee met at the hall.\n"
    assert meeting(doc).date == date(2009, 7, 4)


# -- title lines that were misread ----------------------------------------------------------


def test_a_day_in_capitals_is_not_a_page_number():
    doc = "TOWN COUNCIL MEETING\n9 APRIL 2024\nMINUTES\n\nPresent: A Cole\n"
    assert meeting(doc).date == date(2024, 4, 9)


def test_a_crumb_trail_names_the_body():
    doc = (
        "Home > Your council > Meetings > Standards Committee\n"
        "Minutes of the meeting held on 14 May 2024\n\nPresent: Cllr A\n"
    )
    m = meeting(doc)
    assert m.body == "Standards Committee"
    assert m.date == date(2024, 5, 14)


def test_a_record_of_the_meeting_of_a_body():
    doc = "Record of the meeting of the Estates Liaison Group, 2 May 2024\n\nPresent: A\n"
    assert body(doc) == "Estates Liaison Group"


def test_an_annual_parish_meeting_under_the_council_name():
    doc = (
        "Upper Brinton Parish Council\nMinutes of the Annual Parish Meeting held on "
        "8 May 2024\n\nPresent: A\n"
    )
    assert body(doc) == "Upper Brinton Parish Council"


def test_a_numeric_date_after_the_name():
    doc = "Minutes of a Meeting of the Appeals Panel, 3.6.2024\n\nPresent: A\n"
    m = meeting(doc)
    assert m.body == "Appeals Panel"
    assert m.date == date(2024, 6, 3)


def test_a_sub_committee_names_itself():
    doc = (
        "Agenda and minutes\n\nVenue: Guildhall\n\nItems\n\n1.\n\nApologies\n\nMinutes:\n\n"
        "The Sub-Committee noted apologies.\n\nThe Hackney Carriage Sub-Committee heard the "
        "driver. The Sub-Committee agreed to suspend the licence.\n"
    )
    assert body(doc) == "Hackney Carriage Sub-Committee"


def test_full_governors_are_the_full_governing_body():
    doc = "Minutes of Governors Meeting\n\n   Full Governors Meeting\n   Monday 1st March 2021\n\nPresent: A\n"
    assert body(doc) == "Full Governing Body"


def test_a_meeting_title_label():
    doc = "Meeting Title: Medicines Safety Group\nDate & Time: 9 April 2024, 10:00\n\nPresent: A\n"
    m = meeting(doc)
    assert m.body == "Medicines Safety Group"
    assert m.date == date(2024, 4, 9)


def test_a_numbered_meeting_of_the_body():
    doc = "Minutes of the 87th meeting of the Research Ethics Board held on 9 April 2024\n\nPresent: A\n"
    assert body(doc) == "Research Ethics Board"


def test_agm_is_a_kind_of_meeting_not_a_body():
    doc = "Brookfield Bowls Association\nAGM 9 April 2024\n\nPresent: A\n"
    assert body(doc) == "Brookfield Bowls Association"


def test_a_meeting_label_with_the_date_before_the_body():
    doc = "Agenda item\n\nMeeting: Thursday, 11th April, 2024 6.30 pm - Executive\n\nMinutes:\n\nNoted.\n"
    m = meeting(doc)
    assert m.body == "Executive"
    assert m.date == date(2024, 4, 11)


def test_a_date_for_approval_is_another_meeting_s():
    doc = (
        "Standards Committee notes (for approval on 9 May 2024)\n"
        "Meeting held on 11 April 2024\n\nPresent: A\n"
    )
    assert meeting(doc).date == date(2024, 4, 11)


def test_a_report_date_gives_way_to_held_on():
    doc = (
        "Standards Committee\nBriefing from the Monitoring Officer – 2 April 2024\n"
        "Minutes of the meeting of 11 April 2024\n\nPresent: A\n"
    )
    assert meeting(doc).date == date(2024, 4, 11)


def test_held_on_in_the_first_sentence_below_the_attendance():
    doc = (
        "Standards Committee\nMinutes\n\nPresent: A, B\n\nThe meeting was held on 11 April 2024 "
        "in the Guildhall.\n\n1. The minutes of 14 March 2024 were approved.\n"
    )
    assert meeting(doc).date == date(2024, 4, 11)


def test_a_council_s_cabinet_under_the_council_name():
    doc = (
        "Rushmere District Council\nMinutes of a meeting of the Cabinet held in the Council "
        "Chamber on 11 April 2024\n\nPresent: Cllr A\n"
    )
    assert body(doc) == "Rushmere District Council Cabinet"


def test_council_under_the_council_name_is_the_council():
    doc = (
        "Rushmere District Council\nMinutes of a meeting of the Council held in the Council "
        "Chamber on 11 April 2024\n\nPresent: Cllr A\n"
    )
    assert body(doc) == "Rushmere District Council"


def test_a_sub_body_s_minutes_received_do_not_name_the_body():
    doc = (
        "Agenda item\n\nMinutes of sub-groups\n\nMinutes:\n\nThe minutes of the meeting of the "
        "Tree Wardens Group held on 2 May 2024 were received and noted.\n"
    )
    assert body(doc) is None


# -- a venue or a form's label is not the body (H18) -----------------------------------------


def test_a_venue_in_a_label_column_is_not_the_body():
    doc = (
        "Borough of Kestrel Bay\nCouncil Meeting Minutes\nDate:\nTime:\nLocation:\n"
        "Monday, March 3, 2025\n6:30 p.m.\nCouncil Chamber, Kestrel Bay Civic Centre\n"
        "Council Members: Mayor Ross\nCouncillor Ames\n\n1. Call to Order\n"
    )
    m = meeting(doc)
    assert m.body == "Borough of Kestrel Bay"  # the place named above the title, not the venue
    assert m.date == date(2025, 3, 3)


def test_a_video_call_venue_is_not_the_body():
    doc = (
        "Draft notes 2025 annual meeting\n\n6pm 4 May 2025\n\n"
        "Harbour Trust Rooms, Pier Road, by Zoom and streamed online\n\n"
        "1. Present: A. Reid (chair), B. Lowe.\n"
    )
    assert body(doc) is None


def test_a_venue_alone_on_its_line_is_not_the_body():
    doc = (
        "DISTRICT OF FERNHILL\nMINUTES OF REGULAR COUNCIL MEETING\nMonday, May 12, 7:00 p.m.\n"
        "Council Chambers\nDATE: May 12, 2025\n\nPRESENT\nMayor A. Reid\n"
    )
    m = meeting(doc)
    assert m.body == "District of Fernhill"  # not "Council Chambers", nor the label "DATE"
    assert m.date == date(2025, 5, 12)


def test_a_label_in_capitals_is_not_an_acronym_body():
    doc = "MINUTES OF THE REGULAR COUNCIL MEETING\nDATE: May 12, 2025\nTIME: 7 p.m.\n\nPRESENT\n"
    assert body(doc) == "Council"


# -- crumbs, archive pages and heading words around the name (H19) ---------------------------


def test_the_scottish_singular_minute_is_not_part_of_the_name():
    doc = (
        "Agendas, papers and minutes\n\nLicensing Sub-Committee\n\nDate: Monday, 3 March 2025\n\n"
        "Minutes: Licensing Sub-Committee Minute - 3 March 2025\n\n"
        "Minute of the meeting of the Licensing Sub-Committee held in the Chamber on Monday, "
        "3 March 2025 at 2 pm.\n\nMembers Present:\n\nMr A Reid, Mrs B Lowe\n"
    )
    m = meeting(doc)
    assert m.body == "Licensing Sub-Committee"
    assert m.date == date(2025, 3, 3)


def test_a_page_of_past_minutes_names_the_committee_without_archive_and_year():
    doc = (
        "# Harbour Linux Technical Oversight Committee Meeting Archive 2021\n"
        "> Newer notes live elsewhere.\n## March 4, 2021\n**Chair:** A. Reid\n"
        "**Present:** A. Reid, B. Lowe\n"
    )
    m = meeting(doc)
    assert m.body == "Harbour Linux Technical Oversight Committee"
    assert m.date == date(2021, 3, 4)


def test_a_wiki_space_and_page_heading_gives_way_to_the_dated_title():
    doc = (
        "Riverlight Project / Steering Meetings\n\n2021-03-04 TSC Meeting\n\n"
        "Attendees & Representation\n\nMembers: A. Reid, B. Lowe\n"
    )
    m = meeting(doc)
    assert m.body == "TSC"
    assert m.date == date(2021, 3, 4)


def test_a_bilingual_minutes_heading_is_no_name():
    doc = (
        "Cruinniú / Meeting Minutes\nOrdinary Meeting 3rd March 2025, Council Chamber\n"
        "The Cathaoirleach presided.\nMembers Present: Councillors A. Reid, B. Lowe.\n"
    )
    m = meeting(doc)
    assert m.body is None  # nothing names the council: no guess
    assert m.date == date(2025, 3, 3)


def test_an_archive_crumb_and_an_agenda_heading_give_way_to_the_opening_sentence():
    doc = (
        "Archive | 2024 Township Meeting Minutes\nMarch 4, 2024 Minutes\nAGENDA\nBOARD MEETING\n"
        "MARCH 4, 2024\n1. Call to Order\n2. Roll Call\n3. Adjournment\nBOARD MEETING\n"
        "The Elm Township Board of Trustees met in the town hall on Monday March 4, 2024 at 7 "
        "pm. The clerk called the roll.\n"
    )
    m = meeting(doc)
    assert m.body == "Elm Township Board of Trustees"
    assert m.date == date(2024, 3, 4)


def test_a_paper_reference_before_minutes_of_is_dropped():
    doc = (
        "Documents\n\nKPC(24)M07 Minutes of the Annual Meeting of Kelby Parish Council held on "
        "6 May 2024\n\nFull CouncilMinutes Uploaded on May 20, 2024\n\nKelby Parish Council\n\n"
        "Present:\n\nCllr A Reid (Chair)\n"
    )
    m = meeting(doc)
    assert m.body == "Kelby Parish Council"
    assert m.date == date(2024, 5, 6)


# -- dates of this meeting: a body's span of years, a pack's covering letter (H20) ------------


def test_the_years_a_body_sat_are_not_the_meeting_date():
    doc = (
        "Agenda and minutes\n\nYouth Voice Panel (01/04/2012 - 31/03/2023) - Monday 6 March "
        "2017 4.00 p.m.\n\nVenue: Civic Offices, Bank Street\n\nNo. Item\n\nApologies were "
        "received from Cllr Reid.\n"
    )
    m = meeting(doc)
    assert m.body == "Youth Voice Panel"
    assert m.date == date(2017, 3, 6)


def test_a_covering_letter_above_the_minutes_gives_neither_its_date_nor_the_next_meeting():
    doc = (
        "Public Document Pack\nPlease ask for: A. Reid\nDate: 14 May 2024\nDear Councillor\n"
        "LICENSING COMMITTEE - TUESDAY, 21ST MAY, 2024\n"
        "Please find enclosed, for the next meeting on Tuesday, 21st May, 2024, the minutes "
        "of the last meeting, which were not ready when the agenda went out.\n"
        "A. Reid\nDemocratic Services\nThis page is intentionally left blank\nAgenda Item 4\n1\n"
        "LICENSING COMMITTEE\nThursday, 2 May 2024\nPresent: Councillor Lowe (Chairman)\n"
    )
    m = meeting(doc)
    assert m.body == "Licensing Committee"
    assert m.date == date(2024, 5, 2)


# -- which cell of a flattened title line names the body (H21) --------------------------------


def test_a_letterhead_cell_before_the_minutes_title_is_skipped():
    doc = (
        "Mill Lane, Ashby, Kent, ME4 1AA\n"
        "Headteacher: Alan Reid / Minutes of the Full Governing Body Meeting\n"
        "held on 5th March 2025\nat 6 p.m. in the library\n"
        "Attendees: Beth Lowe BL (Chair), Alan Reid AR (Headteacher)\n"
    )
    m = meeting(doc)
    assert m.body == "Full Governing Body"
    assert m.date == date(2025, 3, 5)


def test_a_generic_council_takes_the_organisation_from_another_cell_of_the_title():
    doc = (
        "1\n\n4 March, 2025 – Ordinary Meeting of Council – Minutes Shire of Elmvale\n\n"
        "MINUTES\n\nMARCH 2025\n\n1. DECLARATION OF OPENING\n\nThe President opened the meeting.\n"
    )
    m = meeting(doc)
    assert m.body == "Shire of Elmvale"
    assert m.date == date(2025, 3, 4)


def test_minutes_of_the_year_then_initials_name_the_body():
    doc = (
        "Draft minutes 2025 HCA AGM\n\n\n\n6pm 3 June 2025\n\nChurch Rooms, Quay Street\n\n"
        "    1. Present: A. Reid (chair), B. Lowe.\n"
    )
    m = meeting(doc)
    assert m.body == "HCA"
    assert m.date == date(2025, 6, 3)


def test_a_running_footer_names_the_body_when_no_title_does():
    doc = (
        "Cruinniú / Meeting Minutes\nOrdinary Meeting 3rd March 2025, Council Chamber\n"
        "The Cathaoirleach presided.\nMembers Present: Councillors A. Reid, B. Lowe.\n"
        "1.0 Confirmation of Minutes\nThe minutes of the February meeting were confirmed.\n"
        "March 2025 Elmshire County Council Minutes.doc page 1 of 9\n"
        "2.0 Correspondence\nNone.\n"
    )
    m = meeting(doc)
    assert m.body == "Elmshire County Council"
    assert m.date == date(2025, 3, 3)


def test_a_running_footer_with_a_generic_name_names_nothing():
    doc = (
        "Meeting Minutes\nOrdinary Meeting 3rd March 2025\nPresent: A. Reid, B. Lowe.\n"
        "1. Minutes\nThe minutes were confirmed.\nCouncil Minutes page 2 of 4\n"
    )
    assert body(doc) is None


# -- H23: the opening sentence in other shapes ------------------------------------------------


def test_there_was_a_meeting_of_the_body_on_a_date():
    doc = (
        "There was an informal meeting of Hollins Cross Parish Council on Monday 3rd March 2025 "
        "at 7pm by video link\n"
        "Members Present: Cllrs A. Reid (Chair), B. Lowe.\n"
        "1 | APOLOGIES None |\n"
    )
    m = meeting(doc)
    assert m.body == "Hollins Cross Parish Council"
    assert m.date == date(2025, 3, 3)


def test_the_body_held_its_meeting():
    doc = (
        "MARCH 3, 2025\n\n"
        "The Alder Falls Village Board held its monthly meeting on Monday, March 3, 2025 at the "
        "Firehouse. Trustees Reid and Lowe were there.\n\n"
        "Trustee Reid moved to approve the bills, seconded by Trustee Lowe. All in favor.\n"
    )
    assert body(doc) == "Alder Falls Village Board"


def test_the_bodys_own_minutes_in_a_note():
    doc = (
        "Note: below is a short digest of the Governance Committee's minutes; the full record "
        "will follow once the recording is transcribed.\n\n"
        "Agreed to adopt the revised charter\nElected Ana Ruiz as secretary\n"
    )
    assert body(doc) == "Governance Committee"


def test_a_contact_label_is_not_the_body():
    doc = (
        "Contact: Member Support Office\n"
        "No. | Item |\n"
        "Apologies Minutes: None were received. |\n"
        "The Chair then walked the Committee through the last minutes, which were agreed. |\n"
    )
    assert body(doc) is None


# -- H24: a university's minutes are its council's, senate's or court's ------------------------


def test_a_university_over_council_is_the_university_council():
    doc = (
        "Fenland Polytechnic University\ndraft: circulated 4.4.2025\n\nCouncil\nminutes\n"
        "date: time: 2 April 2025 6 pm\n\n"
        "Council met after the joint session with the Academic Board.\n\n"
        "101 Minutes\nThe minutes of 5 February were confirmed.\n"
    )
    assert body(doc) == "Fenland Polytechnic University Council"


def test_a_university_and_a_meeting_of_the_senate():
    doc = (
        "THE UNIVERSITY OF ELMSHIRE\nSENATE MEETING NO 3\n\n"
        "A meeting of the Senate was held in the Great Hall on Wednesday 9 April 2025 at 2 pm.\n\n"
        "Present\nThe Vice-Chancellor (in the Chair)\n"
    )
    assert body(doc) == "University of Elmshire Senate"


def test_a_university_alone_stays_the_university():
    doc = "Elmshire College\nGovernors' away day, 9 April 2025\n\nPresent: A. Reid, B. Lowe\n"
    assert body(doc) != "Elmshire College Council"


# -- H25: an agenda item page's title names the body it came to --------------------------------


def test_an_item_page_title_ending_in_the_body():
    doc = (
        "Agenda item\n\nReport of the Monitoring Officer to the Audit and Governance Committee\n\n"
        "Decision:\n\nResolved:\n\nThat the report be noted.\n\nMinutes:\n\n"
        "Members discussed the report at length.\n"
    )
    assert body(doc) == "Audit and Governance Committee"


def test_an_item_page_about_another_body_names_none():
    doc = (
        "Agenda item\n\nAnnual Report of the Licensing Committee 2024-25\n\n"
        "Minutes:\n\n12.1 Council considered the annual report of the Licensing Committee.\n"
        "12.2 RESOLVED - That the report be noted.\n"
    )
    assert body(doc) is None


# -- H26: one full name the minutes keep using --------------------------------------------------


def test_a_full_name_used_throughout_names_the_body():
    doc = (
        "No. | Item |\n"
        "Minutes Minutes: the minutes were shared with the members of the Licensing Committee. |\n"
        "Tribute Minutes: the Chair told the Licensing Committee of the retirement of its clerk. "
        "The Chair then took the Committee through the year's work. |\n"
        "It was agreed that the Vice-Chair, on behalf of the Licensing Committee, would write. |\n"
    )
    assert body(doc) == "Licensing Committee"


def test_a_full_name_used_twice_names_nothing():
    doc = (
        "No. | Item |\n"
        "Minutes Minutes: the minutes were shared with the members of the Licensing Committee. |\n"
        "Tribute Minutes: the Chair told the Licensing Committee of the retirement of its clerk. "
        "The Chair then took the Committee through the year's work. |\n"
    )
    assert body(doc) is None


def test_a_full_name_under_another_body_acting_names_nothing():
    doc = (
        "No. | Item |\n"
        "Report Minutes: the Chair of the Licensing Committee presented the annual report of "
        "the Licensing Committee on behalf of the Licensing Committee and the Committee. |\n"
        "5.1 Cabinet noted the report. |\n"
    )
    assert body(doc) is None


# -- H27: a hosting site's frame and a section's label are never the body -------------------


def test_a_hosting_sites_frame_above_the_title_is_skipped():
    doc = (
        "Scribd\n\nPresent and Apologies - DOC\n\nDocument Sample\n"
        "Present and Apologies - DOC Powered By Docstoc\n"
        "          BOROUGH OF FENWICK\n\n          HOUSING PANEL\n\n          14 MARCH 2006\n\n"
        "Members present: Cllr Ode, Cllr Marsh\n"
    )
    found = meeting(doc)
    assert found.body in ("Housing Panel", "Borough of Fenwick"), found
    assert found.date == date(2006, 3, 14)


def test_a_contents_list_and_a_section_label_are_not_the_body():
    doc = (
        "Table of Contents\n- Attendees\n- Agenda\n- Action items\n\n"
        "Attendees\n- Ana Ruiz\n- Bo Chen\n\nAgenda\n1. Release plan\n"
    )
    assert body(doc) not in ("Table of Contents", "Attendees", "Agenda", "Action items")


def test_a_real_name_with_doc_in_it_is_kept():
    doc = "Docklands Residents Association\nMinutes of the meeting held on 4 May 2022\n\nPresent: A, B\n"
    assert body(doc) == "Docklands Residents Association"


# -- H28: a committee's number is part of its name ------------------------------------------


def test_a_numbered_sub_committee_is_named_with_its_number():
    for name, want in (
        ("LICENSING SUB-COMMITTEE No.2", "licensing sub-committee no.2"),
        ("PLANNING APPLICATIONS SUB-COMMITTEE (3)", "planning applications sub-committee (3)"),
    ):
        doc = f"CITY OF ELSMERE\n\n{name}\n\n12 MAY 2004\n\nMINUTES OF PROCEEDINGS\n\nPresent: Cllr A\n"
        assert (body(doc) or "").lower() == want, body(doc)


def test_a_title_with_a_year_in_it_is_still_no_name():
    doc = "CITY OF ELSMERE\n\nLICENSING SUB-COMMITTEE 2004\n\n12 MAY 2004\n\nPresent: Cllr A\n"
    assert body(doc) != "LICENSING SUB-COMMITTEE 2004"


# -- H29: the document's kind, a viewer's page label and the next meeting's label ------------


def test_minutes_of_the_proceedings_of_the_meeting_of_the_council():
    doc = (
        "MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD AT THE GUILDHALL ON "
        "MONDAY 2 MARCH 2020 AT 7.00 PM\n\nIn the Chair : Mayor\n"
    )
    assert body(doc) == "Council"


def test_minutes_glued_before_the_kind_of_meeting_and_the_next_meetings_label():
    doc = (
        "MINUTES Ordinary Council Meeting 7.00pm Tuesday 12 March 2019 VENUE: Shire Hall\n\n"
        "MINUTES\n\nOrdinary Council Meeting\n\n7.00pm Tuesday 12 March 2019\n\n"
        "NEXT ORDINARY COUNCIL MEETING\n\n7.00pm Tuesday 9 April 2019\n\n"
        "Page 2: Minutes of Ordinary Council Meeting - 12 March 2019\n\n"
        "1 Opening\n\nThe Mayor opened the meeting.\n"
    )
    found = meeting(doc)
    assert found.body == "Council", found
    assert found.date == date(2019, 3, 12)


# -- H30: a Welsh council's name run together with the English one ----------------------------


def test_a_welsh_name_run_together_with_the_english_one():
    for title, want in (
        ("CYNGOR TREF TOWN COUNCIL", "Town Council"),
        ("CYNGOR CYMUNED PENRHOS COMMUNITY COUNCIL", "Penrhos Community Council"),
        ("Cyngor Sir Ceredig County Council", "Ceredig County Council"),
    ):
        doc = (
            f"{title}\n\nOrdinary Meeting of the Council held at the Hall on Thursday 6th June "
            "2019 at 6.30p.m.\n\nPresent : Councillor A, Chairman.\n"
        )
        assert body(doc) == want, (title, body(doc))


def test_a_welsh_word_in_an_english_name_is_kept():
    doc = "Cyngor Ieuenctid Youth Forum\nMinutes of the meeting held on 3 May 2022\n\nPresent: A\n"
    assert (body(doc) or "").startswith("Cyngor Ieuenctid"), body(doc)


# -- H31: an attendance list's person with their organisation in brackets is never the body --


def test_a_person_with_their_organisation_in_brackets_is_no_body():
    for guest in (
        "Ruth Ellery (District Audit)",
        "Cllr Owen Price (County Commission)",
        "Dr Sam K Okafor (Chair)",
    ):
        doc = (
            "Moorside Homes\n\nMinutes of Board Meeting\n\n"
            f"Ann Fielding\nPeter Crane (Chief Executive)\n{guest}\n\n"
            "1. Apologies\nNone were received.\n"
        )
        assert body(doc) != guest, guest
        assert "(" not in (body(doc) or ""), body(doc)


def test_a_body_with_its_initials_or_part_in_brackets_is_still_a_body():
    assert (
        body(
            "Harbourside Housing (HH)\n\nMinutes of the meeting held on 4 March 2024\n\n1. Apologies\nNone.\n"
        )
        is not None
    )
    assert (
        body(
            "Finance Committee (Part A)\n\nMinutes of the meeting held on 4 March 2024\n\n1. Apologies\nNone.\n"
        )
        is not None
    )


# -- H32: a hyphenated body before a date, and "Minutes for <Body> meeting <date>" -----------


def test_a_hyphenated_body_before_the_date_and_minutes_for_a_body():
    cases = (
        (
            "Agenda and minutes\n\nAppeals Sub-Committee - Thursday, 7th March, 2024 10.00 am\n\nVenue: Room 2\n\n1. Apologies\nNone.\n",
            "Appeals Sub-Committee",
        ),
        (
            "Schools Forum Sub-Group - Monday, 15th January, 2024 4.30 pm\n\n1. Apologies\nNone.\n",
            "Schools Forum Sub-Group",
        ),
        ("Minutes for Town Council meeting 9th May 2022\n\n1. Apologies\nNone.\n", "Town Council"),
        (
            "Minutes for the Allotments Committee meeting held on 2 June 2023\n\n1. Apologies\nNone.\n",
            "Allotments Committee",
        ),
    )
    for doc, name in cases:
        assert body(doc) == name, (doc, body(doc))


def test_minutes_for_approval_is_no_body_and_a_dash_before_the_date_stays_out():
    assert body("Minutes for approval\n\nTown Council\n\n1. Apologies\nNone.\n") == "Town Council"
    assert (
        body("Planning Committee - Wednesday, 3rd May, 2023 7.00 pm\n\n1. Apologies\nNone.\n")
        == "Planning Committee"
    )
