"""Date mentions: absolute, partial and relative, resolved against the publication date.

The finder runs a handful of regexes, built from the language's ``dates.toml``, over the text;
the longest non-overlapping matches win. Resolution keeps the precision the text gives: a month
stays a month. Relative expressions resolve only when the article has a publication date, and a
resolved relative date is never after it.

Words of two senses are weighed by the words around them, all from the data: an ambiguous
weekday ("luni": Monday or months) counts unless a number or a quantifier is before it or a
phrase after it says the other sense; a holiday counts where it is used as a time ("de
Crăciun", "karácsonykor"), not as an attribute ("târg de Crăciun", "Christmas tree"); a
relative day after an article is an adjective ("an overnight attack") and no date. A weekday
just before a written day ("Monday, March 3") joins that day's mention, and so does a time of
day next to a date ("tegnap éjjel", "on Tuesday night"); such a time also makes an ambiguous
weekday a day ("kedd este"). A bare month qualifying a noun after an article or before an
incident noun ("the March fire", "June attacks") is that month where the data lists those
words. Feasts that move with Easter are holidays too; the data says which Easter (Western or
Orthodox) a language's words mean.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from spacy.language import Language
from spacy.tokens import Doc

from components import langdata
from components.facts import DateValue, doc_text, register_extensions
from components.finder import Finder
from components.numbers import number_words
from components.patterns import (
    APOSTROPHES,
    Caseless,
    alternation,
    opens_sentence,
    simple_lower,
    strip_accents,
)


def fold(text: str) -> str:
    """Lookup key of a phrase: casefolded, ş/ţ as ș/ț, one apostrophe, single spaces."""
    text = text.casefold().replace("ş", "ș").replace("ţ", "ț")
    for mark in APOSTROPHES[1:]:
        text = text.replace(mark, "'")
    return " ".join(text.split())


def _alternation(phrases: Iterable[str], *, lower: bool = True) -> str:
    return alternation(phrases, lower=lower)


@lru_cache(maxsize=65_536)
def _plain(text: str) -> str:
    """Key of a context word: folded, without accents ("sărbători" = "sarbatori")."""
    return strip_accents(fold(text))


def _lookup(table: dict[str, int]) -> dict[str, int]:
    out = {}
    for phrase, value in table.items():
        out[fold(phrase)] = value
        out[fold(strip_accents(phrase))] = value
    return out


Tried = tuple[int, str, re.Pattern[str], bool]  # priority, kind, regex, whether it has a core


class LetterPatterns:
    """The patterns to try where a word of the data begins, told by that word.

    A pattern begins with a word of one list (months, weekdays, prepositions, ...). The gate
    matched the longest word of all lists at that place, so any word a pattern may begin with
    there is a beginning of it: the patterns whose list matches a beginning of the gate's word
    are the only ones that may match. Answers are kept per word.
    """

    def __init__(self, tried: list[Tried], first_words: dict[str, list[str]]) -> None:
        lists: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._checks = []
        for item in tried:
            words = first_words.get(item[1])
            if words is None:
                self._checks.append((None, item))  # no known first word: always tried
                continue
            key = tuple(words)
            if key not in lists:
                lists[key] = re.compile(_alternation(words), re.IGNORECASE)
            self._checks.append((lists[key], item))
        self._cache: dict[str, tuple[Tried, ...]] = {}

    def __call__(self, word: str) -> tuple[Tried, ...]:
        """The patterns to try where ``word`` (lowercase) was matched by the gate."""
        found = self._cache.get(word)
        if found is None:
            found = tuple(
                item for check, item in self._checks if check is None or check.match(word)
            )
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[word] = found
        return found


@dataclass(frozen=True, slots=True)
class Holiday:
    """A holiday's day in any year: a fixed month and day, or days after an Easter."""

    month: int = 0
    day: int = 0
    computus: int | None = None  # a dateutil.easter method for a feast that moves with Easter
    offset: int = 0  # days after that Easter ("Good Friday": -2)
    weekday: int | None = None  # a feast on the n-th weekday of its month (Monday 0)
    nth: int = 0  # which one of them; -1 the last

    def in_year(self, year: int) -> dt.date | None:
        if self.weekday is not None:
            return _nth_weekday(year, self.month, self.weekday, self.nth)
        if self.computus is None:
            return _safe_day(year, self.month, self.day)
        return easter(year, self.computus) + dt.timedelta(days=self.offset)

    def latest(self, published: dt.date) -> dt.date | None:
        """Its latest day not after publication."""
        date = self.in_year(published.year)
        if date is None or date > published:
            date = self.in_year(published.year - 1)
        return date


_COMPUTUS = {"western": EASTER_WESTERN, "orthodox": EASTER_ORTHODOX}
_MOVABLE_KEY = re.compile(r"(?P<computus>[a-z]+)(?P<offset>[+-]\d+)")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_KEY = re.compile(r"(?P<month>\d\d)-(?P<nth>[1-5]|last)-(?P<weekday>[a-z]{3})")


