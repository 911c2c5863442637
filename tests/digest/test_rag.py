"""Every open action in a digest shows its rating and the reason (issue 17 part 1):
"[R] red: overdue by 10 days" in plain text, and in HTML a badge holding the marker
and the word, so that neither black-and-white printing nor colour blindness loses it.
The rating is the store's (ActionView.rag, rag_reason): the digest never decides it."""

from __future__ import annotations

import html
import json
import re

import pytest

from .conftest import ANN, DEE, LUCY, RAJ, parts, refs_in
from .test_layout_in_chromium import CHROMIUM, MEASURE, _chromium, _page

ROW = re.compile(r'<td class="ref"[^>]*>([A-Z]+-\d+)</td>(.*?)</tr>', re.S)
RATING_CELL = re.compile(r'<td data-label="Rating"[^>]*>(.*?)</td>', re.S)


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def ratings_in_html(page: str) -> dict[str, str]:
    """{ref: the text of its Rating cell} for every action row of an email's HTML."""
    found = {}
    for ref, rest in ROW.findall(page):
        cell = RATING_CELL.search(rest)
        if cell:  # (the table of completed actions has no Rating column)
            found[ref] = text_of(cell.group(1))
    return found


def ratings_in_text(text: str) -> dict[str, str]:
    """{ref: its "Rating:" line} for every action listed in an email's plain text."""
    found, ref = {}, None
    for line in text.splitlines():
        m = re.match(r"  ([A-Z]+-\d+)  ", line)
        if m:
            ref = m.group(1)
        elif line.startswith("      Rating: ") and ref:
            found[ref] = line.removeprefix("      Rating: ")
    return found


def listed_ratings(cli) -> dict[str, str]:
    """What clerk list says of each open action's rating: the store's, with the config."""
    result = cli("list", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    from clerk_cli.rules.rag import rag_words

    rows = rows["actions"] if isinstance(rows, dict) else rows
    return {r["ref"]: rag_words(r["rag"], r["rag_reason"]) for r in rows if r.get("rag")}


def test_each_open_action_shows_the_stores_rating_in_text_and_html(
    cli, council, smtp_server, smtp_config
):
    server = smtp_server()
    smtp_config(server)
    expected = listed_ratings(cli)

    assert cli("digest", "--send").exit_code == 0

    by_to = server.by_recipient()
    text, page = parts(by_to[LUCY])
    assert ratings_in_text(text)["CSSC-1"] == "[R] red: overdue by 10 days"
    assert ratings_in_html(page)["CSSC-1"] == "[R] red: overdue by 10 days"
    assert '<span class="rating" style="background:#b00020;color:#ffffff;' in page
    for address in (LUCY, RAJ, DEE, ANN):
        text, page = parts(by_to[address])
        in_text, in_html = ratings_in_text(text), ratings_in_html(page)
        open_refs = refs_in(text) - {"CSSC-6"}  # CSSC-6 was completed: no rating
        assert set(in_text) == open_refs, address
        assert set(in_html) == open_refs, address
        for ref in open_refs:
            assert in_text[ref] == expected[ref], (address, ref)
            assert in_html[ref] == expected[ref], (address, ref)
    # HTML is ASCII (character references) in short lines: every part goes as 7bit.
    for msg in server.messages:
        assert [p["Content-Transfer-Encoding"] for p in msg.iter_parts()] == ["7bit", "7bit"]
    # The clerk's list of completed actions carries no rating.
    text, _ = parts(by_to[DEE])
    assert "CSSC-6" in text and "CSSC-6" not in ratings_in_text(text)


def test_the_configured_thresholds_rate_the_digest(cli, council, write_config):
    write_config(
        '[digest]\nfrom = "Democratic Services <ds@example.gov.uk>"\n[rag]\nred_overdue_days = 5\n'
    )
    expected = listed_ratings(cli)

    result = cli("digest", "--owner", "Head of Finance")

    assert result.exit_code == 0, result.output
    shown = ratings_in_text(result.output)
    # CSSC-3 is 3 days overdue: red by default, not when red starts after 5 days.
    assert shown["CSSC-3"] == expected["CSSC-3"]
    assert not shown["CSSC-3"].startswith("[R]")


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("colour", ["red", "amber", "green"])
def test_each_badge_has_enough_contrast(colour):
    from clerk_cli.mail import RAG_STYLES

    style = dict(p.split(":") for p in RAG_STYLES[colour].strip(";").split(";"))
    assert contrast(style["background"], style["color"]) >= 4.5


PROBE = """
<script>
window.addEventListener("load", function () {
  var out = {};
  document.querySelectorAll("iframe").forEach(function (frame) {
    var w = frame.contentWindow;
    out[frame.id] = Array.prototype.map.call(
      frame.contentDocument.querySelectorAll("span.rating"), function (el) {
        var s = w.getComputedStyle(el), r = el.getBoundingClientRect();
        return {text: el.textContent, color: s.color, background: s.backgroundColor,
                visible: r.width > 0 && r.height > 0,
                label: w.getComputedStyle(el.parentElement, "::before").content};
      });
  });
  var pre = document.createElement("pre"); pre.id = "probe";
  pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
});
</script>"""


def _hex(rgb: str) -> str:
    return "#" + "".join(f"{int(x):02x}" for x in re.findall(r"\d+", rgb)[:3])


def test_badges_in_chromium_carry_their_word_and_contrast(emails, tmp_path):
    """On a phone (400 px): each badge is shown, reads "[R] red" (or amber, green) and
    its colours, as Chromium computes them, have a contrast of at least 4.5:1."""
    if CHROMIUM is None:
        pytest.skip("needs Debian's chromium (apt-get install -y chromium)")
    page = tmp_path / "rag-400.html"
    page.write_text(_page(emails, 400).replace(MEASURE, PROBE), encoding="utf-8")
    dom = _chromium(tmp_path, "--window-size=1400,2600", "--dump-dom", page.as_uri())
    found = json.loads(html.unescape(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S).group(1)))

    for kind in ("owner", "clerk"):
        badges = found[kind]
        assert badges, kind
        for b in badges:
            assert re.fullmatch(r"\[(R|A|G)\] (red|amber|green)", b["text"]), b
            assert b["text"][1] == b["text"][4].upper(), b  # the marker names the word
            assert b["visible"], b
            assert b["label"] == '"Rating: "', b
            assert contrast(_hex(b["color"]), _hex(b["background"])) >= 4.5, b
