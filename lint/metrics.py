"""Measured quantities of a document, for ``metric`` rules and the per-file report.

Readability figures come from textstat, kept strictly offline: textstat 0.7.x
imports nltk and, on first English use, asks nltk to download the CMU
pronouncing dictionary. credlint never lets it: nltk is kept out of the import
(it is only needed for that dictionary) and syllables are counted with pyphen's
bundled hyphenation patterns, textstat's own fallback, which
:mod:`lint.hyphenation` loads without parsing them all.
"""

from __future__ import annotations

import sys
import types
from typing import Any, Callable

import regex

from lint.document import Document
from lint.hyphenation import install as install_hyphenation

#: textstat's default language, whose hyphenation patterns count the syllables.
LANGUAGE = "en_US"

_textstat: Any = None


def _offline_textstat() -> Any:
    """Import textstat with its dictionary download path cut off, once per process."""
    global _textstat
    if _textstat is not None:
        return _textstat
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
    install_hyphenation(LANGUAGE)
    _textstat = textstat
    return textstat


def _body_text(doc: Document) -> str:
    return "\n\n".join(doc.plain[b.start : b.end] for b in doc.body_blocks if b.kind != "heading")


def _words(doc: Document) -> float:
    return float(doc.word_count)


def _sentences(doc: Document) -> float:
    return float(len(doc.sentences))


def _avg_sentence_words(doc: Document) -> float | None:
    counts = [words for s, words in zip(doc.sentences, doc.index.sentence_words()) if s.start >= doc.body_start]
    return sum(counts) / len(counts) if counts else None


#: An inline list-item marker: a bullet between spaces inside a sentence, where a feed joined a
#: factbox's items into one line ("... contenders. * Jane Roe, former mayor * John Doe, ...").
_INLINE_ITEM = regex.compile(r"(?<=\s)[*\u2022\u25aa](?=\s)")


#: Under this many body sentences the average is no estimate of the writing: a wire brief is a
#: long lede and one or two more long sentences (40-58 words each on the Reuters set).
FEW_SENTENCES = 4

#: In so short a body, the measure counts only when one sentence is itself this long: the run-on
#: that no edited brief writes (the longest sentence of a two- or three-sentence wire brief stays
#: under it; pasted, unpunctuated text runs far beyond it).
RUN_ON_WORDS = 60


def _run_on_sentence_words(doc: Document) -> float | None:
    """Average words per body sentence, counting each inline list item as its own unit.

    The sentence splitter sees a factbox whose bullets were joined into one line as one
    sentence of hundreds of words; its items are separate entries, not a run-on, so RDB002
    measures them one by one. Everything else is :func:`_avg_sentence_words`. A body of fewer
    than :data:`FEW_SENTENCES` units is measured only when one of them is over
    :data:`RUN_ON_WORDS` words (None otherwise): a short brief's long, punctuated sentences are
    not a run-on.
    """
    counts: list[int] = []
    for s, words in zip(doc.sentences, doc.index.sentence_words()):
        if s.start < doc.body_start:
            continue
        cuts = [s.start + m.start() for m in _INLINE_ITEM.finditer(doc.plain, s.start, s.end)]
        if not cuts:
            counts.append(words)
            continue
        bounds = [s.start, *cuts, s.end]
        counts.extend(n for a, b in zip(bounds, bounds[1:]) if (n := doc.index.count_words(a, b)))
    if not counts or (len(counts) < FEW_SENTENCES and max(counts) <= RUN_ON_WORDS):
        return None
    return sum(counts) / len(counts)


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


METRICS: dict[str, Callable[[Document], float | None]] = {
    "words": _words,
    "sentences": _sentences,
    "avg_sentence_words": _avg_sentence_words,
    "run_on_sentence_words": _run_on_sentence_words,
    "quotations": _quotations,
    "flesch_reading_ease": _textstat_metric("flesch_reading_ease"),
    "flesch_kincaid_grade": _textstat_metric("flesch_kincaid_grade"),
}

#: Metrics shown per file in JSON and ``--metrics`` tables.
REPORTED = ("words", "sentences", "avg_sentence_words", "flesch_reading_ease", "flesch_kincaid_grade")


#: Metrics that count things: reported as whole numbers (``"words": 208``, not ``208.0``).
COUNTS = ("words", "sentences", "quotations")


def measure(doc: Document) -> dict[str, float | None]:
    """The reported metrics of one document, rounded for display (counts as integers)."""
    out: dict[str, float | None] = {}
    for name in REPORTED:
        value = METRICS[name](doc)
        out[name] = None if value is None else int(value) if name in COUNTS else round(value, 2)
    return out
