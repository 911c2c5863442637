"""Round 26, on set 37 after its blind run: minutes kept in a table with no Action header,
a web page's tags, a post's own "to the", a limb's label with a full stop, and a direction
to a titled person.  Each case in our own words."""

from __future__ import annotations

from clerk_cli.minutes import extract

HEAD = "Minutes of the Elm Community Council meeting held on 2 October 2019\n\n"


def found(text: str):
    return extract(HEAD + text, filename="x.txt")


def test_a_minutes_table_row_is_read_and_its_last_cell_owns_the_task():
    # A77: "| item | minute | owner |" with no header naming an Action column
    ex = found(
        "|Finance |The balance is £2,140.10. |  |\n\n"
        "| |Priya to send the grant form to the council by 31st October. |Priya |\n\n"
        "|Roads |Members agreed the verge is dangerous. Tom to report it to Highways. |Tom |\n"
    )
    tasks = {(a.owner, a.due_date.isoformat() if a.due_date else None) for a in ex.actions}
    assert ("Priya", "2019-10-31") in tasks
    assert ("Tom", None) in tasks


def test_a_post_in_a_table_row_is_not_a_task():
    ex = found("| Ann Ames | Director of Corporate Affairs (Trust Secretary) | AA |\n")
    assert ex.actions == []


def test_a_web_pages_line_breaks_are_its_lines():
    # A77: "<br />" tags in a text file stand for the lines they broke
    page = " <br /> ".join(
        ["Elm Housing Authority", "Minutes of the Meeting", "April 10, 1997"]
        + [f"Item {n}. The Board noted the report." for n in range(1, 9)]
        + ["The Board directed Ms. Rowe to advertise the empty flat in the local paper."]
    )
    ex = extract(page, filename="x.txt")
    assert ex.meeting.date.isoformat() == "1997-04-10"
    assert [a.owner for a in ex.actions] == ["Ms. Rowe"]  # R87: the title's full stop


def test_the_clerk_to_the_authority_owns_what_he_agreed_to_do():
    # A78: "Clerk to the Authority" is a post, and "to the" is part of it
    ex = found(
        "5. Radio\nThe Clerk to the Authority agreed to arrange a briefing before the end of October.\n"
    )
    assert [(a.owner, str(a.due_date)) for a in ex.actions] == [
        ("Clerk to the Authority", "2019-10-31")
    ]
    # still not a task: the post alone, as under a signature
    assert found("Secretary to the University Senate\n").actions == []


def test_a_limbs_label_with_a_full_stop():
    # A78: "(b).      that the Chief Officer report ..."
    ex = found(
        "RESOLVED\n\n(a).      that the plan be approved; and\n\n"
        "(b).      that the Chief Officer report the results to the Council on 9 December 2019.\n"
    )
    assert [r.text for r in ex.resolutions][0] == "The plan be approved"
    assert [(a.owner, str(a.due_date)) for a in ex.actions] == [("Chief Officer", "2019-12-09")]
