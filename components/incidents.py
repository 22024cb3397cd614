"""Incidents: from mentions to one row per real event, merged across articles and languages.

Within an article, an incident is anchored on a sentence with an attack word (diplomatic
reactions alone make none; street protests and riots count), or on a toll told with its own
date and place. It takes the date of its sentence, else the nearest earlier one in
its paragraph, else, in the lead, the report's date; the most specific place tied to the event;
what was hit; and the casualties of its sentence or the next. A sentence with an attack word but
no date or place of its own goes on telling the incident before it.

Across articles, incidents are merged when their dates overlap, their places match and their
types agree; two incidents of one article are never merged, since the text told them apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import re
from collections import namedtuple
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

import pandas as pd
from babel import Locale
from geopy.distance import geodesic

from components import langdata, schema
from components.events import DIPLOMATIC, OTHER_ATTACK, words_pattern
from components.patterns import alternation

# Most specific first: a passenger jet downed by a missile is a shoot-down, a missile's
# explosion is a missile strike. Street protests and riots are events of their own (not the
# diplomatic "protest"); police firing on a crowd is still the riot or protest it broke up.
TYPE_PRIORITY = (
    "aircraft crash/shoot-down",
    "missile strike",
    "drone strike",
    "air strike",
    "shelling",
    "explosion",
    "riot",
    "protest",
    "abduction",
    "armed clash",
    OTHER_ATTACK,
    # Not attacks, and only when no attack word is told: a crash, a fire, a flood.
    "accident",
    "fire",
    "natural disaster",
)
GENERIC_TYPES = frozenset({OTHER_ATTACK, "explosion", "fire"})
# Strikes of one wave are reported as missile, drone or air attacks by different outlets.
AERIAL_TYPES = frozenset({"missile strike", "drone strike", "air strike", "shelling"})
PLACE_RANK = {"site": 4, "city": 3, "region": 2, "country": 1}
# Sites that belong to a country other than the one they stand in.
FOREIGN_SITES = frozenset({"embassy", "consulate"})

# Same town: 25 km covers a city and its suburbs. A region-level place matches anything
# within 150 km of it; a country-level place matches anything in that country.
CITY_MATCH_KM = 25.0
# A headline dated by its report tells the event its body dates up to a week before.
HEADLINE_DAYS = 7
REGION_MATCH_KM = 150.0

CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{2,}\b")
LEAD_PARAGRAPHS = 2


class Geocoder(Protocol):
    """What we need of a geopy geocoder."""

    def geocode(self, query: str, **kwargs: Any) -> Any: ...


@dataclass
class Candidate:
    """An incident as told by one article."""

    article_id: str
    language: str
    anchor: int  # sentence_start of the first sentence
    paragraph: int
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str | None = None
    date_own: bool = False
    place: dict | None = None
    place_own: bool = False
    seat: dict | None = None  # a place named only as an institution's seat: last resort
    site_kind: str | None = None
    site_owner: str | None = None
    types: set[str] = field(default_factory=set)
    killed: list[int | None] = field(default_factory=list)
    injured: list[int | None] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    sentences: list[str] = field(default_factory=list)
    last_paragraph: int = 0

    @property
    def incident_type(self) -> str:
        for name in TYPE_PRIORITY:
            if name in self.types:
                return name
        return OTHER_ATTACK


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = langdata.load(lang, "events")
    if not data:
        return None, None
    return words_pattern(data["institutions"]), words_pattern(data["coordination"])


@cache
def _introduced(lang: str) -> re.Pattern[str] | None:
    """Words that introduce where something happened ("in", "near", "la"), ending a text."""
    words = langdata.load(lang, "places").get("prepositions", [])
    if not words:
        return None
    return re.compile(rf"(?<!\w){alternation(words)}\s+$", re.IGNORECASE)


@cache
def country_codes() -> dict[str, str]:
    """English country name -> ISO code, the inverse of :func:`country_name`."""
    return {name: code for code, name in Locale("en").territories.items() if len(code) == 2}


@cache
def country_name(code: str) -> str:
    return Locale("en").territories.get(code.upper(), code) if code else ""


def _clause_of(sentence: str, offset: int) -> int:
    return len(CLAUSE_BREAK.findall(sentence[: max(offset, 0)]))


def _adjacent(text: str, left_end: int, right_start: int, *, words: int) -> bool:
    """Whether at most ``words`` words, and no clause break, stand between two spans."""
    if right_start < left_end:
        return False
    between = text[left_end:right_start]
    return len(between.split()) <= words and not CLAUSE_BREAK.search(between)


# A wire dateline opening a paragraph: "KYIV, March 6 (Reuters) -", "LONDON -". It says
# where the report was filed, not where its first sentence's events happened.
DATELINE = re.compile(
    r"\s*(?P<where>[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*)"
    r"(?:\s*,\s*[^()\n,]{1,30}?)?\s*(?:\((?P<agency>[^()\n]{2,30})\))?\s*[-–—]+\s"
)


def _dateline_end(sentence: str) -> int:
    """Where a dateline opening the sentence ends (0 when there is none): its place is in
    capitals, or an agency stands in brackets before the dash."""
    match = DATELINE.match(sentence)
    if match is None or not (match["where"].isupper() or match["agency"]):
        return 0
    return match.end()


def _is_seat(sentence: str, start: int, end: int, institutions: re.Pattern[str] | None) -> bool:
    """A place named as where an institution sits ("the ministry in Baku", "bakui minisztérium")."""
    if institutions is None:
        return False
    for match in institutions.finditer(sentence):
        if match.end() <= start:
            between = sentence[match.end() : start]
            words = between.split()
            if (
                len(between) <= 30
                and not CLAUSE_BREAK.search(between)
                and all(w[:1].isupper() or len(w) <= 3 or institutions.fullmatch(w) for w in words)
            ):
                return True
        elif match.start() >= end and len(sentence[end : match.start()].split()) <= 1:
            return not CLAUSE_BREAK.search(sentence[end : match.start()])
    return False


# The reader's view of a mention: the columns it reads, missing values as None.
Mention = namedtuple(
    "Mention",
    "kind start end sentence sentence_start paragraph value precision place_name place_kind "
    "country_code lat lon casualty_type count",
)


def mention_records(mentions: pd.DataFrame) -> dict[str, list[Mention]]:
    """Each article's mentions as plain records in text order: the reader looks at many small
    groups, which plain tuples serve far faster than frames."""
    columns = []
    for name in Mention._fields:
        column = mentions[name]
        columns.append(column.astype(object).where(column.notna(), None).tolist())
    rows = zip(*columns, strict=True)
    by_article: dict[str, list[Mention]] = {}
    for article_id, values in zip(mentions["article_id"].tolist(), rows, strict=True):
        by_article.setdefault(article_id, []).append(Mention._make(values))
    for records in by_article.values():
        records.sort(key=lambda m: m.start)
    return by_article


def _of_kind(rows: list[Mention], *kinds: str) -> list[Mention]:
    return [r for r in rows if r.kind in kinds]


def _contradicted(row: Mention, places: list[Mention], text: str, base: int) -> bool:
    """Part of a longer name whose parenthesis says where it lies ("Alma ash Shaab (Tyre,
    South)" read as Alma, Canada), none of whose places there is in its country."""
    end = row.end - base
    opening = text.find("(", end, end + 40)
    rest = text[end:opening].split()
    if opening < 0 or not 1 <= len(rest) <= 3 or CLAUSE_BREAK.search(text[end:opening]):
        return False
    closing = text.find(")", opening)
    closing = len(text) if closing < 0 else closing
    inside = {p.country_code for p in places if opening < p.start - base < closing}
    return bool(inside) and row.country_code not in inside


