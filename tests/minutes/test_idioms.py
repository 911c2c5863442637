"""A battery of short snippets, one idiom each: the extractor must read the idiom, not the document.

Every case is a few lines with a header (body and date, so dues resolve) and the
expected resolutions (refs, in order) and actions.  For actions the count must be
exact; each expected action is found by a piece of its text and then its owner,
due date and resolution ref are checked (None when not given), and its due rule
and due words when given.  Cases that still fail are marked xfail(strict=True)
with the reason, so they stay visible and turn red when they start to pass.
"""

from __future__ import annotations

import pytest

from clerk_cli.minutes import extract

FC = "Minutes of the Finance Committee held on 3 March 2022\n"  # meeting date 2022-03-03
PC = "Minutes of the meeting of the Parish Council held on Tuesday 10 January 2023\n"
SC = "Minutes of the Scrutiny Committee held on 14 June 2020\n"
TB = "Meeting of the Board of Trustees, 12 October 2022\n"
ATT = "Present: Jane Smith (Chair), Tom Brown, Sarah O'Neill, Cllr Alan Baker\n\n"

NEXT = "next_meeting"


def A(has: str, owner=None, due=None, ref=None, **kw) -> dict:
    """One expected action: ``has`` is a piece of its text."""
    return {"has": has, "owner": owner, "due_date": due, "resolution_ref": ref, **kw}


def case(id_: str, text: str, *, actions=None, resolutions=None, xfail: str | None = None):
    expect = {}
    if actions is not None:
        expect["actions"] = actions
    if resolutions is not None:
        expect["resolutions"] = resolutions
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, expect, id=id_, marks=marks)


