"""Date mentions: our own sentences in each language, resolved against a publication date."""

import datetime as dt

import pytest
import spacy

from components import dates  # also registers the factory
from components.dates import find_dates
from components.facts import register_extensions

# A Wednesday.
PUBLISHED = dt.date(2024, 6, 12)


def found(
    text: str, lang: str, published: dt.date | None = PUBLISHED
) -> list[tuple[str, str | None, str | None]]:
    return [
        (text[m.start : m.end], m.value.value, m.value.precision)
        for m in find_dates(text, lang, published)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # absolute days
        (
            "en",
            "The attack on 3 February 2023 was the worst.",
            ("3 February 2023", "2023-02-03", "day"),
        ),
        ("en", "Officials said on April 7, 2022 that", ("April 7, 2022", "2022-04-07", "day")),
        ("en", "The report dated 2021-09-30 says", ("2021-09-30", "2021-09-30", "day")),
        (
            "ro",
            "Pe 21 septembrie 2023 a avut loc explozia.",
            ("21 septembrie 2023", "2023-09-21", "day"),
        ),
        ("ro", "Documentul din 05.10.2022 arată", ("05.10.2022", "2022-10-05", "day")),
        ("hu", "A robbanás 2023. július 9-én történt.", ("2023. július 9-én", "2023-07-09", "day")),
        ("hu", "2022. február 24. óta tart a háború.", ("2022. február 24.", "2022-02-24", "day")),
        (
            "ru",
            "Удар был нанесен 8 октября 2022 года.",
            ("8 октября 2022 года", "2022-10-08", "day"),
        ),
        ("uk", "Вибух стався 10 жовтня 2022 року.", ("10 жовтня 2022 року", "2022-10-10", "day")),
        ("tr", "Saldırı 6 Şubat 2023 tarihinde oldu.", ("6 Şubat 2023", "2023-02-06", "day")),
        # partial: month and year
        ("ro", "Orașul a fost bombardat în iulie 2023.", ("iulie 2023", "2023-07", "month")),
        ("en", "Fighting resumed in September 2020.", ("September 2020", "2020-09", "month")),
        ("hu", "A várost 2021 áprilisában támadták.", ("2021 áprilisában", "2021-04", "month")),
        ("ru", "Город обстреливали в апреле 2023 года.", ("апреле 2023 года", "2023-04", "month")),
        # a month with no year: its latest occurrence not after publication
        ("ro", "Un alt atac a avut loc în martie.", ("martie", "2024-03", "month")),
        ("ro", "Un alt atac a avut loc în octombrie.", ("octombrie", "2023-10", "month")),
        ("hu", "Szeptemberben is volt támadás.", ("Szeptemberben", "2023-09", "month")),
        ("en", "Another strike hit the town in May.", ("May", "2024-05", "month")),
        # a day and month with no year
        ("en", "It happened on 20 December.", ("20 December", "2023-12-20", "day")),
        ("ro", "Pe 2 iunie a fost lovit un depozit.", ("2 iunie", "2024-06-02", "day")),
        ("hu", "Június 10-én robbanás volt.", ("Június 10-én", "2024-06-10", "day")),
        # year alone
        ("en", "The city was occupied in 2014.", ("2014", "2014", "year")),
        ("hu", "A várost 2016-ban foglalták el.", ("2016-ban", "2016", "year")),
        ("ro", "Orașul a fost ocupat în 2015.", ("2015", "2015", "year")),
        # relative days, weekdays
        ("ro", "Ieri, o dronă a lovit o școală.", ("Ieri", "2024-06-11", "day")),
        ("hu", "Tegnap este robbanás rázta meg a várost.", ("Tegnap este", "2024-06-11", "day")),
        ("en", "Yesterday a drone hit a school.", ("Yesterday", "2024-06-11", "day")),
        ("ru", "Вчера беспилотник атаковал школу.", ("Вчера", "2024-06-11", "day")),
        ("ro", "Luni, două rachete au lovit orașul.", ("Luni", "2024-06-10", "day")),
        ("ro", "Marți, două rachete au lovit orașul.", ("Marți", "2024-06-11", "day")),
        ("ro", "Miercuri a fost lovit un spital.", ("Miercuri", "2024-06-12", "day")),
        ("hu", "Kedden két rakéta csapódott be.", ("Kedden", "2024-06-11", "day")),
        ("hu", "A szerdai támadásban", ("szerdai", "2024-06-12", "day")),
        ("en", "On Sunday, shelling killed two.", ("Sunday", "2024-06-09", "day")),
        ("uk", "У понеділок ракета влучила в будинок.", ("понеділок", "2024-06-10", "day")),
        ("tr", "Pazartesi günü iki roket düştü.", ("Pazartesi günü", "2024-06-10", "day")),
        ("en", "Strikes continued overnight in the east.", ("overnight", "2024-06-12", "day")),
        # "last night" is the evening before; the night just ended is the publication's day
        ("ro", "Noaptea trecută, un depozit a luat foc.", ("Noaptea trecută", "2024-06-11", "day")),
        ("ro", "Azi-noapte, o dronă a lovit un bloc.", ("Azi-noapte", "2024-06-12", "day")),
        ("hu", "Múlt éjjel kigyulladt egy raktár.", ("Múlt éjjel", "2024-06-11", "day")),
        (
            "ro",
            "În cursul nopții trecute, o dronă a lovit un bloc.",
            ("În cursul nopții trecute", "2024-06-11", "day"),
        ),
        # a day of a month of a year told relatively
        (
            "hu",
            "A tavaly március 15-én történt baleset óta.",
            ("tavaly március 15-én", "2023-03-15", "day"),
        ),
        ("hu", "Idén május 3-án robbanás történt.", ("Idén május 3-án", "2024-05-03", "day")),
        # relative months and years
        ("ro", "Luna trecută au fost uciși doi soldați.", ("Luna trecută", "2024-05", "month")),
        ("hu", "A múlt hónapban rakéta csapódott be.", ("A múlt hónapban", "2024-05", "month")),
        ("en", "Last month two soldiers died.", ("Last month", "2024-05", "month")),
        ("uk", "Минулого місяця загинули двоє.", ("Минулого місяця", "2024-05", "month")),
        ("ro", "Anul trecut orașul a fost bombardat.", ("Anul trecut", "2023", "year")),
        ("hu", "Tavaly a várost bombázták.", ("Tavaly", "2023", "year")),
        ("en", "Last year the town was shelled.", ("Last year", "2023", "year")),
        ("tr", "Geçen yıl şehir bombalandı.", ("Geçen yıl", "2023", "year")),
        ("en", "Last week a convoy was hit.", ("Last week", "2024-W23", "week")),
        # a month beside a relative year
        (
            "ro",
            "Atacul din octombrie anul trecut a distrus podul.",
            ("octombrie anul trecut", "2023-10", "month"),
        ),
        ("hu", "Tavaly novemberben lőtték.", ("Tavaly novemberben", "2023-11", "month")),
        (
            "ro",
            "Incidentul din februarie anul acesta",
            ("februarie anul acesta", "2024-02", "month"),
        ),
        # holidays
        (
            "hu",
            "Tavaly szilveszterkor robbanás volt.",
            ("Tavaly szilveszterkor", "2023-12-31", "day"),
        ),
        ("ro", "De Crăciun, o rachetă a lovit orașul.", ("Crăciun", "2023-12-25", "day")),
        (
            "hu",
            "Szilveszter éjjelén gázpalack robbant egy győri lakásban.",
            ("Szilveszter éjjelén", "2023-12-31", "day"),
        ),
        ("en", "On Christmas Eve a drone struck a church.", ("Christmas Eve", "2023-12-24", "day")),
        # the part of a month: "since the beginning of March", "március vége óta"
        (
            "en",
            "Since the beginning of March the militia has shelled the road.",
            ("March", "2024-03", "month"),
        ),
        ("hu", "Március vége óta hat ember halt meg.", ("Március vége", "2024-03", "month")),
        # a time of day with "until" and a holiday's night
        ("hu", "Vasárnap estig lezárják az utat.", ("Vasárnap estig", "2024-06-09", "day")),
        (
            "hu",
            "Mindenszentek éjszakáján verekedés volt.",
            ("Mindenszentek éjszakáján", "2023-11-01", "day"),
        ),
        # a year as an adjective; the night into a weekday is that day
        ("hu", "A 2013-as árvíz óta nem volt ilyen magas a Duna.", ("2013-as", "2013", "year")),
        (
            "hu",
            "Szerdára virradó éjjel kigyulladt egy raktár.",
            ("Szerdára virradó éjjel", "2024-06-12", "day"),
        ),
        # a year after "of", and before a noun after "the"
        ("en", "The floods of 2013 cut the valley off.", ("2013", "2013", "year")),
        ("en", "It was the worst blast since the 2015 attack.", ("2015", "2015", "year")),
        # guard: a road's number is no year
        ("hu", "A 12-es úton baleset volt.", None),
        # guard: a month name after "of" alone is a name ("the Bank of May")
        ("en", "Shares in the Bank of May fell.", None),
        # after a word for the month, a name that is an ordinary word too is the month
        ("ro", "Barajul a cedat la sfârșitul lunii mai.", ("mai", "2024-05", "month")),
        ("ro", "Ploile din luna mai au distrus podul.", ("mai", "2024-05", "month")),
        ("en", "Floods in the month of May cut the road.", ("May", "2024-05", "month")),
        # guard: "mai" without that word is "more"
        ("ro", "Au venit mai mulți pompieri.", None),
        # a day with an adjective ending, and "during the night" (the night just ended)
        ("ro", "Incendiul a izbucnit azi-dimineață.", ("azi-dimineață", "2024-06-12", "day")),
        ("hu", "A tegnapi balesetben ketten megsérültek.", ("tegnapi", "2024-06-11", "day")),
        ("hu", "Egy ház leégett szilveszter este.", ("szilveszter este", "2023-12-31", "day")),
        ("hu", "A 2023. május 1-jei baleset után.", ("2023. május 1-jei", "2023-05-01", "day")),
        ("ro", "Atacul a avut loc în timpul nopții.", ("în timpul nopții", "2024-06-12", "day")),
        # a month before "óta" (since), and Christmas Eve
        ("hu", "Március óta ez a harmadik baleset.", ("Március", "2024-03", "month")),
        ("hu", "Leégett egy ház karácsony estéjén.", ("karácsony estéjén", "2023-12-24", "day")),
    ],
)
def test_date_mentions(lang, text, expected):
    result = found(text, lang)
    if expected is None:
        assert result == []
    else:
        assert result == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Mai mulți oameni au fost răniți."),  # "mai" is also "more"
        ("ro", "În mai multe orașe s-au auzit explozii."),
        ("en", "Officials may march on the capital."),
        ("hu", "Egy rakéta csapódott be."),  # "egy" is "one", not January
        ("ro", "Peste 2000 de oameni au fugit."),
        ("en", "The invasion displaced 1900 people."),
        ("ro", "Au fost trase 12 rachete și 40 de drone."),
    ],
)
def test_words_that_are_not_dates(lang, text):
    assert found(text, lang) == []


