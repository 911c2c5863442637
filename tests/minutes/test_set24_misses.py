"""Set 24's misses, fixed as idioms (round 14): each case in our own words (names, posts,
references and layout varied).  Set 24 was run blind first (its README)."""

from __future__ import annotations

from clerk_cli.minutes import extract

from .read import decisions as _decisions

# --- A63: a parish council's "Clerk to action"; an action line with no full stop -------------


def test_clerk_to_action_names_the_owner_of_the_sentence_before_it():
    doc = (
        "Minutes of the Parish Council meeting held on 6 July 2020\n\n"
        "5.1. Residents had written about the new bar licence and asked the Parish Council to "
        "support their objections. Clerk to action\n"
        "5.2. Cllr Reed gave her report. Clerk to put the report on the website. Clerk to action\n"
        "7.5. Cllr Moss to check the bank mandate and arrange for Cllr Reed to be added as a "
        "signatory. Cllr Moss to action\n"
    )
    tasks = {a.text: a.owner for a in extract(doc).actions}
    assert not any(t.startswith("Clerk to action") or t.endswith("to action") for t in tasks)
    assert tasks["Clerk to put the report on the website."] == "Clerk"
    assert (
        tasks[
            "Cllr Moss to check the bank mandate and arrange for Cllr Reed to be added as a "
            "signatory."
        ]
        == "Cllr Moss"
    )


def test_an_action_line_with_no_full_stop_ends_its_item():
    doc = (
        "Minutes of the Parish Council meeting held on 26 March 2018\n\n"
        "Matters Arising The Clerk had written to the county council. Action: Clerk to chase "
        "the county council\n"
        "Finance The following payments were approved: Clerk's salary £342.60; hall hire "
        "£36.00.\n"
    )
    ex = extract(doc)
    assert [a.text for a in ex.actions] == ["Clerk to chase the county council"]
    assert any("following payments were approved" in d for d in _decisions(doc))


# --- R74: payments, a two-cell item heading, a planning answer at the end of its lines -------


def test_a_schedule_of_payments_proposed_seconded_and_approved_is_a_decision():
    doc = (
        "Minutes of the Parish Council meeting held on 17 September 2019\n\n"
        "FINANCE. The Clerk presented the bank reconciliation. The following payments were "
        "proposed by Cllr Hale, seconded by Cllr Dunn and approved: Clerk's salary (Q2) "
        "£285.00; training £30.00.\n"
    )
    assert [d for d in _decisions(doc) if "payments" in d] == [
        "The following payments were proposed by Cllr Hale, seconded by Cllr Dunn and "
        "approved: Clerk's salary (Q2) £285.00; training £30.00."
    ]


def test_payments_to_be_approved_next_time_are_no_decision():
    doc = (
        "Minutes of the Parish Council meeting held on 17 September 2019\n\n"
        "The following payments will be approved at the next meeting: hall hire £30.00.\n"
    )
    assert _decisions(doc) == []


def test_a_number_and_title_in_two_cells_is_a_heading_over_its_minute():
    doc = (
        "Minutes of the Full Governing Body meeting held on 12 July 2017\n\n"
        "7. / Committee reports\nThe Finance Committee recommended the budget.\n"
        "8. / Policies\nGovernors ratified the Charging Policy and the Lettings Policy.\n"
    )
    assert "Governors ratified the Charging Policy and the Lettings Policy." in _decisions(doc)


def test_no_objection_closing_an_applications_lines_is_the_councils_decision():
    doc = (
        "Minutes of the Parish Council meeting held on 20 August 2019\n\n"
        "9. Planning\n\n"
        "19/02222/FUL Single storey rear extension\nAt 4 Mill Lane For Mr Shaw\n"
        "Planning officer Ann Lowe Date 3 September 2019\nNo objection\n"
    )
    [decision] = _decisions(doc)
    assert "4 Mill Lane" in decision and decision.endswith("No objection")


def test_no_objection_closing_a_sentence_with_no_application_is_no_decision():
    doc = (
        "Minutes of the Residents Board meeting held on 20 August 2019\n\n"
        "The Chair asked whether anyone minded the meeting being recorded. No objection\n"
    )
    assert _decisions(doc) == []
