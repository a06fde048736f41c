"""Counts of time from a moment the article dates, read over the base extraction (:mod:`lint.timeline`).

Each reader names one class of wording an editor checks against the dates an article gives:

- a time counted from something its own sentence dates, said of the present ("The move comes nearly two
  decades after the terminal was rebuilt in 2012", "no trial has been set, three years after charges were
  filed in March 2025"): ``counts_from_own_date``;
- a time counted from an event the article dates, ending at a date its own sentence gives ("reached orbit
  on 2 November, three days after launch"): ``counts_to_own_date``;
- a count of years ago written after the year it lands on ("first floated in 2015, almost two decades ago",
  "some twenty years back in 2013"): ``year_first_gaps``;
- a time counted from a happening told as "the <noun> was <done>", said of the present, where another
  sentence gives the same noun and verb a date ("three years after the charges were dropped, ..." and
  "The charges were dropped on 4 May 2023"): ``counts_from_retold``.

Vocabulary lives in rules/data/ (``present-markers.txt``, ``future-markers.txt``, ``event-words.txt``);
the readers only give shapes. Every record is in days with the offsets of its words.
"""

import datetime as dt
from functools import lru_cache
from typing import Any, Iterable, NamedTuple

import regex

from lint.patterns import compile as compile_pattern
from lint.patterns import longest_first
from lint.timeline import _MON, _YEAR, Gap, Timeline, gap_bounds, month_number
from lint.timeline_counts import _DAYS, _PRE, _days_window, _event_words, _num, _plain_years
from lint.wordlists import word_list


class OwnDateCount(NamedTuple):
    """``low``..``high`` days counted from the moment ``first``..``last`` (the date at ``date_start``..``date_end``)
    to ``until`` (the document date, or a date of the sentence)."""

    start: int
    end: int
    low: int
    high: int
    first: dt.date
    last: dt.date
    date_start: int
    date_end: int
    event: str | None = None


@lru_cache(maxsize=None)
def _patterns() -> dict[str, Any]:
    num = _num()
    units = r"(?P<unit>days?|weeks?|months?|years?|decades?)"
    verbs = "|".join(sorted((w for w, (pos, _, _) in _event_words().items()), key=len, reverse=True))
    return {
        # "nearly two decades after the terminal was rebuilt and reopened in 2012"
        "after_dated": compile_pattern(
            rf"\b{_PRE}(?P<n>{num})\s+(?:full\s+|whole\s+)?{units}\s+(?:after|since)\s+(?P<what>[^.;:!?\n\d]{{3,90}}?)\s"
            rf"(?:in|on)\s+(?:(?P<mon>{_MON})\s+(?:(?P<d>\d{{1,2}}),?\s+)?)?(?P<y>{_YEAR})\b(?![-–/]\d)",
            regex.I,
        ),
        # (alternatives in a fixed order: a set's changes with the hash seed, and only a fixed text can ship prebuilt)
        "present": compile_pattern(
            rf"\b(?:{'|'.join(longest_first({*word_list('present-markers.txt'), *word_list('present-event-verbs.txt')}))})\b", regex.I
        ),
        "future": compile_pattern(rf"\b(?:{'|'.join(longest_first(word_list('future-markers.txt')))})\b", regex.I),
        # "in 2015, almost two decades ago", "August 2024 — some three years ago"
        "year_then_ago": compile_pattern(
            rf"(?<![\d,.])(?P<y>{_YEAR})\b(?![-–/]\d|s\b|['’]s)\s*(?:,|—|–|-{{1,2}})\s*(?:(?P<pre>nearly|almost|about|some|roughly|more\s+than|over|just|only|exactly)\s+)?"
            rf"(?P<n>{num})\s+(?P<unit>years?|decades?)\s+ago\b",
            regex.I,
        ),
        # "some twenty years back in 2013", "a decade back, in 2016"
        "back_in_year": compile_pattern(
            rf"\b(?:(?P<pre>nearly|almost|about|some|roughly|more\s+than|over|just|only|exactly)\s+)?(?P<n>{num})\s+(?P<unit>years?|decades?)\s+back\s*,?\s+in\s+"
            rf"(?:(?:{_MON})\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<y>{_YEAR})\b(?![-–/]\d|s\b|['’]s)",
            regex.I,
        ),
        # "three years after the charges were dropped", "since the bridge was closed"
        "after_clause": compile_pattern(
            rf"\b{_PRE}(?P<n>{num})\s+(?:full\s+|whole\s+)?{units}\s+(?:after|since)\s+(?:the|its|their|his|her)\s+"
            rf"(?:[\p{{L}}-]+\s+){{0,2}}?(?P<noun>\p{{Ll}}[\p{{Ll}}-]{{2,}})\s+(?:was|were|had\s+been)\s+(?P<part>\p{{Ll}}{{3,}}ed)\b",
            regex.I,
        ),
        # "three days after launch", "a week after the opening", "two months after it opened"
        "after_event": compile_pattern(
            rf"\b{_PRE}(?P<n>{num})\s+(?:full\s+)?{units}\s+after\s+(?:(?:the|its|their)\s+)?(?:(?P<noun>{verbs})\b(?!\s+of\b|['’-])"
            rf"|(?:it|they)\s+(?:was\s+|were\s+)?(?P<verb>{verbs})\b)",
            regex.I,
        ),
    }