def _movable(key: str) -> Holiday:
    """The feast of a ``movable_holidays`` key: "orthodox+1" (the Monday after Orthodox
    Easter) or "05-last-mon" (the last Monday of May)."""
    match = _WEEKDAY_KEY.fullmatch(key)
    if match and match["weekday"] in _WEEKDAYS and 1 <= int(match["month"]) <= 12:
        nth = -1 if match["nth"] == "last" else int(match["nth"])
        weekday = _WEEKDAYS.index(match["weekday"])
        return Holiday(int(match["month"]), weekday=weekday, nth=nth)
    match = _MOVABLE_KEY.fullmatch(key)
    if match is None or match["computus"] not in _COMPUTUS:
        raise ValueError(
            f"movable holiday {key!r} is neither <western|orthodox><+-days>"
            " nor <MM>-<1-5|last>-<mon..sun>"
        )
    return Holiday(computus=_COMPUTUS[match["computus"]], offset=int(match["offset"]))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The n-th such weekday of the month (-1: the last), or None where the month has fewer."""
    if nth < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


@dataclass(frozen=True)
class DateRules:
    """Compiled date patterns of one language."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    # Where a date may begin: a digit or a word that starts some pattern. Patterns are tried
    # only there, which is far cheaper than running each of them over the whole text; at a
    # digit only the patterns that may begin with one, at a letter only the others.
    gate: Caseless
    at_digit: tuple[Tried, ...]
    at_letter: LetterPatterns
    month_of: dict[str, int]
    weekday_of: dict[str, int]
    holiday_of: dict[str, Holiday]
    relative: dict[str, dict[str, int]]  # unit -> folded phrase -> amount
    weekends: dict[str, int]  # folded phrase -> 1 when it says "last" (a week-end's own is not)
    modifier_of: dict[str, int]
    suffixes: tuple[str, ...]
    context: Context
    time_before: re.Pattern[str] | None  # a time of day right before a date: "overnight on "
    time_before_ends: tuple[str, ...]  # their last two words ("overnight on"): a cheap test


@dataclass(frozen=True)
class Context:
    """Words around a mention that tell whether a word of two senses is a date here.

    Phrases are keys of :func:`_plain`, which texts write with or without accents.
    """

    numbers: frozenset[str]  # number words as keys ("două" luni, "doua" luni)
    other_sense_before: frozenset[str]  # "câteva" luni: months, not Monday
    other_sense_after: frozenset[str]  # luni "de zile"
    sense_after: frozenset[str]  # luni "de o" dronă: an agent after a passive, the day
    # Weekdays written lowercase: one capitalised inside a sentence, before another
    # capitalised word, begins a name ("Miercurea Ciuc").
    lowercase_weekdays: bool
    relative_other_sense_after: frozenset[str]  # "during the night" "of" 3 March, "shift"
    holiday_before: frozenset[str] | None  # "de" Crăciun, "on" Christmas; None: no cue needed
    holiday_before_prefixes: tuple[str, ...]  # "sărbător*": sărbătorea Anul Nou
    holiday_endings: frozenset[str]  # "kor": karácsonykor
    holiday_standalone: frozenset[str]  # "christmas day"
    attribute_of: frozenset[str]  # "târg" de Crăciun
    # Incident words of the events data: a holiday before one is when it happened
    # ("karácsonyi támadás", "the Christmas attack").
    incident_words: frozenset[str]
    incident_prefixes: tuple[str, ...]
    attribute_prefixes: tuple[str, ...]  # "târg*"
    adjective_before: frozenset[str]  # "an" overnight attack
    adjective_endings: tuple[str, ...]  # "-'s": Russia's overnight attack
    month_attribute_before: frozenset[str]  # "the" March fire
    month_other_sense_after: frozenset[str]  # the March "on" Rome

    @classmethod
    def from_data(cls, lang: str, data: dict) -> Context:
        def folded(key: str) -> frozenset[str]:
            return frozenset(_plain(w) for w in data.get(key, []))

        cued = any(k in data for k in ("holiday_before", "holiday_endings", "holiday_standalone"))
        attributes = data.get("holiday_attribute_of", [])
        cues = data.get("holiday_before", [])
        incidents = {
            word
            for words in langdata.load(lang, "events").get("types", {}).values()
            for word in words
            if word.strip() and " " not in word.strip()
        }
        adjective = data.get("relative_adjective_before", [])
        weighs = "weekday_other_sense_before" in data or "weekday_other_sense_after" in data
        spelled = number_words(lang) if weighs else None
        numbers = {*spelled.values, *spelled.vague} if spelled else ()
        return cls(
            numbers=frozenset(_plain(n) for n in numbers if " " not in n),
            other_sense_before=folded("weekday_other_sense_before"),
            other_sense_after=folded("weekday_other_sense_after"),
            sense_after=folded("weekday_sense_after"),
            lowercase_weekdays=bool(data.get("weekdays_lowercase")),
            relative_other_sense_after=folded("relative_other_sense_after"),
            holiday_before=frozenset(_plain(w) for w in cues if not w.endswith("*"))
            if cued
            else None,
            holiday_before_prefixes=tuple(_plain(w[:-1]) for w in cues if w.endswith("*")),
            holiday_endings=folded("holiday_endings"),
            holiday_standalone=folded("holiday_standalone"),
            attribute_of=frozenset(_plain(w) for w in attributes if not w.endswith("*")),
            attribute_prefixes=tuple(_plain(w[:-1]) for w in attributes if w.endswith("*")),
            incident_words=frozenset(_plain(w) for w in incidents if not w.endswith("*")),
            incident_prefixes=tuple(_plain(w[:-1]) for w in incidents if w.endswith("*")),
            adjective_before=frozenset(_plain(w) for w in adjective if not w.startswith("-")),
            adjective_endings=tuple(_plain(w[1:]) for w in adjective if w.startswith("-")),
            month_attribute_before=folded("month_attribute_before"),
            month_other_sense_after=folded("month_other_sense_after"),
        )


