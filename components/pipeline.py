"""spaCy pipelines: a blank language, a sentence splitter and our own finders.

No pretrained model is needed. Each finder reads its language's data files, so any language
with a folder under ``components/lang`` is supported the same way.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Callable

import numpy
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from components import casualties, dates, events, langdata, places  # noqa: F401
from components.facts import doc_text, register_extensions

# Imported for their @Language.factory registrations.
from components.finder import Finder
from components.gazetteer import Gazetteer

FINDERS = ("incident_dates", "incident_places", "incident_casualties", "incident_events")


SENTENCE_STARTS = casualties.SENTENCE_STARTS  # user_data key: offsets of the sentences
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@Language.factory("sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(name)


class SentenceSplitter(Finder):
    """Sentence starts as spaCy's sentencizer sets them, and a new sentence after every line
    break: headlines and paragraphs often have no final stop.

    The sentencizer and a line-break pass both visit every token in Python; here a regex
    finds the few sentence marks and line breaks in the text and only the tokens at them are
    looked at. The character offsets of the sentences are kept in
    ``doc.user_data["sentence_starts"]`` for the finders and the mentions table.
    """

    def __init__(self, name: str = "sentences") -> None:
        self.name = name
        self.punct_chars = frozenset(Sentencizer.default_punct_chars)
        # A character class with letters beyond the BMP is many times slower to scan with:
        # those marks are looked for only in a text that has such letters at all.
        marks = "".join(sorted(self.punct_chars)) + "\n"
        self._marks = re.compile("[" + re.escape("".join(c for c in marks if c <= "\uffff")) + "]")
        self._all_marks = re.compile("[" + re.escape(marks) + "]")

    def find(self, doc: Doc) -> tuple[list[int], list[int]]:
        """The tokens that start a sentence, in order, and the token offsets."""
        n = len(doc)
        if n == 0:
            return [], []
        text = doc_text(doc)
        idx = doc.to_array(IDX).tolist()
        starts, breaks = {0}, set()
        resume = 0  # tokens before this were read past a sentence mark already
        marks = self._all_marks if _ASTRAL.search(text) else self._marks
        for mark in marks.finditer(text):
            at = mark.start()
            i = bisect_right(idx, at) - 1
            if text[at] == "\n":
                if i < n - 1:
                    breaks.add(i)
                continue
            # As the sentencizer: after a token that is a sentence mark, the next token that
            # is no punctuation starts a sentence.
            if i < resume:
                continue
            if idx[i] != at or doc[i].text not in self.punct_chars:
                token = doc[i].text
                # "27." is one token where a dot makes a number ordinal (Hungarian); a
                # capital after it starts a sentence: "a sebesültek száma 27. Az ukrán ...".
                if (
                    token[-1:] == "."
                    and token[:-1].isdigit()
                    and idx[i] + len(token) - 1 == at
                    and i + 1 < n
                    and doc[i + 1].text[:1].isupper()
                ):
                    starts.add(i + 1)
                continue
            j = i + 1
            while j < n and (doc[j].is_punct or doc[j].text in self.punct_chars):
                j += 1
            starts.add(j)
            resume = j
        # A line break ends a sentence: the token after it starts one, the break itself not.
        starts.update(i + 1 for i in breaks)
        starts.difference_update(breaks)
        starts.discard(n)
        return sorted(starts), idx

    def annotate(self, doc: Doc, matches: tuple[list[int], list[int]]) -> None:
        starts, idx = matches
        doc.user_data[SENTENCE_STARTS] = [0, *(idx[i] for i in starts if i)]
        if starts:
            flags = numpy.full(len(doc), -1, dtype=numpy.int64)
            flags[starts] = 1
            doc.from_array([SENT_START], flags.astype(numpy.uint64))


def supported_languages() -> list[str]:
    return langdata.available_languages()


def build(lang: str, *, gazetteer: Gazetteer) -> Language:
    """A blank pipeline for ``lang`` with our finders; raises ValueError for a language we lack."""
    if lang not in supported_languages():
        raise ValueError(f"no language data for {lang!r}; supported: {supported_languages()}")
    register_extensions()
    nlp = spacy.blank(lang)
    _split_hyphenated_names(nlp)
    nlp.add_pipe("sentences")
    for name in FINDERS:
        nlp.add_pipe(name)
    nlp.get_pipe("incident_places").gazetteer = gazetteer
    return nlp


def _split_hyphenated_names(nlp: Language) -> None:
    """A hyphen or a dash before a capital splits a token ("București-Ploiești", "Iași–Suceava",
    "Budapest-Szeged"), so each name of a pair can be a place mention of its own."""
    upper, _ = places.letter_classes()
    infixes = [*nlp.Defaults.infixes, rf"(?<=[^\W\d_])[-–—](?={upper})"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


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
