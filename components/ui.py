"""The Streamlit layer: cached data, the sidebar, charts, tables and downloads.

This is the only module that imports streamlit. Everything it shows is computed by the pure
modules; here are only widgets, caching and session state.

Environment:

* ``INCIDENTS_ARTICLES_DIR`` - folder of articles (default ``data/articles``); uploads are
  stored in its ``uploads/`` subfolder.
* ``INCIDENTS_SYNTHETIC=N`` - show ``N`` synthetic incidents instead (benchmarks, demos).
* ``INCIDENTS_ONLINE_GEOCODER=1`` - ask the online geocoder for places the gazetteer lacks.
* ``INCIDENTS_MAX_UPLOAD_MB`` - largest accepted upload (default 10).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import charts, exports, filters, highlight, loading, schema, uploads
from components.synthetic import synthetic_incidents

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES_DIR = ROOT / "data" / "articles"
UPLOADS_SUBDIR = "uploads"
ENV_ARTICLES = "INCIDENTS_ARTICLES_DIR"
ENV_SYNTHETIC = "INCIDENTS_SYNTHETIC"
ENV_ONLINE = "INCIDENTS_ONLINE_GEOCODER"
ENV_MAX_UPLOAD = "INCIDENTS_MAX_UPLOAD_MB"
DEFAULT_MAX_UPLOAD_MB = 10.0

CHART_KEYS = ("timeline", "map")
NO_SELECTION: dict[str, Any] = {"source": None, "ids": ()}

INCIDENT_COLUMNS = [
    "date_start",
    "date_end",
    "date_precision",
    "incident_type",
    "place",
    "site",
    "country",
    "country_code",
    "killed",
    "injured",
    "countries_involved",
    "summary",
    "evidence",
    "sources",
    "languages",
    "geo_precision",
    "lat",
    "lon",
    "incident_id",
]
MENTION_COLUMNS = [
    "article_id",
    "kind",
    "text",
    "value",
    "precision",
    "place_kind",
    "country_code",
    "casualty_type",
    "count",
    "lower_bound",
    "sentence",
    "start",
    "end",
]
MIME = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "html": "text/html",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "geojson": "application/geo+json",
    "zip": "application/zip",
}


# ----------------------------------------------------------------------------- settings


def articles_dir() -> Path:
    return Path(os.environ.get(ENV_ARTICLES) or DEFAULT_ARTICLES_DIR)


def online_geocoder() -> bool:
    return os.environ.get(ENV_ONLINE, "").strip().lower() in {"1", "true", "yes", "on"}


def synthetic_size() -> int:
    value = os.environ.get(ENV_SYNTHETIC, "").strip()
    return int(value) if value.isdigit() else 0


def max_upload_bytes() -> int:
    try:
        megabytes = float(os.environ.get(ENV_MAX_UPLOAD) or DEFAULT_MAX_UPLOAD_MB)
    except ValueError:
        megabytes = DEFAULT_MAX_UPLOAD_MB
    return int(megabytes * 1_000_000)


# ----------------------------------------------------------------------------- cached data


@st.cache_resource(show_spinner="Loading the gazetteer…")
def _gazetteer() -> Any:
    from components.gazetteer import Gazetteer

    return Gazetteer.load()


@st.cache_resource(show_spinner=False)
def _pipelines() -> Any:
    # Shared by all sessions: pipelines are only read after being built (Pipelines locks that).
    from components.pipeline import Pipelines

    return Pipelines(_gazetteer())


@st.cache_resource(show_spinner=False)
def _geocoder(online: bool) -> Any:
    try:
        from components.geocoding import default_geocoder
    except ImportError:
        return None
    return default_geocoder(_gazetteer(), online=online)


def folder_fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """(relative path, size, mtime) of every visible file: changes when the corpus does."""
    entries = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root, name)
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((str(path.relative_to(folder)), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


@st.cache_data(show_spinner="Reading articles…", max_entries=4)
def _load_corpus(folder: str, fingerprint: tuple) -> pd.DataFrame:
    del fingerprint  # part of the cache key only: a changed folder is read again
    return loading.load_paths([folder])


def content_digest(articles: pd.DataFrame) -> str:
    """A hash of what extraction reads (ids, languages, dates, texts)."""
    digest = hashlib.sha256()
    for column in ("article_id", "language", "published", "text"):
        values = articles[column].astype("string").fillna("\x00")
        for value in values:
            digest.update(value.encode("utf-8", "surrogatepass"))
            digest.update(b"\x1f")
    return digest.hexdigest()


@st.cache_data(show_spinner=False, max_entries=512)
def _source_mentions(digest: str, _articles: pd.DataFrame) -> pd.DataFrame:
    """Mentions of the articles of one file; ``digest`` is their content hash."""
    del digest
    from components.extraction import extract_mentions

    return extract_mentions(_articles, _pipelines())


@st.cache_data(show_spinner="Extracting dates, places and casualties…", max_entries=8)
def _extract(digest: str, online: bool, _articles: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    """(mentions, incidents) of the corpus whose content hash is ``digest``.

    Mentions are cached per source file, so adding one file only reads that file.
    """
    del digest
    from components.incidents import build_incidents

    parts = [
        _source_mentions(content_digest(group), group)
        for _, group in _articles.groupby("source_path", sort=True, dropna=False)
    ]
    mentions = pd.concat(parts, ignore_index=True) if parts else schema.empty("mentions")
    mentions = schema.conform("mentions", mentions)
    incidents = build_incidents(_articles, mentions, geocoder=_geocoder(online))
    return mentions, incidents


@st.cache_data(show_spinner="Making synthetic incidents…", max_entries=2)
def _synthetic(n: int) -> pd.DataFrame:
    return synthetic_incidents(n, seed=0)


@st.cache_data(show_spinner=False, max_entries=8)
def _options(digest: str, _incidents: pd.DataFrame) -> dict[str, Any]:
    del digest
    return filters.options(_incidents)


@st.cache_data(show_spinner=False, ttl=600)
def _image_export() -> tuple[bool, str]:
    return exports.image_export_available()


@dataclasses.dataclass(frozen=True)
class Corpus:
    articles: pd.DataFrame
    mentions: pd.DataFrame
    incidents: pd.DataFrame
    digest: str
    problem: str | None = None


def load_corpus(folder: Path) -> Corpus:
    n = synthetic_size()
    if n:
        return Corpus(schema.empty("articles"), schema.empty("mentions"), _synthetic(n), f"syn{n}")
    articles = _load_corpus(str(folder), folder_fingerprint(folder))
    digest = content_digest(articles)
    readable = articles[articles["text"].fillna("").str.strip().str.len() > 0]
    try:
        mentions, incidents = _extract(digest, online_geocoder(), readable)
    except ImportError as error:  # a part of the extraction chain is missing
        problem = f"Extraction is not available: {error}"
        return Corpus(
            articles, schema.empty("mentions"), schema.empty("incidents"), digest, problem
        )
    return Corpus(articles, mentions, incidents, digest)


# ----------------------------------------------------------------------------- state


def _init_state() -> None:
    defaults = {
        "selection": dict(NO_SELECTION),
        "chart_generation": 0,
        "uploads_handled": {},
    }
    for key, value in defaults.items():
        if key not in st.session_state:
            st.session_state[key] = value


def _chart_key(name: str) -> str:
    return f"{name}_chart_{st.session_state['chart_generation']}"


def _on_select(name: str) -> None:
    state = st.session_state.get(_chart_key(name))
    selection = state.get("selection") if state else None
    ids = charts.selected_ids(selection)
    current = st.session_state["selection"]
    if ids:
        st.session_state["selection"] = {"source": name, "ids": ids}
    elif current["source"] == name:
        st.session_state["selection"] = dict(NO_SELECTION)


def reset_selection() -> None:
    """Forget the chart selection and the charts' widget state (new keys draw fresh charts)."""
    for name in CHART_KEYS:
        st.session_state.pop(_chart_key(name), None)
    st.session_state["selection"] = dict(NO_SELECTION)
    st.session_state["chart_generation"] += 1


