"""The action log as people see it: the HTML in a browser at phone and desk widths, the Word
document through LibreOffice as printed pages.

Chromium (Debian package chromium) and LibreOffice (libreoffice-writer-nogui) are installed
by .ci/run; where they cannot be installed the tests skip and say which program is missing.
PNGs and PDFs are kept in the test's tmp directory for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from .browser import CHROMIUM, measure, print_pdf
from .conftest import AS_OF

# The words of both tables' header rows (a header cell may wrap onto a second line).
HEADER_WORDS = set(
    "Ref Minute Action Owner Original Current due Slips Status Rating Latest note "
    "Completed From meeting".split()
)
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium)")
@pytest.mark.parametrize("restricted", [False, True], ids=["public", "restricted"])
def test_html_fits_a_phone_and_a_desk(cli, long_log, tmp_path, restricted):
    page = tmp_path / ("restricted.html" if restricted else "log.html")
    extra = ("--include-confidential",) if restricted else ()
    result = cli("action-log", "CSSC", "--as-of", AS_OF, *extra, "-o", str(page))
    assert result.exit_code == 0, result.output
    for width in (400, 1280):
        m = measure(page, width, tmp_path)
        assert m["scrollWidth"] <= m["clientWidth"], (width, m)
        assert m["bodyFontPx"] >= 14 and m["cellFontPx"] >= 14, (width, m)
        assert not m["wrappedDates"], (width, m["wrappedDates"])
        assert m["png"].stat().st_size > 5000
        # Under ~600px the rows stack as cards; on a desk they are table rows.
        assert m["rowDisplay"] == ("block" if width == 400 else "table-row"), (width, m)
    if restricted:
        # Printed: page X of Y on every page, and the RESTRICTED marking on every page.
        pages = _pdf_pages(print_pdf(page, tmp_path))
        assert len(pages) >= 2
        for n, text in enumerate(pages, start=1):
            assert f"Page {n} of {len(pages)}" in text, (n, text[-300:])
            assert "RESTRICTED" in text, n


def _pdf(docx_path, tmp_path):
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(docx_path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = tmp_path / (docx_path.stem + ".pdf")
    assert result.returncode == 0 and pdf.exists(), result.stderr
    return pdf


def _pdf_pages(pdf) -> list[str]:
    """The text of each page (pdftotext from poppler-utils, else LibreOffice's own text is not
    available: skip)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("needs pdftotext (apt-get install poppler-utils)")
    text = subprocess.run(
        [tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.mark.skipif(
    SOFFICE is None, reason="needs LibreOffice (apt-get install libreoffice-writer-nogui)"
)
def test_docx_prints_with_page_numbers_and_whole_rows(cli, long_log, tmp_path):
    target = tmp_path / "restricted.docx"
    result = cli(
        "action-log", "CSSC", "--as-of", AS_OF, "--include-confidential", "-o", str(target)
    )
    assert result.exit_code == 0, result.output
    pages = _pdf_pages(_pdf(target, tmp_path))
    total = len(pages)
    assert total >= 2
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in text, (n, text[-400:])
        assert text.count("RESTRICTED") >= 2, n  # header and footer of every page
        assert "Ref" in text and "Latest note" in text  # the header row repeats
    # No row is split: on every page after the first, the line under the repeated header
    # row starts a new row (its ref), not the rest of a row from the page before.
    for n, text in enumerate(pages[1:], start=2):
        lines = [line for line in text.splitlines() if line.strip()]
        header = next(i for i, line in enumerate(lines) if "Ref" in line and "Latest" in line)
        after = [line for line in lines[header + 1 :] if not set(line.split()) <= HEADER_WORDS]
        assert re.match(r"\s*CSSC-\d+", after[0]), (n, lines[header : header + 3])