def _name_lookup(groups: list[list[str]]) -> dict[str, int]:
    return _lookup({name: number for number, names in enumerate(groups, 1) for name in names})


@cache
def rules_for(lang: str) -> DateRules | None:
    """Compile the date rules of a language; None when it has no date data."""
    data = langdata.load(lang, "dates")
    if not data:
        return None
    ambiguous = {fold(word) for word in data["ambiguous"]}
    month_names = [name for names in data["months"] for name in names]
    weekday_names = [name for names in data["weekdays"] for name in names]
    weekends = data.get("weekends", {})
    suffix_re = _alternation(data["word_suffixes"]) if data["word_suffixes"] else None
    case = "(?-i:{})" if data.get("case_sensitive") else "(?:{})"

    def names(words: list[str], *, bare: bool = False) -> str:
        chosen = [w for w in words if not (bare and fold(w) in ambiguous)]
        if data.get("case_sensitive"):
            chosen = [w[:1].upper() + w[1:] for w in chosen]
            return case.format(_alternation(chosen, lower=False))
        return case.format(_alternation(chosen))

    # A name may carry an ending ("márciusban"); the ending is part of the mention.
    def inflected(words: list[str], group: str, *, bare: bool = False) -> str:
        ending = f"(?:{suffix_re})?" if suffix_re else ""
        return rf"(?P<{group}>{names(words, bare=bare)}){ending}"

    month = inflected(month_names, "month")
    # An ambiguous weekday counts alone where the language says which context makes it one.
    weighs_context = "weekday_other_sense_before" in data or "weekday_other_sense_after" in data
    ambiguous_weekdays = [w for w in weekday_names if fold(w) in ambiguous]
    ordinal = _alternation(data["ordinal_day_suffixes"])
    day = rf"(?P<day>[0-3]?\d)(?:{ordinal})?"
    year = r"(?P<year>(?:1[89]|2[01])\d\d)"
    year_word = _alternation(data.get("year_words", []))
    year_tail = rf"(?:\.?\s+{year_word})?"
    modifiers = {**data["relative_years"], **data["year_modifiers"]}
    modifier = _alternation(modifiers)
    movable = data.get("movable_holidays", {})
    holiday_words = [
        w for table in (data["holidays"], movable) for ws in table.values() for w in ws
    ]
    holiday = holiday_words_re(holiday_words, suffix_re)
    suffix = suffix_re or "(?!)"
    preposition = _alternation(data["month_prepositions"])
    month_noun = _alternation(data.get("month_nouns", []))
    postposition = _alternation(data.get("year_postpositions", []))
    year_prepositions = [*data["month_prepositions"], *data.get("year_prepositions", [])]
    year_preposition = _alternation(year_prepositions)
    start, end = r"(?<![\w.-])", r"(?![\w-])"

    def bare_suffixed(words: list[str], group: str) -> str:
        """A name with a case ending: "augusztusban" counts on its own, "augusztus" does not."""
        return rf"(?P<{group}>{names(words, bare=True)})(?:{suffix_re})" if suffix_re else "(?!)"

    bare_month = inflected(month_names, "month", bare=True)
    raw_patterns = [
        ("ymd_numeric", rf"(?<![\d.-]){year}-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d)(?![\d-])"),
        ("dmy_numeric", r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d\d)"),
        ("ymd", rf"{start}{year}\.?\s+{month}\s+{day}{end}"),
        ("dmy", rf"{start}{day}\.?\s+(?:de\s+)?{month}\.?,?\s+{year}{year_tail}{end}"),
        ("mdy", rf"{start}{month}\.?\s+{day},?\s+{year}{end}"),
        ("ym", rf"{start}{year}\.?\s+{month}{end}"),
        ("my", rf"{start}{month}\.?\s+{year}{year_tail}{end}"),
        ("dm", rf"{start}{day}\.?\s+(?:de\s+)?{month}{end}"),
        ("md", rf"{start}{month}\.?\s+{day}(?!\s*[\d%])(?![\w-])"),
        # "tavaly november 1-jén": a day of the month of a year told relatively
        (
            "modifier_md",
            rf"{start}(?P<mod>{modifier})\s+{month}\.?\s+{day}(?!\s*[\d%])(?![\w-])",
        ),
        ("month_modifier", rf"{start}{month}\s+(?P<mod>{modifier}){end}"),
        ("modifier_month", rf"{start}(?P<mod>{modifier})\s+{month}{end}"),
        (
            "modifier_holiday",
            rf"{start}(?P<mod>{modifier})\s+(?P<holiday>{holiday}){end}",
        ),
        (
            "holiday_modifier",
            rf"{start}(?P<holiday>{holiday})\s+(?P<mod>{modifier}){end}",
        ),
        ("holiday_year", rf"{start}(?P<holiday>{holiday})\s+{year}{end}"),
        ("holiday", rf"{start}(?P<holiday>{holiday}){end}"),
        ("relative_days", rf"{start}(?P<rel>{_alternation(data['relative_days'])}){end}"),
        ("relative_weeks", rf"{start}(?P<rel>{_alternation(data['relative_weeks'])}){end}"),
        ("relative_months", rf"{start}(?P<rel>{_alternation(data['relative_months'])}){end}"),
        ("relative_years", rf"{start}(?P<rel>{_alternation(data['relative_years'])}){end}"),
        ("weekday", rf"{start}{inflected(weekday_names, 'weekday', bare=True)}{end}"),
        *([("weekend", rf"{start}(?P<rel>{_alternation(weekends)}){end}")] if weekends else []),
        ("month_after_preposition", rf"{start}{preposition}(?:\s+|-)(?P<core>{bare_month}){end}"),
        # "luna mai": after a word for the month, a name that is an ordinary word too is one
        (
            "month_after_noun",
            rf"{start}{month_noun}\s+(?P<core>{inflected(month_names, 'month')}){end}",
        ),
        # "mid-March 2024": a month and year joined to the word before by a hyphen
        ("preposition_my", rf"{start}{preposition}-(?P<core>{month}\.?\s+{year}){end}"),
        ("month_inflected", rf"{start}{bare_suffixed(month_names, 'month')}{end}"),
        (
            "year_after_preposition",
            rf"{start}{year_preposition}(?:\s+|-)(?P<core>{year}(?:-?(?:{suffix}))?){end}"
            r"(?!\s+de\s)",
        ),
        ("year_suffixed", rf"(?<![\w.,-]){year}-?(?:{suffix}){end}"),
        ("year_word", rf"{start}(?P<core>{year}{year_tail})(?=\s*[.,;:)]|\s*$)"),
        (
            "year_postposition",
            rf"{start}(?P<core>{year})\s+{postposition}{end}",
        ),
        ("month_postposition", rf"{start}(?P<core>{bare_month})\s+{postposition}{end}"),
        # "the 2010 earthquake": a year before a noun, after an article
        (
            "year_after_determiner",
            rf"{start}{_alternation(data.get('year_determiners', []))}\s+(?P<core>{year}){end}"
            r"(?=\s+[^\W\d_])",
        ),
    ]
    if weighs_context and ambiguous_weekdays:
        weekday = inflected(ambiguous_weekdays, "weekday")
        raw_patterns.append(("weekday_ambiguous", rf"{start}{weekday}{end}"))
    # "în noaptea de luni spre marți": the night into a day is that day, as "overnight" is
    # the morning's; the first weekday is part of the mention, not a date of its own.
    night_first_words = {}
    first_day = rf"{names(weekday_names)}(?:{suffix})?"
    for number, template in enumerate(data.get("night_into", [])):
        parts = template.split("{}")
        before_first, between, after_second = (
            r"\s+".join(re.escape(word) for word in part.split(" ")) for part in parts
        )
        kind = f"weekday_night_{number}"
        raw_patterns.append(
            (
                kind,
                rf"{start}{before_first}{first_day}{between}"
                rf"{inflected(weekday_names, 'weekday')}{after_second}{end}",
            )
        )
        opening = parts[0].split()
        night_first_words[kind] = opening[:1] if opening else weekday_names
    # A time of day after a date is part of its match, which is then longer than a relative
    # day in that time ("tegnap éjjel" over "éjjel"); a core keeps it out of the mention.
    after, before = data.get("time_of_day_after"), data.get("time_of_day_before")
    if ambiguous_weekdays and after:
        # A time of day after it says an ambiguous weekday is the day ("kedd este").
        weekday = inflected(ambiguous_weekdays, "weekday")
        timed = rf"(?=\s+{_alternation(after)}(?![\w-]))"
        raw_patterns.append(("weekday_timed", rf"{start}{weekday}{end}{timed}"))
    if "month_attribute_before" in data:
        # A bare month as an attribute ("the March fire"); its context decides.
        raw_patterns.append(
            ("month_attribute", rf"{start}(?P<month>{names(month_names, bare=True)}){end}")
        )
    time = rf"(?:\s+{_alternation(after)}(?![\w-]))?" if after else ""
    patterns = tuple(
        (kind, re.compile(regex + time, re.IGNORECASE)) for kind, regex in raw_patterns
    )
    tried = [(i, kind, p, "core" in p.groupindex) for i, (kind, p) in enumerate(patterns)]
    holiday_of = {}
    for month_day, phrases in data["holidays"].items():
        month_number, day_number = (int(part) for part in month_day.split("-"))
        for key in _lookup(dict.fromkeys(phrases, 0)):
            holiday_of[key] = Holiday(month_number, day_number)
    for feast, phrases in movable.items():
        for key in _lookup(dict.fromkeys(phrases, 0)):
            holiday_of[key] = _movable(feast)
    relative = {
        unit: _lookup(data[f"relative_{unit}"]) for unit in ("days", "weeks", "months", "years")
    }
    first_words = [
        *month_names,
        *weekday_names,
        *holiday_words,
        *modifiers,
        *data["month_prepositions"],
        *data.get("month_nouns", []),
        *(phrase for unit in _UNITS for phrase in data[f"relative_{unit}"]),
        *weekends,
        *(word for words in night_first_words.values() for word in words),
        *data.get("year_prepositions", []),
        *data.get("year_determiners", []),
    ]
    # A look ahead, so that a word of several ("sfârșitul lunii") leaves the gate free to stop
    # again inside it ("lunii trecute").
    gate = Caseless(rf"(?<![\w.-])(?=(?P<word>\d|{_alternation(first_words)}))")
    prepositions, modifier_words = data["month_prepositions"], list(modifiers)
    begins_with = {  # pattern kind -> the words it begins with
        **dict.fromkeys(
            ("mdy", "my", "md", "month_modifier", "month_inflected", "month_postposition"),
            month_names,
        ),
        **dict.fromkeys(("modifier_md", "modifier_month", "modifier_holiday"), modifier_words),
        **dict.fromkeys(("holiday_modifier", "holiday_year", "holiday"), holiday_words),
        **{f"relative_{unit}": list(data[f"relative_{unit}"]) for unit in _UNITS},
        "weekday": weekday_names,
        "weekend": weekends,
        "weekday_ambiguous": ambiguous_weekdays,
        "weekday_timed": ambiguous_weekdays,
        **night_first_words,
        "month_attribute": month_names,
        "year_after_determiner": list(data.get("year_determiners", [])),
        **dict.fromkeys(("month_after_preposition", "preposition_my"), prepositions),
        "year_after_preposition": year_prepositions,
        "month_after_noun": list(data.get("month_nouns", [])),
    }
    words_may_start_with_digits = any(not w[:1].isalpha() for w in first_words)
    return DateRules(
        patterns=patterns,
        gate=gate,
        at_digit=tuple(t for t in tried if t[1] in _DIGIT_FIRST or words_may_start_with_digits),
        at_letter=LetterPatterns([t for t in tried if t[1] not in _DIGIT_FIRST], begins_with),
        month_of=_name_lookup(data["months"]),
        weekday_of=_name_lookup(data["weekdays"]),
        holiday_of=holiday_of,
        relative=relative,
        weekends=_lookup(weekends),
        modifier_of=_lookup(modifiers),
        suffixes=tuple(sorted({fold(s) for s in data["word_suffixes"]}, key=len, reverse=True)),
        context=Context.from_data(lang, data),
        time_before=re.compile(rf"(?<![\w-]){_alternation(before)}\s+\Z", re.IGNORECASE)
        if before
        else None,
        time_before_ends=tuple(
            {
                variant
                for phrase in before or ()
                for ending in (" ".join(phrase.lower().split()[-2:]),)
                for variant in (ending, strip_accents(ending))
            }
        ),
    )


