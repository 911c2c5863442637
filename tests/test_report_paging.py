"""Reports with --limit pick their page from the sort keys first (services/queries.py):
the page, its order and the total must be exactly those of the unlimited report."""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2025, 6, 30)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    spec = importlib.util.spec_from_file_location(
        "bench_generate", REPO / "benchmarks" / "generate.py"
    )
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    path = tmp_path_factory.mktemp("paging") / "clerk.db"
    gen.generate(path, 1500, TODAY, quiet=True)
    from clerk_cli.db import open_database
    from clerk_cli.paths import sqlite_url

    db = open_database(sqlite_url(path), path)
    yield db
    db.dispose()


def refs(report):
    return [a.ref for a in report.rows]


@pytest.mark.parametrize("as_of", [TODAY, TODAY - timedelta(days=45)], ids=["today", "as-of"])
@pytest.mark.parametrize("limit", [1, 7, 40])
def test_overdue_page_is_the_head_of_the_full_report(big_db, as_of, limit, monkeypatch):
    from clerk_cli.services import reports

    monkeypatch.setattr(reports, "date", type("D", (date,), {"today": staticmethod(lambda: TODAY)}))
    full = reports.overdue_report(big_db, as_of=as_of)
    page = reports.overdue_report(big_db, as_of=as_of, limit=limit)
    assert len(full.rows) > limit
    assert refs(page) == refs(full)[:limit]
    assert page.total == full.total == len(full.rows)
    assert [a.latest_note for a in page.rows] == [a.latest_note for a in full.rows[:limit]]


@pytest.mark.parametrize(
    "kw", [{}, {"all_statuses": True}, {"statuses": ("done",)}], ids=["open", "all", "done"]
)
def test_list_page_is_the_head_of_the_full_list(big_db, kw):
    from clerk_cli.services.reports import list_actions

    full = list_actions(big_db, as_of=TODAY, **kw)
    page = list_actions(big_db, as_of=TODAY, limit=25, **kw)
    assert refs(page) == refs(full)[:25]
    assert page.total == full.total == len(full.rows)
