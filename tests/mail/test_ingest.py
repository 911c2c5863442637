"""clerk mail ingest and clerk mail pending (issue 16 c): a reply changes actions only when
it answers a digest clerk sent and comes from the post's holder; each message once."""

from __future__ import annotations

import mailbox
from datetime import timedelta

from digest.conftest import TODAY

from .conftest import DCS, DEE, LUCY, RAJ, reply

FUTURE = TODAY + timedelta(days=40)


def _action(db, ref):
    return db.run_sql(
        lambda q: q.first(
            "SELECT status, due_date, slip_count, original_due_date FROM action WHERE ref = ?",
            (ref,),
        )
    )


def _notes(db, ref):
    return db.run_sql(
        lambda q: [
            tuple(r)
            for r in q.rows(
                "SELECT n.text, n.author FROM note n JOIN action a ON a.id = n.action_id "
                "WHERE a.ref = ? ORDER BY n.id",
                (ref,),
            )
        ]
    )


def _audit(db, ref):
    return db.run_sql(
        lambda q: [
            tuple(r)
            for r in q.rows("SELECT field, new, by FROM audit WHERE label = ? ORDER BY id", (ref,))
        ]
    )


def _changes(db):
    return db.run_sql(lambda q: q.scalar("SELECT count(*) FROM audit"))


def test_the_owners_reply_is_applied_and_audited_by_email(cli, council, sent):
    token = sent.token(LUCY)
    body = (
        "Hi Dee,\n\n"
        "CSSC-1 done - circulated on 3 July\n"
        f"CSSC-4 new date {FUTURE:%d/%m/%Y} - waiting for the audit\n"
        "AUD-2 in progress: draft with the Chair\n"
        "CSSC-2: any other text\n\nThanks\nLucy\n"
    )

    result = cli("mail", "ingest", input=reply(body, token=token))

    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        f"applied      Lucy Butler <{LUCY}>  <reply-1@mail.example.gov.uk>  (4 recorded, 0 not)"
    )
    assert _action(council, "CSSC-1")[0] == "done"
    status, due, slips, original = _action(council, "CSSC-4")
    assert (str(due), slips) == (FUTURE.isoformat(), 1) and str(original) != FUTURE.isoformat()
    assert _action(council, "AUD-2")[0] == "in_progress"
    who = "Lucy Butler by email <reply-1@mail.example.gov.uk>"
    assert _notes(council, "CSSC-1") == [("circulated on 3 July", who)]
    assert _notes(council, "CSSC-4") == [("waiting for the audit", who)]
    assert _notes(council, "CSSC-2") == [("any other text", who)]
    assert ("status", "done", who) in _audit(council, "CSSC-1")
    assert ("due_date", FUTURE.isoformat(), who) in _audit(council, "CSSC-4")
    assert cli("mail", "pending").stdout == "No replies need attention.\n"
    # The receipt went back through the same SMTP server, to Lucy only.
    receipts = [m for m in sent.server.handler.to(LUCY) if "Your update" in m["Subject"]]
    assert len(receipts) == 1
    r = receipts[0]
    assert r["Subject"] == "[Action log] Your update: 4 recorded"
    assert r["In-Reply-To"] == "<reply-1@mail.example.gov.uk>"
    assert r["Auto-Submitted"] == "auto-replied"
    text = r.get_body(preferencelist=("plain",)).get_content()
    assert "CSSC-1 done - circulated on 3 July" in text and "Not recorded" not in text
    assert "[receipt sent]" in result.stdout


def test_the_same_message_twice_is_applied_once(cli, council, sent):
    raw = reply("CSSC-2: chased the team", token=sent.token(LUCY))
    assert cli("mail", "ingest", input=raw).exit_code == 0
    before = _changes(council)

    again = cli("mail", "ingest", input=raw)

    assert again.exit_code == 0
    assert again.stdout.startswith("already read")
    assert _changes(council) == before
    assert _notes(council, "CSSC-2") == [
        ("chased the team", "Lucy Butler by email <reply-1@mail.example.gov.uk>")
    ]
    assert len([m for m in sent.server.messages if "Your update" in m["Subject"]]) == 1


