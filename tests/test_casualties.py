"""Casualty statements: counts, lower bounds, zeros, counts without a number, and traps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from components import casualties
from components.facts import CasualtyValue

K, W = "killed", "injured"  # W: wounded
DATA = Path(__file__).parent / "data"

_PIPELINES: dict[str, Language] = {}


def nlp_for(lang: str) -> Language:
    if lang not in _PIPELINES:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("incident_casualties")
        _PIPELINES[lang] = nlp
    return _PIPELINES[lang]


Fact = tuple[str, int | None, bool]


def facts(text: str, lang: str) -> list[Fact]:
    doc = nlp_for(lang)(text)
    values: list[CasualtyValue] = [span._.casualty for span in doc.spans["casualties"]]
    return sorted(
        ((v.type, v.count, v.lower_bound) for v in values), key=lambda f: (f[0], f[1] or -1)
    )


def expected(*items: Fact) -> list[Fact]:
    return sorted(items, key=lambda f: (f[0], f[1] or -1))


CASES: list[tuple[str, str, list[Fact]]] = [
    # English
    ("en", "Russian shelling killed four civilians in Kherson on Monday.", [(K, 4, False)]),
    ("en", "At least 17 people were wounded in the overnight attack.", [(W, 17, True)]),
    (
        "en",
        "Two soldiers died and nine were injured when their vehicle hit a mine.",
        [(K, 2, False), (W, 9, False)],
    ),
    ("en", "The explosion injured a 54-year-old security guard.", [(W, 1, False)]),
    ("en", "Nobody was hurt, the fire service said.", [(W, 0, False)]),
    ("en", "The drone strike caused no casualties.", [(K, 0, False), (W, 0, False)]),
    ("en", "Gunmen killed 3 and wounded 8 in the raid.", [(K, 3, False), (W, 8, False)]),
    ("en", "Dozens were killed in the fighting around the airport.", [(K, 12, True)]),
    ("en", "More than 2,300 people have been killed since the offensive began.", [(K, 2300, True)]),
    (
        "en",
        "Russia launched 60 drones and 5 missiles overnight, injuring seven people.",
        [(W, 7, False)],
    ),
    ("en", "The 82-mm mortar shells fell on 3 villages, killing one resident.", [(K, 1, False)]),
    ("en", "A 38-year-old man was killed on 14 November 2024.", [(K, 1, False)]),
    ("en", "One of the injured remains in intensive care.", [(W, None, False)]),
    ("en", "The attack on the depot injured employees and damaged fuel tanks.", [(W, None, False)]),
    (
        "en",
        "The strike killed 12, including five children, officials said at 9 pm.",
        [(K, 12, False)],
    ),
    ("en", "No one was killed but 14 people were hurt.", [(K, 0, False), (W, 14, False)]),
    ("en", "Ukraine said it shot down 25 of 30 drones and no one was injured.", [(W, 0, False)]),
    ("en", "The bombing killed thirty-eight people.", [(K, 38, False)]),
    ("en", "There was no immediate word on casualties.", []),
    ("en", "Air defences destroyed 11 missiles over 4 districts in 2024.", []),
    ("en", "A fire killed 3 people in the village.", [(K, 3, False)]),
    ("en", "The embassy has 40 staff, of whom 3 were injured.", [(W, 3, False)]),
    ("en", "Five workers were hurt; none of the injuries are serious.", [(W, 5, False)]),
    # Romanian
    ("ro", "Bombardamentul a ucis cinci civili la Herson.", [(K, 5, False)]),
    ("ro", "Cel puțin 14 persoane au fost rănite în atacul de noapte.", [(W, 14, True)]),
    ("ro", "Doi soldați au murit, iar alți șapte au fost răniți.", [(K, 2, False), (W, 7, False)]),
    ("ro", "Nimeni nu a fost rănit, au precizat pompierii.", [(W, 0, False)]),
    ("ro", "Atacul nu s-a soldat cu victime.", [(K, 0, False), (W, 0, False)]),
    ("ro", "Rusia a lansat 45 de drone și 3 rachete, rănind opt persoane.", [(W, 8, False)]),
    ("ro", "Un bărbat de 52 de ani a murit pe 3 martie.", [(K, 1, False)]),
    ("ro", "Zeci de oameni au fost uciși în luptele de la aeroport.", [(K, 10, True)]),
    ("ro", "Explozia a rănit angajați ai fabricii.", [(W, None, False)]),
    ("ro", "Bilanțul a crescut la 23 de morți și 41 de răniți.", [(K, 23, False), (W, 41, False)]),
    ("ro", "Unul dintre răniți se află în stare gravă.", [(W, None, False)]),
    ("ro", "Douăzeci și două de persoane și-au pierdut viața.", [(K, 22, False)]),
    ("ro", "Peste 1.500 de militari au fost uciși în ultima lună.", [(K, 1500, True)]),
    ("ro", "Atacul a ucis 6 oameni, inclusiv doi copii.", [(K, 6, False)]),
    ("ro", "O femeie a fost rănită de schije.", [(W, 1, False)]),
    ("ro", "Nu au existat răniți, a transmis primăria.", [(W, 0, False)]),
    (
        "ro",
        "Trei persoane au murit în accident, iar 11 au fost duse la spital.",
        [(K, 3, False), (W, 11, False)],
    ),
    ("ro", "O rachetă a lovit 2 blocuri din Odesa în 2023.", []),
    ("ro", "Ambasada are 40 de angajați, dintre care 3 au fost răniți.", [(W, 3, False)]),
    ("ro", "Un incendiu a ucis 3 oameni.", [(K, 3, False)]),
    # Hungarian
    ("hu", "Az orosz tüzérség négy civilt ölt meg Herszonban.", [(K, 4, False)]),
    ("hu", "Legalább 17 ember megsebesült az éjszakai támadásban.", [(W, 17, True)]),
    ("hu", "Két katona meghalt, kilencen megsérültek.", [(K, 2, False), (W, 9, False)]),
    ("hu", "A robbanásban megsérült egy 54 éves biztonsági őr.", [(W, 1, False)]),
    ("hu", "Senki sem sérült meg, közölte a katasztrófavédelem.", [(W, 0, False)]),
    ("hu", "A támadás nem követelt áldozatokat.", [(K, 0, False), (W, 0, False)]),
    (
        "hu",
        "A fegyveresek hármat megöltek és nyolcat megsebesítettek.",
        [(K, 3, False), (W, 8, False)],
    ),
    ("hu", "Több tucat ember meghalt a repülőtér körüli harcokban.", [(K, 12, True)]),
    ("hu", "Több mint 2300 ember vesztette életét az offenzíva kezdete óta.", [(K, 2300, True)]),
    ("hu", "Oroszország 60 drónt és 5 rakétát indított, hét ember megsérült.", [(W, 7, False)]),
    ("hu", "A támadásban harmincnyolc ember meghalt.", [(K, 38, False)]),
    ("hu", "Az egyik sérült állapota stabil.", [(W, None, False)]),
    ("hu", "A tűzben hárman meghaltak november 14-én.", [(K, 3, False)]),
    ("hu", "A támadás megsebesítette az üzem dolgozóit.", [(W, None, False)]),
    ("hu", "Senki sem halt meg, de 14 ember megsérült.", [(K, 0, False), (W, 14, False)]),
    ("hu", "A 82 milliméteres aknák 3 falura hullottak, egy lakos meghalt.", [(K, 1, False)]),
    ("hu", "A halálos áldozatok száma 27-re emelkedett.", [(K, 27, False)]),
    ("hu", "Egy tűz három embert megölt.", [(K, 3, False)]),
    (
        "hu",
        "A kórházban 12 sérültet ápolnak, közülük hárman súlyos állapotban vannak.",
        [(W, 12, False)],
    ),
    # Turkish
    ("tr", "Saldırıda 4 sivil hayatını kaybetti.", [(K, 4, False)]),
    ("tr", "En az 17 kişi yaralandı.", [(W, 17, True)]),
    ("tr", "İki asker öldü, dokuz asker yaralandı.", [(K, 2, False), (W, 9, False)]),
    ("tr", "Olayda kimse yaralanmadı.", [(W, 0, False)]),
    ("tr", "Patlamada can kaybı yok.", [(K, 0, False)]),
    ("tr", "Rusya 60 İHA ile saldırdı, 7 kişi yaralandı.", [(W, 7, False)]),
    # Russian
    ("ru", "В результате обстрела погибли четыре мирных жителя.", [(K, 4, False)]),
    ("ru", "Не менее 17 человек получили ранения.", [(W, 17, True)]),
    ("ru", "Двое военных погибли, девять ранены.", [(K, 2, False), (W, 9, False)]),
    ("ru", "Никто из жителей не пострадал.", [(W, 0, False)]),
    ("ru", "Атака обошлась без жертв.", [(K, 0, False), (W, 0, False)]),
    ("ru", "Россия выпустила 60 беспилотников, ранены 7 человек.", [(W, 7, False)]),
    # Ukrainian
    ("uk", "Унаслідок обстрілу загинули четверо цивільних.", [(K, 4, False)]),
    ("uk", "Щонайменше 17 людей отримали поранення.", [(W, 17, True)]),
    ("uk", "Двоє військових загинули, дев'ятеро поранені.", [(K, 2, False), (W, 9, False)]),
    ("uk", "Ніхто з людей не постраждав.", [(W, 0, False)]),
    ("uk", "Обстріл обійшовся без жертв.", [(K, 0, False), (W, 0, False)]),
    ("uk", "Росія випустила 60 дронів, поранено 7 людей.", [(W, 7, False)]),
]


# Coordinated counts, subsets, "other N", toll updates and partitives.
PHRASINGS: list[tuple[str, str, list[Fact]]] = [
    # Counts joined by "and" share their verb; the incident adds them up.
    (
        "en",
        "Five miners and two rescuers died in the collapse near Donetsk.",
        [(K, 5, False), (K, 2, False)],
    ),
    (
        "en",
        "The shelling killed two nurses, a driver and three patients in Kherson.",
        [(K, 2, False), (K, 1, False), (K, 3, False)],
    ),
    (
        "en",
        "Police said a girl and her two brothers were injured in Mosul.",
        [(W, 1, False), (W, 2, False)],
    ),
    (
        "en",
        "Two soldiers died and nine were injured when the truck hit a mine.",
        [(K, 2, False), (W, 9, False)],
    ),
    (
        "ro",
        "Patru polițiști și un civil au fost răniți la Craiova.",
        [(W, 4, False), (W, 1, False)],
    ),
    (
        "ro",
        "Trei pompieri, doi medici și un șofer au murit în explozie.",
        [(K, 3, False), (K, 2, False), (K, 1, False)],
    ),
    (
        "hu",
        "Három bányász és két mentős meghalt a balesetben.",
        [(K, 3, False), (K, 2, False)],
    ),
    (
        "hu",
        "Öt katona, két rendőr és egy civil megsérült Debrecenben.",
        [(W, 5, False), (W, 2, False), (W, 1, False)],
    ),
    ("tr", "İki asker ve üç sivil hayatını kaybetti.", [(K, 2, False), (K, 3, False)]),
    ("ru", "Двое военных и трое мирных жителей погибли.", [(K, 2, False), (K, 3, False)]),
    ("uk", "Двоє військових і троє цивільних загинули.", [(K, 2, False), (K, 3, False)]),
    # Units joined by "and" stay uncounted.
    (
        "en",
        "Russia fired 40 drones and 6 missiles at Lviv, wounding two people.",
        [(W, 2, False)],
    ),
    (
        "ro",
        "Rusia a lansat 30 de drone și 4 rachete asupra Odesei, rănind trei oameni.",
        [(W, 3, False)],
    ),
    (
        "hu",
        "Oroszország 40 drónt és 6 rakétát lőtt ki, két ember megsérült.",
        [(W, 2, False)],
    ),
    (
        "en",
        "The bus, carrying 52 passengers and 3 crew members, crashed, killing nine.",
        [(K, 9, False)],
    ),
    # A subset told inside a count is no count of its own, with or without a closing comma.
    (
        "en",
        "Eleven people, including four police officers, were wounded in Lahore.",
        [(W, 11, False)],
    ),
    (
        "en",
        "Eleven people, among them four police officers were wounded in Lahore.",
        [(W, 11, False)],
    ),
    ("ro", "Zece oameni, printre care trei copii, au fost uciși la Iași.", [(K, 10, False)]),
    ("ro", "Zece oameni, inclusiv trei copii au fost răniți la Iași.", [(W, 10, False)]),
    ("ro", "Șase persoane, dintre care doi copii, au murit la Brăila.", [(K, 6, False)]),
    ("hu", "Tíz ember, köztük négy rendőr megsebesült Szegeden.", [(W, 10, False)]),
    ("hu", "Tíz ember, köztük négy rendőr, megsebesült Szegeden.", [(W, 10, False)]),
    # A relative clause with its own verb counts its part.
    ("hu", "A buszon 40 utas volt, közülük hárman megsérültek.", [(W, 3, False)]),
    ("en", "The plane carried 61 people, of whom 5 were injured.", [(W, 5, False)]),
    # "other N": a weekday after it is when, not a unit ("luni" is months too).
    (
        "ro",
        "Bombardamentul a ucis doi civili și a rănit alți 17 marți dimineață.",
        [(K, 2, False), (W, 17, False)],
    ),
    (
        "ro",
        "Racheta a ucis o femeie și a rănit alte 31 luni seara la Nikopol.",
        [(K, 1, False), (W, 31, False)],
    ),
    ("ro", "Un copil de 3 luni a fost rănit.", [(W, 1, False)]),
    (
        "en",
        "A missile strike killed one person and wounded another 11 on Monday.",
        [(K, 1, False), (W, 11, False)],
    ),
    # A toll told again, far from its casualty word.
    (
        "en",
        "The death toll from Tuesday's earthquake in the mountains east of Herat has climbed"
        " to 63, officials said.",
        [(K, 63, False)],
    ),
    ("en", "The number of injured has risen to 48, the mayor of Izmir said.", [(W, 48, False)]),
    (
        "ro",
        "Numărul răniților în urma cutremurului din sudul Turciei a ajuns la 230, potrivit"
        " autorităților.",
        [(W, 230, False)],
    ),
    ("ro", "Bilanțul morților după inundațiile din Galați a urcat la 9.", [(K, 9, False)]),
    (
        "hu",
        "A sérültek száma a pénteki földrengés után 48-ra emelkedett.",
        [(W, 48, False)],
    ),
    ("hu", "A halálos áldozatok száma hatvanháromra nőtt.", [(K, 63, False)]),
    ("tr", "Ölü sayısı 14'e yükseldi.", [(K, 14, False)]),
    ("ru", "Число погибших возросло до 14.", [(K, 14, False)]),
    ("uk", "Кількість загиблих зросла до 14.", [(K, 14, False)]),
    # A partitive of people counts; one of casualties or things does not.
    ("en", "Four of the hostages were killed during the rescue operation.", [(K, 4, False)]),
    ("en", "Two of the 30 pilgrims were hospitalised after the stampede.", [(W, 2, False)]),
    ("en", "Two of the wounded are in critical condition.", [(W, None, False)]),
    ("en", "Three of the drones were shot down and nobody was hurt.", [(W, 0, False)]),
    ("ro", "Patru dintre ostatici au fost uciși în timpul operațiunii.", [(K, 4, False)]),
    ("ro", "Doi dintre răniți sunt în stare critică.", [(W, None, False)]),
    ("hu", "A túszok közül négyen meghaltak a mentőakció során.", [(K, 4, False)]),
    ("hu", "A sérültek közül ketten súlyos állapotban vannak.", [(W, None, False)]),
]


# Harder phrasings: ages, people without a numeral, relative clauses, nationalities.
MORE_PHRASINGS: list[tuple[str, str, list[Fact]]] = [
    # 1. A list of ages is no count, and the count before it still reaches its verb.
    ("en", "Four boys aged eight, ten and twelve were injured in the blast.", [(W, 4, False)]),
    ("en", "Two women aged between 40 and 55 died in the shelling.", [(K, 2, False)]),
    ("en", "Five pupils, aged 9 to 11, were hurt when the roof fell in.", [(W, 5, False)]),
    ("ro", "Două fete în vârstă de 5 și 11 ani au fost rănite în atac.", [(W, 2, False)]),
    ("ro", "Trei bărbați cu vârste între 30 și 45 de ani au murit.", [(K, 3, False)]),
    ("hu", "Két 8 és 13 éves fiú megsérült a robbanásban.", [(W, 2, False)]),
    ("hu", "Öt 20 és 35 év közötti férfi meghalt a bányában.", [(K, 5, False)]),
    ("en", "The 12 and 14 November raids injured no one.", [(W, 0, False)]),
    # 2. A definite singular person noun is one person; a thing is no one.
    ("en", "The gunman was killed by police at the scene.", [(K, 1, False)]),
    ("en", "The bus driver was seriously injured.", [(W, 1, False)]),
    ("en", "The elderly woman died on the way to hospital.", [(K, 1, False)]),
    ("en", "The building was damaged in the attack.", []),
    ("en", "The driver was not injured.", [(W, None, False)]),
    ("en", "Two pedestrians were injured by the driver.", [(W, 2, False)]),
    ("en", "The men were wounded in the ambush.", [(W, None, False)]),
    ("en", "The driver, a 52-year-old local man, was killed.", [(K, 1, False)]),
    ("ro", "Agresorul a fost împușcat mortal de jandarmi.", [(K, 1, False)]),
    ("ro", "Șoferul a fost rănit grav.", [(W, 1, False)]),
    ("ro", "Pietonul, un bărbat de 63 de ani, a murit pe loc.", [(K, 1, False)]),
    ("ro", "Clădirea a fost avariată, dar nimeni nu a fost rănit.", [(W, 0, False)]),
    ("ro", "Șoferul nu a fost rănit.", [(W, None, False)]),
    ("hu", "A támadó meghalt a lövöldözésben.", [(K, 1, False)]),
    ("hu", "A sofőr súlyosan megsérült.", [(W, 1, False)]),
    ("hu", "Az idős asszony életét vesztette.", [(K, 1, False)]),
    ("hu", "A sofőr nem sérült meg.", [(W, None, False)]),
    ("hu", "A támadó drónok megrongáltak egy iskolát.", []),
    # 3. One more person: an ordinal or "another".
    (
        "en",
        "Two soldiers were killed and a third was badly wounded.",
        [(K, 2, False), (W, 1, False)],
    ),
    ("en", "Three people died; another was injured.", [(K, 3, False), (W, 1, False)]),
    ("en", "A second strike killed 4 people.", [(K, 4, False)]),
    ("en", "A third of the village was destroyed and 6 residents were hurt.", [(W, 6, False)]),
    (
        "ro",
        "Doi polițiști au murit, iar un al treilea a fost rănit.",
        [(K, 2, False), (W, 1, False)],
    ),
    ("ro", "Un om a murit, altul a fost rănit.", [(K, 1, False), (W, 1, False)]),
    ("hu", "Két ember meghalt, a harmadik megsérült.", [(K, 2, False), (W, 1, False)]),
    ("hu", "Egy katona meghalt, egy másik megsebesült.", [(K, 1, False), (W, 1, False)]),
    # 4. Verb forms: Romanian pluperfect, Hungarian "taken to hospital".
    ("ro", "Patru mineri muriseră în explozie.", [(K, 4, False)]),
    ("ro", "Trei turiști își pierduseră viața în avalanșă.", [(K, 3, False)]),
    ("ro", "Un paznic fusese rănit.", [(W, 1, False)]),
    ("hu", "Hét embert kórházba vittek.", [(W, 7, False)]),
    ("hu", "Kilenc utast kórházban ápolnak.", [(W, 9, False)]),
    # 5. A relative clause between the count and its verb is skipped whole.
    (
        "en",
        "Three men who had gathered outside the mosque for evening prayers were killed.",
        [(K, 3, False)],
    ),
    (
        "en",
        "Two policemen who tried to stop the car were also seriously injured.",
        [(W, 2, False)],
    ),
    ("ro", "O femeie care aștepta în stația de autobuz a fost rănită grav.", [(W, 1, False)]),
    (
        "hu",
        "Az a két férfi, aki megpróbálta megállítani a támadót, súlyosan megsérült.",
        [(W, 2, False)],
    ),
    # 6. A person without a numeral joined to a count: both are counted.
    ("en", "The crash killed 11 pilgrims and the driver.", [(K, 1, False), (K, 11, False)]),
    ("ro", "Explozia a ucis trei muncitori și paznicul.", [(K, 1, False), (K, 3, False)]),
    ("hu", "A robbanás megölt három munkást és az őrt.", [(K, 1, False), (K, 3, False)]),
    # 7. Pair words are two.
    ("en", "A young couple was killed when the roof collapsed.", [(K, 2, False)]),
    ("en", "Twins were injured in the fire.", [(W, 2, False)]),
    ("en", "A couple of days later 3 people died.", [(K, 3, False)]),
    ("ro", "Un cuplu de tineri a murit în incendiu.", [(K, 2, False)]),
    ("hu", "Egy fiatal házaspár meghalt a tűzben.", [(K, 2, False)]),
    ("hu", "Az ikrek megsérültek.", [(W, 2, False)]),
    # 8. A nationality as the counted noun; as an adjective of a thing it counts no one.
    (
        "en",
        "Three Germans and an Afghan were killed in the avalanche.",
        [(K, 1, False), (K, 3, False)],
    ),
    ("en", "Two Americans were injured.", [(W, 2, False)]),
    ("ro", "Doi italieni și un francez au murit.", [(K, 1, False), (K, 2, False)]),
    ("hu", "Két német és egy osztrák meghalt.", [(K, 1, False), (K, 2, False)]),
    ("hu", "Két orosz drón becsapódott, egy ember megsérült.", [(W, 1, False)]),
    # 9. A toll brought to a number.
    ("en", "Rescuers found more bodies, raising the toll to 64.", [(K, 64, False)]),
    (
        "ro",
        "Salvatorii au scos încă trei cadavre, ridicând bilanțul la 27 de morți.",
        [(K, 27, False)],  # the three more are part of the 27
    ),
    ("hu", "Ezzel 31-re nőtt a halottak száma.", [(K, 31, False)]),
]


def test_relative_clause_limit_is_configurable() -> None:
    text = "Two policemen who tried to stop the car were also seriously injured."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("incident_casualties", config={"max_relative": 3, "max_gap_subject": 3})
    doc = nlp(text)
    assert [s._.casualty.count for s in doc.spans["casualties"]] == [None]


def test_toll_window_is_configurable() -> None:
    text = "The death toll from the floods in the north of the country has risen to 21."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("incident_casualties", config={"max_gap_toll": 4})
    doc = nlp(text)
    assert [s._.casualty.count for s in doc.spans["casualties"]] == [None]
    assert facts(text, "en") == [(K, 21, False)]


@pytest.mark.parametrize(
    ("lang", "text", "spans"),
    [
        ("en", "At least 17 people were wounded.", ["At least 17 people"]),
        ("ro", "Cel puțin 7 răniți au fost duși la spital.", ["Cel puțin 7 răniți"]),
        ("hu", "Legalább kilenc ember megsérült.", ["Legalább kilenc ember"]),
        ("ro", "Nimeni nu a fost rănit.", ["Nimeni nu a fost rănit"]),
        ("en", "Shelling injured employees of the plant.", ["injured employees"]),
        ("en", "No casualties were reported.", ["No casualties", "casualties"]),
    ],
)
def test_span_covers_the_statement(lang: str, text: str, spans: list[str]) -> None:
    doc = nlp_for(lang)(text)
    assert [span.text for span in doc.spans["casualties"]] == spans
    assert all(span.label_ == span._.casualty.type for span in doc.spans["casualties"])


def test_facts_stay_in_their_sentence() -> None:
    text = "Three people were killed. The city council met on Friday to discuss 12 proposals."
    assert facts(text, "en") == [(K, 3, False)]


def test_group_is_set_when_nothing_is_found() -> None:
    doc = nlp_for("en")("The weather was fine.")
    assert list(doc.spans["casualties"]) == []


def test_without_a_sentencizer_sentences_are_split_on_punctuation() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("incident_casualties")
    doc = nlp("Two people died. Officials counted 40 drones.")
    assert [s._.casualty for s in doc.spans["casualties"]] == [CasualtyValue(K, 2)]


def test_subject_window_is_configurable() -> None:
    text = "A farmer from the village near the old bridge over the river was found dead."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("incident_casualties", config={"max_gap_subject": 4})
    doc = nlp(text)
    assert [s._.casualty.count for s in doc.spans["casualties"]] == [None]
    assert facts(text, "en") == [(K, 1, False)]


def test_window_is_configurable() -> None:
    text = "Twelve people were reportedly seriously injured."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("incident_casualties", config={"max_gap": 2, "max_gap_subject": 2})
    doc = nlp(text)
    assert [s._.casualty.count for s in doc.spans["casualties"]] == [None]
    assert facts(text, "en") == [(W, 12, False)]


def test_language_without_data_finds_nothing() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("incident_casualties")
    doc = nlp("12 killed")
    assert list(doc.spans["casualties"]) == []


def test_find_facts_works_on_plain_text() -> None:
    found = casualties.find_facts("Cel puțin 4 oameni au murit.", "ro")
    assert [(f.value.type, f.value.count, f.value.lower_bound) for f in found] == [(K, 4, True)]


def _accuracy(path: Path) -> tuple[float, list[str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    wrong = []
    for row in rows:
        wanted = expected(*(tuple(f) for f in row["facts"]))
        if facts(row["text"], row["lang"]) != wanted:
            wrong.append(row["text"])
    return 1 - len(wrong) / len(rows), wrong


@pytest.mark.parametrize("name", ["casualties_dev.jsonl", "casualties_holdout.jsonl"])
def test_accuracy_on_news_like_sentences(name: str) -> None:
    share, wrong = _accuracy(DATA / name)
    assert share >= 0.9, wrong


# Tolls, verbs and people told without a numeral, in more phrasings.
TOLL_AND_PEOPLE: list[tuple[str, str, list[Fact]]] = [
    # 1. The noun of a toll gives its type; "exceeds" makes the number a lower bound, and
    # "meghaladja" (exceeds) is no "meghal" (dies).
    ("hu", "A sebesültek száma már meghaladja a 350-et.", [(W, 350, True)]),
    (
        "hu",
        "A sérültek száma a keddi rakétatámadás után meghaladta a százat.",
        [(W, 100, True)],
    ),
    ("hu", "A halottak száma meghaladja a háromszázat.", [(K, 300, True)]),
    ("en", "The number of injured exceeds 1,200, the health ministry said.", [(W, 1200, True)]),
    ("en", "The number of dead has exceeded 90.", [(K, 90, True)]),
    ("ro", "Numărul răniților a depășit 600, potrivit ministerului.", [(W, 600, True)]),
    ("ro", "Numărul morților depășește 45 în regiunea Harkov.", [(K, 45, True)]),
    # ... and a toll of something else stays uncounted.
    ("hu", "A tüntetők száma meghaladta a kétezret, többen megsérültek.", [(W, None, False)]),
    ("hu", "A kár meghaladja a 300 millió forintot, de senki sem sérült meg.", [(W, 0, False)]),
    ("en", "The damage exceeded $3 million, but nobody was hurt.", [(W, 0, False)]),
    ("en", "The truck exceeded 90 km/h before it crashed, killing the driver.", [(K, 1, False)]),
    (
        "ro",
        "Valoarea pagubelor depășește 2 milioane de lei, dar nu au existat răniți.",
        [(W, 0, False)],
    ),
    # 2. Death verbs and injury phrases.
    ("hu", "Egy 45 éves férfi végzett magával a börtönben.", [(K, 1, False)]),
    ("hu", "Két ember bennégett a lakásban.", [(K, 2, False)]),
    ("hu", "Három embert holtan találtak meg az erdőben.", [(K, 3, False)]),
    ("hu", "A fegyveresek tizenkét falusit mészároltak le.", [(K, 12, False)]),
    ("hu", "A milícia húsz civilt lemészárolt a faluban.", [(K, 20, False)]),
    ("hu", "Két rendőrt agyonlőttek Szegeden.", [(K, 2, False)]),
    ("ro", "Un polițist a fost împușcat în picior în timpul urmăririi.", [(W, 1, False)]),
    ("ro", "Doi soldați au fost împușcați în braț.", [(W, 2, False)]),
    ("ro", "Trei pompieri au suferit arsuri grave.", [(W, 3, False)]),
    ("en", "Two hikers were found dead near the summit.", [(K, 2, False)]),
    ("en", "Four people burned to death in the apartment fire.", [(K, 4, False)]),
    ("en", "A guard was shot in the leg during the robbery.", [(W, 1, False)]),
    # 3. One person without a numeral: an age does not make a count, a possessive ending
    # makes the noun definite.
    ("hu", "A rendőrök holtan találták a 60 éves férfit.", [(K, 1, False)]),
    (
        "hu",
        "A 64 éves tulajdonos a helyszínen meghalt, a szomszédja könnyebben megsérült.",
        [(K, 1, False), (W, 1, False)],
    ),
    ("hu", "A felesége súlyosan megsérült, a férje meghalt.", [(K, 1, False), (W, 1, False)]),
    (
        "hu",
        "Négyüket holtan találták a pincében, a barátjuk is megsérült.",
        [(K, 4, False), (W, 1, False)],
    ),
    ("hu", "Kettejüket kórházba szállították.", [(W, 2, False)]),
    ("hu", "Két fia és egy unokája meghalt a támadásban.", [(K, 2, False), (K, 1, False)]),
    ("ro", "Soția lui a fost rănită, iar fiul lor a murit.", [(K, 1, False), (W, 1, False)]),
    ("en", "Her son was injured in the blast in Odesa.", [(W, 1, False)]),
    # 4. Pairs with an adjective, and persons joined by "and".
    ("hu", "Egy nyugdíjas házaspár meghalt.", [(K, 2, False)]),
    ("hu", "Egy férfi és a fia meghalt.", [(K, 1, False), (K, 1, False)]),
    (
        "en",
        "The strike killed a man and his elderly mother in Sumy.",
        [(K, 1, False), (K, 1, False)],
    ),
    ("en", "A woman and her two daughters were killed in Gaza.", [(K, 1, False), (K, 2, False)]),
    # 5. A partitive with a possessive before the noun.
    ("en", "The ministry said 23 of our citizens were injured.", [(W, 23, False)]),
    ("en", "Israel said 14 of its soldiers had been killed.", [(K, 14, False)]),
    ("ro", "Ministerul a anunțat că 7 dintre cetățenii săi au fost uciși.", [(K, 7, False)]),
]


# Phrasings read more widely: a time word inside a toll phrase, revisions and ranges,
# injuries told as treatment, more death verbs, a person joined to a count, and counts of
# people something else befell.
WIDER_PHRASINGS: list[tuple[str, str, list[Fact]]] = [
    # 1. A time word between the toll verb and its number.
    ("en", "The number of injured rose on Tuesday to 41.", [(W, 41, False)]),
    ("en", "The death toll climbed overnight to 27, officials said.", [(K, 27, False)]),
    ("ro", "Numărul morților a urcat joi la 17.", [(K, 17, False)]),
    ("ro", "Numărul răniților a crescut duminică seara la 33.", [(W, 33, False)]),
    ("ro", "Bilanțul a crescut marți la 21 de morți.", [(K, 21, False)]),
    ("hu", "A sérültek száma szerdán 23-ra nőtt.", [(W, 23, False)]),
    ("hu", "A halottak száma csütörtök reggelre 19-re emelkedett.", [(K, 19, False)]),
    (
        "en",
        "The number of dead rose on Monday to 12 and the number of injured to 40.",
        [(K, 12, False), (W, 40, False)],
    ),
    # 2. A revision counts its second number, a range its first as a lower bound.
    ("en", "The toll rose from 11 to 18 after rescuers reached the site.", [(K, 18, False)]),
    ("en", "The number of wounded climbed from 6 to 15.", [(W, 15, False)]),
    ("en", "Between 20 and 30 people were killed in the clashes.", [(K, 20, True)]),
    ("en", "Two or three people were hurt.", [(W, 2, True)]),
    ("en", "20-30 people were injured near Mosul.", [(W, 20, True)]),
    ("en", "Three men aged between 20 and 30 were killed.", [(K, 3, False)]),
    ("en", "Russia launched 20 to 30 drones overnight, injuring four people.", [(W, 4, False)]),
    ("en", "From 2019 to 2023, 40 people were killed in the region.", [(K, 40, False)]),
    ("ro", "Bilanțul morților a crescut de la 9 la 14.", [(K, 14, False)]),
    ("ro", "Numărul răniților a urcat de la 5 la 12 în cursul nopții.", [(W, 12, False)]),
    ("ro", "Între 20 și 30 de oameni au fost uciși în ciocniri.", [(K, 20, True)]),
    ("ro", "Între 5 și 10 persoane au fost rănite.", [(W, 5, True)]),
    ("hu", "A halottak száma 8-ról 13-ra nőtt.", [(K, 13, False)]),
    ("hu", "A halottak száma 12-ről 15-re emelkedett.", [(K, 15, False)]),
    ("hu", "20 és 30 közötti ember megsérült a tüntetésen.", [(W, 20, True)]),
    ("ru", "Число погибших выросло с 5 до 8.", [(K, 8, False)]),
    ("uk", "Кількість загиблих зросла з 5 до 8.", [(K, 8, False)]),
    # 3. Injuries told as medical treatment.
    ("en", "Five firefighters were treated for smoke inhalation.", [(W, 5, False)]),
    ("en", "Twelve people were treated for burns at the scene.", [(W, 12, False)]),
    ("en", "Nine passengers received medical care for injuries.", [(W, 9, False)]),
    ("ro", "Patru persoane au primit îngrijiri medicale la fața locului.", [(W, 4, False)]),
    ("ro", "Trei muncitori au fost transportați la spital cu arsuri.", [(W, 3, False)]),
    ("ro", "Doi pompieri au fost tratați la fața locului de echipajele SMURD.", [(W, 2, False)]),
    ("hu", "Hat embert kórházba szállítottak.", [(W, 6, False)]),
    ("hu", "Két férfit lőtt sebekkel operáltak meg a kórházban.", [(W, 2, False)]),
    ("hu", "Négy embert a helyszínen elláttak a mentők.", [(W, 4, False)]),
    ("hu", "A mentők öt embert elláttak a helyszínen.", [(W, 5, False)]),
    ("hu", "Hat ember füstmérgezést szenvedett.", [(W, 6, False)]),
    # 4. Deaths told by other verbs; a suicide after a killing is one more killed.
    ("en", "Three children drowned in the river near Galati.", [(K, 3, False)]),
    ("en", "Seven miners were crushed when the tunnel collapsed.", [(K, 7, False)]),
    ("en", "Eleven people perished in the fire.", [(K, 11, False)]),
    ("en", "The gunman shot two guards and then killed himself.", [(K, 1, False)]),
    ("en", "A soldier killed himself at the base.", [(K, 1, False)]),
    (
        "en",
        "Three people were killed and the attacker then killed himself.",
        [(K, 3, False), (K, 1, False)],
    ),
    ("ro", "Doi tineri s-au înecat în lacul de la Snagov.", [(K, 2, False)]),
    ("ro", "Un bărbat a murit înecat în Dunăre.", [(K, 1, False)]),
    ("ro", "Cinci persoane și-au pierdut viața în incendiu.", [(K, 5, False)]),
    ("ro", "Trei muncitori au ars de vii în hală.", [(K, 3, False)]),
    ("ro", "Bărbatul și-a ucis soția, apoi s-a sinucis.", [(K, 1, False), (K, 1, False)]),
    ("ro", "Un polițist s-a sinucis cu arma din dotare.", [(K, 1, False)]),
    ("hu", "Két gyerek vízbe fulladt a Tiszában.", [(K, 2, False)]),
    ("hu", "Egy férfi megfulladt a Balatonban.", [(K, 1, False)]),
    (
        "hu",
        "A férfi lelőtte a feleségét, majd magával is végzett.",
        [(K, 1, False), (K, 1, False)],
    ),
    ("hu", "Egy rendőr öngyilkos lett a szolgálati fegyverével.", [(K, 1, False)]),
    ("ru", "Двое детей утонули в реке.", [(K, 2, False)]),
    (
        "ru",
        "Нападавший убил двух охранников, а затем покончил с собой.",
        [(K, 2, False), (K, 1, False)],
    ),
    (
        "tr",
        "Saldırgan iki kişiyi öldürdü, ardından intihar etti.",
        [(K, 2, False), (K, 1, False)],
    ),
    ("uk", "Троє людей отримали медичну допомогу на місці.", [(W, 3, False)]),
    ("ru", "Пять человек задержаны, двое ранены.", [(W, 2, False)]),
    # 5. One person joined to a count.
    ("en", "The driver and two passengers died.", [(K, 1, False), (K, 2, False)]),
    ("ro", "Șoferul și doi pasageri au murit.", [(K, 1, False), (K, 2, False)]),
    ("hu", "A sofőr és két utas meghalt.", [(K, 1, False), (K, 2, False)]),
    # 6. People detained, evacuated, rescued or displaced are no casualties.
    ("en", "Police detained 107 people, several of whom were injured.", [(W, None, False)]),
    (
        "en",
        "Rescuers evacuated 300 residents and treated 12 for smoke inhalation.",
        [(W, 12, False)],
    ),
    ("en", "Police said 107 people were detained and 14 officers were injured.", [(W, 14, False)]),
    ("en", "Firefighters rescued 5 people, two of whom were injured.", [(W, 2, False)]),
    ("en", "Over 5,000 people were displaced by the floods, which killed 12.", [(K, 12, False)]),
    ("en", "Artillery hit the camp, killing 15 displaced persons.", [(K, 15, False)]),
    ("en", "Two people were killed and 5 remain missing.", [(K, 2, False)]),
    ("hu", "107 embert őrizetbe vettek, hárman megsérültek.", [(W, 3, False)]),
    ("hu", "A rendőrség 12 embert előállított, a tüntetésen hárman megsérültek.", [(W, 3, False)]),
    ("hu", "A rakéták 90 százalékát elfogták, egy kislány azonban megsérült.", [(W, 1, False)]),
    ("ro", "Au fost reținute 107 persoane, iar doi jandarmi au fost răniți.", [(W, 2, False)]),
    (
        "ro",
        "Au fost evacuate 120 de persoane, dintre care 5 au primit îngrijiri medicale.",
        [(W, 5, False)],
    ),
    ("ro", "Un atac a ucis 7 persoane strămutate în tabără.", [(K, 7, False)]),
    # ... and a toll of something else is no death toll.
    ("en", "The war has taken a heavy toll on the economy.", []),
    (
        "en",
        "The toll road to Brasov was closed after a crash that injured 2 people.",
        [(W, 2, False)],
    ),
]


# Phrasings of one person per noun, of people saved, and of a part of a count told between
# the count and its verb. Two people joined by "and" are two facts of one, which the
# incidents table adds up (see test_coordinated_singulars_stand_side_by_side).
STILL_MORE_PHRASINGS: list[tuple[str, str, list[Fact]]] = [
    # 1. An indefinite article counts one, also with an age or an apposition before the verb.
    ("ro", "Un miner de 52 de ani a murit în mina de la Lupeni.", [(K, 1, False)]),
    ("ro", "O femeie de 37 de ani a fost rănită în accidentul de la Bacău.", [(W, 1, False)]),
    ("ro", "Un bărbat, în vârstă de 63 de ani, a murit în incendiu.", [(K, 1, False)]),
    (
        "ro",
        "Un pieton a murit și alți patru au fost răniți pe DN1.",
        [(K, 1, False), (W, 4, False)],
    ),
    ("en", "A 31-year-old man was killed in the crash near Leeds.", [(K, 1, False)]),
    ("en", "A cyclist, aged 40, was killed on the A6 near Derby.", [(K, 1, False)]),
    ("en", "The driver, a man of 40, was injured.", [(W, 1, False)]),
    (
        "en",
        "A worker was killed and three others were injured at the plant.",
        [(K, 1, False), (W, 3, False)],
    ),
    ("hu", "Egy 45 éves férfi meghalt a balesetben Szolnokon.", [(K, 1, False)]),
    ("hu", "Egy munkás meghalt, további három megsérült.", [(K, 1, False), (W, 3, False)]),
    # 2. Two persons joined by "and", each one, an apposition between them.
    ("en", "The driver, aged 61, and his wife died at the scene.", [(K, 1, False), (K, 1, False)]),
    (
        "en",
        "The instructor and a student died when the glider crashed.",
        [(K, 1, False), (K, 1, False)],
    ),
    ("ro", "Pilotul și singurul pasager au murit în prăbușire.", [(K, 1, False), (K, 1, False)]),
    ("ro", "Tânărul șofer a fost rănit ușor.", [(W, 1, False)]),
    (
        "ro",
        "Șoferul, în vârstă de 48 de ani, și fiul său au fost răniți.",
        [(W, 1, False), (W, 1, False)],
    ),
    ("hu", "Egy 52 éves nő és a fia meghalt a tűzben.", [(K, 1, False), (K, 1, False)]),
    # 3. People rescued or led out alive are no casualties.
    (
        "hu",
        "A tűzoltók négy embert menekítettek ki, a sérülteket kórházba vitték.",
        [(W, None, False)],
    ),
    (
        "hu",
        "A tűzoltók öt embert mentettek ki a lakásból, a sérülteket elvitték.",
        [(W, None, False)],
    ),
    ("hu", "Hat lakót kimenekítettek a házból, sérültek is vannak.", [(W, None, False)]),
    (
        "ro",
        "Salvatorii au scos în viață șase persoane, răniții au fost duși la spital.",
        [(W, None, False)],
    ),
    (
        "en",
        "Firefighters saved six people, the injured were taken to hospital.",
        [(W, None, False)],
    ),
    (
        "en",
        "Rescuers pulled nine people out alive, the injured were taken to hospital.",
        [(W, None, False)],
    ),
    ("ru", "Спасатели спасли шесть человек, раненых доставили в больницу.", [(W, None, False)]),
    (
        "uk",
        "Рятувальники врятували шість людей, поранених доставили до лікарні.",
        [(W, None, False)],
    ),
    ("tr", "İtfaiye altı kişiyi kurtardı, yaralılar hastaneye kaldırıldı.", [(W, None, False)]),
    # 4. "most of them women" between a count and its verb.
    ("en", "At least 34 people, most of them children, were killed.", [(K, 34, True)]),
    (
        "en",
        "At least 19 people, many of them pilgrims, were injured in the crush.",
        [(W, 19, True)],
    ),
    ("en", "Twelve people, some of them tourists, were hurt.", [(W, 12, False)]),
    ("ro", "Cel puțin 14 oameni, mulți dintre ei copii, au fost răniți.", [(W, 14, True)]),
    ("hu", "Legalább 31 ember, többségük nő, meghalt.", [(K, 31, True)]),
    ("hu", "Tizenkét ember, jórészt turisták, megsérült.", [(W, 12, False)]),
    ("ru", "По меньшей мере 27 человек, большинство из них женщины, погибли.", [(K, 27, True)]),
    ("uk", "Щонайменше 27 людей, більшість із них діти, загинули.", [(K, 27, True)]),
    ("tr", "En az 27 kişi, çoğu kadın, hayatını kaybetti.", [(K, 27, True)]),
]


@pytest.mark.parametrize(
    ("lang", "text", "between"),
    [
        ("en", "The driver, aged 61, and his wife died at the scene.", " and "),
        ("ro", "Șoferul, în vârstă de 48 de ani, și fiul său au fost răniți.", " și "),
        ("hu", "Egy 70 éves nő és a fia meghalt.", " és a "),
    ],
)
def test_coordinated_singulars_stand_side_by_side(lang: str, text: str, between: str) -> None:
    """The first person's phrase takes its apposition, so only "and" stands between the two
    facts: the incidents table adds such counts up."""
    found = casualties.find_facts(text, lang)
    assert len(found) == 2
    assert text[found[0].end : found[1].start] == between


# A relative as one person, a toll in words with a case ending, a lower bound after the
# number, and an active verb whose count follows it.
FOUR_FAMILIES: list[tuple[str, str, list[Fact]]] = [
    ("ro", "Bunica băiatului a fost dusă cu arsuri grave la spitalul din Iași.", [(W, 1, False)]),
    ("ro", "Fratele șoferului a murit la fața locului.", [(K, 1, False)]),
    ("en", "Her husband was rushed to hospital with burns.", [(W, 1, False)]),
    ("en", "The girl's grandfather died at the scene.", [(K, 1, False)]),
    ("hu", "Az édesapja égési sérülésekkel kórházba került.", [(W, 1, False)]),
    ("hu", "Az áldozatok száma hatra emelkedett Szegeden.", [(K, 6, False)]),
    ("hu", "A baleset áldozatainak száma tizenegyre nőtt.", [(K, 11, False)]),
    ("hu", "A halottak száma huszonhétre emelkedett.", [(K, 27, False)]),
    ("hu", "Negyvennél is többen megsérültek a győri tűzben.", [(W, 40, True)]),
    ("hu", "Ötvennél több ember meghalt az áradásban.", [(K, 50, True)]),
    ("hu", "60-nál is több ember megsebesült.", [(W, 60, True)]),
    ("en", "More than forty people were injured in Bristol.", [(W, 40, True)]),
    ("ro", "Peste douăzeci de persoane au fost rănite la Galați.", [(W, 20, True)]),
    ("en", "A gunman killed seven people in Leeds on Sunday.", [(K, 7, False)]),
    ("en", "A man stabbed to death three people at a market in Derby.", [(K, 3, False)]),
    (
        "en",
        "A sniper shot dead eight people, including two children, before he was killed by "
        "soldiers.",
        [(K, 8, False), (K, 1, False)],
    ),
    (
        "en",
        "Four people were injured and she was taken to hospital.",
        [(W, 4, False), (W, 1, False)],
    ),
    ("en", "He was killed in the blast.", [(K, None, False)]),  # no count before: no one more
    ("en", "Two people were hurt, he said.", [(W, 2, False)]),
    ("ro", "Un bărbat a împușcat mortal patru persoane la Cluj.", [(K, 4, False)]),
    ("hu", "Egy férfi hat embert agyonlőtt Pécsen.", [(K, 6, False)]),
]


# One person and "N other people" as one group; a person with an apposition; a count that
# escaped unharmed; Hungarian "-an/-en" hundreds; survivors with injuries; a toll raised to a
# number with words between.
GROUPS_AND_SURVIVORS: list[tuple[str, str, list[Fact]]] = [
    (
        "en",
        "The mayor and six other people were killed when the bridge collapsed.",
        [(K, 7, False)],
    ),
    ("en", "A nurse and four other people were injured in the blast in Leeds.", [(W, 5, False)]),
    ("en", "The driver and six others were injured in the crash.", [(W, 7, False)]),
    ("en", "Two firefighters and three other rescuers were hurt.", [(W, 5, False)]),
    ("en", "A woman and her two daughters were killed in Hama.", [(K, 1, False), (K, 2, False)]),
    ("ro", "Primarul și alte cinci persoane au murit în accidentul de la Brașov.", [(K, 6, False)]),
    ("ro", "Un polițist și alți trei oameni au fost răniți la Cluj.", [(W, 4, False)]),
    ("hu", "A polgármester és további négy ember meghalt a balesetben.", [(K, 5, False)]),
    ("hu", "Egy rendőr és más három személy megsérült Debrecenben.", [(W, 4, False)]),
    ("hu", "A sofőr és még három utas megsérült.", [(W, 4, False)]),
    ("ro", "Un turist, cetățean german, a murit în incendiul de la Sibiu.", [(K, 1, False)]),
    (
        "ro",
        "Un muncitor, bărbat de 45 de ani, a murit, iar ceilalți trei au fost răniți.",
        [(K, 1, False), (W, 3, False)],
    ),
    ("ro", "Un turist, profesor de 40 de ani, a murit.", [(K, 1, False)]),
    ("en", "A tourist, a Dutch national, died in the avalanche near Innsbruck.", [(K, 1, False)]),
    (
        "en",
        "A passenger, a Polish national, died and the other two were injured.",
        [(K, 1, False), (W, 2, False)],
    ),
    ("en", "A cyclist, 34, was killed on the ring road.", [(K, 1, False)]),
    (
        "en",
        "Four soldiers, 12, 13 and 15 civilians were killed.",
        [(K, 4, False), (K, 15, False)],
    ),
    ("hu", "Egy turista, egy osztrák állampolgár, meghalt a lavinában.", [(K, 1, False)]),
    ("hu", "Egy munkás, 45 éves férfi, meghalt.", [(K, 1, False)]),
    ("ro", "Cei 45 de pasageri au scăpat nevătămați.", [(W, 0, False)]),
    ("ro", "Toți cei 12 mineri au scăpat teferi din galerie.", [(W, 0, False)]),
    ("en", "All 52 passengers escaped unhurt.", [(W, 0, False)]),
    ("en", "The 18 crew members escaped unharmed after the fire.", [(W, 0, False)]),
    ("en", "Five workers escaped unhurt, but two others were injured.", [(W, 2, False)]),
    ("en", "The pilot escaped unharmed.", []),
    ("hu", "A 40 utas sértetlenül megúszta a balesetet.", [(W, 0, False)]),
    ("hu", "Több mint kétszázan megsérültek a földrengésben.", [(W, 200, True)]),
    ("hu", "Mintegy háromszázan megsérültek a tüntetésen.", [(W, 300, False)]),
    ("hu", "Közel hatvanan meghaltak az áradásban.", [(K, 60, False)]),
    ("hu", "Több mint 400-an megsérültek a viharban.", [(W, 400, True)]),
    ("hu", "Százhúszan megsérültek Miskolcon.", [(W, 120, False)]),
    ("en", "Three miners were pulled out alive with serious burns.", [(W, 3, False)]),
    ("en", "Two hikers were rescued alive with severe frostbite.", [(W, 2, False)]),
    ("en", "Five children were pulled out alive and unharmed.", []),
    ("ro", "Trei muncitori au fost scoși în viață, cu arsuri grave.", [(W, 3, False)]),
    ("ro", "Patru alpiniști au fost salvați în viață, cu degerături.", [(W, 4, False)]),
    ("hu", "Három munkást élve, súlyos égési sérülésekkel mentettek ki.", [(W, 3, False)]),
    ("hu", "Négy bányászt élve, sérülésekkel hoztak a felszínre.", [(W, 4, False)]),
    (
        "en",
        "Authorities raised the death toll from the landslide in the south to 27 on Monday.",
        [(K, 27, False)],
    ),
    ("en", "The number of wounded in the blast rose to 23 overnight.", [(W, 23, False)]),
    (
        "ro",
        "Autoritățile au ridicat bilanțul morților în urma inundațiilor din Moldova la 38.",
        [(K, 38, False)],
    ),
    ("hu", "A halottak számát a hatóságok hétfőn 38-ra emelték.", [(K, 38, False)]),
    ("hu", "A sérültek száma 21-re emelkedett.", [(W, 21, False)]),
]


# Appositions of members or ages, possessed persons after an age, active verbs with one
# person as object, people trapped or missing, animal attacks, tolls naming the new bodies,
# and the injured who died after.
ROUND_TWO: list[tuple[str, str, list[Fact]]] = [
    (
        "ro",
        "Trei muncitori, cu vârste între 25 și 40 de ani, au murit în incendiu.",
        [(K, 3, False)],
    ),
    (
        "ro",
        "Cinci turiști, un bărbat de 45 de ani și cei doi fii ai săi, au fost răniți.",
        [(W, 5, False)],
    ),
    ("en", "Five hikers, aged between 19 and 34, were killed by the avalanche.", [(K, 5, False)]),
    (
        "en",
        "Four Polish tourists, a 47-year-old woman and her three daughters, were injured.",
        [(W, 4, False)],
    ),
    ("hu", "Öt munkás, 20 és 45 év közöttiek, megsérült a robbanásban.", [(W, 5, False)]),
    ("en", "Three people, two women and a man, were injured.", [(W, 3, False)]),
    ("ro", "Trei tineri, doi băieți și o fată, au fost răniți.", [(W, 3, False)]),
    ("hu", "Négy ember, két felnőtt és két gyerek, meghalt.", [(K, 4, False)]),
    (
        "en",
        "Three soldiers, two civilians and a child were killed.",
        [(K, 3, False), (K, 2, False), (K, 1, False)],
    ),
    ("hu", "Három turista, egy 52 éves nő és két lánya, meghalt a balesetben.", [(K, 3, False)]),
    (
        "hu",
        "Egy 72 éves nő meghalt, 45 éves lánya pedig könnyebben megsérült.",
        [(K, 1, False), (W, 1, False)],
    ),
    (
        "hu",
        "A sofőr meghalt, 9 éves unokája pedig súlyosan megsérült.",
        [(K, 1, False), (W, 1, False)],
    ),
    ("hu", "A férfi késsel megsebesítette a 64 éves szomszédját.", [(W, 1, False)]),
    ("hu", "A rendőrség szerint a 30 éves férfi megölte 58 éves anyját.", [(K, 1, False)]),
    ("en", "A man stabbed his brother in Leeds on Friday.", [(W, 1, False)]),
    ("en", "Three people were stabbed at a festival in Cardiff.", [(W, 3, False)]),
    ("en", "Two men were stabbed to death in Bristol.", [(K, 2, False)]),
    ("en", "Gunmen shot a soldier dead at a checkpoint near Kano.", [(K, 1, False)]),
    ("en", "A man killed a woman and injured a child in Dundee.", [(K, 1, False), (W, 1, False)]),
    ("ro", "Un bărbat din Suceava și-a ucis fratele.", [(K, 1, False)]),
    ("ro", "Agresorul a rănit un polițist cu un cuțit.", [(W, 1, False)]),
    ("en", "Around 20 people are feared trapped after the building collapsed.", []),
    ("en", "Six people are still unaccounted for after the flood.", []),
    ("en", "Two workers were trapped and killed when the wall collapsed.", [(K, 2, False)]),
    ("ro", "Cel puțin 15 persoane ar fi prinse sub dărâmăturile blocului.", []),
    ("hu", "Legalább 20 ember rekedhetett a leomlott épület alatt.", []),
    ("en", "A hiker was mauled by a bear in the Carpathians.", [(W, 1, False)]),
    ("en", "A boy was bitten by a dog on Sunday.", [(W, 1, False)]),
    ("en", "A tourist was attacked by a bear near Brasov.", [(W, 1, False)]),
    ("ro", "Un pădurar a fost atacat de un urs în Harghita.", [(W, 1, False)]),
    ("hu", "Egy erdészt megtámadott és megsebesített egy medve Hargita megyében.", [(W, 1, False)]),
    ("hu", "Egy turistát megtámadott egy medve.", [(W, 1, False)]),
    ("en", "The death toll rose to 22 after five more bodies were found.", [(K, 22, False)]),
    (
        "en",
        "The toll has risen to 41 after another 6 bodies were pulled from the river.",
        [(K, 41, False)],
    ),
    ("ro", "Bilanțul a crescut la 9, după ce alte două cadavre au fost găsite.", [(K, 9, False)]),
    (
        "ro",
        "Bilanțul morților a urcat la 9 după ce alte două cadavre au fost recuperate.",
        [(K, 9, False)],
    ),
    (
        "hu",
        "22-re emelkedett a halottak száma, miután újabb öt holttestet találtak.",
        [(K, 22, False)],
    ),
    (
        "en",
        "The death toll rose to 30, and 12 more people were injured.",
        [(K, 30, False), (W, 12, False)],
    ),
    ("en", "Police said 5 more people were killed on Monday.", [(K, 5, False)]),
    ("en", "A woman stabbed her husband, who later died in hospital.", [(K, 1, False)]),
    ("en", "A soldier was wounded and later died in hospital.", [(K, 1, False)]),
    ("ro", "Un bărbat a fost rănit grav și a murit la spital.", [(K, 1, False)]),
    ("hu", "Egy férfi súlyosan megsérült, és később meghalt a kórházban.", [(K, 1, False)]),
    ("en", "Two people were injured and one died.", [(W, 2, False), (K, 1, False)]),
    ("en", "A man was injured and his wife died.", [(W, 1, False), (K, 1, False)]),
]


# Round three: numerals with an article, tolls that may rise, a person joined to a group
# through a genitive or an age, hospital phrasings, things shot down, one body, speakers.
ROUND_THREE: list[tuple[str, str, list[Fact]]] = [
    ("en", "More than a dozen miners were taken to hospital.", [(W, 12, True)]),
    ("ro", "O duzină de turiști au fost răniți în accident.", [(W, 12, False)]),
    ("hu", "Egy tucat utas megsérült a balesetben.", [(W, 12, False)]),
    (
        "en",
        "Forty-two people were wounded, and officials warned the toll could rise.",
        [(W, 42, False), (K, None, False)],
    ),
    (
        "hu",
        "Ötvenöt ember megsérült, a halottak száma még emelkedhet.",
        [(W, 55, False), (K, None, False)],
    ),
    ("en", "Nine villagers were wounded and later died of their injuries.", [(K, 9, False)]),
    (
        "ro",
        "Conducătorul tractorului și trei muncitori au murit pe loc.",
        [(K, 1, False), (K, 3, False)],
    ),
    ("ro", "Fiica primarului a fost rănită de schije.", [(W, 1, False)]),
    (
        "hu",
        "Egy 71 éves férfi és 45 éves fia megsérült a robbanásban.",
        [(W, 1, False), (W, 1, False)],
    ),
    ("hu", "Egy nő és 19 éves unokája meghalt a tűzben.", [(K, 1, False), (K, 1, False)]),
    ("ro", "Sora lor a fost transportată cu arsuri la spital.", [(W, 1, False)]),
    ("hu", "Szomszédjukat eszméletlenül szállították kórházba.", [(W, 1, False)]),
    (
        "hu",
        "Három munkás meghalt, egy negyediket súlyos sérülésekkel vitték kórházba.",
        [(K, 3, False), (W, 1, False)],
    ),
    ("hu", "A légvédelem szerint 41 lelőtt orosz drón zuhant le.", []),
    ("en", "The ministry counted 37 downed Russian drones.", []),
    ("hu", "Négyen meghaltak március 2-án a tűzben.", [(K, 4, False)]),
    (
        "en",
        "A fisherman went missing on Friday and his body was recovered on Sunday.",
        [(K, 1, False)],
    ),
    ("ro", "Cadavrul unui cioban a fost găsit într-o râpă.", [(K, 1, False)]),
    ("hu", "Egy túrázó holttestét találták meg a hegyekben.", [(K, 1, False)]),
    ("en", "Rescuers pulled 14 bodies from the rubble.", [(K, 14, False)]),
    ("ro", "Patru surori, cu vârste între 5 și 16 ani, au murit în incendiu.", [(K, 4, False)]),
    ("ro", "Un pasager al trenului, cetățean moldovean, a fost rănit.", [(W, 1, False)]),
    (
        "ro",
        "La Ismail, un bărbat de 50 de ani a fost rănit, a declarat guvernatorul regiunii.",
        [(W, 1, False)],
    ),
    ("hu", "Egy 80 éves férfi megsérült – mondta a polgármester.", [(W, 1, False)]),
    ("en", "An elderly man was injured, according to the governor.", [(W, 1, False)]),
    ("en", "Officials said the pilot was killed.", [(K, 1, False)]),
    # the doer of an active verb with people after it is no casualty
    (
        "en",
        "A 40-year-old man stabbed shoppers in a mall, wounding 5 people.",
        [(W, 5, False)],
    ),
    ("en", "A teenager stabbed pupils at the school.", [(W, None, False)]),
    # a singular person noun after an indefinite article, with an age between
    ("hu", "Egy 52 éves kerékpáros a helyszínen meghalt.", [(K, 1, False)]),
    ("ro", "Un biciclist de 60 de ani a murit pe loc.", [(K, 1, False)]),
    # counts told by how badly, joined by a comma, share the casualty word
    (
        "hu",
        "Hárman súlyosan, ketten könnyebben sérültek meg az ütközésben.",
        [(W, 3, False), (W, 2, False)],
    ),
    ("ro", "Patru oameni grav, doi ușor au fost răniți.", [(W, 4, False), (W, 2, False)]),
    # a casualty noun after an indefinite article is one person
    ("ro", "Coliziunea s-a soldat cu un mort și șase răniți.", [(K, 1, False), (W, 6, False)]),
    ("hu", "Az ütközésnek egy halottja és két sebesültje van.", [(K, 1, False), (W, 2, False)]),
    ("ro", "Alte nouă persoane au ajuns la spital.", [(W, 9, False)]),
    ("en", "A killing spree left 5 dead.", [(K, 5, False)]),
    # an age after the person noun is part of its phrase; "internați" (hospitalised)
    (
        "ro",
        "Un bărbat de 71 de ani a murit, iar nepotul său a ajuns la spital.",
        [(K, 1, False), (W, 1, False)],
    ),
    ("ro", "Alți 16 pasageri sunt internați în spitalele din Iași.", [(W, 16, False)]),
    # a doer before the verb gives way to the numeral after it in the same clause
    ("ro", "Un tânăr de 19 ani a rănit cu o sabie trei trecători.", [(W, 3, False)]),
    # "scores" is twenty or more
    ("en", "The explosion left three dead and scores injured.", [(K, 3, False), (W, 20, True)]),
]


ROUND_FOUR = [
    # a casualty word before the number of a part belongs to that part
    (
        "ro",
        "Salvatorii au scos 9 cadavre, printre care trupurile a doi copii.",
        [(K, 9, False)],
    ),
    ("en", "Divers recovered 17 bodies, including the bodies of six women.", [(K, 17, False)]),
    ("hu", "Nyolc holttestet találtak, köztük három gyermek holttestét.", [(K, 8, False)]),
    # people named by kin, friends and colleagues are people
    ("ro", "Trei colegi de-ai lui au suferit arsuri.", [(W, 3, False)]),
    ("ro", "Doi prieteni ai șoferului au murit pe loc.", [(K, 2, False)]),
    (
        "en",
        "The fire killed a grandmother and her three grandchildren.",
        [(K, 1, False), (K, 3, False)],
    ),
    # "N of them" counts people told before, when a casualty word governs it
    ("en", "Nine climbers were rescued; three of them were flown to hospital.", [(W, 3, False)]),
    ("ro", "Au fost salvați 12 pescari, iar doi dintre ei au fost răniți.", [(W, 2, False)]),
    ("en", "Of the 30 missiles, 25 of them were intercepted.", []),
    # ... but of things when the count before it counts things
    ("en", "Russia fired 12 missiles, two of them killed five people.", [(K, 5, False)]),
    ("hu", "Az oroszok 70 drónt indítottak, közülük 50-et lelőttek.", []),
    # a relative clause of the same kind as the count before it tells a part of that count
    (
        "en",
        "Sixty people were injured, nine of whom are in critical condition.",
        [(W, 60, False)],
    ),
    (
        "ro",
        "Au fost rănite 27 de persoane, dintre care cinci se află în stare critică.",
        [(W, 27, False)],
    ),
    ("en", "The factory had 80 workers, of whom 6 were injured.", [(W, 6, False)]),
    (
        "en",
        "Two people died and 30 were hurt, of whom 3 later died.",
        [(K, 2, False), (K, 3, False), (W, 30, False)],
    ),
    # hospital and condition phrasings
    ("en", "Seven people were being treated at the regional hospital.", [(W, 7, False)]),
    ("ro", "Cinci mineri se află în spital.", [(W, 5, False)]),
    (
        "ro",
        "Un bărbat de 30 de ani a fost transportat în stare gravă la spitalul din Bacău.",
        [(W, 1, False)],
    ),
    # what else befell the people of a relative clause is theirs: the count goes on past it
    (
        "hu",
        "A sofőrt, aki megpróbálta kimenteni az utasokat, égési sérülésekkel vitték kórházba.",
        [(W, 1, False)],
    ),
    ("en", "A woman who was rescued from the river died in hospital.", [(K, 1, False)]),
    # an ordinal after "egy" is one more person; "menekült" alone is the verb (fled)
    (
        "hu",
        "A támadók hat katonát öltek meg, egy hetedik katona sebesülten menekült el.",
        [(K, 6, False), (W, 1, False)],
    ),
]


ROUND_FIVE: list[tuple[str, str, list[Fact]]] = [
    # one more person told with a toll in the same sentence is part of it
    ("en", "A second victim died on Sunday, raising the death toll to five.", [(K, 5, False)]),
    ("en", "A fourth person died overnight, bringing the toll to nine.", [(K, 9, False)]),
    # the injured who died: the count of the injured is of the dead
    ("ro", "Un al doilea rănit a murit vineri la spitalul din Brașov.", [(K, 1, False)]),
    ("en", "Two wounded died later in hospital.", [(K, 2, False)]),
    # "N of them" with a casualty word: part of the count before, unless that count is only
    # who they are
    (
        "en",
        "Four miners are being treated in hospital, one of them in critical condition.",
        [(W, 4, False)],
    ),
    ("en", "A minibus carrying 18 passengers overturned; six of them were hurt.", [(W, 6, False)]),
    ("ro", "În microbuz se aflau 14 pasageri, iar trei dintre ei au murit.", [(K, 3, False)]),
    # ranges in words: the first, as a lower bound
    ("hu", "Az ostromban négy-öt rendőr vesztette életét.", [(K, 4, True)]),
    ("hu", "Egy-két ember könnyebben megsérült.", [(W, 1, True)]),
    # a person after an indefinite article joined to a count
    (
        "ro",
        "Cinci elevi și o învățătoare au fost transportați la spital.",
        [(W, 1, False), (W, 5, False)],
    ),
    (
        "en",
        "Three climbers and a guide were injured by the rockfall.",
        [(W, 1, False), (W, 3, False)],
    ),
    # people told by what they were doing
    ("hu", "Meghalt egy 57 éves túrázó a Bükkben.", [(K, 1, False)]),
    # still in hospital
    ("ro", "Alte șase persoane rămân internate.", [(W, 6, False)]),
    (
        "hu",
        "Egy 80 éves férfi a kórházban halt bele sérüléseibe, további kilenc embert még ápolnak.",
        [(K, 1, False), (W, 9, False)],
    ),
    ("hu", "Egy 19 éves fiú csütörtökön halt bele égési sérüléseibe.", [(K, 1, False)]),
    # survivors treated for injuries some words after "alive"
    (
        "en",
        "A woman pulled out alive late on Monday was being treated for a fractured hip.",
        [(W, 1, False)],
    ),
]


ROUND_SIX: list[tuple[str, str, list[Fact]]] = [
    # a noun of casualties is no adjective of the thing after it
    ("hu", "Hét sebesültet mentőautóval vittek el.", [(W, 7, False)]),
    # another subject between the wounded and a death: the wounded did not die
    (
        "en",
        "The gunman wounded five customers before officers shot him dead.",
        [(K, None, False), (W, 5, False)],
    ),
    (
        "hu",
        "A támadó három embert megsebesített, majd a rendőrök lelőtték.",
        [(K, None, False), (W, 3, False)],
    ),
    # who tells it, after the casualty word, is no casualty
    (
        "en",
        "Twelve people were taken to hospital with shrapnel wounds, the regional governor said.",
        [(W, 12, False)],
    ),
    ("en", "The pilot said he was hurt.", [(W, 1, False)]),
    # a toll noun some words after the toll's number and verb
    ("hu", "Tizennyolcra emelkedett a hamisított vodka áldozatainak száma.", [(K, 18, False)]),
    # still in hospital, admitted, sustained wounds
    ("en", "Nine others remain in hospital, two of them in critical condition.", [(W, 9, False)]),
    ("en", "Two soldiers sustained shrapnel wounds in the attack.", [(W, 2, False)]),
    ("hu", "További 14 embert vettek fel kórházba.", [(W, 14, False)]),
    ("hu", "Negyven embert kezeltek kórházban hőguta miatt.", [(W, 40, False)]),
    ("ro", "Alți 11 pacienți au fost transportați la spitale din Cluj.", [(W, 11, False)]),
    # an age and a nationality between the article and the person
    ("hu", "Meghalt egy 45 éves lengyel kamionos az M1-esen.", [(K, 1, False)]),
    # a gerund with its object after the attacker
    (
        "ro",
        "Un bărbat a deschis focul, ucigând un agent și rănindu-i pe alți trei.",
        [(K, 1, False), (W, 3, False)],
    ),
]


ROUND_SEVEN: list[tuple[str, str, list[Fact]]] = [
    # a singular person with a possessive ending is one
    (
        "hu",
        "A kamion vezetője a helyszínen meghalt, utasa súlyosan megsérült.",
        [(K, 1, False), (W, 1, False)],
    ),
    ("hu", "A hajó kapitányát kórházba szállították.", [(W, 1, False)]),
    # "both", "died on the spot", "claimed the lives of", "struck dead"
    ("hu", "Mindkét sofőr szörnyethalt a frontális ütközésben.", [(K, 2, False)]),
    ("hu", "A tűzvész kilenc ember életét követelte Miskolcon.", [(K, 9, False)]),
    ("hu", "Egy leszakadt ág agyonütött egy kerékpárost a Városligetben.", [(K, 1, False)]),
    # one person told without a numeral after a toll update is who raised it
    (
        "en",
        "The death toll climbed to 15 after a firefighter died of his injuries.",
        [(K, 15, False)],
    ),
    (
        "ro",
        "Bilanțul a urcat la nouă morți, după ce o femeie a decedat la spital.",
        [(K, 9, False)],
    ),
    (
        "hu",
        "A halottak száma tizenegyre nőtt, miután egy idős férfi belehalt sérüléseibe.",
        [(K, 11, False)],
    ),
    # more ways to die and to be hurt
    ("hu", "A tűzben hárman odavesztek.", [(K, 3, False)]),
    ("hu", "Öt katona áldozatul esett a támadásnak.", [(K, 5, False)]),
    ("hu", "Három utas kiszenvedett a roncsok között.", [(K, 3, False)]),
    ("hu", "A lavina tizenkét hegymászó életét oltotta ki.", [(K, 12, False)]),
    ("hu", "Két gyermek fulladt a Balatonba.", [(K, 2, False)]),
    ("hu", "Hat ember zúzódásokat szenvedett.", [(W, 6, False)]),
    ("hu", "A sofőr csonttörést szenvedett.", [(W, 1, False)]),
    ("hu", "Tíz ember ellátásra szorult a helyszínen.", [(W, 10, False)]),
    ("hu", "A tárgyalások kudarcba fulladtak, két küldött távozott.", []),
    ("en", "A woman succumbed to her wounds on Sunday.", [(K, 1, False)]),
    # no one of a person noun
    ("ro", "Niciun pasager nu a fost rănit, dar șoferul a murit.", [(K, 1, False), (W, 0, False)]),
    ("en", "No soldiers were killed, but three were wounded.", [(K, 0, False), (W, 3, False)]),
    ("hu", "Egyetlen utas sem sérült meg a kisiklásban.", [(W, 0, False)]),
    # the attacker, a definite singular person
    (
        "hu",
        "A rendőrök lelőtték a késelőt, aki előtte két járókelőt megsebesített.",
        [(K, 1, False), (W, 2, False)],
    ),
    # a possessive after a definite person, before an age apposition
    (
        "ro",
        "Un pieton a murit, iar fiul lui, de 12 ani, a fost internat cu fracturi.",
        [(K, 1, False), (W, 1, False)],
    ),
    # discharged from hospital: no casualty count
    ("ro", "Până marți, 23 dintre ei au fost externați.", []),
    ("en", "Twelve of them were discharged on Monday.", []),
    # the most hurt of the casualties, named in an apposition, is no count of its own
    ("ro", "Cel mai grav rănit, un tânăr de 19 ani, a fost dus la Iași.", [(W, None, False)]),
    (
        "en",
        "The most seriously injured, a 60-year-old woman, was flown to Bucharest.",
        [(W, None, False)],
    ),
    (
        "ro",
        "Este cel mai grav accident din județ din 2019, când nouă oameni au murit.",
        [(K, 9, False)],
    ),
    ("hu", "Egy kisgyermek életét vesztette a lakástűzben.", [(K, 1, False)]),
    ("hu", "A 74 éves sofőr a kórházban hunyt el.", [(K, 1, False)]),
    ("hu", "Az ütközetben kilenc határőr halt hősi halált.", [(K, 9, False)]),
    ("hu", "A gázrobbanás három lakó életébe került.", [(K, 3, False)]),
    ("en", "The mudslide has claimed 17 lives, officials said.", [(K, 17, False)]),
    ("en", "Lifeguards saved 40 lives last summer.", [(K, None, False)]),
    # victims: the word that says what befell them types the count
    ("en", "Three more victims died in hospital overnight.", [(K, 3, False)]),
    ("ro", "Patru victime au fost transportate la spital.", [(W, 4, False)]),
    ("en", "The crash left 20 victims, police said.", []),
    # people named in an aside are a part of the count
    (
        "en",
        "Seven people, among them the pilot and a ten-year-old boy, died in the crash.",
        [(K, 7, False)],
    ),
    # who tells it, told with an article, is no casualty
    ("en", "Four miners were hurt in the blast, a company spokesman said.", [(W, 4, False)]),
    # more words
    ("en", "A jogger was mauled to death by a bear near Brasov.", [(K, 1, False)]),
    ("ro", "Un electrician s-a electrocutat mortal pe un stâlp din Pitești.", [(K, 1, False)]),
    ("hu", "Halálos áramütés ért egy 50 éves munkást Győrben.", [(K, 1, False)]),
    ("hu", "A rendőrök lelőtték a túszejtőt.", [(K, 1, False)]),
    ("hu", "A baleset után kórházba vitték a sofőrt, akit nem tudtak megmenteni.", [(K, 1, False)]),
    ("hu", "Tizenkettőre nőtt a tűzvész halálos áldozatainak száma.", [(K, 12, False)]),
    # forced from their homes: no casualties
    (
        "en",
        "The floods killed four people and forced 2,500 residents from their homes.",
        [(K, 4, False)],
    ),
    (
        "ro",
        "Inundațiile au ucis patru oameni, forțând 2.500 de localnici să-și părăsească casele.",
        [(K, 4, False)],
    ),
    # an earlier figure revised later in the sentence
    (
        "ro",
        "Numărul morților, anunțat inițial la 7, a fost revizuit vineri la 9.",
        [(K, 9, False)],
    ),
    ("en", "The death toll, originally given as 20, was revised to 23.", [(K, 23, False)]),
    # a decimal comma is no clause break; a toll noun far after its number
    (
        "hu",
        "Legalább 12-re nőtt a keddi, 5,8-as erősségű rengés halálos áldozatainak száma.",
        [(K, 12, True)],
    ),
    # among the dead / injured: a part
    ("hu", "A sebesültek között négy rendőr is van.", [(W, None, False)]),
    # plural possessor: "their daughter"; the parents are two
    (
        "hu",
        "A szülők meghaltak, 5 éves kisfiukat kórházba vitték.",
        [(K, 2, False), (W, 1, False)],
    ),
    # stabbed, burns
    ("ro", "Un bărbat a înjunghiat trei colegi de muncă.", [(W, 3, False)]),
    ("en", "Her husband suffered burns to his hands.", [(W, 1, False)]),
    # "de două ori": times, no count
    (
        "ro",
        "Un paznic a fost înjunghiat de trei ori în fața magazinului.",
        [(W, 1, False)],
    ),
    # a toll's verb right after its number: what follows the verb is no head of it
    (
        "hu",
        "Kilencre emelkedett a hétfői rakétatámadás halálos áldozatainak száma.",
        [(K, 9, False)],
    ),
    # more words
    ("hu", "Egy utaskísérő könnyebben megsérült a leszállásnál.", [(W, 1, False)]),
    ("hu", "Egy idős férfi életét már nem tudtuk megmenteni.", [(K, 1, False)]),
    ("hu", "Három turista halhatott meg a lavinában.", [(K, 3, False)]),
    ("en", "Nine patients remain in treatment after the fire.", [(W, 9, False)]),
    ("en", "Three climbers froze to death near the summit.", [(K, 3, False)]),
    ("en", "He was sentenced to death for killing two guards.", [(K, 2, False)]),
    # a word after the person that ends the verb: "to death"
    (
        "en",
        "A 29-year-old woman stabbed her former husband to death and wounded his sister.",
        [(K, 1, False), (W, 1, False)],
    ),
    # the injured who died after a toll's update raised it
    (
        "en",
        "The toll of the bus crash rose to eight after three injured passengers died.",
        [(K, 8, False)],
    ),
    ("en", "Two injured miners died in hospital on Friday.", [(K, 2, False)]),
    # treated by the ambulance service; brought out by firefighters
    ("hu", "A mentők a helyszínen kilenc embert láttak el.", [(W, 9, False)]),
    ("hu", "A tűzoltók három embert hoztak ki az égő lakásból.", []),
    ("hu", "A járókelő a kórházban belehalt sérüléseibe.", [(K, 1, False)]),
    # a nationality after the person noun is part of the count phrase
    ("ro", "Patru muncitori bulgari au fost răniți, unul grav.", [(W, 4, False)]),
    # "residential" is no person
    ("en", "The strike on a residential area killed three people.", [(K, 3, False)]),
    # more words
    ("hu", "A fegyveresek hat falusit lefejeztek.", [(K, 6, False)]),
    ("hu", "A 23 túlélőt a megye kórházaiba szállították.", [(W, 23, False)]),
    ("ro", "Un docher a murit strivit de o macara.", [(K, 1, False)]),
    ("en", "A diver was pulled from the sea unconscious and airlifted to Split.", [(W, 1, False)]),
    # people joined by "and" before the words' end all take it
    (
        "en",
        "A man stabbed his wife and her sister to death and wounded a passer-by.",
        [(K, 1, False), (K, 1, False), (W, 1, False)],
    ),
    ("en", "The shell killed a volunteer medic in Kherson.", [(K, 1, False)]),
    ("hu", "A vonatbaleset hét áldozatot követelt.", [(K, 7, False)]),
    ("hu", "A férfi megszúrta a volt partnerét, aki kórházba került.", [(W, 1, False)]),
    # a count with its own casualty word ends a list
    (
        "hu",
        "Az ütközésben hárman meghaltak, egy utas súlyosan, kettő könnyebben megsérült.",
        [(K, 3, False), (W, 1, False), (W, 2, False)],
    ),
    # ... of the same kind only
    (
        "en",
        "The toll rose to five, and a police officer was wounded.",
        [(K, 5, False), (W, 1, False)],
    ),
]


ROUND_EIGHT: list[tuple[str, str, list[Fact]]] = [
    # "both" and "parents" are two
    ("en", "Both pilots died when the helicopter came down near Tulsa.", [(K, 2, False)]),
    ("en", "Both the driver and his passenger died.", [(K, 1, False), (K, 1, False)]),
    ("en", "His parents were seriously injured in the crash.", [(W, 2, False)]),
    ("ro", "Ambii pasageri au murit pe loc.", [(K, 2, False)]),
    ("ro", "Părinții lor au fost internați în stare gravă.", [(W, 2, False)]),
    ("hu", "A fiú szülei is megsérültek.", [(W, 2, False)]),
    # a year before a noun counts no one
    (
        "en",
        "The 2019 floods killed more than 1,200 people in Mozambique.",
        [(K, 1200, True)],
    ),
    ("en", "Some 2000 protesters were injured.", [(W, 2000, False)]),
    # a figure a toll has left behind
    (
        "en",
        "Officials said 41 people were killed on Monday, up from an initial toll of 30.",
        [(K, 41, False)],
    ),
    (
        "ro",
        "Bilanțul a urcat la 23 de morți, față de bilanțul inițial de 17.",
        [(K, 23, False)],
    ),
    # poisoning injures; shock alone does not
    (
        "en",
        "More than 200 villagers were poisoned by contaminated water.",
        [(W, 200, True)],
    ),
    ("en", "An outbreak at a boarding school sickened dozens.", [(W, 12, True)]),
    ("en", "A 44-year-old woman was treated at the scene for shock.", []),
    (
        "en",
        "Two passengers were treated for shock and a third was taken to hospital.",
        [(W, 1, False)],
    ),
    # a part told before "among the dead" is no count of its own; the word tells the kind
    ("en", "Three firefighters were among the dead.", [(K, None, False)]),
    ("en", "A nurse was among those killed.", [(K, None, False)]),
    (
        "en",
        "Eleven people died and two policemen were among the injured.",
        [(K, 11, False), (W, None, False)],
    ),
    ("hu", "Hat gyermek is van a halottak között.", [(K, None, False)]),
    ("ro", "Trei copii se numără printre morți.", [(K, None, False)]),
    (
        "hu",
        "A robbanásban húsz bányász odaveszett, tucatnyian megsebesültek, a halottak között "
        "nők is vannak.",
        [(K, 20, False), (W, 12, True)],
    ),
    # Hungarian compounds of injury
    ("hu", "A 41 éves férfi több szúrt sebet szenvedett.", [(W, 1, False)]),
    (
        "hu",
        "Egy leeső faág eltalált egy gyalogost, aki súlyos fejsérülést szenvedett.",
        [(W, 1, False)],
    ),
    ("hu", "Hat katona szenvedett repeszsérüléseket.", [(W, 6, False)]),
    # "the N of them": a part of the count before, or a count of its own after people who
    # are no casualties
    (
        "hu",
        "A rendőrök 40 embert menekítettek ki, egyiküket égési sérülésekkel vitték kórházba.",
        [(W, 1, False)],
    ),
    (
        "hu",
        "Két túrázót mentettek ki a hegyi mentők, egyikük lábtörést szenvedett.",
        [(W, 1, False)],
    ),
    (
        "hu",
        "A kisbusz hat utasát a mentők vitték kórházba, kettőjüket súlyos sérülésekkel.",
        [(W, 6, False)],
    ),
    ("hu", "Egyikük sem sérült meg.", [(W, 0, False)]),
    # "pedig" stands inside its clause, after the subject
    (
        "hu",
        "Kilenc rab halt meg, legalább hat börtönőr pedig megsérült.",
        [(K, 9, False), (W, 6, True)],
    ),
    # a bare count pulled out alive, with injuries after a comma
    ("ro", "Doi au fost scoși în viață, cu traumatisme multiple.", [(W, 2, False)]),
    ("en", "Two were pulled out alive with severe burns.", [(W, 2, False)]),
    ("en", "Rescuers pulled two people out alive.", []),
    # relatives and colleagues with a possessive ending; "did not survive"
    (
        "hu",
        "Egy 50 éves férfi meghalt, 31 éves munkatársa súlyos sérüléseket szenvedett.",
        [(K, 1, False), (W, 1, False)],
    ),
    (
        "hu",
        "Fiát és menyét égési sérülésekkel szállították kórházba.",
        [(W, 1, False), (W, 1, False)],
    ),
    ("hu", "A motoros nem élte túl a balesetet.", [(K, 1, False)]),
    ("en", "The driver did not survive.", [(K, 1, False)]),
    ("ro", "Șoferul nu a supraviețuit impactului.", [(K, 1, False)]),
    # the abducted are no casualties; a toll's old figure after "from"
    (
        "en",
        "Gunmen stormed the village, killing four villagers and abducting at least a dozen others.",
        [(K, 4, False)],
    ),
    (
        "en",
        "The floods have claimed 14 lives, officials said, raising the death toll from nine.",
        [(K, 14, False)],
    ),
    ("ro", "Zeci de turiști s-au intoxicat cu apă contaminată.", [(W, 10, True)]),
    # a speaker with a place phrase before the verb
    (
        "en",
        "Rescuers recovered four bodies, while two men were brought out alive with severe burns, "
        "a police official in Sindh said.",
        [(K, 4, False), (W, 2, False)],
    ),
    # a part in an apposition
    ("en", "Nine other people, four of them children, were injured.", [(W, 9, False)]),
    ("en", "Forty passengers were on board, ten of them were killed.", [(K, 10, False)]),
    # an apposition after where the person is from; one reported missing
    (
        "ro",
        "Un pescar de 64 de ani din Tulcea, dat dispărut de duminică, a fost găsit înecat ieri.",
        [(K, 1, False)],
    ),
    (
        "en",
        "A 19-year-old hiker from Leeds, reported missing on Friday, was found dead on Sunday.",
        [(K, 1, False)],
    ),
    ("en", "Two men from the village, who had gone fishing, drowned.", [(K, 2, False)]),
    (
        "ro",
        "Șoferul a murit, iar pasagerul, un tânăr de 22 de ani, a fost dus cu multiple "
        "traumatisme la spitalul din Sibiu.",
        [(K, 1, False), (W, 1, False)],
    ),
    # "hundreds of them", a family of N
    ("hu", "A szurkolók százai sérültek meg.", [(W, 100, True)]),
    ("hu", "Egy háromtagú család szén-monoxid-mérgezést szenvedett.", [(W, 3, False)]),
]


ROUND_NINE: list[tuple[str, str, list[Fact]]] = [
    # the members of a count listed after a colon are that count
    (
        "hu",
        "Egy négytagú család vesztette életét: a szülőket és két gyermeküket holtan találták.",
        [(K, 4, False)],
    ),
    ("hu", "Megsérült egy ötfős család: a szülők és három gyermekük.", [(W, 5, False)]),
    # a participle phrase between the article and the person
    (
        "hu",
        "A füstmérgezést szenvedett 64 éves nyugdíjast mentők vitték kórházba.",
        [(W, 1, False)],
    ),
    ("hu", "A súlyosan megsérült sofőrt a tűzoltók feszítették ki.", [(W, 1, False)]),
    # a long phrase before the noun only around a casualty word
    ("hu", "A mentés közben több bányász is megsérült.", [(W, None, False)]),
    (
        "hu",
        "A sérülteket kórházba vitték, az autópálya Szeged felé vezető oldalát lezárták.",
        [(W, None, False)],
    ),
    # guards: an article of another noun phrase, a count of its own
    ("hu", "A tűzoltók kimentették a sérült férfit.", [(W, 1, False)]),
    ("en", "The two injured miners were airlifted to a hospital.", [(W, 2, False)]),
    # guests, fans and other people of a gathering; poisoning
    (
        "ro",
        "Peste 30 de invitați la un botez din Bârlad au ajuns la spital intoxicați.",
        [(W, 30, True)],
    ),
    ("ro", "Doi suporteri au fost răniți în busculadă.", [(W, 2, False)]),
    ("en", "Eleven concertgoers were hurt when a barrier collapsed.", [(W, 11, False)]),
    ("hu", "Huszonhárom vendég ételmérgezést kapott egy esküvőn.", [(W, 23, False)]),
    ("hu", "Négy szurkoló megsérült a stadion előtt.", [(W, 4, False)]),
    # a wound or an injury in the singular; "harmed"
    ("en", "A border guard sustained a shrapnel wound in the shelling.", [(W, 1, False)]),
    ("en", "One of the climbers suffered a serious leg injury.", [(W, 1, False)]),
    ("en", "The roof caved in, but nobody was harmed.", [(W, 0, False)]),
    ("en", "Three guards were treated for stab wounds.", [(W, 3, False)]),
    # "the victim" is one person, whom the verb tells what befell
    ("en", "The victim, a delivery driver, died at the scene.", [(K, 1, False)]),
    ("ro", "Victima a fost transportată la spital cu arsuri.", [(W, 1, False)]),
    ("hu", "Az áldozatot újraélesztették, de meghalt.", [(K, 1, False)]),
    ("ro", "Nu au existat victime.", [(K, 0, False), (W, 0, False)]),
    # struck fatally; a wound in Romanian
    ("ro", "O bicicletă a fost lovită, iar ciclistul a fost lovit mortal.", [(K, 1, False)]),
    ("ro", "Un jandarm a suferit o rană la mână.", [(W, 1, False)]),
    # two words between "and" and the next count
    (
        "ro",
        "Incendiul a ucis un bărbat și pe cele trei fiice ale lui.",
        [(K, 1, False), (K, 3, False)],
    ),
    # "pe" marks the object, a person still counted after it
    (
        "ro",
        "Explozia a ucis un muncitor și l-a rănit grav pe colegul său.",
        [(K, 1, False), (W, 1, False)],
    ),
    ("ro", "Polițiștii l-au reținut pe șoferul autobuzului.", []),
    # a number out of things ("60 drónból 45-öt") counts things
    (
        "hu",
        "A 35 rakétából 30-at lelőttek, egy lakóházban hárman megsérültek.",
        [(W, 3, False)],
    ),
    ("hu", "A busz 40 utasából ketten meghaltak.", [(K, 2, False)]),
    ("hu", "Egy férfi késszúrásokat kapott a verekedésben.", [(W, 1, False)]),
    # a quantity noun after an article counts no one person
    ("en", "A number of villagers were wounded in the raid.", [(W, None, False)]),
    ("en", "A handful of shoppers were slightly hurt.", [(W, None, False)]),
    ("ro", "Un grup de elevi a fost rănit într-un accident.", [(W, None, False)]),
    ("hu", "Egy csoport diák megsérült a balesetben.", [(W, None, False)]),
    ("en", "A passer-by was wounded.", [(W, 1, False)]),
    # members of one group in an apposition
    ("en", "Five people, all members of one family, drowned.", [(K, 5, False)]),
    ("ro", "Patru muncitori, toți din același sat, au murit.", [(K, 4, False)]),
    ("hu", "Öt ember, mind egy család tagjai, megsérült.", [(W, 5, False)]),
    # dozens multiplied
    ("en", "Two dozen pilgrims were injured.", [(W, 24, False)]),
    ("hu", "Két tucat utas megsérült.", [(W, 24, False)]),
    # a teenager; nobody came to harm
    ("hu", "Egy tinédzser belehalt a sérüléseibe.", [(K, 1, False)]),
    ("hu", "A házat kiürítették, senkinek nem esett baja.", [(W, 0, False)]),
    # a US police address ("the 2300 block of") is no count
    (
        "en",
        "A woman was shot and wounded in the 2300 block of Oak Street.",
        [(W, 1, False)],
    ),
    ("en", "Officers found a man dead in the 700 block of Elm Avenue.", [(K, 1, False)]),
    # drowning as a participle; saved from drowning
    ("en", "The river burst its banks, drowning eleven villagers.", [(K, 11, False)]),
    ("en", "A fisherman saved three children from drowning.", []),
    ("ro", "Torentul a măturat drumul, înecând patru oameni.", [(K, 4, False)]),
    # a participle's plural turns its t into ț: "loviți", "tratați", "atacați"
    ("ro", "Cinci soldați au fost loviți de schije la Pokrovsk.", [(W, 5, False)]),
    ("ro", "Trei pescari au fost atacați de un urs lângă Sinaia.", [(W, 3, False)]),
    ("ro", "Zece elevi au fost tratați de medici pentru contuzii.", [(W, 10, False)]),
    ("ro", "Un șofer de 30 de ani a fost lovit la cap de o bucată de tablă.", [(W, 1, False)]),
    ("ro", "Un pieton a fost preluat de un echipaj SMURD.", [(W, 1, False)]),
    # drivers of vehicles are persons; "several dozen" as an object; a toll "already" told
    (
        "hu",
        "A kamionos és a buszvezető is súlyosan megsérült.",
        [(W, 1, False), (W, 1, False)],
    ),
    ("hu", "A kimentett 90 bányász közül több tucatot kórházban ápolnak.", [(W, 12, True)]),
    (
        "hu",
        "A földrengésnek már tizenkét halálos áldozata van, miután újabb három holttestet"
        " találtak.",
        [(K, 12, False)],
    ),
    # the doer of an active verb before people told with a quantifier is no casualty
    ("en", "A gunman wounded several worshippers at a mosque.", [(W, None, False)]),
    ("en", "A drunk driver injured many pedestrians.", [(W, None, False)]),
    ("ro", "Un șofer rănise mai mulți pietoni.", [(W, None, False)]),
    ("hu", "Egy férfi megsebesített több járókelőt.", [(W, None, False)]),
    ("en", "A man was killed and several others were injured.", [(K, 1, False), (W, None, False)]),
    # a part told as among the dead, after the total
    ("hu", "Öt ember meghalt, három rendőr is a halálos áldozatok között van.", [(K, 5, False)]),
    # a total before a reason word holds the count added after it
    (
        "en",
        "The quake has killed 31 people, officials said, after four more bodies were found.",
        [(K, 31, False)],
    ),
    (
        "ro",
        "Inundațiile au ucis 40 de oameni, după ce alte cinci cadavre au fost găsite.",
        [(K, 40, False)],
    ),
    (
        "hu",
        "Az árvíznek 40 halálos áldozata van, miután további öt holttestet találtak.",
        [(K, 40, False)],
    ),
    # not without the reason word
    (
        "en",
        "Five people died on Monday; two more bodies were found on Tuesday.",
        [(K, 2, False), (K, 5, False)],
    ),
    # found lifeless; fell in battle; brought out dead; stab wounds
    ("ro", "Un turist a fost găsit fără suflare pe munte.", [(K, 1, False)]),
    ("hu", "Öt katona esett el a harcokban.", [(K, 5, False)]),
    ("hu", "A kormányost holtan emelték ki a vízből.", [(K, 1, False)]),
    ("hu", "A sértett szúrt sebet kapott a verekedésben.", [(W, 1, False)]),
    ("hu", "Három csendőr megsérült a tüntetésen.", [(W, 3, False)]),
    ("en", "The blast took the life of a shepherd.", [(K, 1, False)]),
    # one of the dead is no count of its own; a family is no person
    ("hu", "Négy ember meghalt, a halálos áldozatok egyike egy rendőr.", [(K, 4, False)]),
    ("en", "Three members of one family were injured in the fire.", [(W, 3, False)]),
    # a speaker after its verb and a time word
    ("ro", "Doi oameni au murit, a anunțat joi primarul orașului.", [(K, 2, False)]),
    # a definite person of office counts one
    ("en", "Gunmen shot dead the district governor in his car.", [(K, 1, False)]),
    ("ro", "Șeful postului de poliție a fost rănit de un glonț.", [(W, 1, False)]),
    ("hu", "A parancsnok súlyosan megsebesült.", [(W, 1, False)]),
    # a speaker named with "of": who tells it
    (
        "en",
        "The bus overturned, killing two and injuring 19, the governor of the Lviv region said.",
        [(K, 2, False), (W, 19, False)],
    ),
    # the injury that killed someone already counted is no casualty of its own
    (
        "en",
        "A teenager died in hospital on Friday, a day after she was stabbed in Leeds.",
        [(K, 1, False)],
    ),
    (
        "ro",
        "Un tânăr a murit la spital, la trei zile după ce a fost lovit de o mașină.",
        [(K, 1, False)],
    ),
    ("hu", "Egy nő meghalt a kórházban, két nappal azután, hogy megkéselték.", [(K, 1, False)]),
    (
        "en",
        "A man died after he was hit by a train; several others were hurt.",
        [(K, 1, False), (W, None, False)],
    ),
    # "a încetat din viață": died
    ("ro", "Un bărbat de 80 de ani a încetat din viață după incendiu.", [(K, 1, False)]),
    (
        "ro",
        "Patru oameni au ajuns la spital, iar un copil a încetat din viață.",
        [(K, 1, False), (W, 4, False)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # a count's evidence starts at its own article, not at an earlier one
        ("hu", "Egy balesetben egy kerékpáros meghalt.", "egy kerékpáros"),
        ("en", "A fire in a hostel killed a student.", "a student"),
    ],
)
def test_a_count_starts_at_its_own_article(lang: str, text: str, span: str) -> None:
    (fact,) = casualties.find_facts(text, lang)
    assert text[fact.start : fact.end] == span


ROUND_TEN = [
    # a noun of a thing before a person's noun says whose job it is: one person
    ("en", "A truck driver from Poland was killed near Lviv.", [(K, 1, False)]),
    ("hu", "Egy teherautó vezetője súlyosan megsérült Szegednél.", [(W, 1, False)]),
    # an age between the article and the person, after other words
    ("hu", "A kormánynál álló 58 éves kapitány odaveszett.", [(K, 1, False)]),
    (
        "hu",
        "A buszon utazó 9 éves kislányt könnyebb sérülésekkel vitték kórházba.",
        [(W, 1, False)],
    ),
    ("en", "A 22-year-old Syrian was stabbed to death in Hamburg.", [(K, 1, False)]),
    # a comma between a numeral and a number word parts two phrases
    (
        "en",
        "Since March 3, two farmers have been killed by mines in the district.",
        [(K, 2, False)],
    ),
    # "among the dead" opening its clause: who follows is a part, even in an apposition
    (
        "en",
        "Among the wounded are the mayor of the town and his driver, officials said.",
        [(W, None, False)],
    ),
    (
        "ro",
        "Printre morți se numără și primarul comunei, un bărbat de 58 de ani.",
        [(K, None, False)],
    ),
    # an indefinite genitive after the person: "the pilot of a helicopter"
    (
        "ro",
        "Pilotul unui elicopter și un pasager au murit în accident.",
        [(K, 1, False), (K, 1, False)],
    ),
    ("ro", "O femeie de 70 de ani a fost atinsă de schije la Nikopol.", [(W, 1, False)]),
    ("ro", "Doi muncitori sunt tratați pentru arsuri la spitalul din Brăila.", [(W, 2, False)]),
    ("ro", "Un incendiu a izbucnit noaptea, curmând viața a trei bătrâni.", [(K, 3, False)]),
    ("hu", "Egy 41 éves turistát agyonsújtott a villám a Tátrában.", [(K, 1, False)]),
    # people named again ("all four") are counted once
    (
        "en",
        "A gunman stabbed four guards at the gate; all four were flown to hospital.",
        [(W, 4, False)],
    ),
    (
        "ro",
        "Explozia a rănit cinci mineri, iar toți cei cinci au fost duși la spital.",
        [(W, 5, False)],
    ),
    # guards: a new count of the same size, and a list of ages
    (
        "en",
        "Two soldiers were killed and two civilians were wounded in Kupiansk.",
        [(K, 2, False), (W, 2, False)],
    ),
    ("hu", "Egy 45 éves férfi meghalt.", [(K, 1, False)]),
]


ROUND_ELEVEN = [
    # a count told as added, before the toll it raises, is part of that toll
    (
        "en",
        "Rescuers dug three more bodies out of the mud on Sunday, raising the death toll to 19.",
        [(K, 19, False)],
    ),
    ("en", "Police found two more victims, bringing the number of dead to 23.", [(K, 23, False)]),
    # "the wounded included": a part of a count
    ("en", "Hospital staff said the wounded included six children.", [(W, None, False)]),
    ("ro", "Un bărbat de 33 de ani a fost lovit cu un cuțit la Ploiești.", [(W, 1, False)]),
    ("hu", "Egy férfi a sebeibe a kórházban belehalt.", [(K, 1, False)]),
    ("hu", "Az édesapa megfulladt a Tiszában.", [(K, 1, False)]),
    # a person named by an age alone
    ("en", "A 16-year-old was stabbed to death outside a school in Leeds.", [(K, 1, False)]),
    ("en", "The 52-year-old died in hospital on Tuesday.", [(K, 1, False)]),
    (
        "en",
        "Two boys and a 70-year-old were hurt when the balcony collapsed.",
        [(W, 2, False), (W, 1, False)],
    ),
    # guards: the age of a person noun, and of a doer
    ("en", "A 16-year-old boy was stabbed to death in Leeds.", [(K, 1, False)]),
    ("en", "The 23-year-old gunman shot dead four people.", [(K, 4, False)]),
]


def test_animals_are_no_casualty_count() -> None:
    text = "About 300 head of cattle and 40 sheep drowned when the river burst its banks."
    assert [count for _, count, _ in facts(text, "en") if count is not None] == []


ROUND_TWELVE = [
    # digits before a scale word: thousands
    (
        "en",
        "Officials said 12 thousand people were injured across the province.",
        [(W, 12000, False)],
    ),
    ("ro", "Peste 3 mii de persoane au fost rănite.", [(W, 3000, True)]),
    ("hu", "Legalább 2 ezer ember megsérült.", [(W, 2000, True)]),
    # an earlier figure told after its count
    (
        "en",
        "Four people were initially reported dead, but the toll later rose to nine.",
        [(K, 9, False)],
    ),
    ("en", "A gunman shot dead a constable in Peshawar.", [(K, 1, False)]),
    ("ro", "Trei persoane au fost accidentate de o mașină la Brăila.", [(W, 3, False)]),
    ("ro", "Un biciclist a fost accidentat mortal la Focșani.", [(K, 1, False)]),
    ("ro", "Un copil de 9 ani s-a ales cu o fractură la mână.", [(W, 1, False)]),
    # an article before three words and an age, then the person
    ("hu", "Egy vonatra felmászó 17 éves fiút halálos áramütés ért.", [(K, 1, False)]),
    (
        "hu",
        "Négy ember megsérült, halálos áldozata nincs a tűznek.",
        [(W, 4, False), (K, 0, False)],
    ),
    ("hu", "Egy 47 éves karbantartó meghalt a gyárban.", [(K, 1, False)]),
    # wounds named by what made them
    (
        "en",
        "Gunmen killed three herders; a fourth escaped with machete wounds.",
        [(K, 3, False), (W, 1, False)],
    ),
    ("en", "Two guards were treated for knife wounds.", [(W, 2, False)]),
]


ROUND_THIRTEEN = [
    ("en", "A mine exploded under a tractor, maiming three farmers.", [(W, 3, False)]),
    ("en", "Both the pilot and his apprentice were killed.", [(K, 1, False), (K, 1, False)]),
    # an adjective of other people ("displaced families") governs no count after it
    (
        "en",
        "A blast at a camp for displaced families left a mother and her three children dead.",
        [(K, 1, False), (K, 3, False)],
    ),
    ("ro", "Doi pasageri au sucombat la spital.", [(K, 2, False)]),
    ("ro", "Peste 40 de copii au acuzat simptome de toxiinfecție după masă.", [(W, 40, True)]),
    # a number word before a thing's noun and a person's: "both cars' drivers"
    ("hu", "Mindkét autó sofőrje megsérült.", [(W, 2, False)]),
    ("hu", "Egy 70 éves nő eltörte a karját a buszon.", [(W, 1, False)]),
    # people who fled are no casualties
    ("hu", "Több mint 3 ezer ember kényszerült elhagyni otthonát.", []),
    # a part of things ("of the drones, 40") and the whole a part of people is told of
    ("hu", "A drónok közül 40-et lelőttek a légvédelem szerint.", []),
    ("hu", "A busz 30 utasa közül hárman megsérültek.", [(W, 3, False)]),
    # a participle ends a longer phrase between the article and the person
    (
        "hu",
        "A harmadik emeleti lakásban alvó idős férfi a tűzben életét vesztette.",
        [(K, 1, False)],
    ),
    # an apposition of origin, place or where someone was stands apart from the count
    (
        "ro",
        "Trei muncitori, originari din județul Vaslui, au murit pe un șantier din Milano.",
        [(K, 3, False)],
    ),
    (
        "ro",
        "Un bărbat de 52 de ani din Lipova, județul Arad, a fost găsit fără suflare.",
        [(K, 1, False)],
    ),
    (
        "ro",
        "Mama a murit, iar fiica sa, aflată pe bancheta din spate, a fost rănită ușor.",
        [(K, 1, False), (W, 1, False)],
    ),
    # a person noun's final vowel lengthens before a possessive ending ("pilóta": "pilótája")
    ("hu", "A kisgép pilótája súlyosan megsérült a kényszerleszállásban.", [(W, 1, False)]),
    ("hu", "Hat ember szorult kórházi ellátásra a baleset után.", [(W, 6, False)]),
    ("hu", "Ketten megégtek a tűzben.", [(W, 2, False)]),
    # shock alone is no injury
    ("hu", "Az autó vezetőjét sokkos állapotban vitték kórházba.", [(W, None, False)]),
    # guard: a whole that is itself a count of casualties stays one
    ("hu", "A 28 sebesült közül nyolcan súlyos állapotban vannak.", [(W, 28, False)]),
]


ROUND_FOURTEEN = [
    # a fatal injury is a death
    ("en", "A 62-year-old pedestrian suffered fatal injuries on the A4.", [(K, 1, False)]),
    ("en", "Three miners were fatally injured by the rockfall.", [(K, 3, False)]),
    ("hu", "A 45 éves motoros halálos sérüléseket szenvedett.", [(K, 1, False)]),
    ("hu", "Egy kerékpáros halálosan megsérült a kereszteződésben.", [(K, 1, False)]),
    ("ro", "Doi pietoni au suferit răni mortale pe trecere.", [(K, 2, False)]),
    # could not be saved: a death, and the one who could not be saved is counted
    ("en", "Medics were unable to save a four-year-old boy.", [(K, 1, False)]),
    ("ro", "Din păcate, un bărbat de 71 de ani nu a mai putut fi salvat.", [(K, 1, False)]),
    (
        "ro",
        "Paramedicii nu au mai putut face nimic pentru tânărul de 23 de ani.",
        [(K, 1, False)],
    ),
    # guard: a rescue is no casualty
    ("en", "Lifeguards managed to save a boy from the river.", []),
    # the subject of a long first predicate is the subject of the casualty verb after "and"
    (
        "en",
        "A roofer slipped from the top of a three-storey warehouse in the harbour and died.",
        [(K, 1, False)],
    ),
    (
        "ro",
        "O femeie a alunecat pe treptele înghețate ale blocului din cartier și a fost rănită.",
        [(W, 1, False)],
    ),
    (
        "hu",
        "Egy idős férfi a második emeleti erkélyről kiesett egy társasház udvarára és meghalt.",
        [(K, 1, False)],
    ),
    # taken to hospital, in the infinitive
    ("hu", "Tizenöt diákot kellett kórházba vinni a tornaóra után.", [(W, 15, False)]),
    # one member of a group: the member is counted, not the group's size
    ("hu", "A háromfős csapat egyik tagja megsérült.", [(W, 1, False)]),
    ("hu", "Az ötfős családból az anya a helyszínen meghalt.", [(K, 1, False)]),
    # guard: a family of four that died counts four
    ("hu", "Egy négytagú család halt meg a lakástűzben.", [(K, 4, False)]),
]


ROUND_FIFTEEN = [
    # a year before ", and" ends its phrase; the number after it counts people
    (
        "en",
        "A tree fell on a car in Ocala, a town hit by Hurricane Ian in September 2022, and "
        "three people were hurt.",
        [(W, 3, False)],
    ),
    # a place after each person of a coordinated pair
    (
        "en",
        "A nurse in Lviv and a boy in Sambir were injured by falling debris.",
        [(W, 1, False), (W, 1, False)],
    ),
    ("ro", "Un agent de pază și un vânzător au fost răniți.", [(W, 1, False), (W, 1, False)]),
    # people missing are no casualties
    (
        "en",
        "Police have so far confirmed 30 deaths, and hundreds of residents are unaccounted for.",
        [(K, 30, False)],
    ),
    # a compound or an adjective that starts like a person noun is none
    (
        "hu",
        "Fának csapódott egy személyautó, a sofőr és az utasa meghalt.",
        [(K, 1, False), (K, 1, False)],
    ),
    ("hu", "A robbanásban két katonai jármű megsérült.", [(W, None, False)]),
    # an impersonal stabbing and a compound poisoning
    ("hu", "Három fiatalt megkéseltek egy buli után.", [(W, 3, False)]),
    ("hu", "Hat munkás szenvedett klórmérgezést.", [(W, 6, False)]),
    # a death told as what brought the toll to its figure is part of that toll
    (
        "en",
        "A firefighter died of his injuries on Sunday, bringing the death toll to four.",
        [(K, 4, False)],
    ),
    (
        "hu",
        "Vasárnap a kórházban meghalt egy 70 éves nő, így a tűz halálos áldozatainak száma "
        "négyre emelkedett.",
        [(K, 4, False)],
    ),
    (
        "ro",
        "Un bărbat de 64 de ani a murit la spital, astfel că bilanțul a ajuns la cinci morți.",
        [(K, 5, False)],
    ),
    # guard: a toll of another event in the same sentence stays apart
    (
        "en",
        "Three soldiers were killed in Kherson on Monday, while the toll from the strike on "
        "Sumy rose to 35.",
        [(K, 3, False), (K, 35, False)],
    ),
]


ROUND_SIXTEEN = [
    # care for shock or panic is no injury
    (
        "ro",
        "Trei oameni au fost răniți, iar alți patru au primit îngrijiri pentru atacuri de panică.",
        [(W, 3, False)],
    ),
    (
        "ro",
        "Șoferul a fost rănit ușor, iar mecanicul a primit îngrijiri pentru stare de șoc.",
        [(W, 1, False)],
    ),
    (
        "en",
        "Two people were injured and four others were treated for panic attacks.",
        [(W, 2, False)],
    ),
    # "the only one" opens an apposition; escaping with injuries is an injury
    ("ro", "Șoferul, singurul ocupant al mașinii, a scăpat cu răni ușoare.", [(W, 1, False)]),
    # a count after a toll and a reason word is part of it
    (
        "ro",
        "Bilanțul incendiului a urcat la trei morți, după ce unul dintre pompieri a decedat la "
        "spital.",
        [(K, 3, False)],
    ),
    (
        "en",
        "The death toll rose to 11 after four people died in hospital overnight.",
        [(K, 11, False)],
    ),
    # an earlier figure beside the current one counts no more, on either side of it; a toll
    # after a semicolon is its own
    (
        "en",
        "At least 30 people were killed, officials said, having earlier reported 22 dead.",
        [(K, 30, True)],
    ),
    (
        "hu",
        "Legalább 30 ember meghalt, a hatóságok korábban 22 halottról számoltak be; a sérültek "
        "száma meghaladja a százat.",
        [(K, 30, True), (W, 100, True)],
    ),
    ("en", "Four soldiers were martyred in the attack.", [(K, 4, False)]),
    # could not be pulled out alive; stabbed in the stomach
    ("hu", "A romok alól egy 60 éves férfit már nem tudták élve kimenteni.", [(K, 1, False)]),
    ("hu", "Egy 19 éves fiút hasba szúrtak a buszmegállóban.", [(W, 1, False)]),
    # a person word before the noun is its adjective; an age in months
    (
        "hu",
        "Egy idős nő és 3 hónapos unokája megsérült.",
        [(W, 1, False), (W, 1, False)],
    ),
]


ROUND_SEVENTEEN = [
    # a number word for all of a group told before repeats it
    (
        "hu",
        "Két testvér megsérült a balesetben, mindkettejüket kórházba szállították.",
        [(W, 2, False)],
    ),
    ("ro", "Doi muncitori au fost răniți, amândoi au fost duși la spital.", [(W, 2, False)]),
    # counts after a colon that add up to a total before it tell who the total was
    (
        "hu",
        "A tűznek két halálos áldozata van: egy idős férfi a helyszínen meghalt, a felesége "
        "pedig a kórházban hunyt el.",
        [(K, 2, False)],
    ),
    (
        "en",
        "The storm killed three people: a man drowned in the river and two women died when a "
        "wall collapsed.",
        [(K, 3, False)],
    ),
    # guard: a toll after a colon is no breakdown of anything
    ("en", "Officials gave the toll: 12 killed and 40 injured.", [(K, 12, False), (W, 40, False)]),
    # person nouns and injuries
    ("ro", "Cei patru ocupanți au ajuns la spital.", [(W, 4, False)]),
    ("ro", "Colega sa a fost rănită.", [(W, 1, False)]),
    ("ro", "Cel puțin 25 de săteni au fost masacrați.", [(K, 25, True)]),
    ("hu", "Egy leszakadt ág egy 40 éves nőre esett, aki súlyosan megsérült.", [(W, 1, False)]),
    ("hu", "Egy 80 éves asszony combcsonttörést szenvedett.", [(W, 1, False)]),
    ("hu", "A rendőrök két férfit előállítottak, egy egyenruhás megsérült.", [(W, 1, False)]),
    # no report of injured is none
    ("hu", "A tűzben sérültről nem érkezett jelentés.", [(W, 0, False)]),
    # a floor's number counts no one
    ("ro", "O femeie care locuia la etajul cinci a murit.", [(K, 1, False)]),
    # the subject opening a later clause is the subject of its second predicate
    (
        "hu",
        "A vihar tetőket bontott meg, Tapolcán egy 60 éves férfi leesett a létráról és meghalt.",
        [(K, 1, False)],
    ),
]


FALLS = [
    # "elesett" is a fall, not a death in battle, when an injury follows in its clause
    ("hu", "Egy 75 éves férfi elesett a járdán és bokatörést szenvedett.", [(W, 1, False)]),
    # guards: in another clause, or with others hurt, it is a death
    (
        "hu",
        "A fronton két katona elesett, hárman megsebesültek.",
        [(K, 2, False), (W, 3, False)],
    ),
    (
        "hu",
        "A harcokban három katona elesett és kettő megsebesült.",
        [(K, 3, False), (W, 2, False)],
    ),
]


ROUND_EIGHTEEN = [
    # a person after a comma is no object of the casualty verb before it
    (
        "hu",
        "Egy 60 éves kerékpáros a helyszínen életét vesztette, társát súlyos sérülésekkel "
        "vitték kórházba.",
        [(K, 1, False), (W, 1, False)],
    ),
    (
        "hu",
        "Az egyik munkás meghalt, kollégája súlyosan megsérült.",
        [(K, 1, False), (W, 1, False)],
    ),
    # crushed to death; struck dead, the verb's prefix after it
    ("hu", "A kidőlt fa egy 50 éves férfit halálra zúzott.", [(K, 1, False)]),
    ("hu", "Egy idős asszonyt a kertjében sújtott agyon a villám.", [(K, 1, False)]),
    # the apposition of a part of the victims is that part; an injured one who dies is not
    (
        "en",
        "One of the victims, a 52-year-old woman, was crushed by a falling tree.",
        [(K, None, False)],
    ),
    (
        "en",
        "One of the injured, a 29-year-old nurse, died of her wounds on Monday.",
        [(W, None, False), (K, 1, False)],
    ),
    # a person's age after "of"
    ("en", "A man of 52 died in the fire.", [(K, 1, False)]),
    ("en", "A fire claimed the life of a night watchman.", [(K, 1, False)]),
    # the members of a count named after words of its own phrase
    (
        "ro",
        "Ambii ocupanți ai autoturismului, un tânăr de 22 de ani și sora lui, au murit.",
        [(K, 2, False)],
    ),
    # the whole that none of was hurt counts no one
    ("ro", "Niciunul dintre cei 48 de pasageri nu a fost rănit.", [(W, None, False)]),
    ("en", "None of the 40 passengers was hurt.", [(W, None, False)]),
]


ROUND_NINETEEN = [
    # an earlier figure a few words after its word
    (
        "ro",
        "Inițial autoritățile județene anunțaseră trei răniți, dar bilanțul a urcat la șapte.",
        [(W, 7, False)],
    ),
    # countries are no people
    ("hu", "A vihar három országban pusztított, senki sem sérült meg.", [(W, 0, False)]),
    # died of the poisoning
    ("hu", "Egy 90 éves asszony a füstmérgezésbe halt bele.", [(K, 1, False)]),
    ("en", "A grenade exploded in a market, hurting six traders.", [(W, 6, False)]),
    ("en", "Militants raided the village, slaughtering 12 farmers.", [(K, 12, False)]),
    (
        "ro",
        "Șoferul a murit, iar un pasager a primit îngrijiri pentru un atac de panică.",
        [(K, 1, False)],
    ),
]


GLASS_CUTS = [
    # cut by glass is an injury
    ("en", "In Lviv, a man was cut by flying glass when the windows burst.", [(W, 1, False)]),
    ("ro", "O femeie a fost tăiată de cioburi în apartamentul ei.", [(W, 1, False)]),
    ("hu", "Egy férfi vágási sérüléseket szenvedett a robbanásban.", [(W, 1, False)]),
    # guard: a budget or the power cut is no one hurt
    ("en", "The regional budget was cut by 10 percent.", []),
]


TOLD_AGAIN = [
    # the same count named again in a later sentence, or as the sum of the counts before
    (
        "ro",
        "Patru muncitori au fost răniți într-o explozie la o fabrică din Pitești. Cei patru "
        "răniți au fost transportați la spitalul județean.",
        [(W, 4, False)],
    ),
    (
        "en",
        "Two hikers were injured by a rockfall near Zermatt. The two injured were airlifted "
        "to Sion.",
        [(W, 2, False)],
    ),
    (
        "en",
        "Two climbers were hurt in a fall on Ben Nevis. Both were flown to Fort William.",
        [(W, 2, False)],
    ),
    (
        "hu",
        "Három ember megsérült egy gázrobbanásban Debrecenben. A három sérültet kórházba vitték.",
        [(W, 3, False)],
    ),
    (
        "en",
        "A man and his three daughters were poisoned by carbon monoxide in Leeds; the four "
        "were taken to hospital.",
        [(W, 1, False), (W, 3, False)],
    ),
    # a part of those a definite casualty word names, and a whole given its word back
    (
        "en",
        "The injured were taken to hospitals in Bristol and Bath, three of them by helicopter.",
        [(W, None, False)],
    ),
    (
        "hu",
        "A sérülteket Pécsre és Kaposvárra, hármukat helikopterrel Budapestre vitték.",
        [(W, None, False)],
    ),
    (
        "ro",
        "Cinci elevi au fost intoxicați cu ciuperci și au primit îngrijiri medicale, iar doi "
        "dintre ei au fost internați la Cluj.",
        [(W, 5, False)],
    ),
    # guards: "both" with a noun, or after a pair in its own sentence, tells new people
    (
        "en",
        "A bomb killed two policemen and a passer-by. In Kabul, a bus and a tanker collided, "
        "killing both drivers.",
        [(K, 2, False), (K, 1, False), (K, 2, False)],
    ),
    (
        "hu",
        "Egy 17 éves fiú megsérült, két barátja könnyebb sérüléseket szenvedett. A romok alól "
        "egy idős házaspárt mentettek ki, mindketten kórházba kerültek.",
        [(W, 1, False), (W, 2, False), (W, 2, False)],
    ),
    # guards: other people with the same count, and a part that is the verb's object
    (
        "en",
        "Two miners were injured in Ohio. In a separate accident, two workers were injured "
        "in Utah.",
        [(W, 2, False), (W, 2, False)],
    ),
    (
        "ro",
        "Un atacator a sechestrat patru clienți ai unui magazin din Arad, în centrul orașului, "
        "și l-a rănit cu un cuțit pe unul dintre ei, înainte de a fi prins.",
        [(W, 1, False)],
    ),
]

MORE_WORDS = [
    (
        "ro",
        "Un depozit a luat foc la Buzău, fără să se înregistreze victime.",
        [(K, 0, False), (W, 0, False)],
    ),
    ("ro", "Doi pietoni au fost accidentați pe o trecere din Craiova.", [(W, 2, False)]),
    ("ro", "Un pieton a fost accidentat mortal pe centura Bacăului.", [(K, 1, False)]),
    ("ro", "Un tânăr de 17 ani a fost mutilat de o petardă la Galați.", [(W, 1, False)]),
    ("hu", "A frontális ütközésben két sofőr halt szörnyet.", [(K, 2, False)]),
    ("hu", "Egy 60 éves férfi életét már nem lehetett megmenteni.", [(K, 1, False)]),
    ("hu", "Az árvízben hatan vesztek oda.", [(K, 6, False)]),
    ("en", "Militants stormed a checkpoint, gunning down six soldiers.", [(K, 6, False)]),
    (
        "en",
        "Nine people have now died, after a nurse succumbed to her injuries on Friday.",
        [(K, 9, False)],
    ),
    (
        "en",
        "Divers recovered three more bodies on Monday, and officials said 17 people were now "
        "confirmed dead.",
        [(K, 17, False)],
    ),
    (
        "en",
        "At least 60 people were killed, officials said, raising an earlier estimate of 45 dead.",
        [(K, 60, True)],
    ),
]


PARTS_AND_REMENTIONS = [
    # a part of people counted with their number: the part counts
    ("ro", "Doi dintre cei 25 de turiști au fost răniți ușor.", [(W, 2, False)]),
    ("en", "Three of the 52 passengers were hurt.", [(W, 3, False)]),
    ("en", "A bomb hit the convoy, killing three of his bodyguards.", [(K, 3, False)]),
    # an earlier figure after "față de" (as against)
    (
        "ro",
        "Bilanțul a urcat la trei morți, față de doi morți anunțați inițial.",
        [(K, 3, False)],
    ),
    # jobs as people, and a long participle phrase before the person
    ("ro", "Un tractorist a fost rănit grav la Buzău.", [(W, 1, False)]),
    ("ro", "Căruțașul a murit pe loc.", [(K, 1, False)]),
    ("hu", "Egy éjjeliőr meghalt a támadásban.", [(K, 1, False)]),
    (
        "en",
        "A soldier was killed and a comrade wounded near Donetsk.",
        [(K, 1, False), (W, 1, False)],
    ),
    ("hu", "A második kocsi hátsó ülésén utazó idős asszony megsérült.", [(W, 1, False)]),
    # the person a casualty word describes, after an earlier sentence counted that kind
    (
        "en",
        "A fisherman was killed by a shell near Kherson. Officials named the dead man as "
        "Petro, 58.",
        [(K, 1, False)],
    ),
    (
        "ro",
        "Un bărbat a fost rănit într-un accident la Arad. Bărbatul rănit a fost dus la spital.",
        [(W, 1, False)],
    ),
    ("hu", "Egy nő megsérült a balesetben. A sérült nőt Gyulára vitték.", [(W, 1, False)]),
    ("en", "A hiker died in a fall on Monday. His body was recovered on Tuesday.", [(K, 1, False)]),
    # guards: a verb beside a definite person, and a body with no death told before
    (
        "en",
        "A man was killed in Lviv. A drone later struck a car, killing the driver.",
        [(K, 1, False), (K, 1, False)],
    ),
    ("en", "A hiker went missing on Friday. His body was found on Sunday.", [(K, 1, False)]),
    # care for shock is no injury; a year after "of" counts no one
    ("ro", "Mecanicul locomotivei a primit îngrijiri la fața locului pentru șoc.", []),
    ("en", "The floods of 2010 killed many people.", [(K, None, False)]),
]


AGENTS_AND_PARTS = [
    # who did it, after a passive casualty word
    ("en", "A cyclist was injured by two teenagers in Leeds.", [(W, 1, False)]),
    ("ro", "Un polițist a fost rănit de doi hoți la Brăila.", [(W, 1, False)]),
    ("ro", "Un șofer a fost bătut de doi clienți.", [(W, 1, False)]),
    ("en", "Two people were injured by shrapnel.", [(W, 2, False)]),
    # the casualty word of a part names whom it is of, and no other count: its kind stands
    (
        "en",
        "The coach carried 45 pilgrims, and two of the injured are in critical condition.",
        [(W, None, False)],
    ),
    (
        "ro",
        "Microbuzul transporta 18 muncitori, iar trei dintre răniți sunt în stare gravă.",
        [(W, None, False)],
    ),
    # a part of the people counted in an earlier sentence
    (
        "en",
        "Four miners were injured. One of them, a 52-year-old foreman, was airlifted to Cardiff.",
        [(W, 4, False)],
    ),
    (
        "en",
        "Four miners were injured. Two of them later died.",
        [(W, 4, False), (K, 2, False)],
    ),
    (
        "hu",
        "Három ember megsérült. Az egyik sérültet Szegedre vitték.",
        [(W, 3, False), (W, None, False)],
    ),
    # burns over a part of one's body are no body found
    ("en", "A firefighter suffered burns to half of his body.", [(W, 1, False)]),
    (
        "en",
        "Nine pupils are now in hospital with food poisoning, up from six on Monday.",
        [(W, 9, False)],
    ),
    ("ro", "Un bărbat a fost găsit fără viață într-o fântână din Vaslui.", [(K, 1, False)]),
    ("hu", "Egy rendőrt meglőttek a határon.", [(W, 1, False)]),
    ("hu", "A rakomány egy munkást is megsebezte.", [(W, 1, False)]),
]


EARLIER_AND_OTHERS = [
    ("ro", "Doi vârstnici s-au stins în incendiul din Botoșani.", [(K, 2, False)]),
    ("ro", "Ambii pasageri au murit pe loc.", [(K, 2, False)]),
    # guard: both hands are no people
    ("ro", "Un muncitor a suferit fracturi la ambele mâini.", [(W, 1, False)]),
    # one person after a reason word raised the total before it
    (
        "ro",
        "Șase oameni au murit până acum, după ce o femeie de 70 de ani s-a stins la spital.",
        [(K, 6, False)],
    ),
    ("hu", "Egy idős férfi halt bele a balesetbe.", [(K, 1, False)]),
    ("hu", "Egy munkás mély vágást szenvedett a karján.", [(W, 1, False)]),
    (
        "hu",
        "Egy 17 éves fiú a Tiszába fulladt. A fiú holttestét kedden találták meg.",
        [(K, 1, False)],
    ),
    # an earlier figure in a later sentence, after the toll was told
    (
        "en",
        "Four people were killed in the crash. Police had initially reported three dead.",
        [(K, 4, False)],
    ),
    ("hu", "Négy ember meghalt. A rendőrség kezdetben három halottról tudott.", [(K, 4, False)]),
    # the others escaped unhurt: no zero for those who were hurt
    ("en", "Two climbers died; the other four escaped unhurt.", [(K, 2, False)]),
    ("en", "All 12 miners escaped unhurt.", [(W, 0, False)]),
]


MEMBERS_AND_JOBS = [
    ("ro", "Când un sondor a decedat, sonda a fost închisă.", [(K, 1, False)]),
    ("ro", "Un martor a fost rănit în altercație.", [(W, 1, False)]),
    ("ro", "Un elev de 15 ani a fost tăiat la mână cu un cuțit.", [(W, 1, False)]),
    ("ro", "Inundațiile au luat viața a șapte oameni.", [(K, 7, False)]),
    # members named after the total's casualty word, adding up to it
    (
        "hu",
        "Egy négytagú család füstmérgezést szenvedett Pécsen, a szülőket és két gyermeküket "
        "kórházba vitték.",
        [(W, 4, False)],
    ),
    ("en", "Six people were injured, four soldiers and two civilians.", [(W, 6, False)]),
    # guard: a list before the casualty word adds up
    (
        "en",
        "Three firefighters, two medics and a driver were killed.",
        [(K, 3, False), (K, 2, False), (K, 1, False)],
    ),
    # "the injured" after they were counted is no new "some"
    ("hu", "Egy férfi megsérült. A sérültet Szegedre vitték.", [(W, 1, False)]),
]


DATES_BEFORE_COUNTS = [
    # a year, a comma and then a count: no list of numbers
    ("ro", "În aprilie 2023, 12 muncitori au fost răniți într-o explozie.", [(W, 12, False)]),
    ("en", "In May 2023, 14 people were killed.", [(K, 14, False)]),
    ("ro", "Nouă elevi ajunseseră la spital cu arsuri.", [(W, 9, False)]),
    # "among the injured" with its article: a part, the kind stands
    ("ro", "Printre persoanele rănite se află trei copii.", [(W, None, False)]),
]


GENITIVES_AND_CARE = [
    # one person in the genitive after a casualty noun
    ("ro", "Un incendiu s-a soldat cu moartea unei femei de 78 de ani.", [(K, 1, False)]),
    ("ro", "Accidentul s-a soldat cu rănirea unui pieton.", [(W, 1, False)]),
    # guard: an animal is no person
    ("ro", "Accidentul s-a soldat cu moartea unui cal.", [(K, None, False)]),
    # a definite person taken to hospital after that kind was counted
    (
        "en",
        "Two teenagers were wounded in a shooting in Tulsa. The 17-year-old was taken to a "
        "hospital in stable condition.",
        [(W, 2, False)],
    ),
    ("hu", "Egy férfi megsérült. A férfit kórházba vitték.", [(W, 1, False)]),
    # guard: another kind counted before
    (
        "en",
        "A man was killed. The driver was taken to hospital.",
        [(K, 1, False), (W, 1, False)],
    ),
    ("hu", "Két fivér, egy 23 és egy 27 éves férfi, nem élte túl az ütközést.", [(K, 2, False)]),
]


HUNGARIAN_WORDS = [
    ("hu", "A térségben több mint 20 ezer ember pusztult el.", [(K, 20000, True)]),
    ("hu", "Még hét utas szorul kórházi ellátásra.", [(W, 7, False)]),
    (
        "hu",
        "Áldozat szerencsére nincs, és sérültünk sincs – mondta a polgármester.",
        [(K, 0, False), (W, 0, False)],
    ),
]


PAIRS_AND_NONE = [
    # the pair's noun is part of its phrase, so "and" joins it to the next count
    (
        "en",
        "Both drivers and nine passengers were killed.",
        [(K, 2, False), (K, 9, False)],
    ),
    ("en", "Passers-by pinned him down; two of them suffered minor cuts.", [(W, 2, False)]),
    (
        "ro",
        "Un atac ucrainean cu drone nu a provocat răniți, au transmis autoritățile.",
        [(W, 0, False)],
    ),
]


# "no reports of" a kind says that none was reported: a zero, not a kind without a count
REPORTS_OF_NONE = [
    ("en", "There were no immediate reports of injuries after the blast.", [(W, 0, False)]),
    ("en", "There were no reports of casualties, the mayor said.", [(K, 0, False), (W, 0, False)]),
    ("ro", "Nu au fost semnalate victime în urma exploziei.", [(K, 0, False), (W, 0, False)]),
    ("ro", "Pompierii au spus că nu au fost raportați răniți.", [(W, 0, False)]),
]


# road and place numbers, "victime mortale", burns and bullets, care for panic, the part of
# declined drones, and "all three" again after a count of three
ROADS_AND_RECAPS = [
    ("ro", "Un biciclist a murit pe DN 7, lângă Pitești.", [(K, 1, False)]),
    ("ro", "Un pieton a fost rănit la kilometrul 12 al drumului județean.", [(W, 1, False)]),
    ("en", "A cyclist was killed on Route 66 near the bridge.", [(K, 1, False)]),
    ("ro", "Accidentul a făcut patru victime mortale.", [(K, 4, False)]),
    ("ro", "Un coleg de 29 de ani a fost grav ars.", [(W, 1, False)]),
    ("ro", "Un polițist a fost lovit de un glonț în umăr.", [(W, 1, False)]),
    ("ro", "Alte 20 de persoane au primit îngrijiri pentru stări de panică.", []),
    ("hu", "A légvédelem a 25 indított drónból 18-at lelőtt.", []),
    ("hu", "Egy autós zúzódásokat szenvedett a balesetben.", [(W, 1, False)]),
    (
        "en",
        "Four members of a family were poisoned by fumes. All four were taken to hospital.",
        [(W, 4, False)],
    ),
    (
        "ro",
        "Trei muncitori au fost răniți. Toți trei au fost duși la spital.",
        [(W, 3, False)],
    ),
]


# a state that goes on ("remains in a critical condition") of one told before; parts after
# "printre răniții"; gerunds, "s-au ales cu"; more people; an earlier count in the sentence
STATES_AND_PARTS = [
    (
        "en",
        "Two cyclists were hurt in the crash. A man in his 60s remains in a critical condition.",
        [(W, 2, False)],
    ),
    (
        "ro",
        "Patru persoane au fost rănite. O femeie se află în continuare în stare gravă.",
        [(W, 4, False)],
    ),
    (
        "hu",
        "Három ember megsérült. Egy nő továbbra is súlyos állapotban van.",
        [(W, 3, False)],
    ),
    # guard: with nobody counted before, the state is told of a new person
    ("en", "A woman remains in a critical condition after the crash.", [(W, 1, False)]),
    ("ro", "Printre răniții din Brăila se află și un copil de 7 ani.", [(W, None, False)]),
    (
        "ro",
        "Un bărbat a deschis focul, împușcând mortal trei persoane și rănind alte patru.",
        [(K, 3, False), (W, 4, False)],
    ),
    ("ro", "Trei polițiști s-au ales cu contuzii.", [(W, 3, False)]),
    ("en", "A schoolgirl was hurt when a balcony collapsed.", [(W, 1, False)]),
    (
        "en",
        "Nine miners were killed, the ministry said, raising its earlier count of six dead.",
        [(K, 9, False)],
    ),
]


# a breakdown after a far colon that adds up to the total; kin nouns in an apposition
BREAKDOWNS_AND_KIN = [
    (
        "en",
        "At least four people died on Monday across the region: three hikers drowned near "
        "Brasov, and a shepherd was killed by lightning.",
        [(K, 4, True)],
    ),
    (
        "ro",
        "Cel puțin cinci persoane au murit sâmbătă în Bulgaria și Grecia: trei turiști s-au "
        "înecat la Varna, iar doi pescari au murit în largul insulei Thasos.",
        [(K, 5, True)],
    ),
    # guard: after a far colon, counts that do not add up are their own
    (
        "en",
        "Three people died in the storm in the north on Sunday: two more were killed in the south.",
        [(K, 2, False), (K, 3, False)],
    ),
    ("ro", "Doi bărbați, tată și fiu, au murit în incendiu.", [(K, 2, False)]),
    ("ro", "Două femei, mamă și fiică, au fost găsite fără viață.", [(K, 2, False)]),
]


# care of one told before ("Colegul lui ... este internat", "Both boys were taken to
# hospital"), but not of a new person after a count of the same sentence; "sent N to
# hospital"; a first report is an earlier figure; "az idősebb" is one person
CARE_AND_FIRST_REPORTS = [
    (
        "ro",
        "Doi mineri au suferit arsuri grave. Colegul lui, de 41 de ani, este internat la "
        "spitalul din Petroșani.",
        [(W, 2, False)],
    ),
    (
        "ro",
        "Trei persoane au fost rănite. În Herson, un bărbat a fost ucis, iar soția lui a fost "
        "internată la spital.",
        [(K, 1, False), (W, 1, False), (W, 3, False)],
    ),
    (
        "en",
        "Two boys were stabbed outside a school. Both boys were taken to hospital.",
        [(W, 2, False)],
    ),
    # guard: "both" with a noun and a word that is no care is a count of its own
    (
        "en",
        "Two drivers were hurt on Monday. Both drivers died later.",
        [(K, 2, False), (W, 2, False)],
    ),
    (
        "en",
        "A blast killed one worker and sent four others to hospital.",
        [(K, 1, False), (W, 4, False)],
    ),
    (
        "hu",
        "Az első jelentések 12 halottról szóltak, este a halottak száma 18-ra emelkedett.",
        [(K, 18, False)],
    ),
    ("hu", "A két testvér közül az idősebb a helyszínen meghalt.", [(K, 1, False)]),
]


# a part of this sentence's count whose state goes on; others than those told before
PARTS_THAT_REMAIN = [
    ("en", "Another 61 people were injured, and 23 remain in hospital.", [(W, 61, False)]),
    ("en", "Five people were injured; two are still in hospital.", [(W, 5, False)]),
    (
        "ro",
        "Trei persoane au murit. Alte 11 persoane rămân internate cu arsuri.",
        [(K, 3, False), (W, 11, False)],
    ),
]


# people who needed no care; an initial count; candidates are people
NO_CARE_AND_COUNTS = [
    (
        "ro",
        "Salvamarii au scos din apă alți cinci turiști, care nu au avut nevoie de îngrijiri "
        "medicale.",
        [],
    ),
    ("en", "Six passengers were pulled out and did not need medical treatment.", []),
    (
        "en",
        "Twelve people were killed, officials said, revising an initial count of nine dead.",
        [(K, 12, False)],
    ),
    ("en", "A council candidate was shot dead outside his home.", [(K, 1, False)]),
]


# a speaker after "szerint"; people still sought; "esett áldozatul"; pilots; swept to death
SPEAKERS_AND_VICTIMS = [
    (
        "hu",
        "A sérülteket kórházba vitték, egy helyi lakos szerint a víz gyorsan jött.",
        [(W, None, False)],
    ),
    ("hu", "Legalább 17 civil esett áldozatul a támadásnak.", [(K, 17, True)]),
    ("hu", "A robbanásban 12-en megsérültek, egy munkást még keresnek.", [(W, 12, False)]),
    ("ro", "Doi piloți au fost găsiți morți în epava avionului.", [(K, 2, False)]),
    ("en", "A hiker was swept to his death in a flooded creek.", [(K, 1, False)]),
]


# "both" after two people counted one by one in an earlier sentence
BOTH_AFTER_SINGLES = [
    (
        "en",
        "A blast injured a resident and a firefighter. Both were taken to hospital.",
        [(W, 1, False), (W, 1, False)],
    ),
]


# scalds, an earlier figure after "Inițial,", poisoning suffered, patrol officers; "both
# drivers" of a later crash after two deaths told one by one are new
SCALDS_AND_LATER_CRASHES = [
    ("ro", "Doi colegi au fost grav opăriți.", [(W, 2, False)]),
    (
        "ro",
        "Inițial, autoritățile au anunțat trei răniți, însă bilanțul a urcat la șapte persoane "
        "rănite.",
        [(W, 7, False)],
    ),
    ("hu", "Több tucat munkás szenvedett enyhe mérgezést.", [(W, 12, True)]),
    ("hu", "Egy járőr megsérült a dulakodásban.", [(W, 1, False)]),
    (
        "ro",
        "Șoferul și pasagerul au decedat pe loc. Duminică, două mașini s-au ciocnit, iar ambii "
        "șoferi au murit.",
        [(K, 1, False), (K, 1, False), (K, 2, False)],
    ),
]


# a count superseded by the toll it rose to in the same sentence (not one told of another
# place); definite ordinals; a nationality as a person; a breakdown after the casualty word
SUPERSEDED_AND_ORDINALS = [
    (
        "ro",
        "Doi muncitori au murit pe loc, iar bilanțul a urcat ulterior la trei morți.",
        [(K, 3, False)],
    ),
    (
        "en",
        "Two people died in Kharkiv, while the toll in Odesa rose to five.",
        [(K, 2, False), (K, 5, False)],
    ),
    ("ro", "Al patrulea pasager a fost rănit grav.", [(W, 1, False)]),
    ("ro", "O româncă de 40 de ani a murit în accident.", [(K, 1, False)]),
    (
        "ro",
        "Alți șapte pasageri au fost răniți: patru au rămas internați, iar trei au fost "
        "transferați la Cluj.",
        [(W, 7, False)],
    ),
]


# a possessor after a person noun is part of its phrase; bullets, knives, trains; an
# official toll is no count
POSSESSORS_AND_WEAPONS = [
    (
        "ro",
        "Patru membri ai unei familii din Vișeu, între care doi copii, au murit în incendiu.",
        [(K, 4, False)],
    ),
    (
        "ro",
        "Un vecin al victimei, care a încercat să intervină, a fost rănit la mână.",
        [(W, 1, False)],
    ),
    ("ro", "Ambii șoferi ai camionului au încetat din viață.", [(K, 2, False)]),
    ("ro", "Alți trei trecători au fost nimeriți de gloanțe.", [(W, 3, False)]),
    ("hu", "Vonat gázolt halálra egy gyalogost Cegléden.", [(K, 1, False)]),
    (
        "en",
        "More than 40 people died, though the army has not released an official toll.",
        [(K, 40, True)],
    ),
    ("en", "A vigilante was shot dead on a farm.", [(K, 1, False)]),
]


# no care needed, a charge of bodily harm, animals as agents and units, bites, labourers
CARE_CHARGES_AND_ANIMALS = [
    (
        "ro",
        "Un tânăr a fost scos din lac de un pescar, fără să aibă nevoie de îngrijiri medicale.",
        [],
    ),
    (
        "ro",
        "Șoferul, un bărbat de 40 de ani, este cercetat pentru vătămare corporală din culpă.",
        [],
    ),
    (
        "ro",
        "Un cioban a fost rănit grav de o ursoaică cu trei pui, lângă Sinaia.",
        [(W, 1, False)],
    ),
    ("ro", "O fetiță de 6 ani a fost mușcată de doi câini.", [(W, 1, False)]),
    ("ro", "Doisprezece zilieri au fost intoxicați cu pesticide.", [(W, 12, False)]),
]


# pellets, multiple injuries, occupants; neighbours and chaperones are people
PELLETS_AND_OCCUPANTS = [
    ("ro", "Cumnatul său a fost atins de alice la picior.", [(W, 1, False)]),
    ("ro", "Al treilea ocupant a suferit politraumatisme.", [(W, 1, False)]),
    ("en", "A chaperone was killed when the bus overturned.", [(K, 1, False)]),
]


# a bare count in a state after a larger count of its kind is a part of it; one with a
# noun of its own is a person more
STATES_OF_PARTS = [
    (
        "hu",
        "A 40 utas közül tizennégy diák megsérült, ketten súlyos állapotban vannak.",
        [(W, 14, False)],
    ),
    ("en", "Nineteen students were injured, two are in serious condition.", [(W, 19, False)]),
    (
        "hu",
        "A sofőr és kilenc utas megsérült, egy 70 éves nőt súlyos állapotban vittek kórházba.",
        [(W, 1, False), (W, 1, False), (W, 9, False)],
    ),
]


# a gerund before an article keeps the count ("ucigând o femeie"); others in a state that
# goes on are new
GERUNDS_AND_OTHERS = [
    (
        "ro",
        "O dronă a lovit piața, ucigând o femeie și rănind alte patru persoane.",
        [(K, 1, False), (W, 4, False)],
    ),
    (
        "en",
        "Two soldiers were wounded. Nine other people are still being treated for burns.",
        [(W, 2, False), (W, 9, False)],
    ),
]


# A toll of "victims" beside counts of one kind is of that kind; a toll in words before its
# noun ("bringing to nine the number") is the toll.
TOLLS_OF_VICTIMS = [
    (
        "ro",
        "Încă patru pacienți au murit la spital, numărul victimelor ajungând la 31.",
        [(K, 31, False)],
    ),
    (
        "ro",
        "Alți doi pompieri au fost răniți, iar numărul total al victimelor a urcat la 8.",
        [(W, 8, False)],
    ),
    (
        "en",
        "Two more miners died overnight, and the number of victims rose to 19.",
        [(K, 19, False)],
    ),
    (
        "en",
        "The storm killed three more people, bringing to twelve the number of dead.",
        [(K, 12, False)],
    ),
    # Counts of both kinds: the victims' toll could be either, so it is not read.
    (
        "en",
        "Five people died and six were injured; the number of victims rose to 11.",
        [(K, 5, False), (W, 6, False)],
    ),
]

# Person nouns joined by "and" with one number are one count; "the other" is one of the
# people told before it; a collective numeral ("öten") counts people, also after a noun of
# things; a speaker is no casualty; kin nouns and a list of members before the verb.
JOINED_AND_OTHERS = [
    (
        "en",
        "Dozens of farmers and herders were killed in a militia raid on the village.",
        [(K, 12, True)],
    ),
    ("en", "Three pilgrims and the driver were killed.", [(K, 3, False), (K, 1, False)]),
    (
        "ro",
        "Zeci de civili și militari au fost uciși într-un atac asupra orașului.",
        [(K, 10, True)],
    ),
    ("hu", "Több tucat civil és katona meghalt a támadásban.", [(K, 12, True)]),
    ("hu", "Egy nő és kamasz fia szörnyethalt.", [(K, 1, False), (K, 1, False)]),
    (
        "en",
        "A man stabbed two neighbours; one of them died, the other was injured.",
        [(K, 1, False), (W, 1, False)],
    ),
    (
        "ro",
        "Un bărbat a împușcat doi vecini: unul dintre ei a murit, celălalt a fost rănit.",
        [(K, 1, False), (W, 1, False)],
    ),
    (
        "hu",
        "Egy férfi rálőtt két szomszédjára, egyikük a kórházban elhunyt, a másik megsérült.",
        [(K, 1, False), (W, 1, False)],
    ),
    ("hu", "Két vendég megsérült, egyikük a helyszínen elhunyt.", [(W, 2, False), (K, 1, False)]),
    (
        "hu",
        "A busz elütött négy járókelőt: egyikük a helyszínen meghalt, három társa megsérült.",
        [(K, 1, False), (W, 3, False)],
    ),
    ("en", "The other day, four people were injured in a crash.", [(W, 4, False)]),
    ("hu", "A szomszédos házakból öten szenvedtek könnyebb sérüléseket.", [(W, 5, False)]),
    (
        "hu",
        "A megyei kórház igazgatója kedden közölte, hogy a súlyos sérülteket Debrecenbe "
        "szállították.",
        [(W, None, False)],
    ),
    ("hu", "A nagymama és hatéves unokája könnyebben megsérült.", [(W, 1, False), (W, 1, False)]),
    ("hu", "Egy mentőtiszt életét vesztette a második csapásban.", [(K, 1, False)]),
    ("hu", "Az egyik rendőr a lépcsőházban zúzódott meg.", [(W, 1, False)]),
    (
        "hu",
        "Két unokatestvér, egy 18 és egy 21 éves fiatalember szörnyethalt, a sofőr megsérült.",
        [(K, 2, False), (W, 1, False)],
    ),
    (
        "ro",
        "Doi copii au ajuns la spital. Cei doi copii au fost duși la spitalul județean.",
        [(W, 2, False)],
    ),
    ("ro", "O femeie de 60 de ani a fost dusă la spital în stare de șoc.", []),
    ("ro", "Pompierul a fost dus la spitalul din Bârlad.", [(W, 1, False)]),
]

# A person opening the sentence is the one the first casualty word after it tells of, past
# an apposition and where they come from.
LONE_SUBJECTS = [
    (
        "en",
        "A 34-year-old delivery driver from Leeds, returning from a late shift on Friday, was "
        "found dead near the canal.",
        [(K, 1, False)],
    ),
    (
        "ro",
        "Un cioban de 63 de ani din comuna Poiana Stampei, plecat cu oile pe munte, a fost "
        "găsit fără viață marți seara.",
        [(K, 1, False)],
    ),
    (
        "ro",
        "Alți doi muncitori, veniți din Slatina pentru lucrări la acoperiș, au fost "
        "transportați la spital cu arsuri.",
        [(W, 2, False)],
    ),
    (
        "hu",
        "Egy 52 éves debreceni férfi a hétvégi vihar után a kertjében vesztette életét.",
        [(K, 1, False)],
    ),
    # Another count nearer the word takes it.
    (
        "ro",
        "Un bărbat de 45 de ani din Caracal, băut, a intrat cu mașina în mulțime și a rănit "
        "trei oameni.",
        [(W, 3, False)],
    ),
]

# Compound person nouns, digits that count people, the injured who died in one clause, the
# victim named again, parts of the dead ("among those who perished") and a toll's old figure.
COMPOUNDS_AND_RECAPS = [
    ("hu", "Egy 38 éves daruszerelő életét vesztette a csarnokban.", [(K, 1, False)]),
    ("hu", "Három segédmunkás megsérült az állványzat leszakadásakor.", [(W, 3, False)]),
    (
        "hu",
        "A stadionból kimenekülő szurkolók közül 42-en megsérültek, haláleset nem történt.",
        [(W, 42, False), (K, 0, False)],
    ),
    ("hu", "A 23 éves fiatalember könnyebb sérülésekkel megúszta.", [(W, 1, False)]),
    (
        "ro",
        "Trei muncitori internați în stare gravă au murit la spitalul din Craiova.",
        [(K, 3, False)],
    ),
    (
        "en",
        "A 71-year-old man wounded in last week's shelling of Nikopol died in hospital.",
        [(K, 1, False)],
    ),
    (
        "ro",
        "Un pieton a murit pe DN1. Victima, originară din Comarnic, a decedat pe loc.",
        [(K, 1, False)],
    ),
    (
        "en",
        "A cyclist died on the A6 on Monday. The victim, from Kendal, died at the scene.",
        [(K, 1, False)],
    ),
    (
        "hu",
        "Egy kerékpáros meghalt Tatán. Az áldozat a helyszínen meghalt.",
        [(K, 1, False)],
    ),
    (
        "en",
        "Nine people died in the landslide. Officials said a farmer and his two sons were among "
        "those who perished.",
        [(K, 9, False), (K, None, False)],
    ),
    (
        "en",
        "Fourteen people were killed, and the toll had risen from nine after rescuers found "
        "more bodies.",
        [(K, 14, False)],
    ),
]

# Two people joined by "and" each count; a broken limb is an injury; a fatal accident kills;
# a transport to hospital is no injury of its own; a part of the wounded named by an
# apposition stays a part unless it died.
PAIRS_AND_LIMBS = [
    (
        "hu",
        "A kisbusz 62 éves sofőrje és utastársa a helyszínen életét vesztette.",
        [(K, 1, False), (K, 1, False)],
    ),
    ("hu", "A 38 éves óvónő és hatéves lánya megsérült.", [(W, 1, False), (W, 1, False)]),
    ("hu", "Egy tucat diák sérült meg, egy tanárnő lába eltört.", [(W, 12, False), (W, 1, False)]),
    ("hu", "Tegnap egy 24 éves motoros szenvedett halálos balesetet.", [(K, 1, False)]),
    ("hu", "A sofőr a kórházba szállítása közben meghalt.", [(K, 1, False)]),
    (
        "hu",
        "A balesetben két utas megsérült, egyikük, egy 70 éves nő kórházban van, a másikat a "
        "helyszínen látták el.",
        [(W, 2, False)],
    ),
    ("hu", "A sebesültek tucatjait a megyei kórházba vitték.", [(W, 12, True)]),
    (
        "hu",
        "A 80 éves férfi és 77 éves felesége füstmérgezésben hunyt el.",
        [(K, 1, False), (K, 1, False)],
    ),
    (
        "hu",
        "A villamos-kocsivezető és két utas könnyebben megsérült.",
        [(W, 1, False), (W, 2, False)],
    ),
    ("hu", "A MÁV-kocsivezető megsérült.", [(W, 1, False)]),
    (
        "en",
        "A man opened fire outside a bar, fatally wounding a 33-year-old bouncer and injuring "
        "three customers.",
        [(K, 1, False), (W, 3, False)],
    ),
    (
        "hu",
        "Az utasok közül senkinek nem esett baja, a kalauzt sokkos állapota miatt látták el.",
        [(W, 0, False)],
    ),
    (
        "en",
        "Seven people were wounded. One of the wounded, a 30-year-old man, remains in "
        "critical condition.",
        [(W, 7, False), (W, None, False)],
    ),
]

# A part of the injured that died is a count of the dead, and one added to a toll told
# beside it; "both ..." opens an apposition; survivors rescued with injuries are injured.
PARTS_WHO_DIED = [
    (
        "en",
        "Three of the wounded died overnight at the regional hospital.",
        [(W, None, False), (K, 3, False)],
    ),
    (
        "ro",
        "Doi dintre răniți au decedat ulterior la Spitalul Județean Cluj.",
        [(W, None, False), (K, 2, False)],
    ),
    (
        "hu",
        "A sebesültek közül hárman később a kórházban meghaltak.",
        [(W, None, False), (K, 3, False)],
    ),
    (
        "en",
        "Two of the injured, both firefighters, are in a serious condition.",
        [(W, None, False)],
    ),
    ("ro", "Doi dintre răniți, ambii adolescenți, sunt în stare critică.", [(W, None, False)]),
    (
        "ro",
        "Numărul morților a crescut la nouă, după ce trei victime au murit la spital.",
        [(K, 9, False)],
    ),
    (
        "en",
        "The toll climbed to 14 on Tuesday after three more victims died in hospital.",
        [(K, 14, False)],
    ),
    ("en", "Six climbers were rescued with frostbite injuries.", [(W, 6, False)]),
    ("ro", "Trei muncitori au fost salvați cu arsuri grave.", [(W, 3, False)]),
    ("hu", "Négy embert mentettek ki sérülésekkel a lakásból.", [(W, 4, False)]),
    (
        "hu",
        "Hat lakót sértetlenül mentettek ki, a sérültek közül kettőt kórházba vittek.",
        [(W, None, False)],
    ),
]

# The injured named in an apposition who died are dead; an agent may stand a few words after
# its verb; members of a family counted before, taken to hospital, are that count again;
# "the other" after people with no fate of their own is a part of those told before.
APPOSITIONS_AND_AGENTS = [
    (
        "ro",
        "Un bărbat de 63 de ani, rănit grav în incendiul de joi dintr-un bloc din Brăila, a "
        "murit luni la spital.",
        [(K, 1, False)],
    ),
    (
        "ro",
        "Un vânzător a murit la spital, după ce fusese înjunghiat vineri seara de doi tineri.",
        [(K, 1, False)],
    ),
    ("ro", "Ploile au omorât o familie de cinci persoane.", [(K, 5, False)]),
    (
        "en",
        "A guard died in hospital hours after he was stabbed on Sunday by two men.",
        [(K, 1, False)],
    ),
    (
        "hu",
        "Egy háromtagú család szén-monoxid-mérgezést kapott Pápán. A mentők az apát, az anyát "
        "és a kisfiukat kórházba szállították.",
        [(W, 3, False)],
    ),
    (
        "hu",
        "Két fiatalt megkéseltek egy pécsi szórakozóhely előtt. Az egyik sértett, egy 19 éves "
        "egyetemista állapota súlyos, a másik könnyebben megsérült.",
        [(W, 2, False)],
    ),
    ("hu", "A férfi és társa is megsérült.", [(W, 1, False), (W, 1, False)]),
    (
        "hu",
        "Az első közlések szerint öten haltak meg, később az áldozatok számát hétre módosították.",
        [(K, 7, False)],
    ),
    (
        "hu",
        "A tüntetéseken többen megsebesültek, a rendőrség 75 embert vett őrizetbe.",
        [(W, None, False)],
    ),
    ("hu", "Egy targoncás megsérült az üzemben.", [(W, 1, False)]),
]

# An apposition between dashes; the injured named right after a verb of death died; a
# named victim after a death told before is that death; people in care that add up to the
# injured told before are those; a person opening a "that" clause is its subject.
DASHES_AND_NAMES = [
    (
        "hu",
        "A balesetben két testvér – egy 8 és egy 11 éves kislány – megsérült.",
        [(W, 2, False)],
    ),
    ("hu", "Hétfőn a kórházban meghalt három súlyos sérült.", [(K, 3, False)]),
    ("ro", "La spital au murit doi răniți.", [(K, 2, False)]),
    (
        "hu",
        "A vonaton utazó 120 embert leszállították, senki sem sérült meg.",
        [(W, 0, False)],
    ),
    ("hu", "Az orosz hadsereg 12 robotrakétát indított, ezek közül tízet lelőttek.", []),
    ("ro", "Mașina a luat foc în mers, fără ca șoferul să fie rănit.", [(W, 0, False)]),
    ("ro", "Trei locatari au primit îngrijiri la fața locului pentru atac de panică.", []),
    (
        "en",
        "A cyclist was killed in a crash with a lorry in Leeds. Thomas Reed, 52, a teacher "
        "from Otley, died at the scene.",
        [(K, 1, False)],
    ),
    (
        "en",
        "A man was killed in Kharkiv. On Tuesday, a woman died in Odesa.",
        [(K, 1, False), (K, 1, False)],
    ),
    (
        "en",
        "Four firefighters were hurt in the blaze. One was airlifted to a burns unit, while "
        "three were treated at the scene.",
        [(W, 4, False)],
    ),
    (
        "en",
        "The coroner confirmed that a 19-year-old student from the engineering faculty of the "
        "university in Leeds has died.",
        [(K, 1, False)],
    ),
]

# "The woman who died" is one told before; one article for two people counts two; a count of
# its own clause takes its word over one across a break; a fall after an injury is how it
# happened.
RELATIVES_AND_FALLS = [
    (
        "en",
        "A woman died in the fire. Police said the woman who died lived alone.",
        [(K, 1, False)],
    ),
    (
        "en",
        "A mother and son were killed when their car left the road.",
        [(K, 2, False)],
    ),
    (
        "hu",
        "Egy 63 éves férfi a baleset helyszínén meghalt, további hat utast könnyebb "
        "sérülésekkel szállítottak kórházba.",
        [(K, 1, False), (W, 6, False)],
    ),
    (
        "hu",
        "Egy idős férfi könnyebben megsérült, amikor a jeges járdán elesett.",
        [(W, 1, False)],
    ),
    ("hu", "Három katona megsebesült, kettő elesett.", [(W, 3, False), (K, 2, False)]),
]

# Words: disasters that are things ("two earthquakes"), spouses, a sprain, bleeding to death,
# a broken leg told after its owner, one "believed dead" who lives.
WORDS_OF_HARM = [
    (
        "en",
        "At least 40 people were confirmed dead after two earthquakes struck the province.",
        [(K, 40, True)],
    ),
    ("ro", "Doi soți au fost răniți.", [(W, 2, False)]),
    ("ro", "Un jandarm s-a ales cu o entorsă.", [(W, 1, False)]),
    ("hu", "A 30 éves férfi a helyszínen elvérzett.", [(K, 1, False)]),
    ("hu", "Egy idős nő lába tört el a jeges járdán.", [(W, 1, False)]),
    (
        "hu",
        "A halottnak hitt férfit súlyos sérülésekkel vitték kórházba.",
        [(W, 1, False)],
    ),
]

# A part of the injured named again before a death, and ages after "who was".
PARTS_OF_THE_INJURED = [
    (
        "hu",
        "A buszbalesetben négyen megsérültek, az egyik sérült később meghalt.",
        [(W, 4, False), (K, None, False)],
    ),
    (
        "hu",
        "Öt ember megsérült a robbanásban, a sérültek közül egy később meghalt.",
        [(W, 5, False), (K, None, False)],
    ),
    (
        "hu",
        "Két munkás megsérült, a sérültek egyike másnap meghalt.",
        [(W, 2, False), (K, 1, False)],
    ),
    ("hu", "A sérültek egyike válságos állapotban van.", [(W, None, False)]),
    (
        "en",
        "The cyclist, who was 27, died at the scene on Route 9.",
        [(K, 1, False)],
    ),
    ("en", "She was 16 and was injured on her way to school.", [(W, None, False)]),
    ("en", "The death toll was 41 by Tuesday evening.", [(K, 41, False)]),
    # a word of no fate before a colon; the person after it and what befell them
    (
        "ro",
        "Viitura a făcut o victimă: o femeie de 71 de ani din Vicovu de Sus a murit înecată.",
        [(K, 1, False)],
    ),
    (
        "en",
        "The storm claimed a victim: a man of 45 was badly hurt by a falling branch.",
        [(W, 1, False)],
    ),
    ("ro", "Trei muncitori și-au dat sufletul în incendiu.", [(K, 3, False)]),
    ("ro", "Doi elevi s-au lovit ușor la ora de sport.", [(W, 2, False)]),
    # a person brought out alive whose death a relative clause tells
    (
        "hu",
        "A füstös lakásból a tűzoltók egy 72 éves nőt hoztak ki, aki este a kórházban meghalt.",
        [(K, 1, False)],
    ),
    ("hu", "A tűzoltók egy férfit hoztak ki, aki sértetlen maradt.", []),
    # a final vowel lengthens before the accusative ending
    (
        "hu",
        "A földszinten lakó nagyanyát és két unokáját füstmérgezéssel vitték kórházba.",
        [(W, 1, False), (W, 2, False)],
    ),
    ("hu", "Egy részeg férfi késsel megvágott egy pincért.", [(W, 1, False)]),
    ("en", "Four miners are undergoing treatment in Quetta.", [(W, 4, False)]),
    ("en", "A girl of nine was struck by a stray bullet in Kingston.", [(W, 1, False)]),
    ("en", "A mother of four was killed when the roof fell in.", [(K, 1, False)]),
    (
        "hu",
        "A falusiak közül négyet agyonlőttek, ketten megsebesültek.",
        [(K, 4, False), (W, 2, False)],
    ),
    # a part of a whole counted in the same phrase
    ("ro", "Doi dintre cei cinci răniți au murit la spital.", [(K, 2, False), (W, 5, False)]),
    # a negation of how bad the harm was
    (
        "hu",
        "A kerékpáros súlyos, de nem életveszélyes sérüléseket szenvedett.",
        [(W, 1, False)],
    ),
    ("en", "The cyclist was not seriously hurt.", [(W, 1, False)]),
    # a state told between the care and the death is no part of the injured
    (
        "en",
        "A woman was flown to hospital in critical condition, where she later died.",
        [(K, 1, False), (W, None, False)],
    ),
    # the death told before its subject; the injury in the subject's relative clause
    (
        "hu",
        "Vasárnap elhunyt az a 71 éves férfi, aki a múlt héten egy traktorbalesetben megsérült.",
        [(K, 1, False), (W, None, False)],
    ),
    (
        "hu",
        "Kedden meghalt a szegedi klinikán az a 39 éves nő, aki egy gázrobbanásban megsérült.",
        [(K, 1, False), (W, None, False)],
    ),
    # one person named by another with no closing comma; another person is no apposition
    (
        "hu",
        "A mentőautó sofőrje és kollégája, egy 45 éves ápoló könnyebben megsérült.",
        [(W, 1, False), (W, 1, False)],
    ),
    (
        "hu",
        "A fa agyonütött egy 70 éves nőt, egy másik férfit súlyos sérülésekkel vittek kórházba.",
        [(K, 1, False), (W, 1, False)],
    ),
    # a subject opening its clause after who tells it
    (
        "en",
        "According to paramedics, a woman of 63, from Dundee, later died in hospital.",
        [(K, 1, False)],
    ),
    # a toll told as reached now holds the bodies found before it
    (
        "en",
        "Divers recovered four more bodies, and police said 31 people had now died.",
        [(K, 31, False)],
    ),
    # the members of a pair named with definite articles and ages; a list of people is none
    (
        "hu",
        "A helikopter mindkét utasa, a 48 éves pilóta és a 30 éves operatőr, szörnyethalt.",
        [(K, 2, False)],
    ),
    (
        "hu",
        "A 40 éves apát, a 37 éves anyát és kislányukat kórházba vitték.",
        [(W, 1, False), (W, 1, False), (W, 1, False)],
    ),
    # "one of them" is a person, the subject of a casualty word a few words on
    (
        "hu",
        "A két horgász közül egyikük a jeges vízben a parttól nem messze lelte halálát.",
        [(K, 1, False)],
    ),
    # a state denied is no count of none
    ("en", "None of the injured is in critical condition.", [(W, None, False)]),
]

# Every list above: sentences of each language and the facts they give.
PHRASE_CASES = [
    *CASES,
    *PHRASINGS,
    *MORE_PHRASINGS,
    *TOLL_AND_PEOPLE,
    *WIDER_PHRASINGS,
    *STILL_MORE_PHRASINGS,
    *FOUR_FAMILIES,
    *GROUPS_AND_SURVIVORS,
    *ROUND_TWO,
    *ROUND_THREE,
    *ROUND_FOUR,
    *ROUND_FIVE,
    *ROUND_SIX,
    *ROUND_SEVEN,
    *ROUND_EIGHT,
    *ROUND_NINE,
    *ROUND_TEN,
    *ROUND_ELEVEN,
    *ROUND_TWELVE,
    *ROUND_THIRTEEN,
    *ROUND_FOURTEEN,
    *ROUND_FIFTEEN,
    *ROUND_SIXTEEN,
    *ROUND_SEVENTEEN,
    *FALLS,
    *ROUND_EIGHTEEN,
    *ROUND_NINETEEN,
    *GLASS_CUTS,
    *TOLD_AGAIN,
    *MORE_WORDS,
    *PARTS_AND_REMENTIONS,
    *AGENTS_AND_PARTS,
    *EARLIER_AND_OTHERS,
    *MEMBERS_AND_JOBS,
    *DATES_BEFORE_COUNTS,
    *GENITIVES_AND_CARE,
    *HUNGARIAN_WORDS,
    *PAIRS_AND_NONE,
    *REPORTS_OF_NONE,
    *ROADS_AND_RECAPS,
    *STATES_AND_PARTS,
    *BREAKDOWNS_AND_KIN,
    *CARE_AND_FIRST_REPORTS,
    *PARTS_THAT_REMAIN,
    *NO_CARE_AND_COUNTS,
    *SPEAKERS_AND_VICTIMS,
    *BOTH_AFTER_SINGLES,
    *SCALDS_AND_LATER_CRASHES,
    *SUPERSEDED_AND_ORDINALS,
    *POSSESSORS_AND_WEAPONS,
    *CARE_CHARGES_AND_ANIMALS,
    *PELLETS_AND_OCCUPANTS,
    *STATES_OF_PARTS,
    *GERUNDS_AND_OTHERS,
    *TOLLS_OF_VICTIMS,
    *JOINED_AND_OTHERS,
    *LONE_SUBJECTS,
    *COMPOUNDS_AND_RECAPS,
    *PAIRS_AND_LIMBS,
    *PARTS_WHO_DIED,
    *APPOSITIONS_AND_AGENTS,
    *DASHES_AND_NAMES,
    *RELATIVES_AND_FALLS,
    *WORDS_OF_HARM,
    *PARTS_OF_THE_INJURED,
]


@pytest.mark.parametrize(("lang", "text", "wanted"), PHRASE_CASES)
def test_casualty_facts(lang: str, text: str, wanted: list[Fact]) -> None:
    assert facts(text, lang) == expected(*wanted)
