"""The import service on hand-built extractions: exact inputs, independent of the extractor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clerk_cli.errors import InvalidInput
from clerk_cli.minutes import Extraction, FoundAction, FoundResolution, Meeting
from clerk_cli.schema import Action, Audit, Owner, Resolution
from clerk_cli.services.committees import add_committee
from clerk_cli.services.importer import (
    MinutesFile,
    content_hash,
    import_minutes,
    review_import,
)
from clerk_cli.services.meetings import add_meeting, add_resolution

from .conftest import read_rows


def _minutes(
    *,
    body="Finance Committee",
    when=date(2023, 3, 14),
    resolutions=(),
    actions=(),
    name="finance.txt",
    text="fake minutes",
) -> MinutesFile:
    ex = Extraction(
        meeting=Meeting(body=body, date=when, time="10:00", title="Budget monitoring"),
        resolutions=list(resolutions),
        actions=list(actions),
    )
    return MinutesFile(
        path=Path(name), name=name, text=text, sha256=content_hash(text), extraction=ex
    )


def _action(
    text,
    *,
    owner=None,
    due_date=None,
    due_text=None,
    due_rule=None,
    resolution_ref=None,
    line=1,
    status="open",
) -> FoundAction:
    return FoundAction(
        text=text,
        owner=owner,
        due_date=due_date,
        due_text=due_text,
        due_rule=due_rule,
        resolution_ref=resolution_ref,
        line=line,
        source=f"source of {text}",
        status=status,
    )


def _all(db, model, **where):
    return read_rows(db, model, **where)


def test_month_rule_resolves_against_the_committee_calendar(db):
    add_committee(db, name="Finance Committee", code="FIN", clerk=None)
    add_meeting(db, committee="FIN", when="2023-06-13")
    add_meeting(db, committee="FIN", when="2023-09-12")
    mf = _minutes(
        actions=[
            _action(
                "Bring the outturn", due_rule="meeting_month:9", due_text="the September meeting"
            ),
            _action("Report back", due_rule="next_meeting", due_text="next meeting"),
        ]
    )
    result = import_minutes(db, mf, by="dee")
    assert result.actions == ["FIN-1", "FIN-2"] and not result.committee_created
    a1, a2 = _all(db, Action)
    assert (a1.due_date, a1.original_due_date, a1.due_rule) == (
        date(2023, 9, 12),
        date(2023, 9, 12),
        "meeting_month:9",
    )
    assert a2.due_date == date(2023, 6, 13)


def test_statuses_resolution_links_and_suffixes(db):
    add_committee(db, name="Finance Committee", code="FIN", clerk=None)
    add_meeting(db, committee="FIN", when="2023-03-14")
    add_resolution(db, text="Recorded by hand", meeting="FIN/2023-03-14", ref="5")
    mf = _minutes(
        resolutions=[
            FoundResolution("7", "Approve the budget", 10, "RESOLVED (7)"),
            FoundResolution("7", "Note the risks", 12, "RESOLVED (7) again"),
            FoundResolution("", "Thank the staff", 14, "RESOLVED"),
        ],
        actions=[
            _action(
                "Publish the budget", resolution_ref="7", status="done", owner="Treasurer", line=11
            ),
            _action("Chase the auditors", resolution_ref="5", owner="treasurer", line=20),
            _action("Ask the bank", resolution_ref="99", status="nonsense", line=21),
        ],
    )
    plan = review_import(db, mf)
    assert [r.ref for r in plan.resolutions] == [
        "7",
        "7 (2)",
        "4",
    ]  # no ref: numbered after the rest
    assert plan.actions[2].warning == "resolution 99 is not in these minutes: not linked"
    assert plan.new_owners == ["Treasurer"]  # named twice, in two spellings: one new owner

    import_minutes(db, mf, by="dee")
    acts = _all(db, Action)
    res = {r.id: r.ref for r in _all(db, Resolution)}
    assert [res.get(a.resolution_id) for a in acts] == ["7", "5", None]
    assert [a.status for a in acts] == ["done", "open", "open"]
    assert acts[0].completed_at is not None and acts[1].completed_at is None
    assert [a.source for a in acts] == [
        "finance.txt line 11",
        "finance.txt line 20",
        "finance.txt line 21",
    ]
    assert [o.name for o in _all(db, Owner)] == ["Treasurer"]
    assert acts[0].owner_id == acts[1].owner_id


def test_review_without_a_database_plans_everything_as_new(tmp_path):
    mf = _minutes(actions=[_action("Do it", owner="Treasurer")])
    plan = review_import(None, mf)
    assert plan.committee.kind == "new" and plan.committee.code == "FC"
    assert not plan.meeting_exists and plan.new_owners == ["Treasurer"]
    assert plan.meeting == "FC/2023-03-14"
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []  # nothing written anywhere


def test_same_content_is_already_imported(db):
    mf = _minutes(actions=[_action("Do it")])
    first = import_minutes(db, mf, by="dee")
    audits = len(_all(db, Audit))
    second = import_minutes(db, mf, by="dee")
    assert (first.status, second.status) == ("imported", "already imported")
    assert second.previous.actions == 1 and second.actions == []
    assert len(_all(db, Action)) == 1 and len(_all(db, Audit)) == audits


def test_missing_date_and_body_are_refused_before_any_work(db):
    with pytest.raises(
        InvalidInput, match=r"finance.txt: no meeting date found\. Give it with --date"
    ):
        import_minutes(db, _minutes(when=None))
    with pytest.raises(InvalidInput, match="finance.txt: no committee or board named"):
        import_minutes(db, _minutes(body=None))
    assert _all(db, Audit) == []


def test_a_failure_in_the_second_action_rolls_back_the_whole_file(db, monkeypatch):
    import clerk_cli.store.actions as action_store

    real = action_store.audit
    seen = []

    def failing_audit(s, **kw):
        if kw.get("entity") == "action":
            seen.append(kw["label"])
            if len(seen) == 2:
                raise InvalidInput("simulated failure")
        return real(s, **kw)

    monkeypatch.setattr(action_store, "audit", failing_audit)
    mf = _minutes(actions=[_action("One", owner="Treasurer"), _action("Two")])
    with pytest.raises(InvalidInput):
        import_minutes(db, mf, by="dee")
    assert seen == ["FIN-1", "FIN-2"] or seen == ["FC-1", "FC-2"]
    assert _all(db, Action) == [] and _all(db, Owner) == [] and _all(db, Audit) == []


@pytest.mark.parametrize(
    ("recorded", "body", "kind", "name"),
    [
        (
            "Licensing Committee",
            "Licensing Committee Hearing Panel",
            "close",
            "Licensing Committee",
        ),
        (
            "Highways & Transport Committee",
            "The Highways and Transport Committee",
            "existing",
            "Highways & Transport Committee",
        ),
        ("Cabinet Member Decisions", "Cabinet", "new", "Cabinet"),
        ("Finance Committee", "FIN", "existing", "Finance Committee"),  # by code
    ],
)
def test_committee_matching(db, recorded, body, kind, name):
    code = "FIN" if recorded == "Finance Committee" else None
    add_committee(db, name=recorded, code=code, clerk=None)
    plan = review_import(db, _minutes(body=body))
    assert (plan.committee.kind, plan.committee.name) == (kind, name)
    if kind == "new":
        assert plan.committee.code == "CAB"


@pytest.mark.parametrize(
    ("recorded", "body", "kind"),
    [
        # The committee recorded by its short name, the minutes with "Committee" after it.
        ("Audit", "Audit Committee", "close"),
        ("Planning Committee", "Planning", "close"),
        # The organisation before the committee's name (a heading as published).
        ("Cabinet", "Cotswold District Council Cabinet", "close"),
        ("Audit", "Cotswold District Council Audit Committee", "close"),
        ("Trust Board", "Kingston Hospital NHS Foundation Trust Board", "close"),
        # Not the same body: a sub-committee, a wider remit, a topic before the name.
        ("Licensing", "Licensing Sub-Committee", "new"),
        ("Audit", "Audit and Governance Committee", "new"),
        ("Scrutiny", "Children's Services Scrutiny Committee", "new"),
    ],
)
def test_a_committee_named_with_or_without_its_generic_word_is_a_close_match(
    db, recorded, body, kind
):
    """Found by a clerk: minutes headed "Audit Committee" made a second committee beside
    the recorded "Audit" (with --yes, silently).  The same body written with "Committee"
    or with the organisation's name before it is offered as a close match to confirm."""
    add_committee(db, name=recorded, code="REC", clerk=None)
    plan = review_import(db, _minutes(body=body))
    assert plan.committee.kind == kind
    assert (plan.committee.name == recorded) == (kind == "close")


def test_actions_with_no_text_are_skipped(db):
    plan = review_import(db, _minutes(actions=[_action("  "), _action("Do it")]))
    assert [a.text for a in plan.actions] == ["Do it"]
