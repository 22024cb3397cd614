"""Extraction throughput against spaCy's bare tokenizer, measured in the same run.

    python bench/bench_extraction.py [--words 1000000] [--components]

The corpus is built from the bundled articles, the sentences of the test suite's data sets
(``tests/data/*.jsonl``) and the sentences written in the test modules (tuples and dicts that
pair a language code with a text), cut into articles of a dozen sentences per language and
repeated until it holds the asked number of words. Its composition is printed.

The bare tokenizer (``spacy.blank(lang).tokenizer``) runs twice over the corpus: cold (a fresh
vocabulary) and warm (its caches filled). Extraction, from the articles table to the mentions
table on pipelines built beforehand, runs twice too: its first run starts as cold as the
tokenizer's first pass, its second is warm. Each is set against its like; the target (a ratio
of at least 0.5) is read on the warm pair, the stricter one. ``--components`` then times each
pipeline component, the mention rows and the table apart, on one more pass.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd
import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components import extraction, loading, schema  # noqa: E402
from components.gazetteer import Gazetteer  # noqa: E402
from components.pipeline import Pipelines, supported_languages  # noqa: E402

SENTENCES_PER_ARTICLE = 12
MIN_TEST_WORDS = 4  # a string in a test module shorter than this is no sentence
PUBLISHED = pd.Timestamp(dt.date(2025, 6, 13))

Source = tuple[str, str, str]  # (source, language, text)


def article_texts() -> list[Source]:
    table = loading.load_paths([ROOT / "data" / "articles"])
    return [
        ("bundled articles", lang, text)
        for lang, text in zip(table.language, table.text, strict=True)
    ]


def dataset_sentences() -> list[Source]:
    """Sentences of the JSONL data sets; a record without a language has it detected."""
    found = []
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = record.get("text") or record.get("sentence")
            if not text:
                continue
            lang = record.get("lang") or record.get("language") or loading.detect_language(text)
            found.append((f"tests/data/{path.name}", lang, text))
    return found


def _strings(node: ast.AST) -> list[str]:
    return [e.value for e in getattr(node, "elts", []) if isinstance(e, ast.Constant)]


def test_module_sentences() -> list[Source]:
    """Texts the test modules pair with a language code: ``("ro", "Un text ...", ...)``
    tuples and lists, and ``{"ro": "Un text ..."}`` dicts."""
    langs = set(supported_languages())
    found = []
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            pairs: list[tuple[object, object]] = []
            if isinstance(node, ast.Tuple | ast.List):
                values = _strings(node)
                codes = [v for v in values if isinstance(v, str) and v in langs]
                if codes:
                    pairs = [(codes[0], v) for v in values]
            elif isinstance(node, ast.Dict):
                pairs = [
                    (k.value, v.value)
                    for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
                ]
            for lang, text in pairs:
                if lang in langs and isinstance(text, str) and len(text.split()) >= MIN_TEST_WORDS:
                    found.append((f"tests/{path.name}", lang, text))
    return found


def corpus_pool() -> list[Source]:
    """Articles as they are; sentences joined a dozen at a time per source and language."""
    pool = article_texts()
    grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
    for source, lang, text in dataset_sentences() + test_module_sentences():
        grouped[(source, lang)].append(text)
    for (source, lang), items in sorted(grouped.items()):
        for i in range(0, len(items), SENTENCES_PER_ARTICLE):
            pool.append((source, lang, " ".join(items[i : i + SENTENCES_PER_ARTICLE])))
    return [item for item in pool if item[1] in supported_languages()]


def build_corpus(words: int) -> tuple[pd.DataFrame, list[Source]]:
    pool = corpus_pool()
    rows, used, total, i = [], [], 0, 0
    while total < words:
        source, lang, text = pool[i % len(pool)]
        rows.append(
            {
                "article_id": f"bench-{i}",
                "published": PUBLISHED,
                "language": lang,
                "n_chars": len(text),
                "text": text,
            }
        )
        used.append((source, lang, text))
        total += len(text.split())
        i += 1
    return schema.frame("articles", rows), pool


def describe(pool: list[Source], used: pd.DataFrame) -> None:
    distinct = Counter()
    for source, _, text in pool:
        distinct[source] += len(text.split())
    print(f"corpus pool: {len(pool)} distinct texts, {sum(distinct.values())} distinct words")
    for source, count in sorted(distinct.items()):
        print(f"  {source:40s} {count:7d} words")
    by_lang = used.groupby("language")["text"].apply(lambda s: int(s.str.split().str.len().sum()))
    print("corpus words by language: " + ", ".join(f"{k} {v}" for k, v in by_lang.items()))


def time_tokenizer(articles: pd.DataFrame) -> tuple[float, float]:
    """Seconds of a fresh tokenizer's first pass over the corpus, and of its second pass."""
    groups = [(str(lang), list(group["text"])) for lang, group in articles.groupby("language")]
    tokenizers = {lang: spacy.blank(lang).tokenizer for lang, _ in groups}
    passes = []
    for _ in range(2):
        started = time.perf_counter()
        for lang, texts in groups:
            for _ in tokenizers[lang].pipe(texts, batch_size=256):
                pass
        passes.append(time.perf_counter() - started)
    return passes[0], passes[1]


