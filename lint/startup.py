"""What the ``credlint`` process sets before anything else is imported: the garbage collector's pace.

Python's cyclic garbage collector runs a young-generation pass after every 700 net allocations
of container objects. Starting credlint allocates some 80,000 that live to the end of the
process (typer's command model, the rule set, the compiled patterns' tables, the gazetteer
indexes), so a one-file run made about 110 passes that scanned them again and again: 15–25 ms
of CPU that found almost nothing to free. The command line therefore lets the young generation
grow to :data:`YOUNG_GENERATION` objects before a pass. A one-file run then makes none, and a long
run still collects cycles at a steady pace: with the older generations' thresholds unchanged, a
pass over them comes every ten young passes, as before. Only the command line does this; a
program that imports :mod:`lint.api` keeps its own collector settings.
"""

from __future__ import annotations

import gc

#: Net container allocations between two young-generation passes (Python's default: 700).
YOUNG_GENERATION = 100_000


def pace_collector() -> None:
    """Let the young generation grow to :data:`YOUNG_GENERATION` objects (older thresholds kept)."""
    young, middle, old = gc.get_threshold()
    if young:  # 0: automatic collection is off, and stays off
        gc.set_threshold(max(YOUNG_GENERATION, young), middle, old)


def main() -> None:
    """The ``credlint`` console script: pace the collector, then run the command line."""
    pace_collector()
    from lint.cli import main as cli_main

    cli_main()