def _coordinated(
    sentence: str,
    first: Mention,
    second: Mention,
    coordination: re.Pattern[str] | None,
    base: int,
) -> bool:
    """Two dates joined by "and": two events ("in January 2024 and in August 2025")."""
    between = sentence[first.end - base : second.start - base]
    words = re.findall(r"\w+", between)
    return len(words) <= 3 and (not words or bool(coordination and coordination.search(between)))


def _date_fields(row: Mention) -> tuple[dt.date, dt.date, str] | None:
    if not row.value:
        return None
    value = str(row.value)
    precision = str(row.precision)
    if precision == "week":
        year, week = value.split("-W")
        start = dt.date.fromisocalendar(int(year), int(week), 1)
        return start, start + dt.timedelta(days=6), precision
    parts = [int(p) for p in value.split("-")]
    if precision == "day":
        day = dt.date(*parts)
        return day, day, precision
    if precision == "month":
        start = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return start, following - dt.timedelta(days=1), precision
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31), precision


def _place_record(row: Mention) -> dict:
    return {
        "name": row.place_name,
        "kind": row.place_kind,
        "country_code": row.country_code,
        "lat": None if row.lat is None else float(row.lat),
        "lon": None if row.lon is None else float(row.lon),
    }


def _nearest(rows: list[Mention], anchors: list[int]) -> Mention | None:
    if not rows:
        return None
    return min(rows, key=lambda r: min(abs(r.start - a) for a in anchors))


