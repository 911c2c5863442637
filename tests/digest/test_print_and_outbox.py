"""clerk digest without --send: printed for reading, or written to an outbox as .eml files."""

from __future__ import annotations

import email
import stat
from datetime import timedelta
from email import policy

from .conftest import DCS, HOF, LUCY, RAJ, TODAY, parts, refs_in, sent_rows

# An outbox holds the emails as they would be sent, so it needs a From address too.
FROM = {"CLERK_FROM": "Democratic Services <ds@example.gov.uk>"}


def test_printing_shows_every_digest_as_plain_text_when_piped(cli, council):
    result = cli("digest")

    assert result.exit_code == 0
    out = result.stdout
    assert (
        f"To: Lucy Butler <{LUCY}>\nSubject: [Action log] 2 overdue, 1 due soon, 1 with no recent update: {DCS}"
        in out
    )
    assert f"Subject: [Action log] 1 overdue, 1 due soon: {HOF}" in out
    assert "Subject: [Action log] CSSC summary: 2 overdue, 1 due soon, 1 completed" in out
    assert (
        "To: (no email address: this digest cannot be sent)\nSubject: [Action log] 1 overdue: Chief Executive"
        in out
    )
    assert "\x1b[" not in out  # no terminal codes for cron's mail
    assert out.rstrip().endswith(
        "2 clerk summaries for {}-W{:02d} (as of {}), in 5 emails; 1 with no email address.".format(
            *TODAY.isocalendar()[:2], TODAY.isoformat()
        )
    )


def test_printing_sends_and_records_nothing(cli, council, db):
    assert cli("digest").exit_code == 0
    assert sent_rows(db) == []


def test_printed_owner_sections_hold_only_that_owner(cli, council):
    out = cli("digest", "--owner", HOF).stdout

    assert refs_in(out) == {"CSSC-3", "AUD-1"}
    assert "summary" not in out  # --owner: no clerk summaries


def test_as_of_makes_the_digest_reproducible(cli, council):
    later = TODAY + timedelta(days=8)

    out = cli("digest", "--owner", HOF, "--as-of", later.isoformat()).stdout

    assert f"as of {later.isoformat()}" in out
    assert "11 days overdue" in out  # CSSC-3 was 3 days overdue today
    assert "AUD-1  Review the risk register" in out.split("OVERDUE (2)", 1)[1]


def test_nothing_to_report(cli, db):
    result = cli("digest")

    assert result.exit_code == 0
    assert "No digests to send" in result.stdout


def test_outbox_writes_private_eml_files_and_records_nothing(cli, council, db, tmp_path):
    outbox = tmp_path / "outbox"

    result = cli("digest", "--outbox", str(outbox), env=FROM)

    assert result.exit_code == 0, result.output
    files = sorted(outbox.glob("*.eml"))
    assert len(files) == 4
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    messages = {
        email.message_from_bytes(f.read_bytes(), policy=policy.default)["To"]: f for f in files
    }
    lucy = email.message_from_bytes(
        messages[f"Lucy Butler <{LUCY}>"].read_bytes(), policy=policy.default
    )
    assert refs_in(parts(lucy)[0]) == {"CSSC-1", "CSSC-2", "CSSC-4", "AUD-2"}
    assert "4 written to" in result.stdout
    # Writing files is not delivering: a real --send this week still sends.
    assert sent_rows(db) == []
    again = cli("digest", "--outbox", str(outbox), env=FROM)
    assert again.exit_code == 0 and "4 written to" in again.stdout
    assert len(list(outbox.glob("*.eml"))) == 4


def test_outbox_uses_the_configured_from_address(cli, council, tmp_path, write_config):
    write_config(digest={"from": "Democratic Services <ds@example.gov.uk>"})

    assert cli("digest", "--outbox", str(tmp_path / "o"), "--owner", HOF).exit_code == 0

    (f,) = (tmp_path / "o").glob("*.eml")
    msg = email.message_from_bytes(f.read_bytes(), policy=policy.default)
    assert msg["From"] == "Democratic Services <ds@example.gov.uk>"
    assert msg["To"] == f"Raj Shah <{RAJ}>"


def test_an_unwritable_outbox_is_one_line(cli, council, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")

    result = cli("digest", "--outbox", str(blocker / "sub"), env=FROM)

    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Cannot create the outbox ")
    assert result.stderr.count("\n") == 1


def test_send_and_outbox_together_is_a_usage_error(cli, council, tmp_path):
    result = cli("digest", "--send", "--outbox", str(tmp_path))

    assert result.exit_code == 2
    assert "not both" in result.stderr


def test_a_council_can_override_the_templates(cli, council, tmp_path, write_config):
    tdir = tmp_path / "templates"
    tdir.mkdir()
    (tdir / "digest_owner.txt.j2").write_text(
        "Hello {{ d.holder }}: {{ d.overdue|length }} overdue.\n{% for a in d.overdue %}{{ a.ref }}\n{% endfor %}"
    )
    write_config(digest={"templates_dir": str(tdir), "footer": "Ring 01234 567890 with updates."})

    out = cli("digest", "--owner", HOF).stdout

    assert "Hello Raj Shah: 1 overdue.\nCSSC-3\n" in out


def test_a_broken_council_template_is_one_line(cli, council, tmp_path, write_config):
    tdir = tmp_path / "templates"
    tdir.mkdir()
    (tdir / "digest_owner.txt.j2").write_text("{% for a in d.overdue %}\n{{ a.ref }\n")
    write_config(digest={"templates_dir": str(tdir)})

    result = cli("digest", "--owner", HOF)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: Template {tdir / 'digest_owner.txt.j2'}, line 2:")
    assert result.stderr.count("\n") == 1


def test_the_footer_is_configurable(cli, council, write_config):
    write_config(digest={"footer": "Ring Democratic Services on 01234 567890 with updates."})

    out = cli("digest", "--owner", HOF).stdout

    assert "Ring Democratic Services on 01234 567890 with updates." in out
