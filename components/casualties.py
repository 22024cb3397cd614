"""Casualty statements: how many were killed or injured, as the text says it.

One regex per language, built from ``casualties.toml``, finds the casualty words (killed,
injured, ambiguous ones like "casualties", and fixed "no casualties" phrases) over the whole
text; only sentences holding one are read further. There each number (see
:mod:`components.numbers`) is checked for what it counts: a person noun or a casualty word
right after it makes it a count; a unit ("drones", "years", a month), a date or time word
before it, an ordinal or age suffix, "one of", or "including" (a part of another count) rule
it out. A count is then tied to the casualty word that governs it: the nearest one on either
side, cheaper within the same clause, never across another count. Each word governs at most
one count.

Without a number, a casualty word near "nobody" gives a zero count; a fixed phrase such as
"no casualties" gives zero killed and zero injured; otherwise the word reports casualties of
its type without a number ("injured employees"). Ambiguous words ("casualties", "victims")
never give a count of their own: a number with them is left out, as its type is unknown.
A count and "N other people" joined by "and" are one group ("the mayor and six other people":
seven); a count that "escaped unharmed" is zero injured, one brought out "alive with burns"
is injured; an injured count whose death is told after ("wounded and later died") is
killed, and a count added to a toll ("rose to 14 after three more bodies were found") is part
of it. Vague quantities ("dozens") are counted by the ACLED convention and marked as
lower bounds.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from components import langdata
from components.facts import CasualtyType, CasualtyValue, doc_text, register_extensions
from components.finder import Finder
from components.numbers import (
    NumberMatch,
    NumberWords,
    fold,
    normalize,
    number_words,
    trie_regex,
)

SPAN_GROUP = "casualties"

_WORDS = re.compile(r"\w+(?:['-]\w+)*")
_PUNCT = ",;:()[]–—"  # punctuation that ends a clause
_PUNCT_RE = re.compile(f"[{re.escape(_PUNCT)}]")
_LIST_COMMA = re.compile(r"\s*,\s*")
# A count's noun (up to three words) before the colon that opens the list of its members.
_MEMBERS_COLON = re.compile(r"(?:\s+[\w'-]+){0,3}\s*:\s*")
_HARD_BREAK = ";"
# Patterns run over normalized text (see numbers.normalize): lowercase, one apostrophe.
_BEGIN, _END = r"(?<![\w'-])", r"(?![\w'])"
_END_WORD = r"(?![\w'-])"  # "și" ends a clause, "și-au" does not
_WORDISH = re.compile(r"[\w'-]")
_TERM_KINDS = (
    "other",  # no casualty word: "meghalad*" (exceeds) beside "meghal*" (dies)
    "none_both",
    "none_killed",
    "none_injured",
    "killed",
    "injured",
    "ambiguous",
    "unharmed",  # "30 passengers escaped unharmed": zero injured, counted by the number
    "uncounted",  # what else befell people: "detained", "evacuated" take counts of no casualty
)
_BOTH: tuple[CasualtyType, ...] = ("killed", "injured")
_TYPE: dict[str, CasualtyType] = {"killed": "killed", "injured": "injured"}
# Words a toll phrase may hold before its last word: a time ("rose on Tuesday to"), the
# number it rose from ("a crescut de la 9 la"), or what the toll is of ("raised the toll from
# the floods in the north to"); the window read before a number holds them.
_TOLL_INSERT = r"(?:[\w'-]+\s+){0,6}?"
_TOLL_WINDOW = 80
_CLAUSE_MARK = re.compile(r"[,;:]")
_EARLIER_REACH = 80  # characters before a count where its "initially" may stand
_PART_WORDS = 4  # words of a part before its apposition ("one of the victims, a man ...")
_FALL_GAP = 6  # words from a fall to the injury it caused ("elesett a lépcsőn és ...")
_BREAKDOWN_GAP = 2  # words between a total and the colon of its breakdown ("... van:")
_PREDICATE_GAP = 16  # words from a subject to its second predicate ("... and died")
_SUBJECT_OPENING = 4  # words a clause may open with before its subject ("Police said a")
_REACH = 200  # characters around casualty words that are read, well over max_gap words
_NONE_KINDS = frozenset({"none_both", "none_killed", "none_injured"})
_CASUALTY_KINDS = frozenset({"killed", "injured", "ambiguous"})
# Words that give no fact of their own unless a negation denies them.
_UNTYPED = frozenset({"ambiguous", "uncounted"})
_TERM_CACHE = 65_536  # phrases whose kind is kept per language
# A number alone between commas after one person: an age ("a cyclist, 34, was killed").
_AGE_APPOSITION = r"(?P<age>\d{1,3}(?=\s*,))"
# Words between "alive" and the injury word that makes the survivors injured ("alive, with
# severe burns").
_ALIVE_GAP = 5
# A personal name and an age before an apposition: "Kirsty Hall, 34, "
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s*(?:\d{1,3},\s*)?$")
_AGENT_GAP = 3  # words between a casualty verb and its agent: "stabbed on Sunday by a man"
_AGE_REACH = 8  # characters between a person noun and its age ("de 50 de ani")
# Words that take a count of no casualty of their own; only within their clause.
_NOT_COUNTED = frozenset({"unharmed", "uncounted"})
# People told without a numeral, in order of precedence: "egy fiatal házaspár" is a pair
# before it is an article and a person noun; "egy másik ember" is an article and a person noun
# before it is one more.
_PEOPLE = ("pair", "article", "one", "possessed", "definite", "nationality", "aged", "pronoun")
_NUMERALS = ("digits", "words")
# An age before a person's noun, digits and maybe a unit word: "19 éves", "17-year-old".
_AGE = r"(?:\d+[\w'-]*\s+(?:[\w'-]+\s+)?)?"


@dataclass(frozen=True)  # no slots: the defaults stay readable as class attributes
class Options:
    """How far apart a count and its casualty word may stand, in words."""

    max_gap: int = 8  # a count with a head noun ("12 people ... were killed")
    max_gap_bare: int = 3  # a bare number ("killed 4")
    max_gap_toll: int = 20  # a toll told again ("the death toll ... has risen to 14")
    negation_gap: int = 4  # "nobody" and the casualty word it denies
    break_cost: int = 2  # a clause break (comma, "and") counts as this many words
    max_relative: int = 12  # a relative clause skipped whole ("two men who tried to ... died")
    # a person opening the sentence and the first casualty word after it ("Un bărbat de 70 de
    # ani din comuna Bistra, luat de viitură ..., a fost găsit fără viață")
    max_gap_subject: int = 16


@dataclass(frozen=True, slots=True)
class Fact:
    """A casualty statement found in a text: character offsets and its value."""

    start: int
    end: int
    value: CasualtyValue


@dataclass(slots=True)
class _Term:
    start: int
    end: int
    kind: str
    used: bool = False
    alone: bool = False  # counts one of its own ("killed himself")


@dataclass(slots=True)
class _Count:
    number: NumberMatch
    end: int  # end of the count phrase: the number and its head noun
    has_head: bool  # a person noun or casualty word follows
    direct: _Term | None = None  # the casualty word right after it ("7 răniți")
    term: _Term | None = None  # the casualty word it was tied to
    toll: bool = False  # a toll update stands by it ("rose to 14")
    implicit: bool = False  # people told without a numeral ("the driver", "a third")
    subject_only: bool = False  # a pronoun: counts only for a casualty word after it
    definite: bool = False  # a definite person told without a numeral ("the driver")

    @property
    def word(self) -> _Term | None:
        """The casualty word that says what befell them: its own, else the one tied to it."""
        return self.direct or self.term

    @property
    def fate(self) -> _Term | None:
        """The casualty word that tells what befell them: an ambiguous word of its own gives
        way to the one tied to it ("two victims died")."""
        direct = self.direct
        if direct is not None and direct.kind == "ambiguous" and self.term is not None:
            return self.term
        return direct or self.term


def _words_regex(words: list[str]) -> re.Pattern[str] | None:
    return re.compile(f"{_BEGIN}(?:{trie_regex(words)}){_END}") if words else None


def _before_regex(words: list[str]) -> re.Pattern[str] | None:
    """A word list's phrase that ends a text, before the space that ends it."""
    return re.compile(rf"{_BEGIN}(?:{trie_regex(words)})\s+$") if words else None


_OPEN_END = re.compile(r"(\w)\*")


def _with_stem_variants(phrases: set[str], variants: dict[str, list[str]]) -> set[str]:
    """The phrases and, for a word with an open end, its stem with each variant of the
    stem's last letter: "lovit* de schije" also as "loviț* de schije" ("loviți")."""
    if not variants:
        return phrases
    out = set(phrases)
    for phrase in phrases:
        forms = {phrase}
        for match in _OPEN_END.finditer(phrase):
            letter, at = match.group(1), match.start(1)
            forms |= {
                form[:at] + variant + form[at + 1 :]
                for form in forms
                for variant in variants.get(letter, [])
            }
        out |= forms
    return out


