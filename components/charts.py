"""Plotly figures of the incidents: a timeline and a map (pure functions, no Streamlit).

Every marker carries its ``incident_id`` in ``customdata``, so a chart selection can be turned
back into incidents with :func:`selected_ids`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from components.filters import country_name, country_names

ColorBy = Literal["incident_type", "country"]
COLOR_BYS: tuple[ColorBy, ...] = ("incident_type", "country")
GroupBy = Literal["place", "site"]

NO_MATCH = "No incidents match the filters"
UNKNOWN = "unknown"

# Streamlit serves ``static/`` at ``app/static/`` (server.enableStaticServing); plotly.js
# fetches ``topojsonURL + "world_110m.json"`` from there instead of its CDN.
PLOTLY_CONFIG: dict[str, Any] = {
    "topojsonURL": "app/static/topojson/",
    "displaylogo": False,
    "scrollZoom": True,
    "toImageButtonOptions": {"format": "png", "scale": 2},
}

# Fixed colours for the known incident types, so a type keeps its colour under any filter.
TYPE_COLORS: dict[str, str] = {
    "missile strike": "#d62728",
    "drone strike": "#ff7f0e",
    "air strike": "#9467bd",
    "shelling": "#8c564b",
    "aircraft crash/shoot-down": "#1f77b4",
    "explosion": "#e377c2",
    "other attack": "#7f7f7f",
    "diplomatic": "#2ca02c",
}
UNKNOWN_COLOR = "#b0b0b0"
# Greys are left out: grey means "unknown".
_PALETTE = tuple(
    c
    for c in (*qualitative.D3, *qualitative.Dark24, *qualitative.Light24)
    if c.lower() not in {"#7f7f7f", "#222a2a", "#778aae", "#bab0ac"}
)

# Geo precisions that do not point at an exact spot are drawn hollow.
APPROXIMATE = ("region", "country")
_GOLDEN_ANGLE = np.pi * (3 - np.sqrt(5))
# Views spanning at most this many degrees use Mercator.
CLOSE_VIEW = 60.0
# Views spanning at most this many degrees use the 1:50m shapes: 1.1 MB that take several
# times longer to draw than the 1:110m ones, which look fine on wider views.
FINE_VIEW = 25.0
MAP_ASPECT = 1.6  # width / height of the map's plot area
# The timeline's x axis shows at least this many days.
MIN_DAYS_SHOWN = 60
# Smallest margin (degrees) around places known only as a region or country.
VAGUE_PAD = 6.0
# Timelines with more markers than this draw them with WebGL.
GL_ABOVE = 1500
# Above this many incidents a chart groups them (the timeline by place and week, month or
# year; the map by nearby places): a browser draws a few thousand markers briskly, not 100,000.
MAX_POINTS = 10_000
# What grouping aims at: markers enough to see the pattern, few enough to draw at once.
GROUPED_POINTS = 2500
# Rows a grouped timeline shows at most (its height stops at 1,800 px): the rest are one row.
TIMELINE_ROWS = 60
OTHER_PLACES = "other places"


def color_map(values: Iterable[Any]) -> dict[str, str]:
    """Category -> colour: known incident types have fixed colours, others follow sorted order.

    Pass the categories of the whole table (not the filtered one) so colours do not move
    when filters change; timeline and map share the result.
    """
    column = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    names = sorted({str(v) for v in column.dropna().unique()})
    fixed = {n: TYPE_COLORS[n] for n in names if n in TYPE_COLORS}
    free = [c for c in _PALETTE if c.lower() not in {v.lower() for v in fixed.values()}]
    others = [n for n in names if n not in fixed]
    colors = {n: free[i % len(free)] for i, n in enumerate(others)}
    return {**fixed, **colors, UNKNOWN: UNKNOWN_COLOR}


def category(incidents: pd.DataFrame, color_by: ColorBy) -> pd.Series:
    """The colour category of each incident (ISO code for countries)."""
    column = "country_code" if color_by == "country" else "incident_type"
    return incidents[column].astype("object").where(incidents[column].notna(), UNKNOWN)


def _category_label(value: str, color_by: ColorBy, names: Mapping[str, str]) -> str:
    if color_by == "country" and value != UNKNOWN:
        return f"{names.get(value) or country_name(value)} ({value})"
    return value


def _count_text(values: pd.Series) -> pd.Series:
    return values.astype("string").fillna("not reported")


# Plotly renders a few HTML tags in hover text; article text must not add any.
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))


def _text(values: pd.Series, limit: int) -> pd.Series:
    """Column as HTML-escaped text of at most ``limit`` characters ("" for NA)."""
    text = values.astype("string").fillna("")
    long = text.str.len() > limit
    text = text.where(~long, text.str.slice(0, limit - 1).str.rstrip() + "…")
    for char, entity in _ESCAPES:
        text = text.str.replace(char, entity, regex=False)
    return text


def _date_text(incidents: pd.DataFrame) -> pd.Series:
    start = incidents["date_start"]
    end = incidents["date_end"]
    text = start.dt.strftime("%Y-%m-%d").astype("string")
    longer = (end.notna() & (end.dt.normalize() != start.dt.normalize())).fillna(False)
    text = text.where(~longer, text + " – " + end.dt.strftime("%Y-%m-%d").astype("string"))
    precision = incidents["date_precision"].astype("string")
    text = text.where(precision.isna(), text + " (" + precision + " precision)")
    return text.fillna("undated")


def _wrap(text: pd.Series, width: int = 70) -> pd.Series:
    """Break lines of at most ``width`` characters at spaces with ``<br>``."""
    wrapped = text.str.replace(f"(.{{1,{width}}})(?:\\s+|$)", "\\1<br>", regex=True)
    return wrapped.str.replace("(<br>)+$", "", regex=True)


def hover_text(incidents: pd.DataFrame) -> list[str]:
    """One HTML-escaped hover label per incident."""
    kind = _text(incidents["incident_type"], 60).replace("", "incident")
    place = _text(incidents["place"], 80)
    country = _text(incidents["country"], 80)
    country = country.where(country != place, "")  # a country-level place names it already
    where = _text(incidents["site"], 80) + ", " + place + ", " + country
    where = where.str.replace("^(, )+|(, )+$", "", regex=True).str.replace(
        "(, ){2,}", ", ", regex=True
    )
    where = where.replace("", "place unknown")
    geo = _text(incidents["geo_precision"], 20)
    where = where.where(geo.eq(""), where + " (" + geo + " precision)")
    summary = _wrap(_text(incidents["summary"], 220))
    out = (
        "<b>"
        + kind
        + "</b> · "
        + _date_text(incidents)
        + "<br>"
        + where
        + "<br>"
        + "killed: "
        + _count_text(incidents["killed"])
        + " · injured: "
        + _count_text(incidents["injured"])
        + "<br>"
        + summary
        + "<br><i>sources: "
        + _text(incidents["sources"], 120)
        + "</i> · "
        + _text(incidents["incident_id"], 60)
    )
    return out.tolist()


def hover_lookup(incidents: pd.DataFrame) -> pd.Series:
    """Hover labels indexed by incident id, made once for a whole table.

    Building labels is the costly part of a redraw; a filtered view only looks its labels up
    (see the ``hover`` argument of :func:`timeline` and :func:`incident_map`), so the lookup
    must be made from the table the view was filtered from. Ids that occur twice are left
    out, so their rows are labelled from their own values.
    """
    ids = incidents["incident_id"].astype(object)
    labels = pd.Series(hover_text(incidents), index=pd.Index(ids), dtype=object)
    return labels[~labels.index.duplicated(keep=False) & labels.index.notna()]


def _hover(incidents: pd.DataFrame, lookup: pd.Series | None) -> np.ndarray:
    """Hover labels of the rows: looked up in ``lookup`` where it has them, else made here."""
    if lookup is None:
        return np.asarray(hover_text(incidents), dtype=object)
    found = lookup.reindex(incidents["incident_id"].astype(object))
    labels = np.array(found.to_numpy(dtype=object), dtype=object)  # writable copy
    missing = pd.isna(labels)
    if missing.any():
        labels[missing] = hover_text(incidents[missing])
    return labels


def marker_size(incidents: pd.DataFrame, *, crowded: int = 500) -> np.ndarray:
    """Marker diameter in px: grows with killed+injured; not reported at all -> small fixed.

    Above ``crowded`` incidents every marker shrinks by the same factor.
    """
    killed = incidents["killed"].astype("Float64")
    injured = incidents["injured"].astype("Float64")
    total = (killed.fillna(0) + injured.fillna(0)).to_numpy(dtype=float)
    size = np.clip(8 + 3.2 * np.sqrt(total), 8, 42)
    unreported = (killed.isna() & injured.isna()).to_numpy(dtype=bool)
    # Many markers: shrink them all alike so crowded places stay readable.
    scale = float(np.clip(np.sqrt(crowded / max(len(incidents), 1)), 0.45, 1.0))
    return np.where(unreported, 6.0, size) * scale


def _empty_figure(message: str, *, geo: bool) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(
        text=message,
        showarrow=False,
        xref="paper",
        yref="paper",
        x=0.5,
        y=0.5,
        font={"size": 16, "color": "#555"},
        bgcolor="rgba(255,255,255,0.8)",
    )
    if geo:
        fig.add_trace(go.Scattergeo(lat=[], lon=[], showlegend=False, hoverinfo="skip"))
        fig.update_geos(**_geo_style(resolution=110), projection_type="natural earth")
    else:
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
    fig.update_layout(margin={"l": 10, "r": 10, "t": 30, "b": 10}, height=420)
    return fig


def _note(fig: go.Figure, text: str) -> None:
    fig.add_annotation(
        text=text,
        showarrow=False,
        xref="paper",
        yref="paper",
        x=1,
        y=1.0,
        xanchor="right",
        yanchor="bottom",
        font={"size": 11, "color": "#777"},
    )


def _date_range(start: pd.Series, end: pd.Series) -> list[str]:
    """The x range: the dates with a margin, at least ``MIN_DAYS_SHOWN`` wide (one incident
    alone would otherwise get an axis of milliseconds)."""
    low, high = start.min(), end.max()
    pad = max((high - low) * 0.04, pd.Timedelta(days=MIN_DAYS_SHOWN) - (high - low)) / 2
    pad = max(pad, pd.Timedelta(days=1))
    return [f"{low - pad:%Y-%m-%d %H:%M}", f"{high + pad:%Y-%m-%d %H:%M}"]


def _row_label(incidents: pd.DataFrame, group_by: GroupBy) -> pd.Series:
    place = incidents["place"].fillna(incidents["country"]).fillna("place unknown").astype(object)
    if group_by == "site":
        site = incidents["site"].astype(object)
        return place.where(site.isna(), site + " (" + place + ")")
    return place


def timeline(
    incidents: pd.DataFrame,
    *,
    color_by: ColorBy = "incident_type",
    group_by: GroupBy = "place",
    colors: Mapping[str, str] | None = None,
    hover: pd.Series | None = None,
    max_points: int | None = MAX_POINTS,
    members: dict[str, str] | None = None,
) -> go.Figure:
    """Incidents by date (x) and place or site (y).

    A day is a marker; a longer span (a month, a year, several days) is a thick line from
    ``date_start`` to ``date_end`` with its marker in the middle. One marker trace and one span
    trace per colour category; markers carry ``incident_id`` in ``customdata``. ``hover`` is
    an optional :func:`hover_lookup` of a table the incidents come from. With more than
    ``max_points`` incidents, those of one row, category and week (or month, or year) are one
    marker sized by their number, carrying all their ids (see :func:`grouped_ids` for
    ``members``).
    """
    dated = incidents[incidents["date_start"].notna()]
    if dated.empty:
        return _empty_figure(NO_MATCH, geo=False)
    start = dated["date_start"]
    end = dated["date_end"].where(dated["date_end"] >= start, start).fillna(start)
    middle = start + (end - start) / 2
    rows = row_of = _row_label(dated, group_by)  # row_of: each incident's, also when grouped
    cats = category(dated, color_by)
    # Categories of the whole frame, so timeline and map of one frame colour alike.
    colors = dict(colors) if colors is not None else color_map(category(incidents, color_by))
    names = country_names(dated)
    grouped_note = ""
    if max_points is None or len(dated) <= max_points:
        sizes = marker_size(dated)
        labels = _hover(dated, hover)
        ids = dated["incident_id"].to_numpy(dtype=object)
        spanning = (end > start).to_numpy(dtype=bool)
    else:
        target = max(min(int(max_points), GROUPED_POINTS), 1)
        # Rows past what the chart's height shows are one row: thousands of places made
        # 10,000 markers of a year each (2.9 MB for the browser at 50,000 incidents).
        rows, folded = _fold_rows(rows, TIMELINE_ROWS)
        row_of = rows
        groups, period = _timeline_groups(dated, middle, rows, cats, target)
        grouped_note = (
            f"{len(dated):,} incidents in {len(groups):,} markers (grouped by row and {period})"
        )
        if folded:
            grouped_note += f"; {folded:,} places with fewer incidents in one row"
        middle, rows, cats = groups["x"], groups["row"], groups["cat"]
        sizes = np.clip(6 + 3.0 * np.sqrt(groups["n"].to_numpy(dtype=float)), 6, 42)
        labels = np.asarray(_timeline_group_hover(groups, period), dtype=object)
        ids = grouped_ids(groups, members)
        spanning = np.zeros(len(groups), dtype=bool)

    # WebGL markers draw and hover many points far faster than SVG ones.
    marker_type = "scattergl" if len(ids) > GL_ABOVE else "scatter"
    traces: list[dict[str, Any]] = []
    for cat in sorted(cats.unique(), key=lambda c: (c == UNKNOWN, c)):
        pick = (cats == cat).to_numpy(dtype=bool)
        color = colors.get(cat, UNKNOWN_COLOR)
        label = _category_label(cat, color_by, names)
        span = pick & spanning
        if span.any():
            n = int(span.sum())
            xs = np.empty(3 * n, dtype=object)
            ys = np.empty(3 * n, dtype=object)
            xs[0::3] = start[span].dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
            xs[1::3] = end[span].dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
            xs[2::3] = None
            ys[0::3] = ys[1::3] = rows[span].to_numpy()
            ys[2::3] = None
            traces.append(
                {
                    "type": "scatter",
                    "x": xs,
                    "y": ys,
                    "mode": "lines",
                    "line": {"color": color, "width": 7},
                    "opacity": 0.5,
                    "name": label,
                    "legendgroup": cat,
                    "showlegend": False,
                    "hoverinfo": "skip",
                    "meta": {"role": "span", "category": cat},
                }
            )
        traces.append(
            {
                "type": marker_type,
                "x": middle[pick].to_numpy(),
                "y": rows[pick].to_numpy(),
                "mode": "markers",
                "marker": {
                    "color": color,
                    "size": sizes[pick],
                    "opacity": 0.85,
                    "line": {"color": "white", "width": 0.8},
                },
                "name": label,
                "legendgroup": cat,
                "customdata": ids[pick],
                "hovertext": labels[pick],
                "hovertemplate": "%{hovertext}<extra></extra>",
                "meta": {"role": "incidents", "category": cat},
            }
        )
        if marker_type == "scatter":  # a big marker at either end shows whole, not cut
            traces[-1]["cliponaxis"] = False
    order = (
        pd.DataFrame({"row": row_of, "country": dated["country"].fillna("~"), "start": start})
        .groupby("row", sort=False)
        .agg(country=("country", "first"), start=("start", "min"))
        .sort_values(["country", "start"])
        .index.tolist()
    )
    if OTHER_PLACES in order:  # the folded row last
        order = [row for row in order if row != OTHER_PLACES] + [OTHER_PLACES]
    # One Figure built from dicts: validated once, far quicker than trace by trace.
    fig = go.Figure(
        data=traces,
        layout={
            "yaxis": {
                "type": "category",
                "categoryorder": "array",
                "categoryarray": order[::-1],
                "automargin": True,
            },
            "xaxis": {"type": "date", "showgrid": True, "range": _date_range(start, end)},
            "height": int(np.clip(140 + 26 * len(order), 320, 1800)),
            "margin": {"l": 10, "r": 10, "t": 40, "b": 30},
            "legend": {"title": {"text": "country" if color_by == "country" else "type"}},
            "hovermode": "closest",
            "uirevision": "timeline",
        },
    )
    undated = len(incidents) - len(dated)
    notes = [grouped_note] if grouped_note else []
    if undated:
        notes.append(f"{undated} undated incident(s) not shown")
    if notes:
        _note(fig, "; ".join(notes))
    return fig


def _timeline_groups(
    dated: pd.DataFrame, middle: pd.Series, rows: pd.Series, cats: pd.Series, max_points: int
) -> tuple[pd.DataFrame, str]:
    """Incidents of one row and category grouped by week, month or year: the finest period
    that keeps the groups within ``max_points`` (years when none does)."""
    periods = {"W": "week", "M": "month", "Y": "year"}
    # Groups are counted on integer codes: far quicker than on the labels themselves.
    row_cat = _codes(rows, cats)
    for freq in periods:
        bins = _period_starts(middle, freq)
        if _distinct(row_cat, bins.view("i8")) <= max_points:
            break
    key = pd.DataFrame(
        {"row": rows.to_numpy(dtype=object), "cat": cats.to_numpy(dtype=object), "bin": bins}
    )
    data = key.assign(
        x=middle.to_numpy(),
        id=dated["incident_id"].astype(object).fillna("").to_numpy(),
        killed=dated["killed"].astype("Float64").fillna(0).to_numpy(dtype=float),
        injured=dated["injured"].astype("Float64").fillna(0).to_numpy(dtype=float),
    )
    by_group = data.groupby(["row", "cat", "bin"], sort=True)
    grouped = by_group.agg(
        x=("x", "mean"), n=("id", "size"), killed=("killed", "sum"), injured=("injured", "sum")
    )
    grouped["ids"] = _joined_per_group(by_group, data["id"])
    return grouped.reset_index(), periods[freq]


def _fold_rows(rows: pd.Series, keep: int) -> tuple[pd.Series, int]:
    """The ``keep - 1`` rows with most incidents, the others as one row :data:`OTHER_PLACES`;
    returns the rows and how many were folded."""
    counts = rows.value_counts(sort=True)
    if len(counts) <= keep:
        return rows, 0
    top = counts.index[: keep - 1]
    return rows.where(rows.isin(top), OTHER_PLACES), len(counts) - len(top)


def _codes(*columns: pd.Series) -> np.ndarray:
    """One integer code per distinct combination of the columns' values (NA included)."""
    codes = np.zeros(len(columns[0]), dtype=np.int64)
    for column in columns:
        found, uniques = pd.factorize(column, use_na_sentinel=False)
        codes = codes * (len(uniques) + 1) + found
    return codes


