"""Place and nationality mentions: the spaCy component ``incident_places``.

Finds, in any language that has ``places.toml``:

* capitalised names of one to four words ("Kharkiv", "New York", "Rostov-on-Don"), also
  inflected: the language's endings are stripped ("Debrecenben" -> Debrecen, "Clujului" ->
  Cluj, "Ucrainei" -> Ucraina, "Києві" -> Київ, "Kiev'deki" -> Kiev);
* region phrases from data ("regiunea Odesa", "Odessza megye", "Одесская область"): a region
  named after a city is the first-level division of which that city is the most populous;
* lowercase adjectives made from place names where the language has them ("kijevi");
* nationality adjectives ("rusă", "orosz", "Russian") -> ISO country code.

Places go to ``doc.spans["places"]`` (``span._.place``: :class:`Place`), nationalities to
``doc.spans["nationalities"]`` (``span._.country``). A lowercase adjective of a country is a
nationality where it is a word for the people ("azerbajdzsáni"), a place where the language
has another ("oroszországi": in Russia, beside "orosz"); that of a city ("kijevi") is a place.

Rules against false places, all general:

* ambiguity: the kind first (country > region > city), then population, weighted: x
  ``country_bonus`` for a country the article names (a country or a nationality), x10 for a
  town of a first-level region it names, x10 for the name as written over a stem, x5 for a
  place's own name over another's former or foreign one, x3 for a capital, x20 for a town where
  the language is spoken;
* small places (below ``min_population``) need support: a preposition before ("la", "in",
  "у"), a locative case ending ("-ban", "'da"), a postposition after ("mellett"), a region
  pattern, or their country named in the article. A sentence-initial word gets no support
  from the article's countries, so an ordinary word opening a sentence stays a word;
* a name that is also an ordinary word of the language (its lemma table, see the gazetteer:
  "Police", "Avion") is that word when it opens a sentence; a small town of such a name
  needs a preposition or a locative ending;
* nationality words win over towns of the same form ("Română" is no La Romana, "Украинские"
  no Ukrainsk), not over countries ("Azerbaidjanului"), nor written without the diacritics
  of the word in a text that has them ("la Roman" is the town, the word is "român");
* person and organisation names: a place directly beside another capitalised word that is no
  country or region, stop word, title word (``title_words``: "Mayor", "Ambasada"),
  preposition or nationality is part of a name ("Vladimir Putin", "Kyiv Independent", "Paris
  Hilton", "Maia Sandu"); a word opening the sentence counts unless it is a date word or the
  text also writes it in lowercase. A declined country, a locative town after a name
  ("Putyin Bakuba") and a name closed by an apostrophe ending ("Kyiv's Podil") are exempt;
* news sources: ``not_places`` (outlets, also removed from the gazetteer) and names directly
  after ``source_before`` or before ``source_after`` words ("transmite Reuters", "a Reuters
  szerint") are not places;
* dates and numbers: a holiday the date finder read ("on Christmas") and a number word
  opening a sentence ("Tízre emelkedett") are no towns;
* acronyms: a word in capitals amid ordinary text ("BLA", "NATO") is no town unless the
  gazetteer has the name written in capitals ("DRC"); a dateline ("KYIV, Ukraine") or a
  line in capitals is read as names;
* foreign towns: where the article places something in a country or region, a town below
  ``foreign_min_population`` of another country (not named by any country or nationality
  word either) needs a preposition or a locative ending and its own name: "Kech" in an
  article on Pakistan is no Ketsch (Germany, once "Kech");
* a nationality after a region word is no name ("regiunea rusă" is no town Rusa); a name may
  follow it ("regiunea rusă Kursk"), also after another adjective ("regiunea peruană Cusco");
* weapons: a town beside a weapon noun (``weapon_words``: "a Tomahawk missile", "rachete
  Kalibr", "Patriot rendszer") is the weapon unless a preposition places it, it is big as
  written, or it is declined and of the article's countries (a target). The context finds
  weapons no list has yet; the outlets-and-weapons ``not_places`` stay for the common ones;
* the countries the article names include those of the regions it names ("Dalhousie" beside
  "Himachal Pradesh" is the Indian town), and a small town of such a country counts;
* a nationality before a region word is no name ("the Spanish region of Valencia").

Cities written with a city word: a compound (``city_compounds``: "Gázavárosban") or after
``city_before`` ("orașul Kuweit") is the city of that name, of a country's name its capital. A
word and a number may be one name the gazetteer knows ("Sectorul 3": Bucharest's Sector 3).
Where the language declines the first word of a longer name (``first_word_suffixes``:
"Coreei de Sud", "Republicii Moldova") it is stripped too. A direction written the language's
way (``directions``: "Darfurul de Nord", "Észak-Darfurban") finds the English name ("North
Darfur"). A region word after a name the gazetteer has only as "<name> region" ("North West
province") is that region, not a town of the name.

A known name may end in a lowercase word of the language's own tables ("a Gázai övezetben":
the Gaza Strip), found after a run of capitalised words.

A region abbreviated as news agencies write it after a town (``region_abbreviations``:
"Laval, Que.", "NASHVILLE, Tenn. —") is that region, only as written, dots and capitals, and
only after a town and a comma or, written as initials, after a preposition ("in B.C."). Like
any region it names its country and region for the town before it ("Salem, Ore.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from components import facts, langdata
from components.finder import Finder
from components.gazetteer import Gazetteer, normalize
from components.numbers import number_words
from components.patterns import SKIP_BACK, Caseless, opens_sentence, simple_lower

MAX_NAME_WORDS = 4
MIN_STEM = 3
# The population from which a city is known abroad by a compound of its name ("Gázaváros").
COMPOUND_CITY = 100_000
# A name as written outweighs a stem by this factor: "Bakuba" is Baqubah unless Azerbaijan is
# in the article, where Baku (in the illative case) wins.
EXACT_BONUS = 10
# A place's own name outweighs another's former or foreign name: "Pokrovsk" is the Ukrainian
# town, not Engels (Pokrovsk until 1931), though Engels is bigger.
MAIN_NAME_BONUS = 5
# Where no place has a name as its own, a spelling of a place's own name outweighs another
# place's former name: "Sloviansk" is Slovyansk, not Nikopol (once Slavyansk), as big.
SPELLING_BONUS = 2
SPELLING_SIMILARITY = 0.8
# A place of a country where the article's language is spoken outweighs a foreign one by
# this factor, when the article names no country: "Baján" is Baja, not Bayan (China), though
# that name is exact and the other a stem.
HOME_BONUS = 20
# A town of a first-level region the article names outweighs one elsewhere in its country:
# "Bijapur" beside "Chhattisgarh" is that state's town, not Vijayapura (once Bijapur).
REGION_BONUS = 10
# Capitals are named far more often than towns of their size: "Islamabad" is Pakistan's
# capital, not Chattogram (once called Islamabad), though Chattogram is bigger.
CAPITAL_BONUS = 3
# A town where the language is spoken, by its own name as written, outweighs a foreign place
# read through an ending by another of its names, when the article names no other country:
# "Solt" is the Hungarian town, not Seoul (also "Sol") in the accusative.
HOME_OWN_NAME_BONUS = 100
_OWN_LENGTH = 9  # letters of another name that stands for one place alone ("csikszereda")
HOME_ADJECTIVE_MIN_POPULATION = 5_000  # "gödi": of a town where the language is spoken
TITLE_PREFIX = 5  # title words this long match as prefixes
RESPELL_MIN_LENGTH = 4  # stems this long at least are respelled
RESPELL_MIN_POPULATION = 20_000  # a respelled name is a town this big, a region or a country
MAX_SPELLINGS = 64
PAIR_MIN_POPULATION = 50_000  # each town of a hyphenated pair ("Warsaw-Lublin")
_CONNECTOR_MAX = 4  # lowercase words inside a name: "Rostov on Don", "Frankfurt am Main"


@lru_cache(maxsize=65_536)
def _spelling_of(key: str, main_key: str) -> bool:
    """Whether a name is a spelling of a place's own name ("sloviansk" of "slovyansk")."""
    import difflib

    return difflib.SequenceMatcher(None, key, main_key).ratio() >= SPELLING_SIMILARITY


@cache
def letter_classes() -> tuple[str, str]:
    """Character classes of upper- and lowercase letters of the scripts we read."""
    upper, lower = [], []
    for code in (*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)):
        char = chr(code)
        if char.isupper() or char.istitle():
            upper.append(char)
        elif char.islower():
            lower.append(char)
    return "[" + re.escape("".join(upper)) + "]", "[" + re.escape("".join(lower)) + "]"


@cache
def _word_patterns() -> dict[str, re.Pattern[str]]:
    upper, lower = letter_classes()
    letter = r"[^\W\d_]"
    word = rf"{upper}{letter}*(?:['’ʼ\-]{letter}+)*"
    gap = r"[ \t\u00a0]+"
    connector = rf"{lower}{{1,{_CONNECTOR_MAX}}}"
    # A run holds up to two names' worth of words, so a name after a long capitalised phrase
    # is whole ("Doctors at Nasser Hospital in Khan Younis").
    run = rf"(?<![\w'’ʼ\-]){word}(?:{gap}(?:{connector}{gap})?{word}){{0,{2 * MAX_NAME_WORDS - 1}}}"
    return {
        "run": re.compile(run),
        "word": re.compile(rf"{word}|{connector}"),
        # "Rio Grande do Sul": lowercase particles join the words of a name here too.
        "name": re.compile(rf"{word}(?:{gap}(?:{connector}{gap})?{word}){{0,2}}|{lower}{letter}+"),
        "capitalised_name": re.compile(rf"{word}(?:{gap}(?:{connector}{gap})?{word}){{0,2}}"),
        "upper": re.compile(upper),
    }


