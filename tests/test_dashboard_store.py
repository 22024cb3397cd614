"""The dashboard on the store: corrections made through its widgets survive restarts and
re-extraction and can be reverted; merge and split; a warm start extracts nothing; a store
held by the command line does not break the page.

Each test has its own store and its own copy of the bundled articles. A "restart" is a new
AppTest run after clearing Streamlit's caches (what a new server process starts with).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from components import parallel, ui
from components.store import Store
from tests.apptest_support import chart_figures

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "dashboard.py"
ARTICLES = ROOT / "data" / "articles"

pytestmark = pytest.mark.slow


@pytest.fixture
def site(tmp_path, monkeypatch) -> Store:
    """A temporary store and articles folder for the dashboard; returns the store."""
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder, ignore=shutil.ignore_patterns("uploads"))
    monkeypatch.setenv("INCIDENTS_ARTICLES_DIR", str(folder))
    monkeypatch.setenv("INCIDENTS_DB", str(tmp_path / "store.duckdb"))
    monkeypatch.delenv("INCIDENTS_SYNTHETIC", raising=False)
    monkeypatch.delenv("INCIDENTS_ONLINE_GEOCODER", raising=False)
    yield Store(tmp_path / "store.duckdb")
    _clear_caches()


def _clear_caches() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


def start() -> AppTest:
    """A fresh page on a fresh server: nothing cached."""
    _clear_caches()
    app = AppTest.from_file(str(DASHBOARD), default_timeout=240).run()
    assert not app.exception, app.exception
    assert not app.get("date_input") or len(app.date_input) == 1  # only the filter's
    app.toggle(key="corrections_on").set_value(True).run()
    assert not app.exception, app.exception
    return app


def incidents(app: AppTest) -> pd.DataFrame:
    table = next(f.value for f in app.dataframe if {"incident_id", "corrected"} <= set(f.value))
    return table.set_index("incident_id")


def metric(app: AppTest, label: str) -> int:
    return int(next(m.value for m in app.metric if m.label == label).replace(",", ""))


def chart_hover(app: AppTest, chart_index: int, incident_id: str) -> str:
    """The hover text of an incident's marker on a chart (0: timeline, 1: map)."""
    spec = chart_figures(app)[chart_index]
    for trace in spec["data"]:
        for custom, text in zip(
            trace.get("customdata") or [], trace.get("hovertext") or [], strict=False
        ):
            if incident_id in json.dumps(custom):
                return text
    raise AssertionError(f"{incident_id} is not on chart {chart_index}")


def pick(app: AppTest, incident_id: str) -> None:
    app.selectbox(key="correction_pick").set_value(incident_id).run()
    assert not app.exception, app.exception


def submit(app: AppTest, key: str) -> None:
    app.button(key=key).click().run()
    assert not app.exception, app.exception
    assert not app.error, [e.value for e in app.error]


def test_a_correction_survives_restart_and_reextraction_and_is_reverted(site, monkeypatch):
    app = start()
    before = incidents(app)
    killed_before = metric(app, "Killed")
    assert len(before) >= 3 and (before["corrected"] == "").all()
    iid = before.index[1]
    old = before.loc[iid]
    new_killed = (0 if pd.isna(old["killed"]) else int(old["killed"])) + 7

    pick(app, iid)
    app.number_input(key=f"correct_killed_{iid}").set_value(new_killed)
    submit(app, f"correct_save_counts_{iid}")
    app.radio(key=f"correct_precision_{iid}").set_value("month")
    app.date_input(key=f"correct_dates_{iid}").set_value((dt.date(2023, 5, 9), dt.date(2023, 5, 9)))
    submit(app, f"correct_save_date_{iid}")

    def check(page: AppTest) -> None:
        row = incidents(page).loc[iid]
        assert row["killed"] == new_killed
        assert pd.Timestamp(row["date_start"]) == pd.Timestamp("2023-05-01")
        assert pd.Timestamp(row["date_end"]) == pd.Timestamp("2023-05-31")
        assert row["date_precision"] == "month"
        assert row["corrected"] == "killed;date"
        unchanged = incidents(page).drop(index=iid)
        assert (unchanged["corrected"] == "").all()
        old_killed = 0 if pd.isna(old["killed"]) else int(old["killed"])
        assert metric(page, "Killed") == killed_before - old_killed + new_killed
        # The charts' labels, made once per version of the store, follow it too.
        for chart in (0, 1):
            assert f"killed: {new_killed}" in chart_hover(page, chart, iid)

    check(app)
    assert any(s.value == "Date set to 2023-05-01 – 2023-05-31." for s in app.success)
    log = next(f.value for f in app.dataframe if "status" in f.value)
    assert list(log["field"]) == ["date", "killed"] and (log["status"] == "applied").all()

    # The report lists both corrections.
    stored = site.read_all()
    corpus = ui.Corpus(
        stored["articles"],
        stored["mentions"],
        stored["incidents"],
        "x",
        fixes=stored["corrections"],
        unapplied=stored["unapplied"],
    )
    report = ui.report_tables({"incidents": stored["incidents"]}, corpus)["corrections"]
    assert sorted(report["field"]) == ["date", "killed"]
    assert set(report["incident"]) == {iid}

    # A restart: the correction is read back from the store.
    check(start())

    # A new extractor version: every article is extracted again, the correction stays.
    extracted = site.states()[0]
    real = parallel.language_versions
    monkeypatch.setattr(
        parallel,
        "language_versions",
        lambda *a, **k: {lang: v + "-next" for lang, v in real(*a, **k).items()},
    )
    app = start()
    assert site.states()[0] != extracted  # it was extracted again
    check(app)

    # Revert the killed count through the page: the extracted value is back, the date stays.
    killed_id = int(site.read_corrections().query("field == 'killed'")["correction_id"].iloc[0])
    app.selectbox(key="correction_revert_pick").set_value(killed_id)
    submit(app, "correction_revert")
    row = incidents(app).loc[iid]
    assert (pd.isna(row["killed"]) and pd.isna(old["killed"])) or row["killed"] == old["killed"]
    assert row["corrected"] == "date"
    assert metric(app, "Killed") == killed_before
    log = next(f.value for f in app.dataframe if "status" in f.value).set_index("correction")
    assert log.loc[killed_id, "status"].startswith("reverted by ")
    # ... and it stays reverted after a restart.
    assert incidents(start()).loc[iid, "corrected"] == "date"


