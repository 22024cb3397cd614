"""Scale: extraction into the store on 1 and 2 workers, re-runs, and the dashboard at 100k.

    python bench/bench_scale.py [--articles 100000] [--worker-articles N]
                                [--rerun-articles 10000] [--incidents 100000] [--skip-full]

1. Builds a synthetic corpus: made-up reports of made-up events in Romanian, Hungarian and
   English, from varied templates (cities of the gazetteer, counts, dates, phrasings, filler
   sentences); most events are told by several articles in different languages, as the news
   does. No real events.
2. Extracts the articles (or the first ``--worker-articles``) on 1 worker and on 2 workers,
   each into a fresh store, and prints words/s and the speed-up (target: 2 workers >= 1.7x
   one) with the CPU time of all processes.
3. Runs the command line twice on the first ``--rerun-articles`` articles with the same store:
   the second run has nothing to extract and must take < 1/20 of the first.
4. Runs the command line on all ``--articles`` articles with 2 workers (end to end: loading,
   extraction, incidents, CSV files; target < 15 minutes) and prints the peak memory.
5. Puts ``--incidents`` synthetic incidents in a store and times what the dashboard does:
   reading the store, filtering (``components.filters.apply``), building the timeline and the
   map, the map grouping nearby incidents above 5,000 markers (targets: load < 5 s, filter
   < 500 ms). Then the page in Chromium, from server start to drawn page: on that store as
   no page has read it, a new tab, a country filter, a restarted server, and a server started
   after a write made as the command line makes one (it keeps what the page opens on).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components import schema  # noqa: E402

# ----------------------------------------------------------------------------- corpus

COUNTRIES = ("UA", "RU", "RO", "MD", "PL", "HU", "BY", "IL", "SY", "LB", "TR", "GE", "AZ", "IQ")
CITIES_PER_COUNTRY = 40

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
    "noiembrie decembrie",
    "hu": "január február március április május június július augusztus szeptember október "
    "november december",
}
# Hungarian day numbers take -án/-én/-jén as they are pronounced.
HU_DAY_SUFFIX = {
    1: "jén", 2: "án", 3: "án", 4: "én", 5: "én", 6: "án", 7: "én", 8: "án", 9: "én", 10: "én",
    11: "én", 12: "én", 13: "án", 14: "én", 15: "én", 16: "án", 17: "én", 18: "án", 19: "én",
    20: "án", 21: "jén", 22: "én", 23: "án", 24: "én", 25: "én", 26: "án", 27: "én", 28: "án",
    29: "én", 30: "án", 31: "én",
}  # fmt: skip
NUMBER_WORDS = {
    "en": {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"},
    "ro": {3: "trei", 4: "patru", 5: "cinci", 6: "șase", 7: "șapte", 8: "opt", 9: "nouă"},
    "hu": {3: "három", 4: "négy", 5: "öt", 6: "hat", 7: "hét", 8: "nyolc", 9: "kilenc"},
}
YESTERDAY = {"en": "yesterday", "ro": "ieri", "hu": "tegnap"}

KINDS = ("missile", "drone", "shelling", "explosion", "air")

LEADS = {
    "en": {
        "missile": [
            "A missile strike hit {city} on {date}, killing {k} people and injuring {i}, "
            "local officials said.",
            "Russian missiles struck {city} {date_rel}, leaving {k} dead and {i} wounded.",
            "At least {k} people were killed when a ballistic missile hit {site} in {city} on "
            "{date}.",
        ],
        "drone": [
            "A drone attack on {city} on {date} killed {k} civilians and wounded {i} others.",
            "Drones struck {site} in {city} {date_rel}; {i} people were injured.",
            "{K} people died after kamikaze drones hit {city} overnight on {date}, the "
            "governor said.",
        ],
        "shelling": [
            "Shelling of {city} on {date} wounded {i} people, including {c} children.",
            "Artillery fire hit {city} {date_rel}, killing {k} residents.",
        ],
        "explosion": [
            "An explosion at {site} in {city} on {date} injured {i} workers; no deaths were "
            "reported.",
            "A blast tore through {site} in {city} on {date}, killing {k} and injuring {i}.",
        ],
        "air": [
            "An air strike on {city} on {date} killed {k} people, rescuers said.",
            "Warplanes bombed {site} in {city} {date_rel}, wounding {i} people.",
        ],
    },
    "ro": {
        "missile": [
            "Un atac cu rachete a lovit {city} pe {date}, ucigând {k} persoane și rănind alte "
            "{i}, au anunțat autoritățile locale.",
            "Rachete rusești au lovit orașul {city} {date_rel}: {k} morți și {i} răniți.",
            "Cel puțin {k} oameni au murit după ce o rachetă balistică a lovit {site} din {city} "
            "pe {date}.",
        ],
        "drone": [
            "Un atac cu drone asupra orașului {city} din {date} a ucis {k} civili și a rănit "
            "alți {i}.",
            "Drone kamikaze au lovit {site} din {city} {date_rel}; {i} persoane au fost rănite.",
        ],
        "shelling": [
            "Bombardamentele de artilerie asupra orașului {city} din {date} au rănit {i} "
            "persoane, printre care {c} copii.",
            "Obuzele au căzut {date_rel} peste {city}, ucigând {k} locuitori.",
        ],
        "explosion": [
            "O explozie la {site} din {city} a rănit pe {date} {i} muncitori; nu s-au "
            "înregistrat morți.",
            "O explozie puternică a avut loc la {site} din {city} pe {date}: {k} morți și {i} "
            "răniți.",
        ],
        "air": [
            "Un atac aerian asupra orașului {city} din {date} a ucis {k} oameni, au transmis "
            "salvatorii.",
            "Avioane de luptă au bombardat {site} din {city} {date_rel}, rănind {i} persoane.",
        ],
    },
    "hu": {
        "missile": [
            "Rakétatámadás érte {city} városát {date}, a támadásban {k} ember meghalt és {i} "
            "megsebesült, közölték a helyi hatóságok.",
            "Orosz rakéták csapódtak be {city} térségében {date_rel}, {k} ember meghalt, {i} "
            "megsérült.",
        ],
        "drone": [
            "Dróntámadás érte {city} városát {date}, {k} civil meghalt és {i} megsebesült.",
            "Legalább {k} ember vesztette életét {city} közelében egy éjszakai dróntámadásban "
            "{date}, közölte a kormányzó.",
        ],
        "shelling": [
            "Tüzérségi támadás érte {city} városát {date}, {i} ember megsebesült, köztük {c} "
            "gyerek.",
            "Aknavetővel lőtték {city} környékén {date_rel} a lakónegyedet, {k} lakos meghalt.",
        ],
        "explosion": [
            "Robbanás történt egy üzemanyagraktárban {city} közelében {date}, {i} dolgozó "
            "megsérült, halálos áldozat nincs.",
            "Felrobbant egy autóbomba {city} városában {date}, {k} ember meghalt és {i} "
            "megsebesült.",
        ],
        "air": [
            "Légicsapás érte {city} városát {date}, {k} ember meghalt, közölték a mentők.",
            "Vadászgépek bombázták {city} külvárosában {date_rel} a lakóházakat, {i} ember "
            "megsebesült.",
        ],
    },
}
SITES = {
    "en": ["a power plant", "a hospital", "an apartment block", "the railway station",
           "a fuel depot", "the port", "a school", "a market"],
    "ro": ["o centrală electrică", "un spital", "un bloc de locuințe", "gara", "un depozit de "
           "combustibil", "portul", "o școală", "o piață"],
    "hu": ["erőművet", "kórházat", "lakóházat", "vasútállomást", "olajraktárt", "kikötőt",
           "iskolát", "piacot"],
}  # fmt: skip
FILLERS = {
    "en": [
        "Emergency crews worked through the night to clear the rubble.",
        "The attack damaged {n} residential buildings and cut power to thousands of homes.",
        "Air defences intercepted {n} of the {m} drones launched, the air force said.",
        "Residents were urged to stay in shelters until the all-clear.",
        "The mayor said schools would stay closed for {n} days.",
        "Prosecutors have opened an investigation into the attack.",
        "Photos shared by the emergency service showed burning cars and shattered windows.",
        "Rail traffic through the region was suspended for {n} hours.",
        "The foreign ministry condemned the strike as a deliberate attack on civilians.",
        "Officials said {n} apartments would need to be rebuilt.",
        "Aid groups set up tents and field kitchens near the damaged blocks.",
        "The regional administration declared a day of mourning.",
    ],
    "ro": [
        "Echipele de intervenție au lucrat toată noaptea pentru a înlătura dărâmăturile.",
        "Atacul a avariat {n} clădiri și a lăsat fără curent mii de locuințe.",
        "Apărarea antiaeriană a interceptat {n} din cele {m} drone lansate, potrivit armatei.",
        "Locuitorii au fost sfătuiți să rămână în adăposturi până la încetarea alertei.",
        "Primarul a anunțat că școlile vor rămâne închise {n} zile.",
        "Procurorii au deschis o anchetă privind atacul.",
        "Imaginile publicate de serviciul de urgență arată mașini incendiate și geamuri sparte.",
        "Circulația trenurilor în regiune a fost suspendată timp de {n} ore.",
        "Ministerul de Externe a condamnat atacul, numindu-l o lovitură deliberată.",
        "Autoritățile spun că {n} apartamente vor trebui reconstruite.",
        "Organizațiile umanitare au instalat corturi și bucătării de campanie.",
        "Administrația regională a decretat zi de doliu.",
    ],
    "hu": [
        "A mentőegységek egész éjjel dolgoztak a romok eltakarításán.",
        "A támadás {n} épületet rongált meg, több ezer háztartás maradt áram nélkül.",
        "A légvédelem a {m} indított drónból {n} darabot semmisített meg a hadsereg szerint.",
        "A lakosokat arra kérték, hogy maradjanak az óvóhelyeken a riadó végéig.",
        "A polgármester szerint az iskolák {n} napig zárva maradnak.",
        "Az ügyészség vizsgálatot indított a támadás ügyében.",
        "A katasztrófavédelem fotóin égő autók és betört ablakok láthatók.",
        "A vasúti forgalmat {n} órára leállították a térségben.",
        "A külügyminisztérium elítélte a csapást.",
        "A hatóságok szerint {n} lakást kell újjáépíteni.",
        "A segélyszervezetek sátrakat és tábori konyhákat állítottak fel.",
        "A megyei vezetés gyásznapot hirdetett.",
    ],
}
SEPARATE = {
    "en": "In a separate attack on {date}, {city} was hit by shelling and {i} people were hurt.",
    "ro": "Într-un alt atac, pe {date}, orașul {city} a fost bombardat, iar {i} persoane au "
    "fost rănite.",
    "hu": "Egy másik támadásban {date} {city} városát lőtték, {i} ember megsérült.",
}
TITLES = {
    "en": "Deadly attack on {city}",
    "ro": "Atac soldat cu victime la {city}",
    "hu": "Halálos támadás {city} városában",
}


def gazetteer_cities(per_country: int = CITIES_PER_COUNTRY) -> list[tuple[str, str]]:
    """(name, country code) of the most populous cities of some countries, from the gazetteer."""
    from components.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    best: dict[str, list[tuple[int, str]]] = {code: [] for code in COUNTRIES}
    for row in range(len(gazetteer)):
        if gazetteer.kind(row) != "city":
            continue
        code = gazetteer.country_code(row)
        if code in best:
            best[code].append((gazetteer.population(row), gazetteer.place(row).name))
    cities = []
    for code, found in best.items():
        names = dict.fromkeys(n for _, n in sorted(found, reverse=True) if " " not in n)
        cities.extend((name, code) for name in list(names)[:per_country])
    return cities


def _date_text(lang: str, day: dt.date, *, with_year: bool) -> str:
    month = MONTHS[lang].split()[day.month - 1]
    if lang == "en":
        return f"{day.day} {month}" + (f" {day.year}" if with_year else "")
    if lang == "ro":
        return f"{day.day} {month}" + (f" {day.year}" if with_year else "")
    year = f"{day.year}. " if with_year else ""
    return f"{year}{month} {day.day}-{HU_DAY_SUFFIX[day.day]}"


def _count(rng: random.Random, lang: str, n: int) -> str:
    if n in NUMBER_WORDS[lang] and rng.random() < 0.3:
        return NUMBER_WORDS[lang][n]
    return str(n)


def synthetic_articles(n: int, *, seed: int = 7, cities=None) -> pd.DataFrame:
    """``n`` made-up articles (the articles table): most events told by 1-4 articles."""
    rng = random.Random(seed)
    cities = cities or gazetteer_cities()
    rows = []
    first_day = dt.date(2022, 3, 1)
    event = None
    told = 0
    for index in range(n):
        if event is None or told >= event["reports"]:
            city, _ = rng.choice(cities)
            event = {
                "city": city,
                "day": first_day + dt.timedelta(days=rng.randrange(3 * 365)),
                "kind": rng.choice(KINDS),
                "k": rng.choice([0, 1, 1, 2, 2, 3, 4, 5, 6, 8, 11, 14, 23]),
                "i": rng.choice([1, 2, 3, 4, 5, 7, 9, 12, 16, 20, 31, 45]),
                "reports": rng.choice([1, 1, 2, 2, 3, 4]),
            }
            told = 0
        told += 1
        lang = ("ro", "hu", "en")[rng.randrange(3)]
        lag = rng.choice([0, 0, 1, 1, 2])
        published = event["day"] + dt.timedelta(days=lag)
        date_text = _date_text(lang, event["day"], with_year=rng.random() < 0.4)
        rel = YESTERDAY[lang] if lag == 1 else ("pe " if lang == "ro" else "") + date_text
        if lang == "en" and lag != 1:
            rel = f"on {date_text}"
        values = {
            "city": event["city"],
            "date": date_text,
            "date_rel": rel,
            "k": _count(rng, lang, event["k"]),
            "i": _count(rng, lang, event["i"]),
            "c": _count(rng, lang, max(1, event["i"] // 3)),
            "site": rng.choice(SITES[lang]),
        }
        values["K"] = values["k"][:1].upper() + values["k"][1:]
        sentences = [rng.choice(LEADS[lang][event["kind"]]).format(**values)]
        for filler in rng.sample(FILLERS[lang], rng.randrange(3, 8)):
            m = rng.randrange(10, 60)
            sentences.append(filler.format(n=rng.randrange(2, m), m=m))
        if rng.random() < 0.25:
            other_city, _ = rng.choice(cities)
            other_day = event["day"] - dt.timedelta(days=rng.randrange(2, 20))
            sentences.insert(
                rng.randrange(2, len(sentences) + 1),
                SEPARATE[lang].format(
                    date=_date_text(lang, other_day, with_year=True),
                    city=other_city,
                    i=_count(rng, lang, rng.randrange(1, 15)),
                ),
            )
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        text = "\n\n".join(paragraphs)
        rows.append(
            {
                "article_id": f"syn-{seed}-{index:06d}",
                "source_path": "synthetic",
                "title": TITLES[lang].format(city=event["city"]),
                "published": pd.Timestamp(published),
                "language": lang,
                "n_chars": len(text),
                "text": text,
            }
        )
    return schema.frame("articles", rows)


def write_jsonl(articles: pd.DataFrame, path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in articles.itertuples(index=False):
            record = {
                "id": row.article_id,
                "published": row.published.date().isoformat(),
                "language": row.language,
                "title": row.title,
                "text": row.text,
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- measuring


def words(articles: pd.DataFrame) -> int:
    return int(articles["text"].str.split().str.len().sum())


class PeakMemory:
    """Peak resident memory of this process and its children (sampled, MiB)."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                family = [self.process, *self.process.children(recursive=True)]
                total = sum(p.memory_info().rss for p in family if p.is_running())
            except psutil.Error:
                total = 0
            self.peak = max(self.peak, total / 2**20)
            self._stop.wait(0.2)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def snapshot_code(folder: Path) -> Path:
    """A copy of the package to run the command line from: the extractor versions (hashes of
    the code) stay the same through the benchmark even while the working tree is edited."""
    shutil.copytree(
        ROOT / "components", folder / "components", ignore=shutil.ignore_patterns("__pycache__")
    )
    return folder


