"""Import, segmentation and round-trip speed on a ~1 MB article (the seed, repeated).

Prints throughput for plain text and HTML, the time to reassemble the original, and how much
the process's peak memory (RSS) grew during the import, as a multiple of the file size.
"""

from __future__ import annotations

import html
import sys
import tempfile
import time
import resource
import subprocess
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.db import Database  # noqa: E402
from workbench.documents import import_document, reassemble  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds" / "pohonia-battalion.en.txt"
REPEATS = 200


def samples() -> dict[str, tuple[str, bytes]]:
    seed = SEED.read_text(encoding="utf-8")
    paragraphs = [paragraph for paragraph in seed.split("\n\n") if paragraph.strip()]
    page = "".join(
        f"<p>{html.escape(paragraph).replace('Belarus', '<b>Belarus</b>', 1)}</p>\n" for paragraph in paragraphs
    )
    return {
        "txt": ("article.txt", ((seed + "\n\n") * REPEATS).encode()),
        "html": ("article.html", f"<html><body>\n{page * REPEATS}</body></html>\n".encode()),
    }


def measure(fmt: str) -> None:
    filename, data = samples()[fmt]
    megabytes = len(data) / 1e6
    with tempfile.TemporaryDirectory() as home:
        database = Database(f"sqlite:///{home}/bench.db")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        started = time.perf_counter()
        with database.session() as session:
            document = import_document(session, data, filename=filename, lang="en")
            segments = len(document.segments)
            imported = time.perf_counter() - started
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - rss_before
            started = time.perf_counter()
            text = reassemble(document, "en").text
            rebuilt = time.perf_counter() - started
        database.dispose()
    assert text.encode() == data, "round trip lost bytes"
    print(
        f"{fmt:>4}: {megabytes:.2f} MB, {segments} segments; import {imported:.2f} s "
        f"({megabytes / imported:.2f} MB/s, {segments / imported:.0f} segments/s); "
        f"reassemble {rebuilt * 1000:.0f} ms ({imported / rebuilt:.0f}x faster than import); "
        f"peak RSS grew {peak / 1e6:.0f} MB = {peak / len(data):.0f}x the file"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1:
        measure(sys.argv[1])
    else:
        # One process per format, so each peak-memory figure starts from a fresh process.
        for fmt in samples():
            subprocess.run([sys.executable, __file__, fmt], check=True)
