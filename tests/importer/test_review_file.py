"""import-minutes --review FILE.csv and --apply FILE.csv: the proposals as a spreadsheet,
edited and re-saved, recorded exactly as the file says (or not at all)."""

from __future__ import annotations

import csv
import io

from clerk_cli.schema import Action, MinutesImport, Owner

from .conftest import HIGHWAYS

# Minutes that ask twice for the same thing: a narrative commitment (7.4) and a limb
# of the resolution (7.15(2)), plus a statement that is nothing to do (7.6).
SCRUTINY = """\
MINUTES of a meeting of the Children's Services Scrutiny Committee held on Tuesday 14 June 2022 at 10.00 am

7.4 The Director of Children's Services agreed to share details of the make-up of the Improvement Board with the Committee. It was agreed to invite John Coughlan to a Scrutiny Committee meeting to gain his independent perspective on the progress made on the improvement journey.

7.6 These figures to be updated quarterly.

7.15 RESOLVED that the Committee:
1. Notes the progress made on the improvement journey.
2. Agrees to invite John Coughlan to attend a future meeting of the Committee to gain his independent perspective on the progress made on the improvement journey.
"""


def _rows(path):
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def _resave(path, rows, *, delimiter=";", encoding="cp1252"):
    """Save the rows as a spreadsheet would: its own separator and encoding, no BOM."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=delimiter, lineterminator="\r\n")
    w.writeheader()
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))


def _actions(cli):
    import json

    result = cli("list", "--format", "json", "--all-statuses")
    return json.loads(result.output)


def test_review_writes_one_row_per_item_and_records_nothing(cli, minutes_file, rows, tmp_path):
    review = tmp_path / "review.csv"
    result = cli("import-minutes", str(minutes_file(SCRUTINY)), "--review", str(review))
    assert result.exit_code == 0, result.output
    assert "Nothing recorded" in result.output and "--apply" in result.output
    found = _rows(review)
    assert [r["item"] for r in found] == ["1", "2", "3", "4"]
    by_text = {r["text"]: r for r in found}
    share = by_text["Share details of the make-up of the Improvement Board with the Committee."]
    assert share["owner"] == "new: Director of Children's Services" and share["minute"] == "7.4"
    invite = found[1]
    assert invite["text"].startswith("Invite John Coughlan") and invite["decision"] == "accept"
    assert found[2]["decision"] == "skip"  # "These figures to be ...": reads as a statement
    assert found[3]["decision"] == "merge:2" and found[3]["resolution"] == "7.15(2)"
    assert "line 3:" in invite["from_the_minutes"]
    assert rows(Action) == [] and rows(MinutesImport) == []


def test_round_trip_through_a_spreadsheet(cli, minutes_file, rows, tmp_path):
    cli("owner", "add", "Democratic Services Officer")
    path = minutes_file(SCRUTINY)
    review = tmp_path / "review.csv"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    found = _rows(review)
    found[0]["owner"] = "Democratic Services Officer"  # not the new post proposed
    found[0]["due"] = "next meeting"
    found[1]["text"] = "Invite John Coughlan (Improvement Board chair) to a meeting"
    found[1]["due"] = "30/09/2022"
    found[1]["minute"] = "7.4 and 7.15(2)"
    _resave(review, found)
    result = cli("import-minutes", str(path), "--apply", str(review))
    assert result.exit_code == 0, result.output
    acts = _actions(cli)
    assert [a["text"] for a in acts] == [
        "Share details of the make-up of the Improvement Board with the Committee.",
        "Invite John Coughlan (Improvement Board chair) to a meeting",
    ]
    assert acts[0]["owner"] == "Democratic Services Officer"
    assert acts[1]["due_date"] == "2022-09-30" and acts[1]["resolution_ref"] == "7.15(2)"
    assert [o.name for o in rows(Owner)] == ["Democratic Services Officer"]  # none created
    recorded = rows(Action)
    assert [a.minute_ref for a in recorded] == ["7.4", "7.4 and 7.15(2)"]
    assert "line 3:" in recorded[1].evidence and "line 9:" in recorded[1].evidence
    assert "no owner for" in result.output  # the warning names the one with nobody
    assert cli("import-minutes", str(path), "--apply", str(review)).output.count("already imported")


def test_every_wrong_row_is_named_and_nothing_is_written(cli, minutes_file, rows, tmp_path):
    path = minutes_file(SCRUTINY)
    review = tmp_path / "review.csv"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    found = _rows(review)
    found[0]["owner"] = "Directr of Childrens Services"
    found[0]["decision"] = "maybe"
    found[1]["due"] = "the twelfth of never"
    found[3]["decision"] = "merge:3"  # item 3 is skipped
    _resave(review, found, delimiter=",", encoding="utf-8")
    result = cli("import-minutes", str(path), "--apply", str(review))
    assert result.exit_code == 1
    assert "item 1: decision 'maybe' is not one of accept, skip" in result.output
    assert "item 2: 'the twelfth of never' is not a due date" in result.output
    assert "item 4: merge:3, but item 3 is not accepted (skip)" in result.output
    assert rows(Action) == [] and rows(MinutesImport) == [] and rows(Owner) == []


def test_unknown_owner_is_refused_with_a_suggestion_and_new_creates_it(
    cli, minutes_file, rows, tmp_path
):
    cli("owner", "add", "Director of Children's Services")
    path = minutes_file(SCRUTINY)
    review = tmp_path / "review.csv"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    found = _rows(review)
    assert found[0]["owner"] == "Director of Children's Services"  # recorded: matched
    found[1]["owner"] = "Director of Childrens Service"
    _resave(review, found)
    result = cli("import-minutes", str(path), "--apply", str(review))
    assert result.exit_code == 1
    assert (
        "item 2: no owner 'Director of Childrens Service'. Did you mean "
        "'Director of Children's Services'? Write 'new: Director of Childrens Service'"
    ) in result.output
    found[1]["owner"] = "new: Head of Participation"
    _resave(review, found)
    assert cli("import-minutes", str(path), "--apply", str(review)).exit_code == 0
    assert sorted(o.name for o in rows(Owner)) == [
        "Director of Children's Services",
        "Head of Participation",
    ]


def test_a_review_of_other_minutes_is_refused(cli, minutes_file, rows, tmp_path):
    review = tmp_path / "review.csv"
    assert (
        cli("import-minutes", str(minutes_file(SCRUTINY)), "--review", str(review)).exit_code == 0
    )
    other = minutes_file(HIGHWAYS, name="highways.txt")
    result = cli("import-minutes", str(other), "--apply", str(review))
    assert result.exit_code == 1
    assert "is this the review of other minutes?" in result.output
    assert rows(Action) == []


def test_resolution_only_and_a_merge_undone(cli, minutes_file, rows, tmp_path):
    path = minutes_file(SCRUTINY)
    review = tmp_path / "review.csv"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    found = _rows(review)
    found[3]["decision"] = "resolution-only"
    found[0]["decision"] = "resolution-only"  # not from a resolution
    _resave(review, found)
    result = cli("import-minutes", str(path), "--apply", str(review))
    assert "item 1: resolution-only, but it carries out no resolution; use skip." in result.output
    found[0]["decision"] = "accept"
    found[3]["decision"] = "accept"  # the limb as an action of its own after all
    _resave(review, found)
    assert cli("import-minutes", str(path), "--apply", str(review)).exit_code == 0
    acts = _actions(cli)
    assert len(acts) == 3
    assert [a["resolution_ref"] for a in acts] == [None, None, "7.15(2)"]


def test_replace_keeps_what_the_review_decided_and_every_reference(
    cli, minutes_file, rows, tmp_path
):
    cli("owner", "add", "Democratic Services Officer")
    path = minutes_file(SCRUTINY)
    review = tmp_path / "review.csv"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    found = _rows(review)
    found[0]["text"] = "Send members the Improvement Board's membership"
    found[0]["owner"] = "Democratic Services Officer"
    found[1]["due"] = "30/09/2022"
    _resave(review, found)
    assert cli("import-minutes", str(path), "--apply", str(review)).exit_code == 0
    before = [(a.ref, a.text, a.owner_id, a.due_date, a.minute_ref) for a in rows(Action)]

    result = cli("import-minutes", str(path), "--replace", "--yes")
    assert result.exit_code == 0, result.output
    after = [(a.ref, a.text, a.owner_id, a.due_date, a.minute_ref) for a in rows(Action)]
    assert after == before
    assert [o.name for o in rows(Owner)] == ["Democratic Services Officer"]  # no new post

    corrected = SCRUTINY.replace(
        "It was agreed to invite John Coughlan to a Scrutiny Committee meeting",
        "It was agreed to invite John Coughlan to the next Scrutiny Committee meeting",
    )
    result = cli("import-minutes", str(minutes_file(corrected)), "--replace", "--yes")
    assert result.exit_code == 0, result.output
    refs = {a.ref: a.text for a in rows(Action)}
    assert list(refs) == ["CSSC-1", "CSSC-2"]  # the corrected one keeps its reference
    assert refs["CSSC-1"] == "Send members the Improvement Board's membership"
    assert refs["CSSC-2"].startswith("Invite John Coughlan to the next Scrutiny Committee")


def test_the_review_file_is_readable_by_its_owner_only(cli, minutes_file, tmp_path):
    """The review file holds names and what the minutes say: 0600, like every file clerk
    writes, whatever the umask (it was created 0644 under the usual umask)."""
    import os
    import stat

    review = tmp_path / "review.csv"
    old = os.umask(0o022)
    try:
        result = cli("import-minutes", str(minutes_file(SCRUTINY)), "--review", str(review))
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(review.stat().st_mode) == 0o600
    assert review.read_bytes().startswith(b"\xef\xbb\xbfitem,decision,")  # still UTF-8 with a BOM
    assert [r["item"] for r in _rows(review)] == ["1", "2", "3", "4"]
    # Written again over an existing file (0644), it is private too.
    review.chmod(0o644)
    assert (
        cli("import-minutes", str(minutes_file(SCRUTINY)), "--review", str(review)).exit_code == 0
    )
    assert stat.S_IMODE(review.stat().st_mode) == 0o600


def test_every_problem_of_an_applied_file_is_a_line_of_its_own(cli, minutes_file, rows, tmp_path):
    """--apply's problems were joined with a literal backslash-n in the one-line error."""
    path = minutes_file(SCRUTINY)
    review = tmp_path / "review.csv"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    found = _rows(review)
    found[0]["decision"] = "maybe"
    found[1]["due"] = "the twelfth of never"
    found[3]["decision"] = "merge:3"  # item 3 is skipped
    _resave(review, found, delimiter=",", encoding="utf-8")
    result = cli("import-minutes", str(path), "--apply", str(review))
    assert result.exit_code == 1
    assert "\\n" not in result.output
    assert result.output.splitlines() == [
        "Error: item 1: decision 'maybe' is not one of accept, skip, merge:N, resolution-only.",
        "item 2: 'the twelfth of never' is not a due date clerk understands.",
        "item 4: merge:3, but item 3 is not accepted (skip).",
        "Nothing was recorded. Correct these and try again.",
    ]
    assert rows(Action) == [] and rows(MinutesImport) == []