class CasualtyRules:
    """The compiled casualty patterns of one language."""

    def __init__(self, lang: str, data: dict, numbers: NumberWords) -> None:
        self.lang = lang
        self.numbers = numbers
        variants = data.get("open_end_variants", {})

        def phrases_of(key: str) -> set[str]:
            return _with_stem_variants({fold(w) for w in data.get(key, [])}, variants)

        alone = phrases_of("killed_self")
        killed = phrases_of("killed") | alone
        self.alone = re.compile(trie_regex(alone)) if alone else None
        injured = phrases_of("injured")
        none_killed = phrases_of("none_killed")
        none_injured = phrases_of("none_injured")
        groups = {
            "none_both": none_killed & none_injured,
            "none_killed": none_killed - none_injured,
            "none_injured": none_injured - none_killed,
            "killed": killed,
            "injured": injured,
            "ambiguous": phrases_of("ambiguous"),
            "other": phrases_of("not_casualties"),
            "unharmed": phrases_of("unharmed"),
            "uncounted": phrases_of("non_casualty_verbs"),
        }
        # One trie of every phrase finds them; the kind is told after, per match, in order
        # of precedence. No lookbehind in front: a pattern that starts with plain letters
        # lets the regex engine skip ahead fast; the word start is checked apart.
        self.kinds = [
            (kind, re.compile(trie_regex(groups[kind]))) for kind in _TERM_KINDS if groups[kind]
        ]
        phrases = [phrase for kind in _TERM_KINDS for phrase in groups[kind]]
        self.kind_of: dict[str, str] = {}  # plain one-word phrases, the common case
        for kind in reversed(_TERM_KINDS):
            self.kind_of.update((p, kind) for p in groups[kind] if re.fullmatch(r"\w+", p))
        self.terms = re.compile(f"(?:{trie_regex(phrases)}){_END}") if phrases else None
        # Matched phrase -> (kind, alone): the kind patterns hold no lookaround, so a phrase
        # is told once and looked up after.
        self._term_kinds: dict[str, tuple[str | None, bool]] = {}
        # A singular person noun counts as a person noun too where it is written bare, its
        # article apart ("egy motoros", "a cyclist"), with the endings it takes ("motorost");
        # not where the article is written on the noun ("motociclistul": no such articles).
        bare = data.get("definite_articles") != []
        singular = [
            w + e
            for w in (data.get("singular_persons", []) if bare else [])
            for e in ("", *data.get("singular_endings", []))
        ]
        persons = [*data.get("person_nouns", []), *singular]
        compounds = _compounds_regex(data)
        person_regex = trie_regex(persons) + (rf"|{compounds}\w*" if compounds else "")
        self.persons = re.compile(f"{_BEGIN}(?:{person_regex}){_END}") if persons else None
        negations = [f"(?:{trie_regex(data['negations'])})"] if data.get("negations") else []
        person = f"(?:{person_regex})" if persons else None
        for template in data.get("no_quantifiers", []) if person else []:
            # "niciun turist", "egyetlen utas sem": no one, of any person noun
            before, after = (re.escape(p).replace(r"\ ", r"\s+") for p in template.split("{}", 1))
            negations.append(f"{before}{person}{after}")
        self.negations = (
            re.compile(f"{_BEGIN}(?:{'|'.join(negations)}){_END}") if negations else None
        )
        # People told without a numeral, in one scan: an article before a person noun ("a
        # man"), and the phrases of _people_groups.
        groups = _people_groups(data, numbers, langdata.load(lang, "places"))
        if numbers.articles and persons:
            # No pair noun among the words skipped: "un cuplu de tineri" is two. No noun of
            # a quantity: "a number of people" is no one person. No article either: "Egy
            # balesetben egy nő" starts at the second.
            not_one = [*data.get("pair_nouns", []), *data.get("quantity_nouns", [])]
            skip = rf"(?!(?:{trie_regex(numbers.articles)})\s)" + (
                f"(?!(?:{trie_regex(not_one)}){_END})" if not_one else ""
            )
            # A casualty noun right after it is one too ("un mort"), no adjective between.
            ones = data.get("one_with_article", [])
            alone = f"|{trie_regex(ones)}" if ones else ""
            # An age may stand before the noun too: "egy ... érő 19 éves fiatalembert".
            groups["article"] = (
                rf"(?P<art>{trie_regex(numbers.articles)})\s+"
                rf"(?:(?:{skip}[\w'-]+\s+){{0,3}}?{_AGE}(?:{person_regex}){alone})"
            )
        people = [f"(?P<{name}>{groups[name]})" for name in _PEOPLE if name in groups]
        self.people = re.compile(f"{_BEGIN}(?:{'|'.join(people)}){_END}") if people else None
        self.leads = _leads(data, numbers)
        self.units = _words_regex(data.get("non_casualty_units", []))
        self.partitives = _words_regex(data.get("partitives", []))
        self.partitives_before = _before_regex(data.get("partitives_before", []))
        self.partitive_wholes = _words_regex(data.get("partitives_before", []))
        self.quantity_nouns = _words_regex(data.get("quantity_nouns", []))
        self.partitive_endings = tuple(data.get("partitive_endings", []))
        self.partitive_pronouns = _words_regex(data.get("partitive_pronouns", []))
        # "niciunul dintre cei 212 călători", "none of the 40 passengers": the whole no one
        # of was hurt
        negation_words = [*data.get("negations", []), *data.get("negated_parts", [])]
        partitive_words = data.get("partitives", [])
        self.negated_whole = (
            re.compile(
                rf"{_BEGIN}(?:{trie_regex(negation_words)})\s+(?:{trie_regex(partitive_words)})"
                rf"\s+(?:[\w'-]+\s+)?$"
            )
            if negation_words and partitive_words
            else None
        )
        self.prepositions = _words_regex(data.get("prepositions", []))
        # Subset markers and relatives in one pattern: one scan of a sentence finds both.
        marker_groups = [
            f"(?P<{name}>{trie_regex(words)})"
            for name, words in (
                ("relative", data.get("subset_relatives", [])),
                ("subset", data.get("subset_markers", [])),
                ("superlative", data.get("superlatives", [])),
            )
            if words
        ]
        self.subsets = (
            re.compile(f"{_BEGIN}(?:{'|'.join(marker_groups)}){_END}") if marker_groups else None
        )
        self.persons_before = _before_regex(persons)
        # "alte 23 luni": a weekday after a count of others is no unit ("luni" is months too).
        self.weekdays = frozenset(
            fold(form).split(" ")[0]
            for forms in langdata.load(lang, "dates").get("weekdays", [])
            for form in forms
        )
        updates = [u.split("{}", 1) for u in data.get("toll_updates", []) if "{}" in u]
        toll_before = [b for b, _ in updates if b.strip()]
        self.toll_before = _toll_before_regex(toll_before)
        self.toll_before_ends = frozenset(fold(b).rsplit(" ", 1)[-1] for b in toll_before)
        after = [a for _, a in updates if a.strip()]
        self.toll_after = re.compile(rf"\s*(?:{trie_regex(after)}){_END}") if after else None
        coordinators = data.get("coordinators", [])
        # Between two counts: "and", maybe two more words ("a woman and her two children",
        # "o femeie și pe cei doi nepoți").
        self.coordination = (
            re.compile(rf"\s*,?\s*(?:{trie_regex(coordinators)})\s+(?:[\w'-]+\s+){{0,2}}")
            if coordinators
            else None
        )
        # A complement of a person before "and": "a woman in Toretsk and a man in ...", "un
        # mecanic de locomotivă și un pasager".
        complements = [*data.get("prepositions", []), *data.get("complement_prepositions", [])]
        self.complement_before_and = (
            re.compile(
                rf"\s+(?:{trie_regex(complements)})\s+[\w'-]+(?:\s+[\w'-]+)?"
                rf"(?=\s*,?\s*(?:{trie_regex(coordinators)})\s)"
            )
            if complements and coordinators
            else None
        )
        # A second predicate of the same subject: "... and died", "și a murit", "és meghalt".
        self.second_predicate = (
            re.compile(rf"{_BEGIN}(?:{trie_regex(coordinators)})\s+(?:[\w'-]+\s+){{0,2}}$")
            if coordinators
            else None
        )
        before = data.get("non_casualty_before", [])
        self.before = re.compile(rf"{_BEGIN}(?:{trie_regex(before)})\.?\s*$") if before else None
        self.before_ends = frozenset(fold(p).rsplit(" ", 1)[-1] for p in before)
        # What may follow a number, in order of precedence: a preposition ends the phrase,
        # a person noun is what it counts, a unit means it counts no one.
        head_groups = [
            ("preposition", data.get("prepositions", [])),
            ("person", persons),
            ("unit", data.get("non_casualty_units", [])),
        ]
        alternatives = [
            f"(?P<{name}>{person_regex if name == 'person' else trie_regex(words)})"
            for name, words in head_groups
            if words
        ]
        # A nationality is a person noun in the forms that make it one ("Germans", "németek").
        nationalities = list(langdata.load(lang, "places").get("nationalities", {}))
        endings = data.get("nationality_endings", [])
        if nationalities and endings:
            alternatives.append(
                f"(?P<nationality>(?:{trie_regex(nationalities)})"
                + (f"(?:{trie_regex(e for e in endings if e)})" if any(endings) else "")
                + ("?" if "" in endings and any(endings) else "")
                + ")"
            )
        self.heads = re.compile(f"(?:{'|'.join(alternatives)}){_END}") if alternatives else None
        dates = langdata.load(lang, "dates")
        named = [*dates.get("months", []), *dates.get("weekdays", [])]
        calendar = {w.lower() for forms in named for w in forms}
        # Month and weekday names are units after a number ("14 November"), never things.
        self.calendar = (
            re.compile(rf"(?i:{trie_regex(calendar)})[\w-]*{_END}") if calendar else None
        )
        self.nationality_word = (
            re.compile(rf"(?:{trie_regex(nationalities)})[\w-]*{_END}") if nationalities else None
        )
        links = [*coordinators, *data.get("number_links", [])]
        # Between two numbers of one list: "six, eight and ten", "20 to 30".
        self.number_link = re.compile(
            rf"\s*,\s*(?:(?:{trie_regex(links)})\s+)?|\s+(?:{trie_regex(links)})\s+"
            if links
            else r"\s*,\s*"
        )
        self.agents = _before_regex(data.get("agents_before", []))
        object_markers = set(data.get("object_markers", []))
        self.implicit_blockers = _before_regex(
            [
                *(p for p in data.get("prepositions", []) if p not in object_markers),
                *data.get("agents_before", []),
            ]
        )
        # "a declarat șeful", "a anunțat marți șeful administrației": a time word may stand
        # between the verb and who tells it.
        speakers_before = data.get("speakers_before", [])
        self.speakers_before = (
            re.compile(rf"{_BEGIN}(?:{trie_regex(speakers_before)})(?:\s+[\w'-]+)?\s+$")
            if speakers_before
            else None
        )
        # "Potrivit Salvamont Sibiu, prietena acestuia ...": a sentence opening with who
        # tells it, up to its comma.
        self.speaker_openings = (
            re.compile(rf"(?:{trie_regex(speakers_before)})\s+[^,]{{1,40}},\s*$")
            if speakers_before
            else None
        )
        speakers_after = data.get("speakers_after", [])
        # "... a police official in Sindh said", "the governor of Silesia province said": a
        # place phrase may stand before the verb.
        links = [*data.get("prepositions", []), *data.get("partitives", [])]
        places = rf"(?:(?:{trie_regex(links)})(?:\s+[\w'-]+){{1,3}}?\s+)?" if links else ""
        self.speakers_after = (
            re.compile(rf"\s+{places}(?:[\w'-]+\s+){{0,2}}?(?:{trie_regex(speakers_after)}){_END}")
            if speakers_after
            else None
        )
        self.verb_negations = _words_regex(data.get("verb_negations", []))
        self.complementizers = _before_regex(data.get("complementizers", []))
        self.negated_severities = _words_regex(data.get("negated_severities", []))
        self.cause_openers = _before_regex(data.get("cause_openers", []))
        self.quantifiers = _words_regex(data.get("quantifiers", []))
        self.toll_reasons = _words_regex(data.get("toll_reasons", []))
        self.toll_consequences = _words_regex(data.get("toll_consequences", []))
        self.toll_nouns = _words_regex(data.get("toll_nouns", []))
        self.one_with_article = _words_regex(data.get("one_with_article", []))
        severities = data.get("severity_words", [])
        # "ketten súlyosan, öten könnyebben sérültek meg": counts of one casualty word.
        self.severity_link = (
            re.compile(rf"\s+(?:{trie_regex(severities)})\s*,\s*") if severities else None
        )
        self.single_bodies = _words_regex(data.get("single_bodies", []))
        endings = data.get("genitive_endings", [])
        possessives = data.get("genitive_articles", [])
        article = rf"(?:\s+(?:{trie_regex(possessives)}))?" if possessives else ""
        indefinite = data.get("genitive_indefinite", [])
        of_one = rf"|\s+(?:{trie_regex(indefinite)})\s+[^\W\d_]+{_END_WORD}" if indefinite else ""
        self.genitive = (
            re.compile(
                rf"(?:{article}\s+[^\W\d_]+(?:{'|'.join(map(re.escape, endings))}){_END_WORD}"
                rf"{of_one})"
            )
            if endings
            else None
        )
        self.others = _words_regex(data.get("others", []))
        self.one_more = _words_regex(data.get("one_more", []))
        additions = data.get("toll_additions", [])
        self.additions_before = _before_regex(additions)
        self.recaps = _before_regex(data.get("recaps", []))
        self.recap_numbers = frozenset(fold(w) for w in data.get("recap_numbers", []))
        self.recap_articles = _before_regex(data.get("recap_articles", []))
        genitives = data.get("term_genitives", [])
        self.term_genitives = (
            re.compile(rf"\s+((?:{trie_regex(genitives)}))\s") if genitives else None
        )
        self.describing_before = frozenset(fold(w) for w in data.get("describing_before", []))
        self.describing_after = frozenset(fold(w) for w in data.get("describing_after", []))
        self.falls = _words_regex(data.get("falls", []))
        self.verb_completions = _words_regex(data.get("verb_completions", []))
        self.part_numbers = frozenset(fold(w) for w in data.get("part_numbers", []))
        self.person_numbers = frozenset(fold(w) for w in data.get("person_numbers", []))
        self.subject_pronouns = frozenset(fold(w) for w in data.get("subject_pronouns", []))
        self.victim_nouns = frozenset(fold(w) for w in data.get("victim_nouns", []))
        # "anunțat inițial la 11", "initially put at 11": an earlier figure, revised later.
        earlier = data.get("earlier_figures", [])
        self.earlier = (
            # "Inițial, autoritățile au anunțat patru": a comma may follow the word
            re.compile(rf"{_BEGIN}(?:{trie_regex(earlier)}),?(?:\s+[\w'-]+){{0,3}}\s+$")
            if earlier
            else None
        )
        self.earlier_word = _words_regex(earlier)
        self.additions_after = (
            re.compile(rf"\s+(?:{trie_regex(additions)}){_END}") if additions else None
        )
        alive = data.get("alive", [])
        self.alive = re.compile(trie_regex(alive)) if alive else None
        definite = data.get("definite_articles", [])
        self.definite_before = _before_regex(definite)
        self.definite_start = re.compile(rf"(?:{trie_regex(definite)})\s") if definite else None
        care = data.get("care_words", [])
        self.care = re.compile(rf"(?:{trie_regex(care)})") if care else None
        # A state that goes on, in words before the casualty phrase ("remains in a critical
        # condition") or opening it ("remain in hospital").
        continuing = data.get("continuing_words", [])
        self.continuing = _before_regex(continuing)
        self.continuing_start = (
            re.compile(rf"(?:{trie_regex(continuing)})\s") if continuing else None
        )
        self.state = _words_regex(data.get("state_words", []))
        self.possessor_articles = frozenset(fold(w) for w in data.get("possessor_articles", []))
        relatives = data.get("relatives", [])
        # A relative clause, or an apposition between commas ("the driver, a man of 40,",
        # "a cyclist, aged 40,", "un muncitor, bărbat de 45 de ani,"), or an age alone ("a
        # cyclist, 34,").
        prepositions = data.get("prepositions", [])
        self.place_phrase = (
            re.compile(rf"\s+(?:{trie_regex(prepositions)})\s+[\w'-]+(?:\s+[\w'-]+)?(?=\s*,)")
            if prepositions
            else None
        )
        openers = [f"\\s*,?\\s*(?:{trie_regex(relatives)})"] if relatives else []
        appositions = [*numbers.articles, *data.get("apposition_openers", []), *persons]
        definite = data.get("definite_articles", [])
        # a definite article before an age: "mindkét utasa, a 61 éves pilóta és ..."
        aged = rf"|(?P<definite_age>(?:{trie_regex(definite)})\s+\d{{1,3}})" if definite else ""
        if appositions:
            # between dashes too: "két testvér – egy 15 és egy 17 éves fiú – megsebesült"
            openers.append(
                f"\\s*(?P<delimiter>[,–—])\\s*"
                f"(?P<apposition>{trie_regex(appositions)}|{_AGE_APPOSITION}{aged})"
            )
        self.relatives = re.compile(f"(?:{'|'.join(openers)}){_END}") if openers else None
        self.ranges = [
            (_number_pair(t), True) for t in data.get("revisions", []) if t.count("{}") == 2
        ] + [(_number_pair(t), False) for t in data.get("ranges", []) if t.count("{}") == 2]
        conjunctions = data.get("clause_breaks", [])
        # A comma before a digit is a decimal or thousands mark ("6,3-es"), no break.
        marks = rf",(?!\d)|[{re.escape(_PUNCT.replace(',', ''))}]"
        self.breaks = re.compile(
            f"{marks}|{_BEGIN}(?:{trie_regex(conjunctions)}){_END_WORD}" if conjunctions else marks
        )

    def term_kind(self, phrase: str) -> tuple[str | None, bool]:
        """The kind of a phrase found by ``terms`` (None when no kind pattern takes it
        whole) and whether it counts one of its own ("killed himself")."""
        known = self._term_kinds.get(phrase)
        if known is None:
            kind = self.kind_of.get(phrase) or next(
                (k for k, pattern in self.kinds if pattern.fullmatch(phrase)), None
            )
            known = (kind, self.alone is not None and bool(self.alone.fullmatch(phrase)))
            if len(self._term_kinds) >= _TERM_CACHE:
                self._term_kinds.clear()  # words with open endings could grow it unbounded
            self._term_kinds[phrase] = known
        return known


_Pair = tuple[re.Pattern[str] | None, re.Pattern[str], re.Pattern[str] | None]


def _number_pair(template: str) -> _Pair:
    """Patterns of a phrase with two numbers: the words before the first, between them (from
    the first's digits, so "{}-ról {}" reads "8-ról 13-ra") and after the second."""
    before, between, after = template.split("{}")
    return (
        _before_regex([before]) if before.strip() else None,
        re.compile(rf"\s*(?:{_between(between)})\s*"),
        re.compile(rf"\s*(?:{trie_regex([after])}){_END}") if after.strip() else None,
    )


def _between(words: str) -> str:
    """The words between two numbers; punctuation as written ("{}-{}" is no "{} {}")."""
    if _WORDISH.search(words.replace("-", "").replace("'", "")):
        return trie_regex([words])
    return re.escape(words.strip())


def _toll_before_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """A toll verb before its number; a few words may stand before the last word of the
    phrase: "rose on Tuesday to 41", "a urcat joi la 17", "rose from 11 to 18"."""
    if not phrases:
        return None
    by_last: dict[str, list[str]] = {}
    for phrase in phrases:
        *head, last = fold(phrase).split(" ")
        by_last.setdefault(last, []).append(" ".join(head))
    alternatives = []
    for last, heads in by_last.items():
        lead = [h for h in heads if h]
        if lead:
            alternatives.append(rf"(?:{trie_regex(lead)})\s+{_TOLL_INSERT}{trie_regex([last])}")
        if len(lead) < len(heads):
            alternatives.append(trie_regex([last]))
    return re.compile(rf"{_BEGIN}(?:{'|'.join(alternatives)})\s+$")


def _compounds_regex(data: dict) -> str:
    """Words ending in a person noun of ``person_compound_ends``: "targoncakezelő",
    "HÉV-vezető" ("" when the language has none)."""
    ends = data.get("person_compound_ends", [])
    return rf"[^\W\d_][\w-]*(?:{trie_regex(ends)})" if ends else ""


def _people_groups(data: dict, numbers: NumberWords, places: dict) -> dict[str, str]:
    """Patterns of people counted without a numeral: a pair ("an elderly couple"), one more
    ("a third", "another"), a definite singular person ("the driver", "șoferul", "a sofőrt")
    and a nationality after an indefinite article ("an Afghan"). Pairs and definite persons
    are found by their noun, which is rarer than an article: the scan stays fast."""
    groups = {}
    if data.get("pair_nouns"):
        groups["pair"] = trie_regex(data["pair_nouns"])
    if data.get("one_more"):
        groups["one"] = trie_regex(data["one_more"])
    singular = data.get("singular_persons", [])
    if singular:
        endings = data.get("singular_endings", [])
        compounds = _compounds_regex(data)
        noun = f"(?:{trie_regex(singular)}" + (f"|{compounds})" if compounds else ")")
        noun += f"(?:{trie_regex(endings)})?" if endings else ""
        changes = data.get("final_vowel_changes", {})
        lengthened = [w[:-1] + changes[w[-1]] for w in singular if w[-1:] in changes]
        if endings and lengthened:
            # A final vowel lengthens before an ending: "édesanya" -> "édesanyát".
            noun = f"(?:{noun}|(?:{trie_regex(lengthened)})(?:{trie_regex(endings)}))"
        adjectives = data.get("definite_adjectives", [])
        if adjectives and data.get("person_nouns"):
            # "singurul pasager": the article is written on the adjective before the noun.
            persons = trie_regex(data["person_nouns"])
            noun = f"(?:{noun}|(?:{trie_regex(adjectives)})\\s+(?:{persons}))"
        if data.get("possessives_after"):  # "nepotul ei": the person's possessive after it
            noun = f"(?:{noun})(?:\\s+(?:{trie_regex(data['possessives_after'])}))?"
        groups["definite"] = noun
    possessed = [trie_regex(data["possessed_persons"])] if data.get("possessed_persons") else []
    if singular and data.get("possessive_endings"):  # "vezetője": any singular person's
        # A final vowel may lengthen before the ending: "pilóta" -> "pilótája".
        changes = data.get("final_vowel_changes", {})
        stems = singular + [w[:-1] + changes[w[-1]] for w in singular if w[-1:] in changes]
        possessed.append(f"(?:{trie_regex(stems)})(?:{trie_regex(data['possessive_endings'])})")
    if possessed:
        groups["possessed"] = "|".join(f"(?:{p})" for p in possessed)
    if data.get("subject_pronouns"):
        groups["pronoun"] = trie_regex(data["subject_pronouns"])
    any_article = [*numbers.articles, *data.get("definite_articles", [])]
    if data.get("age_persons") and any_article:
        # After a person phrase's own alternatives: "a 19-year-old man" is the article's.
        ages = "|".join(re.escape(a).replace(r"\{\}", r"\d{1,3}") for a in data["age_persons"])
        groups["aged"] = rf"(?:{trie_regex(any_article)})\s+(?:{ages})"
    nationalities = places.get("nationalities", {})
    if nationalities and numbers.articles:
        articles = trie_regex(numbers.articles)
        # "a 17-year-old Palestinian"
        groups["nationality"] = rf"(?:{articles})\s+{_AGE}(?:{trie_regex(nationalities)})"
    return groups


def _leads(
    data: dict, numbers: NumberWords
) -> dict[str, tuple[re.Pattern[str], bool, re.Pattern[str]]]:
    """The article before a pair (optional) or a definite person (required where the language
    writes one apart): group name -> (pattern of the text before the noun, required, the
    same with more words between, which hold a casualty word: "a füstmérgezést szenvedett
    78 éves férfi")."""
    articles = [*numbers.articles, *data.get("definite_articles", [])]
    definite = data.get("definite_articles", [])
    out = {}
    for group, words, required in (("pair", articles, False), ("definite", definite, True)):
        if not words:
            continue
        article = trie_regex(words)
        # Words between the article and the noun, none of them another article, and an
        # age right before the noun: "a volánnál ülő 63 éves férfi".
        between = rf"(?:(?!(?:{trie_regex(articles)})\s)[\w'-]+\s+)"
        # A participle may end a longer phrase: "a negyedik emeleti lakásban tartózkodó idős
        # asszony" (up to four words before it and one after it).
        endings = data.get("participle_endings", [])
        participle = (
            rf"|{between}{{0,4}}[\w'-]+(?:{trie_regex(endings)})\s+{between}?" if endings else ""
        )
        out[group] = (
            re.compile(rf"{_BEGIN}(?:{article})\s+(?:{between}{{0,2}}{participle}){_AGE}$"),
            required,
            re.compile(rf"{_BEGIN}(?:{article})\s+{between}{{3,4}}$"),
        )
    return out


