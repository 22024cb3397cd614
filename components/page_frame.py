"""The page's frame: title, sidebar places, the headline's place and the two chart slots.

``dashboard.py`` draws it before importing the rest of the app, whose first import (pandas,
DuckDB, the extractors) takes about half a second. Meanwhile the browser fetches and starts
plotly.js, the page's largest script, for the charts' loading figures. This module therefore
imports only streamlit and plotly; a test keeps pandas out of it. With ``ui.py`` it is the only
module that imports streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go
import streamlit as st

MAP_HEIGHT = 430
CHART_TITLES = {"timeline": "Timeline", "map": "Map"}
# Set once a session's charts are drawn: later runs replace them and keep their state.
SHOWN_KEY = "charts_shown"


@dataclass
class Frame:
    """The places the app fills: sidebar boxes, the headline, and {chart: (chart, downloads)}."""

    filters: Any
    report: Any
    uploads: Any
    head: Any
    charts: dict[str, tuple[Any, Any]]


def loading_figure(*, height: int = MAP_HEIGHT) -> go.Figure:
    """An empty chart saying the data is on its way (drawn while the corpus is read)."""
    return go.Figure(
        layout={
            "height": height,
            "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
            "xaxis": {"visible": False},
            "yaxis": {"visible": False},
            "annotations": [
                {
                    "text": "Loading the incidents…",
                    "showarrow": False,
                    "xref": "paper",
                    "yref": "paper",
                    "x": 0.5,
                    "y": 0.5,
                    "font": {"size": 14, "color": "#777"},
                }
            ],
        }
    )


def chart_slots() -> dict[str, tuple[Any, Any]]:
    """The timeline and map places: {name: (chart, downloads)}.

    On a session's first run each gets a loading figure at once, so that plotly.js loads while
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
                chart.plotly_chart(
                    loading_figure(),
                    key=f"{name}_loading",
                    config={"displayModeBar": False},
                    width="stretch",
                )
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
