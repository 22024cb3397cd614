"""Incremental, parallel extraction into the store: same results on 1, 2 workers and Dask."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import pickle
import random
import shutil
from pathlib import Path

import pandas as pd
import pytest

from bench.bench_scale import synthetic_articles
from components import corrections, incidents, parallel
from components.extraction import extract_mentions
from components.parallel import (
    batches,
    build_store_incidents,
    code_files,
    extract_batch,
    incidents_from_candidates,
    language_versions,
    load_candidates,
    update_store,
)
from components.store import Store


@contextlib.contextmanager
def _no_pool():
    yield None


PACKAGE = Path(incidents.__file__).resolve().parent
# Fixed versions: the tests must not depend on the code under edit around them.
VERSIONS = {"en": "en-1", "hu": "hu-1", "ro": "ro-1"}
CITIES = [
    ("Kharkiv", "UA"), ("Odesa", "UA"), ("Zaporizhzhia", "UA"), ("Belgorod", "RU"),
    ("Galați", "RO"), ("Chisinau", "MD"), ("Rzeszów", "PL"), ("Debrecen", "HU"),
    ("Haifa", "IL"), ("Aleppo", "SY"),
]  # fmt: skip


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return synthetic_articles(40, seed=11, cities=CITIES)


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory, articles) -> Store:
    store = Store(tmp_path_factory.mktemp("one") / "store.duckdb")
    update_store(store, articles, versions=VERSIONS, batch_size=8)
    build_store_incidents(store)
    return store


def test_synthetic_corpus_is_varied(articles):
    assert set(articles["language"]) == {"ro", "hu", "en"}
    assert articles["text"].nunique() == len(articles)
    leads = articles["text"].str.split(".").str[0]
    assert leads.nunique() > 0.8 * len(articles)
    assert sum(any(city in text for text in articles["text"]) for city, _ in CITIES) >= 8


def test_store_holds_what_extraction_gives(one_worker, articles, pipelines):
    ordered = articles.sort_values("article_id").reset_index(drop=True)
    mentions = extract_mentions(ordered, pipelines)
    expected = mentions.sort_values("article_id", kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(one_worker.read_mentions(), expected)
    pd.testing.assert_frame_equal(one_worker.read_articles(), ordered)
    built = incidents.build_incidents(ordered, mentions)
    stored = one_worker.read_incidents(corrected=False, members=True)
    pd.testing.assert_frame_equal(stored.drop(columns=corrections.MEMBERS), built)
    assert len(built) > 20


def test_incident_ids_are_the_hash_of_their_member_keys(one_worker):
    table = one_worker.read_incidents(corrected=False, members=True)
    for row in table.itertuples():
        members = corrections.parse_members(row.members)
        assert row.incident_id == corrections.incident_id(members)
        assert {k.rsplit(":", 2)[0] for k in members} == set(row.sources.split(";"))
    assert table[corrections.MEMBERS].map(lambda m: len(corrections.parse_members(m))).max() > 1


def test_two_processes_and_dask_give_the_same_store(tmp_path, one_worker, articles):
    distributed = pytest.importorskip("distributed")
    two = Store(tmp_path / "two.duckdb")
    done = update_store(two, articles, workers=2, versions=VERSIONS, batch_size=8)
    assert done.extracted == len(articles) and done.batches == 7
    build_store_incidents(two)
    on_dask = Store(tmp_path / "dask.duckdb")
    # Worker threads in this process start fast; the worker processes of a real cluster run
    # the same function, as the process pool above does.
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        update_store(
            on_dask, articles, dask=cluster.scheduler_address, versions=VERSIONS, batch_size=8
        )
    build_store_incidents(on_dask)
    for other in (two, on_dask):
        pd.testing.assert_frame_equal(other.read_mentions(), one_worker.read_mentions())
        pd.testing.assert_frame_equal(other.read_incidents(), one_worker.read_incidents())


@pytest.mark.parametrize(("seconds", "commits"), [(0.0, 7), (3600.0, 1)])
def test_finished_batches_are_committed_together_within_the_time_given(
    tmp_path, one_worker, articles, seconds, commits
):
    store = Store(tmp_path / "store.duckdb")
    calls = []
    update_store(
        store,
        articles,
        versions=VERSIONS,
        batch_size=8,
        commit_seconds=seconds,
        on_batch=lambda done, total: calls.append((done, total)),
    )
    assert len(calls) == commits and calls[-1] == (7, 7)
    pd.testing.assert_frame_equal(store.read_mentions(), one_worker.read_mentions())


def test_workers_start_before_planning_only_when_articles_are_new(tmp_path, articles, monkeypatch):
    store = Store(tmp_path / "store.duckdb")
    update_store(store, articles, versions=VERSIONS)
    started = []
    monkeypatch.setattr(parallel, "_process_pool", lambda *a: started.append(a) or _no_pool())
    again = update_store(store, articles, workers=2, versions=VERSIONS)
    assert again.extracted == 0 and started == []


def test_batches_are_of_one_language_and_cover_all(articles):
    parts = batches(articles, 7)
    assert all(b["language"].nunique() == 1 and len(b) <= 7 for b in parts)
    assert sorted(pd.concat(parts)["article_id"]) == sorted(articles["article_id"])


def test_a_batch_returns_its_articles_candidates(articles):
    batch = articles[articles["language"] == "hu"].head(5).reset_index(drop=True)
    result = extract_batch(batch)
    assert set(result.candidates) == set(batch["article_id"])
    found = [c for blob in result.candidates.values() for c in pickle.loads(blob)]
    assert found and all(isinstance(c, incidents.Candidate) for c in found)
    assert (result.mentions.groupby("article_id")["seq"].min() == 0).all()


def test_only_new_changed_or_outdated_articles_are_extracted(tmp_path, articles):
    store = Store(tmp_path / "store.duckdb")
    first = articles.head(30).reset_index(drop=True)
    assert update_store(store, first, versions=VERSIONS).extracted == 30
    again = update_store(store, first, versions=VERSIONS)
    assert (again.extracted, again.unchanged) == (0, 30)
    # One article changed, two new ones.
    changed = articles.head(32).reset_index(drop=True)
    changed.loc[0, "text"] = "Breaking: " + changed.loc[0, "text"]
    third = update_store(store, changed, versions=VERSIONS)
    assert (third.extracted, third.unchanged) == (3, 29)
    text = store.read_articles([changed.loc[0, "article_id"]]).loc[0, "text"]
    assert text.startswith("Breaking: ")
    stored = store.read_mentions([changed.loc[0, "article_id"]])
    assert len(stored) and all(text[m.start : m.end] == m.text for m in stored.itertuples())
    # A new Romanian extractor: Romanian articles are extracted again, also those stored by an
    # earlier run and not loaded now.
    n_ro = int((changed["language"] == "ro").sum())
    n_ro_loaded = int((changed.head(10)["language"] == "ro").sum())
    elsewhere = changed.head(10).assign(source_path="elsewhere.jsonl")
    fourth = update_store(store, elsewhere, versions={**VERSIONS, "ro": "ro-2"})
    assert fourth.extracted == n_ro and n_ro > n_ro_loaded > 0
    assert fourth.unchanged == 10 - n_ro_loaded


def test_stored_articles_no_extractor_reads_any_more_lose_their_mentions_only(tmp_path, articles):
    store = Store(tmp_path / "store.duckdb")
    first = articles.head(30).reset_index(drop=True)
    update_store(store, first, versions=VERSIONS)
    assert len(set(first["language"])) == 3
    hungarian = set(first.loc[first["language"] == "hu", "article_id"])
    others_cited = set(store.read_mentions()["article_id"]) - hungarian
    assert others_cited
    # Another source read, by a program without a Hungarian extractor.
    other = articles.iloc[30:31].assign(source_path="other.jsonl", language="en")
    update_store(store, other, versions={k: v for k, v in VERSIONS.items() if k != "hu"})
    assert set(store.read_articles()["article_id"]) >= set(first["article_id"])
    kept = set(store.read_mentions()["article_id"])
    assert hungarian and not kept & hungarian
    assert kept >= others_cited


def test_a_source_read_again_replaces_what_it_gave(tmp_path, articles):
    store = Store(tmp_path / "store.duckdb")
    feed = articles.head(6).assign(source_path="feed.jsonl")
    update_store(store, feed, versions=VERSIONS)
    shorter = feed.head(4)
    assert update_store(store, shorter, versions=VERSIONS).removed == 2
    assert sorted(store.read_articles()["article_id"]) == sorted(shorter["article_id"])
    assert set(store.read_mentions()["article_id"]) <= set(shorter["article_id"])


def test_second_run_extracts_nothing_and_builds_nothing(tmp_path, pipelines, monkeypatch):
    # How much faster the second run is, is measured by bench/bench_scale.py; here: that it
    # neither extracts nor rebuilds, the work that makes a first run slow.
    articles = synthetic_articles(40, seed=12, cities=CITIES)
    store = Store(tmp_path / "store.duckdb")
    update_store(store, articles, versions=VERSIONS)
    assert build_store_incidents(store, options="x")

    def refuse(*args, **kwargs):
        raise AssertionError("the second run extracted or rebuilt")

    with monkeypatch.context() as patch:
        patch.setattr(parallel, "extract_batch", refuse)
        patch.setattr(parallel, "incidents_from_candidates", refuse)
        again = update_store(store, articles, versions=VERSIONS)
        assert not build_store_incidents(store, options="x", states=again.states)
    assert again.extracted == 0 and again.batches == 0
    assert again.unchanged == len(articles)
    # Another option (e.g. the online geocoder) rebuilds the incidents, without extraction.
    assert build_store_incidents(store, options="y")


def _brute_force_merge(candidates):
    """The merge before blocking: every pair compared."""
    parent = list(range(len(candidates)))
    articles = [{c.article_id} for c in candidates]

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    pairs = []
    for i, a in enumerate(candidates):
        for j in range(i + 1, len(candidates)):
            score = incidents.match_score(a, candidates[j])
            if score is not None:
                pairs.append((score, i, j))
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        ri, rj = root(i), root(j)
        if ri != rj and not (articles[ri] & articles[rj]):
            parent[rj] = ri
            articles[ri] |= articles[rj]
    clusters = {}
    for i, c in enumerate(candidates):
        clusters.setdefault(root(i), []).append(c)
    return list(clusters.values())


def test_merge_blocked_by_date_equals_comparing_all_pairs(one_worker):
    found = load_candidates(one_worker)
    rng = random.Random(5)
    places = [c.place for c in found if c.place] + [None]
    # Places around one point, a few to a few hundred km apart: both distance limits matter.
    for k in range(40):
        lat, lon = 48 + rng.uniform(-1.5, 1.5), 35 + rng.uniform(-2, 2)
        kind = rng.choice(["city", "city", "site", "region"])
        places.append({"name": f"p{k}", "kind": kind, "country_code": "UA", "lat": lat, "lon": lon})
    places.append({"name": "p0", "kind": "city", "country_code": "UA", "lat": None, "lon": None})
    places.append({"name": "UA", "kind": "country", "country_code": "UA", "lat": 49, "lon": 32})
    made = []
    for n in range(150):
        start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(40))
        span = rng.choice([0, 0, 0, 6, 30, 365])
        made.append(
            incidents.Candidate(
                article_id=f"a{rng.randrange(120)}",
                language="en",
                anchor=n,
                paragraph=0,
                date_start=None if rng.random() < 0.05 else start,
                date_end=start + dt.timedelta(days=span),
                date_precision="day",
                place=rng.choice(places),
                types={rng.choice(["missile strike", "drone strike", "explosion", "shelling"])},
                killed=[rng.choice([None, 1, 2, 3])],
            )
        )
    for group in (found, made):
        assert incidents.merge(group) == _brute_force_merge(group)
    clusters = incidents.merge(made)
    assert sum(len(c) > 1 for c in clusters) > 10


def test_incidents_from_candidates_keeps_article_order(one_worker):
    found = load_candidates(one_worker)
    table = incidents_from_candidates(found)
    assert list(table.columns)[-1] == corrections.MEMBERS
    assert len(table) == len(one_worker.read_incidents())


# ----------------------------------------------------------------------------- versions


def _copy_package(tmp_path: Path) -> Path:
    copy = tmp_path / "components"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_code_files_follow_the_imports_of_extraction():
    names = {p.name for p in code_files()}
    assert {"extraction.py", "pipeline.py", "incidents.py", "dates.py", "places.py"} <= names
    assert {"casualties.py", "numbers.py", "gazetteer.py", "langdata.py"} <= names
    assert not names & {"ui.py", "store.py", "parallel.py", "cli.py", "charts.py"}


def test_versions_change_with_the_data_of_their_language(tmp_path):
    package = _copy_package(tmp_path)
    before = language_versions(package_dir=package)
    assert set(before) >= {"ro", "hu", "en"}
    assert language_versions(package_dir=package) == before
    with (package / "lang" / "hu" / "casualties.toml").open("a", encoding="utf-8") as f:
        f.write("\n# a comment is a change of the file\n")
    after = language_versions(package_dir=package)
    assert after["hu"] != before["hu"]
    assert {k: v for k, v in after.items() if k != "hu"} == {
        k: v for k, v in before.items() if k != "hu"
    }


def test_versions_change_for_all_with_code_or_gazetteer_data(tmp_path):
    package = _copy_package(tmp_path)
    before = language_versions(package_dir=package)
    with (package / "lang" / "ro" / "places.toml").open("a", encoding="utf-8") as f:
        f.write("\n# places feed the gazetteer of all languages\n")
    middle = language_versions(package_dir=package)
    assert all(middle[lang] != before[lang] for lang in before)
    with (package / "numbers.py").open("a", encoding="utf-8") as f:
        f.write("\n# code\n")
    after = language_versions(package_dir=package)
    assert all(after[lang] != middle[lang] for lang in before)
    with (package / "charts.py").open("a", encoding="utf-8") as f:
        f.write("\n# not extraction code\n")
    assert language_versions(package_dir=package) == after


def test_files_deleted_from_a_folder_read_whole_leave_the_store(tmp_path, articles):
    from components import loading

    folder, elsewhere = tmp_path / "articles", tmp_path / "other"
    (folder / "sub").mkdir(parents=True)
    elsewhere.mkdir()
    parts = {
        folder / "a.jsonl": articles.iloc[0:3],
        folder / "sub" / "b.jsonl": articles.iloc[3:5],
        elsewhere / "c.jsonl": articles.iloc[5:7],
    }
    for path, rows in parts.items():
        records = [
            {"id": r.article_id, "text": r.text, "published": str(r.published.date())}
            for r in rows.itertuples()
        ]
        path.write_text("\n".join(json.dumps(x) for x in records), encoding="utf-8")
    store = Store(tmp_path / "store.duckdb")
    update_store(store, loading.load_paths([elsewhere]), versions=VERSIONS, folders=[elsewhere])
    update_store(store, loading.load_paths([folder]), versions=VERSIONS, folders=[folder])
    assert len(store.read_articles()) == 7
    (folder / "sub" / "b.jsonl").unlink()
    again = update_store(store, loading.load_paths([folder]), versions=VERSIONS, folders=[folder])
    kept = set(store.read_articles()["article_id"])
    assert again.removed == 2 and again.extracted == 0
    assert kept == set(articles.iloc[[0, 1, 2, 5, 6]]["article_id"])  # the other folder's stay
    assert set(store.read_mentions()["article_id"]) <= kept
