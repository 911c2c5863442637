"""An owner's tag at the end of an action ("[Action RK]") is the owner, not part of the task:
the imported action reads "Contact Alan to discuss.", owned by RK (found by a review of the
import on a cricket club's minutes)."""

from __future__ import annotations

import json

import pytest

from clerk_cli.minutes import extract

MINUTES = """Minutes of the Finance Committee held on 3 March 2024

5. Pavilion
RK will contact Alan to discuss. [Action RK]
WH will speak to Kevin to arrange (Action: WH).
TQ to send the entry form and fee. [Action TQ/SF].
BK to write to the brewery - Action BK
"""


@pytest.mark.parametrize(
    "line,instruction",
    [
        ("RK will contact Alan to discuss. [Action RK]", "Contact Alan to discuss."),
        ("WH will speak to Kevin to arrange (Action: WH).", "Speak to Kevin to arrange"),
        ("TQ to send the entry form and fee. [Action TQ/SF].", "Send the entry form and fee."),
        ("BK to write to the brewery - Action BK", "Write to the brewery"),
        # not a tag: the words stay
        ("Clerk to list the actions (Action Items) for the website.", None),
    ],
)
def test_the_draft_leaves_out_the_owners_tag(line, instruction):
    [action] = extract("5. Pavilion\n" + line + "\n", filename="x.txt").actions
    assert action.draft == (instruction or action.draft)
    if instruction is None:
        assert "(Action Items)" in action.draft
    assert action.text == line  # the minutes' own words are kept as the evidence


def test_imported_actions_read_without_the_tag(cli, minutes_file):
    assert cli("committee", "add", "Finance Committee", "--code", "FIN").exit_code == 0
    path = minutes_file(MINUTES, "pavilion.txt")
    result = cli("import-minutes", str(path), "--committee", "FIN", "--yes")
    assert result.exit_code == 0, result.output
    listed = json.loads(cli("list", "--all", "--format", "json").output)
    assert sorted((a["text"], a["owner"]) for a in listed) == [
        ("Contact Alan to discuss.", "RK"),
        ("Send the entry form and fee.", "TQ"),
        ("Speak to Kevin to arrange.", "WH"),
        ("Write to the brewery.", "BK"),
    ]
