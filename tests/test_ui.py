"""The dashboard run by Streamlit's AppTest on the bundled articles, and its pure helpers."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from components import charts, exports, highlight, schema, uploads
from components.store import PATH_ENV
from components.synthetic import synthetic_incidents
from tests.apptest_support import chart_figures

ROOT = Path(__file__).resolve().parent.parent
STRIKES = {"missile strike", "drone strike", "air strike", "shelling", "other attack"}

# An article of our own with markup that must reach the page as text.
HOSTILE = (
    "date 2024-06-03\n"
    "A drone strike hit a grain terminal in Izmail on Monday, killing two workers and "
    "injuring five others, the regional governor said.\n\n"
    "<script>alert('owned')</script> <img src=x onerror=alert(1)> & more"
)


@pytest.fixture
def corpus(bundled_articles_dir: Path, tmp_path: Path, monkeypatch) -> Path:
    """A private copy of the bundled articles; the app reads it and stores uploads in it."""
    folder = tmp_path / "articles"
    shutil.copytree(bundled_articles_dir, folder)
    monkeypatch.setenv("INCIDENTS_ARTICLES_DIR", str(folder))
    monkeypatch.setenv(PATH_ENV, str(tmp_path / "incidents.duckdb"))  # never the repo's store
    monkeypatch.delenv("INCIDENTS_ONLINE_GEOCODER", raising=False)
    monkeypatch.delenv("INCIDENTS_SYNTHETIC", raising=False)
    monkeypatch.delenv("INCIDENTS_MAX_UPLOAD_MB", raising=False)
    return folder


@pytest.fixture
def app(corpus: Path) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def table_with(at: AppTest, *columns: str) -> pd.DataFrame:
    """The first st.dataframe on the page with these columns."""
    for frame in at.dataframe:
        value = frame.value
        if set(columns) <= set(value.columns):
            return value
    raise LookupError(f"no table with columns {columns}")


def incidents_table(at: AppTest) -> pd.DataFrame:
    return table_with(at, "incident_id", "evidence")


def full_table(at: AppTest) -> pd.DataFrame:
    """The incidents as the app extracted them (no filter set yet)."""
    table = incidents_table(at)
    assert len(table) == int(metrics(at)["Incidents"])
    return table


def _months(table: pd.DataFrame) -> set[tuple[str, str]]:
    return {(f"{d:%Y-%m}", p) for d, p in zip(table["date_start"], table["place"], strict=True)}


# ----------------------------------------------------------------------------- the page


def test_app_runs_and_shows_the_headline_figures(app: AppTest) -> None:
    assert not app.error, [e.value for e in app.error]
    assert set(metrics(app)) == {"Incidents", "Killed", "Injured", "Countries", "Source articles"}
    table = incidents_table(app)
    assert len(table) > 0
    assert int(metrics(app)["Source articles"]) == 2
    assert int(metrics(app)["Killed"].replace(",", "")) == int(table["killed"].fillna(0).sum())
    for column in ("evidence", "sources", "summary", "killed", "injured", "place"):
        assert column in table.columns


def test_filter_widgets_exist(app: AppTest) -> None:
    for key in ("f_countries", "f_types", "f_languages", "f_sources"):
        assert app.multiselect(key=key).options, key
    assert len(app.date_input) == 1
    assert app.number_input(key="f_min_casualties").value == 0
    assert app.radio(key="color_by").options == ["incident type", "country"]
    assert app.radio(key="group_by").options == ["place", "site"]


def test_country_filter_changes_the_table_and_the_figures(app: AppTest) -> None:
    everything = full_table(app)
    counts = pd.concat(
        [everything["country_code"], everything["countries_involved"].str.split(";").explode()]
    )
    # A country some but not all incidents have.
    code = next(
        c for c in counts.dropna().unique() if 0 < _involving(everything, c) < len(everything)
    )
    app.multiselect(key="f_countries").set_value([code]).run()
    table = incidents_table(app)
    assert 0 < len(table) < len(everything)
    assert len(table) == _involving(everything, code)
    assert all(
        code == row.country_code or code in str(row.countries_involved).split(";")
        for row in table.itertuples()
    )
    assert metrics(app)["Incidents"] == str(len(table))


def _involving(table: pd.DataFrame, code: str) -> int:
    return int(
        sum(
            code == row.country_code or code in str(row.countries_involved).split(";")
            for row in table.itertuples()
        )
    )


def test_minimum_casualties_and_type_filters(app: AppTest) -> None:
    everything = full_table(app)
    app.number_input(key="f_min_casualties").set_value(10).run()
    table = incidents_table(app)
    total = table["killed"].fillna(0) + table["injured"].fillna(0)
    assert (total >= 10).all()
    assert len(table) < len(everything)
    app.number_input(key="f_min_casualties").set_value(0).run()
    kind = everything["incident_type"].dropna().iloc[0]
    app.multiselect(key="f_types").set_value([kind]).run()
    assert set(incidents_table(app)["incident_type"]) == {kind}


def test_download_buttons_are_offered(app: AppTest) -> None:
    labels = [b.label for b in app.download_button]
    for label in ("CSV", "Excel", "GeoJSON", "HTML", "Report (ZIP)"):
        assert label in labels
    assert labels.count("HTML") == 2  # timeline and map
    available, reason = exports.image_export_available()
    if available:
        assert labels.count("PNG") == 2 and labels.count("SVG") == 2
    else:
        assert "PNG" not in labels
        assert any(reason in c.value for c in app.caption)


def test_reset_selection_is_there_and_idle_without_a_selection(app: AppTest) -> None:
    button = app.button(key="reset_selection")
    assert button.disabled
    # A selection kept in session state narrows the tables; Reset forgets it.
    first = incidents_table(app)["incident_id"].iloc[0]
    app.session_state["selection"] = {"source": "map", "ids": (first,)}
    app.run()
    assert list(incidents_table(app)["incident_id"]) == [first]
    assert not app.button(key="reset_selection").disabled
    app.button(key="reset_selection").click().run()
    assert len(incidents_table(app)) == int(metrics(app)["Incidents"]) > 1
    assert app.session_state["selection"]["ids"] == ()


def open_tab(at: AppTest, name: str) -> None:
    """Open a tab of the page (only the open one is drawn) and rerun."""
    from components import ui

    assert name in ui.TAB_NAMES
    at.session_state[ui.TABS_KEY] = name
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def articles_html(at: AppTest) -> list[str]:
    return [h.value for h in at.get("html") if "article-view" in h.value]


def test_only_the_open_tab_is_drawn_and_it_stays_open(app: AppTest) -> None:
    assert not articles_html(app)  # the Incidents tab is open at first
    assert incidents_table(app) is not None
    open_tab(app, "Articles")
    assert articles_html(app)
    with pytest.raises(LookupError):
        incidents_table(app)
    # A filter changes the counts in the tab labels; the Articles tab stays open.
    app.multiselect(key="f_countries").set_value(["KZ"]).run()
    assert articles_html(app)
    assert any(t.label.startswith("Articles (") for t in app.tabs)
    open_tab(app, "Incidents")
    assert len(incidents_table(app)) == 1


def test_article_reader_marks_mentions(app: AppTest) -> None:
    open_tab(app, "Articles")
    page = articles_html(app)[0]
    assert '<mark class="mention mention-date"' in page
    assert '<mark class="mention mention-place"' in page


def test_errors_tab_lists_unreadable_files(corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    assert not at.exception
    open_tab(at, "Errors")
    errors = table_with(at, "source_path", "article_id", "error")
    assert list(errors.columns) == ["source_path", "article_id", "error"]
    assert "empty file" in " ".join(errors["error"])


# ----------------------------------------------------------------------------- uploads


def test_upload_is_saved_extracted_and_shown_escaped(app: AppTest, corpus: Path) -> None:
    app.file_uploader(key="uploader").upload("../../evil name.txt", HOSTILE.encode()).run()
    assert not app.exception, [e.value for e in app.exception]
    saved = list((corpus / "uploads").iterdir())
    assert [p.name for p in saved] == ["evil_name.txt"]
    assert any("1 article added" in s.value for s in app.success)
    # Read at once: the new article is picked in the reader, its markup shown as text.
    page = next(h.value for h in app.get("html") if "article-view" in h.value)
    assert "&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script" not in page and "<img" not in page
    assert "evil_name.txt" in page

    # The same bytes again, under another name: recognised, not stored twice.
    app.file_uploader(key="uploader").upload("copy.txt", HOSTILE.encode()).run()
    assert any("already there" in i.value for i in app.info)
    assert len(list((corpus / "uploads").iterdir())) == 1


def test_bad_and_oversized_uploads_show_errors_and_lose_nothing(
    app: AppTest, corpus: Path, monkeypatch
) -> None:
    before = metrics(app)
    app.file_uploader(key="uploader").upload("report.pdf", b"%PDF-1.4 not an article").run()
    assert any("unsupported file type" in e.value for e in app.error)
    assert metrics(app) == before
    monkeypatch.setenv("INCIDENTS_MAX_UPLOAD_MB", "0.0001")  # 100 bytes
    app.file_uploader(key="uploader").upload("long.txt", HOSTILE.encode()).run()
    assert any("not accepted" in e.value for e in app.error)
    assert metrics(app) == before
    assert not (corpus / "uploads").exists() or not any((corpus / "uploads").iterdir())


# ----------------------------------------------------------------------------- the cases


def test_kazakhstan_leaves_the_airliner_crash_only(app: AppTest) -> None:
    assert any("(KZ)" in o for o in app.multiselect(key="f_countries").options)
    app.multiselect(key="f_countries").set_value(["KZ"]).run()
    table = incidents_table(app)
    assert len(table) == 1
    crash = table.iloc[0]
    assert crash["incident_type"] == "aircraft crash/shoot-down"
    assert crash["date_start"].year == 2024 and crash["date_start"].month == 12


def test_azerbaijan_keeps_every_strike_on_azerbaijani_sites(app: AppTest) -> None:
    """The articles tell of strikes on or at Azerbaijan's missions and company: the embassy in
    Kyiv (November 2025, and nearby in January 2024 and August 2025), the consulate in Kharkiv
    (March 2022) and the SOCAR fuel depot in the Odesa region (August 2025)."""
    app.multiselect(key="f_countries").set_value(["AZ"]).run()
    table = incidents_table(app)
    strikes = table[table["incident_type"].isin(STRIKES)]
    expected = {
        ("2025-11", "Kyiv"),
        ("2024-01", "Kyiv"),
        ("2025-08", "Kyiv"),
        ("2022-03", "Kharkiv"),
        ("2025-08", "Odesa region"),
    }
    missing = expected - _months(strikes)
    assert not missing, f"strikes missing under Azerbaijan: {sorted(missing)}"


def test_a_2025_date_range_leaves_the_2025_incidents(app: AppTest) -> None:
    everything = full_table(app)
    widget = app.date_input[0]
    widget.set_value((dt.date(2025, 1, 1), widget.max)).run()
    table = incidents_table(app)
    ends = table["date_end"].fillna(table["date_start"])
    assert (ends.dt.year >= 2025).all()
    in_2025 = everything[everything["date_end"].fillna(everything["date_start"]).dt.year >= 2025]
    assert set(table["incident_id"]) == set(in_2025["incident_id"])
    assert {("2025-11", "Kyiv"), ("2025-08", "Odesa region")} <= _months(table)
    assert not any(table["date_start"].dt.year < 2025)


def test_synthetic_mode_shows_the_synthetic_table(corpus: Path, monkeypatch) -> None:
    monkeypatch.setenv("INCIDENTS_SYNTHETIC", "300")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    assert not at.exception
    assert metrics(at)["Incidents"] == "300"
    at.multiselect(key="f_countries").set_value(["RO"]).run()
    assert 0 < int(metrics(at)["Incidents"]) < 300


def test_grouped_markers_reach_the_browser_as_keys_the_page_keeps(
    corpus: Path, monkeypatch
) -> None:
    monkeypatch.setenv("INCIDENTS_SYNTHETIC", str(charts.MAX_POINTS + 500))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    at.run()
    assert not at.exception
    for index, name in enumerate(("timeline", "map")):
        spec = chart_figures(at)[index]
        sent = [c for t in spec["data"] for c in t.get("customdata") or []]
        keys = [c for c in sent if str(c).startswith(charts.GROUP_PREFIX)]
        kept = at.session_state[f"{name}_members"]
        assert keys and set(keys) == set(kept)
        assert all(";" in kept[k] for k in keys)
        # Every incident is behind exactly one marker.
        ids = [i for c in sent for i in kept.get(c, c).split(";")]
        assert len(ids) == len(set(ids)) == charts.MAX_POINTS + 500 - _undrawn(spec)


def _undrawn(spec: dict) -> int:
    """Incidents a chart's note says it could not draw (undated or unplaced)."""
    notes = " ".join(a.get("text", "") for a in spec["layout"].get("annotations", []))
    found = re.search(r"(\d[\d,]*) incident\(s\) without", notes)
    return int(found.group(1).replace(",", "")) if found else 0


