from __future__ import annotations

import time

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from components import charts, schema
from components.charts import NO_MATCH, color_map, incident_map, selected_ids, timeline
from components.synthetic import synthetic_incidents


def marker_traces(fig: go.Figure) -> list:
    return [t for t in fig.data if (t.meta or {}).get("role") == "incidents"]


def span_traces(fig: go.Figure) -> list:
    return [t for t in fig.data if (t.meta or {}).get("role") == "span"]


def all_ids(traces) -> list[str]:
    return [str(i) for t in traces for i in t.customdata]


def point_of(fig: go.Figure, incident_id: str) -> tuple[go.Scatter, int]:
    for trace in marker_traces(fig):
        hits = [i for i, v in enumerate(trace.customdata) if v == incident_id]
        if hits:
            return trace, hits[0]
    raise KeyError(incident_id)


# -- timeline ----------------------------------------------------------------------------------


def test_timeline_has_one_marker_per_dated_incident(sample_incidents):
    fig = timeline(sample_incidents)
    markers = marker_traces(fig)
    assert markers and all(isinstance(t, go.Scatter) and t.mode == "markers" for t in markers)
    dated = sample_incidents.loc[sample_incidents["date_start"].notna(), "incident_id"]
    assert sorted(all_ids(markers)) == sorted(dated)
    assert fig.layout.xaxis.type == "date"
    # The undated incident is reported, not silently lost.
    assert any("1 undated" in (a.text or "") for a in fig.layout.annotations)


def test_month_is_a_span_from_start_to_end_with_marker_in_the_middle(sample_incidents):
    fig = timeline(sample_incidents)
    spans = span_traces(fig)
    segments = set()
    for trace in spans:
        xs, ys = list(trace.x), list(trace.y)
        for k in range(0, len(xs), 3):
            segments.add((ys[k], xs[k], xs[k + 1]))
            assert xs[k + 2] is None  # segments are separated
    assert ("Kharkiv", "2024-03-01", "2024-03-31") in segments  # inc-b, a month
    assert ("Galați", "2024-02-01", "2024-02-29") in segments  # inc-d
    assert ("Belgorod", "2023-01-01", "2023-12-31") in segments  # inc-j, a year
    # Day incidents are points only: no segment for Rzeszów (inc-e).
    assert not any(y == "Rzeszów" for y, _, _ in segments)
    trace, i = point_of(fig, "inc-b")
    assert pd.Timestamp(trace.x[i]) == pd.Timestamp("2024-03-16")
    trace, i = point_of(fig, "inc-a")
    assert pd.Timestamp(trace.x[i]) == pd.Timestamp("2024-03-15")
    assert trace.y[i] == "Kharkiv"


def test_span_traces_share_colour_and_legend_group_with_markers(sample_incidents):
    fig = timeline(sample_incidents)
    markers = {t.legendgroup: t.marker.color for t in marker_traces(fig)}
    for span in span_traces(fig):
        assert span.line.color == markers[span.legendgroup]
        assert span.showlegend is False and span.hoverinfo == "skip"


def test_timeline_group_by_site_labels_rows(sample_incidents):
    fig = timeline(sample_incidents, group_by="site")
    trace, i = point_of(fig, "inc-g")
    assert trace.y[i] == "embassy (Kyiv)"
    trace, i = point_of(fig, "inc-a")
    assert trace.y[i] == "Kharkiv"  # no site: the place


def test_hover_says_not_reported_versus_zero_and_escapes(sample_incidents):
    fig = timeline(sample_incidents)
    trace, i = point_of(fig, "inc-b")  # killed NA, injured 0
    text = trace.hovertext[i]
    assert "killed: not reported" in text and "injured: 0" in text
    assert "month precision" in text and "2024-03-01 – 2024-03-31" in text
    assert "sources: a3" in text
    trace, i = point_of(fig, "inc-c")
    assert "&lt;fell&gt;" in trace.hovertext[i] and "<fell>" not in trace.hovertext[i]
    assert "&amp;" in trace.hovertext[i]


