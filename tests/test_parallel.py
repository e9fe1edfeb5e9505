"""workbench.parallel: shares done by forked children come back in order, and a share whose child
cannot start or dies is done by the calling process."""

from __future__ import annotations

import os

from workbench import parallel


def squares_with_pid(part):
    yield [(item * item, os.getpid()) for item in part]


def test_shares_are_done_in_children_and_come_back_in_order():
    items = list(range(100))
    parts = parallel.shares(items, 3, own_weight=0.5)
    assert [len(part) for part in parts] == [20, 40, 40] and sum(parts, []) == items
    results = [result for batch in parallel.map_shares(squares_with_pid, parts) for result in batch]
    assert [square for square, _ in results] == [item * item for item in items]
    pids = [pid for _, pid in results]
    # The first share here, the others in children (a free child may take both).
    assert set(pids[:20]) == {os.getpid()} and os.getpid() not in pids[20:]


def test_one_worker_works_here():
    assert parallel.shares([1, 2, 3], 1) == [[1, 2, 3]]
    assert {pid for batch in parallel.map_shares(squares_with_pid, [[1, 2]]) for _, pid in batch} == {os.getpid()}
