"""The gazetteer: name keys, ranking, search, the disk cache; the full build is slow."""

from __future__ import annotations

import pickle
import time

import pytest

from components import gazetteer as gz
from components import settings
from components.facts import Place
from components.gazetteer import Gazetteer, normalize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Chișinău", "Chisinau"),  # comma below
        ("Chişinău", "Chișinău"),  # cedilla and comma below alike
        ("Târgu Mureș", "targu mures"),
        ("Khar'kiv", "Kharkiv"),  # apostrophes
        ("Kam’yanske", "Kamyanske"),
        ("Cluj-Napoca", "Cluj Napoca"),  # hyphen = space
        ("İstanbul", "istanbul"),  # Turkish dotted capital I
        ("Bakı", "Baki"),  # dotless i
        ("Łódź", "Lodz"),
        ("Київ", "КИЇВ"),
        ("Ödön  Tér", "odon ter"),  # spaces collapse
    ],
)
def test_normalize_makes_spellings_meet(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize(("a", "b"), [("Kiev", "Kyiv"), ("Sumy", "Sumi"), ("Odesa", "Odessa")])
def test_normalize_keeps_distinct_names_apart(a: str, b: str) -> None:
    assert normalize(a) != normalize(b)


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("Kijev", True),
        ("Харків", True),
        ("kyiva", False),  # lowercase transliteration
        ("IEV", False),  # code
        ("g. Groznyj", False),
        ("キーウ", False),  # neither Latin nor Cyrillic
        ("كييف", False),
        ("Kiev 2", False),
    ],
)
def test_alternate_names_filter(name: str, usable: bool) -> None:
    assert gz._usable_alternate(name) is usable


def _small() -> Gazetteer:
    places = [
        Place("Ukraine", "UA", 49.0, 31.0, "country", 40_000_000, 690791),
        Place("Odesa region", "UA", 46.8, 30.4, "region", 2_400_000, None, "Odesa region"),
        Place("Odesa", "UA", 46.48, 30.73, "city", 1_010_000, 698740, "Odesa region"),
        Place("Izmail", "UA", 45.35, 28.84, "city", 70_000, 707292, "Odesa region"),
        Place("Odessa", "US", 31.85, -102.37, "city", 114_000, 5527554),
        Place("Alexandria", "EG", 31.2, 29.92, "city", 3_800_000, 361058),
        Place("Alexandria", "RO", 43.98, 25.33, "city", 45_000, 685826),
        Place("Luxembourg", "LU", 49.6, 6.1, "country", 600_000, 2960313),
        Place("Luxembourg", "LU", 49.61, 6.13, "city", 76_000, 2960316),
    ]
    names = {
        "Ukraine": ["Ucraina", "Ukrajna"],
        "Odesa": ["Odessa", "Odessza", "Одеса"],
        "Odesa region": ["Odeska oblast"],
    }
    return Gazetteer.from_places(places, names=names, common={"en": ["Alexandria"]})


def test_candidates_best_first_by_kind_then_population() -> None:
    g = _small()
    assert [(p.name, p.country_code) for p in g.candidates("odessa")] == [
        ("Odesa", "UA"),
        ("Odessa", "US"),
    ]
    assert [p.country_code for p in g.candidates("Alexandria")] == ["EG", "RO"]
    assert [p.kind for p in g.candidates("Luxembourg")] == ["country", "city"]
    assert g.candidates("Ukrajna")[0] == g.country("UA")
    assert g.candidates("Atlantis") == []


def test_places_carry_their_region() -> None:
    g = _small()
    izmail = g.candidates("Izmail")[0]
    assert izmail.admin1 == "Odesa region"
    region = g.region_of(izmail)
    assert region is not None and region.kind == "region" and region.name == "Odesa region"
    odesa_row = g.rows(normalize("Odesa"))[0]
    izmail_row = g.rows(normalize("Izmail"))[0]
    assert g.names_region(odesa_row)  # the most populous city names its region
    assert not g.names_region(izmail_row)


def test_names_written_in_capitals_are_flagged_and_saved(tmp_path) -> None:
    places = [
        Place("Congo", "CD", -2.9, 23.6, "country", 95_000_000, 203312),
        Place("Mol", "ML", 12.0, -8.0, "city", 30_000, 5),
    ]
    g = Gazetteer.from_places(places, names={"Congo": ["DRC", "Kongó"]})
    assert g.written_in_capitals(normalize("DRC"))
    assert not g.written_in_capitals(normalize("Kongó"))
    assert not g.written_in_capitals(normalize("Mol"))  # "MOL" in a text is an acronym
    path = tmp_path / "g.pickle"
    g.save(path)
    assert Gazetteer.read(path).written_in_capitals(normalize("DRC"))


