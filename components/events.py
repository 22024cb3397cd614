"""Event and site words: what happened ("missile", "drone", "shelling") and what was hit.

Incidents are anchored on these. Diplomatic reactions (protests, summons, calls) are found too,
with their own type, so that they are never mistaken for strikes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from components import langdata
from components.facts import doc_text, register_extensions
from components.finder import Finder
from components.patterns import Caseless, alternation, simple_lower

DIPLOMATIC = "diplomatic"
OTHER_ATTACK = "other attack"


def words_pattern(words: list[str]) -> re.Pattern[str]:
    """Data words as one regex; a trailing "*" lets the last word go on ("rachet*")."""
    body = alternation(words, open_end=True)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WordMatch:
    start: int
    end: int
    label: str


class LabelledWords:
    """All words of several labels in one regex; a match's label is the first whose own
    pattern matches it whole (the data lists the more specific labels first)."""

    def __init__(self, finder: Caseless, labels: tuple[tuple[str, re.Pattern[str]], ...]) -> None:
        self.finder = finder
        self.labels = labels
        self._label_of: dict[str, str | None] = {}  # a word's label, told once per form

    @classmethod
    def build(cls, words_by_label: dict[str, list[str]]) -> LabelledWords:
        every = [word for words in words_by_label.values() for word in words]
        labels = tuple(
            (label, re.compile(alternation(words, open_end=True), re.IGNORECASE))
            for label, words in words_by_label.items()
        )
        body = alternation(every, open_end=True)
        return cls(finder=Caseless(rf"(?<!\w){body}(?!\w)"), labels=labels)

    def find(self, text: str, low: str | None = None) -> list[WordMatch]:
        """Words in ``text``; ``low`` is ``simple_lower(text)`` when the caller has it."""
        low = simple_lower(text) if low is None else low
        found = []
        label_of = self._label_of
        for match in self.finder.finditer(text, low):
            start, end = match.span()
            word = low[start:end]
            label = label_of.get(word, _UNSEEN)
            if label is _UNSEEN:
                # Labels ignore case, so the lowercase form tells the label of every form.
                label = next((name for name, p in self.labels if p.fullmatch(word)), None)
                if len(label_of) > 100_000:
                    label_of.clear()
                label_of[word] = label
            if label is not None:
                found.append(WordMatch(start, end, label))
        return found


_UNSEEN = ""  # no label is empty


@dataclass(frozen=True)
class EventRules:
    types: LabelledWords  # most specific first
    sites: LabelledWords


@cache
def rules_for(lang: str) -> EventRules | None:
    data = langdata.load(lang, "events")
    if not data:
        return None
    types = LabelledWords.build({**data["types"], DIPLOMATIC: data["diplomatic"]})
    return EventRules(types=types, sites=LabelledWords.build(data["sites"]))


def _non_overlapping(found: list[WordMatch]) -> list[WordMatch]:
    """Longest first; on a tie the earlier label in the data (the more specific) wins."""
    if all(a.end <= b.start for a, b in pairwise(found)):
        return found  # one regex's matches, in order and apart: the common case
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
    low = simple_lower(text)
    events, sites = rules.types.find(text, low), rules.sites.find(text, low)
    return _non_overlapping(events), _non_overlapping(sites)


class EventFinder(Finder):
    """Puts event words in ``doc.spans["events"]`` and site words in ``doc.spans["sites"]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.lang = nlp.lang
        self.name = name
        rules_for(self.lang)

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


__all__ = ["DIPLOMATIC", "OTHER_ATTACK", "EventFinder", "find_events", "words_pattern"]
