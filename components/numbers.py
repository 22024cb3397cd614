"""Numbers as news text writes them: digits, words and vague quantities, per language.

Cardinals 0..1000 and round thousands come from ``num2words`` (built once per language, on
first use); ``numbers.toml`` adds the forms it misses (gendered, case and collective forms,
"két", "două", "двое"), indefinite articles that mean one, vague quantities and the phrases
that make a number a lower bound ("at least"). :func:`find_numbers` returns every number of a
text with its qualifier; :func:`parse_number` reads a single number phrase.

Vague quantities follow the ACLED convention: "dozens" (and the "tens of" that several
languages use for it) is 12, "hundreds" is 100, "thousands" 1000; they are lower bounds.
"Several", "a few" and "many" have no agreed value and are left out: a statement with them
reports casualties without a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from num2words import num2words

from components import langdata

NumberKind = Literal["digits", "words", "article", "vague"]

_UNIFY = (("ş", "ș"), ("ţ", "ț"), ("’", "'"), ("ʼ", "'"), ("`", "'"))
_SEPARATOR = r"[\s\-]+"
_ATOMS = {" ": _SEPARATOR, "*": r"\w*"}
_WORD_SEPARATOR = re.compile(r"[\s\-]+")
_GENERATED_RANGE = range(1001)
_ROUND_THOUSANDS = range(2000, 100_001, 1000)

# Digits, with thousands grouped by ",", "." or a (narrow) space; not a decimal or a
# percentage. What may stand before them is checked apart (see _DIGIT_BEFORE): a pattern
# that starts with a plain character class lets the regex engine skip ahead fast.
_DIGITS = (
    r"(?:[0-9]{1,3}(?:(?:,|\.|[ \u00a0\u202f])[0-9]{3})+|[0-9]+)"
    r"(?![.,]\d)(?![\w°])(?!\s?[%‰])"
)
_DIGIT_BEFORE = re.compile(r"[\w.,$€£¥₴₽]")  # a number glued to these is no count
_WORD_BEFORE = re.compile(r"[\w'-]")
_ORDINAL_DOT = re.compile(r"\.[ \u00a0]+([^\W\d_])")
_SUFFIX = re.compile(r"[-'](\w+)")
_NON_DIGITS = re.compile(r"\D")


def normalize(text: str) -> str:
    """The form every pattern is written for, with every offset kept: lowercase ("İ" as "i",
    not "i̇"), ş/ţ as ș/ț, one apostrophe. Patterns then need no IGNORECASE and no letter
    classes, which lets the regex engine skip ahead fast."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(char.lower()[0] for char in text)
    for variant, common in _UNIFY:
        if variant in low:  # str.replace is much faster than str.translate here
            low = low.replace(variant, common)
    return low


def fold(text: str) -> str:
    """Lookup key of a phrase: normalized, with single spaces for spaces and hyphens."""
    return " ".join(_WORD_SEPARATOR.split(normalize(text).replace("\u0307", "").strip()))


@lru_cache(maxsize=65_536)
def _fold_word(text: str) -> str:
    """:func:`fold` of the few short words read again and again (suffixes, qualifiers)."""
    return fold(text)


def trie_regex(phrases: Iterable[str]) -> str:
    """One alternation of many phrases with shared prefixes factored out; a phrase that goes
    on is tried before the one it extends, so the longest wins.

    A flat alternation of a thousand number words would be tried one by one at every
    position; the trie lets the regex engine reject most positions at the first letter.
    """
    trie: dict = {}
    for phrase in {fold(p) for p in phrases if p.strip()}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_regex(trie) if trie else "(?!)"


def _trie_to_regex(node: dict) -> str:
    ends_here = "" in node
    branches = []
    # A "*" (any further letters) is tried after the literal branches, which are longer.
    for char in sorted((c for c in node if c), key=lambda c: (c == "*", c)):
        atom = _ATOMS.get(char) or re.escape(char)
        rest = node[char]
        branches.append(atom + (_trie_to_regex(rest) if rest else ""))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        body = f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number in a text: ``start``/``end`` include its qualifier, ``number_*`` do not."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: int
    kind: NumberKind
    lower_bound: bool = False
    year_like: bool = False  # digits that may well be a year (1900..2100, no separator)


