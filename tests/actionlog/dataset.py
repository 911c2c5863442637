"""A small, fixed set of committees, meetings, owners and actions for the action-log and export tests.

Built through the services (never by mocking the database), each step on the day
it happened (the clock is moved with time-machine), as a clerk would have recorded
it: so the papers and --as-of see a real history, and the golden files do not depend
on the day the tests run.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import time_machine

AS_OF = date(2022, 9, 13)  # a week before CSSC's meeting of 20 September 2022
NASTY = 'Publish the <script>alert("x")</script> & "survey" results'
FORMULA = '=HYPERLINK("http://evil.example","click")'

DCS = "Director of Children's Services"
HDS = "Head of Democratic Services"
CFO = "Chief Finance Officer"


def on(day: str, hour: int = 10, minute: int = 0):
    """Run the block as if it were that moment (UTC)."""
    moment = datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=UTC)
    return time_machine.travel(moment, tick=False)


def build(db) -> dict[str, str]:
    """Create the dataset in db; returns {label: action ref}."""
    with on("2022-03-16"):
        return _build(db)


def _build(db) -> dict[str, str]:
    from clerk_cli.services import actions, committees, meetings, owners
    from clerk_cli.services.action_edits import edit_action

    today = date(2022, 3, 16)
    committees.add_committee(
        db,
        name="Children's Services Scrutiny Committee",
        code="CSSC",
        clerk="Dee Pike <dee.pike@example.gov.uk>",
    )
    committees.add_committee(db, name="Audit & Governance Committee", code="AUD", clerk=None)
    for when, title, status in (
        ("2022-03-15", "Budget monitoring", "held"),
        ("2022-06-14", "Regulatory scrutiny of children's services", "held"),
        ("2022-07-19", None, "cancelled"),
        ("2022-09-20", None, "scheduled"),
        ("2022-12-13", None, "scheduled"),
    ):
        meetings.add_meeting(db, committee="CSSC", when=when, title=title, status=status)
    meetings.add_meeting(db, committee="AUD", when="2022-07-05", title=None, status="held")
    owners.add_owner(db, name=DCS, holder="Lucy Butler <lucy.butler@example.gov.uk>")
    owners.add_owner(db, name=HDS, holder="Dee Pike <dee.pike@example.gov.uk>")
    owners.add_owner(db, name=CFO)
    meetings.add_resolution(
        db, text="Agrees the revised budget", meeting="CSSC/2022-03-15", ref="22/014"
    )
    meetings.add_resolution(
        db, text="Requests the staff survey", meeting="CSSC/2022-06-14", ref="7.15(3)"
    )

    def add(text, **kw):
        return actions.add_action(db, text=text, today=today, **kw).ref

    refs = {}
    refs["slipped"] = add(
        "Report the revised budget to Cabinet",
        owner=DCS,
        due="2022-04-30",
        meeting="CSSC/2022-03-15",
        resolution="22/014",
    )
    refs["done_early"] = add(
        "Circulate the budget pack", owner=HDS, due="next meeting", meeting="CSSC/2022-03-15"
    )
    with on("2022-04-20"):
        edit_action(db, refs["slipped"], due="2022-06-30", today=today)
    with on("2022-05-20", 9, 30):
        actions.set_status(db, refs["done_early"], "done", today=today)
    with on("2022-06-15"):
        refs["nasty"] = add(
            NASTY, owner=DCS, due="next meeting", meeting="CSSC/2022-06-14", resolution="7.15(3)"
        )
        refs["formula"] = add(FORMULA, owner=CFO, due="2022-08-31", meeting="CSSC/2022-06-14")
        refs["secret_open"] = add(
            "Settle the claim with the family",
            owner=HDS,
            due="2022-09-30",
            meeting="CSSC/2022-06-14",
            confidential=True,
        )
        refs["done"] = add(
            "Send the Chair the inspection letter",
            owner=DCS,
            due="2022-07-01",
            meeting="CSSC/2022-06-14",
        )
        refs["dropped"] = add(
            "Arrange a site visit to Rowan House",
            owner=HDS,
            due="2022-08-01",
            meeting="CSSC/2022-06-14",
        )
        refs["secret_done"] = add(
            "Brief members on the tribunal outcome",
            owner=DCS,
            due="2022-08-15",
            meeting="CSSC/2022-06-14",
            confidential=True,
        )
        refs["no_meeting"] = add(
            "+44 numbers: update the members' contact list", owner=None, committee="CSSC"
        )
    with on("2022-06-30"):
        edit_action(db, refs["slipped"], due="2022-08-31", today=today)
    with on("2022-07-01", 14, 0):
        actions.set_status(db, refs["done"], "done", note="Sent on 1 July", today=today)
    with on("2022-07-06"):
        refs["aud_overdue"] = add(
            "-5% variance: explain to the committee",
            owner=CFO,
            due="2022-08-01",
            meeting="AUD/2022-07-05",
        )
        refs["aud_soon"] = add(
            "@risk register refresh", owner=CFO, due="2022-09-16", meeting="AUD/2022-07-05"
        )
    with on("2022-08-02", 10, 15):
        actions.set_status(
            db, refs["dropped"], "dropped", note="Superseded by the inspection", today=today
        )
    with on("2022-08-10", 16, 45):
        actions.set_status(db, refs["secret_done"], "done", today=today)
    with on("2022-08-20"):
        actions.set_status(db, refs["slipped"], "in_progress", note="Draft with legal", today=today)
    with on("2022-09-01"):
        actions.add_note(
            db, refs["nasty"], "Survey closes on 9 September & results due | soon", today=today
        )
    with on("2022-09-21"):
        refs["later"] = add(
            "Review the action log format", owner=HDS, due="2022-12-13", meeting="CSSC/2022-09-20"
        )
    return refs