@dataclass(frozen=True)
class Ending:
    """A case ending: "-ei>a" strips "ei" and adds "a"; "-'da" needs an apostrophe before it."""

    strip: str
    add: str = ""
    locative: bool = False
    apostrophe: bool = False
    foreign: bool = False  # the case the language gives foreign towns, not its own

    @classmethod
    def parse(cls, entry: str, *, locative: bool = False, foreign: bool = False) -> Ending:
        body = entry.lstrip("-")
        apostrophe = body[:1] in _APOSTROPHES
        strip, _, add = body.partition(">")
        return cls(normalize(strip), normalize(add), locative, apostrophe, foreign)

    def stem(self, key: str, after_apostrophe: str | None = None) -> str | None:
        """The name this ending was added to, or None when it does not apply."""
        if not self.strip or not key.endswith(self.strip):
            return None
        if self.apostrophe and after_apostrophe != self.strip:
            return None
        stem = key[: -len(self.strip)].rstrip() + self.add
        return stem if len(stem) >= MIN_STEM else None


_APOSTROPHES = "'’ʼ"


def _trie_regex(words: set[str], classes: dict[str, str]) -> str:
    """One regex alternation of many normalised words, shared prefixes factored out."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = []
        optional = "" in node
        for char, child in sorted(node.items()):
            if char:
                branches.append(classes.get(char, re.escape(char)) + emit(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


@cache
def _equivalents(*, lowercase: bool = False) -> dict[str, str]:
    """Normalised letter -> regex class of every letter that normalises to it ("s" -> [sșş])."""
    groups: dict[str, set[str]] = {}
    for code in (*range(0x41, 0x250), *range(0x400, 0x530), *range(0x1E00, 0x1F00)):
        char = chr(code)
        if not char.isalpha() or (lowercase and not char.islower()):
            continue
        key = normalize(char)
        if len(key) == 1:
            variants = {char} if lowercase else {char, char.lower(), char.upper()}
            groups.setdefault(key, set()).update(variants)
    return {
        key: "[" + re.escape("".join(sorted(chars))) + "]"
        for key, chars in groups.items()
        if len(chars) > 1
    }


@dataclass(frozen=True, eq=False)
class Rules:
    """A language's ``places.toml``, compiled."""

    lang: str
    # Countries where the language is spoken: their places win near ties in ranking.
    home: frozenset[str]
    endings: tuple[Ending, ...]  # longest first
    nationality_endings: tuple[Ending, ...]  # the endings above and those of nationality words
    adjective_endings: tuple[Ending, ...]
    patterns: tuple[RegionPattern, ...]
    nationalities: dict[str, str]
    nationality_countries: frozenset[str]  # the countries with a word in ``nationalities``
    nationality_regex: re.Pattern[str] | None  # over lowercase text
    nationality_regex_any_case: re.Pattern[str] | None
    adjective_regex: re.Pattern[str] | None
    prepositions: frozenset[str]
    postpositions: frozenset[str]
    title_words: frozenset[str]
    title_prefixes: tuple[str, ...]  # long title words also match inflected ("Büyükelçisini")
    source_before: frozenset[str]
    source_after: frozenset[str]
    not_places: frozenset[str]
    not_adjectives: frozenset[str]  # normalised lowercase words: "pápai" is papal
    stop_words: frozenset[str]  # normalised
    raw_stop_words: frozenset[str]
    ordinary: frozenset[str]  # date words ("Tavaly", "Yesterday"): no first names
    qualifiers: tuple[str, ...]  # normalised, each with a space after: "old ", "kelet "
    # Lowercase words that end a known name after a capitalised one ("Gázai övezet").
    tail_words: tuple[str, ...]
    tail_regex: re.Pattern[str] | None
    weapon_words: tuple[str, ...]  # normalised prefixes of weapon nouns ("rachet", "missile")
    city_compounds: tuple[str, ...]  # normalised words written onto a name: "varos"
    city_before: frozenset[str]  # normalised words before a name that make it a city
    first_word_endings: tuple[Ending, ...]  # of the first word of a longer name
    # (before, after, English key with "{}"): "Darfurul de Nord" is "north darfur"
    directions: tuple[tuple[str, str, str], ...] = ()
    # The nationality words as written, lowercased: "român" is one, "Roman" (a town) is not.
    nationality_spellings: frozenset[str] = frozenset()
    # The language writes nationality words in lowercase ("japán"): "Japán" inside a
    # sentence is the country.
    lowercase_nationalities: bool = False
    # Spelling rules of foreign names written the language's way, longest letters first:
    # ("sz", ("s",)): "Szagaing" may be "Sagaing".
    respellings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Words of an organisation named after a country: "Pakistan Railways", "Air India".
    organisation_before: frozenset[str] = frozenset()
    organisation_after: frozenset[str] = frozenset()
    # A street, river or lake named after a person or a town: "strada Mihai Viteazu", "Petőfi
    # utca", "râul Bârlad".
    feature_before: re.Pattern[str] | None = None
    feature_after: re.Pattern[str] | None = None
    # A capitalised word and a particle of foreign names just before a name: the name ends a
    # longer one ("Maguindanao del Sur").
    tail_of_name: re.Pattern[str] | None = None
    # A name joined by "and" to one a preposition or postposition places: "between Ajka and
    # Pápa", "Ásotthalom és Mórahalom között".
    placed_with_next: re.Pattern[str] | None = None
    placed_with_previous: re.Pattern[str] | None = None
    # A region abbreviated after a town ("Laval, Que."): (abbreviation, country, name key).
    abbreviations: tuple[tuple[str, str, str], ...] = ()
    abbreviation_regex: re.Pattern[str] | None = None

    @classmethod
    @cache
    def for_language(cls, lang: str) -> Rules:
        data = langdata.load(lang, "places")
        if not data:
            raise ValueError(f"no places.toml for language {lang!r}")
        foreign = set(data.get("foreign_suffixes", []))
        endings = sorted(
            {Ending.parse(e) for e in data["suffixes"]}
            | {
                Ending.parse(e, locative=True, foreign=e in foreign)
                for e in data.get("locative_suffixes", [])
            },
            key=lambda e: (-len(e.strip), not e.apostrophe, not e.locative, e.add),
        )
        adjective = tuple(
            sorted(
                {Ending.parse(e, locative=True) for e in data.get("adjective_suffixes", [])},
                key=lambda e: -len(e.strip),
            )
        )
        nationality_endings = tuple(
            sorted(
                set(endings) | {Ending.parse(e) for e in data.get("nationality_suffixes", [])},
                key=lambda e: -len(e.strip),
            )
        )
        nationalities = {normalize(k): v.upper() for k, v in data["nationalities"].items()}
        for form, code in list(nationalities.items()):
            for stem in _stems(form, nationality_endings):
                if len(stem) > MIN_STEM:  # "russk" from "russkij", not "rus" from "rusa"
                    nationalities.setdefault(stem, code)
        titles = frozenset(normalize(w) for w in data.get("title_words", []))
        abbreviations = tuple(
            (abbreviation, code.strip().upper(), normalize(name))
            for abbreviation, reference in data.get("region_abbreviations", {}).items()
            for code, _, name in [reference.partition(":")]
        )
        return cls(
            lang=lang,
            home=frozenset(c.upper() for c in data.get("home_countries", [])),
            endings=tuple(endings),
            nationality_endings=nationality_endings,
            adjective_endings=adjective,
            patterns=tuple(RegionPattern.compile(p) for p in data["region_patterns"]),
            nationalities=nationalities,
            nationality_countries=frozenset(nationalities.values()),
            nationality_spellings=frozenset(k.lower() for k in data["nationalities"]),
            lowercase_nationalities=all(k == k.lower() for k in data["nationalities"]),
            nationality_regex=_nationality_regex(set(nationalities)),
            nationality_regex_any_case=_nationality_regex(set(nationalities), any_case=True),
            adjective_regex=_adjective_regex(adjective),
            prepositions=frozenset(normalize(w) for w in data.get("prepositions", [])),
            postpositions=frozenset(normalize(w) for w in data.get("postpositions", [])),
            title_words=titles,
            title_prefixes=tuple(sorted(t for t in titles if len(t) >= TITLE_PREFIX)),
            source_before=frozenset(normalize(w) for w in data.get("source_before", [])),
            source_after=frozenset(normalize(w) for w in data.get("source_after", [])),
            not_places=frozenset(normalize(w) for w in data.get("not_places", [])),
            not_adjectives=frozenset(normalize(w) for w in data.get("not_adjectives", [])),
            stop_words=frozenset(normalize(w) for w in _stop_words(lang)),
            raw_stop_words=_stop_words(lang),
            ordinary=_date_words(lang),
            qualifiers=tuple(normalize(w) + " " for w in data.get("qualifiers", [])),
            tail_words=_tail_words(data),
            tail_regex=_tail_regex(_tail_words(data)),
            weapon_words=tuple(normalize(w) for w in data.get("weapon_words", [])),
            city_compounds=tuple(normalize(w) for w in data.get("city_compounds", [])),
            city_before=frozenset(normalize(w) for w in data.get("city_before", [])),
            first_word_endings=tuple(
                sorted(
                    {Ending.parse(e) for e in data.get("first_word_suffixes", [])},
                    key=lambda e: (-len(e.strip), e.add),
                )
            ),
            respellings=tuple(
                sorted(
                    (
                        (normalize(k), tuple(v.split("|")))
                        for k, v in data.get("respell", {}).items()
                    ),
                    key=lambda rule: -len(rule[0]),
                )
            ),
            organisation_before=frozenset(
                normalize(w) for w in data.get("organisation_before", [])
            ),
            organisation_after=frozenset(normalize(w) for w in data.get("organisation_after", [])),
            feature_before=_feature_regex(data.get("feature_before", []), before=True),
            feature_after=_feature_regex(data.get("feature_after", []), before=False),
            tail_of_name=_tail_of_name_regex(data.get("name_particles", [])),
            placed_with_next=_coordinated_regex(
                data.get("coordinators", []), data.get("postpositions", []), before=False
            ),
            placed_with_previous=_coordinated_regex(
                data.get("coordinators", []), data.get("prepositions", []), before=True
            ),
            directions=tuple(
                (*_pattern_parts(local), normalize(english.replace("{}", "_")).replace("_", "{}"))
                for local, english in data.get("directions", {}).items()
            ),
            abbreviations=abbreviations,
            # Case-sensitive and with the dots: "Man" and "man" are no Manitoba. No lookbehind
            # first, so the engine skips to the abbreviations' first letters.
            abbreviation_regex=re.compile(
                rf"(?:{_longest_first([a for a, _, _ in abbreviations])})(?!\w)"
            )
            if abbreviations
            else None,
        )


