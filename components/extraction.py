"""From articles to the mentions table: run each article through its language's pipeline."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator

import pandas as pd
from spacy.tokens import Doc, Span

from components import schema
from components.facts import doc_text
from components.pipeline import SENTENCE_STARTS, Pipelines, supported_languages

_LINE_BREAKS = re.compile(r"\n\s*")
BATCH_SIZE = 256  # docs each component reads in a row (see the components' pipe)
# The values of a mention row, in order (columns of schema.MENTIONS; one it adds stays empty).
COLUMNS = (
    "article_id",
    "kind",
    "text",
    "start",
    "end",
    "sentence",
    "sentence_start",
    "paragraph",
    "value",
    "precision",
    "place_name",
    "place_kind",
    "country_code",
    "lat",
    "lon",
    "casualty_type",
    "count",
    "lower_bound",
)


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each paragraph (a run of lines without a line break) begins."""
    return [0, *(m.end() for m in _LINE_BREAKS.finditer(text))]


def sentence_starts(doc: Doc) -> list[int]:
    """Offsets where the sentences of a processed document begin."""
    starts = doc.user_data.get(SENTENCE_STARTS)
    if starts is None:  # a pipeline with another sentence splitter
        starts = [s.start_char for s in doc.sents] if len(doc) else [0]
    return starts


class _Sentences:
    """The sentence and paragraph of each offset: a sentence is cut and stripped once, however
    many mentions it holds."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)
        self.starts = sentence_starts(doc)
        self.paragraphs = paragraph_starts(self.text)
        self._cut: dict[int, tuple[str, int]] = {}

    def at(self, offset: int) -> tuple[str, int, int]:
        """(sentence, its start, paragraph index) of a character offset."""
        i = bisect.bisect_right(self.starts, offset) - 1
        cut = self._cut.get(i)
        if cut is None:
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            raw = self.text[self.starts[i] : end]
            stripped = raw.lstrip()
            cut = self._cut[i] = (stripped.rstrip(), self.starts[i] + len(raw) - len(stripped))
        paragraph = bisect.bisect_right(self.paragraphs, offset) - 1
        return cut[0], cut[1], paragraph


def _value(doc: Doc, attribute: str, span: Span) -> object:
    """A span's extension value; read from where spaCy keeps it (``span._`` builds an object
    per read), through ``span._`` should that ever change."""
    key = ("._.", attribute, span.start_char, span.end_char)
    value = doc.user_data.get(key, _MISSING)
    return span._.get(attribute) if value is _MISSING else value


_MISSING = object()


def mention_rows(doc: Doc, article_id: str) -> list[tuple]:
    """Mention rows of one processed document (values in ``COLUMNS`` order), in text order."""
    sentences = _Sentences(doc)
    text = sentences.text
    groups = doc.spans
    rows = []

    def add(span: Span, kind: str, values: tuple) -> None:
        # values: value, precision, place_name, place_kind, country_code, lat, lon,
        # casualty_type, count, lower_bound
        start, end = span.start_char, span.end_char
        sentence, sentence_start, paragraph = sentences.at(start)
        rows.append(
            (
                article_id,
                kind,
                text[start:end],
                start,
                end,
                sentence,
                sentence_start,
                paragraph,
                *values,
            )
        )

    for span in groups.get("dates", ()):
        date = _value(doc, "date", span)
        add(span, "date", (date.value, date.precision, *_NONE8))
    for span in groups.get("places", ()):
        p = _value(doc, "place", span)
        add(span, "place", (p.name, None, p.name, p.kind, p.country_code, p.lat, p.lon, *_NONE3))
    for span in groups.get("nationalities", ()):
        country = _value(doc, "country", span)
        add(span, "nationality", (country, None, None, None, country, None, None, *_NONE3))
    for span in groups.get("casualties", ()):
        fact = _value(doc, "casualty", span)
        value = "" if fact.count is None else str(fact.count)
        add(span, "casualty", (value, *_NONE3, *_NONE3, fact.type, fact.count, fact.lower_bound))
    for group, attribute in (("events", "event"), ("sites", "site")):
        for span in groups.get(group, ()):
            add(span, attribute, (_value(doc, attribute, span), None, *_NONE8))
    rows.sort(key=_order)
    return rows


_NONE3, _NONE8 = (None,) * 3, (None,) * 8


def _order(row: tuple) -> tuple[int, str]:
    return row[3], row[1]


def _published(value: object) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date()


def extractable(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles that have text in a language we have data for."""
    has_text = articles["text"].fillna("").str.strip().str.len() > 0
    known = articles["language"].isin(supported_languages())
    return articles[has_text & known]


def iter_docs(articles: pd.DataFrame, pipelines: Pipelines) -> Iterator[tuple[str, Doc]]:
    """(article_id, processed Doc) for each extractable article, batched per language."""
    for lang, group in extractable(articles).groupby("language", sort=True):
        nlp = pipelines.get(str(lang))
        ids = list(group["article_id"])
        docs = []
        for text, published in zip(group["text"], group["published"], strict=True):
            doc = nlp.make_doc(str(text))
            doc.user_data["text"] = str(text)
            doc._.published = _published(published)
            docs.append(doc)
        yield from zip(ids, nlp.pipe(docs, batch_size=BATCH_SIZE), strict=True)


def mentions_table(rows: list[tuple]) -> pd.DataFrame:
    """The mentions table of rows made by :func:`mention_rows`.

    Each column is made in its dtype at once, which is what ``schema.conform`` gives, at a
    third of its cost; a value that does not fit its dtype goes the way of ``conform``.
    """
    if not rows:
        return schema.empty("mentions")
    columns = dict(zip(COLUMNS, zip(*rows, strict=True), strict=True))
    empty = (None,) * len(rows)
    try:
        return pd.DataFrame(
            {
                name: pd.array(columns.get(name, empty), dtype=dtype)
                for name, dtype in schema.MENTIONS.items()
            }
        )
    except (TypeError, ValueError):
        return schema.conform("mentions", pd.DataFrame(columns))


def extract_mentions(articles: pd.DataFrame, pipelines: Pipelines) -> pd.DataFrame:
    """The mentions table of all extractable articles."""
    rows = []
    for article_id, doc in iter_docs(articles, pipelines):
        rows.extend(mention_rows(doc, article_id))
    return mentions_table(rows)
