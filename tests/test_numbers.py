"""Number words, digits and qualifiers per language."""

from __future__ import annotations

import pytest
from num2words import num2words

from components import langdata
from components.numbers import find_numbers, normalize, number_words, parse_number

LANGS = ["ro", "hu", "en", "tr", "ru", "uk"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["numbers", "casualties"])
def test_data_files_follow_schema(lang: str, kind: str) -> None:
    data = langdata.load(lang, kind)
    assert data, f"{lang}/{kind}.toml is missing"
    assert langdata.validate(kind, data) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_generated_cardinal_reads_back(lang: str) -> None:
    code = langdata.load(lang, "numbers")["num2words_lang"]
    wrong = [n for n in range(1001) if parse_number(num2words(n, lang=code), lang) != n]
    assert wrong == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "1,200", 1200),
        ("en", "47", 47),
        ("en", "Sixty-four", 64),
        ("en", "sixty four", 64),
        ("en", "two hundred and six", 206),
        ("en", "a dozen", 12),
        ("en", "hundreds", 100),
        ("en", "tens", 10),
        ("en", "dozens", 12),
        ("ro", "1.350", 1350),
        ("ro", "patruzeci și cinci", 45),
        ("ro", "douăzeci şi două", 22),  # cedilla ş and the feminine unit
        ("ro", "două", 2),
        ("ro", "una", 1),
        ("ro", "unsprezece", 11),
        ("ro", "zeci", 10),  # tens: ACLED counts 10
        ("ro", "câteva zeci", 10),
        ("ro", "trei sute", 300),
        ("hu", "4 500", 4500),
        ("hu", "negyvenhét", 47),
        ("hu", "két", 2),
        ("hu", "kettő", 2),
        ("hu", "huszonkét", 22),
        ("hu", "hatan", 6),
        ("hu", "tizenketten", 12),
        ("hu", "négyet", 4),
        ("hu", "kilencre", 9),  # a toll rises to it
        ("hu", "huszonháromra", 23),
        ("hu", "ötvenre", 50),
        ("hu", "nyolcszázat", 800),  # a round hundred or thousand takes the ending too
        ("hu", "hatezret", 6000),
        ("hu", "négyszázra", 400),
        ("hu", "kettejüket", 2),  # the two of them
        ("hu", "hármójukat", 3),
        ("hu", "több tucat", 12),
        ("hu", "több tíz", 10),
        ("tr", "kırk yedi", 47),
        ("tr", "kırkyedi", 47),
        ("tr", "onlarca", 10),
        ("tr", "düzinelerce", 12),  # dozens
        ("ru", "сорок семь", 47),
        ("ru", "трое", 3),
        ("ru", "десятки", 10),
        ("ru", "двух", 2),
        ("uk", "сорок сім", 47),
        ("uk", "п’ятеро", 5),
        ("uk", "дві", 2),
    ],
)
def test_parse_number(lang: str, text: str, value: int) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "missile"),
        ("en", ""),
        ("ro", "rachete"),
        ("hu", "ember"),
        ("hu", "egyre"),  # "increasingly"; only a compound's last unit ("tizenegyre")
        ("en", "1.5"),
        ("ru", "дом"),
    ],
)
def test_parse_number_refuses_non_numbers(lang: str, text: str) -> None:
    assert parse_number(text, lang) is None


def _values(text: str, lang: str) -> list[tuple[int, bool]]:
    return [(n.value, n.lower_bound) for n in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "at least 40 were hurt", [(40, True)]),
        ("en", "more than 1,500 fled", [(1500, True)]),
        ("en", "about 30 people", [(30, False)]),
        ("ro", "cel puțin 9 morți", [(9, True)]),
        ("ro", "peste 200 de oameni", [(200, True)]),
        ("hu", "legalább hat ember", [(6, True)]),
        ("hu", "több mint 80 sebesült", [(80, True)]),
        ("tr", "en az 6 kişi", [(6, True)]),
        ("tr", "40'tan fazla kişi", [(40, True)]),
        ("ru", "не менее 9 человек", [(9, True)]),
        ("uk", "щонайменше 9 людей", [(9, True)]),
        ("en", "dozens of people", [(12, True)]),
        ("en", "has exceeded 70", [(70, True)]),
        ("ro", "a depășit 130", [(130, True)]),
        ("hu", "meghaladta az ötszázat", [(500, True)]),
        ("hu", "meghaladja a 75-öt", [(75, True)]),
    ],
)
def test_qualifiers(lang: str, text: str, expected: list[tuple[int, bool]]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "a 45-year-old driver"),  # age
        ("en", "120-mm shells"),  # calibre
        ("en", "up 4.5 percent"),  # decimal
        ("en", "a 12% rise"),  # percentage
        ("en", "a 12 % rise"),
        ("en", "cost $40"),  # money
        ("en", "the 3rd battalion"),  # ordinal
        ("hu", "november 21-én"),  # date suffix
        ("hu", "a 4. emeleten"),  # ordinal with a dot
        ("ro", "a 5-a oară"),  # ordinal
        ("ru", "5-этажный дом"),
    ],
)
def test_numbers_that_are_not_counts_are_not_found(lang: str, text: str) -> None:
    assert [n for n in find_numbers(text, lang) if n.kind != "article"] == []


def test_offsets_point_at_the_text() -> None:
    text = "Officials said at least 17 people died."
    (number,) = find_numbers(text, "en")
    assert text[number.start : number.end] == "at least 17"
    assert text[number.number_start : number.number_end] == "17"


def test_hungarian_suffix_is_part_of_the_number() -> None:
    text = "12-en megsérültek"
    (number,) = find_numbers(text, "hu")
    assert (number.value, text[number.start : number.end]) == (12, "12-en")


def test_year_is_flagged() -> None:
    (year,) = find_numbers("in 2024 the war", "en")
    (count,) = find_numbers("1,200 people", "en")
    assert year.year_like and not count.year_like


def test_articles_are_told_apart() -> None:
    kinds = [(n.value, n.kind) for n in find_numbers("un bărbat și două femei", "ro")]
    assert kinds == [(1, "article"), (2, "words")]


def test_normalize_keeps_offsets() -> None:
    text = "İki kişi, Ştefan’s"
    low = normalize(text)
    assert len(low) == len(text)
    # Cedilla and comma letters fold together (in patterns too), and so do apostrophes.
    assert low == "iki kiși, ștefan's"


def test_number_words_are_cached() -> None:
    assert number_words("en") is number_words("en")


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "20-30 people", [20, 30]),  # a range: both ends are numbers
        ("ro", "între 5-8 persoane", [5, 8]),
        ("en", "the 38-year-old man", []),
        ("en", "on 12-05-2024", [2024]),  # a date, no range
        ("en", "call 0-800 now", [800]),  # a leading zero: a code, no range
        ("en", "won 30-20", [20]),  # the second is smaller: a score, no range
    ],
)
def test_hyphenated_ranges(lang: str, text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "value", "lower"),
    [
        ("hu", "negyvennél is többen", 40, True),  # glued to the number word
        ("hu", "huszonötnél több ember", 25, True),
        ("hu", "60-nál is több sérült", 60, True),  # after a hyphen
        ("hu", "hatvan ember", 60, False),
        ("tr", "kırktan fazla kişi", 40, True),
    ],
)
def test_lower_bound_after_the_number(lang: str, text: str, value: int, lower: bool) -> None:
    found = find_numbers(text, lang)
    assert [(n.value, n.lower_bound) for n in found] == [(value, lower)]
