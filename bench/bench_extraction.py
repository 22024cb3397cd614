"""Extraction throughput against spaCy's bare tokenizer, measured in the same run.

    python bench/bench_extraction.py [--words 1000000]

The corpus is built from the bundled articles and the sentences of the test suite's
development sets, cut into articles per language and repeated until it holds the asked number
of words. Prints words/s of the bare tokenizer, of the whole extraction (pipeline and mentions
table) and their ratio. The target is a ratio of at least 0.5.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import pandas as pd
import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components import loading, schema  # noqa: E402
from components.extraction import extract_mentions  # noqa: E402
from components.gazetteer import Gazetteer  # noqa: E402
from components.pipeline import Pipelines  # noqa: E402

SENTENCES_PER_ARTICLE = 12


def corpus_texts() -> dict[str, list[str]]:
    """Texts per language: the bundled articles and the development-set sentences."""
    texts: dict[str, list[str]] = {}
    for _, article in loading.load_paths([ROOT / "data" / "articles"]).iterrows():
        texts.setdefault(article["language"], []).append(article["text"])
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        sentences: dict[str, list[str]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("text") or record.get("sentence"):
                lang = record.get("lang") or record.get("language")
                sentences.setdefault(lang, []).append(record.get("text") or record["sentence"])
        for lang, items in sentences.items():
            for i in range(0, len(items), SENTENCES_PER_ARTICLE):
                texts.setdefault(lang, []).append(" ".join(items[i : i + SENTENCES_PER_ARTICLE]))
    return texts


def build_corpus(words: int) -> pd.DataFrame:
    texts = corpus_texts()
    pool = [(lang, text) for lang, items in sorted(texts.items()) for text in items]
    rows, total, i = [], 0, 0
    published = pd.Timestamp(dt.date(2025, 6, 13))
    while total < words:
        lang, text = pool[i % len(pool)]
        rows.append(
            {
                "article_id": f"bench-{i}",
                "published": published,
                "language": lang,
                "n_chars": len(text),
                "text": text,
            }
        )
        total += len(text.split())
        i += 1
    return schema.frame("articles", rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    args = parser.parse_args()

    articles = build_corpus(args.words)
    words = int(articles["text"].str.split().str.len().sum())
    print(
        f"corpus: {len(articles)} articles, {words} words, "
        f"languages {sorted(set(articles['language']))}"
    )

    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    pipelines = Pipelines(gazetteer)
    for lang in sorted(set(articles["language"])):
        pipelines.get(lang)
    print(
        f"start-up (gazetteer from cache, pipelines built): {time.perf_counter() - started:.2f} s"
    )

    started = time.perf_counter()
    for lang, group in articles.groupby("language"):
        tokenizer = spacy.blank(str(lang)).tokenizer
        for _ in tokenizer.pipe(list(group["text"]), batch_size=256):
            pass
    bare = time.perf_counter() - started

    started = time.perf_counter()
    mentions = extract_mentions(articles, pipelines)
    full = time.perf_counter() - started

    print(f"bare tokenizer: {bare:.2f} s, {words / bare:,.0f} words/s")
    print(f"extraction:     {full:.2f} s, {words / full:,.0f} words/s, {len(mentions)} mentions")
    print(f"ratio extraction/tokenizer throughput: {bare / full:.2f} (target >= 0.50)")


if __name__ == "__main__":
    main()