def run_cli(code: Path, corpus: Path, db: Path, out: Path, *args: str) -> tuple[float, float, str]:
    """Seconds, peak memory (MiB, the command and its workers) and summary line of one run."""
    from components.gazetteer import cache_path
    from components.settings import CACHE_ENV

    env = {**os.environ, CACHE_ENV: str(cache_path().parent)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "components", "extract", str(corpus), "--db", str(db),
         "--out", str(out), *args],
        cwd=code, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    with PeakMemory(process.pid) as memory:
        stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode:
        raise RuntimeError(stderr)
    return seconds, memory.peak, stdout.strip()


def _spin(n: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(n):
        total += i
    return time.perf_counter() - started


def cpu_parallelism(n: int = 20_000_000) -> float:
    """How many times the work of one process two CPU-bound processes get done right now
    (2.0 on an idle 2-core machine; less while other jobs share it)."""
    import multiprocessing

    one = _spin(n)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, [1, 1])  # both workers started
        started = time.perf_counter()
        pool.map(_spin, [n, n])
        two = time.perf_counter() - started
    return 2 * one / two


def _cpu_seconds() -> float:
    """CPU time of this process, of its finished children, and of its living descendants with
    theirs (workers fork from a fork server, which outlives them and reaps them)."""
    import psutil

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    for process in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            times = process.cpu_times()
            total += times.user + times.system + times.children_user + times.children_system
    return total


