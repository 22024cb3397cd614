"""Regexes built from word lists in the language data.

A list of phrases becomes one alternation shaped as a trie ("aug(?:ust(?:us)?)?" rather than
"august|augustus|aug"), so that the regex engine tests each letter once at a word start instead
of once per phrase: this is what keeps our finders close to the tokenizer's speed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

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
