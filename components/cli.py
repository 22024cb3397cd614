"""Command line: ``python -m components extract [INPUT ...] --out DIR [--db FILE]``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from components import loading, schema
from components.parallel import (
    BATCH_SIZE,
    build_options,
    build_store_incidents,
    inputs_key,
    language_versions,
    mark_synced,
    update_store,
)
from components.store import PATH_ENV, Store, StoreLocked, StoreVersionError, default_path

DEFAULT_INPUT = Path(__file__).resolve().parent.parent / "data" / "articles"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m components",
        description="Extract dates, places and casualties from news articles into incidents.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract",
        help="read articles into the store and write articles.csv, mentions.csv, incidents.csv",
        description=(
            "Read articles (.txt/.md with an optional 'date YYYY-MM-DD' first line, .json, "
            ".jsonl, .csv, or folders of them) into the store, extract what is new or changed, "
            "rebuild the incidents, and write the store's tables to DIR/articles.csv, "
            "DIR/mentions.csv and DIR/incidents.csv (with the analyst's corrections applied "
            "and marked in the column 'corrected'). A file that cannot be read becomes a row "
            "with an error; the others are still processed. The store keeps the articles of "
            "earlier runs; a file read again replaces what was read from it before."
        ),
    )
    extract.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help=f"files or folders to read (default: {DEFAULT_INPUT})",
    )
    extract.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    extract.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        help=f"the store, a DuckDB file (default: ${PATH_ENV}, else {default_path()})",
    )
    extract.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="extract on N processes (default: 1, in this process)",
    )
    extract.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:port)",
    )
    extract.add_argument(
        "--batch-size",
        type=int,
        default=BATCH_SIZE,
        metavar="N",
        help=f"articles per batch; each batch is committed on its own (default: {BATCH_SIZE})",
    )
    extract.add_argument(
        "--online-geocoder",
        action="store_true",
        help="ask OpenStreetMap Nominatim for places the bundled gazetteer lacks (needs internet)",
    )
    return parser


def _write(table: pd.DataFrame, path: Path) -> None:
    table.to_csv(path, index=False, encoding="utf-8", date_format="%Y-%m-%d")


def _geocoder_factory(online: bool):
    def make():
        from components.gazetteer import Gazetteer
        from components.geocoding import make_geocoder

        return make_geocoder(Gazetteer.load(), online=online or None)

    return make


def run_extract(
    inputs: Sequence[Path],
    out: Path,
    *,
    online: bool = False,
    db: Path | None = None,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int = BATCH_SIZE,
) -> str:
    """Load, extract what the store lacks, rebuild incidents, write the CSV files.

    Returns the summary line. A run over the inputs, extractor and store of the run that
    wrote the CSV files in ``out`` has nothing to do, and does nothing.
    """
    from components.settings import online_enabled

    store = Store(db)
    options = build_options(online_enabled(online or None))
    versions = language_versions()
    key = inputs_key(loading.fingerprint(inputs), versions, options)
    out.mkdir(parents=True, exist_ok=True)
    record = _written(store, out)
    if record is not None and record.get("inputs") == key:
        _mark_folder(store, inputs, key)
        return _summary(record, out, store, f"0 extracted, {record['unchanged']} unchanged")

    articles = loading.load_paths(inputs)
    update = update_store(
        store,
        articles,
        workers=workers,
        dask=dask,
        batch_size=batch_size,
        versions=versions,
        folders=[p for p in inputs if Path(p).is_dir()],
    )
    build_store_incidents(
        store,
        geocoder_factory=_geocoder_factory(online),
        options=options,
        states=update.states,
    )
    # The files stay when the store is as they hold it (nothing new was read).
    if record is None or record["generation"] != store.generation():
        record = _write_tables(store, out)
    record.update(inputs=key, unchanged=update.extracted + update.unchanged)
    (out / WRITTEN).write_text(json.dumps(record), encoding="utf-8")
    _mark_folder(store, inputs, key)
    removed = f", {update.removed} removed" if update.removed else ""
    done = f"{update.extracted} extracted, {update.unchanged} unchanged{removed}"
    return _summary(record, out, store, done)


def _mark_folder(store: Store, inputs: Sequence[Path], key: str) -> None:
    """A run over one folder leaves the store as the dashboard's sync over that folder would:
    it says so, and the dashboard over that folder skips reading it."""
    if len(inputs) == 1 and Path(inputs[0]).is_dir():
        mark_synced(store.path, key, store.generation())


def _summary(record: dict[str, Any], out: Path, store: Store, done: str) -> str:
    return (
        f"{record['articles']} articles ({record['errors']} with errors), "
        f"{record['mentions']} mentions, {record['incidents']} incidents written to {out} "
        f"(store {store.path}: {done})"
    )


OUTPUTS = ("articles.csv", "mentions.csv", "incidents.csv")
WRITTEN = ".written.json"  # what the CSV files were written from, and their sizes and times


def _files(out: Path) -> list[list[int]] | None:
    try:
        return [[(s := (out / n).stat()).st_size, s.st_mtime_ns] for n in OUTPUTS]
    except OSError:
        return None


def _written(store: Store, out: Path) -> dict[str, Any] | None:
    """What the CSV files in ``out`` were written from, if they hold the store as it is now."""
    try:
        record = json.loads((out / WRITTEN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("files") != _files(out):
        return None
    same_store = record.get("store") == str(store.path.resolve())
    return record if same_store and record.get("generation") == store.generation() else None


def _write_tables(store: Store, out: Path) -> dict[str, Any]:
    from components import first_page  # plotly: only for a run that wrote something

    # The tables, filter choices and charts are kept on disk as the dashboard keeps them:
    # its first page after this run loads them rather than making them.
    generation = store.generation()
    tables = first_page.prepare(store, generation)
    stored = tables["articles"]
    _write(stored, out / "articles.csv")
    _write(tables["mentions"], out / "mentions.csv")
    incidents = tables["incidents"]
    _write(incidents[list(schema.INCIDENTS)], out / "incidents.csv")
    return {
        "articles": len(stored),
        "errors": int(stored["error"].notna().sum()),
        "mentions": len(tables["mentions"]),
        "incidents": len(incidents),
        "store": str(store.path.resolve()),
        "generation": generation,
        "files": _files(out),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    inputs = args.inputs or [DEFAULT_INPUT]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    if args.out.exists() and not args.out.is_dir():
        parser.error(f"--out must be a folder, and {args.out} is a file")
    if args.db is not None and args.db.is_dir():
        parser.error(f"--db must be a file, and {args.db} is a folder")
    if args.workers < 1 or args.batch_size < 1:
        parser.error("--workers and --batch-size must be at least 1")
    if args.dask and args.workers != 1:
        parser.error("give --workers or --dask, not both")
    try:
        summary = run_extract(
            inputs,
            args.out,
            online=args.online_geocoder,
            db=args.db,
            workers=args.workers,
            dask=args.dask,
            batch_size=args.batch_size,
        )
    except (StoreLocked, StoreVersionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
