"""Analyst corrections of incidents: kept apart from extracted data and applied on reading.

A correction says "for this incident, set this field to that value", or "merge it with that
incident", or "split these sources off it". Corrections are never written into the extracted
tables: :func:`apply_corrections` lays them over the incidents table each time it is read, so
they survive re-extraction and can be reverted (a reverted correction is kept, flagged, and no
longer applied).

Keys. ``incident_id`` is a hash of the incident's member keys (``article_id:offset:date``, one per
article's account of the event, see :func:`member_key`): it is the same on every run, but it
changes when another article joins the incident. So a correction names its incident by the
member keys it had (``target``) and goes to the incident that now shares most of them; a key
also matches without its date part, in case the extractor reads that article's date anew.
The incidents table carries the keys of each incident in its ``members`` column (JSON: member
key -> language of the article).

Values are JSON in ``old_value`` / ``new_value``:

* ``date``: ``{"date_start": "2024-03-01", "date_end": "2024-03-31", "date_precision": "month"}``
* ``place``: ``{"place", "country_code", "lat", "lon", "geo_precision"}`` (``country`` optional)
* ``killed`` / ``injured``: a count, 0 for none, null for not reported
* ``incident_type``: a type name
* ``merge``: the member keys of the other incident; it joins the corrected one
* ``split``: the member keys that leave the incident and form a new one
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from components import schema
from components.filters import country_name

MEMBERS = "members"
CORRECTED = "corrected"  # the incidents column: ";"-joined names of the corrected fields

FIELDS: dict[str, tuple[str, ...]] = {
    "date": ("date_start", "date_end", "date_precision"),
    "place": ("place", "country", "country_code", "lat", "lon", "geo_precision"),
    "killed": ("killed",),
    "injured": ("injured",),
    "incident_type": ("incident_type",),
}
STRUCTURAL = ("merge", "split")
PRECISIONS = ("day", "week", "month", "year")
GEO_PRECISIONS = ("site", "city", "region", "country")

COLUMNS: dict[str, str] = {
    "correction_id": schema.INT,
    "incident_id": schema.STRING,  # the id when the correction was made (for reading only)
    "target": schema.STRING,  # JSON list of the incident's member keys then
    "field": schema.STRING,
    "old_value": schema.STRING,
    "new_value": schema.STRING,
    "author": schema.STRING,
    "created_at": schema.DATE,
    "reverted": schema.BOOL,
    "reverted_at": schema.DATE,
    "reverted_by": schema.STRING,
}


def member_key(article_id: str, anchor: int, date_start: dt.date | None) -> str:
    """Key of one article's account of an incident: article, sentence offset, first day."""
    return f"{article_id}:{anchor}:{date_start}"


def incident_id(keys: Iterable[str]) -> str:
    """The incident id of a set of member keys (as :mod:`components.incidents` makes it)."""
    return hashlib.sha1("|".join(sorted(keys)).encode()).hexdigest()[:12]


def _loose(key: str) -> str:
    """A member key without its date part."""
    return key.rsplit(":", 1)[0]


def _article(key: str) -> str:
    return key.rsplit(":", 2)[0]


