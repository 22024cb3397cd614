"""Columns and dtypes of the three tables: articles, mentions, incidents.

Counts are nullable integers: <NA> means *not reported*, 0 means *reported as none*.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

STRING = "string"
INT = "Int64"
FLOAT = "Float64"
BOOL = "boolean"
DATE = "datetime64[ns]"

ARTICLES: dict[str, str] = {
    "article_id": STRING,
    "source_path": STRING,
    "title": STRING,
    "url": STRING,
    "published": DATE,
    "language": STRING,
    "n_chars": INT,
    "error": STRING,
    "text": STRING,
}

MENTIONS: dict[str, str] = {
    "article_id": STRING,
    "kind": STRING,  # date | place | casualty | nationality | event | site
    "text": STRING,
    "start": INT,
    "end": INT,
    "sentence": STRING,
    "sentence_start": INT,  # offset of the sentence in the article text
    "paragraph": INT,  # index of the paragraph (blank-line separated) in the article
    "value": STRING,
    "precision": STRING,  # dates: day | month | year
    "place_name": STRING,
    "place_kind": STRING,  # places: site | city | region | country
    "country_code": STRING,
    "lat": FLOAT,
    "lon": FLOAT,
    "casualty_type": STRING,  # killed | injured
    "count": INT,
    "lower_bound": BOOL,  # "at least 11"
}

INCIDENTS: dict[str, str] = {
    "incident_id": STRING,
    "date_start": DATE,
    "date_end": DATE,
    "date_precision": STRING,
    "place": STRING,
    "country": STRING,
    "country_code": STRING,
    "lat": FLOAT,
    "lon": FLOAT,
    "geo_precision": STRING,
    "site": STRING,
    "incident_type": STRING,
    "killed": INT,
    "injured": INT,
    "countries_involved": STRING,  # ISO codes joined by ";"
    "sources": STRING,  # article ids joined by ";"
    "languages": STRING,
    "summary": STRING,
    "evidence": STRING,
    # Fields an analyst corrected, ";"-joined (see components.corrections); empty when none.
    "corrected": STRING,
}

TABLES: dict[str, dict[str, str]] = {
    "articles": ARTICLES,
    "mentions": MENTIONS,
    "incidents": INCIDENTS,
}


def empty(table: str) -> pd.DataFrame:
    """An empty frame with the table's columns and dtypes."""
    columns = TABLES[table]
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})


def frame(table: str, records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a table from records; missing columns are empty, unknown keys are refused."""
    columns = TABLES[table]
    rows = list(records)
    for row in rows:
        unknown = set(row) - set(columns)
        if unknown:
            raise KeyError(f"{table}: unknown columns {sorted(unknown)}")
    if not rows:
        return empty(table)
    data = pd.DataFrame.from_records(rows, columns=list(columns))
    return conform(table, data)


def conform(table: str, data: pd.DataFrame) -> pd.DataFrame:
    """Cast a frame to the table's columns and dtypes (used after reading CSV or a store)."""
    columns = TABLES[table]
    out = pd.DataFrame(index=data.index)
    for name, dtype in columns.items():
        series = data[name] if name in data else pd.Series(pd.NA, index=data.index)
        if dtype == DATE:
            series = pd.to_datetime(series, errors="coerce").astype(DATE)
        elif dtype in (INT, FLOAT):
            series = pd.to_numeric(series, errors="coerce").astype(dtype)
        elif dtype == BOOL:
            series = series.astype("object").where(series.notna(), pd.NA).astype(BOOL)
        elif isinstance(series.dtype, pd.StringDtype):  # text already, e.g. read through Arrow
            series = series.astype(STRING)
        else:
            series = series.astype("object").where(series.notna(), pd.NA).astype(STRING)
        out[name] = series
    return out.reset_index(drop=True)