def test_every_unreadable_row_of_a_review_file_is_a_line_of_its_own(
    cli, minutes_file, rows, tmp_path
):
    path = minutes_file(SCRUTINY)
    review = tmp_path / "review.csv"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    found = _rows(review)
    found[0]["item"] = "one"
    found[2]["item"] = "three\nand a bit"  # what the file held is shown, never a line break
    _resave(review, found, delimiter=",", encoding="utf-8")
    result = cli("import-minutes", str(path), "--apply", str(review))
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "Error: review.csv row 2: item 'one' is not a number.",
        "review.csv row 4: item 'three\\nand a bit' is not a number.",
        "Nothing was recorded.",
    ]
    assert rows(Action) == []


IMPOSSIBLE_DUE = HIGHWAYS.replace("by 31 March 2023", "by 31/04/2023")


def test_an_impossible_due_date_is_flagged_in_the_dry_run_and_the_review_file(
    cli, minutes_file, rows, tmp_path
):
    """ "by 31/04/2023": no 31 April, so no due date (never 1 May), and the review says why."""
    path = minutes_file(IMPOSSIBLE_DUE)
    dry = cli("import-minutes", str(path), "--dry-run", "--format", "plain")
    assert dry.exit_code == 0, dry.output
    item = dry.output.split("  1. ", 1)[1].split("  2. ", 1)[0]
    assert "Due: no due date" in item
    assert "! '31/04/2023' is not a real date: no due date" in item

    review = tmp_path / "review.csv"
    assert cli("import-minutes", str(path), "--review", str(review)).exit_code == 0
    [first, *_] = _rows(review)
    assert first["due"] == ""
    assert "'31/04/2023' is not a real date: no due date" in first["flags"]

    result = cli("import-minutes", str(path), "--apply", str(review))
    assert result.exit_code == 0, result.output
    assert "no due date for HTC-1" in result.output
    [recorded] = rows(Action, ref="HTC-1")
    assert (recorded.due_date, recorded.due_text, recorded.due_rule) == (None, None, None)
    assert recorded.text.endswith("by 31/04/2023.")  # the minutes' words are kept
