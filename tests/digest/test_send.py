"""clerk digest --send against a real SMTP server on localhost."""

from __future__ import annotations

from .conftest import ANN, CEO, DCS, DEE, HOF, LUCY, RAJ, TODAY, bare, parts, refs_in, sent_rows

OWNER_REFS = {
    LUCY: {"CSSC-1", "CSSC-2", "CSSC-4", "AUD-2"},
    RAJ: {"CSSC-3", "AUD-1"},
}
CLERK_REFS = {
    DEE: {"CSSC-1", "CSSC-2", "CSSC-3", "CSSC-6"},
    ANN: {"AUD-1", "AUD-2", "AUD-3"},
}


def test_each_recipient_gets_one_digest_with_a_clear_subject(
    cli, council, smtp_server, smtp_config
):
    server = smtp_server()
    smtp_config(server)

    result = cli("digest", "--send")

    assert result.exit_code == 0, result.output
    subjects = {rcpt: bare(msg["Subject"]) for rcpt, msg in server.by_recipient().items()}
    assert subjects == {
        LUCY: f"[Action log] 2 overdue, 1 due soon, 1 with no recent update: {DCS}",
        RAJ: f"[Action log] 1 overdue, 1 due soon: {HOF}",
        DEE: "[Action log] CSSC summary: 2 overdue, 1 due soon, 1 completed",
        ANN: "[Action log] AUD summary: 2 overdue, 1 due soon",
    }
    assert len(server.messages) == 4
    # The vacant post cannot be emailed: said, not failed.
    assert f"no address   {CEO}" in result.output
    assert "4 sent, 1 with no email address" in result.output


