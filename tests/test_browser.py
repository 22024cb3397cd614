"""The dashboard in a real Chromium: `streamlit run` on a free port, driven by Playwright."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from tests import browser_support as bs

pytestmark = pytest.mark.browser

if bs.chromium_path() is None:
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
HOSTILE = (
    "date 2023-09-12\nShelling hit a market in Kherson on Tuesday, killing three people.\n\n"
    '<script>window.__owned = 1</script> <img src=x onerror="window.__owned = 2">'
)


@pytest.fixture(scope="module")
def corpus(bundled_articles_dir: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("browser") / "articles"
    shutil.copytree(bundled_articles_dir, folder)
    return folder


@pytest.fixture(scope="module")
def server(corpus: Path, tmp_path_factory):
    from components.store import PATH_ENV

    folder = tmp_path_factory.mktemp("server")
    env = {"INCIDENTS_ARTICLES_DIR": str(corpus), PATH_ENV: str(folder / "incidents.duckdb")}
    running = bs.start_server(folder / "streamlit.log", env=env)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = bs.launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def open_page(browser, server, problems: list[str]):
    """A fresh context on the app; console errors, page errors, failed requests and any
    request leaving this machine (aborted: the page must work offline) go to ``problems``."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    local = server.url.rstrip("/")

    def route(request_route) -> None:
        url = request_route.request.url
        if url.startswith((local, "data:", "blob:")):
            request_route.continue_()
        else:
            problems.append(f"request leaving the machine: {url}")
            request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on(
        "requestfailed",
        lambda r: (
            problems.append(f"request failed: {r.url} ({r.failure})")
            if r.url.startswith(local)
            else None
        ),
    )
    page.goto(server.url)
    return context, page


def test_page_draws_map_and_timeline_without_console_errors(browser, server, shots) -> None:
    problems: list[str] = []
    context, page = open_page(browser, server, problems)
    bs.wait_until_drawn(page)
    assert page.locator(".js-plotly-plot .geo .countries path").count() > 0
    assert page.locator(".js-plotly-plot .geo .land path").count() > 0
    incidents = int(bs.metric(page, "Incidents"))
    assert page.locator(bs.TIMELINE_POINTS).count() >= incidents > 0
    page.screenshot(path=str(shots / "dashboard.png"))
    page.wait_for_timeout(500)  # late errors (fonts, icons) of the drawn page
    assert not problems, problems
    context.close()


def test_console_errors_are_noticed(browser, server) -> None:
    """The check above can fail: an error and a request to another host are both caught."""
    problems: list[str] = []
    context, page = open_page(browser, server, problems)
    bs.wait_until_drawn(page)
    page.evaluate("() => console.error('made by the test')")
    page.evaluate("() => fetch('https://cdn.example.invalid/x.json').catch(() => null)")
    page.wait_for_timeout(300)
    assert "made by the test" in problems
    assert any("cdn.example.invalid" in p for p in problems)
    context.close()


def test_country_filter_changes_charts_and_table(browser, server, shots) -> None:
    problems: list[str] = []
    context, page = open_page(browser, server, problems)
    bs.wait_until_drawn(page)
    before_points = page.locator(bs.TIMELINE_POINTS).count()
    before = int(bs.metric(page, "Incidents"))
    bs.choose_in_multiselect(page, "Country", "Kazakhstan")
    page.wait_for_timeout(300)
    bs.wait_until_drawn(page)
    assert bs.metric(page, "Incidents") == "1" != str(before)
    assert page.locator(bs.TIMELINE_POINTS).count() < before_points
    assert page.get_by_role("tab", name="Incidents (1)").count() == 1
    page.screenshot(path=str(shots / "kazakhstan.png"))
    assert not problems, problems
    context.close()


def test_png_and_csv_downloads(browser, server) -> None:
    from components import exports

    problems: list[str] = []
    context, page = open_page(browser, server, problems)
    bs.wait_until_drawn(page)
    with page.expect_download(timeout=60_000) as info:
        page.locator("[data-testid='stDownloadButton']").filter(has_text="CSV").first.click()
    table = pd.read_csv(info.value.path())
    assert {"incident_id", "evidence", "sources"} <= set(table.columns)
    assert len(table) == int(bs.metric(page, "Incidents"))
    # Chromium is here (or this module is skipped), so kaleido must find it: no silent skip.
    available, reason = exports.image_export_available()
    assert available, reason
    with page.expect_download(timeout=120_000) as info:
        page.locator("[data-testid='stDownloadButton']").filter(has_text="PNG").first.click()
    png = Path(info.value.path()).read_bytes()
    assert png[:8] == PNG_SIGNATURE
    assert len(png) > 10_000  # a drawn chart, not an empty image
    assert info.value.suggested_filename == "timeline.png"
    assert not problems, problems
    context.close()