def test_a_spoofed_sender_changes_nothing(cli, council, sent):
    # Raj (or anyone) writes From: Lucy, with Raj's own token: the digest went to Raj.
    raw = reply("CSSC-1 done", token=sent.token(RAJ))
    before = _changes(council)

    result = cli("mail", "ingest", input=raw)

    assert result.exit_code == 0
    assert result.stdout.startswith("attention")
    assert f"was not sent to {LUCY}" in result.stdout
    assert _changes(council) == before and _action(council, "CSSC-1")[0] == "open"
    assert not [m for m in sent.server.messages if "Your update" in m["Subject"]]  # no backscatter
    pending = cli("mail", "pending").stdout
    assert f"was not sent to {LUCY}" in pending and "1 reply needs attention." in pending


def test_a_forged_or_missing_token_changes_nothing(cli, council, sent):
    before = _changes(council)
    forged = reply("CSSC-1 done", token="abcdefghabcdefgh", message_id="<f1@x>")
    missing = reply("CSSC-1 done", message_id="<f2@x>")

    out1 = cli("mail", "ingest", input=forged).stdout
    out2 = cli("mail", "ingest", input=missing).stdout

    assert "is not one clerk sent" in out1
    assert "does not answer a digest" in out2
    assert _changes(council) == before


def test_someone_elses_action_is_not_changed_but_their_own_is(cli, council, sent):
    raw = reply("CSSC-3 done\nCSSC-2: briefing booked", token=sent.token(LUCY))

    result = cli("mail", "ingest", input=raw)

    assert "(1 recorded, 1 not)" in result.stdout
    assert f"{LUCY} does not hold the post that owns CSSC-3" in result.stdout
    assert _action(council, "CSSC-3")[0] == "open"  # Raj's
    assert _notes(council, "CSSC-2")[0][0] == "briefing booked"
    (receipt,) = [m for m in sent.server.handler.to(LUCY) if "Your update" in m["Subject"]]
    assert receipt["Subject"] == "[Action log] Your update: 1 recorded, 1 not recorded"
    assert (
        "CSSC-3 done: lucy.butler@example.gov.uk does not hold"
        in receipt.get_body(preferencelist=("plain",)).get_content()
    )


def test_the_committee_clerk_may_update_any_action_of_their_committee(cli, council, sent):
    raw = reply(
        "CSSC-3 done - confirmed by phone", sender=f"Dee Pike <{DEE}>", token=sent.token(DEE)
    )

    result = cli("mail", "ingest", input=raw)

    assert result.stdout.startswith("applied"), result.stdout
    assert _action(council, "CSSC-3")[0] == "done"
    # ...but not another committee's.
    raw = reply(
        "AUD-1 done", sender=f"Dee Pike <{DEE}>", token=sent.token(DEE), message_id="<r2@x>"
    )
    assert "does not hold the post that owns AUD-1" in cli("mail", "ingest", input=raw).stdout


def test_an_unreadable_line_is_reported_and_the_rest_applied(cli, council, sent):
    raw = reply("CSSC-2 sort of finished?\nCSSC-1 done", token=sent.token(LUCY))

    result = cli("mail", "ingest", input=raw)

    assert result.stdout.startswith("attention")
    assert _action(council, "CSSC-1")[0] == "done"
    pending = cli("mail", "pending").stdout
    assert "recorded: CSSC-1 done" in pending
    assert "not recorded: CSSC-2 sort of finished?: not understood" in pending


def test_a_malformed_message_is_one_line_and_changes_nothing(cli, council, sent):
    before = _changes(council)

    result = cli("mail", "ingest", input=b"\x00\xff garbage with no headers\r\n\r\n")

    assert result.exit_code == 0
    assert result.stdout.count("\n") == 2  # the message's line and the total
    assert result.stdout.startswith("attention")
    assert _changes(council) == before


