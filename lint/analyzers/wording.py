"""Helpers shared by the headline and tone analyzers: word lists as patterns and the headline as
the reader sees it."""

from __future__ import annotations

from functools import cache

import regex

from lint.document import Document
from lint.patterns import compile as compile_pattern
from lint.patterns import alternation_source
from lint.wordlists import word_list


@cache
def list_pattern(name: str) -> regex.Pattern[str]:
    """A ``rules/data`` word list as one case-insensitive pattern on word boundaries."""
    return compile_pattern(rf"(?:{alternation_source(word_list(name))})", regex.I)


def headline_text(doc: Document) -> str:
    """The headline as the reader sees it: the masked view blanks a front-matter title, so the
    original text is read when the masked one is empty (both have the same length)."""
    head = doc.headline
    if head is None:
        return ""
    shown = doc.plain[head.start : head.end]
    return shown if shown.strip() else doc.text[head.start : head.end]
