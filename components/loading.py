"""Read news articles from files, folders or uploaded bytes into the ``articles`` table.

Formats (chosen by file extension):

* ``.txt`` / ``.md`` - one article. An optional first line ``date YYYY-MM-DD`` (leading blanks
  allowed, ``date`` in any case, an optional colon) gives the publication date; the article
  text then starts at the first non-blank character after the date, even on the same line.
  A ``.md`` file whose first non-blank line is a ``# heading`` takes it as title; plain text
  has no title (a first "sentence" cannot be found reliably in every language).
* ``.json`` (an object or a list of objects), ``.jsonl`` (one object a line), ``.csv`` (a
  header row; ``,``, ``;`` or tab separated) - one article per record. Text comes from the
  first non-empty ``text`` / ``body`` / ``content`` field, the date from ``published`` /
  ``date``; ``id``, ``title``, ``language`` and ``url`` are optional. Field names ignore case;
  other fields are not kept.

Text is kept as decoded: only a byte-order mark is removed and line breaks ``\\r\\n`` / ``\\r``
become ``\\n`` - right after decoding, before anything else - so that the same article saved
on any system gets the same text, offsets and id. Letters are never normalised (``ş`` stays
``ş``).

Bytes are read as UTF-8 when they decode cleanly (or carry a UTF-8/16/32 byte-order mark);
otherwise charset-normalizer picks among the legacy code pages of the languages we read.

Problems never raise: each becomes a row whose ``error`` says what is wrong and where. A row
with a non-empty ``text`` is still an article (e.g. an unreadable date only leaves
``published`` empty, a repeated id is renamed) and should be extracted; a row without text is
only a report.

``article_id`` is the record's ``id`` when given, else the first 16 hex digits of the SHA-1 of
text and published date, so it is the same on every run and machine. Ids are unique within one
load: a later article with an id already seen is renamed ``<id>#2``, ``<id>#3``... and says so;
when it also has the same text and date it is the same article read twice, so its text is
dropped and it is only reported (see :func:`resolve_duplicate_ids`).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any

import pandas as pd
from charset_normalizer import from_bytes
from lingua import IsoCode639_3, Language, LanguageDetectorBuilder

from components import schema

SUPPORTED_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".json", ".jsonl", ".csv")

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("published", "date")

# Legacy code pages tried when the bytes are not UTF-8: those of the languages we read. Left
# to itself charset-normalizer prefers ISO-8859-16 for Romanian cp1250 text, which turns every
# ş into ș; so the candidates are fixed.
LEGACY_ENCODINGS = (
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp1254",
    "iso8859_9",
    "cp1252",
    "iso8859_15",
)

# The languages we extract from, plus their neighbours and the common European languages, so
# that a German or Bulgarian article is named as such and not forced into one of ours.
DETECTOR_LANGUAGES = (
    "ROMANIAN",
    "HUNGARIAN",
    "ENGLISH",
    "TURKISH",
    "RUSSIAN",
    "UKRAINIAN",
    "GERMAN",
    "FRENCH",
    "SPANISH",
    "ITALIAN",
    "PORTUGUESE",
    "DUTCH",
    "POLISH",
    "CZECH",
    "SLOVAK",
    "SLOVENE",
    "CROATIAN",
    "SERBIAN",
    "BOSNIAN",
    "BULGARIAN",
    "MACEDONIAN",
    "ALBANIAN",
    "GREEK",
    "BELARUSIAN",
    "LITHUANIAN",
    "LATVIAN",
    "ESTONIAN",
    "FINNISH",
    "SWEDISH",
    "DANISH",
    "BOKMAL",
    "AZERBAIJANI",
    "GEORGIAN",
    "ARMENIAN",
    "ARABIC",
)
# Fewer letters than this cannot be told apart reliably.
MIN_LETTERS_FOR_DETECTION = 12
# Language shows in the first few thousand characters; reading more only costs time.
DETECTION_SAMPLE_CHARS = 3000
# Below this distance between the two best guesses the language is reported as unknown.
MIN_RELATIVE_DISTANCE = 0.1

# pandas datetime64[ns] covers 1677-09-21 .. 2262-04-11.
_FIRST_YEAR, _LAST_YEAR = 1678, 2261
_DAY_FIRST_FORMATS = ("%d.%m.%Y", "%Y/%m/%d")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_NEWLINES = re.compile(r"\r\n?")
# Control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_BLANK = r"[^\S\n]"
_DATE_TOKEN = (
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_DATE_HEADER = re.compile(
    rf"{_BLANK}*date(?:{_BLANK}*:{_BLANK}*|{_BLANK}+)(?P<date>{_DATE_TOKEN})(?=\s|$)\s*",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(rf"\s*#{{1,6}}{_BLANK}+(?P<title>[^\n]*?){_BLANK}*#*{_BLANK}*(?:\n|$)")


class _Unreadable(Exception):
    """The bytes cannot be turned into text; the message says why."""


# ----------------------------------------------------------------------------- public API


def fingerprint(paths: Iterable[str | Path]) -> tuple[tuple[str, int, int], ...]:
    """(path, size, modification time) of every file :func:`load_paths` reads under
    ``paths``: it changes when they do, and costs a directory walk."""
    if isinstance(paths, str | Path):
        paths = [paths]
    entries = []
    for given in paths:
        for path, _ in _expand(Path(given)):
            try:
                stat = path.stat()
                entries.append((str(path), stat.st_size, stat.st_mtime_ns))
            except OSError:
                entries.append((str(path), -1, -1))
    return tuple(entries)


def load_paths(paths: Iterable[str | Path]) -> pd.DataFrame:
    """Load files and folders (recursively, in sorted order, hidden entries skipped)."""
    if isinstance(paths, str | Path):  # one path, not its characters
        paths = [paths]
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for given in paths:
        for path, problem in _expand(Path(given)):
            if problem is not None:
                rows.append(_error_row(str(path), "", problem))
                continue
            key = os.path.realpath(path)
            if key in seen:  # the same file named twice, e.g. itself and its folder
                continue
            seen.add(key)
            if not path.is_file() and path.exists():
                rows.append(_error_row(str(path), "", "not a regular file"))
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                rows.append(_error_row(str(path), "", f"cannot read file ({_os_reason(exc)})"))
                continue
            rows.extend(_parse(data, str(path)))
    return resolve_duplicate_ids(schema.frame("articles", rows))


def load_upload(data: bytes, filename: str) -> pd.DataFrame:
    """Load the bytes of an uploaded file; ``filename`` decides the format and is the source."""
    return resolve_duplicate_ids(schema.frame("articles", _parse(bytes(data), str(filename))))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when too short or undecidable."""
    sample = text[:DETECTION_SAMPLE_CHARS]
    letters = itertools.islice(_LETTER.finditer(sample), MIN_LETTERS_FOR_DETECTION)
    if sum(1 for _ in letters) < MIN_LETTERS_FOR_DETECTION:
        return None
    # Lone surrogates (possible from JSON escapes) cannot cross into the detector.
    sample = sample.encode("utf-8", "replace").decode("utf-8")
    language = _detector().detect_language_of(sample)
    return None if language is None else language.iso_code_639_1.name.lower()