def bench_workers(articles: pd.DataFrame, folder: Path) -> None:
    from components.parallel import language_versions, update_store
    from components.store import Store

    versions = language_versions()
    n_words = words(articles)
    timings, cpu = {}, {}
    for workers in (1, 2):
        store = Store(folder / f"workers-{workers}.duckdb")
        started, cpu_before = time.perf_counter(), _cpu_seconds()
        update_store(store, articles, workers=workers, versions=versions)
        timings[workers] = time.perf_counter() - started
        cpu[workers] = _cpu_seconds() - cpu_before
        print(
            f"extraction into the store, {workers} worker(s): {timings[workers]:.1f} s, "
            f"{n_words / timings[workers]:,.0f} words/s; CPU time of all its processes "
            f"{cpu[workers]:.1f} s"
        )
    same = (
        Store(folder / "workers-1.duckdb")
        .read_mentions()
        .equals(Store(folder / "workers-2.duckdb").read_mentions())
    )
    print(
        f"speed-up 2 workers / 1: {timings[1] / timings[2]:.2f}x (target >= 1.70); "
        f"same mentions: {same}"
    )
    print(
        f"  the machine now runs 2 CPU-bound processes at {cpu_parallelism():.2f}x one (2.00 "
        f"when no other job shares it); the work to share, CPU time, is {cpu[2] / cpu[1]:.2f}x "
        f"with 2 workers: on 2 free cores the speed-up would be at most {2 * cpu[1] / cpu[2]:.2f}x"
    )


