"""The incident store: one embedded DuckDB file with articles, mentions, incidents, corrections.

Path: ``--db`` on the command line, else the environment variable ``INCIDENTS_DB``, else
``data/incidents.duckdb``.

Tables (see :data:`MIGRATIONS` for their history):

* ``articles`` - the articles table, plus ``content_hash`` (of what extraction reads: text,
  date, language) and ``row_hash`` (of the whole row);
* ``mentions`` - the mentions table, plus ``seq``, the mention's place in its article;
* ``candidates`` - per article, its incidents before merging (pickled
  ``components.incidents.Candidate`` list): made by the extraction workers, merged centrally;
* ``extractions`` - which content of which article was extracted by which extractor version,
  with the number of mentions it gave; an article is extracted again only when its content
  hash or its language's version differs (see ``components.parallel.language_versions``);
* ``incidents`` - the incidents table as built, plus ``members`` (JSON member key ->
  language; see :mod:`components.corrections`);
* ``corrections`` - the analyst's corrections, never touched by extraction;
* ``meta`` - ``schema_version``, and ``incidents_state``: the extraction state the incidents
  were built from, so an unchanged store is not rebuilt.

Concurrency. DuckDB lets one process open a database file for writing, and while it does no
other process can open the file at all; several processes may open it read-only together. So
every connection here is short-lived: a writer opens the file for one transaction (a batch of
articles, the incidents, one correction) and closes it; a reader opens it read-only, reads
what it needs inside one transaction and closes it. A process that finds the file locked
waits and tries again, backing off, up to a timeout. A reader and a writer never hold the file
at the same time, so a reader always sees whole committed batches: its tables agree with each
other. A writer waits in a turnstile (an OS lock on ``<file>.gate``) that readers pass only to
connect, so a stream of readers cannot keep it out for ever. Within one process a lock per
file serialises connections (DuckDB refuses to open one file twice in a process with
different settings).

Crash safety. A batch is written in one transaction; killing the writer loses at most the
batch under way, and the next run finds the articles that are still to do.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import pickle
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

try:
    import fcntl
except ImportError:  # Windows: no turnstile, the retries alone
    fcntl = None

from components import corrections, schema
from components.kept import drop_oldest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT / "data" / "incidents.duckdb"
PATH_ENV = "INCIDENTS_DB"
KEPT_STORES = 4  # stores whose last read tables stay on disk (read_all_kept)

_SQL_TYPES = {
    schema.STRING: "VARCHAR",
    schema.INT: "BIGINT",
    schema.FLOAT: "DOUBLE",
    schema.BOOL: "BOOLEAN",
    schema.DATE: "TIMESTAMP",
}
_ARTICLE_EXTRA = {"content_hash": "VARCHAR", "row_hash": "VARCHAR"}
_LOCK_WORDS = ("lock", "Conflicting")


class StoreLocked(TimeoutError):
    """Another process held the database file for longer than the timeout."""


class StoreVersionError(RuntimeError):
    """The file was written by a newer program, with a schema this one does not know."""


def default_path() -> Path:
    return Path(os.environ.get(PATH_ENV) or DEFAULT_PATH)


def content_hash(text: Any, published: Any, language: Any) -> str:
    """Hash of what extraction reads from an article."""
    day = "" if published is None or pd.isna(published) else pd.Timestamp(published).isoformat()
    parts = ["" if v is None or pd.isna(v) else str(v) for v in (text, language)]
    payload = json.dumps([parts[0], day, parts[1]], ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8", "surrogatepass")).hexdigest()


HASHES = ("content_hash", "row_hash")


def _article_hashes(articles: pd.DataFrame) -> pd.DataFrame:
    """Each article's ``content_hash`` and ``row_hash`` (of all its columns), taken from the
    frame where it already carries them (see :meth:`Store.plan`)."""
    if all(_carries(articles, column) for column in HASHES):
        return articles[list(HASHES)].astype(object).reset_index(drop=True)
    return _hashes(articles)


def _hashes(articles: pd.DataFrame) -> pd.DataFrame:
    contents = [
        content_hash(t, p, lang)
        for t, p, lang in zip(
            articles["text"], articles["published"], articles["language"], strict=True
        )
    ]
    rows = [_row_hash(r) for r in _article_rows(articles)]
    return pd.DataFrame({"content_hash": contents, "row_hash": rows}, dtype=object)


def _carries(articles: pd.DataFrame, column: str) -> bool:
    return column in articles and bool(articles[column].notna().all())


def _row_hash(row: Iterable[Any]) -> str:
    values = [None if v is None or pd.isna(v) else str(v) for v in row]
    payload = json.dumps(values, ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8", "surrogatepass")).hexdigest()


def _columns_sql(columns: Mapping[str, str]) -> str:
    return ", ".join(f'"{name}" {_SQL_TYPES[dtype]}' for name, dtype in columns.items())


# ----------------------------------------------------------------------------- schema history


def _v1(con: duckdb.DuckDBPyConnection) -> None:
    """Articles, mentions and incidents as in ``schema``, and what was extracted."""
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(f"CREATE TABLE articles ({_columns_sql(schema.ARTICLES)}, content_hash VARCHAR)")
    con.execute(f"CREATE TABLE mentions ({_columns_sql(schema.MENTIONS)})")
    con.execute(f"CREATE TABLE incidents ({_columns_sql(schema.INCIDENTS)})")
    con.execute(
        "CREATE TABLE extractions (article_id VARCHAR, content_hash VARCHAR, language VARCHAR, "
        "version VARCHAR, extracted_at TIMESTAMP)"
    )


def _v2(con: duckdb.DuckDBPyConnection) -> None:
    """Candidates made by the workers, corrections, member keys, mention order, row hashes.

    Articles extracted under v1 have no candidates: their extraction records are dropped so
    that the next run extracts them again (their rows and mentions stay until then).
    """
    con.execute("ALTER TABLE mentions ADD COLUMN seq INTEGER")
    con.execute(
        "UPDATE mentions SET seq = ranked.n FROM (SELECT rowid AS r, row_number() OVER "
        "(PARTITION BY article_id ORDER BY start, kind) - 1 AS n FROM mentions) AS ranked "
        "WHERE mentions.rowid = ranked.r"
    )
    con.execute("ALTER TABLE articles ADD COLUMN row_hash VARCHAR")
    con.execute("ALTER TABLE extractions ADD COLUMN n_mentions INTEGER")
    con.execute("DELETE FROM extractions")
    con.execute("CREATE TABLE candidates (article_id VARCHAR, data BLOB)")
    con.execute("ALTER TABLE incidents ADD COLUMN members VARCHAR")
    con.execute("ALTER TABLE incidents ADD COLUMN position INTEGER")
    con.execute("DELETE FROM meta WHERE key = 'incidents_state'")
    con.execute("CREATE SEQUENCE IF NOT EXISTS correction_ids START 1")
    columns = dict(corrections.COLUMNS)
    columns.pop("correction_id")
    con.execute(
        "CREATE TABLE corrections (correction_id BIGINT DEFAULT nextval('correction_ids'), "
        f"{_columns_sql(columns)})"
    )


# Each step takes a file from version i to i + 1; a new file runs them all.
MIGRATIONS: tuple[Callable[[duckdb.DuckDBPyConnection], None], ...] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


def _version(con: duckdb.DuckDBPyConnection) -> int:
    has_meta = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND table_name = 'meta'"
    ).fetchall()[0][0]
    if not has_meta:  # a new file
        return 0
    row = _first(con.execute("SELECT value FROM meta WHERE key = 'schema_version'"))
    return int(row[0]) if row else 0


def migrate(
    con: duckdb.DuckDBPyConnection, target: int = SCHEMA_VERSION, *, columns: bool = True
) -> int:
    """Bring the file to version ``target`` (in the open transaction); returns the old one.

    At the current version, columns added to ``schema`` since are added too (``columns``).
    """
    found = _version(con)
    if found > SCHEMA_VERSION:
        raise StoreVersionError(
            f"the store has schema version {found}; this program knows up to {SCHEMA_VERSION}"
        )
    for step in range(found, target):
        MIGRATIONS[step](con)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(step + 1)])
    if target == SCHEMA_VERSION and (columns or found < target):
        _add_new_columns(con)
    return found


def _add_new_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Columns added to ``schema`` since the file was made: added, empty (their data comes
    with the next extraction, since the extraction code changed with them)."""
    have: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE database_name = current_database()"
    ).fetchall():
        have.setdefault(table, set()).add(column)
    for table, columns in schema.TABLES.items():
        for name, dtype in columns.items():
            if name not in have.get(table, set()):
                con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {_SQL_TYPES[dtype]}')


