"""Round 24, on sets 34 and 35 after their blind runs: decisions with no keyword of their own,
each case in our own words."""

from __future__ import annotations

import pytest

from .read import decisions, tasks

HEAD = "Elm Tennis Club\nCommittee meeting, 4 May 2022\n\nPresent: Ann Ames, Bo Bell, Cy Cole\n\n3. Club\n"


@pytest.mark.parametrize(
    "line,decided",
    [
        # R85: "Agreed." after a proposal: the two sentences are the decision
        (
            "AA proposed a summer newsletter to members. Agreed.",
            "AA proposed a summer newsletter to members. Agreed.",
        ),
        (
            "New nets cost £60 a pair, and fitting £40.  Agreed.",
            "New nets cost £60 a pair, and fitting £40. Agreed.",
        ),
        # R86: a vote's label, "Approved –" after a paragraph number, "also approved"
        ("VOTE: Adopt the revised court booking rules.", "Adopt the revised court booking rules."),
        (
            "4.2 Approved – the accounts for the year to March.",
            "The accounts for the year to March.",
        ),
        (
            "The minutes of the April meeting were also approved as presented.",
            "The minutes of the April meeting were also approved as presented.",
        ),
    ],
)
def test_decisions_with_no_keyword_of_their_own(line, decided):
    assert decisions(HEAD + line + "\n") == [decided]


@pytest.mark.parametrize(
    "line",
    [
        "Applicants: Mr and Mrs Dee. Approved",  # an outcome after a label
        "Ayes: 5. Nays: 2. Carried.",  # a tally, read with its motion
        "Vote: 5 in favour, 2 against.",
    ],
)
def test_an_outcome_after_a_label_or_a_tally_is_not_a_proposal_agreed(line):
    assert not any(line.split(".")[0] in d for d in decisions(HEAD + line + "\n"))


def test_a_proposal_agreed_is_not_also_a_task():
    doc = HEAD + "New signs with posts cost £35 each, and fitting £90.  Agreed.\n"
    assert tasks(doc) == []


def test_the_one_directed_or_instructed_to_act_owns_the_task():
    # set 36's blind run: "X was directed to ..." was found (A71) but with no owner
    from clerk_cli.minutes import extract

    found = extract(HEAD + "Town Manager Reid was directed to bring back a report on the grant.\n")
    assert [a.owner for a in found.actions] == ["Town Manager Reid"]