def _pattern_parts(pattern: str) -> tuple[str, str]:
    """The normalised words before and after "{}" with the spaces between them ("Észak-{}"
    is "eszak " and "", as the key of "Észak-Darfur" is "eszak darfur")."""
    before, _, after = normalize(pattern.replace("{}", " _ ")).partition("_")
    return before, after


def _longest_first(words: list[str]) -> str:
    """An alternation of words as written, the longest tried first ("de la" before "de")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _tail_of_name_regex(particles: list[str]) -> re.Pattern[str] | None:
    """A capitalised word and one of the particles, ending right before a name."""
    if not particles:
        return None
    upper, _ = letter_classes()
    return re.compile(rf"(?<![\w'’ʼ\-]){upper}[\w'’ʼ\-]+ (?:{_longest_first(particles)}) $")


def _tail_words(data: dict[str, Any]) -> tuple[str, ...]:
    """Lowercase words after the first of a name in the language's own tables ("Gázai
    övezet"), longest first."""
    tails = {
        word
        for table in ("regions", "cities", "countries")
        for name in data.get(table, {})
        for word in name.split()[1:]
        if word[:1].islower() and len(word) > _CONNECTOR_MAX
    }
    return tuple(sorted(tails, key=lambda w: (-len(w), w)))


def _tail_regex(tails: tuple[str, ...]) -> re.Pattern[str] | None:
    """The tail words as a regex matched right after a run of capitalised words; they take
    endings ("övezetben")."""
    if not tails:
        return None
    words = "|".join(re.escape(w) for w in tails)
    # "XI. kerületben": a numeral's full stop may stand before the tail
    return re.compile(rf"\.?[ \t\u00a0]+(?:{words})[^\W\d_]*(?![\w'’ʼ\-])")


def _stems(key: str, endings: tuple[Ending, ...]) -> list[str]:
    """Stems of a key under the endings that need no apostrophe."""
    return [stem for ending in endings if (stem := ending.stem(key)) is not None]


def _stop_words(lang: str) -> frozenset[str]:
    import importlib

    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(w.lower() for w in module.STOP_WORDS)


def _date_words(lang: str) -> frozenset[str]:
    """Words of the language's dates data: months, weekdays, "yesterday", "tavaly"."""
    dates = langdata.load(lang, "dates")
    words: set[str] = set()
    for key, value in dates.items():
        if key in ("months", "weekdays"):
            for group in value:
                for phrase in group:
                    words.update(normalize(phrase).split())
        elif key.startswith("relative_") and isinstance(value, dict):
            for phrase in value:
                words.update(normalize(phrase).split())
    return frozenset(words)


@dataclass(frozen=True)
class RegionPattern:
    """A region phrase of the data ("regiunea {}", "{} megye"), compiled.

    When the name comes first, ``regex`` finds the pattern words after a word and the name
    is then read backwards from them: searching for "megye" is much cheaper than trying a
    name at every capital letter.

    ``regex`` begins with a look behind, which the regex engine tries at every character:
    :meth:`finditer` looks for the pattern's first word in the lowercased text instead and
    tries ``regex`` only where a match may begin (before the spaces in front of that word,
    or at it).
    """

    regex: re.Pattern[str]
    name_first: bool
    needed: tuple[str, ...]  # lowercase words the text must contain
    first: str  # the first word of the pattern, lowercase
    spaced: bool  # spaces stand before the first word
    first_caseless: Caseless

    @classmethod
    def compile(cls, pattern: str) -> RegionPattern:
        before, _, after = pattern.partition("{}")
        needed = tuple(pattern.replace("{}", " ").lower().split())
        if before.strip():
            regex = r"(?<![\w'’ʼ\-])"
            for word in before.split():
                regex += rf"(?i:{re.escape(word)})\w*\s+"
            regex += rf"(?P<name>{_word_patterns()['name'].pattern})(?!\w)"
            first = before.split()[0]
            return cls(re.compile(regex), False, needed, *cls._first(first, spaced=False))
        # A pattern written onto the name ("{}щин": "Харківщина") has no space before its word.
        regex = r"(?<=[^\W\d_])"
        for i, word in enumerate(after.split()):
            gap = r"\s+" if i or after[:1].isspace() else ""
            regex += rf"{gap}(?i:{re.escape(word)})\w*"
        first = after.split()[0]
        spaced = after[:1].isspace()
        return cls(re.compile(regex + r"(?!\w)"), True, needed, *cls._first(first, spaced=spaced))

    @staticmethod
    def _first(word: str, *, spaced: bool) -> tuple[str, bool, Caseless]:
        return simple_lower(word), spaced, Caseless(re.escape(word))

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """``regex.finditer(text)``; ``lowered`` is ``text.lower()``."""
        if len(lowered) != len(text) or not self.first_caseless.runs_lowercase(lowered):
            yield from self.regex.finditer(text)
            return
        done = 0  # matches do not overlap: none begins before the last one ended
        at = lowered.find(self.first)
        while at >= 0:
            start = at
            if self.spaced:
                while start and text[start - 1].isspace():
                    start -= 1
            if start >= done and (start < at or not self.spaced):
                match = self.regex.match(text, start)
                if match is not None:
                    yield match
                    done = match.end()
            at = lowered.find(self.first, at + 1)


_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")


@cache
def _name_before() -> re.Pattern[str]:
    """A name that ends where the search ends (its ``endpos``)."""
    return re.compile(rf"(?<![\w'’ʼ\-])(?P<name>{_word_patterns()['name'].pattern})\Z")


@cache
def _town_before() -> re.Pattern[str]:
    """A capitalised word and a comma ending where the search ends ("Laval, " of "Laval, Que.",
    "NASHVILLE, " of "NASHVILLE, Tenn. —")."""
    upper = letter_classes()[0]
    return re.compile(rf"(?<![\w'’ʼ\-.])({upper}[^\s,]*),[ \t\u00a0]+\Z")


@cache
def _name_after() -> re.Pattern[str]:
    """A capitalised name after a word (a nationality between a region word and a name)."""
    name = _word_patterns()["capitalised_name"].pattern
    return re.compile(rf"[ \t\u00a0]+(?P<name>{name})(?![\w'’ʼ\-])")


def _nationality_regex(forms: set[str], *, any_case: bool = False) -> re.Pattern[str] | None:
    """Words that start like a nationality form, in lowercase text (or in any case)."""
    if not forms:
        return None
    classes = {**_equivalents(lowercase=not any_case), " ": r"[\s\-‐]"}
    body = _trie_regex(forms, classes)
    if any_case:
        body = f"(?i:{body})"
    return re.compile(rf"(?<![\w'’ʼ\-]){body}[^\W\d_]*(?![\w\-])")


def _adjective_regex(endings: tuple[Ending, ...]) -> re.Pattern[str] | None:
    if not endings:
        return None
    lower = letter_classes()[1]
    alternation = "|".join(re.escape(e.strip) for e in endings)
    return re.compile(
        rf"(?<![\w'’ʼ\-]){lower}[^\W\d_]{{{MIN_STEM},}}(?:{alternation})(?![\w'’ʼ\-])"
    )


@dataclass(frozen=True)
class Hit:
    """Gazetteer rows for a name, as written or through an ending."""

    rows: tuple[int, ...]
    key: str  # the key that matched (a stem when inflected)
    inflected: bool = False
    locative: bool = False
    adjective: bool = False  # through an adjective ending ("kijevi")
    closed: bool = False  # through an ending after an apostrophe, which ends a name ("Kyiv's")
    respelled: bool = False  # through the language's spelling of foreign names ("Szagaing")
    foreign_case: bool = False  # through an ending the language gives foreign towns ("-ban")


@dataclass(slots=True)
class Match:
    """A candidate mention, before and after resolution."""

    start: int
    end: int
    hits: tuple[Hit, ...] = ()
    country: str | None = None  # nationality code
    pattern: bool = False  # found by a region pattern
    adjective: bool = False  # lowercase adjective ("kijevi")
    words: int = 1
    initial: bool = False
    name_before: bool = False  # after a capitalised word that is no country: "Joseph Stalin"
    name_after: bool = False  # before one: "Vladimir Putin", "Kyiv Independent"
    initial_before: bool = False  # the word before opens the sentence
    acronym: bool = False  # written in capitals amid ordinary text: "BLA", "NATO"
    abbreviation: bool = False  # a region abbreviated after a town: "Laval, Que."
    hit: Hit | None = None  # the hit of the chosen row
    row: int | None = None  # the chosen gazetteer row
    kind: str | None = None  # the chosen row's kind


