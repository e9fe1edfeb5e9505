"""MT throughput: the workbench pipeline vs raw CTranslate2 vs argostranslate, one text at a time.

A random Transformer of realistic shape (6 layers, d_model 512, 8k vocabulary, outputs of about
20 tokens) is built locally and installed as an Argos package. The same sentences go through:
  raw       one ``translate_batch`` call on pre-tokenised input (the limit);
  pipeline  ``workbench.mt.pipeline.translate_documents`` on a SQLite document, with the seed
            termbase: tokenising, TM look-up, term protection and fixing, saving drafts (and once
            more without a termbase, to show what the termbase costs: random output contains
            none of the terms, so the fixer searches for every missing one);
  argos     ``argostranslate.translate.apply_packaged_translation`` per text (LibreTranslate's
            path; a sample, extrapolated).
Targets: pipeline >= 0.9x raw, pipeline >= 5x argos. Also times a fuzzy TM look-up.

    .venv/bin/python benchmarks/mt_benchmark.py [--sentences 1000] [--argos-sample 100] [--threads N]
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

BEAM_SIZE, NUM_HYPOTHESES, MAX_BATCH_TOKENS = 4, 3, 2048


def benchmark_sentences(count: int) -> list[str]:
    """Distinct sentences of news length, made from the seed article's sentences."""
    text = (REPO / "seeds" / "pohonia-battalion.en.txt").read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"(?<=[.!?”])\s+", text) if len(s.split()) >= 5]
    return [f"{sentences[n % len(sentences)]} ({n})" for n in range(count)]


class WholeText:
    """Sentence splitter for argos's path: the benchmark's texts are single sentences already."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--argos-sample", type=int, default=100, help="texts sent through argos one by one")
    parser.add_argument("--threads", type=int, default=os.cpu_count(),
                        help="CTranslate2 intra_threads (default: all cores)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="workbench-mt-bench-") as scratch:
        scratch = Path(scratch)
        os.environ["WORKBENCH_HOME"] = str(scratch / "home")
        os.environ.pop("WORKBENCH_DATABASE_URL", None)
        run(args, scratch)


def run(args, scratch: Path) -> None:
    import ctranslate2
    import sentencepiece

    from glossary.termbase import Termbase
    from mt_models import build_random_model, train_sentencepiece
    from workbench.db import Database
    from workbench.models import Document, Segment
    from workbench.mt.argos import ArgosEngine, build_package, install_package
    from workbench.mt.pipeline import translate_documents
    from workbench.tm import add_units, fuzzy_matches

    corpus = "\n".join((REPO / "seeds" / name).read_text(encoding="utf-8")
                       for name in ("pohonia-battalion.en.txt", "termbase.csv"))
    started = time.perf_counter()
    sp_model = train_sentencepiece(scratch / "sentencepiece", corpus)
    model_dir = build_random_model(scratch / "model", sp_model)
    package = install_package(build_package(model_dir, sp_model, "en", "ru", scratch / "en-ru.argosmodel"))
    print(f"model: 6 layers, d_model 512, vocabulary 8000, built in {time.perf_counter() - started:.1f} s; "
          f"{args.threads} CTranslate2 threads, beam {BEAM_SIZE}")

    texts = benchmark_sentences(args.sentences)
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(sp_model))
    tokens = tokenizer.encode(texts, out_type=str)
    translator = ctranslate2.Translator(str(model_dir), compute_type="auto", intra_threads=args.threads)
    started = time.perf_counter()
    results = translator.translate_batch(tokens, batch_type="tokens", max_batch_size=MAX_BATCH_TOKENS,
                                         beam_size=BEAM_SIZE, num_hypotheses=NUM_HYPOTHESES)
    raw_seconds = time.perf_counter() - started
    output_tokens = sum(len(result.hypotheses[0]) for result in results) / len(results)
    print(f"{len(texts)} sentences, {sum(map(len, tokens)) / len(tokens):.1f} tokens in, {output_tokens:.1f} out")

    database = Database(f"sqlite:///{scratch / 'bench.db'}")
    with database.session() as session:
        documents = [Document(title=name, source_lang="en", checksum=name) for name in ("termbase", "plain")]
        for document in documents:
            document.segments = [Segment(position=n, paragraph=n, source_text=text) for n, text in enumerate(texts)]
        session.add_all(documents)
    with (REPO / "seeds" / "termbase.csv").open(encoding="utf-8") as file:
        termbase = Termbase.from_rows(csv.DictReader(file))
    engine = ArgosEngine(threads=args.threads, num_hypotheses=NUM_HYPOTHESES, beam_size=BEAM_SIZE,
                         max_batch_tokens=MAX_BATCH_TOKENS)
    engine.translate(["Warm-up: load the model."], "en", "ru")
    pipeline_seconds = {}
    for document, document_termbase in zip(documents, (termbase, None)):
        started = time.perf_counter()
        [report] = translate_documents(database, [document.id], ["ru"], {"argos": engine},
                                       termbase=document_termbase)
        pipeline_seconds[document.title] = time.perf_counter() - started
        assert report.drafted == len(texts), report

    from argostranslate import settings
    from argostranslate.translate import apply_packaged_translation

    argos_translator = ctranslate2.Translator(str(package.package_path / "model"), compute_type=settings.compute_type,
                                              intra_threads=args.threads)
    sample = texts[: args.argos_sample]
    started = time.perf_counter()
    for text in sample:
        apply_packaged_translation(package, text, argos_translator, WholeText(), num_hypotheses=1)
    argos_seconds = time.perf_counter() - started

    with database.session() as session:
        units = add_units(session, "en", "uk", ((f"{text} v{k}", f"переклад {k}") for text in texts for k in range(3)),
                          origin="bench")
    with database.session() as session:
        started = time.perf_counter()
        fuzzy_matches(session, texts[7] + " extra", "en", "uk")
        fuzzy_ms = (time.perf_counter() - started) * 1000

    raw, argos = rate(len(texts), raw_seconds), rate(len(sample), argos_seconds)
    pipeline = rate(len(texts), pipeline_seconds["termbase"])
    plain = rate(len(texts), pipeline_seconds["plain"])
    print(f"raw translate_batch   {raw:8.1f} sentences/s  ({raw_seconds:.1f} s)")
    print(f"workbench pipeline    {pipeline:8.1f} sentences/s  ({pipeline_seconds['termbase']:.1f} s, seed termbase)")
    print(f"  without termbase    {plain:8.1f} sentences/s  ({pipeline_seconds['plain']:.1f} s, "
          f"{plain / raw:.2f}x raw)")
    print(f"argostranslate 1-by-1 {argos:8.1f} sentences/s  ({argos_seconds:.1f} s for {len(sample)})")
    for name, ratio, target in (("raw", pipeline / raw, 0.9), ("argos", pipeline / argos, 5.0)):
        print(f"pipeline / {name:<5} = {ratio:5.2f}x  (target >= {target}x: {'met' if ratio >= target else 'MISSED'})")
    print(f"fuzzy TM look-up over {units} units: {fuzzy_ms:.0f} ms")


if __name__ == "__main__":
    main()