def test_many_sources_list_the_most_cited_and_any_other_can_be_typed(
    corpus: Path, monkeypatch
) -> None:
    monkeypatch.setenv("INCIDENTS_SYNTHETIC", "300")
    monkeypatch.setattr("components.ui.SOURCE_CHOICES", 5)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    box = at.multiselect(key="f_sources")
    assert len(box.options) == 5 and "type the id of any other" in box.help
    table = next(f.value for f in at.dataframe if "incident_id" in f.value)
    cited = table["sources"].str.split(";").explode()
    counts = cited.value_counts()
    assert [counts[o] for o in box.options] == sorted(counts, reverse=True)[:5]
    # One not listed, typed: it filters.
    other = next(s for s in counts.index[::-1] if s not in box.options)
    box.set_value([other]).run()
    assert not at.exception
    shown = next(f.value for f in at.dataframe if "incident_id" in f.value)
    assert len(shown) > 0 and shown["sources"].str.split(";").map(lambda s: other in s).all()
    assert at.multiselect(key="f_sources").value == [other]


def test_a_big_table_shows_its_first_rows_and_says_so(corpus: Path, monkeypatch) -> None:
    monkeypatch.setenv("INCIDENTS_SYNTHETIC", "300")
    monkeypatch.setattr("components.ui.TABLE_ROWS", 120)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    assert not at.exception
    assert metrics(at)["Incidents"] == "300"  # the figures count every row
    shown = next(f.value for f in at.dataframe if "incident_id" in f.value)
    assert len(shown) == 120
    assert any("first 120 of 300 incidents" in c.value for c in at.caption)


