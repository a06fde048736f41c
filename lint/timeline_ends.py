"""Counts of time whose two ends one sentence gives, read over the base extraction (:mod:`lint.timeline`).

A date arithmetic check, by the shape of the sentence rather than by its words:

- a count since a date, said up to the time of writing ("in the eighteen months since January 2022",
  "rents have doubled in the 18 months since the spring of 2023"): ``since_date_counts``;
- a count tied to the range it spans ("for 11 years, from 2012 through 2019", "eight years between 2010
  and 2019"): ``range_counts``;
- a count after a dated moment that ends at the one other year its sentence gives ("won the title in
  1994, more than forty years after joining the club in 1961"): ``counts_to_own_year``;
- a count of time without something, ended by "the last time" its sentence dates ("has not changed
  hands in two decades; the last time it did was in 2011"): ``counts_to_last_time``.

Each record is a window of days against the moments the sentence gives; the rule
(:func:`lint.analyzers.dates.elapsed_contradicts_dates`) reports the ones that do not fit. Vocabulary
lives in rules/data/ (``future-markers.txt``, ``span-range-words.txt``); the readers only give shapes.
"""

import datetime as dt
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from lint.patterns import LazyPattern
from lint.patterns import compile as compile_pattern
from lint.timeline import _MON, _YEAR, Timeline, _number, gap_bounds
from lint.timeline_counts import _DAYS, _PRE, _days_window, _num, _plain_years
from lint.timeline_since import _patterns as _since_patterns
from lint.timeline_since import _sentence_dates, _span
from lint.wordlists import word_list


class EndedCount(NamedTuple):
    """``low``..``high`` days counted from the moment ``first``..``last`` (written at ``base``) to the moment
    ``until_first``..``until_last`` (written at ``until``, or the document date when ``until`` is None)."""

    start: int
    end: int
    low: int
    high: int
    first: dt.date
    last: dt.date
    base: tuple[int, int]
    until_first: dt.date
    until_last: dt.date
    until: tuple[int, int] | None


_PART = r"(?:(?:the\s+)?(?:early|mid|late|spring|summer|autumn|fall|winter)(?:\s+of)?[\s-]+)?"


@lru_cache(maxsize=None)
def _patterns() -> dict[str, Any]:
    num = _num()
    units = r"(?P<unit>days?|weeks?|months?|years?|decades?)"
    joins = "|".join(r"\s+".join(regex.escape(x) for x in w.split()) for w in word_list("span-range-words.txt"))
    return {
        # "in the eighteen months since January 2022" (the date right after "since": no event between)
        "since_date": compile_pattern(
            rf"\b{_PRE}(?P<n>{num})\s+(?:full\s+|whole\s+)?{units}\s+since\s+{_PART}(?:(?P<mon>{_MON})\.?\s+(?:(?P<d>\d{{1,2}}),?\s+)?)?(?P<y>{_YEAR})\b(?![-–/]\d|s\b|['’]s)",
            regex.I,
        ),
        # "for 11 years, from 2012 through 2019", "eight years between 2010 and 2019"
        "range": compile_pattern(
            rf"\b{_PRE}(?P<n>{num})\s+(?P<unit>years?|decades?)\s*,?\s+(?:from|between)\s+(?P<y1>{_YEAR})\s*(?:{joins})\s*(?P<y2>{_YEAR})\b(?![-–/]\d)",
            regex.I,
        ),
        # "in two decades", "in more than five years", "for 15 years"
        "in_count": compile_pattern(rf"\b(?:in|for)\s+(?:the\s+(?:past|last)\s+)?{_PRE}(?P<n>{num})\s+(?P<unit>years?|decades?)\b(?!\s+(?:ago|later|earlier|old|after|since|before)\b)", regex.I),
        "negation": compile_pattern(r"\b(?:not|never|no|first|n['’]t)\b", regex.I),
        # "the last time it flipped was 2011" (not "last year", "last March", "last season")
        "last": compile_pattern(rf"\blast\b(?!\s+(?:year|week|month|season|spring|summer|autumn|fall|winter|night|{_MON})\b)", regex.I),
    }


_RANGE_START = LazyPattern(rf"\b(?:from|between)\s+{_YEAR}\b", regex.I)


def _window(pre: str | None, n: int, unit: str) -> tuple[int, int]:
    """Days a count allows: counts of years as a count beside a year does ("two decades" 18-22 years)."""
    unit = unit.lower().rstrip("s")
    if unit in ("year", "decade"):
        low, high = gap_bounds(n, unit, pre)
        return low * 365, high * 365 + 364
    return _days_window(pre, n, _DAYS[unit])


