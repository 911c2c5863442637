"""A post's name pasted from Word (curly quotes, en dashes, doubled spaces) is the same
post, never a second one; a name merely close to a post is refused unless the clerk
adds it deliberately (fresh-user test, owners bug 1)."""

from __future__ import annotations

import json

import pytest

POST = "Director of Children's Services"


def _names(cli) -> list[str]:
    r = cli("owner", "list", "--format", "json")
    assert r.exit_code == 0, r.output
    return sorted(o["name"] for o in json.loads(r.output))


@pytest.fixture
def posts(cli):
    assert (
        cli(
            "committee", "add", "Children's Services Scrutiny Committee", "--code", "CSSC"
        ).exit_code
        == 0
    )
    for name in (POST, "Head of Finance - Treasury", 'The "Corporate" Director'):
        assert cli("owner", "add", name).exit_code == 0
    return cli


@pytest.mark.parametrize(
    "written, post",
    [
        ("Director of Children\u2019s Services", POST),  # curly apostrophe
        ("Director of Children\u2018s Services", POST),
        ("Director of  Children's\u00a0Services", POST),  # doubled and non-breaking spaces
        ("director of children's services", POST),
        ("Head of Finance \u2013 Treasury", "Head of Finance - Treasury"),  # en dash
        ("Head of Finance \u2014 Treasury", "Head of Finance - Treasury"),  # em dash
        ("Head of Finance \u2212 Treasury", "Head of Finance - Treasury"),  # minus sign
        ("The \u201cCorporate\u201d Director", 'The "Corporate" Director'),  # curly double quotes
    ],
)
def test_a_name_written_differently_is_the_same_post(posts, written, post):
    for extra in ((), ("--create-owner",)):
        r = posts(
            "add-action",
            "Report back",
            "--owner",
            written,
            "--committee",
            "CSSC",
            *extra,
            "--allow-duplicate",
        )
        assert r.exit_code == 0, r.output
        assert f"owner: {post};" in r.output
    assert len(_names(posts)) == 3
    # Adding it as a post, or renaming another post to it, names the post that exists.
    r = posts("owner", "add", written)
    assert r.exit_code == 1
    assert f"'{post}' already exists" in r.stderr
    r = posts("owner", "add", "Spare post")
    assert posts("owner", "edit", "Spare post", "--rename", written).exit_code == 1
    assert len(_names(posts)) == 4


@pytest.mark.parametrize(
    "written",
    [
        "Director of Childrens Services",  # punctuation
        "Director of Chidlren's Services",  # a typo
        "Head of Finance Treasury",
        "Head of Finance-Treasury",
    ],
)
def test_create_owner_refuses_a_name_close_to_a_post(posts, written):
    r = posts(
        "add-action", "Report back", "--owner", written, "--committee", "CSSC", "--create-owner"
    )
    assert r.exit_code == 1
    line = r.stderr.strip()
    assert len(line.splitlines()) == 1, line
    assert "close to" in line and f'clerk owner add "{written}"' in line
    assert len(_names(posts)) == 3
    assert json.loads(posts("list", "--format", "json").output) == []  # nothing half-written
    # The deliberate way works, and the new post can then be given actions.
    assert posts("owner", "add", written).exit_code == 0
    r = posts("add-action", "Report back", "--owner", written, "--committee", "CSSC")
    assert r.exit_code == 0 and f"owner: {written};" in r.output


def test_create_owner_still_creates_a_post_unlike_any_other(posts):
    r = posts(
        "add-action",
        "Review fees",
        "--owner",
        "Section 151 Officer",
        "--committee",
        "CSSC",
        "--create-owner",
    )
    assert r.exit_code == 0, r.output
    assert "Section 151 Officer" in _names(posts)


def test_an_exact_name_wins_over_posts_that_fold_together(cli, db):
    """Two posts an old clerk made apart (before names were folded) can still each be
    named exactly, and renamed apart."""
    assert cli("committee", "add", "Cabinet", "--code", "CAB").exit_code == 0
    assert cli("owner", "add", "Head of Finance - Treasury").exit_code == 0
    db.run_sql(
        lambda q: q.insert(
            "owner", {"name": "Head of Finance \u2013 Treasury", "created_at": q.now}
        ),
        write=True,
    )
    for name in ("Head of Finance - Treasury", "Head of Finance \u2013 Treasury"):
        r = cli("add-action", "Report", "--owner", name, "--committee", "CAB", "--allow-duplicate")
        assert r.exit_code == 0 and f"owner: {name};" in r.output, r.output
    r = cli(
        "add-action", "Report", "--owner", "Head of Finance \u2014 Treasury", "--committee", "CAB"
    )
    assert r.exit_code == 1 and "More than one owner" in r.stderr
    r = cli(
        "owner", "edit", "Head of Finance \u2013 Treasury", "--rename", "Head of Finance - Pensions"
    )
    assert r.exit_code == 0, r.output