def test_marker_size_grows_with_casualties_and_is_small_when_unreported(sample_incidents):
    sizes = dict(
        zip(sample_incidents["incident_id"], charts.marker_size(sample_incidents), strict=True)
    )
    assert sizes["inc-d"] < sizes["inc-c"]  # NA/NA below 0/0
    assert sizes["inc-c"] < sizes["inc-e"] < sizes["inc-a"]  # 0 < 2 < 15
    assert sizes["inc-d"] == sizes["inc-f"]  # both unreported: the same fixed size


# -- colours -----------------------------------------------------------------------------------


def test_color_map_is_stable_under_filtering():
    full = color_map(["shelling", "drone strike", "flood", "riot"])
    assert full["shelling"] == color_map(["shelling"])["shelling"]
    assert full["drone strike"] == charts.TYPE_COLORS["drone strike"]
    assert len({full["flood"], full["riot"], full["shelling"], full["drone strike"]}) == 4
    # Unknown categories come from the palette, but never the reserved "unknown" grey.
    assert charts.UNKNOWN_COLOR not in {full["flood"], full["riot"]}


def test_timeline_and_map_share_colours(sample_incidents):
    for color_by in ("incident_type", "country"):
        line = timeline(sample_incidents, color_by=color_by)
        geo = incident_map(sample_incidents, color_by=color_by)
        line_colors = {t.legendgroup: t.marker.color for t in marker_traces(line)}
        geo_colors = {t.legendgroup: t.marker.color for t in marker_traces(geo)}
        shared = set(line_colors) & set(geo_colors)
        assert len(shared) >= 4
        assert {k: line_colors[k] for k in shared} == {k: geo_colors[k] for k in shared}
        expected = color_map(charts.category(sample_incidents, color_by))
        assert all(line_colors[k] == expected[k] for k in line_colors)


def test_colours_given_by_caller_are_used(sample_incidents):
    colors = {"shelling": "#123456"}
    fig = incident_map(sample_incidents, colors=colors)
    shelling = next(t for t in marker_traces(fig) if t.legendgroup == "shelling")
    assert shelling.marker.color == "#123456"


def test_color_by_country_names_the_legend(sample_incidents):
    fig = timeline(sample_incidents, color_by="country")
    names = {t.name for t in marker_traces(fig)}
    assert "Romania (RO)" in names and "Ukraine (UA)" in names


# -- map ---------------------------------------------------------------------------------------


def test_map_traces_carry_ids_and_skip_unlocated(sample_incidents):
    fig = incident_map(sample_incidents)
    markers = marker_traces(fig)
    assert markers and all(isinstance(t, go.Scattergeo) for t in markers)
    located = sample_incidents.loc[sample_incidents["lat"].notna(), "incident_id"]
    assert sorted(all_ids(markers)) == sorted(located)
    assert "inc-h" not in all_ids(markers)
    assert any(
        "1 incident(s) without coordinates" in (a.text or "") for a in fig.layout.annotations
    )


def test_map_draws_land_borders_and_fits_the_incidents(sample_incidents):
    fig = incident_map(sample_incidents)
    geo = fig.layout.geo
    assert geo.showcountries and geo.showland and geo.showcoastlines
    assert geo.resolution == 50  # a regional view
    lat0, lat1 = geo.lataxis.range
    lon0, lon1 = geo.lonaxis.range
    located = sample_incidents.dropna(subset=["lat"])
    assert lat0 < located["lat"].min() and lat1 > located["lat"].max()
    assert lon0 < located["lon"].min() and lon1 > located["lon"].max()
    assert lon1 - lon0 < 40  # not the whole world


def test_map_zooms_out_for_far_apart_incidents(sample_incidents):
    far = schema.frame(
        "incidents",
        [
            {
                "incident_id": "far",
                "lat": -33.9,
                "lon": 151.2,
                "place": "Sydney",
                "country_code": "AU",
            }
        ],
    )
    fig = incident_map(pd.concat([sample_incidents, far], ignore_index=True))
    assert fig.layout.geo.resolution == 110
    assert fig.layout.geo.lonaxis.range[1] > 151.2


