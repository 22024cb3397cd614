"""Downloads: figures as offline HTML and images, tables as CSV/Excel/GeoJSON, a report ZIP."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib.util
import io
import json
import math
import re
import zipfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from components.charts import PLOTLY_CONFIG

TOPOJSON_DIR = Path(__file__).resolve().parent.parent / "static" / "topojson"
ImageFormat = Literal["png", "svg"]

# Config for exported HTML: the shapes are inlined, so no topojson URL is needed.
_HTML_CONFIG = {k: v for k, v in PLOTLY_CONFIG.items() if k != "topojsonURL"}
_IMAGE_TIMEOUT = 90
# What a failed browser start or render raises (kaleido and choreographer errors derive from
# these); the report is still written without images.
IMAGE_ERRORS: tuple[type[Exception], ...] = (RuntimeError, OSError, TimeoutError, ValueError)


def topojson_names(fig: go.Figure) -> list[str]:
    """Names of the shape files the figure's geo subplots need ("world_110m", ...)."""
    spec = fig.to_plotly_json()
    layout = spec.get("layout", {})
    has_geo = any(t.get("type") in {"scattergeo", "choropleth"} for t in spec.get("data", []))
    geos = [v for k, v in layout.items() if re.fullmatch(r"geo\d*", k)]
    if has_geo and not geos:
        geos = [{}]
    names = []
    for geo in geos:
        scope = str(geo.get("scope") or "world").replace(" ", "-")
        resolution = int(geo.get("resolution") or 110)
        names.append(f"{scope}_{resolution}m")
    return list(dict.fromkeys(names))


@cache
def _topojson_text(name: str) -> str | None:
    path = TOPOJSON_DIR / f"{name}.json"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def figure_html(fig: go.Figure, *, title: str = "Incidents") -> bytes:
    """A self-contained HTML page: plotly.js and the map shapes inlined, works offline.

    plotly.js reads ``window.PlotlyGeoAssets.topojson[name]`` before fetching a shape file,
    so the shapes are defined there ahead of the plotly.js script.
    """
    assets = {}
    for name in topojson_names(fig):
        text = _topojson_text(name)
        if text is not None:
            assets[name] = text
    # Written as "<\/", a "</script>" inside the data cannot close the tag.
    entries = [f"{json.dumps(name)}: {text}".replace("</", "<\\/") for name, text in assets.items()]
    geo_script = "window.PlotlyGeoAssets = {topojson: {" + ",".join(entries) + "}};"
    body = pio.to_html(
        fig, full_html=False, include_plotlyjs=False, config=_HTML_CONFIG, validate=False
    )
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_escape(title)}</title>\n"
        f"<script>{geo_script}</script>\n"
        f"<script>{get_plotlyjs()}</script>\n"
        "</head>\n<body>\n"
        f"{body}\n"
        "</body>\n</html>\n"
    )
    return page.encode("utf-8")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- images -----------------------------------------------------------------------------------


# kaleido (and its choreographer) are imported where used, so the rest of this module works
# without them and image_export_available() can say what is missing.


def browser_path() -> str | None:
    """The Chrome/Chromium kaleido would use (``BROWSER_PATH`` first), or None."""
    from choreographer.browsers.chromium import Chromium

    path = Chromium.find_browser(skip_local=False)
    return path if path and Path(path).is_file() else None


def image_export_available() -> tuple[bool, str]:
    """Whether PNG/SVG export can run here, and a sentence saying why (or how to enable it)."""
    # Found, not imported: importing kaleido costs a page's first run 30 ms.
    if importlib.util.find_spec("kaleido") is None:
        return False, "PNG/SVG export needs the Python package kaleido (pip install kaleido)."
    path = browser_path()
    if path is None:
        return False, (
            "PNG/SVG export needs Chrome or Chromium: install it (apt-get install chromium) "
            "or set BROWSER_PATH to its executable."
        )
    return True, f"PNG/SVG export uses the browser at {path}."


def _image_size(fig: go.Figure) -> tuple[int, int]:
    layout = fig.layout
    return int(layout.width or 1100), int(layout.height or 600)