def parse_members(value: Any) -> dict[str, str]:
    """Member key -> language, from a ``members`` cell (empty for NA)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return {}
    return dict(json.loads(value))


def dump_members(members: Mapping[str, str]) -> str:
    return json.dumps(dict(sorted(members.items())), ensure_ascii=False)


def empty() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})


def frame(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    rows = list(records)
    if not rows:
        return empty()
    data = pd.DataFrame.from_records(rows)
    out = pd.DataFrame(index=data.index)
    for name, dtype in COLUMNS.items():
        series = data[name] if name in data else pd.Series(pd.NA, index=data.index)
        if dtype == schema.DATE:
            out[name] = pd.to_datetime(series).astype(schema.DATE)
        elif dtype == schema.BOOL:
            out[name] = series.astype("object").fillna(False).astype(schema.BOOL)
        else:
            out[name] = series.astype("object").where(series.notna(), pd.NA).astype(dtype)
    return out.reset_index(drop=True)


# ----------------------------------------------------------------------------- values


def _date(value: Any) -> dt.date:
    return pd.Timestamp(value).date()


def normalize_value(field: str, value: Any) -> Any:
    """The JSON-ready value of a correction; raises ValueError when it is not acceptable."""
    if field == "date":
        value = dict(value) if isinstance(value, Mapping) else {"date_start": value}
        start = _date(value["date_start"])
        end = _date(value.get("date_end") or start)
        precision = value.get("date_precision") or "day"
        if end < start:
            raise ValueError(f"date_end {end} is before date_start {start}")
        if precision not in PRECISIONS:
            raise ValueError(f"date_precision must be one of {PRECISIONS}")
        return {
            "date_start": start.isoformat(),
            "date_end": end.isoformat(),
            "date_precision": precision,
        }
    if field == "place":
        value = dict(value)
        name = str(value.get("place") or "").strip()
        code = str(value.get("country_code") or "").strip().upper()
        if not name or len(code) != 2:
            raise ValueError("a place needs a name and a two-letter country code")
        lat, lon = value.get("lat"), value.get("lon")
        if (lat is None) != (lon is None):
            raise ValueError("give both lat and lon, or neither")
        if lat is not None and not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
            raise ValueError(f"coordinates out of range: {lat}, {lon}")
        geo = value.get("geo_precision") or "city"
        if geo not in GEO_PRECISIONS:
            raise ValueError(f"geo_precision must be one of {GEO_PRECISIONS}")
        return {
            "place": name,
            "country": value.get("country") or country_name(code),
            "country_code": code,
            "lat": None if lat is None else float(lat),
            "lon": None if lon is None else float(lon),
            "geo_precision": geo,
        }
    if field in ("killed", "injured"):
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return None
        count = int(value)
        if count < 0 or count != float(value):
            raise ValueError(f"{field} must be a whole number >= 0 or empty")
        return count
    if field == "incident_type":
        name = str(value or "").strip()
        if not name:
            raise ValueError("incident_type cannot be empty")
        return name
    if field in STRUCTURAL:
        keys = sorted({str(k) for k in value})
        if not keys:
            raise ValueError(f"{field} needs member keys")
        return keys
    raise ValueError(f"cannot correct {field!r}; fields: {[*FIELDS, *STRUCTURAL]}")


def _json_scalar(value: Any) -> Any:
    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date().isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def current_value(incident: Mapping[str, Any], field: str) -> Any:
    """The value of ``field`` in an incident row, in the form of a correction's value."""
    if field in STRUCTURAL:
        return None
    columns = FIELDS[field]
    if len(columns) == 1:
        return _json_scalar(incident.get(columns[0]))
    return {c: _json_scalar(incident.get(c)) for c in columns}


def make(
    incident: Mapping[str, Any],
    field: str,
    value: Any,
    *,
    author: str,
    at: dt.datetime | None = None,
) -> dict[str, Any]:
    """A correction record of ``incident`` (a row with ``members``); raises ValueError."""
    if not str(author or "").strip():
        raise ValueError("a correction needs an author")
    keys = sorted(parse_members(incident.get(MEMBERS)))
    if not keys:
        raise ValueError("the incident has no member keys")
    new = normalize_value(field, value)
    if field == "split" and not set(new) < set(keys):
        raise ValueError("split: name some, not all, of the incident's member keys")
    return {
        "incident_id": str(incident.get("incident_id")),
        "target": json.dumps(keys, ensure_ascii=False),
        "field": field,
        "old_value": json.dumps(current_value(incident, field), ensure_ascii=False),
        "new_value": json.dumps(new, ensure_ascii=False),
        "author": str(author).strip(),
        "created_at": pd.Timestamp(at or dt.datetime.now(dt.UTC).replace(tzinfo=None)),
        "reverted": False,
    }


# ----------------------------------------------------------------------------- applying


class _Index:
    """Where each member key lives in the working table."""

    def __init__(self) -> None:
        self.exact: dict[str, object] = {}
        self.loose: dict[str, set[object]] = {}

    def add(self, label: object, keys: Iterable[str]) -> None:
        for key in keys:
            self.exact[key] = label
            self.loose.setdefault(_loose(key), set()).add(label)

    def remove(self, label: object, keys: Iterable[str]) -> None:
        for key in keys:
            if self.exact.get(key) == label:
                del self.exact[key]
            self.loose.get(_loose(key), set()).discard(label)

    def find(self, keys: Sequence[str], first_keys: Mapping[object, str]) -> object | None:
        """The row sharing most keys (exact before date-less), ties to the smallest key."""
        score: dict[object, tuple[int, int]] = {}
        for key in keys:
            exact = self.exact.get(key)
            if exact is not None:
                hit = score.get(exact, (0, 0))
                score[exact] = (hit[0] + 1, hit[1])
            for label in self.loose.get(_loose(key), ()):
                hit = score.get(label, (0, 0))
                score[label] = (hit[0], hit[1] + 1)
        if not score:
            return None
        return min(score, key=lambda label: (-score[label][0], -score[label][1], first_keys[label]))