def test_a_ten_megabyte_message_is_not_read(cli, council, sent):
    raw = reply("CSSC-1 done\n" + ("x" * 76 + "\n") * 135_000, token=sent.token(LUCY))
    assert len(raw) > 10_000_000

    result = cli("mail", "ingest", input=raw)

    assert result.exit_code == 0
    assert "replies are read up to 2 MB" in result.stdout
    assert _action(council, "CSSC-1")[0] == "open"


def test_an_out_of_office_is_ignored_and_not_answered(cli, council, sent):
    raw = reply(
        "I am away until Monday. CSSC-1", token=sent.token(LUCY), Auto_Submitted="auto-replied"
    )

    result = cli("mail", "ingest", input=raw)

    assert result.stdout.startswith("ignored")
    assert not [m for m in sent.server.messages if "Your update" in m["Subject"]]
    assert cli("mail", "pending").stdout == "No replies need attention.\n"


def test_a_closed_action_and_a_past_date_are_not_applied(cli, council, sent):
    past = (TODAY - timedelta(days=3)).strftime("%d/%m/%Y")
    raw = reply(f"CSSC-6 done\nCSSC-4 new date {past}", token=sent.token(LUCY))

    out = cli("mail", "ingest", input=raw).stdout

    assert "CSSC-6 is already done" in out
    assert "is in the past" in out


def test_a_maildir_and_an_mbox_are_read_message_by_message(cli, council, sent, tmp_path):
    token = sent.token(LUCY)
    md = mailbox.Maildir(str(tmp_path / "Maildir"))
    md.add(reply("CSSC-2: first", token=token, message_id="<m1@x>"))
    md.add(reply("CSSC-2: second", token=token, message_id="<m2@x>"))
    mb = mailbox.mbox(str(tmp_path / "replies.mbox"))
    mb.add(reply("CSSC-2: second", token=token, message_id="<m2@x>"))  # the same as the maildir's
    mb.add(
        reply("CSSC-1 done", token=sent.token(RAJ), sender=f"Raj Shah <{RAJ}>", message_id="<m3@x>")
    )
    mb.flush()

    first = cli("mail", "ingest", str(tmp_path / "Maildir"), "--no-receipts")
    second = cli("mail", "ingest", "--mbox", str(tmp_path / "replies.mbox"), "--no-receipts")

    assert first.stdout.rstrip().endswith("2 messages: 2 applied.")
    assert (
        "already read" in second.stdout
        and "does not hold the post that owns CSSC-1" in second.stdout
    )
    assert [n[0] for n in _notes(council, "CSSC-2")] == ["first", "second"]
    assert not [m for m in sent.server.messages if "Your update" in m["Subject"]]


def test_a_source_that_is_not_there_is_one_line(cli, council, tmp_path):
    result = cli("mail", "ingest", str(tmp_path / "nope"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


def test_a_handover_moves_who_may_reply(cli, council, sent):
    from clerk_cli.services.owners import handover

    handover(council, post=DCS, to="Sam Patel <sam.patel@example.gov.uk>")
    raw = reply("CSSC-2: done by me before I left", token=sent.token(LUCY))

    out = cli("mail", "ingest", input=raw).stdout

    assert f"{LUCY} does not hold the post that owns CSSC-2" in out
    assert _notes(council, "CSSC-2") == []


def test_a_reply_to_a_digest_more_than_60_days_old_is_not_applied(cli, council, sent):
    later = (TODAY + timedelta(days=61)).isoformat()
    raw = reply("CSSC-2: late news", token=sent.token(LUCY))

    out = cli("mail", "ingest", "--as-of", later, input=raw).stdout

    assert "is more than 60 days old" in out
    assert _notes(council, "CSSC-2") == []
