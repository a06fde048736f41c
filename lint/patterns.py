"""Compiled regular expressions, compiled once per process and on first use.

The rules and extractors use about 120 regular expressions. The regex module
parses each one in Python before handing it to its C engine: about 1 ms apiece.
Compiled patterns are never loaded from the cache folder: an earlier version
kept them pickled there, and a pickle is code (a planted one runs when it is
loaded). They come from the prebuilt store inside the installed package
(:mod:`lint.prebuilt`: same trust as the package's code, checked against the
rule files, Python and ``regex`` versions), or are compiled here from the rule
packs' text when the store does not hold them.

:func:`compile` is the one way in for every pattern that does not depend on the
text being linted. :class:`LazyPattern` defers even that to first use, so
importing a rule module compiles nothing. A pattern built from the text itself
(a headline, a surname) goes through :func:`transient`, which keeps only the
last few: a process that lints thousands of articles must not keep them all.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from functools import lru_cache
from typing import Any, Callable, Iterable

import re

import regex

from lint import prebuilt
from lint.prefilter import LITERAL_FLAGS, Clause, Lead, leading_literals, leads_start_words as _leads_start_words, required_literals

#: Patterns held in this process, by source and flags.
_compiled: dict[tuple[str, int], regex.Pattern[str]] = {}
#: Every module-level pattern, in the order its module declared it (the store builds them all); a
#: source built from word lists is kept as the function that builds it (:class:`LazyPattern`).
_declared: list[tuple[str | Callable[[], str], int]] = []
#: The prebuilt programs (:mod:`lint.prebuilt`), read on the first compile of the process.
_stored: dict[tuple[str, int], Any] | None = None
#: The prebuilt required literals, by source and literal flags (read with the programs).
_stored_literals: dict[tuple[str, int], tuple[Clause, ...] | None] = {}
#: The prebuilt leading literals, by source and compiled flags, and whether they begin runs of
#: letters (read with the programs).
_stored_leads: dict[tuple[str, int], tuple[Lead | None, bool]] = {}
#: Standard ``re`` patterns held in this process (:func:`std_compile`), by source and flags.
_std_compiled: dict[tuple[str, int], re.Pattern[str]] = {}
#: The prebuilt programs of standard ``re`` patterns (read with the others).
_stored_std: dict[tuple[str, int], Any] = {}


def compile(source: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 - regex's own name
    """``regex.compile``, once per process for each pattern text and flags: from the
    prebuilt store when it holds the pattern, else compiled here."""
    key = (source, flags)
    rx = _compiled.get(key)
    if rx is None:
        encoded = _store().get(key)
        rx = _compiled[key] = regex.compile(source, flags) if encoded is None else prebuilt.program(encoded)
    return rx


def std_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of the standard module (the phrase groups of :mod:`lint.phrases`: small
    literal alternations), once per process for each pattern text and flags: from the prebuilt
    store when it holds the program (parsing and compiling them cost ~20 ms of a one-file run),
    else compiled here."""
    key = (source, flags)
    rx = _std_compiled.get(key)
    if rx is None:
        _store()
        encoded = _stored_std.get(key)
        rx = _std_compiled[key] = re.compile(source, flags) if encoded is None else prebuilt.std_program(source, encoded)
    return rx


def std_compiled() -> dict[tuple[str, int], re.Pattern[str]]:
    """The standard ``re`` patterns this process has compiled through :func:`std_compile` so far."""
    return dict(_std_compiled)


def _store() -> dict[tuple[str, int], Any]:
    global _stored, _stored_literals, _stored_std, _stored_leads
    if _stored is None:
        if not os.environ.get(prebuilt.BUILDING):
            _stored, _stored_literals, _stored_std, _stored_leads = prebuilt.load_store()
        else:
            _stored = {}
    return _stored


#: Patterns built from a document's own words that one process keeps (a document asks for the
#: same surname or headline pattern a few times in a row; none is wanted across documents).
TRANSIENT_PATTERNS = 32


