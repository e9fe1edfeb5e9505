"""Back-off for password guessing: failed logins counted per account name and per address.

After a few free failures each further one doubles the wait (up to 15 minutes) before that name
or address may try again. A refused attempt costs no password hash, so a flood of guesses
neither finds a password nor slows the translators' own requests. Counts live in the server
process: one waitress process serves the editor, and a restart forgives everyone.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

MAX_DELAY = 15 * 60.0
# Failures are forgotten after this long without a new one.
FORGET_AFTER = 60 * 60.0
# Past this many tracked names/addresses, the ones quiet longest are dropped first.
MAX_TRACKED = 10_000


@dataclass
class _Record:
    failures: int
    last: float


class LoginThrottle:
    def __init__(self, *, free_per_name: int = 5, free_per_address: int = 20, clock=time.monotonic):
        self.free = {"name": free_per_name, "address": free_per_address}
        self.clock = clock
        self._records: dict[tuple[str, str], _Record] = {}
        self._lock = threading.Lock()

    def wait(self, name: str, address: str) -> int:
        """Seconds before ``name`` may be tried from ``address``; 0 when it may be tried now."""
        with self._lock:
            return self._wait(name, address, self.clock())

    def attempt(self, name: str, address: str) -> int:
        """Like ``wait``; when it is 0 the attempt counts as a failure at once (so parallel
        guesses cannot all slip through) until ``succeeded`` takes it back."""
        now = self.clock()
        with self._lock:
            wait = self._wait(name, address, now)
            if wait:
                return wait
            for key in (("name", name), ("address", address)):
                record = self._records.get(key)
                if record is None or now - record.last > FORGET_AFTER:
                    record = self._records[key] = _Record(0, now)
                record.failures += 1
                record.last = now
            if len(self._records) > MAX_TRACKED:
                for key in sorted(self._records, key=lambda key: self._records[key].last)[: MAX_TRACKED // 10]:
                    del self._records[key]
            return 0

    def succeeded(self, name: str, address: str) -> None:
        with self._lock:
            self._records.pop(("name", name), None)
            record = self._records.get(("address", address))
            if record is not None:
                record.failures = max(0, record.failures - 1)

    def _wait(self, name: str, address: str, now: float) -> int:
        remaining = max(self._remaining(("name", name), now), self._remaining(("address", address), now))
        return math.ceil(remaining)

    def _remaining(self, key: tuple[str, str], now: float) -> float:
        record = self._records.get(key)
        if record is None:
            return 0.0
        extra = record.failures - self.free[key[0]]
        if extra < 0:
            return 0.0
        return max(0.0, record.last + min(MAX_DELAY, 2.0**extra) - now)
