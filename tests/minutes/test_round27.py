"""Round 27, on set 37 after its blind run (and before set 38 was read): a confirmed record with
its mover and seconder after it, a New Zealand council's mover pair over quoted words, and a
university's decision label on the line over its matter.  Each case in our own words."""

from __future__ import annotations

import pytest

from clerk_cli.minutes import extract

HEAD = "Minutes of the Ash Valley Board meeting held on 4 March 2021\n\n"


def found(text: str):
    return extract(HEAD + text, filename="x.txt")


def decisions(text: str) -> list[str]:
    return [r.text for r in found(text).resolutions]


@pytest.mark.parametrize(
    "line",
    [
        # R88: the record is decided; who proposed and seconded it follows
        "The notes of the last general meeting were confirmed and signed, proposed by Mr K Lowe "
        "and seconded by Mrs P Hart.",
        "Minutes of the previous meeting were confirmed and signed, proposed by Ann and seconded by Raj.",
        "The accounts for 2020 were adopted, proposed by Mr Dale and seconded by Ms Orr.",
        # R88: "minutes from", and the mover and seconder by name after "approved by"
        "The minutes from the meeting held on 3rd February 2021 was approved by Ivy Lamb and "
        "second by Owen Pike.",
        "The minutes from the February meeting were approved by Jo Tait and seconded by Sam Bell.",
    ],
)
def test_a_decision_with_its_mover_and_seconder_after_it(line):
    assert decisions("1. Minutes\n" + line + "\n") != []


def test_a_discussion_with_a_mover_is_not_a_decision():
    assert (
        decisions(
            "1. Grants\nThe Board discussed the grant, proposed by Cllr Ash and seconded by Cllr Bo.\n"
        )
        == []
    )


def test_a_mover_pair_and_minute_number_over_quoted_words():
    # R89: "Resolved: (Mayor A/Cr B) Minute No. C 123" with the decision quoted on the next lines
    ex = found(
        "6. ITEM NOT ON THE AGENDA\n"
        "Resolved: (Deputy Mayor Fane/Cr Wu) Minute No. C 21044\n"
        '"That the Board takes the late report on cycle lanes as an item not on the agenda."\n'
        "7. HOUSING\n"
        "Resolved: (Cr Poole/Cr Lang) Minute No. C 21045\n"
        '"That the Board:\n'
        "(i) approves the sale of the depot site;\n"
        "(ii) notes the valuation; and\n"
        '(iii) asks the Chief Executive to report back on the sale by June 2021."\n'
    )
    texts = [r.text for r in ex.resolutions]
    assert not any("Minute No" in t or t.startswith("(") for t in texts), texts
    assert any(t.startswith("Approves the sale of the depot site") for t in texts)
    assert any(t.startswith("Notes the valuation") for t in texts)
    assert any(t.rstrip(".").endswith("by June 2021") for t in texts), texts  # no closing quote
    assert any("late report on cycle lanes" in t for t in texts)


def test_a_decision_label_over_its_matter():
    # R90: "Approved" / "Agreed" alone on the line over the matter, under a heading or a number
    text = (
        "4/21\nFINANCE COMMITTEE (B/21/04)\nApproved\n"
        "The revised scheme of delegation, subject to the changes in the Committee's report.\n"
        "5/21\nNot approved\n"
        "The proposal that schools set their own term dates.\n"
        "6/21\nNoted\n"
        "The annual report on complaints.\n"
        "7/21\nRecommended to Council\n"
        "That Dr Maya Ross be appointed Dean of Science for three years.\n"
    )
    texts = decisions(text)
    assert any(t.startswith("The revised scheme of delegation") for t in texts), texts
    assert any("Maya Ross be appointed" in t for t in texts), texts
    assert not any("term dates" in t or t.startswith("Not approved") for t in texts), texts
    assert not any(t.isupper() for t in texts), texts  # not the headings


def test_a_status_stamp_over_the_title_is_not_a_decision():
    ex = extract(
        "Council\n\nOPEN MINUTES\n\nConfirmed\n\n"
        "Minutes of a meeting of Council held in the Chamber on Wednesday 3 March 2021 at 1 pm.\n\n"
        "1. Apologies\nNone.\n",
        filename="x.txt",
    )
    assert [r.text for r in ex.resolutions] == []


def test_a_delegated_power_to_make_minor_changes_is_not_a_task():
    ex = found(
        "8. CYCLE LANES\nResolved: (Cr Poole/Cr Lang) Minute No. C 21046\n"
        '"That the Board:\n(i) endorses the bid for funding of the cycle lanes; and\n'
        '(ii) delegates to the Chief Executive authority to make minor changes to the bid."\n'
    )
    assert len(ex.resolutions) == 2
    assert ex.actions == []


