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
from components.pipeline import Pipelines, supported_languages

_LINE_BREAKS = re.compile(r"\n\s*")
BATCH_SIZE = 64


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each paragraph (a run of lines without a line break) begins."""
    return [0, *(m.end() for m in _LINE_BREAKS.finditer(text))]


class _Sentences:
    """Sentence bounds of a document, looked up by offset (``span.sent`` walks the tokens)."""

    def __init__(self, doc: Doc) -> None:
        text = doc_text(doc)
        self.text = text
        self.bounds = [(s.start_char, s.end_char) for s in doc.sents]
        self.starts = [start for start, _ in self.bounds]
        self.paragraphs = paragraph_starts(text)

    def record(self, span: Span, article_id: str) -> dict:
        start, end = self.bounds[bisect.bisect_right(self.starts, span.start_char) - 1]
        raw = self.text[start:end]
        indent = len(raw) - len(raw.lstrip())
        return {
            "article_id": article_id,
            "text": span.text,
            "start": span.start_char,
            "end": span.end_char,
            "sentence": raw.strip(),
            "sentence_start": start + indent,
            "paragraph": bisect.bisect_right(self.paragraphs, span.start_char) - 1,
        }


def doc_mentions(doc: Doc, article_id: str) -> list[dict]:
    """Mention records of one processed document, in text order."""
    sentences = _Sentences(doc)

    def base(span: Span) -> dict:
        return sentences.record(span, article_id)

    records = []
    for span in doc.spans.get("dates", []):
        value = span._.date
        records.append(
            {**base(span), "kind": "date", "value": value.value, "precision": value.precision}
        )
    for span in doc.spans.get("places", []):
        place = span._.place
        records.append(
            {
                **base(span),
                "kind": "place",
                "value": place.name,
                "place_name": place.name,
                "place_kind": place.kind,
                "country_code": place.country_code,
                "lat": place.lat,
                "lon": place.lon,
            }
        )
    for span in doc.spans.get("nationalities", []):
        records.append(
            {
                **base(span),
                "kind": "nationality",
                "value": span._.country,
                "country_code": span._.country,
            }
        )
    for span in doc.spans.get("casualties", []):
        fact = span._.casualty
        records.append(
            {
                **base(span),
                "kind": "casualty",
                "value": "" if fact.count is None else str(fact.count),
                "casualty_type": fact.type,
                "count": fact.count,
                "lower_bound": fact.lower_bound,
            }
        )
    for group, attribute in (("events", "event"), ("sites", "site")):
        for span in doc.spans.get(group, []):
            records.append({**base(span), "kind": attribute, "value": span._.get(attribute)})
    return sorted(records, key=lambda r: (r["start"], r["kind"]))


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


def extract_mentions(articles: pd.DataFrame, pipelines: Pipelines) -> pd.DataFrame:
    """The mentions table of all extractable articles."""
    records = [
        r
        for article_id, doc in iter_docs(articles, pipelines)
        for r in doc_mentions(doc, article_id)
    ]
    return schema.frame("mentions", records)
