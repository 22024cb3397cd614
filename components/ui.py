"""The Streamlit layer: cached data, the sidebar, charts, tables and downloads.

With ``page_frame`` (the frame drawn before this module is imported), this is the only module
that imports streamlit. Everything it shows is computed by the pure modules; here are only
widgets, caching and session state.

Environment:

* ``INCIDENTS_ARTICLES_DIR`` - folder of articles (default ``data/articles``); uploads are
  stored in its ``uploads/`` subfolder.
* ``INCIDENTS_DB`` - the store, a DuckDB file (default ``data/incidents.duckdb``): the page
  records the folder's articles there, extracts the new and changed ones, and shows what the
  store holds, with the analyst's corrections.
* ``INCIDENTS_SYNTHETIC=N`` - show ``N`` synthetic incidents instead (benchmarks, demos).
* ``INCIDENTS_ONLINE_GEOCODER=1`` - ask the online geocoder for places the gazetteer lacks.
* ``INCIDENTS_MAX_UPLOAD_MB`` - largest accepted upload (default 10).
* ``INCIDENTS_KEPT_DIR`` - where the page keeps results made for a store's state (default
  ``data/cache/kept``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import (
    charts,
    corrections,
    exports,
    filters,
    first_page,
    highlight,
    loading,
    page_frame,
    parallel,
    schema,
    settings,
    uploads,
)
from components.store import Store, StoreLocked, StoreVersionError, default_path
from components.synthetic import synthetic_incidents

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES_DIR = ROOT / "data" / "articles"
UPLOADS_SUBDIR = "uploads"
TABLE_ROWS = 500  # rows a table on the page shows at most
SOURCE_CHOICES = 2000  # source articles the sidebar lists at most (any other can be typed)
ENV_ARTICLES = "INCIDENTS_ARTICLES_DIR"
ENV_SYNTHETIC = "INCIDENTS_SYNTHETIC"
ENV_MAX_UPLOAD = "INCIDENTS_MAX_UPLOAD_MB"
DEFAULT_MAX_UPLOAD_MB = 10.0
STORE_WAIT_S = 20.0  # how long a page waits for a store another program is writing

CHART_KEYS = ("timeline", "map")
TABS_KEY = "main_tabs"
OPEN_TAB_KEY = "open_tab"  # the open tab's name, kept while the tab widget changes labels
TAB_NAMES = ("Incidents", "Articles", "Mentions", "Errors")
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
    "corrected",
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


def store_path() -> Path:
    return default_path()


@st.cache_resource(show_spinner=False)
def _store(path: str) -> Store:
    # One per file and process: it remembers the file state it last saw (Store.generation).
    return Store(path, timeout=STORE_WAIT_S)


@st.cache_resource(show_spinner="Loading the gazetteer…")
def _gazetteer() -> Any:
    # The one extraction uses, so a process holds a single gazetteer.
    return parallel.gazetteer()


@st.cache_resource(show_spinner=False)
def _geocoder(online: bool) -> Any:
    from components.geocoding import make_geocoder

    return make_geocoder(_gazetteer(), online=online)


@st.cache_data(show_spinner="Bringing the store up to date…", max_entries=8)
def _sync_store(path: str, folder: str, fingerprint: tuple, online: bool, present: bool) -> int:
    """Record the folder's articles in the store, extract the new and changed ones and
    rebuild the incidents when that changed anything: what the command line does. Returns the
    number of articles extracted.

    Keyed by the folder's fingerprint, so an unchanged folder costs nothing after the first
    run; an up-to-date store needs neither the gazetteer nor the pipelines. ``present``: a
    store file removed meanwhile is made again.
    """
    store = _store(path)
    versions = parallel.language_versions()
    options = parallel.build_options(online)
    signature = parallel.inputs_key(fingerprint, versions, options)
    # A restart over the folder and code of the last sync (or of a command-line run over
    # that folder), with nobody writing since, has nothing to do: reading the folder again
    # (and detecting its languages) is skipped.
    if present and parallel.synced(path, signature, store.generation()):
        return 0
    update = parallel.update_store(
        store, loading.load_paths([folder]), versions=versions, folders=[folder]
    )
    parallel.build_store_incidents(
        store,
        geocoder_factory=lambda: _geocoder(online),
        options=options,
        states=update.states,
    )
    parallel.mark_synced(path, signature, store.generation())
    return update.extracted


@st.cache_resource(show_spinner="Reading the store…", max_entries=2)
def _read_store(path: str, generation: str) -> dict[str, pd.DataFrame]:
    """The store's tables as of ``generation``, shared by all sessions: read-only."""
    return _store(path).read_all_kept(generation, settings.cache_dir())