CASES = [
    # --- the issue as reported --------------------------------------------------------
    case(
        "issue-agreed-to-and-requests-limb",
        "Minutes of the Finance Committee held on 3 March 2020\n"
        "5. Budget monitoring\n"
        "The Head of Finance agreed to circulate the revised forecast by 4 May 2020.\n"
        "RESOLVED that:\n"
        "(1) The report be noted.\n"
        "(2) The Committee requests that the Head of Finance brings the savings plan to the next meeting.\n",
        resolutions=["5(1)", "5(2)"],
        actions=[
            A(
                "circulate the revised forecast",
                "Head of Finance",
                "2020-05-04",
                due_text="by 4 May 2020",
            ),
            A(
                "savings plan",
                "Head of Finance",
                ref="5(2)",
                due_rule=NEXT,
                due_text="to the next meeting",
            ),
        ],
    ),
    case(
        "narrative-months-004",
        "Minutes of the Audit Committee held on 26 June 2020\n"
        "(h) Additional management have been recruited to offer better oversight of work. "
        "All practitioners will be receiving this training throughout June and July to ensure "
        "a strong understanding of the model of practice;\n",
        actions=[],
    ),
    # --- resolutions --------------------------------------------------------------------
    case(
        "res-resolved-that",
        FC + "10. Minutes\nRESOLVED that the minutes of the meeting held on 3 February 2022 "
        "be approved as a correct record.\n",
        resolutions=["10"],
        actions=[],
    ),
    case(
        "res-resolved-dash-that-committee-numbered",
        SC + "7.15 Children's services\nResolved – That the Committee:\n1. Notes the report.\n"
        "2. Requests that the Director of Children's Services shares the survey results with Members.\n",
        resolutions=["7.15(1)", "7.15(2)"],
        actions=[A("survey results", "Director of Children's Services", ref="7.15(2)")],
    ),
    case(
        "res-inline-limbs",
        PC + "24/031 Grants\nRESOLVED (1) That a grant of £500 be approved. "
        "(2) That the Clerk writes to the applicant.\n",
        resolutions=["24/031(1)", "24/031(2)"],
        actions=[A("writes to the applicant", "Clerk", ref="24/031(2)")],
    ),
    case(
        "res-it-was-resolved-letter-limbs",
        "Minutes of the Finance Committee held on 9 May 2023\n"
        "FC180/23 Audit\nIt was resolved that:\na) the internal audit report be received;\n"
        "b) the Clerk arrange the external audit by 30 June 2023.\n",
        resolutions=["FC180/23(a)", "FC180/23(b)"],
        actions=[A("external audit", "Clerk", "2023-06-30", ref="FC180/23(b)")],
    ),
    case(
        "res-letter-spaced",
        SC + "QSC 22/104 Quality report\nR E S O L V E D - T H A T the report be noted.\n",
        resolutions=["QSC 22/104"],
        actions=[],
    ),
    case(
        "res-committee-approved-caps",
        FC + "5. Terms of reference\nThe Committee APPROVED the revised terms of reference.\n",
        resolutions=["5"],
        actions=[],
    ),
    case(
        "res-proposed-seconded-resolved",
        PC + "9. Precept\nProposed by Cllr Smith, seconded by Cllr Jones and RESOLVED that the "
        "precept for 2023/24 be set at £45,000.\n",
        resolutions=["9"],
        actions=[],
    ),
    case(
        "res-moved-seconded-carried",
        PC + "6. Hall charges\nMOVED by Cllr Patel, SECONDED by Cllr Brown that the hall hire "
        "charges be increased by 5%. Carried.\n",
        resolutions=["6"],
        actions=[],
    ),
    case(
        "res-agreed-colon",
        TB + "4. Risk\nAGREED: that the risk register be adopted.\n",
        resolutions=["4"],
        actions=[],
    ),
    case(
        "res-decision-colon",
        "Minutes of the Cabinet held on 30 September 2021\n88. Capital programme\n"
        "DECISION: The capital programme for 2022/23 was approved.\n",
        resolutions=["88"],
        actions=[],
    ),
    case(
        "res-lettered-minutes",
        FC + "12. Planning applications\n(a) RESOLVED that application 22/0456 be approved.\n"
        "(b) RESOLVED that application 22/0460 be refused.\n",
        resolutions=["12(a)", "12(b)"],
        actions=[],
    ),
    case(
        "res-limbs-each-own-ref",
        SC + "7.15 Improvement\nRESOLVED that the Committee:\n(1) Notes the report;\n"
        "(2) Welcomes the progress made;\n(3) Agrees to invite the Chief Executive to the June meeting.\n",
        resolutions=["7.15(1)", "7.15(2)", "7.15(3)"],
        actions=[A("invite the Chief Executive", ref="7.15(3)", due_rule="meeting_month:6")],
    ),
    case(
        "res-resolved-clerk-would",
        PC + "8. Hedges\nIt was resolved that the Clerk would write to the landowner.\n",
        resolutions=["8"],
        actions=[A("write to the landowner", "Clerk", ref="8")],
    ),
    case(
        "res-council-agreed-that",
        PC + "11. Bench\nCouncil agreed that the Clerk should obtain three quotes for the bench.\n",
        resolutions=["11"],
        actions=[A("three quotes", "Clerk", ref="11")],
    ),
    case(
        "res-not-had-resolved",
        FC
        + "3. Depot\nThe Committee noted that the Council had resolved in March to close the depot.\n",
        resolutions=[],
        actions=[],
    ),
    case(
        "res-not-lower-resolved-question",
        FC + "3. Matters arising\nMembers asked whether the drainage issue had been resolved.\n",
        resolutions=[],
        actions=[],
    ),
    case(
        "res-noted-caps-no-action",
        FC + "4. Update\nThe Committee NOTED the update.\n",
        resolutions=["4"],
        actions=[],
    ),
    # --- explicit action markers ---------------------------------------------------------
    case(
        "act-add-to-action-sheet-same-line",
        FC + "6. Policy\nThe Clerk will circulate the revised policy to all members. "
        "ACTION – add to action sheet\n",
        actions=[A("circulate the revised policy", "Clerk")],
    ),
    case(
        "act-add-to-action-plan-next-line",
        FC + "6. Website\nMembers discussed the website. Cllr Jane Smith to obtain quotes for a "
        "new site.\nACTION – add to action plan\n",
        actions=[A("obtain quotes", "Cllr Jane Smith")],
    ),
    case(
        "act-add-to-action-sheet-bullet",
        FC + "6. Website\n• The Treasurer to send the bank mandate forms to new signatories. "
        "ACTION – add to action sheet\n",
        actions=[A("bank mandate", "Treasurer")],
    ),
    case(
        "act-action-colon-14th-feb",
        PC + "Action: Clerk to book the hall for the annual meeting by 14th Feb.\n",
        actions=[A("book the hall", "Clerk", "2023-02-14", due_text="by 14th Feb")],
    ),
    case(
        "act-ACTION-initials-attendance",
        FC + ATT + "7. Risk\nACTION: JS to update the risk register by 31 March 2023.\n",
        actions=[A("risk register", "Jane Smith", "2023-03-31")],
    ),
    case(
        "act-action-point-june-meeting",
        FC + "8. Outturn\nAction Point: Head of Finance to present the outturn report to the June "
        "meeting.\n",
        actions=[A("outturn report", "Head of Finance", due_rule="meeting_month:6")],
    ),
    case(
        "act-actions-list",
        FC + "Actions\n1. Clerk to write to the highways authority.\n"
        "2. Cllr Brown to check the play area by November.\n",
        actions=[
            A("highways authority", "Clerk"),
            A("play area", "Cllr Brown", "2022-11-30"),
        ],
    ),
    case(
        "act-actions-bullets",
        TB + "Summary of actions\n- Treasurer to circulate the accounts by 21/10/2022\n"
        "- Secretary to book the AGM venue – end of November\n",
        actions=[
            A("accounts", "Treasurer", "2022-10-21"),
            A("AGM venue", "Secretary", "2022-11-30"),
        ],
    ),
    case(
        "act-initials-end-of-item",
        FC + ATT + "5. Bench\nThe bench needs repair and a quote should be obtained before the "
        "next meeting. TB\n",
        actions=[A("quote should be obtained", "Tom Brown", due_rule=NEXT)],
    ),
    case(
        "act-initials-end-two-owners",
        FC + ATT + "5. Newsletter\nDraft the spring newsletter by the end of March. JS/SO\n",
        actions=[A("spring newsletter", "Jane Smith", "2022-03-31")],
    ),
    case(
        "act-table-owner-due",
        TB + "Action | Owner | Due\nCirculate the draft budget | Treasurer | 21/10/2022\n"
        "Book the auditor | Clerk | by November\n",
        actions=[
            A("draft budget", "Treasurer", "2022-10-21"),
            A("auditor", "Clerk", "2022-11-30"),
        ],
    ),
    case(
        "act-table-status-skips-complete",
        FC + "Action | Owner | Due | Status\nRenew the insurance | Clerk | 31/03/2022 | Complete\n"
        "Review the lease | Chair | 30/06/2022 | Open\nRepaint the railings | Chair | 30/06/2022 | "
        "Closed\n",
        actions=[A("Review the lease", "Chair", "2022-06-30")],
    ),
    case(
        "act-table-lead-deadline",
        FC + "| Action | Lead | Deadline |\n|---|---|---|\n| Update the asset register | "
        "Treasurer | 31 March 2022 |\n",
        actions=[A("asset register", "Treasurer", "2022-03-31")],
    ),
    case(
        "act-markdown-tasks",
        "# Maintainers sync\nDate: 10 January 2023\n\n- [ ] @sam update the changelog by 14th Feb\n"
        "- [x] @alex tag the release\n",
        actions=[A("changelog", "sam", "2023-02-14")],
    ),
    # --- reported commitments ---------------------------------------------------------
    case(
        "rep-agreed-to-named-person",
        FC
        + "6. Speeding\nCllr Jane Smith agreed to contact the police about speeding on Mill Lane.\n",
        actions=[A("contact the police", "Cllr Jane Smith")],
    ),
    case(
        "rep-director-of-agreed",
        FC + "6. Vaccinations\nThe Director of Public Health agreed to provide the vaccination "
        "figures by the end of March.\n",
        actions=[A("vaccination figures", "Director of Public Health", "2022-03-31")],
    ),
    case(
        "rep-director-of-and-agreed",
        SC + "7.4 Board\nThe Director of Children, Young People and Learning agreed to share "
        "details of the make-up of the Improvement Board.\n",
        actions=[A("make-up", "Director of Children, Young People and Learning")],
    ),
    case(
        "rep-it-was-agreed-to-invite",
        FC
        + "6. Policing\nIt was agreed to invite the Police and Crime Commissioner to a future meeting.\n",
        resolutions=["6"],  # the meeting's decision too (R84)
        actions=[A("Police and Crime Commissioner", ref="6", due_rule=NEXT)],
    ),
    case(
        "rep-it-was-agreed-that-clerk-would",
        PC
        + "6. Repairs\nIt was agreed that the Clerk would obtain three quotes for the repairs.\n",
        resolutions=["6"],
        actions=[A("three quotes", "Clerk", ref="6")],
    ),
    case(
        "rep-undertook-within-six-weeks",
        FC + "6. Trees\nThe Clerk undertook to write to the landowner within six weeks.\n",
        actions=[A("landowner", "Clerk", "2022-04-14", due_text="within six weeks")],
    ),
    case(
        "rep-officers-report-back",
        FC + "6. Enforcement\nOfficers would report back to a future meeting.\n",
        actions=[A("report back", None, due_rule=NEXT, due_text="to a future meeting")],
    ),
    case(
        "rep-post-would-report-back",
        FC + "6. Enforcement\nThe Head of Planning would report back to a future meeting on the "
        "enforcement backlog.\n",
        actions=[A("enforcement backlog", "Head of Planning", due_rule=NEXT)],
    ),
    case(
        "rep-clerk-to-write",
        PC + "7. Bus shelter\nClerk to write to the County Council about the bus shelter.\n",
        actions=[A("bus shelter", "Clerk")],
    ),
    case(
        "rep-to-be-invited",
        PC + "7. Remembrance\nThe Royal British Legion to be invited to the planning meeting.\n",
        actions=[A("Royal British Legion")],
    ),
    case(
        "rep-will-by-numeric",
        TB + "5. Photos\nCllr Brown will send the photographs to the Clerk by 21/10/2022.\n",
        actions=[A("photographs", "Cllr Brown", "2022-10-21")],
    ),
    case(
        "rep-initials-to-circulate",
        PC + ATT + "5. Newsletter\nJS to circulate the draft newsletter by 14th Feb.\n",
        actions=[A("newsletter", "Jane Smith", "2023-02-14")],
    ),
    case(
        "rep-to-circulate-once-complete",
        TB + "5. Accounts\nThe Treasurer to circulate the accounts once complete.\n",
        actions=[A("accounts", "Treasurer", due_text="once complete")],
    ),
    case(
        "rep-would-in-due-course",
        FC + "5. MP\nThe Chair would raise the matter with the MP in due course.\n",
        actions=[A("raise the matter", "Chair", due_text="in due course")],
    ),
    case(
        "rep-first-name-will-autumn",
        "Minutes of the Village Hall Committee held on 2 February 2022\n5. Venue\n"
        "Sam will book the venue by autumn 2022.\n",
        actions=[A("book the venue", "Sam", "2022-11-30")],
    ),
    case(
        "rep-will-bring-next-meeting",
        FC + "5. Reserves\nThe Clerk will bring a report on reserves to the next meeting.\n",
        actions=[A("reserves", "Clerk", due_rule=NEXT)],
    ),
    case(
        "rep-lower-the-clerk-agreed",
        FC + "5. Contractor\nFollowing discussion, the Clerk agreed to chase the contractor.\n",
        actions=[A("chase the contractor", "Clerk")],
    ),
    case(
        "rep-two-subjects-one-sentence",
        FC + "5. Letter\nMrs Patel undertook to draft a response, and the Clerk will send it by "
        "31 March 2023.\n",
        actions=[
            A("draft a response", "Mrs Patel"),
            A("send it", "Clerk", "2023-03-31"),
        ],
    ),
    case(
        "rep-possessive-post",
        SC + "7.5 Survey\nThe Director of Children's Services agreed to share the improvement plan "
        "with the Committee.\n",
        actions=[A("improvement plan", "Director of Children's Services")],
    ),
    case(
        "rep-past-agreed-to-bare-post",
        FC + "5. Budget\nHead of Finance agreed to circulate the revised forecast by 4 May 2022.\n",
        actions=[A("revised forecast", "Head of Finance", "2022-05-04")],
    ),
    case(
        "rep-agreed-comma-by-date",
        FC + "5. Budget\nThe Treasurer agreed to circulate the forecast, by 30 April 2022.\n",
        actions=[A("forecast", "Treasurer", "2022-04-30")],
    ),
    case(
        "rep-named-undertook-present-tense-list",
        FC + "5. Budget\nIn response to a question, Cllr Jane Smith undertook to provide a written "
        "answer.\n",
        actions=[A("written answer", "Cllr Jane Smith")],
    ),
    case(
        "rep-pronoun-speaker",
        FC
        + "5. Flooding\nCllr Griffiths reported on the flooding in Mill Lane. He would report back "
        "to the next meeting.\n",
        actions=[A("report back", "Cllr Griffiths", due_rule=NEXT)],
    ),
    case(
        "rep-will-ensure-by-month",
        FC + "5. Training\nThe Clerk will arrange refresher training for members by November.\n",
        actions=[A("refresher training", "Clerk", "2022-11-30")],
    ),
    case(
        "rep-in-month-clerk-will",
        FC + "5. Audit\nIn July the Clerk will arrange the internal audit.\n",
        actions=[A("internal audit", "Clerk")],
    ),
    case(
        "rep-it-was-agreed-to-write-named",
        PC + "5. Parking\nIt was agreed to write to the police about parking on the green.\n",
        resolutions=["5"],
        actions=[A("parking on the green", ref="5")],
    ),
    # --- resolution limbs that ask for something -------------------------------------------
    case(
        "limb-requests-to-have-copy-once-complete",
        SC + "7.15 RESOLVED that the Committee:\n(1) Notes the report.\n"
        "(2) Requests to have a copy of the action plan once complete.\n",
        resolutions=["7.15(1)", "7.15(2)"],
        actions=[A("copy of the action plan", ref="7.15(2)", due_text="once complete")],
    ),
    case(
        "limb-agrees-to-invite",
        SC + "7.15 RESOLVED that the Committee:\n(1) Agrees to invite the Chief Constable to a "
        "future meeting.\n",
        resolutions=["7.15(1)"],
        actions=[A("Chief Constable", ref="7.15(1)", due_rule=NEXT)],
    ),
    case(
        "limb-asks-the-clerk-to",
        PC
        + "5. Roads\nRESOLVED that:\n(1) The Council asks the Clerk to write to the Secretary of "
        "State.\n(2) The report be noted.\n",
        resolutions=["5(1)", "5(2)"],
        actions=[A("Secretary of State", "Clerk", ref="5(1)")],
    ),
    case(
        "limb-be-asked-to-by-date",
        FC + "5. Standing orders\nRESOLVED:\n(1) That the standing orders be noted.\n"
        "(2) That the Head of Legal Services be asked to review the standing orders by 30 June 2022.\n",
        resolutions=["5(1)", "5(2)"],
        actions=[
            A("review the standing orders", "Head of Legal Services", "2022-06-30", ref="5(2)")
        ],
    ),
    case(
        "limb-requests-officers-generic",
        FC + "5. Briefing\nRESOLVED that:\n(1) The Panel requests that officers provide a briefing "
        "note on the bus cuts.\n",
        resolutions=["5(1)"],
        actions=[A("briefing note", None, ref="5(1)")],
    ),
    case(
        "limb-starts-with-the-post",
        FC + "5. Budget\nRESOLVED that:\n(1) The Treasurer prepares a revised budget for the June "
        "meeting.\n(2) The report be noted.\n",
        resolutions=["5(1)", "5(2)"],
        actions=[A("revised budget", "Treasurer", ref="5(1)", due_rule="meeting_month:6")],
    ),
    case(
        "limb-the-subjunctive-post",
        FC + "5. Budget\nRESOLVED that:\n(a) the report be noted;\n(b) the Chief Finance Officer "
        "submit a revised plan by 31 May 2022.\n",
        resolutions=["5(a)", "5(b)"],
        actions=[A("revised plan", "Chief Finance Officer", "2022-05-31", ref="5(b)")],
    ),
    case(
        "limb-committee-requests-that-post-verbs",
        FC + "5. Savings\nRESOLVED that the Committee requests that the Director of Finance writes "
        "to all budget holders.\n",
        resolutions=["5"],
        actions=[A("budget holders", "Director of Finance", ref="5")],
    ),
    case(
        "limb-requests-that-shared-passive",
        SC
        + "7.15 RESOLVED that the Committee:\n(1) Requests that the full questions of the survey "
        "are shared with the Committee.\n",
        resolutions=["7.15(1)"],
        actions=[A("full questions", None, ref="7.15(1)")],
    ),
    case(
        "limb-committee-agrees-to-write",
        FC + "5. Minister\nRESOLVED that:\n(1) The Committee agrees to write to the Minister about "
        "the funding gap.\n",
        resolutions=["5(1)"],
        actions=[A("Minister", None, ref="5(1)")],
    ),
    # --- not actions ---------------------------------------------------------------------
    case(
        "not-offered-to-help",
        FC + "5. Fete\nCllr Jones offered to help with the fete if needed.\n",
        actions=[],
    ),
    case(
        "not-happy-to-help",
        FC + "5. Fete\nCllr Brown said she would be happy to help if the Clerk needed it.\n",
        actions=[],
    ),
    case(
        "not-thanks",
        FC + "5. Staff\nThe Committee thanked the Clerk for her hard work over the year.\n",
        actions=[],
    ),
    case(
        "not-chair-thanks",
        FC + "5. Close\nThe Chair thanked everyone for attending.\n",
        actions=[],
    ),
    case(
        "not-quotation-had-agreed",
        FC
        + "5. Grants\nAt its last meeting the Committee had agreed to review the grants policy.\n",
        actions=[],
    ),
    case(
        "not-quotation-previously-agreed",
        FC
        + "3. Matters arising\nThe Board had agreed in March that the Clerk would review the lease.\n",
        actions=[],
    ),
    case(
        "not-narrative-months-training",
        FC + "5. Training\nStaff will be receiving training throughout June and July to ensure "
        "consistent practice.\n",
        actions=[],
    ),
    case(
        "not-narrative-months-will-take-place",
        FC + "5. Training\nTraining sessions will take place during May and June.\n",
        actions=[],
    ),
    case(
        "not-could-be-shared",
        FC + "5. ICT\nThe timetable for the ICT integration could be shared with members.\n",
        actions=[],
    ),
    case(
        "not-plain-noting",
        FC + "5. Update\nThe Committee noted the report.\n",
        actions=[],
    ),
    case(
        "not-members-noted-had-written",
        FC + "5. Police\nMembers noted that the Clerk had written to the police in January.\n",
        actions=[],
    ),
    case(
        "not-action-complete-sentence",
        FC + "5. Police\nThe Clerk had written to the police. Action complete.\n",
        actions=[],
    ),
    case(
        "not-action-colon-complete",
        FC + "5. Noticeboard\nThe new noticeboard has been installed.\nAction: complete\n",
        actions=[],
    ),
    case(
        "not-task-done",
        FC + "- [x] Clerk to renew the domain name\n",
        actions=[],
    ),
    case(
        "not-item-marked-complete",
        FC + "Actions\n1. Clerk to renew the insurance (complete)\n",
        actions=[],
    ),
    case(
        "not-asked-whether",
        FC + "5. Bins\nCllr Jane Smith asked whether the bins could be emptied more often.\n",
        actions=[],
    ),
    # --- owners --------------------------------------------------------------------------
    case(
        "own-director-of",
        FC + "5. Reserves\nThe Director of Finance agreed to review the reserves policy.\n",
        actions=[A("reserves policy", "Director of Finance")],
    ),
    case(
        "own-initials-expanded-title-stripped",
        FC + ATT + "5. Grit\nACTION: AB to order more grit before the next meeting.\n",
        actions=[A("grit", "Alan Baker", due_rule=NEXT)],
    ),
    case(
        "own-committee-requests-post",
        FC
        + "5. Minister\nThe Committee requests that the Chief Executive writes to the Minister.\n",
        actions=[A("Minister", "Chief Executive")],
    ),
    case(
        "own-following-discussion",
        FC + "5. Working group\nFollowing discussion, Cllr Jane Smith agreed to lead the working "
        "group.\n",
        actions=[A("working group", "Cllr Jane Smith")],
    ),
    case(
        "own-in-response",
        FC + "5. Lease\nIn response, the Clerk agreed to check the lease.\n",
        actions=[A("check the lease", "Clerk")],
    ),
    case(
        "own-not-it",
        FC + "5. Parking\nIt was agreed to ask the County Council to review the parking order.\n",
        resolutions=["5"],
        actions=[A("parking order", ref="5")],
    ),
    case(
        "own-action-owner-tag-line",
        FC + "5. Signage\nThe signage at the car park entrance needs to be replaced.\n"
        "ACTION: Company Secretary\n",
        actions=[A("signage", "Company Secretary")],
    ),
    # --- dues ------------------------------------------------------------------------------
    case(
        "due-by-date-long",
        FC + "Action: Treasurer to file the accounts by 31 March 2023.\n",
        actions=[A("file the accounts", "Treasurer", "2023-03-31", due_text="by 31 March 2023")],
    ),
    case(
        "due-by-numeric",
        FC + "Action: Clerk to renew the insurance by 21/10/2022.\n",
        actions=[A("insurance", "Clerk", "2022-10-21")],
    ),
    case(
        "due-by-14th-feb-year-from-meeting",
        PC + "Clerk to order the bulbs by 14th Feb.\n",
        actions=[A("bulbs", "Clerk", "2023-02-14")],
    ),
    case(
        "due-by-november",
        FC + "Action: Chair to meet the headteacher by November.\n",
        actions=[A("headteacher", "Chair", "2022-11-30", due_text="by November")],
    ),
    case(
        "due-by-autumn-year",
        FC + "Action: Clerk to update the website by autumn 2022.\n",
        actions=[A("website", "Clerk", "2022-11-30")],
    ),
    case(
        "due-next-meeting",
        FC + "Action: Treasurer to report on reserves to the next meeting.\n",
        actions=[A("reserves", "Treasurer", due_rule=NEXT)],
    ),
    case(
        "due-future-meeting",
        FC + "Action: Head of Highways to bring an update to a future meeting.\n",
        actions=[A("update", "Head of Highways", due_rule=NEXT)],
    ),
    case(
        "due-june-meeting",
        FC + "Action: Clerk to bring the revised policy to the June meeting.\n",
        actions=[A("revised policy", "Clerk", due_rule="meeting_month:6")],
    ),
    case(
        "due-once-complete",
        FC + "Action: Clerk to circulate the audit report once complete.\n",
        actions=[A("audit report", "Clerk", due_text="once complete")],
    ),
    case(
        "due-in-due-course",
        FC + "Action: Chair to write to the landowner in due course.\n",
        actions=[A("landowner", "Chair", due_text="in due course")],
    ),
    case(
        "due-within-six-weeks",
        FC + "Action: Clerk to respond to the consultation within six weeks.\n",
        actions=[A("consultation", "Clerk", "2022-04-14", due_text="within six weeks")],
    ),
    case(
        "due-end-of-month-name",
        FC + "Action: Treasurer to pay the invoice by the end of March.\n",
        actions=[A("invoice", "Treasurer", "2022-03-31")],
    ),
    case(
        "due-before-next-meeting",
        FC + "Action: Clerk to obtain quotes before the next meeting.\n",
        actions=[A("quotes", "Clerk", due_rule=NEXT)],
    ),
    case(
        "due-by-date-ordinal-of",
        FC + "Action: Clerk to confirm the booking by the 1st of April 2022.\n",
        actions=[A("booking", "Clerk", "2022-04-01")],
    ),
    case(
        "due-no-later-than",
        FC + "Action: Treasurer to submit the VAT return no later than 30 April 2022.\n",
        actions=[A("VAT return", "Treasurer", "2022-04-30")],
    ),
]


