"""What the review proposes: instructions for text, the sentence kept as evidence, the
minute of every action, one action for a request made twice, owners by short title
and initials, and the minute shown and edited afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clerk_cli.minutes import Extraction, FoundAction, Meeting
from clerk_cli.schema import Action
from clerk_cli.services.importer import MinutesFile, content_hash, import_minutes, review_import
from clerk_cli.services.importer.matching import initials
from clerk_cli.services.importer.proposals import instruction, likeness

from .conftest import SEED_MINUTES


@pytest.mark.parametrize(
    ("text", "draft", "expected"),
    [
        (
            "A Committee Member advised that this matter was going to be considered by the "
            "Corporate Parenting Board and suggested sharing a report for information to ensure "
            "no duplication of work.",
            None,
            "Share a report with the Corporate Parenting Board for information.",
        ),
        (
            "The Committee was advised that an update on this could come back to the Committee "
            "at a future date.",
            "The Committee at a future date.",
            "Bring an update back to the Committee at a future date.",
        ),
        (
            "The Director agreed to share details of the Board and confirmed that it met monthly.",
            "Share details of the Board and confirmed that it met monthly.",
            "Share details of the Board.",
        ),
        (
            "Requests to have a copy of the Action Plan from the event held on 13 May, once "
            "complete, to help understand how this is being addressed.",
            "Have a copy of the Action Plan ...",
            "Send the Committee a copy of the Action Plan from the event held on 13 May.",
        ),
        (
            "The recruitment of social workers continued.",
            None,
            "The recruitment of social workers continued.",
        ),
    ],
)
def test_instruction(text, draft, expected):
    assert instruction(text, draft) == expected


def test_likeness_leaves_out_the_owner():
    a = "The Director of Highways agreed to provide ward members with a map."
    b = "That the Director of Highways be asked to write to the Department for Transport."
    assert likeness(a, b, besides="Director of Highways") == 0.0


def test_initials():
    assert initials("Director of Children's Services") == "DCS"
    assert initials("Head of Audit and Risk") == "HAR"


def _minutes(*owners: str) -> MinutesFile:
    actions = [
        FoundAction(f"Review item {i}", o, None, None, None, None, 3 + i, "src", minute_ref="5.1")
        for i, o in enumerate(owners)
    ]
    ex = Extraction(
        meeting=Meeting(body="Children's Services Scrutiny Committee", date=date(2022, 6, 14)),
        actions=actions,
    )
    return MinutesFile(Path("m.txt"), "m.txt", "text", content_hash("".join(owners)), ex)


def test_the_director_and_initials_find_the_post(cli, db):
    cli("committee", "add", "Children's Services Scrutiny Committee", "--code", "CSSC")
    cli("meeting", "add", "CSSC", "01/05/2022")
    cli("owner", "add", "Director of Children's Services")
    cli("owner", "add", "Director of Finance")  # serves another committee: not "the Director"
    cli(
        "add-action",
        "Earlier work",
        "--meeting",
        "CSSC/2022-05-01",
        "--owner",
        "Director of Children's Services",
    )
    plan = review_import(db, _minutes("Director", "DCS", "Head"))
    owners = [(a.owner.name if a.owner else None, a.owner_how) for a in plan.actions]
    assert owners[0] == (
        "Director of Children's Services",
        "'Director' read as 'Director of Children's Services', the only Director serving CSSC",
    )
    assert owners[1] == (
        "Director of Children's Services",
        "'DCS' read as the initials of 'Director of Children's Services'",
    )
    assert owners[2][0] == "Head" and plan.new_owners == ["Head"]  # proposed, not created
    text = "\n".join(plan.actions[0].flags + plan.actions[2].flags)
    assert "new owner 'Head': created only if you keep it" in text


def test_every_action_keeps_its_minute_and_edit_sets_it(cli, db, rows):
    import_minutes(db, _minutes("Director of Children's Services"), by="dee")
    assert [(a.minute_ref, a.evidence) for a in rows(Action)] == [("5.1", "line 3: Review item 0")]
    shown = cli("show", "CSSC-1", "--format", "plain").output
    assert "Minute:        5.1" in shown and "Evidence:      line 3: Review item 0" in shown
    assert cli("edit", "CSSC-1", "--minute", "7.4").exit_code == 0
    assert rows(Action)[0].minute_ref == "7.4"
    assert "minute ref  5.1   7.4" in cli("history", "CSSC-1").output


@pytest.mark.skipif(not SEED_MINUTES.exists(), reason="no ../shared/seed-minutes here")
def test_seed_002_gives_the_four_actions_a_clerk_would_record(cli, rows):
    cli("committee", "add", "Children and Young People Scrutiny Committee", "--code", "CYPSSC")
    seed = next(SEED_MINUTES.glob("002_*.txt"))
    args = ("import-minutes", str(seed), "--committee", "CYPSSC", "--date", "14/06/2022", "--yes")
    assert cli(*args).exit_code == 0
    got = [(a.text, a.minute_ref) for a in rows(Action)]
    assert got == [
        (
            "Share details with the Scrutiny Committee of the make-up of the Improvement Board.",
            "7.4",
        ),
        ("Invite John Coughlin to a Scrutiny Committee meeting.", "7.4"),
        ("Share with the Scrutiny Committee the full questions and outcomes document.", "7.5"),
        (
            "Send the Committee a copy of the Action Plan from the recruitment and retention "
            "problem solving event held on 13 May.",
            "7.15",
        ),
    ]
    res = {a.text[:12]: a.resolution_id is not None for a in rows(Action)}
    assert res == {
        "Share detail": False,
        "Invite John ": True,
        "Share with t": True,
        "Send the Com": True,
    }


@pytest.mark.parametrize(
    "instruction,item,proposed",
    [
        # too little on its own: the item it came under says what it is about
        ("Order them.", "Waymark discs and posts", "Order them (item: Waymark discs and posts)."),
        ("Chase.", "6. STREET LIGHTING", "Chase (item: Street lighting)."),
        ("Look at it.", "Fabric", "Look at it (item: Fabric)."),
        # enough on its own, or an item that says nothing, or none
        ("Write to the county council about the stile.", "Footpaths", None),
        ("Chase.", "Matters arising", None),
        ("Chase.", "Any Other Business (for information only)", None),
        ("Chase.", "7", None),
        ("Chase.", None, None),
        ("Report it to the county council through its website today please.", "Roads", None),
    ],
)
def test_an_instruction_too_short_to_stand_alone_names_its_item(instruction, item, proposed):
    from clerk_cli.services.importer.proposals import with_context

    assert with_context(instruction, item) == (proposed or instruction)


def test_an_action_tables_instructions_are_recorded_with_their_verbs(cli, minutes_file):
    """ "Write to Mr Smith about the hedge" in an Action column was recorded as "Mr Smith
    about the hedge.": the draft took "Write to" for an owner and left it out."""
    import json

    table = (
        "MINUTES of a meeting of the Highways and Transport Committee held on Tuesday "
        "14 March 2023\n\n"
        "| Action | Owner | Due |\n|---|---|---|\n"
        "| Write to Mr Smith about the hedge | Clerk | 31/03/2023 |\n"
        "| Report to Cabinet on costs | Treasurer | next meeting |\n"
        "| Invite the Chief Inspector to attend the June meeting | Clerk | 30/04/2023 |\n"
    )
    result = cli("import-minutes", str(minutes_file(table, "table.md")), "--yes")
    assert result.exit_code == 0, result.output
    listed = json.loads(cli("list", "--all", "--format", "json").output)
    assert sorted(a["text"] for a in listed) == [
        "Invite the Chief Inspector to attend the June meeting",
        "Report to Cabinet on costs",
        "Write to Mr Smith about the hedge",
    ]


