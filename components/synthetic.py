"""Synthetic incident tables for benchmarks and demos (no real events)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from components import schema

# name, ISO code, country name, lat, lon, geo precision
_PLACES: tuple[tuple[str, str, str, float, float, str], ...] = (
    ("Kyiv", "UA", "Ukraine", 50.4501, 30.5234, "city"),
    ("Kharkiv", "UA", "Ukraine", 49.9935, 36.2304, "city"),
    ("Odesa", "UA", "Ukraine", 46.4825, 30.7233, "city"),
    ("Lviv", "UA", "Ukraine", 49.8397, 24.0297, "city"),
    ("Dnipro", "UA", "Ukraine", 48.4647, 35.0462, "city"),
    ("Zaporizhzhia", "UA", "Ukraine", 47.8388, 35.1396, "city"),
    ("Sumy Oblast", "UA", "Ukraine", 50.9077, 34.7981, "region"),
    ("Ukraine", "UA", "Ukraine", 48.3794, 31.1656, "country"),
    ("Belgorod", "RU", "Russia", 50.5997, 36.5983, "city"),
    ("Kursk", "RU", "Russia", 51.7304, 36.1926, "city"),
    ("Bryansk Oblast", "RU", "Russia", 52.8873, 33.4158, "region"),
    ("Galați", "RO", "Romania", 45.4353, 28.0080, "city"),
    ("Tulcea", "RO", "Romania", 45.1716, 28.7914, "city"),
    ("Constanța", "RO", "Romania", 44.1598, 28.6348, "city"),
    ("Romania", "RO", "Romania", 45.9432, 24.9668, "country"),
    ("Chișinău", "MD", "Moldova", 47.0105, 28.8638, "city"),
    ("Moldova", "MD", "Moldova", 47.4116, 28.3699, "country"),
    ("Debrecen", "HU", "Hungary", 47.5316, 21.6273, "city"),
    ("Rzeszów", "PL", "Poland", 50.0412, 21.9991, "city"),
    ("Przewodów", "PL", "Poland", 50.4667, 23.9167, "city"),
    ("Samsun", "TR", "Türkiye", 41.2867, 36.33, "city"),
    ("Baku", "AZ", "Azerbaijan", 40.4093, 49.8671, "city"),
)
_TYPES = (
    "missile strike",
    "drone strike",
    "air strike",
    "shelling",
    "aircraft crash/shoot-down",
    "explosion",
    "other attack",
    "diplomatic",
)
_SITES = ("embassy", "power plant", "fuel depot", "apartment block", "railway station", "port")
_LANGUAGES = ("ro", "hu", "en", "tr", "ru", "uk")
_INVOLVED = ("RU", "UA", "BY", "IR", "AZ", "US")


def synthetic_incidents(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` plausible incidents (schema ``incidents``), the same for the same seed.

    Places repeat (many incidents per city), a quarter of the dates are months, about a third
    of the counts are not reported and some are zero.
    """
    rng = np.random.default_rng(seed)
    places = pd.DataFrame(_PLACES, columns=["place", "code", "country", "lat", "lon", "geo"])
    where = places.iloc[rng.integers(0, len(places), n)].reset_index(drop=True)

    day0 = np.datetime64("2022-02-01")
    start = day0 + rng.integers(0, 4 * 365, n).astype("timedelta64[D]")
    monthly = rng.random(n) < 0.25
    start = np.where(monthly, start.astype("datetime64[M]").astype("datetime64[D]"), start)
    month_end = (start.astype("datetime64[M]") + 1).astype("datetime64[D]") - 1
    end = np.where(monthly, month_end, start)

    with_site = rng.random(n) < 0.4
    site = np.where(with_site, np.asarray(_SITES)[rng.integers(0, len(_SITES), n)], None)
    exact = with_site & where["geo"].eq("city").to_numpy()
    # A named site sits a few kilometres from the city centre.
    lat = where["lat"].to_numpy() + np.where(exact, rng.normal(0, 0.03, n), 0.0)
    lon = where["lon"].to_numpy() + np.where(exact, rng.normal(0, 0.03, n), 0.0)
    geo = np.where(exact, "site", where["geo"].to_numpy())

    killed = _counts(rng, n, 0.35, 3.0)
    injured = _counts(rng, n, 0.3, 8.0)

    partner = np.asarray(_INVOLVED)[rng.integers(0, len(_INVOLVED), n)]
    code = where["code"].to_numpy()
    involved = np.where(
        partner == code, code, np.char.add(np.char.add(code.astype(str), ";"), partner)
    )

    n_sources = rng.integers(1, 4, n)
    first = rng.integers(0, max(n // 2, 1), n)
    sources = [
        ";".join(f"art-{k:05d}" for k in range(f, f + s))
        for f, s in zip(first, n_sources, strict=True)
    ]
    langs = np.asarray(_LANGUAGES)
    languages = [
        ";".join(sorted({langs[(f + j) % len(langs)] for j in range(s)}))
        for f, s in zip(first, n_sources, strict=True)
    ]
    kinds = np.asarray(_TYPES)[rng.integers(0, len(_TYPES), n)]
    ids = [f"inc-{seed:03d}-{i:06d}" for i in range(n)]
    summary = [
        f"{kind} reported in {place}" for kind, place in zip(kinds, where["place"], strict=True)
    ]
    data = pd.DataFrame(
        {
            "incident_id": ids,
            "date_start": start,
            "date_end": end,
            "date_precision": np.where(monthly, "month", "day"),
            "place": where["place"],
            "country": where["country"],
            "country_code": code,
            "lat": lat,
            "lon": lon,
            "geo_precision": geo,
            "site": site,
            "incident_type": kinds,
            "killed": killed,
            "injured": injured,
            "countries_involved": involved,
            "sources": sources,
            "languages": languages,
            "summary": summary,
            "evidence": summary,
        }
    )
    return schema.conform("incidents", data)


def _counts(rng: np.random.Generator, n: int, missing: float, mean: float) -> pd.Series:
    values = pd.Series(rng.poisson(mean, n) * (rng.random(n) < 0.7), dtype="Int64")
    return values.mask(rng.random(n) < missing)
