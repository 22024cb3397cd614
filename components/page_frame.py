"""The page's frame: title, sidebar places, the headline's place and the two chart slots.

``dashboard.py`` draws it before importing the rest of the app, whose first import (pandas,
DuckDB, the extractors) takes about half a second. Meanwhile the browser fetches and starts
plotly.js, the page's largest script, for the charts' placeholders. This module therefore
imports only streamlit; a test keeps pandas out of it. With ``ui.py`` it is the only
module that imports streamlit.

Charts are drawn by :func:`plotly_chart`, a component with the page's own plotly.js bundle
(``static/plotly/``: the three trace types the charts use, 1.8 MB), which the browser starts in
about 0.3 s where Streamlit's full plotly.js (4.8 MB) takes 1.3 s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

from components.layout import MAP_HEIGHT

if TYPE_CHECKING:
    import plotly.graph_objects as go

CHART_TITLES = {"timeline": "Timeline", "map": "Map"}
LOADING = "Loading the incidents…"
# Set once a session's charts are drawn: later runs replace them and keep their state.
SHOWN_KEY = "charts_shown"

_plotly_view = st.components.v2.component(
    "incident_plotly_chart",
    js=Path(__file__).with_name("plotly_view.js").read_text(encoding="utf-8"),
    css=".incident-chart-placeholder{display:flex;align-items:center;justify-content:center;"
    "color:#777;font-size:14px}",
    # plotly.js adds its styles to the document's head: the chart must live in the document.
    isolate_styles=False,
)


@dataclass
class Frame:
    """The places the app fills: sidebar boxes, the headline, and {chart: (chart, downloads)}."""

    filters: Any
    report: Any
    uploads: Any
    head: Any
    charts: dict[str, tuple[Any, Any]]


def plotly_chart(
    figure: go.Figure,
    *,
    key: str,
    config: dict[str, Any],
    on_select: Callable[[], None] | None = None,
) -> None:
    """Draw ``figure`` here. With ``on_select``, a click, box or lasso selects points: the
    selection, ``{"points": [{"customdata": ..., ...}]}``, is ``st.session_state[key]
    ["selection"]`` when ``on_select`` is called, and a double click clears it."""
    _plotly_view(
        data={"figure": figure.to_json(), "config": config, "selectable": on_select is not None},
        key=key,
        on_selection_change=on_select,
    )


def chart_placeholder(*, key: str, height: int = MAP_HEIGHT, message: str = LOADING) -> None:
    """A chart's place with a message, while the browser loads plotly.js for the chart."""
    _plotly_view(data={"message": message, "height": height}, key=key)


def chart_slots() -> dict[str, tuple[Any, Any]]:
    """The timeline and map places: {name: (chart, downloads)}.

    On a session's first run each gets a placeholder at once, so that plotly.js loads while
    the server still imports the app and reads the corpus.
    """
    first = not st.session_state.get(SHOWN_KEY)
    columns = st.columns(len(CHART_TITLES), gap="medium")
    slots = {}
    for column, (name, title) in zip(columns, CHART_TITLES.items(), strict=True):
        with column:
            st.subheader(title)
            chart, downloads = st.empty(), st.container()
            if first:
                with chart:
                    chart_placeholder(key=f"{name}_loading")
            slots[name] = (chart, downloads)
    return slots


def draw_frame() -> Frame:
    """Title, sidebar boxes (filters, report, uploads), headline place and chart slots."""
    # Less empty space above the page title.
    st.html("<style>[data-testid='stMainBlockContainer']{padding-top:2.5rem}</style>")
    st.title("Incident dashboard")
    with st.sidebar:
        boxes = st.container(), st.container(), st.container()
    head = st.container()
    return Frame(*boxes, head=head, charts=chart_slots())
