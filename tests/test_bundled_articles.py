"""Acceptance on the two bundled articles: what the product promises an analyst on them."""

from pathlib import Path

import pandas as pd
import pytest

from components.extraction import extract_mentions
from components.geocoding import make_geocoder
from components.incidents import article_candidates, build_incidents
from components.loading import load_paths

pytestmark = pytest.mark.slow

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.fixture(scope="module")
def tables(gazetteer, pipelines):
    articles = load_paths([ARTICLES])
    mentions = extract_mentions(articles, pipelines)
    incidents = build_incidents(articles, mentions, geocoder=make_geocoder(gazetteer, online=False))
    return articles, mentions, incidents


def language_of(articles, lang):
    return articles.loc[articles["language"] == lang, "article_id"].item()


def values(mentions, article_id, kind):
    rows = mentions[(mentions["article_id"] == article_id) & (mentions["kind"] == kind)]
    return rows


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ro", "vineri", "2025-11-14"),
        ("ro", "ianuarie 2024", "2024-01"),
        ("ro", "august 2025", "2025-08"),
        ("ro", "martie 2022", "2022-03"),
        ("ro", "decembrie anul trecut", "2024-12"),
        ("ro", "luna trecută", "2025-10"),
        ("hu", "pénteken", "2025-11-14"),
        ("hu", "tavaly karácsonykor", "2024-12-25"),
    ],
)
def test_dates(tables, lang, text, value):
    articles, mentions, _ = tables
    dates = values(mentions, language_of(articles, lang), "date")
    assert value in set(dates.loc[dates["text"].str.lower() == text, "value"])


@pytest.mark.parametrize(
    ("lang", "casualty_type", "count"),
    [
        ("ro", "killed", 38),
        ("hu", "killed", 38),
        ("hu", "injured", 11),
        ("hu", "injured", 0),
        ("ro", "injured", 0),
        ("hu", "killed", 2),
    ],
)
def test_casualties(tables, lang, casualty_type, count):
    articles, mentions, _ = tables
    facts = values(mentions, language_of(articles, lang), "casualty")
    assert count in set(facts.loc[facts["casualty_type"] == casualty_type, "count"].dropna())


def test_places_resolved_and_outlets_are_not_places(tables):
    _, mentions, _ = tables
    places = mentions[mentions["kind"] == "place"]
    assert {"Kyiv", "Kharkiv", "Baku", "Kazakhstan", "Grozny"} <= set(places["place_name"])
    assert places["place_name"].str.startswith("Odesa").any()
    assert places[["lat", "lon"]].notna().all().all()
    assert not places["text"].str.contains("Reuters|Haber").any()


def find(incidents, *, month, place, site=None):
    rows = incidents[
        (incidents["date_start"].dt.strftime("%Y-%m") == month)
        & (incidents["place"].fillna("").str.startswith(place))
    ]
    if site:
        rows = rows[rows["site"].fillna("").str.contains(site)]
    assert len(rows) == 1, incidents[["date_start", "place", "site"]]
    return rows.iloc[0]


def test_incidents(tables):
    articles, _, incidents = tables
    both = ";".join(sorted(articles["article_id"]))
    find(incidents, month="2022-03", place="Kharkiv", site="consulate")
    find(incidents, month="2024-01", place="Kyiv", site="embassy")
    find(incidents, month="2025-08", place="Kyiv", site="embassy")
    depot = find(incidents, month="2025-08", place="Odesa", site="fuel depot")
    assert depot["incident_type"] == "drone strike"
    assert "injured: reported" in depot["summary"]
    embassy = find(incidents, month="2025-11", place="Kyiv", site="embassy of Azerbaijan")
    assert embassy["date_start"] == pd.Timestamp("2025-11-14")
    assert embassy["incident_type"] == "missile strike"
    assert embassy["injured"] == 0
    assert embassy["sources"] == both
    crash = find(incidents, month="2024-12", place="Kazakhstan")
    assert crash["date_start"] == pd.Timestamp("2024-12-25")
    assert crash["killed"] == 38
    assert crash["sources"] == both
    assert (incidents["date_end"] <= pd.Timestamp("2025-11-14")).all()
    assert {"AZ", "RU", "UA"} <= set(embassy["countries_involved"].split(";"))


def test_candidates_do_not_depend_on_how_the_mentions_are_stored(tables):
    # The store's workers hand over plain-object frames, the dashboard arrow-backed ones.
    articles, mentions, _ = tables
    arrow = article_candidates(articles, mentions)
    plain = article_candidates(articles, mentions.astype(object))
    assert len(arrow) >= 6
    assert arrow == plain
