from __future__ import annotations

import pytest

from .dataset import build


@pytest.fixture
def dataset(db, cli):
    """The fixed dataset in this test's database; returns {label: ref}."""
    return build(db)