# ----------------------------------------------------------------------------- sidebar


def _source_label(articles: pd.DataFrame) -> dict[str, str]:
    labels = {}
    for row in articles[["article_id", "title", "source_path"]].itertuples(index=False):
        name = row.title if isinstance(row.title, str) and row.title else None
        name = name or (Path(row.source_path).name if isinstance(row.source_path, str) else "")
        labels[str(row.article_id)] = f"{name[:60]} ({row.article_id})" if name else row.article_id
    return labels


def render_filters(corpus: Corpus) -> tuple[filters.IncidentFilter, str, str]:
    """The filter widgets; returns the filter, colour-by and group-by."""
    opts = _options(corpus.digest, corpus.incidents)
    st.header("Filters")
    countries = st.multiselect(
        "Country (where it happened or involved)",
        options=list(opts["countries"]),
        format_func=lambda c: f"{opts['countries'].get(c, c)} ({c})",
        key="f_countries",
        placeholder="All countries",
        help="An incident matches where it happened and every country involved in it.",
    )
    date_from = date_to = None
    if opts["date_min"] is not None:
        low, high = opts["date_min"], opts["date_max"]
        # The key carries the range, so new data with a wider range resets the widget.
        chosen = st.date_input(
            "Dates",
            value=(low, high),
            min_value=low,
            max_value=high,
            key=f"f_dates_{low}_{high}",
            help="Incidents whose dates overlap this range.",
        )
        if isinstance(chosen, tuple | list):
            date_from = chosen[0] if len(chosen) > 0 else None
            date_to = chosen[1] if len(chosen) > 1 else None
        elif isinstance(chosen, dt.date):
            date_from = date_to = chosen
        if date_from == low and date_to == high:
            date_from = date_to = None  # the whole range: undated incidents stay
    types = st.multiselect(
        "Incident type", opts["incident_types"], key="f_types", placeholder="All types"
    )
    languages = st.multiselect(
        "Language",
        options=list(opts["languages"]),
        format_func=lambda c: f"{opts['languages'].get(c, c)} ({c})",
        key="f_languages",
        placeholder="All languages",
    )
    labels = _source_label(corpus.articles)
    sources = st.multiselect(
        "Source article",
        opts["sources"],
        format_func=lambda s: labels.get(s, s),
        key="f_sources",
        placeholder="All articles",
    )
    min_casualties = st.number_input(
        "Minimum killed + injured",
        min_value=0,
        value=0,
        step=1,
        key="f_min_casualties",
        help="A count not reported counts as none.",
    )
    st.subheader("Display")
    color_by = st.radio(
        "Colour by",
        ["incident_type", "country"],
        format_func=lambda v: "incident type" if v == "incident_type" else "country",
        horizontal=True,
        key="color_by",
    )
    group_by = st.radio("Timeline rows", ["place", "site"], horizontal=True, key="group_by")
    flt = filters.IncidentFilter(
        countries=countries,
        date_from=date_from,
        date_to=date_to,
        incident_types=types,
        languages=languages,
        sources=sources,
        min_casualties=int(min_casualties or 0),
    )
    return flt, str(color_by), str(group_by)