def time_components(articles: pd.DataFrame, pipelines: Pipelines) -> dict[str, float]:
    """Seconds per pipeline component, the tokenizer, the mentions records and the table,
    on one more pass."""
    spent: Counter[str] = Counter()
    rows = []
    for lang, group in articles.groupby("language"):
        nlp = pipelines.get(str(lang))
        docs = []
        started = time.perf_counter()
        for text in group["text"]:
            doc = nlp.make_doc(text)
            doc.user_data["text"] = text
            docs.append(doc)
        spent["tokenizer"] += time.perf_counter() - started
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            for doc in docs:
                component(doc)
            spent[name] += time.perf_counter() - started
        started = time.perf_counter()
        for article_id, doc in zip(group["article_id"], docs, strict=True):
            rows.extend(extraction.mention_rows(doc, article_id))
        spent["mention rows"] += time.perf_counter() - started
    started = time.perf_counter()
    extraction.mentions_table(rows)
    spent["mentions table"] += time.perf_counter() - started
    return dict(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--components", action="store_true", help="also time each component")
    args = parser.parse_args()

    articles, pool = build_corpus(args.words)
    words = int(articles["text"].str.split().str.len().sum())
    describe(pool, articles)
    print(f"corpus: {len(articles)} articles, {words} words (whitespace-separated)")

    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    pipelines = Pipelines(gazetteer)
    for lang in sorted(set(articles["language"])):
        pipelines.get(lang)
    print(
        f"start-up (gazetteer from cache, pipelines built): {time.perf_counter() - started:.2f} s"
    )

    cold, warm = time_tokenizer(articles)
    runs, mentions = [], None
    for _ in range(2):
        started = time.perf_counter()
        mentions = extraction.extract_mentions(articles, pipelines)
        runs.append(time.perf_counter() - started)
    first, second = runs

    def rate(seconds: float) -> str:
        return f"{seconds:6.2f} s, {words / seconds:11,.0f} words/s"

    print(f"bare tokenizer, cold (first pass, fresh vocabulary): {rate(cold)}")
    print(f"bare tokenizer, warm (second pass):                  {rate(warm)}")
    print(f"extraction, first run (pipelines just built):       {rate(first)}")
    print(f"extraction, second run:                              {rate(second)}")
    print(f"mentions: {len(mentions)} ({len(mentions) / words:.2f} per word)")
    print(f"ratio first run / cold tokenizer:  {cold / first:.3f}")
    print(f"ratio second run / warm tokenizer: {warm / second:.3f} (the target: >= 0.50)")

    if args.components:
        print("per component (second pass):")
        for name, seconds in time_components(articles, pipelines).items():
            print(f"  {name:40s} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
