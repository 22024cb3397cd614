"""The fast paths of the finders give what the plain ways give.

Each fast path (the sentence splitter over the text, ignoring case by lowercasing the text,
date patterns tried only where they can begin, sentence offsets kept for the finders and the
mentions table) is checked against the straightforward way it replaces.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import numpy
import pandas as pd
import pytest
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from components import casualties, dates, events, extraction, schema
from components.patterns import Caseless, simple_lower
from components.pipeline import SENTENCE_STARTS

TEXTS = {
    "en": [
        "Two drones hit a depot near Poltava. Nobody was hurt!\nFire crews worked all night",
        'The mayor said: "Three people died." Rescuers are still searching... More soon?',
        "UPDATE\n\nAt least 9 were wounded in Sumy on 4 May 2024.  The army said so.",
        "Dr. Petrenko (the chief surgeon) said 12 patients were treated. U.S. officials...",
        "A blast at 3.15 a.m. woke residents. It was the third one…  Police closed the road.",
    ],
    "ro": [
        "Două drone au lovit un depozit la Brăila. Nu au fost victime!\nPompierii au intervenit",
        "Primarul a declarat: „Trei oameni au murit.” Căutările continuă... Revenim?",
        "ACTUALIZARE\n \nCel puțin 9 răniți la Galați, pe 4 mai 2024. Armata a confirmat.",
    ],
    "hu": [
        "Két drón csapódott be Szolnokon. Senki sem sérült meg!\nA tűzoltók egész éjjel dolgoztak",
        "2023. július 9-én robbanás történt. A 3. emeleten lakók elmenekültek.",
    ],
    "ru": ["Два беспилотника упали в Курске. Никто не пострадал!\nПожар потушили"],
    "tr": ["İki İHA Hatay'da düştü. Kimse yaralanmadı!\nİtfaiye ekipleri çalıştı"],
}
EDGE_CASES = [
    "",
    " ",
    "\n",
    ".",
    "\nStarts with a break.",
    "Ends with a break.\n",
    "a\n\nb\n \nc",
    "Stop. . Start",
    "Two marks!! Then one? Yes.",
    "Brahmi mark 𑁇 then text 😀 ok. Fine",
    'Quoted."Glued start. Next',
    "windows\r\nline",
]


@Language.component("reference_line_breaks")
def reference_line_breaks(doc: Doc) -> Doc:
    """The line-break pass the splitter replaces, token by token."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def _reference(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("reference_line_breaks")
    return nlp


@cache
def _ours(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentences")
    return nlp


def _cases():
    for lang, texts in TEXTS.items():
        for text in [*texts, *EDGE_CASES]:
            yield lang, text


@pytest.mark.parametrize(("lang", "text"), list(_cases()))
def test_sentence_splitter_sets_what_the_sentencizer_and_line_breaks_set(lang, text):
    expected, got = _reference(lang)(text), _ours(lang)(text)
    flags = expected.to_array([SENT_START]).astype("int64")
    assert numpy.array_equal(got.to_array([SENT_START]).astype("int64"), flags)
    starts = [s.start_char for s in expected.sents] if len(expected) else [0]
    assert got.user_data[SENTENCE_STARTS] == starts


def test_sentence_splitter_splits_after_an_ordinal_before_a_capital():
    # Hungarian writes "27." as one token; a capital after it opens a sentence, a month in
    # a date does not.
    doc = _ours("hu")("A sebesültek száma 27. Az orvosok szerint 2025. május 3-án halt meg.")
    assert [s.text for s in doc.sents] == [
        "A sebesültek száma 27.",
        "Az orvosok szerint 2025. május 3-án halt meg.",
    ]


def test_sentence_splitter_splits_at_line_breaks_and_stops():
    doc = _ours("en")("Headline without a stop\nFirst sentence. Second one!")
    assert [s.text for s in doc.sents] == [
        "Headline without a stop\n",
        "First sentence.",
        "Second one!",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ŞAHİN İLE İKİ İHA",  # "İ" lowercases to two characters
        "saldırı ve SALDIRI ile Saldiri",  # "ı" and "i" are one letter to the engine
        "the ſtrike and the STRIKE",  # the long s is an "s" to the engine
        "DRONE, Drone, drone, dRoNe",
        "Ракета РАКЕТА ракета",
    ],
)
def test_caseless_finds_what_ignoring_case_finds(text):
    pattern = r"(?<!\w)(?:saldiri|sald[ıi]r[ıi]|iha|ile|strike|drone|ракета)(?!\w)"
    caseless = Caseless(pattern)
    expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert [m.span() for m in caseless.finditer(text, simple_lower(text))] == expected
    assert expected  # each text holds a word of the pattern


def test_simple_lower_keeps_offsets():
    assert simple_lower("İSTANBUL'da") == "istanbul'da"
    assert simple_lower("Kyiv") == "kyiv"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Drones struck Odesa. DRONES STRUCK again; a drone-strike on the port."),
        ("ro", "Rachetele au lovit. RACHETE au căzut, iar o rachetă a explodat."),
        ("tr", "İHA saldırısı: SALDIRI sonrası iki İHA düştü."),
    ],
)
def test_event_words_are_labelled_whatever_their_case(lang, text):
    rules = events.rules_for(lang)
    found = rules.types.find(text)
    expected = []
    for match in rules.types.finder.ignoring_case.finditer(text):
        word = match.group()
        label = next((name for name, p in rules.types.labels if p.fullmatch(word)), None)
        if label is not None:
            expected.append((*match.span(), label))
    assert [(m.start, m.end, m.label) for m in found] == expected
    assert found