CASES += [
    # --- resolutions, more phrasings -------------------------------------------------------
    case(
        "res-resolved-colon-numbered-that",
        FC
        + "7. Highways\nRESOLVED:\n1. That the report be noted.\n2. That the Clerk write to the MP.\n",
        resolutions=["7(1)", "7(2)"],
        actions=[A("write to the MP", "Clerk", ref="7(2)")],
    ),
    case(
        "res-resolved-dash-committee-inline-numbers",
        SC + "7.15 Workforce\nResolved – That the Committee: 1. Notes the report; 2. Requests a "
        "further report to the September meeting.\n",
        resolutions=["7.15(1)", "7.15(2)"],
        actions=[A("further report", ref="7.15(2)", due_rule="meeting_month:9")],
    ),
    case(
        "res-it-was-resolved-inline-letters",
        TB
        + "5. Accounts\nIt was resolved that: a) the accounts be approved; b) the Treasurer submit "
        "them to the auditor by 30 November 2022.\n",
        resolutions=["5(a)", "5(b)"],
        actions=[A("auditor", "Treasurer", "2022-11-30", ref="5(b)")],
    ),
    case(
        "res-resolved-bracket-limbs-lines",
        FC + "8. Fees\nRESOLVED\n(1) that the fees be increased by 3%;\n(2) that the Clerk publish "
        "the new fees on the website.\n",
        resolutions=["8(1)", "8(2)"],
        actions=[A("publish the new fees", "Clerk", ref="8(2)")],
    ),
    case(
        "res-committee-agreed-caps-to-write",
        FC + "5. Funding\nThe Committee AGREED to write to the Minister about the funding gap.\n",
        resolutions=["5"],
        actions=[A("Minister", None, ref="5")],
    ),
    case(
        "res-decision-post-reports-back",
        FC + "9. Housing\nDECISION: That the Head of Housing reports back to the July meeting.\n",
        resolutions=["9"],
        actions=[A("reports back", "Head of Housing", ref="9", due_rule="meeting_month:7")],
    ),
    case(
        "res-decided-defer",
        FC + "9. Car park\nDecided: to defer the item to a later date.\n",
        resolutions=["9"],
        actions=[],
    ),
    case(
        "res-ref-same-line",
        SC + "7.15 RESOLVED that the report be noted.\n",
        resolutions=["7.15"],
        actions=[],
    ),
    case(
        "res-ref-fc-then-resolved",
        "Minutes of the Finance Committee held on 14 November 2023\n"
        "FC176/23 Minutes of the previous meeting\nRESOLVED that the minutes be signed as a true record.\n",
        resolutions=["FC176/23"],
        actions=[],
    ),
    case(
        "res-ref-slash-same-line-action",
        PC + "24/031 RESOLVED that the Clerk obtain three quotes for the tree works.\n",
        resolutions=["24/031"],
        actions=[A("tree works", "Clerk", ref="24/031")],
    ),
    case(
        "res-committee-writes-subject-body",
        FC + "5. Funding\nRESOLVED that the Committee writes to the Secretary of State about the "
        "funding formula.\n",
        resolutions=["5"],
        actions=[A("Secretary of State", None, ref="5")],
    ),
    case(
        "res-council-asks-post-to",
        FC
        + "5. Staffing\nRESOLVED that the Council asks the Chief Executive to review the staffing "
        "structure.\n",
        resolutions=["5"],
        actions=[A("staffing structure", "Chief Executive", ref="5")],
    ),
    # --- explicit markers, more phrasings -----------------------------------------------
    case(
        "act-action-colon-named",
        FC + "5. School\nAction: Cllr Jane Smith to contact the school about parking.\n",
        actions=[A("contact the school", "Cllr Jane Smith")],
    ),
    case(
        "act-ACTION-dash-the-clerk-numeric",
        FC + "5. Rail\nACTION - The Clerk to write to Network Rail by 31/12/2022.\n",
        actions=[A("Network Rail", "Clerk", "2022-12-31")],
    ),
    case(
        "act-action-point-initials",
        FC + ATT + "5. Contractor\nAction point: TB to chase the contractor.\n",
        actions=[A("chase the contractor", "Tom Brown")],
    ),
    case(
        "act-action-colon-complete-suffix",
        FC + "5. Minutes\nACTION: Clerk to circulate the minutes (complete).\n",
        actions=[],
    ),
    case(
        "act-action-none",
        FC + "5. Update\nThe Committee received the update.\nAction: none\n",
        actions=[],
    ),
    case(
        "act-actions-list-initials-dash",
        FC
        + ATT
        + "Actions\n• SO – book the room for the AGM\n• JS – circulate the rota by 31 March 2022\n",
        actions=[
            A("book the room", "Sarah O'Neill"),
            A("rota", "Jane Smith", "2022-03-31"),
        ],
    ),
    case(
        "act-table-who-when",
        FC
        + "Action | Who | When\nWrite to residents about the consultation | Clerk | by November\n",
        actions=[A("residents", "Clerk", "2022-11-30")],
    ),
    case(
        "act-table-status-done-only",
        FC + "| Action | Owner | Due | Status |\n| Print leaflets | Clerk | 01/02/2022 | Done |\n",
        actions=[],
    ),
    case(
        "act-markdown-task-no-at",
        PC + "- [ ] Clerk to renew the domain name by 31 March 2023\n",
        actions=[A("domain name", "Clerk", "2023-03-31")],
    ),
    case(
        "act-initials-end-with-full-stop",
        FC
        + ATT
        + "5. Rota\nThe volunteer rota needs to go to all volunteers by the end of March. SO.\n",
        actions=[A("rota", "Sarah O'Neill", "2022-03-31")],
    ),
    # --- reported commitments, more phrasings ------------------------------------------------
    case(
        "rep-named-will-14th-feb",
        PC + "5. Rota\nCllr Jane Smith will circulate the rota by 14th Feb.\n",
        actions=[A("rota", "Cllr Jane Smith", "2023-02-14")],
    ),
    case(
        "rep-clerk-is-to",
        FC + "5. Bank\nThe Clerk is to write to the bank about the new mandate.\n",
        actions=[A("bank", "Clerk")],
    ),
    case(
        "rep-it-was-agreed-that-named-would",
        FC + "5. Parking\nIt was agreed that Cllr Brown would contact the school about parking.\n",
        resolutions=["5"],
        actions=[A("contact the school", "Cllr Brown", ref="5")],
    ),
    case(
        "rep-undertook-within-two-weeks",
        FC
        + "5. Complaint\nThe Chief Executive undertook to respond in writing within two weeks.\n",
        actions=[A("respond in writing", "Chief Executive", "2022-03-17")],
    ),
    case(
        "rep-members-requested-that-clerk",
        FC
        + "5. Policy\nMembers requested that the Clerk circulate the policy before the next meeting.\n",
        actions=[A("circulate the policy", "Clerk", due_rule=NEXT)],
    ),
    case(
        "rep-committee-requested-that-post",
        FC
        + "5. Housing\nThe Committee requested that the Head of Housing provide an update to the "
        "June meeting.\n",
        actions=[A("update", "Head of Housing", due_rule="meeting_month:6")],
    ),
    case(
        "rep-named-to-be-invited-next-meeting",
        FC + "5. Scheme\nMr Brown to be invited to the next meeting to present the scheme.\n",
        actions=[A("Mr Brown", None, due_rule=NEXT)],
    ),
    case(
        "rep-post-would-by-date",
        FC + "5. Accounts\nThe Treasurer would circulate the accounts by 30 April 2022.\n",
        actions=[A("accounts", "Treasurer", "2022-04-30")],
    ),
    case(
        "rep-she-would-after-explained",
        FC + "5. Planning\nThe Head of Planning explained the backlog. She would report back to a "
        "future meeting.\n",
        actions=[A("report back", "Head of Planning", due_rule=NEXT)],
    ),
    case(
        "rep-confirmed-that-she-would",
        FC + "5. Resident\nThe Clerk confirmed that she would write to the resident.\n",
        actions=[A("resident", "Clerk")],
    ),
    case(
        "rep-initials-undertook-end-of-month",
        FC + ATT + "5. Draft\nJS undertook to circulate the draft by the end of the month.\n",
        actions=[A("draft", "Jane Smith", "2022-03-31")],
    ),
    case(
        "rep-after-discussion-initials",
        FC + ATT + "5. Signs\nAfter discussion, TB agreed to order new signs.\n",
        actions=[A("new signs", "Tom Brown")],
    ),
    case(
        "rep-director-bring-report",
        FC
        + "5. Care\nThe Director of Adult Social Care agreed to bring a report to the next meeting.\n",
        actions=[A("bring a report", "Director of Adult Social Care", due_rule=NEXT)],
    ),
    case(
        "rep-committee-requests-provides",
        FC + "5. Health\nThe Committee requests that the Director of Public Health provides a "
        "briefing on vaccination rates.\n",
        actions=[A("briefing", "Director of Public Health")],
    ),
    # --- not actions, more phrasings ------------------------------------------------------
    case(
        "not-had-written-as-agreed",
        FC + "3. Matters arising\nThe Clerk had written to the highways authority as agreed at the "
        "last meeting.\n",
        actions=[],
    ),
    case(
        "not-it-was-noted-had",
        FC + "3. Accounts\nIt was noted that the Treasurer had circulated the accounts.\n",
        actions=[],
    ),
    case(
        "not-offered-to-help-no-if",
        FC + "5. Leaflets\nCllr Brown offered to help with the leaflet drop.\n",
        actions=[],
    ),
    case(
        "not-discussed-whether-could",
        FC + "5. Survey\nMembers discussed whether a survey could be undertaken in spring.\n",
        actions=[],
    ),
    case(
        "not-in-march-had-agreed",
        FC + "5. Review\nIn March the Committee had agreed to commission a review.\n",
        actions=[],
    ),
    case(
        "not-training-from-april-to-june",
        FC + "5. Training\nTraining will run from April to June for all new staff.\n",
        actions=[],
    ),
    case(
        "not-thanked-named",
        FC + "5. Retirement\nMembers thanked Cllr Jane Smith for her years of service.\n",
        actions=[],
    ),
    # --- dues, more forms -----------------------------------------------------------------
    case(
        "due-by-31st-july",
        FC + "Action: Clerk to renew the lease by 31st July.\n",
        actions=[A("lease", "Clerk", "2022-07-31")],
    ),
    case(
        "due-in-two-weeks-time",
        FC + "Action: Treasurer to send the figures in two weeks' time.\n",
        actions=[A("figures", "Treasurer", "2022-03-17")],
    ),
    case(
        "due-at-the-july-meeting",
        FC + "Action: Chair to present the plan at the July meeting.\n",
        actions=[A("plan", "Chair", due_rule="meeting_month:7")],
    ),
    case(
        "due-committees-september-meeting",
        FC + "Action: Head of Finance to report to the Committee's September meeting.\n",
        actions=[A("report", "Head of Finance", due_rule="meeting_month:9")],
    ),
    case(
        "due-by-next-month",
        FC + "Action: Clerk to chase the insurer by next month.\n",
        actions=[A("insurer", "Clerk", "2022-04-30")],
    ),
    case(
        "due-asap",
        FC + "Action: Clerk to repair the gate as soon as possible.\n",
        actions=[A("gate", "Clerk", due_text="as soon as possible")],
    ),
    case(
        "due-by-spring",
        FC + "Action: Clerk to plant the bulbs by spring.\n",
        actions=[A("bulbs", "Clerk", "2022-05-31")],
    ),
    case(
        "due-by-friday",
        FC + "Action: Clerk to send the agenda by Friday.\n",
        actions=[A("agenda", "Clerk", "2022-03-04", due_text="by Friday")],
    ),
    case(
        "due-by-14-feb-year",
        FC + "Action: Clerk to file the return by 14 Feb 2023.\n",
        actions=[A("return", "Clerk", "2023-02-14")],
    ),
    case(
        "due-once-available",
        FC + "Action: Clerk to circulate the figures once available.\n",
        actions=[A("figures", "Clerk", due_text="once available")],
    ),
]