class NumberWords:
    """All number forms of one language and the compiled patterns that find them."""

    def __init__(self, lang: str, data: dict) -> None:
        self.lang = lang
        self.values = _word_values(data)
        self.compact = {key.replace(" ", ""): value for key, value in self.values.items()}
        self.articles = frozenset(fold(word) for word in data.get("articles", []))
        self.vague = {fold(phrase): value for phrase, value in data.get("vague", {}).items()}
        self.digit_suffixes = frozenset(fold(s) for s in data.get("digit_suffixes", []))
        self.scales = {fold(phrase): value for phrase, value in data.get("scales", {}).items()}
        self.scale = (
            re.compile(rf"\s+((?:{trie_regex(self.scales)}))(?![\w'])") if self.scales else None
        )
        words = list(self.values) + list(self.articles)
        after = data.get("lower_bound_after", [])
        self.after = re.compile(rf"(?:{trie_regex(after)})(?![\w'])") if after else None
        # A word ends the number, or a qualifier glued to it does ("harmincnál is több").
        glued = rf"|(?={self.after.pattern})" if after else ""
        # Patterns run over normalized text; each starts with plain characters.
        self.digits = re.compile(_DIGITS)
        self.words = re.compile(rf"(?:{trie_regex([*words, *self.vague])})(?:(?![\w']){glued})")
        qualifiers = list(data.get("lower_bound", [])) + list(data.get("approximate", []))
        self.lower_bound = frozenset(fold(p) for p in data.get("lower_bound", []))
        self.qualifier_ends = frozenset(fold(p).rsplit(" ", 1)[-1] for p in qualifiers)
        # Qualifiers stand right before the number; several may stack ("at least about").
        self.before = re.compile(rf"(?:(?<![\w'])(?:{trie_regex(qualifiers)})\s+)+$")
        self.qualifier = re.compile(rf"(?<![\w'])(?:{trie_regex(qualifiers)})\s+")

    def parse(self, text: str) -> int | None:
        """The value of one number phrase, or None when it is not one."""
        key = fold(text)
        if not key:
            return None
        digits = re.fullmatch(_DIGITS, key)
        if digits:
            return int(re.sub(r"\D", "", key))
        if key in self.vague:
            return self.vague[key]
        if key in self.articles:
            return 1
        if key in self.values:
            return self.values[key]
        return self.compact.get(key.replace(" ", ""))

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        articles: bool = True,
        normalized: bool = False,
    ) -> list[NumberMatch]:
        """Every number in ``text[start:end]``, with the qualifiers before or after it;
        offsets are in ``text``. ``articles=False`` leaves out the articles that mean one;
        ``normalized=True`` says ``text`` went through :func:`normalize` already."""
        end = len(text) if end is None else end
        original = text[start:end]
        low = original if normalized else normalize(original)
        found = []
        for pattern, glued in ((self.digits, _DIGIT_BEFORE), (self.words, _WORD_BEFORE)):
            for match in pattern.finditer(low):
                is_digits = pattern is self.digits
                glued_on = match.start() and glued.match(low, match.start() - 1)
                if glued_on and (is_digits or not self._second_of_a_range(low, match)):
                    continue
                if not (articles or is_digits) and match.group() in self.articles:
                    suffix = _SUFFIX.match(low, match.end())
                    if not (suffix and self._word_range(low, suffix, 1)):
                        continue  # an article, unless a range begins with it ("egy-két")
                number = self._read(low, original, match, start, digits=is_digits)
                if number is not None:
                    found.append(number)
        found.sort(key=lambda n: n.start)
        if self.scale is not None:
            # The scale word of "41 ezer" is no number of its own.
            found = [
                n
                for n in found
                if not any(m.number_start < n.number_start < m.number_end for m in found)
            ]
        return found

    def _word_range(self, text: str, suffix: re.Match[str], value: int) -> bool:
        """Whether a hyphen and a greater number word follow: "öt-hat", "nyolc-tíz"."""
        after = self.values.get(suffix.group(1))
        return text[suffix.start()] == "-" and after is not None and after > value

    def _second_of_a_range(self, text: str, match: re.Match[str]) -> bool:
        """Whether a number word glued to a hyphen ends a range of words ("öt-hat")."""
        start = match.start()
        if text[start - 1] != "-":
            return False
        before = text[max(0, start - 30) : start - 1].rsplit(None, 1)[-1:]
        first = self.values.get(before[0]) if before else None
        second = self.values.get(match.group())
        return first is not None and second is not None and second > first

    def _read(
        self, text: str, original: str, match: re.Match[str], offset: int, *, digits: bool
    ) -> NumberMatch | None:
        limit = len(text)
        n_start, n_end = match.span()
        kind: NumberKind
        year_like = False
        if digits:
            kind = "digits"
            written = match.group()
            plain = written.isdigit()
            value = int(written) if plain else int(_NON_DIGITS.sub("", written))
            year_like = plain and 1900 <= value <= 2100
            ordinal = _ORDINAL_DOT.match(original, n_end)
            if ordinal and ordinal.group(1).islower():
                return None  # "a 3. emeleten": an ordinal
            scaled = self.scale.match(text, n_end) if self.scale is not None else None
            if scaled is not None:  # "41 thousand", "41 de mii", "41 ezer"
                value *= self.scales[" ".join(scaled.group(1).split())]
                n_end, year_like = scaled.end(), False
        else:
            key = " ".join(match.group().replace("-", " ").split())  # text is normalized
            if key in self.vague:
                kind, value = "vague", self.vague[key]
            elif key in self.articles:
                # The first of a range is the number one: "egy-két ember".
                suffix = _SUFFIX.match(text, n_end)
                kind = "words" if suffix and self._word_range(text, suffix, 1) else "article"
                value = 1
            else:
                kind, value = "words", self.values[key]
        lower = kind == "vague"
        q_end = n_end
        if self.after is not None:
            # Glued to the number, or after a hyphen: "30-nál is több", "30-dan fazla".
            glue = n_end + (text[n_end : n_end + 1] == "-")
            tail = self.after.match(text, glue, limit)
            if tail:
                lower, q_end = True, tail.end()
        if q_end == n_end and n_end < limit and text[n_end] in "-'":
            suffix = _SUFFIX.match(text, n_end, limit)
            if suffix and digits and _is_range(text, match.group(), suffix, value):
                pass  # "20-30 people": the first of a range, read as one number here
            elif suffix and not digits and self._word_range(text, suffix, value):
                pass  # "öt-hat katona": the same in words
            elif suffix:
                # "12-en" counts people; "82-mm", "38-year-old", "14-én" do not.
                if _fold_word(suffix.group(1)) not in self.digit_suffixes:
                    return None
                q_end = suffix.end()
        q_start = n_start
        previous = text[max(0, n_start - 30) : n_start].split()
        qualifiers = None
        if previous and previous[-1] in self.qualifier_ends:  # a cheap test first
            head = text[max(0, n_start - 60) : n_start]
            qualifiers = self.before.search(head)
        if qualifiers:
            q_start = n_start - (len(head) - qualifiers.start())
            for qualifier in self.qualifier.finditer(text, q_start, n_start):
                lower = lower or _fold_word(qualifier.group()) in self.lower_bound
        return NumberMatch(
            q_start + offset,
            q_end + offset,
            n_start + offset,
            n_end + offset,
            value,
            kind,
            lower,
            year_like,
        )


