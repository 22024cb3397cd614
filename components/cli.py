"""Command line: ``python -m components extract [INPUT ...] --out DIR [--db FILE]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from components import loading, schema
from components.parallel import BATCH_SIZE, build_store_incidents, update_store
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

    Returns the summary line.
    """
    from components.geocoding import online_enabled

    articles = loading.load_paths(inputs)
    store = Store(db)
    update = update_store(store, articles, workers=workers, dask=dask, batch_size=batch_size)
    build_store_incidents(
        store,
        geocoder_factory=_geocoder_factory(online),
        options=f"online={online_enabled(online or None)}",
        states=update.states,
    )
    tables = store.read_all()
    out.mkdir(parents=True, exist_ok=True)
    stored = tables["articles"]
    _write(stored, out / "articles.csv")
    _write(tables["mentions"], out / "mentions.csv")
    incidents = tables["incidents"]
    _write(incidents[list(schema.INCIDENTS)], out / "incidents.csv")
    errors = int(stored["error"].notna().sum())
    removed = f", {update.removed} removed" if update.removed else ""
    return (
        f"{len(stored)} articles ({errors} with errors), {len(tables['mentions'])} mentions, "
        f"{len(incidents)} incidents written to {out} (store {store.path}: "
        f"{update.extracted} extracted, {update.unchanged} unchanged{removed})"
    )


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