def test_cache_key_follows_the_language_data(tmp_path, monkeypatch) -> None:
    import shutil

    from components import langdata

    copy = tmp_path / "lang"
    shutil.copytree(langdata.LANG_DIR, copy)
    monkeypatch.setattr(langdata, "LANG_DIR", copy)
    before = gz.cache_path(tmp_path)
    assert before.name.startswith(f"gazetteer-v{gz.FORMAT_VERSION}-")
    places = copy / "en" / "places.toml"
    places.write_text(places.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert gz.cache_path(tmp_path) != before


def test_country_lookup() -> None:
    g = _small()
    assert g.country("ua").name == "Ukraine"
    with pytest.raises(KeyError):
        g.country("ZZ")


def test_common_words_are_flagged_per_language() -> None:
    g = _small()
    assert g.is_common(normalize("Alexandria"), "en")
    assert not g.is_common(normalize("Alexandria"), "ro")
    assert not g.is_common(normalize("Odesa"), "en")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Odessa", ("Odesa", "UA", "city")),
        ("Odessa, US", ("Odessa", "US", "city")),
        ("Alexandria, RO", ("Alexandria", "RO", "city")),
        ("Odesa region", ("Odesa region", "UA", "region")),
        ("Odessza megye", ("Odesa region", "UA", "region")),
        ("regiunea Odesa", ("Odesa region", "UA", "region")),
        ("Ukrajna", ("Ukraine", "UA", "country")),
        ("UA", ("Ukraine", "UA", "country")),
    ],
)
def test_search(query: str, expected: tuple[str, str, str]) -> None:
    found = _small().search(query)
    assert (found[0].name, found[0].country_code, found[0].kind) == expected


def test_search_with_unknown_country_hint_keeps_all() -> None:
    # A hint that is no country is ignored rather than emptying the answer.
    assert _small().search("Odessa, Nowhere")[0].country_code == "UA"


def test_nearest_place() -> None:
    g = _small()
    near_izmail = g.nearest(45.4, 28.9)
    assert near_izmail is not None and near_izmail.name == "Izmail"
    assert g.nearest(46.5, 30.7).name == "Odesa"


def test_save_and_read_roundtrip(tmp_path) -> None:
    g = _small()
    path = tmp_path / "g.pickle"
    g.save(path)
    assert [p.name for p in tmp_path.iterdir()] == ["g.pickle"]  # no temporary file left
    again = Gazetteer.read(path)
    assert again.candidates("Odessza") == g.candidates("Odessza")
    assert len(again) == len(g)


def test_read_rejects_other_pickles(tmp_path) -> None:
    path = tmp_path / "other.pickle"
    path.write_bytes(pickle.dumps({"format": -1}))
    with pytest.raises(ValueError):
        Gazetteer.read(path)


def test_load_builds_once_and_rebuilds_a_corrupt_cache(tmp_path, monkeypatch) -> None:
    builds = []

    def fake_build(cls) -> Gazetteer:
        builds.append(1)
        return _small()

    monkeypatch.setattr(Gazetteer, "build", classmethod(fake_build))
    first = Gazetteer.load(tmp_path)
    assert builds == [1]
    path = gz.cache_path(tmp_path)
    assert path.exists()
    second = Gazetteer.load(tmp_path)
    assert builds == [1]  # read from disk
    assert second.candidates("Izmail") == first.candidates("Izmail")
    path.write_bytes(b"half a pickle")
    Gazetteer.load(tmp_path)
    assert builds == [1, 1]
    assert Gazetteer.read(path).candidates("Izmail")  # the rewrite is whole


def test_cache_dir_from_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(settings.CACHE_ENV, str(tmp_path))
    assert gz.cache_path().parent == tmp_path