@dataclass(frozen=True)
class _Neighbour:
    """A capitalised word beside a name that may make the name a person's."""

    start: int  # offset in the run
    surface: str
    ordinary: bool  # a date word: no first name even when it opens a sentence


@dataclass(frozen=True)
class _RunName:
    """A known name inside a run of capitalised words, offsets relative to the run."""

    start: int
    end: int
    hits: tuple[Hit, ...]
    words: int
    before: _Neighbour | None
    after: _Neighbour | None
    capitals: bool  # written in capitals: maybe an acronym


@Language.factory(
    "incident_places",
    default_config={
        "min_population": 10_000,
        "adjective_min_population": 20_000,
        "country_bonus": 100.0,
        "foreign_min_population": 100_000,
    },
)
def make_place_finder(
    nlp: Language,
    name: str,
    min_population: int,
    adjective_min_population: int,
    country_bonus: float,
    foreign_min_population: int,
) -> PlaceFinder:
    return PlaceFinder(
        nlp.lang,
        min_population=min_population,
        adjective_min_population=adjective_min_population,
        country_bonus=country_bonus,
        foreign_min_population=foreign_min_population,
    )


class PlaceFinder(Finder):
    """Marks places and nationalities; ``gazetteer`` must be set before the first doc."""

    def __init__(
        self,
        lang: str,
        *,
        min_population: int = 10_000,
        adjective_min_population: int = 20_000,
        country_bonus: float = 100.0,
        foreign_min_population: int = 100_000,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        facts.register_extensions()
        self.lang = lang
        self.rules = Rules.for_language(lang)
        self.min_population = min_population
        self.adjective_min_population = adjective_min_population
        self.country_bonus = country_bonus
        self.foreign_min_population = foreign_min_population
        self._gazetteer = gazetteer
        self._clear()

    def _clear(self) -> None:
        """Forget cached lookups: they are answers of one gazetteer."""
        self._cache: dict[str, tuple[Hit, ...]] = {}
        self._runs: dict[str, tuple[_RunName, ...]] = {}
        self._chosen: dict[tuple, tuple[Hit, int]] = {}
        self._adjectives: dict[str, tuple[str | None, Hit | None] | None] = {}
        self._abbreviations: dict[str, Hit] | None = None

    @property
    def gazetteer(self) -> Gazetteer | None:
        return self._gazetteer

    @gazetteer.setter
    def gazetteer(self, gazetteer: Gazetteer | None) -> None:
        self._gazetteer = gazetteer
        self._clear()

    # ---------------------------------------------------------------------------- finding

    def find(self, doc: Doc) -> list[Match]:
        """Resolved place matches, then nationality matches, none overlapping."""
        if self.gazetteer is None:
            raise RuntimeError(
                "incident_places has no gazetteer: set "
                "nlp.get_pipe('incident_places').gazetteer = Gazetteer.load() after add_pipe"
            )
        text = facts.doc_text(doc)
        taken = bytearray(len(text))  # characters already in a mention
        places: list[Match] = []
        nationalities: list[Match] = []
        lowered = text.lower()
        patterns = self._pattern_matches(text, lowered)
        runs = self._run_matches(text)
        if patterns:
            # "Kazahsztán Karaganda megyéjében": a name before a region is no first name.
            region_starts = {m.start for m in patterns}
            for match in runs:
                if match.name_after:
                    gap = len(text[match.end :]) - len(text[match.end :].lstrip(" \t\u00a0"))
                    if match.end + gap in region_starts:
                        match.name_after = False
        for group in (
            self._abbreviation_matches(text),
            patterns,
            runs,
            self._adjective_matches(text),
            self._nationality_matches(text, lowered),
        ):
            for match in group:
                if not any(taken[match.start : match.end]):
                    (nationalities if match.country else places).append(match)
                    taken[match.start : match.end] = b"\x01" * (match.end - match.start)
        named = {m.country for m in nationalities if m.country}
        places = self._resolve(text, places, named)
        return sorted(places, key=lambda m: m.start) + sorted(nationalities, key=lambda m: m.start)

    def _pattern_matches(self, text: str, lowered: str) -> list[Match]:
        found = []
        for pattern in self.rules.patterns:
            if not all(word in lowered for word in pattern.needed):
                continue  # a substring test is far cheaper than the pattern
            for m in pattern.finditer(text, lowered):
                if pattern.name_first:
                    name = _name_before().search(text, max(0, m.start() - 80), m.start())
                    if name is None:
                        continue
                    first, last = name.start("name"), m.end()
                else:
                    name, first, last = m, m.start(), m.end()
                    if normalize(m["name"]) in self.rules.prepositions:
                        continue  # "Spitalul Județean din Suceava": the county's, no region
                    if (
                        not m["name"][:1].isupper()
                        or self._nationality(normalize(m["name"])) is not None
                    ):
                        # "regiunea rusă Kursk", "regiunea peruană Cusco": the region of
                        # the name after the adjective, not a town "Rusa".
                        name = _name_after().match(text, m.end("name"))
                        if name is None:
                            continue
                        last = name.end()
                # "Ukrajna Odessza megye": the name is the words nearest the pattern word.
                offset = name.start("name")
                spans = [
                    (w.start() + offset, w.end() + offset) for w in _NONSPACE.finditer(name["name"])
                ]
                options = (
                    [(spans[k][0], spans[-1][1]) for k in range(len(spans))]
                    if pattern.name_first
                    else [(spans[0][0], spans[k][1]) for k in range(len(spans) - 1, -1, -1)]
                )
                for start, end in options:
                    if pattern.name_first and self._nationality(normalize(text[start:end])):
                        continue  # "the Spanish region of Valencia": no town "Spanish"
                    hits = self._lookup(text[start:end])
                    if text[start:end].islower():
                        # A lowercase word before a region word names one only as an adjective
                        # ("a harkivi megyében"): "nyugati régióit", "the central state" are
                        # directions, though "Nyugati" and "Central" are names of regions.
                        written = normalize(text[start:end])
                        hits = tuple(h for h in hits if h.adjective and h.key != written)
                    if hits:
                        begin, finish = (start, last) if pattern.name_first else (first, end)
                        initial = opens_sentence(text, begin)
                        match = Match(begin, finish, hits, pattern=True, initial=initial)
                        # "a SANA állami hírügynökség": an acronym before a region word
                        match.acronym = _acronym(text, start, end)
                        found.append(match)
                        break
        found.sort(key=lambda m: (m.start, -m.end))
        kept: list[Match] = []
        for match in found:
            if not kept or match.start >= kept[-1].end:
                kept.append(match)
        return kept

    def _abbreviation_matches(self, text: str) -> list[Match]:
        """Regions abbreviated after a town and a comma ("Laval, Que.", "NASHVILLE, Tenn. —"),
        or, written as initials, after a preposition ("in B.C."): "at Mass." is church."""
        regex = self.rules.abbreviation_regex
        if regex is None:
            return []
        rules = self.rules
        found = []
        for m in regex.finditer(text):
            hit = self._abbreviation_hits().get(m.group())
            if hit is None:
                continue
            start = m.start()
            town = _town_before().search(text, max(0, start - 60), start)
            if town is not None:
                # "On Sunday, Mass. was held": a date word or a stop word is no town.
                word = town.group(1)
                if normalize(word) in rules.ordinary or word.lower() in rules.raw_stop_words:
                    continue
            elif m.group().count(".") < 2 or not _any_in(
                _words_before(text, start), rules.prepositions
            ):
                continue
            found.append(Match(start, m.end(), (hit,), abbreviation=True))
        return found

    def _abbreviation_hits(self) -> dict[str, Hit]:
        """The region of each abbreviation the gazetteer has, of the abbreviation's country:
        "Ga." is the US state, not the country Georgia, and "Wash." the state, whose name the
        city Washington owns ("Washington region")."""
        if self._abbreviations is None:
            gazetteer = self.gazetteer
            hits: dict[str, Hit] = {}
            for abbreviation, code, key in self.rules.abbreviations:
                rows = (*gazetteer.rows(key), *gazetteer.region_rows(key))
                row = next(
                    (
                        r
                        for r in rows
                        if gazetteer.kind(r) == "region" and gazetteer.country_code(r) == code
                    ),
                    None,
                )
                if row is not None:
                    hits[abbreviation] = Hit((row,), key)
            self._abbreviations = hits
        return self._abbreviations

    def _run_matches(self, text: str) -> list[Match]:
        """Longest known names in each run of capitalised words."""
        found = []
        tail_regex = self.rules.tail_regex
        if tail_regex is not None and not any(w in text for w in self.rules.tail_words):
            tail_regex = None  # a substring test spares a match after every run
        for run in _word_patterns()["run"].finditer(text):
            base = run.start()
            names = self._names_in_run(run.group())
            tail = tail_regex.match(text, run.end()) if tail_regex else None
            if tail is not None:
                extended = self._with_tail(text, run, tail.end())
                if extended is not None:
                    names = tuple(n for n in names if base + n.end <= extended.start)
                    found.append(extended)
            end = run.end()
            # "Sectorul 3": a word and a number may be a name.
            if text[end + 1 : end + 2].isdigit() and text[end : end + 1] in " \t\u00a0":
                numbered = self._numbered(text, run)
                if numbered is not None:
                    names = tuple(n for n in names if base + n.end <= numbered.start)
                    found.append(numbered)
            for name in names:
                start = base + name.start
                match = Match(start, base + name.end, name.hits, words=name.words)
                if name.capitals:
                    match.acronym = _acronym(text, start, match.end)
                match.initial = opens_sentence(text, start)
                # "Indian-administered Kashmir": a hyphenated adjective before is no name.
                match.name_before = self._counts_as_name(
                    text, base, name.before
                ) and not _ADJECTIVE_COMPOUND.fullmatch(name.before.surface)
                match.initial_before = match.name_before and opens_sentence(
                    text, base + name.before.start
                )
                match.name_after = self._counts_as_name(text, base, name.after)
                found.append(match)
        return found

    def _numbered(self, text: str, run: re.Match[str]) -> Match | None:
        """A name of a word and a number the gazetteer knows ("Sectorul 3": Sector 3)."""
        number = _NUMBER_AFTER.match(text, run.end())
        if number is None:
            return None
        last = list(_word_patterns()["word"].finditer(run.group()))[-1]
        start = run.start() + last.start()
        hits = self._lookup(f"{last.group()} {number.group(1)}")
        if not hits:
            return None
        return Match(start, number.end(), hits, initial=opens_sentence(text, start))

    def _with_tail(self, text: str, run: re.Match[str], end: int) -> Match | None:
        """The longest known name made of the run's last words and the lowercase word after
        them ("a Gázai övezetben": Gaza Strip)."""
        starts = [w.start() for w in _word_patterns()["word"].finditer(run.group())]
        for offset in starts[-MAX_NAME_WORDS:]:
            start = run.start() + offset
            hits = self._lookup(text[start:end])
            if hits:
                return Match(start, end, hits, words=2, initial=opens_sentence(text, start))
        return None

    def _names_in_run(self, run: str) -> tuple[_RunName, ...]:
        """The known names of a run of capitalised words, longest first, left to right.

        Depends on the run's text only, so it is cached: runs repeat within and across texts.
        """
        cached = self._runs.get(run)
        if cached is not None:
            return cached
        patterns = _word_patterns()
        upper = patterns["upper"]
        words = [(w.start(), w.end(), w.group()) for w in patterns["word"].finditer(run)]
        is_name = [bool(upper.match(w[2])) for w in words]
        found = []
        i = 0
        while i < len(words):
            if not is_name[i]:
                i += 1
                continue
            for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                last = i + n - 1
                if not is_name[last]:
                    continue
                start, end = words[i][0], words[last][1]
                hits = self._lookup(run[start:end])
                if not hits and n == 1 and "-" in words[i][2]:
                    pair = self._hyphen_pair(words[i])
                    if pair:
                        found.extend(pair)
                        break
                if not hits or (n == 1 and self._demonym(hits, words[i][2])):
                    continue
                found.append(
                    _RunName(
                        start,
                        end,
                        hits,
                        sum(is_name[i : last + 1]),
                        # A possessive before is whose the place is: "Sri Lanka's Badulla".
                        None
                        if i and _POSSESSIVE.search(words[i - 1][2])
                        else self._neighbour(words, is_name, i - 1),
                        self._neighbour(words, is_name, last + 1),
                        run[start:end].isupper(),
                    )
                )
                i = last
                break
            i += 1
        if len(self._runs) > 100_000:
            self._runs.clear()
        self._runs[run] = result = tuple(found)
        return result

    def _hyphen_pair(self, word: tuple[int, int, str]) -> list[_RunName]:
        """The places of a hyphenated pair ("the Warsaw-Lublin railway", "autostrada
        București-Ploiești"), when every part is a capitalised known name."""
        start, _, text = word
        parts = text.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() and len(p) > 1 for p in parts):
            return []
        out = []
        offset = start
        gazetteer = self.gazetteer
        for i, part in enumerate(parts):
            hits = self._lookup(part)
            if i < len(parts) - 1:
                hits = tuple(h for h in hits if not h.inflected)  # only the last is declined
            if not hits or self._demonym(hits, part):
                return []
            # Only big towns, regions and countries: "Jean-Pierre" and "Coca-Cola" are no pairs.
            row = hits[0].rows[0]
            if gazetteer.kind(row) == "city" and gazetteer.population(row) < PAIR_MIN_POPULATION:
                return []
            out.append(_RunName(offset, offset + len(part), hits, 1, None, None, part.isupper()))
            offset += len(part) + 1
        return out

    def _demonym(self, hits: tuple[Hit, ...], surface: str) -> bool:
        """A nationality word, unless it is a form of a country's or a region's name.

        "Украинские" is a nationality although a town Ukrainsk exists, "Română" although La
        Romana does; "Azerbaidjanului" (of Azerbaijan) is the country; "Azerbajdzsáni" (an
        adjective) is a nationality.
        """
        key = normalize(surface)
        if self._nationality(key) is None:
            return False
        spellings = self.rules.nationality_spellings
        if surface.lower() not in spellings and any(normalize(w) == key for w in spellings):
            return False  # a word of the list written otherwise: "Roman" (a town), not "român"
        gazetteer = self.gazetteer
        return all(hit.adjective or gazetteer.kind(hit.rows[0]) == "city" for hit in hits)

    def _neighbour(self, words: list, is_name: list[bool], j: int) -> _Neighbour | None:
        """Word j beside a name, if it may make that name part of a person's or an organisation's.

        It may when it is capitalised and no country or region, stop word, title word,
        preposition or nationality; two town names never stand side by side in prose, so
        "Maia Sandu" is a name although both words are towns.
        """
        if j < 0 or j >= len(words) or not is_name[j]:
            return None
        start, _, surface = words[j]
        key = normalize(surface)
        rules = self.rules
        # Stop words as written: "Putin" is no "puțin" (a little).
        if surface.lower() in rules.raw_stop_words or key in rules.prepositions:
            return None
        if self._title(key) or self._nationality(key) is not None:
            return None
        gazetteer = self.gazetteer
        if any(
            hit.locative or gazetteer.kind(hit.rows[0]) != "city" for hit in self._lookup(surface)
        ):
            return None
        if any(e.locative and e.stem(key) in rules.not_places for e in rules.endings):
            return None  # "a Balatonon Siófok ...": a lake's word with a place's ending
        return _Neighbour(start, surface, key in rules.ordinary)

    @staticmethod
    def _counts_as_name(text: str, base: int, neighbour: _Neighbour | None) -> bool:
        """A word opening the sentence may be an ordinary one: a date word, or a word the text
        also writes in lowercase, is no first name."""
        if neighbour is None:
            return False
        end = base + neighbour.start + len(neighbour.surface)
        if _ROMAN_NUMERAL.fullmatch(neighbour.surface) and text[end : end + 1] == ".":
            return False  # "Budapest XIII. kerülete": a district's number ("Rama II": a name)
        if not opens_sentence(text, base + neighbour.start):
            return True
        if neighbour.ordinary:
            return False
        return not _occurs_as_word(text, neighbour.surface.lower())

    def _title(self, key: str) -> bool:
        rules = self.rules
        return key in rules.title_words or key.startswith(rules.title_prefixes)

    def _adjective_matches(self, text: str) -> list[Match]:
        """Lowercase adjectives of places: of a country a nationality, else a place."""
        regex = self.rules.adjective_regex
        if regex is None:
            return []
        found = []
        for m in regex.finditer(text):
            word = m.group()
            if word not in self._adjectives:
                if len(self._adjectives) > 100_000:
                    self._adjectives.clear()
                self._adjectives[word] = self._adjective(word)
            kind = self._adjectives[word]
            if kind is not None:
                country, hit = kind
                found.append(
                    Match(m.start(), m.end(), (hit,) if hit else (), country, adjective=True)
                )
        return found

    def _adjective(self, word: str) -> tuple[str | None, Hit | None] | None:
        """(country, None) for an adjective of a country, (None, hit) for one of a big town."""
        key = normalize(word)
        if key in self.rules.nationalities or key in self.rules.not_adjectives:
            return None  # listed adjectives are found as nationalities
        hit = self._lookup_stem(key, self.rules.adjective_endings, adjective=True)
        if hit is None:
            return None
        gazetteer = self.gazetteer
        row = hit.rows[0]
        kind = gazetteer.kind(row)
        if kind == "country":
            code = gazetteer.country_code(row)
            # Where the language has another word for the people ("orosz"), the adjective of
            # the country's name says where ("oroszországi": in Russia); where it has none, it
            # is that word ("azerbajdzsáni").
            return (None, hit) if code in self.rules.nationality_countries else (code, None)
        if hit.key == key and kind != "city":
            return None  # "keleti" (eastern) is no region named "Keleti"
        # A town where the language is spoken has the adjective of its own name in the news at
        # a smaller size: "a százhalombattai finomító".
        home = gazetteer.country_code(row) in self.rules.home and gazetteer.main_key(row) == hit.key
        smallest = HOME_ADJECTIVE_MIN_POPULATION if home else self.adjective_min_population
        if kind == "region" or gazetteer.population(row) >= smallest:
            return None, hit
        return None

    def _nationality_matches(self, text: str, lowered: str) -> list[Match]:
        rules = self.rules
        if rules.nationality_regex is None:
            return []
        # Matching lowercase text is much faster than ignoring case, when offsets survive.
        if len(lowered) == len(text):
            matches = rules.nationality_regex.finditer(lowered)
        else:
            matches = rules.nationality_regex_any_case.finditer(text)
        found = []
        for m in matches:
            code = self._nationality(normalize(m.group()))
            if code:
                found.append(Match(m.start(), m.end(), country=code))
        return found

    def _nationality(self, key: str) -> str | None:
        return _nationality_of(self.rules, key)

    def _spelled_otherwise(self, surface: str, text: str) -> bool:
        """Whether a name without diacritics, in a text written with them, is no nationality
        word that has them: "la Roman pompierii" is the town, for the word is "român"."""
        if not surface.isascii() or text.isascii():
            return False
        written = _nationality_spellings_of(self.rules).get(normalize(surface), ())
        return bool(written) and not any(w.isascii() for w in written)

    # ---------------------------------------------------------------------------- lookups

    def _lookup(self, surface: str) -> tuple[Hit, ...]:
        """Hits of a name as written: the name itself, then the best stem under the endings."""
        cached = self._cache.get(surface)
        if cached is not None:
            return cached
        key = normalize(surface)
        rules = self.rules
        # A name written in capitals in the data ("US") is no stop word written so.
        capitals = surface.isupper() and self.gazetteer.written_in_capitals(key)
        hits = self._hits(surface, key, capitals=capitals)
        if not hits:
            # "Old Dhaka", "Kelet-Jeruzsálemben": a qualifier before a known name.
            for qualifier in rules.qualifiers:
                if key.startswith(qualifier):
                    hits = self._hits(surface, key[len(qualifier) :])
                    break
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[surface] = result = tuple(hits)
        return result

    def _hits(self, surface: str, key: str, *, capitals: bool = False) -> list[Hit]:
        """Hits of a key: the name itself, then the best stem under the endings."""
        rules = self.rules
        if key in rules.not_places or (key in rules.stop_words and not capitals):
            return []
        if any(e.locative and e.stem(key) in rules.not_places for e in rules.endings):
            return []  # "a Dunán": the river with an ending, not the Chinese town Dunan
        hits: list[Hit] = []
        exact = self.gazetteer.rows(key)
        if exact and surface != surface.lower() and not surface.isascii():
            # "Móron" is Mór with an ending, not Morón: accents placed otherwise than in a
            # place's own name make another word.
            written = _accent_form(surface)
            exact = tuple(
                row
                for row in exact
                if self.gazetteer.main_key(row) != key
                or not _plain_accents(self.gazetteer.main_name(row))
                or _accent_form(self.gazetteer.main_name(row)) == written
            )
        if exact:
            hits.append(Hit(exact, key))
        tail = _APOSTROPHE_TAIL.search(surface)
        after = normalize(tail.group(1)) if tail else None
        stem = self._lookup_stem(key, rules.endings, after)
        if stem is None:
            stem = self._lookup_stem(key, rules.adjective_endings, after, adjective=True)
        if stem is not None:
            hits.append(stem)
        if not hits and rules.first_word_endings and " " in key:
            # The first word of a name declined: "Republicii Moldova", "Coreei de Sud".
            first, _, rest = key.partition(" ")
            stem = self._lookup_stem(first, rules.first_word_endings, suffix=" " + rest)
            if stem is not None:
                hits.append(stem)
        if not hits and rules.directions and " " in key:
            directed = self._directed(key)
            if directed is not None:
                hits.append(directed)
        if not hits and any(word in key for word in rules.city_compounds):
            compound = self._compound(key)
            if compound is not None:
                hits.append(compound)
        if not hits and rules.respellings and surface[:1].isupper():
            respelled = self._respelled(key)
            if respelled is not None:
                hits.append(respelled)
        return hits

    def _respelled(self, key: str) -> Hit | None:
        """A foreign name written in the language's letters ("Szagaingban", "Dzsalpaiguri"):
        a spelling of the name or of its stem under the endings that the gazetteer knows as a
        country, a region or a town of some size."""
        gazetteer = self.gazetteer
        rules = self.rules
        # A one-letter ending ("-n", "-t") makes a name of too many words.
        bases = [(key, None)] + [
            (s, e) for e in rules.endings if len(e.strip) > 1 and (s := e.stem(key))
        ]
        for base, ending in bases:
            if len(base) < RESPELL_MIN_LENGTH or " " in base:
                continue
            for spelling in _spellings(base, rules.respellings):
                rows = gazetteer.rows(spelling)
                if not rows:
                    continue
                row = rows[0]
                main = gazetteer.main_key(row)
                if main != spelling and not (
                    gazetteer.kind(row) == "region" and main.startswith(spelling + " ")
                ):
                    continue  # by its own name only: another's is too easily a word's spelling
                if (
                    gazetteer.kind(row) == "city"
                    and gazetteer.population(row) < RESPELL_MIN_POPULATION
                ):
                    continue
                locative = ending is not None and ending.locative
                return Hit(rows, spelling, True, locative, respelled=True)
        return None

    def _directed(self, key: str) -> Hit | None:
        """A name with a direction written the language's way ("Darfurul de Nord",
        "Kivu de Sud"): the gazetteer's English one ("North Darfur"), the name maybe declined."""
        gazetteer = self.gazetteer
        rules = self.rules
        for before, after, english in rules.directions:
            if len(key) <= len(before) + len(after) or not (
                key.startswith(before) and key.endswith(after)
            ):
                continue
            base = key[len(before) : len(key) - len(after)]
            if " " in base:
                continue
            rows = gazetteer.rows(english.format(base))
            if rows:
                return Hit(rows, english.format(base))
            for ending in (*rules.first_word_endings, *rules.endings):
                stem = ending.stem(base)
                if stem is None:
                    continue
                rows = gazetteer.rows(english.format(stem))
                if rows:
                    return Hit(rows, english.format(stem), True, ending.locative)
        return None

    def _compound(self, key: str) -> Hit | None:
        """A city written with a city word ("Gázavárosban"): the town of the name, or the
        capital of the country of that name ("Mexikóváros")."""
        gazetteer = self.gazetteer
        bases = [(key, None)] + [(s, e) for e in self.rules.endings if (s := e.stem(key))]
        for base, ending in bases:
            for word in self.rules.city_compounds:
                if not base.endswith(word) or len(base) - len(word) < MIN_STEM:
                    continue
                name = base[: -len(word)].rstrip()
                rows = gazetteer.rows(name)
                # A city word makes a compound of a city known abroad ("Gázaváros"); a small
                # town's name in one is a quarter's ("Uránváros" in Pécs, not Uran in India).
                cities = tuple(
                    r
                    for r in rows
                    if gazetteer.kind(r) == "city" and gazetteer.population(r) >= COMPOUND_CITY
                )
                if not cities and rows and gazetteer.kind(rows[0]) == "country":
                    capital = gazetteer.capital_row(gazetteer.country_code(rows[0]))
                    cities = (capital,) if capital is not None else ()
                if cities:
                    locative = ending is not None and ending.locative
                    return Hit(cities, gazetteer.main_key(cities[0]), True, locative)
        return None

    def _lookup_stem(
        self,
        key: str,
        endings: tuple[Ending, ...],
        after_apostrophe: str | None = None,
        *,
        adjective: bool = False,
        suffix: str = "",
    ) -> Hit | None:
        """The best place whose name, with one of the endings, gives this key (followed by
        ``suffix``: the rest of a name whose first word is declined)."""
        best: Hit | None = None
        best_rank = (-1, -1)
        gazetteer = self.gazetteer
        for ending in endings:
            stem = ending.stem(key, after_apostrophe)
            if stem is None:
                continue
            stem += suffix
            if stem in self.rules.not_places or stem in self.rules.stop_words:
                continue
            rows = gazetteer.rows(stem)
            if not rows:
                continue
            # Of two stems, a town where the language is spoken weighs as in _rank: "Gödön" is
            # Göd, not Gōdo ("Gödö" + "-n").
            home = not ending.foreign and any(
                gazetteer.country_code(r) in self.rules.home for r in rows
            )
            population = max(gazetteer.population(r) for r in rows)
            rank = (_KIND_ORDER[gazetteer.kind(rows[0])], population * (HOME_BONUS if home else 1))
            if rank > best_rank:
                hit = Hit(
                    rows,
                    stem,
                    True,
                    ending.locative,
                    adjective,
                    ending.apostrophe,
                    foreign_case=ending.foreign,
                )
                best, best_rank = hit, rank
        return best

    def _confident(self, row: int) -> bool:
        """A country, a region or a town big enough to stand without support."""
        gazetteer = self.gazetteer
        return gazetteer.kind(row) != "city" or gazetteer.population(row) >= self.min_population

    # -------------------------------------------------------------------------- resolving

    def _resolve(self, text: str, matches: list[Match], named: set[str]) -> list[Match]:
        """Choose a row for each match and keep the ones that hold up (two passes)."""
        gazetteer = self.gazetteer
        regions = set()
        for match in matches:
            first = match.hits[0]
            # A country or a first-level region the article names makes its country's towns
            # likelier: "Dalhousie" beside "Himachal Pradesh" is the Indian town.
            kind = gazetteer.kind(first.rows[0])
            if match.pattern and kind == "city":
                # "Donetsk region", "regiunea Odesa": the region named like the city.
                region = self._pattern_region(first.key, first.rows[0])
                if region is not None:
                    named = named | {gazetteer.country_code(region)}
                    regions.add(region)
                continue
            if kind == "region" and self._home_town_owns(first):
                continue
            if kind in ("country", "region") and (first.inflected or not match.name_after):
                named = named | {gazetteer.country_code(first.rows[0])}
                if kind == "region":
                    regions.add(first.rows[0])
        named = frozenset(named)
        named_regions = frozenset(regions)
        where = set()  # the countries the article places things in: a town elsewhere needs more
        for match in matches:
            match.hit, row = self._choose(match.hits, named, named_regions)
            kind = gazetteer.kind(row)
            if match.pattern and kind == "city":
                # "Kabul province", "statul New York": the region named like the city.
                region = self._pattern_region(match.hit.key, row)
                if region is None:
                    # "North West province": a region of words only, titled "<name> region"
                    # in the gazetteer, over a town of that name ("Northwest", US).
                    titled = [
                        r
                        for r in gazetteer.rows(f"{match.hit.key} region")
                        if gazetteer.kind(r) == "region"
                    ]
                    region = self._in_country_of(row, titled)
                if region is not None:
                    row, kind = region, "region"
            # "orașul Kuweit", "the city of Panama": the capital.
            if kind == "country" and _any_in(
                _words_before(text, match.start), self.rules.city_before
            ):
                capital = gazetteer.capital_row(gazetteer.country_code(row))
                if capital is not None:
                    row, kind = capital, "city"
            match.row, match.kind = row, kind
            # A capital stands for its country ("BAMAKO -", "Moscow said"). The adjective of a
            # country ("a szlovákiai Párkányban") names it as a nationality does: the article's
            # other towns stay where they are.
            if match.adjective and kind == "country":
                continue
            if kind == "country" or kind == "region" or gazetteer.is_capital(row):
                where.add(gazetteer.country_code(row))
        return [m for m in matches if self._accept(text, m, named, where)]

    def _pattern_region(self, key: str, row: int) -> int | None:
        """The region a region word names by the name of the city ``row``: a region of that
        name, of the city's country first, or the region the city is the main town of."""
        gazetteer = self.gazetteer
        regions = gazetteer.region_rows(key)
        if regions:
            return self._in_country_of(row, regions)
        return gazetteer.region_row(row) if gazetteer.names_region(row) else None

    def _in_country_of(self, row: int, rows: list[int] | tuple[int, ...]) -> int | None:
        """The first of ``rows`` in the country of ``row``, else the first."""
        if not rows:
            return None
        country = self.gazetteer.country_code(row)
        return next((r for r in rows if self.gazetteer.country_code(r) == country), rows[0])

    def _home_town_owns(self, hit: Hit) -> bool:
        """Whether a town where the language is spoken has the name as its own, while the
        region that outranks it is known by it only as another name ("Târgoviște")."""
        gazetteer, home = self.gazetteer, self.rules.home
        if not home or gazetteer.main_key(hit.rows[0]) == hit.key:
            return False
        return any(
            gazetteer.country_code(row) in home and gazetteer.main_key(row) == hit.key
            for row in hit.rows
        )

    def _choose(
        self, hits: tuple[Hit, ...], named: frozenset[str], regions: frozenset[int]
    ) -> tuple[Hit, int]:
        """Kind first, then population, weighted for the article's countries and regions and
        for exactness."""
        key = (hits, named, regions)
        chosen = self._chosen.get(key)
        if chosen is None:
            if len(self._chosen) > 100_000:
                self._chosen.clear()
            chosen = self._chosen[key] = self._rank(hits, named, regions)
        return chosen

    def _rank(
        self, hits: tuple[Hit, ...], named: frozenset[str], regions: frozenset[int]
    ) -> tuple[Hit, int]:
        gazetteer = self.gazetteer
        best: tuple[Hit, int] | None = None
        best_score = (-1, -1.0)
        # Only where no place has the name as its own does a spelling of one count.
        owned = any(gazetteer.main_key(row) == hit.key for hit in hits for row in hit.rows)
        for hit in hits:
            weight = 1.0 if hit.inflected else EXACT_BONUS
            for row in hit.rows:
                country = gazetteer.country_code(row)
                home = country in self.rules.home and not hit.foreign_case
                if country in named:
                    bonus = self.country_bonus
                elif home:
                    bonus = HOME_BONUS
                else:
                    bonus = 1.0
                kind = _KIND_ORDER[gazetteer.kind(row)]
                main_key = gazetteer.main_key(row)
                if main_key == hit.key:
                    bonus *= MAIN_NAME_BONUS
                    if home and not hit.inflected and named <= self.rules.home:
                        bonus *= HOME_OWN_NAME_BONUS  # unless the article names another country
                elif kind == _KIND_ORDER["region"] and self.rules.home and not home:
                    # A foreign region by a name not its own weighs as a town against the
                    # towns where the language is spoken: "la Târgoviște" is the town, not
                    # Bulgaria's Targovishte province.
                    if country not in named:
                        kind = _KIND_ORDER["city"]
                elif not owned and _spelling_of(hit.key, main_key):
                    bonus *= SPELLING_BONUS
                if gazetteer.is_capital(row):
                    bonus *= CAPITAL_BONUS
                if regions and gazetteer.region_row(row) in regions:
                    bonus *= REGION_BONUS
                score = (kind, (gazetteer.population(row) + 1) * bonus * weight)
                if score > best_score:
                    best, best_score = (hit, row), score
        assert best is not None  # a match has at least one hit with rows
        return best

    def _accept(self, text: str, match: Match, named: set[str], where: set[str]) -> bool:
        gazetteer = self.gazetteer
        hit, row, kind = match.hit, match.row, match.kind
        tail = self.rules.tail_of_name
        if tail is not None and tail.search(text, max(0, match.start - 40), match.start):
            return False  # "Lanao del Sur": the end of a longer name the gazetteer lacks
        # An acronym is none, also before a region word: "a SANA állami hírügynökség".
        if match.acronym and not gazetteer.written_in_capitals(hit.key):
            return False
        if match.pattern or match.adjective or match.abbreviation:
            return True
        if match.initial and number_words(self.lang).parse(text[match.start : match.end]):
            return False  # "Tízre emelkedett a halottak száma": a number opening a sentence
        # A declined country or region is no person. A name may stand before a place in a
        # locative case ("Putyin Bakuba utazott"), not after it ("Orbán Viktor"). A word
        # opening the sentence is no first name of a country ("Overnight Russia launched")
        # or of a declined town ("Обстріл Харкова").
        declined = hit.inflected and kind != "city"
        name_before = match.name_before and not (
            match.initial_before and (kind == "country" or hit.inflected)
        )
        # "Kyiv's Podil"; "Kurszkban Alekszandr Hinstejn ...": a case ending of two letters or
        # more ends a name ("Orbán Viktor" is no "Orba" + "-án").
        ended = hit.locative and match.end - match.start - len(hit.key) >= 2
        name_after = match.name_after and not (declined or hit.closed or ended)
        if (name_before and not (hit.locative or declined)) or name_after:
            return False
        before, after = _words_before(text, match.start), _words_after(text, match.end)
        rules = self.rules
        surface = text[match.start : match.end]
        nationality = None if hit.inflected else self._nationality(normalize(surface))
        if (
            nationality is not None
            and not self._spelled_otherwise(surface, text)
            # A country's own name is the country: "Moldova déli részén" ("moldova" is only
            # the stem of the adjective "moldovai"); "Somali" is itself an adjective.
            and not (
                kind == "country"
                and gazetteer.country_code(row) == nationality
                and (
                    surface.lower() not in rules.nationality_spellings
                    or (
                        rules.lowercase_nationalities
                        and surface[:1].isupper()
                        and not match.initial
                    )
                )
            )
            and _LOWER_WORD_AFTER.match(text, match.end)
        ):
            return False  # a nationality before a noun: "a Somali army officer"
        if kind != "country" and (
            _any_in(before, rules.source_before) or _any_in(after, rules.source_after)
        ):
            return False
        if _feature(text, match.start, match.end, rules):
            return False
        if _any_in(after, rules.organisation_after) or _any_in(before, rules.organisation_before):
            return False  # "Pakistan Railways said", "Air India"
        # A region named like a word of the language ("Alba": white) is the word when it
        # opens a sentence, as a town is below.
        common = match.words == 1 and not hit.locative and gazetteer.is_common(hit.key, self.lang)
        if kind == "region" and common and match.initial:
            return False
        by_word = (
            _any_in(before, rules.prepositions)
            or _any_in(after, rules.postpositions)
            or _placed_with_another(text, match.start, match.end, rules)
        )
        placed = hit.locative or by_word
        if hit.respelled and (not placed or name_before):
            # "Szőke" and "Alekszej Gyumin" are names; "Szagaingban", "Dzsalpaiguri
            # közelében" places.
            return False
        if kind in ("country", "region"):
            return True
        # "Police", "Avionul" (the plane): a name that is also a word of the language is the
        # word when it opens a sentence; inside one, capitalised, it is a name, but a small
        # town's needs a preposition or a locative ending.
        if common and match.initial and not by_word:
            return False  # "Ajka és Pápa között": the postposition places it all the same
        if common and gazetteer.population(row) < self.min_population:
            return placed
        population = gazetteer.population(row)
        country = gazetteer.country_code(row)
        # "a Tomahawk missile", "rachete Kalibr", "Patriot rendszer": a name beside a weapon
        # noun names the weapon, unless a preposition or a locative ending places it
        # ("helikopterrel Kolozsvárra"), or it is a big town as written. Weapon names are not
        # declined: a declined name is a target when it is a town of the article's countries
        # ("Pokrovszkot rakéták érték").
        if not (
            placed
            or (population >= self.foreign_min_population and not hit.inflected)
            or (
                hit.inflected
                and population >= self.min_population
                and (country in named or country in where)
            )
        ) and _weapon_near(text, match.start, match.end, rules.weapon_words):
            return False
        # A town of another country than those the article places things in: by a name not
        # its own ("Kech" is also Ketsch in Germany) only when big, by its own when placed.
        foreign = where and country not in where and country not in named
        if foreign and population < self.foreign_min_population:
            # Opening a sentence, an ending alone is no evidence: "Drón zuhant le" is a drone.
            # By another name, a long one no other place has, as written ("Csíkszeredába").
            own = placed and (
                gazetteer.main_key(row) == hit.key
                or (len(hit.rows) == 1 and not hit.respelled and len(hit.key) >= _OWN_LENGTH)
            )
            return own and not (match.initial and not by_word)
        if population >= self.min_population or placed:
            return True
        # A small town of a country the article names or places things in ("Kerala").
        return (country in named or country in where) and not match.initial

    # ------------------------------------------------------------------------- annotating

    def annotate(self, doc: Doc, matches: list[Match]) -> None:
        places: list[Span] = []
        nationalities: list[Span] = []
        seen: set[tuple[str, int, int]] = set()
        # The date finder runs first: "on Christmas" is a date, not Christmas, Florida.
        dated = [(s.start_char, s.end_char) for s in doc.spans.get("dates", [])]
        for match in matches:
            if any(a <= match.start and match.end <= b for a, b in dated):
                continue
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None:
                continue
            # Span values are stored by offsets: one token holding two mentions
            # ("orosz–azeri") can carry only the first.
            boundary = ("country" if match.country else "place", span.start_char, span.end_char)
            if boundary in seen:
                continue
            seen.add(boundary)
            if match.country:
                span._.country = match.country
                nationalities.append(span)
            elif match.row is not None:
                span._.place = self.gazetteer.place(match.row)
                places.append(span)
        doc.spans["places"] = places
        doc.spans["nationalities"] = nationalities