CASES += [
    # --- owners and subjects, harder ------------------------------------------------------
    case(
        "limb-post-in-consultation-with",
        FC + "5. Fees\nRESOLVED that:\n(1) The Head of Finance, in consultation with the Chair, "
        "to review the fees by 30 June 2022.\n",
        resolutions=["5(1)"],
        actions=[A("review the fees", "Head of Finance", "2022-06-30", ref="5(1)")],
    ),
    case(
        "own-named-and-post-first-leads",
        FC + "5. Contractor\nCllr Jane Smith and the Clerk to meet the contractor on site.\n",
        actions=[A("contractor", "Cllr Jane Smith")],
    ),
    case(
        "own-was-asked-to",
        FC + "5. Developer\nThe Clerk was asked to write to the developer about the hoardings.\n",
        actions=[A("developer", "Clerk")],
    ),
    case(
        "own-officers-were-asked",
        FC + "5. Costs\nOfficers were asked to provide a breakdown of the costs.\n",
        actions=[A("breakdown", None)],
    ),
    case(
        "own-chair-asked-clerk-to",
        FC + "5. Insurance\nThe Chair asked the Clerk to contact the insurers.\n",
        actions=[A("insurers", "Clerk")],
    ),
    case(
        "rep-two-direct-actions-semicolon",
        FC
        + "5. Invoices\nClerk to contact the insurers; Treasurer to pay the invoice by 31 March 2022.\n",
        actions=[A("insurers", "Clerk"), A("invoice", "Treasurer", "2022-03-31")],
    ),
    case(
        "rep-two-will-clauses",
        FC
        + "5. Speeding\nThe Chair will write to the MP, and the Clerk will contact the police.\n",
        actions=[A("MP", "Chair"), A("police", "Clerk")],
    ),
    case(
        "limb-be-instructed-to",
        FC + "5. Legal\nRESOLVED that the Clerk be instructed to seek legal advice.\n",
        resolutions=["5"],
        actions=[A("legal advice", "Clerk", ref="5")],
    ),
    case(
        "limb-passive-letter-be-sent",
        FC + "5. Roads\nRESOLVED that a letter be sent to the Highways Agency.\n",
        resolutions=["5"],
        actions=[A("Highways Agency", None, ref="5")],
    ),
    case(
        "limb-approved-and-signed-no-action",
        FC + "5. Accounts\nRESOLVED that the accounts be approved and signed by the Chair.\n",
        resolutions=["5"],
        actions=[],
    ),
    case(
        "res-approved-and-requested-report",
        FC + "5. Plan\nThe Committee APPROVED the recommendations and requested a progress report "
        "to the next meeting.\n",
        resolutions=["5"],
        actions=[A("progress report", None, ref="5", due_rule=NEXT)],
    ),
]


