"""The command line, run as a user would: in a subprocess."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest

from components import loading, schema

ROOT = Path(__file__).resolve().parent.parent


def run(*args, cwd=ROOT, db=None):
    # Each test has its own store: the default one under data/ is left alone.
    env = {**os.environ, "INCIDENTS_DB": str(db or Path(tempfile.mkdtemp()) / "store.duckdb")}
    return subprocess.run(
        [sys.executable, "-m", "components", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


@pytest.mark.slow
def test_extract_bundled_articles(tmp_path):
    result = run("extract", "data/articles", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "2 articles (0 with errors)" in result.stdout
    assert len(result.stdout.strip().splitlines()) == 1
    articles = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert sorted(articles["language"]) == ["hu", "ro"]
    assert set(articles["published"]) == {"2025-11-14"}
    assert articles["error"].isna().all()
    mentions = pd.read_csv(tmp_path / "out" / "mentions.csv")
    assert set(mentions["kind"]) >= {"date", "place", "casualty"}
    text = dict(zip(articles["article_id"], articles["text"], strict=True))
    for row in mentions.itertuples():
        assert text[row.article_id][row.start : row.end] == row.text
    incidents = pd.read_csv(tmp_path / "out" / "incidents.csv")
    assert list(incidents.columns) == list(schema.INCIDENTS)
    assert len(incidents) >= 6


@pytest.mark.slow
def test_jsonl_ids_kept_and_bad_records_are_rows(tmp_path):
    source = tmp_path / "feed.jsonl"
    source.write_text(
        json.dumps({"id": "wire-7", "published": "2024-02-03", "text": "A drone hit Kherson."})
        + "\n{not json\n"
        + json.dumps({"id": "wire-8", "text": ""})
        + "\n",
        encoding="utf-8",
    )
    result = run("extract", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    articles = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert "wire-7" in set(articles["article_id"])
    assert articles["error"].notna().sum() == 2


@pytest.mark.slow
def test_empty_input_still_writes_headers(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("extract", str(empty), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    for table, columns in schema.TABLES.items():
        header = (tmp_path / "out" / f"{table}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == list(columns)


def test_unusable_arguments_fail_clearly(tmp_path):
    missing = run("extract", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert missing.returncode == 2
    assert "no such file or folder" in missing.stderr
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    not_dir = run("extract", "data/articles", "--out", str(a_file))
    assert not_dir.returncode == 2
    assert "must be a folder" in not_dir.stderr
    no_out = run("extract", "data/articles")
    assert no_out.returncode == 2


def test_help_explains_the_command():
    result = run("extract", "--help")
    assert result.returncode == 0
    assert "articles.csv" in result.stdout and "--out" in result.stdout


@pytest.mark.slow
def test_store_is_incremental_and_carries_corrections_to_the_csv(tmp_path):
    from components.store import Store

    db = tmp_path / "store.duckdb"
    first = run("extract", "data/articles", "--db", str(db), "--out", str(tmp_path / "a"))
    assert first.returncode == 0, first.stderr
    assert "2 extracted, 0 unchanged" in first.stdout
    store = Store(db)
    incident = store.read_incidents().iloc[0]
    store.correct(incident["incident_id"], "injured", 17, author="analyst")
    second = run(
        "extract", "data/articles", "--db", str(db), "--out", str(tmp_path / "b"), "--workers", "2"
    )
    assert second.returncode == 0, second.stderr
    assert "0 extracted, 2 unchanged" in second.stdout
    assert len(second.stdout.strip().splitlines()) == 1
    before = pd.read_csv(tmp_path / "a" / "incidents.csv")
    after = pd.read_csv(tmp_path / "b" / "incidents.csv")
    assert before["corrected"].isna().all()
    row = after.set_index("incident_id").loc[incident["incident_id"]]
    assert row["injured"] == 17 and row["corrected"] == "injured"
    assert after["corrected"].notna().sum() == 1
    for name in ("articles.csv", "mentions.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_store_arguments_are_checked(tmp_path):
    both = run("extract", "data/articles", "--out", str(tmp_path), "--workers", "2",
               "--dask", "tcp://127.0.0.1:1")  # fmt: skip
    assert both.returncode == 2 and "not both" in both.stderr
    zero = run("extract", "data/articles", "--out", str(tmp_path), "--workers", "0")
    assert zero.returncode == 2 and "at least 1" in zero.stderr
    folder = run("extract", "data/articles", "--out", str(tmp_path), "--db", str(tmp_path))
    assert folder.returncode == 2 and "--db must be a file" in folder.stderr
    assert "--db" in run("extract", "--help").stdout


@pytest.mark.slow
def test_an_unchanged_store_leaves_the_csv_files_alone(tmp_path):
    from components.store import Store

    db, out = tmp_path / "store.duckdb", tmp_path / "out"
    first = run("extract", "data/articles", "--db", str(db), "--out", str(out))
    assert first.returncode == 0, first.stderr
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")}
    assert len(stamps) == 3
    second = run("extract", "data/articles", "--db", str(db), "--out", str(out))
    assert second.returncode == 0, second.stderr
    assert second.stdout.split(" written")[0] == first.stdout.split(" written")[0]
    assert "0 extracted, 2 unchanged" in second.stdout
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")} == stamps
    # An article file touched (same content) is read again; the store stays as it was.
    copy = tmp_path / "articles"
    shutil.copytree(ROOT / "data" / "articles", copy, ignore=shutil.ignore_patterns("uploads"))
    third = run("extract", str(copy), "--db", str(db), "--out", str(out))
    assert third.returncode == 0, third.stderr
    assert "0 extracted, 2 unchanged" in third.stdout
    # A correction changes the store: the files are written again, with it.
    store = Store(db)
    incident = store.read_incidents().iloc[0]["incident_id"]
    store.correct(incident, "killed", 23, author="analyst")
    assert run("extract", "data/articles", "--db", str(db), "--out", str(out)).returncode == 0
    after = pd.read_csv(out / "incidents.csv").set_index("incident_id")
    assert after.loc[incident, "killed"] == 23
    # So are files removed meanwhile.
    (out / "mentions.csv").unlink()
    assert run("extract", "data/articles", "--db", str(db), "--out", str(out)).returncode == 0
    assert len(pd.read_csv(out / "mentions.csv")) > 0


def test_written_tables_are_kept_for_the_dashboard(tmp_path, monkeypatch):
    from components import cli, first_page, settings
    from components.parallel import build_store_incidents, update_store
    from components.store import Store

    monkeypatch.setenv(settings.CACHE_ENV, str(tmp_path / "cache"))
    store = Store(tmp_path / "store.duckdb")
    update_store(store, loading.load_paths([ROOT / "data" / "articles"]))
    build_store_incidents(store)
    (tmp_path / "out").mkdir()
    record = cli._write_tables(store, tmp_path / "out")
    # What the page reads next, for this generation, comes from the kept file.
    monkeypatch.setattr(Store, "read_all", lambda *a, **k: pytest.fail("read the store"))
    kept = store.read_all_kept(store.generation(), settings.cache_dir())
    assert len(kept["incidents"]) == record["incidents"] > 0
    assert len(kept["mentions"]) == record["mentions"]
    # So are its filter choices and its opening charts, under the store named another way.
    monkeypatch.setattr("components.filters.options", lambda *a: pytest.fail("made options"))
    monkeypatch.setattr(first_page, "figures", lambda *a: pytest.fail("made the charts"))
    key = first_page.digest(tmp_path / "out" / ".." / "store.duckdb", store.generation())
    assert first_page.options(key, kept["incidents"])["countries"]
    figures, _ = first_page.whole_figures(
        key, kept["incidents"], lambda: pytest.fail("made looks"), "incident_type", "place"
    )
    assert {"timeline", "map"} == set(figures)
    assert len(figures["map"].data) > 0
