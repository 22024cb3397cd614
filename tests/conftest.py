"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from components import schema


@pytest.fixture
def sample_incidents() -> pd.DataFrame:
    """Ten made-up incidents: several countries, day/month/year dates, NA and 0 counts,
    three at the same Kharkiv coordinates, one without coordinates, one undated."""

    def row(ident, start, end, precision, place, country, code, lat, lon, geo, **rest):
        return {
            "incident_id": ident,
            "date_start": start,
            "date_end": end,
            "date_precision": precision,
            "place": place,
            "country": country,
            "country_code": code,
            "lat": lat,
            "lon": lon,
            "geo_precision": geo,
            **rest,
        }

    ua, kharkiv = ("Ukraine", "UA"), (49.9935, 36.2304, "city")
    records = [
        row("inc-a", "2024-03-15", "2024-03-15", "day", "Kharkiv", *ua, *kharkiv,
            incident_type="missile strike", killed=3, injured=12, countries_involved="UA;RU",
            sources="a1;a2", languages="en;uk", summary="Missile hit a school in Kharkiv."),
        row("inc-b", "2024-03-01", "2024-03-31", "month", "Kharkiv", *ua, *kharkiv,
            incident_type="drone strike", killed=None, injured=0, countries_involved="UA;RU",
            sources="a3", languages="ro", summary="Drones over Kharkiv in March."),
        row("inc-c", "2024-03-20", "2024-03-20", "day", "Kharkiv", *ua, *kharkiv,
            incident_type="shelling", killed=0, injured=0, countries_involved="UA",
            sources="a3;a4", languages="hu", summary="Shells <fell> on a market & a road."),
        row("inc-d", "2024-02-01", "2024-02-29", "month", "Galați", "Romania", "RO",
            45.4353, 28.008, "city", incident_type="drone strike", countries_involved="RO;RU",
            sources="a5", languages="ro", summary="Drone debris found near Galați."),
        row("inc-e", "2023-11-05", "2023-11-05", "day", "Rzeszów", "Poland", "PL",
            50.11, 22.02, "site", site="airport", incident_type="aircraft crash/shoot-down",
            killed=2, countries_involved="PL", sources="a6", languages="en"),
        row("inc-f", "2024-04-02", "2024-04-02", "day", "Türkiye", "Türkiye", "TR",
            38.96, 35.24, "country", incident_type="diplomatic", countries_involved="TR;AZ",
            sources="a7", languages="tr"),
        row("inc-g", "2024-01-01", "2024-01-31", "month", "Kyiv", *ua, 50.4501, 30.5234,
            "site", site="embassy", incident_type="missile strike", killed=0,
            countries_involved="UA;AZ;RU", sources="a8", languages="ro;en"),
        row("inc-h", "2024-03-28", "2024-03-28", "day", "Donetsk Oblast", *ua, None, None,
            "region", incident_type="shelling", killed=5, injured=9, countries_involved="UA",
            sources="a9", languages="uk"),
        row("inc-i", None, None, None, "Moldova", "Moldova", "MD", 47.41, 28.37, "country",
            incident_type="explosion", killed=1, countries_involved="MD", sources="a10",
            languages="ro"),
        row("inc-j", "2023-01-01", "2023-12-31", "year", "Belgorod", "Russia", "RU",
            50.5997, 36.5983, "city", incident_type="explosion", killed=1, injured=4,
            countries_involved="RU", sources="a30", languages="ru"),
    ]  # fmt: skip
    return schema.frame("incidents", records)


@pytest.fixture(autouse=True, scope="session")
def _own_store(tmp_path_factory: pytest.TempPathFactory):
    """No test, nor a server or command it starts, reads or writes the repository's store."""
    patch = pytest.MonkeyPatch()
    patch.setenv("INCIDENTS_DB", str(tmp_path_factory.mktemp("store") / "incidents.duckdb"))
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _own_kept_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Results the page keeps on disk stay with the test that made them: a test that patches
    a module's constants must not be shown another test's charts."""
    monkeypatch.setenv("INCIDENTS_KEPT_DIR", str(tmp_path / "kept"))


@pytest.fixture(scope="session")
def gazetteer():
    """The full bundled gazetteer, built once and then loaded from its disk cache."""
    from components.gazetteer import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def pipelines(gazetteer):
    from components.pipeline import Pipelines

    return Pipelines(gazetteer)


@pytest.fixture(scope="session")
def bundled_articles_dir(tmp_path_factory: pytest.TempPathFactory):
    """A copy of ``data/articles`` (without earlier uploads), so uploads in tests stay there."""
    import shutil
    from pathlib import Path

    source = Path(__file__).resolve().parent.parent / "data" / "articles"
    target = tmp_path_factory.mktemp("corpus") / "articles"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("uploads", ".*"))
    return target