def _active(corrections: pd.DataFrame | Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    table = corrections if isinstance(corrections, pd.DataFrame) else frame(corrections)
    if table.empty:
        return []
    table = table[~table["reverted"].fillna(False).astype(bool)]
    table = table.sort_values(["created_at", "correction_id"], kind="stable", na_position="last")
    return table.to_dict("records")


def _note(field: str, new: Any, old: Any) -> str:
    def text(value: Any) -> str:
        if value is None:
            return "not reported"
        if isinstance(value, dict):
            if "place" in value:
                return str(value["place"])
            return "–".join(dict.fromkeys(str(value[k]) for k in ("date_start", "date_end")))
        return str(value)

    return f"{field} {text(new)} (extracted: {text(old)})"


class _Work:
    """The incidents table under correction: rows by label, with their member keys."""

    def __init__(self, incidents: pd.DataFrame, articles: Iterable[str] | None = None) -> None:
        """``articles``: the only articles the corrections name, when known; rows without
        them can share no member key with a correction, so they are not indexed."""
        self.table = incidents.copy()
        cells = self.table[MEMBERS]
        if articles is not None:
            cells = cells[_naming_any(cells, articles)]
        self.members = {label: parse_members(v) for label, v in cells.items()}
        self.first = {label: min(m, default="") for label, m in self.members.items()}
        self.index = _Index()
        for label, members in self.members.items():
            self.index.add(label, members)
        self.notes: dict[object, list[str]] = {}
        self.after: dict[object, list[object]] = {}  # split-off rows follow their origin
        self.next_label = 0

    def find(self, keys: Sequence[str]) -> object | None:
        return self.index.find(keys, self.first)

    def mark(self, label: object, field: str, note: str | None = None) -> None:
        marks = self.table.at[label, CORRECTED]
        names = [] if pd.isna(marks) else [m for m in str(marks).split(";") if m]
        if field not in names:
            names.append(field)
        self.table.at[label, CORRECTED] = ";".join(names)
        if note:
            self.notes.setdefault(label, []).append(note)

    def set_members(self, label: object, members: dict[str, str]) -> None:
        self.index.remove(label, self.members.get(label, {}))
        self.members[label] = members
        self.first[label] = min(members, default="")
        self.index.add(label, members)
        self.table.at[label, MEMBERS] = dump_members(members)
        self.table.at[label, "incident_id"] = incident_id(members)
        articles = sorted({_article(k) for k in members})
        self.table.at[label, "sources"] = ";".join(articles)
        self.table.at[label, "languages"] = ";".join(sorted(set(members.values())))

    def edit(self, label: object, field: str, new: Any, old: Any) -> None:
        columns = FIELDS[field]
        values = new if isinstance(new, dict) else {columns[0]: new}
        for column in columns:
            value = values.get(column)
            if column.startswith("date_") and column != "date_precision" and value is not None:
                value = pd.Timestamp(value)
            self.table.at[label, column] = pd.NA if value is None else value
        if field == "place":
            involved = _items(self.table.at[label, "countries_involved"])
            involved.add(values["country_code"])
            self.table.at[label, "countries_involved"] = ";".join(sorted(involved))
        self.mark(label, field, _note(field, new, old))

    def merge(self, label: object, other: object) -> None:
        row, gone = self.table.loc[label], self.table.loc[other]
        for column in self.table.columns:
            if pd.isna(row[column]) and not pd.isna(gone[column]):
                self.table.at[label, column] = gone[column]
        for column in ("countries_involved",):
            self.table.at[label, column] = ";".join(
                sorted(_items(row[column]) | _items(gone[column]))
            )
        evidence = [e for e in (row["evidence"], gone["evidence"]) if not pd.isna(e) and e]
        self.table.at[label, "evidence"] = " | ".join(evidence) if evidence else pd.NA
        self.set_members(label, {**self.members[other], **self.members[label]})
        self.index.remove(other, self.members.pop(other))
        self.table = self.table.drop(index=other)
        self.notes.setdefault(label, []).extend(self.notes.pop(other, []))
        self.after.setdefault(label, []).extend(self.after.pop(other, []))
        for followers in self.after.values():
            if other in followers:
                followers.remove(other)
        self.mark(label, "merge", f"merged with incident {gone['incident_id']}")

    def split(self, label: object, keys: Sequence[str]) -> None:
        members = self.members[label]
        wanted = set(keys)
        loose = {_loose(k) for k in keys}
        leaving = {k: v for k, v in members.items() if k in wanted or _loose(k) in loose}
        staying = {k: v for k, v in members.items() if k not in leaving}
        if not leaving or not staying:
            return
        row = self.table.loc[label].copy()
        origin = row["incident_id"]
        self.set_members(label, staying)
        self.table.at[label, "evidence"] = _evidence_of(row["evidence"], staying)
        new_label = f"split-{self.next_label}"
        self.next_label += 1
        row["evidence"] = _evidence_of(row["evidence"], leaving)
        # Its counts are unknown until the analyst sets them: copying would count twice.
        row["killed"] = pd.NA
        row["injured"] = pd.NA
        row[CORRECTED] = ""
        row["summary"] = f"Split from incident {origin}: {row['summary']}"
        added = row.to_frame(new_label).T.astype(self.table.dtypes.to_dict())
        self.table = pd.concat([self.table, added])
        self.members[new_label] = {}
        self.set_members(new_label, leaving)
        self.after.setdefault(label, []).append(new_label)
        gone = ", ".join(sorted({_article(k) for k in leaving}))
        self.mark(label, "split", f"sources {gone} split off")
        self.mark(new_label, "split")

    def result(self, order: list[object]) -> pd.DataFrame:
        labels: list[object] = []

        def emit(label: object) -> None:
            labels.append(label)
            for follower in self.after.get(label, []):
                emit(follower)

        ordered = pd.Index(order)
        present = ordered[ordered.isin(self.table.index)]
        if self.after:
            followers = {f for fs in self.after.values() for f in fs}
            for label in present:
                if label not in followers:
                    emit(label)
            out = self.table.loc[labels]
        elif self.table.index.equals(present):  # nothing split or merged away: all rows as they are
            out = self.table
        else:
            out = self.table.loc[present]
        for label, notes in self.notes.items():
            if label in out.index and notes:
                summary = out.at[label, "summary"]
                prefix = "" if pd.isna(summary) else f"{summary} "
                out.at[label, "summary"] = f"{prefix}Corrected: {'; '.join(notes)}."
        return out.reset_index(drop=True)


def _naming_any(cells: pd.Series, articles: Iterable[str]) -> pd.Series:
    """Which ``members`` cells hold a key of one of ``articles`` (a key starts "<article>:")."""
    quoted = sorted({json.dumps(a, ensure_ascii=False)[:-1] for a in articles})
    if not quoted:
        return pd.Series(False, index=cells.index)
    pattern = "|".join(re.escape(q + ":") for q in quoted)
    return cells.astype("string").str.contains(pattern, regex=True, na=False).astype(bool)


def _named_articles(active: Iterable[Mapping[str, Any]]) -> set[str]:
    """The articles whose member keys the corrections name (targets, merged, split off)."""
    out: set[str] = set()
    for correction in active:
        keys = list(json.loads(correction["target"]))
        if correction["field"] in ("merge", "split"):
            keys += list(json.loads(correction["new_value"]))
        out.update(_article(str(k)) for k in keys)
    return out


def _items(value: Any) -> set[str]:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return set()
    return {v for v in str(value).split(";") if v}


def _evidence_of(evidence: Any, members: Mapping[str, str]) -> Any:
    """The evidence lines (``[article_id] sentence``) of the members' articles."""
    if evidence is None or (not isinstance(evidence, str) and pd.isna(evidence)):
        return pd.NA
    articles = {_article(k) for k in members}
    kept = [
        line
        for line in str(evidence).split(" | ")
        if line.startswith("[") and line[1:].split("]", 1)[0] in articles
    ]
    return " | ".join(kept) if kept else pd.NA


def apply_corrections(
    incidents: pd.DataFrame, corrections: pd.DataFrame | Iterable[Mapping[str, Any]]
) -> pd.DataFrame:
    """The incidents with the corrections that are not reverted applied, oldest first.

    Pure: neither argument is changed. Fills the column ``corrected`` (the corrected fields of
    each row, ";"-joined, empty when none) and notes each change at the end of ``summary``.
    ``incidents`` needs the ``members`` column; a correction whose incident is gone (no member
    key left in any incident) is skipped - see :func:`unapplied`.
    """
    out = incidents.copy()
    if MEMBERS not in out:
        out[MEMBERS] = pd.Series(pd.NA, index=out.index, dtype=schema.STRING)
    out[CORRECTED] = pd.Series("", index=out.index, dtype=schema.STRING)
    active = _active(corrections)
    if not active or out.empty:
        return out.reset_index(drop=True)
    order = list(out.index)
    work = _Work(out, _named_articles(active))
    for correction in active:
        _apply_one(work, correction)
    return work.result(order)


def _apply_one(work: _Work, correction: Mapping[str, Any]) -> bool:
    target = json.loads(correction["target"])
    label = work.find(target)
    if label is None:
        return False
    field = correction["field"]
    new = json.loads(correction["new_value"])
    if field == "merge":
        other = work.find(new)
        if other is None or other == label:
            return other == label
        work.merge(label, other)
    elif field == "split":
        work.split(label, new)
    else:
        old = json.loads(correction["old_value"]) if correction.get("old_value") else None
        work.edit(label, field, new, old)
    return True


def unapplied(
    incidents: pd.DataFrame, corrections: pd.DataFrame | Iterable[Mapping[str, Any]]
) -> pd.DataFrame:
    """The active corrections whose incident is no longer found (to show to the analyst)."""
    active = _active(corrections)
    if not active:
        return empty()
    table = incidents if MEMBERS in incidents else incidents.assign(**{MEMBERS: pd.NA})
    work = _Work(table.assign(**{CORRECTED: ""}), _named_articles(active))
    lost = [c for c in active if not _apply_one(work, c)]
    return frame(lost)


# ----------------------------------------------------------------------------- for the analyst


def resolve_place(
    name: str,
    *,
    country_code: str = "",
    lat: float | None = None,
    lon: float | None = None,
    geocode: Callable[..., Any] | None = None,
) -> dict[str, Any]:
    """The value of a ``place`` correction from what the analyst typed.

    Coordinates given (with a country code) are taken as an exact site; otherwise the name
    is looked up with ``geocode`` (geopy's ``geocode(query, country_codes=...)``), narrowed
    to ``country_code`` when one is given. Raises ValueError when neither works.
    """
    name = str(name or "").strip()
    code = str(country_code or "").strip().upper()
    if (lat is None) != (lon is None):
        raise ValueError("give both latitude and longitude, or neither")
    if lat is not None:
        value = {"place": name, "country_code": code, "lat": lat, "lon": lon}
        return normalize_value("place", {**value, "geo_precision": "site"})
    if not name:
        raise ValueError("a place needs a name")
    found = geocode(name, country_codes=[code] if code else None) if geocode else None
    if found is None:
        where = f" in {code}" if code else ""
        raise ValueError(
            f"{name!r} is not known{where}: give its latitude, longitude and country code"
        )
    raw = dict(found.raw or {})
    kind = raw.get("kind")
    return normalize_value(
        "place",
        {
            "place": raw.get("name") or name,
            "country_code": raw.get("country_code") or code,
            "lat": found.latitude,
            "lon": found.longitude,
            "geo_precision": kind if kind in ("country", "region") else "city",
        },
    )


def _shown(field: str, text: Any) -> str:
    if text is None or (not isinstance(text, str) and pd.isna(text)) or text == "":
        return ""
    value = json.loads(text)
    if field == "merge":
        return f"incident of {', '.join(sorted({_article(k) for k in value}))}"
    if field == "split":
        return f"sources {', '.join(sorted({_article(k) for k in value}))} split off"
    if isinstance(value, dict) and "place" in value:
        return f"{value['place']} ({value.get('country_code')})"
    if isinstance(value, dict):
        days = dict.fromkeys(str(value[k]) for k in ("date_start", "date_end") if value.get(k))
        return f"{' – '.join(days)} ({value.get('date_precision')})"
    return "not reported" if value is None else str(value)


def describe(log: pd.DataFrame, unapplied: pd.DataFrame | None = None) -> pd.DataFrame:
    """The corrections as the analyst reads them, newest first: what changed, from what, to
    what, who and when, and whether it is applied, reverted or lost (its incident gone)."""
    lost = set() if unapplied is None else set(unapplied["correction_id"].dropna().astype(int))
    rows = []
    for record in log.to_dict("records"):
        ident = int(record["correction_id"])
        if record["reverted"]:
            status = (
                f"reverted by {record['reverted_by']} at {record['reverted_at']:%Y-%m-%d %H:%M}"
            )
        elif ident in lost:
            status = "not applied: its incident is gone"
        else:
            status = "applied"
        field = str(record["field"])
        rows.append(
            {
                "correction": ident,
                "incident": record["incident_id"],
                "field": field,
                "from": "" if field in STRUCTURAL else _shown(field, record["old_value"]),
                "to": _shown(field, record["new_value"]),
                "author": record["author"],
                "made": record["created_at"],
                "status": status,
            }
        )
    columns = ["correction", "incident", "field", "from", "to", "author", "made", "status"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values("correction", ascending=False).reset_index(drop=True)
