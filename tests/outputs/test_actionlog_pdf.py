"""The action log as a PDF (issue 14 item 1): printed from the HTML paper by WeasyPrint,
page X of Y and the restricted mark on every page, readable back as text."""

from __future__ import annotations

import shutil
import subprocess

import pytest

try:
    import weasyprint  # noqa: F401
except (ImportError, OSError) as exc:  # not installed, or its Pango library missing
    pytest.skip(f"WeasyPrint (the pdf extra) cannot be used here: {exc}", allow_module_level=True)


def _pages(pdf_path) -> list[str]:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        [tool, "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [p for p in text.split("\f") if p.strip()]


def test_the_restricted_log_as_pdf(cli, dataset, tmp_path):
    target = tmp_path / "log.pdf"
    result = cli(
        "action-log",
        "CSSC",
        "--for-meeting",
        "20/09/2022",
        "--as-of",
        "2022-09-13",
        "--include-confidential",
        "-o",
        str(target),
    )
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    pages = _pages(target)
    assert pages and "Report the revised budget to Cabinet" in "".join(pages)
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of {len(pages)}" in page
        assert "RESTRICTED" in page


def test_pdf_to_a_pipe(cli, dataset):
    # Piped (not a terminal), the bytes come out.
    result = cli("action-log", "CSSC", "--format", "pdf", "--as-of", "2022-09-13")
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"%PDF")