_DATE_GOES_ON = re.compile(r"[-./]\d")


def _is_range(text: str, written: str, suffix: re.Match[str], value: int) -> bool:
    """Whether "20-30" is a range: a hyphen, digits greater than the first and no date
    ("12-05-2024") or code ("0-800") around."""
    end = suffix.group(1)
    return (
        text[suffix.start()] == "-"
        and end.isdigit()
        and not written.startswith("0")
        and int(end) > value
        and not _DATE_GOES_ON.match(text, suffix.end())
    )


def _word_values(data: dict) -> dict[str, int]:
    """Folded number word -> value: generated cardinals, their variants and the extra forms."""
    values: dict[str, int] = {}
    code = data.get("num2words_lang")
    if code:
        spelled = _spelled(code)
        unit_forms = [(fold(form), value) for form, value in data.get("unit_forms", {}).items()]
        for number in spelled:
            for variant in _spaced_variants(number, spelled):
                values.setdefault(variant, number)
                # The last unit of a compound may take another form ("douăzeci și două"), and
                # so may a round hundred or thousand ("kétszázat", "háromezret").
                unit = number % 10
                for form, form_value in unit_forms:
                    if form_value < 10:
                        if not unit or number <= 10 or form_value != unit:
                            continue
                    elif number <= form_value or number % form_value:
                        continue
                    base = spelled.get(form_value, "")
                    if variant.endswith(base) and form != base:
                        values.setdefault(variant[: len(variant) - len(base)] + form, number)
    for word, value in data.get("words", {}).items():
        values[fold(word)] = value
    return values


@cache
def _spelled(code: str) -> dict[int, str]:
    numbers = [*_GENERATED_RANGE, *_ROUND_THOUSANDS]
    return {n: fold(num2words(n, lang=code).replace(",", "")) for n in numbers}


def _spaced_variants(number: int, spelled: dict[int, str]) -> set[str]:
    """The spelling of a number plus the one with a space between its parts where num2words
    writes them together ("onbir" -> "on bir", as Turkish news write it)."""
    text = spelled[number]
    variants = {text}
    for base in (1000, 100, 10):
        head = number - number % base
        tail = number % base
        joined = number > base and tail and head in spelled and tail in spelled
        if joined and text == spelled[head] + spelled[tail]:
            variants |= {
                f"{h} {t}"
                for h in _spaced_variants(head, spelled)
                for t in _spaced_variants(tail, spelled)
            }
    return variants


@cache
def number_words(lang: str) -> NumberWords:
    """The number forms of a language, compiled once; empty when it has no numbers data."""
    return NumberWords(lang, langdata.load(lang, "numbers"))


def parse_number(text: str, lang: str) -> int | None:
    """The value of a number phrase: "1,200", "1 200", "thirty-eight", "harmincnyolc",
    "treizeci și opt", "dozens" (12), an article that means one ("un"); None when ``text``
    is not a number of ``lang``."""
    return number_words(lang).parse(text)


def find_numbers(text: str, lang: str) -> list[NumberMatch]:
    """Every number of ``text`` in ``lang``, in order."""
    return number_words(lang).find(text)
