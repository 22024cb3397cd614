"""Merging incidents across articles: which merges to make and which never to make."""

import datetime as dt

import pytest

from components.incidents import Candidate, match_score, merge

KHARKIV = {"name": "Kharkiv", "kind": "city", "country_code": "UA", "lat": 49.98, "lon": 36.25}
# A northern district of Kharkiv, a few km from the centre.
SALTIVKA = {"name": "Saltivka", "kind": "city", "country_code": "UA", "lat": 50.02, "lon": 36.33}
DNIPRO = {"name": "Dnipro", "kind": "city", "country_code": "UA", "lat": 48.45, "lon": 34.98}
UKRAINE = {"name": "Ukraine", "kind": "country", "country_code": "UA", "lat": 49.0, "lon": 32.0}
LEBANON = {"name": "Lebanon", "kind": "country", "country_code": "LB", "lat": 33.8, "lon": 35.8}


def candidate(article, day, place, kind="missile strike", *, month=False, killed=(), site=None):
    if month:
        start = dt.date(day.year, day.month, 1)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        precision = "month"
    else:
        start = end = day
        precision = "day"
    return Candidate(
        article_id=article,
        language="en",
        anchor=0,
        paragraph=0,
        date_start=start,
        date_end=end,
        date_precision=precision,
        place=place,
        types={kind},
        killed=list(killed),
        site_kind=site,
    )


DAY = dt.date(2024, 5, 25)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (candidate("ro1", DAY, KHARKIV), candidate("hu1", DAY, KHARKIV)),
        (candidate("ro1", DAY, KHARKIV), candidate("en1", DAY, SALTIVKA)),
        (candidate("ro1", DAY, KHARKIV, month=True), candidate("hu1", DAY, KHARKIV)),
        (candidate("ro1", DAY, KHARKIV, "other attack"), candidate("hu1", DAY, KHARKIV)),
        (candidate("ro1", DAY, UKRAINE), candidate("hu1", DAY, KHARKIV)),
        (
            candidate("ro1", DAY, None, "aircraft crash/shoot-down", month=True, killed=[12]),
            candidate("hu1", DAY, LEBANON, "aircraft crash/shoot-down", killed=[12]),
        ),
        (
            candidate("ro1", DAY, None, site="hospital"),
            candidate("en1", DAY, KHARKIV, site="hospital"),
        ),
    ],
)
def test_same_event_merges(a, b):
    assert match_score(a, b) is not None
    clusters = merge([a, b])
    assert len(clusters) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # same city, different days
        (candidate("ro1", DAY, KHARKIV), candidate("hu1", DAY + dt.timedelta(days=1), KHARKIV)),
        # same day, different cities
        (candidate("ro1", DAY, KHARKIV), candidate("hu1", DAY, DNIPRO)),
        # a month that does not contain the day
        (
            candidate("ro1", DAY, KHARKIV, month=True),
            candidate("hu1", dt.date(2024, 6, 2), KHARKIV),
        ),
        # incompatible types
        (
            candidate("ro1", DAY, KHARKIV),
            candidate("hu1", DAY, KHARKIV, "aircraft crash/shoot-down"),
        ),
        # different sites hit in one city
        (
            candidate("ro1", DAY, KHARKIV, site="hospital"),
            candidate("hu1", DAY, KHARKIV, site="school"),
        ),
        # no place on one side and nothing else in common
        (candidate("ro1", DAY, None), candidate("hu1", DAY, KHARKIV)),
        # different countries
        (candidate("ro1", DAY, UKRAINE), candidate("hu1", DAY, LEBANON)),
        # one article's incidents are never merged with each other
        (candidate("ro1", DAY, KHARKIV), candidate("ro1", DAY, KHARKIV)),
    ],
)
def test_different_events_stay_apart(a, b):
    assert match_score(a, b) is None
    assert len(merge([a, b])) == 2


def test_an_article_contributes_at_most_one_incident_to_a_cluster():
    first = candidate("ro1", DAY, KHARKIV, site="hospital")
    second = candidate("ro1", DAY, KHARKIV)
    other = candidate("hu1", DAY, KHARKIV, site="hospital")
    clusters = merge([first, second, other])
    assert sorted(len(c) for c in clusters) == [1, 2]
    pair = next(c for c in clusters if len(c) == 2)
    assert {c.site_kind for c in pair} == {"hospital"}
