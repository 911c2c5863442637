"""What import-minutes cannot find is said at once (findings bug 24), and a group named
as the subject ("the leadership team") never becomes a post."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clerk_cli.errors import InvalidInput
from clerk_cli.minutes import Extraction, FoundAction, Meeting
from clerk_cli.services.importer import (
    MinutesFile,
    content_hash,
    import_minutes,
    review_import,
)
from clerk_cli.services.importer.matching import is_group


def _minutes(*, body="Finance Committee", when=date(2023, 3, 14), owner=None) -> MinutesFile:
    actions = []
    if owner is not None:
        actions.append(
            FoundAction("Review the risk register", owner, None, None, None, None, 3, "source")
        )
    ex = Extraction(meeting=Meeting(body=body, date=when), actions=actions)
    return MinutesFile(Path("f.txt"), "f.txt", "text", content_hash("text"), ex)


def test_missing_date_and_committee_are_named_in_one_error(db):
    with pytest.raises(InvalidInput) as caught:
        review_import(db, _minutes(body=None, when=None))
    text = str(caught.value)
    assert "no meeting date found" in text and "no committee or board named" in text
    assert "--date" in text and "--committee" in text


def test_cli_names_both_missing_facts_at_once(cli, tmp_path):
    path = tmp_path / "bare.txt"
    path.write_text("The Clerk agreed to write to the applicant.\n", encoding="utf-8")
    result = cli("import-minutes", str(path), "--dry-run", "--format", "plain")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "bare.txt: no meeting date found, and no committee or board named" in lines[0]
    assert "--date" in lines[0] and "--committee" in lines[0]


def test_cli_names_every_files_missing_facts_at_once(cli, tmp_path, minutes_file):
    good = minutes_file()
    one = tmp_path / "one.txt"
    one.write_text("Minutes of the Planning Committee\nThe Clerk agreed to write.\n", "utf-8")
    two = tmp_path / "two.txt"
    two.write_text("Date: 14 March 2023\nThe Clerk agreed to write.\n", "utf-8")
    result = cli("import-minutes", str(good), str(one), str(two), "--yes")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "one.txt: no meeting date found." in lines[0]
    assert "two.txt: no committee or board named" in lines[0]
    assert "--date and --committee" in lines[0]


@pytest.mark.parametrize(
    "name",
    [
        "leadership team",
        "the Senior Leadership Team",
        "officers",
        "Council officers",
        "all members",
    ],
)
def test_groups_are_not_posts(name):
    assert is_group(name)


@pytest.mark.parametrize(
    "name",
    ["Democratic Services Officer", "Head of Finance", "Chair of the Committee", "Lead Member"],
)
def test_posts_are_not_groups(name):
    assert not is_group(name)


def test_a_group_as_owner_is_flagged_and_no_post_is_created(db):
    plan = review_import(db, _minutes(owner="leadership team"))
    a = plan.actions[0]
    assert a.owner is None and plan.new_owners == []
    assert "no owner named ('leadership team' is a group, not a post)" in a.flags
    import_minutes(db, _minutes(owner="leadership team"), by="dee")
    assert db.run_sql(lambda q: q.scalar("SELECT count(*) FROM owner")) == 0
    assert db.run_sql(lambda q: q.scalar("SELECT owner_id FROM action")) is None


@pytest.mark.parametrize("name", ["The", "the", "It", "This", "She", "He"])
def test_a_word_that_names_nobody_is_no_owner(db, name):
    """Seen on real minutes (a children's services scrutiny committee): "The need to increase
    Special Guardianship Orders was discussed" came back owned by "The", and the review
    offered to create a post called "The".  A determiner or pronoun alone is nobody."""
    plan = review_import(db, _minutes(owner=name))
    a = plan.actions[0]
    assert a.owner is None and plan.new_owners == []
    assert f"no owner named ('{name}' names nobody)" in a.flags
    import_minutes(db, _minutes(owner=name), by="dee")
    assert db.run_sql(lambda q: q.scalar("SELECT count(*) FROM owner")) == 0


def test_a_recorded_post_of_that_name_is_still_used(db):
    from clerk_cli.services.owners import add_owner

    add_owner(db, name="Leadership Team", holder=None)
    plan = review_import(db, _minutes(owner="leadership team"))
    assert plan.actions[0].owner.name == "Leadership Team" and plan.actions[0].warning is None