def _distinct(*arrays: np.ndarray) -> int:
    """How many distinct rows the equally long arrays make together."""
    return len(pd.DataFrame({i: a for i, a in enumerate(arrays)}).drop_duplicates())


def _period_starts(values: pd.Series, freq: str) -> np.ndarray:
    """The start of each value's week (Monday), month or year, as ``to_period`` gives it."""
    days = values.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    if freq == "W":
        starts = days - (days.view("i8") + 3) % 7  # 1970-01-01 was a Thursday
    else:
        starts = days.astype(f"datetime64[{freq}]").astype("datetime64[D]")
    return starts.astype("datetime64[ns]")


def _joined_per_group(by_group: Any, values: pd.Series, sep: str = ";") -> list[str]:
    """``sep``-joined values of each group, in the groups' order: sorted once and cut, far
    quicker than a join per group through pandas."""
    codes = by_group.ngroup().to_numpy()
    order = np.argsort(codes, kind="stable")
    items = values.to_numpy(dtype=object)[order]
    cuts = np.flatnonzero(np.diff(codes[order])) + 1
    return [sep.join(part) for part in np.split(items, cuts)]


def _group_head(groups: pd.DataFrame, where: str) -> pd.Series:
    """ "<b>N incidents</b> · category<br>where" of grouped markers."""
    return (
        "<b>"
        + groups["n"].astype(str)
        + " incidents</b> · "
        + _text(groups["cat"], 60)
        + "<br>"
        + _text(groups[where], 120)
    )


