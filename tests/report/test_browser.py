"""The HTML report in a real headless Chromium (Debian's, driven by Playwright): it renders, the
chart is drawn in pixels, nothing is fetched, and hostile article text shows as text and runs nothing.

Skipped when Chromium or Playwright is missing, except under CI (``CI=true``), where that fails.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest

from claimcheck.report import html
from claimcheck.report.chart import COLORS, MARK_HEIGHT, MIN_MARK, timeline

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).parent / "fixtures" / "report.json"
CHROMIUM = os.environ.get("CLAIMCHECK_CHROMIUM", "/usr/bin/chromium")
# Never a downloaded browser: Debian's chromium, with everything that would reach the network off.
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PAYLOAD = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1">'


def require_browser():
    """Playwright's sync API, or skip (fail under ``CI=true``) when it or Chromium is missing."""
    missing = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "playwright is not installed (pip install playwright==1.65.2)"
    if missing is None and not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests cannot run under CI: {missing}")
        pytest.skip(missing)
    return sync_playwright


@pytest.fixture(scope="module")
def browser():
    sync_playwright = require_browser()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def report() -> dict:
    return json.loads(FIXTURE.read_text("utf-8"))


@pytest.fixture
def open_report(browser, tmp_path):
    """Render a report to a file and open it; returns (page, requests made, console errors)."""
    pages = []

    def _open(rep: dict):
        path = tmp_path / "report.html"
        path.write_text(html.render(rep), encoding="utf-8")
        page = browser.new_page(viewport={"width": 1200, "height": 900}, device_scale_factor=1)
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        pages.append(page)
        return page, [u for u in requests if u != path.as_uri()], errors

    yield _open
    for page in pages:
        page.close()


# -- PNG pixels (no imaging library needed) ----------------------------------------------------------