def test_relative_dates_never_after_publication():
    published = dt.date(2024, 3, 1)
    for lang, text in [
        ("ro", "în decembrie, pe 25 decembrie, de Crăciun, vineri, luna trecută"),
        ("hu", "decemberben, december 25-én, karácsonykor, pénteken, múlt hónapban"),
        ("en", "in December, on 25 December, at Christmas, on Friday, last month"),
    ]:
        values = find_dates(text, lang, published)
        assert len(values) == 5
        assert all(v.value.end <= published for v in values)


def test_relative_dates_without_publication_stay_empty():
    result = found("Ieri și în martie 2021", "ro", None)
    assert result == [("Ieri", None, "day"), ("martie 2021", "2021-03", "month")]


def test_cedilla_and_comma_letters_are_the_same():
    comma = found("Marți, în luna trecută.", "ro")
    cedilla = found("Marţi, în luna trecută.", "ro")
    assert [v[1:] for v in comma] == [v[1:] for v in cedilla]
    assert found("saptamana trecuta", "ro") == [("saptamana trecuta", "2024-W23", "week")]


def test_component_sets_spans_and_values():
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("incident_dates")
    doc = nlp.make_doc("A drone struck on Friday. Earlier, in March 2021, a blast hit.")
    doc._.published = PUBLISHED
    doc = nlp(doc)
    spans = list(doc.spans["dates"])
    assert [s.text for s in spans] == ["Friday", "March 2021"]
    assert spans[0]._.date.value == "2024-06-07"
    assert spans[1]._.date.precision == "month"


