"""Password guessing against a served editor: how many guesses are checked, and how much the
flood slows a translator's requests.

Serves the editor with login (waitress, 8 threads), lets 8 threads guess one account's password
from one address for a few seconds, and meanwhile times a logged-in translator's page loads.
Prints guesses checked per second (401), refused (429), and the translator's median latency
during the flood as a multiple of the idle one. Before the back-off: about 25 checked guesses/s
and 15× slower pages.
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from waitress.server import create_server  # noqa: E402

from workbench.accounts import add_user  # noqa: E402
from workbench.db import Database  # noqa: E402
from workbench.web import create_app  # noqa: E402

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
PASSWORD = "correct horse battery"


def browser():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


def log_in(opener, base, name, password) -> int:
    page = opener.open(f"{base}/login").read().decode()
    token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"name": name, "password": password, "csrf_token": token}).encode()
    try:
        return opener.open(urllib.request.Request(f"{base}/login", data=form)).status
    except urllib.error.HTTPError as error:
        return error.code


def page_times(opener, base, stop: threading.Event) -> list[float]:
    times = []
    while not stop.is_set():
        started = time.perf_counter()
        opener.open(f"{base}/").read()
        times.append(time.perf_counter() - started)
        time.sleep(0.05)
    return times


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'wb.db'}"
    database = Database(url)
    with database.session() as session:
        add_user(session, "admin", PASSWORD, "admin")
        add_user(session, "ala", PASSWORD, "translator")
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "benchmark", "WTF_CSRF_ENABLED": True})
    server = create_server(app, host="127.0.0.1", port=0, threads=8)
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{server.effective_port}"
    translator = browser()
    assert log_in(translator, base, "ala", PASSWORD) == 200

    stop = threading.Event()
    timer = threading.Timer(2.0, stop.set)
    timer.start()
    idle = statistics.median(page_times(translator, base, stop))

    counts: dict[int, int] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def guess() -> None:
        guesser = browser()
        number = 0
        while not stop.is_set():
            status = log_in(guesser, base, "admin", f"guess {number}")
            number += 1
            with lock:
                counts[status] = counts.get(status, 0) + 1

    guessers = [threading.Thread(target=guess) for _ in range(8)]
    for thread in guessers:
        thread.start()
    times: list[float] = []
    measuring = threading.Thread(target=lambda: times.extend(page_times(translator, base, stop)))
    measuring.start()
    time.sleep(SECONDS)
    stop.set()
    for thread in [*guessers, measuring]:
        thread.join()
    server.close()
    flood = statistics.median(times)
    refused = sum(number for status, number in counts.items() if status != 401)
    print(f"{SECONDS:.0f} s of 8 guessing threads: {counts.get(401, 0) / SECONDS:.1f} guesses checked/s (401), "
          f"{refused / SECONDS:.0f} refused/s {sorted(counts.items())}; translator's page median {idle * 1000:.0f} ms idle, "
          f"{flood * 1000:.0f} ms during the flood ({flood / idle:.1f}×)")


if __name__ == "__main__":
    main()
