"""Regexes built from word lists in the language data.

A list of phrases becomes one alternation shaped as a trie ("aug(?:ust(?:us)?)?" rather than
"august|augustus|aug"), so that the regex engine tests each letter once at a word start instead
of once per phrase: this is what keeps our finders close to the tokenizer's speed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

APOSTROPHES = "'’ʼ`"
# Letters written two ways in the wild: Romanian ş/ș and ţ/ț, and the apostrophes.
LETTER_VARIANTS = {
    "ș": "șş",
    "ş": "șş",
    "ț": "țţ",
    "ţ": "țţ",
    "'": APOSTROPHES,
    "’": APOSTROPHES,
}
_END = ""
# What may stand between a word and the end of the sentence or line before it.
SKIP_BACK = " \t\u00a0\"'«»„“”‘’()[]–—-•▪*\ufe0f"


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def atoms(phrase: str, *, open_end: bool = False) -> list[str]:
    """A phrase as regex pieces: any run of spaces between words, letter variants alike; with
    ``open_end`` a trailing "*" lets the last word go on ("rachet*": "rachete")."""
    out: list[str] = []
    for char in phrase:
        if char.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        elif char == "*" and open_end:
            out.append(r"\w*")
        elif char in LETTER_VARIANTS:
            out.append(f"[{LETTER_VARIANTS[char]}]")
        else:
            out.append(re.escape(char))
    return out


def _emit(node: dict) -> str:
    # An open end ("\w*") would swallow what a longer phrase needs, so it is tried last.
    emitted = [(piece, piece + _emit(child)) for piece, child in node.items() if piece != _END]
    emitted.sort(key=lambda item: (item[0] == r"\w*", -len(item[1])))
    branches = [branch for _, branch in emitted]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Optional and greedy where a phrase may end here: the longer phrase is tried first.
    return f"(?:{body})?" if _END in node else body


def alternation(
    phrases: Iterable[str], *, accents: bool = True, lower: bool = True, open_end: bool = False
) -> str:
    """One trie-shaped regex group matching any of the phrases (never matching when empty).

    ``accents`` also accepts each phrase spelled without accents; ``lower`` lowercases the
    phrases (for patterns compiled case-insensitive).
    """
    variants = set()
    for phrase in phrases:
        phrase = phrase.lower() if lower else phrase
        variants.add(phrase)
        if accents:
            variants.add(strip_accents(phrase))
    if not variants:
        return "(?!)"
    root: dict = {}
    for phrase in variants:
        node = root
        for piece in atoms(phrase, open_end=open_end):
            node = node.setdefault(piece, {})
        node[_END] = {}
    return f"(?:{_emit(root)})"


def simple_lower(text: str) -> str:
    """``text`` lowercased one character for one, as the regex engine compares letters when
    it ignores case ("İ" becomes "i", not "i̇"): every offset is kept."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(char.lower()[0] for char in text)
    return low


def _case_variants() -> dict[str, str]:
    """Letters the regex engine takes as one when ignoring case beyond their lowercase forms
    ("ı" and "i", "ſ" and "s"), each to the letters it stands for."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # another Python: such letters are not known, so none is trusted
        return {}
    return {chr(a): "".join(map(chr, b)) for a, b in _EXTRA_CASES.items()}


class Caseless:
    """A pattern that ignores case, run without ignoring case over lowercased text where the
    two agree (several times faster): everywhere but in a text that holds a letter the engine
    equates with one of the pattern's other than by lowercasing ("ı" for "i")."""

    def __init__(self, pattern: str) -> None:
        self.ignoring_case = re.compile(pattern, re.IGNORECASE)
        self.lowercase = re.compile(pattern)
        variants = _case_variants()
        letters = set(pattern)
        risky = {c for c, same in variants.items() if letters & set(same)}
        if variants:
            self._risky = (
                re.compile("[" + re.escape("".join(sorted(risky))) + "]") if risky else None
            )
        else:
            self._risky = re.compile(r"[^\x00-\x7f]")

    def runs_lowercase(self, low: str) -> bool:
        """Whether the lowercase pattern may run over ``low`` (see :func:`simple_lower`)."""
        return self._risky is None or self._risky.search(low) is None

    def finditer(self, text: str, low: str) -> Iterator[re.Match[str]]:
        """Matches in ``text``; ``low`` is ``simple_lower(text)``. Offsets and matched text are
        those of ``low`` where it is searched: callers read only offsets."""
        if self.runs_lowercase(low):
            return self.lowercase.finditer(low)
        return self.ignoring_case.finditer(text)


def opens_sentence(text: str, start: int) -> bool:
    """Whether a word opens a sentence, a line or the text, also after a dateline's dash
    ("BEIRUT - Fire broke out", "KYIV, Nov 14 (Reuters) - Fire ...")."""
    j = start - 1
    while j >= 0 and text[j] in SKIP_BACK:
        j -= 1
    if j < 0 or text[j] in ".!?…:\n\r":
        return True
    k = start - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    if k >= 1 and text[k] in "-–—" and text[k - 1] in " \t\u00a0":
        before = text[text.rfind("\n", 0, k) + 1 : k].rstrip()
        return before.endswith(")") or before.isupper()
    return False
