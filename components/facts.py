"""The values our spaCy components attach to the spans they find.

Each finder puts spans in ``doc.spans[<group>]`` and the value on ``span._.<attribute>``:

| group          | attribute   | value          |
|----------------|-------------|----------------|
| dates          | date        | DateValue      |
| places         | place       | Place          |
| nationalities  | country     | str (ISO code) |
| casualties     | casualty    | CasualtyValue  |
| events         | event       | str (type)     |
| sites          | site        | str (kind)     |
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span

Precision = Literal["day", "week", "month", "year"]
PlaceKind = Literal["site", "city", "region", "country"]
CasualtyType = Literal["killed", "injured"]


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date or period; ``start``/``end`` are empty when it cannot be resolved."""

    start: dt.date | None
    end: dt.date | None
    precision: Precision | None
    relative: bool = False

    @property
    def value(self) -> str | None:
        if self.start is None or self.precision is None:
            return None
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year:04d}-W{week:02d}"
        return self.start.isoformat()


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: English name, ISO country code, coordinates."""

    name: str
    country_code: str
    lat: float
    lon: float
    kind: PlaceKind
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None


@dataclass(frozen=True, slots=True)
class CasualtyValue:
    type: CasualtyType
    count: int | None  # None: casualties of this type reported without a number
    lower_bound: bool = False  # "at least 11"


SPAN_ATTRIBUTES = ("date", "place", "country", "casualty", "event", "site")


def doc_text(doc: Doc) -> str:
    """The document's text; kept in ``user_data`` by whoever made the Doc, since rebuilding
    ``doc.text`` from its tokens costs more than our finders' own work."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def register_extensions() -> None:
    """Register the span and doc attributes once per process."""
    for name in SPAN_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)  # datetime.date of the article, or None