def _open(tl: Timeline, at: int) -> tuple[int, int] | None:
    """The sentence around ``at`` when it may be checked: outside quotations, speaking of no future."""
    if tl.doc.in_quote(at):
        return None
    s, t = tl.sentence(at)
    if _since_patterns()["future"].search(tl.plain, s, t):
        return None
    return s, t


def _now(tl: Timeline) -> dt.date | None:
    return tl.doc_date.date if tl.doc_date and tl.doc_date.source != "as-of" else None


def since_date_counts(tl: Timeline) -> list[EndedCount]:
    """"In the eighteen months since January 2022": a count from the date right after "since" to the document
    date, in a sentence that gives no other moment."""
    now = _now(tl)
    if now is None or " since " not in tl.lower:
        return []
    out = []
    for m in _patterns()["since_date"].finditer(tl.plain):
        n = _number(m.group("n"))
        sentence = _open(tl, m.start())
        if not n or sentence is None or len(_sentence_dates(tl, *sentence)) != 1:
            continue
        span = _span(int(m.group("y")), m.group("mon"), m.group("d"))
        if span is None or span[0] > now:
            continue
        low, high = _window(m.group("pre"), n, m.group("unit"))
        out.append(EndedCount(m.start(), m.end(), low, high, *span, (m.start("y") if not m.group("mon") else m.start("mon"), m.end()), now, now, None))
    return out


def range_counts(tl: Timeline) -> list[EndedCount]:
    """"For 11 years, from 2012 through 2019": the count against the years of its range, both counted."""
    if not _RANGE_START.search(tl.plain):  # the range's first year, found by a literal-led pattern first
        return []
    out = []
    for m in _patterns()["range"].finditer(tl.plain):
        n = _number(m.group("n"))
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not n or y2 < y1 or tl.doc.in_quote(m.start()):
            continue
        low, high = _window(m.group("pre"), n, m.group("unit"))
        out.append(
            EndedCount(m.start(), m.end(), low, high, dt.date(y1, 1, 1), dt.date(y1, 12, 31), (m.start("y1"), m.end("y1")),
                       dt.date(y2, 1, 1), dt.date(y2, 12, 31), (m.start("y2"), m.end("y2")))
        )  # fmt: skip
    return out


def counts_to_own_year(tl: Timeline) -> list[EndedCount]:
    """"Won the title in 1994, more than forty years after joining the club in 1961": a count of years after
    a dated moment, ending at the one other year its sentence gives before the count (a later year)."""
    lower = tl.lower
    if " years after " not in lower and " decades after " not in lower and " year after " not in lower and " decade after " not in lower:
        return []
    out = []
    for m in _since_patterns()["after_dated"].finditer(tl.plain):
        n = _number(m.group("n"))
        unit = m.group("unit").lower().rstrip("s")
        sentence = _open(tl, m.start())
        if not n or unit not in ("year", "decade") or sentence is None:
            continue
        base = int(m.group("y"))
        others = [y for y in _plain_years(tl, *sentence) if not m.start() <= y.start < m.end()]
        if len(others) != 1 or others[0].start > m.start() or others[0].year <= base:
            continue
        span = _span(base, m.group("mon"), m.group("d"))
        if span is None:
            continue
        end = others[0]
        low, high = _window(m.group("pre"), n, unit)
        out.append(EndedCount(m.start(), m.end(), low, high, *span, (m.start("y"), m.end("y")), dt.date(end.year, 1, 1), dt.date(end.year, 12, 31), (end.start, end.end)))
    return out


def counts_to_last_time(tl: Timeline) -> list[EndedCount]:
    """"Has not changed parties in two decades; the last time it flipped was the 2011 contest": a count of
    years without something (a negation or "first" before it), to the document date from the one year its
    sentence gives after "last"."""
    now = _now(tl)
    if now is None or " last " not in tl.lower:
        return []
    p, out = _patterns(), []
    for m in p["in_count"].finditer(tl.plain):
        n = _number(m.group("n"))
        sentence = _open(tl, m.start())
        if not n or sentence is None:
            continue
        s, t = sentence
        if not p["negation"].search(tl.plain, s, m.start()):
            continue
        last = p["last"].search(tl.plain, s, t)
        years = _plain_years(tl, s, t)
        if last is None or len(years) != 1 or years[0].start < last.end() or len(_sentence_dates(tl, s, t)) != 1:
            continue
        y = years[0]
        low, high = _window(m.group("pre"), n, m.group("unit"))
        out.append(EndedCount(m.start(), m.end(), low, high, dt.date(y.year, 1, 1), dt.date(y.year, 12, 31), (y.start, y.end), now, now, None))
    return out


def ended_counts(tl: Timeline) -> list[EndedCount]:
    """Every reader of this module, in the order of the text."""
    found = [*since_date_counts(tl), *range_counts(tl), *counts_to_own_year(tl), *counts_to_last_time(tl)]
    return sorted(found, key=lambda c: c.start)
