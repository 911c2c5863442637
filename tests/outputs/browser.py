"""Look at a page as a person would: headless Chromium measures it and takes a screenshot.

No DevTools client and no npm: a copy of the page gets a small script that writes its
measurements into the DOM, and ``chromium --dump-dom`` prints the DOM once the page has
loaded; ``chromium --screenshot`` saves a PNG beside it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

CHROMIUM = (
    shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
)

MEASURE = """
<script>
(function () {
  var doc = document.documentElement;
  function lines(el) {
    var r = document.createRange(); r.selectNodeContents(el);
    var tops = {};
    Array.prototype.forEach.call(r.getClientRects(), function (x) { tops[Math.round(x.top)] = 1; });
    return Object.keys(tops).length;
  }
  var wrapped = [];
  document.querySelectorAll("td.date").forEach(function (td) {
    if (td.textContent.trim() && getComputedStyle(td).display !== "none" && lines(td) > 1) {
      wrapped.push(td.textContent);
    }
  });
  var out = {
    scrollWidth: doc.scrollWidth,
    clientWidth: doc.clientWidth,
    bodyFontPx: parseFloat(getComputedStyle(document.body).fontSize),
    cellFontPx: Math.min.apply(null, Array.prototype.map.call(
      document.querySelectorAll("td"), function (td) { return parseFloat(getComputedStyle(td).fontSize); }
    ).concat([999])),
    wrappedDates: wrapped,
    rowDisplay: (document.querySelector("tbody tr") ? getComputedStyle(document.querySelector("tbody tr")).display : "")
  };
  var pre = document.createElement("pre");
  pre.id = "clerk-measurements";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def _run(args: list[str], profile: Path) -> str:
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def measure(page: Path, width: int, tmp: Path) -> dict:
    """Load the page at this window width; return the measurements and save a PNG."""
    probe = tmp / f"{page.stem}-{width}-probe.html"
    html = page.read_text(encoding="utf-8")
    probe.write_text(html.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom = _run([f"--window-size={width},1000", "--dump-dom", probe.as_uri()], tmp / f"p{width}a")
    found = re.search(r'<pre id="clerk-measurements">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    png = tmp / f"{page.stem}-{width}.png"
    _run(
        [f"--window-size={width},1400", f"--screenshot={png}", page.as_uri()],
        tmp / f"p{width}b",
    )
    data = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    data["png"] = png
    return data


def print_pdf(page: Path, tmp: Path) -> Path:
    """Print the page to PDF as a browser would (A4 landscape from the page's own @page)."""
    pdf = tmp / f"{page.stem}-print.pdf"
    _run(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()], tmp / "pprint")
    assert pdf.exists()
    return pdf