# ----------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("x/../../y.txt", "y.txt"),
        ("..\\..\\windows\\win.ini.TXT", "win.ini.txt"),
        (".hidden.md", "hidden.md"),
        ("..", "upload"),
        ("", "upload"),
        ("Ştiri de azi (1).txt", "Ştiri_de_azi_1.txt"),
        ("a b;rm -rf.csv", "a_b_rm_-rf.csv"),
        ("CON.txt", "upload_CON.txt"),
        ("report", "report"),
    ],
)
def test_safe_upload_name(given: str, expected: str) -> None:
    assert uploads.safe_upload_name(given) == expected


def test_safe_upload_name_never_reuses_a_name() -> None:
    assert uploads.safe_upload_name("y.txt", ["Y.TXT"]) == "y-2.txt"
    assert uploads.safe_upload_name("x/y.txt", ["y.txt", "y-2.txt"]) == "y-3.txt"
    assert len(uploads.safe_upload_name("a" * 500 + ".json")) <= uploads.MAX_NAME_LENGTH


@given(st.text(max_size=80))
def test_safe_upload_name_stays_inside_the_folder(name: str) -> None:
    folder = Path("/srv/articles/uploads")
    safe = uploads.safe_upload_name(name)
    assert safe and "/" not in safe and "\\" not in safe and not safe.startswith(".")
    assert (folder / safe).resolve().parent == folder.resolve()