def bench_rerun(code: Path, corpus: Path, folder: Path) -> None:
    db, out = folder / "rerun.duckdb", folder / "rerun-out"
    first, _, summary = run_cli(code, corpus, db, out, "--workers", "2")
    print(f"first run:  {first:.1f} s  {summary}")
    second, _, summary = run_cli(code, corpus, db, out, "--workers", "2")
    print(f"second run: {second:.1f} s  {summary}")
    print(f"second / first: {second / first:.3f} (target < 0.050)")


def bench_full(code: Path, corpus: Path, n_words: int, folder: Path) -> None:
    seconds, peak, summary = run_cli(
        code, corpus, folder / "full.duckdb", folder / "full-out", "--workers", "2"
    )
    print(f"end to end, 2 workers: {seconds:.0f} s ({seconds / 60:.1f} min, target < 15 min)")
    print(f"  {n_words / seconds:,.0f} words/s overall; peak memory {peak:,.0f} MiB")
    print(f"  {summary}")


def bench_dashboard(n: int, folder: Path) -> None:
    from components import charts, filters, first_page
    from components.corrections import dump_members
    from components.parallel import build_options
    from components.store import Store
    from components.synthetic import synthetic_incidents

    table = synthetic_incidents(n, seed=3)
    table["members"] = [dump_members({f"{s}:0:x": "en"}) for s in table["incident_id"]]
    store = Store(folder / "dashboard.duckdb")
    store.migrate()  # the file made, so that its extraction state is that of an empty store
    # Marked as built from the store's (empty) extraction with the page's options, so the
    # page timed below takes them as up to date rather than rebuilding them from articles.
    store.replace_incidents(table, f"{store.states()[0]}|{build_options(False)}")
    # A correction, so that reading pays for applying them.
    store.correct(table.loc[0, "incident_id"], "killed", 3, author="bench")

    started = time.perf_counter()
    incidents = store.read_incidents()
    read = time.perf_counter() - started
    started = time.perf_counter()
    colors = charts.color_map(charts.category(incidents, "incident_type"))
    timeline = charts.timeline(incidents, colors=colors)
    chart_map = charts.incident_map(incidents, colors=colors)
    draw = time.perf_counter() - started
    started = time.perf_counter()
    sizes = [len(fig.to_json()) / 2**20 for fig in (timeline, chart_map)]
    serialised = time.perf_counter() - started
    print(f"dashboard, {len(incidents):,} incidents in the store:")
    print(
        f"  load: store read {read:.2f} s + timeline and map {draw:.2f} s = "
        f"{read + draw:.2f} s (target < 5 s); to JSON for the browser {serialised:.2f} s"
    )
    points = sum(len(t.lat) for t in chart_map.data if t.lat is not None)
    marks = sum(len(t.x) for t in timeline.data if (t.meta or {}).get("role") == "incidents")
    print(
        f"  map: {points:,} markers, {sizes[1]:.1f} MiB; timeline: {marks:,} markers, "
        f"{sizes[0]:.1f} MiB (above {charts.MAX_POINTS:,} incidents both group them)"
    )
    flt = filters.IncidentFilter(
        countries=("UA",),
        date_from=dt.date(2023, 1, 1),
        date_to=dt.date(2024, 6, 30),
        incident_types=("missile strike", "drone strike"),
        min_casualties=1,
    )
    started = time.perf_counter()
    kept = filters.apply(incidents, flt)
    filtered = time.perf_counter() - started
    started = time.perf_counter()
    charts.timeline(kept, colors=colors)
    charts.incident_map(kept, colors=colors)
    redraw = time.perf_counter() - started
    print(
        f"  filter: {filtered * 1000:.0f} ms for {len(kept):,} of {len(incidents):,} rows "
        f"(target < 500 ms); charts of the filtered rows {redraw * 1000:.0f} ms"
    )

    def write_as_the_command_line() -> None:
        # A new state of the store, then what the command line does after writing one: it
        # makes and keeps the page's tables, filter choices and opening charts.
        store.correct(table.loc[1, "incident_id"], "injured", 2, author="bench")
        first_page.prepare(store, store.generation())

    dashboard_page(store.path, folder, write_as_the_command_line)


