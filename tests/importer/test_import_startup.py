"""Start-up guard for import-minutes: a dry run (with or without a database) and a real
import on a database at the head revision never import SQLAlchemy or SQLModel.

Same probe as tests/test_startup.py: each case runs in a fresh interpreter.
"""

from __future__ import annotations

import pytest
from test_startup import loaded_modules

from .conftest import HIGHWAYS

ORM = {"sqlalchemy", "sqlmodel", "alembic"}


@pytest.fixture
def minutes(tmp_path):
    path = tmp_path / "highways.txt"
    path.write_text(HIGHWAYS, encoding="utf-8")
    return str(path)


def test_dry_run_without_a_database_imports_no_orm(tmp_path, minutes):
    loaded = loaded_modules(
        ["import-minutes", minutes, "--dry-run", "--format", "plain"], tmp_path=tmp_path
    )
    assert not ORM & set(loaded), loaded
    assert not (tmp_path / "clerk.db").exists()


def test_dry_run_and_import_on_a_database_at_head_import_no_orm(tmp_path, minutes):
    # The first command creates the database (migrations load SQLAlchemy); the others
    # find it at the head revision.
    loaded_modules(["committee", "list"], tmp_path=tmp_path)
    for args in (
        ["import-minutes", minutes, "--dry-run", "--format", "plain"],
        ["import-minutes", minutes, "--yes", "--format", "plain"],
        ["import-minutes", minutes, "--yes", "--replace", "--format", "plain"],
    ):
        loaded = loaded_modules(args, tmp_path=tmp_path)
        assert not ORM & set(loaded), (args, loaded)
