"""Per-language word lists, loaded by language code.

Each language has a folder ``components/lang/<code>/`` holding one TOML file per kind of data
(``dates.toml``, ``numbers.toml``, ``casualties.toml``, ``places.toml``, ``events.toml``). Every
language uses the same keys for the same kind; :data:`SCHEMAS` states them and
:func:`validate` checks a file against them. Code never branches on the language: it reads
these files.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).parent / "lang"

# kind -> key -> type name; "?" marks an optional key.
SCHEMAS: dict[str, dict[str, str]] = {
    "dates": {
        "months": "list[list[str]]",  # 12 lists, January first: names and inflected forms
        "weekdays": "list[list[str]]",  # 7 lists, Monday first
        "case_sensitive?": "bool",  # month and weekday names are written capitalised
        # weekday names are written lowercase: a capitalised one inside a sentence, before a
        # capitalised word, begins a name ("Miercurea Ciuc")
        "weekdays_lowercase?": "bool",
        # words after a relative day that give it another sense ("during the night" "of" 3
        # March, "the night" "shift")
        "relative_other_sense_after?": "list[str]",
        "ambiguous": "list[str]",  # names that are ordinary words too: need a day or a year
        "word_suffixes": "list[str]",  # endings a month, weekday or holiday may take ("ban")
        "ordinal_day_suffixes": "list[str]",  # after a day number ("-én", "th", "-a")
        "month_prepositions": "list[str]",  # a bare month counts after these ("în", "in")
        # words for "the month (of)": a name after them is the month even where it is an
        # ordinary word too ("luna mai", "the month of May")
        "month_nouns?": "list[str]",
        "year_prepositions?": "list[str]",  # a year (no month) counts after these too ("of")
        "year_determiners?": "list[str]",  # a year before a noun counts after these ("the")
        "relative_days": "dict[str,int]",  # phrase -> days before publication ("ieri" -> 1)
        "relative_weeks": "dict[str,int]",  # phrase -> weeks before ("last week" -> 1)
        # The last weekend up to publication ("over the weekend" -> 0); 1 for one that says
        # "last", which on a Saturday or Sunday is the weekend before ("last weekend" -> 1).
        "weekends?": "dict[str,int]",
        "relative_months": "dict[str,int]",  # phrase -> months before ("luna trecută" -> 1)
        "relative_years": "dict[str,int]",  # phrase -> years before ("tavaly" -> 1)
        "holidays": "dict[str,list[str]]",  # "MM-DD" -> phrases ("12-25" -> ["karácsony"])
        "year_modifiers": "dict[str,int]",  # beside a month or holiday: years before ("tavaly")
        "year_words?": "list[str]",  # words that may follow a year ("anul", "évben")
        # a bare year or month counts before these ("2021 óta", "március óta")
        "year_postpositions?": "list[str]",
        # An ambiguous weekday ("luni": Monday or months) counts on its own when the language
        # lists the words that give it its other sense: before it ("câteva luni"; a number
        # always does) or after it ("luni de zile"). Without them it needs a day or a year.
        "weekday_other_sense_before?": "list[str]",
        "weekday_other_sense_after?": "list[str]",
        # Phrases after an ambiguous weekday that say it is the day though they begin like one
        # of the other sense ("ucisă luni de o dronă": by a drone, not "months of").
        "weekday_sense_after?": "list[str]",
        # A holiday is a date only where it is used as a time, not as an attribute ("târg de
        # Crăciun", "Christmas tree", "karácsonyi vásár"). With any of these keys a holiday
        # needs one of them; without, every holiday counts.
        "holiday_before?": "list[str]",  # words before it ("de", "on", "last", "celebrat*")
        "holiday_endings?": "list[str]",  # endings that make it a time ("kor": karácsonykor)
        "holiday_standalone?": "list[str]",  # phrases that are a time alone ("christmas day")
        # Nouns before the word before a holiday that make it their attribute ("târg" de
        # Crăciun); a trailing "*" for any ending ("târg*").
        "holiday_attribute_of?": "list[str]",
        # Words before a relative day that make it an adjective ("an" overnight attack), which
        # names no day; "-'s" for an ending of the word before ("Russia's overnight attack").
        "relative_adjective_before?": "list[str]",
        # Feasts that move with Easter: "<computus><days after Easter>" -> phrases, the computus
        # "western" or "orthodox" ("orthodox+0" -> ["paște"], "western-2" -> ["good friday"]);
        # or with the week: "<MM>-<1-5|last>-<mon..sun>" ("05-last-mon" -> ["memorial day"]).
        # They count where a fixed holiday would, by the same context words.
        "movable_holidays?": "dict[str,list[str]]",
        # The night from one weekday into the next, with two "{}" for the days, the second
        # a weekday with its endings ("noaptea de {} spre {}"): the second day is the date.
        "night_into?": "list[str]",
        # A time of day right after a date ("január 11-én éjjel", "marți noaptea") or right
        # before it ("în noaptea de", "overnight on") is part of that date's mention, never a
        # date of its own ("tegnap éjjel" is yesterday, not also today).
        "time_of_day_after?": "list[str]",
        "time_of_day_before?": "list[str]",
        # A bare month name qualifying a lowercase noun after these words ("the" March fire)
        # or before an incident noun ("June attacks") is when that happened; not before these
        # ("the March on Rome"). Without the first key a bare month needs a preposition.
        "month_attribute_before?": "list[str]",
        "month_other_sense_after?": "list[str]",
    },
    "numbers": {
        "num2words_lang?": "str",  # code num2words knows; cardinals 0..1000 are generated from it
        "words": "dict[str,int]",  # extra forms and gendered variants ("două" -> 2)
        "unit_forms?": "dict[str,int]",  # forms a compound's last unit takes ("két": huszonkét)
        "articles?": "list[str]",  # indefinite articles meaning one before a person ("un", "egy")
        "vague": "dict[str,int]",  # "dozens" -> 12, "hundreds" -> 100 (ACLED convention)
        "lower_bound": "list[str]",  # before the number: "at least", "legalább"
        "lower_bound_after?": "list[str]",  # after it: "'den fazla"
        "approximate?": "list[str]",  # "about", "circa"
        "digit_suffixes?": "list[str]",  # endings after "12-" that still count ("en": 12-en)
        "scales?": "dict[str,int]",  # after digits, multiplying them: "41 thousand", "41 ezer"
    },
    # Casualty words are patterns: lowercase, words separated by spaces (any whitespace or
    # hyphen matches), a trailing "*" on a word for any further letters ("rănit*" matches
    # rănit, rănită, răniți; "élet* veszt*" matches "életüket vesztették").
    "casualties": {
        "killed": "list[str]",
        "injured": "list[str]",
        # Killed or injured ("casualties", "victime"), or the wounds of the dead ("died of his
        # injuries"): never a count or a report of its own; with "nobody", zero of both.
        "ambiguous?": "list[str]",
        "none_killed": "list[str]",  # fixed phrases: "no deaths" (in both lists: "no casualties")
        "none_injured": "list[str]",  # "no injuries", "nu s-au înregistrat răniți"
        "negations?": "list[str]",  # "nobody", "nimeni", "senki": near a casualty word, zero
        # No one of any person noun ("{}"): "niciun {}" (turist), "egyetlen {} sem" (utas).
        "no_quantifiers?": "list[str]",
        "person_nouns?": "list[str]",  # "people", "persoan*", "ember*": a count's head noun
        "non_casualty_units?": "list[str]",  # after a number: "drones", "districts", "years"
        "non_casualty_before?": "list[str]",  # before a number: "aged", month names, "ora"
        "subset_markers?": "list[str]",  # "including": the count after it is part of another
        # "of whom": the count after it is a part, unless its clause has a casualty word
        # ("40 staff, of whom 3 were injured")
        "subset_relatives?": "list[str]",
        "partitives?": "list[str]",  # after a number: "of" ("one of the injured")
        # After a partitive, a pronoun that stands for people told before: "one of them"
        "partitive_pronouns?": "list[str]",
        "partitives_before?": "list[str]",  # before a number: "közül" ("a sérültek közül ketten")
        # A toll told again: "{}" stands for the number ("rose to {}", "{} emelkedett"); the
        # count may stand farther from the casualty word before it.
        "toll_updates?": "list[str]",
        # Nouns of a toll ("toll", "bilanț"): a toll is told with its own number, never a later
        # death of a count of injured told before it.
        "toll_nouns?": "list[str]",
        # Casualty nouns that are one person after an indefinite article: "un mort", "egy
        # halott" (a dead one).
        "one_with_article?": "list[str]",
        # How badly ("súlyosan", "grav"): counts each followed by one and a comma share the
        # casualty word after the last ("ketten súlyosan, öten könnyebben sérültek meg").
        "severity_words?": "list[str]",
        # Endings of a noun in the genitive that completes a singular person noun
        # ("șoferul autobuzului"): part of that person's phrase.
        "genitive_endings?": "list[str]",
        "genitive_articles?": "list[str]",  # before such a noun: "al", "ale" ("al echipajului")
        # Indefinite articles of the genitive, before any noun: "unui" ("șoferul unui microbuz")
        "genitive_indefinite?": "list[str]",
        # Casualty words of one dead body ("his body", "cadavrul", "holttestét"): one killed
        # when the sentence counts no other.
        "single_bodies?": "list[str]",
        "coordinators?": "list[str]",  # "and": counts joined by it add up under one verb
        # After "and", words that make a count the rest of a group: "the driver and six
        # other people" is one count of seven ("other", "alte", "további").
        "others?": "list[str]",
        "prepositions?": "list[str]",  # end a count phrase: "8 in the raid" counts no raids
        # Prepositions that also mark a verb's object, before which a person is still counted:
        # "l-a rănit pe soțul ei".
        "object_markers?": "list[str]",
        # Words besides the prepositions that open a complement of a person: "un mecanic de
        # locomotivă și un pasager" are two people.
        "complement_prepositions?": "list[str]",
        # Endings of a noun that say "out of" before a number: "60 drónból 45-öt" counts
        # drones, when the noun is one of things.
        "partitive_endings?": "list[str]",
        "clause_breaks?": "list[str]",  # conjunctions that end a clause: "and", "iar", "és"
        # Words besides the coordinators that join numbers in a list or range ("or", "to"):
        # a list after "aged" or before "years" counts no one ("aged six, eight and ten").
        "number_links?": "list[str]",
        # One person without a numeral: a definite article ("the", "a"; none where the
        # language writes it on the noun) before a singular person noun ("driver",
        # "șoferul", "sofőr"), which may take a case ending ("sofőrt").
        "definite_articles?": "list[str]",
        "singular_persons?": "list[str]",
        "singular_endings?": "list[str]",
        # Adjectives that carry the definite article before a singular person noun, where the
        # language writes it on the first word ("singurul pasager", "tânărul șofer").
        "definite_adjectives?": "list[str]",
        "possessives_after?": "list[str]",  # after a definite person noun: "nepotul ei"
        # The most hurt of the casualties ("the most seriously", "cel mai grav"): it and the
        # apposition after its casualty word tell one of them, no count.
        "superlatives?": "list[str]",
        "one_more?": "list[str]",  # one more person: "another", "a third", "un al treilea"
        "pair_nouns?": "list[str]",  # two people: "couple", "twins", "házaspár"
        # Endings of participles that may end a long phrase between an article and its person
        # ("a lakásban tartózkodó idős asszony": "ó", "ő")
        "participle_endings?": "list[str]",
        # A person noun's final vowel before a possessive ending: "a" -> "á" ("pilótája")
        "final_vowel_changes?": "dict[str,str]",
        # One person named by an age alone, "{}" the number: "a 19-year-old was shot dead"
        "age_persons?": "list[str]",
        # Nouns of a quantity after an article, which then counts no one person: "a number
        # of people", "un grup de turiști", "egy csoport turista".
        "quantity_nouns?": "list[str]",
        # Endings that make a nationality word (places.toml) a noun for people: "s"
        # ("Germans"); "" where the bare word is one ("két német").
        "nationality_endings?": "list[str]",
        "relatives?": "list[str]",  # after a count: "who", "care", "aki"; its clause is skipped
        # After a count and a comma, words that open an apposition skipped up to its closing
        # comma: "aged" ("a cyclist, aged 40, was killed"), "în vârstă de".
        "apposition_openers?": "list[str]",
        "agents_before?": "list[str]",  # "by the driver": the doer, not a casualty
        # Words after which a person is who tells it: "a transmis primarul", "according to".
        "speakers_before?": "list[str]",
        "speakers_after?": "list[str]",  # "the officer told reporters": who tells, not who died
        "complementizers?": "list[str]",  # "confirmed that a man ... died": a subject opens
        # A negation before one of these denies how bad the harm was, not the harm: "nem
        # életveszélyes sérüléseket", "not seriously injured".
        "negated_severities?": "list[str]",
        "verb_negations?": "list[str]",  # "the driver was not injured": no count of one
        # Words a casualty pattern with "*" would take that say something else ("meghalad*":
        # exceeds, no "meghal*": dies).
        "not_casualties?": "list[str]",
        # A person noun with a possessive ending, definite with no article ("szomszédja").
        "possessed_persons?": "list[str]",
        # Possessive endings that make any singular person noun one: "vezető" > "vezetője".
        "possessive_endings?": "list[str]",
        # "he" is one more before a casualty word, after a count of the sentence: "shot dead
        # five people before he was killed".
        "subject_pronouns?": "list[str]",
        # Two numbers in one phrase, "{}" for each: a range whose first is a lower bound
        # ("between {} and {}"), and a revision whose second is the count ("from {} to {}").
        "ranges?": "list[str]",
        "revisions?": "list[str]",
        # What else befell people ("detained", "evacuated", "unhurt"): a count they govern
        # is no casualty count ("107 people were detained").
        "non_casualty_verbs?": "list[str]",
        # A count that escaped unharmed ("escaped unhurt", "au scăpat nevătămați"): zero
        # injured, unless the sentence counts injured of its own.
        "unharmed?": "list[str]",
        # Non-casualty words ("alive", "în viață") that give their count to an injury word
        # right after them: "brought out alive with severe burns" counts injured.
        "alive?": "list[str]",
        # Letters a stem's last one turns into before an ending, for the open ends ("*") of
        # the phrases above: "t" = ["ț"] lets "lovit*" be "loviți".
        "open_end_variants?": "dict[str,list[str]]",
        # One person killed by their own hand ("killed himself"): one when no count of one
        # stands before it.
        # Phrases opening a clause on how someone counted dead came to harm ("after he was"):
        # an injury word right after one counts no one.
        "cause_openers?": "list[str]",
        # Reason words between a total and a count with a toll addition after it, which make
        # that count part of the total ("have killed 52 people, after six more bodies ...").
        "toll_reasons?": "list[str]",
        # Words between a count and a toll after it that make the count part of the toll: "a
        # girl died in hospital, bringing the death toll to three" counts three.
        "toll_consequences?": "list[str]",
        # Words that quantify people without a number ("several"): "a gunman wounded several
        # shoppers" counts the shoppers, not the gunman.
        "quantifiers?": "list[str]",
        "killed_self?": "list[str]",
        # Beside a count ("three more bodies", "alte trei", "újabb három"), words that add it
        # to a toll told in the same sentence: only the toll counts.
        "toll_additions?": "list[str]",
        # Before a number that names again people counted before it: "all three were taken"
        "recaps?": "list[str]",
        # Number words that name all of a group told before ("mindkettejüket", "amândoi"): a
        # count of the same size and kind before them makes them a repeat.
        "recap_numbers?": "list[str]",
        # Articles before a count that name people told before ("cei trei răniți"): a count
        # of the same size and kind in an earlier sentence makes it a repeat.
        "recap_articles?": "list[str]",
        # Genitive articles after a casualty noun that count one person: "moartea unei femei".
        "term_genitives?": "list[str]",
        # Casualty words that describe a person in a noun phrase, before or after the noun
        # ("the dead soldier", "bărbatul rănit"): a definite person so described, after an
        # earlier sentence counted that kind, is told again.
        "describing_before?": "list[str]",
        "describing_after?": "list[str]",
        # Words of casualty phrases that tell care given ("hospital", "kórház"): a definite
        # person taken to hospital after an earlier sentence counted that kind is told again.
        "care_words?": "list[str]",
        # Words right before a casualty phrase that say a state goes on ("remains in a
        # critical condition"): said after an earlier sentence counted that kind, it is one
        # of those told again, even as "a woman".
        "continuing_words?": "list[str]",
        # Words of casualty phrases that tell a state ("condition", "stare", "állapot"): such
        # a count after a larger one of its kind in the sentence is a part of it.
        "state_words?": "list[str]",
        # Articles of a possessor after a person noun ("un prieten al victimei"): the phrase
        # goes on to the possessor.
        "possessor_articles?": "list[str]",
        # Killed words that also mean falling down ("elesett"): a fall when an injury follows.
        "falls?": "list[str]",
        # "None" words that open a part of a whole ("niciunul dintre cei 212"): the whole's
        # number counts no one.
        "negated_parts?": "list[str]",
        # Casualty words that end a verb after its object: "stabbed his partner to death".
        "verb_completions?": "list[str]",
        # Numbers that are "N of them" by their ending ("kettejüket", "egyikük"): a part of
        # the count before them, as "two of them" is.
        "part_numbers?": "list[str]",
        # Numbers that count people by their form ("heten": seven people), never things.
        "person_numbers?": "list[str]",
        # Person nouns that end compounds: "kezelő" makes "targoncakezelő" a person noun.
        "person_compound_ends?": "list[str]",
        # A definite person named as the victim: one told before ("the victim", "victima").
        "victim_nouns?": "list[str]",
        # Before a figure a toll later in the sentence revises: "inițial", "initially".
        "earlier_figures?": "list[str]",
    },
    "places": {
        # Endings stripped to find a name: "-ului"; "-ei>a" strips "ei" and adds "a"
        # ("Ucrainei" -> "Ucraina").
        "suffixes": "list[str]",
        "locative_suffixes?": "list[str]",  # endings that say where: "-ban", "'da" (same syntax)
        "nationality_suffixes?": "list[str]",  # endings of nationality words only ("-ого")
        "region_patterns": "list[str]",  # "regiunea {}", "{} megye"; pattern words take endings
        "nationalities": "dict[str,str]",  # adjective -> ISO country ("rusă" -> "RU")
        "prepositions?": "list[str]",  # "in", "la", "din": a following name is likely a place
        "postpositions?": "list[str]",  # "mellett": a preceding name is likely a place
        # "és", "and", "și": a name joined to one a preposition or postposition places is
        # placed too ("Ásotthalom és Mórahalom között").
        "coordinators?": "list[str]",
        "adjective_suffixes?": "list[str]",  # lowercase adjectives of place names ("-i": "kijevi")
        # Lowercase words that look like such adjectives but are ordinary ones ("pápai": papal)
        "not_adjectives?": "list[str]",
        "regions?": "dict[str,str]",  # region -> "CC:City" in its first level division
        "region_abbreviations?": "dict[str,str]",  # after a town: "Que." -> "CA:Quebec"
        "cities?": "dict[str,str]",  # local city names geonames lacks -> "CC:City"
        # An area over several first-level divisions -> a city in each, "CC:City|City|..."
        # ("Donbas" = "UA:Donetsk|Luhansk"); languages name one area by the same divisions.
        "areas?": "dict[str,str]",
        "countries?": "dict[str,str]",  # country names CLDR lacks -> ISO ("Nagy-Britannia")
        "home_countries?": "list[str]",  # ISO codes where the language is spoken
        # lowercase particles of foreign names ("del"): after a capitalised word, the name
        # that follows ends a longer one the gazetteer lacks ("Lanao del Sur")
        "name_particles?": "list[str]",
        # locative suffixes the language gives foreign towns, not its own ("-ban")
        "foreign_suffixes?": "list[str]",
        "title_words?": "list[str]",  # capitalised words beside a place, not a name ("Mayor")
        "source_before?": "list[str]",  # words before a news source ("transmite", "according to")
        "source_after?": "list[str]",  # words after a news source ("szerint", "reported")
        "not_places?": "list[str]",  # ordinary words and outlet names that are also place names
        "lexicon?": "str",  # spacy-lookups-data table of the language's ordinary words
        # Cyrillic letters (or pairs, tried first) -> the language's spelling; "г" = "g|h"
        # gives both. Names of towns of ``transliteration_countries`` get these spellings.
        "transliteration?": "dict[str,str]",
        "transliteration_countries?": "list[str]",  # ISO codes ("UA", "RU")
        # Words before a name that only qualify it ("Old", "East"; "Kelet" in "Kelet-Jeruzsálem").
        "qualifiers?": "list[str]",
        # Nouns of weapons, matched as prefixes ("rachet" in "rachetele"): a small town's name
        # beside one ("a Tomahawk missile", "rachete Kalibr") names the weapon.
        "weapon_words?": "list[str]",
        # Words written onto a name that make it the city of that name ("Gázaváros"): of a
        # country's name its capital ("Mexikóváros", "Kuvaitváros").
        "city_compounds?": "list[str]",
        # Endings of the first word of a name of several words, where the language declines
        # that word ("Republicii Moldova", "Coreei de Sud", "Sectorul 3"); same syntax.
        "first_word_suffixes?": "list[str]",
        # Words before a name that make it a city ("orașul Panama"): of a country its capital.
        "city_before?": "list[str]",
        # A direction written the language's way -> the gazetteer's English way, "{}" for the
        # name ("{} de Nord" -> "North {}": "Darfurul de Nord" is North Darfur).
        "directions?": "dict[str,str]",
        # Street, river and lake words: a name right after these ("strada", "râul") or right
        # before these ("utca", "Street", "River", as written) names that, not the town.
        # Letters of foreign names written the language's way -> "|"-separated spellings
        # tried for a capitalised word the gazetteer lacks ("sz" = "s": "Szagaing").
        "respell?": "dict[str,str]",
        # Words of an organisation named after a place: "Pakistan Railways", "Air India".
        "organisation_before?": "list[str]",
        "organisation_after?": "list[str]",
        "feature_before?": "list[str]",
        "feature_after?": "list[str]",
    },
    "events": {
        "types": "dict[str,list[str]]",  # incident type -> trigger words
        "sites": "dict[str,list[str]]",  # site kind -> words ("embassy" -> ["ambasada"])
        "diplomatic": "list[str]",  # protests, summons, calls: reactions, not strikes
        "institutions": "list[str]",  # a place right after these is a seat ("ministry in Baku")
        "coordination": "list[str]",  # words joining two dates of two events ("and", "și")
    },
}


def available_languages() -> list[str]:
    """Language codes that have a data folder."""
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))


@cache
def load(lang: str, kind: str) -> dict[str, Any]:
    """The parsed ``<kind>.toml`` of a language; an empty dict when the file is absent."""
    if kind not in SCHEMAS:
        raise KeyError(f"unknown kind of language data: {kind!r}")
    path = LANG_DIR / lang / f"{kind}.toml"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _type_ok(value: Any, type_name: str) -> bool:
    if type_name == "str":
        return isinstance(value, str)
    if type_name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "bool":
        return isinstance(value, bool)
    if type_name == "list[str]":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if type_name == "list[list[str]]":
        return isinstance(value, list) and all(_type_ok(v, "list[str]") for v in value)
    if type_name.startswith("dict[str,"):
        inner = type_name[len("dict[str,") : -1]
        return isinstance(value, dict) and all(_type_ok(v, inner) for v in value.values())
    raise ValueError(f"unknown type name {type_name!r}")


def validate(kind: str, data: dict[str, Any]) -> list[str]:
    """Problems of one data file against its schema; an empty list when it is valid."""
    schema = SCHEMAS[kind]
    problems = []
    known = {key.rstrip("?") for key in schema}
    for key in sorted(set(data) - known):
        problems.append(f"unknown key {key!r}")
    for key, type_name in schema.items():
        name = key.rstrip("?")
        if name not in data:
            if not key.endswith("?"):
                problems.append(f"missing key {name!r}")
            continue
        if not _type_ok(data[name], type_name):
            problems.append(f"{name!r} is not {type_name}")
    return problems