@cache
def _nationality_spellings_of(rules: Rules) -> dict[str, tuple[str, ...]]:
    """The nationality words as written, by their lookup key ("roman": ("român",))."""
    out: dict[str, list[str]] = {}
    for word in rules.nationality_spellings:
        out.setdefault(normalize(word), []).append(word)
    return {key: tuple(words) for key, words in out.items()}


@lru_cache(maxsize=100_000)
def _nationality_of(rules: Rules, key: str) -> str | None:
    """The country of a nationality word, as listed or through an ending."""
    code = rules.nationalities.get(key)
    if code is None:
        for stem in _stems(key, rules.nationality_endings):
            code = rules.nationalities.get(stem)
            if code:
                break
    return code


_POSSESSIVE = re.compile(r"['’]s$")
_NONSPACE = re.compile(r"\S+")


_WORD_AFTER = re.compile(r"[ \t\u00a0]+([^\W\d_][\w\-]*)")
_WORD_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_][\w\-]*)[ \t\u00a0]+\Z")
_LOWER_WORD_AFTER = re.compile(r"[ \t\u00a0]+[^\W\d_A-Z]")
_NUMBER_AFTER = re.compile(r"[ \t\u00a0](\d{1,2})(?![\w'’ʼ\-]|[.,]\d)")
_APOSTROPHE_TAIL = re.compile(r"['’ʼ]([^\W\d_]+)$")
# A capitalised word joined to a lowercase one by a hyphen is an adjective, no name.
_ADJECTIVE_COMPOUND = re.compile(r"[^\W\d_]+-[a-zà-ÿ][^\W\d_]*")
_KIND_ORDER = {"country": 3, "region": 2, "city": 1, "site": 0}
_TRAILING_MARKS = ".,;:!?…)]}\"'”»"