def test_place_type_merge_and_split_through_the_page(site):
    app = start()
    table = incidents(app)
    several = table[table["sources"].str.contains(";", na=False)]
    assert not several.empty, "the bundled articles share at least one incident"
    iid = several.index[0]
    sources = several.loc[iid, "sources"].split(";")

    pick(app, iid)
    app.multiselect(key=f"correct_split_pick_{iid}").set_value(sources[:1])
    submit(app, f"correct_save_split_{iid}")
    after = incidents(app)
    assert len(after) == len(table) + 1
    split_off = after[after["sources"] == sources[0]]
    assert (split_off["corrected"] == "split").any()
    assert split_off["killed"].isna().all()  # its counts are the analyst's to set

    a, b = after.index[0], after.index[-1]
    pick(app, a)
    app.selectbox(key=f"correct_merge_pick_{a}").set_value(b)
    submit(app, f"correct_save_merge_{a}")
    merged = incidents(app)
    assert len(merged) == len(table)
    assert merged["corrected"].str.contains("merge").sum() == 1

    target = merged.index[merged["corrected"].str.contains("merge")][0]
    pick(app, target)
    app.text_input(key=f"correct_place_name_{target}").set_value("Miskolc")
    submit(app, f"correct_save_place_{target}")
    row = incidents(app).loc[target]
    assert row["place"] == "Miskolc" and row["country_code"] == "HU"
    assert abs(row["lat"] - 48.1) < 0.2 and "place" in row["corrected"]

    # A name the gazetteer lacks is refused with a message; coordinates make it a site.
    app.text_input(key=f"correct_place_name_{target}").set_value("Zzyzx Crossing")
    app.button(key=f"correct_save_place_{target}").click().run()
    assert any("not known" in e.value for e in app.error)
    app.text_input(key=f"correct_place_name_{target}").set_value("Zzyzx Crossing")
    app.text_input(key=f"correct_place_country_{target}").set_value("md")
    app.number_input(key=f"correct_lat_{target}").set_value(47.1)
    app.number_input(key=f"correct_lon_{target}").set_value(28.6)
    submit(app, f"correct_save_place_{target}")
    row = incidents(app).loc[target]
    assert (row["place"], row["country_code"], row["geo_precision"]) == (
        "Zzyzx Crossing",
        "MD",
        "site",
    )
    assert "MD" in row["countries_involved"].split(";")

    app.selectbox(key=f"correct_type_pick_{target}").set_value("riot")
    submit(app, f"correct_save_type_{target}")
    assert incidents(app).loc[target, "incident_type"] == "riot"

    # All of it read back after a restart, and marked in the CSV export's data.
    again = incidents(start())
    assert len(again) == len(table)
    assert again.loc[target, "incident_type"] == "riot"
    assert again.loc[target, "corrected"] == "merge;place;incident_type"
    corrections = site.read_corrections()
    assert list(corrections["field"]) == ["split", "merge", "place", "place", "incident_type"]


