"""Command line: ``python -m components extract [INPUT ...] --out DIR``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from components import loading
from components.extraction import extract_mentions
from components.gazetteer import Gazetteer
from components.geocoding import make_geocoder
from components.incidents import build_incidents
from components.pipeline import Pipelines

DEFAULT_INPUT = Path(__file__).resolve().parent.parent / "data" / "articles"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m components",
        description="Extract dates, places and casualties from news articles into incidents.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser(
        "extract",
        help="read articles and write articles.csv, mentions.csv and incidents.csv",
        description=(
            "Read articles (.txt/.md with an optional 'date YYYY-MM-DD' first line, .json, "
            ".jsonl, .csv, or folders of them) and write DIR/articles.csv, DIR/mentions.csv and "
            "DIR/incidents.csv. A file that cannot be read becomes a row with an error; the "
            "others are still processed."
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
        "--online-geocoder",
        action="store_true",
        help="ask OpenStreetMap Nominatim for places the bundled gazetteer lacks (needs internet)",
    )
    return parser


def _write(table: pd.DataFrame, path: Path) -> None:
    table.to_csv(path, index=False, encoding="utf-8", date_format="%Y-%m-%d")


def run_extract(inputs: Sequence[Path], out: Path, *, online: bool = False) -> str:
    """Run the whole chain and write the three CSV files; returns the summary line."""
    articles = loading.load_paths(inputs)
    gazetteer = Gazetteer.load()
    mentions = extract_mentions(articles, Pipelines(gazetteer))
    incidents = build_incidents(
        articles, mentions, geocoder=make_geocoder(gazetteer, online=online or None)
    )
    out.mkdir(parents=True, exist_ok=True)
    _write(articles, out / "articles.csv")
    _write(mentions, out / "mentions.csv")
    _write(incidents, out / "incidents.csv")
    errors = int(articles["error"].notna().sum())
    return (
        f"{len(articles)} articles ({errors} with errors), {len(mentions)} mentions, "
        f"{len(incidents)} incidents written to {out}"
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
    print(run_extract(inputs, args.out, online=args.online_geocoder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
