"""An ordinal year of the present counted from a start its own sentence gives, read over the base
extraction (:mod:`lint.timeline`).

"The index, now in its sixth year, was first compiled in 2023"; "the survey, now in its ninth year
since the first edition came out in 2021": the base reader of "now in its Nth year" sets such a
sentence aside (it dates itself, so it may not speak of now), yet the year it gives is the very start
the ordinal counts from. A year counts as that start when the words before it in the sentence mark a
beginning: "first" a few words before ("first compiled in", "the first edition came out in",
rules/data/ordinal-start-markers.txt), or "since" right before it, or a beginning the base extraction
dates there ("launched in 2021"). One such start, and no other year in the sentence, or nothing is read.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from lint.patterns import compile as compile_pattern
from lint.patterns import longest_first
from lint.wordlists import word_list

if TYPE_CHECKING:
    from lint.timeline import Elapsed, Timeline


class OwnStartOrdinal(NamedTuple):
    """An ordinal of the present (``elapsed``) and the start year its sentence gives (at ``start``..``end``)."""

    elapsed: "Elapsed"
    year: int
    start: int
    end: int


@lru_cache(maxsize=None)
def _patterns() -> dict[str, Any]:
    markers = "|".join(r"\s+".join(regex.escape(x) for x in w.split()) for w in longest_first(word_list("ordinal-start-markers.txt")))
    return {
        # "first compiled in", "the first edition came out in": a marker, at most six words, then "in" or "since"
        "marked": compile_pattern(rf"\b(?:{markers})\b(?:\s+[\p{{L}}'’-]+){{0,6}}?\s+(?:in|since)\s+$", regex.I),
        "since": compile_pattern(r"\bsince\s+$", regex.I),
    }


def own_start_ordinals(tl: "Timeline") -> list[OwnStartOrdinal]:
    """Each "now in its Nth year" of the present whose own sentence gives its start and no other year."""
    if not tl.elapsed or not tl.doc_date or tl.doc_date.source == "as-of":
        return []
    p, out = _patterns(), []
    head = tl.dateline or (0, 0)
    for e in tl.elapsed:
        if e.past or not e.now or tl.doc.in_quote(e.start):
            continue
        s, t = tl.sentence(e.start)
        years = [y for y in tl.years_in(s, t) if not head[0] <= y.start < head[1] and not e.start <= y.start < e.end]
        if len(years) != 1 or years[0].kind != "year":
            continue
        y = years[0]
        lead = tl.plain[max(s, y.start - 80) : y.start]
        begun = any(ev.begins and ev.start <= y.start < ev.end + 1 and s <= ev.start for ev in tl.dated_events)
        if not (p["marked"].search(lead) or p["since"].search(lead) or begun):
            continue
        out.append(OwnStartOrdinal(e, y.year, y.start, y.end))
    return out