@pytest.fixture(scope="module")
def full() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.slow
def test_full_gazetteer_loads_fast_from_cache(full: Gazetteer) -> None:
    start = time.perf_counter()
    again = Gazetteer.load()
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, f"loading the cached gazetteer took {elapsed:.2f} s"
    assert len(again) == len(full) > 200_000


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "expected", "lat", "lon"),
    [
        ("Kyiv", ("Kyiv", "UA", "city"), 50.45, 30.52),
        ("Kijev", ("Kyiv", "UA", "city"), 50.45, 30.52),
        ("Київ", ("Kyiv", "UA", "city"), 50.45, 30.52),
        ("Harkov", ("Kharkiv", "UA", "city"), 50.0, 36.23),
        ("Odessza", ("Odesa", "UA", "city"), 46.48, 30.73),
        ("Bakü", ("Baku", "AZ", "city"), 40.38, 49.89),
        ("Groznij", ("Grozny", "RU", "city"), 43.31, 45.69),
        ("Kazahsztán", ("Kazakhstan", "KZ", "country"), None, None),
        ("Chișinău", ("Chisinau", "MD", "city"), 47.0, 28.86),
        ("Tbilisi", ("Tbilisi", "GE", "city"), 41.69, 44.83),
        ("Ucraina", ("Ukraine", "UA", "country"), None, None),
        ("Crimeea", ("Crimea", "UA", "region"), None, None),
        ("Nagy-Britannia", ("United Kingdom", "GB", "country"), None, None),
        ("Zaporojie", ("Zaporizhzhya", "UA", "city"), 47.82, 35.19),
    ],
)
def test_full_gazetteer_names(full: Gazetteer, name, expected, lat, lon) -> None:
    best = full.candidates(name)[0]
    assert (best.name, best.country_code, best.kind) == expected
    if lat is not None:
        assert abs(best.lat - lat) < 0.2 and abs(best.lon - lon) < 0.2
    assert -90 <= best.lat <= 90 and -180 <= best.lon <= 180


@pytest.mark.slow
def test_full_gazetteer_drops_dangerous_names(full: Gazetteer) -> None:
    for word in ("IEV", "Reuters", "Interfax", "Mai", "Vineri", "Péntek", "Nimeni", "Ko"):
        assert full.rows(normalize(word)) == () or all(
            full.kind(row) == "country" for row in full.rows(normalize(word))
        ), word


@pytest.mark.slow
def test_full_gazetteer_regions_and_search(full: Gazetteer) -> None:
    region = full.search("Odesa region")[0]
    assert (region.kind, region.country_code) == ("region", "UA")
    assert abs(region.lat - 46.7) < 1.5 and abs(region.lon - 30.3) < 1.5
    assert full.search("Kharkiv, Ukraine")[0].name == "Kharkiv"
    assert full.region_of(full.candidates("Izmail")[0]).name == "Odesa region"
    assert full.candidates("Grozny")[0].admin1 == "Chechnya"


@pytest.mark.slow
def test_a_large_city_keeps_its_name_even_when_it_is_a_word(gazetteer):
    # "beni" is a Turkish stop word; Beni (DR Congo) has about 140,000 people.
    assert any(p.country_code == "CD" for p in gazetteer.candidates("Beni"))


@pytest.mark.parametrize(
    ("cyrillic", "lang", "spelling"),
    [
        ("Тернопіль", "hu", "Ternopil"),
        ("Чернігів", "hu", "Csernyihiv"),  # ні -> nyi, г -> h (Ukrainian)
        ("Житомир", "hu", "Zsitomir"),
        ("Ужгород", "hu", "Uzsgorod"),  # г -> g (Russian) among the spellings
        ("Вінниця", "hu", "Vinnicja"),
        ("Чернігів", "ro", "Cernihiv"),  # чe/чі -> c
        ("Житомир", "ro", "Jitomir"),
        ("Полтава", "ro", "Poltava"),
    ],
)
def test_transliteration_tables(cyrillic: str, lang: str, spelling: str) -> None:
    from components import langdata

    table = langdata.load(lang, "places")["transliteration"]
    assert spelling in gz._transliterate(cyrillic, table)


def test_transliteration_refuses_unknown_letters_and_caps_spellings() -> None:
    table = {"а": "a", "г": "g|h", "б": "b"}
    assert gz._transliterate("Габа", table) == ["Gaba", "Haba"]
    assert gz._transliterate("Гаґа", table) == []  # ґ is not in the table
    many = gz._transliterate("г" * 10, table)
    assert len(many) == gz.MAX_TRANSLITERATIONS


def test_region_titles() -> None:
    assert gz._region_title([], "Odesa") == "Odesa region"
    # named after its city: one of the city's names, or a form of one
    assert gz._region_title(["Odessa"], "Odesa", ["odessa", "odesa"]) == "Odesa region"
    assert gz._region_title(["Kharkivs'ka Oblast'"], "Kharkiv") == "Kharkiv region"
    assert gz._region_title(["Minnesota"], "Minneapolis", ["minneapolis"]) == "Minnesota"
    assert gz._region_title(["New York"], "New York City") == "New York region"
    assert gz._region_title(["Cundinamarca"], "Soacha") == "Cundinamarca"
    # the main city's name begins with the admin1 name
    assert gz._region_title(["Cluj"], "Cluj-Napoca", ["cluj"]) == "Cluj region"
    # a name the main city also goes by, but no spelling of its own: the admin1's
    assert gz._region_title(["Hatay"], "Antakya", ["hatay", "antioch"]) == "Hatay"
    assert gz._region_title(["Zhytomyr"], "Zhytomyr", ["jitomir"]) == "Zhytomyr region"
    # a double name that only begins with the city's
    assert gz._region_title(["Bistrița-Năsăud County"], "Bistrița") == "Bistrița-Năsăud County"


