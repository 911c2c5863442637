from __future__ import annotations

import pytest

# The action-log tests' fixed dataset (tests/ is on sys.path: its packages have no parent package).
from actionlog.dataset import build


@pytest.fixture
def dataset(db, cli):
    """The fixed dataset in this test's database; returns {label: ref}."""
    return build(db)


@pytest.fixture
def other_db(tmp_path):
    """A second, empty database (path, Database) to import into."""
    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url

    path = tmp_path / "restored.db"
    url, p = database_url(str(path))
    database = open_database(url, p)
    yield str(path), database
    database.dispose()
