"""Start-up of ``workbench glossary fix`` on a 100k-concept termbase: cold (no compiled
termbase on disk) against warm (the one the previous run left under WORKBENCH_HOME).

    .venv/bin/python benchmarks/termbase_start.py [--concepts 100000] [--runs 3]

Builds a throwaway WORKBENCH_HOME whose SQLite database holds ``--concepts`` person concepts
(an English name, its preferred Belarusian spelling and a deprecated one), then times the
whole command, process start included, fixing a few drafts, next to the same command on an empty
termbase (what starting Python and importing the CLI cost, whatever the termbase), and the
termbase's own part of a warm start measured in this process. Warm and cold runs must print the
same fixes. Target (issue 13): warm start under 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from glossary import enforcement  # noqa: E402
from glossary.compiled import open_termbase  # noqa: E402
from glossary.models import Concept, Term  # noqa: E402
from glossary_benchmark import synthetic_names  # noqa: E402
from workbench.db import Database  # noqa: E402

TARGET_SECONDS = 1.0
ONSETS = ["б", "в", "д", "г", "к", "л", "м", "н", "п", "р", "с", "т", "з", "ш", "ч", "ж"]
LATIN = {"б": "b", "в": "v", "д": "d", "г": "h", "к": "k", "л": "l", "м": "m", "н": "n", "п": "p", "р": "r",
         "с": "s", "т": "t", "з": "z", "ш": "sh", "ч": "ch", "ж": "zh", "а": "a", "о": "o", "у": "u", "э": "e", "і": "i"}
VOWELS = ["а", "о", "у", "э", "і"]
ENDINGS = ["віч", "ка", "енка", "ук", "ак"]


def synthetic_surnames(count: int, rng: random.Random) -> list[str]:
    return synthetic_names(count, rng, ONSETS, VOWELS, ENDINGS)  # Belarusian letters, which latin() reads back


def latin(name: str) -> str:
    return "".join(LATIN.get(letter, letter) for letter in name.lower()).capitalize()


def build(database: Database, surnames: list[str]) -> None:
    with database.session() as session:
        session.execute(insert(Concept), [{"key": f"person-{n:06d}", "kind": "person", "note": ""} for n in range(len(surnames))])
        ids = session.scalars(select(Concept.id).order_by(Concept.id)).all()
        rows = []
        for concept_id, name in zip(ids, surnames):
            wrong = name[:-1] + "ой" if name.endswith("а") else name + "ы"  # a careless rendering
            for lang, text, status in (("en", latin(name), "preferred"), ("be", name, "preferred"), ("be", wrong, "deprecated")):
                rows.append({"concept_id": concept_id, "lang": lang, "text": text, "folded": text.casefold(),
                             "status": status, "forms": {}, "note": ""})
        session.execute(insert(Term), rows)


def drafts(surnames: list[str], rng: random.Random, count: int = 20) -> str:
    lines = []
    for _ in range(count):
        name = rng.choice(surnames)
        wrong = name[:-1] + "ой" if name.endswith("а") else name + "ы"
        lines.append(f"{latin(name)} met the minister.\t{wrong} сустрэўся з міністрам.")
    return "".join(line + "\n" for line in lines)


def fix(home: str, text: str) -> tuple[float, str]:
    environment = {**os.environ, "WORKBENCH_HOME": home, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", "from workbench.cli import main; main()", "glossary", "fix", "--lang", "be"], input=text,
                          capture_output=True, text=True, env=environment, check=True)
    return time.perf_counter() - started, done.stdout


def warm_in_process(database: Database, home: str, text: str) -> float:
    """Seconds to open the compiled termbase and fix ``text`` in this process (imports done)."""
    started = time.perf_counter()
    with database.session() as session:
        termbase = open_termbase(session, Path(home) / "cache", ("be", "en"))
    for line in text.splitlines():
        source, _, draft = line.partition("\t")
        enforcement.fix(termbase, draft, "be", source=source, source_lang="en")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(13)
    surnames = synthetic_surnames(args.concepts, rng)
    text = drafts(surnames, rng)
    with tempfile.TemporaryDirectory() as empty:
        Database(f"sqlite:///{empty}/workbench.db").dispose()
        floor = statistics.median(fix(empty, text)[0] for _ in range(args.runs))
    with tempfile.TemporaryDirectory() as home:
        database = Database(f"sqlite:///{home}/workbench.db")
        started = time.perf_counter()
        build(database, surnames)
        print(f"built {args.concepts:,} concepts ({3 * args.concepts:,} terms) in {time.perf_counter() - started:.1f} s")
        cold_times, warm_times, outputs = [], [], set()
        for _ in range(args.runs):
            for path in Path(home).glob("cache/termbase-*"):
                path.unlink()
            seconds, cold_output = fix(home, text)
            cold_times.append(seconds)
            seconds, warm_output = fix(home, text)
            warm_times.append(seconds)
            outputs |= {cold_output, warm_output}
        cold, warm = statistics.median(cold_times), statistics.median(warm_times)
        in_process = warm_in_process(database, home, text)
        database.dispose()
        print(f"glossary fix on an empty termbase: {floor:.2f} s (starting Python, importing the CLI; median of {args.runs})")
        print(f"glossary fix, cold start: {cold:.2f} s (median of {args.runs})")
        print(f"glossary fix, warm start: {warm:.2f} s (median of {args.runs}); target < {TARGET_SECONDS} s: "
              f"{warm / TARGET_SECONDS:.2f}x; {cold / warm:.1f}x faster than cold")
        print(f"warm start's termbase part, in process: {in_process:.2f} s (open the compiled file, fix {len(text.splitlines())} lines)")
        print(f"same fixes cold and warm: {'yes' if len(outputs) == 1 else 'NO'}")


if __name__ == "__main__":
    main()