@cache
def rules_for(lang: str) -> CasualtyRules:
    """Compile the casualty rules of a language once."""
    return CasualtyRules(lang, langdata.load(lang, "casualties"), number_words(lang))


class _Sentence:
    """The stretch of a sentence around its casualty words. Distances are counted on demand
    with a regex over the few characters asked about: a read asks only a handful of them."""

    def __init__(self, rules: CasualtyRules, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.breaks = rules.breaks

    def words_between(self, left: int, right: int) -> int:
        return len(_WORDS.findall(self.text, left, right)) if right > left else 0

    def breaks_between(self, left: int, right: int) -> tuple[int, bool]:
        """Clause breaks inside ``[left, right)`` and whether one is a hard break."""
        if right <= left:
            return 0, False
        found = self.breaks.findall(self.text, left, right)
        return len(found), _HARD_BREAK in found

    def clause_start(self, position: int) -> int:
        """Where the clause of ``position`` starts."""
        breaks = list(self.breaks.finditer(self.text, self.start, position))
        return breaks[-1].end() if breaks else self.start

    def next_break(self, position: int) -> int:
        """Where the clause of ``position`` ends."""
        found = self.breaks.search(self.text, position, self.end)
        return found.start() if found else self.end

    def next_words(self, position: int, limit: int) -> list[tuple[int, int]]:
        """Up to ``limit`` words after ``position``, stopping at a clause break."""
        stop = self.next_break(position)
        out = []
        for match in _WORDS.finditer(self.text, position, stop):
            out.append(match.span())
            if len(out) == limit:
                break
        return out


class CasualtyFinder(Finder):
    """Finds casualty statements and puts them in ``doc.spans["casualties"]``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "incident_casualties",
        *,
        max_gap: int = Options.max_gap,
        max_gap_bare: int = Options.max_gap_bare,
        max_gap_toll: int = Options.max_gap_toll,
        negation_gap: int = Options.negation_gap,
        break_cost: int = Options.break_cost,
        max_relative: int = Options.max_relative,
        max_gap_subject: int = Options.max_gap_subject,
    ) -> None:
        register_extensions()
        self.name = name
        self.rules = rules_for(nlp.lang)
        self.options = Options(
            max_gap,
            max_gap_bare,
            max_gap_toll,
            negation_gap,
            break_cost,
            max_relative,
            max_gap_subject,
        )

    def find(self, doc: Doc) -> list[Fact]:
        text = doc_text(doc)
        # The place finder runs first: the number of "în Sectorul 3" names a place.
        names = tuple((s.start_char, s.end_char) for s in doc.spans.get("places", []))
        return _find(
            text, self.rules, self.options, lambda: _sentence_bounds(doc, text), names=names
        )

    def annotate(self, doc: Doc, facts: list[Fact]) -> None:
        spans = []
        taken: set[tuple[int, int]] = set()
        for fact in facts:
            span = doc.char_span(
                fact.start, fact.end, label=fact.value.type, alignment_mode="expand"
            )
            if span is not None and (span.start_char, span.end_char) in taken:
                # Span values are stored by offsets: "no casualties" gives zero killed on the
                # phrase and zero injured on its last word.
                span = doc[span.end - 1 : span.end]
                span.label_ = fact.value.type
            if span is None or (span.start_char, span.end_char) in taken:
                continue
            taken.add((span.start_char, span.end_char))
            span._.casualty = fact.value
            spans.append(span)
        doc.spans[SPAN_GROUP] = spans


@Language.factory(
    "incident_casualties",
    default_config={
        "max_gap": Options.max_gap,
        "max_gap_bare": Options.max_gap_bare,
        "max_gap_toll": Options.max_gap_toll,
        "negation_gap": Options.negation_gap,
        "break_cost": Options.break_cost,
        "max_relative": Options.max_relative,
        "max_gap_subject": Options.max_gap_subject,
    },
)
def make_casualty_finder(
    nlp: Language,
    name: str,
    max_gap: int,
    max_gap_bare: int,
    max_gap_toll: int,
    negation_gap: int,
    break_cost: int,
    max_relative: int,
    max_gap_subject: int,
) -> CasualtyFinder:
    return CasualtyFinder(
        nlp,
        name,
        max_gap=max_gap,
        max_gap_bare=max_gap_bare,
        max_gap_toll=max_gap_toll,
        negation_gap=negation_gap,
        break_cost=break_cost,
        max_relative=max_relative,
        max_gap_subject=max_gap_subject,
    )


# Where components.pipeline.SentenceSplitter keeps the sentence offsets (the pipeline module
# imports this one, so the key is written out here).
SENTENCE_STARTS = "sentence_starts"
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


def _sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentence offsets: those the pipeline's sentence splitter kept in ``user_data``, else
    from the token arrays (no Token or Span objects are made)."""
    kept = doc.user_data.get(SENTENCE_STARTS)
    if kept is not None and len(doc) > 1:
        return list(zip(kept, [*kept[1:], len(text)], strict=True))
    if len(doc) > 1:
        columns = doc.to_array([IDX, SENT_START]).astype("int64")
        flags = columns[:, 1]
        if (flags[1:] != 0).any():  # sentence boundaries were set
            starts = [0, *(int(i) for i in columns[1:, 0][flags[1:] == 1])]
            return list(zip(starts, [*starts[1:], len(text)], strict=True))
    return _split_sentences(text)


def find_facts(
    text: str,
    lang: str,
    *,
    sentences: list[tuple[int, int]] | None = None,
    options: Options = Options(),  # frozen: one default shared safely
) -> list[Fact]:
    """Casualty statements in ``text``; ``sentences`` are (start, end) offsets, split on
    sentence punctuation when not given."""
    return _find(text, rules_for(lang), options, lambda: sentences or _split_sentences(text))


def _find(
    text: str,
    rules: CasualtyRules,
    options: Options,
    sentence_bounds: Callable[[], list[tuple[int, int]]],
    *,
    names: tuple[tuple[int, int], ...] = (),
) -> list[Fact]:
    """Sentences are only looked up when the text has a casualty word at all. Numbers
    inside ``names`` (places: "Sectorul 3") count no one."""
    if rules.terms is None:
        return []
    written, text = text, normalize(text)  # offsets are kept
    terms = []
    for match in rules.terms.finditer(text):
        start, end = match.span()
        if start and _WORDISH.match(text, start - 1):
            continue  # inside a word
        kind, alone = rules.term_kind(match.group())
        if kind is not None and kind != "other":
            terms.append(_Term(start, end, kind, alone=alone))
    if all(t.kind == "uncounted" for t in terms):
        return []
    sentences = sentence_bounds()
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[_Term]] = {}
    for term in terms:
        index = max(0, bisect_right(starts, term.start) - 1)
        by_sentence.setdefault(index, []).append(term)
    facts: list[Fact] = []
    for index, sentence_terms in by_sentence.items():
        if all(t.kind == "uncounted" for t in sentence_terms):
            continue  # "107 people were detained": nothing to count
        start, end = sentences[index]
        # Nothing farther than a few words from a casualty word matters: read only around
        # them, cut at spaces.
        first, last = sentence_terms[0].start, sentence_terms[-1].end
        if first - start > _REACH:
            start = text.find(" ", first - _REACH, first) + 1 or first - _REACH
        if end - last > _REACH:
            end = max(text.rfind(" ", last, last + _REACH), last)
        if all(t.kind in _UNTYPED for t in sentence_terms) and (
            rules.negations is None or rules.negations.search(text, start, end) is None
        ):
            continue  # "casualties" alone gives a count only when denied: "no victims"
        named = tuple((a, b) for a, b in names if start <= a < end)
        reader = _Reader(rules, options, text, start, end, named, facts, written=written)
        facts.extend(reader.read(sentence_terms))
    return facts


def _split_sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