def test_save_upload_stores_once_and_never_overwrites(tmp_path: Path) -> None:
    folder = tmp_path / "uploads"
    first = uploads.save_upload(HOSTILE.encode(), "../a.txt", folder, max_bytes=10_000)
    assert first.status == "saved" and first.path == (folder / "a.txt").resolve()
    again = uploads.save_upload(HOSTILE.encode(), "other.txt", folder, max_bytes=10_000)
    assert again.status == "duplicate" and again.path.name == "a.txt"
    other = uploads.save_upload(b"date 2023-02-02\nOther news from Cluj.", "a.txt", folder,
                                max_bytes=10_000)  # fmt: skip
    assert other.status == "saved" and other.path.name == "a-2.txt"
    assert (folder / "a.txt").read_bytes() == HOSTILE.encode()
    big = uploads.save_upload(b"x" * 2000, "big.txt", folder, max_bytes=1000)
    assert big.status == "too_large" and "not accepted" in big.message
    bad = uploads.save_upload(b"\x00\x01", "doc.pdf", folder, max_bytes=1000)
    assert bad.status == "unreadable" and "unsupported file type" in bad.message
    assert sorted(p.name for p in folder.iterdir()) == ["a-2.txt", "a.txt"]


def test_save_upload_names_bad_records_of_a_partly_good_file(tmp_path: Path) -> None:
    data = b'{"id": "k1", "text": "Shelling hit Kherson on 3 May 2023."}\n{not json}\n'
    result = uploads.save_upload(data, "feed.jsonl", tmp_path, max_bytes=10_000)
    assert result.status == "saved" and result.articles == 1
    assert "Skipped" in result.message


def _mentions(*rows: dict) -> pd.DataFrame:
    return schema.frame("mentions", [{"article_id": "a", **r} for r in rows])