def test_messages_are_multipart_with_the_usual_headers(cli, council, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0

    msg = server.by_recipient()[LUCY]
    assert msg["From"] == "Democratic Services <democratic.services@example.gov.uk>"
    assert msg["To"] == f"Lucy Butler <{LUCY}>"
    assert msg["Date"] and msg["Message-ID"].endswith("@example.gov.uk>")
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    ids = {m["Message-ID"] for m in server.messages}
    assert len(ids) == 4


def test_each_owner_sees_exactly_their_own_actions(cli, council, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0

    for address, expected in OWNER_REFS.items():
        text, html = parts(server.by_recipient()[address])
        assert refs_in(text) == expected, address
        assert refs_in(html) == expected, address
    for address, expected in CLERK_REFS.items():
        text, html = parts(server.by_recipient()[address])
        assert refs_in(text) == expected, address
        assert refs_in(html) == expected, address


def test_owner_digest_shows_the_details_of_each_action(cli, council, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0

    text, html = parts(server.by_recipient()[RAJ])
    assert "Publish the budget monitoring report" in text
    assert "Children's Services Scrutiny Committee (CSSC)" in text
    assert "3 days overdue" in text and "3 days" in html
    assert "Draft with the portfolio holder" in text and "Draft with the portfolio holder" in html
    assert "reply to this email" in text and "reply to this email" in html  # the footer
    lucy_text, _ = parts(server.by_recipient()[LUCY])
    assert (
        "NO UPDATE FOR 30 DAYS OR MORE (1)" in lucy_text
        and "Refresh the sufficiency strategy" in lucy_text
    )


def test_confidential_actions_reach_only_their_owner_and_clerk(
    cli, council, smtp_server, smtp_config
):
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0

    secret = "Brief members on the safeguarding case"
    got = {rcpt for rcpt, msg in server.by_recipient().items() if secret in parts(msg)[0]}
    assert got == {LUCY, DEE}
    for address in (LUCY, DEE):
        text, html = parts(server.by_recipient()[address])
        line = next(x for x in text.splitlines() if secret in x)
        assert "[CONFIDENTIAL]" in line
        assert "CONFIDENTIAL" in html
    assert secret not in server.by_recipient()[LUCY]["Subject"]


def test_html_escapes_action_text(cli, council, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0

    text, html = parts(server.by_recipient()[LUCY])
    assert '<script>alert("x")</script>' in text  # plain text is as written
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; other" in html


def test_clerk_summary_names_unreachable_and_silent_owners_and_completions(
    cli, council, smtp_server, smtp_config
):
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0

    ann, _ = parts(server.by_recipient()[ANN])
    no_email = ann.split("OWNERS WITH NO EMAIL ADDRESS", 1)[1].split("\n\n", 1)[0]
    assert f"{CEO} (vacant): AUD-3" in no_email
    dee, dee_html = parts(server.by_recipient()[DEE])
    silent = dee.split("NO UPDATE SINCE FALLING DUE", 1)[1].split("\n\n", 1)[0]
    assert f"{DCS} (Lucy Butler): CSSC-1" in silent
    assert "CSSC-3" not in silent  # noted after it fell due
    done = dee.split("COMPLETED SINCE", 1)[1]
    assert "CSSC-6  Circulate the Ofsted letter" in done
    # grouped by owner: each owner's heading comes before their actions
    assert dee.index(f"{DCS} (Lucy Butler)") < dee.index("CSSC-1") < dee.index(f"{HOF} (Raj Shah)")
    assert dee.index(f"{HOF} (Raj Shah)") < dee.index("CSSC-3  Publish")
    assert "Completed since" in dee_html


def test_a_second_run_in_the_same_week_sends_nothing(cli, council, db, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server)
    assert cli("digest", "--send").exit_code == 0
    assert len(server.messages) == 4

    again = cli("digest", "--send")

    assert again.exit_code == 0
    assert len(server.messages) == 4
    assert "4 already sent this week" in again.output
    week = "{}-W{:02d}".format(*TODAY.isocalendar()[:2])
    rows = sent_rows(db)
    assert sorted((r[0], r[1], r[3]) for r in rows) == sorted(
        [(LUCY, "owner", week), (RAJ, "owner", week), (DEE, "clerk", week), (ANN, "clerk", week)]
    )


def test_force_resends_without_duplicating_records(cli, council, db, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server)
    assert cli("digest", "--send").exit_code == 0

    result = cli("digest", "--send", "--force")

    assert result.exit_code == 0
    assert len(server.messages) == 8
    assert len(sent_rows(db)) == 4


def test_a_refused_recipient_is_named_left_unrecorded_and_retried(
    cli, council, db, smtp_server, smtp_config
):
    server = smtp_server()
    server.handler.refuse.add(RAJ)
    smtp_config(server)

    result = cli("digest", "--send")

    assert result.exit_code == 1
    assert {rcpt for rcpts, _ in server.handler.messages for rcpt in rcpts} == {LUCY, DEE, ANN}
    assert [r[0] for r in sent_rows(db) if r[0] == RAJ] == []
    assert len(sent_rows(db)) == 3
    assert len(result.stderr.strip().splitlines()) == 1
    error = result.stderr.strip()
    assert error.startswith("Error: 1 digest not sent: Head of Finance <raj.shah@example.gov.uk>")
    assert "next run retries" in error
    assert "Traceback" not in result.stderr
    assert "failed       Raj Shah <raj.shah@example.gov.uk>" in result.stdout

    server.handler.refuse.clear()
    retry = cli("digest", "--send")

    assert retry.exit_code == 0, retry.output
    assert [rcpts for rcpts, _ in server.handler.messages[3:]] == [[RAJ]]
    assert "1 sent, 3 already sent this week" in retry.output
    assert len(sent_rows(db)) == 4


def test_dry_run_sends_and_records_nothing(cli, council, db, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server)

    result = cli("digest", "--send", "--dry-run")

    assert result.exit_code == 0
    assert server.messages == []
    assert sent_rows(db) == []
    assert "4 would be sent" in result.output


def test_owner_and_committee_filters(cli, council, db, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server)

    result = cli("digest", "--send", "--owner", HOF)
    assert result.exit_code == 0
    assert list(server.by_recipient()) == [RAJ]

    result = cli("digest", "--send", "--committee", "AUD")
    assert result.exit_code == 0
    latest = {rcpts[0]: m for rcpts, m in server.handler.messages[1:]}
    assert set(latest) == {LUCY, RAJ, ANN}
    assert refs_in(parts(latest[LUCY])[0]) == {"AUD-2"}
    # Limited to AUD, Raj's digest is not this week's full one: it went again.
    assert refs_in(parts(latest[RAJ])[0]) == {"AUD-1"}
    assert {r[2] for r in sent_rows(db) if r[0] == RAJ} == {"2", "2:AUD"}


def test_include_empty_sends_to_owners_with_nothing_to_report(cli, db, smtp_server, smtp_config):
    from clerk_cli.services.owners import add_owner

    add_owner(db, name="Monitoring Officer", holder="Mo Khan <mo.khan@example.gov.uk>")
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0
    assert server.messages == []

    assert cli("digest", "--send", "--include-empty").exit_code == 0
    assert [bare(m["Subject"]) for m in server.messages] == [
        "[Action log] nothing due: Monitoring Officer"
    ]


def test_non_ascii_names_and_text_survive_the_trip(cli, db, smtp_server, smtp_config):
    from clerk_cli.services.actions import add_action
    from clerk_cli.services.committees import add_committee
    from clerk_cli.services.owners import add_owner

    add_committee(db, name="Pwyllgor Craffu", code="PC", clerk="Siân Hughes <sian@example.gov.uk>")
    add_owner(db, name="Pennaeth Cyllid", holder="Gwenllïan Jones <gwen@example.gov.uk>")
    add_action(
        db,
        text="Rhannu’r adroddiad: £2.5m «café» budget",
        owner="Pennaeth Cyllid",
        committee="PC",
        due="2020-01-01",
        today=TODAY,
    )
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0

    msg = server.by_recipient()["gwen@example.gov.uk"]
    assert msg["To"] == "Gwenllïan Jones <gwen@example.gov.uk>"
    assert bare(msg["Subject"]) == "[Action log] 1 overdue: Pennaeth Cyllid"
    text, html = parts(msg)
    assert "Dear Gwenllïan Jones" in text
    assert "Rhannu’r adroddiad: £2.5m «café» budget" in text
    assert "Rhannu&#8217;r adroddiad: &#163;2.5m &#171;caf&#233;&#187; budget" in html
    assert server.by_recipient()["sian@example.gov.uk"]["To"] == "Siân Hughes <sian@example.gov.uk>"
