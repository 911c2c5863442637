"""Replies by email to a committee that agrees its closures (issue 16, item 5): an owner's
"done" becomes a proposal, not a closure; outcomes besides done need a reason."""

from __future__ import annotations

import json

from .conftest import LUCY, reply


def _status(db, ref):
    return db.run_sql(lambda q: q.first("SELECT status, outcome FROM action WHERE ref = ?", (ref,)))


def _proposals(db, ref):
    return db.run_sql(
        lambda q: [
            tuple(r)
            for r in q.rows(
                "SELECT p.outcome, p.reason, p.proposed_by, p.message_id, p.decision "
                "FROM closure_proposal p JOIN action a ON a.id = p.action_id "
                "WHERE a.ref = ? ORDER BY p.id",
                (ref,),
            )
        ]
    )


def test_an_emailed_done_proposes_completion_and_the_receipt_says_so(cli, council, sent):
    assert cli("committee", "edit", "CSSC", "--closure-by-agreement").exit_code == 0
    token = sent.token(LUCY)
    body = "CSSC-1 done - circulated on 3 July\nAUD-2 done - answered\n"

    result = cli("mail", "ingest", input=reply(body, token=token))

    assert result.exit_code == 0, result.output
    assert "(2 recorded, 0 not)" in result.stdout
    who = "Lucy Butler by email <reply-1@mail.example.gov.uk>"
    # CSSC agrees its closures: proposed, still open.  AUD does not: done.
    assert _status(council, "CSSC-1") == ("open", None)
    assert _proposals(council, "CSSC-1") == [
        ("done", "circulated on 3 July", who, "<reply-1@mail.example.gov.uk>", None)
    ]
    assert _status(council, "AUD-2") == ("done", "done")
    shown = json.loads(cli("show", "CSSC-1", "--format", "json").output)
    assert shown["status"] == "open" and shown["proposed_outcome"] == "done"
    assert shown["days_overdue"] is None  # awaiting the committee: not chased
    assert "completion proposed" in cli("show", "CSSC-1").output
    (receipt,) = [m for m in sent.server.handler.to(LUCY) if "Your update" in m["Subject"]]
    text = receipt.get_body(preferencelist=("plain",)).get_content()
    assert "CSSC-1 done - circulated on 3 July (completion proposed" in text


def test_a_second_done_for_a_proposed_action_is_not_recorded(cli, council, sent):
    assert cli("committee", "edit", "CSSC", "--closure-by-agreement").exit_code == 0
    token = sent.token(LUCY)
    assert cli("mail", "ingest", input=reply("CSSC-1 done", token=token)).exit_code == 0
    again = reply("CSSC-1 done - really", token=token, message_id="<reply-2@x.example>")

    result = cli("mail", "ingest", input=again)

    assert "already proposed for closure" in cli("mail", "pending").output
    assert len(_proposals(council, "CSSC-1")) == 1
    assert result.exit_code == 0


def test_not_feasible_by_email_needs_a_reason_and_keeps_it(cli, council, sent):
    token = sent.token(LUCY)
    body = "CSSC-4 not feasible - budget withdrawn\nCSSC-1 deferred\n"

    result = cli("mail", "ingest", input=reply(body, token=token))

    assert "(1 recorded, 1 not)" in result.stdout
    assert _status(council, "CSSC-4") == ("dropped", "not_feasible")
    assert _status(council, "CSSC-1") == ("open", None)  # no reason: not applied
    notes = json.loads(cli("show", "CSSC-4", "--format", "json").output)["notes"]
    assert notes[-1]["text"] == "Not feasible: budget withdrawn"
    assert "say why" in cli("mail", "pending").output


def test_a_confidential_proposal_stays_out_of_the_public_action_log(cli, council, sent):
    assert cli("committee", "edit", "CSSC", "--closure-by-agreement").exit_code == 0
    token = sent.token(LUCY)
    assert cli("mail", "ingest", input=reply("CSSC-2 done - briefed", token=token)).exit_code == 0
    assert _proposals(council, "CSSC-2")[0][0] == "done"

    public = cli("action-log", "CSSC", "--format", "markdown").output
    restricted = cli("action-log", "CSSC", "--format", "markdown", "--include-confidential").output

    assert "CSSC-2" not in public and "safeguarding" not in public
    assert "CSSC-2" in restricted and "proposed for closure" in restricted
