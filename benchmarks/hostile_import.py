"""Peak memory of importing a file without sentence breaks (6 MB of "A. A. A. ...", all initials).

Before the segmenter capped segments this made one 6 MB segment and the import peaked at about
1 GB; the target is a peak that does not grow with the length of the paragraph. Runs
`workbench import` in a child process and prints its peak RSS, the time, the segment count and
the longest segment.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

MEGABYTES = float(sys.argv[1]) if len(sys.argv) > 1 else 6.0
WORKBENCH = Path(sys.executable).parent / "workbench"


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    article = folder / "initials.txt"
    article.write_bytes(b"A. " * int(MEGABYTES * 1024 * 1024 / 3))
    env = dict(os.environ, WORKBENCH_HOME=str(folder), WORKBENCH_DATABASE_URL=f"sqlite:///{folder / 'wb.db'}",
               WORKBENCH_MAX_IMPORT_BYTES=str(int(MEGABYTES * 2 * 1024 * 1024)))
    started = time.perf_counter()
    done = subprocess.run([str(WORKBENCH), "import", str(article)], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"import failed: {done.stderr.strip()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    with closing(sqlite3.connect(folder / "wb.db")) as connection:
        count, longest = connection.execute("SELECT count(*), max(length(source_text)) FROM segments").fetchone()
    size = article.stat().st_size / 1024 / 1024
    print(f"{size:.1f} MB of initials: peak RSS {peak:.0f} MB ({peak / size:.1f}× the file), {seconds:.1f} s, "
          f"{count} segments, longest {longest} characters")


if __name__ == "__main__":
    main()