def render_uploads(folder: Path) -> None:
    """Store new uploads before the corpus is read, so they are extracted in this run."""
    st.header("Add articles")
    limit = max_upload_bytes()
    files = st.file_uploader(
        "Article files",
        accept_multiple_files=True,
        key="uploader",
        help=(
            f"{', '.join(loading.SUPPORTED_EXTENSIONS)}; up to {limit / 1_000_000:g} MB each. "
            f"Stored in {folder.name}/{UPLOADS_SUBDIR}/."
        ),
    )
    handled: dict[str, uploads.UploadResult] = st.session_state["uploads_handled"]
    for file in files or []:
        if file.file_id in handled:
            continue  # the widget hands the same files on every rerun
        handled[file.file_id] = uploads.save_upload(
            file.getvalue(),
            file.name,
            folder / UPLOADS_SUBDIR,
            max_bytes=limit,
            search=[folder],
        )
        result = handled[file.file_id]
        if result.status == "saved" and result.article_ids:
            st.session_state["article_pick"] = result.article_ids[0]  # read it at once
    current = {f.file_id for f in files or []}
    for file_id, result in handled.items():
        if file_id not in current:
            continue
        show = {"saved": st.success, "duplicate": st.info}.get(result.status, st.error)
        show(result.message)


# ----------------------------------------------------------------------------- downloads


