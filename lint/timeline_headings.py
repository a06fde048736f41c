"""Counts of time told in a headline or a sub-heading, read over the base extraction (:mod:`lint.timeline`).

A heading says of the present what the body dates: "Five years on", "Refinery hits 40-year mark",
"Park Turns Five", "Forty years of conchas", "Two Months On From the Recall", "in centenary season",
"at decade-old plant", "30-year housing veteran", "After 35 seasons". Each is a milestone of the time of writing, so it must fit one of the moments the
body dates (a beginning for a milestone, any dated event for "N years on").

The shapes are the reader's; the words are in rules/data/ (``heading-milestone-verbs.txt`` for "marks",
"hits", "turns"; ``milestone-words.txt`` for the named milestones). A heading count is read only when no
year of the body is one its count could land on: a heading about something the body never dates
("Ten years on, the port is quiet" over a story that gives 2015 somewhere) is left alone.
"""

from functools import lru_cache
from typing import Any, NamedTuple

import regex

from lint.patterns import compile as compile_pattern
from lint.timeline import _YEAR, Timeline, _milestone_words, _number
from lint.timeline_counts import _alternation, _dated_now, _num
from lint.wordlists import word_list


class HeadingCount(NamedTuple):
    """A count of ``months`` (give or take ``slack`` months; a count of months must land in its month) from a moment to the time of writing, told in
    a heading; ``events`` says whether any dated event may be that moment ("N years on"), else only a
    beginning ("marks N years", "turns N")."""

    start: int
    end: int
    months: int
    slack: int
    events: bool


@lru_cache(maxsize=None)
def _patterns() -> dict[str, Any]:
    num = _num()
    verbs = _alternation(word_list("heading-milestone-verbs.txt"))
    named = _alternation(w for w, (kind, _) in _milestone_words().items() if kind == "named")
    return {
        # "Five years on", "Two Months On From the Recall", "A decade on:" (not "years on end", "on the").
        "on": compile_pattern(
            rf"\b(?:(?P<a>an?)|(?P<n>{num}))[\s-]+(?P<unit>years?|months?|decades?)\s+on\b(?!\s+(?:end|the|a|an|and)\b)", regex.I
        ),
        # "hits 40-year mark", "reaches 25-year milestone"
        "mark": compile_pattern(rf"\b(?P<n>{num})-(?P<unit>year|decade)\s+(?:mark|milestone)\b", regex.I),
        # "marks five years", "Turns Five", "celebrates two decades" (not "turns 40 per cent", "marks 30 years since").
        "verb": compile_pattern(
            rf"\b(?:{verbs})\s+(?P<n>{num})(?:\s+(?P<unit>years?|decades?))?\b(?!-)(?!\s*(?:%|per\s*cent|percent|points|times|since|ago|of\s+age)\b)"
            r"(?![.,]\d)",
            regex.I,
        ),
        # "Forty years of conchas", "Ten years of growth": a round count only (a milestone is round; "three
        # years of losses" is a stretch of something else).
        # "Forty years on the air", "Thirty years at the helm": the same, of a post or a trade.
        "years_of": compile_pattern(rf"(?<=(?:^|[:—–-])[\s#]*)(?P<n>{num})\s+(?P<unit>years?|decades?)\s+(?:of|on|at)\s+\p{{L}}+", regex.I | regex.M),
        # "30-year housing veteran Jo Doe", "two-decade veteran of the force": a career to the time of writing.
        "veteran": compile_pattern(rf"\b(?P<n>{num})-(?P<unit>year|decade)\s+(?:[\p{{L}}-]+\s+){{0,2}}?veteran\b", regex.I),
        # "After 35 seasons, coach hangs up the whistle": a career that ends at the time of writing.
        "after": compile_pattern(rf"(?<=(?:^|[:—–-])[\s#]*)[Aa]fter\s+(?P<n>{num})\s+(?P<unit>years|seasons|decades)\b", regex.M),
        # "in centenary season", "Golden Jubilee"
        "named": compile_pattern(rf"\b(?P<w>{named})\b", regex.I),
        # Any count of time, to tell whether the body says the heading's count again.
        "count": compile_pattern(rf"\b(?:(?P<a>an?)|(?P<n>{num}))[\s-]+(?P<unit>years?|months?|decades?|century|centuries)\b", regex.I),
        # "turns 110 in 2027", "marks ten years next spring": a count dated to a time of its own.
        "later": compile_pattern(rf"\s+(?:(?:in|by)\s+(?:(?:early|mid|late)[\s-]+)?{_YEAR}\b|next\s+\p{{Ll}}+)"),
        # "at decade-old plant", "two-decade-old bridge"
        "old": compile_pattern(rf"\b(?:(?P<n>{num})-)?(?P<unit>decade|century)-old\b", regex.I),
    }


