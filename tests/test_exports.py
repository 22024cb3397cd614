from __future__ import annotations

import datetime as dt
import io
import json
import re
import time
import zipfile

import openpyxl
import pandas as pd
import pytest
from plotly.offline import get_plotlyjs

from components import exports, schema
from components.charts import incident_map, timeline
from components.exports import (
    figure_html,
    figure_image,
    image_export_available,
    incidents_geojson,
    report_zip,
    table_csv,
    table_excel,
)

BROWSER, BROWSER_REASON = image_export_available()
needs_browser = pytest.mark.skipif(not BROWSER, reason=f"no browser for kaleido: {BROWSER_REASON}")


def test_csv_parses_back_with_the_same_rows(sample_incidents):
    data = table_csv(sample_incidents)
    data.decode("utf-8")  # valid UTF-8 (Galați, Rzeszów, Türkiye)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8")
    assert list(back.columns) == list(sample_incidents.columns)
    assert back["incident_id"].tolist() == sample_incidents["incident_id"].tolist()
    assert "Galați" in back["place"].tolist()
    restored = schema.conform("incidents", back)
    # NA stays "not reported", 0 stays 0.
    assert restored["killed"].isna().tolist() == sample_incidents["killed"].isna().tolist()
    assert (
        restored["injured"].fillna(-1).tolist() == sample_incidents["injured"].fillna(-1).tolist()
    )
    assert restored["date_end"].equals(sample_incidents["date_end"])