# "luni" is Monday and "months": a number, a quantifier or a phrase after it says months.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armata a bombardat luni depoul din Vinnița.", "luni"),
        ("Trei soldați au murit luni în atacul de la Sumî.", "luni"),
        ("Luni seara, o dronă a lovit Brașovul.", "Luni seara"),
        ("Sirenele au sunat luni dimineață la Galați.", "luni dimineață"),
        ("Atacurile continuă de luni, au spus oficialii.", "luni"),
        ("Au murit luni după ce o rachetă a lovit blocul.", "luni"),
        ("Luni, două rachete au lovit Harkovul.", "Luni"),
        ("De luni de zile, orașul Avdiivka e asediat.", None),
        ("În ultimele luni au murit 40 de oameni la Herson.", None),
        ("Acum trei luni, o dronă a lovit podul.", None),
        ("După câteva luni, trupele s-au retras.", None),
        ("Luni la rând, nimeni nu a reparat școala.", None),
        ("Au trecut 6 luni de la explozia din Bălți.", None),
        ("Asediul a durat unsprezece luni întregi.", None),
        ("Orașul a fost ocupat cu luni în urmă.", None),
        ("Pentru doua luni, podul a fost închis.", None),
    ],
)
def test_romanian_luni_is_monday_only_where_the_context_says_a_day(text, expected):
    result = found(text, "ro")
    if expected is None:
        assert result == []
    else:
        assert result == [(expected, "2024-06-10", "day")]