CASES += [
    # --- known weak spots (IDIOMS.md), kept visible ------------------------------------------
    case(
        "weak-free-prose-no-marker",
        FC + "5. Raffle\nSam is sorting out the raffle prizes for the summer fete.\n",
        actions=[A("raffle prizes", "Sam")],
        xfail="free prose with no marker word is not read as an action",
    ),
    case(
        "weak-two-dues-first-is-the-deadline",
        FC + "5. Budget\nThe Treasurer would circulate the budget by the end of the month for "
        "approval at the April meeting.\n",
        actions=[A("budget", "Treasurer", "2022-03-31", due_text="by the end of the month")],
        xfail="with two due phrases the last one wins ('at the April meeting')",
    ),
]


# --- issue 12: idioms from the survey of published minutes (our own paraphrases) -----------
MEMBERS = "Present: Jane Smith (Chair), Tom Brown, Sarah O'Neill, Matteo Rossi, Cllr Alan Baker\n\n"
CASES += [
    # 1. decisions with no RESOLVED keyword
    case(
        "i12-body-approved",
        FC + "4. Budget\nThe Committee approved the revised budget.\n",
        resolutions=["4"],
        actions=[],
    ),
    case(
        "i12-it-was-decided",
        FC + "5. Signage\nIt was decided to replace the noticeboard.\n",
        resolutions=["5"],
        actions=[],
    ),
    case(
        "i12-board-ratified",
        TB + "The Board ratified the Chair's decision to extend the lease.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-minutes-approved-as-submitted",
        FC + "2. Minutes\nThe minutes of the last meeting were approved as submitted.\n",
        resolutions=["2"],
        actions=[],
    ),
    case(
        "i12-general-consent",
        FC + "6. Audit\nBy general consent, the report was accepted.\n",
        resolutions=["6"],
        actions=[],
    ),
    case(
        "i12-unanimous-voice-vote",
        TB + "After discussion, by unanimous voice vote, the Board approved the grants budget.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-agreed-one-word",
        FC
        + "7. Hall hire\nCllr Baker proposed that hire charges rise by 5% from April.\nAgreed.\n",
        resolutions=["7"],
        actions=[],
    ),
    case(
        "i12-opinion-is-not-a-decision",
        FC + "3. Staffing\nMembers agreed that the vacancies were a long-standing problem.\n",
        resolutions=[],
        actions=[],
    ),
    # 2. motion-and-vote formats
    case(
        "i12-moved-that-carried",
        FC
        + "3. Report\nMoved by Cllr Baker, seconded by Tom Brown\nTHAT the report be received.\nMotion carried.\n",
        resolutions=["3"],
        actions=[],
    ),
    case(
        "i12-motion-lost",
        FC + "3. Fence\nMoved by Cllr Baker, seconded by Tom Brown\n"
        "THAT the fence be painted green.\nLOST 2-5\n",
        resolutions=[],
        actions=[],
    ),
    case(
        "i12-motion-initials",
        FC + "8. Accounts\nMotion: (Smith/Brown) THAT the accounts be approved. CARRIED.\n",
        resolutions=["8"],
        actions=[],
    ),
    case(
        "i12-resolution-number-limbs",
        TB + "Resolution number XX/2022/172 MOVED by Cr Hale, seconded by Cr Ngata: That the Board "
        "a) receives the report; b) approves the work plan.\nCARRIED\n",
        resolutions=["XX/2022/172(a)", "XX/2022/172(b)"],
        actions=[],
    ),
    case(
        "i12-consent-resolution-no",
        TB + "RESOLUTION NO. 13-329 approving the paving contract.\n",
        resolutions=["13-329"],
        actions=[],
    ),
    case(
        "i12-resolution-1-then-mover",
        TB + "Resolution 1: THAT the Board adopt the budget.\n"
        "Moved by Ms Lee, seconded by Mr Cho. Carried 4-0.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-be-it-resolved",
        TB + "BE IT RESOLVED that the Board proclaims May as Volunteer Month.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-proposed-seconded-agreed",
        PC + "12. Grants\nIt was proposed by Cllr Baker, seconded by "
        "Cllr Smith and agreed that the grant of £200 be paid.\n",
        resolutions=["12"],
        actions=[],
    ),
    case(
        "i12-us-moved-to",
        TB + "Councilmember Ortiz moved, seconded by Councilmember Lee, to approve "
        "the claims list. Motion carried 5-0.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-us-motion-failed",
        TB + "Councilmember Ortiz moved, seconded by Councilmember Lee, to close "
        "the pool early. Motion failed 1-4.\n",
        resolutions=[],
        actions=[],
    ),
    case(
        "i12-officer-recommendation-is-not-a-decision",
        TB + "Officer Recommendation\nThat the Board award the tender to Acme Ltd.\n"
        "Board Resolution 2022/05\nMoved Cr Hale Seconded Cr Ngata\nThat the Board award the tender "
        "to Acme Ltd for two years.\nCARRIED 5/0\n",
        resolutions=["2022/05"],
        actions=[],
    ),
    # 3. passive or ownerless commitments (flagged "no owner named", never given one)
    case(
        "i12-would-be-brought",
        FC + "The survey results would be brought to the June meeting.\n",
        actions=[A("survey results", None, due_rule="meeting_month:6")],
    ),
    case(
        "i12-to-be-sought",
        FC + "Plans to be sought from the architect.\n",
        actions=[A("Plans", None)],
    ),
    case(
        "i12-to-be-circulated",
        FC + "The recovery trajectory to be circulated to members.\n",
        actions=[A("trajectory", None)],
    ),
    case(
        "i12-will-be-considered",
        FC + "The lease terms will be considered at the next meeting.\n",
        actions=[A("lease terms", None, due_rule=NEXT)],
    ),
    case(
        "i12-group-is-not-an-owner",
        FC + "The leadership team will review the leasing options.\n",
        actions=[A("leasing options", None)],
    ),
    # 4. "X to VERB" / "X will VERB" whatever the verb
    case(
        "i12-one-line-town-clerk",
        "Town Clerk to sign and return the agreement.",
        actions=[A("sign and return", "Town Clerk")],
    ),
    case(
        "i12-clerk-to-publicise",
        FC + "Town Clerk to publicise the event.\n",
        actions=[A("publicise", "Town Clerk")],
    ),
    case(
        "i12-mayor-to-lay",
        FC + "The Mayor to lay a wreath at the memorial on 10 November.\n",
        actions=[A("wreath", "Mayor", "2022-11-10")],
    ),
    case(
        "i12-name-will-coordinate",
        FC + MEMBERS + "Matteo will coordinate the volunteers.\n",
        actions=[A("coordinate", "Matteo Rossi")],
    ),
    case(
        "i12-lowercase-post-to-attend",
        FC + "The contract manager to attend the next meeting.\n",
        actions=[A("attend", "contract manager")],
    ),
    # 5. flattened tables, columns in any order
    case(
        "i12-table-columns-reordered",
        FC + "| Ref | Due | Lead | Action |\n|---|---|---|---|\n"
        "| 4.1 | 31/03/2022 | Clerk | Renew the insurance |\n",
        actions=[A("Renew the insurance", "Clerk", "2022-03-31")],
    ),
    case(
        "i12-tab-what-who-when",
        FC + MEMBERS + "What\tWho\tWhen\nBook the hall\tTom Brown\t10 March 2022\n"
        "Order the chairs\tSarah O'Neill\tdone\n",
        actions=[A("Book the hall", "Tom Brown", "2022-03-10")],
    ),
    # 6. "Name: task", speakers, "was tasked with", first person, imperatives
    case(
        "i12-name-colon-task-and-imperative",
        FC + MEMBERS + "Actions\n- Sarah: send the agenda\n- Invite Tim to the next meeting\n",
        actions=[A("send the agenda", "Sarah O'Neill"), A("Invite Tim", None, due_rule=NEXT)],
    ),
    case(
        "i12-tasked-with",
        FC + MEMBERS + "Tom Brown was tasked with updating the website.\n",
        actions=[A("updating the website", "Tom Brown")],
    ),
    case(
        "i12-first-person-speaker",
        FC + MEMBERS + "Tom: I'll send the slides after the meeting.\n",
        actions=[A("send the slides", "Tom Brown")],
    ),
    # 7. structure
    case(
        "i12-heading-without-full-stop",
        FC + "Website\nClerk to renew the domain\n",
        actions=[A("renew the domain", "Clerk")],
    ),
    case(
        "i12-resolved-paragraph-split",
        FC + "9. Housing\nRESOLVED that the report be noted. That the "
        "Clerk write to the MP about the waiting list.\n",
        resolutions=["9(1)", "9(2)"],
        actions=[A("write to the MP", "Clerk", ref="9(2)")],
    ),
    case(
        "i12-resolved-label-then-limbs",
        FC + "9. Sites\nMembers discussed the sites.\nResolved\n"
        "1. That the three sites be approved.\n2. That the Clerk publish the list.\n",
        resolutions=["9(1)", "9(2)"],
        actions=[A("publish the list", "Clerk", ref="9(2)")],
    ),
    case(
        "i12-clause-of-a-decision",
        FC + "4. Ice time\nMoved by Cllr Baker, seconded by Tom Brown\n"
        "Be it resolved that the deputation be received; and that the Director of Operations proceed "
        "with the resurfacing.\nCarried.\n",
        resolutions=["4"],
        actions=[A("proceed with the resurfacing", "Director of Operations", ref="4")],
    ),
    # 9. due phrases, resolved against the meeting date (3 March 2022, a Thursday)
    case(
        "i12-due-end-of-week",
        FC + "Clerk to circulate the notes by the end of the week.\n",
        actions=[A("circulate the notes", "Clerk", "2022-03-04")],
    ),
    case(
        "i12-due-next-call",
        FC + "Clerk to test the fix before the next call.\n",
        actions=[A("test the fix", "Clerk", due_rule=NEXT)],
    ),
    case(
        "i12-due-may-board",
        FC + "Treasurer to take the accounts to the May Board.\n",
        actions=[A("accounts", "Treasurer", due_rule="meeting_month:5")],
    ),
    case(
        "i12-due-dated-meeting",
        FC + "Treasurer to present the audit at the June 11 meeting.\n",
        actions=[A("audit", "Treasurer", "2022-06-11")],
    ),
    case(
        "i12-due-condition",
        FC + "Clerk to publish the plan once the paper has been agreed.\n",
        actions=[A("publish the plan", "Clerk", None, due_text="once the paper has been agreed")],
    ),
    # false positives to avoid
    case(
        "i12-not-third-party-request",
        FC + "Several parishes had asked for a joint contract.\n",
        actions=[],
    ),
    case("i12-not-others-event", FC + "Nominations would open on 8 January.\n", actions=[]),
    case("i12-not-done", FC + "The Clerk had written to the police about parking.\n", actions=[]),
    case(
        "i12-not-offer",
        FC + "Cllr Baker offered to attend the roads forum if invited.\n",
        actions=[],
    ),
    # seen first on held-out set 3 (after its first run): separate-sentence seconder, consensus,
    # a "Decisions" list, an acronym as the deciding body
    case(
        "i12-made-a-motion-seconded-later",
        TB + "Commissioner Okoro made a motion to approve the "
        "agenda. Commissioner Tran seconded. The motion passed 3-0.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-died-for-lack-of-a-second",
        TB + "Commissioner Okoro made a motion to raise the grant. "
        "The motion died for lack of a second.\n",
        resolutions=[],
        actions=[],
    ),
    case(
        "i12-passed-by-consensus",
        TB + "The proposal to raise rents by 3% passed by consensus.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-consensus-reached",
        TB + "Consensus reached to plant a shared vegetable bed.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-decisions-list",
        "# Teaching committee 2024-10-02\n\n## Decisions\n- Keep the test online.\n"
        "- Move the lab reports to the new rubric.\n\n## Notes\nRoom 2.14 is double-booked.\n",
        resolutions=["1", "2"],
        actions=[],
    ),
    case(
        "i12-acronym-body-agreed",
        TB + "The PCC agreed to run a stewardship campaign in the autumn.\n",
        resolutions=["1"],
    ),
    case(
        "i12-initials-agreed-is-a-commitment",
        TB + "Present: Jane Smith (JS)\n\nJS agreed to circulate the draft.\n",
        resolutions=[],
        actions=[A("circulate the draft", "Jane Smith")],
    ),
    # found by running the extractor over excerpts of real minutes (paraphrased here)
    case(
        "i12-mover-line-alone",
        TB + "Moved by: Councillor P. Shaw\nSeconded by: Councillor R. Iqbal\n\n"
        "THAT the meeting be called to order at 6:02 p.m.\n\nMotion Carried Unanimously\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-two-motions-one-paragraph",
        TB + "On the budget, it was MOVED by Lee, seconded by Cho, to adopt "
        "option A. Unanimously carried by voice vote. It was MOVED by Lee, seconded by Cho, to buy two "
        "radios. Unanimously carried by voice vote.\n",
        resolutions=["1", "2"],
        actions=[],
    ),
    case(
        "i12-resolved-then-proposer-line",
        PC + "21.44 ELECTION OF CHAIR\n\nIt was RESOLVED that Cllr Shaw "
        "be elected Chair.\n\nProposed by: Cllr Iqbal      Seconded by: Cllr Moss\n\n"
        "The Chair thanked members for their support.\n",
        resolutions=["21.44"],
        actions=[],
    ),
    case(
        "i12-bare-minute-number-line",
        PC + "293/19\nMinutes\nThe minutes of the last meeting were adopted as a correct record.\n",
        resolutions=["293/19"],
        actions=[],
    ),
    case(
        "i12-discussed-and-agreed",
        PC + "72/20 Housing survey\n\nThe Parish Council discussed and AGREED "
        "to support the housing needs survey.\n",
        resolutions=["72/20"],
    ),
    case(
        "i12-subjectless-were-agreed",
        PC + "66/20 Minutes of the last meeting\nWere agreed as a true "
        "record and signed by the Chairman\n",
        resolutions=["66/20"],
        actions=[],
    ),
    case(
        "i12-flattened-cell-resolution",
        TB + "Council resolution |\nThat the apologies from Cr Hale be "
        "accepted. |\nConflicts of interest\nNone were declared.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-table-fuzzy-headers",
        FC + "| Discussion point | Notes / Action items | Responsible |\n"
        "|---|---|---|\n| Voting | Review the voting PR by next week | Tom Brown |\n",
        actions=[A("voting PR", "Tom Brown", "2022-03-10")],
    ),
    case(
        "i12-wide-tracker-group-label-and-wrapped-header",
        FC + " NO     ACTION                                         LEAD     TARGET      STATUS\n"
        "                                                                   DATE        COMMENT\n"
        " May 2022\n"
        " 01.05   Safeguarding training to be arranged for all members of the board   TB   30/06/2022   Open\n",
        actions=[A("Safeguarding training", "TB", "2022-06-30")],
    ),
    # seen first on held-out set 4 (after its blind first run)
    case(
        "i12-moved-to-roll-call",
        TB + "Trustee Adler moved to approve the warrants. Trustee Cruz seconded. "
        "Roll call: Ayes: Adler, Cruz. Nays: none. Motion carried.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-moved-to-roll-call-failed",
        TB + "Trustee Adler moved to approve the ordinance. Trustee Cruz "
        "seconded. Roll call: Ayes: Adler. Nays: Cruz, Dahl. Motion failed.\n",
        resolutions=[],
        actions=[],
    ),
    case(
        "i12-proposal-without-outcome",
        TB + "Cllr Shaw proposed that the fence be painted green. Members discussed the colour.\n",
        resolutions=[],
        actions=[],
    ),
    case(
        "i12-quoted-motion-and-resolved",
        PC + "150/24 Notice of motion\nProposed by Cllr Walsh, seconded by "
        'Cllr Kearney, and resolved:\n"That the Council calls on the Minister to restore bus route 421."\n',
        resolutions=["150/24"],
    ),
    case(
        "i12-markdown-resolution-and-action-owner",
        "# Steering council 2024-08-21\n\n**Resolution:** "
        "releases will be in April and October.\n\n**Action (Carla):** draft the disclosure policy.\n",
        resolutions=["1"],
        actions=[A("disclosure policy", "Carla")],
    ),
    case(
        "i12-limbs-ending-and",
        TB + "Moved Cr Hughes, seconded Mr Thorne\nThat the Committee:\n"
        "1. Endorses the risk appetite statement; and\n2. Requests the Chief Executive Officer to present "
        "the cyber review at the next meeting.\nCARRIED 3/0\n",
        resolutions=["1(1)", "1(2)"],
        actions=[A("cyber review", "Chief Executive Officer", ref="1(2)", due_rule=NEXT)],
    ),
    case(
        "i12-letter-from-asked",
        PC + "A letter from the Residents' Association asked the Council to install "
        "a crossing. Noted.\n",
        actions=[],
    ),
    case(
        "i12-initials-inside-brackets",
        FC + "In attendance: Internal Audit Manager (Sue Blake, SB)\n\n"
        "SB to bring the stock control follow-up to the next meeting.\n",
        actions=[A("stock control", "Sue Blake", due_rule=NEXT)],
    ),
    case(
        "i12-plural-group-not-owner",
        FC + "Faculties were asked to submit improvement plans by 30 September 2022.\n",
        actions=[A("improvement plans", None, "2022-09-30")],
    ),
    # seen first on held-out set 5 (after its blind first run)
    case(
        "i12-a-motion-was-made-by",
        TB + "A motion was made by Jorge Silva and seconded by Amy Fox to approve "
        "the April minutes. The motion carried unanimously.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-further-resolved",
        TB + "Upon motion duly made and seconded, the Board adopted the following "
        "resolutions:\nRESOLVED, that the audited accounts are approved; and\nFURTHER RESOLVED, that the "
        "officers are authorized to file the annual report.\n",
        resolutions=["1", "2"],
    ),
    case(
        "i12-proposed-seconded-carried-after",
        TB + "2. Subscriptions - adult subs to stay at £120. "
        "Proposed: Raj Singh; Seconded: Tim Lee; Carried.\n",
        resolutions=["2"],
        actions=[],
    ),
    case(
        "i12-moved-by-no-seconder",
        TB + "5.1 Agenda\nMoved by Trustee Gill:\nThat the agenda be approved "
        "as circulated.\nCARRIED\n",
        resolutions=["5.1"],
        actions=[],
    ),
    case(
        "i12-consensus-colon",
        "# Quill call 2024-11-13\n\n- Should the API freeze? Consensus: freeze it at 0.9.2.\n",
        resolutions=["1"],
    ),
    case(
        "i12-limb-present-tense-post",
        PC + "23. Precept\nRESOLVED – That:\n(a) the Panel supports the "
        "precept; and\n(b) the Chief Executive of the OPCC provides the budget book by 28 February 2023.\n",
        resolutions=["23(a)", "23(b)"],
        actions=[A("budget book", "Chief Executive of the OPCC", "2023-02-28", ref="23(b)")],
    ),
    case(
        "i12-label-dash-action",
        TB + "5. Junior section - Anne Cole to organise the winter nets sessions.\n",
        actions=[A("winter nets", "Anne Cole")],
    ),
    case(
        "i12-due-line-under-action",
        FC + "Action: Kate Ryan to draft the role description.\nDue: 30 September 2022\n",
        actions=[A("role description", "Kate Ryan", "2022-09-30")],
    ),
    # seen first on held-out set 6 (after its blind first run)
    case(
        "i12-motion-by-second-by",
        TB + "Motion by Commissioner Moreno, second by Commissioner Tully, to "
        "approve the claims. Motion carried 5-0.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-words-then-mover-slashes",
        TB + "Property\nThat the Board approves the roof quote of $8,900.\n"
        "Moved: Hemi Walker / Seconded: Aroha King / Carried\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-board-colon-bullets",
        TB + "TB/24/88 Finance\nThe Board:\n• APPROVED the revised capital "
        "programme;\n• NOTED the month 4 position.\n",
        resolutions=["TB/24/88(1)", "TB/24/88(2)"],
        actions=[],
    ),
    case(
        "i12-board-colon-no-decisions",
        TB + "The Board:\n• heard from the patient representative;\n• thanked the staff.\n",
        resolutions=[],
        actions=[],
    ),
    case(
        "i12-trailing-action-initials",
        FC + "Present: Jean Muir (JM), Alan Reid (AR)\n\n3. Roads\nPotholes are "
        "worse. It was agreed to write to the roads department. Action: JM\n",
        resolutions=[],
        actions=[A("roads department", "Jean Muir")],
    ),
    case(
        "i12-acronym-body-appoints",
        TB + "Resolution TC7-2024-06: The TC appoints K. Tanaka as project leader.\n",
        resolutions=["TC7-2024-06"],
        actions=[],
    ),
    case(
        "i12-mover-names-no-matter",
        PC + "The minutes of the meeting held on 5 December were reviewed. Cllr "
        "Baker proposed their approval, seconded by Cllr Smith. The motion was unanimously carried.\n",
        resolutions=["1"],
        actions=[],
    ),
    case(
        "i12-not-call-to-order",
        FC + "Call to order: the Chair opened the meeting at 7pm.\n",
        actions=[],
    ),
    # --- set 9 idioms (issue 12): elections, passed proposals, votes before the words ----
    case(
        "s9-elected-under-post",
        TB + "5. Officers\n  1. Chair:\n      Ann Moss\n      Ben Okri (elected; 5-2)\n"
        "  2. Secretary:\n      Cara Dunn (elected)\n",
        resolutions=["5(1)", "5(2)"],
        actions=[],
    ),
    case(
        "s9-elected-candidates-none-elected",
        TB + "5. Officers\n  1. Vice Chair:\n      Ann Moss\n      Ben Okri\n"
        "  The post will stay vacant this year.\n",
        resolutions=[],
    ),
    case(
        "s9-duly-proposed-seconded-elected",
        PC + "4. Co-option\nMrs Jo Bright was duly proposed and seconded and on being put to the "
        "vote was duly co-opted to the Council.\n",
        resolutions=["4"],
        actions=[],
    ),
    case(
        "s9-proposed-seconded-elected-short",
        PC
        + "4. Chair\nCllr Wren was proposed and seconded and was unanimously elected as Chair.\n",
        resolutions=["4"],
    ),
    case(
        "s9-proposal-passed-under-title",
        FC + "a. Cheaper Bus Passes (P7)\nProposed: Ana Ruiz; Seconded: Tom Brown\n"
        "Ana said that fares had risen.\n- The Proposal was passed, on a show of hands.\n",
        resolutions=["a"],
    ),
    case(
        "s9-motion-as-amended-carried-under-title",
        FC + "b. Library Hours (P8)\nProposed: Tom Brown\nSpeeches were heard.\n"
        "The motion, as amended, was carried.\n",
        resolutions=["b"],
    ),
    case(
        "s9-proposal-not-moved",
        FC + "c. Longer Terms (P9)\nProposed: Ana Ruiz\n- This Proposal was not moved.\n",
        resolutions=[],
    ),
    case(
        "s9-chairs-action",
        FC + "3. Minutes\nChair's Action was taken to approve the minutes of the last meeting.\n",
        resolutions=["3"],
        actions=[],
    ),
    case(
        "s9-chairmans-action-has-been-taken",
        FC + "3. Grant\nChairman's Action has been taken to award the grant to the scouts.\n",
        resolutions=["3"],
    ),
    case(
        "s9-carried-with-following-vote-words-after",
        FC + "4. APPROVAL OF AGENDA\nA motion was made by Director Ames, seconded by Director "
        "Bly and carried with the following vote:\nAyes: Directors Ames, Bly\nNoes: None\n"
        "Absent: None\nto approve the agenda.\n",
        resolutions=["4"],
        actions=[],
    ),
    case(
        "s9-mover-line-in-columns",
        FC
        + "Confirmation of Minutes\n\nMotion:          Moved:     Clr Amos          Seconded: Clr Ng\n\n"
        "That the minutes of the meeting held on 3 February 2022 be confirmed.\n\n"
        "On being put to the meeting the motion was declared CARRIED.\n",
        resolutions=["1"],
    ),
    case(
        "s9-agreed-that-it-should-be-done-by",
        FC + "6. Rota\nAll members agreed that the stall should be staffed by volunteers.\n",
        resolutions=["6"],
        actions=[],
    ),
    case(
        "s9-requested-post-to-check-if",
        FC + "7. IT\nCllr Alan Baker requested the Finance Manager to check with the bank if the "
        "direct debits are being collected.\n",
        actions=[A("check with the bank", "Finance Manager")],
    ),
    case(
        "s9-asked-whether-still-hedged",
        FC + "7. IT\nCllr Alan Baker asked whether the Finance Manager could look into it.\n",
        actions=[],
    ),
    case(
        "s9-closing-day-due",
        FC + "8. Cheques\nTreasurer Jones will sign the cheques at the office Mar. 10th.\n",
        actions=[A("sign the cheques", "Treasurer Jones", "2022-03-10")],
    ),
    case(
        "s9-standing-change-until-further-notice",
        FC + "9. Meetings\nThe second Tuesday at 6pm will be moved to 7pm for all meetings until "
        "further notice.\n",
        resolutions=["9"],
        actions=[],
    ),
    # --- set 10: narrative motions with the mover first, bare decisions, elections --------
    case(
        "s10-made-a-motion-second-by-mcu",
        FC + "2. Grants\nTom Brown made a motion to give $200 to the choir, second by Jane Smith, "
        "MCU\n",
        resolutions=["2"],
        actions=[],
    ),
    case(
        "s10-motioned-second-by-motion-carried",
        FC + "2. Grants\nJane Smith motioned to renew the hall hire, second by Tom Brown, motion "
        "carried.\n",
        resolutions=["2"],
        actions=[],
    ),
    case(
        "s10-makes-a-motion-seconds-tally-passes",
        FC + "3. Members\nTom makes a motion to admit two juniors. Sarah seconds. 5 yes, 0 no. "
        "Passes.\n",
        resolutions=["3"],
        actions=[],
    ),
    case(
        "s10-moved-then-seconded-and-carried",
        FC + "4. Bills\nTreasurer Baker moved to pay the invoices; the motion was seconded and "
        "carried.\n",
        resolutions=["4"],
        actions=[],
    ),
    case(
        "s10-motion-made-seconded-and-approved-no-names",
        FC + "5. Minutes\nA motion was made, seconded and approved to accept the minutes as "
        "read.\n",
        resolutions=["5"],
        actions=[],
    ),
    case(
        "s10-made-a-motion-lost",
        FC + "5. Raffle\nTom Brown made a motion to hold a raffle, second by Jane Smith. The "
        "motion failed.\n",
        resolutions=[],
        actions=[],
    ),
    case(
        "s10-bare-approved-a-grant",
        FC + "6. Donations\nApproved a grant of $150 to the youth league.\n",
        resolutions=["6"],
        actions=[],
    ),
    case(
        "s10-voted-not-to",
        FC + "6. Donations\nVoted unanimously not to fund the gala this year.\n",
        resolutions=["6"],
        actions=[],
    ),
    case(
        "s10-decision-was-made-to",
        FC + "7. Kit\nThe decision was made to buy the blue shirts.\n",
        resolutions=["7"],
    ),
    case(
        "s10-nominated-and-unanimously-elected",
        FC + "8. Officers\nSecretary – Sarah O'Neill was nominated and unanimously elected.\n",
        resolutions=["8"],
        actions=[],
    ),
    case(
        "s10-motion-by-x-to-seconded-passed",
        FC + "8. Fees\nMotion by Tom Brown to raise the hire fee, seconded by Jane Smith. Passed "
        "unanimously.\n",
        resolutions=["8"],
        actions=[],
    ),
    case(
        "s10-a-motion-to-x-was-made-by",
        FC
        + "8. Fees\nA motion to freeze the fees was made by Tom Brown and seconded by Jane Smith. "
        "Motion carried.\n",
        resolutions=["8"],
        actions=[],
    ),
    case(
        "s10-run-on-notes-name-to-verb",
        FC + ATT + "9. Notes\nThe hedge is overgrown and the bins were not emptied and the path "
        "needs gravel and there is no money left this year Tom to ask the council about the bins "
        "and the gate is broken again\n",
        actions=[A("ask the council about the bins", "Tom Brown")],
    ),
    case(
        "s10-task-after-dashes-in-a-report-line",
        FC
        + "9. Matters arising\n1. Website – No update yet – secretary Sarah to chase the designer.\n",
        actions=[A("chase the designer", "Sarah")],
        resolutions=[],
    ),
    case(
        "s10-action-item-dash-mid-item",
        FC + "9. Speakers\nThe ranger to be invited to talk. Action Item – Tom Brown to invite the "
        "ranger to the May meeting.\n",
        actions=[A("invite the ranger", "Tom Brown")],
    ),
    case(
        "s10-pronoun-owner-from-sentence-before",
        FC + "10. Kit\nThe decision was made to let Tom Brown pick the supplier. He will send the "
        "order by 31 March 2022.\n",
        resolutions=["10"],
        actions=[A("He will send the order", "Tom Brown", "2022-03-31")],
    ),
    case(
        "s10-future-event-not-an-action",
        FC + "11. Fun run\nInstead of entry fees runners will be asked for a donation. It will pay "
        "for the medals.\n",
        actions=[],
    ),
    case(
        "s10-asked-for-leave-not-an-action",
        FC + "12. Members\nTom Brown asked for a leave of absence until June.\n",
        actions=[],
    ),
]