def decode_png(data: bytes) -> np.ndarray:
    """An 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) as an (h, w, channels) array."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0, header
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    out = np.zeros((height, stride), dtype=np.uint8)
    prev = np.zeros(stride, dtype=np.int32)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = np.frombuffer(raw, dtype=np.uint8, count=stride, offset=y * (stride + 1) + 1).astype(np.int32)
        if kind == 0:
            cur = line
        elif kind == 1:  # Sub: a running sum along the row, per channel
            cur = np.cumsum(line.reshape(width, bpp), axis=0).reshape(-1) % 256
        elif kind == 2:
            cur = (line + prev) % 256
        else:  # Average, Paeth: each byte depends on the one just decoded
            cur = np.zeros(stride, dtype=np.int32)
            for i in range(stride):
                a = cur[i - bpp] if i >= bpp else 0
                b = prev[i]
                if kind == 3:
                    cur[i] = (line[i] + (a + b) // 2) % 256
                else:
                    c = prev[i - bpp] if i >= bpp else 0
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                    cur[i] = (line[i] + pred) % 256
        out[y] = cur
        prev = cur
    return out.reshape(height, width, bpp)[:, :, :3]


def count_color(img: np.ndarray, hex_color: str, tolerance: int = 12) -> int:
    rgb = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(img.astype(int) - rgb).max(axis=2) <= tolerance).sum())


def test_decode_png_reads_a_known_image():
    # A 2x1 RGB PNG written by hand: one red pixel, one blue, filter type 1 (Sub).
    row = bytes([1, 255, 0, 0, 1, 0, 255])  # Sub: the second pixel is (255+1, 0+0, 0+255) mod 256
    body = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    chunk = lambda k, d: struct.pack(">I", len(d)) + k + d + struct.pack(">I", zlib.crc32(k + d))  # noqa: E731
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", body) + chunk(b"IDAT", zlib.compress(row)) + chunk(b"IEND", b"")
    assert decode_png(png).tolist() == [[[255, 0, 0], [0, 0, 255]]]


# -- the report in the browser -------------------------------------------------------------------------


def test_report_renders_title_and_summary(open_report, report):
    page, requests, errors = open_report(report)
    assert page.title() == f"claimcheck report: {report['summary']['sources']} sources, {len(report['findings'])} findings"
    for key in ("sources", "claims", "facts"):
        assert page.locator(f'[data-stat="{key}"]').inner_text() == str(report["summary"][key])
    for sev, n in report["summary"]["findings"].items():
        assert page.locator(f'[data-stat="{sev}"]').inner_text() == str(n)
    assert page.locator("h1").is_visible()
    assert requests == [] and errors == []


def test_disputed_cards_show_quotes_side_by_side(open_report, report):
    page, _, _ = open_report(report)
    card = page.locator("#fact-F1")
    quotes = card.locator(".finding .quote")
    n = len(next(f for f in report["findings"] if f["fact"] == "F1")["claims"])
    assert quotes.count() == n
    boxes = [quotes.nth(i).bounding_box() for i in range(n)]
    # Side by side: on one line, left to right, at a 1200 px wide window.
    assert len({round(b["y"]) for b in boxes}) == 1
    assert [b["x"] for b in boxes] == sorted(b["x"] for b in boxes)
    marks = card.locator("mark.value")
    assert marks.first.is_visible()


def test_chart_is_drawn_in_the_mark_colours(open_report, report):
    page, _, _ = open_report(report)
    chart = timeline(report)
    img = decode_png(page.locator("#timeline-chart").screenshot())
    assert img.shape[1] >= chart.width * 0.9  # drawn at (about) its natural size
    for severity in ("none", "info", "warning", "error"):
        marks = [m for m in chart.marks if m.severity == severity]
        assert marks, severity
        # At least half of the narrowest mark's inner area must be on screen in its colour.
        least = 0.5 * max(MIN_MARK - 1, min(m.width for m in marks) - 1) * (MARK_HEIGHT - 1)
        assert count_color(img, COLORS[severity]) >= least, severity


def test_chart_without_findings_has_no_finding_colours(open_report, report):
    calm = copy.deepcopy(report)
    calm["findings"] = []
    calm["summary"]["findings"] = {"error": 0, "warning": 0, "info": 0}
    page, _, _ = open_report(calm)
    img = decode_png(page.locator("#timeline-chart").screenshot())
    marks = timeline(calm).marks
    # Every dated claim is now a plain mark; none overlaps another in the fixture.
    assert count_color(img, COLORS["none"]) >= len(marks) * 0.5 * (MIN_MARK - 1) * (MARK_HEIGHT - 1)
    for severity in ("error", "warning", "info"):
        assert count_color(img, COLORS[severity], tolerance=6) == 0, severity


@pytest.mark.parametrize("where", ["sentence", "title"])
def test_hostile_article_text_shows_as_text_and_runs_nothing(open_report, report, where):
    hostile = copy.deepcopy(report)
    target = hostile["findings"][0]["claims"][0]
    if where == "sentence":
        target["sentence"] = f"{PAYLOAD} {target['sentence']}"
        for c in hostile["claims"]:
            if c["id"] == target["id"]:
                c["sentence"] = target["sentence"]
    else:
        for s in hostile["sources"]:
            s["title"] = f"{PAYLOAD} {s['title']}"
    page, requests, _ = open_report(hostile)
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("img").count() == 0
    text = page.locator("#disputed").inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert page.get_by_text("window.__pwned = 1", exact=False).first.is_visible()
    assert requests == []  # not even the <img src=x> was fetched


@pytest.mark.model
def test_pipeline_report_of_a_hostile_article_is_inert(open_report, check_texts):
    from claimcheck.report import build_report

    rep = build_report(check_texts([
        f"Brazil exported 20,000 tons of coffee to Germany in 2004, the ministry said {PAYLOAD}.",
        "Brazil exported 200,000 tons of coffee to Germany in 2004.",
    ]))
    assert rep["findings"], "the two figures must disagree"
    page, requests, _ = open_report(rep)
    assert page.evaluate("() => window.__pwned") is None
    assert requests == []
    assert page.locator("#disputed article.card").count() >= 1
    assert "<script>window.__pwned = 1</script>" in page.locator("#disputed").inner_text()