@st.cache_data(show_spinner="Making synthetic incidents…", max_entries=2)
def _synthetic(n: int) -> pd.DataFrame:
    return synthetic_incidents(n, seed=0)


@st.cache_data(show_spinner=False, max_entries=8)
def _options(digest: str, _incidents: pd.DataFrame) -> dict[str, Any]:
    # Kept on disk too: a restarted server skips them (0.3 s at 100,000 incidents).
    return first_page.options(digest, _incidents)


@st.cache_resource(show_spinner=False, max_entries=4)
def _chart_looks(digest: str, _incidents: pd.DataFrame) -> first_page.ChartLooks:
    """Made once per corpus (``digest``: :attr:`Corpus.digest`), so a filter change only
    looks labels up (read-only, shared)."""
    del digest
    return first_page.chart_looks(_incidents)


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
    fixes: pd.DataFrame = dataclasses.field(default_factory=corrections.empty)  # corrections
    unapplied: pd.DataFrame = dataclasses.field(default_factory=corrections.empty)
    store: str | None = None  # the store's path; None in synthetic mode


def _empty_corpus(problem: str, path: str | None = None) -> Corpus:
    return Corpus(
        schema.empty("articles"),
        schema.empty("mentions"),
        schema.empty("incidents"),
        "empty",
        problem,
        store=path,
    )


