"""Sharing CPU-bound pure-Python work out to forked processes.

The children are forked, so they start with this process's memory — a termbase with its matchers
built, the rows to work on — and nothing large is pickled on the way in; only results come back.
This process works on the first share meanwhile, and yields its results first, so a caller that
writes as it goes (an export) overlaps writing with the children's work.

Forking is safe only in a single-threaded process on Linux: a forked child of a threaded web
server inherits locks held by threads that do not exist in it, and on macOS system libraries may
crash in a forked child. ``worker_count`` says 1 anywhere else.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# A share of items -> its results, batch by batch.
Work = Callable[[Sequence[Item]], Iterable[Result]]

# Beyond this many processes, the one process that consumes the results is the bottleneck.
MAX_WORKERS = 4


def worker_count(items: int, per_worker: int) -> int:
    """Processes worth using for ``items``: one per ``per_worker`` items (fewer cost more to
    start than they save), at most one per available core, and 1 where forking is unsafe."""
    if threading.active_count() > 1 or not sys.platform.startswith("linux"):
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), MAX_WORKERS, items // per_worker))


def shares(items: Sequence[Item], workers: int, own_weight: float = 1.0) -> list[Sequence[Item]]:
    """``items`` cut into one share per worker, in order; the first (this process's) weighs
    ``own_weight`` of the others, for a process that also has the results to consume."""
    if workers <= 1 or not items:
        return [items]
    first = int(len(items) * own_weight / (own_weight + workers - 1))
    size = -(-(len(items) - first) // (workers - 1))
    return [items[:first]] + [items[start : start + size] for start in range(first, len(items), size)]


def map_shares(work: Work, parts: list[Sequence[Item]]) -> Iterator[Result]:
    """``work`` over every share, results in order: the first share here, the others in forked
    children at the same time. A child that cannot start or dies has its share done here."""
    if len(parts) == 1:
        yield from work(parts[0])
        return
    try:
        pool = ProcessPoolExecutor(len(parts) - 1, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_install, initargs=(work, parts))
        futures = [pool.submit(_run_share, index) for index in range(1, len(parts))]
    except OSError:  # no memory to fork
        yield from (result for part in parts for result in work(part))
        return
    try:
        yield from work(parts[0])
        for index, future in enumerate(futures, start=1):
            try:
                results = future.result()
            except BrokenProcessPool:  # killed, out of memory
                results = work(parts[index])
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# In each child: the work and the shares, inherited through the fork rather than pickled.
_installed: tuple[Work, list[Sequence]] | None = None


def _install(work: Work, parts: list[Sequence]) -> None:
    global _installed
    _installed = (work, parts)
    # Ctrl-C in a terminal reaches the whole process group: the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_share(index: int) -> list:
    work, parts = _installed
    return list(work(parts[index]))