def test_same_place_incidents_are_spread_apart(sample_incidents):
    fig = incident_map(sample_incidents)
    coords = {}
    for trace in marker_traces(fig):
        for ident, lat, lon in zip(trace.customdata, trace.lat, trace.lon, strict=True):
            coords[ident] = (lat, lon)
    kharkiv = [coords[i] for i in ("inc-a", "inc-b", "inc-c")]
    assert len(set(kharkiv)) == 3
    for lat, lon in kharkiv:  # still near Kharkiv
        assert abs(lat - 49.9935) < 0.5 and abs(lon - 36.2304) < 0.8
    # A point alone keeps its coordinates.
    assert coords["inc-d"] == pytest.approx((45.4353, 28.008))


def test_spread_is_deterministic_whatever_the_row_order(sample_incidents):
    def positions(frame):
        lat, lon = charts.spread(frame, step=0.1, limit=1.0)
        return dict(zip(frame["incident_id"], zip(lat, lon, strict=True), strict=True))

    located = sample_incidents.dropna(subset=["lat", "lon"]).reset_index(drop=True)
    shuffled = located.sample(frac=1, random_state=3).reset_index(drop=True)
    assert positions(located) == positions(shuffled)


def test_spread_stays_within_limit_for_a_crowded_point():
    rows = [{"incident_id": f"x{i:03d}", "lat": 10.0, "lon": 20.0} for i in range(400)]
    frame = schema.frame("incidents", rows)
    lat, lon = charts.spread(frame, step=0.5, limit=1.0)
    assert len(set(zip(lat.round(6), lon.round(6), strict=True))) == 400
    assert np.hypot(lat - 10.0, (lon - 20.0) * np.cos(np.radians(10))).max() <= 1.0 + 1e-9


def test_country_level_places_are_hollow(sample_incidents):
    fig = incident_map(sample_incidents)
    symbols = {}
    for trace in marker_traces(fig):
        for ident, symbol in zip(trace.customdata, trace.marker.symbol, strict=True):
            symbols[ident] = symbol
    hollow = {100, "circle-open"}
    assert symbols["inc-f"] in hollow and symbols["inc-i"] in hollow  # country level
    assert symbols["inc-a"] not in hollow and symbols["inc-e"] not in hollow  # city, site


# -- empty and selection -----------------------------------------------------------------------


@pytest.mark.parametrize("build", [timeline, incident_map])
def test_empty_frame_gives_a_clear_empty_figure(build):
    fig = build(schema.empty("incidents"))
    assert [a.text for a in fig.layout.annotations] == [NO_MATCH]
    assert not any(len(t.customdata or ()) for t in fig.data)
    fig.to_json()  # serialisable


def test_empty_map_still_shows_the_world():
    fig = incident_map(schema.empty("incidents"))
    assert fig.layout.geo.showcountries and fig.layout.geo.showland
    assert any(isinstance(t, go.Scattergeo) for t in fig.data)


def test_selected_ids_reads_streamlit_selection_state():
    state = {
        "points": [
            {"curve_number": 1, "point_index": 0, "customdata": "inc-a"},
            {"curve_number": 0, "point_index": 2, "customdata": ["inc-c", 5]},
            {"curve_number": 1, "point_index": 0, "customdata": "inc-a"},
            {"curve_number": 2, "point_index": 1},  # a point without id (e.g. a span)
        ],
        "point_indices": [0, 2],
        "box": [],
        "lasso": [],
    }
    assert selected_ids(state) == ("inc-a", "inc-c")
    assert selected_ids({"points": [], "box": [], "lasso": []}) == ()
    assert selected_ids(None) == ()


def test_figures_for_10000_incidents_build_in_reasonable_time():
    data = synthetic_incidents(10_000, 5)
    start = time.perf_counter()
    line = timeline(data)
    geo = incident_map(data)
    elapsed = time.perf_counter() - start
    assert sum(len(t.customdata) for t in marker_traces(line)) == 10_000
    assert sum(len(t.customdata) for t in marker_traces(geo)) == 10_000
    assert elapsed < 3.0, f"timeline + map took {elapsed:.2f} s"


def test_hover_lookup_gives_the_labels_made_from_the_rows(sample_incidents):
    lookup = charts.hover_lookup(sample_incidents)
    assert list(lookup) == charts.hover_text(sample_incidents)
    assert list(lookup.index) == list(sample_incidents["incident_id"])
    # A filtered view draws the labels of the whole table, found by id.
    view = sample_incidents.iloc[[4, 0, 2]].reset_index(drop=True)
    fig = timeline(view, hover=lookup)
    for ident in view["incident_id"]:
        trace, i = point_of(fig, ident)
        assert trace.hovertext[i] == lookup[ident]
    assert fig.to_plotly_json() == timeline(view).to_plotly_json()
    geo = incident_map(view, hover=lookup)
    assert geo.to_plotly_json() == incident_map(view).to_plotly_json()


