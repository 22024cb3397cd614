from __future__ import annotations

import dataclasses
import datetime as dt
import time

import pandas as pd
import pytest

from components import filters, schema
from components.filters import IncidentFilter, apply, describe, options
from components.synthetic import synthetic_incidents


def ids(frame: pd.DataFrame) -> set[str]:
    return set(frame["incident_id"])


def test_no_filter_keeps_everything(sample_incidents):
    out = apply(sample_incidents, IncidentFilter())
    assert out["incident_id"].tolist() == sample_incidents["incident_id"].tolist()
    assert not IncidentFilter().active


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (("RO",), {"inc-d"}),  # happened there
        (("AZ",), {"inc-f", "inc-g"}),  # only involved: Türkiye and Kyiv incidents
        (("UA",), {"inc-a", "inc-b", "inc-c", "inc-g", "inc-h"}),
        (("RU",), {"inc-a", "inc-b", "inc-d", "inc-g", "inc-j"}),  # where or involved
        (("PL", "MD"), {"inc-e", "inc-i"}),
        (("XX",), set()),
    ],
)
def test_country_matches_where_and_involved(sample_incidents, countries, expected):
    assert ids(apply(sample_incidents, IncidentFilter(countries=countries))) == expected


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        # Only the March month span covers 10-12 March; the day incidents fall outside.
        (dt.date(2024, 3, 10), dt.date(2024, 3, 12), {"inc-b"}),
        # The February month and the March month both overlap.
        (dt.date(2024, 2, 20), dt.date(2024, 3, 5), {"inc-b", "inc-d"}),
        # Range limits are inclusive days.
        (dt.date(2024, 3, 15), dt.date(2024, 3, 15), {"inc-a", "inc-b"}),
        # The year 2023 overlaps a range in June 2023; undated inc-i never matches.
        (None, dt.date(2023, 6, 30), {"inc-j"}),
        (dt.date(2024, 3, 29), None, {"inc-b", "inc-f"}),
    ],
)
def test_dates_overlap_spans(sample_incidents, date_from, date_to, expected):
    flt = IncidentFilter(date_from=date_from, date_to=date_to)
    assert ids(apply(sample_incidents, flt)) == expected


def test_date_strings_and_datetimes_are_accepted(sample_incidents):
    flt = IncidentFilter(date_from="2024-03-10", date_to=dt.datetime(2024, 3, 12, 18, 0))
    assert flt.date_from == dt.date(2024, 3, 10) and flt.date_to == dt.date(2024, 3, 12)
    assert ids(apply(sample_incidents, flt)) == {"inc-b"}


@pytest.mark.parametrize(
    ("minimum", "expected"),
    [
        # killed + injured with "not reported" as 0: b (NA+0) and g (0+NA) have 0.
        (1, {"inc-a", "inc-e", "inc-h", "inc-i", "inc-j"}),
        (14, {"inc-a", "inc-h"}),
        (15, {"inc-a"}),
        (16, set()),
    ],
)
def test_min_casualties_treats_na_as_zero(sample_incidents, minimum, expected):
    assert ids(apply(sample_incidents, IncidentFilter(min_casualties=minimum))) == expected


def test_types_languages_sources_and_selection(sample_incidents):
    def run(**kw):
        return ids(apply(sample_incidents, IncidentFilter(**kw)))

    assert run(incident_types=["diplomatic"]) == {"inc-f"}
    assert run(incident_types=["shelling", "explosion"]) == {"inc-c", "inc-h", "inc-i", "inc-j"}
    assert run(languages=["ro"]) == {"inc-b", "inc-d", "inc-g", "inc-i"}
    # "a3" is a whole item: it must not match "a30".
    assert run(sources=["a3"]) == {"inc-b", "inc-c"}
    assert run(selected_ids=["inc-c", "inc-j", "nope"]) == {"inc-c", "inc-j"}


def test_filters_combine_with_and(sample_incidents):
    flt = IncidentFilter(
        countries=("UA",), date_from=dt.date(2024, 3, 1), min_casualties=1, languages=("uk",)
    )
    assert ids(apply(sample_incidents, flt)) == {"inc-a", "inc-h"}
    assert ids(apply(sample_incidents, dataclasses.replace(flt, selected_ids=("inc-h",)))) == {
        "inc-h"
    }


def test_filter_is_hashable_and_normalised():
    flt = IncidentFilter(countries=["RO", "RO", "UA"], incident_types="shelling")
    assert flt.countries == ("RO", "UA")
    assert flt.incident_types == ("shelling",)
    assert hash(flt) == hash(IncidentFilter(countries=("RO", "UA"), incident_types=("shelling",)))
    assert flt.active
    with pytest.raises(dataclasses.FrozenInstanceError):
        flt.countries = ()  # type: ignore[misc]


def test_apply_on_empty_table():
    empty = schema.empty("incidents")
    out = apply(empty, IncidentFilter(countries=("UA",), min_casualties=3))
    assert out.empty and list(out.columns) == list(empty.columns)