def test_a_weekday_before_a_written_day_joins_it():
    assert found("Luni, 3 martie, o explozie a avut loc la Arad.", "ro") == [
        ("Luni, 3 martie", "2024-03-03", "day")
    ]
    assert found("On Tuesday, April 9, shelling hit Nikopol.", "en") == [
        ("Tuesday, April 9", "2024-04-09", "day")
    ]
    assert found("Csütörtökön, május 2-án robbanás volt.", "hu") == [
        ("Csütörtökön, május 2-án", "2024-05-02", "day")
    ]
    # a weekday far from a date stays a date of its own
    assert [v[0] for v in found("Vineri au lovit Odesa; pe 3 iunie, Izmail.", "ro")] == [
        "Vineri",
        "3 iunie",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "published", "value"),
    [
        (
            "ro",
            "Un incendiu a izbucnit de Revelion într-un bar din Brăila.",
            "2026-01-03",
            "2025-12-31",
        ),
        (
            "ro",
            "În noaptea de Revelion, doi tineri au fost răniți la Iași.",
            "2026-01-02",
            "2025-12-31",
        ),
        (
            "ro",
            "A doua zi de Crăciun, un autobuz s-a răsturnat lângă Deva.",
            "2025-12-28",
            "2025-12-26",
        ),
        ("ro", "Atacul a avut loc de Anul Nou la Herson.", "2026-01-05", "2026-01-01"),
        (
            "hu",
            "Mindenszentek napján tűz ütött ki egy kápolnában Egerben.",
            "2024-11-04",
            "2024-11-01",
        ),
        ("hu", "Karácsony másnapján két autó ütközött Szolnokon.", "2023-12-28", "2023-12-26"),
        (
            "hu",
            "Halottak napján baleset történt a temető előtt Pécsen.",
            "2022-11-03",
            "2022-11-02",
        ),
        ("en", "A ferry capsized on Boxing Day off Mindanao.", "2021-12-29", "2021-12-26"),
        (
            "en",
            "Gunmen attacked a church on All Saints' Day in Ouagadougou.",
            "2020-11-05",
            "2020-11-01",
        ),
    ],
)
def test_more_fixed_feasts_resolve_to_their_last_day(lang, text, published, value):
    result = found(text, lang, dt.date.fromisoformat(published))
    assert [(r[1], r[2]) for r in result] == [(value, "day")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # used as a time
        ("ro", "De Crăciun, o rachetă a lovit Liovul.", "Crăciun"),
        ("ro", "Doi oameni au murit la Revelion în Timișoara.", "Revelion"),
        ("ro", "Atacul a avut loc de Anul Nou la Kiev.", "Anul Nou"),
        ("ro", "O bombă a explodat în ziua de Crăciun la Bagdad.", "ziua de Crăciun"),
        ("hu", "Karácsonykor rakéta csapódott be Lvivben.", "Karácsonykor"),
        ("hu", "Tavaly karácsonykor lőtték Herszont.", "Tavaly karácsonykor"),
        ("hu", "Szilveszter éjjel drónok támadták Kijevet.", "Szilveszter éjjel"),
        ("en", "Rebels attacked the village at Christmas.", "Christmas"),
        ("en", "On Christmas Eve a drone struck Kramatorsk.", "Christmas Eve"),
        ("en", "A car bomb exploded in Kabul on New Year's Day.", "New Year's Day"),
        ("ro", "Mulțimea care sărbătorea Anul Nou la Constanța a fugit.", "Anul Nou"),
        ("en", "A truck hit people celebrating New Year in Tampa.", "New Year"),
        # before an incident word of the events data: when it happened
        ("hu", "A karácsonyi támadásban hárman meghaltak Herszonban.", "karácsonyi"),
        ("en", "The Christmas bombing of Kharkiv killed two.", "Christmas"),
        # used as an attribute or a name: no date
        ("ro", "Un târg de Crăciun a fost evacuat la Sibiu.", None),
        ("ro", "Bradul de Crăciun din piața mare a ars.", None),
        ("ro", "Sarbatorile de Craciun au fost anulate la Cernăuți.", None),
        ("ro", "Moș Crăciun a adus cadouri la spitalul din Iași.", None),
        ("hu", "A karácsonyi vásáron robbanás volt Pécsen.", None),
        ("hu", "Karácsony Gergely szerint nincs veszély.", None),
        ("hu", "A szilveszteri tűzijáték elmaradt Győrben.", None),
        ("en", "A Christmas tree fell on a car in Leeds.", None),
        ("en", "The Christmas market attack killed six in Berlin.", None),
        ("en", "New Year celebrations were cancelled in Lagos.", None),
    ],
)
def test_holidays_count_only_as_times(lang, text, expected):
    result = found(text, lang)
    if expected is None:
        assert result == []
    else:
        assert [r[0] for r in result] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones hit Kherson overnight, officials said.", ["overnight"]),
        ("Overnight, missiles struck Zhytomyr.", ["Overnight"]),
        ("Strikes overnight killed three in Sloviansk.", ["overnight"]),
        ("Debris fell during an overnight attack on Sumy.", []),
        ("Russia's overnight barrage hit Dnipro.", []),
        ("A massive overnight attack hit Odesa.", []),
        ("The last night of the festival in Lviv was quiet.", []),
        ("Two died last night in Kursk.", ["last night"]),
    ],
)
def test_overnight_as_an_adjective_names_no_day(text, expected):
    assert [r[0] for r in found(text, "en")] == expected


