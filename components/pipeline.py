"""spaCy pipelines: a blank language, a sentence splitter and our own finders.

No pretrained model is needed. Each finder reads its language's data files, so any language
with a folder under ``components/lang`` is supported the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Imported for their @Language.factory registrations.
from components import casualties, dates, events, langdata, places  # noqa: F401
from components.facts import register_extensions
from components.gazetteer import Gazetteer

FINDERS = ("incident_dates", "incident_places", "incident_casualties", "incident_events")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and paragraphs often have no final stop."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = True
    return doc


def supported_languages() -> list[str]:
    return langdata.available_languages()


def build(lang: str, *, gazetteer: Gazetteer) -> Language:
    """A blank pipeline for ``lang`` with our finders; raises ValueError for a language we lack."""
    if lang not in supported_languages():
        raise ValueError(f"no language data for {lang!r}; supported: {supported_languages()}")
    register_extensions()
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("line_breaks")
    for name in FINDERS:
        nlp.add_pipe(name)
    nlp.get_pipe("incident_places").gazetteer = gazetteer
    return nlp


class Pipelines:
    """Built pipelines by language, created on first use and shared (building is not free)."""

    def __init__(self, gazetteer: Gazetteer, *, factory: Callable[..., Language] = build) -> None:
        self.gazetteer = gazetteer
        self._factory = factory
        self._built: dict[str, Language] = {}
        self._lock = threading.Lock()

    def get(self, lang: str) -> Language:
        with self._lock:
            if lang not in self._built:
                self._built[lang] = self._factory(lang, gazetteer=self.gazetteer)
            return self._built[lang]