_DATELINE = (",", " (", " -", " –", " —", ":")  # what follows a place opening a dateline


def _acronym(text: str, start: int, end: int) -> bool:
    """A word in capitals amid ordinary text ("BLA militants"), not in a line written in
    capitals nor a dateline opening a line ("KYIV, Ukraine (AP)", "BEIRUT -", "CHINA:")."""
    if not text[start:end].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(SKIP_BACK) and text[end : end + 2].startswith(_DATELINE):
        return False
    # A headline in capitals before a dateline's mark: "CHINA FIREWORKS BLAST - An ..."
    marks = [i for i in (text.find(m, end) for m in _DATELINE[1:]) if i >= 0]
    line_end = text.find("\n", end)
    mark = min(marks) if marks else -1
    if mark >= 0 and (line_end < 0 or mark < line_end) and text[line_start:mark].isupper():
        return False
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(char.islower() for char in line)


def _words_before(text: str, start: int) -> tuple[str, ...]:
    """The word and the two words just before a position ("la", "de la"), normalised.

    Only when nothing but spaces stands between: "la, Kyiv" has no preposition.
    """
    if start == 0 or text[start - 1] not in " \t\u00a0":
        return ()
    chunk = text[max(0, start - 40) : start].split()
    if not chunk or not chunk[-1].isalpha():
        return ()
    one = normalize(chunk[-1])
    if len(chunk) > 1 and chunk[-2].isalpha():
        return (one, normalize(f"{chunk[-2]} {chunk[-1]}"))
    return (one,)