def test_uploaded_markup_is_shown_as_text(browser, server, tmp_path, shots) -> None:
    problems: list[str] = []
    context, page = open_page(browser, server, problems)
    bs.wait_until_drawn(page)
    upload = tmp_path / "hostile.txt"
    upload.write_text(HOSTILE, encoding="utf-8")
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(str(upload))
    page.wait_for_selector("text=/added as hostile/", timeout=120_000)
    bs.wait_until_drawn(page)
    page.get_by_role("tab", name="Articles").first.click()
    picker = page.locator("[data-testid='stSelectbox']").filter(has_text="Article").first
    picker.locator("input").click()
    picker.locator("input").fill("hostile")
    page.locator("[role='option']").filter(has_text="hostile").first.click()
    page.wait_for_timeout(300)
    bs.wait_until_drawn(page)
    view = page.locator(".article-view").first
    view.wait_for(timeout=30_000)
    view.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "uploaded.png"))
    text = view.inner_text()
    assert "Kherson" in text
    assert "<script>window.__owned = 1</script>" in text
    assert '<img src=x onerror="window.__owned = 2">' in text
    assert page.evaluate("() => window.__owned") is None
    assert view.locator("script, img").count() == 0
    assert not problems, problems
    context.close()


def test_five_sessions_filter_at_the_same_time(browser, server) -> None:
    """Five contexts, interleaved: each asks for another country and must get its own page."""
    choices = [("Kazakhstan", "1"), ("Azerbaijan", None), ("Ukraine", None), ("Russia", None)]
    choices.append(("Kazakhstan", "1"))
    problems: list[str] = []
    sessions = [open_page(browser, server, problems) for _ in choices]
    for _, page in sessions:
        bs.wait_until_drawn(page)
    total = int(bs.metric(sessions[0][1], "Incidents"))
    for (_, page), (country, _) in zip(sessions, choices, strict=True):
        bs.choose_in_multiselect(page, "Country", country)
    for (context, page), (country, expected) in zip(sessions, choices, strict=True):
        page.wait_for_timeout(200)
        bs.wait_until_drawn(page, points=False)
        caption = page.locator("text=/countries \\(where or involved\\)/").first.inner_text()
        assert country in caption
        shown = bs.metric(page, "Incidents")
        assert int(shown) <= total
        if expected is not None:
            assert shown == expected
        context.close()
    assert not problems, problems


def test_selecting_on_a_chart_narrows_the_other_and_the_tables_until_reset(
    browser, server, shots
) -> None:
    problems: list[str] = []
    context, page = open_page(browser, server, problems)
    bs.wait_until_drawn(page)
    before = int(bs.metric(page, "Incidents"))
    before_points = page.locator(bs.TIMELINE_POINTS).count()
    # A click on a map marker selects its incidents.
    page.locator(".js-plotly-plot .scattergeo path.point").first.click(force=True)
    page.wait_for_selector("text=/selected on the map/", timeout=60_000)
    bs.wait_until_drawn(page)
    chosen = int(bs.metric(page, "Incidents"))
    assert 0 < chosen < before
    assert page.get_by_role("tab", name=f"Incidents ({chosen})").count() == 1
    assert page.locator(bs.TIMELINE_POINTS).count() < before_points
    page.screenshot(path=str(shots / "selected-on-map.png"))
    page.get_by_role("button", name="Reset selection").click()
    page.wait_for_selector("text=/Select points on the timeline or the map/", timeout=60_000)
    bs.wait_until_drawn(page)
    assert int(bs.metric(page, "Incidents")) == before
    # A box drawn over the whole timeline selects every dated incident on it.
    plot = page.locator(".js-plotly-plot .draglayer .nsewdrag").first
    box = plot.bounding_box()
    page.mouse.move(box["x"] + 2, box["y"] + 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=5)
    page.mouse.move(box["x"] + box["width"] - 2, box["y"] + box["height"] - 2, steps=5)
    page.mouse.up()
    page.wait_for_selector("text=/selected on the timeline/", timeout=60_000)
    bs.wait_until_drawn(page)
    assert 0 < int(bs.metric(page, "Incidents")) <= before
    assert not problems, problems
    context.close()