def _span(y: int, mon: str | None, d: str | None) -> tuple[dt.date, dt.date] | None:
    import calendar

    try:
        if mon and d:
            day = dt.date(y, month_number(mon), int(d))
            return day, day
        if mon:
            m = month_number(mon)
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except (ValueError, KeyError):
        return None


def _dated_counts(tl: Timeline, key: str) -> Iterable[tuple[Any, int, int, int]]:
    """Matches of a count pattern outside quotations in a dated article, with the count and its sentence."""
    if " after " not in tl.lower and " since " not in tl.lower:
        return
    if not tl.doc_date or tl.doc_date.source == "as-of":
        return
    for m in _patterns()[key].finditer(tl.plain):
        n = _number_of(m.group("n"))
        if n and not tl.doc.in_quote(m.start()):
            yield (m, n, *tl.sentence(m.start()))


def counts_from_own_date(tl: Timeline) -> list[OwnDateCount]:
    """A time counted from something its own sentence dates ("two decades after the hall was rebuilt in 2012"),
    in a sentence of the present (rules/data/present-markers.txt) that speaks of no future and gives no other
    year, outside quotations: the count must reach the article's date."""
    p, out = _patterns(), []
    for m, n, s, t in _dated_counts(tl, "after_dated"):
        if {y.year for y in _plain_years(tl, s, t)} - {int(m.group("y")), tl.doc_date.date.year}:
            continue
        rest = tl.plain[s : m.start()] + " " + tl.plain[m.end() : t]
        if not p["present"].search(rest) or p["future"].search(tl.plain[s:t]):
            continue
        span = _span(int(m.group("y")), m.group("mon"), m.group("d"))
        if span is None:
            continue
        low, high = _days_window(m.group("pre"), n, _DAYS[m.group("unit").lower().rstrip("s")])
        out.append(OwnDateCount(m.start(), m.start("what") - 1, max(0, low), high, span[0], span[1], m.start("what"), m.end()))
    return out


def counts_to_own_date(tl: Timeline) -> list[OwnDateCount]:
    """A time counted after an event of rules/data/event-words.txt that ends at a full date its own sentence
    gives before the count ("reached orbit on 2 November, three days after launch")."""
    if " after " not in tl.lower:
        return []
    p, words, out = _patterns(), _event_words(), []
    for m in p["after_event"].finditer(tl.plain):
        n = _number_of(m.group("n"))
        if not n or tl.doc.in_quote(m.start()):
            continue
        s, _t = tl.sentence(m.start())
        days = [d for d in tl.dates if s <= d.start and d.end <= m.start() <= d.end + 40 and d.valid and d.day]
        if not days:
            continue
        d = days[-1]  # the date the count ends at stands just before it: "on 2 November, three days after launch"
        year = d.year or (_year_on_or_before(tl, d.month, d.day))
        if year is None:
            continue
        try:
            until = dt.date(year, d.month, d.day)
        except ValueError:
            continue
        word = " ".join((m.group("noun") or m.group("verb")).lower().split())
        low, high = _days_window(m.group("pre"), n, _DAYS[m.group("unit").lower().rstrip("s")])
        out.append(OwnDateCount(m.start(), m.end(), max(0, low), high, until, until, d.start, d.end, words[word][1]))
    return out


