"""Load test: concurrent translation saves on loopback; counts conflicts and lost updates.

Starts the real editor (waitress serving ``workbench.web.create_app``, with login and CSRF on)
on 127.0.0.1 against a fresh SQLite database and against a throwaway PostgreSQL cluster (started
the way scripts/run-tests.sh does, when the server binaries are installed and we are root; or a
new database on $WORKBENCH_TEST_POSTGRES_URL). Client processes, each logged in as its own user,
make --saves successful saves each to a few shared segments, retrying after every conflict from
the version the server reported. ``--mode direct`` skips HTTP and calls
``workbench.translations.save_translation`` from the client processes instead.

Afterwards every segment's history is audited: each acknowledged save must be a Revision, each
Revision must start from the text the one before it left (nobody overwrote unseen work), and the
stored text must be the last Revision's. Exit status 1 when any update was lost.

    .venv/bin/python benchmarks/load_saves.py [--clients 2] [--saves 1000] [--segments 4]
        [--backends sqlite,postgresql] [--mode web|direct] [--timeout 300]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LANG = "be"
PASSWORD = "load-test-password"


@dataclass
class ClientReport:
    successes: list[tuple[int, str]] = field(default_factory=list)
    conflicts: int = 0
    latencies: list[float] = field(default_factory=list)


# --- databases ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def throwaway_postgres() -> Iterator[str | None]:
    """A PostgreSQL URL for an empty database, or None when no server can be had."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = os.environ.get("WORKBENCH_TEST_POSTGRES_URL")
    if server:
        name = f"wb_load_{uuid.uuid4().hex[:12]}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(server).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        return
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not binaries or os.geteuid() != 0 or shutil.which("runuser") is None:
        yield None
        return
    bin_dir = binaries[-1].parent
    cluster = Path(tempfile.mkdtemp(prefix="workbench-load-pg."))
    shutil.chown(cluster, "postgres")
    port = free_port()
    as_postgres = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*as_postgres, bin_dir / "initdb", "-D", cluster / "data", "-A", "trust", "-U", "postgres"],
                   check=True, capture_output=True)
    subprocess.run([*as_postgres, bin_dir / "pg_ctl", "-D", cluster / "data", "-w", "-l", cluster / "log",
                    "-o", f"-h 127.0.0.1 -p {port} -k {cluster} -c fsync=off", "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, bin_dir / "pg_ctl", "-D", cluster / "data", "-m", "fast", "stop"],
                       capture_output=True)
        shutil.rmtree(cluster, ignore_errors=True)


def prepare(url: str, segments: int, clients: int) -> list[int]:
    """A document whose segments carry machine drafts, and one user per client."""
    from workbench.accounts import add_user
    from workbench.db import Database
    from workbench.models import Document, Segment
    from workbench.translations import save_machine_draft

    database = Database(url)
    with database.session() as session:
        document = Document(title="Load test", source_lang="en", checksum=uuid.uuid4().hex)
        rows = [Segment(document=document, position=n, paragraph=n, source_text=f"Sentence {n}.") for n in range(segments)]
        session.add(document)
        for segment in rows:
            save_machine_draft(session, segment, LANG, f"Сказ {segment.position}.", origin="mt")
        for number in range(clients):
            add_user(session, f"client{number}", PASSWORD, "translator")
    database.dispose()
    return [segment.id for segment in rows]


# --- the server ---------------------------------------------------------------------------------


def serve(url: str, home: str, port: int) -> None:
    os.environ["WORKBENCH_HOME"] = home
    import waitress

    from workbench.web import create_app

    waitress.serve(create_app({"DATABASE_URL": url}), host="127.0.0.1", port=port, threads=8, _quiet=True)


@contextmanager
def running_server(url: str, home: str) -> Iterator[str]:
    import requests

    port = free_port()
    server = multiprocessing.get_context("spawn").Process(target=serve, args=(url, home, port), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                requests.get(f"{base}/login", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        else:
            raise RuntimeError("the editor did not start within 30 s")
        yield base
    finally:
        server.terminate()
        server.join(10)


# --- clients ------------------------------------------------------------------------------------


class WebSaver:
    """Saves through the editor's JSON endpoint, logged in, with the CSRF token in a header."""

    def __init__(self, base: str, user: str):
        import requests

        self.base = base
        self.http = requests.Session()
        login_page = self.http.get(f"{base}/login").text
        self.http.post(f"{base}/login", data={"name": user, "password": PASSWORD, "csrf_token": csrf_token(login_page)})
        self.http.headers["X-CSRFToken"] = csrf_token(self.http.get(f"{base}/").text)

    def version(self, segment_id: int) -> int:
        response = self.http.get(f"{self.base}/api/segments/{segment_id}/{LANG}")
        response.raise_for_status()
        return response.json()["translation"]["version"]

    def save(self, segment_id: int, text: str, base_version: int) -> tuple[bool, int]:
        response = self.http.post(
            f"{self.base}/api/segments/{segment_id}/{LANG}",
            json={"text": text, "status": "translated", "base_version": base_version, "enforce_glossary": False},
        )
        if response.status_code == 409:
            return False, response.json()["conflict"]["theirs"]["version"]
        if response.status_code != 200:
            raise RuntimeError(f"save answered {response.status_code}: {response.text[:300]}")
        return True, response.json()["translation"]["version"]


class DirectSaver:
    """Saves with workbench.translations.save_translation, one transaction per save."""

    def __init__(self, url: str, user: str):
        from workbench.db import Database

        self.database = Database(url, migrate=False)
        self.user = user

    def version(self, segment_id: int) -> int:
        from workbench.models import Segment
        from workbench.translations import get_translation

        with self.database.session() as session:
            return get_translation(session, session.get(Segment, segment_id), LANG).version

    def save(self, segment_id: int, text: str, base_version: int) -> tuple[bool, int]:
        from workbench.errors import StaleTranslation
        from workbench.models import Segment
        from workbench.translations import save_translation

        try:
            with self.database.session() as session:
                translation = save_translation(
                    session, session.get(Segment, segment_id), LANG, text,
                    status="translated", origin="human", author=self.user, base_version=base_version,
                )
                return True, translation.version
        except StaleTranslation as stale:
            return False, stale.translation.version


def csrf_token(page: str) -> str:
    match = re.search(r'name="csrf[-_]token" (?:content|value)="([^"]+)"', page)
    if match is None:
        raise RuntimeError("no CSRF token on the page (did the login fail?)")
    return match.group(1)


def client(mode: str, target: str, number: int, segment_ids: list[int], saves: int, deadline: float) -> ClientReport:
    user = f"client{number}"
    saver = WebSaver(target, user) if mode == "web" else DirectSaver(target, user)
    versions = {segment_id: saver.version(segment_id) for segment_id in segment_ids}
    chooser = random.Random(number)
    report = ClientReport()
    for attempt in range(saves):
        segment_id = chooser.choice(segment_ids)
        text = f"{user} save {attempt}"
        while time.monotonic() < deadline:
            started = time.perf_counter()
            saved, versions[segment_id] = saver.save(segment_id, text, versions[segment_id])
            report.latencies.append(time.perf_counter() - started)
            if saved:
                report.successes.append((segment_id, text))
                break
            report.conflicts += 1
        else:
            break
    return report


# --- the audit ----------------------------------------------------------------------------------


def audit(url: str, segment_ids: list[int], acknowledged: set[tuple[int, str]]) -> tuple[int, int]:
    """(lost updates, broken links in the history chain)."""
    from sqlalchemy import select

    from workbench.db import Database
    from workbench.models import Revision, Translation

    database = Database(url, migrate=False)
    recorded: set[tuple[int, str]] = set()
    broken = 0
    with database.session() as session:
        for segment_id in segment_ids:
            translation = session.scalar(select(Translation).where(Translation.segment_id == segment_id))
            chain = list(session.scalars(select(Revision).where(Revision.translation_id == translation.id).order_by(Revision.id)))
            broken += sum(later.old_text != earlier.new_text for earlier, later in zip(chain, chain[1:]))
            broken += translation.text != chain[-1].new_text or translation.version != len(chain)
            recorded |= {(segment_id, revision.new_text) for revision in chain if revision.origin == "human"}
    database.dispose()
    return len(acknowledged - recorded), broken


def run(backend: str, url: str, args, home: str) -> bool:
    segment_ids = prepare(url, args.segments, args.clients)
    with ExitStack() as stack:
        target = stack.enter_context(running_server(url, home)) if args.mode == "web" else url
        deadline = time.monotonic() + args.timeout
        started = time.perf_counter()
        with ProcessPoolExecutor(args.clients, mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = [
                pool.submit(client, args.mode, target, number, segment_ids, args.saves, deadline)
                for number in range(args.clients)
            ]
            reports = [future.result() for future in futures]
        elapsed = time.perf_counter() - started
    acknowledged = {success for report in reports for success in report.successes}
    lost, broken = audit(url, segment_ids, acknowledged)
    latencies = sorted(latency for report in reports for latency in report.latencies)
    saves = len(acknowledged)
    print(
        f"{backend:10} {args.mode:6} {args.clients} clients x {args.saves} saves on {args.segments} segments: "
        f"{saves} saved in {elapsed:.1f} s = {saves / elapsed:.0f} saves/s; "
        f"conflicts {sum(r.conflicts for r in reports)} ({sum(r.conflicts for r in reports) / max(saves, 1):.2f} per save); "
        f"latency p50 {statistics.median(latencies) * 1000:.1f} ms p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms; "
        f"lost updates {lost}; broken history links {broken}"
        + ("" if saves == args.clients * args.saves else f"; TIMED OUT after {args.timeout} s")
    )
    return lost == 0 and broken == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--saves", type=int, default=1000, help="successful saves per client")
    parser.add_argument("--segments", type=int, default=4, help="shared segments (fewer: more conflicts)")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--mode", choices=("web", "direct"), default="web")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per backend before clients stop")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="workbench-load.") as home:
        for backend in args.backends.split(","):
            with ExitStack() as stack:
                if backend == "sqlite":
                    url = f"sqlite:///{home}/{uuid.uuid4().hex}.db"
                else:
                    url = stack.enter_context(throwaway_postgres())
                    if url is None:
                        print("postgresql skipped: no server binaries (or not root) and no WORKBENCH_TEST_POSTGRES_URL")
                        continue
                ok &= run(backend, url, args, home)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