_UNITS = ("days", "weeks", "months", "years")
# The patterns that begin with digits; all others begin with a word of the data.
_DIGIT_FIRST = frozenset(
    {
        "ymd_numeric",
        "dmy_numeric",
        "ymd",
        "dmy",
        "ym",
        "dm",
        "year_suffixed",
        "year_word",
        "year_postposition",
    }
)


def holiday_words_re(words: list[str], suffix_re: str | None) -> str:
    ending = f"(?:{suffix_re})?" if suffix_re else ""
    return f"{_alternation(words)}{ending}"


def _name_number(text: str, table: dict[str, int], suffixes: tuple[str, ...]) -> int | None:
    key = fold(text)
    if key in table:
        return table[key]
    for suffix in suffixes:
        if key.endswith(suffix) and key[: -len(suffix)] in table:
            return table[key[: -len(suffix)]]
    return None


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) - months
    return index // 12, index % 12 + 1


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _latest_year(month: int, day: int, published: dt.date) -> int:
    """The year of the latest (month, day) not after publication."""
    return (
        published.year if (month, day) <= (published.month, published.day) else published.year - 1
    )


def resolve(
    kind: str, match: re.Match[str], rules: DateRules, published: dt.date | None
) -> DateValue | None:
    """The value of one match; None when the match is not a date after all (e.g. 31 February)."""
    groups = match.groupdict()

    def month_number() -> int | None:
        if groups.get("mon"):
            return int(groups["mon"])
        return _name_number(groups["month"], rules.month_of, rules.suffixes)

    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None

    if kind in ("ymd_numeric", "dmy_numeric", "ymd", "dmy", "mdy"):
        month = month_number()
        date = _safe_day(year, month, day) if month and year and day else None
        return DateValue(date, date, "day") if date else None
    if kind in ("ym", "my", "preposition_my"):
        month = month_number()
        if not month or not year:
            return None
        return DateValue(*_month_range(year, month), "month")
    if kind in ("dm", "md"):
        month = month_number()
        if not month or not day or _safe_day(2000, month, day) is None:
            return None
        if published is None:
            return DateValue(None, None, "day", relative=True)
        date = _safe_day(_latest_year(month, day, published), month, day)
        return DateValue(date, date, "day", relative=True)
    if kind == "modifier_md":
        month = month_number()
        offset = rules.modifier_of.get(fold(groups["mod"]))
        if not month or not day or offset is None or _safe_day(2000, month, day) is None:
            return None
        if published is None:
            return DateValue(None, None, "day", relative=True)
        date = _safe_day(published.year - offset, month, day)
        return DateValue(date, date, "day", relative=True)
    if kind in ("month_modifier", "modifier_month"):
        month = month_number()
        offset = rules.modifier_of.get(fold(groups["mod"]))
        if not month or offset is None:
            return None
        if published is None:
            return DateValue(None, None, "month", relative=True)
        return DateValue(*_month_range(published.year - offset, month), "month", relative=True)
    if kind.startswith("holiday") or kind == "modifier_holiday":
        holiday = _holiday(groups["holiday"], rules)
        if holiday is None:
            return None
        if year is not None:  # "Easter 2023": that year's, an absolute day
            date = holiday.in_year(year)
            if date is None or (published is not None and date > published):
                return None
            return DateValue(date, date, "day")
        if published is None:
            return DateValue(None, None, "day", relative=True)
        if groups.get("mod"):
            offset = rules.modifier_of.get(fold(groups["mod"]), 0)
            date = holiday.in_year(published.year - offset)
        else:
            date = holiday.latest(published)
        if date is None or date > published:
            return DateValue(None, None, "day", relative=True)
        return DateValue(date, date, "day", relative=True)
    if kind.startswith("relative_"):
        unit = kind.removeprefix("relative_")
        amount = rules.relative[unit].get(fold(groups["rel"]))
        precision = {"days": "day", "weeks": "week", "months": "month", "years": "year"}[unit]
        if amount is None:
            return None
        if published is None:
            return DateValue(None, None, precision, relative=True)
        return _relative(unit, amount, published)
    if kind == "weekend":
        if published is None:
            return DateValue(None, None, "week", relative=True)
        # The last Saturday and Sunday up to publication: a Monday article's weekend is the
        # one just gone, a Saturday article's that same day, unless it says "last weekend".
        saturday = published - dt.timedelta(days=(published.isoweekday() - 6) % 7)
        if rules.weekends.get(fold(groups["rel"])) and published.isoweekday() >= 6:
            saturday -= dt.timedelta(days=7)
        sunday = min(saturday + dt.timedelta(days=1), published)
        return DateValue(saturday, sunday, "week", relative=True)
    if kind.startswith("weekday"):
        weekday = _name_number(groups["weekday"], rules.weekday_of, rules.suffixes)
        if weekday is None:
            return None
        if published is None:
            return DateValue(None, None, "day", relative=True)
        # The named day on or before publication: a Friday article's "on Friday" is that day.
        date = published - dt.timedelta(days=(published.isoweekday() - weekday) % 7)
        return DateValue(date, date, "day", relative=True)
    if kind.startswith("month_"):
        month = month_number()
        if not month:
            return None
        if published is None:
            return DateValue(None, None, "month", relative=True)
        year = published.year if month <= published.month else published.year - 1
        return DateValue(*_month_range(year, month), "month", relative=True)
    if kind.startswith("year_"):
        if year is None or (published is not None and year > published.year):
            return None
        return DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    raise ValueError(f"unknown date pattern {kind!r}")