async def _render(jobs: list[tuple[dict[str, Any], dict[str, Any]]], path: str) -> list[bytes]:
    import kaleido

    topojson = TOPOJSON_DIR.as_uri() + "/"
    # mathjax=False: its default is a CDN script that cannot load offline.
    async with kaleido.Kaleido(n=1, timeout=_IMAGE_TIMEOUT, mathjax=False, path=path) as k:
        return [await k.calc_fig(fig, opts=opts, topojson=topojson) for fig, opts in jobs]


def figure_images(
    figures: Mapping[str, go.Figure],
    formats: tuple[ImageFormat, ...] = ("png", "svg"),
    *,
    scale: float = 1.0,
) -> dict[tuple[str, str], bytes]:
    """Render several figures with one browser start: ``{(name, fmt): bytes}``.

    The map shapes come from ``static/topojson`` (a file URL), never from the CDN.
    """
    ok, reason = image_export_available()
    if not ok:
        raise RuntimeError(reason)
    keys, jobs = [], []
    for name, fig in figures.items():
        width, height = _image_size(fig)
        spec = fig.to_plotly_json()
        for fmt in formats:
            keys.append((name, fmt))
            jobs.append((spec, {"format": fmt, "width": width, "height": height, "scale": scale}))
    if not jobs:
        return {}
    path = browser_path()
    # A thread of its own: the caller (Streamlit, a notebook) may already run an event loop.
    with ThreadPoolExecutor(max_workers=1) as pool:
        results = pool.submit(asyncio.run, _render(jobs, path)).result()
    return dict(zip(keys, results, strict=True))


def figure_image(fig: go.Figure, fmt: ImageFormat = "png", *, scale: float = 1.0) -> bytes:
    """The figure as PNG or SVG bytes (needs Chrome/Chromium, see image_export_available)."""
    return figure_images({"figure": fig}, (fmt,), scale=scale)[("figure", fmt)]


# -- tables -----------------------------------------------------------------------------------


