"""An article as HTML with its mentions marked (pure; every piece of article text is escaped)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

# Background colour of each kind of mention; the first three are marked by default.
KIND_COLORS: dict[str, str] = {
    "date": "#fde68a",
    "place": "#bfdbfe",
    "casualty": "#fecaca",
    "site": "#ddd6fe",
    "event": "#bbf7d0",
    "nationality": "#e5e7eb",
}
DEFAULT_KINDS: tuple[str, ...] = ("date", "place", "casualty")


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str
    label: str


def _get(row: Mapping[str, Any], name: str) -> Any:
    value = row.get(name)
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value


def mention_label(row: Mapping[str, Any]) -> str:
    """A short plain-text explanation of one mention, e.g. ``place: Kyiv (UA, city)``."""
    kind = str(_get(row, "kind") or "mention")
    value = _get(row, "value")
    if kind == "place":
        details = [str(v) for v in (_get(row, "country_code"), _get(row, "place_kind")) if v]
        name = _get(row, "place_name") or value or ""
        return f"place: {name}" + (f" ({', '.join(details)})" if details else "")
    if kind == "casualty":
        count = _get(row, "count")
        what = _get(row, "casualty_type") or "casualties"
        text = f"{what}: {count if count is not None else 'number not given'}"
        return text + (" (at least)" if _get(row, "lower_bound") else "")
    if kind == "date":
        precision = _get(row, "precision")
        shown = value if value is not None else "unresolved"
        return f"date: {shown}" + (f" ({precision})" if precision else "")
    return f"{kind}: {value}" if value is not None else kind


def choose_marks(
    mentions: pd.DataFrame, text_length: int, kinds: Iterable[str] = DEFAULT_KINDS
) -> list[Mark]:
    """Non-overlapping marks in text order.

    Where mentions overlap, the kind listed first in ``kinds`` wins, then the longer span.
    Offsets outside the text or empty spans are ignored.
    """
    order = {kind: i for i, kind in enumerate(dict.fromkeys(kinds))}
    if mentions.empty or not order:
        return []
    candidates = []
    for row in mentions.to_dict("records"):
        kind, start, end = _get(row, "kind"), _get(row, "start"), _get(row, "end")
        if kind not in order or start is None or end is None:
            continue
        start, end = int(start), int(end)
        if not 0 <= start < end <= text_length:
            continue
        candidates.append(Mark(start, end, str(kind), mention_label(row)))
    candidates.sort(key=lambda m: (order[m.kind], -(m.end - m.start), m.start))
    taken: list[Mark] = []
    for mark in candidates:
        if all(mark.end <= other.start or mark.start >= other.end for other in taken):
            taken.append(mark)
    return sorted(taken, key=lambda m: m.start)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def highlight_html(text: str, mentions: pd.DataFrame, kinds: Iterable[str] = DEFAULT_KINDS) -> str:
    """The article text as HTML: each chosen mention in a ``<mark>`` titled with its value.

    Line breaks are kept by ``white-space: pre-wrap``; nothing of the text is left unescaped.
    """
    marks = choose_marks(mentions, len(text), kinds)
    pieces = []
    position = 0
    for mark in marks:
        pieces.append(_escape(text[position : mark.start]))
        color = KIND_COLORS.get(mark.kind, "#e5e7eb")
        pieces.append(
            f'<mark class="mention mention-{_escape(mark.kind)}" '
            f'style="background:{color};padding:0 2px;border-radius:3px" '
            f'title="{_escape(mark.label)}">{_escape(text[mark.start : mark.end])}</mark>'
        )
        position = mark.end
    pieces.append(_escape(text[position:]))
    body = "".join(pieces)
    return f'<div class="article-text" style="white-space:pre-wrap;line-height:1.6">{body}</div>'


def legend_html(kinds: Iterable[str] = DEFAULT_KINDS) -> str:
    """Coloured swatches naming the marked kinds."""
    items = [
        f'<mark style="background:{KIND_COLORS.get(k, "#e5e7eb")};padding:0 4px;'
        f'border-radius:3px;margin-right:6px">{_escape(k)}</mark>'
        for k in dict.fromkeys(kinds)
    ]
    return '<div class="mention-legend">' + "".join(items) + "</div>"


def article_html(
    text: str,
    mentions: pd.DataFrame,
    *,
    title: str | None = None,
    details: Iterable[str] = (),
    kinds: Iterable[str] = DEFAULT_KINDS,
) -> str:
    """A readable article: escaped title, a line of details, legend, highlighted text."""
    kinds = tuple(kinds)
    head = f"<h4 style='margin:0 0 4px 0'>{_escape(title)}</h4>" if title else ""
    info = " · ".join(_escape(str(d)) for d in details if d)
    meta = f"<div style='color:#6b7280;font-size:0.9em;margin-bottom:6px'>{info}</div>"
    return (
        '<div class="article-view">'
        + head
        + (meta if info else "")
        + legend_html(kinds)
        + highlight_html(text, mentions, kinds)
        + "</div>"
    )