def _holiday(text: str, rules: DateRules) -> Holiday | None:
    key = fold(text)
    if key in rules.holiday_of:
        return rules.holiday_of[key]
    for suffix in rules.suffixes:
        if key.endswith(suffix) and key[: -len(suffix)] in rules.holiday_of:
            return rules.holiday_of[key[: -len(suffix)]]
    return None


def _relative(unit: str, amount: int, published: dt.date) -> DateValue:
    if unit == "days":
        date = published - dt.timedelta(days=amount)
        return DateValue(date, date, "day", relative=True)
    if unit == "weeks":
        monday = published - dt.timedelta(days=published.weekday() + 7 * amount)
        end = min(monday + dt.timedelta(days=6), published)
        return DateValue(monday, end, "week", relative=True)
    if unit == "months":
        start, end = _month_range(*_shift_month(published, amount))
        return DateValue(start, min(end, published), "month", relative=True)
    start, end = dt.date(published.year - amount, 1, 1), dt.date(published.year - amount, 12, 31)
    return DateValue(start, min(end, published), "year", relative=True)


_WORD_CHARS = re.compile(r"[\w'’ʼ-]+")
_TRAILING_MARKS = ".,;:!?…)]}\"'”»"


def _words_before(text: str, position: int, count: int = 3) -> list[str]:
    """Up to ``count`` words right before a position as :func:`_plain` keys, nearest last;
    none across a punctuation mark ("Luni, de zile" has none before "de")."""
    if position and not text[position - 1].isspace():
        return []
    tokens = text[max(0, position - 60) : position].split()
    if position > 60:
        tokens = tokens[1:]  # the first may be cut
    words: list[str] = []
    for token in reversed(tokens):
        if len(words) == count or not _WORD_CHARS.fullmatch(token):
            break
        words.append(_plain(token))
    return words[::-1]


