"""The future tense for a date the article's own date has passed, for DAT008.

"The board will meet on 14 October" in a story dated 24 October, "the firm will open its second office
in January 2026" in one dated February 2026: a verb after "will" dated, in its own clause, to a day, a
month or a year before the article's date (front matter or dateline; never the run's ``--as-of``). A
date without a year is read as the one of the article's year, and only when that falls at most
:data:`YEARLESS_DAYS` days before the article (a year-less "on 20 November" in a January story means
the coming November).

The date must belong to the verb: it follows "will", perhaps an adverb, the verb and at most a few
words of its object, with no punctuation, no clause word and no noun of time between
(rules/data/future-date-stops.txt: "will mark the anniversary of the fire in 1990", "will reopen ten
years after it closed in 2015" date something else). "Will have" (looking back from a future time),
"the will" and "her will" (a testament) and quoted speech (said when it was still ahead) are skipped.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from lint.patterns import alternation_source
from lint.patterns import compile as compile_pattern
from lint.wordlists import word_list

if TYPE_CHECKING:
    from lint.timeline import Timeline

#: How many days before the article a year-less date may fall and still be read as this year's.
YEARLESS_DAYS = 45


class PastFuture(NamedTuple):
    start: int  # "will" ... the date
    end: int
    date_start: int
    date_end: int
    told: str  # the date as the message gives it ("14 October 2025")


@lru_cache(maxsize=None)
def _will() -> Any:
    """"will" as a verb (not "the will", "her will") and the word after it, past one adverb."""
    return compile_pattern(
        r"(?<!\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ff]ree|[Gg]ood|[Ii]ll|[Oo]wn|[Pp]olitical)\s)"
        r"\b[Ww]ill\s+(?:(?:also|now|then|still|only|again|formally|officially|finally)\s+)?(?P<v>\p{Ll}+)\b"
    )


@lru_cache(maxsize=None)
def _gap() -> Any:
    """The words between the verb and the date: at most six, no punctuation, none of the stop words."""
    stops = alternation_source(word_list("future-date-stops.txt"))
    return compile_pattern(rf"(?:\s+(?!(?i:{stops}))[\p{{L}}\d'’-]+){{0,6}}?\s+(?P<p>on|in)\s+$")


def _dates(tl: Timeline) -> list[tuple[int, int, dt.date, str]]:
    """Every date with the last day it can name: (start, end, last day, as told)."""
    ref = tl.doc_date.date  # type: ignore[union-attr]
    out = []
    for d in tl.dates:
        if not d.valid:
            continue
        if d.year:
            day = dt.date(d.year, d.month, d.day)
        else:
            try:
                day = dt.date(ref.year, d.month, d.day)
            except ValueError:
                continue
            if not (0 < (ref - day).days <= YEARLESS_DAYS):
                continue
        out.append((d.start, d.end, day, f"{day.day} {day:%B %Y}"))
    for m in tl.month_years:
        last = m.months[1]
        year, month = divmod(last, 12)
        following = dt.date(year + (month == 11), (month + 1) % 12 + 1, 1)
        out.append((m.start, m.end, following - dt.timedelta(days=1), tl.plain[m.start : m.end]))
    for y in tl.years:
        if y.kind == "year":
            out.append((y.start, y.end, dt.date(y.year, 12, 31), str(y.year)))
    return out


def future_for_past(tl: Timeline) -> list[PastFuture]:
    """Each "will" whose verb is dated, in its clause, before the article's date."""
    if not tl.doc_date or tl.doc_date.source == "as-of" or "will" not in tl.lower:
        return []
    ref, plain, out, seen = tl.doc_date.date, tl.plain, [], set()
    for start, end, last, told in sorted(_dates(tl)):
        if last >= ref or start in seen:
            continue
        lead = regex.match(r"(?i)(?:on|in)\s+", plain[start:end])
        at = start + lead.end() if lead else start
        s, _ = tl.sentence(at)
        wills = [w for w in _will().finditer(plain, max(s, at - 90), at)]
        if not wills:
            continue
        w = wills[-1]
        if w.group("v") in ("have", "not") or tl.doc.in_quote(w.start()):
            continue
        between = plain[w.end() : at]
        if not _gap().fullmatch(between if not lead else between + plain[start : at]):
            continue
        seen.add(start)
        out.append(PastFuture(w.start(), end, start, end, told))
    return out
