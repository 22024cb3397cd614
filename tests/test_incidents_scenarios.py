"""Incidents from whole articles we wrote, in Romanian, Hungarian and English.

They run through the real pipeline and the bundled gazetteer, then check which incidents are
built and which are merged across languages.
"""

import datetime as dt

import pandas as pd
import pytest

from components import schema
from components.extraction import extract_mentions
from components.geocoding import make_geocoder
from components.incidents import build_incidents

pytestmark = pytest.mark.slow


def articles(*records):
    rows = [
        {
            "article_id": article_id,
            "language": lang,
            "published": pd.Timestamp(published),
            "text": text,
            "n_chars": len(text),
        }
        for article_id, lang, published, text in records
    ]
    return schema.frame("articles", rows)


@pytest.fixture(scope="module")
def run(gazetteer, pipelines):
    def run_(*records):
        table = articles(*records)
        mentions = extract_mentions(table, pipelines)
        return build_incidents(table, mentions, geocoder=make_geocoder(gazetteer, online=False))

    return run_


# 2024-03-08 is a Friday; "Wednesday" is 2024-03-06.
ODESA_EN = (
    "en-odesa",
    "en",
    "2024-03-08",
    "Russian missiles struck a port warehouse in Odesa on Wednesday, killing five people and "
    "wounding 12, the regional governor said.\n\nThe war began in February 2022.",
)
ODESA_RO = (
    "ro-odesa",
    "ro",
    "2024-03-07",
    "O rachetă rusească a lovit miercuri un depozit din portul Odesa, ucigând cinci oameni. "
    "Alte 12 persoane au fost rănite, potrivit guvernatorului regiunii.",
)
DNIPRO_HU = (
    "hu-dnipro",
    "hu",
    "2024-03-07",
    "Szerdán orosz rakéták csapódtak be Dnyipróban, hárman meghaltak és kilenc ember megsérült.",
)


def by_place(incidents):
    return {row.place: row for row in incidents.itertuples()}


def test_one_event_in_two_languages_is_one_incident_with_two_sources(run):
    incidents = run(ODESA_EN, ODESA_RO)
    assert len(incidents) == 1
    row = incidents.iloc[0]
    assert row["place"] == "Odesa"
    assert row["date_start"] == pd.Timestamp("2024-03-06")
    assert row["date_precision"] == "day"
    assert row["incident_type"] == "missile strike"
    assert (row["killed"], row["injured"]) == (5, 12)
    assert row["sources"] == "en-odesa;ro-odesa"
    assert row["languages"] == "en;ro"
    assert "RU" in row["countries_involved"].split(";")


def test_same_day_different_city_stays_apart(run):
    incidents = by_place(run(ODESA_EN, DNIPRO_HU))
    assert set(incidents) == {"Odesa", "Dnipro"}
    assert (incidents["Dnipro"].killed, incidents["Dnipro"].injured) == (3, 9)


def test_same_city_different_days_stay_apart(run):
    incidents = run(
        (
            "en-kherson",
            "en",
            "2024-03-05",
            "Shelling hit Kherson on 2 March 2024, killing two people.",
        ),
        (
            "ro-herson",
            "ro",
            "2024-03-05",
            "Bombardamentele de artilerie de la Herson din 3 martie 2024 au ucis un om.",
        ),
    )
    assert len(incidents) == 2
    assert set(incidents["place"]) == {"Kherson"}
    assert sorted(incidents["date_start"].dt.date) == [dt.date(2024, 3, 2), dt.date(2024, 3, 3)]


def test_a_month_merges_with_a_day_inside_it_and_keeps_the_day(run):
    incidents = run(
        (
            "ro-sumy",
            "ro",
            "2024-04-10",
            "În februarie 2024, un atac cu drone asupra orașului Sumî a ucis trei oameni.",
        ),
        (
            "en-sumy",
            "en",
            "2024-04-10",
            "A drone strike on Sumy on 14 February 2024 killed three people.",
        ),
    )
    assert len(incidents) == 1
    row = incidents.iloc[0]
    assert row["date_start"] == pd.Timestamp("2024-02-14")
    assert row["date_precision"] == "day"
    assert row["killed"] == 3
    assert row["sources"] == "en-sumy;ro-sumy"


def test_disagreeing_counts_keep_the_lower_and_say_so(run):
    incidents = run(
        ("en-a", "en", "2024-05-20", "A missile strike on Kharkiv on Sunday killed 7 people."),
        (
            "en-b",
            "en",
            "2024-05-20",
            "On Sunday a Russian missile hit Kharkiv, killing 9 civilians.",
        ),
    )
    assert len(incidents) == 1
    row = incidents.iloc[0]
    assert row["killed"] == 7
    assert "sources differ on killed: 7, 9" in row["summary"]


def test_background_and_diplomatic_sentences_make_no_incident(run):
    incidents = run(
        (
            "en-talks",
            "en",
            "2024-06-01",
            "Officials met in Geneva on Tuesday. The war began in February 2022. "
            "The foreign ministry summoned the ambassador on Friday to protest.",
        ),
        (
            "ro-talks",
            "ro",
            "2024-06-01",
            "Ministerul de Externe de la Chișinău l-a convocat vineri pe ambasadorul rus. "
            "Președintele a avut o convorbire telefonică cu omologul său.",
        ),
    )
    assert incidents.empty