def table_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV (no index); NA as an empty field."""
    return df.to_csv(index=False).encode("utf-8")


_EXCEL_MAX_TEXT = 32_767  # characters a cell can hold


def _excel_ready(df: pd.DataFrame) -> pd.DataFrame:
    """Plain Python cell values: None for NA, naive datetimes, text a cell accepts."""
    # Imported here: openpyxl takes ~0.1 s to import and only Excel downloads need it.
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    out = df.copy()
    for name in out.columns:
        column = out[name]
        if isinstance(column.dtype, pd.DatetimeTZDtype):
            column = column.dt.tz_localize(None)
        if pd.api.types.is_datetime64_any_dtype(column):
            out[name] = column  # the writer leaves NaT cells empty
            continue
        if pd.api.types.is_string_dtype(column) or column.dtype == object:
            text = column.astype("string")
            # Control characters make openpyxl refuse the workbook.
            text = text.str.replace(ILLEGAL_CHARACTERS_RE.pattern, "", regex=True)
            column = text.str.slice(0, _EXCEL_MAX_TEXT)
        out[name] = column.astype(object).where(column.notna(), None)
    return out


_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def table_excel(sheets: Mapping[str, pd.DataFrame]) -> bytes:
    """An .xlsx workbook, one sheet per table; NA as empty cells, dates as dates."""
    buffer = io.BytesIO()
    used: set[str] = set()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, df in sheets.items():
            sheet = _SHEET_BAD.sub("_", str(name))[:31] or "sheet"
            base, n = sheet, 2
            while sheet.lower() in used:
                sheet = f"{base[:28]}_{n}"
                n += 1
            used.add(sheet.lower())
            _excel_ready(df).to_excel(writer, sheet_name=sheet, index=False)
            ws = writer.sheets[sheet]
            ws.freeze_panes = "A2"
            for cell in ws[1]:
                ws.column_dimensions[cell.column_letter].width = min(
                    max(len(str(cell.value or "")) + 2, 10), 40
                )
            # The openpyxl writer ignores ExcelWriter(datetime_format=...): set it per column.
            for index, column in enumerate(df.columns, start=1):
                if pd.api.types.is_datetime64_any_dtype(df[column]):
                    for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                        cell.number_format = "yyyy-mm-dd"
    return buffer.getvalue()


def _json_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, dt.datetime):
        stamp = pd.Timestamp(value)
        return stamp.strftime("%Y-%m-%d") if stamp == stamp.normalize() else stamp.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def incidents_geojson(incidents: pd.DataFrame) -> bytes:
    """A GeoJSON FeatureCollection of Points; the other columns are the properties.

    Incidents without coordinates cannot be features: they are left out and counted in the
    collection's ``"unlocated"`` member (a foreign member, allowed by RFC 7946).
    """
    located = incidents["lat"].notna() & incidents["lon"].notna()
    features = []
    columns = [c for c in incidents.columns if c not in ("lat", "lon")]
    for row in incidents[located].to_dict("records"):
        lon, lat = float(row["lon"]), float(row["lat"])
        features.append(
            {
                "type": "Feature",
                "id": _json_value(row.get("incident_id")),
                "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
                "properties": {c: _json_value(row[c]) for c in columns},
            }
        )
    collection = {
        "type": "FeatureCollection",
        "features": features,
        "unlocated": int((~located).sum()),
    }
    return json.dumps(collection, ensure_ascii=False, allow_nan=False).encode("utf-8")


# -- report -----------------------------------------------------------------------------------


def _file_stem(name: str) -> str:
    stem = re.sub(r"[^\w.-]+", "_", name.strip(), flags=re.UNICODE).strip("._")
    return stem or "item"


def report_zip(
    figures: Mapping[str, go.Figure],
    tables: Mapping[str, pd.DataFrame],
    filter_text: str,
    *,
    images: bool = True,
    now: dt.datetime | None = None,
) -> bytes:
    """A ZIP with charts (HTML, and PNG+SVG when a browser is found), tables (CSV each, one
    Excel workbook), the incidents as GeoJSON (when an ``incidents`` table is given) and a
    README naming the filters and the time it was made.
    """
    now = now or dt.datetime.now().astimezone()
    notes = []
    rendered: dict[tuple[str, str], bytes] = {}
    if images and figures:
        ok, reason = image_export_available()
        if ok:
            try:
                rendered = figure_images({_file_stem(n): f for n, f in figures.items()})
            except IMAGE_ERRORS as error:
                notes.append(f"Images could not be rendered: {error}")
        else:
            notes.append(reason)

    buffer = io.BytesIO()
    members = []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def add(name: str, data: bytes) -> None:
            archive.writestr(name, data)
            members.append(name)

        for name, fig in figures.items():
            stem = _file_stem(name)
            add(f"charts/{stem}.html", figure_html(fig, title=name))
            for fmt in ("png", "svg"):
                if (stem, fmt) in rendered:
                    add(f"charts/{stem}.{fmt}", rendered[(stem, fmt)])
        for name, df in tables.items():
            add(f"tables/{_file_stem(name)}.csv", table_csv(df))
        if tables:
            add("tables/tables.xlsx", table_excel(tables))
        if "incidents" in tables and {"lat", "lon"} <= set(tables["incidents"].columns):
            add("incidents.geojson", incidents_geojson(tables["incidents"]))
        counts = [f"- {name}: {len(df)} rows" for name, df in tables.items()]
        readme = "\n".join(
            [
                "Incident dashboard report",
                "",
                f"Made: {now.isoformat(timespec='seconds')}",
                f"Filters: {filter_text}",
                "",
                "Tables:",
                *(counts or ["- none"]),
                "",
                "Files:",
                *(f"- {m}" for m in members),
                *(["", "Notes:", *(f"- {n}" for n in notes)] if notes else []),
                "",
                "Charts as HTML open offline in a browser (plotly.js and map shapes inlined).",
                "Killed/injured: an empty cell means not reported; 0 means reported as none.",
                "",
            ]
        )
        archive.writestr("README.txt", readme.encode("utf-8"))
    return buffer.getvalue()