# Between Western Easter (17 April 2022) and Orthodox Easter (24 April 2022).
BETWEEN_EASTERS = dt.date(2022, 4, 20)
AFTER_EASTERS = dt.date(2023, 5, 10)  # Western 9 April, Orthodox 16 April 2023
AFTER_PENTECOSTS = dt.date(2021, 6, 30)  # Western 23 May, Orthodox 20 June 2021


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        # Romanian Easter is the Orthodox one: before this year's, last year's
        ("ro", "De Paști, trei drone au lovit Mykolaiv.", BETWEEN_EASTERS, ("Paști", "2021-05-02")),
        ("ro", "Un bloc din Dnipro a fost lovit de Paște.", AFTER_EASTERS, ("Paște", "2023-04-16")),
        ("ro", "De Paște o dronă a lovit Reni.", dt.date(2024, 4, 15), ("Paște", "2023-04-16")),
        (
            "ro",
            "În Vinerea Mare, o explozie a avut loc la Brăila.",
            AFTER_EASTERS,
            ("Vinerea Mare", "2023-04-14"),
        ),
        (
            "ro",
            "A doua zi de Paști un incendiu a distrus o școală din Bacău.",
            AFTER_EASTERS,
            ("A doua zi de Paști", "2023-04-17"),
        ),
        (
            "ro",
            "De Rusalii, o dronă a căzut lângă Galați.",
            AFTER_PENTECOSTS,
            ("Rusalii", "2021-06-20"),
        ),
        (
            "ro",
            "De Paștele catolic, Liovul a fost bombardat.",
            BETWEEN_EASTERS,
            ("Paștele catolic", "2022-04-17"),
        ),
        # Hungarian and English Easter is the Western one
        (
            "hu",
            "Húsvétkor két drón csapódott be Szumiban.",
            BETWEEN_EASTERS,
            ("Húsvétkor", "2022-04-17"),
        ),
        (
            "hu",
            "Nagypénteken tűz ütött ki Szegeden.",
            AFTER_EASTERS,
            ("Nagypénteken", "2023-04-07"),
        ),
        (
            "hu",
            "Húsvéthétfőn lövöldözés volt Miskolcon.",
            AFTER_EASTERS,
            ("Húsvéthétfőn", "2023-04-10"),
        ),
        (
            "hu",
            "Tavaly húsvétkor rakétatámadás érte Odesszát.",
            AFTER_EASTERS,
            ("Tavaly húsvétkor", "2022-04-17"),
        ),
        (
            "hu",
            "Az ortodox húsvétkor is lőtték Herszont.",
            AFTER_EASTERS,
            ("ortodox húsvétkor", "2023-04-16"),
        ),
        (
            "hu",
            "Pünkösdhétfőn baleset történt Egerben.",
            AFTER_PENTECOSTS,
            ("Pünkösdhétfőn", "2021-05-24"),
        ),
        (
            "en",
            "On Easter Sunday a missile hit Kryvyi Rih.",
            BETWEEN_EASTERS,
            ("Easter Sunday", "2022-04-17"),
        ),
        (
            "en",
            "Gunmen attacked a church in Kaduna on Good Friday.",
            AFTER_EASTERS,
            ("Good Friday", "2023-04-07"),
        ),
        (
            "en",
            "Shelling went on over Orthodox Easter in Kherson.",
            BETWEEN_EASTERS,
            ("Orthodox Easter", "2021-05-02"),
        ),
        (
            "en",
            "Floods hit Valencia on Easter Monday.",
            dt.date(2025, 5, 1),
            ("Easter Monday", "2025-04-21"),
        ),
        (
            "en",
            "On Whit Monday a fire broke out in Leeds.",
            AFTER_PENTECOSTS,
            ("Whit Monday", "2021-05-24"),
        ),
        # in the year named
        (
            "ro",
            "De Paște 2022, o rachetă a lovit Zaporojie.",
            AFTER_EASTERS,
            ("Paște 2022", "2022-04-24"),
        ),
        (
            "en",
            "Clashes broke out in Jenin during Easter 2021.",
            AFTER_EASTERS,
            ("Easter 2021", "2021-04-04"),
        ),
        (
            "en",
            "A depot burned in Bristol on Christmas 2022.",
            AFTER_EASTERS,
            ("Christmas 2022", "2022-12-25"),
        ),
        ("en", "Easter 2019 was calm in Galway.", AFTER_EASTERS, None),
        # an attribute or a name, not a time
        ("ro", "Masa de Paște a fost servită la spitalul din Cluj.", AFTER_EASTERS, None),
        ("ro", "Cozonacul de Paști s-a scumpit la Brașov.", AFTER_EASTERS, None),
        ("ro", "Paștele a fost liniștit la Suceava.", AFTER_EASTERS, None),
        ("hu", "A húsvéti nyúl szobrát ellopták Pécsen.", AFTER_EASTERS, None),
        ("hu", "A nagypénteki liturgia elmaradt Vácon.", AFTER_EASTERS, None),
        ("en", "The Good Friday Agreement was signed in Belfast.", AFTER_EASTERS, None),
        ("en", "An Easter egg hunt was held in Leeds.", AFTER_EASTERS, None),
        ("en", "The Easter Rising is remembered in Dublin.", AFTER_EASTERS, None),
    ],
)
def test_feasts_that_move_with_easter(lang, text, published, expected):
    result = [(span, value) for span, value, _ in found(text, lang, published)]
    assert result == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        # the last Monday of May, the first of September, the fourth Thursday of November
        (
            "en",
            "Two boats capsized on the lake over Memorial Day.",
            dt.date(2024, 6, 10),
            ("Memorial Day", "2024-05-27"),
        ),
        (
            "en",
            "A tornado struck Joplin on Labor Day, officials said.",
            dt.date(2023, 9, 20),
            ("Labor Day", "2023-09-04"),
        ),
        (
            "en",
            "A gunman opened fire at a mall in Omaha on Thanksgiving.",
            dt.date(2026, 1, 5),
            ("Thanksgiving", "2025-11-27"),
        ),
        # the first Sunday of May
        (
            "hu",
            "Anyák napján két autó ütközött Pápán.",
            dt.date(2026, 5, 20),
            ("Anyák napján", "2026-05-03"),
        ),
        ("hu", "Az anyák napja alkalmából virágot osztottak.", dt.date(2026, 5, 20), None),
        # the first and second days of Christmas
        (
            "hu",
            "Karácsony első napján kigyulladt egy ház Szolnokon.",
            dt.date(2026, 1, 4),
            ("Karácsony első napján", "2025-12-25"),
        ),
        (
            "hu",
            "Karácsony másnapján két autó ütközött Győrben.",
            dt.date(2026, 1, 4),
            ("Karácsony másnapján", "2025-12-26"),
        ),
    ],
)
def test_feasts_on_a_weekday_of_their_month(lang, text, published, expected):
    result = [(span, value) for span, value, _ in found(text, lang, published)]
    assert result == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("key", "year", "expected"),
    [
        ("05-last-mon", 2021, dt.date(2021, 5, 31)),
        ("11-4-thu", 2020, dt.date(2020, 11, 26)),
        ("02-5-mon", 2021, None),  # February 2021 has four Mondays
    ],
)
def test_a_weekday_feast_key(key, year, expected):
    assert dates._movable(key).in_year(year) == expected


