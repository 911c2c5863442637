"""A register to publish: the action-log dataset, with secrets that must never reach it.

Built through the services on the days it happened (time-machine), so the site's
as-at day is the dataset's last change (21 September 2022) whatever day the tests run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from actionlog.dataset import build, on

# Words that appear only in confidential records: no published file may hold them.
SECRET_ACTION = "Negotiate the Zanzibar settlement"
SECRET_NOTE = "Quokka solicitor advised on the claim"
SECRET_RESOLUTION = "Agrees the exempt Marmoset report"
SECRETS = (SECRET_ACTION, SECRET_NOTE, SECRET_RESOLUTION, "Settle the claim with the family")


@pytest.fixture
def register(db, cli):
    """The dataset plus a confidential action (with a note and its own resolution) and a
    public note; returns {label: ref}."""
    from clerk_cli.services import actions, meetings

    refs = build(db)
    with on("2022-06-15", 11):
        meetings.add_resolution(db, text=SECRET_RESOLUTION, meeting="CSSC/2022-06-14", ref="7.16")
        refs["secret_noted"] = actions.add_action(
            db,
            text=SECRET_ACTION,
            owner="Head of Democratic Services",
            due="2022-10-01",
            meeting="CSSC/2022-06-14",
            resolution="7.16",
            confidential=True,
        ).ref
    with on("2022-09-02"):
        actions.add_note(db, refs["secret_noted"], SECRET_NOTE)
        actions.add_note(db, refs["formula"], "Chased the finance team")
    return refs


def publish(cli, site: Path, *args: str):
    result = cli("publish", "-o", str(site), *args)
    assert result.exit_code == 0, result.output
    return result


def snapshot(site: Path) -> dict[str, tuple[bytes, int]]:
    """{relative path: (bytes, mtime in ns)} of every file under site."""
    return {
        str(p.relative_to(site)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def site(register, cli, tmp_path) -> Path:
    """The register published into tmp_path/site."""
    out = tmp_path / "site"
    publish(cli, out)
    return out
