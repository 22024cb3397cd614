"""The page's own plotly.js bundle (static/plotly/) must draw every chart the app makes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from plotly.offline.offline import get_plotlyjs_version

from components import charts, exports
from components.synthetic import synthetic_incidents

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_DIR = ROOT / "static" / "plotly"
BUNDLE = BUNDLE_DIR / "plotly-dash.min.js"


def bundled_trace_types() -> set[str]:
    """The trace types registered by the bundle's entry ("scatter" is always in plotly.js)."""
    entry = (BUNDLE_DIR / "build" / "entry.js").read_text(encoding="utf-8")
    return {"scatter"} | set(re.findall(r"require\('plotly\.js/lib/(\w+)'\)", entry))


def test_bundle_is_the_plotly_js_version_the_figures_are_written_for():
    banner = BUNDLE.read_text(encoding="utf-8")[:200]
    assert f"plotly.js v{get_plotlyjs_version()} " in banner
    package = json.loads((BUNDLE_DIR / "build" / "package.json").read_text(encoding="utf-8"))
    assert package["devDependencies"]["plotly.js"] == get_plotlyjs_version()
    assert (BUNDLE_DIR / "LICENSE-plotly.txt").is_file()


def test_the_chart_component_loads_the_bundle_from_the_static_route():
    script = (ROOT / "components" / "plotly_view.js").read_text(encoding="utf-8")
    url = re.search(r'const BUNDLE = "app/static/([^"]+)"', script).group(1)
    assert (ROOT / "static" / url) == BUNDLE


@pytest.mark.parametrize("size", [40, charts.GL_ABOVE + 300, charts.MAX_POINTS + 500])
def test_every_trace_type_the_charts_draw_is_in_the_bundle(size):
    incidents = synthetic_incidents(size, 5)
    drawn = {
        trace.type
        for figure in (charts.timeline(incidents), charts.incident_map(incidents))
        for trace in figure.data
    }
    assert drawn <= bundled_trace_types(), drawn - bundled_trace_types()
    assert "scattergeo" in drawn


def test_webgl_timelines_are_among_the_charts_checked():
    big = charts.timeline(synthetic_incidents(charts.GL_ABOVE + 300, 5))
    assert "scattergl" in {trace.type for trace in big.data}
    assert "scattergl" in bundled_trace_types()


def test_exported_html_still_carries_its_own_full_plotly_js(sample_incidents):
    # The downloads are read without the dashboard: they embed plotly.js, not the page's bundle.
    html = exports.figure_html(charts.incident_map(sample_incidents))
    assert b"plotly-dash" not in html and len(html) > 1_000_000


def test_the_world_shapes_fetched_ahead_are_the_ones_the_charts_name():
    script = (ROOT / "components" / "plotly_view.js").read_text(encoding="utf-8")
    world = re.search(r'const WORLD = "(\w+)"', script).group(1)
    shapes = re.search(r"const SHAPES = `app/static/([^$]+)\$\{WORLD\}\.json`", script).group(1)
    assert f"app/static/{shapes}" == charts.PLOTLY_CONFIG["topojsonURL"]
    assert (ROOT / "static" / shapes / f"{world}.json").is_file()