class _ArticleReader:
    """Turns one article's mentions into candidates, sentence by sentence."""

    def __init__(
        self, article_id: str, language: str, published: Any, mentions: list[Mention]
    ) -> None:
        self.article_id = article_id
        self.mentions = mentions
        self.language = language
        self.institutions, self.coordination = _patterns(self.language)
        self.published = None if pd.isna(published) else pd.Timestamp(published).date()
        self.candidates: list[Candidate] = []
        self.paragraph_dates: dict[int, tuple[dt.date, dt.date, str]] = {}

    def read(self) -> list[Candidate]:
        sentences: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            sentences.setdefault(mention.sentence_start, []).append(mention)
        for start in sorted(sentences):
            self._sentence(sentences[start])
        return [c for c in self.candidates if self._keep(c)]

    def _keep(self, candidate: Candidate) -> bool:
        if candidate.place is None and candidate.seat is not None:
            candidate.place = candidate.seat
        reported = bool(candidate.killed or candidate.injured)
        return candidate.date_start is not None and (
            candidate.place is not None or candidate.site_kind is not None or reported
        )

    def _valid_dates(
        self, rows: list[Mention]
    ) -> list[tuple[Mention, tuple[dt.date, dt.date, str]]]:
        out = []
        for row in rows:
            fields = _date_fields(row)
            if fields is None or (self.published and fields[0] > self.published):
                continue
            out.append((row, fields))
        return out

    def _sentence(self, rows: list[Mention]) -> None:
        first = rows[0]
        text = str(first.sentence)
        base = first.sentence_start
        paragraph = first.paragraph
        dates = self._valid_dates(_of_kind(rows, "date"))
        events = [r for r in rows if r.kind == "event" and r.value != DIPLOMATIC]
        casualties = _of_kind(rows, "casualty")

        if not events:
            events = self._toll_as_event(rows, dates, casualties, text, base)
        if not events:
            if dates:
                self.paragraph_dates[paragraph] = dates[-1][1]
            self._attach_casualties(casualties, paragraph, text, dates)
            return

        sites = _of_kind(rows, "site")
        anchors = [r.start for r in events] + [r.start for r in sites]
        event_clauses = {_clause_of(text, a - base) for a in anchors}
        places, seats = self._places(rows, text, base, event_clauses)

        if not dates and places is None and self.candidates:
            previous = self.candidates[-1]
            if paragraph - previous.last_paragraph <= 1:
                self._continue(previous, rows, text, paragraph)
                return
        if not dates and self.candidates and self.candidates[-1].last_paragraph == paragraph:
            self._continue(self.candidates[-1], rows, text, paragraph)
            return

        groups = self._date_groups(dates, text, anchors, paragraph)
        for fields, own in groups:
            candidate = Candidate(
                article_id=self.article_id,
                language=self.language,
                anchor=base,
                paragraph=paragraph,
                last_paragraph=paragraph,
            )
            if fields is not None:
                candidate.date_start, candidate.date_end, candidate.date_precision = fields
                candidate.date_own = own
            candidate.place = places
            candidate.place_own = places is not None
            candidate.seat = seats
            self._fill(candidate, rows, text, sites, anchors)
            if candidate.place is None or candidate.site_owner is None:
                self._inherit_site(candidate)
            headline = self._told_before_undated(candidate)
            if headline is not None:
                # The headline told it with the report's date; the body says when.
                headline.date_start, headline.date_end = candidate.date_start, candidate.date_end
                headline.date_precision, headline.date_own = candidate.date_precision, True
                if headline.place is None:
                    headline.place, headline.place_own = candidate.place, candidate.place_own
                    headline.seat = headline.seat or candidate.seat
                self._fill(headline, rows, text, sites, anchors)
                headline.last_paragraph = paragraph
                continue
            self.candidates.append(candidate)
        if dates:
            self.paragraph_dates[paragraph] = dates[-1][1]

    def _told_before_undated(self, candidate: Candidate) -> Candidate | None:
        """The article's only incident so far, dated by the report alone, when this one
        could be it: the same kind of event, place and a day up to a week before."""
        if len(self.candidates) != 1 or not candidate.date_own:
            return None
        previous = self.candidates[0]
        if previous.date_own or previous.date_start is None or candidate.date_start is None:
            return None
        if not (
            candidate.date_start <= previous.date_end
            and (previous.date_start - candidate.date_end).days <= HEADLINE_DAYS
        ):
            return None
        if _type_score(previous.incident_type, candidate.incident_type) is None:
            return None
        if previous.place is None or candidate.place is None:
            # "Gas blast kills three" over a body that places it: the same toll says so.
            toll = _count(previous.killed)
            same_toll = toll is not None and toll > 0 and toll == _count(candidate.killed)
            return previous if same_toll else None
        if _place_score(previous.place, candidate.place) is None:
            return None
        return previous

    def _toll_as_event(
        self, rows: list[Mention], dates: list, casualties: list[Mention], text: str, base: int
    ) -> list[Mention]:
        """A toll with its own date and place tells an event even without an attack word
        ("On 5 May, gunmen killed two farmers in Gusau"); the same day and place as the
        incident before only goes on telling it. A toll of a whole year is a statistic."""
        told = [c for c in casualties if c.count is None or c.count > 0]
        if not told or not dates:
            return []
        clauses = {_clause_of(text, c.start - base) for c in told}
        place, _ = self._places(rows, text, base, clauses)
        if place is None:
            return []
        start, end, precision = dates[0][1]
        if precision == "year":
            return []  # "412 people died on the roads in 2025": a statistic, not an event
        if self.candidates:
            previous = self.candidates[-1]
            same_day = previous.date_start is not None and not (
                start > previous.date_end or previous.date_start > end
            )
            if same_day and _place_score(previous.place, place) is not None:
                return []
        return told

    def _date_groups(
        self, dates: list, text: str, anchors: list[int], paragraph: int
    ) -> list[tuple[tuple | None, bool]]:
        """The date (or, for "in January and in August", dates) of an event sentence."""
        if not dates:
            if paragraph in self.paragraph_dates:
                return [(self.paragraph_dates[paragraph], False)]
            if paragraph < LEAD_PARAGRAPHS and self.published is not None:
                return [((self.published, self.published, "day"), False)]
            return [(None, False)]
        if len(dates) > 1 and all(
            _coordinated(text, a[0], b[0], self.coordination, a[0].sentence_start)
            for a, b in itertools.pairwise(dates)
        ):
            return [(fields, True) for fields in dict.fromkeys(f for _, f in dates)]
        _, fields = min(dates, key=lambda item: min(abs(item[0].start - a) for a in anchors))
        return [(fields, True)]

    def _places(self, rows: list[Mention], text: str, base: int, event_clauses: set[int]):
        """The most specific place tied to the event, and a seat to fall back on."""
        places = _of_kind(rows, "place")
        tied, seats = [], []
        dateline = _dateline_end(text)
        for row in places:
            start, end = row.start - base, row.end - base
            if end <= dateline or _is_seat(text, start, end, self.institutions):
                seats.append(row)
            elif row.place_kind != "country" or _clause_of(text, start) in event_clauses:
                tied.append(row)
        tied = [r for r in tied if not _contradicted(r, places, text, base)] or tied
        best = self._most_specific(tied, rows, text, base)
        seat = self._most_specific(seats, rows, text, base)
        return best, seat

    def _most_specific(
        self, rows: list[Mention], sentence_rows: list[Mention], text: str, base: int
    ) -> dict | None:
        """The finest place; among equals, one introduced as where ("in Turbat") rather than
        a name standing for its people ("BLA militants"), then the nearest to the event."""
        if not rows:
            return None
        anchors = [r.start for r in _of_kind(sentence_rows, "event", "site")]
        introduced = _introduced(self.language)

        def where(row: Mention) -> bool:
            before = text[max(row.start - base - 30, 0) : row.start - base]
            return bool(introduced and introduced.search(before))

        best = max(
            rows,
            key=lambda r: (
                PLACE_RANK.get(str(r.place_kind), 0),
                where(r),
                -min((abs(r.start - a) for a in anchors), default=0),
            ),
        )
        return _place_record(best)

    def _fill(
        self,
        candidate: Candidate,
        rows: list[Mention],
        text: str,
        sites: list[Mention],
        anchors: list[int],
    ) -> None:
        candidate.types.update(
            str(r.value) for r in rows if r.kind == "event" and r.value != DIPLOMATIC
        )
        candidate.sentences.append(text)
        candidate.countries.update(
            str(r.country_code)
            for r in _of_kind(rows, "place", "nationality")
            if r.country_code is not None
        )
        self._add_casualties(candidate, _of_kind(rows, "casualty"))
        if candidate.site_kind is None and sites:
            site = _nearest(sites, anchors)
            candidate.site_kind = str(site.value)
            candidate.site_owner = self._owner(site, rows, text, candidate)

    def _owner(
        self, site: Mention, rows: list[Mention], text: str, candidate: Candidate
    ) -> str | None:
        """Whose site it is: an organisation or a country named beside it."""
        base = rows[0].sentence_start
        start, end = site.start - base, site.end - base
        after = text[end : end + 45]
        after = CLAUSE_BREAK.split(after, maxsplit=1)[0]
        acronym = ACRONYM.search(after)
        if acronym:
            return acronym.group(0)
        place_country = candidate.place["country_code"] if candidate.place else None
        countries = [
            r
            for r in rows
            if r.kind == "nationality" or (r.kind == "place" and r.place_kind == "country")
        ]
        for row in countries:
            near = _adjacent(text, end, row.start - base, words=3) or _adjacent(
                text, row.end - base, start, words=0
            )
            if near and row.country_code is not None and row.country_code != place_country:
                return country_name(str(row.country_code))
        if site.value in FOREIGN_SITES:
            for row in countries:
                code = row.country_code
                if row.kind == "place" and code is not None and code != place_country:
                    return country_name(str(code))
        return None

    def _inherit_site(self, candidate: Candidate) -> None:
        """ "Near the embassy": the place and owner of the same kind of site told earlier."""
        if candidate.site_kind is None:
            return
        for earlier in reversed(self.candidates):
            if earlier.site_kind == candidate.site_kind:
                if candidate.place is None and earlier.place is not None:
                    candidate.place = earlier.place
                if candidate.site_owner is None:
                    candidate.site_owner = earlier.site_owner
                return

    def _continue(
        self, candidate: Candidate, rows: list[Mention], text: str, paragraph: int
    ) -> None:
        sites = _of_kind(rows, "site")
        anchors = [r.start for r in _of_kind(rows, "event", "site")]
        if candidate.place is None:
            places, seat = self._places(rows, text, rows[0].sentence_start, set())
            candidate.place = places
            candidate.seat = candidate.seat or seat
        self._fill(candidate, rows, text, sites, anchors)
        candidate.last_paragraph = paragraph

    def _add_casualties(self, candidate: Candidate, casualties: list[Mention]) -> None:
        previous: dict[str, Mention] = {}
        for row in sorted(casualties, key=lambda r: r.start):
            count = None if row.count is None else int(row.count)
            kind = str(row.casualty_type)
            target = candidate.killed if kind == "killed" else candidate.injured
            before = previous.get(kind)
            previous[kind] = row
            if (
                count is not None
                and before is not None
                and target
                and target[-1] is not None
                and self._coordinated_counts(before, row)
            ):
                target[-1] += count
                continue
            target.append(count)

    def _coordinated_counts(self, first: Mention, second: Mention) -> bool:
        """Two counts of one kind joined by "and" add up: "four soldiers and two civilians
        were killed", "four attackers were killed and one guard died"."""
        if self.coordination is None or first.sentence_start != second.sentence_start:
            return False
        base = first.sentence_start
        between = str(first.sentence)[first.end - base : second.start - base]
        return (
            len(re.findall(r"\w+", between)) <= 4
            and not CLAUSE_BREAK.search(between)
            and bool(self.coordination.search(between))
        )

    def _attach_casualties(
        self, casualties: list[Mention], paragraph: int, text: str, dates: list
    ) -> None:
        if not casualties or not self.candidates:
            return
        candidate = self.candidates[-1]
        if paragraph - candidate.last_paragraph > 1:
            return
        if (
            candidate.date_start is not None
            and dates
            and all(
                start > candidate.date_end or candidate.date_start > end
                for _, (start, end, _) in dates
            )
        ):
            return  # a toll of another time ("412 died on the roads in 2025"), not this one
        self._add_casualties(candidate, casualties)
        candidate.sentences.append(text)
        candidate.last_paragraph = paragraph


