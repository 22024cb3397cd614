"""Extraction and incident quality on the annotated evaluation sets in ``tests/data``.

    python bench/evaluate.py [--verbose]

News passages carry gold date, place and casualty mentions with their offsets, in sets per
language: ``eval_news_<lang>.jsonl`` is the set "dev", which the extractors were tuned on, and
every ``eval_news_<lang>_<name>.jsonl`` is the set ``<name>``, written apart from that tuning by
people who saw neither the extractors nor their output. Each set was evaluated once before its
misses were read, and the next set written after its fixes: a set's first (blind) figures, kept
beside its floors in ``tests/test_evaluation.py``, are the honest estimate for unseen text; its
figures after its misses were read are not. Event notes (``eval_notes_en*.jsonl``) carry the date,
location and death toll of their one event. Everything runs through the real pipeline: loading,
the gazetteer, the language pipelines, the mentions table, the incidents table and the offline
geocoder.

Printed figures:

* places: precision, recall and F1; a found place matches a gold one when their spans overlap
  and it has the same English name, lies within 25 km, or is the same country.
* dates: precision, recall and F1; overlapping spans with the same value.
* casualties: share of the sentences stating a count whose counts came out right (per type the
  same counts, or the same total: "eight children and a guard died" may be read as 8 + 1), and
  how many sentences without one got a count anyway.
* notes: the share whose incident has the exact day, lies within 25 km of the truth, and (of
  those that state one) has the right death toll; and the share that gave exactly one incident.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from geopy.distance import geodesic

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from components import loading  # noqa: E402
from components.extraction import extract_mentions  # noqa: E402
from components.gazetteer import Gazetteer  # noqa: E402
from components.geocoding import make_geocoder  # noqa: E402
from components.incidents import build_incidents  # noqa: E402
from components.pipeline import Pipelines  # noqa: E402

DATA = ROOT / "tests" / "data"
NEWS_LANGUAGES = ("ro", "hu", "en")
# eval_news_<lang>.jsonl is the set "dev"; eval_news_<lang>_<name>.jsonl is the set <name>.
NEWS_FILE = re.compile(r"eval_news_(?P<lang>[a-z]{2})(?:_(?P<name>\w+))?\.jsonl")
NOTE_SETS = {"dev": "eval_notes_en.jsonl", "holdout": "eval_notes_en_holdout.jsonl"}
MATCH_KM = 25.0
# Words that only say what kind of place a name is: "Zamfara state" is "Zamfara".
GENERIC_PLACE_WORDS = frozenset(
    {"state", "province", "region", "oblast", "district", "city", "governorate", "county"}
    | {"territory", "the", "of"}
)

# Transliterations write an ayn or a glottal stop with any of these: "Dar'a" is "Dar‘ā".
APOSTROPHES = re.compile("['\u2018\u2019\u02bb\u02bc`]")


def news_sets(data: Path = DATA) -> dict[str, dict[str, Path]]:
    """set name -> language -> file, "dev" first and the others by name."""
    sets: dict[str, dict[str, Path]] = {}
    for path in sorted(data.glob("eval_news_*.jsonl")):
        match = NEWS_FILE.fullmatch(path.name)
        if match and match["lang"] in NEWS_LANGUAGES:
            sets.setdefault(match["name"] or "dev", {})[match["lang"]] = path
    return dict(sorted(sets.items(), key=lambda item: (item[0] != "dev", item[0])))


def news_key(name: str) -> str:
    """The key of a set's scores in ``run``'s result: "news" for dev, "news_<name>" otherwise."""
    return "news" if name == "dev" else f"news_{name}"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.findall(r"\w+", APOSTROPHES.sub("", letters))
    return " ".join(w for w in words if w not in GENERIC_PLACE_WORDS)


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@dataclass
class Score:
    """Counts for precision and recall, with the misses kept for inspection."""

    found: int = 0
    gold: int = 0
    matched_found: int = 0
    matched_gold: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, found: list, gold: list, same, tag: str) -> None:
        """Count one article: ``same(found_item, gold_item)`` decides a match."""
        self.found += len(found)
        self.gold += len(gold)
        used: set[int] = set()
        for g in gold:
            hit = next((i for i, f in enumerate(found) if i not in used and same(f, g)), None)
            if hit is None:
                self.misses.append(f"{tag} missed {g}")
            else:
                used.add(hit)
                self.matched_gold += 1
        self.matched_found += len(used)
        self.misses.extend(f"{tag} spurious {f}" for i, f in enumerate(found) if i not in used)


def place_matches(found: dict, gold: dict) -> bool:
    if not overlaps(found["start"], found["end"], gold["start"], gold["end"]):
        return False
    if name_key(found["name"]) in {name_key(n) for n in gold["name"]}:
        return True
    if found["kind"] == "country" and "lat" not in gold:
        return found["country"] == gold["country"]
    if "lat" in gold and found["lat"] is not None:
        return geodesic((found["lat"], found["lon"]), (gold["lat"], gold["lon"])).km <= MATCH_KM
    return False


def date_matches(found: dict, gold: dict) -> bool:
    return (
        overlaps(found["start"], found["end"], gold["start"], gold["end"])
        and found["value"] == gold["value"]
    )


def counts_agree(found: list[int], gold: list[int]) -> bool:
    return sorted(found) == sorted(gold) or sum(found) == sum(gold)


@dataclass
class CasualtyScore:
    sentences: int = 0
    right: int = 0
    spurious: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.sentences if self.sentences else 1.0


def _optional(value: object) -> float | None:
    return None if pd.isna(value) else float(value)


def load_articles(path: Path) -> pd.DataFrame:
    articles = loading.load_paths([path])
    problems = articles["error"].dropna()
    if not problems.empty:
        raise ValueError(f"{path.name}: {list(problems)}")
    return articles


def evaluate_news(lang: str, pipelines: Pipelines, *, split: str = "dev") -> dict:
    """Place, date and casualty scores of one language's news passages of one set."""
    path = news_sets()[split][lang]
    records = {r["id"]: r for r in read_jsonl(path)}
    articles = load_articles(path)
    mentions = extract_mentions(articles, pipelines)
    places, dates, casualties = Score(), Score(), CasualtyScore()
    nlp = pipelines.get(lang)
    for article_id, record in records.items():
        rows = mentions[mentions["article_id"] == article_id]
        tag = f"[{article_id}]"
        found_places = [
            {
                "text": r.text,
                "start": int(r.start),
                "end": int(r.end),
                "name": str(r.place_name),
                "kind": str(r.place_kind),
                "country": str(r.country_code),
                "lat": _optional(r.lat),
                "lon": _optional(r.lon),
            }
            for r in rows[rows["kind"] == "place"].itertuples()
        ]
        places.add(found_places, record["places"], place_matches, tag)
        found_dates = [
            {"text": r.text, "start": int(r.start), "end": int(r.end), "value": str(r.value)}
            for r in rows[rows["kind"] == "date"].itertuples()
        ]
        dates.add(found_dates, record["dates"], date_matches, tag)

        doc = nlp(record["text"])
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
        starts = [b[0] for b in bounds]

        def sentence_of(offset: int, starts: list[int] = starts) -> int:
            return bisect.bisect_right(starts, offset) - 1

        gold_by_sentence: dict[int, dict[str, list[int]]] = {}
        for fact in record["casualties"]:
            if fact["count"] is not None:
                by_type = gold_by_sentence.setdefault(sentence_of(fact["start"]), {})
                by_type.setdefault(fact["type"], []).append(fact["count"])
        found_by_sentence: dict[int, dict[str, list[int]]] = {}
        for r in rows[rows["kind"] == "casualty"].itertuples():
            if not pd.isna(r.count):
                by_type = found_by_sentence.setdefault(sentence_of(int(r.start)), {})
                by_type.setdefault(str(r.casualty_type), []).append(int(r.count))
        for index, gold in gold_by_sentence.items():
            found = found_by_sentence.get(index, {})
            casualties.sentences += 1
            if all(counts_agree(found.get(t, []), gold.get(t, [])) for t in set(gold) | set(found)):
                casualties.right += 1
            else:
                text = record["text"][slice(*bounds[index])]
                casualties.misses.append(f"{tag} gold {gold} found {found}: {text}")
        for index, found in found_by_sentence.items():
            if index not in gold_by_sentence:
                casualties.spurious += 1
                text = record["text"][slice(*bounds[index])]
                casualties.misses.append(f"{tag} spurious {found}: {text}")
    return {"places": places, "dates": dates, "casualties": casualties}


