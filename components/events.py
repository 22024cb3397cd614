"""Event and site words: what happened ("missile", "drone", "shelling") and what was hit.

Incidents are anchored on these. Diplomatic reactions (protests, summons, calls) are found too,
with their own type, so that they are never mistaken for strikes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from components import langdata
from components.dates import _phrase_regex, fold, strip_accents
from components.facts import doc_text, register_extensions

DIPLOMATIC = "diplomatic"
OTHER_ATTACK = "other attack"


def word_regex(word: str) -> str:
    """A data word as regex; a trailing "*" lets the last word continue with more letters."""
    stem = word.removesuffix("*")
    tail = r"\w*" if word.endswith("*") else ""
    return _phrase_regex(stem).replace(r"\*", r"\w*") + tail


def words_pattern(words: list[str]) -> re.Pattern[str]:
    variants = {v for w in words for v in (w, strip_accents(w))}
    ordered = sorted(variants, key=len, reverse=True)
    body = "|".join(word_regex(w) for w in ordered) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class EventRules:
    types: tuple[tuple[str, re.Pattern[str]], ...]  # most specific first
    sites: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def rules_for(lang: str) -> EventRules | None:
    data = langdata.load(lang, "events")
    if not data:
        return None
    types = [(name, words_pattern(words)) for name, words in data["types"].items()]
    types.append((DIPLOMATIC, words_pattern(data["diplomatic"])))
    sites = [(name, words_pattern(words)) for name, words in data["sites"].items()]
    return EventRules(types=tuple(types), sites=tuple(sites))


@dataclass(frozen=True, slots=True)
class WordMatch:
    start: int
    end: int
    label: str


def _non_overlapping(found: list[WordMatch]) -> list[WordMatch]:
    """Longest first; on a tie the earlier label in the data (the more specific) wins."""
    found = sorted(found, key=lambda m: (-(m.end - m.start), m.start))
    kept: list[WordMatch] = []
    for match in found:
        if all(match.end <= k.start or k.end <= match.start for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def find_events(text: str, lang: str) -> tuple[list[WordMatch], list[WordMatch]]:
    """Event words and site words in a text."""
    rules = rules_for(lang)
    if rules is None:
        return [], []
    events = [
        WordMatch(*m.span(), label)
        for label, pattern in rules.types
        for m in pattern.finditer(text)
    ]
    sites = [
        WordMatch(*m.span(), label)
        for label, pattern in rules.sites
        for m in pattern.finditer(text)
    ]
    return _non_overlapping(events), _non_overlapping(sites)


class EventFinder:
    """Puts event words in ``doc.spans["events"]`` and site words in ``doc.spans["sites"]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.lang = nlp.lang
        self.name = name
        rules_for(self.lang)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.find(doc)
        self.annotate(doc, matches)
        return doc

    def find(self, doc: Doc) -> tuple[list[WordMatch], list[WordMatch]]:
        return find_events(doc_text(doc), self.lang)

    def annotate(self, doc: Doc, matches: tuple[list[WordMatch], list[WordMatch]]) -> None:
        for group, attribute, found in (
            ("events", "event", matches[0]),
            ("sites", "site", matches[1]),
        ):
            spans = []
            for match in found:
                span = doc.char_span(match.start, match.end, alignment_mode="expand")
                if span is not None:
                    span._.set(attribute, match.label)
                    spans.append(span)
            doc.spans[group] = spans


@Language.factory("incident_events")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp, name)


__all__ = ["DIPLOMATIC", "OTHER_ATTACK", "EventFinder", "find_events", "fold", "words_pattern"]
