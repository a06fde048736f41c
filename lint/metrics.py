"""Measured quantities of a document, for ``metric`` rules and the per-file report.

Readability figures come from textstat, kept strictly offline: textstat 0.7.x
imports nltk and, on first English use, asks nltk to download the CMU
pronouncing dictionary. credlint never lets it: nltk is kept out of the import
(it is only needed for that dictionary) and syllables are counted with pyphen's
bundled hyphenation patterns, textstat's own fallback.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any, Callable

from lint.document import Document

if TYPE_CHECKING:  # pragma: no cover - typing only
    from lint.cache import Cache

#: textstat's default language, whose hyphenation patterns count the syllables.
LANGUAGE = "en_US"


def _offline_textstat() -> Any:
    """Import textstat with its dictionary download path cut off."""
    if "textstat" in sys.modules:
        return sys.modules["textstat"]
    placeholder = "nltk" not in sys.modules
    if placeholder:
        sys.modules["nltk"] = types.ModuleType("nltk")
    try:
        import textstat
        from textstat.backend.counts import _count_syllables
    finally:
        if placeholder:
            del sys.modules["nltk"]
    # With no dictionary, textstat counts syllables with pyphen (bundled data).
    _count_syllables.get_cmudict = lambda lang: None
    return textstat


def _body_text(doc: Document) -> str:
    return "\n\n".join(doc.plain[b.start : b.end] for b in doc.body_blocks if b.kind != "heading")


def _words(doc: Document) -> float:
    return float(doc.word_count)


def _sentences(doc: Document) -> float:
    return float(len(doc.sentences))


def _avg_sentence_words(doc: Document) -> float | None:
    counts = [len(doc.words(s.start, s.end)) for s in doc.sentences if s.start >= doc.body_start]
    return sum(counts) / len(counts) if counts else None


def _quotations(doc: Document) -> float:
    """Direct quotations in the body (quoted speech, not headline quotes)."""
    return float(sum(1 for q in doc.quotes if q.start >= doc.body_start))


def _textstat_metric(name: str) -> Callable[[Document], float | None]:
    def measure(doc: Document) -> float | None:
        text = _body_text(doc)
        if len(text.split()) < 30:
            return None
        return float(getattr(_offline_textstat(), name)(text))

    measure.__doc__ = f"textstat.{name} of the body text (None under 30 words)"
    return measure


def preload_hyphenation(cache: Cache) -> None:
    """Hand pyphen its parsed English hyphenation patterns from the cache.

    textstat counts syllables with pyphen, which parses its 11,000 English patterns in
    Python on first use: about 150 ms of every process that lints a changed file, most
    of the linting in a pre-commit run. The parsed dictionary is stored once in the
    cache, under a name made of pyphen's version and the dictionary file's size and
    modification time, and put in pyphen's own in-process dictionary cache
    (``pyphen.hdcache``), where textstat's ``Pyphen(lang=…)`` finds it: the same
    patterns, without the parsing.
    """
    import pyphen

    path = pyphen.LANGUAGES.get(pyphen.language_fallback(LANGUAGE) or "")
    if path is None or path in pyphen.hdcache:
        return
    try:
        stat = path.stat()
    except (AttributeError, OSError):  # a dictionary inside a zip file: let pyphen read it
        return
    name = f"pyphen-{getattr(pyphen, '__version__', '?')}-{path.name}-{stat.st_size}-{stat.st_mtime_ns}"
    parsed = cache.get_shared(name)
    if not isinstance(parsed, pyphen.HyphDict):
        try:
            parsed = pyphen.HyphDict(path)
        except Exception:  # noqa: BLE001 - only a speed-up: textstat meets (and reports) the problem itself
            return
        cache.put_shared(name, parsed)
    pyphen.hdcache[path] = parsed


#: The metrics textstat computes (and that need hyphenation patterns).
TEXTSTAT_METRICS = ("flesch_reading_ease", "flesch_kincaid_grade")

METRICS: dict[str, Callable[[Document], float | None]] = {
    "words": _words,
    "sentences": _sentences,
    "avg_sentence_words": _avg_sentence_words,
    "quotations": _quotations,
    **{name: _textstat_metric(name) for name in TEXTSTAT_METRICS},
}

#: Metrics shown per file in JSON and ``--metrics`` tables.
REPORTED = ("words", "sentences", "avg_sentence_words", "flesch_reading_ease", "flesch_kincaid_grade")


def measure(doc: Document) -> dict[str, float | None]:
    """The reported metrics of one document, rounded for display."""
    out: dict[str, float | None] = {}
    for name in REPORTED:
        value = METRICS[name](doc)
        out[name] = None if value is None else round(value, 2)
    return out