# ----------------------------------------------------------------------------- connections

_PROCESS_LOCKS: dict[str, threading.RLock] = {}
_PROCESS_LOCKS_GUARD = threading.Lock()


def _process_lock(path: Path) -> threading.RLock:
    key = os.path.realpath(path)
    with _PROCESS_LOCKS_GUARD:
        return _PROCESS_LOCKS.setdefault(key, threading.RLock())


@contextlib.contextmanager
def _turnstile(path: Path, deadline: float) -> Iterator[None]:
    """Hold the file's turnstile (``<file>.gate``) while waiting for DuckDB's lock.

    Readers pass it only to connect, so a writer waiting in it keeps new readers out until
    those already reading are done; without it, readers taking turns could keep a busy file
    locked for ever and the writer would starve.
    """
    try:
        handle = open(f"{path}.gate", "a+b") if fcntl is not None else None  # noqa: SIM115
    except OSError:  # a folder we may not write to: readers only
        handle = None
    if handle is None:
        yield
        return
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreLocked(f"{path}: others kept waiting to use it") from None
                time.sleep(0.002 + 0.008 * random.random())
        yield
    finally:
        handle.close()  # releases the lock


def _is_lock_error(exc: Exception) -> bool:
    return isinstance(exc, duckdb.IOException) and any(w in str(exc) for w in _LOCK_WORDS)