def _reference(incidents: pd.DataFrame, flt: IncidentFilter) -> set[str]:
    """Row-by-row restatement of the filter semantics."""
    keep = set()
    for row in incidents.to_dict("records"):

        def items(value):
            return set() if pd.isna(value) else {v.strip() for v in value.split(";")}

        if flt.countries and not (
            row["country_code"] in flt.countries
            or items(row["countries_involved"]) & set(flt.countries)
        ):
            continue
        if flt.date_from or flt.date_to:
            if pd.isna(row["date_start"]):
                continue
            end = row["date_start"] if pd.isna(row["date_end"]) else row["date_end"]
            if flt.date_to and row["date_start"].date() > flt.date_to:
                continue
            if flt.date_from and end.date() < flt.date_from:
                continue
        if flt.incident_types and row["incident_type"] not in flt.incident_types:
            continue
        if flt.languages and not items(row["languages"]) & set(flt.languages):
            continue
        total = (0 if pd.isna(row["killed"]) else row["killed"]) + (
            0 if pd.isna(row["injured"]) else row["injured"]
        )
        if total < flt.min_casualties:
            continue
        keep.add(row["incident_id"])
    return keep


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_matches_row_by_row_reference_on_synthetic_data(seed):
    data = synthetic_incidents(400, seed)
    cases = [
        IncidentFilter(countries=("RO", "AZ")),
        IncidentFilter(date_from=dt.date(2023, 3, 15), date_to=dt.date(2023, 4, 2)),
        IncidentFilter(countries=("UA",), incident_types=("shelling", "drone strike")),
        IncidentFilter(languages=("hu", "tr"), min_casualties=4),
        IncidentFilter(countries=("MD",), date_from=dt.date(2024, 1, 1), min_casualties=1),
    ]
    for flt in cases:
        expected = _reference(data, flt)
        assert ids(apply(data, flt)) == expected, describe(flt)
        assert expected, f"case selects nothing, so it tests nothing: {describe(flt)}"


def test_apply_is_fast_on_10000_incidents():
    data = synthetic_incidents(10_000, 7)
    flt = IncidentFilter(
        countries=("RO", "UA"),
        date_from=dt.date(2023, 1, 1),
        date_to=dt.date(2024, 6, 30),
        incident_types=("drone strike", "missile strike", "shelling"),
        languages=("ro", "uk"),
        min_casualties=1,
    )
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        out = apply(data, flt)
        timings.append(time.perf_counter() - start)
    assert 0 < len(out) < len(data)
    assert min(timings) < 0.05, f"best of 5: {min(timings) * 1000:.1f} ms"


def test_options_lists_choices_with_names(sample_incidents):
    opts = options(sample_incidents)
    # AZ appears only among the involved countries and still gets a name.
    assert opts["countries"]["AZ"] == "Azerbaijan"
    assert opts["countries"]["RO"] == "Romania"
    assert set(opts["countries"]) == {"UA", "RU", "RO", "PL", "TR", "AZ", "MD"}
    names = list(opts["countries"].values())
    assert names == sorted(names, key=str.casefold)
    assert opts["incident_types"] == sorted(opts["incident_types"])
    assert "aircraft crash/shoot-down" in opts["incident_types"]
    assert opts["languages"]["hu"] == "Hungarian"
    assert set(opts["languages"]) == {"en", "uk", "ro", "hu", "tr", "ru"}
    assert opts["date_min"] == dt.date(2023, 1, 1)
    assert opts["date_max"] == dt.date(2024, 4, 2)
    assert opts["max_casualties"] == 15
    assert "a30" in opts["sources"] and "a3" in opts["sources"]


def test_options_of_empty_table():
    opts = options(schema.empty("incidents"))
    assert opts["countries"] == {} and opts["date_min"] is None and opts["max_casualties"] == 0


def test_describe_names_the_active_filters():
    assert describe(IncidentFilter()) == "no filters (all incidents)"
    text = describe(
        IncidentFilter(
            countries=("RO", "HU"),
            date_from=dt.date(2024, 1, 1),
            incident_types=("drone strike",),
            min_casualties=2,
            selected_ids=("x", "y"),
        )
    )
    assert "Romania (RO)" in text and "Hungary (HU)" in text
    assert "2024-01-01" in text
    assert "drone strike" in text
    assert "at least 2 killed or injured" in text
    assert "2 incidents selected" in text
    assert "languages" not in text


def test_mentions_and_articles_follow_the_filtered_incidents(sample_incidents):
    chosen = apply(sample_incidents, IncidentFilter(sources=("a3",)))
    articles = schema.frame(
        "articles", [{"article_id": a, "title": a} for a in ("a1", "a3", "a4", "a30")]
    )
    mentions = schema.frame(
        "mentions",
        [{"article_id": a, "kind": "place", "text": "x"} for a in ("a3", "a3", "a30", "a4")],
    )
    assert set(filters.filter_articles(articles, chosen)["article_id"]) == {"a3", "a4"}
    assert filters.filter_mentions(mentions, chosen)["article_id"].tolist() == ["a3", "a3", "a4"]


def test_most_cited_orders_items_by_how_many_rows_cite_them():
    column = pd.Series(["b;a", "a", None, " c ;a", "b", ""], dtype="string")
    assert filters.most_cited(column) == ["a", "b", "c"]
    assert filters.most_cited(pd.Series([], dtype="string")) == []


@pytest.mark.parametrize(
    "dtype", [object, "string", pd.StringDtype("pyarrow", na_value=float("nan"))]
)
def test_rows_of_chosen_articles_keep_their_order_whatever_the_text_dtype(dtype) -> None:
    table = pd.DataFrame(
        {"article_id": pd.Series(["b", "a", None, "c", "a"], dtype=dtype), "seq": range(5)}
    )
    kept = filters.of_articles(table, {"a", "c"})
    assert kept["seq"].tolist() == [1, 3, 4]
    assert filters.of_articles(table, set()).empty