def _group_tally(groups: pd.DataFrame) -> pd.Series:
    """ "killed: K · injured: I (reported)" of grouped markers."""
    return (
        "killed: "
        + groups["killed"].astype(int).astype(str)
        + " · injured: "
        + groups["injured"].astype(int).astype(str)
        + " (reported)"
    )


def _timeline_group_hover(groups: pd.DataFrame, period: str) -> list[str]:
    when = f"<br>{period} of " + groups["bin"].dt.strftime("%Y-%m-%d") + "<br>"
    return (_group_head(groups, "row") + when + _group_tally(groups)).tolist()


def _geo_style(*, resolution: int) -> dict[str, Any]:
    return {
        "showland": True,
        "landcolor": "#f2efe9",
        "showocean": True,
        "oceancolor": "#e6f0f7",
        "showlakes": True,
        "lakecolor": "#e6f0f7",
        "showcountries": True,
        "countrycolor": "#8a8a8a",
        "countrywidth": 0.6,
        "showcoastlines": True,
        "coastlinecolor": "#7a7a7a",
        "coastlinewidth": 0.6,
        "showframe": False,
        "resolution": resolution,
    }


def _mercator_y(lat: float) -> float:
    return float(np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)))


def _mercator_lat(y: float) -> float:
    return float(np.degrees(2 * np.arctan(np.exp(y)) - np.pi / 2))