def resolve_duplicate_ids(articles: pd.DataFrame) -> pd.DataFrame:
    """Make ``article_id`` unique: later repeats become ``<id>#2``... with a note in ``error``.

    A repeat with the same text and date is the same article read twice: its text is dropped
    so that it is not extracted again. Use it after concatenating several loads.
    """
    if articles.empty or not articles["article_id"].duplicated().any():
        return articles
    out = articles.reset_index(drop=True)
    taken = set(out["article_id"].dropna())
    first: dict[str, int] = {}
    for index in out.index:
        article_id = out.at[index, "article_id"]
        if article_id not in first:
            first[article_id] = index
            continue
        original = first[article_id]
        new_id = next(
            candidate for n in itertools.count(2) if (candidate := f"{article_id}#{n}") not in taken
        )
        taken.add(new_id)
        origin = out.at[original, "source_path"]
        same = _same_article(out.loc[original], out.loc[index])
        if same:
            note = f"same article as '{article_id}' in {origin}; not loaded twice"
            out.loc[index, ["text", "n_chars"]] = [pd.NA, pd.NA]
        else:
            note = f"duplicate id '{article_id}' (first in {origin}); renamed '{new_id}'"
        out.at[index, "article_id"] = new_id
        previous = out.at[index, "error"]
        out.at[index, "error"] = note if pd.isna(previous) else f"{previous}; {note}"
    return out


# ----------------------------------------------------------------------------- files


def _expand(path: Path) -> Iterator[tuple[Path, str | None]]:
    """The files under ``path`` in sorted order, or the problem that hides them."""
    if path.is_dir():
        found: list[tuple[tuple[str, ...], Path, str | None]] = []

        def report(exc: OSError) -> None:
            where = Path(exc.filename) if exc.filename else path
            found.append(
                (where.relative_to(path).parts, where, f"cannot read folder ({_os_reason(exc)})")
            )

        for folder, dirs, files in os.walk(path, onerror=report):
            dirs[:] = sorted(name for name in dirs if not name.startswith("."))
            for name in files:
                if not name.startswith("."):
                    file = Path(folder, name)
                    found.append((file.relative_to(path).parts, file, None))
        for _, file, problem in sorted(found, key=lambda item: item[0]):
            yield file, problem
    elif path.exists() or path.is_symlink():
        yield path, None
    else:
        yield path, "no such file or folder"


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


