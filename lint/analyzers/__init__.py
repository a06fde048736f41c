"""The analyzers that rules of kind ``analyzer`` and ``corpus`` name.

Rules are data; the few that need code name an analyzer registered in
:mod:`lint.analyzers.registry`: ``analyzer = "sourcing.unverifiable_expert"`` is the function
that ``lint/analyzers/sourcing.py`` registers under that name (installed plugins add their own
namespaces through an entry point). Modules are imported when a rule that names them first runs,
so they must do no work at import time (compile patterns lazily).

An *analyzer* is ``fn(doc, rule, ctx) -> Iterable[Hit]``; it reads its typed options as
``rule.options`` and puts the values of the rule's message in each hit's ``values``.

A *corpus analyzer* is an object with two methods:
``collect(doc, rule, ctx) -> facts`` (small and picklable, computed in
whichever process linted the file) and
``check(facts_by_path: list[tuple[str, facts]], rule, ctx) -> Iterable[tuple[str, Located, values, tuple[Related, ...]]]``
(path, place, the message's values, related places), run once in the main process after
every file is done. That is how cross-file checks stay correct when files are
linted in parallel. An optional third method, ``shard_key(fact) -> str``, says
that ``check`` compares only facts with equal keys: a distributed run
(:mod:`lint.corpus`) then shuffles the facts by key and checks each group on
its own; without it, all of a rule's facts go to one reducer.
"""

from __future__ import annotations

from typing import Any

from lint.analyzers.catalog import lookup


def get_analyzer(name: str, corpus: bool = False) -> Any:
    """The analyzer registered under ``name`` (of the given kind), or None if there is none."""
    found = lookup(name)
    if found is None or found.corpus != corpus:
        return None
    return found.target


def known_analyzer(name: str, corpus: bool = False) -> bool:
    return get_analyzer(name, corpus) is not None