def _words_after(text: str, end: int) -> tuple[str, ...]:
    """The word and the two words just after a position, normalised; a mark after a word ends
    the phrase ("Zirc mellett." has the postposition "mellett")."""
    if end >= len(text) or text[end] not in " \t\u00a0":
        return ()
    chunk = text[end : end + 40].split()
    if not chunk:
        return ()
    first = chunk[0].rstrip(_TRAILING_MARKS)
    if not first.isalpha():
        return ()
    one = normalize(first)
    if first == chunk[0] and len(chunk) > 1:
        second = chunk[1].rstrip(_TRAILING_MARKS)
        if second.isalpha():
            return (one, normalize(f"{first} {second}"))
    return (one,)


def _occurs_as_word(text: str, word: str) -> bool:
    """Whether a word occurs in a text as a whole word (a substring search, no regex)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _spellings(key: str, rules: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """Other spellings of a key under letter rules, the key itself excluded; at most
    ``MAX_SPELLINGS``, the rules' first choices first."""
    spellings = [""]
    i = 0
    while i < len(key):
        letters, choices = next(
            ((a, b) for a, b in rules if key.startswith(a, i)), (key[i], (key[i],))
        )
        i += len(letters)
        spellings = [s + c for s in spellings for c in choices][:MAX_SPELLINGS]
    return [s for s in spellings if s != key]


