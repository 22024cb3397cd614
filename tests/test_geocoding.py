"""Geocoders: offline over a small gazetteer, the cached online one with a fake service."""

from __future__ import annotations

import json

import pytest
from geopy.location import Location
from geopy.point import Point

from components import geocoding
from components.facts import Place
from components.gazetteer import Gazetteer
from components.geocoding import (
    CachedGeocoder,
    ChainedGeocoder,
    OfflineGeocoder,
    distance_km,
    make_geocoder,
    online_enabled,
)


def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [
            Place("Ukraine", "UA", 49.0, 31.4, "country", 40_000_000, 690791),
            Place("United States", "US", 39.8, -98.6, "country", 330_000_000, 6252001),
            Place("Odesa region", "UA", 46.7, 30.2, "region", 2_400_000, None, "Odesa region"),
            Place("Odesa", "UA", 46.48, 30.73, "city", 1_010_000, 698740, "Odesa region"),
            Place("Izmail", "UA", 45.35, 28.84, "city", 70_000, 707292, "Odesa region"),
            Place("Odessa", "US", 31.85, -102.37, "city", 114_000, 5527554),
            Place("Kyiv", "UA", 50.45, 30.52, "city", 2_950_000, 703448),
        ],
        names={"Odesa": ["Odessa", "Odessza"], "Kyiv": ["Kiev", "Kijev"]},
    )


class FakeOnline:
    """Stands in for Nominatim: answers from a dict and counts the questions."""

    def __init__(self, answers: dict[str, tuple[float, float, str]]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, dict]] = []

    def geocode(self, query: str, **kwargs):
        self.asked.append((query, kwargs))
        if query not in self.answers:
            return None if kwargs.get("exactly_one", True) else []
        lat, lon, code = self.answers[query]
        raw = {
            "name": query,
            "addresstype": "village",
            "address": {"country_code": code.lower()},
        }
        location = Location(f"{query}, somewhere", Point(lat, lon), raw)
        return location if kwargs.get("exactly_one", True) else [location]


def test_offline_geocode_returns_geopy_locations() -> None:
    geocoder = OfflineGeocoder(_gazetteer())
    location = geocoder.geocode("Kijev")
    assert isinstance(location, Location)
    assert location.address == "Kyiv, Ukraine"
    assert (round(location.latitude, 2), round(location.longitude, 2)) == (50.45, 30.52)
    assert location.raw["country_code"] == "UA"
    assert location.raw["kind"] == "city"
    assert location.raw["population"] == 2_950_000
    assert geocoder.geocode("Atlantis") is None


def test_offline_geocode_ranks_and_filters_by_country() -> None:
    geocoder = OfflineGeocoder(_gazetteer())
    every = geocoder.geocode("Odessa", exactly_one=False)
    assert [loc.raw["country_code"] for loc in every] == ["UA", "US"]
    assert geocoder.geocode("Odessa", country_codes="us").raw["country_code"] == "US"
    assert geocoder.geocode("Odessa", country_codes=["US", "CA"]).latitude == pytest.approx(31.85)
    assert geocoder.geocode("Odessa, US").raw["country_code"] == "US"
    assert geocoder.geocode("Odessa", country_codes=["PL"]) is None
    assert len(geocoder.geocode("Odessa", exactly_one=False, limit=1)) == 1


def test_offline_geocode_regions_and_countries() -> None:
    geocoder = OfflineGeocoder(_gazetteer())
    region = geocoder.geocode("Odesa region")
    assert region.raw["kind"] == "region"
    assert geocoder.geocode("regiunea Odesa").raw["name"] == "Odesa region"
    country = geocoder.geocode("Ukraine")
    assert (country.raw["kind"], country.address) == ("country", "Ukraine")


def test_offline_reverse_finds_the_nearest_town() -> None:
    geocoder = OfflineGeocoder(_gazetteer())
    location = geocoder.reverse("45.40, 28.90")
    assert location.raw["name"] == "Izmail"
    assert 0 < location.raw["distance_km"] < 10
    assert geocoder.reverse((50.4, 30.6)).raw["name"] == "Kyiv"


def test_distance_km() -> None:
    g = _gazetteer()
    kyiv, odesa = g.candidates("Kyiv")[0], g.candidates("Odesa")[0]
    assert distance_km(kyiv, odesa) == pytest.approx(442, abs=10)
    assert distance_km((50.45, 30.52), (50.45, 30.52)) == 0
    assert distance_km(OfflineGeocoder(g).geocode("Kiev"), kyiv) == pytest.approx(0, abs=0.01)


def test_chained_asks_online_only_on_a_miss_and_caches(tmp_path) -> None:
    fake = FakeOnline({"Velyka Novosilka": (47.84, 36.83, "UA")})
    cache = tmp_path / "online.json"
    chained = ChainedGeocoder(OfflineGeocoder(_gazetteer()), CachedGeocoder(fake.geocode, cache))

    assert chained.geocode("Kyiv").raw["source"] == "gazetteer"
    assert fake.asked == []  # known offline: the service is not asked

    found = chained.geocode("Velyka Novosilka")
    assert found.raw["country_code"] == "UA"
    assert found.raw["kind"] == "city"
    assert found.raw["source"] == "nominatim"
    assert (found.latitude, found.longitude) == (47.84, 36.83)
    assert len(fake.asked) == 1

    assert chained.geocode("Velyka Novosilka").latitude == 47.84
    assert chained.geocode("Nowhere at all") is None
    assert chained.geocode("Nowhere at all") is None
    assert [q for q, _ in fake.asked] == ["Velyka Novosilka", "Nowhere at all"]

    # The cache is on disk: a new geocoder over the same file asks nothing.
    again = CachedGeocoder(fake.geocode, cache)
    assert again.geocode("Velyka Novosilka").raw["country_code"] == "UA"
    assert len(fake.asked) == 2
    assert json.loads(cache.read_text(encoding="utf-8"))
    assert not list(tmp_path.glob("*.tmp"))


def test_cached_geocoder_passes_country_codes(tmp_path) -> None:
    fake = FakeOnline({"Borova": (49.37, 37.62, "UA")})
    cached = CachedGeocoder(fake.geocode, tmp_path / "c.json")
    cached.geocode("Borova", country_codes=["UA"])
    assert fake.asked[0][1]["country_codes"] == ["ua"]
    cached.geocode("Borova")  # another question: no country filter
    assert len(fake.asked) == 2


def test_online_is_off_unless_asked(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(geocoding.ONLINE_ENV, raising=False)
    assert online_enabled() is False
    assert make_geocoder(_gazetteer()).online is None
    monkeypatch.setenv(geocoding.ONLINE_ENV, "1")
    assert online_enabled() is True
    assert online_enabled(False) is False

    built = []

    def fake_online_geocoder(*, cache_path=None):
        built.append(cache_path)
        return CachedGeocoder(FakeOnline({}).geocode, tmp_path / "x.json")

    monkeypatch.setattr(geocoding, "online_geocoder", fake_online_geocoder)
    chained = make_geocoder(_gazetteer(), cache_path=tmp_path / "x.json")
    assert chained.online is not None and built == [tmp_path / "x.json"]


def test_online_geocoder_is_rate_limited_and_cached(tmp_path) -> None:
    # Built for real, but never asked: no network in tests.
    online = geocoding.online_geocoder(cache_path=tmp_path / "n.json", min_delay_seconds=1.0)
    assert isinstance(online, CachedGeocoder)
    assert online.cache_path == tmp_path / "n.json"
    limiter = online._geocode
    assert limiter.min_delay_seconds == 1.0
    assert "Nominatim" in type(limiter.func.__self__).__name__