# ----------------------------------------------------------------------------- parsing


def _parse(data: bytes, source: str) -> list[dict[str, Any]]:
    """Rows of the articles table for one file's bytes; never raises."""
    suffix = PurePath(source).suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        kind = f"'{suffix}'" if suffix else "without extension"
        expected = ", ".join(SUPPORTED_EXTENSIONS)
        return [_error_row(source, "", f"unsupported file type {kind} (expected {expected})")]
    try:
        text = _decode(data)
    except _Unreadable as exc:
        return [_error_row(source, "", str(exc))]
    if not text.strip():
        return [_error_row(source, "", "empty file")]
    rows = [
        _article_row(source, where, item)
        if isinstance(item, Mapping)
        else _error_row(source, where, item)
        for where, item in _READERS[suffix](text)
    ]
    return rows or [_error_row(source, "", "no articles found")]


def _decode(data: bytes) -> str:
    if not data:
        raise _Unreadable("empty file")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise _Unreadable(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from exc
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
            if best is None:
                raise _Unreadable("not a text file (binary content)") from None
            text = str(best)
    if "\x00" in text or len(_CONTROL.findall(text)) > len(text) / 100:
        raise _Unreadable("not a text file (binary content)")
    return _NEWLINES.sub("\n", text)


Item = tuple[str, Mapping[str, Any] | str]  # (where, fields) or (where, problem)


def _read_text(text: str) -> Iterator[Item]:
    fields: dict[str, Any] = {"text": text}
    header = _DATE_HEADER.match(text)
    if header is not None:
        fields = {"text": text[header.end() :], "published": header["date"]}
        if not fields["text"].strip():
            yield "", f"no article text after the line 'date {header['date']}'"
            return
    yield "", fields


def _read_markdown(text: str) -> Iterator[Item]:
    for where, item in _read_text(text):
        if isinstance(item, Mapping) and (heading := _MD_HEADING.match(item["text"])):
            item = {**item, "title": heading["title"]}
        yield where, item


def _read_json(text: str) -> Iterator[Item]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        return
    except (ValueError, RecursionError) as exc:
        yield "", f"invalid JSON: {exc}"
        return
    if isinstance(value, dict):
        yield "", value
    elif isinstance(value, list):
        if not value:
            yield "", "the JSON list is empty"
        for number, record in enumerate(value, start=1):
            where = f"record {number}"
            yield where, record if isinstance(record, dict) else _not_object(record)
    else:
        yield "", f"expected a JSON object or a list of objects, found {_json_kind(value)}"


def _read_jsonl(text: str) -> Iterator[Item]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, f"invalid JSON at column {exc.colno}: {exc.msg}"
            continue
        except (ValueError, RecursionError) as exc:
            yield where, f"invalid JSON: {exc}"
            continue
        yield where, record if isinstance(record, dict) else _not_object(record)


def _read_csv(text: str) -> Iterator[Item]:
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        cells = next(reader, None)
        if cells is None:
            yield "", "no header row"
            return
        header = [name.strip().lower() for name in cells]
        line = reader.line_num
        if not set(TEXT_FIELDS) & set(header):
            wanted = ", ".join(f"'{name}'" for name in TEXT_FIELDS)
            yield "line 1", f"the header has no {wanted} column"
            return
        number = 0
        for cells in reader:
            where = f"row {number + 1} (line {line + 1})"
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            number += 1
            record: dict[str, str] = {}
            for name, cell in zip(header, cells, strict=False):
                record.setdefault(name, cell)
            yield where, record
    except csv.Error as exc:
        yield f"line {reader.line_num}", f"invalid CSV ({exc}); the rest of the file was skipped"


_READERS = {
    ".txt": _read_text,
    ".md": _read_markdown,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".csv": _read_csv,
}


def _not_object(value: Any) -> str:
    return f"expected a JSON object, found {_json_kind(value)}"


def _json_kind(value: Any) -> str:
    kinds = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    return kinds.get(type(value), "a number")


# ----------------------------------------------------------------------------- rows


def _article_row(source: str, where: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, value in raw.items():
        fields.setdefault(str(key).strip().lower(), value)
    notes: list[str] = []

    text, text_problem = _field_text(fields)
    published, date_problem = _field_date(fields)
    if date_problem:
        notes.append(date_problem)

    language = None
    given_language = fields.get("language")
    if given_language not in (None, ""):
        language = _language_code(given_language)
        if language is None:
            notes.append(f"language {_quote(given_language)} not understood; detected from text")
    if language is None and text is not None:
        language = detect_language(text)

    title = fields.get("title")
    title = title.strip() if isinstance(title, str) else ""
    url = fields.get("url")
    url = url.strip() if isinstance(url, str) else ""

    given_id = fields.get("id")
    if given_id is not None and not isinstance(given_id, dict | list) and str(given_id).strip():
        article_id = str(given_id).strip()
    elif text is not None:
        article_id = _content_id(text, published)
    else:
        article_id = _content_id(f"{source}\x00{where}", None)

    if text is None:
        notes.insert(0, text_problem)
    return {
        "article_id": article_id,
        "source_path": source,
        "title": title or None,
        "url": url or None,
        "published": published,
        "language": language,
        "n_chars": None if text is None else len(text),
        "error": _message(source, where, "; ".join(notes)) if notes else None,
        "text": text,
    }


def _error_row(source: str, where: str, problem: str) -> dict[str, Any]:
    return {
        "article_id": _content_id(f"{source}\x00{where}", None),
        "source_path": source,
        "error": _message(source, where, problem),
    }


def _message(source: str, where: str, problem: str) -> str:
    place = f"{source or '(unnamed)'}, {where}" if where else source or "(unnamed)"
    return f"{place}: {problem}"


def _field_text(fields: Mapping[str, Any]) -> tuple[str | None, str]:
    """The first non-empty text field, or why there is none."""
    problem = ""
    for name in TEXT_FIELDS:
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            return _NEWLINES.sub("\n", value), ""
        if value is not None and not isinstance(value, str) and not problem:
            problem = f"field '{name}' is {_json_kind(value)}, not text"
    wanted = " / ".join(f"'{name}'" for name in TEXT_FIELDS)
    return None, problem or f"no text (expected a non-empty {wanted} field)"


def _field_date(fields: Mapping[str, Any]) -> tuple[pd.Timestamp | None, str]:
    for name in DATE_FIELDS:
        value = fields.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        day = _parse_date(value)
        if day is None:
            return None, (
                f"date {_quote(value)} could not be read (expected YYYY-MM-DD, DD.MM.YYYY or "
                "YYYY/MM/DD); published left empty"
            )
        if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
            return None, f"date {_quote(value)} is out of range; published left empty"
        return pd.Timestamp(day.year, day.month, day.day), ""
    return None, ""


def _quote(value: Any, limit: int = 40) -> str:
    shown = str(value)
    return repr(shown if len(shown) <= limit else shown[: limit - 1] + "…")


def _parse_date(value: Any) -> dt.date | None:
    """The calendar date of an ISO date/datetime (as written, whatever the time zone)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    written = str(value).strip()
    try:
        return dt.datetime.fromisoformat(written).date()
    except ValueError:
        pass
    token = written.split()[0] if written else ""
    for pattern in _DAY_FIRST_FORMATS:
        try:
            return dt.datetime.strptime(token, pattern).date()
        except ValueError:
            continue
    return None


def _language_code(value: Any) -> str | None:
    """Lowercase ISO 639-1 code from 'ro', 'RO', 'ro-RO', 'ron' or 'Romanian'."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    if len(code) == 2 and code.isascii() and code.isalpha():
        return code
    language = None
    try:
        language = Language.from_iso_code_639_3(IsoCode639_3.from_str(code))
    except ValueError:
        try:
            language = Language.from_str(code)
        except ValueError:
            return None
    return language.iso_code_639_1.name.lower()


def _content_id(text: str, published: pd.Timestamp | None) -> str:
    day = "" if published is None else published.date().isoformat()
    return hashlib.sha1(f"{text}\x00{day}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _same_article(first: pd.Series, second: pd.Series) -> bool:
    if pd.isna(first["text"]) or pd.isna(second["text"]):
        return False
    same_date = (pd.isna(first["published"]) and pd.isna(second["published"])) or (
        first["published"] == second["published"]
    )
    return bool(first["text"] == second["text"] and same_date)


@functools.cache
def _detector():
    # Low accuracy mode (trigrams only): ~60 MB and a fraction of a second to load instead of
    # ~800 MB and seconds, and still right on single news sentences in our languages.
    languages = [getattr(Language, name) for name in DETECTOR_LANGUAGES]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_minimum_relative_distance(MIN_RELATIVE_DISTANCE)
        .build()
    )
