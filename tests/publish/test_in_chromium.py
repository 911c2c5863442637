"""The published site as a person's browser sees it: headless Chromium opens the pages,
every link it finds leads to a page that exists, and axe-core (from the npm registry,
run in the browser) finds no serious or critical accessibility violation.

axe-core: .ci/run fetches it (npm pack axe-core@4) and sets CLERK_AXE_JS to its
axe.min.js; without it the accessibility test skips and says so.  Each page is copied
with two scripts added at its end (the published pages have none), then loaded with a
virtual time budget so axe's asynchronous run finishes before --dump-dom prints the
page with the results written into it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE = os.environ.get("CLERK_AXE_JS")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs Debian's chromium (apt-get install -y chromium)"
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--allow-file-access-from-files",
]

PROBE = """
<script>
window.addEventListener("load", function () {
  var out = document.createElement("pre");
  out.id = "clerk-probe";
  var links = Array.prototype.map.call(document.querySelectorAll("a[href], link[href]"),
                                       function (a) { return a.href; });
  var result = {links: links, title: document.title, lang: document.documentElement.lang};
  function done(violations) {
    result.violations = violations;
    out.textContent = JSON.stringify(result);
    document.body.appendChild(out);
  }
  if (window.axe) {
    axe.run(document, {resultTypes: ["violations"]}).then(function (r) {
      done(r.violations.map(function (v) {
        return {id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(function (n) { return n.target.join(" "); }).slice(0, 3)};
      }));
    }, function (e) { done([{id: "axe-error", impact: "critical", help: String(e)}]); });
  } else {
    done(null);
  }
});
</script>
"""


def _open(tmp_path: Path, page: Path) -> dict:
    """Load a copy of page (beside it, so its links work) with the probe; its findings."""
    probe = PROBE
    if AXE:
        probe = f'<script src="{Path(AXE).resolve().as_uri()}"></script>' + probe
    copy = page.with_name(f".probe-{page.name}")
    copy.write_text(
        page.read_text(encoding="utf-8").replace("</body>", probe + "</body>"), encoding="utf-8"
    )
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    try:
        run = subprocess.run(
            [
                CHROMIUM,
                *FLAGS,
                f"--user-data-dir={profile}",
                "--virtual-time-budget=30000",
                "--dump-dom",
                copy.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    finally:
        copy.unlink()
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.search(r'<pre id="clerk-probe">(.*?)</pre>', run.stdout, re.S)
    assert found, f"the page's probe did not report: {run.stdout[-500:]}"
    import html

    return json.loads(html.unescape(found.group(1)))


def _pages(site: Path, register) -> list[Path]:
    """One page of each kind, and the richest of each."""
    return [
        site / "index.html",
        site / "CSSC" / "index.html",
        site / "CSSC" / "meetings" / "2022-06-14.html",
        site / "CSSC" / "actions" / f"{register['slipped']}.html",
        site / "CSSC" / "actions" / f"{register['nasty']}.html",
        site / "AUD" / "actions" / f"{register['aud_soon']}.html",
    ]


def _check_links(site: Path, page: Path, links: list[str]) -> None:
    for link in links:
        parts = urlsplit(link)
        if parts.scheme != "file":
            continue
        target = Path(unquote(parts.path))
        if target.name.startswith(".probe-"):
            target = target.with_name(target.name[len(".probe-") :])
        assert target.is_file(), f"{page.relative_to(site)} links to missing {link}"
        assert site in target.parents, f"{page.relative_to(site)} links outside the site: {link}"
        if parts.fragment:
            assert f'id="{parts.fragment}"' in target.read_text(encoding="utf-8"), link


def test_pages_open_in_chromium_and_their_links_resolve(site, register, tmp_path):
    for page in _pages(site, register):
        found = _open(tmp_path, page)
        assert found["lang"] == "en-GB" and found["title"]
        assert found["links"], page
        _check_links(site, page, found["links"])


@pytest.mark.skipif(
    not AXE or not Path(AXE).is_file(),
    reason="needs axe-core: npm pack axe-core@4, then CLERK_AXE_JS=.../package/axe.min.js",
)
def test_axe_finds_no_serious_accessibility_violation(site, register, tmp_path):
    for page in _pages(site, register):
        found = _open(tmp_path, page)
        assert found["violations"] is not None, "axe-core did not load"
        serious = [v for v in found["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, (page.relative_to(site), serious)


def test_the_probe_would_see_a_broken_link(site, tmp_path):
    """The link check is real: a page linking to a missing file fails it."""
    broken = site / "broken.html"
    broken.write_text(
        '<!DOCTYPE html><html lang="en-GB"><head><title>x</title></head>'
        '<body><a href="CSSC/actions/CSSC-999.html">x</a></body></html>',
        encoding="utf-8",
    )
    found = _open(tmp_path, broken)
    with pytest.raises(AssertionError, match="links to missing"):
        _check_links(site, broken, found["links"])
