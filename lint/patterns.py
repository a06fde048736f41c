"""Compiled regular expressions, compiled once per process and on first use.

The rules and extractors use about 120 regular expressions. The regex module
parses each one in Python before handing it to its C engine: about 1 ms apiece.
Compiled patterns are never loaded from disk: an earlier version kept them
pickled in the cache folder, and a pickle is code (a planted one runs when it
is loaded), so every process now compiles the patterns it uses from the rule
packs' text. ``bench/startup.py`` measures what that costs a cold start.

:func:`compile` is the one way in for every pattern that does not depend on the
text being linted. :class:`LazyPattern` defers even that to first use, so
importing a rule module compiles nothing.
"""

from __future__ import annotations

from typing import Any, Iterable

import re

import regex

#: Patterns held in this process, by source and flags.
_compiled: dict[tuple[str, int], regex.Pattern[str]] = {}


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - regex's own name
    """``regex.compile``, once per process for each pattern text and flags."""
    key = (source, flags)
    rx = _compiled.get(key)
    if rx is None:
        rx = _compiled[key] = regex.compile(source, flags)
    return rx


class LazyPattern:
    """A regular expression compiled on first use.

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
    changes with Python's hash seed: every process builds the same pattern text."""
    return sorted(words, key=lambda w: (-len(w), w))


def phrase_source(phrase: str, *, bounded_start: bool = True) -> str:
    """A literal phrase as a regex: any white space between words, either apostrophe or quote
    mark, and word boundaries where the phrase begins (unless ``bounded_start`` is off, for a
    pattern anchored at a word start anyway) or ends with a word character."""
    parts: list[str] = []
    for ch in phrase.strip():
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in "'’":
            parts.append("['’]")
        elif ch in "\"“”":
            parts.append("[\"“”]")
        else:
            parts.append(re.escape(ch))
    body = "".join(parts)
    stripped = phrase.strip()
    if bounded_start and stripped[0].isalnum():
        body = r"(?<!\w)" + body
    if stripped[-1].isalnum():
        body += r"(?!\w)"
    return body


def alternation_source(phrases: Iterable[str]) -> str:
    """A list of literal phrases as one regex alternation, longest first, each written as
    :func:`phrase_source` writes it (for analyzers that look for a word list inside a span)."""
    return "|".join(phrase_source(p) for p in longest_first(phrases))