_CAPTION_CHANGED = """([done, old]) => [...document.querySelectorAll('p')].some(
    (p) => p.textContent.includes(done) && p.textContent.trim() !== old)"""
TIMELINE_DRAWN = ".js-plotly-plot .scatterlayer path.point, .js-plotly-plot .gl-container canvas"


def dashboard_page(db: Path, folder: Path, write: Callable[[], None]) -> None:
    """The real page on that store in Chromium: server start to drawn page, a country picked
    in the sidebar until the page is drawn again, a new tab, a restarted server, and a server
    started after ``write`` wrote the store as the command line does."""
    from tests import browser_support as bs

    if not bs.chromium_path():
        print("  page: skipped, no Chromium")
        return
    from playwright.sync_api import sync_playwright

    empty = folder / "no-articles"
    empty.mkdir(exist_ok=True)
    env = {"INCIDENTS_DB": str(db), "INCIDENTS_ARTICLES_DIR": str(empty)}
    with sync_playwright() as playwright:
        browser = bs.launch_chromium(playwright)
        started = time.perf_counter()
        server = bs.start_server(folder / "page.log", env=env)
        try:
            page = _drawn_page(browser, server.url)
            opened = time.perf_counter() - started
            first_run = page.locator(bs.DONE).first.inner_text().strip()
            shown = bs.metric(page, "Incidents")
            started = time.perf_counter()
            bs.choose_in_multiselect(page, "Country", "Ukraine")
            # The run the choice starts has ended when its closing caption replaces this one.
            page.wait_for_function(
                _CAPTION_CHANGED, arg=[bs.DONE_TEXT, first_run], polling="raf", timeout=300_000
            )
            bs.wait_until_drawn(page, timeout_ms=300_000, points=False)
            changed = time.perf_counter() - started
            after = bs.metric(page, "Incidents")
            caption = page.locator(bs.DONE).first.inner_text().strip()
            # Another analyst opening the page on the running server.
            started = time.perf_counter()
            other = _drawn_page(browser, server.url)
            new_tab = time.perf_counter() - started
            # Closed, as the analyst's tabs of a stopped server would keep trying to reconnect.
            page.context.close()
            other.context.close()
        finally:
            server.stop()
        # The next morning: the server started again over the same store, which the page
        # read before (its tables, choices and charts are kept on disk).
        started = time.perf_counter()
        server = bs.start_server(folder / "page-again.log", env=env)
        try:
            page = _drawn_page(browser, server.url)
            restarted = time.perf_counter() - started
            restart_run = page.locator(bs.DONE).first.inner_text().strip()
        finally:
            server.stop()
        write()
        started = time.perf_counter()
        server = bs.start_server(folder / "page-written.log", env=env)
        try:
            page = _drawn_page(browser, server.url)
            written = time.perf_counter() - started
            written_run = page.locator(bs.DONE).first.inner_text().strip()
        finally:
            server.stop()
            browser.close()
    print(
        f"  page in Chromium, {shown} incidents (target < 5 s from server start):\n"
        f"    first page on a store no page has read: {opened:.2f} s ({first_run})\n"
        f"    a restarted server over that store: {restarted:.2f} s ({restart_run})\n"
        f"    first page after the command line wrote the store: {written:.2f} s ({written_run})\n"
        f"    a new tab on the running server: {new_tab:.2f} s\n"
        f"    country filter to drawn page: {changed:.2f} s, {after} incidents ({caption})"
    )