def _download(
    label: str, data: Callable[[], bytes] | bytes, file_name: str, key: str, **kwargs: Any
) -> None:
    kind = file_name.rsplit(".", 1)[-1]
    st.download_button(
        label,
        data=data,
        file_name=file_name,
        mime=MIME.get(kind),
        key=key,
        on_click="ignore",
        icon=":material/download:",
        **kwargs,
    )


def render_figure_downloads(fig: go.Figure, name: str, images: tuple[bool, str]) -> None:
    # Callables: the expensive files are made only when a button is clicked.
    columns = st.columns(3)
    with columns[0]:
        _download(
            "HTML", lambda: exports.figure_html(fig, title=name), f"{name}.html", f"dl_{name}_html"
        )
    if images[0]:
        with columns[1]:
            _download(
                "PNG",
                lambda: exports.figure_image(fig, "png", scale=2),
                f"{name}.png",
                f"dl_{name}_png",
            )
        with columns[2]:
            _download(
                "SVG", lambda: exports.figure_image(fig, "svg"), f"{name}.svg", f"dl_{name}_svg"
            )
    else:
        with columns[1]:
            st.caption(images[1])


def render_table_downloads(table: pd.DataFrame, name: str, *, geojson: bool = False) -> None:
    columns = st.columns(3 if geojson else 2)
    with columns[0]:
        _download("CSV", lambda: exports.table_csv(table), f"{name}.csv", f"dl_{name}_csv")
    with columns[1]:
        _download(
            "Excel", lambda: exports.table_excel({name: table}), f"{name}.xlsx", f"dl_{name}_xlsx"
        )
    if geojson:
        with columns[2]:
            _download(
                "GeoJSON",
                lambda: exports.incidents_geojson(table),
                f"{name}.geojson",
                f"dl_{name}_geojson",
            )


# ----------------------------------------------------------------------------- main area


def _sum(values: pd.Series) -> int:
    return int(values.fillna(0).sum())


def render_metrics(view: pd.DataFrame) -> None:
    killed, injured = view["killed"], view["injured"]
    columns = st.columns(5)
    columns[0].metric("Incidents", f"{len(view):,}")
    columns[1].metric(
        "Killed",
        f"{_sum(killed):,}",
        help=f"{int(killed.isna().sum())} incident(s) without a reported count",
    )
    columns[2].metric(
        "Injured",
        f"{_sum(injured):,}",
        help=f"{int(injured.isna().sum())} incident(s) without a reported count",
    )
    columns[3].metric(
        "Countries",
        f"{view['country_code'].nunique():,}",
        help="Countries where the incidents happened",
    )
    columns[4].metric("Source articles", f"{len(filters.source_ids(view)):,}")


def _with_ids(incidents: pd.DataFrame, ids: tuple[str, ...]) -> pd.DataFrame:
    return incidents[incidents["incident_id"].isin(ids)].reset_index(drop=True)


# Height of the map in its half-page column: about the width of the column over the map's
# aspect, plus the legend above it.
MAP_HEIGHT = 430
_TOP_LEGEND = {"orientation": "h", "x": 0, "y": 1.0, "yanchor": "bottom", "title_text": ""}


def fit_to_column(figures: dict[str, go.Figure]) -> None:
    """Adapt the figures to two half-width columns: legends above the plots, a shorter map."""
    figures["timeline"].update_layout(legend=_TOP_LEGEND, margin={"t": 60})
    figures["map"].update_layout(height=MAP_HEIGHT)