#: Programs of patterns built from documents' words that one process keeps across documents,
#: and the longest pattern text kept: ``regex``'s compiled program (what pickling a pattern
#: keeps) is a few KB that never grows, unlike a pattern that has run, and rebuilding a pattern
#: from it costs 0.03 ms against about 1 ms to parse its text again (a surname or a stock
#: headline word recurs across the articles of a corpus).
TRANSIENT_PROGRAMS = 2048
TRANSIENT_PROGRAM_CHARS = 4096
_transient_programs: OrderedDict[tuple[str, int], Any] = OrderedDict()


@lru_cache(maxsize=TRANSIENT_PATTERNS)
def transient(source: str, flags: int = 0) -> regex.Pattern[str]:
    """A pattern built from the text being linted, compiled outside ``regex``'s own module
    cache (which keeps 500 patterns, and a case-insensitive one holds tens of KB once it has
    run: a worker linting a corpus grew by 20 MB of headlines and surnames) and outside
    :func:`compile`'s, which is never emptied; only the last ``TRANSIENT_PATTERNS`` stay. A
    pattern met in an earlier document is rebuilt from its program
    (:data:`TRANSIENT_PROGRAMS`), as :func:`lint.prebuilt.program` rebuilds a stored one."""
    key = (source, flags)
    data = _transient_programs.get(key)
    if data is not None:
        _transient_programs.move_to_end(key)
        return prebuilt.program(data)
    rx = regex.compile(source, flags, cache_pattern=False)
    data = rx._pickled_data
    if len(source) <= TRANSIENT_PROGRAM_CHARS and not data[5]:  # named lists hold caller data
        _transient_programs[key] = data
        if len(_transient_programs) > TRANSIENT_PROGRAMS:
            _transient_programs.popitem(last=False)
    return rx


def forget_transient_patterns() -> None:
    """Drop the patterns built from the last document's words (the engine calls this before each
    document): none is wanted by another document, and one built from a long headline (a file of
    one line is all headline) holds megabytes once it has run; kept for the next 32 documents, they
    made a worker grow by 50 MB over a run of such files."""
    transient.cache_clear()


def literals(rx: regex.Pattern[str]) -> tuple[Clause, ...] | None:
    """The literals every match of a compiled pattern contains (:func:`lint.prefilter.required_literals`
    of its source and flags): from the prebuilt store when it holds the pattern, else derived here."""
    key = (rx.pattern, rx.flags & LITERAL_FLAGS)
    _store()
    if key in _stored_literals:
        return _stored_literals[key]
    return required_literals(*key)


def leads(rx: regex.Pattern[str]) -> Lead | None:
    """The literals one of which every match of a compiled pattern begins with, after characters
    that are no letters, and whether such characters may come first
    (:func:`lint.prefilter.leading_literals`): from the prebuilt store when it holds the
    pattern, else derived here."""
    return _lead_entry(rx, 0)  # type: ignore[no-any-return]


def leads_start_words(rx: regex.Pattern[str]) -> bool:
    """Whether every leading literal of a compiled pattern (:func:`leads`) begins a run of letters
    (:func:`lint.prefilter.leads_start_words`): from the prebuilt store when it holds the
    pattern, else derived here."""
    return _lead_entry(rx, 1)  # type: ignore[no-any-return]


def _lead_entry(rx: regex.Pattern[str], field: int) -> Lead | bool | None:
    key = (rx.pattern, int(rx.flags))
    _store()
    if key in _stored_leads:
        return _stored_leads[key][field]
    return (leading_literals, _leads_start_words)[field](*key)


def declared() -> list[tuple[str, int]]:
    """(source, flags) of every :class:`LazyPattern` created so far (a source built from word
    lists is built here)."""
    return [(_source_text(source), flags) for source, flags in _declared]


def _source_text(source: str | Callable[[], str]) -> str:
    return source if isinstance(source, str) else source()