def _year_on_or_before(tl: Timeline, month: int, day: int) -> int | None:
    if not tl.doc_date or tl.doc_date.source == "as-of":
        return None
    ref = tl.doc_date.date
    for year in (ref.year, ref.year - 1):
        try:
            if dt.date(year, month, day) <= ref:
                return year
        except ValueError:
            return None
    return None


def _number_of(word: str) -> int | None:
    from lint.timeline import _number

    return _number(word)


def _sentence_dates(tl: Timeline, s: int, t: int) -> list[tuple[dt.date, dt.date, int, int]]:
    """The moments a sentence dates: full dates, months with a year, plain years (each as a first and last day)."""
    import calendar

    out = []
    taken: list[tuple[int, int]] = [tl.dateline] if tl.dateline else []
    for d in tl.dates:
        if s <= d.start < t and d.valid and d.year and not any(a <= d.start < b for a, b in taken):
            out.append((dt.date(d.year, d.month, d.day), dt.date(d.year, d.month, d.day), d.start, d.end))
            taken.append((d.start, d.end))
    for my in tl.month_years:
        if s <= my.start < t and not any(a <= my.start < b for a, b in taken):
            first = dt.date(my.year, my.first_month, 1)
            last = dt.date(my.year, my.last_month, calendar.monthrange(my.year, my.last_month)[1])
            out.append((first, last, my.start, my.end))
            taken.append((my.start, my.end))
    for y in _plain_years(tl, s, t):
        if not any(a <= y.start < b for a, b in taken):
            out.append((dt.date(y.year, 1, 1), dt.date(y.year, 12, 31), y.start, y.end))
    return out


def counts_from_retold(tl: Timeline) -> list[OwnDateCount]:
    """A time counted from "the <noun> was <done>" in a sentence of the present that gives no year, where
    other sentences give the same noun and verb one date each: one record per such date."""
    p, out = _patterns(), []
    for m, n, s, t in _dated_counts(tl, "after_clause"):
        if _plain_years(tl, s, t) or p["future"].search(tl.plain[s:t]):
            continue
        rest = tl.plain[s : m.start()] + " " + tl.plain[m.end() : t]
        if not p["present"].search(rest):
            continue
        noun, part = m.group("noun").lower(), m.group("part").lower()
        low, high = _days_window(m.group("pre"), n, _DAYS[m.group("unit").lower().rstrip("s")])
        for sent in tl.doc.sentences:
            if sent.start == s:
                continue
            words = set(regex.findall(r"\p{L}+", tl.lower[sent.start : sent.end]))
            if noun not in words or part not in words:
                continue
            dates = _sentence_dates(tl, sent.start, sent.end)
            if len(dates) == 1:
                first, last, a, b = dates[0]
                out.append(OwnDateCount(m.start(), m.end(), max(0, low), high, first, last, a, b))
    return out


def year_first_gaps(tl: Timeline) -> list[Gap]:
    """Counts of years ago set after the year they land on ("in 2015, almost two decades ago") or told with
    "back" ("some twenty years back in 2013"), as the base extraction's gaps ("eight years ago, in 2019")."""
    lower = tl.lower
    if " ago" not in lower and " back" not in lower:
        return []
    out = []
    for key in ("year_then_ago", "back_in_year"):
        for m in _patterns()[key].finditer(tl.plain):
            n = _number_of(m.group("n"))
            if not n:
                continue
            low, high = gap_bounds(n, m.group("unit"), m.group("pre"))
            out.append(Gap(m.start(), m.end(), m.group(), low, high, int(m.group("y")), "ago"))
    return out
