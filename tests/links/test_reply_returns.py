"""A referred action closed by its owner's emailed reply returns its outcome to the
action it came from, as every closing path does (store.actions.set_status)."""

from __future__ import annotations

import pytest
from mail.conftest import (  # noqa: F401  (fixtures shared with the mail tests)
    LUCY,
    council,
    reply,
    sent,
    smtp_config,
    smtp_server,
    tls_cert,
    write_config,
)

from .conftest import ok, shown


@pytest.fixture
def referral(cli, council):  # noqa: F811
    """CSSC-1 (Lucy's post) referred to the Audit Committee before the digests go out."""
    assert "as AUD-4" in ok(cli, "refer", "CSSC-1", "--to", "AUD")


def test_an_emailed_done_returns_to_the_origin(cli, council, referral, sent):  # noqa: F811
    token = sent.token(LUCY)
    result = cli("mail", "ingest", input=reply("AUD-4 done - audited", token=token))
    assert result.exit_code == 0, result.output
    assert shown(cli, "AUD-4")["status"] == "done"
    returned = [n["text"] for n in shown(cli, "CSSC-1")["notes"]]
    assert any(t.startswith("Audit Committee closed AUD-4 as done on ") for t in returned)
    assert [x["words"] for x in shown(cli, "CSSC-1")["links"]] == [
        "returned from Audit Committee (AUD-4)"
    ]
