"""Dashboard timings: first drawn page (cold and warm) and a filter change on 10,000 incidents.

Run: ``python bench/bench_dashboard.py`` (needs Chromium for the page timings).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import browser_support as bs  # noqa: E402

FIRST_PAGE_TARGET_S = 3.0
FILTER_TARGET_MS = 300.0


def first_page(log: Path) -> tuple[float, float]:
    """Seconds from `streamlit run` to a drawn page: a fresh server (cold), then a new tab."""
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    server = bs.start_server(log)
    try:
        with sync_playwright() as playwright:
            browser = bs.launch_chromium(playwright)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(server.url)
            bs.wait_until_drawn(page)
            cold = time.perf_counter() - started
            page.close()
            started = time.perf_counter()
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(server.url)
            bs.wait_until_drawn(page)
            warm = time.perf_counter() - started
            browser.close()
    finally:
        server.stop()
    return cold, warm


def filter_change(n: int, repeats: int = 5) -> list[float]:
    """Milliseconds of an AppTest rerun after a country change on ``n`` synthetic incidents."""
    from streamlit.testing.v1 import AppTest

    os.environ["INCIDENTS_SYNTHETIC"] = str(n)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    at.run()
    times = []
    for i in range(repeats):
        country = ["UA"] if i % 2 == 0 else ["RO"]
        started = time.perf_counter()
        at.multiselect(key="f_countries").set_value(country).run()
        times.append(1000 * (time.perf_counter() - started))
    del os.environ["INCIDENTS_SYNTHETIC"]
    return times


def main() -> None:
    if bs.chromium_path():
        with tempfile.TemporaryDirectory() as folder:
            cold, warm = first_page(Path(folder) / "server.log")
        print(f"first page, cold cache: {cold:.2f} s")
        print(
            f"first page, warm cache: {warm:.2f} s (target < {FIRST_PAGE_TARGET_S:.0f} s) "
            + ("OK" if warm < FIRST_PAGE_TARGET_S else "SLOW")
        )
    else:
        print("first page: skipped, no Chromium")
    times = filter_change(10_000)
    median = statistics.median(times)
    print(
        f"filter change at 10,000 incidents: median {median:.0f} ms "
        f"(min {min(times):.0f}, max {max(times):.0f}; target < {FILTER_TARGET_MS:.0f} ms) "
        + ("OK" if median < FILTER_TARGET_MS else "SLOW")
    )


if __name__ == "__main__":
    main()
