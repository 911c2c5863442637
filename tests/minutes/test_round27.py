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
