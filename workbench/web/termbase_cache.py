"""One in-memory Termbase per process, rebuilt only when the termbase revision moves.

Loading the termbase and building its matchers costs tens of milliseconds; a save must cost
less. Any process may change the termbase (``workbench glossary import``, another server), and
every change bumps the revision in the database (glossary.revision), so one primary-key read
per use tells whether the Termbase in memory is still the current one.
"""

from __future__ import annotations

import threading

from sqlalchemy.orm import Session

from glossary import revision
from glossary.termbase import Termbase


class TermbaseCache:
    def __init__(self):
        self._lock = threading.Lock()
        self._revision: int | None = None
        self._termbase: Termbase | None = None

    def get(self, session: Session) -> Termbase:
        # Read the revision before the tables: the Termbase built is then at least that new.
        number = revision.current(session)
        with self._lock:
            if number != self._revision:
                self._termbase = Termbase.from_session(session)
                self._revision = number
            return self._termbase

    def warm(self, session: Session, languages) -> None:
        """Build the termbase and each language's matcher now, not in the first translator's
        request: the Belarusian one reads a hunspell dictionary (seconds on a laptop)."""
        termbase = self.get(session)
        for lang in languages:
            termbase.scan("", lang)