def article_candidates(articles: pd.DataFrame, mentions: pd.DataFrame) -> list[Candidate]:
    """Every article's incidents, before merging across articles."""
    if mentions.empty:
        return []
    by_article = mention_records(mentions)
    out: list[Candidate] = []
    for article_id, language, published in zip(
        articles["article_id"].tolist(),
        articles["language"].tolist(),
        articles["published"].tolist(),
        strict=True,
    ):
        records = by_article.get(article_id)
        if records:
            reader = _ArticleReader(str(article_id), str(language), published, records)
            out.extend(reader.read())
    return out


def _count(values: list[int | None]) -> int | None:
    numbers = [v for v in values if v is not None]
    return max(numbers) if numbers else None


def _place_score(a: dict | None, b: dict | None) -> float | None:
    """How well two places match; None when they cannot be the same place."""
    if a is None or b is None:
        return 0.0
    if "country" in (a["kind"], b["kind"]):
        return 1.0 if a["country_code"] == b["country_code"] else None
    if None in (a["lat"], a["lon"], b["lat"], b["lon"]):
        return 2.0 if a["name"] == b["name"] else None
    km = geodesic((a["lat"], a["lon"]), (b["lat"], b["lon"])).km
    limit = REGION_MATCH_KM if "region" in (a["kind"], b["kind"]) else CITY_MATCH_KM
    return 2.0 if km <= limit else None


