"""Dashboard timings: the first drawn page, and a filter change on 10,000 incidents.

Run: ``python bench/bench_dashboard.py`` (needs Chromium for the page timings).

First page, each from ``streamlit run`` to a page with both charts drawn, on a copy of the
bundled articles and a store of its own (the repository's store is not touched):

* cold: a new store, so the articles are extracted;
* warm: the server restarted over the unchanged articles and the store the cold run filled
  (the issue's "warm cache");
* new tab: another browser tab on the warm server (everything cached in the process).

Each line also gives the server's own time for the page ("computed in"), the rest being the
server start and the browser (loading plotly.js, drawing).

The baseline, timed the same way in the same run: a bare Streamlit page (a title and the
closing caption, no data, no charts) from ``streamlit run``, and in a new tab. The ratios say
how much slower the dashboard is than Streamlit itself on this machine.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
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
VIEWPORT = {"width": 1400, "height": 900}


def _server_ms(page) -> str:
    text = page.locator(bs.DONE).first.inner_text()
    match = re.search(r"computed in (\d+) ms", text)
    return f"{match.group(1)} ms" if match else "?"


BARE_PAGE = f"""import streamlit as st

st.title("Incident dashboard")
st.caption("{bs.DONE_TEXT} 0 ms.")
"""


def _drawn_after(browser, url: str, started: float, *, charts: bool = True) -> tuple[float, str]:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.goto(url)
    bs.wait_until_drawn(page, charts=charts, points=charts)
    seconds = time.perf_counter() - started
    server = _server_ms(page)
    context.close()
    return seconds, server


def first_page(folder: Path) -> dict[str, tuple[float, str]]:
    """{"cold" | "warm" | "new tab": (seconds to a drawn page, server time of the page)}."""
    from playwright.sync_api import sync_playwright

    from components.store import PATH_ENV

    articles = folder / "articles"
    shutil.copytree(ROOT / "data" / "articles", articles, ignore=shutil.ignore_patterns("uploads"))
    env = {"INCIDENTS_ARTICLES_DIR": str(articles), PATH_ENV: str(folder / "bench.duckdb")}
    out = {}
    bare = folder / "bare_page.py"
    bare.write_text(BARE_PAGE, encoding="utf-8")
    with sync_playwright() as playwright:
        # The analyst's browser is already open: its start is not counted.
        browser = bs.launch_chromium(playwright)
        started = time.perf_counter()
        server = bs.start_server(folder / "bare.log", script=bare)
        try:
            out["bare Streamlit page"] = _drawn_after(browser, server.url, started, charts=False)
            out["bare Streamlit page, new tab"] = _drawn_after(
                browser, server.url, time.perf_counter(), charts=False
            )
        finally:
            server.stop()
        for name in ("cold", "warm"):
            started = time.perf_counter()
            server = bs.start_server(folder / f"{name}.log", env=env)
            try:
                out[name] = _drawn_after(browser, server.url, started)
                if name == "warm":
                    out["new tab"] = _drawn_after(browser, server.url, time.perf_counter())
            finally:
                server.stop()
        browser.close()
    return out


def filter_change(n: int, repeats: int = 7) -> list[float]:
    """Milliseconds of an AppTest rerun after a country change on ``n`` synthetic incidents."""
    from streamlit.testing.v1 import AppTest

    os.environ["INCIDENTS_SYNTHETIC"] = str(n)
    try:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
        at.run()
        times = []
        for i in range(repeats):
            country = ["UA"] if i % 2 == 0 else ["RO"]
            started = time.perf_counter()
            at.multiselect(key="f_countries").set_value(country).run()
            times.append(1000 * (time.perf_counter() - started))
    finally:
        del os.environ["INCIDENTS_SYNTHETIC"]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-page", action="store_true", help="only the filter change")
    parser.add_argument("--repeats", type=int, default=7, help="filter changes to time")
    args = parser.parse_args()
    if args.no_page:
        pass
    elif bs.chromium_path():
        with tempfile.TemporaryDirectory() as folder:
            pages = first_page(Path(folder))
        for name, (seconds, server) in pages.items():
            verdict = ""
            if name == "warm":
                verdict = f" (target < {FIRST_PAGE_TARGET_S:.0f} s) " + (
                    "OK" if seconds < FIRST_PAGE_TARGET_S else "SLOW"
                )
            print(f"first page, {name}: {seconds:.2f} s, computed in {server}{verdict}")
        for name, baseline in (
            ("warm", "bare Streamlit page"),
            ("new tab", "bare Streamlit page, new tab"),
        ):
            ratio = pages[name][0] / pages[baseline][0]
            print(f"ratio {name} / {baseline}: {ratio:.2f}")
    else:
        print("first page: skipped, no Chromium")
    times = filter_change(10_000, args.repeats)
    median = statistics.median(times)
    print(
        f"filter change at 10,000 incidents: median {median:.0f} ms "
        f"(min {min(times):.0f}, max {max(times):.0f}; target < {FILTER_TARGET_MS:.0f} ms) "
        + ("OK" if median < FILTER_TARGET_MS else "SLOW")
    )


if __name__ == "__main__":
    main()
