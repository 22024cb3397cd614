"""The dashboard's logic through Streamlit's AppTest, on the bundled articles."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app():
    return AppTest.from_file(str(DASHBOARD), default_timeout=240).run()


def metric(app, label):
    return next(m.value for m in app.metric if m.label == label)


def test_runs_and_shows_headline_figures(app):
    assert not app.exception
    assert int(metric(app, "Incidents")) >= 6
    assert int(metric(app, "Killed")) >= 38
    assert int(metric(app, "Source articles")) == 2


def test_country_filter_narrows_every_view(app):
    country = next(w for w in app.multiselect if w.label.startswith("Country"))
    assert any("Kazakhstan" in option for option in country.options)
    country.set_value(["KZ"]).run()
    assert not app.exception
    assert metric(app, "Incidents") == "1"
    assert metric(app, "Killed") == "38"
    country.set_value(["AZ"]).run()
    assert int(metric(app, "Incidents")) >= 6
    country.set_value([]).run()


def test_a_2025_date_range_leaves_the_2025_incidents(app):
    import datetime as dt

    dates = app.date_input[0]
    high = dates.value[1]
    dates.set_value((dt.date(2025, 1, 1), high)).run()
    assert not app.exception
    table = next(frame.value for frame in app.dataframe if "date_start" in frame.value)
    assert len(table) >= 4
    assert (table["date_end"].astype("datetime64[ns]").dt.year == 2025).all()
    assert int(metric(app, "Incidents")) == len(table)