def render_charts(
    filtered: pd.DataFrame,
    full: pd.DataFrame,
    color_by: str,
    group_by: str,
    images: tuple[bool, str],
) -> dict[str, go.Figure]:
    selection = st.session_state["selection"]
    ids, source = selection["ids"], selection["source"]
    # A selection on one chart narrows the other; the chart it was made on keeps all points.
    on_timeline = _with_ids(filtered, ids) if ids and source == "map" else filtered
    on_map = _with_ids(filtered, ids) if ids and source == "timeline" else filtered
    # Colours from the whole table, so a category keeps its colour under any filter.
    colors = charts.color_map(charts.category(full, color_by))
    figures = {
        "timeline": charts.timeline(
            on_timeline, color_by=color_by, group_by=group_by, colors=colors
        ),
        "map": charts.incident_map(on_map, color_by=color_by, colors=colors),
    }
    fit_to_column(figures)
    left, right = st.columns(2, gap="medium")
    for column, name, title in ((left, "timeline", "Timeline"), (right, "map", "Map")):
        with column:
            st.subheader(title)
            st.plotly_chart(
                figures[name],
                key=_chart_key(name),
                on_select=lambda name=name: _on_select(name),
                selection_mode=("points", "box", "lasso"),
                config=charts.PLOTLY_CONFIG,
                width="stretch",
            )
            render_figure_downloads(figures[name], name, images)
    return figures


def _incidents_table(view: pd.DataFrame) -> None:
    st.dataframe(
        view[INCIDENT_COLUMNS],
        key="incidents_table",
        hide_index=True,
        width="stretch",
        column_config={
            "date_start": st.column_config.DateColumn("from", format="YYYY-MM-DD"),
            "date_end": st.column_config.DateColumn("to", format="YYYY-MM-DD"),
            "date_precision": "precision",
            "incident_type": "type",
            "countries_involved": "involved",
            "summary": st.column_config.TextColumn("summary", width="large"),
            "evidence": st.column_config.TextColumn("evidence", width="large"),
            "lat": st.column_config.NumberColumn("lat", format="%.4f"),
            "lon": st.column_config.NumberColumn("lon", format="%.4f"),
        },
    )


def _article_details(row: pd.Series) -> list[str]:
    published = row["published"]
    return [
        f"published {published:%Y-%m-%d}" if pd.notna(published) else "no publication date",
        f"language: {row['language']}" if pd.notna(row["language"]) else "language unknown",
        str(row["source_path"]) if pd.notna(row["source_path"]) else "",
        str(row["url"]) if pd.notna(row["url"]) else "",
    ]


def render_article_reader(
    articles: pd.DataFrame, mentions: pd.DataFrame, related: pd.DataFrame
) -> None:
    readable = articles[articles["text"].fillna("").str.strip().str.len() > 0]
    if readable.empty:
        st.info("No article to read.")
        return
    # Sources of the incidents in view first, then the other articles.
    first = readable["article_id"].isin(related["article_id"])
    choices = pd.concat([readable[first], readable[~first]], ignore_index=True)
    labels = _source_label(choices)
    if st.session_state.get("article_pick") not in labels:
        st.session_state.pop("article_pick", None)
    picked = st.selectbox(
        f"Article ({int(first.sum())} of {len(choices)} are sources of the incidents in view)",
        list(labels),
        format_func=lambda i: labels.get(i, i),
        key="article_pick",
    )
    kinds = st.multiselect(
        "Mark",
        list(highlight.KIND_COLORS),
        default=list(highlight.DEFAULT_KINDS),
        key="article_kinds",
    )
    row = choices[choices["article_id"] == picked]
    if row.empty:
        return
    row = row.iloc[0]
    own = mentions[mentions["article_id"] == picked]
    title = row["title"] if pd.notna(row["title"]) else None
    st.html(
        highlight.article_html(
            str(row["text"]), own, title=title, details=_article_details(row), kinds=kinds
        )
    )


