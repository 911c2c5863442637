"""One email per clerk address a week, and the wording a council sets: subject prefix,
organisation, sign-off and Reply-To (issue 14 item 2; findings bug 28 and the visual verdicts)."""

from __future__ import annotations

import re
from datetime import timedelta

from .conftest import DEE, LUCY, RAJ, TODAY, bare, parts, refs_in, sent_rows


def _dee_clerks_two_and_owns_one(db):
    from clerk_cli.services.actions import add_action
    from clerk_cli.services.committees import add_committee
    from clerk_cli.services.owners import add_owner

    add_committee(db, name="Corporate Parenting Board", code="CPB", clerk=f"Dee Pike <{DEE}>")
    add_owner(db, name="Democratic Services Manager", holder=f"Dee Pike <{DEE.upper()}>")
    due = (TODAY - timedelta(days=4)).isoformat()
    add_action(
        db,
        text="Book the room for the away day",
        owner="Democratic Services Manager",
        committee="CPB",
        due=due,
        today=TODAY,
    )


def test_a_clerk_of_two_committees_gets_one_email_with_their_own_actions_in_it(
    cli, council, smtp_server, smtp_config
):
    _dee_clerks_two_and_owns_one(council)
    server = smtp_server()
    smtp_config(server)

    result = cli("digest", "--send")

    assert result.exit_code == 0, result.output
    to_dee = server.handler.to(DEE)
    assert len(to_dee) == 1  # was three: two summaries and her own digest
    msg = to_dee[0]
    assert bare(msg["Subject"]) == (
        "[Action log] Summary: CPB 1 overdue, 0 due soon; CSSC 2 overdue, 1 due soon, 1 completed;"
        " your own actions: 1 overdue"
    )
    text, html = parts(msg)
    assert "==== Corporate Parenting Board (CPB) ====" in text
    assert "==== Children's Services Scrutiny Committee (CSSC) ====" in text
    assert "==== Your own actions: Democratic Services Manager ====" in text
    assert {"CPB-1", "CSSC-1", "CSSC-2", "CSSC-3", "CSSC-6"} <= refs_in(text) | set(
        re.findall(r"CPB-\d+", text)
    )
    assert "AUD-" not in text  # Ann's committee
    # Every digest the email held is recorded, so a rerun sends nothing.
    rows = [r for r in sent_rows(council) if r[0] == DEE]
    assert sorted((r[1], r[2]) for r in rows) == [
        ("clerk", "CPB"),
        ("clerk", "CSSC"),
        ("owner", "4"),
    ]
    assert cli("digest", "--send").exit_code == 0
    assert len(server.handler.to(DEE)) == 1
    assert "Your own actions" in html


def test_subject_prefix_sign_off_and_organisation_come_from_the_config(
    cli, council, smtp_server, write_config
):
    server = smtp_server()
    write_config(
        smtp={"host": server.host, "port": server.port, "security": "none"},
        digest={
            "from": "Democratic Services <ds@example.gov.uk>",
            "organisation": "Example Borough Council",
            "sign_off": "Jo Clerk, Democratic Services",
        },
    )

    assert cli("digest", "--send").exit_code == 0

    msg = server.by_recipient()[RAJ]
    assert bare(msg["Subject"]).startswith("[Example Borough Council] 1 overdue")
    text, html = parts(msg)
    assert (
        text.replace("\r\n", "\n")
        .rstrip()
        .endswith("Jo Clerk, Democratic Services\nExample Borough Council")
    )
    assert "Jo Clerk, Democratic Services<br>Example Borough Council" in html
    assert "clerk" not in msg["Subject"].lower()  # never the product's name


def test_an_explicit_subject_prefix_wins(cli, council, write_config):
    write_config(
        digest={"organisation": "Example Borough Council", "subject_prefix": "[EBC actions]"}
    )

    out = cli("digest", "--owner", "Head of Finance").stdout

    assert "Subject: [EBC actions] 1 overdue, 1 due soon: Head of Finance" in out


def test_reply_to_is_a_plus_address_holding_the_token_in_the_subject(
    cli, council, smtp_server, write_config
):
    server = smtp_server()
    write_config(
        smtp={"host": server.host, "port": server.port, "security": "none"},
        digest={
            "from": "Democratic Services <ds@example.gov.uk>",
            "reply_to": "actions@example.gov.uk",
            "sign_off": "Democratic Services",
        },
    )

    assert cli("digest", "--send").exit_code == 0

    tokens = set()
    for msg in server.messages:
        token = re.search(r"\[ref:([a-z2-7]{16})\]$", msg["Subject"]).group(1)
        assert msg["Reply-To"] == f"Democratic Services <actions+{token}@example.gov.uk>"
        assert token in msg["Message-ID"]
        tokens.add(token)
    assert len(tokens) == len(server.messages) == 4
    text, _ = parts(server.by_recipient()[LUCY])
    assert "reply to this email with one line per action" in text


def test_no_reply_to_without_a_reply_address(cli, council, smtp_server, smtp_config):
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0

    assert all(m["Reply-To"] is None for m in server.messages)


def test_a_bad_reply_address_is_one_line(cli, council, write_config):
    path = write_config(digest={"reply_to": "actions,evil@example.gov.uk"})

    result = cli("digest")

    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: 'actions,evil@example.gov.uk' is not a valid reply address"
    )
    assert f"(digest.reply_to in {path})" in result.stderr
    assert result.stderr.count("\n") == 1


def test_each_sent_email_stores_its_token_with_what_it_held(cli, council, smtp_server, smtp_config):
    _dee_clerks_two_and_owns_one(council)
    server = smtp_server()
    smtp_config(server)

    assert cli("digest", "--send").exit_code == 0

    from clerk_cli.store.digests import token_rows

    def held(msg):
        token = re.search(r"\[ref:([a-z2-7]{16})\]$", msg["Subject"]).group(1)
        rows = council.run_sql(lambda q: token_rows(q, token))
        return sorted((r.recipient, r.kind, r.owner_id, r.committee_id) for r in rows)

    assert held(server.handler.to(RAJ)[0]) == [(RAJ, "owner", 2, None)]
    # Dee's one email: her two committees (CSSC is 1, CPB 3) and her own post (4).
    assert held(server.handler.to(DEE)[0]) == [
        (DEE, "clerk", None, 1),
        (DEE, "clerk", None, 3),
        (DEE, "owner", 4, None),
    ]
    assert council.run_sql(lambda q: token_rows(q, "a" * 16)) == []


def test_an_outbox_stores_no_token(cli, council, tmp_path):
    env = {"CLERK_FROM": "Democratic Services <ds@example.gov.uk>"}
    assert cli("digest", "--outbox", str(tmp_path / "o"), env=env).exit_code == 0

    assert council.run_sql(lambda q: q.scalar("SELECT count(*) FROM digest_token")) == 0