@dataclass
class NoteScore:
    notes: int = 0
    one_incident: int = 0
    date_right: int = 0
    place_right: int = 0
    killed_stated: int = 0
    killed_right: int = 0
    types: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def share(self, count: int, of: int | None = None) -> float:
        total = self.notes if of is None else of
        return count / total if total else 1.0


def _main_incident(incidents: pd.DataFrame, text: str) -> pd.Series | None:
    """The incident whose evidence starts earliest in the note."""
    if incidents.empty:
        return None

    def first_position(evidence: str) -> int:
        sentence = str(evidence).split(" | ")[0].split("] ", 1)[-1]
        position = text.find(sentence)
        return position if position >= 0 else len(text)

    order = incidents["evidence"].map(first_position)
    return incidents.loc[order.idxmin()]


def evaluate_notes(path: Path, pipelines: Pipelines, geocoder) -> NoteScore:
    """Date, location and toll of the incident each note gives."""
    records = {r["id"]: r for r in read_jsonl(path)}
    articles = load_articles(path)
    mentions = extract_mentions(articles, pipelines)
    score = NoteScore()
    for article_id, record in records.items():
        article = articles[articles["article_id"] == article_id]
        rows = mentions[mentions["article_id"] == article_id]
        incidents = build_incidents(article, rows, geocoder=geocoder)
        score.notes += 1
        score.one_incident += len(incidents) == 1
        incident = _main_incident(incidents, record["text"])
        problems = []
        if incident is None:
            problems.append("no incident")
        else:
            score.types[str(incident["incident_type"])] += 1
            day = pd.Timestamp(record["date"])
            if incident["date_start"] == day and incident["date_end"] == day:
                score.date_right += 1
            else:
                problems.append(f"date {incident['date_start']}..{incident['date_end']}")
            if pd.notna(incident["lat"]) and (
                geodesic((incident["lat"], incident["lon"]), (record["lat"], record["lon"])).km
                <= MATCH_KM
            ):
                score.place_right += 1
            else:
                problems.append(f"place {incident['place']} ({incident['country_code']})")
        if record["killed"] is not None:
            score.killed_stated += 1
            killed = None if incident is None else incident["killed"]
            if killed is not None and not pd.isna(killed) and int(killed) == record["killed"]:
                score.killed_right += 1
            else:
                problems.append(f"killed {killed} not {record['killed']}")
        if len(incidents) > 1:
            problems.append(f"{len(incidents)} incidents")
        if problems:
            score.misses.append(f"[{article_id}] {'; '.join(problems)}: {record['text']}")
    return score