def load_corpus(folder: Path) -> Corpus:
    """The store brought up to date with ``folder``, then its tables (corrections applied).

    A store another program keeps locked past :data:`STORE_WAIT_S` does not stop the page:
    it shows what it last read, or says to reload.
    """
    n = synthetic_size()
    if n:
        return Corpus(schema.empty("articles"), schema.empty("mentions"), _synthetic(n), f"syn{n}")
    path = str(store_path())
    store = _store(path)
    notes = []
    try:
        fingerprint = loading.fingerprint([folder])
        _sync_store(path, str(folder), fingerprint, settings.online_enabled(), store.exists())
    except StoreLocked:
        notes.append(
            f"Another program has kept the store busy for over {STORE_WAIT_S:.0f} s: new or "
            f"changed articles in {folder} are read on a later run. Shown is what it holds."
        )
    except ImportError as error:  # a part of the extraction chain is missing
        notes.append(f"Extraction is not available: {error}")
    except (StoreVersionError, duckdb.Error, OSError) as error:
        return _empty_corpus(f"The store {path} cannot be used: {error}", path)
    try:
        with st.spinner("Waiting for the store (another program is writing it)…"):
            generation = store.generation()
            tables = _read_store(path, generation)
        st.session_state["store_tables"] = (path, generation, tables)
    except StoreLocked:
        last = st.session_state.get("store_tables")
        if last is None or last[0] != path:
            return _empty_corpus(
                "Another program keeps the store locked; reload the page in a moment.", path
            )
        _, generation, tables = last
        notes.append("Another program keeps the store locked: shown are the tables last read.")
    except (StoreVersionError, duckdb.Error, OSError) as error:
        return _empty_corpus(f"The store {path} cannot be read: {error}", path)
    return Corpus(
        tables["articles"],
        tables["mentions"],
        tables["incidents"],
        first_page.digest(path, generation),
        " ".join(notes) or None,
        fixes=tables["corrections"],
        unapplied=tables["unapplied"],
        store=path,
    )


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
    ids = charts.selected_ids(selection, st.session_state.get(f"{name}_members"))
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
    listed, more = opts["sources"], len(opts["sources"]) > SOURCE_CHOICES
    if more:  # a list of every article of a big archive would weigh on every page
        listed = opts["most_cited_sources"][:SOURCE_CHOICES]
    # Labels of the listed and chosen articles only: of 100,000 they took 0.3 s a run.
    shown = {*listed, *st.session_state.get("f_sources", [])}
    labels = _source_label(filters.of_articles(corpus.articles, shown))
    sources = st.multiselect(
        "Source article",
        listed,
        format_func=lambda s: labels.get(s, s),
        key="f_sources",
        placeholder="All articles",
        accept_new_options=more,
        help=(
            f"{len(opts['sources']):,} articles: listed are the {SOURCE_CHOICES:,} that most "
            "incidents cite; type the id of any other."
        )
        if more
        else None,
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
            # Read it at once: the Articles tab opens on it.
            st.session_state["article_pick"] = st.session_state["article_last"] = (
                result.article_ids[0]
            )
            st.session_state[TABS_KEY] = TAB_NAMES[1]
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


def render_metrics(view: pd.DataFrame, cited: set[str]) -> None:
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
    columns[4].metric("Source articles", f"{len(cited):,}")


def _with_ids(incidents: pd.DataFrame, ids: tuple[str, ...]) -> pd.DataFrame:
    return incidents[incidents["incident_id"].isin(ids)].reset_index(drop=True)


def render_charts(
    slots: dict[str, tuple[Any, Any]],
    filtered: pd.DataFrame,
    corpus: Corpus,
    color_by: str,
    group_by: str,
    images: tuple[bool, str],
) -> dict[str, go.Figure]:
    selection = st.session_state["selection"]
    ids, source = selection["ids"], selection["source"]
    # A selection on one chart narrows the other; the chart it was made on keeps all points.
    on_timeline = _with_ids(filtered, ids) if ids and source == "map" else filtered
    on_map = _with_ids(filtered, ids) if ids and source == "timeline" else filtered

    def looks() -> first_page.ChartLooks:
        return _chart_looks(corpus.digest, corpus.incidents)

    # The charts of all incidents, what a page opens on, are kept on disk: a restarted server
    # draws them at once (0.6 s at 100,000 incidents).
    if not ids and len(filtered) == len(corpus.incidents):
        figures, members = first_page.whole_figures(
            corpus.digest, corpus.incidents, looks, color_by, group_by
        )
    else:
        figures, members = first_page.figures(on_timeline, on_map, looks(), color_by, group_by)
    for name, keys in members.items():
        st.session_state[f"{name}_members"] = keys
    for name, (chart, downloads) in slots.items():
        with chart:
            page_frame.plotly_chart(
                figures[name],
                key=_chart_key(name),
                config=charts.PLOTLY_CONFIG,
                on_select=lambda name=name: _on_select(name),
            )
        with downloads:
            render_figure_downloads(figures[name], name, images)
    st.session_state[page_frame.SHOWN_KEY] = True
    return figures


def _first_rows(table: pd.DataFrame, what: str) -> pd.DataFrame:
    """The rows a page table shows: all, or the first :data:`TABLE_ROWS` with a note saying
    so (a browser table of 100,000 rows of text is slow to send and to draw); the downloads
    always hold every row."""
    if len(table) <= TABLE_ROWS:
        return table
    st.caption(
        f"Showing the first {TABLE_ROWS:,} of {len(table):,} {what}; narrow the filters to see "
        "the others here. The downloads below hold all of them."
    )
    return table.head(TABLE_ROWS)


def _incidents_table(view: pd.DataFrame) -> None:
    st.dataframe(
        _first_rows(view[INCIDENT_COLUMNS], "incidents"),
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
    # The picker's own state is dropped while its tab is closed; "article_last" outlives it.
    if "article_pick" not in st.session_state:
        st.session_state["article_pick"] = st.session_state.get("article_last")
    if st.session_state.get("article_pick") not in labels:
        st.session_state.pop("article_pick", None)
    picked = st.selectbox(
        f"Article ({int(first.sum())} of {len(choices)} are sources of the incidents in view)",
        list(labels),
        format_func=lambda i: labels.get(i, i),
        key="article_pick",
    )
    st.session_state["article_last"] = picked
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
    corpus: Corpus, view: pd.DataFrame, cited: set[str], images: tuple[bool, str]
) -> dict[str, pd.DataFrame]:
    related_articles = filters.of_articles(corpus.articles, cited)
    related_mentions = filters.of_articles(corpus.mentions, cited)
    errors = corpus.articles[corpus.articles["error"].notna()]
    counts = (len(view), len(related_articles), len(related_mentions), len(errors))
    labels = [f"{name} ({n})" for name, n in zip(TAB_NAMES, counts, strict=True)]
    # The open tab is remembered by its name: labels change with the counts in them, and a
    # tab widget with other labels would open its first tab.
    opened = st.session_state.get(TABS_KEY)
    name = opened.rsplit(" (", 1)[0] if isinstance(opened, str) else None
    name = name if name in TAB_NAMES else st.session_state.get(OPEN_TAB_KEY)
    if name in TAB_NAMES:
        st.session_state[TABS_KEY] = labels[TAB_NAMES.index(name)]
    # Only the open tab is drawn (switching tabs reruns): a lighter first page.
    tabs = st.tabs(labels, key=TABS_KEY, on_change="rerun")
    opened = st.session_state.get(TABS_KEY)
    if isinstance(opened, str):
        st.session_state[OPEN_TAB_KEY] = opened.rsplit(" (", 1)[0]
    with tabs[0]:
        if tabs[0].open:
            _incidents_table(view)
            render_table_downloads(view, "incidents", geojson=True)
    with tabs[1]:
        if tabs[1].open:
            render_articles_tab(corpus, related_articles)
    with tabs[2]:
        if tabs[2].open:
            render_mentions_tab(related_mentions)
    with tabs[3]:
        if tabs[3].open:
            render_errors_tab(errors)
    del images
    return {"incidents": view, "mentions": related_mentions, "articles": related_articles}


def render_articles_tab(corpus: Corpus, related_articles: pd.DataFrame) -> None:
    render_article_reader(corpus.articles, corpus.mentions, related_articles)
    listed = related_articles.drop(columns=["text"])
    st.dataframe(
        _first_rows(listed, "articles"), key="articles_table", hide_index=True, width="stretch"
    )
    render_table_downloads(related_articles, "articles")


def render_mentions_tab(related_mentions: pd.DataFrame) -> None:
    st.dataframe(
        _first_rows(related_mentions[MENTION_COLUMNS], "mentions"),
        key="mentions_table",
        hide_index=True,
        width="stretch",
        column_config={"sentence": st.column_config.TextColumn("sentence", width="large")},
    )
    render_table_downloads(related_mentions, "mentions")


def render_errors_tab(errors: pd.DataFrame) -> None:
    if errors.empty:
        st.success("Every article was read.")
        return
    st.caption("Files or records that could not be read, and notes on articles read twice.")
    st.dataframe(
        errors[["source_path", "article_id", "error"]],
        key="errors_table",
        hide_index=True,
        width="stretch",
        column_config={"error": st.column_config.TextColumn("error", width="large")},
    )


def report_tables(tables: dict[str, pd.DataFrame], corpus: Corpus) -> dict[str, pd.DataFrame]:
    """The report's tables: the views' tables, and the analysts' corrections, reverts included."""
    if corpus.fixes.empty:
        return tables
    return {**tables, "corrections": corrections.describe(corpus.fixes, corpus.unapplied)}


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


# ----------------------------------------------------------------------------- corrections

CORRECTION_CHOICES = 500  # incidents offered in the pickers: the first of the current view
DAY_OR_MONTH = ("day", "month")
_EARLIEST, _LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def default_author() -> str:
    """The operating system's user name: the author of corrections until one is typed."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return ""


def _marked(value: Any) -> bool:
    """Whether a ``corrected`` cell names any corrected field."""
    return isinstance(value, str) and bool(value)


def _count(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def incident_labels(incidents: pd.DataFrame) -> dict[str, str]:
    """incident_id -> a one-line label (date, place, type, counts; a mark when corrected)."""
    labels = {}
    for row in incidents.to_dict("records"):
        start, end = row["date_start"], row["date_end"]
        when = "undated" if pd.isna(start) else f"{start:%Y-%m-%d}"
        if not pd.isna(start) and not pd.isna(end) and end != start:
            when += f" – {end:%Y-%m-%d}"
        counts = [_count(row[c]) for c in ("killed", "injured")]
        killed, injured = ("?" if c is None else c for c in counts)
        place = row["place"] if not pd.isna(row["place"]) else "place unknown"
        mark = " · corrected" if _marked(row["corrected"]) else ""
        labels[row["incident_id"]] = (
            f"{when} · {place} · {row['incident_type']} · {killed} killed, {injured} injured{mark}"
        )
    return labels


def _month_span(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    return start.replace(day=1), pd.Timestamp(end).to_period("M").end_time.date()


def _save(path: str, action: Callable[[Store], Any], done: str) -> None:
    """Write a correction; then every cached table is read again, on this page at once."""
    try:
        with st.spinner("Saving…"):
            action(_store(path))
    except (ValueError, KeyError) as error:
        st.error(f"Not saved: {error}")
        return
    except StoreLocked:
        st.error("Not saved: another program keeps the store locked. Try again in a moment.")
        return
    _read_store.clear()
    st.session_state["correction_done"] = done
    st.rerun()


def _date_form(path: str, row: pd.Series, author: str) -> None:
    iid = row["incident_id"]
    start = row["date_start"].date() if not pd.isna(row["date_start"]) else dt.date.today()
    end = row["date_end"].date() if not pd.isna(row["date_end"]) else start
    with st.form(f"correct_date_{iid}", border=False):
        precision = st.radio(
            "Precision",
            DAY_OR_MONTH,
            index=1 if row["date_precision"] == "month" else 0,
            horizontal=True,
            key=f"correct_precision_{iid}",
            help="Month: the whole month(s) in which the chosen days fall.",
        )
        chosen = st.date_input(
            "Day or days",
            value=(start, end),
            min_value=_EARLIEST,
            max_value=_LATEST,
            format="YYYY-MM-DD",
            key=f"correct_dates_{iid}",
        )
        if st.form_submit_button("Save date", key=f"correct_save_date_{iid}"):
            days = [d for d in (chosen if isinstance(chosen, tuple | list) else [chosen]) if d]
            if not days:
                st.error("Not saved: choose a day.")
                return
            first, last = days[0], days[-1]
            if precision == "month":
                first, last = _month_span(first, last)
            value = {"date_start": first, "date_end": last, "date_precision": precision}
            _save(
                path,
                lambda store: store.correct(iid, "date", value, author=author),
                f"Date set to {first}" + (f" – {last}" if last != first else "") + ".",
            )


def _place_form(path: str, row: pd.Series, author: str) -> None:
    iid = row["incident_id"]
    with st.form(f"correct_place_{iid}", border=False):
        name = st.text_input(
            "Place",
            value="" if pd.isna(row["place"]) else str(row["place"]),
            key=f"correct_place_name_{iid}",
            help="Looked up in the gazetteer, unless coordinates are given.",
        )
        code_box, lat_box, lon_box = st.columns(3)
        code = code_box.text_input(
            "Country code",
            max_chars=2,
            placeholder="" if pd.isna(row["country_code"]) else str(row["country_code"]),
            key=f"correct_place_country_{iid}",
            help="Two letters (UA, RO…): narrows the look-up; needed with coordinates.",
        )
        lat = lat_box.number_input(
            "Latitude", -90.0, 90.0, value=None, format="%.5f", key=f"correct_lat_{iid}"
        )
        lon = lon_box.number_input(
            "Longitude", -180.0, 180.0, value=None, format="%.5f", key=f"correct_lon_{iid}"
        )
        if st.form_submit_button("Save place", key=f"correct_save_place_{iid}"):
            geocoder = None if lat is not None else _geocoder(settings.online_enabled())
            try:
                value = corrections.resolve_place(
                    name,
                    country_code=code,
                    lat=lat,
                    lon=lon,
                    geocode=None if geocoder is None else geocoder.geocode,
                )
            except ValueError as error:
                st.error(f"Not saved: {error}")
                return
            _save(
                path,
                lambda store: store.correct(iid, "place", value, author=author),
                f"Place set to {value['place']} ({value['country_code']}).",
            )


def _casualties_form(path: str, row: pd.Series, author: str) -> None:
    iid = row["incident_id"]
    with st.form(f"correct_counts_{iid}", border=False):
        left, right = st.columns(2)
        counts = {
            field: box.number_input(
                field.capitalize(),
                min_value=0,
                value=_count(row[field]),
                step=1,
                key=f"correct_{field}_{iid}",
                help="Empty: not reported; 0: reported as none.",
            )
            for field, box in (("killed", left), ("injured", right))
        }
        if st.form_submit_button("Save casualties", key=f"correct_save_counts_{iid}"):
            changed = {f: v for f, v in counts.items() if _count(v) != _count(row[f])}
            if not changed:
                st.info("Nothing changed.")
                return

            def write(store: Store) -> None:
                for field, value in changed.items():
                    store.correct(iid, field, value, author=author)

            done = ", ".join(
                f"{f} {'not reported' if v is None else v}" for f, v in changed.items()
            )
            _save(path, write, f"Set {done}.")


def known_types() -> list[str]:
    """The incident types the extractor knows: those of every language's event words."""
    from components import langdata

    types = {
        t
        for lang in langdata.available_languages()
        for t in langdata.load(lang, "events").get("types", {})
    }
    return sorted(types)


def _type_form(path: str, row: pd.Series, types: list[str], author: str) -> None:
    iid = row["incident_id"]
    current = str(row["incident_type"])
    options = sorted({*types, current})
    with st.form(f"correct_type_{iid}", border=False):
        chosen = st.selectbox(
            "Incident type",
            options,
            index=options.index(current),
            accept_new_options=True,
            key=f"correct_type_pick_{iid}",
            help="Pick a type, or type a new one.",
        )
        if st.form_submit_button("Save type", key=f"correct_save_type_{iid}"):
            if chosen == current:
                st.info("Nothing changed.")
                return
            _save(
                path,
                lambda store: store.correct(iid, "incident_type", chosen, author=author),
                f"Type set to {chosen}.",
            )


def _merge_form(path: str, row: pd.Series, labels: dict[str, str], author: str) -> None:
    iid = row["incident_id"]
    others = [i for i in labels if i != iid]
    with st.form(f"correct_merge_{iid}", border=False):
        other = st.selectbox(
            "Merge with",
            others,
            index=None,
            format_func=lambda i: labels.get(i, i),
            key=f"correct_merge_pick_{iid}",
            placeholder="Another incident of the current view",
            help="The other incident's sources join this one; its values fill what this lacks.",
        )
        if st.form_submit_button("Merge", key=f"correct_save_merge_{iid}"):
            if other is None:
                st.error("Not saved: choose the incident to merge with.")
                return
            _save(
                path,
                lambda store: store.merge_incidents(iid, other, author=author),
                "Incidents merged.",
            )


def _split_form(path: str, row: pd.Series, author: str) -> None:
    iid = row["incident_id"]
    sources = sorted({s for s in str(row["sources"]).split(";") if s and s != "<NA>"})
    if len(sources) < 2:
        st.caption("An incident told by one article cannot be split.")
        return
    with st.form(f"correct_split_{iid}", border=False):
        leaving = st.multiselect(
            "Source articles that tell another incident",
            sources,
            key=f"correct_split_pick_{iid}",
            help="They become a new incident; its counts stay empty until you set them.",
        )
        if st.form_submit_button("Split off", key=f"correct_save_split_{iid}"):
            if not leaving or len(leaving) == len(sources):
                st.error("Not saved: choose some, not all, of the source articles.")
                return
            _save(
                path,
                lambda store: store.split_incident(iid, leaving, author=author),
                f"{len(leaving)} source(s) split off into a new incident.",
            )


def render_correction_log(corpus: Corpus, author: str) -> None:
    if corpus.fixes.empty:
        st.caption("No corrections yet.")
        return
    st.dataframe(
        corrections.describe(corpus.fixes, corpus.unapplied),
        key="corrections_table",
        hide_index=True,
        width="stretch",
        column_config={"made": st.column_config.DatetimeColumn("made (UTC)")},
    )
    active = corpus.fixes[~corpus.fixes["reverted"]]
    if active.empty:
        return
    labels = {
        int(r["correction_id"]): f"#{int(r['correction_id'])} {r['field']} by {r['author']}"
        for r in active.to_dict("records")
    }
    pick, button = st.columns([4, 1], vertical_alignment="bottom")
    chosen = pick.selectbox(
        "Correction to revert",
        list(labels)[::-1],
        format_func=lambda i: labels.get(i, str(i)),
        key="correction_revert_pick",
    )
    if button.button("Revert", key="correction_revert", icon=":material/undo:"):
        _save(
            corpus.store,
            lambda store: store.revert_correction(chosen, author=author),
            f"Correction #{chosen} reverted: the extracted value is back.",
        )


def render_corrections(corpus: Corpus, view: pd.DataFrame) -> None:
    """Correct an incident of the view (the one selected on a chart, or picked here), and
    list and revert corrections. Corrections are kept in the store apart from the extracted
    tables and are marked in the ``corrected`` column of every table and export."""
    if corpus.store is None:  # synthetic incidents: nothing to correct
        return
    on = st.toggle(
        "Correct incidents",
        key="corrections_on",
        help="Set an incident's date, place, casualties or type; merge or split incidents; "
        "list and revert corrections. They are stored apart from what was extracted.",
    )
    if not on:  # the panel's widgets cost nothing until asked for
        return
    with st.sidebar:
        author = st.text_input(
            "Your name (recorded with corrections)", value=default_author(), key="author"
        )
    done = st.session_state.pop("correction_done", None)
    with st.container(border=True):
        if done:
            st.success(done)
        if not corpus.unapplied.empty:
            st.warning(
                f"{len(corpus.unapplied)} correction(s) no longer find their incident (its "
                "articles are gone from the store); they are kept, and listed below."
            )
        choices = view.head(CORRECTION_CHOICES)
        labels = incident_labels(choices)
        selected = st.session_state["selection"]["ids"]
        if selected != st.session_state.get("correction_follows"):
            st.session_state["correction_follows"] = selected
            if selected and selected[0] in labels:
                st.session_state["correction_pick"] = selected[0]
        if st.session_state.get("correction_pick") not in labels:
            st.session_state.pop("correction_pick", None)
        if labels:
            iid = st.selectbox(
                "Incident"
                + (
                    f" (the first {CORRECTION_CHOICES} of the view)"
                    if len(view) > len(choices)
                    else ""
                ),
                list(labels),
                format_func=lambda i: labels.get(i, i),
                key="correction_pick",
                help="Narrow the view with the filters or a chart selection to find one.",
            )
            row = choices[choices["incident_id"] == iid].iloc[0]
            if _marked(row["corrected"]):
                st.caption(f"Corrected already: {row['corrected'].replace(';', ', ')}.")
            tabs = st.tabs(["Date", "Place", "Casualties", "Type", "Merge", "Split"])
            path = corpus.store
            with tabs[0]:
                _date_form(path, row, author)
            with tabs[1]:
                _place_form(path, row, author)
            with tabs[2]:
                _casualties_form(path, row, author)
            with tabs[3]:
                types = [*known_types(), *corpus.incidents["incident_type"].dropna().unique()]
                _type_form(path, row, types, author)
            with tabs[4]:
                _merge_form(path, row, labels, author)
            with tabs[5]:
                _split_form(path, row, author)
        else:
            st.info("No incident in the view to correct.")
        st.markdown("**Corrections made**")
        render_correction_log(corpus, author)


def render_app(frame: page_frame.Frame | None = None) -> None:
    """The whole page, in the frame ``dashboard.py`` drew before importing this module."""
    started = time.perf_counter()
    _init_state()
    folder = articles_dir()
    frame = frame or page_frame.draw_frame()
    if not synthetic_size():
        with frame.uploads:
            render_uploads(folder)
    corpus = load_corpus(folder)
    with frame.filters:
        flt, color_by, group_by = render_filters(corpus)

    filtered = filters.apply(corpus.incidents, flt)
    selection = st.session_state["selection"]
    ids = tuple(i for i in selection["ids"] if i in set(filtered["incident_id"]))
    view = _with_ids(filtered, ids) if selection["ids"] else filtered
    active = dataclasses.replace(flt, selected_ids=selection["ids"]) if ids else flt

    cited = filters.source_ids(view)
    with frame.head:
        render_head(corpus, view, ids, active, cited)
    images = _image_export()
    figures = render_charts(frame.charts, filtered, corpus, color_by, group_by, images)
    tables = render_tabs(corpus, view, cited, images)
    with frame.report:
        render_report_download(figures, report_tables(tables, corpus), active, images)
    render_corrections(corpus, view)
    st.caption(
        f"Page computed in {1000 * (time.perf_counter() - started):.0f} ms.",
        help="Server time of this run (reading, filtering, figures).",
    )


def render_head(
    corpus: Corpus,
    view: pd.DataFrame,
    ids: tuple[str, ...],
    active: filters.IncidentFilter,
    cited: set[str],
) -> None:
    """What is shown, the headline figures and the selection's state, above the charts."""
    selection = st.session_state["selection"]
    errors = int(corpus.articles["error"].notna().sum())
    if corpus.problem:
        st.warning(corpus.problem)
    st.caption(
        f"{len(corpus.articles)} articles ({errors} with errors) · "
        f"{len(corpus.incidents)} incidents · showing {len(view)} · {filters.describe(active)}"
    )
    render_metrics(view, cited)
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