def _words_after(text: str, position: int, count: int = 3) -> list[str]:
    """Up to ``count`` words right after a position as :func:`_plain` keys; none across a
    punctuation mark."""
    if position >= len(text) or not text[position].isspace():
        return []
    words: list[str] = []
    for token in text[position : position + 60].split()[:count]:
        word = token.rstrip(_TRAILING_MARKS)
        if not word or not _WORD_CHARS.fullmatch(word):
            break
        words.append(_plain(word))
        if word != token:
            break  # a mark ends the phrase
    return words


def _ends_with_phrase(words: list[str], phrases: frozenset[str]) -> int:
    """How many of the last words form one of the phrases (the longest); 0 when none do."""
    for size in range(min(len(words), 3), 0, -1):
        if " ".join(words[-size:]) in phrases:
            return size
    return 0


def _starts_with_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[:size]) in phrases for size in range(1, min(len(words), 3) + 1))


def _weekday_not_a_name(match: re.Match[str], text: str, rules: DateRules) -> bool:
    """A weekday, unless the language writes them lowercase and this one, capitalised inside
    a sentence, begins a name with the capitalised word after it ("la Miercurea Ciuc")."""
    if not rules.context.lowercase_weekdays:
        return True
    start, end = match.span("weekday")
    if not text[start].isupper() or opens_sentence(text, start):
        return True
    following = _NEXT_LETTER.match(text, end)
    return following is None or not following.group(1).isupper()


