"""Geocoders with geopy's interface: offline over the gazetteer, online (Nominatim) on demand.

The offline geocoder answers from :class:`Gazetteer`; the online one asks OpenStreetMap's
Nominatim at most once a second and keeps every answer (also "not found") in a JSON file, so a
name is asked once. :class:`ChainedGeocoder` asks the online geocoder only for names the
gazetteer lacks. Online lookups are off unless asked for (``online=True`` or the environment
variable ``INCIDENTS_ONLINE_GEOCODER=1``).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from geopy.distance import distance
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from components import settings
from components.facts import Place
from components.gazetteer import Gazetteer
from components.settings import ONLINE_ENV, online_enabled  # noqa: F401  (re-exported)

USER_AGENT = "incident-dashboard"


class GeocoderLike(Protocol):
    """What the chained geocoder needs of a geocoder."""

    def geocode(
        self, query: str, *, exactly_one: bool = True, country_codes: Any = None
    ) -> Location | list[Location] | None: ...


def place_location(place: Place, gazetteer: Gazetteer | None = None) -> Location:
    """A geopy Location of a gazetteer place; ``raw`` keeps what the map and tables need."""
    country = None
    if gazetteer is not None and place.kind != "country":
        try:
            country = gazetteer.country(place.country_code).name
        except KeyError:
            country = None
    address = ", ".join(part for part in (place.name, country) if part)
    raw = {
        "name": place.name,
        "country_code": place.country_code,
        "kind": place.kind,
        "population": place.population,
        "geonameid": place.geonameid,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "source": "gazetteer",
    }
    return Location(address, Point(place.lat, place.lon), raw)


def _codes(country_codes: str | Iterable[str] | None) -> set[str] | None:
    if country_codes is None:
        return None
    if isinstance(country_codes, str):
        country_codes = [country_codes]
    return {code.upper() for code in country_codes}


class OfflineGeocoder(Geocoder):
    """geopy geocoder over the gazetteer: no network, instant answers."""

    def __init__(self, gazetteer: Gazetteer, **kwargs: Any) -> None:
        super().__init__(user_agent=kwargs.pop("user_agent", USER_AGENT), **kwargs)
        self.gazetteer = gazetteer

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        limit: int | None = None,
        **_: Any,
    ) -> Location | list[Location] | None:
        """Places for "Kyiv", "Kyiv, Ukraine", "Odesa region"; best first."""
        places = self.gazetteer.search(query)
        codes = _codes(country_codes)
        if codes is not None:
            places = [p for p in places if p.country_code in codes]
        if not places:
            return None
        locations = [place_location(p, self.gazetteer) for p in places]
        if exactly_one:
            return locations[0]
        return locations[:limit] if limit else locations

    def reverse(
        self, query: Any, *, exactly_one: bool = True, **_: Any
    ) -> Location | list[Location] | None:
        """The nearest town to a point ("lat, lon", a Point or a pair)."""
        point = Point(query)
        place = self.gazetteer.nearest(point.latitude, point.longitude)
        if place is None:
            return None
        location = place_location(place, self.gazetteer)
        location.raw["distance_km"] = distance_km(point, place)
        return location if exactly_one else [location]


class CachedGeocoder:
    """Any geocoder's answers kept in a JSON file: each query is asked once, ever."""

    def __init__(self, geocode: Callable[..., Any], cache_path: Path) -> None:
        self._geocode = geocode
        self.cache_path = Path(cache_path)
        self._cache: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _write(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", dir=self.cache_path.parent, suffix=".tmp", delete=False, encoding="utf-8"
        ) as handle:
            json.dump(self._cache, handle, ensure_ascii=False, indent=0)
            tmp = Path(handle.name)
        try:
            os.replace(tmp, self.cache_path)
        finally:
            tmp.unlink(missing_ok=True)

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
    ) -> Location | list[Location] | None:
        codes = _codes(country_codes)
        key = json.dumps([query.strip().casefold(), sorted(codes) if codes else None])
        if key not in self._cache:
            kwargs: dict[str, Any] = {"exactly_one": False, "addressdetails": True}
            if codes:
                kwargs["country_codes"] = sorted(c.lower() for c in codes)
            found = self._geocode(query, **kwargs) or []
            if isinstance(found, Location):
                found = [found]
            self._cache[key] = [_to_json(location) for location in found]
            self._write()
        locations = [_from_json(item) for item in self._cache[key]]
        if not locations:
            return None
        return locations[0] if exactly_one else locations


def _kind_of(raw: dict[str, Any]) -> str:
    """Our place kind from a Nominatim answer."""
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    if kind == "country":
        return "country"
    if kind in ("state", "region", "province", "county", "state_district"):
        return "region"
    return "city"


def _to_json(location: Location) -> dict[str, Any]:
    raw = dict(location.raw or {})
    address = raw.get("address") or {}
    country_code = raw.get("country_code") or address.get("country_code") or ""
    return {
        "address": location.address,
        "lat": location.latitude,
        "lon": location.longitude,
        "raw": {
            "name": raw.get("name") or (location.address or "").split(",")[0],
            "country_code": str(country_code).upper(),
            "kind": raw.get("kind") or _kind_of(raw),
            "population": raw.get("population"),
            "source": raw.get("source") or "nominatim",
        },
    }


def _from_json(item: dict[str, Any]) -> Location:
    raw = dict(item["raw"], lat=item["lat"], lon=item["lon"])
    return Location(item["address"], Point(item["lat"], item["lon"]), raw)


def default_online_cache() -> Path:
    directory = settings.cache_dir()
    return directory / "nominatim.json"


def online_geocoder(
    *,
    user_agent: str = USER_AGENT,
    cache_path: Path | None = None,
    min_delay_seconds: float = 1.0,
) -> CachedGeocoder:
    """Nominatim, at most one request a second, every answer cached on disk."""
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    nominatim = Nominatim(user_agent=user_agent)
    limited = RateLimiter(nominatim.geocode, min_delay_seconds=min_delay_seconds)
    return CachedGeocoder(limited, cache_path or default_online_cache())


class ChainedGeocoder:
    """The gazetteer first; the online geocoder only for names it lacks."""

    def __init__(self, offline: OfflineGeocoder, online: GeocoderLike | None = None) -> None:
        self.offline = offline
        self.online = online

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Sequence[str] | None = None,
    ) -> Location | list[Location] | None:
        found = self.offline.geocode(query, exactly_one=exactly_one, country_codes=country_codes)
        if found is None and self.online is not None:
            found = self.online.geocode(query, exactly_one=exactly_one, country_codes=country_codes)
        return found


def make_geocoder(
    gazetteer: Gazetteer,
    *,
    online: bool | None = None,
    cache_path: Path | None = None,
) -> ChainedGeocoder:
    """The geocoder the app uses: offline, plus Nominatim when configured."""
    remote = online_geocoder(cache_path=cache_path) if online_enabled(online) else None
    return ChainedGeocoder(OfflineGeocoder(gazetteer), remote)


def _point(value: Place | Location | Point | Sequence[float]) -> Point:
    if isinstance(value, Place):
        return Point(value.lat, value.lon)
    if isinstance(value, Location):
        return value.point
    return Point(value)


def distance_km(
    a: Place | Location | Point | Sequence[float], b: Place | Location | Point | Sequence[float]
) -> float:
    """Geodesic distance in kilometres between places, locations or (lat, lon) pairs."""
    return distance(_point(a), _point(b)).km