def _dates_trying_every_pattern(text: str, lang: str, published: dt.date) -> list:
    """find_dates as it was: every pattern at every place a date may begin."""
    rules = dates.rules_for(lang)
    found = []
    gates = [g.start() for g in rules.gate.ignoring_case.finditer(text)]
    for priority, (kind, pattern) in enumerate(rules.patterns):
        for position in gates:
            match = pattern.match(text, position)
            if match is None:
                continue
            start, end = match.span("core") if match.groupdict().get("core") else match.span()
            found.append((start, end, priority, kind, match))
    found.sort(key=lambda item: (-(item[1] - item[0]), item[2], item[0]))
    taken, results = [], []
    for start, end, _, kind, match in found:
        if any(start < b and a < end for a, b in taken):
            continue
        in_context = dates._IN_CONTEXT.get(kind)
        if in_context is not None and not in_context(match, text, rules):
            continue
        value = dates.resolve(kind, match, rules, published)
        if value is not None:
            taken.append((start, end))
            results.append((start, end, value))
    return sorted(results)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in TEXTS.items() for t in ts])
def test_dates_tried_where_they_can_begin_are_all_the_dates(lang, text):
    published = dt.date(2024, 6, 12)
    got = [(m.start, m.end, m.value) for m in dates.find_dates(text, lang, published)]
    assert got == _dates_trying_every_pattern(text, lang, published)


def test_date_patterns_are_tried_by_the_word_they_begin_with():
    rules = dates.rules_for("en")
    assert {kind for _, kind, _, _ in rules.at_digit} == dates._DIGIT_FIRST & {
        kind for kind, _ in rules.patterns
    }
    after_in = {kind for _, kind, _, _ in rules.at_letter("in")}
    assert after_in == {"month_after_preposition", "year_after_preposition", "preposition_my"}
    after_may = {kind for _, kind, _, _ in rules.at_letter("may")}
    assert {"md", "my", "mdy"} <= after_may
    assert not after_may & ({"weekday", "month_after_preposition"} | dates._DIGIT_FIRST)


@pytest.mark.parametrize("lang", ["en", "ro", "hu"])
def test_casualty_sentences_from_the_splitter_match_the_token_arrays(lang):
    text = TEXTS[lang][0] + " " + TEXTS[lang][-1]
    doc = _ours(lang)(text)
    kept = casualties._sentence_bounds(doc, text)
    del doc.user_data[SENTENCE_STARTS]
    assert casualties._sentence_bounds(doc, text) == kept
    assert len(kept) >= 3


def test_mentions_keep_their_sentence_with_any_sentence_splitter():
    """Rows from the kept offsets equal rows from ``doc.sents`` (another splitter's path)."""
    text = "Headline\n\nTwo drones hit Poltava on 4 May 2024.  Nobody was hurt. Fires burned."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentences")
    nlp.add_pipe("incident_dates")
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 6, 12)
    doc = nlp(doc)
    rows = extraction.mention_rows(doc, "a")
    del doc.user_data[SENTENCE_STARTS]
    assert extraction.mention_rows(doc, "a") == rows
    (row,) = rows
    record = dict(zip(extraction.COLUMNS, row, strict=True))
    assert record["text"] == "4 May 2024"
    assert record["sentence"] == "Two drones hit Poltava on 4 May 2024."
    assert record["sentence_start"] == text.index("Two")
    assert record["paragraph"] == 1


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (
            "{} region",
            "Strikes hit the Kharkiv region and the Sumy Region; region aid. Odesa  region",
        ),
        ("{} megye", "Szabolcs-Szatmár-Bereg megyében és Pest megye, MEGYE megyei"),
        ("regiunea {}", "În regiunea Harkov și REGIUNEA Odesa, regiunea; regiunile Sumî"),
        ("{}щин", "Харківщина і Сумщина, щина, Полтавщинащина"),
        ("{} ili", "Hatay ili ve HATAY İLİ, Adana ılı"),  # "İ" and "ı" go the slow way
    ],
)
def test_region_patterns_found_from_their_first_word_are_those_of_the_regex(pattern, text):
    from components.places import RegionPattern

    compiled = RegionPattern.compile(pattern)
    expected = [m.span() for m in compiled.regex.finditer(text)]
    assert [m.span() for m in compiled.finditer(text, text.lower())] == expected
    assert expected


def test_mentions_table_is_what_the_schema_makes_of_the_records():
    nlp = spacy.blank("ro")
    for name in ("sentences", "incident_dates", "incident_casualties", "incident_events"):
        nlp.add_pipe(name)
    text = "Ieri, trei oameni au fost uciși la Brăila.\nO dronă a lovit un depozit pe 2 iunie."
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 6, 12)
    rows = extraction.mention_rows(nlp(doc), "ro-1")
    records = [dict(zip(extraction.COLUMNS, row, strict=True)) for row in rows]
    expected = schema.frame("mentions", records)
    pd.testing.assert_frame_equal(extraction.mentions_table(rows), expected)
    assert {"date", "casualty", "event"} <= set(expected["kind"])
    # A value that does not fit its column's dtype is cast as the schema casts it.
    odd = [(*rows[0][:8], 7, *rows[0][9:])]
    odd_records = [dict(zip(extraction.COLUMNS, odd[0], strict=True))]
    pd.testing.assert_frame_equal(
        extraction.mentions_table(odd), schema.frame("mentions", odd_records)
    )
