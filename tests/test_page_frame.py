"""The page frame goes out before the app's heavy imports, so it must not import them."""

import json
import subprocess
import sys
from pathlib import Path

import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from components import page_frame

ROOT = Path(__file__).resolve().parent.parent

DRAW_FRAME = """
import json, sys
from components import page_frame
frame = page_frame.draw_frame()
heavy = [name for name in ("pandas", "duckdb", "spacy", "components.ui") if name in sys.modules]
print(json.dumps({"charts": sorted(frame.charts), "heavy": heavy}))
"""


def test_drawing_the_frame_imports_neither_pandas_nor_the_app():
    # A fresh interpreter: this test process has imported pandas long ago.
    done = subprocess.run(
        [sys.executable, "-c", DRAW_FRAME], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"charts": ["map", "timeline"], "heavy": []}


@pytest.fixture(autouse=True)
def _main_module_kept():
    """A Streamlit run installs its script as ``__main__``; a script made from a function
    cannot be run again by the worker processes other tests start, so the real one returns."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


def test_a_first_run_shows_a_placeholder_with_a_message_in_each_chart_place():
    def page():
        from components import page_frame

        page_frame.draw_frame()

    app = AppTest.from_function(page).run()
    assert not app.exception
    sent = [json.loads(e.proto.json) for e in app.get("bidi_component")]
    assert sent == [{"message": page_frame.LOADING, "height": page_frame.MAP_HEIGHT}] * 2


def test_a_chart_goes_out_as_its_figure_and_the_page_config():
    figure = go.Figure(go.Scatter(x=[1, 2], y=[3, 4], customdata=["a", "b"]))

    def page():
        import plotly.graph_objects as go

        from components import page_frame

        fig = go.Figure(go.Scatter(x=[1, 2], y=[3, 4], customdata=["a", "b"]))
        page_frame.plotly_chart(fig, key="c", config={"scrollZoom": True}, on_select=print)

    app = AppTest.from_function(page).run()
    assert not app.exception
    (element,) = app.get("bidi_component")
    sent = json.loads(element.proto.json)
    assert json.loads(sent["figure"])["data"] == json.loads(figure.to_json())["data"]
    assert sent["config"] == {"scrollZoom": True} and sent["selectable"] is True


def test_dashboard_draws_the_frame_before_importing_the_app():
    lines = (ROOT / "dashboard.py").read_text().splitlines()
    draw = next(i for i, line in enumerate(lines) if "draw_frame()" in line)
    app_import = next(
        i for i, line in enumerate(lines) if line.startswith("from components import ui")
    )
    assert draw < app_import
