"""What the ``credlint`` process sets before anything else is imported: the garbage collector's
pace and the compiled methods of credlint's dataclasses.

Python's cyclic garbage collector runs a young-generation pass after every 700 net allocations
of container objects. Starting credlint allocates some 80,000 that live to the end of the
process (typer's command model, the rule set, the compiled patterns' tables, the gazetteer
indexes), so a one-file run made about 110 passes that scanned them again and again: 15–25 ms
of CPU that found almost nothing to free. The command line therefore lets the young generation
grow to :data:`YOUNG_GENERATION` objects before a pass. A one-file run then makes none, and a long
run still collects cycles at a steady pace: with the older generations' thresholds unchanged, a
pass over them comes every ten young passes, as before. Only the command line does this; a
program that imports :mod:`lint.api` keeps its own collector settings.

**Dataclass methods.** ``dataclasses`` writes each class's ``__init__``, ``__repr__``,
``__eq__``… as source text and compiles it with ``exec``: about 0.8 ms per class, three
quarters of it in the compiler, some 45 ms for the 60 dataclasses a one-file run creates. The
text depends only on the class's fields and options, so the command line keeps the compiled
code of each text in the prebuilt store (``dataclasses.json`` in ``lint/_prebuilt``, a
``marshal`` body like a ``.pyc`` file, only ever read from inside the installed package) and
hands ``dataclasses`` the stored code instead of compiling the same text again. What runs is
what ``exec`` of the text would have built; a text the store does not hold is compiled as
before, and the store is rewritten at exit when a run met new ones (a folder it cannot write
keeps no store).
"""

from __future__ import annotations

import gc
import sys
from types import CodeType
from typing import Any

#: Net container allocations between two young-generation passes (Python's default: 700).
YOUNG_GENERATION = 100_000


def pace_collector() -> None:
    """Let the young generation grow to :data:`YOUNG_GENERATION` objects (older thresholds kept)."""
    young, middle, old = gc.get_threshold()
    if young:  # 0: automatic collection is off, and stays off
        gc.set_threshold(max(YOUNG_GENERATION, young), middle, old)


#: The store file of compiled dataclass methods (:mod:`lint.prebuilt`).
DATACLASSES_FILE = "dataclasses.json"
#: More texts than this in the store: the next write keeps only this run's.
MAX_STORED_TEXTS = 2000


class MethodCode:
    """Compiled code of the method texts ``dataclasses`` writes, by text: the stored ones and
    those this process compiled. Installed as ``dataclasses``' ``exec``."""

    def __init__(self, stored: dict[str, CodeType]) -> None:
        self.stored, self.new, self.used = stored, {}, set()

    def __call__(self, source: Any, globals: Any = None, locals: Any = None) -> None:  # noqa: A002 - exec's names
        import builtins

        if isinstance(source, str):
            code = self.stored.get(source) or self.new.get(source)
            if code is None:
                code = self.new[source] = compile(source, "<string>", "exec")
            self.used.add(source)
            source = code
        builtins.exec(source, globals, locals)

    def to_store(self) -> dict[str, CodeType]:
        """What the store should hold after this run: every text met so far (only this run's
        once the store holds more than :data:`MAX_STORED_TEXTS`)."""
        kept = self.stored if len(self.stored) + len(self.new) <= MAX_STORED_TEXTS else {t: self.stored[t] for t in self.used if t in self.stored}
        return {**kept, **self.new}


def _methods_stamp() -> Any:
    from lint import prebuilt

    return prebuilt.Stamp(f"credlint-dataclasses {prebuilt.FORMAT} {sys.version}", [], content=False)


def cache_dataclass_methods() -> MethodCode | None:
    """Give ``dataclasses`` the stored compiled methods (and keep the new ones at exit); None
    when ``dataclasses`` does not build methods with ``exec`` or there is no store."""
    import dataclasses

    from lint import prebuilt

    if getattr(dataclasses, "exec", exec) is not exec or "exec" not in dataclasses._create_fn.__code__.co_names:
        return None
    store = prebuilt.package_store()
    if not prebuilt.writable(store):
        stored = prebuilt.read_store(store / DATACLASSES_FILE, _methods_stamp())
        if not isinstance(stored, dict):
            return None  # nothing stored, and nowhere to store it: dataclasses as they are
    else:
        stored = prebuilt.read_store(store / DATACLASSES_FILE, _methods_stamp())
    codes = MethodCode({t: c for t, c in stored.items() if isinstance(t, str) and isinstance(c, CodeType)} if isinstance(stored, dict) else {})
    dataclasses.exec = codes  # type: ignore[attr-defined]
    if prebuilt.writable(store):
        import atexit

        atexit.register(_keep, codes)
    return codes


def _keep(codes: MethodCode) -> None:
    """At exit: store the compiled methods when this run compiled new ones."""
    if codes.new:
        from lint import prebuilt

        prebuilt.write_store(prebuilt.package_store() / DATACLASSES_FILE, _methods_stamp(), codes.to_store())


def main() -> None:
    """The ``credlint`` console script: pace the collector and give ``dataclasses`` the stored
    methods, then run the command line."""
    pace_collector()
    cache_dataclass_methods()
    from lint.cli import main as cli_main

    cli_main()
