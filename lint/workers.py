"""How many worker processes a run gets.

A worker is a process of its own: it starts, forks the loaded rules and
compiles (or loads from the cache) the regular expressions it needs before its
first file, which costs about as much as linting a few articles. Without ``-j``
credlint starts workers only when the files to lint are enough work to pay for
that: their total size must reach :data:`BYTES_PER_WORKER` for each worker beyond
the first (measured by ``bench/workers.py``; see the README's "Performance").
An explicit ``-j`` (or ``jobs`` in the config) is a ceiling: no run gets more
workers than it has files or the machine has cores.
"""

from __future__ import annotations

import os
from typing import Sequence

#: Bytes of articles each worker beyond the first must have to lint for the pool to pay
#: off. bench/workers.py puts the break-even of two workers at 15–42 KB by CPU time, and
#: two workers lost on the five seeds (41 KB) by the wall clock: 96 KB is above both (README).
BYTES_PER_WORKER = 96 * 1024


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the platform has one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def _total_size(paths: Sequence[str]) -> int:
    total = 0
    for p in paths:
        try:
            total += os.stat(p).st_size
        except OSError:  # an unreadable file is reported by the worker that opens it
            pass
    return total


def plan_jobs(paths: Sequence[str], requested: int | None = None, available: int | None = None) -> int:
    """The number of processes to lint ``paths`` with (1 = in this process).

    ``requested`` is ``-j``/``jobs`` when the user gave one, else None (automatic).
    """
    limit = max(1, min(len(paths), available or cores()))
    if requested is not None:
        return max(1, min(requested, limit))
    if limit == 1:
        return 1
    return max(1, min(limit, 1 + _total_size(paths) // BYTES_PER_WORKER))
