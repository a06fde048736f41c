"""Anniversaries of something the article dates in other sentences, read over the base extraction
(:mod:`lint.timeline`).

"On the tenth anniversary of her disappearance this month, her family will gather" in a 2025 story
that says elsewhere "the disappearance of … in October 2013": an ordinal anniversary of a thing named by
a noun, said of the time of writing ("this month", "this year", "next week", or a verb of the present),
counts from the dates the article gives in the sentences that name the same noun. The event is named by
repetition, not by a word list; the shapes are the reader's, the words of the present are in
rules/data/present-markers.txt.
"""

from functools import lru_cache
from typing import Any, NamedTuple

import regex

from lint.patterns import compile as compile_pattern
from lint.patterns import longest_first
from lint.timeline import _ORDINAL_WORDS, Timeline, _ordinal
from lint.timeline_counts import _dated_now, _plain_years, _shift
from lint.timeline_since import _sentence_dates
from lint.wordlists import word_list


class RetoldAnniversary(NamedTuple):
    """The ``count``-th anniversary of ``noun`` falling in ``year``; ``starts`` are the (year, start, end) of
    the dates other sentences naming the noun give."""

    start: int
    end: int
    count: int
    year: int
    noun: str
    starts: tuple[tuple[int, int, int], ...]


@lru_cache(maxsize=None)
def _patterns() -> dict[str, Any]:
    ordinal = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(longest_first(_ORDINAL_WORDS)) + r")"
    return {
        # "the tenth anniversary of her disappearance", "the 25th anniversary of the club's founding"
        "of_noun": compile_pattern(
            rf"\bthe\s+(?P<n>{ordinal})\s+anniversary\s+of\s+(?:the|its|their|his|her|our|this|that|\p{{L}}+['’]s)\s+"
            rf"(?:\p{{L}}+['’]s\s+)?(?:[\p{{Ll}}-]+\s+){{0,2}}?(?P<noun>\p{{Ll}}{{4,}})\b(?!['’-])",
            regex.I,
        ),
        "present": compile_pattern(rf"\b(?:{'|'.join(word_list('present-markers.txt'))}|will)\b", regex.I),
    }


def retold_anniversaries(tl: Timeline) -> list[RetoldAnniversary]:
    """Anniversaries "of <noun>" said of the time of writing, in a sentence that gives no year of its own,
    with the dates that the other sentences naming the noun give (each such sentence giving exactly one)."""
    now = _dated_now(tl)
    if now is None or "anniversary of" not in tl.lower:
        return []
    p, out = _patterns(), []
    for m in p["of_noun"].finditer(tl.plain):
        if tl.doc.in_quote(m.start()):
            continue
        s, t = tl.sentence(m.start())
        if _plain_years(tl, s, t) or _sentence_dates(tl, s, t):
            continue
        shift = _shift(tl, s, t)
        if shift is None and not p["present"].search(tl.plain, s, t):
            continue
        noun = m.group("noun").lower()
        starts = []
        for sent in tl.doc.sentences:
            if sent.start == s or noun not in tl.lower[sent.start : sent.end]:
                continue
            if not regex.search(rf"\b{regex.escape(noun)}\b", tl.lower[sent.start : sent.end]):
                continue
            dates = _sentence_dates(tl, sent.start, sent.end)
            if len(dates) == 1:
                first, _, a, b = dates[0]
                starts.append((first.year, a, b))
        if starts:
            out.append(RetoldAnniversary(m.start(), m.end(), _ordinal(m.group("n")), now.date.year + (shift or 0), noun, tuple(starts)))
    return out
