"""The DuckDB store: migrations, locking between processes, crash safety, corrections."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from bench.bench_scale import synthetic_articles
from components import corrections, schema
from components.extraction import extract_mentions
from components.parallel import build_store_incidents, update_store
from components.store import SCHEMA_VERSION, Store, StoreLocked, StoreVersionError, content_hash

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = {"en": "en-1", "hu": "hu-1", "ro": "ro-1"}
CITIES = [("Mykolaiv", "UA"), ("Kherson", "UA"), ("Sumy", "UA"), ("Kursk", "RU"),
          ("Constanța", "RO"), ("Tiraspol", "MD"), ("Lublin", "PL"), ("Szeged", "HU")]  # fmt: skip

WRITER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    import pandas as pd
    from components.parallel import update_store
    from components.store import Store
    corpus, db, batch, versions, done = sys.argv[1:6]
    update_store(Store(db), pd.read_pickle(corpus), versions=json.loads(versions),
                 batch_size=int(batch), commit_seconds=0)
    Path(done).touch()
    """
)
READER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from components.store import Store
    store, done = Store(sys.argv[1], timeout=60), Path(sys.argv[2])
    seen, bad = [], []
    give_up = time.monotonic() + 180
    while time.monotonic() < give_up:
        last = done.exists()  # one more read once the writer is gone
        with store.reading() as con:
            if con is None:
                if last:
                    break
                time.sleep(0.05)
                continue
            rows = con.execute(
                "SELECT e.article_id, e.n_mentions, "
                "(SELECT count(*) FROM mentions m WHERE m.article_id = e.article_id), "
                "(SELECT count(*) FROM candidates c WHERE c.article_id = e.article_id), "
                "a.content_hash = e.content_hash "
                "FROM extractions e LEFT JOIN articles a USING (article_id)"
            ).fetchall()
            total = con.execute("SELECT count(*) FROM mentions").fetchall()[0][0]
        bad += [r for r in rows if r[1] != r[2] or r[3] != 1 or not r[4]]
        if sum(r[1] for r in rows) != total:
            bad.append(("mentions of articles not recorded as extracted", total))
        seen.append(len(rows))
        if last:
            break
        time.sleep(0.1)
    print(json.dumps({"seen": seen, "bad": bad}))
    """
)


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return synthetic_articles(36, seed=21, cities=CITIES)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, articles) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "articles.pkl"
    articles.to_pickle(path)
    return path


def _python(*args: str) -> list[str]:
    return [sys.executable, "-c", *args]


def _spawn(script: str, *args: object) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        _python(script, *map(str, args)),
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# ----------------------------------------------------------------------------- basics


def test_reading_a_missing_store_gives_empty_tables_and_no_file(tmp_path):
    store = Store(tmp_path / "none.duckdb")
    assert store.read_articles().empty
    assert list(store.read_mentions().columns) == list(schema.MENTIONS)
    incidents = store.read_incidents()
    assert incidents.empty and corrections.CORRECTED in incidents
    assert not store.exists()


def test_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENTS_DB", str(tmp_path / "env.duckdb"))
    assert Store().path == tmp_path / "env.duckdb"
    monkeypatch.delenv("INCIDENTS_DB")
    assert Store().path.name == "incidents.duckdb"


def test_the_generation_changes_with_each_write_and_only_then(tmp_path, articles):
    store = Store(tmp_path / "g.duckdb")
    assert store.generation() == ""  # no file yet
    store.plan(articles.head(2), VERSIONS)
    first = store.generation()
    assert first not in ("", "-") and store.generation() == first
    # Another Store on the same file (another process) writes: this one notices, although
    # the write comes within the file system's time tick of the last look.
    with Store(store.path).connect(write=True) as con:
        con.execute("SELECT 1").fetchall()
    second = store.generation()
    assert second != first and store.generation() == second
    # Settled (as if written long ago): the file is not opened while its state is unchanged.
    settled = store.generation(settle=0.0)
    opened = []
    original = store.reading
    store.reading = lambda: opened.append(1) or original()  # type: ignore[method-assign]
    assert store.generation(settle=0.0) == settled and not opened


def test_a_reader_of_a_file_without_the_newest_columns_fills_them_empty(tmp_path, articles):
    store = Store(tmp_path / "old.duckdb")
    store.plan(articles.head(2), {})  # no extractor: the rows are written as they are
    with store.connect(write=True) as con:
        con.execute('ALTER TABLE incidents DROP COLUMN "corrected"')
        con.execute('ALTER TABLE articles DROP COLUMN "url"')
    reader = Store(store.path)
    assert reader.read_articles()["url"].isna().all() and len(reader.read_articles()) == 2
    tables = reader.read_all()
    assert list(tables["incidents"].columns)[: len(schema.INCIDENTS)] == list(schema.INCIDENTS)
    assert tables["unapplied"].empty


def test_articles_with_errors_or_other_languages_are_kept_not_extracted(tmp_path, articles):
    store = Store(tmp_path / "s.duckdb")
    odd = schema.frame(
        "articles",
        [
            {"article_id": "broken", "source_path": "x.json", "error": "x.json: not JSON"},
            {"article_id": "de-1", "language": "de", "text": "Ein Text auf Deutsch."},
        ],
    )
    mixed = pd.concat([articles.head(3), odd], ignore_index=True)
    done = update_store(store, mixed, versions=VERSIONS)
    assert done.extracted == 3
    stored = store.read_articles()
    assert set(stored["article_id"]) == set(mixed["article_id"])
    assert stored.set_index("article_id").loc["broken", "error"] == "x.json: not JSON"
    assert set(store.read_mentions()["article_id"]) <= set(articles.head(3)["article_id"])
    assert update_store(store, mixed, versions=VERSIONS).extracted == 0


# ----------------------------------------------------------------------------- schema versions


def _v1_file(path: Path, articles: pd.DataFrame, mentions: pd.DataFrame) -> None:
    """A store as the first version of the program left it."""
    Store(path).migrate(target=1)
    con = duckdb.connect(str(path))
    rows = articles.assign(
        content_hash=[
            content_hash(t, p, la)
            for t, p, la in zip(
                articles["text"], articles["published"], articles["language"], strict=True
            )
        ]
    )
    con.register("a", rows)
    con.execute("INSERT INTO articles SELECT * FROM a")
    con.register("m", mentions)
    con.execute("INSERT INTO mentions SELECT * FROM m")
    con.execute(
        "INSERT INTO extractions SELECT article_id, content_hash, language, 'en-1', now() "
        "FROM articles"
    )
    con.close()


def test_a_version_1_file_is_migrated(tmp_path, articles, pipelines):
    path = tmp_path / "old.duckdb"
    old = articles.head(4).reset_index(drop=True)
    mentions = extract_mentions(old, pipelines)
    _v1_file(path, old, mentions)
    con = duckdb.connect(str(path), read_only=True)
    version = "SELECT value FROM meta WHERE key = 'schema_version'"
    assert con.execute(version).fetchall() == [("1",)]
    assert "seq" not in {r[0] for r in con.execute("DESCRIBE mentions").fetchall()}
    con.close()

    store = Store(path)
    # Reading upgrades the file first; the data are kept.
    got = store.read_mentions()
    assert len(got) == len(mentions)
    expected = mentions.sort_values(["article_id", "start", "kind"], kind="stable")
    assert list(got["start"]) == list(expected["start"])
    assert store.migrate() == SCHEMA_VERSION
    pd.testing.assert_frame_equal(
        store.read_articles(), old.sort_values("article_id").reset_index(drop=True)
    )
    # The v1 extractions had no candidates: they are done again on the next run.
    assert update_store(store, old, versions=VERSIONS).extracted == 4
    assert build_store_incidents(store)
    assert not store.read_incidents().empty
    incident = store.read_incidents().iloc[0]
    number = store.correct(incident["incident_id"], "injured", 3, author="analyst")
    assert number == 1


def test_a_file_of_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    Store(path).migrate()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreVersionError):
        Store(path).read_articles()


def test_columns_added_to_the_schema_are_added_to_the_file(tmp_path, articles, monkeypatch):
    store = Store(tmp_path / "s.duckdb")
    update_store(store, articles.head(2), versions=VERSIONS)
    monkeypatch.setitem(schema.MENTIONS, "confidence", schema.FLOAT)
    store.migrate()
    mentions = store.read_mentions()
    assert "confidence" in mentions and mentions["confidence"].isna().all()
    assert len(mentions) > 0


# ----------------------------------------------------------------------------- processes


def test_a_reader_waits_for_a_writer_then_reads(tmp_path, articles):
    path = tmp_path / "s.duckdb"
    update_store(Store(path), articles.head(2), versions=VERSIONS)
    holder = _spawn(
        "import duckdb, sys, time\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "print('holding', flush=True)\n"
        "time.sleep(1.5)\n"
        "con.close()\n",
        path,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreLocked):
            Store(path, timeout=0.3).read_articles()
        started = time.monotonic()
        assert len(Store(path, timeout=30).read_articles()) == 2
        assert time.monotonic() - started > 0.3
    finally:
        holder.wait(timeout=30)


def test_readers_see_whole_batches_and_a_killed_writer_loses_only_its_batch(
    tmp_path, corpus, articles, pipelines
):
    db, done = tmp_path / "s.duckdb", tmp_path / "done"
    writer = _spawn(WRITER, corpus, db, 3, json.dumps(VERSIONS), done)
    readers = [_spawn(READER, db, done) for _ in range(2)]
    store = Store(db, timeout=60)
    try:
        deadline = time.monotonic() + 120
        committed = 0
        while committed < len(articles) // 2 and time.monotonic() < deadline:
            assert writer.poll() is None, writer.stderr.read()
            committed = store.counts()["articles"] if store.exists() else 0
            time.sleep(0.1)
        writer.send_signal(signal.SIGKILL)
        assert writer.wait(timeout=30) == -signal.SIGKILL
        assert not done.exists(), "the writer finished before it could be killed"
    finally:
        done.touch()  # the readers stop
        if writer.poll() is None:
            writer.kill()
    reports = []
    for reader in readers:
        out, err = reader.communicate(timeout=120)
        assert reader.returncode == 0, err
        reports.append(json.loads(out))
    kept = store.counts()["articles"]
    assert len(articles) // 2 <= kept < len(articles)
    for report in reports:
        assert report["bad"] == []  # every snapshot held whole batches only
        assert report["seen"] == sorted(report["seen"]) and report["seen"][-1] == kept
    assert any(0 < n < kept for report in reports for n in report["seen"])
    # The next run goes on from there and ends where a run without the kill ends.
    again = update_store(store, articles, versions=VERSIONS, batch_size=3)
    assert (again.extracted, again.unchanged) == (len(articles) - kept, kept)
    expected = extract_mentions(articles.sort_values("article_id"), pipelines)
    expected = expected.sort_values("article_id", kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(store.read_mentions(), expected)


# ----------------------------------------------------------------------------- corrections


@pytest.fixture
def built(tmp_path, articles) -> Store:
    store = Store(tmp_path / "s.duckdb")
    update_store(store, articles, versions=VERSIONS)
    build_store_incidents(store)
    return store


def _several_sources(table: pd.DataFrame) -> pd.Series:
    counts = table["sources"].str.count(";")
    return table[counts > 0].iloc[0]


def test_corrections_survive_reextraction_and_restarts(built, articles):
    table = built.read_incidents()
    target = _several_sources(table)
    first = built.correct(target["incident_id"], "killed", 99, author="ana")
    built.correct(
        target["incident_id"],
        "place",
        {"place": "Izmail", "country_code": "UA", "lat": 45.35, "lon": 28.84},
        author="ana",
    )
    # A new extractor for every language: all is extracted again and incidents rebuilt.
    new = {lang: v + "-new" for lang, v in VERSIONS.items()}
    assert update_store(built, articles, versions=new).extracted == len(articles)
    assert build_store_incidents(built)
    reopened = Store(built.path)
    row = reopened.read_incidents().set_index("incident_id").loc[target["incident_id"]]
    assert row["killed"] == 99 and row["place"] == "Izmail"
    assert row[corrections.CORRECTED] == "killed;place"
    stored = reopened.read_corrections()
    assert list(stored["author"]) == ["ana", "ana"] and not stored["reverted"].any()
    reopened.revert_correction(first, author="bob")
    row = reopened.read_incidents().set_index("incident_id").loc[target["incident_id"]]
    assert row["killed"] == target["killed"] or pd.isna(target["killed"])
    assert row[corrections.CORRECTED] == "place"
    fixes = reopened.read_corrections().set_index("correction_id")
    assert fixes.loc[first, "reverted"] and fixes.loc[first, "reverted_by"] == "bob"
    with pytest.raises(KeyError):
        reopened.revert_correction(first, author="bob")
    assert len(reopened.read_mentions()) > 0  # extracted data untouched by corrections


def test_merge_and_split_through_the_store(built):
    table = built.read_incidents()
    several = _several_sources(table)
    sources = several["sources"].split(";")
    built.split_incident(several["incident_id"], sources[:1], author="ana")
    after = built.read_incidents()
    assert len(after) == len(table) + 1
    new = after[after["sources"] == sources[0]]
    assert (new[corrections.CORRECTED] == "split").any()
    a, b = after["incident_id"].iloc[0], after["incident_id"].iloc[-1]
    built.merge_incidents(a, b, author="ana")
    merged = built.read_incidents()
    assert len(merged) == len(table)
    assert (merged[corrections.CORRECTED].str.contains("merge")).sum() == 1
    with pytest.raises(KeyError):
        built.correct("no-such-id", "killed", 1, author="ana")


# ----------------------------------------------------------------------------- dashboard


def test_the_dashboard_reads_many_incidents_and_the_map_groups_them(tmp_path):
    from components import charts
    from components.synthetic import synthetic_incidents

    table = synthetic_incidents(3000, seed=1)
    table[corrections.MEMBERS] = [
        corrections.dump_members({f"{i}:0:x": "en"}) for i in table["incident_id"]
    ]
    store = Store(tmp_path / "s.duckdb")
    store.replace_incidents(table, "state")
    read = store.read_incidents()
    assert corrections.MEMBERS not in read and (read[corrections.CORRECTED] == "").all()
    pd.testing.assert_frame_equal(
        read.drop(columns=corrections.CORRECTED),
        table.drop(columns=[corrections.CORRECTED, corrections.MEMBERS]),
    )
    fig = charts.incident_map(read, max_points=200)
    assert sum(len(t.lat) for t in fig.data) <= 200
    shown = [i for t in fig.data for c in t.customdata for i in c.split(";")]
    located = read[read["lat"].notna()]
    assert sorted(shown) == sorted(located["incident_id"])  # every incident in some marker
    assert "grouped" in fig.layout.annotations[-1].text
    group = next(c for t in fig.data for c in t.customdata if ";" in c)
    assert charts.selected_ids({"points": [{"customdata": group}]}) == tuple(group.split(";"))
    few = located.head(40)
    assert sum(len(t.lat) for t in charts.incident_map(few, max_points=200).data) == 40


def test_tables_kept_on_disk_are_those_of_the_generation_asked(built, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    first = built.generation()
    read = built.read_all_kept(first, folder)
    expected = built.read_all()
    for name, table in expected.items():
        pd.testing.assert_frame_equal(read[name], table)
    # The same generation comes from the file: the store is not read.
    with monkeypatch.context() as patch:
        patch.setattr(Store, "read_all", lambda *a, **k: pytest.fail("read the store"))
        again = built.read_all_kept(first, folder)
    pd.testing.assert_frame_equal(again["incidents"], expected["incidents"])
    # A write makes a new generation: read anew, the change seen.
    incident = expected["incidents"].iloc[0]["incident_id"]
    built.correct(incident, "killed", 77, author="analyst")
    second = built.generation()
    assert second != first
    fresh = built.read_all_kept(second, folder).get("incidents").set_index("incident_id")
    assert fresh.loc[incident, "killed"] == 77
    # A damaged file is read past.
    (kept,) = folder.glob("store-*.pkl")
    kept.write_bytes(b"not a pickle")
    damaged = built.read_all_kept(second, folder)["incidents"].set_index("incident_id")
    assert damaged.loc[incident, "killed"] == 77


def test_tables_are_kept_for_the_few_stores_read_last(tmp_path):
    from components.store import KEPT_STORES

    folder = tmp_path / "cache"
    stores = [Store(tmp_path / f"s{i}.duckdb") for i in range(KEPT_STORES + 2)]
    files = []
    for i, store in enumerate(stores[:KEPT_STORES]):
        store.migrate()
        before = set(folder.glob("store-*.pkl"))
        store.read_all_kept(store.generation(), folder)
        (new,) = set(folder.glob("store-*.pkl")) - before
        os.utime(new, (1000 + i, 1000 + i))  # read one after the other
        files.append(new)
    stores[0].read_all_kept(stores[0].generation(), folder)  # read again: recent again
    for store in stores[KEPT_STORES:]:
        store.migrate()
        store.read_all_kept(store.generation(), folder)
    kept = set(folder.glob("store-*.pkl"))
    assert len(kept) == KEPT_STORES
    assert files[0] in kept and files[3] in kept
    assert files[1] not in kept and files[2] not in kept  # read longest ago


def test_text_read_through_arrow_keeps_missing_values_missing_and_blanks_blank():
    arrow_text = pd.Series(
        ["Kyiv", None, ""], dtype=pd.StringDtype("pyarrow", na_value=float("nan"))
    )
    plain = pd.Series(["Kyiv", None, ""], dtype=object)
    table = pd.DataFrame({"incident_id": ["a", "b", "c"], "place": arrow_text})
    fast = schema.conform("incidents", table)["place"]
    slow = schema.conform("incidents", table.assign(place=plain))["place"]
    pd.testing.assert_series_equal(fast, slow)
    assert fast.dtype == schema.STRING and fast.isna().tolist() == [False, True, False]


def test_all_incidents_come_back_in_order_with_corrections_applied(tmp_path):
    from components.synthetic import synthetic_incidents

    made = synthetic_incidents(500, 2)
    made[corrections.MEMBERS] = [json.dumps({f"art{i}:0": "x"}) for i in range(len(made))]
    fixed = corrections.apply_corrections(made, [])
    assert fixed["incident_id"].tolist() == made["incident_id"].tolist()
    fix = corrections.make(made.iloc[3].to_dict(), "killed", 7, author="t")
    fix["correction_id"] = 1
    once = corrections.apply_corrections(made, [fix])
    assert once["incident_id"].tolist() == made["incident_id"].tolist()
    assert once.loc[3, "killed"] == 7 and once.loc[3, corrections.CORRECTED] == "killed"
