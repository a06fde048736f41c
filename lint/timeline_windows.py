"""A period named by its length and its two years in one phrase, read over the base extraction
(:mod:`lint.timeline`).

"The seven-year forecast window from 2025 to 2030", "a 10-year plan running from 2021 to 2030", "the
three-year study between 2019 and 2022": the length is written as an adjective of the noun ("seven-year")
and the range follows within a few words. Counted either way (2025 to 2030 is five years between the
ends, six calendar years both counted), the length must be one of the two; a writer who gives another
has one of the three numbers wrong. Hedged lengths ("a nearly seven-year window") are not read. The words
that join the two years are those of rules/data/span-range-words.txt, the words that may lead into the
range those of rules/data/window-range-leads.txt.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from lint.patterns import compile as compile_pattern
from lint.patterns import longest_first
from lint.wordlists import word_list

if TYPE_CHECKING:
    from lint.timeline import Timeline


class NamedWindow(NamedTuple):
    """A length of ``years`` (at ``start``..``end``) given to the range ``first``..``last``."""

    start: int
    end: int
    years: int
    first: int
    last: int
    first_at: tuple[int, int]
    last_at: tuple[int, int]


def _alternation(words: Any) -> str:
    return "|".join(r"\s+".join(regex.escape(x) for x in w.split()) for w in longest_first(words))


@lru_cache(maxsize=None)
def _pattern() -> Any:
    from lint.timeline import _YEAR
    from lint.timeline_counts import _num

    joins = _alternation(word_list("span-range-words.txt"))
    leads = _alternation(word_list("window-range-leads.txt"))
    return compile_pattern(
        rf"(?<![\p{{L}}\d,.-])(?P<n>{_num()})[-\u2010\u2011 ](?P<unit>year|decade)(?![\p{{L}}-])"
        rf"(?:\s+[\p{{L}}'’-]+){{1,3}}?\s*,?\s+(?:{leads})\s+(?P<y1>{_YEAR})\s*(?:{joins})\s*(?P<y2>{_YEAR})\b(?![-–/]\d|s\b)",
        regex.I,
    )


def _hedged(plain: str, at: int) -> bool:
    """Whether a hedge of rules/data/span-qualifiers.txt ("nearly", "more than") stands right before ``at``."""
    from lint.wordlists import word_table

    before = " ".join(plain[max(0, at - 40) : at].lower().split())
    return any(before.endswith(h) and (len(before) == len(h) or not before[-len(h) - 1].isalpha()) for h in word_table("span-qualifiers.txt"))


def named_windows(tl: "Timeline") -> list[NamedWindow]:
    """Each "N-year <noun> from Y1 to Y2" outside quotations whose length fits neither count of its range."""
    from lint.timeline import _number

    if "year" not in tl.lower and "decade" not in tl.lower:
        return []
    out = []
    for m in _pattern().finditer(tl.plain):
        n = _number(m.group("n"))
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not n or y2 <= y1 or tl.doc.in_quote(m.start()) or _hedged(tl.plain, m.start()):
            continue
        years = n * (10 if m.group("unit").lower() == "decade" else 1)
        if years in (y2 - y1, y2 - y1 + 1):
            continue
        out.append(NamedWindow(m.start(), m.end("unit"), years, y1, y2, (m.start("y1"), m.end("y1")), (m.start("y2"), m.end("y2"))))
    return out
