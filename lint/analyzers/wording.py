"""Helpers shared by the headline and tone analyzers: word lists as patterns and the headline as
the reader sees it."""

from __future__ import annotations

from functools import cache
from typing import Iterable

import regex

from lint.document import Document
from lint.patterns import compile as compile_pattern
from lint.patterns import alternation_source
from lint.textindex import first_letters, register_triggers
from lint.wordlists import word_list


@cache
def list_pattern(name: str) -> regex.Pattern[str]:
    """A ``rules/data`` word list as one case-insensitive pattern on word boundaries; the
    text index tries it only where one of the list's first words occurs (``doc.index.finditer``)."""
    return register_triggers(compile_pattern(rf"(?:{alternation_source(word_list(name))})", regex.I), list_triggers(name))


@cache
def list_triggers(name: str) -> frozenset[str] | None:
    """The first words of a word list's entries, where the text index looks for its matches
    (:meth:`lint.textindex.TextIndex.finditer_at`); None when an entry does not begin with a
    letter, and the list pattern must scan the whole text."""
    return phrase_triggers(word_list(name))


def phrase_triggers(words: Iterable[str]) -> frozenset[str] | None:
    """The first words of a list of phrases (see :func:`list_triggers`)."""
    words = list(words)
    if not all(w.strip()[:1].isalpha() for w in words):
        return None
    return frozenset(first_letters(w) for w in words)


def headline_text(doc: Document) -> str:
    """The headline as the reader sees it: the masked view blanks a front-matter title, so the
    original text is read when the masked one is empty (both have the same length)."""
    head = doc.headline
    if head is None:
        return ""
    shown = doc.plain[head.start : head.end]
    return shown if shown.strip() else doc.text[head.start : head.end]