def render_tabs(
    corpus: Corpus, view: pd.DataFrame, images: tuple[bool, str]
) -> dict[str, pd.DataFrame]:
    related_articles = filters.filter_articles(corpus.articles, view)
    related_mentions = filters.filter_mentions(corpus.mentions, view)
    errors = corpus.articles[corpus.articles["error"].notna()]
    tabs = st.tabs(
        [
            f"Incidents ({len(view)})",
            f"Articles ({len(related_articles)})",
            f"Mentions ({len(related_mentions)})",
            f"Errors ({len(errors)})",
        ]
    )
    with tabs[0]:
        _incidents_table(view)
        render_table_downloads(view, "incidents", geojson=True)
    with tabs[1]:
        render_article_reader(corpus.articles, corpus.mentions, related_articles)
        listed = related_articles.drop(columns=["text"])
        st.dataframe(listed, key="articles_table", hide_index=True, width="stretch")
        render_table_downloads(related_articles, "articles")
    with tabs[2]:
        st.dataframe(
            related_mentions[MENTION_COLUMNS],
            key="mentions_table",
            hide_index=True,
            width="stretch",
            column_config={"sentence": st.column_config.TextColumn("sentence", width="large")},
        )
        render_table_downloads(related_mentions, "mentions")
    with tabs[3]:
        if errors.empty:
            st.success("Every article was read.")
        else:
            st.caption("Files or records that could not be read, and notes on articles read twice.")
            st.dataframe(
                errors[["source_path", "article_id", "error"]],
                key="errors_table",
                hide_index=True,
                width="stretch",
                column_config={"error": st.column_config.TextColumn("error", width="large")},
            )
    del images
    return {"incidents": view, "mentions": related_mentions, "articles": related_articles}


def render_report_download(
    figures: dict[str, go.Figure],
    tables: dict[str, pd.DataFrame],
    flt: filters.IncidentFilter,
    images: tuple[bool, str],
) -> None:
    text = filters.describe(flt)
    _download(
        "Report (ZIP)",
        lambda: exports.report_zip(figures, tables, text, images=images[0]),
        "incident-report.zip",
        "dl_report_zip",
        help="Charts, tables, GeoJSON and the active filters in one ZIP.",
        type="primary",
    )


def render_app() -> None:
    started = time.perf_counter()
    _init_state()
    folder = articles_dir()
    # Less empty space above the page title.
    st.html("<style>[data-testid='stMainBlockContainer']{padding-top:2.5rem}</style>")
    st.title("Incident dashboard")
    with st.sidebar:
        filter_box = st.container()
        report_box = st.container()
        upload_box = st.container()
    if not synthetic_size():
        with upload_box:
            render_uploads(folder)
    corpus = load_corpus(folder)
    with filter_box:
        flt, color_by, group_by = render_filters(corpus)

    filtered = filters.apply(corpus.incidents, flt)
    selection = st.session_state["selection"]
    ids = tuple(i for i in selection["ids"] if i in set(filtered["incident_id"]))
    view = _with_ids(filtered, ids) if selection["ids"] else filtered
    active = dataclasses.replace(flt, selected_ids=selection["ids"]) if ids else flt

    errors = int(corpus.articles["error"].notna().sum())
    if corpus.problem:
        st.warning(corpus.problem)
    st.caption(
        f"{len(corpus.articles)} articles ({errors} with errors) · "
        f"{len(corpus.incidents)} incidents · showing {len(view)} · {filters.describe(active)}"
    )
    render_metrics(view)
    info, button = st.columns([4, 1], vertical_alignment="center")
    if selection["ids"]:
        where = "timeline" if selection["source"] == "timeline" else "map"
        hidden = len(selection["ids"]) - len(ids)
        info.info(
            f"{len(ids)} incident(s) selected on the {where}"
            + (f" ({hidden} more hidden by the filters)." if hidden else ".")
            + " The other chart and the tables show only them."
        )
    else:
        info.caption(
            "Select points on the timeline or the map (click, box or lasso) to narrow "
            "the other chart and the tables."
        )
    button.button(
        "Reset selection",
        on_click=reset_selection,
        key="reset_selection",
        disabled=not selection["ids"],
        icon=":material/deselect:",
    )
    images = _image_export()
    figures = render_charts(filtered, corpus.incidents, color_by, group_by, images)
    tables = render_tabs(corpus, view, images)
    with report_box:
        render_report_download(figures, tables, active, images)
    st.caption(
        f"Page computed in {1000 * (time.perf_counter() - started):.0f} ms.",
        help="Server time of this run (reading, filtering, figures).",
    )
