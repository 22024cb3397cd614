"""Analyst corrections: applied as a pure function, keyed by member keys, revertible."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from components import corrections, schema
from components.corrections import CORRECTED, MEMBERS, apply_corrections, make, unapplied

AT = dt.datetime(2025, 5, 1, 12, 0)


def _incident(members: dict[str, str], **fields) -> dict:
    keys = sorted(members)
    articles = sorted({k.rsplit(":", 2)[0] for k in keys})
    return {
        "incident_id": corrections.incident_id(keys),
        "date_start": "2024-06-03",
        "date_end": "2024-06-03",
        "date_precision": "day",
        "place": "Poltava",
        "country": "Ukraine",
        "country_code": "UA",
        "lat": 49.59,
        "lon": 34.55,
        "geo_precision": "city",
        "incident_type": "missile strike",
        "killed": 4,
        "injured": 9,
        "countries_involved": "RU;UA",
        "sources": ";".join(articles),
        "languages": ";".join(sorted(set(members.values()))),
        "summary": "Missile strike in Poltava, Ukraine, 3 Jun 2024.",
        "evidence": " | ".join(f"[{a}] A sentence of {a}." for a in articles),
        MEMBERS: corrections.dump_members(members),
        **fields,
    }


def _table(*rows: dict) -> pd.DataFrame:
    members = [r[MEMBERS] for r in rows]
    table = schema.frame("incidents", [{k: v for k, v in r.items() if k != MEMBERS} for r in rows])
    table[MEMBERS] = pd.array(members, dtype="string")
    return table


@pytest.fixture
def incidents() -> pd.DataFrame:
    return _table(
        _incident({"w1:0:2024-06-03": "en", "w2:40:2024-06-03": "ro"}),
        _incident(
            {"w3:12:2024-06-04": "hu"},
            date_start="2024-06-04",
            date_end="2024-06-04",
            place="Sumy",
            lat=50.91,
            lon=34.8,
            incident_type="drone strike",
            killed=None,
            injured=2,
        ),
    )


def _fix(table: pd.DataFrame, row: int, field: str, value, *, minutes: int = 0, **extra):
    record = make(
        table.iloc[row].to_dict(),
        field,
        value,
        author="analyst",
        at=AT + dt.timedelta(minutes=minutes),
    )
    return {**record, "correction_id": minutes + 1, **extra}


def test_edit_counts_marks_field_and_keeps_input(incidents):
    before = incidents.copy()
    fix = _fix(incidents, 0, "killed", 6)
    out = apply_corrections(incidents, [fix])
    pd.testing.assert_frame_equal(incidents, before)  # pure
    assert out.loc[0, "killed"] == 6
    assert out.loc[0, CORRECTED] == "killed"
    assert out.loc[1, CORRECTED] == ""
    assert "killed 6 (extracted: 4)" in out.loc[0, "summary"]
    assert json.loads(fix["old_value"]) == 4


def test_count_can_be_set_to_not_reported_and_to_zero(incidents):
    out = apply_corrections(
        incidents, [_fix(incidents, 0, "killed", None), _fix(incidents, 1, "injured", 0)]
    )
    assert pd.isna(out.loc[0, "killed"])
    assert out.loc[1, "injured"] == 0


def test_place_date_and_type(incidents):
    fixes = [
        _fix(
            incidents,
            1,
            "place",
            {"place": "Chișinău", "country_code": "md", "lat": 47.01, "lon": 28.86},
        ),
        _fix(
            incidents,
            1,
            "date",
            {"date_start": "2024-05-01", "date_end": "2024-05-31", "date_precision": "month"},
            minutes=1,
        ),
        _fix(incidents, 1, "incident_type", "explosion", minutes=2),
    ]
    out = apply_corrections(incidents, fixes)
    row = out.loc[1]
    assert (row["place"], row["country"], row["country_code"]) == ("Chișinău", "Moldova", "MD")
    assert (row["lat"], row["lon"], row["geo_precision"]) == (47.01, 28.86, "city")
    assert "MD" in row["countries_involved"].split(";")
    assert row["date_start"] == pd.Timestamp("2024-05-01")
    assert row["date_end"] == pd.Timestamp("2024-05-31")
    assert row["date_precision"] == "month"
    assert row["incident_type"] == "explosion"
    assert row[CORRECTED] == "place;date;incident_type"
    assert out["date_start"].dtype == incidents["date_start"].dtype


def test_later_correction_wins_and_reverted_is_ignored(incidents):
    first = _fix(incidents, 0, "injured", 11)
    second = _fix(incidents, 0, "injured", 15, minutes=5)
    assert apply_corrections(incidents, [second, first]).loc[0, "injured"] == 15
    reverted = {**second, "reverted": True}
    assert apply_corrections(incidents, [first, reverted]).loc[0, "injured"] == 11
    assert apply_corrections(incidents, [{**first, "reverted": True}]).loc[0, "injured"] == 9


def test_correction_follows_its_incident_when_the_id_changes(incidents):
    fix = _fix(incidents, 0, "killed", 7)
    # A later run: a new article joined the incident, so its id is new; rows are reordered.
    grown = {"w1:0:2024-06-03": "en", "w2:40:2024-06-03": "ro", "w9:5:2024-06-03": "tr"}
    later = _table(incidents.iloc[1].to_dict(), _incident(grown))
    assert later.loc[1, "incident_id"] != incidents.loc[0, "incident_id"]
    out = apply_corrections(later, [fix])
    assert out.loc[1, "killed"] == 7 and out.loc[0, "injured"] == 2
    assert unapplied(later, [fix]).empty


def test_member_keys_match_without_their_date(incidents):
    fix = _fix(incidents, 1, "killed", 1)
    redated = _table(
        incidents.iloc[0].to_dict(),
        _incident({"w3:12:2024-06-05": "hu"}, date_start="2024-06-05", date_end="2024-06-05"),
    )
    assert apply_corrections(redated, [fix]).loc[1, "killed"] == 1


def test_a_correction_without_its_incident_is_reported_not_applied(incidents):
    fix = _fix(incidents, 1, "killed", 1)
    gone = _table(incidents.iloc[0].to_dict())
    out = apply_corrections(gone, [fix])
    assert out.loc[0, "killed"] == 4 and out.loc[0, CORRECTED] == ""
    lost = unapplied(gone, [fix])
    assert list(lost["field"]) == ["killed"]


def test_merge_joins_two_incidents(incidents):
    keys_b = list(corrections.parse_members(incidents.loc[1, MEMBERS]))
    merge = _fix(incidents, 0, "merge", keys_b)
    out = apply_corrections(incidents, [merge])
    assert len(out) == 1
    row = out.loc[0]
    members = corrections.parse_members(row[MEMBERS])
    assert len(members) == 3
    assert row["incident_id"] == corrections.incident_id(members)
    assert row["sources"] == "w1;w2;w3"
    assert row["languages"] == "en;hu;ro"
    assert row["place"] == "Poltava" and row["killed"] == 4  # the kept incident's values
    assert "[w3]" in row["evidence"]
    assert row[CORRECTED] == "merge"
    # A correction made earlier on the merged-away incident still finds it.
    later = _fix(incidents, 1, "injured", 3, minutes=1)
    assert apply_corrections(incidents, [merge, later]).loc[0, "injured"] == 3


def test_split_makes_a_new_incident_of_some_sources(incidents):
    leaving = ["w2:40:2024-06-03"]
    split = _fix(incidents, 0, "split", leaving)
    out = apply_corrections(incidents, [split])
    assert len(out) == 3
    kept, new = out.loc[0], out.loc[1]  # the new one follows its origin
    assert kept["sources"] == "w1" and kept["languages"] == "en" and kept["killed"] == 4
    assert new["sources"] == "w2" and new["languages"] == "ro"
    assert pd.isna(new["killed"]) and pd.isna(new["injured"])
    assert new["incident_id"] == corrections.incident_id(leaving)
    assert new["evidence"] == "[w2] A sentence of w2." and "[w2]" not in kept["evidence"]
    assert kept[CORRECTED] == "split" and new[CORRECTED] == "split"
    assert out.loc[2, "place"] == "Sumy"
    # The analyst goes on to correct the new incident, keyed by its own members.
    fix_new = make(new.to_dict(), "killed", 2, author="analyst", at=AT + dt.timedelta(hours=1))
    again = apply_corrections(incidents, [split, {**fix_new, "correction_id": 9}])
    assert again.loc[1, "killed"] == 2 and again.loc[0, "killed"] == 4
    # Reverting the split restores one incident.
    assert len(apply_corrections(incidents, [{**split, "reverted": True}])) == 2


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("killed", -1, ">= 0"),
        ("killed", 2.5, "whole number"),
        ("casualties", 3, "cannot correct"),
        ("incident_type", " ", "empty"),
        ("date", {"date_start": "2024-06-05", "date_end": "2024-06-01"}, "before"),
        ("place", {"place": "Ruse", "country_code": "Bulgaria"}, "two-letter"),
        ("place", {"place": "Ruse", "country_code": "BG", "lat": 95, "lon": 25}, "range"),
        ("split", ["w1:0:2024-06-03", "w2:40:2024-06-03"], "not all"),
    ],
)
def test_bad_corrections_are_refused(incidents, field, value, message):
    with pytest.raises(ValueError, match=message):
        make(incidents.iloc[0].to_dict(), field, value, author="analyst")


def test_a_correction_needs_an_author(incidents):
    with pytest.raises(ValueError, match="author"):
        make(incidents.iloc[0].to_dict(), "killed", 1, author=" ")


def test_no_corrections_only_adds_the_marker_column(incidents):
    out = apply_corrections(incidents, corrections.empty())
    assert list(out.columns) == list(incidents.columns)
    assert incidents[CORRECTED].isna().all() and (out[CORRECTED] == "").all()
    pd.testing.assert_frame_equal(out.drop(columns=CORRECTED), incidents.drop(columns=CORRECTED))


# ----------------------------------------------------------------------------- for the analyst


class _Found:
    """What a geopy geocoder answers: coordinates and ``raw``."""

    def __init__(self, name, code, kind, lat, lon):
        self.latitude, self.longitude = lat, lon
        self.raw = {"name": name, "country_code": code, "kind": kind}


def _geocode(query, country_codes=None):
    places = {
        "pecs": [_Found("Pécs", "HU", "city", 46.07, 18.23)],
        "orhei": [_Found("Orhei", "MD", "city", 47.38, 28.82)],
        "zaporizhzhia oblast": [_Found("Zaporizhzhia Oblast", "UA", "region", 47.5, 35.8)],
        "victoria": [
            _Found("Victoria", "CA", "city", 48.43, -123.37),
            _Found("Victoria", "RO", "city", 45.73, 24.7),
        ],
    }
    found = [
        p
        for p in places.get(query.lower(), [])
        if not country_codes or p.raw["country_code"] in country_codes
    ]
    return found[0] if found else None


def test_resolve_place_by_name_narrowed_by_country_or_by_coordinates():
    value = corrections.resolve_place("pecs", geocode=_geocode)
    assert value["place"] == "Pécs" and value["country_code"] == "HU"
    assert value["country"] == "Hungary" and value["geo_precision"] == "city"
    assert corrections.resolve_place("Victoria", geocode=_geocode)["country_code"] == "CA"
    narrowed = corrections.resolve_place("Victoria", country_code="ro", geocode=_geocode)
    assert (narrowed["country_code"], narrowed["lat"]) == ("RO", 45.73)
    region = corrections.resolve_place("Zaporizhzhia Oblast", geocode=_geocode)
    assert region["geo_precision"] == "region"
    site = corrections.resolve_place("Vama Veche beach", country_code="ro", lat=43.75, lon=28.57)
    assert site == {
        "place": "Vama Veche beach",
        "country": "Romania",
        "country_code": "RO",
        "lat": 43.75,
        "lon": 28.57,
        "geo_precision": "site",
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "Atlantis"}, "not known"),
        ({"name": "Orhei", "country_code": "UA"}, "not known in UA"),
        ({"name": "Somewhere", "lat": 45.0}, "both latitude and longitude"),
        ({"name": "Somewhere", "lat": 45.0, "lon": 26.0}, "country code"),
        ({"name": "Somewhere", "country_code": "RO", "lat": 95.0, "lon": 26.0}, "out of range"),
        ({"name": "  "}, "needs a name"),
    ],
)
def test_resolve_place_refuses_what_it_cannot_place(kwargs, message):
    with pytest.raises(ValueError, match=message):
        corrections.resolve_place(**kwargs, geocode=_geocode)


def test_describe_says_what_changed_who_when_and_whether_it_holds(incidents):
    keys_b = list(corrections.parse_members(incidents.loc[1, MEMBERS]))
    log = corrections.frame(
        [
            _fix(incidents, 0, "killed", 6, minutes=0),
            _fix(
                incidents,
                0,
                "date",
                {"date_start": "2024-05-01", "date_end": "2024-05-31", "date_precision": "month"},
                minutes=1,
            ),
            _fix(
                incidents,
                1,
                "injured",
                None,
                minutes=2,
                reverted=True,
                reverted_by="bea",
                reverted_at=AT,
            ),
            _fix(incidents, 0, "merge", keys_b, minutes=3),
        ]
    )
    gone = _table(incidents.iloc[0].to_dict())  # the second incident is no longer extracted
    lost = unapplied(gone, log)
    shown = corrections.describe(log, lost).set_index("correction")
    assert list(shown.index) == [4, 3, 2, 1]  # newest first
    assert (shown.loc[1, "from"], shown.loc[1, "to"]) == ("4", "6")
    assert shown.loc[2, "from"] == "2024-06-03 (day)"
    assert shown.loc[2, "to"] == "2024-05-01 – 2024-05-31 (month)"
    assert shown.loc[3, "to"] == "not reported"
    assert shown.loc[3, "status"] == "reverted by bea at 2025-05-01 12:00"
    assert shown.loc[4, "to"] == "incident of w3" and shown.loc[4, "from"] == ""
    assert shown.loc[4, "status"] == "not applied: its incident is gone"
    assert (shown.loc[[1, 2], "status"] == "applied").all()
    assert (shown["author"] == "analyst").all()


@pytest.mark.parametrize("article", ['news/a "b" (1).txt', "x.y+z", "ö[1]"])
def test_only_rows_naming_a_corrected_article_are_looked_at_and_any_id_is_found(article):
    # Ids with characters special to JSON or regular expressions; "w1" is a prefix of "w10".
    table = _table(
        _incident({f"{article}:5:2024-06-03": "en"}),
        _incident({"w10:0:2024-06-03": "en"}, place="Sumy"),
        _incident({"w1:0:2024-06-03": "ro"}, place="Lviv"),
    )
    fixes = [_fix(table, 0, "killed", 11), _fix(table, 2, "injured", 5, minutes=1)]
    out = apply_corrections(table, fixes)
    assert list(out["killed"]) == [11, 4, 4] and list(out["injured"]) == [9, 9, 5]
    assert list(out[CORRECTED]) == ["killed", "", "injured"]
    assert unapplied(table, fixes).empty
    named = corrections._naming_any(table[MEMBERS], corrections._named_articles(fixes))
    assert list(named) == [True, False, True]
