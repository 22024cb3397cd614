"""What an AppTest run sent to the page's charts (drawn by page_frame.plotly_chart)."""

from __future__ import annotations

import json
from typing import Any

from streamlit.testing.v1 import AppTest

CHART_COMPONENT = "incident_plotly_chart"


def chart_figures(app: AppTest) -> list[dict[str, Any]]:
    """The figures of the page's charts in page order (timeline, map); placeholders left out."""
    figures = []
    for element in app.get("bidi_component"):
        if element.proto.component_name != CHART_COMPONENT:
            continue
        data = json.loads(element.proto.json)
        if "figure" in data:
            figures.append(json.loads(data["figure"]))
    return figures
