"""pyphen's hyphenation patterns, indexed at once and parsed only where a text needs them.

textstat counts syllables with pyphen. pyphen's ``HyphDict`` parses every pattern
of its dictionary in Python when it is built (about 11,000 for English): 80–170 ms
of every credlint process that measures readability, the largest single cost of a
one-file run, when a news article touches a few hundred of those patterns.

:func:`install` builds the same ``HyphDict`` differently. The dictionary file is
indexed in bulk operations that run in C (the digits are deleted from the whole
file at once to give every pattern's letters), and each pattern's digits are
turned into pyphen's ``(offset, values)`` entry the first time hyphenation
unpacks it. Lookups stay plain dictionary lookups; only the patterns a text
actually matches are parsed. The result goes into pyphen's own dictionary cache
(``pyphen.hdcache``), where textstat's ``Pyphen(lang=…)`` finds it. A test checks
every pattern's entry against pyphen's own parsing.

The command line does not even index the file: the parsed table (every pattern's ``(offset,
values)``, equal entries shared) is kept in the prebuilt store (:mod:`lint.prebuilt`, ``hyphenation.json``, checked
against the dictionary file's bytes and this module), which reads in a few milliseconds.

Anything unusual in the file (pyphen's ``^^hh`` escapes, nonstandard hyphenation
alternatives, padded or repeated patterns) leaves the work to pyphen itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from pathlib import Path

_DIGITS = b"0123456789"
#: pyphen's hex escapes and nonstandard alternatives, and whitespace pyphen would strip.
_UNUSUAL = ("^^", "/", "\r", "\t", " \n", "\n ")


class _Entry:
    """One pattern line, unpacked on first use into pyphen's ``(offset, values)``, which
    then takes the entry's place in the table: later lookups get a plain tuple."""

    __slots__ = ("table", "key", "line")

    def __init__(self, table: dict[str, object], key: str, line: str) -> None:
        self.table, self.key, self.line = table, key, line

    def __iter__(self) -> Iterator[object]:
        parsed = self.table[self.key] = _weights(self.line)
        return iter(parsed)


def _weights(line: str) -> tuple[int, tuple[int, ...]]:
    """A pattern such as ``.ach4`` as the offset of its first non-zero weight and
    the weights from there to its last non-zero one; a weight sits before the
    letter it precedes, and a digit at the end after the last letter."""
    weights: list[int] = []
    pending = 0
    for ch in line:
        if "0" <= ch <= "9":
            pending = ord(ch) - 48
        else:
            weights.append(pending)
            pending = 0
    weights.append(pending)
    first = next(i for i, w in enumerate(weights) if w)
    last = max(i for i, w in enumerate(weights) if w)
    return first, tuple(weights[first : last + 1])


def _index(data: bytes, ignored: tuple[str, ...]) -> dict[str, object] | None:
    """Pattern letters → entry for every pattern with a non-zero weight, or None
    when the file holds anything this index does not reproduce exactly."""
    head, _, body = data.partition(b"\n")
    if head.strip().lower() not in (b"utf-8", b"utf8"):
        return None
    try:
        text = body.decode("utf-8")
        letters = body.translate(None, _DIGITS).decode("utf-8").split("\n")
        weighted = body.translate(None, _DIGITS[1:]).decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return None
    if any(mark in text for mark in _UNUSUAL) or text.startswith(" ") or text.endswith(" "):
        return None
    lines = text.split("\n")
    # a line loses length when its non-zero digits go: the others only weigh zero
    pairs = [(key, line) for line, key, rest in zip(lines, letters, weighted) if len(rest) != len(line)]
    table: dict[str, object] = {}
    kept = 0
    for key, line in pairs:
        if not line.startswith(ignored):
            table[key] = _Entry(table, key, line)
            kept += 1
    if not table or len(table) != kept:
        return None  # a pattern given twice: pyphen's last-wins reading is not reproduced
    return table


def parsed_table(path: Path, ignored: tuple[str, ...]) -> dict[str, tuple[int, tuple[int, ...]]] | None:
    """Every pattern of the dictionary at ``path`` parsed, ``letters → (offset, weights)``
    (what pyphen's ``HyphDict`` holds), or None where :func:`_index` declines. Equal entries are
    one object (about 1,600 distinct among 11,000 patterns), which ``marshal`` writes once and
    reads back once: the prebuilt table loads in half the time."""
    table = _index(path.read_bytes(), ignored)
    if table is None:
        return None
    shared: dict[tuple[int, tuple[int, ...]], tuple[int, tuple[int, ...]]] = {}
    out = {}
    for key, entry in table.items():
        parsed = _weights(entry.line)  # type: ignore[attr-defined]
        out[key] = shared.setdefault(parsed, parsed)
    return out


def _stored_table(path: Path, ignored: tuple[str, ...]) -> dict[str, object] | None:
    """:func:`parsed_table` from the prebuilt store (one dictionary: the one credlint counts
    syllables with), built there on first use; None for another dictionary."""
    from pathlib import Path

    from lint import prebuilt

    def build() -> dict[str, object]:
        return {"dictionary": path.name, "ignored": list(ignored), "table": parsed_table(path, ignored)}

    stored = prebuilt.derived("hyphenation", build, [Path(__file__), path], as_built=True)
    if not isinstance(stored, dict) or stored.get("dictionary") != path.name or stored.get("ignored") != list(ignored):
        return None
    table = stored.get("table")
    return table if isinstance(table, dict) and table else None


#: Words whose hyphenation points pyphen keeps; past this many the cache starts afresh (pyphen's
#: own cache has no bound: over a corpus of thousands of articles it holds every word seen).
WORD_CACHE_SIZE = 20_000


class _WordCache(dict):  # type: ignore[type-arg]
    """pyphen's per-word cache, emptied when it reaches :data:`WORD_CACHE_SIZE` words."""

    def __setitem__(self, word: str, points: object) -> None:
        if len(self) >= WORD_CACHE_SIZE:
            self.clear()
        super().__setitem__(word, points)


def install(language: str) -> None:
    """Put a lazily parsed ``HyphDict`` for ``language`` in pyphen's dictionary cache.

    Does nothing when pyphen already holds one, has no such language, or lays out
    its dictionaries differently from the version this was written against: pyphen
    then parses the file itself, as it always would.
    """
    import pyphen

    cache = getattr(pyphen, "hdcache", None)
    path = pyphen.LANGUAGES.get(pyphen.language_fallback(language) or "")
    if not isinstance(cache, dict) or path is None or path in cache:
        return
    ignored = tuple(getattr(pyphen, "ignored", ("%", "#")))
    try:
        table = _stored_table(path, ignored) or _index(path.read_bytes(), ignored)
    except OSError:
        return
    if table is None or not hasattr(pyphen.HyphDict, "positions"):
        return
    hyph = pyphen.HyphDict.__new__(pyphen.HyphDict)
    hyph.patterns = table
    hyph.cache = _WordCache()
    hyph.maxlen = max(map(len, table))
    cache[path] = hyph
