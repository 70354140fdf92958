"""Screenshot an HTML report, for reviewing a change to it: ``screenshot_report.py REPORT.html OUT.png``.

Uses Debian's Chromium (``apt-get install chromium``), driven by Playwright when it is installed
(a full-page screenshot), else Chromium's own ``--screenshot`` (the first ``--height`` pixels).
Nothing is downloaded: no browser build of Playwright's own, no network for the page.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM = os.environ.get("CLAIMCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def with_playwright(url: str, out: Path, width: int, height: int, full_page: bool, selector: str | None) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            # The report needs nothing from outside; refuse anything that is not the file itself.
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
            page.goto(url)
            if selector:
                page.locator(selector).screenshot(path=str(out))
            else:
                page.screenshot(path=str(out), full_page=full_page)
        finally:
            browser.close()


def with_chromium_cli(url: str, out: Path, width: int, height: int) -> None:
    with tempfile.TemporaryDirectory() as profile:
        cmd = [CHROMIUM, *CHROMIUM_ARGS, f"--user-data-dir={profile}", "--hide-scrollbars",
               f"--window-size={width},{height}", f"--screenshot={out.resolve()}", url]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="the HTML report")
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--width", type=int, default=1200, help="window width in CSS pixels (default: 1200)")
    parser.add_argument("--height", type=int, default=900,
                        help="window height; the whole page is taken with Playwright (default: 900)")
    parser.add_argument("--viewport-only", action="store_true", help="only the first screen, not the whole page")
    parser.add_argument("--selector", help="only this element, e.g. '#timeline' or '#disputed' (Playwright only)")
    args = parser.parse_args(argv)
    if not args.report.is_file():
        parser.error(f"no such file: {args.report}")
    if not Path(CHROMIUM).exists():
        parser.error(f"no Chromium at {CHROMIUM}: apt-get install chromium (or set CLAIMCHECK_CHROMIUM)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    url = args.report.resolve().as_uri()
    try:
        import playwright  # noqa: F401
    except ImportError:
        if args.selector:
            parser.error("--selector needs Playwright (pip install playwright==1.65.2)")
        with_chromium_cli(url, args.out, args.width, args.height)
    else:
        with_playwright(url, args.out, args.width, args.height, not args.viewport_only, args.selector)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