def _type_score(a: str, b: str) -> float | None:
    if a == b:
        return 2.0
    if a in GENERIC_TYPES or b in GENERIC_TYPES:
        return 1.0
    if a in AERIAL_TYPES and b in AERIAL_TYPES:
        return 0.5
    return None


def match_score(a: Candidate, b: Candidate) -> float | None:
    """How likely two candidates tell the same event; None when they cannot."""
    if a.article_id == b.article_id or a.date_start is None or b.date_start is None:
        return None
    if a.date_start > b.date_end or b.date_start > a.date_end:
        return None
    type_score = _type_score(a.incident_type, b.incident_type)
    place_score = _place_score(a.place, b.place)
    if type_score is None or place_score is None:
        return None
    if a.site_kind and b.site_kind and a.site_kind != b.site_kind:
        return None
    score = type_score + place_score
    if a.site_kind and a.site_kind == b.site_kind:
        score += 2.0
    killed_a, killed_b = _count(a.killed), _count(b.killed)
    same_toll = killed_a is not None and killed_a == killed_b and killed_a > 0
    if same_toll:
        score += 2.0
    # With no place on one side, only the same site or the same toll says it is one event.
    if (
        (a.place is None or b.place is None)
        and not same_toll
        and not (a.site_kind and a.site_kind == b.site_kind)
    ):
        return None
    return score