def test_hover_lookup_misses_and_repeated_ids_are_labelled_from_their_rows(sample_incidents):
    lookup = charts.hover_lookup(sample_incidents.iloc[:3])  # knows inc-a, inc-b, inc-c only
    fig = timeline(sample_incidents, hover=lookup)
    trace, i = point_of(fig, "inc-g")
    assert "embassy" in trace.hovertext[i]
    twice = pd.concat([sample_incidents.iloc[[0]], sample_incidents.iloc[[0]]], ignore_index=True)
    twice.loc[1, "summary"] = "Another summary of the same id."
    assert "inc-a" not in charts.hover_lookup(twice).index
    drawn = timeline(twice, hover=charts.hover_lookup(twice))
    texts = sorted(t.hovertext[j] for t in marker_traces(drawn)
                   for j in range(len(t.customdata)))  # fmt: skip
    assert len(texts) == 2 and "Another summary" in texts[0] + texts[1]


def test_big_timelines_draw_markers_with_webgl():
    small = synthetic_incidents(200, 3)
    big = synthetic_incidents(charts.GL_ABOVE + 500, 3)
    assert {type(t) for t in marker_traces(timeline(small))} == {go.Scatter}
    traces = marker_traces(timeline(big))
    assert {type(t) for t in traces} == {go.Scattergl}
    # Spans stay SVG lines; ids still ride on every marker.
    assert all(isinstance(t, go.Scatter) for t in span_traces(timeline(big)))
    dated = big.loc[big["date_start"].notna(), "incident_id"]
    assert sorted(all_ids(traces)) == sorted(dated)


def test_wide_regional_views_use_the_lighter_shapes(sample_incidents):
    east = schema.frame(
        "incidents",
        [{"incident_id": "east", "lat": 48.0, "lon": 68.0, "place": "Karaganda",
          "country": "Kazakhstan", "country_code": "KZ", "geo_precision": "city"}],
    )  # fmt: skip
    fig = incident_map(pd.concat([sample_incidents, east], ignore_index=True))
    geo = fig.layout.geo
    extent = geo.lonaxis.range[1] - geo.lonaxis.range[0]
    assert charts.FINE_VIEW < extent <= charts.CLOSE_VIEW + 40
    assert geo.projection.type == "mercator"  # still a close view
    assert geo.resolution == 110


def test_one_incident_gets_a_readable_date_axis_and_map_view(sample_incidents):
    alone = sample_incidents[sample_incidents["incident_id"] == "inc-f"]  # Türkiye, a country
    fig = timeline(alone)
    low, high = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    assert low < pd.Timestamp("2024-04-02") < high
    assert high - low >= pd.Timedelta(days=charts.MIN_DAYS_SHOWN)
    geo = incident_map(alone).layout.geo
    assert geo.lonaxis.range[1] - geo.lonaxis.range[0] >= 2 * charts.VAGUE_PAD
    assert geo.lataxis.range[0] < 38.96 < geo.lataxis.range[1]
    # An exact site alone is shown closer.
    site = incident_map(sample_incidents[sample_incidents["incident_id"] == "inc-e"]).layout.geo
    assert site.lataxis.range[1] - site.lataxis.range[0] < 2 * charts.VAGUE_PAD
    # Many years keep their whole span in view.
    wide = timeline(sample_incidents).layout.xaxis.range
    assert pd.Timestamp(wide[0]) < pd.Timestamp("2023-01-01")
    assert pd.Timestamp(wide[1]) > pd.Timestamp("2024-04-02")