class _Reader:
    """Reads the casualty facts of one sentence that holds casualty words."""

    def __init__(
        self,
        rules: CasualtyRules,
        options: Options,
        text: str,
        start: int,
        end: int,
        names: tuple[tuple[int, int], ...] = (),
        told: Iterable[Fact] = (),
        *,
        written: str | None = None,
    ) -> None:
        self.rules = rules
        self.text = text
        self.written = text if written is None else written  # as written: with its capitals
        self.names = names  # places in the sentence: their numbers count no one
        # What the text's earlier sentences counted, read in one pass: (kind, count) pairs,
        # the kinds counted with a number, and what the counts of a kind counted more than
        # once add up to ("both" after "a resident and a firefighter" were injured).
        self.told: set[tuple[str, int | None]] = set()
        sums: dict[str, list[int]] = {}
        for f in told:
            self.told.add((f.value.type, f.value.count))
            if f.value.count:
                sums.setdefault(f.value.type, []).append(f.value.count)
        self.told_kinds = set(sums)
        self.told_sums = {(kind, sum(counts)) for kind, counts in sums.items() if len(counts) > 1}
        self.recapped: set[str] = set()  # kinds of counts dropped as told again
        self.sentence = _Sentence(rules, text, start, end)
        self.max_gap, self.max_gap_bare = options.max_gap, options.max_gap_bare
        self.max_gap_toll = options.max_gap_toll
        self.negation_gap, self.break_cost = options.negation_gap, options.break_cost
        self.max_relative = options.max_relative
        self.max_gap_subject = options.max_gap_subject
        # Stretches skipped when measuring: start, end and how many clause breaks to drop.
        self.asides: list[tuple[int, int, int]] = []
        self.died_later: set[int] = set()  # counts of injured who died (ids)
        self.pronoun_parts: set[int] = set()  # starts of "N of them" counts
        self.naming: set[int] = set()  # ids of casualty words inside a subset marker

    def read(self, terms: list[_Term]) -> list[Fact]:
        s, rules = self.sentence, self.rules
        if rules.falls is not None:
            self._falls(terms)
        # "including two children": a part of a count told before; its words are skipped.
        self.naming.clear()
        self.asides = self._asides(terms)
        facts = [self._none_phrase(term, kind) for term in terms for kind in self._zero_kinds(term)]
        negations = (
            [m.span() for m in rules.negations.finditer(self.text, s.start, s.end)]
            if rules.negations
            else []
        )
        negated = {
            id(term): negation
            for term in terms
            if not term.used and (negation := self._negation_for(term, negations)) is not None
        }
        counts = self._counts(terms, negations)
        if rules.earlier is not None and any(c.toll for c in counts):
            counts = self._revised(counts)
        if rules.alive is not None:
            self._alive_with_injuries(terms, counts)
        self._pair(counts, terms, negated)
        self._coordinate(counts, terms)
        self._others_look_ahead(counts)
        self._toll_of_victims(counts)
        # A killed word that only names whom a part is of ("among the dead") tells no death
        # of the injured counted before it.
        told = [t for t in terms if id(t) not in self.naming]
        if any(t.kind == "killed" and not t.used for t in told):
            self._died_of_wounds(counts, told, negated, terms)
        if rules.others is not None and len(counts) > 1:
            counts = self._with_the_others(counts)
        if rules.additions_before is not None and (
            any(c.toll for c in counts) or rules.toll_reasons is not None
        ):
            counts = self._toll_additions(counts)
            counts = self._without_superseded(counts)
        if rules.earlier is not None and len(counts) > 1:
            counts = self._without_earlier_figures(counts)
        if rules.earlier is not None and self.told:
            # "Emergency services had initially reported two dead", after the toll was told
            counts = [c for c in counts if not self._told_earlier(c)]
        if len(counts) > 1:
            counts = self._without_breakdown(counts)
        if self.pronoun_parts:
            counts = self._without_parts_of_counts(counts, terms)
            counts = self._without_whole_told_apart(counts)
        if (rules.recaps is not None or rules.recap_numbers) and (len(counts) > 1 or self.told):
            counts = self._without_recaps(counts)
        unharmed = []
        for count in counts:
            term = count.fate
            if term is not None and term.kind in _BOTH:
                number = count.number
                value = CasualtyValue(_TYPE[term.kind], number.value, number.lower_bound)
                facts.append(Fact(number.start, count.end, value))
            elif (
                term is not None
                and term.kind == "unharmed"
                and count.number.kind in _NUMERALS
                # "the other three escaped unhurt": others were hurt
                and not (
                    rules.others is not None and rules.others.search(self._before(count.number))
                )
            ):
                unharmed.append(Fact(count.number.start, term.end, CasualtyValue("injured", 0)))
        if unharmed and not any(f.value.type == "injured" for f in facts):
            # "all 30 passengers escaped unhurt": none was injured, unless the sentence
            # counts injured of its own.
            facts.append(unharmed[0])
        facts.extend(self._without_number(terms, negated, facts))
        return facts

    def _falls(self, terms: list[_Term]) -> None:
        """A word for falling in battle that also means falling down tells a fall when an
        injury follows in its clause ("egy idős asszony elesett és csuklótörést szenvedett"),
        or stands shortly before it with no one else named between."""
        falls = [
            term
            for term in terms
            if term.kind == "killed"
            and self.rules.falls.fullmatch(self.text, term.start, term.end)
            and (self._injury_after_fall(term, terms) or self._injury_before_fall(term, terms))
        ]
        if falls:
            terms[:] = [t for t in terms if not any(t is f for f in falls)]

    def _injury_after_fall(self, fall: _Term, terms: list[_Term]) -> bool:
        """An injury after the fall in its clause, no one else counted between."""
        return any(
            t.kind == "injured"
            and t.start >= fall.end
            and not _CLAUSE_MARK.search(self.text, fall.end, t.start)
            and self.sentence.words_between(fall.end, t.start) <= _FALL_GAP
            # "három katona elesett és kettő megsebesült": others were hurt
            and not self.rules.numbers.find(
                self.text, fall.end, t.start, articles=False, normalized=True
            )
            for t in terms
        )

    def _injury_before_fall(self, fall: _Term, terms: list[_Term]) -> bool:
        """An injury shortly before the fall, no one else named between: "könnyebben
        megsérült, amikor menekülés közben elesett" tells how they were hurt."""
        persons = self.rules.persons
        return any(
            t.kind == "injured"
            and t.end <= fall.start
            and self.sentence.words_between(t.end, fall.start) <= _FALL_GAP
            and not self.rules.numbers.find(
                self.text, t.end, fall.start, articles=True, normalized=True
            )
            and not (persons is not None and persons.search(self.text, t.end, fall.start))
            for t in terms
        )

    @staticmethod
    def _zero_kinds(term: _Term) -> tuple[CasualtyType, ...]:
        if term.kind == "none_both":
            return _BOTH
        if term.kind == "none_killed":
            return ("killed",)
        if term.kind == "none_injured":
            return ("injured",)
        return ()

    @staticmethod
    def _none_phrase(term: _Term, kind: CasualtyType) -> Fact:
        term.used = True
        return Fact(term.start, term.end, CasualtyValue(kind, 0))

    def _asides(self, terms: list[_Term]) -> list[tuple[int, int, int]]:
        """Stretches that tell a part of a count. A subset marker's runs to the next
        punctuation or casualty word ("seven people, among them three children, died").
        A relative one's runs to the end of its clause, unless the clause has a casualty word
        of its own: "40 staff, of whom 3 were injured" counts the 3."""
        s, subsets = self.sentence, self.rules.subsets
        if subsets is None:
            return []
        out = []
        for marker in subsets.finditer(self.text, s.start, s.end):
            if marker.lastgroup == "relative":
                end = s.next_break(marker.end())
                if not self._own_count(marker.start(), marker.end(), end, terms):
                    out.append((marker.start(), end, 2))
                continue
            stop = _PUNCT_RE.search(self.text, marker.end(), s.end)
            end = stop.start() if stop else s.end
            if marker.lastgroup == "superlative":
                # "the most seriously injured, a man of 41, was flown ...": one of the
                # casualties, named by the apposition after it ("the worst accident": none).
                following = s.next_words(marker.end(), 1)
                if not following or not any(t.start == following[0][0] for t in terms):
                    continue
                if stop is not None and self.text[stop.start()] == ",":
                    stop = _PUNCT_RE.search(self.text, stop.end(), s.end)
                    end = stop.start() if stop else s.end
                out.append((marker.start(), end, 2))
                continue
            # A casualty word before the part's number belongs to it: "among them the
            # bodies of four children".
            # "among the dead", "among those killed": whom the part is of
            named = [t for t in terms if marker.start() <= t.start <= marker.end() + 1]
            self.naming.update(id(t) for t in named)
            number = self.rules.numbers.digits.search(self.text, marker.end(), end)
            first = self.rules.numbers.words.search(self.text, marker.end(), end)
            starts = [m.start() for m in (number, first) if m is not None]
            if named and self._part_with_own_fate(marker, named, end, terms):
                continue
            if not starts and named:
                # "three firefighters were among the dead": the part stands before the marker,
                # from the start of its clause.
                opening = s.clause_start(marker.start())
                if self.text[opening : marker.start()].strip() or any(
                    t.end > marker.end() for t in named
                ):
                    out.append((opening, marker.start(), 0))
                else:  # "Among the injured are the driver and ...": the part follows it
                    out.append((marker.start(), self._apposition_end(end), 2))
                continue
            told = min(starts, default=marker.end())
            end = min([end, *(t.start for t in terms if max(marker.end(), told) <= t.start < end)])
            if fold(marker.group()) in self.rules.part_numbers and any(
                t.start == end for t in terms
            ):
                continue  # "..., egyikük a helyszínen elhunyt": the part's own casualty word
            out.append((marker.start(), end, 2))  # the commas around it
        return out

    def _part_with_own_fate(
        self, marker: re.Match[str], named: list[_Term], end: int, terms: list[_Term]
    ) -> bool:
        """Whether a marker holding its own number of one names a part that meets a fate of
        another kind after it: "a sérültek egyike később meghalt" counts one killed, where
        "a sérültek egyike kórházban van" is no count. ("Az egyik sérült", with no number
        word, still gives no count of its own.)"""
        if self.rules.numbers.words.search(self.text, marker.start(), marker.end()) is None:
            return False
        kinds = {t.kind for t in named}
        return any(
            marker.end() <= t.start < end and t.kind in _BOTH and t.kind not in kinds for t in terms
        )

    def _noun_phrase_in(self, left: int, right: int) -> bool:
        """Whether a number, an article or a head noun stands between ``left`` and ``right``:
        "omorând o familie de patru persoane" is no agent after the verb."""
        rules = self.rules
        if rules.numbers.find(self.text, left, right, articles=True, normalized=True):
            return True
        heads = rules.heads
        return heads is not None and any(
            (head := heads.match(self.text, a)) is not None and head.lastgroup != "preposition"
            for a, _ in self.sentence.next_words(left, _AGENT_GAP + 1)
            if a < right
        )

    @staticmethod
    def _next_term(position: int, term_at: dict[int, _Term]) -> _Term | None:
        """The first casualty word at or after ``position``."""
        return min(
            (t for t in term_at.values() if t.start >= position),
            key=lambda t: t.start,
            default=None,
        )

    def _injured_who_died(self, whole: _Term, position: int, term_at: dict[int, _Term]) -> bool:
        """Whether a part of the injured died: the next casualty word after ``position``
        tells so in its clause ("two of the injured died in hospital", "a sérültek közül
        ketten meghaltak")."""
        if whole.kind != "injured":
            return False
        fate = self._next_term(position, term_at)
        return (
            fate is not None
            and fate.kind == "killed"
            and self.sentence.breaks_between(position, fate.start)[0] == 0
            and self.sentence.words_between(position, fate.start) <= self.max_gap
        )

    def _apposition_end(self, position: int) -> int:
        """Where an apposition opening at ``position`` ends (its closing comma), or
        ``position`` when none opens there: "the lorry driver, a man of 46, ..."."""
        relatives = self.rules.relatives
        found = relatives.match(self.text, position) if relatives is not None else None
        if found is None or found.group("apposition") is None:
            return position
        comma = self.text.find(",", found.end(), self.sentence.end)
        return comma if comma >= 0 else position

    def _own_count(self, marker: int, start: int, end: int, terms: list[_Term]) -> bool:
        """Whether a relative clause (``start``..``end``) counts casualties of its own: it has
        a casualty word, not of the kind of the last one before it, which tells a part of
        that count ("155 were injured, 18 of whom are in critical condition")."""
        own = {t.kind for t in terms if start <= t.start < end}
        told = [t.kind for t in terms if self.sentence.start <= t.start and t.end <= marker]
        return bool(own) and not (told and told[-1] in _BOTH and own == {told[-1]})

    def _counts(self, terms: list[_Term], negations: list[tuple[int, int]]) -> list[_Count]:
        """The numbers of the sentence that may count people."""
        s, rules = self.sentence, self.rules
        taken = [(t.start, t.end) for t in terms] + negations
        numbers = rules.numbers.find(self.text, s.start, s.end, articles=False, normalized=True)
        if self.names:
            numbers = [
                n
                for n in numbers
                if n.kind != "digits" or not any(a <= n.number_start < b for a, b in self.names)
            ]
        people = []
        if rules.people is not None:
            # An article is one only before a person noun ("a man"): a regex finds those few,
            # and the people told without a numeral ("the driver").
            spans = [(n.start, n.end) for n in numbers]
            for m in rules.people.finditer(self.text, s.start, s.end):
                if m.lastgroup == "article":
                    start, end = m.span("art")
                    if any(a <= start < b for a, b in spans):
                        continue  # the article of a numeral: "a dozen people" is 12, not 1
                    numbers.append(NumberMatch(start, end, start, end, 1, "article"))
                else:
                    people.append(m)
            if rules.term_genitives is not None:
                numbers.extend(self._genitive_ones(terms))
            numbers.sort(key=lambda n: n.start)
        implicit = self._implicit(people, numbers, taken) if people else []
        if implicit:
            # "egy idős házaspár": the pair, not the article before a person noun, counts
            spans = [(c.number.start, c.end) for c in implicit]
            numbers = [
                n
                for n in numbers
                if n.kind != "article" or not any(a <= n.start < b for a, b in spans)
            ]
        measures = self._measures(numbers)
        if rules.ranges:
            numbers = self._ranges(numbers, measures)
        number_starts = {n.number_start for n in numbers}
        implicit_starts = {c.number.start for c in implicit}
        term_at = {t.start: t for t in terms}
        counts = []
        swallowed = 0  # end of a partitive phrase: "18 of the 40 passengers" counts no 40
        for number in numbers:
            if number.number_start < swallowed or number.number_start in measures:
                continue
            if any(a < number.number_end and number.number_start < b for a, b in taken):
                continue  # "no one", or a number inside a casualty phrase
            if self._excluded(number, term_at):
                continue
            # An article stands before a person noun the people pattern found, maybe after
            # three words and an age: "egy ... érő 19 éves fiatalembert".
            reach = 6 if number.kind == "article" else 4
            words = s.next_words(number.end, reach)
            if rules.toll_after is not None and rules.toll_after.match(self.text, number.end):
                # "Tizenegyre emelkedett a ... rakétatámadás": the toll's verb follows, and what
                # stands after it is no head of the number.
                words = words[:1]
            head_end, direct, head = number.end, None, None
            if fold(self.text[number.number_start : number.number_end]) in rules.part_numbers:
                self.pronoun_parts.add(number.start)  # "kettejüket": the two of them
            partitive = self._partitive(number, words[0] if words else None, term_at)
            if partitive is not None:
                if partitive < 0:
                    # "one of the injured": a part of a count told elsewhere, and so is the
                    # apposition naming it ("One of the victims, a man of 71, ..."), unless
                    # an injured one dies ("One of the injured, an officer, died").
                    # up to the word _partitive read: "doi dintre cei trei răniți"
                    whole = next(
                        (term_at[a] for a, _ in s.next_words(number.end, 5) if a in term_at),
                        None,
                    )
                    comma = self.text.find(",", number.end, s.end)
                    if comma >= 0 and s.words_between(number.end, comma) <= _PART_WORDS:
                        end = self._apposition_end(comma)
                        # The first casualty word after the apposition tells its fate.
                        fate = self._next_term(end, term_at)
                        dies = fate is not None and fate.kind in ("killed", "ambiguous")
                        if end > comma and (whole is None or whole.kind != "injured" or not dies):
                            self.asides.append((comma, end, 2))
                    elif whole is not None and self._injured_who_died(whole, whole.end, term_at):
                        # "two of the injured died in hospital": a count of the dead
                        counts.append(_Count(number, whole.end, True))
                    continue
                head, head_end, words = "person", partitive, []
                swallowed = partitive
            i = 0
            while i < min(len(words), reach):
                a, _ = words[i]
                if a in number_starts:
                    # A measure inside the phrase ("egy 67 éves nő", "két 8 és 12 éves fiú")
                    # is skipped; another count ends it.
                    if a in measures:
                        words = [*words[:i], *s.next_words(measures[a], 4)]
                        continue
                    if i + 1 < len(words) and _match_end(rules.units, self.text, words[i + 1][0]):
                        i += 2
                        continue
                    break
                term = term_at.get(a)
                if term is not None and term.kind not in _NONE_KINDS:
                    if term.kind == "uncounted" and self._person_at(term.end):
                        i += 1
                        continue  # an adjective: "killing 15 displaced persons"
                    noun = rules.one_with_article is not None and rules.one_with_article.fullmatch(
                        self.text, term.start, term.end
                    )
                    if not noun and self._unit_after(term.end):
                        # An adjective of things: "83 lelőtt ukrán drón" counts no one; a noun
                        # of casualties is none ("19 sebesültet helikopterrel").
                        head, term.used = "unit", True
                        break
                    head, direct, head_end = "term", term, term.end
                    break
                word = rules.heads.match(self.text, a) if rules.heads else None
                if (
                    word is None
                    and rules.partitive_endings
                    and self.text[a : words[i][1]].endswith(rules.partitive_endings)
                ):
                    break  # "a négytagú családból az apa": the whole the part is taken from
                if a in implicit_starts:
                    break  # "a kétfős legénység egyik tagja": a person counted on its own
                if word is not None:
                    if word.lastgroup == "preposition":
                        break  # "wounded 8 in the raid": the raid is not what was counted
                    if (
                        number.kind in ("article", "words")  # digits: "63 éves férfi", an age
                        and word.lastgroup == "unit"
                        and self._person_at(word.end())
                    ):
                        # "a truck driver", "mindkét jármű vezetője": whose job it is
                        i += 1
                        continue
                    head, head_end = word.lastgroup, word.end()
                    if head == "nationality":
                        head, head_end = self._nationality_head(head_end)
                    break
                i += 1
            if head == "unit":
                if not self._others_on_a_weekday(number, self.text[a:head_end]):
                    continue
                head, head_end = "person", number.end
            if (
                number.kind == "article"
                and head != "person"
                and not (
                    direct is not None
                    and rules.one_with_article is not None
                    and rules.one_with_article.fullmatch(self.text, direct.start, direct.end)
                )
            ):
                continue  # "a fire killed 3 people": an article, not a count; "un mort" is one
            if number.year_like and (
                head is None or (head == "term" and (i > 0 or self._after_preposition(number)))
            ):
                # "the 2019 floods killed ...", "the floods of 2019 killed ...": a year
                continue
            if head == "person":
                following = s.next_words(head_end, 1)
                # "egy fiatal nő": a person word before the noun is its adjective
                noun = rules.heads.match(self.text, following[0][0]) if following else None
                if noun is not None and noun.lastgroup == "person":
                    head_end = noun.end()
                    following = s.next_words(head_end, 1)
                if following and self._nationality_at(following[0][0]):
                    # "cinci turiști polonezi": the nationality after the noun is the phrase's
                    head_end = self.rules.nationality_word.match(self.text, following[0][0]).end()
                if number.value > 1:  # "a man and his son": two people, told apart
                    head_end = self._joined_end(head_end, numbers, implicit_starts)
                elif number.kind == "article":
                    # "a husband and wife": one article for two people
                    joined = self._joined_end(head_end, numbers, implicit_starts)
                    if (
                        joined > head_end
                        and "," not in self.text[head_end:joined]
                        and not self._person_at(joined)  # "egy nő és kamasz fia"
                        # "un polițist și alți trei oameni": the others are a count of their own
                        and not any(a in number_starts for a, _ in s.next_words(joined, 1))
                    ):
                        number, head_end = replace(number, value=2), joined
                head_end = self._age_end(self._possessor_end(head_end), numbers)
            if (
                number.kind == "article"
                and rules.speakers_after is not None
                and rules.speakers_after.match(self.text, head_end)
                and any(t.end <= number.start for t in terms)
            ):
                continue  # "..., a county official said": who tells it
            following = s.next_words(head_end, 1)
            if (
                direct is None
                and rules.partitive_wholes is not None
                and following
                and rules.partitive_wholes.match(self.text, following[0][0])
            ):
                # "a busz 23 utasa közül tizenketten": the whole a part is told of, unless
                # its own words count casualties ("a 28 sebesült közül nyolcan")
                continue
            # "egyikük": one of them, a person with no noun of its own
            person = head is not None or number.start in self.pronoun_parts
            count = _Count(number, head_end, person, direct)
            count.toll = self._toll_update(number, head_end)
            counts.append(count)
        if implicit:
            # People named in an aside ("among them the driver") are a part, as numbers are.
            counts += [
                c for c in implicit if not any(a <= c.number.start < b for a, b, _ in self.asides)
            ]
            counts.sort(key=lambda c: c.number.start)
        if rules.relatives is not None and self._relative_clauses(counts, terms, numbers):
            # People named inside the clause are not the ones counted.
            counts = [
                c for c in counts if not any(a < c.number.start < b for a, b, _ in self.asides)
            ]
        return counts

    def _ranges(self, numbers: list[NumberMatch], measures: dict[int, int]) -> list[NumberMatch]:
        """Two numbers of one phrase count once: a revision ("rose from 11 to 18") by its
        second, a range ("between 20 and 30 people") by its first, as a lower bound."""
        if len(numbers) < 2:
            return list(numbers)  # most sentences: nothing to pair
        out: list[NumberMatch] = []
        skip = False
        for a, b in itertools.pairwise([*numbers, None]):
            if skip:
                skip = False
                continue
            if b is None or "article" in (a.kind, b.kind) or a.number_start in measures:
                out.append(a)
                continue
            revision = self._pair_of(a, b)
            if revision is None:
                out.append(a)
            elif revision:
                continue  # the second stands for the phrase
            else:
                out.append(
                    NumberMatch(
                        a.start,
                        b.end,
                        a.number_start,
                        a.number_end,
                        a.value,
                        a.kind,
                        lower_bound=True,
                        year_like=a.year_like,
                    )
                )
                skip = True
        return out

    def _pair_of(self, a: NumberMatch, b: NumberMatch) -> bool | None:
        """Whether two numbers make a revision (True), a range (False) or neither (None)."""
        text = self.text
        for (before, between, after), revision in self.rules.ranges:
            if not between.fullmatch(text, a.number_end, b.start):
                continue
            if before is not None and not before.search(self._before(a)):
                continue
            if after is not None and not after.match(text, b.end):
                continue
            return revision
        return None

    def _people_noun_at(self, position: int) -> bool:
        """Whether the next word is a noun of people: a person's, or a group's ("families")."""
        if self._person_at(position):
            return True
        groups = self.rules.quantity_nouns
        following = self.sentence.next_words(position, 1) if groups is not None else []
        return bool(following) and groups.match(self.text, following[0][0]) is not None

    def _person_at(self, position: int) -> bool:
        """Whether the next word is a person noun, after a quantifier if any ("several")."""
        following = self.sentence.next_words(position, 1)
        quantifiers = self.rules.quantifiers
        if quantifiers is not None and following:
            quantified = quantifiers.match(self.text, following[0][0])
            if quantified is not None:
                following = self.sentence.next_words(quantified.end(), 1)
        word = (
            self.rules.heads.match(self.text, following[0][0])
            if self.rules.heads and following
            else None
        )
        return word is not None and word.lastgroup == "person"

    def _joined_end(self, end: int, numbers: list[NumberMatch], people: set[int]) -> int:
        """Where a person noun joined by "and" to the one ending at ``end``, with no number of
        its own, ends: "hundreds of civilians and soldiers were killed" is one phrase. Not
        when the noun starts one of ``people`` told without a numeral ("and the driver")."""
        coordination, heads = self.rules.coordination, self.rules.heads
        if coordination is None or heads is None:
            return end
        # "and" is a clause break for the sentence's next words: read past it here.
        words = [m.start() for m in itertools.islice(_WORDS.finditer(self.text, end), 2)]
        if len(words) < 2 or words[1] in people or any(end <= n.start <= words[1] for n in numbers):
            return end  # "civilians and two soldiers": a count of its own
        noun = heads.match(self.text, words[1])
        if (
            noun is not None
            and noun.lastgroup == "person"
            and noun.end() <= self.sentence.end
            and coordination.fullmatch(self.text, end, words[1])
        ):
            return noun.end()
        return end

    def _possessor_end(self, end: int) -> int:
        """Where a possessor right after a person noun ends: "un prieten al victimei, care
        ..." is one phrase, which the relative clause follows."""
        articles = self.rules.possessor_articles
        following = self.sentence.next_words(end, 2) if articles else []
        if (
            len(following) == 2
            and self.text[following[0][0] : following[0][1]] in articles
            and not self.sentence.breaks_between(end, following[1][0])[0]
        ):
            return following[1][1]
        return end

    def _age_end(self, end: int, numbers: list[NumberMatch]) -> int:
        """Where an age right after a person noun ends: "un bărbat de 50 de ani" is one
        phrase, so the verb after it is as near as after "un bărbat"."""
        s = self.sentence
        for n in numbers:
            if n.start < end:
                continue
            if n.start - end > _AGE_REACH:
                break
            coordination = self.rules.coordination
            if (
                n.kind not in _NUMERALS
                or s.breaks_between(end, n.start)[0]
                or s.words_between(end, n.start) > 1
                or self.rules.heads is None
                or (coordination is not None and coordination.fullmatch(self.text, end, n.start))
            ):
                return end  # "egy nő és 19 éves unokája": the age of the next person
            for a, b in s.next_words(n.end, 2):  # "50 de ani"
                word = self.rules.heads.match(self.text, a)
                if word is not None and word.lastgroup == "unit":
                    return b
        return end

    def _things_before(self, position: int) -> bool:
        """Whether the last number of the sentence before ``position`` counts things."""
        s = self.sentence
        before = self.rules.numbers.find(
            self.text, s.start, position, articles=False, normalized=True
        )
        return bool(before) and self._unit_after(before[-1].end)

    def _names_things(self, word: str) -> bool:
        """Whether the word is a unit noun, maybe declined ("drónból")."""
        heads = self.rules.heads
        head = heads.fullmatch(word) if heads is not None else None
        return head is not None and head.lastgroup == "unit"

    def _unit_after(self, position: int) -> bool:
        """Whether a unit noun follows, maybe after a nationality ("lelőtt ukrán drón")."""
        heads = self.rules.heads
        if heads is None:
            return False
        for a, _ in self.sentence.next_words(position, 2):
            word = heads.match(self.text, a)
            kind = word.lastgroup if word is not None else None
            if kind == "unit":
                calendar = self.rules.calendar
                return calendar is None or calendar.match(self.text, a) is None
            # A nationality reads as a person noun where the bare word is one ("két ukrán").
            if kind not in ("nationality", "person") or not self._nationality_at(a):
                return False
        return False

    def _after_preposition(self, number: NumberMatch) -> bool:
        """Whether a preposition or a partitive word stands right before the number."""
        rules = self.rules
        window = self._before(number)
        previous = window.split()
        if not previous or not window[-1:].isspace():
            return False
        head = rules.heads.fullmatch(previous[-1]) if rules.heads else None
        if head is not None and head.lastgroup == "preposition":
            return True
        return rules.partitives is not None and rules.partitives.fullmatch(previous[-1]) is not None

    def _nationality_at(self, position: int) -> bool:
        pattern = self.rules.nationality_word
        return pattern is not None and pattern.match(self.text, position) is not None

    def _nationality_head(self, end: int) -> tuple[str, int]:
        """A nationality word before a unit is an adjective ("két orosz drón"); before a
        person noun it widens the count phrase ("két ukrán katona")."""
        following = self.sentence.next_words(end, 1)
        word = self.rules.heads.match(self.text, following[0][0]) if following else None
        if word is not None and word.lastgroup in ("unit", "person"):
            return str(word.lastgroup), word.end()
        return "person", end

    def _measures(self, numbers: list[NumberMatch]) -> dict[int, int]:
        """Lists of numbers that tell ages or measures, not counts: after "aged" ("aged six,
        eight and ten") or before a unit ("6 és 9 éves", "între 20 și 30 de ani"). Each is
        skipped as an aside; number start -> where its list ends."""
        if len(numbers) < 2:
            return {}  # a list needs two numbers
        rules, s, text = self.rules, self.sentence, self.text
        out: dict[int, int] = {}
        chains: list[list[NumberMatch]] = []
        for number in numbers:
            if number.kind == "article":
                continue
            last = chains[-1][-1] if chains else None
            # A comma between a numeral and a number word parts two phrases: "since August 6,
            # three civilians", "in August 2020, and two people"; "aged six, eight and 10" is
            # one list.
            between = text[last.end : number.start] if last is not None else ""
            if (
                last is not None
                and rules.number_link.fullmatch(text, last.end, number.start)
                and (
                    last.kind == number.kind
                    or (any(c.isalpha() for c in between) and "," not in between)
                )
                # "în martie 2022, 17 angajați": a year, then a count
                and not (last.year_like and not number.year_like and "," in between)
            ):
                chains[-1].append(number)
            else:
                chains.append([number])
        for chain in chains:
            if len(chain) < 2:
                continue  # a single number is read by _excluded and the head search
            first, last = chain[0], chain[-1]
            start = end = None
            if rules.before is not None:
                window = self._before(first)
                found = rules.before.search(window)
                if found:
                    start, end = first.start - len(window) + found.start(), last.end
            for a, _ in s.next_words(last.end, 3):
                word = rules.heads.match(text, a) if rules.heads else None
                if word is not None:
                    if word.lastgroup == "unit":
                        end = word.end()
                    break
            if end is None:
                continue
            start = first.start if start is None else start
            self.asides.append((start, end, s.breaks_between(start, end)[0]))
            out.update((n.number_start, end) for n in chain)
        return out

    def _genitive_ones(self, terms: list[_Term]) -> list[NumberMatch]:
        """One person in the genitive right after a casualty noun: "moartea unei femei de 78
        de ani" (the death of a woman)."""
        rules, out = self.rules, []
        for term in terms:
            if term.kind not in _BOTH:
                continue
            article = rules.term_genitives.match(self.text, term.end)
            if article is None or not self._person_at(article.end(1)):
                continue
            start, end = article.span(1)
            out.append(NumberMatch(start, end, start, end, 1, "article"))
        return out

    def _implicit(
        self, found: list[re.Match[str]], numbers: list[NumberMatch], taken: list[tuple[int, int]]
    ) -> list[_Count]:
        """People told without a numeral: "the driver" and "a third" are one, "a couple" two.
        Not after a preposition ("by the driver", "for a second time"), not in a count phrase
        ("two twins"), not before a unit ("the attacking drones", "another strike")."""
        rules, s, text = self.rules, self.sentence, self.text
        spans = [(n.start, n.end) for n in numbers] + taken
        counted = [
            (n.start, n.end) for n in numbers if n.kind != "article" and not self._measure(n)
        ]
        out: list[_Count] = []
        for match in found:
            start, end = match.span()
            if any(a < end and start < b for a, b in spans):
                continue
            lead = rules.leads.get(str(match.lastgroup))
            if lead is not None:
                window = text[max(s.start, start - 60) : start]
                article = lead[0].search(window)
                if article is None:
                    article = lead[2].search(window)
                    if article is not None:
                        opening = start - (len(window) - article.start())
                        if not any(opening <= a and b <= start for a, b in taken):
                            article = None  # a long phrase only around a casualty word
                if article is not None:
                    start -= len(window) - article.start()
                elif lead[1]:
                    continue
                if any(a < end and start < b for a, b in counted):
                    continue  # "the two men": a count of its own
                inside = [b for a, b in taken if start <= a and b <= match.start()]
                if inside:
                    # "a megsérült 45 éves sofőr": the casualty word before the noun is the
                    # count's own, and the phrase starts after it.
                    start = s.next_words(max(inside), 1)[0][0]
                elif any(a < end and start < b for a, b in taken):
                    continue
                if out and start < out[-1].end:
                    out.pop()  # "a fiatal férfi" after "a fiatal"
            window = text[max(s.start, start - 30) : start]
            blocker = rules.implicit_blockers and rules.implicit_blockers.search(window)
            if blocker:
                at = start - (len(window) - len(window.rstrip()))
                # "nu au putut face nimic pentru bătrânul": the preposition ends a casualty phrase
                if not any(a < at <= b for a, b in taken):
                    continue
            if rules.speakers_before is not None and rules.speakers_before.search(window):
                continue
            speaker = rules.speakers_after.match(text, end) if rules.speakers_after else None
            if speaker is not None and (
                any(b <= start for _, b in taken)
                or not any(
                    fold(word.group()) in rules.subject_pronouns
                    for word in itertools.islice(_WORDS.finditer(text, speaker.end(), s.end), 2)
                )
            ):
                # "..., the district health officer told reporters", "the director said on
                # Tuesday that the injured ...": who tells it ("the pilot said he was hurt":
                # of themselves)
                continue
            if any(
                0 <= start - n.end <= 30
                and not s.words_between(n.end, start) > 1
                and not s.breaks_between(n.end, start)[0]
                and not self._measure(n)  # an age: "30 éves fia" is one son
                # the whole it is taken from: "a négytagú családból az apa"
                and not (
                    rules.partitive_endings
                    and text[n.end : start].rstrip().endswith(rules.partitive_endings)
                )
                for n in numbers
            ):
                continue
            for n in numbers:
                if (
                    0 <= start - n.end <= 30
                    and s.words_between(n.end, start) <= 1
                    and self._measure(n)
                    and not s.breaks_between(n.end, start)[0]
                ):
                    start = n.start  # "és 40 éves lánya": the age opens the phrase
                    break
            if rules.genitive is not None and match.lastgroup == "definite":
                genitive = rules.genitive.match(text, end)
                if genitive is not None and genitive.group().islower():
                    end = genitive.end()  # "șoferul autobuzului": the bus is not counted
            following = s.next_words(end, 1)
            if following:
                a = following[0][0]
                word = rules.heads.match(text, a) if rules.heads else None
                kind = word.lastgroup if word is not None else None
                if kind == "unit" or a in {n.number_start for n in numbers}:
                    continue
                if match.lastgroup == "one":
                    if _match_end(rules.partitives, text, a) is not None:
                        continue  # "a third of the town": a share
                    if fold(match.group()) in rules.part_numbers:
                        if word is not None:
                            continue  # "the other motorists": not one
                        self.pronoun_parts.add(start)  # "the other": of the count before
                    if kind == "person":
                        end = word.end()
                elif match.lastgroup == "pair" and kind == "person":
                    end = word.end()  # "both drivers": the noun is the pair's
            pronoun = match.lastgroup == "pronoun"
            if pronoun and not any(n.end <= start for n in numbers if n.kind in _NUMERALS):
                continue  # "he" is one more only after a count: the one who did it
            value = 2 if match.lastgroup == "pair" else 1
            number = NumberMatch(start, end, start, end, value, "article")
            # "the driver", and "the 17-year-old" (an age after a definite article)
            definite = match.lastgroup == "definite" or (
                match.lastgroup == "aged"
                and rules.definite_start is not None
                and rules.definite_start.match(text, match.start()) is not None
            )
            out.append(
                _Count(number, end, True, implicit=True, subject_only=pronoun, definite=definite)
            )
        return out

    def _measure(self, number: NumberMatch) -> bool:
        """Whether a unit follows a number: "a 71 éves tulajdonos" is one person, aged 71."""
        following = self.sentence.next_words(number.end, 1)
        heads = self.rules.heads
        word = heads.match(self.text, following[0][0]) if heads and following else None
        return word is not None and word.lastgroup == "unit"

    def _relative_clauses(
        self, counts: list[_Count], terms: list[_Term], numbers: list[NumberMatch]
    ) -> bool:
        """A relative clause after a count is skipped whole: "two men who tried to stop the
        robbers were injured". It ends at a comma, a casualty word or another number."""
        s, text, relatives = self.sentence, self.text, self.rules.relatives
        found_any = False
        for count in counts:
            if count.number.value >= 2 and self.text.find(":", count.end, count.end + 24) >= 0:
                listed = self._members_after_colon(count, counts)
                if listed is not None:
                    # "négytagú család: a szülők és két gyermekük": the family's members
                    self.asides.append((count.end, listed, 0))
                    found_any = True
                    continue
            if not count.has_head or count.direct is not None:
                continue
            members = self._members(count, counts)
            if members is not None:
                self.asides.append((count.end, members, s.breaks_between(count.end, members)[0]))
                found_any = True
                continue
            after = count.end
            genitive = self.rules.genitive.match(text, after) if self.rules.genitive else None
            if genitive is not None and genitive.group().islower():
                after = genitive.end()  # "un membru al echipajului, cetățean spaniol,"
            after = self._place_phrase_end(after)
            found = relatives.match(text, after)
            if found is None:
                continue
            apposition = found.group("apposition") is not None
            if found.groupdict().get("age") and count.number.value != 1:
                continue  # "four soldiers, 12, 13 and 15 civilians": a list, no age
            if found.groupdict().get("definite_age") and count.number.value == 1:
                continue  # "a 41 éves apát, a 39 éves anyát és ...": a list of people
            # What else befell the people of the clause is theirs: "a neighbour who tried to
            # rescue them was taken to hospital" goes on past "rescue".
            stops = [
                t.start for t in terms if t.start >= found.end() and t.kind not in _NOT_COUNTED
            ]
            if not apposition and self._fate_right_before(count, terms):
                # "elhunyt az a 84 éves asszony, aki ... sérüléseket szenvedett": the fate
                # is told before; the clause's casualty word is its own.
                stops = []
            # An apposition may hold a number that counts no one: "a man of 40", "aged 40".
            starts = (
                [c.number.start for c in counts if c.has_head]
                if apposition
                else [n.start for n in numbers]
            )
            stops += [n for n in starts if n >= found.end()]
            comma = text.find(found.group("delimiter") or ",", found.end(), s.end)
            if comma >= 0:
                stops.append(comma + 1)
                if apposition and count.number.value > 1:
                    # After a count of several, the people listed up to the comma are its
                    # members: "three climbers, a man and his two sons, died" counts three;
                    # a casualty word still ends the list ("két fivér, egy 24 és egy 27 éves
                    # férfi szörnyethalt, ...").
                    told = {t.start for t in terms}
                    stops = [n for n in stops if not count.end < n <= comma or n in told]
            elif apposition:
                # An apposition ends at its comma; one person naming one person may end
                # with its own phrase: "utasa, egy 27 éves nő a helyszínen meghalt".
                member = next(
                    (
                        c
                        for c in counts
                        if found.start("apposition") <= c.number.start < found.end()
                    ),
                    None,
                )
                one_more = self.rules.one_more
                if (
                    member is not None
                    and member.number.value == count.number.value == 1
                    # "egy másik férfit": another person, no apposition
                    and (one_more is None or one_more.match(text, member.number.start) is None)
                ):
                    self.asides.append((count.end, member.end, 1))
                    found_any = True
                continue
            end = min(stops, default=s.end)
            if s.words_between(count.end, end) <= self.max_relative:
                self.asides.append((count.end, end, s.breaks_between(count.end, end)[0]))
                found_any = True
        return found_any

    def _fate_right_before(self, count: _Count, terms: list[_Term]) -> bool:
        """Whether a killed or injured word stands a few words before the count, in its
        clause: the verb before its subject ("a murit un bărbat", "elhunyt a zentai
        kórházban az a nő")."""
        s = self.sentence
        return any(
            t.kind in _BOTH
            and t.end <= count.number.start
            and s.words_between(t.end, count.number.start) <= self.max_gap_bare + 2
            and not s.breaks_between(t.end, count.number.start)[0]
            for t in terms
        )

    def _place_phrase_end(self, position: int) -> int:
        """After a person, where a phrase of where they are from ends, when a comma follows:
        "a fisherman from Tulcea, reported missing on Sunday," opens its apposition there."""
        found = (
            self.rules.place_phrase.match(self.text, position) if self.rules.place_phrase else None
        )
        return found.end() if found is not None else position

    def _members(self, count: _Count, counts: list[_Count]) -> int | None:
        """Where an apposition that lists the members of a count ends: "three people, two
        women and a man, were injured" counts three. Its counts, between commas, add up to
        the count before it; None when there is none."""
        text, s = self.text, self.sentence
        if count.number.value < 2:
            return None
        # The comma may follow words of the count's own phrase: "Ambii ocupanți ai mașinii,".
        comma = text.find(",", count.end, s.end)
        if comma < 0 or s.words_between(count.end, comma) > _PART_WORDS:
            return None
        if any(count.end <= c.number.start < comma for c in counts):
            return None
        opening = _LIST_COMMA.match(text, comma)
        close = text.find(",", opening.end(), s.end) if opening else -1
        if close < 0:
            return None
        inside = [c for c in counts if opening.end() <= c.number.start < close]
        if not inside or inside[0].number.start != opening.end():
            return None
        if sum(c.number.value for c in inside) != count.number.value:
            return None
        return close + 1

    def _members_after_colon(self, count: _Count, counts: list[_Count]) -> int | None:
        """Where a list of members after a colon ends: "a family of four: the parents and
        their two children" counts four. The list's counts, joined by commas or "and", add
        up to the count before the colon."""
        opening = _MEMBERS_COLON.match(self.text, count.end)
        if opening is None:
            return None
        after = [c for c in counts if c.number.start >= opening.end()]
        if not after or after[0].number.start != opening.end():
            return None
        total, previous = 0, None
        for member in after:
            if previous is not None and not (
                _LIST_COMMA.fullmatch(self.text, previous.end, member.number.start)
                or (
                    self.rules.coordination is not None
                    and self.rules.coordination.fullmatch(
                        self.text, previous.end, member.number.start
                    )
                )
            ):
                return None
            if member.direct is not None:
                return None  # "three people: one died, two were hurt" tells what befell each
            total += member.number.value
            if total == count.number.value:
                return member.end
            if total > count.number.value:
                return None
            previous = member
        return None

    def _before(self, number: NumberMatch) -> str:
        """The few characters of the sentence before a number."""
        return self.text[max(self.sentence.start, number.start - 40) : number.start]

    def _toll_update(self, number: NumberMatch, end: int) -> bool:
        rules = self.rules
        after = rules.toll_after
        if after is not None and (
            after.match(self.text, end)
            or (end != number.end and after.match(self.text, number.end))
        ):
            return True  # "22-re emelkedett a halottak száma": the verb before the noun
        if rules.toll_before is None:
            return False
        # Before the qualifier ("rose to at least 50") or before the number, where the toll
        # verb is the qualifier ("exceeds 50": a lower bound).
        starts = (
            (number.start, number.number_start)
            if number.start < number.number_start
            else (number.start,)
        )
        for start in starts:
            window = self.text[max(self.sentence.start, start - _TOLL_WINDOW) : start]
            # A cheap look at the word before comes first; the full pattern only then.
            last = window[window.rfind(" ", 0, len(window) - 1) + 1 :].strip()
            if last in rules.toll_before_ends and rules.toll_before.search(window):
                return True
        return False

    def _others_on_a_weekday(self, number: NumberMatch, unit: str) -> bool:
        """ "a rănit alte 23 luni": after a word for people, a weekday is when, no unit."""
        rules = self.rules
        return (
            unit in rules.weekdays
            and rules.persons_before is not None
            and bool(rules.persons_before.search(self._before(number)))
        )

    def _partitive(
        self, number: NumberMatch, following: tuple[int, int] | None, term_at: dict[int, _Term]
    ) -> int | None:
        """Where "N of the ..." ends when it counts people ("two of the attackers"); -1 when
        it is a part of casualties or things ("one of the injured", "3 of the drones");
        None when no partitive follows the number."""
        rules, s = self.rules, self.sentence
        if rules.partitives is None or number.kind == "vague" or following is None:
            return None  # "dozens of" is no part of anything
        partitive = rules.partitives.match(self.text, following[0])
        if partitive is None:
            return None
        after = s.next_words(partitive.end(), 1)
        pronoun = _match_end(rules.partitive_pronouns, self.text, after[0][0]) if after else None
        if pronoun is not None:
            # "one of them was flown to hospital": of the people told before; of things when
            # the count before it is ("12 missiles, two of them killed five people").
            if self._things_before(number.start):
                return -1
            self.pronoun_parts.add(number.start)
            return pronoun
        if rules.subsets is not None:
            marker = rules.subsets.match(self.text, following[0])
            if marker is not None and marker.lastgroup == "relative":
                # "two of whom were injured": the count of its own clause, unless a part.
                end = s.next_break(marker.end())
                terms = sorted(term_at.values(), key=lambda t: t.start)
                return None if self._own_count(number.start, marker.end(), end, terms) else -1
        # up to a count of the whole: "7 dintre cei 30 de pasageri"
        for a, _ in s.next_words(partitive.end(), 5):
            term = term_at.get(a)
            if term is not None and term.kind not in _NONE_KINDS:
                # "doi dintre răniți": the word names whom the part is of, no one else's
                self.naming.add(id(term))
                return -1
            word = rules.heads.match(self.text, a) if rules.heads else None
            if word is not None and word.lastgroup == "person":
                return word.end()
            if word is not None and word.lastgroup == "unit":
                return -1
        return -1

    def _excluded(self, number: NumberMatch, term_at: dict[int, _Term]) -> bool:
        """Whether the words around a number show it counts no casualties."""
        rules, s = self.rules, self.sentence
        # The words before the number, read once for every test below.
        window = self._before(number)
        previous = window.split()
        if rules.negated_whole is not None and rules.negated_whole.search(window):
            return True
        agent = rules.agents.search(window) if rules.agents is not None else None
        if agent is not None:
            # "was injured by two gunmen", "a fost bătut de trei bărbați": who did it
            # A few words may stand between: "fusese înjunghiat duminică seara de un atacator".
            verb_end = number.start - len(window) + len(window[: agent.start()].rstrip())
            if any(
                t.kind in _CASUALTY_KINDS
                and t.end <= verb_end
                and s.words_between(t.end, verb_end) <= _AGENT_GAP
                and not s.breaks_between(t.end, verb_end)[0]
                and not self._noun_phrase_in(t.end, verb_end)
                for t in term_at.values()
            ):
                return True
        if (
            # "a woman of 40", "a girl of nine", "a mother of three": a person's age or
            # children after the partitive word
            rules.partitives is not None
            and number.kind in ("digits", "words")
            and len(previous) >= 2
            and rules.partitives.fullmatch(previous[-1])
            # "a lakók közül hármat": after a postposition the number is the part
            and not (rules.partitive_wholes and rules.partitive_wholes.fullmatch(previous[-1]))
            and rules.heads is not None
            and (head := rules.heads.fullmatch(previous[-2])) is not None
            and head.lastgroup == "person"
            and not self._people_noun_at(number.end)
            and not self._counts_people(number)  # "az emberek közül 151-en"
        ):
            return True
        if rules.partitives_before is not None:
            # "a sérültek közül ketten": a part of the injured, told elsewhere.
            found = rules.partitives_before.search(window)
            if found:
                end = number.start - (len(window) - found.start())
                while end > s.start and self.text[end - 1].isspace():
                    end -= 1
                whole = next((t for t in term_at.values() if t.end == end), None)
                if whole is not None:
                    return not self._injured_who_died(whole, number.end, term_at)
                noun = self.text[max(s.start, end - 40) : end].rsplit(None, 1)[-1:]
                # "a drónok közül 71-et": the noun of the whole names things too
                things = bool(noun) and self._unit_after(end - len(noun[0]) - 1)
                if things or self._things_before(end):
                    # "90 drónt indítottak, ezek közül 40-et lelőttek": shot down, not dead.
                    for a, _ in s.next_words(number.end, 2):
                        if a in term_at:
                            term_at[a].used = True
                    return True
        if (
            rules.partitive_endings
            and previous
            and previous[-1].endswith(rules.partitive_endings)
            and (self._things_before(number.start) or self._names_things(previous[-1]))
            and not self._counts_people(number)  # "a lakásokból heten": people from the flats
        ):
            # "a 60 drónból 45-öt lelőttek", "a 19 indított drónból 14-et": a part of the
            # drones, shot down.
            for a, _ in s.next_words(number.end, 2):
                if a in term_at:
                    term_at[a].used = True
            return True
        if (
            rules.before is not None
            # A cheap look at the word before comes first; the full pattern only then.
            and previous
            and previous[-1].rstrip(".") in rules.before_ends
            and rules.before.search(window)
        ):
            end = number.start - (len(window) - len(window.rstrip()))
            # "unable to save a girl": the word ends a casualty phrase, not a rescue.
            if not any(
                t.start < end <= t.end and t.kind in _CASUALTY_KINDS for t in term_at.values()
            ):
                return True
        return any(a <= number.start < b for a, b, _ in self.asides)

    def _counts_people(self, number: NumberMatch) -> bool:
        """Whether the number's form counts people ("heten", "151-en")."""
        people = self.rules.person_numbers
        return bool(people) and (
            fold(self.text[number.number_start : number.number_end]) in people
            or fold(self.text[number.number_end : number.end]) in people
        )

    def _cost(self, left: int, right: int) -> tuple[int, int] | None:
        """Words and weighted cost between two positions; None across a hard break."""
        s = self.sentence
        breaks, hard = s.breaks_between(left, right)
        if hard:
            return None
        gap = s.words_between(left, right)
        for a, b, dropped in self.asides:
            if left <= a and b <= right:
                gap -= s.words_between(a, b)
                breaks = max(0, breaks - dropped)
        return gap, gap + self.break_cost * breaks

    def _pair(self, counts: list[_Count], terms: list[_Term], negated: dict[int, object]) -> None:
        """Tie each count to the casualty word that governs it; nearest pairs first."""
        for count in counts:
            if count.direct is not None:
                count.direct.used = True
        free_terms = [
            t
            for t in terms
            if not t.used and t.kind not in _NONE_KINDS and id(t) not in self.naming
        ]
        spans = sorted((c.number.start, c.end) for c in counts)
        options = []
        for i, count in enumerate(counts):
            if count.direct is not None and count.direct.kind != "ambiguous":
                continue  # "two victims" still takes the word that says what befell them
            limit = self.max_gap if count.has_head else self.max_gap_bare
            for j, term in enumerate(free_terms):
                if term.end <= count.number.start:
                    left, right, after = term.end, count.number.start, False
                elif term.start >= count.end:
                    left, right, after = count.end, term.start, True
                else:
                    continue
                if any(left <= a and b <= right for a, b in spans):
                    continue  # another count stands between them
                measured = self._cost(left, right)
                if measured is None:
                    continue
                gap, cost = measured
                # "nobody was killed" takes no count, unless one stands right by it.
                if id(term) in negated and cost > 0:
                    continue
                if count.subject_only and not after:
                    continue  # "killed him": no count of its own
                if count.implicit and self._denied(left, right):
                    continue  # "the driver was not injured"
                if term.kind in _NOT_COUNTED and cost > gap:
                    continue  # only in its own clause: "intercepted 99%, a girl was hurt"
                if term.kind in _NOT_COUNTED and not after and self._people_noun_at(term.end):
                    continue  # "displaced families ... left a father dead": an adjective
                if term.alone and (not after or count.number.value != 1):
                    continue  # "shot two guards, then killed himself": the gunman is the one
                if count.toll and not after:
                    if gap > self.max_gap_toll:
                        continue
                elif count.toll and cost > gap and not self._toll_noun_at(term, gap):
                    continue  # "the crowd exceeded 2000, several were hurt": a toll of others
                elif (
                    (gap > limit or cost > limit)
                    # "Huszonötre emelkedett a mérgezett szesz áldozatainak száma"
                    and not (count.toll and self._toll_noun_at(term, gap))
                    and not (after and self._second_predicate(count, term, gap))
                    and not (after and self._lone_subject(count, term, gap, free_terms))
                ):
                    continue
                # On a tie a casualty word wins ("a ucis 7 persoane strămutate"), then a
                # numeral over a lone person: "a gunman killed seven people" counts seven.
                # Between two lone persons the one after the word wins, the object of an
                # active verb: "a woman stabbed her husband" counts the husband.
                lone = count.implicit or count.number.kind == "article"
                if (
                    lone
                    and after
                    and (
                        (
                            gap == 0
                            and (self._person_at(term.end) or self._count_at(term.end, counts))
                        )
                        or self._numeral_after(term, counts)
                    )
                ):
                    # The doer: "a man stabbed passengers", "un adolescent de 16 ani a rănit
                    # cu un cuțit patru colegi" count the people after the verb.
                    continue
                # An object follows its verb with no comma between: "életét vesztette, utasát
                # ... vitték kórházba" is the driver's death.
                side = after if lone and cost == gap else not after
                if after and gap == 0 and self._completes_verb(term):
                    cost = -1  # "stabbed his partner to death": the words after the person
                # On a tie, a word of the count's own clause wins over one across a break.
                crosses = cost > gap
                options.append((cost, crosses, term.kind in _NOT_COUNTED, lone, side, i, j))
        options.sort()
        for *_, i, j in options:
            count, term = counts[i], free_terms[j]
            if count.term is None and not term.used:
                count.term, term.used = term, True
        # "a făcut o victimă: un bărbat ... a murit": a word of no fate before the person
        # names them; the word after tells what befell them.
        for *_, i, j in options:
            count, term = counts[i], free_terms[j]
            told = count.term
            if (
                told is not None
                and told.kind == "ambiguous"
                and told.end <= count.number.start
                and term.kind in _BOTH
                and term.start >= count.end
                and not term.used
            ):
                count.term, term.used = term, True
        for count in counts:
            if count.term is not None and count.term.kind == "uncounted":
                fate = self._fate_in_relative_clause(count, count.term, free_terms, counts)
                if fate is not None:
                    count.term, fate.used = fate, True

    def _fate_in_relative_clause(
        self, count: _Count, told: _Term, terms: list[_Term], counts: list[_Count]
    ) -> _Term | None:
        """The casualty word of a relative clause right after a rescue: "a tűzoltók egy
        férfit hoztak ki, aki ... belehalt sérüléseibe", "pulled out a man, who later died"."""
        relatives, s = self.rules.relatives, self.sentence
        if relatives is None or told.end <= count.number.start:
            return None
        following = next((t for t in terms if t.start >= told.end and not t.used), None)
        if following is None or following.kind not in _BOTH:
            return None
        found = relatives.search(self.text, told.end, following.start)
        if (
            found is None
            or found.group("apposition") is not None
            or "," not in self.text[told.end : found.end()]
            or s.words_between(told.end, found.start()) > 1
            or s.words_between(found.end(), following.start) > self.max_relative
            or any(told.end <= c.number.start < following.start for c in counts)
        ):
            return None
        return following

    def _lone_subject(self, count: _Count, term: _Term, gap: int, terms: list[_Term]) -> bool:
        """Whether the casualty word is the predicate of a person opening the sentence, the
        first casualty word after it: "Un bărbat de 70 de ani din comuna Bistra, luat de
        viitură miercuri noaptea, a fost găsit fără viață joi dimineață"."""
        s = self.sentence
        if not count.has_head or count.implicit or gap > self.max_gap_subject:
            return False
        if s.words_between(s.start, count.number.start) > 1 and not self._opens_clause(count):
            return False  # not the sentence's opening words ("Alte trei rude" opens one)
        # "dat dispărut de sâmbătă": what is no casualty may stand between
        return not any(
            count.end <= t.start < term.start and t.kind not in _NOT_COUNTED for t in terms
        )

    def _opens_clause(self, count: _Count) -> bool:
        """Whether the person opens a clause after "that", "că", "hogy": "police confirmed
        that a second victim of the ... rampage at ... has died"."""
        rules, start = self.rules, self.sentence.start
        window = self.text[max(start, count.number.start - 12) : count.number.start]
        if rules.complementizers is not None and rules.complementizers.search(window):
            return True
        # After who tells it: "According to the police, a man of 40 ... died".
        openings = rules.speaker_openings
        return openings is not None and openings.match(self.text, start, count.number.start)

    def _second_predicate(self, count: _Count, term: _Term, gap: int) -> bool:
        """Whether the casualty word is a second predicate of a clause's opening subject: "a
        worker fell from the fourth floor of a building and died". Its cost stays the gap, so
        any nearer count still wins the word."""
        s, pattern = self.sentence, self.rules.second_predicate
        if pattern is None or not count.has_head or gap > _PREDICATE_GAP:
            return False
        if (
            s.words_between(s.clause_start(count.number.start), count.number.start)
            > _SUBJECT_OPENING
        ):
            return False  # words of its clause before it: no subject opening it
        return pattern.search(self.text, count.end, term.start) is not None

    def _revised(self, counts: list[_Count]) -> list[_Count]:
        """An earlier figure revised by a toll after it counts no more: "bilanțul, anunțat
        inițial la 11 morți, a fost revizuit la 14" is 14 dead; the toll takes the earlier
        figure's casualty word when it has none."""
        out = []
        for i, count in enumerate(counts):
            toll = next((c for c in counts[i + 1 :] if c.toll), None)
            if (
                count.toll
                or toll is None
                # "; a sebesültek száma meghaladja ...": a toll past a hard break is another's
                or self.sentence.breaks_between(count.end, toll.number.start)[1]
                or not self._earlier_figure(count)
            ):
                out.append(count)
                continue
            if count.direct is not None and toll.direct is None and toll.term is None:
                toll.term, count.direct.used = count.direct, True
        return out

    def _earlier_figure(self, count: _Count) -> bool:
        """Whether a count is told as an earlier figure, by a word before it or in its clause:
        "initially 11", "two were initially reported dead"."""
        return self._earlier_before(count) is not None or self._earlier_after(count)

    def _earlier_before(self, count: _Count) -> str | None:
        """The text from a word for "earlier" before the count up to it, if one stands there
        (up to three words before: "inițial autoritățile județene anunțaseră trei")."""
        rules = self.rules
        if rules.earlier is None or rules.earlier_word is None:
            return None
        before = self.text[
            max(self.sentence.start, count.number.start - _EARLIER_REACH) : count.number.start
        ]
        found = rules.earlier.search(before)
        return None if found is None else before[found.start() :]

    def _earlier_after(self, count: _Count) -> bool:
        """Whether a word for "earlier" stands in the count's clause after it."""
        rules = self.rules
        if rules.earlier is None or rules.earlier_word is None:
            return False
        clause = self.text[count.number.end : self.sentence.next_break(count.number.end)]
        return rules.earlier_word.search(clause) is not None

    def _told_earlier(self, count: _Count) -> bool:
        """Whether a count is an earlier figure of a kind an earlier sentence counted, its
        word for "earlier" standing by it with no other number between."""
        if count.toll or count.word is None or not self._told_kind(count.word):
            return False
        stretch = self._earlier_before(count)
        if stretch is None:
            # the word stands in the count's clause: "two were initially reported"
            return self._earlier_after(count)
        # "a korábban közölt 24-ről legalább 31-re": the word is the other number's
        word = self.rules.earlier_word.search(stretch)
        rest = stretch[word.end() :] if word is not None else stretch
        return not any(ch.isdigit() for ch in rest)

    def _without_breakdown(self, counts: list[_Count]) -> list[_Count]:
        """Counts after a colon that add up to no more than a total of the same kind before it
        tell who the total was: "két halálos áldozata van: egy kamionsofőr meghalt, egy nő
        pedig ... hunyt el" is two dead; after a colon further on, they must add up to it
        ("three died on Sunday in two countries: two men ..., a woman ..."). So do counts in
        later clauses that add up to it exactly."""
        for i, total in enumerate(counts):
            colon = self.text.find(":", total.end, self.sentence.end)
            if total.word is None or colon < 0:
                continue
            # from the total's casualty word when it follows ("nouă pasageri au fost răniți:")
            near = (
                self.sentence.words_between(max(total.end, total.word.end), colon) <= _BREAKDOWN_GAP
            )
            members = [
                c
                for c in counts[i + 1 :]
                if c.number.start > colon and c.word is not None and c.word.kind == total.word.kind
            ]
            added = sum(c.number.value for c in members)
            if members and (added == total.number.value or (near and added <= total.number.value)):
                return [c for c in counts if not any(c is m for m in members)]
        for i, total in enumerate(counts):
            # "egy négytagú család ..., a szülőket és két kisgyermeküket": the members named
            # in a later clause add up to the whole exactly
            if total.word is None:
                continue
            members = counts[i + 1 : i + 3]
            coordinated = (
                len(members) == 2
                and self.rules.coordination is not None
                and self.rules.coordination.fullmatch(
                    self.text, members[0].end, members[1].number.start
                )
            )
            if (
                coordinated
                and all(c.word is not None and c.word.kind == total.word.kind for c in members)
                # told after the total's own casualty word: no list "A, B and C were killed"
                and total.word.end <= members[0].number.start
                and self.sentence.breaks_between(total.word.end, members[0].number.start)[0]
                and sum(c.number.value for c in members) == total.number.value
            ):
                return [c for c in counts if not any(c is m for m in members)]
        return counts

    def _without_earlier_figures(self, counts: list[_Count]) -> list[_Count]:
        """An earlier figure beside a current one of the same kind counts no more: "legalább 45
        ember halt meg ..., amely korábban 35 halottról számolt be" is 45 dead."""
        earlier = [self._earlier_figure(c) for c in counts]
        current = {c.word.kind for c, e in zip(counts, earlier, strict=True) if c.word and not e}
        return [
            c
            for c, e in zip(counts, earlier, strict=True)
            if not (e and c.word is not None and c.word.kind in current)
        ]

    def _count_at(self, position: int, counts: list[_Count]) -> bool:
        """Whether a count opens the first word after ``position`` ("his former partner")."""
        following = self.sentence.next_words(position, 1)
        return bool(following) and any(c.number.start == following[0][0] for c in counts)

    def _completes_verb(self, term: _Term) -> bool:
        """Whether a casualty word ends the verb before the person it follows ("to death")."""
        pattern = self.rules.verb_completions
        return (
            pattern is not None and pattern.fullmatch(self.text, term.start, term.end) is not None
        )

    def _toll_noun_at(self, term: _Term, gap: int) -> bool:
        """Whether a toll's noun ("áldozatainak száma") is this casualty word, near enough to
        the toll's number: "27-re nőtt a hétfő hajnali, 6,3-es erősségű földrengés halálos
        áldozatainak száma" is a toll of 27 dead."""
        nouns = self.rules.toll_nouns
        return gap <= self.max_gap and nouns is not None and nouns.match(self.text, term.start)

    def _numeral_after(self, term: _Term, counts: list[_Count]) -> bool:
        """Whether a count with a numeral follows the word in its clause."""
        s = self.sentence
        return any(
            c.number.kind in _NUMERALS
            and c.number.start >= term.end
            and c.direct is None
            and not s.breaks_between(term.end, c.number.start)[0]
            for c in counts
        )

    def _denied(self, left: int, right: int) -> bool:
        """Whether a negation between a person and a casualty word denies the harm: "the
        driver was not injured", but not "nem életveszélyes sérüléseket szenvedett"."""
        negations, severities = self.rules.verb_negations, self.rules.negated_severities
        for negation in negations.finditer(self.text, left, right) if negations else ():
            following = self.sentence.next_words(negation.end(), 1)
            if not following or _match_end(severities, self.text, following[0][0]) is None:
                return True
        return False

    def _others_look_ahead(self, counts: list[_Count]) -> None:
        """ "The other" takes no casualty word before it: "egyikük ... életét vesztette, a
        másikat ... vitték kórházba" tells the other's fate after it."""
        for count in counts:
            term = count.term
            if (
                term is not None
                and term.end <= count.number.start
                and count.implicit
                and count.number.start in self.pronoun_parts
            ):
                count.term = None

    @staticmethod
    def _toll_of_victims(counts: list[_Count]) -> None:
        """A toll of "victims" in a sentence whose other counts are all of one kind is of
        that kind: "three more people died, and the number of victims rose to 27"."""
        for count in counts:
            word = count.word
            if not count.toll or word is None or word.kind != "ambiguous":
                continue
            if count.term is not None and count.term.kind != "ambiguous":
                continue
            others = [o.word for o in counts if o is not count and o.word and o.word.kind in _TYPE]
            if others and len({w.kind for w in others}) == 1:
                count.term = others[0]

    def _coordinate(self, counts: list[_Count], terms: list[_Term]) -> None:
        """Counts joined by "and" share the casualty word one of them has: "four soldiers and
        two civilians were killed" (a list "A, B and C" too)."""
        pattern = self.rules.coordination
        severity = self.rules.severity_link is not None
        completed = [c for c in counts if c.term is not None and self._completes_verb(c.term)]
        if pattern is None or not (
            completed
            or any((c.has_head or severity) and c.direct is None and c.term is None for c in counts)
        ):
            return  # no count is left without its casualty word
        links = []
        aside_end = {start: end for start, end, _ in self.asides}
        for a, b in itertools.pairwise(counts):
            left, right = a.end, b.number.start
            if left in aside_end and aside_end[left] <= right:
                # "the driver, aged 61, and his wife": the apposition belongs to the count
                # phrase, which then stands right before "and".
                left = aside_end[left]
                if pattern.fullmatch(self.text, left, right):
                    a.end = left
            complement = (
                self.rules.complement_before_and.match(self.text, left)
                if self.rules.complement_before_and is not None and left < right
                else None
            )
            if (
                complement is not None
                and complement.end() < right
                and pattern.fullmatch(self.text, complement.end(), right)
                and not any(left <= t.start < right for t in terms)
            ):
                left = complement.end()
            if right < left or any(left <= t.start < right for t in terms):
                links.append("")
            elif pattern.fullmatch(self.text, left, right):
                links.append("and")
            elif self.rules.severity_link is not None and self.rules.severity_link.fullmatch(
                self.text, left, right
            ):
                a.has_head = True  # "ketten súlyosan,": people, however badly hurt
                links.append("and")
            elif _LIST_COMMA.fullmatch(self.text, left, right) and a.direct is None:
                # A count with its own casualty word ends its list: "ketten haltak meg, egy
                # ember súlyosan, négy könnyebben megsérült".
                links.append(",")
            else:
                links.append("")
        joined = [False] * len(links)
        for i in reversed(range(len(links))):
            # A comma joins only within a list that ends with "and".
            later = i + 1 < len(links) and joined[i + 1]
            joined[i] = links[i] == "and" or (links[i] == "," and later)
        groups, group = [], [counts[0]]
        for link, count in zip(joined, counts[1:], strict=True):
            if not link:
                groups.append(group)
                group = []
            group.append(count)
        groups.append(group)
        for group in groups:
            ending = next((c.term for c in group if any(c is d for d in completed)), None)
            if ending is not None and len(group) > 1:
                # "stabbed his partner and her mother to death": both took the words' end.
                for count in group:
                    if count.direct is None and count.term is not ending:
                        count.term = ending
                continue
            tied = {id(t): t for c in group if (t := c.word) is not None}
            if len(group) < 2 or len(tied) != 1:
                continue
            term = next(iter(tied.values()))
            if term.kind not in _BOTH or term.alone:
                continue
            for count in group:
                if count.direct is None and count.term is None and count.has_head:
                    count.term = term

    def _alive_with_injuries(self, terms: list[_Term], counts: list[_Count]) -> None:
        """ "Rescued alive, with severe burns": the survivors are injured; "alive" (and a
        "rescued" right before it) gives its count to the injury word right after it, when
        no count stands between them and it is no noun of its own ("the injured")."""
        s, alive, text = self.sentence, self.rules.alive, self.text
        for i, (term, following) in enumerate(itertools.pairwise(terms)):
            if not (
                term.kind == "uncounted"
                and following.kind == "injured"
                and s.words_between(term.end, following.start) <= _ALIVE_GAP
                and alive.fullmatch(text, term.start, term.end)
                and not any(term.end <= c.number.start < following.start for c in counts)
                and not self._definite(following.start)
                and not self._opens_with_definite(term.end, following.start)
            ):
                continue
            term.used = True
            freed = {id(term)}
            for j in range(i - 1, -1, -1):
                before, after = terms[j], terms[j + 1]
                if before.kind != "uncounted" or s.words_between(before.end, after.start) > 1:
                    break
                before.used = True
                freed.add(id(before))
            for count in counts:
                if id(count.direct) in freed:
                    count.direct = None  # "two were pulled out alive, ...": the injury word's

    def _opens_with_definite(self, left: int, right: int) -> bool:
        """Whether a clause opening between ``left`` and ``right`` starts with a definite
        article: ", a súlyos égési sérültek közül hármat" tells of others."""
        s, pattern = self.sentence, self.rules.definite_start
        if pattern is None or s.breaks_between(left, right)[0] == 0:
            return False
        words = s.next_words(s.clause_start(right), 1)
        return bool(words) and pattern.match(self.text, words[0][0]) is not None

    def _definite(self, position: int) -> bool:
        """Whether a definite article stands right before: "the injured" are others."""
        pattern = self.rules.definite_before
        window = self.text[max(self.sentence.start, position - 12) : position]
        return pattern is not None and pattern.search(window) is not None

    def _with_the_others(self, counts: list[_Count]) -> list[_Count]:
        """A count and "N other people" joined by "and" under one casualty word are one
        group: "the mayor and six other people were killed" counts seven."""
        rules, text = self.rules, self.text
        out: list[_Count] = []
        for count in counts:
            previous = out[-1] if out else None
            term = count.word
            if (
                previous is not None
                and term is not None
                and previous.word is term
                and rules.coordination is not None
                and rules.coordination.fullmatch(text, previous.end, count.number.start)
                and rules.others.search(text, previous.end, count.end)
            ):
                first, number = previous.number, count.number
                count.number = replace(number, start=first.start, value=first.value + number.value)
                out[-1] = count
                continue
            out.append(count)
        return out

    def _died_of_wounds(
        self,
        counts: list[_Count],
        terms: list[_Term],
        negated: dict[int, object],
        every_term: list[_Term],
    ) -> None:
        """The injured who died after: "stabbed her husband, who later died" and "was wounded
        and died in hospital" count one killed. A death word left without a count takes the
        count of the injury word before it, in the next clause of the sentence, unless the
        injured are named again between them (``every_term``: all the sentence's casualty
        words, those naming a part too)."""
        s, rules = self.sentence, self.rules
        for term in terms:
            if term.kind != "killed" or term.used or term.alone or id(term) in negated:
                continue
            if rules.toll_nouns and rules.toll_nouns.match(self.text, term.start):
                continue  # "60 were injured; the toll could rise": a toll is no later death
            tied = [
                c
                for c in counts
                if (t := c.word) is not None
                and t.kind == "injured"
                and t.end <= term.start
                and c.number.start < term.start
            ]
            if not tied:
                # "elhunyt két súlyos sérült", "au murit doi răniți": the injured named right
                # after the verb are who died
                after = next(
                    (
                        c
                        for c in counts
                        if c.direct is not None
                        and c.direct.kind == "injured"
                        and c.number.start >= term.end
                        and s.words_between(term.end, c.number.start) == 0
                        and not s.breaks_between(term.end, c.number.start)[0]
                    ),
                    None,
                )
                if after is not None:
                    after.direct, after.term, term.used = None, term, True
                    self.died_later.add(id(after))
                continue
            count = tied[-1]
            injury = count.word
            left = injury.end
            breaks, hard = s.breaks_between(left, term.start)
            # "two wounded died", "un al treilea rănit a murit": the injured are who died.
            # "Doi pasageri internați în stare critică au murit", "un bărbat rănit în atacul
            # de săptămâna trecută a încetat din viață": the injured, in one clause, died.
            # "Un bărbat de 58 de ani, rănit grav în explozia ..., a decedat": the injury in
            # an apposition of the person, the death right after its closing comma.
            apposition = (
                breaks == 1
                and self.text[count.end : injury.start].lstrip().startswith(",")
                and s.words_between(s.clause_start(term.start), term.start) <= 2
            )
            subject = s.words_between(count.end, injury.start) <= 1 and (
                s.words_between(left, term.start) <= 2 or not breaks or apposition
            )
            # Others between them are who died: "wounded four, then police shot him dead".
            others = rules.persons is not None and rules.persons.search(
                self.text, max(left, count.end), term.start
            )
            if others and subject and s.words_between(left, others.start()) == 0:
                # "two injured workers died": the noun of the injured themselves
                others = rules.persons.search(self.text, others.end(), term.start)
            if (
                hard
                or others
                or not (breaks or subject)
                or s.words_between(left, term.start)
                > (self.max_gap_subject if subject and (apposition or not breaks) else self.max_gap)
                or any(left <= c.number.start < term.start for c in counts if c is not count)
                # "hárman megsérültek, az egyik sérült később meghalt": the injured named
                # again before the death word are a part of them, not all ("in critical
                # condition" names no one).
                or any(
                    t.kind == "injured" and left <= t.start < term.start and not self._state(t)
                    for t in every_term
                )
            ):
                continue
            count.direct, count.term, term.used = None, term, True
            self.died_later.add(id(count))

    def _without_whole_told_apart(self, counts: list[_Count]) -> list[_Count]:
        """A count whose parts after it ("one of them", "the other") add up to it and tell
        another fate is only whom they are of: "a man stabbed two neighbours; one of them
        died, the other was injured" is one killed and one injured. "The other" of the same
        fate as the count is a part of it, told with it."""
        for i, whole in enumerate(counts):
            if whole.word is None or whole.number.start in self.pronoun_parts:
                continue
            parts = [
                c
                for c in counts[i + 1 :]
                if c.number.start in self.pronoun_parts and c.word is not None
            ]
            if (
                len(parts) > 1
                and sum(p.number.value for p in parts) == whole.number.value
                and any(p.word.kind != whole.word.kind for p in parts)
            ):
                return [c for c in counts if c is not whole]
            # "két ember megsebesült, egyikük ..., a másikat a helyszínen látták el": the
            # other of the wounded, told with them
            same = [
                p
                for p in parts
                if p.implicit
                and p.word.kind == whole.word.kind
                and p.number.value < whole.number.value
            ]
            if same:
                return [c for c in counts if all(c is not p for p in same)]
        return counts

    def _without_parts_of_counts(self, counts: list[_Count], terms: list[_Term]) -> list[_Count]:
        """ "N of them" and the count before it that "them" names. Told with the casualty
        word after the part, the count before is only who the part is of: "a bus carrying 40
        passengers; ten of them were killed" counts ten. Told with a casualty word of its
        own, of the same kind, it is the whole: "three workers are being treated, one of them
        in critical condition" counts three."""
        dropped: set[int] = set()
        for i, part in enumerate(counts):
            term = part.word
            if part.number.start not in self.pronoun_parts or term is None:
                continue
            if any(
                t.kind == term.kind
                and t.end <= part.number.start
                and self._definite(t.start)
                and not any(c.word is t for c in counts if c is not part)
                for t in terms
            ):
                # "the injured were taken to X, two of them to Y": a part of those a definite
                # casualty word names without a count, counted where they were first told.
                dropped.add(id(part))
                continue
            if i == 0:
                if self._told_kind(term):
                    # "One of them, a welder, suffered burns" after "three were injured"
                    dropped.add(id(part))
                continue
            whole = counts[i - 1]
            whole_term = whole.word
            if (
                self.text[whole.end : part.number.start].strip().endswith(",")
                and self.sentence.words_between(whole.end, part.number.start) <= 2
                and "," in self.text[part.number.end : term.start]
                and (whole_term is None or whole_term.start > part.number.start)
            ):
                # "nine people, four of them children, were injured": a part in an apposition
                whole.term = whole_term or term
                dropped.add(id(part))
                continue
            if whole_term is None:
                if (
                    whole.end <= term.start
                    and term.end <= part.number.start
                    and self.sentence.breaks_between(term.end, part.number.start)[0]
                ):
                    # "three tourists ... needed care, and one of them was flown to X": the
                    # casualty word between them tells the whole
                    whole.term = term
                    dropped.add(id(part))
                elif (
                    self._told_kind(term)
                    and self.rules.one_more is not None
                    and self.rules.one_more.match(self.text, part.number.start)
                    and all(c.word is None for c in counts[:i])
                ):
                    # "Az egyik sértett, egy 27 éves fiatalember ..., a másik ...": the other,
                    # after people without a fate of their own, of those told before
                    dropped.add(id(part))
                continue
            if whole.number.value == 1 and whole.number.start not in self.pronoun_parts:
                continue  # "a férfi és társa": one more beside a person, no part of them
            if whole_term.start > part.number.start:
                dropped.add(id(whole))
            elif whole_term.kind == term.kind:
                dropped.add(id(part))
        return [c for c in counts if id(c) not in dropped]

    def _without_recaps(self, counts: list[_Count]) -> list[_Count]:
        """A count named again counts once: "stabbed three shoppers; all three were taken to
        hospital" is three injured, and so is "the four" after "a couple and their two
        children". Named again with a recap's article ("the three injured were flown to X"),
        a count of an earlier sentence of the same kind and number is that count told again
        too; so is a definite person the casualty word describes ("the dead soldier") after
        an earlier sentence counted people of that kind."""
        rules = self.rules
        if self._members_in_care(counts):
            self.recapped.add("injured")
            return []
        out: list[_Count] = []
        for index, count in enumerate(counts):
            term = count.word
            number = count.number
            if term is None:
                out.append(count)
                continue
            before = self._before(number)
            named = (rules.recaps is not None and rules.recaps.search(before) is not None) or (
                # "mindkettejüket kórházba szállították": both of them, told before
                fold(self.text[number.number_start : number.number_end]).split(" ")[0]
                in rules.recap_numbers
            )
            kin = [c.number.value for c in out if c.word is not None and c.word.kind == term.kind]
            # "a couple and their two children ...; the four were taken to hospital"
            same = number.value in kin or (len(kin) > 1 and sum(kin) == number.value)
            told = term.kind in _TYPE and (
                (_TYPE[term.kind], number.value) in self.told
                # a sum only by a word without a noun of its own, or one in care
                or (
                    (_TYPE[term.kind], number.value) in self.told_sums
                    and (not count.has_head or self._care(term))
                )
            )
            # Only before a numeral that a casualty word or a verb follows ("the four were
            # taken to hospital"): "the two children" may be others, and "a fia" a person.
            recap_article = (
                rules.recap_articles is not None
                and not count.implicit
                # "cei doi tineri au fost duși la spital": a noun of its own in care too
                and (count.direct is not None or not count.has_head or self._care(term))
                and rules.recap_articles.search(before) is not None
            )
            # A count of an earlier sentence is named again only when none of the same size
            # stands before it in this one ("egy házaspárt ..., mindketten"), and a number
            # word of all ("both") only without a noun of its own ("killing both drivers");
            # a casualty word may follow it ("all three were taken to hospital").
            told = (
                told
                and not any(c.number.value == number.value for c in counts[:index])
                # "both boys were taken to hospital": a care word's, with a noun of its own too
                and (
                    recap_article
                    or (
                        named
                        and (count.direct is not None or not count.has_head or self._care(term))
                    )
                )
            )
            # after a count of this sentence, a person is of its event: "a man was killed ...,
            # and his wife was taken to hospital"
            here = [c for c in counts[:index] if c.word is not None and c.word.kind in _TYPE]
            again = (
                (
                    count.definite
                    and (self._described(count, term) or self._care(term) or self._victim(count))
                )
                # "alte 11 persoane rămân internate", "fourteen other people are still being
                # treated": others than those told
                or (self._continuing(term) and not self._added(count) and not self._other(count))
                # "Kirsty Hall, 34, a nurse, died in hospital": the victim named
                or self._named(count)
            ) and self._told_kind(term)
            # "61 people were injured, and 23 remain in hospital", "tizenkilenc diák sérült
            # meg, ketten súlyos állapotban vannak": a part of this sentence's count
            part = (
                self._continuing(term)
                or (self._state(term) and (count.direct is not None or not count.has_head))
            ) and any(c.word.kind == term.kind and c.number.value > number.value for c in here)
            if not (((named or recap_article) and same) or told) and not (
                (again and not here) or part
            ):
                out.append(count)
            elif term.kind in _TYPE:
                self.recapped.add(_TYPE[term.kind])
        return out

    def _named(self, count: _Count) -> bool:
        """Whether a person told with an article is the apposition of a personal name, two
        capitalised words or more that name no place: "Daniel Whitmore, a 41-year-old
        postman"."""
        number = count.number
        if number.kind != "article":
            return False
        found = _NAME_BEFORE.search(self.written, self.sentence.start, number.start)
        if found is None or any(found.start() <= a < number.start for a, _ in self.names):
            return False
        # "On Monday, a boy was shot dead": a preposition or a day names no one
        rules = self.rules
        for word in re.finditer(r"\S+", self.written[found.start() : found.end()]):
            start = found.start() + word.start()
            head = rules.heads.match(self.text, start) if rules.heads else None
            if (head is not None and head.lastgroup == "preposition") or (
                rules.calendar is not None and rules.calendar.match(self.text, start)
            ):
                return False
        return True

    def _members_in_care(self, counts: list[_Count]) -> bool:
        """Whether the sentence only names, one by one, the injured an earlier sentence
        counted, taken into care: "Egy háromtagú család szén-monoxid-mérgezést szenvedett.
        A mentők az apát, az anyát és lányukat szállították kórházba.", "Three workers were
        hurt. A man was airlifted to X, while two colleagues were treated for ..." """
        return (
            len(counts) > 1
            and all(
                (term := c.word) is not None
                and term.kind == "injured"
                and self._care(term)
                and not self._added(c)
                and not self._other(c)
                for c in counts
            )
            and ("injured", sum(c.number.value for c in counts)) in self.told
        )

    def _described(self, count: _Count, term: _Term) -> bool:
        """Whether the casualty word describes the person as an adjective in the noun phrase:
        before the noun in some languages ("the dead soldier", "a sérült férfi"), after it in
        others ("Bărbatul rănit"), or in a relative clause right after it ("the man who
        died")."""
        word = fold(self.text[term.start : term.end])
        rules = self.rules
        if term.end <= count.number.start:
            return (
                word in rules.describing_before
                and self.text[term.end : count.number.start].isspace()
            )
        if count.end > term.start:
            return False
        if word in rules.describing_after and self.text[count.end : term.start].isspace():
            return True
        # "the man who died", "bărbatul care a murit": a relative clause of its own
        found = rules.relatives.match(self.text, count.end) if rules.relatives else None
        return (
            found is not None
            and found.group("apposition") is None
            and found.end() <= term.start
            and self.sentence.words_between(found.end(), term.start) <= 2
        )

    def _care(self, term: _Term) -> bool:
        """Whether the casualty word tells care given ("taken to hospital"): said of one
        counted before, a definite person is no new count."""
        care = self.rules.care
        return care is not None and care.search(fold(self.text[term.start : term.end])) is not None

    def _state(self, term: _Term) -> bool:
        """Whether the casualty phrase tells a state ("in serious condition")."""
        state = self.rules.state
        return state is not None and state.search(self.text, term.start, term.end) is not None

    def _continuing(self, term: _Term) -> bool:
        """Whether words right before the casualty phrase, or opening it, say its state goes on
        ("remains in a critical condition", "remain in hospital")."""
        rules = self.rules
        if rules.continuing is None:
            return False
        start = max(self.sentence.start, term.start - 40)
        return (
            rules.continuing.search(self.text, start, term.start) is not None
            or rules.continuing_start.match(self.text, term.start) is not None
        )

    def _victim(self, count: _Count) -> bool:
        """Whether the definite person is named as the victim ("the victim", "victima"): one
        told before."""
        words = self.rules.victim_nouns
        return bool(words) and fold(self.text[count.number.start : count.end]) in words

    def _told_kind(self, term: _Term) -> bool:
        """Whether an earlier sentence counted people of the casualty word's kind."""
        return _TYPE.get(term.kind) in self.told_kinds

    def _without_superseded(self, counts: list[_Count]) -> list[_Count]:
        """A smaller count of a kind before a toll of that kind that rose in the same
        sentence is the figure it rose from: "doi pasageri au murit pe loc, iar bilanțul a
        urcat ulterior la trei morți" is three dead."""
        tolls = [c for c in counts if c.toll and c.word is not None and c.word.kind in _TYPE]
        return [
            c
            for c in counts
            if c.toll
            or c.word is None
            or not any(
                t.word.kind == c.word.kind
                and c.end <= t.number.start
                and c.number.value < t.number.value
                # "két tinédzsert lőttek agyon, Valenciában pedig tizenhétre nőtt": a name
                # between says the toll is of another place
                and not self._name_between(c.end, t.number.start)
                for t in tolls
            )
        ]

    def _name_between(self, left: int, right: int) -> bool:
        """Whether a place, or a capitalised word other than a month's or a weekday's,
        stands between two positions."""
        if any(left <= a < right for a, _ in self.names):
            return True
        calendar = self.rules.calendar
        for word in re.finditer(r"\S+", self.written[left:right]):
            if word.group()[:1].isupper() and (
                calendar is None or calendar.match(self.text, left + word.start()) is None
            ):
                return True
        return False

    def _toll_additions(self, counts: list[_Count]) -> list[_Count]:
        """A count added to a toll told in the sentence is part of it: "the toll rose to 14
        after three more bodies were found" counts 14 only. A toll with no casualty word of
        its own takes the added count's ("bilanțul a urcat la 9, după ce alte două
        cadavre"), when that count's head is the casualty word itself. A count without a word
        that adds it only after the toll; so is one person told without a numeral ("rose to
        seven after rescuers recovered the body of a girl"). One more person ("a third victim
        died, raising the toll to three") or a count told as added ("recovered three more
        bodies, raising the toll to 27") is part of the toll on either side of it."""
        rules, out = self.rules, []
        for count in counts:
            term = count.fate
            # "a third", "another": one more person, told alone or before a person noun.
            one_more = (
                rules.one_more is not None
                and rules.one_more.match(self.text, count.number.start) is not None
            )
            # One person told without a numeral after a toll update ("rose to 12 after a
            # woman died") is who raised it.
            lone = count.implicit or count.number.kind == "article"
            # "three more", "alte trei": a word by the number adds it
            worded = self._added(count)
            # "rose to five after two injured workers died": the injured who died raised it.
            added = one_more or lone or id(count) in self.died_later or worded
            tolls = [
                c for c in counts if c.toll and (one_more or worded or c.end <= count.number.start)
            ]
            if not tolls or not added:
                # "have killed 52 people, after six more bodies were recovered", "a crescut la
                # doi morți, după ce unul dintre muncitori a decedat": a total before, told as
                # raised by the count after a reason word, holds it.
                # So does one person told after it ("cinci oameni au pierit, după ce un
                # pompier s-a stins").
                raised = [
                    c
                    for c in counts
                    if c.end <= count.number.start
                    and (worded or lone or c.toll)
                    and self._raised(c, count)
                ]
                if raised:
                    tolls, added = raised, True
            consequences = [c for c in counts if self._brought_to(count, c)]
            if consequences:
                # "a girl died in hospital, bringing the death toll to three"
                tolls, added = consequences, True
            if count.toll or term is None or term.kind not in _BOTH or not added:
                out.append(count)
                continue
            toll = next(
                (t for t in tolls if t.word is not None and t.word.kind == term.kind),
                None,
            )
            if toll is None and count.direct is not None:
                toll = next((t for t in tolls if t.word is None), None)
                if toll is not None:
                    toll.term = term
            if toll is None:
                out.append(count)
        return out

    def _brought_to(self, count: _Count, toll: _Count) -> bool:
        """Whether a toll after a count is told as its consequence: "a girl died, bringing
        the toll to three", "így ... száma háromra emelkedett"."""
        consequences = self.rules.toll_consequences
        return (
            consequences is not None
            and toll.toll
            and count.end <= toll.number.start
            and toll.number.value >= count.number.value
            and consequences.search(self.text, count.end, toll.number.start) is not None
        )

    def _raised(self, total: _Count, count: _Count) -> bool:
        """Whether a reason word stands between a total and a count added to it."""
        reasons = self.rules.toll_reasons
        return (
            reasons is not None
            and total.number.value > count.number.value
            and reasons.search(self.text, total.end, count.number.start) is not None
        )

    def _other(self, count: _Count) -> bool:
        """Whether a word for others stands by the count ("fourteen other people")."""
        others = self.rules.others
        if others is None:
            return False
        return (
            any(
                others.fullmatch(self.text, a, b)
                for a, b in self.sentence.next_words(count.number.end, 1)
            )
            or others.search(self._before(count.number)) is not None
        )

    def _added(self, count: _Count) -> bool:
        """Whether a word by the number adds it to a toll: "three more", "alte trei"."""
        rules, number = self.rules, count.number
        after = rules.additions_after
        return bool(rules.additions_before.search(self._before(number))) or (
            after is not None and after.match(self.text, number.end) is not None
        )

    def _without_number(
        self, terms: list[_Term], negated: dict[int, tuple[int, int]], facts: list[Fact]
    ) -> list[Fact]:
        """Zero counts from "nobody ..." and casualty words reported without a number."""
        s, rules = self.sentence, self.rules
        # A kind counted again is told: its other words add no count of "some".
        seen = {f.value.type for f in facts} | self.recapped
        zeros = {f.value.type for f in facts if f.value.count == 0}
        counted = {f.value.type for f in facts if f.value.count}
        out = []
        for term in terms:
            if term.used or term.kind in _NOT_COUNTED:
                continue
            kinds = _BOTH if term.kind == "ambiguous" else (_TYPE[term.kind],)
            negation = negated.get(id(term))
            if negation is not None and self._state(term):
                # "none of them is in a serious condition": no state denies the harm
                seen.update(kinds)
                continue
            if negation is not None:
                start, end = min(negation[0], term.start), max(negation[1], term.end)
                for kind in kinds:
                    # A count of the same kind in the sentence wins over a vague "none".
                    if kind not in zeros and kind not in counted:
                        out.append(Fact(start, end, CasualtyValue(kind, 0)))
                        zeros.add(kind)
                seen.update(kinds)
                continue
            if (
                term.kind == "killed"
                and term.kind not in seen
                and rules.single_bodies is not None
                and rules.single_bodies.fullmatch(self.text, term.start, term.end)
            ):
                # "his body was found": one dead, unless the text told a death before
                if not self._told_kind(term):
                    out.append(Fact(term.start, term.end, CasualtyValue("killed", 1)))
                seen.add(term.kind)
                continue
            if term.alone:
                # One more killed, whatever else the sentence counts.
                out.append(Fact(term.start, term.end, CasualtyValue("killed", 1)))
                seen.add(term.kind)
                continue
            if term.kind == "ambiguous" or term.kind in seen:
                continue
            if term.kind == "injured" and self._cause_of_death(term, facts):
                continue  # "died two days after he was stabbed": the injury that killed
            if self._definite(term.start) and self._told_kind(term):
                continue  # "the injured were flown to X", after they were counted
            end = term.end
            following = s.next_words(term.end, 1)
            person_end = (
                _match_end(rules.persons, self.text, following[0][0]) if following else None
            )
            if person_end is not None:
                end = person_end
            out.append(Fact(term.start, end, CasualtyValue(_TYPE[term.kind], None)))
            seen.add(term.kind)
        return out

    def _cause_of_death(self, term: _Term, facts: list[Fact]) -> bool:
        """Whether an injury word opens a clause that tells how someone counted dead before
        it came to die ("a murit la două zile după ce a fost înjunghiat")."""
        openers = self.rules.cause_openers
        if openers is None:
            return False
        deaths = [f.end for f in facts if f.value.type == "killed" and f.end <= term.start]
        return bool(deaths) and openers.search(self.text[max(deaths) : term.start]) is not None

    def _negation_for(
        self, term: _Term, negations: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        s, partitives = self.sentence, self.rules.partitives
        for a, b in negations:
            left, right = (b, term.start) if b <= term.start else (term.end, a)
            if right < left:
                continue
            following = s.next_words(b, 1)
            if (
                partitives is not None
                and following
                and _match_end(partitives, self.text, following[0][0])
                and s.words_between(following[0][1], term.start) <= 1
            ):
                continue  # "none of the injuries (were serious)"
            if s.breaks_between(left, right)[0]:
                continue
            if s.words_between(left, right) <= self.negation_gap:
                return a, b
        return None


def _match_end(pattern: re.Pattern[str] | None, text: str, start: int) -> int | None:
    """Where a word list's phrase starting at ``start`` ends; None when none starts there."""
    if pattern is None:
        return None
    match = pattern.match(text, start)
    return match.end() if match else None
