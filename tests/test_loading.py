"""Loading articles: formats, encodings, date headers, folders, uploads, bad input, languages."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from components import loading, schema
from components.loading import detect_language, load_paths, load_upload

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "data" / "articles"

RO = (
    "Un incendiu a izbucnit marţi seara într-un depozit din Piteşti, iar doi angajaţi "
    "au fost răniţi. Pompierii au intervenit cu şase autospeciale."
)
HU = (
    "Egy ötvenhét éves férfi meghalt, két társa megsérült, amikor felrobbant egy gázpalack "
    "Nyíregyházán. A tűzoltók gyorsan eloltották a tüzet."
)
EN = "Three workers were injured on Tuesday when a crane collapsed at a building site in Leeds."


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def one(frame: pd.DataFrame, source: Path | str) -> pd.Series:
    rows = frame[frame["source_path"] == str(source)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def assert_article(row: pd.Series, text: str) -> None:
    assert pd.isna(row["error"]), row["error"]
    assert row["text"] == text
    assert row["n_chars"] == len(text)


def day(value: str) -> pd.Timestamp:
    return pd.Timestamp(value)


# ----------------------------------------------------------------------------- formats


def test_frame_has_the_articles_columns_and_dtypes(tmp_path):
    frame = load_paths([write(tmp_path / "a.txt", EN)])
    assert list(frame.columns) == list(schema.ARTICLES)
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == schema.ARTICLES


def test_plain_text_without_header_is_kept_whole(tmp_path):
    path = write(tmp_path / "a.txt", EN + "\n\nSecond paragraph.\n")
    row = one(load_paths([path]), path)
    assert_article(row, EN + "\n\nSecond paragraph.\n")
    assert pd.isna(row["published"])
    assert pd.isna(row["title"])


@pytest.mark.parametrize(
    ("content", "published", "body"),
    [
        (f" date 2024-03-07 {RO}", "2024-03-07", RO),
        (f"date 2024-03-07\n\n{RO}", "2024-03-07", RO),
        (f"\t DATE 2024-03-07   {RO}", "2024-03-07", RO),
        (f"Date: 07.03.2024\n{RO}", "2024-03-07", RO),
        (f"date 2024/03/07 {RO}", "2024-03-07", RO),
        (f"date 2024-03-07T09:15:00+02:00\n{RO}", "2024-03-07", RO),
    ],
)
def test_date_header_variants(tmp_path, content, published, body):
    path = write(tmp_path / "a.txt", content)
    row = one(load_paths([path]), path)
    assert_article(row, body)
    assert row["published"] == day(published)
    assert row["language"] == "ro"


def test_a_line_starting_with_the_word_date_is_not_a_header(tmp_path):
    text = "Date growers near Elche lost two harvests to the 2023 floods."
    path = write(tmp_path / "a.txt", text)
    row = one(load_paths([path]), path)
    assert_article(row, text)
    assert pd.isna(row["published"])


def test_unreadable_header_date_keeps_the_body_and_warns(tmp_path):
    bad = write(tmp_path / "bad.txt", f"date 2024-13-45 {EN}")
    good = write(tmp_path / "good.txt", f"date 2024-02-29 {EN} Again.")
    frame = load_paths([bad, good])
    row = one(frame, bad)
    assert row["text"] == EN
    assert pd.isna(row["published"])
    assert "bad.txt" in row["error"] and "2024-13-45" in row["error"]
    assert "could not be read" in row["error"]
    assert one(frame, good)["published"] == day("2024-02-29")


def test_header_without_body_is_an_error(tmp_path):
    bad = write(tmp_path / "bad.txt", "date 2024-03-07  \n\n")
    good = write(tmp_path / "good.txt", EN)
    frame = load_paths([bad, good])
    row = one(frame, bad)
    assert pd.isna(row["text"]) and "no article text" in row["error"]
    assert_article(one(frame, good), EN)


def test_markdown_heading_is_the_title_and_text_stays_whole(tmp_path):
    body = f"# Crane collapse in Leeds\n\n{EN}\n"
    path = write(tmp_path / "a.md", f"date 2024-05-02\n{body}")
    row = one(load_paths([path]), path)
    assert_article(row, body)
    assert row["title"] == "Crane collapse in Leeds"
    assert row["published"] == day("2024-05-02")


def test_json_object(tmp_path):
    record = {"id": 42, "title": " Gázrobbanás ", "published": "2024-01-09", "text": HU}
    path = write(tmp_path / "a.json", json.dumps(record, ensure_ascii=False))
    row = one(load_paths([path]), path)
    assert_article(row, HU)
    assert row["article_id"] == "42"
    assert row["title"] == "Gázrobbanás"
    assert row["published"] == day("2024-01-09")
    assert row["language"] == "hu"


def test_json_list_uses_text_body_or_content_and_either_date_field(tmp_path):
    records = [
        {"text": RO, "published": "2024-01-09T23:30:00+02:00", "url": "https://example.ro/a"},
        {"body": HU, "date": "2024-01-10T08:00:00Z"},
        {"content": EN, "date": "10.01.2024"},
        {"text": "", "body": " ", "content": EN + " More.", "published": "2024/01/11"},
    ]
    path = write(tmp_path / "a.json", json.dumps(records, ensure_ascii=False))
    frame = load_paths([path])
    assert frame["text"].tolist() == [RO, HU, EN, EN + " More."]
    # a datetime keeps the calendar date it was written with, whatever its time zone
    assert frame["published"].tolist() == [
        day("2024-01-09"),
        day("2024-01-10"),
        day("2024-01-10"),
        day("2024-01-11"),
    ]
    assert frame["error"].isna().all()
    assert frame["language"].tolist() == ["ro", "hu", "en", "en"]


def test_field_names_ignore_case(tmp_path):
    path = write(tmp_path / "a.json", json.dumps({"Text": EN, "Published": "2024-06-01"}))
    row = one(load_paths([path]), path)
    assert_article(row, EN)
    assert row["published"] == day("2024-06-01")


def test_jsonl(tmp_path):
    lines = [json.dumps({"id": "a", "text": RO}), "", json.dumps({"id": "b", "text": HU})]
    path = write(tmp_path / "a.jsonl", "\n".join(lines) + "\n")
    frame = load_paths([path])
    assert frame["article_id"].tolist() == ["a", "b"]
    assert frame["text"].tolist() == [RO, HU]
    assert frame["error"].isna().all()


def test_csv_with_quoted_multiline_text(tmp_path):
    content = (
        "id,published,title,text\n"
        f'r1,2024-02-01,Incendiu,"{RO}\n\nAl doilea paragraf, cu virgulă."\n'
        f"h1,2024-02-02,,{HU.replace(',', '')}\n"
    )
    path = write(tmp_path / "a.csv", content)
    frame = load_paths([path])
    assert frame["article_id"].tolist() == ["r1", "h1"]
    assert frame["text"].tolist() == [
        RO + "\n\nAl doilea paragraf, cu virgulă.",
        HU.replace(",", ""),
    ]
    assert frame["title"].tolist()[0] == "Incendiu" and pd.isna(frame["title"].tolist()[1])
    assert frame["published"].tolist() == [day("2024-02-01"), day("2024-02-02")]
    assert frame["error"].isna().all()


def test_csv_with_semicolons(tmp_path):
    path = write(tmp_path / "a.csv", f"Date;Content\n05.04.2024;{EN}\n")
    row = one(load_paths([path]), path)
    assert_article(row, EN)
    assert row["published"] == day("2024-04-05")


# ----------------------------------------------------------------------------- encodings


def test_utf8_bom_is_stripped(tmp_path):
    txt = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + f"date 2024-03-07 {RO}".encode())
    csv_file = write(tmp_path / "b.csv", b"\xef\xbb\xbf" + f"text\n{EN}\n".encode())
    frame = load_paths([txt, csv_file])
    assert_article(one(frame, txt), RO)
    assert one(frame, txt)["published"] == day("2024-03-07")
    assert_article(one(frame, csv_file), EN)


def test_cp1250_romanian(tmp_path):
    # „ and ” exist only in cp1250, not in ISO-8859-2
    text = "„Doi angajaţi au fost răniţi”, a anunţat ISU Argeş. " + RO + " În rest, nimic grav."
    path = write(tmp_path / "ro.txt", "date 2024-03-07\n" + text, encoding="cp1250")
    row = one(load_paths([path]), path)
    assert_article(row, text)
    assert "ş" in row["text"] and "ș" not in row["text"]  # cedilla letters stay as written
    assert row["language"] == "ro"


@pytest.mark.parametrize("encoding", ["cp1250", "iso8859_2"])
def test_legacy_romanian_keeps_cedilla_letters(tmp_path, encoding):
    # without „” nothing tells cp1250 from ISO-8859-16, which would read ş as ș
    text = RO + " Circulaţia a fost închisă până la miezul nopţii, a anunţat ISU Argeş."
    path = write(tmp_path / "ro.txt", text, encoding=encoding)
    assert_article(one(load_paths([path]), path), text)


def test_iso_8859_2_hungarian(tmp_path):
    text = (
        HU + " Előzetes adatok szerint a sérültek állapota nem életveszélyes, közölte a rendőrség."
    )
    path = write(tmp_path / "hu.txt", text, encoding="iso8859_2")
    row = one(load_paths([path]), path)
    assert_article(row, text)
    assert "ő" in row["text"] and "ű" in row["text"]
    assert row["language"] == "hu"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom"])
def test_utf16_with_bom(tmp_path, encoding):
    content = f"date 2024-03-07 {HU}"
    raw = (
        content.encode("utf-16")
        if encoding == "utf-16"
        else b"\xfe\xff" + content.encode("utf-16-be")
    )
    path = write(tmp_path / "a.txt", raw)
    row = one(load_paths([path]), path)
    assert_article(row, HU)
    assert row["published"] == day("2024-03-07")


def test_windows_line_breaks_become_newlines(tmp_path):
    path = write(tmp_path / "a.txt", f"date 2024-03-07\r\n\r\n{EN}\r\nLast line.\r\n")
    row = one(load_paths([path]), path)
    assert_article(row, f"{EN}\nLast line.\n")
    path = write(tmp_path / "a.json", json.dumps({"text": "One.\r\nTwo.\rThree."}))
    assert one(load_paths([path]), path)["text"] == "One.\nTwo.\nThree."


# ----------------------------------------------------------------------------- folders


def test_folders_are_read_recursively_in_order_skipping_hidden(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", EN)
    write(root / "a" / "z.txt", RO)
    write(root / "a" / "deeper" / "x.md", HU)
    write(root / ".hidden.txt", "Hidden text that must not be loaded at all.")
    write(root / ".git" / "c.txt", "Hidden folder text that must not be loaded.")
    frame = load_paths([root])
    assert frame["source_path"].tolist() == [
        str(root / "a" / "deeper" / "x.md"),
        str(root / "a" / "z.txt"),
        str(root / "b.txt"),
    ]
    assert frame["error"].isna().all()


def test_a_single_path_may_be_given_alone(tmp_path):
    path = write(tmp_path / "a.txt", EN)
    assert load_paths(str(path))["source_path"].tolist() == [str(path)]
    assert load_paths(path)["source_path"].tolist() == [str(path)]


def test_a_file_named_twice_is_loaded_once(tmp_path):
    path = write(tmp_path / "docs" / "a.txt", EN)
    frame = load_paths([path, tmp_path / "docs"])
    assert len(frame) == 1


def test_other_files_in_a_folder_are_reported(tmp_path):
    write(tmp_path / "a.txt", EN)
    write(tmp_path / "notes.docx", b"PK\x03\x04 not an article")
    frame = load_paths([tmp_path])
    assert_article(one(frame, tmp_path / "a.txt"), EN)
    assert "unsupported file type '.docx'" in one(frame, tmp_path / "notes.docx")["error"]


# ----------------------------------------------------------------------------- upload


@pytest.mark.parametrize("name", ["a.txt", "a.json", "a.csv"])
def test_upload_parses_like_a_file(tmp_path, name):
    contents = {
        "a.txt": f"date 2024-03-07 {RO}",
        "a.json": json.dumps([{"text": RO, "date": "2024-03-07"}, {"text": EN}]),
        "a.csv": f"published,text\n2024-03-07,{EN}\n",
    }
    data = contents[name].encode("cp1250" if name == "a.txt" else "utf-8")
    from_file = load_paths([write(tmp_path / name, data)]).drop(columns="source_path")
    uploaded = load_upload(data, name)
    assert (uploaded["source_path"] == name).all()
    pd.testing.assert_frame_equal(uploaded.drop(columns="source_path"), from_file)
    assert uploaded["error"].isna().all()


def test_upload_accepts_uppercase_extension():
    row = load_upload(EN.encode(), "NEWS.TXT").iloc[0]
    assert_article(row, EN)
    assert row["source_path"] == "NEWS.TXT"


# ----------------------------------------------------------------------------- bad input


def assert_error(frame: pd.DataFrame, source: Path, *words: str) -> pd.Series:
    row = one(frame, source)
    assert isinstance(row["error"], str)
    for word in (source.name, *words):
        assert word in row["error"], row["error"]
    assert isinstance(row["article_id"], str) and row["article_id"]
    return row


@pytest.fixture
def neighbour(tmp_path) -> Path:
    return write(tmp_path / "good.txt", f"date 2024-03-07 {EN}")


def assert_neighbour_loads(frame: pd.DataFrame, neighbour: Path) -> None:
    row = one(frame, neighbour)
    assert_article(row, EN)
    assert row["language"] == "en"


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", ["empty"]),
        ("blank.json", b"  \n\n ", ["empty"]),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", ["binary"]),
        ("nul.txt", b"some words\x00\x00\x00\x01\x02 and more", ["binary"]),
        ("report.pdf", b"%PDF-1.7 whatever", ["unsupported", "'.pdf'"]),
        ("README", EN.encode(), ["unsupported", "without extension"]),
        (
            "broken.json",
            b'[{"text": "A fire in Brno."},\n {"text": "x"',
            ["invalid JSON", "line 2"],
        ),
        ("scalar.json", b"17", ["expected a JSON object"]),
        ("emptylist.json", b"[]", ["empty"]),
        ("notext.csv", b"id,title\n1,Fire\n", ["header has no", "'text'"]),
        ("headeronly.csv", b"id,text\n", ["no articles"]),
        ("notext.json", b'{"title": "Fire in Brno", "url": "https://x.cz"}', ["no text"]),
        ("numtext.json", b'{"text": 12}', ["'text'", "a number, not text"]),
        ("nobody.txt", b"date 2024-01-01\n", ["no article text"]),
    ],
)
def test_bad_file_gives_an_error_row_and_the_neighbour_loads(
    tmp_path, neighbour, name, content, words
):
    bad = write(tmp_path / name, content)
    frame = load_paths([bad, neighbour])
    assert len(frame) == 2
    row = assert_error(frame, bad, *words)
    assert pd.isna(row["text"])
    assert_neighbour_loads(frame, neighbour)


def test_missing_path_is_an_error_row(tmp_path, neighbour):
    missing = tmp_path / "gone" / "missing.txt"
    frame = load_paths([missing, neighbour])
    assert_error(frame, missing, "no such file")
    assert_neighbour_loads(frame, neighbour)


def test_unreadable_file_is_an_error_row(tmp_path, neighbour, monkeypatch):
    locked = write(tmp_path / "locked.txt", EN)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    frame = load_paths([locked, neighbour])
    assert_error(frame, locked, "cannot read file", "Permission denied")
    assert_neighbour_loads(frame, neighbour)


def test_unreadable_folder_is_an_error_row(tmp_path, neighbour, monkeypatch):
    locked = tmp_path / "locked"
    write(locked / "inside.txt", RO)
    real = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    frame = load_paths([tmp_path])
    assert_error(frame, locked, "cannot read folder", "Permission denied")
    assert_neighbour_loads(frame, neighbour)
    assert len(frame) == 2


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission(tmp_path, neighbour):
    locked = write(tmp_path / "locked.txt", EN)
    locked.chmod(0)
    try:
        frame = load_paths([locked, neighbour])
    finally:
        locked.chmod(0o644)
    assert_error(frame, locked, "cannot read file")
    assert_neighbour_loads(frame, neighbour)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_dangling_link_is_an_error_row(tmp_path, neighbour):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    frame = load_paths([tmp_path])
    assert_error(frame, link, "cannot read file")
    assert_neighbour_loads(frame, neighbour)


def test_one_bad_jsonl_line_only_errors_that_line(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": RO}),
        '{"id": "b", "text": "unterminated',
        '["not", "an", "object"]',
        json.dumps({"id": "d", "text": HU}),
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(lines))
    frame = load_paths([path])
    assert len(frame) == 4
    assert frame.loc[[0, 3], "text"].tolist() == [RO, HU]
    assert frame.loc[[0, 3], "error"].isna().all()
    assert "a.jsonl, line 2: invalid JSON" in frame.loc[1, "error"]
    assert "a.jsonl, line 3: expected a JSON object, found a list" in frame.loc[2, "error"]
    assert frame.loc[[1, 2], "text"].isna().all()


def test_csv_row_without_text_says_which_row(tmp_path):
    content = f"id,text\nx1,{EN}\nx2,\nx3,{EN} Again.\n"
    path = write(tmp_path / "a.csv", content)
    frame = load_paths([path])
    assert frame["article_id"].tolist() == ["x1", "x2", "x3"]
    assert "a.csv, row 2 (line 3): no text" in frame.loc[1, "error"]
    assert pd.isna(frame.loc[1, "text"])
    assert frame.loc[[0, 2], "error"].isna().all()


def test_json_record_without_text_says_which_record(tmp_path):
    records = [{"text": EN}, {"title": "Only a title", "id": 7}, "just a string", {"text": RO}]
    path = write(tmp_path / "a.json", json.dumps(records))
    frame = load_paths([path])
    assert len(frame) == 4
    assert "a.json, record 2: no text" in frame.loc[1, "error"]
    assert frame.loc[1, "article_id"] == "7" and frame.loc[1, "title"] == "Only a title"
    assert "a.json, record 3: expected a JSON object, found a string" in frame.loc[2, "error"]
    assert frame.loc[[0, 3], "text"].tolist() == [EN, RO]
    assert frame.loc[[0, 3], "error"].isna().all()


def test_unreadable_field_date_keeps_the_article(tmp_path):
    records = [
        {"text": EN, "published": "last Tuesday"},
        {"text": RO, "published": "2024-03-07"},
        {"text": HU, "published": "0900-01-01"},
    ]
    path = write(tmp_path / "a.json", json.dumps(records))
    frame = load_paths([path])
    assert frame["text"].tolist() == [EN, RO, HU]
    assert frame["published"].isna().tolist() == [True, False, True]
    assert "a.json, record 1: date 'last Tuesday' could not be read" in frame.loc[0, "error"]
    assert "out of range" in frame.loc[2, "error"]
    assert pd.isna(frame.loc[1, "error"])
    assert frame.loc[0, "language"] == "en"


# ----------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ro", "Trei persoane au fost rănite după ce un autobuz a derapat pe un drum din Suceava."),
        ("ro", "Poliția din Constanța a anunțat că șoferul nu a supraviețuit impactului."),
        ("hu", "Hárman megsérültek, amikor egy busz lesodródott az útról Pécs közelében."),
        ("en", "Two firefighters died while tackling a blaze at a warehouse outside Bristol."),
        ("tr", "Konya'da bir otobüsün devrilmesi sonucu altı yolcu yaralandı."),
        ("ru", "В Екатеринбурге при обрушении крыши склада пострадали четыре человека."),
        ("uk", "У Харкові внаслідок влучання ракети загинули троє людей, ще семеро поранені."),
        ("de", "Bei einem Brand in einer Lagerhalle in Hamburg wurden vier Menschen verletzt."),
        ("fr", "Trois personnes ont été blessées dans l'explosion d'une conduite de gaz à Lille."),
        ("bg", "При пожар в склад край Пловдив пострадаха трима души."),
    ],
)
def test_detect_language(code, text):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12 345 / 67", "Ok.", "!!! ??? ..."])
def test_detect_language_gives_none_when_too_short(text):
    assert detect_language(text) is None


def test_language_field_wins_and_is_normalised(tmp_path):
    records = [
        {"text": EN, "language": "RO"},
        {"text": EN + " One.", "language": "hu-HU"},
        {"text": EN + " Two.", "language": "tur"},
        {"text": RO, "language": "klingon"},
        {"text": RO + " Trei.", "language": ""},
    ]
    path = write(tmp_path / "a.json", json.dumps(records))
    frame = load_paths([path])
    assert frame["language"].tolist() == ["ro", "hu", "tr", "ro", "ro"]
    assert frame.loc[[0, 1, 2, 4], "error"].isna().all()
    assert "language 'klingon' not understood" in frame.loc[3, "error"]


def test_detector_is_built_once():
    assert loading._detector() is loading._detector()


# ----------------------------------------------------------------------------- ids


def test_ids_are_stable_across_loads(tmp_path):
    path = write(tmp_path / "a.txt", f"date 2024-03-07 {RO}")
    records = [{"text": EN, "date": "2024-03-08"}, {"id": "given-1", "text": HU}]
    json_path = write(tmp_path / "a.json", json.dumps(records))
    first = load_paths([path, json_path])["article_id"].tolist()
    second = load_paths([json_path, path])["article_id"].tolist()
    assert sorted(first) == sorted(second)
    assert "given-1" in first
    # a content id: SHA-1 of text and date, so the same on every machine
    expected = hashlib.sha1(f"{RO}\x002024-03-07".encode()).hexdigest()[:16]
    assert first[0] == expected
    assert load_upload(path.read_bytes(), "elsewhere.txt")["article_id"][0] == expected
    assert loading._content_id("Text.", None) == "b47be64c30c105d2"


def test_same_text_with_another_date_is_another_article(tmp_path):
    a = write(tmp_path / "a.txt", f"date 2024-03-07 {EN}")
    b = write(tmp_path / "b.txt", f"date 2024-03-08 {EN}")
    frame = load_paths([a, b])
    assert frame["article_id"].is_unique
    assert frame["error"].isna().all()


def test_repeated_id_with_other_text_is_renamed(tmp_path):
    records = [{"id": "n1", "text": EN}, {"id": "n1", "text": RO}, {"id": "n1#2", "text": HU}]
    path = write(tmp_path / "a.json", json.dumps(records))
    frame = load_paths([path])
    assert frame["article_id"].tolist() == ["n1", "n1#3", "n1#2"]
    assert frame["text"].tolist() == [EN, RO, HU]
    assert (
        "duplicate id 'n1'" in frame.loc[1, "error"] and "renamed 'n1#3'" in frame.loc[1, "error"]
    )
    assert frame.loc[[0, 2], "error"].isna().all()


def test_same_article_in_two_files_is_reported_not_loaded_twice(tmp_path):
    a = write(tmp_path / "a.txt", f"date 2024-03-07 {EN}")
    b = write(tmp_path / "b.txt", f" DATE 2024-03-07\n{EN}")
    frame = load_paths([a, b])
    assert_article(one(frame, a), EN)
    second = one(frame, b)
    assert pd.isna(second["text"])
    assert "same article as" in second["error"] and "a.txt" in second["error"]
    assert frame["article_id"].is_unique


def test_resolve_duplicate_ids_after_concatenating_uploads():
    first = load_upload(EN.encode(), "one.txt")
    second = load_upload(EN.encode(), "two.txt")
    both = loading.resolve_duplicate_ids(pd.concat([first, second]))  # index 0 twice
    assert both["article_id"].is_unique
    assert both["text"].notna().tolist() == [True, False]


# ----------------------------------------------------------------------------- bundled data


def test_bundled_articles_load():
    paths = [BUNDLED / "000_8bbf6f9962cc8bdd.txt", BUNDLED / "001_a73eb27bf84d414f.txt"]
    frame = load_paths(paths)
    assert len(frame) == 2
    assert sorted(frame["language"]) == ["hu", "ro"]
    assert (frame["published"] == day("2025-11-14")).all()
    assert frame["error"].isna().all()
    for text in frame["text"]:
        assert text[0].isupper() and not text.lower().startswith("date")
    assert (frame["n_chars"] == frame["text"].str.len()).all()


def test_url_field_is_kept():
    record = {"text": "A drone hit a depot near Lviv on Monday.", "url": " https://example.org/a "}
    articles = load_upload(json.dumps(record).encode(), "one.json")
    assert articles.loc[0, "url"] == "https://example.org/a"
    assert pd.isna(load_upload(b"date 2024-01-02 Some text here.", "a.txt").loc[0, "url"])