def run(pipelines: Pipelines | None = None, gazetteer: Gazetteer | None = None) -> dict:
    """All figures: news scores by language under ``news`` for the dev set and ``news_<name>`` for
    each other set (``news_holdout``, ``news_holdout2``), and note scores by set."""
    gazetteer = gazetteer or Gazetteer.load()
    pipelines = pipelines or Pipelines(gazetteer)
    geocoder = make_geocoder(gazetteer, online=False)
    results = {
        news_key(name): {lang: evaluate_news(lang, pipelines, split=name) for lang in files}
        for name, files in news_sets().items()
    }
    results["notes"] = {
        name: evaluate_notes(DATA / file, pipelines, geocoder) for name, file in NOTE_SETS.items()
    }
    return results


def _news_sets(results: dict) -> list[tuple[str, str, dict]]:
    """(language, set, scores) rows, each language's dev set followed by its other sets."""
    names = {key: "dev" if key == "news" else key.removeprefix("news_") for key in results}
    return [
        (lang, names[key], scores[lang])
        for lang in NEWS_LANGUAGES
        for key, scores in results.items()
        if key.startswith("news") and lang in scores
    ]


def report(results: dict, *, verbose: bool = False) -> str:
    lines = ["news            places P / R / F1     dates P / R / F1      casualty sentences"]
    for lang, split, scores in _news_sets(results):
        p, d, c = scores["places"], scores["dates"], scores["casualties"]
        lines.append(
            f"  {lang} {split:8s}{p.precision:5.2f} {p.recall:5.2f} {p.f1:5.2f} (n={p.gold:3d})"
            f"   {d.precision:5.2f} {d.recall:5.2f} {d.f1:5.2f} (n={d.gold:3d})"
            f"   {c.accuracy:5.2f} ({c.right}/{c.sentences}; {c.spurious} spurious)"
        )
    lines.append("notes        date exact   place <=25 km   killed right   one incident")
    for name, s in results["notes"].items():
        lines.append(
            f"  {name:8s}   {s.share(s.date_right):9.2f}   {s.share(s.place_right):12.2f}"
            f"   {s.share(s.killed_right, s.killed_stated):7.2f} (n={s.killed_stated:2d})"
            f"   {s.share(s.one_incident):11.2f}   (n={s.notes})"
        )
        lines.append(f"             types: {dict(s.types.most_common())}")
    if verbose:
        for lang, split, scores in _news_sets(results):
            for kind, score in scores.items():
                for miss in score.misses:
                    lines.append(f"{lang} {split} {kind}: {miss}")
        for name, s in results["notes"].items():
            for miss in s.misses:
                lines.append(f"notes {name}: {miss}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    print(report(run(), verbose=args.verbose))


if __name__ == "__main__":
    main()