def test_excel_opens_with_openpyxl(sample_incidents):
    summary = pd.DataFrame({"type": ["shelling", "drone strike"], "n": [2, 2]})
    data = table_excel({"incidents": sample_incidents, "by type": summary, "a/b:c": summary})
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["incidents", "by type", "a_b_c"]
    sheet = book["incidents"]
    header = [c.value for c in sheet[1]]
    assert header == list(sample_incidents.columns)
    assert sheet.max_row == len(sample_incidents) + 1
    rows = {
        r[0]: dict(zip(header, r, strict=True))
        for r in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert rows["inc-b"]["date_end"] == dt.datetime(2024, 3, 31)
    assert rows["inc-b"]["killed"] is None and rows["inc-b"]["injured"] == 0
    assert rows["inc-i"]["date_start"] is None
    assert rows["inc-h"]["lat"] is None
    assert rows["inc-a"]["lat"] == pytest.approx(49.9935)
    date_column = header.index("date_start") + 1
    assert sheet.cell(row=2, column=date_column).number_format == "yyyy-mm-dd"


def test_excel_accepts_control_characters_and_long_text(sample_incidents):
    messy = sample_incidents.copy()
    messy.loc[0, "summary"] = "page\x0cbreak " + "x" * 40_000
    book = openpyxl.load_workbook(io.BytesIO(table_excel({"incidents": messy})))
    header = [c.value for c in book.active[1]]
    value = book.active.cell(row=2, column=header.index("summary") + 1).value
    assert value.startswith("pagebreak ") and len(value) == 32_767


def test_geojson_is_a_valid_feature_collection(sample_incidents):
    collection = json.loads(incidents_geojson(sample_incidents))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert len(features) == 9 and collection["unlocated"] == 1  # inc-h has no coordinates
    by_id = {f["properties"]["incident_id"]: f for f in features}
    assert "inc-h" not in by_id
    galati = by_id["inc-d"]
    assert galati["type"] == "Feature"
    assert galati["geometry"] == {"type": "Point", "coordinates": [28.008, 45.4353]}  # lon, lat
    props = galati["properties"]
    assert "lat" not in props and "lon" not in props
    assert props["killed"] is None and props["date_start"] == "2024-02-01"
    assert by_id["inc-c"]["properties"]["killed"] == 0
    assert by_id["inc-i"]["properties"]["date_start"] is None
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def _outside_plotlyjs(html: str) -> str:
    bundle = get_plotlyjs()
    assert bundle in html
    return html.replace(bundle, "")


def test_html_inlines_map_shapes_and_needs_no_cdn(sample_incidents):
    html = figure_html(incident_map(sample_incidents)).decode("utf-8")
    rest = _outside_plotlyjs(html)
    assert "window.PlotlyGeoAssets" in rest
    # The shapes are defined before plotly.js runs.
    assert html.index("window.PlotlyGeoAssets") < html.index(get_plotlyjs()[:200])
    match = re.search(r'window\.PlotlyGeoAssets = \{topojson: \{"(world_\d+m)": ', rest)
    assert match and match.group(1) == "world_50m"  # the resolution the figure asks for
    assert "cdn.plot.ly" not in rest
    assert "<script src=" not in rest


def test_html_of_a_chart_without_map_has_no_shapes(sample_incidents):
    html = figure_html(timeline(sample_incidents)).decode("utf-8")
    rest = _outside_plotlyjs(html)
    assert "window.PlotlyGeoAssets = {topojson: {}}" in rest
    assert "inc-a" in rest  # the data is there


def test_topojson_files_are_shipped():
    for name in ("world_110m", "world_50m"):
        shapes = json.loads((exports.TOPOJSON_DIR / f"{name}.json").read_text(encoding="utf-8"))
        assert shapes["type"] == "Topology"
        assert {"countries", "land", "coastlines"} <= set(shapes["objects"])


def test_missing_browser_is_explained(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    ok, reason = image_export_available()
    assert not ok
    assert "apt-get install chromium" in reason and "BROWSER_PATH" in reason


def test_missing_kaleido_is_explained(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "kaleido" else real(name, *a)
    )
    ok, reason = image_export_available()
    assert not ok and "pip install kaleido" in reason


def test_report_zip_without_images(sample_incidents):
    figures = {"timeline": timeline(sample_incidents), "map": incident_map(sample_incidents)}
    tables = {"incidents": sample_incidents, "by type": pd.DataFrame({"n": [1]})}
    data = report_zip(
        figures,
        tables,
        "countries (where or involved): Romania (RO)",
        images=False,
        now=dt.datetime(2025, 5, 6, 7, 8, 9),
    )
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None
    assert set(archive.namelist()) == {
        "README.txt",
        "charts/timeline.html",
        "charts/map.html",
        "tables/incidents.csv",
        "tables/by_type.csv",
        "tables/tables.xlsx",
        "incidents.geojson",
    }
    readme = archive.read("README.txt").decode("utf-8")
    assert "Filters: countries (where or involved): Romania (RO)" in readme
    assert "2025-05-06T07:08:09" in readme
    assert "- incidents: 10 rows" in readme
    assert "charts/map.html" in readme
    back = pd.read_csv(archive.open("tables/incidents.csv"))
    assert len(back) == 10
    assert json.loads(archive.read("incidents.geojson"))["unlocated"] == 1


@needs_browser
def test_png_export(sample_incidents):
    start = time.perf_counter()
    png = figure_image(incident_map(sample_incidents), "png")
    elapsed = time.perf_counter() - start
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) > 10_000
    assert elapsed < 60


@needs_browser
def test_svg_export_draws_the_map_offline(sample_incidents):
    svg = figure_image(incident_map(sample_incidents), "svg").decode("utf-8")
    assert svg.lstrip().startswith(("<svg", "<?xml"))
    # Country borders were drawn, so the local shapes were found.
    borders = re.search(r'<g class="layer countries"><path d="([^"]*)"', svg)
    assert borders and len(borders.group(1)) > 1000


@needs_browser
def test_report_zip_with_images(sample_incidents):
    figures = {"map": incident_map(sample_incidents), "timeline": timeline(sample_incidents)}
    data = report_zip(figures, {"incidents": sample_incidents}, "no filters (all incidents)")
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    for stem in ("map", "timeline"):
        assert {f"charts/{stem}.html", f"charts/{stem}.png", f"charts/{stem}.svg"} <= names
    assert archive.read("charts/map.png").startswith(b"\x89PNG")
    assert "Notes:" not in archive.read("README.txt").decode("utf-8")


def _open_offline(html_path, browser_path, *, wait_for):
    """Open a page with every non-file request blocked; return (page counts, blocked urls).

    ``wait_for`` is a selector to wait for, or a predicate on request urls to wait for.
    """
    sync_api = pytest.importorskip("playwright.sync_api")
    blocked: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith("file:"):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    with sync_api.sync_playwright() as play:
        browser = play.chromium.launch(executable_path=browser_path)
        try:
            page = browser.new_page()
            page.route("**/*", route)
            if callable(wait_for):
                with page.expect_request(lambda r: wait_for(r.url), timeout=30_000):
                    page.goto(html_path.as_uri())
            else:
                page.goto(html_path.as_uri())
                page.wait_for_selector(wait_for, state="attached", timeout=30_000)
            page.wait_for_timeout(300)
            counts = {
                "points": page.locator(".scattergeo .point").count(),
                "countries": page.locator(".geo .countries path").count(),
            }
        finally:
            browser.close()
    return counts, blocked


@pytest.mark.browser
def test_html_draws_the_map_with_the_network_blocked(tmp_path, sample_incidents):
    path = exports.browser_path()
    if path is None:
        pytest.skip("no Chromium installed")
    fig = incident_map(sample_incidents)
    ours = tmp_path / "ours.html"
    ours.write_bytes(figure_html(fig))
    counts, blocked = _open_offline(ours, path, wait_for=".geo .countries path")
    assert blocked == []
    assert counts["points"] == 9 and counts["countries"] >= 1
    # Plotly's own export, for contrast, asks the CDN for the shapes and draws nothing.
    plain = tmp_path / "plain.html"
    plain.write_text(fig.to_html(include_plotlyjs=True), encoding="utf-8")
    counts, blocked = _open_offline(plain, path, wait_for=lambda url: "world_50m.json" in url)
    assert any(url.startswith("https://cdn.plot.ly/") for url in blocked)
    assert counts["countries"] == 0
