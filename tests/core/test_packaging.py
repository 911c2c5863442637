"""Every package of clerk_cli is listed in setup.cfg, so an installed clerk has it all
(an import-minutes that worked from the tree crashed from a wheel when a new package
was left out)."""

from __future__ import annotations

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_shipped():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    listed = {p.strip() for p in cfg["options"]["packages"].split() if p.strip()}
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "clerk_cli").rglob("__init__.py")
    }
    assert found - listed == set(), f"add to setup.cfg packages: {sorted(found - listed)}"
