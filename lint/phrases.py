"""Fast matching of literal phrase lists, shared by the ``phrase`` and ``density`` kinds.

One alternation of a hundred phrases, each behind a word-boundary look-behind, makes a regex
engine try every phrase at every character of the text; compiling it with the ``regex`` module
costs tens of milliseconds more at start-up. Instead, each rule's phrases are grouped by their
first word, every group is a small anchored pattern (compiled by the standard ``re`` module, which
compiles them quickly, and only once a text holds the group's first word; the programs of the
built-in rules' groups ship in the prebuilt store, :func:`lint.patterns.std_compile`), and a document's words
are indexed once (the document's text index, :mod:`lint.textindex`). A rule then tries its patterns
only where one of its first words occurs, which makes all phrase rules together cheaper than one
of them was as a single alternation. Matches are the same: a phrase that starts with a letter or
digit starts a word, phrases are tried longest first, and matches never overlap.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator

from lint.document import Document
from lint.patterns import phrase_source, std_compile

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class PhraseIndex:
    """One rule's phrases, grouped by lower-cased first word.

    A group's pattern is compiled the first time a text holds its first word: a
    one-file run compiles only the groups its article can match.
    """

    #: Pattern source of each group, by first word.
    by_first_word: dict[str, str]
    flags: int
    #: Phrases that do not begin with a word character ("[Insert quote]", "» Home").
    other: re.Pattern[str] | None
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, phrases: list[str], ignore_case: bool) -> PhraseIndex:
        flags = re.I if ignore_case else 0
        groups: dict[str, list[str]] = defaultdict(list)
        other: list[str] = []
        for phrase in sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p)):
            first = _WORD.match(phrase)
            if first:
                groups[first.group().lower()].append(phrase_source(phrase, bounded_start=False))
            else:
                other.append(phrase_source(phrase))
        return cls(
            {word: "|".join(sources) for word, sources in groups.items()},
            flags,
            std_compile("|".join(other), flags) if other else None,
        )

    def _group(self, word: str) -> re.Pattern[str]:
        rx = self._compiled.get(word)
        if rx is None:
            rx = self._compiled[word] = std_compile(self.by_first_word[word], self.flags)
        return rx

    def compile_all(self) -> None:
        """Compile every group now (the prebuilt store's build keeps them all)."""
        for word in self.by_first_word:
            self._group(word)

    def finditer(self, doc: Document) -> Iterator[re.Match[str]]:
        """Non-overlapping matches in ``doc.plain``, in text order, longest phrase first at each start."""
        positions = word_positions(doc)
        text = doc.plain
        found: list[re.Match[str]] = []
        for word in self.by_first_word.keys() & positions.keys():
            rx = self._group(word)
            for start in positions[word]:
                m = rx.match(text, start)
                if m:
                    found.append(m)
        if self.other is not None:
            found.extend(self.other.finditer(text))
        found.sort(key=lambda m: (m.start(), -m.end()))
        end = -1
        for m in found:
            if m.start() >= end:
                end = m.end()
                yield m


def word_positions(doc: Document) -> dict[str, list[int]]:
    """Start offsets of every word of the masked text, by lower-cased word: the text index's
    lower-cased word index (a ``\\w+`` word's first part is where a phrase can start)."""
    return doc.index.lower_index()