def test_stripped_division_names() -> None:
    generic = gz._generic_words()
    assert gz._stripped("Cauca Department", generic) == "Cauca"
    assert gz._stripped("Lviv Oblast", generic) == "Lviv"
    assert gz._stripped("Illinois", generic) is None
    assert gz._stripped("Province", generic) is None  # nothing left


def test_region_only_names_are_saved(tmp_path) -> None:
    g = Gazetteer._freeze(gz._Builder(), region_keys={"kabul": [0]})
    path = tmp_path / "g.pickle"
    g.save(path)
    assert Gazetteer.read(path).region_rows("kabul") == (0,)
    assert Gazetteer.read(path).region_rows("herat") == ()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # first-level divisions that no city names
        ("Ohio", ("Ohio", "US", "region")),
        ("Minnesota", ("Minnesota", "US", "region")),
        ("Antioquia", ("Antioquia", "CO", "region")),
        ("Sindh", ("Sindh", "PK", "region")),
        ("Nangarhar", ("Nangarhar", "AF", "region")),
        ("Minas Gerais", ("Minas Gerais", "BR", "region")),
        ("Uttar Pradesh", ("Uttar Pradesh", "IN", "region")),
        ("Northern Ireland", ("Northern Ireland", "GB", "region")),
        ("Scotland", ("Scotland", "GB", "region")),  # not the US town
        # translations of ISO 3166-2 names
        ("Dél-Karolina", ("South Carolina", "US", "region")),
        ("Carolina de Sud", ("South Carolina", "US", "region")),
        ("Skócia", ("Scotland", "GB", "region")),
        # a big city keeps its name; its region is found after a region word
        ("Minsk", ("Minsk", "BY", "city")),
        ("Herat", ("Herāt", "AF", "city")),
        # Hungarian and Romanian spellings of Cyrillic names
        ("Csernyihiv", ("Chernihiv", "UA", "city")),
        ("Zsitomir", ("Zhytomyr", "UA", "city")),
        ("Tyernopil", None),  # no such spelling: the table writes ті as tyi, not те
        ("Kramatorszk", ("Kramatorsk", "UA", "city")),
        ("Jitomir", ("Zhytomyr", "UA", "city")),
        ("Cernigov", ("Chernihiv", "UA", "city")),
    ],
)
def test_full_gazetteer_regions_and_spellings(full: Gazetteer, name, expected) -> None:
    found = full.candidates(name)
    if expected is None:
        assert not any(p.name == "Ternopil" for p in found)
        return
    best = found[0]
    assert (best.name, best.country_code, best.kind) == expected
    assert best.lat != 0 and -90 <= best.lat <= 90 and -180 <= best.lon <= 180


@pytest.mark.slow
def test_full_gazetteer_region_representative_points(full: Gazetteer) -> None:
    ohio = full.candidates("Ohio")[0]
    assert 38.5 < ohio.lat < 42 and -85 < ohio.lon < -80.5
    cundinamarca = full.candidates("Cundinamarca")[0]
    assert 3.5 < cundinamarca.lat < 6 and -75 < cundinamarca.lon < -73
    herat = full.search("Herat province")[0]
    assert (herat.kind, herat.country_code) == ("region", "AF")
    assert full.candidates("Columbus")[0].admin1 == "Ohio"  # cities carry the region's name


@pytest.mark.slow
def test_full_gazetteer_keeps_words_out_of_region_names(full: Gazetteer) -> None:
    for word in ("Southern", "Central", "Eastern", "Northern", "Province"):
        assert all(full.kind(row) != "region" for row in full.rows(normalize(word))), word


@pytest.mark.slow
@pytest.mark.parametrize(
    ("code", "capital"),
    [("KW", "Kuwait City"), ("GT", "Guatemala City"), ("HU", "Budapest"), ("PE", "Lima")],
)
def test_full_gazetteer_capital_of_a_country(full: Gazetteer, code: str, capital: str) -> None:
    row = full.capital_row(code)
    assert row is not None and full.place(row).name == capital
    assert full.kind(row) == "city" and full.country_code(row) == code


@pytest.mark.slow
def test_full_gazetteer_has_no_bare_direction_words(full: Gazetteer) -> None:
    # "Nord", "Sud" only ever stand inside a name ("Macedonia de Nord").
    assert full.rows(normalize("Nord")) == () and full.rows(normalize("Sud")) == ()
    assert full.capital_row("XX") is None