# --- set 11: motions recognised by their parts (mover, seconder, words, outcome) ------------
CASES += [
    case(
        "s11-motion-made-by-then-roll-call-line",
        FC + "4. Fees\nA motion was made by Rossi to hold the fees, seconded by Brown.\n"
        "Affirmative: Rossi, Brown, Smith Opposed: None Motion carried.\n",
        resolutions=["4"],
    ),
    case(
        "s11-mover-and-made-the-second",
        FC + "4. Forum\nRossi moved we close the old forum, Brown made the second and motion "
        "passed.\n",
        resolutions=["4"],
    ),
    case(
        "s11-moved-approval-of",
        FC + "4. Minutes\nMr. Rossi MOVED APPROVAL of the February minutes. Mrs. Smith seconded. "
        "Passed unanimously.\n",
        resolutions=["4"],
    ),
    case(
        "s11-seconded-no-outcome-is-a-decision",
        FC + "4. Mower\nRossi moved, Brown seconded the motion to buy a new mower.\n",
        resolutions=["4"],
    ),
]


# --- set 11: decisions as short notes (no mover, no body as subject) -------------------------
CASES += [
    case(
        "s11-note-office-created",
        FC + "4. Staff\n• Post of events officer created\n",
        resolutions=["4"],
    ),
    case(
        "s11-note-decided-there",
        FC + "4. Fair\n• Decided there should be a fair in 2023\n",
        resolutions=["4"],
    ),
    case(
        "s11-note-agreed-record", FC + "2. Minutes\nAgreed a correct record.\n", resolutions=["2"]
    ),
]


