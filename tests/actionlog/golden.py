"""Compare output with a reviewed file under tests/golden/ (CLERK_UPDATE_GOLDEN=1 rewrites it)."""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def check_golden(name: str, actual: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("CLERK_UPDATE_GOLDEN"):
        path.write_bytes(actual)
    assert path.exists(), (
        f"No golden file {path}: run with CLERK_UPDATE_GOLDEN=1 once and review it."
    )
    expected = path.read_bytes()
    assert actual == expected, (
        f"{name} differs from its golden file (rerun with CLERK_UPDATE_GOLDEN=1 and review the diff)"
    )