def test_nobody_hurt_is_zero_not_unknown(run):
    incidents = run(
        (
            "hu-lviv",
            "hu",
            "2024-08-02",
            "Csütörtökön egy orosz drón eltalálta a lvivi vasútállomást. Senki sem sérült meg.",
        )
    )
    assert len(incidents) == 1
    row = incidents.iloc[0]
    assert row["place"] == "Lviv"
    assert row["injured"] == 0
    assert row["site"] == "railway station"
    assert row["date_start"] == pd.Timestamp("2024-08-01")


def test_a_seat_of_an_institution_is_not_where_it_happened(run):
    incidents = run(
        (
            "ro-seat",
            "ro",
            "2024-09-13",
            "Ministerul Apărării de la Kiev a anunțat că o rachetă a lovit joi un spital din "
            "Harkov, rănind 14 persoane.",
        )
    )
    assert list(incidents["place"]) == ["Kharkiv"]
    assert incidents.iloc[0]["site"] == "hospital"
    assert incidents.iloc[0]["injured"] == 14


def test_two_coordinated_dates_are_two_incidents(run):
    incidents = run(
        (
            "en-two",
            "en",
            "2024-10-01",
            "Drones hit the Zaporizhzhia power plant in March 2024 and in July 2024.",
        )
    )
    assert sorted(incidents["date_start"].dt.strftime("%Y-%m")) == ["2024-03", "2024-07"]
    assert set(incidents["incident_type"]) == {"drone strike"}


def test_crashes_fires_and_floods_are_incidents_of_their_own_types(run):
    incidents = run(
        (
            "ro-crash",
            "ro",
            "2024-05-20",
            "Trei tineri au murit duminică într-un accident rutier produs lângă Suceava, după ce "
            "mașina în care se aflau s-a răsturnat.",
        ),
        (
            "hu-flood",
            "hu",
            "2024-05-20",
            "Két ember meghalt az árvízben, amely vasárnap pusztított Miskolc környékén.",
        ),
        (
            "en-fire",
            "en",
            "2024-05-20",
            "A blaze at a block of flats in Leeds on Sunday killed four people, firefighters said.",
        ),
    )
    found = {(r.place, r.incident_type, r.killed) for r in incidents.itertuples()}
    assert found == {
        ("Suceava", "accident", 3),
        ("Miskolc", "natural disaster", 2),
        ("Leeds", "fire", 4),
    }


def test_an_attack_that_set_off_a_fire_stays_the_attack(run):
    incidents = run(
        (
            "en-drone-fire",
            "en",
            "2024-05-20",
            "A Russian drone hit a fuel depot in Kharkiv on Sunday, and a blaze broke out; two "
            "workers were injured, the governor said.",
        ),
    )
    assert list(incidents["incident_type"]) == ["drone strike"]


def test_a_headline_dated_by_its_report_is_the_event_its_body_dates(run):
    incidents = run(
        (
            "hu-headline",
            "hu",
            "2024-05-20",
            "Halálos baleset a 44-es főúton Kecskemét közelében: hárman meghaltak\n\n"
            "Vasárnap hajnalban egy személyautó fának csapódott Kecskemét közelében; a három "
            "utas a helyszínen meghalt.",
        ),
    )
    rows = [
        (r.place, r.incident_type, r.killed, str(r.date_start.date()))
        for r in incidents.itertuples()
    ]
    assert rows == [("Kecskemét", "accident", 3, "2024-05-19")]


def test_a_yearly_toll_is_a_statistic_not_an_incident_nor_part_of_one(run):
    incidents = run(
        (
            "ro-stat",
            "ro",
            "2024-05-20",
            "Doi tineri au murit duminică într-un accident rutier lângă Pitești.\n\n"
            "În anul 2023, pe drumurile din România au murit 1.545 de persoane, potrivit "
            "poliției.",
        ),
    )
    rows = [(r.place, r.killed) for r in incidents.itertuples()]
    assert rows == [("Piteşti", 2)]


def test_drones_shot_down_are_no_aircraft_crash(run):
    incidents = run(
        (
            "en-drones",
            "en",
            "2024-05-20",
            "Russian drones hit an energy facility in Kharkiv overnight, the governor said. "
            "Air defences shot down 31 of 40 drones.",
        ),
    )
    assert list(incidents["incident_type"]) == ["drone strike"]


def test_a_wire_dateline_is_where_the_report_was_filed_not_where_it_happened(run):
    table = run(
        (
            "en-dateline",
            "en",
            "2024-05-04",
            "Gas blast kills three\n\nWARSAW, May 4 (Reuters) - A gas explosion destroyed a "
            "house in southern Poland on Saturday, killing three people, the fire service said.",
        ),
        (
            "ro-dateline",
            "ro",
            "2024-05-04",
            "SOFIA (Agerpres) - Un incendiu a izbucnit sâmbătă într-un depozit din Bulgaria, "
            "iar doi muncitori au murit.",
        ),
    )
    # One incident each: the headline "Gas blast kills three" is the body's event.
    found = sorted(zip(table["sources"], table["place"], table["country_code"], strict=True))
    assert found == [("en-dateline", "Poland", "PL"), ("ro-dateline", "Bulgaria", "BG")]
