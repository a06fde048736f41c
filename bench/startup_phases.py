"""Where a one-file run's CPU goes, phase by phase, in one process (the figures of the README's
start-up sections).

    python bench/startup_phases.py article.txt                  # this checkout
    PYTHONPATH=/tmp/main-export python bench/startup_phases.py article.txt   # another copy

Runs ``credlint check article.txt --no-cache -q`` through the console script's entry point
(:func:`lint.startup.main`) with a CPU timer around each phase that every run repeats: importing
typer, creating dataclasses, compiling patterns (``regex`` patterns the prebuilt store does not
hold, and the standard ``re`` module's), reading the store's files, the gazetteer indexes, the
word lists, the hyphenation table and textstat. A phase nested in another counts only in the
outer one. Prints one line, CPU milliseconds: the whole process first. Run it several times,
alternating the copies compared: a shared machine adds noise to every figure.
"""

from __future__ import annotations

import collections
import functools
import sys
import time
from typing import Any

SPENT: collections.Counter[str] = collections.Counter()
_inside = [0]


def timed(owner: Any, name: str, label: str) -> None:
    """Replace ``owner.name`` by a version that adds its CPU time to ``SPENT[label]``."""
    inner = getattr(owner, name)

    @functools.wraps(inner)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if _inside[0]:
            return inner(*args, **kwargs)
        _inside[0] += 1
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[label] += time.process_time() - start
            _inside[0] -= 1

    setattr(owner, name, wrapper)


def main() -> int:
    import dataclasses
    import re._compiler

    import regex._main

    timed(re._compiler, "compile", "re.compile")
    timed(dataclasses, "_process_class", "dataclasses")
    timed(regex._main, "_compile", "regex.compile, not in the store")
    import lint.startup

    start = time.process_time()
    import typer  # noqa: F401

    SPENT["typer import"] = time.process_time() - start
    import lint.gazetteer
    import lint.hyphenation
    import lint.metrics
    import lint.prebuilt
    import lint.wordlists

    timed(lint.wordlists, "list_lines", "word lists")
    timed(lint.gazetteer, "_indexes", "gazetteer indexes")
    timed(lint.hyphenation, "install", "hyphenation table")
    timed(lint.prebuilt, "load_store", "pattern store")
    timed(lint.prebuilt, "builtin_tables", "rule set")
    timed(lint.metrics, "_offline_textstat", "textstat import and hyphenation")
    sys.argv = ["credlint", "check", *sys.argv[1:], "--no-cache", "-q", "--exit-zero"]
    try:
        lint.startup.main()
    except SystemExit:
        pass
    total = time.process_time()
    print(f"TOTAL {1000 * total:.0f}  " + "  ".join(f"{k} {1000 * v:.1f}" for k, v in SPENT.most_common()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