def test_a_big_timeline_groups_its_incidents_and_keeps_every_id():
    data = synthetic_incidents(3000, 11)
    dated = data[data["date_start"].notna()]
    fig = timeline(data, max_points=1000)
    markers = [t for t in fig.data if t.meta["role"] == "incidents"]
    n_markers = sum(len(t.x) for t in markers)
    assert 0 < n_markers <= 1000
    ids = [i for t in markers for group in t.customdata for i in group.split(";")]
    assert sorted(ids) == sorted(dated["incident_id"])  # every incident in one marker
    # Selecting a grouped marker selects its incidents.
    first = markers[0].customdata[0]
    assert selected_ids({"points": [{"customdata": first}]}) == tuple(first.split(";"))
    assert "grouped by row and" in fig.layout.annotations[0].text
    assert not any(t.meta["role"] == "span" for t in fig.data)
    # Under the limit nothing is grouped.
    small = timeline(data.head(300), max_points=400)
    assert sum(len(t.x) for t in small.data if t.meta["role"] == "incidents") == len(
        data.head(300).dropna(subset=["date_start"])
    )


@pytest.mark.parametrize("draw", [timeline, incident_map])
def test_grouped_markers_can_send_keys_for_their_ids_and_selection_turns_them_back(draw):
    data = synthetic_incidents(3000, 5)
    plain = draw(data, max_points=500)
    members: dict[str, str] = {}
    keyed = draw(data, max_points=500, members=members)

    def custom(fig):
        return [c for t in fig.data if t.meta["role"] == "incidents" for c in t.customdata]

    before, after = custom(plain), custom(keyed)
    assert len(before) == len(after) and members
    for joined, sent in zip(before, after, strict=True):
        if ";" in joined:  # a group: a short key that the dict turns back into its ids
            assert sent.startswith(charts.GROUP_PREFIX) and len(sent) < 30
            assert members[sent] == joined
        else:
            assert sent == joined
    chosen = [{"customdata": c} for c in after[:3]]
    expected = tuple(i for c in before[:3] for i in c.split(";"))
    assert selected_ids({"points": chosen}, members) == expected
    # A key from another drawing selects nothing rather than something else.
    assert selected_ids({"points": [{"customdata": charts.GROUP_PREFIX + "0" * 16}]}, members) == ()
    assert len(keyed.to_json()) < len(plain.to_json())


@pytest.mark.parametrize("freq", ["W", "M", "Y"])
def test_period_starts_are_pandas_period_starts(freq):
    days = pd.Series(
        pd.to_datetime(
            [
                "1969-12-29",
                "1970-01-01",
                "2024-02-29 13:00",
                "2025-12-31 00:00",
                "2026-01-04 23:59",
            ],
            format="ISO8601",
        )
    )
    expected = days.dt.to_period(freq).dt.start_time.to_numpy()
    assert (charts._period_starts(days, freq) == expected).all()


def test_group_counts_see_every_combination_once():
    rows = pd.Series(["Kyiv", "Kyiv", "Lviv", None, None])
    cats = pd.Series(["shelling", "shelling", "shelling", "shelling", None])
    codes = charts._codes(rows, cats)
    assert charts._distinct(codes) == 4
    assert codes[0] == codes[1] and len(set(codes[2:])) == 3


def test_markers_at_the_ends_of_the_timeline_are_drawn_whole():
    small = timeline(synthetic_incidents(50, 4))
    assert all(t.cliponaxis is False for t in marker_traces(small))


def test_a_grouped_timeline_of_many_places_folds_the_smaller_ones_into_one_row():
    big = synthetic_incidents(charts.MAX_POINTS + 500, 6)
    big["place"] = [f"Town {i % 400}" for i in range(len(big))]
    big.loc[:2999, "place"] = "Busy town"  # the most incidents: keeps its row
    members: dict[str, str] = {}
    fig = timeline(big, members=members)
    rows = list(fig.layout.yaxis.categoryarray)
    assert len(rows) == charts.TIMELINE_ROWS and "Busy town" in rows
    assert rows[0] == charts.OTHER_PLACES  # drawn at the bottom (the axis runs upwards)
    sent = all_ids(marker_traces(fig))
    ids = [i for c in sent for i in members.get(c, c).split(";")]
    dated = big.loc[big["date_start"].notna(), "incident_id"]
    assert sorted(ids) == sorted(dated)
    assert "places with fewer incidents in one row" in fig.layout.annotations[0].text
    # Few places: every place keeps its row.
    few = synthetic_incidents(charts.MAX_POINTS + 500, 6)
    assert charts.OTHER_PLACES not in list(timeline(few).layout.yaxis.categoryarray)