_NEXT_LETTER = re.compile(r"[\s\u00a0]{1,2}(\w)")


def _weekday_in_context(match: re.Match[str], text: str, rules: DateRules) -> bool:
    """An ambiguous weekday is one unless a number, a quantifier ("câteva luni") or a phrase
    after it ("luni de zile") gives it its other sense."""
    if not _weekday_not_a_name(match, text, rules):
        return False
    context = rules.context
    before = _words_before(text, match.start())
    if before:
        last = before[-1]
        if last in context.numbers or any(c.isdigit() for c in last):
            return False
        if _ends_with_phrase(before, context.other_sense_before):
            return False
    after = _words_after(text, match.end())
    if _starts_with_phrase(after, context.sense_after):
        return True
    return not _starts_with_phrase(after, context.other_sense_after)


def _holiday_in_context(match: re.Match[str], text: str, rules: DateRules) -> bool:
    """A holiday used as a time: a phrase that is one alone, a time ending ("karácsonykor"),
    an incident after it ("karácsonyi támadás"), or a word before it ("de Crăciun") that does
    not follow a noun it qualifies ("târg de Crăciun")."""
    context = rules.context
    if context.holiday_before is None:
        return True
    phrase = _plain(match.group("holiday"))
    if phrase in context.holiday_standalone:
        return True
    if phrase not in rules.holiday_of and any(
        phrase.endswith(ending) and phrase[: -len(ending)] in rules.holiday_of
        for ending in context.holiday_endings
    ):
        return True
    after = _words_after(text, match.end(), 1)
    if after:
        word = after[0]
        if word in context.incident_words or word.startswith(context.incident_prefixes):
            return True
    before = _words_before(text, match.start())
    size = _ends_with_phrase(before, context.holiday_before)
    if not size:
        return bool(before) and before[-1].startswith(context.holiday_before_prefixes)
    if size == len(before):
        return True
    noun = before[-size - 1]
    return noun not in context.attribute_of and not noun.startswith(context.attribute_prefixes)


def _relative_in_context(match: re.Match[str], text: str, rules: DateRules) -> bool:
    """Not an adjective: "an overnight attack" says when nothing happened in particular; nor
    a night named after it ("during the night of 3 March") or a noun it qualifies ("the night
    shift")."""
    context = rules.context
    after = _words_after(text, match.end(), 1)
    if after and after[0] in context.relative_other_sense_after:
        return False
    if not (context.adjective_before or context.adjective_endings):
        return True
    position = match.start()
    if position and not text[position - 1].isspace():
        return True
    tokens = text[max(0, position - 40) : position].split()
    if not tokens:
        return True
    last = _plain(tokens[-1])
    return last not in context.adjective_before and not last.endswith(context.adjective_endings)


def _month_attribute_in_context(match: re.Match[str], text: str, rules: DateRules) -> bool:
    """A bare month names when an event happened where it qualifies a lowercase noun after
    an article ("the March fire") or an incident noun ("June attacks"); "the March on Rome"
    is a march and "it may rain" never matches (the names are capitalised)."""
    context = rules.context
    after = _words_after(text, match.end(), 1)
    if not after or after[0] in context.month_other_sense_after:
        return False
    if not text[match.end() : match.end() + 40].lstrip()[:1].islower():
        return False
    word = after[0]
    if word in context.incident_words or word.startswith(context.incident_prefixes):
        return True
    return bool(
        _ends_with_phrase(_words_before(text, match.start()), context.month_attribute_before)
    )