_EARTH_KM = 6371.0088


def _spot(place: dict | None) -> tuple[float, float, float, bool] | None:
    """Latitude, longitude (radians), cosine of latitude and whether a region: for places
    that _place_score compares by distance."""
    if place is None or place["kind"] == "country" or None in (place["lat"], place["lon"]):
        return None
    lat = math.radians(place["lat"])
    return lat, math.radians(place["lon"]), math.cos(lat), place["kind"] == "region"


def merge(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Clusters of candidates telling one event, best matches first."""
    parent = list(range(len(candidates)))
    articles = [{c.article_id} for c in candidates]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only candidates whose dates overlap can match (see match_score): swept in order of their
    # first day, each is compared with those that start before it ends, not with all (O(n²)).
    dated = sorted(
        (i for i, c in enumerate(candidates) if c.date_start is not None),
        key=lambda i: candidates[i].date_start,
    )
    # Nor can places farther apart than _place_score allows: a great-circle distance, with 1%
    # slack for the ellipsoid, rules them out before the costly geodesic.
    spots = [_spot(c.place) for c in candidates]
    pairs = []
    for n, i in enumerate(dated):
        end = candidates[i].date_end
        p = spots[i]
        for m in range(n + 1, len(dated)):
            j = dated[m]
            if candidates[j].date_start > end:
                break
            q = spots[j]
            if p is not None and q is not None:
                limit = REGION_MATCH_KM if p[3] or q[3] else CITY_MATCH_KM
                h = (
                    math.sin((q[0] - p[0]) / 2) ** 2
                    + p[2] * q[2] * math.sin((q[1] - p[1]) / 2) ** 2
                )
                if 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h))) > limit * 1.01 + 0.1:
                    continue
            first, second = min(i, j), max(i, j)
            score = match_score(candidates[first], candidates[second])
            if score is not None:
                pairs.append((score, first, second))
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        ri, rj = root(i), root(j)
        if ri != rj and not (articles[ri] & articles[rj]):
            parent[rj] = ri
            articles[ri] |= articles[rj]
    clusters: dict[int, list[Candidate]] = {}
    for i, candidate in enumerate(candidates):
        clusters.setdefault(root(i), []).append(candidate)
    return list(clusters.values())


PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}


def _combined_count(members: list[Candidate], attribute: str) -> tuple[int | None, bool, str]:
    """The most conservative figure of the sources, whether any reported one, and a note."""
    per_source = [_count(getattr(m, attribute)) for m in members]
    numbers = sorted({n for n in per_source if n is not None})
    mentioned = any(getattr(m, attribute) for m in members)
    note = ""
    if len(numbers) > 1:
        note = f"sources differ on {attribute}: {', '.join(map(str, numbers))}"
    return (numbers[0] if numbers else None), mentioned, note


def _geocode(place: dict, geocoder: Geocoder | None, cache_: dict) -> dict:
    """Coordinates through the geopy geocoder, falling back on the gazetteer's own."""
    if geocoder is None:
        return place
    query = (
        place["name"]
        if place["kind"] == "country"
        else f"{place['name']}, {country_name(place['country_code'])}"
    )
    if query not in cache_:
        cache_[query] = geocoder.geocode(query, exactly_one=True)
    location = cache_[query]
    if location is None:
        return place
    return {**place, "lat": float(location.latitude), "lon": float(location.longitude)}


def _date_label(start: dt.date, precision: str) -> str:
    if precision == "day":
        return f"{start.day} {start:%b %Y}"
    if precision == "week":
        return f"week of {start.day} {start:%b %Y}"
    if precision == "month":
        return f"{start:%B %Y}"
    return f"{start.year}"


def _casualty_text(count: int | None, mentioned: bool, word: str) -> str | None:
    if count is not None:
        return f"no one {word}" if count == 0 else f"{count} {word}"
    return f"{word}: reported, number not given" if mentioned else None


def _incident_row(members: list[Candidate], geocoder: Geocoder | None, cache_: dict) -> dict:
    dated = max(members, key=lambda m: PRECISION_RANK.get(m.date_precision or "", 0))
    placed = [m for m in members if m.place is not None]
    place = None
    if placed:
        best = max(placed, key=lambda m: (PLACE_RANK.get(m.place["kind"], 0), m.place_own))
        place = _geocode(best.place, geocoder, cache_)
    types = {m.incident_type for m in members}
    incident_type = next(t for t in TYPE_PRIORITY if t in types)
    site_kind = next((m.site_kind for m in members if m.site_kind), None)
    owner = next((m.site_owner for m in members if m.site_owner), None)
    site = f"{site_kind} of {owner}" if site_kind and owner else site_kind
    killed, killed_mentioned, killed_note = _combined_count(members, "killed")
    injured, injured_mentioned, injured_note = _combined_count(members, "injured")
    # "Nobody was hurt" says nobody died either.
    if injured == 0 and killed is None and not killed_mentioned:
        killed = 0
    countries = set().union(*(m.countries for m in members))
    if place:
        countries.add(place["country_code"])
    if owner in country_codes():
        # Whose embassy was hit is involved, even where a later sentence only says "the embassy".
        countries.add(country_codes()[owner])
    sources = sorted({m.article_id for m in members})
    languages = sorted({m.language for m in members})
    keys = sorted(f"{m.article_id}:{m.anchor}:{m.date_start}" for m in members)
    incident_id = hashlib.sha1("|".join(keys).encode()).hexdigest()[:12]

    where = ""
    if place:
        where = f" in {place['name']}"
        if place["kind"] != "country":
            where += f", {country_name(place['country_code'])}"
    what = incident_type[:1].upper() + incident_type[1:]
    if site:
        what += f" on the {site}"
    tolls = [
        t
        for t in (
            _casualty_text(killed, killed_mentioned, "killed"),
            _casualty_text(injured, injured_mentioned, "injured"),
        )
        if t
    ]
    notes = [n for n in (killed_note, injured_note) if n]
    summary = f"{what}{where}, {_date_label(dated.date_start, dated.date_precision)}"
    if tolls:
        summary += ": " + "; ".join(tolls)
    summary += f". {len(sources)} source{'s' if len(sources) > 1 else ''} ({', '.join(languages)})."
    if notes:
        summary += " Note: " + "; ".join(notes) + "."
    evidence = " | ".join(
        f"[{m.article_id}] {sentence}" for m in members for sentence in dict.fromkeys(m.sentences)
    )
    return {
        "incident_id": incident_id,
        "date_start": pd.Timestamp(dated.date_start),
        "date_end": pd.Timestamp(dated.date_end),
        "date_precision": dated.date_precision,
        "place": place["name"] if place else None,
        "country": country_name(place["country_code"]) if place else None,
        "country_code": place["country_code"] if place else None,
        "lat": place["lat"] if place else None,
        "lon": place["lon"] if place else None,
        "geo_precision": place["kind"] if place else None,
        "site": site,
        "incident_type": incident_type,
        "killed": killed,
        "injured": injured,
        "countries_involved": ";".join(sorted(countries)),
        "sources": ";".join(sources),
        "languages": ";".join(languages),
        "summary": summary,
        "evidence": evidence,
    }


def build_incidents(
    articles: pd.DataFrame, mentions: pd.DataFrame, *, geocoder: Geocoder | None = None
) -> pd.DataFrame:
    """The incidents table: one row per event, every source article listed."""
    clusters = merge(article_candidates(articles, mentions))
    return sort_incidents(schema.frame("incidents", incident_rows(clusters, geocoder=geocoder)))


def incident_rows(
    clusters: list[list[Candidate]], *, geocoder: Geocoder | None = None
) -> list[dict]:
    """One incidents-table record per cluster, in the clusters' order."""
    cache_: dict = {}
    return [_incident_row(members, geocoder, cache_) for members in clusters]


def sort_incidents(table: pd.DataFrame) -> pd.DataFrame:
    """The incidents table's order: by date, then place; undated and unplaced last."""
    return table.sort_values(["date_start", "place"], na_position="last").reset_index(drop=True)