def _drawn_page(browser, url: str):
    from tests import browser_support as bs

    page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
    page.goto(url)
    bs.wait_until_drawn(page, timeout_ms=300_000, points=False)
    # Big timelines are drawn with WebGL: points on a canvas rather than SVG paths.
    page.wait_for_selector(TIMELINE_DRAWN, state="attached", timeout=300_000)
    return page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rerun-articles", type=int, default=10_000)
    # The whole corpus by default (the issue's 100,000 articles); fewer make the workers'
    # start (interpreter, gazetteer, pipelines: a few seconds) a larger part of what is timed.
    parser.add_argument("--worker-articles", type=int, default=None)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--skip-full", action="store_true", help="skip the end-to-end run")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        articles = synthetic_articles(args.articles)
        n_words = words(articles)
        corpus = folder / "corpus.jsonl"
        write_jsonl(articles, corpus)
        small = articles.iloc[: args.rerun_articles].reset_index(drop=True)
        small_corpus = folder / "small.jsonl"
        write_jsonl(small, small_corpus)
        print(
            f"corpus: {len(articles):,} articles, {n_words:,} words "
            f"({articles['language'].value_counts().to_dict()}), built in "
            f"{time.perf_counter() - started:.0f} s; cores: {os.cpu_count()}"
        )
        some = articles.iloc[: args.worker_articles or len(articles)].reset_index(drop=True)
        bench_workers(some, folder)
        code = snapshot_code(folder / "code")
        bench_rerun(code, small_corpus, folder)
        if not args.skip_full:
            bench_full(code, corpus, n_words, folder)
        bench_dashboard(args.incidents, folder)
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this benchmark process: {own:,.0f} MiB")


if __name__ == "__main__":
    main()
