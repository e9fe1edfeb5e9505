"""Background drafting: one worker vs two, and the queue vs the inline CLI run.

A random Transformer of realistic shape (6 layers, d_model 512, see tests/mt_models.py) is
built locally and installed as an Argos package; the seed termbase is loaded. The same draft
job (the same sentences, a fresh document each time) runs:
  inline    what `workbench translate DOC --to ru --threads 1` does, in this process;
  1 worker  `translate --queue` to one `workbench worker --mt-threads 1` process via Redis;
  2 workers the same on two worker processes.
Each run includes loading the model. Targets: 2 workers >= 1.6x the throughput of 1 (needs two
idle cores), and the queue's overhead over the inline run <= 10%.

    .venv/bin/python benchmarks/jobs_benchmark.py [--sentences 512] [--database-url URL]

A throwaway redis-server (Debian) runs for the benchmark. Default database: SQLite in a
temporary WORKBENCH_HOME; give --database-url to measure on PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "benchmarks")]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_redis(scratch: Path) -> tuple[subprocess.Popen, str]:
    import redis

    port = free_port()
    process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no", "--dir", str(scratch), "--daemonize", "no"],
                               stdout=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            return process, f"redis://127.0.0.1:{port}/0"
        except redis.ConnectionError:
            time.sleep(0.05)
    raise SystemExit("redis-server did not start")


def start_workers(count: int, log_dir: Path) -> list[subprocess.Popen]:
    logs = [log_dir / f"{count}-workers-{number}.log" for number in range(count)]
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", "from workbench.cli import main; main()", "worker", "--mt-threads", "1",
             "--queues", "mt"],
            cwd=REPO, env=os.environ.copy(), stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
        )
        for log in logs
    ]
    # Celery's start-up (a second or two) is not part of a job's time: wait until each is ready.
    for log in logs:
        while "ready." not in log.read_text():
            time.sleep(0.1)
    return workers


def stop_workers(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        os.killpg(worker.pid, signal.SIGTERM)
    for worker in workers:
        worker.wait()


def add_document(database, texts: list[str], title: str) -> int:
    from workbench.models import Document, Segment

    with database.session() as session:
        document = Document(title=title, source_lang="en", checksum=title)
        document.segments = [Segment(position=n, paragraph=n, source_text=text) for n, text in enumerate(texts)]
        session.add(document)
        session.flush()
        return document.id


def queued_run(database, document_id: int, workers: int, log_dir: Path) -> float:
    from workbench.jobs.dispatch import submit
    from workbench.jobs.kinds.draft import draft_arguments
    from workbench.jobs.models import Job

    processes = start_workers(workers, log_dir)
    try:
        started = time.perf_counter()
        job_id = submit(database, "draft", draft_arguments([document_id], ["ru"]), "benchmark")
        while True:
            with database.session() as session:
                job = session.get(Job, job_id)
            if job.state not in ("queued", "running"):
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - started
    finally:
        stop_workers(processes)
    assert job.state == "done" and job.done == job.total, (job.state, job.error)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=512)
    parser.add_argument("--database-url", help="default: SQLite in a temporary WORKBENCH_HOME")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="workbench-jobs-bench-") as scratch:
        scratch = Path(scratch)
        os.environ["WORKBENCH_HOME"] = str(scratch / "home")
        os.environ["WORKBENCH_DATABASE_URL"] = args.database_url or f"sqlite:///{scratch / 'bench.db'}"
        redis_process, broker_url = start_redis(scratch)
        os.environ["WORKBENCH_BROKER_URL"] = broker_url
        try:
            run(args, scratch)
        finally:
            redis_process.terminate()
            redis_process.wait()


def run(args, scratch: Path) -> None:
    from glossary.io import import_file
    from mt_benchmark import benchmark_sentences
    from mt_models import build_random_model, train_sentencepiece
    from glossary.termbase import Termbase
    from workbench.db import Database
    from workbench.mt.argos import build_package, install_package
    from workbench.mt.pipeline import open_engines, translate_documents

    corpus = "\n".join((REPO / "seeds" / name).read_text(encoding="utf-8")
                       for name in ("pohonia-battalion.en.txt", "termbase.csv"))
    sp_model = train_sentencepiece(scratch / "sentencepiece", corpus)
    install_package(build_package(build_random_model(scratch / "model", sp_model), sp_model, "en", "ru",
                                  scratch / "en-ru.argosmodel"))
    database = Database()
    with database.session() as session:
        import_file(session, str(REPO / "seeds" / "termbase.csv"))
    texts = benchmark_sentences(args.sentences)
    log_dir = scratch / "logs"
    log_dir.mkdir()
    print(f"{len(texts)} sentences, random 6-layer model, one CTranslate2 thread per process, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")

    started = time.perf_counter()
    with database.session() as session:
        termbase = Termbase.from_session(session)
    [report] = translate_documents(database, [add_document(database, texts, "inline")], ["ru"],
                                   open_engines("argos", threads=1), termbase=termbase)
    inline = time.perf_counter() - started
    assert report.drafted == len(texts), report
    one = queued_run(database, add_document(database, texts, "one worker"), 1, log_dir)
    two = queued_run(database, add_document(database, texts, "two workers"), 2, log_dir)

    for name, seconds in (("inline CLI", inline), ("queue, 1 worker", one), ("queue, 2 workers", two)):
        print(f"{name:<17} {seconds:7.1f} s  {len(texts) / seconds:7.1f} segments/s")
    speedup, overhead = one / two, one / inline - 1
    print(f"2 workers vs 1: {speedup:.2f}x (target >= 1.6x)  {'ok' if speedup >= 1.6 else 'MISSED'}")
    print(f"queue overhead vs inline: {overhead:+.1%} (target <= 10%)  {'ok' if overhead <= 0.10 else 'MISSED'}")
    print(f"load average after: {os.getloadavg()[0]:.1f} (other processes share these cores)")


if __name__ == "__main__":
    main()
