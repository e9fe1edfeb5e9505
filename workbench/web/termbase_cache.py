"""One in-memory Termbase per process, rebuilt only when the termbase tables change.

Loading the termbase and building its matchers costs tens of milliseconds; a save must cost
less. Other processes (``workbench glossary import``) change the tables too, so a fingerprint of
them is compared at most once a second; edits made through this process invalidate at once.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import String, case, cast, func, select
from sqlalchemy.orm import Session

from glossary.models import STATUSES, Concept, Term
from glossary.termbase import Termbase

RECHECK_SECONDS = 1.0
# A different weight per status, so any status change moves the weighted sum of term ids.
_STATUS_WEIGHT = case({status: 2**index for index, status in enumerate(STATUSES)}, value=Term.status, else_=0)


def termbase_fingerprint(session: Session) -> tuple:
    terms = session.execute(
        select(
            func.count(Term.id),
            func.max(Term.id),
            func.sum(Term.id * _STATUS_WEIGHT),
            func.sum(func.length(Term.text) + func.length(Term.note) + func.length(cast(Term.forms, String))),
        )
    ).one()
    concepts = session.execute(select(func.count(Concept.id), func.max(Concept.updated_at))).one()
    return (*terms, *concepts)


class TermbaseCache:
    def __init__(self):
        self._lock = threading.Lock()
        self._fingerprint: tuple | None = None
        self._checked_at = float("-inf")
        self._termbase: Termbase | None = None

    def get(self, session: Session) -> Termbase:
        with self._lock:
            if time.monotonic() - self._checked_at >= RECHECK_SECONDS:
                fingerprint = termbase_fingerprint(session)
                if fingerprint != self._fingerprint:
                    self._termbase = Termbase.from_session(session)
                    self._fingerprint = fingerprint
                self._checked_at = time.monotonic()
            return self._termbase

    def invalidate(self) -> None:
        """Rebuild on next use: an edit can keep the fingerprint (same-length text)."""
        with self._lock:
            self._fingerprint = None
            self._checked_at = float("-inf")