def test_highlight_escapes_every_piece_of_text() -> None:
    text = (
        'On 3 May <script>alert("x")</script> hit "Odesa" <img src=x onerror=alert(1)> & 4 killed'
    )
    start = text.index("Odesa")
    mentions = _mentions(
        {"kind": "date", "start": 3, "end": 8, "value": "2023-05-03", "precision": "day"},
        {"kind": "place", "start": start, "end": start + 5, "value": "Odesa",
         "place_name": 'Odesa"><script>', "country_code": "UA", "place_kind": "city"},
        {"kind": "casualty", "start": text.index("4 killed"), "end": len(text), "count": 4,
         "casualty_type": "killed"},
    )  # fmt: skip
    page = highlight.article_html(text, mentions, title="<b>T</b> & <script>x</script>")
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;T&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;" in page
    assert 'title="place: Odesa&quot;&gt;&lt;script&gt; (UA, city)"' in page
    assert ">3 May</mark>" in page and ">Odesa</mark>" in page and ">4 killed</mark>" in page
    assert 'title="killed: 4"' in page


def test_highlight_resolves_overlaps_by_kind_order_and_ignores_bad_offsets() -> None:
    text = "Two killed in Kyiv on Monday."
    mentions = _mentions(
        {"kind": "casualty", "start": 0, "end": 10, "count": 2, "casualty_type": "killed"},
        {"kind": "event", "start": 4, "end": 10, "value": "other attack"},
        {"kind": "place", "start": 14, "end": 18, "value": "Kyiv"},
        {"kind": "date", "start": 22, "end": 99, "value": "2024-01-01"},  # past the end
        {"kind": "date", "start": 5, "end": 5, "value": "2024-01-01"},  # empty
    )
    marks = highlight.choose_marks(mentions, len(text), ("casualty", "place", "event", "date"))
    assert [(m.kind, text[m.start : m.end]) for m in marks] == [
        ("casualty", "Two killed"),
        ("place", "Kyiv"),
    ]
    marks = highlight.choose_marks(mentions, len(text), ("event", "place"))
    assert [(m.kind, text[m.start : m.end]) for m in marks] == [
        ("event", "killed"),
        ("place", "Kyiv"),
    ]
    assert "mention-date" not in highlight.highlight_html(text, mentions)
    plain = highlight.highlight_html(text, mentions, kinds=())
    assert "<mark" not in plain and text in plain


def test_a_timeline_note_moves_under_the_legend_above_it(sample_incidents: pd.DataFrame) -> None:
    from components import first_page

    undated = sample_incidents.copy()
    undated.loc[0, "date_start"] = pd.NaT  # the timeline then notes the undated one
    figures = {"timeline": charts.timeline(undated), "map": charts.incident_map(undated)}
    (note,) = [a for a in figures["timeline"].layout.annotations if "undated" in a.text]
    assert note.yanchor == "bottom"  # above the plot, where the legend goes
    first_page.fit_to_column(figures)
    (note,) = [a for a in figures["timeline"].layout.annotations if "undated" in a.text]
    assert note.yanchor == "top" and note.bgcolor and figures["timeline"].layout.legend.y == 1.0


def test_chart_notes_in_half_columns_sit_inside_the_plot_a_line_a_part(sample_incidents) -> None:
    from components import first_page

    big = synthetic_incidents(charts.MAX_POINTS + 500, 6)
    big["place"] = [f"Town {i % 400}" for i in range(len(big))]
    big.loc[:5, ["lat", "lon"]] = float("nan")  # the map then notes them
    figures = {"timeline": charts.timeline(big), "map": charts.incident_map(big)}

    def notes(fig):
        return [a for a in fig.layout.annotations if a.yref == "paper" and a.y == 1.0]

    before = {name: [a.text for a in notes(fig)] for name, fig in figures.items()}
    assert all(any("; " in t for t in texts) for texts in before.values())
    first_page.fit_to_column(figures)
    for name, fig in figures.items():
        assert [a.text for a in notes(fig)] == [t.replace("; ", "<br>") for t in before[name]]
        assert all(a.yanchor == "top" and a.bgcolor for a in notes(fig))


def test_a_restarted_page_draws_all_incidents_from_kept_charts(corpus: Path, monkeypatch) -> None:
    monkeypatch.setenv("INCIDENTS_SYNTHETIC", "300")
    first = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not first.exception
    drawn = chart_figures(first)
    assert len(drawn) == 2

    # A new process: Streamlit's caches are empty, and the charts cannot be made.
    import streamlit

    streamlit.cache_data.clear()
    streamlit.cache_resource.clear()

    def unmakeable(*args, **kwargs):
        raise AssertionError("charts made again")

    monkeypatch.setattr(charts, "timeline", unmakeable)
    again = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not again.exception, [e.value for e in again.exception]
    assert chart_figures(again) == drawn
    # A filtered view is made for what it shows, never taken from the kept charts.
    again.multiselect(key="f_countries").set_value(["RO"]).run()
    assert any("charts made again" in e.value for e in again.exception)