@pytest.mark.parametrize(
    "instruction,before,proposed",
    [
        # A79: the sentence before a short task says what it is about
        (
            "Order.",
            "Agreed to buy 4 mats and 2 sets of jacks, cost not to exceed £180.",
            "Order (re: Agreed to buy 4 mats and 2 sets of jacks, cost not to exceed £180).",
        ),
        (
            "Arrange it.",
            "The boiler needs its annual service.",
            "Arrange it (re: The boiler needs its annual service).",
        ),
        # a task that stands on its own, or a sentence before that says nothing, is kept
        ("Write to the county council about the stile.", "The stile is broken.", None),
        ("Order.", "Carried.", None),
        ("Order.", None, None),
    ],
)
def test_a_short_instruction_says_what_it_is_about_from_the_sentence_before(
    instruction, before, proposed
):
    from clerk_cli.services.importer.proposals import with_context

    assert with_context(instruction, None, before) == (proposed or instruction)


def test_import_minutes_records_a_short_task_with_the_sentence_before_it(cli, minutes_file):
    import json

    text = (
        "Minutes of the Elm Bowls Club committee meeting held on 2 October 2019\n\n"
        "4. Equipment\nKH asked about the mats. Agreed to buy 4 mats and 2 sets of jacks, cost "
        "not to exceed £180. KH to order.\n"
    )
    result = cli("import-minutes", str(minutes_file(text, "bowls.txt")), "--yes")
    assert result.exit_code == 0, result.output
    listed = json.loads(cli("list", "--all", "--format", "json").output)
    assert [a["text"] for a in listed] == [
        "KH to order (item: Equipment; re: Agreed to buy 4 mats and 2 sets of jacks, cost not "
        "to exceed £180)."
    ]