def _feature_regex(words: list[str], *, before: bool) -> re.Pattern[str] | None:
    """A street or river word right before a name (any case: "strada", "râul") or right after
    it (as written: "utca", "Street", "River")."""
    if not words:
        return None
    alternatives = _longest_first(words)
    if before:
        return re.compile(rf"(?i:(?<![\w.])(?:{alternatives}))\s+$")
    return re.compile(rf"[ \t]+(?:{alternatives})(?![\w-])")


def _plain_accents(name: str) -> bool:
    """Whether a name has accents, all of the Latin-1 letters ("Morón"): transliterations'
    marks ("Herāt") and cedillas read loosely are no evidence against another spelling."""
    marked = [c for c in name if not c.isascii()]
    return bool(marked) and all("\u00c0" <= c <= "\u00ff" for c in marked)


def _accent_form(name: str) -> str:
    """A name casefolded with its accents, the Romanian cedilla letters as comma ones."""
    return name.casefold().replace("ş", "ș").replace("ţ", "ț")


def _coordinated_regex(
    coordinators: list[str], words: list[str], *, before: bool
) -> re.Pattern[str] | None:
    """A preposition and a list's names before a name ("între Arad și", "în Arad, Deva și"),
    or the list's names and a postposition after it ("és Pápa között", ", Paks és Komló
    térségében")."""
    if not coordinators or not words:
        return None
    joined, placing = _longest_first(coordinators), _longest_first(words)
    name = rf"{letter_classes()[0]}[\w'-]*"
    # Names of a list are parted by commas or the coordinators: "Tamási, Paks és Komló".
    link = rf"(?:\s*,\s*|\s+(?:{joined})\s+)"
    if before:
        return re.compile(rf"(?i:(?<![\w-])(?:{placing}))\s+{name}(?:{link}{name}){{0,3}}{link}$")
    return re.compile(rf"(?:{link}{name}){{1,4}}\s+(?i:{placing})(?![\w-])")


def _placed_with_another(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a name shares the preposition or postposition of the name it is joined to."""
    if rules.placed_with_next is not None and rules.placed_with_next.match(text, end):
        return True
    return rules.placed_with_previous is not None and bool(
        rules.placed_with_previous.search(text, max(0, start - 60), start)
    )


def _feature(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether a name is part of a street's, a river's or a lake's: "pe strada Mihai Viteazu",
    "a Petőfi utcában", "în râul Bârlad"."""
    if rules.feature_before is not None and rules.feature_before.search(
        text, max(0, start - 30), start
    ):
        return True
    return rules.feature_after is not None and rules.feature_after.match(text, end) is not None


def _any_in(words: tuple[str, ...], vocabulary: frozenset[str]) -> bool:
    return any(w in vocabulary for w in words)


def _weapon_near(text: str, start: int, end: int, prefixes: tuple[str, ...]) -> bool:
    """Whether the word just before or just after a name starts like a weapon noun (a word
    between the two is one too: "Kalibr cruise missiles", "rachete de croazieră Kalibr")."""
    if not prefixes:
        return False
    after = _WORD_AFTER.match(text, end)
    if after is not None and normalize(after.group(1)).startswith(prefixes):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and normalize(before.group(1)).startswith(prefixes)


def attach(nlp: Language, gazetteer: Gazetteer, *, name: str = "incident_places") -> None:
    """Give the place finder of a pipeline its gazetteer."""
    nlp.get_pipe(name).gazetteer = gazetteer
