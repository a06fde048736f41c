"""Compiled regular expressions, kept in the cache between runs.

The rules and extractors use about 120 regular expressions. The regex module
parses each one in Python before handing it to its C engine: about 1 ms apiece,
100 ms or more of every process that lints a file, which is more than linting a
one-page article takes. regex patterns pickle in compiled form (the module
registers a pickler that stores the compiled program, and unpickling hands it
straight back to the engine), so with the cache on, the patterns one run
compiled are stored under the cache's ``shared/`` folder and the next process
takes them from there in about a millisecond.

:func:`compile` is the one way in for every pattern that does not depend on the
text being linted (a pattern built from an article's headline must not fill the
store). :class:`LazyPattern` defers even that to first use, so importing a rule
module compiles nothing.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Iterable

import regex

if TYPE_CHECKING:  # pragma: no cover - typing only
    from lint.cache import Cache

#: Patterns held in this process, by source and flags.
_compiled: dict[tuple[str, int], regex.Pattern[str]] = {}
#: Keys of the patterns this process used.
_used: set[tuple[str, int]] = set()
#: Whether this process has read the store, and compiled a pattern since it last wrote it.
_state = {"loaded": False, "unsaved": False}
#: A store that grows past this (rule packs edited many times) keeps only what the run used.
MAX_STORED = 1000


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - regex's own name
    """``regex.compile``, served from the patterns stored by earlier runs when it can."""
    key = (source, flags)
    rx = _compiled.get(key)
    if rx is None:
        rx = _compiled[key] = regex.compile(source, flags)
        _state["unsaved"] = True
    _used.add(key)
    return rx


class LazyPattern:
    """A regular expression compiled (or taken from the store) on first use.

    Each method the code uses (``search``, ``finditer``…) is looked up on the compiled
    pattern once and kept on the instance, so later calls cost what calls on the
    pattern itself cost: these patterns run in per-word loops.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags

    def __getattr__(self, name: str) -> Any:
        # only reached for what the instance does not hold yet; private and special
        # names (copy and pickle probe for some) are not the pattern's to answer
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(compile(self._source, self._flags), name)
        setattr(self, name, value)
        return value


def longest_first(words: Iterable[str]) -> list[str]:
    """Alternatives in the order a pattern should try them: longest first, so a phrase
    wins over its own first word, then alphabetically rather than in set order, which
    changes with Python's hash seed: every process must build the same pattern text,
    or the store would never serve it."""
    return sorted(words, key=lambda w: (-len(w), w))


def _store_name() -> str:
    """The stored program is the regex engine's: tied to its version and Python's."""
    return f"patterns-regex-{getattr(regex, '__version__', '?')}-py{sys.version_info[0]}.{sys.version_info[1]}"


def _valid(key: Any, rx: Any) -> bool:
    return (
        isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)
        and isinstance(rx, regex.Pattern) and rx.pattern == key[0]
    )


def load(cache: Cache) -> None:
    """Take the stored patterns, once per process; an unreadable store is ignored."""
    if _state["loaded"]:
        return
    _state["loaded"] = True
    stored = cache.get_shared(_store_name())
    if isinstance(stored, dict):
        for key, rx in stored.items():
            if _valid(key, rx):
                _compiled.setdefault(key, rx)


def save(cache: Cache) -> None:
    """Store the patterns if this process compiled any; a failed write only costs speed."""
    if not _state["unsaved"]:
        return
    _state["unsaved"] = False
    keep = _compiled if len(_compiled) <= MAX_STORED else {k: _compiled[k] for k in _used}
    cache.put_shared(_store_name(), dict(keep))