@dataclass
class Plan:
    """What a load of articles asks of the extractor."""

    pending: pd.DataFrame  # articles (with text) to extract, loaded or already stored
    unchanged: int  # loaded articles whose extraction is up to date
    removed: int  # stored articles dropped: their file was read again without them
    states: tuple[str, str | None]  # Store.states() once the plan was recorded


class Store:
    """The database file; every method opens it briefly and closes it again."""

    def __init__(self, path: str | Path | None = None, *, timeout: float = 120.0) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.timeout = timeout
        self._columns_checked = False  # the file's columns were compared with ``schema``
        self._untouched = False  # the write under way changed nothing (set by the writer)
        self._seen: tuple[list[Any], str] | None = None  # file state and generation seen

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    def exists(self) -> bool:
        return self.path.exists()

    # -------------------------------------------------------------- connections

    def _open(self, *, write: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.timeout
        delay = 0.005
        with _turnstile(self.path, deadline):
            while True:
                try:
                    return duckdb.connect(str(self.path), read_only=not write)
                except duckdb.IOException as exc:
                    if not _is_lock_error(exc):
                        raise
                    if time.monotonic() >= deadline:
                        raise StoreLocked(f"{self.path} stayed locked: {exc}") from exc
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 1.5, 0.1)

    @contextlib.contextmanager
    def connect(self, *, write: bool, upgrade: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection inside one transaction, committed and closed on leaving.

        A writer first brings the file to the current schema (unless ``upgrade`` is false); a
        reader that finds an older one has it upgraded first.
        """
        if write:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        elif not self.exists():
            raise FileNotFoundError(self.path)
        with _process_lock(self.path):
            con = self._open(write=write)
            try:
                if not write and _version(con) != SCHEMA_VERSION:
                    con.close()
                    self.migrate()
                    con = self._open(write=False)
                con.execute("BEGIN TRANSACTION")
                migrated = False
                if write and upgrade:
                    migrated = migrate(con, columns=not self._columns_checked) < SCHEMA_VERSION
                self._untouched = False
                yield con
                if write and (migrated or not self._untouched):
                    _new_generation(con)
                con.execute("COMMIT")
                self._columns_checked |= write and upgrade
            except BaseException:
                with contextlib.suppress(duckdb.Error):
                    con.execute("ROLLBACK")
                raise
            finally:
                con.close()

    def migrate(self, target: int = SCHEMA_VERSION) -> int:
        """Bring the file to schema ``target``; returns the version it had."""
        with self.connect(write=True, upgrade=False) as con:
            return migrate(con, target)

    @contextlib.contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection | None]:
        """A read-only connection, or None when the file does not exist yet."""
        if not self.exists():
            yield None
            return
        with self.connect(write=False) as con:
            yield con

    def generation(self, *, settle: float = 2.0) -> str:
        """A token that changes with every committed write ("" while there is no file).

        Cheap when nothing changed: the file is opened only when it or its write-ahead log
        (size, times, inode) differ from the last call. A file modified in the last ``settle``
        seconds is always opened: file systems keep times in coarse ticks, so two writes
        close together may leave the same ones.
        """
        mark: list[Any] = []
        settled = True
        now = time.time()
        for path in (self.path, Path(f"{self.path}.wal")):
            try:
                stat = path.stat()
            except OSError:
                mark.append(None)
                continue
            mark.append((stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns))
            settled &= now - max(stat.st_mtime, stat.st_ctime) >= settle
        seen = self._seen
        if seen is not None and seen[0] == mark:
            return seen[1]
        token = ""
        with self.reading() as con:
            if con is not None:
                row = _first(con.execute("SELECT value FROM meta WHERE key = 'generation'"))
                token = row[0] if row else "-"
        self._seen = (mark, token) if settled else None
        return token

    # -------------------------------------------------------------- extraction

    def plan(
        self,
        articles: pd.DataFrame,
        versions: Mapping[str, str],
        *,
        folders: Sequence[str | Path] = (),
    ) -> Plan:
        """Record loaded articles and find those to extract (new, changed, or whose
        language's extractor version changed, stored ones included).

        Loaded articles that need no extraction are written here; those to extract are
        written with their mentions (:meth:`commit_batches`). A source read again replaces
        what was read from it before: its stored articles missing now are removed. So are
        the stored articles of files under ``folders`` (the folders read, whole) that were
        not read now: files deleted from them.
        """
        loaded = articles.reset_index(drop=True)
        extractable = _extractable(loaded, versions)
        info = pd.DataFrame(
            {
                "article_id": loaded["article_id"].astype(object),
                "source_path": loaded["source_path"].astype(object),
                **_hashes(loaded).to_dict("series"),  # made anew: never trusted
                "version": [
                    versions.get(str(lang)) if ok else None
                    for lang, ok in zip(loaded["language"], extractable, strict=True)
                ],
            }
        )
        with self.connect(write=True) as con:
            con.register("loaded", info)
            removed = con.execute(
                "SELECT article_id FROM articles WHERE source_path IN "
                "(SELECT DISTINCT source_path FROM loaded) "
                "AND article_id NOT IN (SELECT article_id FROM loaded)"
            ).fetchall()
            for folder in folders:  # as the loader writes the paths of the files it reads
                removed += con.execute(
                    "SELECT article_id FROM articles WHERE starts_with(source_path, ?) "
                    "AND source_path NOT IN (SELECT DISTINCT source_path FROM loaded)",
                    [os.path.join(str(Path(folder)), "")],
                ).fetchall()
            changed = _delete(con, [r[0] for r in removed], tables=_ALL_ARTICLE_TABLES)
            done = {
                row[0]
                for row in con.execute(
                    "SELECT l.article_id FROM loaded l JOIN extractions e ON "
                    "e.article_id = l.article_id AND e.content_hash = l.content_hash "
                    "AND e.version = l.version"
                ).fetchall()
            }
            todo = extractable & ~info["article_id"].isin(done)
            changed_rows = {
                row[0]
                for row in con.execute(
                    "SELECT l.article_id FROM loaded l LEFT JOIN articles a "
                    "ON a.article_id = l.article_id "
                    "WHERE a.row_hash IS DISTINCT FROM l.row_hash"
                ).fetchall()
            }
            # Rows that change without extraction: new metadata, errors, other languages.
            write = ~todo & info["article_id"].isin(changed_rows)
            not_extracted = list(info.loc[~extractable, "article_id"])
            changed += _delete(con, not_extracted, tables=("mentions", "candidates", "extractions"))
            changed += _delete(con, list(info.loc[write, "article_id"]), tables=("articles",))
            changed += int(write.sum())
            _insert_articles(con, loaded[write.to_numpy()], info[write])
            stale, orphans = _unloaded_to_update(con, versions)
            changed += _delete(con, orphans, tables=("mentions", "candidates", "extractions"))
            states = (_extraction_state(con), _incidents_state(con))
            if not changed:  # an unchanged corpus leaves the file's generation as it was
                self._untouched = True
        pending = pd.concat(
            [loaded[todo.to_numpy()], schema.conform("articles", stale)], ignore_index=True
        )
        pending = schema.conform("articles", pending)
        # The hashes made here travel with the articles to their commit (stale ones have none).
        hashed = info[todo.to_numpy()].reset_index(drop=True)
        for column in HASHES:
            pending[column] = pd.Series(hashed[column], dtype=object).reindex(pending.index)
        return Plan(
            pending=pending,
            unchanged=int((extractable & ~todo).sum()),
            removed=len(removed),
            states=states,
        )

    def commit_batches(
        self,
        batches: Sequence[tuple[pd.DataFrame, pd.DataFrame, Mapping[str, bytes]]],
        versions: Mapping[str, str],
    ) -> None:
        """Write several batches (articles, mentions, candidates) in one transaction: opening
        the file and checkpointing it on close cost more than writing a batch."""
        if not batches:
            return
        # One insert per table: each insert has a fixed cost well above a batch's rows.
        articles = pd.concat([b[0] for b in batches], ignore_index=True)
        mentions = pd.concat([b[1] for b in batches], ignore_index=True)
        candidates = {k: v for b in batches for k, v in b[2].items()}
        with self.connect(write=True) as con:
            _write_batch(con, articles, mentions, candidates, versions)

    def extraction_state(self) -> str:
        """A digest of what was extracted (articles, contents, versions)."""
        with self.reading() as con:
            return "" if con is None else _extraction_state(con)

    def candidate_blobs(self) -> list[tuple[str, bytes]]:
        """(article_id, pickled candidates) of every extracted article, by article id."""
        with self.reading() as con:
            if con is None:
                return []
            rows = con.execute(
                "SELECT c.article_id, c.data FROM candidates c JOIN extractions e "
                "USING (article_id) ORDER BY c.article_id"
            ).fetchall()
        return [(str(a), bytes(b)) for a, b in rows]

    def incidents_state(self) -> str | None:
        """The extraction state the stored incidents were built from."""
        with self.reading() as con:
            if con is None:
                return None
            return _incidents_state(con)

    def states(self) -> tuple[str, str | None]:
        """:meth:`extraction_state` and :meth:`incidents_state`, read together."""
        with self.reading() as con:
            if con is None:
                return "", None
            return _extraction_state(con), _incidents_state(con)

    def replace_incidents(self, incidents: pd.DataFrame, state: str) -> None:
        """Put the incidents just built (with ``members``) in place of the old ones."""
        with self.connect(write=True) as con:
            con.execute("DELETE FROM incidents")
            rows = incidents.reset_index(drop=True)
            rows["position"] = range(len(rows))
            _insert(con, "incidents", rows, [*schema.INCIDENTS, corrections.MEMBERS, "position"])
            con.execute("INSERT OR REPLACE INTO meta VALUES ('incidents_state', ?)", [state])

    # -------------------------------------------------------------- reading

    def counts(self) -> dict[str, int]:
        with self.reading() as con:
            if con is None:
                return dict.fromkeys((*schema.TABLES, "corrections"), 0)
            return {
                name: int(con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0])
                for name in (*schema.TABLES, "corrections")
            }

    def read_articles(self, ids: Sequence[str] | None = None, *, text: bool = True) -> pd.DataFrame:
        with self.reading() as con:
            return _read_articles(con, ids, text=text)

    def read_mentions(self, article_ids: Sequence[str] | None = None) -> pd.DataFrame:
        with self.reading() as con:
            return _read_mentions(con, article_ids)

    def read_corrections(self) -> pd.DataFrame:
        with self.reading() as con:
            return _read_corrections(con)

    def read_incidents(self, *, corrected: bool = True, members: bool = False) -> pd.DataFrame:
        """The incidents, with the analyst's corrections applied unless ``corrected`` is false.

        ``members`` adds the column of member keys (see :mod:`components.corrections`).
        """
        with self.reading() as con:
            table = _read_incidents(con)
            fixes = _read_corrections(con) if corrected else None
        if fixes is not None:
            table = corrections.apply_corrections(table, fixes)
        return table if members else table.drop(columns=corrections.MEMBERS)

    def read_all(self, *, text: bool = True) -> dict[str, pd.DataFrame]:
        """Articles, mentions, corrected incidents and corrections of one moment, and the
        active corrections whose incident is gone (``unapplied``)."""
        with self.reading() as con:
            articles = _read_articles(con, None, text=text)
            mentions = _read_mentions(con, None)
            extracted = _read_incidents(con)
            fixes = _read_corrections(con)
        incidents = corrections.apply_corrections(extracted, fixes)
        return {
            "articles": articles,
            "mentions": mentions,
            "incidents": incidents.drop(columns=corrections.MEMBERS),
            "corrections": fixes,
            "unapplied": corrections.unapplied(extracted, fixes),
        }

    def read_all_kept(self, generation: str, folder: Path) -> dict[str, pd.DataFrame]:
        """:meth:`read_all` as of ``generation`` (:meth:`generation`), kept in a file under
        ``folder`` with that token: a later process reading the same generation loads the
        file (a fiftieth of the time at 100,000 incidents). Generations are never reused,
        so a kept file is either exactly this store's state or is read anew."""
        if not generation:  # no file yet
            return self.read_all()
        name = hashlib.sha1(str(self.path.resolve()).encode()).hexdigest()[:16]
        kept = folder / f"store-{name}.pkl"
        try:
            with kept.open("rb") as handle:
                found, tables = pickle.load(handle)  # written by this method only
            if found == generation:
                with contextlib.suppress(OSError):
                    kept.touch()  # recently read: the last to be dropped
                return tables
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
            pass
        tables = self.read_all()
        with contextlib.suppress(OSError):  # a read-only folder only costs the next read
            folder.mkdir(parents=True, exist_ok=True)
            partial = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
            with partial.open("wb") as handle:
                pickle.dump((generation, tables), handle, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(kept)
            # One file per store read: those of the stores read longest ago go.
            drop_oldest(folder, KEPT_STORES, pattern="store-*.pkl")
        return tables

    # -------------------------------------------------------------- corrections

    def _incident(self, incident_id: str) -> dict[str, Any]:
        table = self.read_incidents(members=True)
        found = table[table["incident_id"] == incident_id]
        if found.empty:
            raise KeyError(f"no incident {incident_id!r}")
        return found.iloc[0].to_dict()

    def add_correction(self, record: Mapping[str, Any]) -> int:
        """Store a record made by :func:`components.corrections.make`; returns its id."""
        row = corrections.frame([record]).drop(columns=["correction_id"])
        with self.connect(write=True) as con:
            con.register("new_correction", row)
            names = ", ".join(f'"{c}"' for c in row.columns)
            found = con.execute(
                f"INSERT INTO corrections ({names}) SELECT {names} FROM new_correction "
                "RETURNING correction_id"
            ).fetchall()[0]
        return int(found[0])

    def correct(self, incident_id: str, field: str, value: Any, *, author: str) -> int:
        """Set a field (``date``, ``place``, ``killed``, ``injured``, ``incident_type``)."""
        incident = self._incident(incident_id)
        return self.add_correction(corrections.make(incident, field, value, author=author))

    def merge_incidents(self, incident_id: str, other_id: str, *, author: str) -> int:
        """Merge ``other_id`` into ``incident_id``."""
        incident = self._incident(incident_id)
        other = corrections.parse_members(self._incident(other_id)[corrections.MEMBERS])
        return self.add_correction(corrections.make(incident, "merge", other, author=author))

    def split_incident(self, incident_id: str, article_ids: Iterable[str], *, author: str) -> int:
        """Make a new incident of what the given source articles tell."""
        incident = self._incident(incident_id)
        wanted = set(article_ids)
        keys = [
            key
            for key in corrections.parse_members(incident[corrections.MEMBERS])
            if key.rsplit(":", 2)[0] in wanted
        ]
        return self.add_correction(corrections.make(incident, "split", keys, author=author))

    def revert_correction(self, correction_id: int, *, author: str) -> None:
        with self.connect(write=True) as con:
            found = con.execute(
                "UPDATE corrections SET reverted = true, reverted_at = ?, reverted_by = ? "
                "WHERE correction_id = ? AND NOT coalesce(reverted, false) "
                "RETURNING correction_id",
                [dt.datetime.now(dt.UTC).replace(tzinfo=None), author, int(correction_id)],
            ).fetchall()
        if not found:
            raise KeyError(f"no active correction {correction_id}")


# ----------------------------------------------------------------------------- helpers


def _first(result: duckdb.DuckDBPyConnection) -> tuple | None:
    """The first row of a result, reading it to the end (DuckDB refuses other work on a
    connection while a result is unfinished)."""
    rows = result.fetchall()
    return rows[0] if rows else None


def _extraction_state(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute(
        "SELECT count(*), md5(coalesce(string_agg(article_id || ':' || content_hash "
        "|| ':' || version, ',' ORDER BY article_id), '')) FROM extractions"
    ).fetchall()[0]
    return f"{row[0]}:{row[1]}"


def _new_generation(con: duckdb.DuckDBPyConnection) -> None:
    """Mark a write, so readers holding tables of the file know to read them again."""
    con.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", [os.urandom(8).hex()])


def _incidents_state(con: duckdb.DuckDBPyConnection) -> str | None:
    row = _first(con.execute("SELECT value FROM meta WHERE key = 'incidents_state'"))
    return row[0] if row else None


_ALL_ARTICLE_TABLES = ("articles", "mentions", "candidates", "extractions")


def _extractable(articles: pd.DataFrame, versions: Mapping[str, str]) -> pd.Series:
    has_text = articles["text"].fillna("").str.strip().str.len() > 0
    known = articles["language"].isin(list(versions))
    return (has_text & known).fillna(False).astype(bool).reset_index(drop=True)


def _article_rows(articles: pd.DataFrame) -> Iterator[tuple]:
    return articles[list(schema.ARTICLES)].itertuples(index=False, name=None)


def _in_list(values: Iterable[str]) -> str:
    quoted = ["'" + str(v).replace("'", "''") + "'" for v in values]
    return ", ".join(quoted) if quoted else "NULL"


def _unloaded_to_update(
    con: duckdb.DuckDBPyConnection, versions: Mapping[str, str]
) -> tuple[pd.DataFrame, list[str]]:
    """Stored articles, not loaded now, whose extraction is missing or out of date (stale:
    to extract again), and those that cannot be extracted any more (blank, or a language no
    extractor reads): their extracted rows go.

    Only articles lacking a current extraction are looked at, found without reading any
    text: reading every article's text cost 0.6 s at 100,000 articles."""
    if not versions:  # no extractor at all (a broken install): nothing is judged
        return schema.empty("articles"), []
    con.register(
        "current_versions",
        pd.DataFrame({"language": list(versions), "version": list(versions.values())}),
    )
    due = con.execute(
        "SELECT a.article_id FROM articles a "
        "LEFT JOIN current_versions v ON v.language = a.language "
        "LEFT JOIN extractions e ON e.article_id = a.article_id "
        "WHERE a.article_id NOT IN (SELECT article_id FROM loaded) "
        "AND (v.version IS NULL OR e.version IS DISTINCT FROM v.version "
        "OR e.content_hash IS DISTINCT FROM a.content_hash)"
    ).df()
    if due.empty:
        return schema.empty("articles"), []
    con.register("due_ids", due)
    rows = con.execute(
        "SELECT a.* EXCLUDE (content_hash, row_hash), "
        "trim(coalesce(a.text, '')) <> '' AND v.version IS NOT NULL AS extractable "
        "FROM articles a JOIN due_ids d ON d.article_id = a.article_id "
        "LEFT JOIN current_versions v ON v.language = a.language ORDER BY a.article_id"
    ).df()
    extractable = rows.pop("extractable").astype(bool)
    orphans = list(rows.loc[~extractable, "article_id"])
    return schema.conform("articles", rows[extractable]), orphans


def _delete(
    con: duckdb.DuckDBPyConnection,
    ids: Sequence[str],
    *,
    tables: Sequence[str],
    unless_new: bool = False,
) -> int:
    """Delete the rows of these articles; ``unless_new``: look first whether any is stored
    (every table's rows of an article come and go with its row in ``articles``). Returns the
    number of rows deleted."""
    if not len(ids):
        return 0
    con.register("gone_ids", pd.DataFrame({"article_id": list(ids)}))
    if (
        unless_new
        and not con.execute(
            "SELECT count(*) FROM articles WHERE article_id IN (SELECT article_id FROM gone_ids)"
        ).fetchall()[0][0]
    ):
        con.unregister("gone_ids")
        return 0
    deleted = 0
    for table in tables:
        deleted += con.execute(
            f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM gone_ids)"
        ).fetchall()[0][0]
    con.unregister("gone_ids")
    return deleted


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, data: pd.DataFrame, columns: Sequence[str]
) -> None:
    if data.empty:
        return
    con.register("new_rows", data)
    names = ", ".join(f'"{c}"' for c in columns)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM new_rows")
    con.unregister("new_rows")


def _write_batch(
    con: duckdb.DuckDBPyConnection,
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    candidates: Mapping[str, bytes],
    versions: Mapping[str, str],
) -> None:
    ids = list(articles["article_id"])
    info = _article_hashes(articles)
    hashes = list(info["content_hash"])
    counts = mentions.groupby("article_id").size() if len(mentions) else pd.Series()
    now = pd.Timestamp(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    done = pd.DataFrame(
        {
            "article_id": ids,
            "content_hash": hashes,
            "language": list(articles["language"].astype(object)),
            "version": [versions[str(lang)] for lang in articles["language"]],
            "extracted_at": now,
            "n_mentions": [int(counts.get(i, 0)) for i in ids],
        }
    )
    blobs = pd.DataFrame(
        {"article_id": list(candidates), "data": [bytes(b) for b in candidates.values()]}
    )
    _delete(con, ids, tables=_ALL_ARTICLE_TABLES, unless_new=True)
    _insert_articles(con, articles, info)
    _insert(con, "mentions", mentions, [*schema.MENTIONS, "seq"])
    _insert(con, "candidates", blobs, ["article_id", "data"])
    _insert(con, "extractions", done, list(done.columns))


def _insert_articles(
    con: duckdb.DuckDBPyConnection, articles: pd.DataFrame, info: pd.DataFrame
) -> None:
    if articles.empty:
        return
    rows = schema.conform("articles", articles.reset_index(drop=True))
    rows["content_hash"] = list(info["content_hash"])
    rows["row_hash"] = list(info["row_hash"])
    _insert(con, "articles", rows, [*schema.ARTICLES, *_ARTICLE_EXTRA])


def _id_filter(con: duckdb.DuckDBPyConnection, ids: Sequence[str] | None) -> str:
    if ids is None:
        return ""
    con.register("wanted_ids", pd.DataFrame({"article_id": list(ids)}, dtype=object))
    return " WHERE article_id IN (SELECT article_id FROM wanted_ids)"


def _present(con: duckdb.DuckDBPyConnection, table: str, columns: Iterable[str]) -> list[str]:
    """Those of ``columns`` the file's table has: a file not yet upgraded lacks the newest
    (a reader does not add them; the next writer does), and reading fills them empty."""
    have = {
        row[0]
        for row in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
            "AND table_name = ?",
            [table],
        ).fetchall()
    }
    return [c for c in columns if c in have]


def _frame(con: duckdb.DuckDBPyConnection, query: str) -> pd.DataFrame:
    """A query's rows through Arrow: its text columns arrive Arrow-backed, which
    :func:`schema.conform` keeps as they are (at 100,000 incidents 0.1 s where ``.df()`` and
    a cast of each string take 0.5 s)."""
    return con.sql(query).to_arrow_table().to_pandas()


def _read_articles(
    con: duckdb.DuckDBPyConnection | None, ids: Sequence[str] | None, *, text: bool
) -> pd.DataFrame:
    if con is None:
        return schema.empty("articles")
    columns = [c for c in _present(con, "articles", schema.ARTICLES) if text or c != "text"]
    names = ", ".join(f'"{c}"' for c in columns)
    where = _id_filter(con, ids)
    data = _frame(con, f"SELECT {names} FROM articles{where} ORDER BY article_id")
    return schema.conform("articles", data)


def _read_mentions(
    con: duckdb.DuckDBPyConnection | None, article_ids: Sequence[str] | None
) -> pd.DataFrame:
    if con is None:
        return schema.empty("mentions")
    names = ", ".join(f'"{c}"' for c in _present(con, "mentions", schema.MENTIONS))
    where = _id_filter(con, article_ids)
    data = _frame(con, f"SELECT {names} FROM mentions{where} ORDER BY article_id, seq")
    return schema.conform("mentions", data)


def _read_incidents(con: duckdb.DuckDBPyConnection | None) -> pd.DataFrame:
    if con is None:
        table = schema.empty("incidents")
        table[corrections.MEMBERS] = pd.Series(dtype=schema.STRING)
        return table
    wanted = [*schema.INCIDENTS, corrections.MEMBERS]
    names = ", ".join(f'"{c}"' for c in _present(con, "incidents", wanted))
    data = _frame(con, f"SELECT {names} FROM incidents ORDER BY position")
    table = schema.conform("incidents", data)
    table[corrections.MEMBERS] = data[corrections.MEMBERS].astype(schema.STRING).to_numpy()
    return table


def _read_corrections(con: duckdb.DuckDBPyConnection | None) -> pd.DataFrame:
    if con is None:
        return corrections.empty()
    data = con.execute("SELECT * FROM corrections ORDER BY correction_id").df()
    return corrections.frame(data.to_dict("records"))