@pytest.mark.parametrize(
    "key", ["julian+0", "orthodox", "western+x", "Orthodox+1", "13-1-mon", "05-6-mon", "05-1-xyz"]
)
def test_a_movable_holiday_key_names_a_computus_and_an_offset(key):
    with pytest.raises(ValueError, match="movable holiday"):
        dates._movable(key)


def test_a_feast_without_publication_is_a_day_with_no_value():
    assert found("Húsvétkor robbanás volt Győrben.", "hu", None) == [("Húsvétkor", None, "day")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "Március 8-án éjjel drónok csapódtak be Harkivban.",
            [("Március 8-án éjjel", "2024-03-08")],
        ),
        ("hu", "Tegnap éjjel robbanás volt Kecskeméten.", [("Tegnap éjjel", "2024-06-11")]),
        ("hu", "Tegnapelőtt éjszaka lőtték Szumit.", [("Tegnapelőtt éjszaka", "2024-06-10")]),
        (
            "hu",
            "2023. október 2-án hajnalban rakéták érték Odesszát.",
            [("2023. október 2-án hajnalban", "2023-10-02")],
        ),
        ("hu", "Éjjel drónok támadták Kijevet.", [("Éjjel", "2024-06-12")]),
        ("ro", "Joi seara o explozie a avut loc la Ploiești.", [("Joi seara", "2024-06-06")]),
        (
            "ro",
            "În noaptea de 14 februarie o dronă a lovit Reni.",
            [("În noaptea de 14 februarie", "2024-02-14")],
        ),
        (
            "ro",
            "Ieri în cursul nopții un depozit a luat foc la Buzău.",
            [("Ieri în cursul nopții", "2024-06-11")],
        ),
        ("ro", "Marți, noaptea, a fost liniște la Tulcea.", [("Marți", "2024-06-11")]),
        (
            "en",
            "On 9 April at night a drone struck Chernihiv.",
            [("9 April at night", "2024-04-09")],
        ),
        ("en", "Drones hit Odesa overnight on Sunday.", [("overnight on Sunday", "2024-06-09")]),
        (
            "en",
            "On the night of 2 March a drone struck Sumy.",
            [("On the night of 2 March", "2024-03-02")],
        ),
        ("en", "Two died in Poltava on Friday overnight.", [("Friday overnight", "2024-06-07")]),
        ("en", "Yesterday evening a blast shook Mosul.", [("Yesterday evening", "2024-06-11")]),
        (
            "en",
            "A drone hit Kharkiv overnight, and on Monday a missile hit Sumy.",
            [("overnight", "2024-06-12"), ("Monday", "2024-06-10")],
        ),
    ],
)
def test_a_time_of_day_belongs_to_the_date_next_to_it(lang, text, expected):
    assert [(span, value) for span, value, _ in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kedd este gázrobbanás rázta meg Miskolcot.", [("Kedd este", "2024-06-11", "day")]),
        (
            "A tűz csütörtök reggel ütött ki Pécsett.",
            [("csütörtök reggel", "2024-06-06", "day")],
        ),
        ("A mentők szerda hajnalban értek Győrbe.", [("szerda hajnalban", "2024-06-12", "day")]),
        (
            "Vasárnap délután két autó ütközött Sopronnál.",
            [("Vasárnap délután", "2024-06-09", "day")],
        ),
        ("A vihar hétfő este érte el Egert.", [("hétfő este", "2024-06-10", "day")]),
        ("Kedd kora reggel ütött ki a tűz.", [("Kedd kora reggel", "2024-06-11", "day")]),
    ],
)
def test_hungarian_bare_weekday_with_a_time_of_day(text, expected):
    assert found(text, "hu") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "A múlt heti áradások után Győrben is gátat erősítettek.",
            [("A múlt heti", "2024-W23", "week")],
        ),
        (
            "hu",
            "Az előző heti tüntetésen tízen sérültek meg.",
            [("Az előző heti", "2024-W23", "week")],
        ),
        ("hu", "A múlt havi robbanás okát vizsgálják.", [("A múlt havi", "2024-05", "month")]),
        (
            "hu",
            "A tavalyi földrengés áldozataira emlékeztek.",
            [("tavalyi", "2023", "year")],
        ),
        (
            "ro",
            "Victimele furtunii de săptămâna trecută au fost îngropate la Galați.",
            [("săptămâna trecută", "2024-W23", "week")],
        ),
        (
            "en",
            "Last week's floods in Bihar displaced thousands.",
            [("Last week", "2024-W23", "week")],
        ),
        ("en", "Last month's riots in Dakar left two dead.", [("Last month", "2024-05", "month")]),
    ],
)
def test_last_weeks_and_months_as_adjectives(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March fire in Dhaka killed 40 people.", [("March", "2024-03", "month")]),
        ("Survivors of the June attack met in Jos.", [("June", "2024-06", "month")]),
        ("Homes stood empty since the October floods.", [("October", "2023-10", "month")]),
        ("Funerals followed the September bombing in Quetta.", [("September", "2023-09", "month")]),
        ("August explosions rocked the port.", [("August", "2023-08", "month")]),
        ("the May fire in Lagos", [("May", "2024-05", "month")]),
        # no month: a modal, a march, a capitalised headline, a person
        ("It may rain in the north, and fire may spread.", []),
        ("The March on Washington drew crowds.", []),
        ("May God protect them, the priest said.", []),
        ("Storm May Flood Coastal Towns", []),
        ("The March Madness final was postponed.", []),
        ("Theresa May spoke after the vote.", []),
    ],
)
def test_english_month_as_an_attribute(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # fixed feasts named by their saint or their own name
        ("ro", "De Sfânta Maria, un incendiu a izbucnit la o stână.", [("Sfânta Maria", "08-15")]),
        ("ro", "De Bobotează, un tânăr s-a înecat în Mureș.", [("Bobotează", "01-06")]),
        ("en", "Two were shot on the Fourth of July in Ohio.", [("the Fourth of July", "07-04")]),
        ("hu", "Szent István-napon vihar tombolt Budapesten.", [("Szent István-napon", "08-20")]),
        ("hu", "Mindenszentekkor baleset történt.", [("Mindenszentekkor", "11-01")]),
        # how long, not when
        ("hu", "A tűzoltók egész éjjel oltották a tüzet.", []),
    ],
)
def test_feasts_and_durations(lang, text, expected):
    got = [(surface, value[5:] if value else value) for surface, value, _ in found(text, lang)]
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        # a weekday article's weekend is the one just gone
        ("en", "Floods killed four over the weekend.", dt.date(2024, 6, 12), "2024-W23"),
        ("ro", "Doi turiști au murit în weekend la Sinaia.", dt.date(2024, 6, 10), "2024-W23"),
        ("hu", "A hétvégén vihar tombolt Szolnokon.", dt.date(2024, 6, 14), "2024-W23"),
        ("hu", "A múlt hétvégén két ember meghalt.", dt.date(2024, 6, 11), "2024-W23"),
        # on a Saturday or a Sunday it is that weekend, and never after publication
        ("en", "A boat capsized at the weekend.", dt.date(2024, 6, 15), "2024-W24"),
        ("ro", "În weekend a fost liniștit la Cluj.", dt.date(2024, 6, 16), "2024-W24"),
        # "last weekend" on a weekend is the one before
        ("ro", "Weekendul trecut a fost liniștit.", dt.date(2024, 6, 16), "2024-W23"),
        ("en", "Last weekend two hikers died.", dt.date(2024, 6, 15), "2024-W23"),
        ("en", "Last weekend two hikers died.", dt.date(2024, 6, 17), "2024-W24"),
    ],
)
def test_the_weekend_is_the_last_one_up_to_publication(lang, text, published, expected):
    ((_, value, precision),) = found(text, lang, published)
    assert (value, precision) == (expected, "week")
    (match,) = find_dates(text, lang, published)
    assert match.value.end <= published and match.value.start.isoweekday() == 6