def test_a_correction_needs_an_author(site):
    app = start()
    iid = incidents(app).index[0]
    pick(app, iid)
    app.text_input(key="author").set_value("   ")
    app.number_input(key=f"correct_injured_{iid}").set_value(3)
    app.button(key=f"correct_save_counts_{iid}").click().run()
    assert any("author" in e.value for e in app.error)
    assert site.read_corrections().empty


WARM_START = textwrap.dedent(
    """
    import sys, time
    from streamlit.testing.v1 import AppTest
    started = time.perf_counter()
    app = AppTest.from_file(sys.argv[1], default_timeout=120).run()
    seconds = time.perf_counter() - started
    assert not app.exception, app.exception
    loaded = [m for m in ("spacy", "components.gazetteer", "components.pipeline")
              if m in sys.modules]
    incidents = next(m.value for m in app.metric if m.label == "Incidents")
    print(json.dumps({"seconds": seconds, "loaded": loaded, "incidents": incidents}))
    """
).replace("import sys, time", "import json, sys, time")


def test_a_warm_start_extracts_nothing_and_loads_no_pipeline(site):
    cold = start()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", WARM_START, str(DASHBOARD)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["loaded"] == []
    assert int(report["incidents"]) == metric(cold, "Incidents")
    assert report["seconds"] < 10  # the page itself; generous for a shared machine


def _corpus(folder: Path, n: int) -> None:
    """``n`` distinct articles made from the bundled ones (only for load, not for quality)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    folder.mkdir()
    for i in range(n):
        body = texts[i % len(texts)]
        (folder / f"a{i:04d}.txt").write_text(f"{body}\n\n({i})\n", encoding="utf-8")


def test_a_page_reading_while_the_command_line_writes_does_not_fail(site, tmp_path):
    big = tmp_path / "big"
    _corpus(big, 120)
    start()  # the page's own articles are in the store
    command = [sys.executable, "-m", "components", "extract", str(big)]
    command += ["--out", str(tmp_path / "out"), "--db", str(site.path), "--batch-size", "6"]
    writer = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        seen = []
        while writer.poll() is None or not seen:
            app = start()
            seen.append(len(app.dataframe[0].value) if app.dataframe else 0)
            articles = int(app.caption[0].value.split(" articles")[0])
            assert articles >= 2
            assert not [w.value for w in app.warning if "cannot" in w.value]
        _, err = writer.communicate(timeout=300)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == 0, err
    assert len(seen) >= 2
    final = start()
    assert int(final.caption[0].value.split(" articles")[0]) == 122


HOLD = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    con.execute("BEGIN TRANSACTION")
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    """
)


def test_a_store_held_by_another_program_shows_a_message_not_an_error(site, monkeypatch):
    from components import ui

    start()  # the store exists and holds the articles
    monkeypatch.setattr(ui, "STORE_WAIT_S", 0.5)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(site.path), "30"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        app = start()
        assert any("keeps the store locked" in w.value for w in app.warning)
        assert metric(app, "Incidents") == 0
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    app = start()
    assert not app.warning and metric(app, "Incidents") >= 3


def test_the_first_page_after_the_command_line_makes_nothing_again(site, tmp_path, monkeypatch):
    from components import cli

    folder = Path(os.environ["INCIDENTS_ARTICLES_DIR"])
    cli.run_extract([folder], tmp_path / "out", db=site.path)
    # The command line kept the tables, the filter choices and the opening charts, and said
    # that the store holds the folder: the page reads neither.
    monkeypatch.setattr("components.loading.load_paths", lambda *a: pytest.fail("read folder"))
    monkeypatch.setattr(Store, "read_all", lambda *a, **k: pytest.fail("read the store"))
    monkeypatch.setattr("components.filters.options", lambda *a: pytest.fail("made options"))
    monkeypatch.setattr("components.first_page.figures", lambda *a: pytest.fail("made charts"))
    app = start()
    assert metric(app, "Incidents") == len(site.read_incidents()) > 0
    assert len(chart_figures(app)) == 2


def test_a_restart_over_an_unchanged_folder_does_not_read_it_again(site, monkeypatch):
    shown = metric(start(), "Incidents")
    with monkeypatch.context() as patch:

        def refuse(*args, **kwargs):
            raise AssertionError("the unchanged folder was read again")

        patch.setattr("components.loading.load_paths", refuse)
        assert metric(start(), "Incidents") == shown
    # A new article is read (and only then), and its incidents show.
    folder = Path(os.environ["INCIDENTS_ARTICLES_DIR"])
    (folder / "new.txt").write_text(
        "date 2025-06-02\n\nA car bomb killed four people in Mogadishu on Sunday, police said.\n",
        encoding="utf-8",
    )
    assert metric(start(), "Incidents") == shown + 1