def _view(
    lat: np.ndarray, lon: np.ndarray, *, aspect: float = MAP_ASPECT, min_pad: float = 1.5
) -> dict[str, Any]:
    """Axis ranges around the points, with a margin (at least ``min_pad`` degrees).

    A close (Mercator) view is widened in one direction to the plot's width/height ``aspect``,
    so the map fills the plot instead of a narrow strip.
    """
    lat_lo, lat_hi = float(lat.min()), float(lat.max())
    lon_lo, lon_hi = float(lon.min()), float(lon.max())
    pad_lat = max((lat_hi - lat_lo) * 0.12, min_pad)
    pad_lon = max((lon_hi - lon_lo) * 0.12, min_pad)
    lat_range = [max(lat_lo - pad_lat, -80.0), min(lat_hi + pad_lat, 80.0)]
    lon_range = [max(lon_lo - pad_lon, -180.0), min(lon_hi + pad_lon, 180.0)]
    extent = max(lat_range[1] - lat_range[0], lon_range[1] - lon_range[0])
    close = extent <= CLOSE_VIEW
    if close:
        y0, y1 = _mercator_y(lat_range[0]), _mercator_y(lat_range[1])
        width = np.radians(lon_range[1] - lon_range[0])
        if width < aspect * (y1 - y0):
            grow = (aspect * (y1 - y0) - width) / 2
            lon_range = [
                max(lon_range[0] - np.degrees(grow), -180.0),
                min(lon_range[1] + np.degrees(grow), 180.0),
            ]
        else:
            grow = (width / aspect - (y1 - y0)) / 2
            lat_range = [max(_mercator_lat(y0 - grow), -80.0), min(_mercator_lat(y1 + grow), 80.0)]
    return {"lat": lat_range, "lon": lon_range, "extent": extent, "close": close}