_IN_CONTEXT = {
    "weekday": _weekday_not_a_name,
    "weekday_ambiguous": _weekday_in_context,
    "weekday_timed": _weekday_in_context,
    "month_attribute": _month_attribute_in_context,
    "holiday": _holiday_in_context,
    "holiday_year": _holiday_in_context,
    "relative_days": _relative_in_context,
}


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: DateValue


def find_dates(text: str, lang: str, published: dt.date | None) -> list[DateMatch]:
    """Non-overlapping date mentions in a text, longest first where they compete."""
    rules = rules_for(lang)
    if rules is None:
        return []
    found = []
    low = simple_lower(text)  # one character for one: its slices are the words lowercased
    for gate in rules.gate.finditer(text, low):
        position = gate.start()
        if text[position].isdigit():
            tried = rules.at_digit
        else:
            tried = rules.at_letter(low[position : gate.end("word")])
        for priority, kind, pattern, core in tried:
            match = pattern.match(text, position)
            if match is None:
                continue
            start, end = match.span("core") if core and match.group("core") else match.span()
            found.append((start, end, priority, kind, match))
    found.sort(key=lambda item: (-(item[1] - item[0]), item[2], item[0]))
    taken = bytearray(len(text))  # characters of the mentions kept so far
    results = []
    timed = False  # whether a mention may have a time of day before it
    for start, end, _, kind, match in found:
        if taken.find(1, start, end) >= 0:
            continue
        if kind in _IN_CONTEXT and not _IN_CONTEXT[kind](match, text, rules):
            # Words that are no date here hold none inside them: "Good Friday Agreement"
            # names no Friday.
            taken[start:end] = b"\x01" * (end - start)
            continue
        value = resolve(kind, match, rules, published)
        if value is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        results.append((start, end, kind, value))
        timed = timed or low.endswith(rules.time_before_ends, 0, max(start - 1, 0))
    results.sort(key=_first)
    if timed:
        results = _attach_times(text, low, results, rules)
    return _join_weekdays(text, results)


def _attach_times(
    text: str, low: str, results: list[tuple[int, int, str, DateValue]], rules: DateRules
) -> list[tuple[int, int, str, DateValue]]:
    """The mentions in order, each with the time of day right before it ("overnight on"); a
    mention inside that time ("overnight": a relative day alone) is part of it, no date."""
    joined: list[tuple[int, int, str, DateValue]] = []
    for start, end, kind, value in results:
        # A time ends with its last two words and a space just before the mention.
        if low.endswith(rules.time_before_ends, 0, max(start - 1, 0)):
            before = rules.time_before.search(text, max(0, start - 48), start)
            # Not over a mention that begins before the time and ends in it.
            if before and not (joined and joined[-1][0] < before.start() < joined[-1][1]):
                start = before.start()
                while joined and joined[-1][0] >= start:
                    joined.pop()
        joined.append((start, end, kind, value))
    return joined


_WEEKDAY_KINDS = frozenset({"weekday", "weekday_ambiguous", "weekday_timed"})
_WRITTEN_DAYS = frozenset(
    {"ymd_numeric", "dmy_numeric", "ymd", "dmy", "mdy", "dm", "md", "modifier_md"}
)
_WEEKDAY_GAP = re.compile(r"[\s,]{0,3}")


def _first(item: tuple) -> int:
    return item[0]


def _join_weekdays(text: str, results: list[tuple[int, int, str, DateValue]]) -> list[DateMatch]:
    """The mentions in order; a weekday just before a written day ("luni, 3 martie") is part
    of that day's mention: the day says which week, the weekday alone would guess."""
    joined: list[DateMatch] = []
    weekday: tuple[int, int, DateValue] | None = None  # waiting for a written day after it
    for start, end, kind, value in results:
        if weekday is not None:
            if kind in _WRITTEN_DAYS and _WEEKDAY_GAP.fullmatch(text, weekday[1], start):
                joined.append(DateMatch(weekday[0], end, value))
                weekday = None
                continue
            joined.append(DateMatch(*weekday))
            weekday = None
        if kind in _WEEKDAY_KINDS:
            weekday = (start, end, value)
        else:
            joined.append(DateMatch(start, end, value))
    if weekday is not None:
        joined.append(DateMatch(*weekday))
    return joined


class DateFinder(Finder):
    """Finds date mentions and puts them in ``doc.spans["dates"]`` with ``span._.date``."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.lang = nlp.lang
        self.name = name
        rules_for(self.lang)  # compile once, when the pipeline is built

    def find(self, doc: Doc) -> list[DateMatch]:
        return find_dates(doc_text(doc), self.lang, doc._.published)

    def annotate(self, doc: Doc, matches: list[DateMatch]) -> None:
        spans = []
        for match in matches:
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None:
                continue
            span._.date = match.value
            spans.append(span)
        doc.spans["dates"] = spans


@Language.factory("incident_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp, name)
