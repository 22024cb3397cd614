"""Whatever is uploaded, loading returns rows of the articles table and never raises."""

from __future__ import annotations

import json
import re

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from components import schema
from components.loading import SUPPORTED_EXTENSIONS, load_upload

EXTENSIONS = [*SUPPORTED_EXTENSIONS, ".TXT", ".Json", ".png", ".docx", "", "."]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

names = st.builds(
    lambda stem, extension: stem + extension,
    st.text(max_size=20),
    st.sampled_from(EXTENSIONS),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
# Records that look like articles, with every field possibly wrong.
records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.none() | st.integers() | st.text(max_size=6) | json_values,
        "text": st.text() | json_values,
        "body": st.text(),
        "title": st.text(max_size=20) | json_values,
        "published": st.text(max_size=25)
        | st.dates().map(str)
        | st.datetimes().map(lambda moment: moment.isoformat())
        | json_values,
        "date": st.dates().map(lambda day: day.strftime("%d.%m.%Y")) | st.text(max_size=12),
        "language": st.text(max_size=6) | st.sampled_from(["RO", "hu-HU", "ukr", "x"]),
    },
)


def assert_articles_table(frame: pd.DataFrame) -> None:
    assert len(frame) >= 1
    assert list(frame.columns) == list(schema.ARTICLES)
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == schema.ARTICLES
    assert frame["article_id"].notna().all() and frame["article_id"].is_unique
    has_text = frame["text"].notna()
    # a row is either an article (text, n_chars) or a report (error, no text)
    assert (frame.loc[has_text, "n_chars"] == frame.loc[has_text, "text"].str.len()).all()
    assert frame.loc[~has_text, "error"].notna().all()
    assert frame.loc[~has_text, "n_chars"].isna().all()


@SETTINGS
@given(data=st.binary(max_size=3000), name=names)
def test_arbitrary_bytes_never_raise(data, name):
    frame = load_upload(data, name)
    assert_articles_table(frame)
    assert (frame["source_path"] == name).all()


@SETTINGS
@given(text=st.text(max_size=2000), name=names, encoding=st.sampled_from(["utf-8", "utf-16"]))
def test_arbitrary_text_never_raises(text, name, encoding):
    data = text.encode(encoding, "surrogatepass")
    assert_articles_table(load_upload(data, name))


@SETTINGS
@given(text=st.text(max_size=500))
def test_plain_text_is_kept_apart_from_a_date_header(text):
    frame = load_upload(text.encode("utf-8", "surrogatepass"), "a.txt")
    assert_articles_table(frame)
    assert len(frame) == 1
    stored = frame["text"].iloc[0]
    if pd.notna(stored):
        # only a date header may be cut off the front; nothing else is changed
        assert re.sub(r"\r\n?", "\n", text).endswith(stored)


@SETTINGS
@given(items=st.lists(records | json_values, max_size=5), as_lines=st.booleans())
def test_arbitrary_json_records_never_raise(items, as_lines):
    if as_lines:
        data = "\n".join(json.dumps(item) for item in items)
        name = "a.jsonl"
    else:
        data = json.dumps(items)
        name = "a.json"
    frame = load_upload(data.encode("utf-8", "surrogatepass"), name)
    assert_articles_table(frame)
    assert len(frame) == max(len(items), 1)  # one row per record, bad or good
