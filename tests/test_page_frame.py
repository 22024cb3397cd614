"""The page frame goes out before the app's heavy imports, so it must not import them."""

import json
import subprocess
import sys
from pathlib import Path

import plotly.graph_objects as go

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


def test_loading_figure_is_an_empty_chart_with_a_message():
    fig = page_frame.loading_figure(height=300)
    assert isinstance(fig, go.Figure)
    assert fig.data == ()
    assert fig.layout.height == 300
    assert "Loading" in fig.layout.annotations[0].text


def test_dashboard_draws_the_frame_before_importing_the_app():
    lines = (ROOT / "dashboard.py").read_text().splitlines()
    draw = next(i for i, line in enumerate(lines) if "draw_frame()" in line)
    app_import = next(
        i for i, line in enumerate(lines) if line.startswith("from components import ui")
    )
    assert draw < app_import
