"""The analyzers that rules of kind ``analyzer`` and ``corpus`` name.

Rules are data; the few that need code name a function here by
``module.attribute``: ``analyzer = "sourcing.unverifiable_expert"`` is
``lint.analyzers.sourcing.unverifiable_expert``. Modules are imported when a
pack that names them is loaded, so they must do no work at import time
(compile patterns lazily).

An *analyzer* is ``fn(doc, rule, ctx) -> Iterable[Hit]``.

A *corpus analyzer* is an object with two methods:
``collect(doc, rule, ctx) -> facts`` (small and picklable, computed in
whichever process linted the file) and
``check(facts_by_path: list[tuple[str, facts]], rule, ctx) -> Iterable[tuple[str, Located, str, tuple[Related, ...]]]``
(path, place, message, related places), run once in the main process after
every file is done. That is how cross-file checks stay correct when files are
linted in parallel. An optional third method, ``shard_key(fact) -> str``, says
that ``check`` compares only facts with equal keys: a distributed run
(:mod:`lint.corpus`) then shuffles the facts by key and checks each group on
its own; without it, all of a rule's facts go to one reducer.
"""

from __future__ import annotations

import importlib
from typing import Any

from lint.patterns import LazyPattern

_NAME = LazyPattern(r"^([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)$")


def get_analyzer(name: str, corpus: bool = False) -> Any:
    """The analyzer registered under ``name``, or None if there is none."""
    m = _NAME.match(name)
    if not m:
        return None
    try:
        module = importlib.import_module(f"lint.analyzers.{m.group(1)}")
    except ModuleNotFoundError:
        return None
    target = getattr(module, m.group(2), None)
    if target is None:
        return None
    if corpus != (hasattr(target, "collect") and hasattr(target, "check")):
        return None
    return target


def known_analyzer(name: str, corpus: bool = False) -> bool:
    return get_analyzer(name, corpus) is not None