# Round 27b, on set 38 after its blind run (and on set 37): each case in our own words.


def test_a_numbered_be_it_resolved():
    # R91: "#41/2022 BE IT RESOLVED THAT ..." (a Canadian municipality's resolution numbers)
    texts = decisions(
        "#41/2022 BE IT RESOLVED THAT the Municipality renew its insurance with the current broker.\n\n"
        "CARRIED.\n\n"
        "#42/2022 BE IT RESOLVED THAT the Reeve and the Chief Administrative Officer sign the lease.\n\n"
        "CARRIED.\n"
    )
    assert any("renew its insurance" in t for t in texts), texts
    assert any("sign the lease" in t for t in texts), texts


@pytest.mark.parametrize(
    ("vote", "decided"),
    [
        ("Vote: Unanimous (4 – Favor, 0 – Oppose)", True),
        ("Vote: 3 – Favor, 1 – Oppose (Member Ruiz). Motion carried.", True),
        ("Vote: 1 – Favor, 3 – Oppose.", False),
    ],
)
def test_a_motion_with_a_second_from_and_a_favor_oppose_tally(vote, decided):
    # R92: "X made a motion to ...; with a second from Y." then the tally on its own line
    texts = decisions(
        "4. Ditch repairs\n"
        "Member Ortiz made a motion to approve the repair claim of $2,300; with a second from "
        f"Member Hale.\n\n{vote}\n"
    )
    assert (texts == ["Approve the repair claim of $2,300"]) is decided, texts


def test_a_church_council_decides_by_its_initials():
    # R93: "A vote was taken, and PCC agreed unanimously."
    texts = decisions(
        "3. Fees\nThe Treasurer proposed holding the hall fee at £12. A vote was taken, and PCC "
        "agreed unanimously.\n"
    )
    assert texts and "PCC agreed unanimously" in texts[0], texts


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # H54: a church council and a working group by their initials; "Minute of" (singular);
        # "Notes from X meeting #7"; a school under the body's name is the venue
        ("Minutes of the PCC meeting held on 3rd May 2021.", "PCC"),
        ("Notes from Tools Governance WG meeting #7 - 4 Mar 2021", "Tools Governance WG"),
        ("Minute of Directors' meeting held on Thursday 4 March 2021", "Directors"),
        (
            "Black Isle Sports Council\nAnnual General Meeting Minutes\nFortrose Academy\n"
            "Thursday 4th March 2021",
            "Black Isle Sports Council",
        ),
        # H55: a web page's accessibility links above the title
        (
            "Skip Navigation\nThis table is used for column layout.\n\n"
            "Pier Committee Meeting Minutes 4 March 2021",
            "Pier Committee",
        ),
    ],
)
def test_meeting_bodies_from_round_27(head, body):
    ex = extract(head + "\n\n1. Apologies\nNone.\n", filename="x.txt")
    assert ex.meeting.body == body


def test_a_short_task_keeps_the_sentence_before_it_as_evidence():
    # A79: "KH to order." says what only with the sentence before it
    ex = found(
        "4. Equipment\nMembers discussed the mats. Agreed to buy 4 mats and 2 sets of jacks, "
        "cost not to exceed £180. KH to order.\n"
    )
    [action] = [a for a in ex.to_json(evidence=True)["actions"] if a["owner"] == "KH"]
    assert action["before"] == "Agreed to buy 4 mats and 2 sets of jacks, cost not to exceed £180."
    assert "before" not in ex.to_json()["actions"][0]  # the default shape is unchanged


@pytest.mark.parametrize(
    "line",
    [
        # R94: the record agreed with its mover and seconder in brackets, proposed "as a true
        # reflection", and a standards group's "Unanimous consent on minutes"
        "Minutes of 3rd February 2021 agreed (Proposer – JL, Seconder – MB)",
        "The minutes were proposed as a true record by JL and seconded by MB.",
        "Unanimous consent on minutes from the last meeting.",
    ],
)
def test_a_record_agreed_in_a_clubs_or_groups_words(line):
    assert decisions("1. Minutes\n" + line + "\n") != []


def test_minutes_still_to_be_approved_are_not_a_decision():
    assert (
        decisions("1. Minutes\nMinutes of the Finance Committee to be approved next time.\n") == []
    )


def test_an_election_and_its_outcome_word_are_one_decision():
    # R94: "... proposed by B, seconded by C. Elected." is one decision, not two
    texts = decisions(
        "6. Officers\nVice Chair – Rona Bell, proposed by MR, seconded by AG. Elected.\n"
    )
    assert len(texts) == 1 and texts[0].startswith("Vice Chair – Rona Bell"), texts