def _heading_spans(tl: Timeline) -> list[tuple[int, int]]:
    doc = tl.doc
    spans = [(b.start, b.end) for b in doc.blocks if b.kind == "heading"]
    head = doc.headline
    if head is not None and not any(a <= head.start < b for a, b in spans) and head.end <= len(doc.plain):
        line = doc.plain[head.start : head.end].strip()
        if line and "\n" not in line and len(line) <= 150 and not line.endswith("."):  # a title, not an opening paragraph
            spans.insert(0, (head.start, head.end))
    return [(a, b) for a, b in spans if b - a <= 200]


def _months(n: int, unit: str) -> int:
    unit = unit.lower()
    return n * (120 if unit.startswith("decade") else 1200 if unit.startswith("centur") else 1 if unit.startswith("month") else 12)


def heading_counts(tl: Timeline) -> list[HeadingCount]:
    """Counts of time to the present told in a headline or sub-heading of a dated article, leaving out each
    one that a year (or, for months, a month) of the body could be the start of."""
    now = _dated_now(tl)
    if now is None:
        return []
    spans = _heading_spans(tl)
    if not spans:
        return []
    p, plain, out = _patterns(), tl.plain, []
    named = _milestone_words()
    # a count the body says again ("Ten years on" over "ten years after the collapse") is the body's to check
    body_counts = {
        _months(1 if c.group("a") else _number(c.group("n")) or 0, c.group("unit"))
        for c in p["count"].finditer(plain)
        if not any(a <= c.start() < b for a, b in spans)
    }
    for a, b in spans:
        for key in ("on", "mark", "verb", "years_of", "veteran", "after", "named", "old"):
            for m in p[key].finditer(plain, a, b):
                if key == "named":
                    months, slack = named[" ".join(m.group("w").lower().split())][1] * 12, 12
                else:
                    word = m.groupdict().get("n")
                    n = 1 if not word else _number(word)
                    unit = m.groupdict().get("unit") or "year"
                    if not n:
                        continue
                    if key == "years_of" and (n < 5 or (n % 5 and not unit.lower().startswith("decade"))):
                        continue
                    if key == "verb" and not m.groupdict().get("unit") and not 2 <= n <= 150:
                        continue
                    months = _months(n, unit)
                    slack = 24 if unit.lower().startswith(("decade", "centur")) else 0 if unit.lower().startswith("month") else 12
                if months <= 0 or _body_could_start(tl, (a, b), now.date, months, max(1, slack)) or months in body_counts:
                    continue
                if p["later"].match(plain, m.end()):
                    continue  # "The branch turns 110 in 2027": a milestone still to come
                out.append(HeadingCount(m.start(), m.end(), months, slack, key == "on"))
    return out


def _body_could_start(tl: Timeline, heading: tuple[int, int], now: Any, months: int, slack: int) -> bool:
    """Whether a year (for a count of years) or a month (for a count of months) written outside the heading
    lies where the count would start."""
    here = now.year * 12 + now.month - 1
    lo, hi = here - months - slack, here - months + slack
    if months % 12 == 0:
        years = {y.year for y in tl.years if not heading[0] <= y.start < heading[1]}
        return any(lo // 12 <= y <= hi // 12 for y in years)
    for my in tl.month_years:
        if not heading[0] <= my.start < heading[1] and my.year * 12 + my.last_month - 1 >= lo and my.year * 12 + my.first_month - 1 <= hi:
            return True
    for d in tl.dates:
        if d.year and not heading[0] <= d.start < heading[1] and lo <= d.year * 12 + d.month - 1 <= hi:
            return True
    return False