def load_declared() -> None:
    """Compile (from the store) every pattern declared so far: a process about to fork workers
    loads them once for all of them."""
    for source, flags in declared():
        compile(source, flags)


def compiled() -> dict[tuple[str, int], regex.Pattern[str]]:
    """The patterns this process has compiled so far."""
    return dict(_compiled)


class LazyPattern:
    """A regular expression compiled on first use.

    Each method the code uses (``search``, ``finditer``…) is looked up on the compiled
    pattern once and kept on the instance, so later calls cost what calls on the
    pattern itself cost: these patterns run in per-word loops. A source built from word
    lists is given as the function that builds it (called on first use, as the lists are
    read then: importing a module reads none).
    """

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source, self._flags = source, flags
        _declared.append((source, flags))

    def __getattr__(self, name: str) -> Any:
        # only reached for what the instance does not hold yet; private and special
        # names (copy and pickle probe for some) are not the pattern's to answer
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(compile(_source_text(self._source), self._flags), name)
        setattr(self, name, value)
        return value


def longest_first(words: Iterable[str]) -> list[str]:
    """Alternatives in the order a pattern should try them: longest first, so a phrase
    wins over its own first word, then alphabetically rather than in set order, which
    changes with Python's hash seed: every process builds the same pattern text."""
    return sorted(words, key=lambda w: (-len(w), w))


def _piece(ch: str) -> str:
    if ch.isspace():
        return r"\s+"
    if ch in "'’":
        return "['’]"
    if ch in "\"“”":
        return "[\"“”]"
    return re.escape(ch)


class _Table(dict[int, str]):
    """A ``str.translate`` table that writes each character's piece the first time it meets the
    character (phrase lists hold thousands of characters; a loop over them in Python cost a
    one-file run several milliseconds)."""

    def __init__(self, piece: Callable[[str], str]) -> None:
        super().__init__()
        self._piece = piece

    def __missing__(self, code: int) -> str:
        piece = self[code] = self._piece(chr(code))
        return piece


#: Each character's piece of a phrase's pattern, as :func:`_piece` writes it.
_PIECES = _Table(_piece)
#: ``regex.escape``'s special characters (its ``_METACHARS``); white space is escaped too.
_SPECIAL = frozenset("()[]{}?*+|^$\\.-#&~")
_ESCAPES = _Table(lambda ch: "\\" + ch if ch in _SPECIAL or ch.isspace() else ch)


def escape(text: str) -> str:
    """``regex.escape(text)``, the same text (``tests/test_patterns.py`` compares them on every
    word list), written through one translation table instead of a loop in Python."""
    return text if text.isalnum() else text.translate(_ESCAPES)


def phrase_source(phrase: str, *, bounded_start: bool = True, bounded: bool = True, blank: str = r"\s+") -> str:
    """A literal phrase as a regex: ``blank`` (any white space) between words, either apostrophe
    or quote mark, and word boundaries where the phrase begins (unless ``bounded_start`` is off,
    for a pattern anchored at a word start anyway) or ends with a word character (unless
    ``bounded`` is off, for a pattern that sets its own boundaries around the phrase or reads it
    as a word's ending)."""
    stripped = phrase.strip()
    # a run of white space is one piece: split() and isspace() agree on what white space is
    body = stripped if stripped.isalnum() else blank.join(w.translate(_PIECES) for w in stripped.split())
    if bounded and bounded_start and stripped[0].isalnum():
        body = r"(?<!\w)" + body
    if bounded and stripped[-1].isalnum():
        body += r"(?!\w)"
    return body


def alternation_source(phrases: Iterable[str], *, bounded: bool = True, blank: str = r"\s+") -> str:
    """A list of literal phrases as one regex alternation, longest first, each written as
    :func:`phrase_source` writes it (for analyzers that look for a word list inside a span);
    ``bounded`` and ``blank`` as there."""
    return "|".join(phrase_source(p, bounded=bounded, blank=blank) for p in longest_first(phrases))
