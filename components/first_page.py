"""What a page opens on, made from a store's tables without streamlit: the sidebar's choices
and the two charts of all incidents.

Both are kept on disk (:mod:`components.kept`) under the store's :func:`digest`, so the
command line, having written a store, prepares them (:func:`prepare`) and the dashboard's
first page over that store loads them instead of making them (1.4 s of server time at
100,000 incidents). The page makes them the same way when nothing was prepared.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from components import charts, filters, kept, layout, settings
from components.store import Store

# The page's display choices; the first of each is what a page opens with.
COLOR_BYS: tuple[str, ...] = charts.COLOR_BYS
GROUP_BYS: tuple[str, ...] = ("place", "site")


def digest(path: str | Path, generation: str) -> str:
    """The key of a store file's state: its resolved path (the command line and the page
    may name it differently) and its generation (:meth:`Store.generation`)."""
    return f"store:{Path(path).resolve()}:{generation}"


def options(key: str, incidents: pd.DataFrame) -> dict[str, Any]:
    """The sidebar's choices (:func:`filters.options`) of ``incidents``, the table of ``key``."""
    return kept.kept(settings.kept_dir(), ("options", key), lambda: filters.options(incidents))


@dataclasses.dataclass(frozen=True)
class ChartLooks:
    """What the charts take from the whole incidents table: hover labels and colours."""

    hover: pd.Series | None  # None for tables the charts group anyway: labelled per view
    colors: dict[str, dict[str, str]]


def chart_looks(incidents: pd.DataFrame) -> ChartLooks:
    # Colours from the whole table, so a category keeps its colour under any filter.
    colors = {by: charts.color_map(charts.category(incidents, by)) for by in COLOR_BYS}
    # Above a few grouping thresholds' worth of rows, most views are grouped (with their own
    # labels), and the few ungrouped ones are labelled quicker than the whole table.
    hover = charts.hover_lookup(incidents) if len(incidents) <= 2 * charts.MAX_POINTS else None
    return ChartLooks(hover, colors)


_TOP_LEGEND = {"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom", "title_text": ""}


def fit_to_column(figures: dict[str, go.Figure]) -> None:
    """Adapt the figures to two half-width columns: legends above the plots, a shorter map."""
    figures["timeline"].update_layout(legend=_TOP_LEGEND, margin={"t": 60})
    figures["map"].update_layout(height=layout.MAP_HEIGHT)
    # The legend takes the place above the plot where a chart's note stands: the note goes
    # inside the plot's top corner, on a light ground over the markers, a line per part (one
    # line of them is wider than half the page).
    for fig in figures.values():
        for note in fig.select_annotations(selector={"yref": "paper", "y": 1.0}):
            note.update(
                text=note.text.replace("; ", "<br>"),
                yanchor="top",
                bgcolor="rgba(255,255,255,0.85)",
            )


Figures = tuple[dict[str, go.Figure], dict[str, dict[str, str]]]


def figures(
    on_timeline: pd.DataFrame,
    on_map: pd.DataFrame,
    looks: ChartLooks,
    color_by: str,
    group_by: str,
) -> Figures:
    """The timeline and the map, and for each the ids behind its grouped markers."""
    colors = looks.colors[color_by]
    # The ids of grouped markers stay here; the browser gets a key for each group.
    members: dict[str, dict[str, str]] = {"timeline": {}, "map": {}}
    made = {
        "timeline": charts.timeline(
            on_timeline,
            color_by=color_by,
            group_by=group_by,
            colors=colors,
            hover=looks.hover,
            members=members["timeline"],
        ),
        "map": charts.incident_map(
            on_map, color_by=color_by, colors=colors, hover=looks.hover, members=members["map"]
        ),
    }
    fit_to_column(made)
    return made, members


def whole_figures(
    key: str,
    incidents: pd.DataFrame,
    looks: Callable[[], ChartLooks],
    color_by: str,
    group_by: str,
) -> Figures:
    """:func:`figures` of all incidents of ``key``'s table, what a page opens on."""
    return kept.kept(
        settings.kept_dir(),
        ("charts", key, color_by, group_by),
        lambda: figures(incidents, incidents, looks(), color_by, group_by),
    )


def prepare(store: Store, generation: str) -> dict[str, pd.DataFrame]:
    """Read the store's tables as of ``generation`` and make what its first page opens on,
    all kept on disk for the page (as it keeps them itself); returns the tables."""
    tables = store.read_all_kept(generation, settings.cache_dir())
    key = digest(store.path, generation)
    incidents = tables["incidents"]
    options(key, incidents)
    whole_figures(key, incidents, lambda: chart_looks(incidents), COLOR_BYS[0], GROUP_BYS[0])
    return tables