def test_the_weekend_without_publication_has_no_value():
    assert found("Floods killed four over the weekend.", "en", None) == [
        ("over the weekend", None, "week")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a month after "lunii" (of the month), also at its start or end
        (
            "ro",
            "Incendiul a izbucnit la sfârșitul lunii aprilie 2023.",
            [("aprilie 2023", "2023-04")],
        ),
        ("ro", "Al doilea atac de la începutul lunii iulie 2022.", [("iulie 2022", "2022-07")]),
        # a bare year before a postposition ("since", "before", "after")
        ("hu", "2018 óta ez a negyedik baleset a kereszteződésben.", [("2018", "2018")]),
        ("hu", "A híd 1999 előtt épült.", [("1999", "1999")]),
        # a year that is a count stays a count
        ("hu", "A tüntetésen 2018 ember vett részt.", []),
    ],
)
def test_months_of_the_genitive_and_years_before_postpositions(lang, text, expected):
    assert [(surface, value) for surface, value, _ in found(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a phrase inside a longer gate word: "lunii trecute" after "sfârșitul lunii"
        (
            "ro",
            "La sfârșitul lunii trecute, un tren a deraiat.",
            [("lunii trecute", "2024-05", "month")],
        ),
        (
            "ro",
            "De la începutul acestei luni au murit trei oameni.",
            [("acestei luni", "2024-06", "month")],
        ),
        # "luni" after "acestei" is the month's, no Monday
        ("ro", "Un incendiu izbucnit luni a distrus o hală.", [("luni", "2024-06-10", "day")]),
        # the day a night dawns to ("4-ére virradó éjjel")
        (
            "hu",
            "A február 9-ére virradó éjjel drónok támadtak.",
            [("február 9-ére virradó éjjel", "2024-02-09", "day")],
        ),
        # "mid-" joined to a month or a year
        ("en", "In mid-August 2021 the dam failed.", [("August 2021", "2021-08", "month")]),
        ("en", "The port was shelled in mid-February.", [("February", "2024-02", "month")]),
        ("en", "By mid-2019 the fighting had spread.", [("2019", "2019", "year")]),
        # a holiday no date in its context holds no weekday either
        ("en", "Both sides cited the Good Friday Agreement.", []),
    ],
)
def test_phrases_inside_others_and_hyphenated_months(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the night into a day is one mention, dated the day it ran into
        (
            "ro",
            "Ploile căzute în noaptea de joi spre vineri au inundat zeci de case la Galați.",
            [("noaptea de joi spre vineri", "2026-03-13")],
        ),
        (
            "ro",
            "În noaptea dintre sâmbătă și duminică, drone au lovit Sumî.",
            [("noaptea dintre sâmbătă și duminică", "2026-03-08")],
        ),
        (
            "en",
            "Overnight Tuesday into Wednesday, drones struck Poltava.",
            [("Overnight Tuesday into Wednesday", "2026-03-11")],
        ),
        (
            "en",
            "On the night of Saturday to Sunday, a fire broke out in Leeds.",
            [("night of Saturday to Sunday", "2026-03-08")],
        ),
        (
            "hu",
            "Csütörtökről péntekre virradó éjjel tűz ütött ki Miskolcon.",
            [("Csütörtökről péntekre virradó éjjel", "2026-03-13")],
        ),
        # two weekdays in another sense stay two
        (
            "en",
            "Talks ran from Monday to Wednesday in Geneva.",
            [("Monday", "2026-03-09"), ("Wednesday", "2026-03-11")],
        ),
    ],
)
def test_the_night_into_a_day_is_that_day(lang, text, expected):
    published = dt.date(2026, 3, 13)  # a Friday
    assert [(span, value) for span, value, _ in found(text, lang, published)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a passive's agent after an ambiguous weekday says the day
        (
            "ro",
            "Un bărbat a fost rănit luni de o dronă la Nikopol.",
            [("luni", "2026-03-09")],
        ),
        ("ro", "A stat luni de zile în spital la Iași.", []),
        # a capitalised weekday inside a sentence, before a capitalised word, begins a name
        ("ro", "Zăpada a blocat drumurile spre Miercurea Ciuc.", []),
        ("ro", "Miercuri, zăpada a blocat drumurile.", [("Miercuri", "2026-03-11")]),
        # the night, and what only looks like it
        (
            "en",
            "Drones struck Sumy during the night, officials said.",
            [("during the night", "2026-03-13")],
        ),
        (
            "en",
            "During the night of 2 March, shelling hit Nikopol.",
            [("the night of 2 March", "2026-03-02")],
        ),
        ("en", "Two nurses on the night shift were hurt.", []),
        # Palm Sunday, the Sunday before Easter
        ("en", "On Palm Sunday a missile hit Sumy.", [("Palm Sunday", "2025-04-13")]),
        (
            "ro",
            "În Duminica Floriilor au murit 35 de oameni.",
            [("Duminica Floriilor", "2025-04-13")],
        ),
        ("hu", "Virágvasárnap rakéta csapódott be Szumiban.", [("Virágvasárnap", "2025-04-13")]),
    ],
)
def test_weekdays_in_names_nights_and_palm_sunday(lang, text, expected):
    published = dt.date(2026, 3, 13)  # a Friday
    assert [(span, value) for span, value, _ in found(text, lang, published)] == expected
