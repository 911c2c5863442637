"""The digest emails read on a phone: rendered in headless Chromium at 400 px and 1280 px,
nothing is wider than the screen and no text is smaller than 14 px (issue 14 item 2).

Each email's HTML is loaded into an iframe of the width being tested (a desktop
Chromium window cannot be narrower than 500 px; an iframe is its own viewport, so
the email's media query sees 400 px).  A script in the page measures the email and
writes the figures into the DOM, which --dump-dom prints.  Screenshots are saved in
the test's tmp directory (a failing run names them) for a person to look at.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs Debian's chromium (apt-get install -y chromium)"
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

MEASURE = """
<script>
window.addEventListener("load", function () {
  var out = {};
  document.querySelectorAll("iframe").forEach(function (frame) {
    var doc = frame.contentDocument, root = doc.documentElement;
    var smallest = 99, where = "", wide = [];
    doc.body.querySelectorAll("*").forEach(function (el) {
      if (!el.getClientRects().length) return;
      var hasText = Array.prototype.some.call(el.childNodes, function (n) {
        return n.nodeType === 3 && n.textContent.trim();
      });
      var r = el.getBoundingClientRect();
      if (r.right > root.clientWidth + 0.5) wide.push(el.tagName + ":" + el.textContent.trim().slice(0, 30));
      if (!hasText) return;
      var size = parseFloat(frame.contentWindow.getComputedStyle(el).fontSize);
      if (size < smallest) { smallest = size; where = el.textContent.trim().slice(0, 40); }
    });
    out[frame.id] = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
                     smallest: smallest, where: where, wide: wide.slice(0, 5)};
  });
  var pre = document.createElement("pre");
  pre.id = "measurements";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
"""


def _page(emails: dict[str, str], width: int) -> str:
    frames = "".join(
        f'<iframe id="{name}" style="border:0;display:block;width:{width}px;height:2400px" '
        f'srcdoc="{html.escape(body, quote=True)}"></iframe>'
        for name, body in emails.items()
    )
    return f"<!DOCTYPE html><html><body style='margin:0'>{frames}{MEASURE}</body></html>"


def _chromium(tmp_path: Path, *args: str) -> str:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    run = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


@pytest.mark.parametrize("width", [400, 1280])
def test_nothing_overflows_and_text_is_at_least_14px(emails, tmp_path, width):
    page = tmp_path / f"page-{width}.html"
    page.write_text(_page(emails, width), encoding="utf-8")

    dom = _chromium(tmp_path, "--window-size=1400,2600", "--dump-dom", page.as_uri())

    found = re.search(r'<pre id="measurements">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    measured = json.loads(html.unescape(found.group(1)))
    # Screenshots for people (kept in the tmp directory; a failure names it).
    for kind, body in emails.items():
        one = tmp_path / f"{kind}-{width}.html"
        one.write_text(_page({kind: body}, width), encoding="utf-8")
        png = tmp_path / f"digest-{kind}-{width}.png"
        _chromium(tmp_path, f"--window-size={width},2400", f"--screenshot={png}", one.as_uri())
        assert png.stat().st_size > 1000, png
    for kind in ("owner", "clerk"):
        m = measured[kind]
        assert m["clientWidth"] == width, (kind, m)
        assert m["scrollWidth"] <= m["clientWidth"], (kind, m, tmp_path)
        assert not m["wide"], (kind, m, tmp_path)
        assert m["smallest"] >= 14, (kind, m, tmp_path)


def test_below_600px_each_action_is_a_card_with_labels(emails, tmp_path):
    """At 400 px the header row is hidden and each cell stacks, labelled; at 1280 a table."""
    probe = """
<script>
window.addEventListener("load", function () {
  var out = {};
  document.querySelectorAll("iframe").forEach(function (frame) {
    var doc = frame.contentDocument, w = frame.contentWindow;
    var head = doc.querySelector("table.actions tr.head");
    var cell = doc.querySelector("table.actions td[data-label=Due]");
    out[frame.id] = {head: w.getComputedStyle(head).display,
                     cell: w.getComputedStyle(cell).display,
                     label: w.getComputedStyle(cell, "::before").content};
  });
  var pre = document.createElement("pre"); pre.id = "probe";
  pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
});
</script>"""
    results = {}
    for width in (400, 1280):
        page = tmp_path / f"probe-{width}.html"
        page.write_text(_page(emails, width).replace(MEASURE, probe), encoding="utf-8")
        dom = _chromium(tmp_path, "--window-size=1400,2600", "--dump-dom", page.as_uri())
        results[width] = json.loads(
            html.unescape(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S).group(1))
        )
    for kind in ("owner", "clerk"):
        assert results[400][kind] == {"head": "none", "cell": "block", "label": '"Due: "'}
        assert results[1280][kind]["head"] == "table-row"
        assert results[1280][kind]["cell"] == "table-cell"