def spread(incidents: pd.DataFrame, *, step: float, limit: float) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates with incidents at the same point fanned out on a sunflower spiral.

    The first incident (by id) at a point keeps it; the k-th moves ``step * sqrt(k)`` degrees
    away, so points stay distinct and deterministic whatever the row order. A crowded point
    tightens its spiral to stay within ``limit`` degrees.
    """
    lat = incidents["lat"].to_numpy(dtype=float)
    lon = incidents["lon"].to_numpy(dtype=float)
    key = pd.DataFrame({"lat": np.round(lat, 4), "lon": np.round(lon, 4)})
    key["id"] = incidents["incident_id"].astype(object).fillna("").to_numpy()
    k = key.groupby(["lat", "lon"])["id"].rank(method="first").to_numpy() - 1
    crowd = pd.Series(k).groupby([key["lat"], key["lon"]]).transform("max").to_numpy()
    step_here = np.minimum(step, limit / np.sqrt(np.maximum(crowd, 1)))
    radius = step_here * np.sqrt(k)
    angle = k * _GOLDEN_ANGLE
    cos_lat = np.maximum(np.cos(np.radians(lat)), 0.2)
    return lat + radius * np.sin(angle), lon + radius * np.cos(angle) / cos_lat


def _groups(located: pd.DataFrame, cats: pd.Series, max_points: int) -> tuple[pd.DataFrame, int]:
    """Incidents grouped by category and coordinates rounded to as many decimals (3 to 0) as
    keep the groups within ``max_points`` (fewer decimals when even 0 gives more)."""
    lat = located["lat"].to_numpy(dtype=float)
    lon = located["lon"].to_numpy(dtype=float)
    cat_codes = _codes(cats)
    for decimals in (3, 2, 1, 0):
        lat_r, lon_r = np.round(lat, decimals), np.round(lon, decimals)
        if _distinct(cat_codes, lat_r, lon_r) <= max_points:
            break
    key = pd.DataFrame({"lat_r": lat_r, "lon_r": lon_r, "cat": cats})
    data = key.assign(
        lat=lat,
        lon=lon,
        id=located["incident_id"].astype(object).fillna("").to_numpy(),
        place=located["place"].fillna(located["country"]).fillna("place unknown").to_numpy(),
        killed=located["killed"].astype("Float64").fillna(0).to_numpy(dtype=float),
        injured=located["injured"].astype("Float64").fillna(0).to_numpy(dtype=float),
        start=located["date_start"].to_numpy(),
        end=located["date_end"].fillna(located["date_start"]).to_numpy(),
        approximate=located["geo_precision"].isin(APPROXIMATE).fillna(False).to_numpy(bool),
        row=np.arange(len(located)),
    )
    keys = ["lat_r", "lon_r", "cat"]
    by_group = data.groupby(keys, sort=True)
    grouped = by_group.agg(
        lat=("lat", "mean"),
        lon=("lon", "mean"),
        n=("id", "size"),
        killed=("killed", "sum"),
        injured=("injured", "sum"),
        start=("start", "min"),
        end=("end", "max"),
        approximate=("approximate", "all"),
        row=("row", "first"),
    )
    grouped["ids"] = _joined_per_group(by_group, data["id"])
    # The three places most often named in each group.
    named = data.groupby([*keys, "place"]).size().rename("times").reset_index()
    named = named.sort_values([*keys, "times", "place"], ascending=[True] * 3 + [False, True])
    grouped["places"] = named.groupby(keys, sort=True).head(3).groupby(keys)["place"].agg(", ".join)
    return grouped.reset_index(), decimals


def _group_hover(groups: pd.DataFrame) -> list[str]:
    start = groups["start"].dt.strftime("%Y-%m-%d").astype("string")
    end = groups["end"].dt.strftime("%Y-%m-%d").astype("string")
    dates = start.where(end.isna() | (end == start), start + " – " + end).fillna("undated")
    return (_group_head(groups, "places") + "<br>" + _group_tally(groups) + "<br>" + dates).tolist()


def incident_map(
    incidents: pd.DataFrame,
    *,
    color_by: ColorBy = "incident_type",
    colors: Mapping[str, str] | None = None,
    max_points: int | None = MAX_POINTS,
    hover: pd.Series | None = None,
    members: dict[str, str] | None = None,
) -> go.Figure:
    """Incidents on a map, sized by casualties, coloured like :func:`timeline`.

    Places known only as a region or country are hollow circles. The view fits the incidents;
    views of at most ``FINE_VIEW`` degrees use the 1:50m shapes. With more than ``max_points``
    located incidents, those of one category near one another (coordinates rounded) share a
    marker, sized by their number; its ``customdata`` holds all their ids, ";"-joined (or
    stands for them: see :func:`grouped_ids`), and a note says so.
    ``hover`` is an optional :func:`hover_lookup` of a table the incidents come from.
    """
    located = incidents[incidents["lat"].notna() & incidents["lon"].notna()]
    if located.empty:
        return _empty_figure(NO_MATCH, geo=True)
    lat0 = located["lat"].to_numpy(dtype=float)
    lon0 = located["lon"].to_numpy(dtype=float)
    # Places known only as a region or country get room to show that region or country.
    vague = located["geo_precision"].isin(APPROXIMATE).fillna(False).to_numpy(bool).all()
    view = _view(lat0, lon0, min_pad=VAGUE_PAD if vague else 1.5)
    cats = category(located, color_by)
    # Categories of the whole frame, so timeline and map of one frame colour alike.
    colors = dict(colors) if colors is not None else color_map(category(incidents, color_by))
    names = country_names(located)
    grouped_note = ""
    if max_points is not None and len(located) > max_points:
        groups, decimals = _groups(located, cats, max(min(int(max_points), GROUPED_POINTS), 1))
        lat = groups["lat"].to_numpy(dtype=float)
        lon = groups["lon"].to_numpy(dtype=float)
        # A group of one is drawn and labelled as the incident itself.
        alone = (groups["n"] == 1).to_numpy()
        single = located.iloc[groups["row"].to_numpy()[alone]]
        sizes = np.clip(6 + 3.0 * np.sqrt(groups["n"].to_numpy(dtype=float)), 6, 42)
        sizes[alone] = marker_size(single)
        labels = np.asarray(_group_hover(groups), dtype=object)
        labels[alone] = _hover(single, hover)
        ids = grouped_ids(groups, members)
        approximate = groups["approximate"].to_numpy(dtype=bool)
        cats = groups["cat"]
        grouped_note = (
            f"{len(located):,} incidents in {len(groups):,} markers "
            f"(nearby ones grouped, {10.0**-decimals:g}°)"
        )
    else:
        lat, lon = spread(located, step=view["extent"] * 0.006, limit=view["extent"] * 0.04)
        sizes = marker_size(located)
        labels = _hover(located, hover)
        ids = located["incident_id"].to_numpy(dtype=object)
        approximate = located["geo_precision"].isin(APPROXIMATE).fillna(False).to_numpy(bool)
    # Symbol numbers (0 circle, 100 circle-open) validate far faster than names.
    symbols = np.where(approximate, 100, 0)

    traces: list[dict[str, Any]] = []
    for cat in sorted(cats.unique(), key=lambda c: (c == UNKNOWN, c)):
        # Exact places first: the legend shows the first marker's symbol.
        pick = np.flatnonzero((cats == cat).to_numpy(dtype=bool))
        pick = pick[np.argsort(approximate[pick], kind="stable")]
        color = colors.get(cat, UNKNOWN_COLOR)
        traces.append(
            {
                "type": "scattergeo",
                "lat": lat[pick],
                "lon": lon[pick],
                "mode": "markers",
                "marker": {
                    "color": color,
                    "size": sizes[pick],
                    "symbol": symbols[pick],
                    "opacity": 0.85,
                    "line": {"color": color, "width": 1.2},
                },
                "name": _category_label(cat, color_by, names),
                "legendgroup": cat,
                "customdata": ids[pick],
                "hovertext": labels[pick],
                "hovertemplate": "%{hovertext}<extra></extra>",
                "meta": {"role": "incidents", "category": cat},
            }
        )
    close = view["close"]
    # One Figure built from dicts: validated once, far quicker than trace by trace.
    fig = go.Figure(
        data=traces,
        layout={
            "geo": {
                **_geo_style(resolution=50 if view["extent"] <= FINE_VIEW else 110),
                "projection": {"type": "mercator" if close else "natural earth"},
                "lataxis": {"range": view["lat"]},
                "lonaxis": {"range": view["lon"]},
                "fitbounds": False,
            },
            "height": 560,
            "margin": {"l": 0, "r": 0, "t": 10, "b": 0},
            # Above the map, so the map keeps the full width.
            "legend": {
                "orientation": "h",
                "x": 0,
                "y": 1.0,
                "yanchor": "bottom",
                "title": {"text": ""},
            },
            "uirevision": "map",
        },
    )
    if approximate.any():
        fig.add_annotation(
            text="hollow: place known only as a region or country",
            showarrow=False,
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            xanchor="left",
            yanchor="bottom",
            font={"size": 11, "color": "#555"},
            bgcolor="rgba(255,255,255,0.7)",
        )
    unplaced = len(incidents) - len(located)
    notes = [grouped_note] if grouped_note else []
    if unplaced:
        notes.append(f"{unplaced} incident(s) without coordinates not shown")
    if notes:
        _note(fig, "; ".join(notes))
    return fig


GROUP_PREFIX = "group:"


def grouped_ids(groups: pd.DataFrame, members: dict[str, str] | None) -> np.ndarray:
    """``customdata`` of grouped markers: each group's ";"-joined ids, or, given a
    ``members`` dict, a short key standing for them (``members`` gets key -> ids).

    At 100,000 incidents the ids are nine tenths of a chart sent to the browser; the page
    keeps them instead and turns a selection's keys back into ids (:func:`selected_ids`).
    """
    ids = groups["ids"].to_numpy(dtype=object)
    if members is None:
        return ids
    out = ids.copy()
    for i, joined in enumerate(ids):
        if ";" in joined:  # a group of one is its incident's id
            key = GROUP_PREFIX + hashlib.sha1(joined.encode()).hexdigest()[:16]
            members[key] = joined
            out[i] = key
    return out


def selected_ids(
    selection: Mapping[str, Any] | None, members: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """Incident ids from a chart selection state (``{"points": [{"customdata": ...}, ...]}``);
    ``members`` turns the keys of grouped markers back into their ids (a key it does not
    know, from a chart since redrawn, selects nothing)."""
    if not selection:
        return ()
    points = selection.get("points") or []
    out = []
    for point in points:
        data = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if data is None or data == "":
            continue
        data = str(data)
        if data.startswith(GROUP_PREFIX):
            data = (members or {}).get(data, "")
        # A grouped marker holds (or stands for) the ids of all its incidents.
        out.extend(part for part in data.split(";") if part)
    return tuple(dict.fromkeys(out))