# --- set 11: tasks stated as needs; papers kept and offices held are not tasks ---------------
CASES += [
    case(
        "s11-need-passive",
        FC + "4. Fees\nTom noted that the late fee needs to be added to the price list.\n",
        actions=[A("late fee")],
    ),
    case(
        "s11-we-need-to-ask",
        FC
        + "4. Site\nThe fence is nearly done; we need to ask the council if it can move the bin.\n",
        actions=[A("ask the council")],
    ),
    case(
        "s11-papers-on-file", FC + "4. Reports\nThe reports will be placed on file.\n", actions=[]
    ),
    case(
        "s11-office-subjunctive",
        FC
        + "4. Officers\nIt was moved and seconded that Mr Brown continue as Treasurer. The motion "
        "carried.\n",
        actions=[],
    ),
]


@pytest.mark.parametrize("text,expect", CASES)
def test_idiom(text, expect):
    ex = extract(text)
    if "resolutions" in expect:
        assert [r.ref for r in ex.resolutions] == expect["resolutions"], [
            (r.ref, r.text) for r in ex.resolutions
        ]
    if "actions" not in expect:
        return
    found = [
        {
            "text": a.text,
            "owner": a.owner,
            "due_date": a.due_date.isoformat() if a.due_date else None,
            "due_text": a.due_text,
            "due_rule": a.due_rule,
            "resolution_ref": a.resolution_ref,
        }
        for a in ex.actions
    ]
    assert len(found) == len(expect["actions"]), found
    for want in expect["actions"]:
        hits = [f for f in found if want["has"].lower() in f["text"].lower()]
        assert hits, (want["has"], found)
        got = hits[0]
        checked = {k: got[k] for k in want if k != "has"}
        assert checked == {k: v for k, v in want.items() if k != "has"}, got


def test_battery_is_large():
    assert len(CASES) >= 170
