"""Counts of time whose two ends the article dates, read over the base extraction (:mod:`lint.timeline`).

DAT002's other readers take one wording each; these take the count itself ("more than twenty years",
"some eight months", "ten days", "two autumns", "its sixth week") and look for the dates at its two ends
in the article's own structure:

- a count of time ago set after the moment it lands on, in its own sentence ("the 2014 collision at the
  junction, more than twenty years ago", "in August 2024, some three years ago"): from that moment to the
  article's date, ``ago_counts``;
- a count that opens its sentence and goes on from the moment the sentence before it dates ("Ten days
  on, the trust says ...", "More than three months later, ..."): to the article's date in a sentence of the
  present, else no later than it, ``on_counts``;
- a count from the moment its own sentence dates to a happening told in the past ("charged in September
  2024, nearly three years before the jury was sworn in"): that happening cannot lie after the article's
  date, ``before_counts``;
- a time counted to the present in the perfect ("has now lasted more than three months") in a sentence
  that dates nothing, after a "since <date>" a sentence or two before it: ``lasted_since_counts``;
- an ordinal week, month or day said of the present with its start in the same sentence ("the walkout,
  which started on 23 February, is now entering its sixth week"): ``ordinal_counts``;
- a time up to now from a beginning its own sentence dates ("which first carried traffic in 1998, has now
  given more than forty years of service"): ``duration_counts``;
- an ordinal or named season after a dated beginning ("hired in the summer of 2024 ... a remarkable fifth
  season", "formed in 1921 ... their centenary season"): ``season_counts``.

Every record is in days, with the first and last day its start may be, and says whether the count must
end at the article's date (``exact``) or only not after it. A day or month written without a year is read
as the latest one on or before the article's date. Only a dated article (front matter, dateline, a
labelled date) is read, never ``--as-of``; quotations and sentences that speak of the future
(rules/data/future-markers.txt) are left alone. Vocabulary lives in rules/data/ (span-qualifiers.txt,
span-units.txt, span-past-verbs.txt).
"""

import calendar
import datetime as dt
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from lint.patterns import compile as compile_pattern
from lint.patterns import longest_first
from lint.timeline import Timeline
from lint.timeline_counts import _days_window, _num, _ord
from lint.wordlists import number_table, word_list, word_table


class SpanCount(NamedTuple):
    """``low``..``high`` days counted from a moment that may be any day of ``since`` (written at ``at``) to
    ``until``: exactly (``exact``) or at most (the end is a past happening); ``slack`` days of tolerance,
    or by default a tenth of the count."""

    start: int
    end: int
    low: int
    high: int
    since: tuple[dt.date, dt.date]
    at: tuple[int, int]
    until: dt.date
    exact: bool
    slack: int | None = None


def _alternation(words: Any) -> str:
    return "|".join(r"\s+".join(regex.escape(x) for x in w.split()) for w in longest_first(words))


@lru_cache(maxsize=None)
def _patterns() -> dict[str, Any]:
    pre = rf"(?:(?P<pre>{_alternation(word_table('span-qualifiers.txt'))})\s+)?"
    units = rf"(?P<unit>{_alternation(number_table('span-units.txt'))})s?"
    count = rf"\b{pre}(?P<n>{_num()}|a|an)\s+{units}"
    return {
        "ago": compile_pattern(rf"{count}\s+(?:ago|back)\b", regex.I),
        "on": compile_pattern(rf"(?:^|(?<=[.!?:;]\s*)|(?<=^\W*))\s*{count}\s+(?:on|later)\s*,", regex.I | regex.M),
        "before": compile_pattern(rf",\s*{count}\s+before\s+(?P<what>[^,.;:!?\n]{{3,80}})", regex.I),
        "lasted": compile_pattern(
            rf"\b(?:has|have)\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:lasted|run|gone\s+on)\s+(?:for\s+)?{count}\b", regex.I
        ),
        "ordinal": compile_pattern(
            rf"\b(?:is|are|now|still)\s+(?:entering|in|into)\s+(?:its|their|the)\s+(?P<o>{_ord()})\s+(?P<unit>day|week|month)\b",
            regex.I,
        ),
        "since": compile_pattern(r"\bsince\s+$", regex.I),
        "season": compile_pattern(
            rf"\b(?P<o>{_ord()}|{_alternation(_named_milestones())})\s+season\b(?!\s+(?:as|of|in\s+(?:the|his|her|their)\s+career)\b)", regex.I
        ),
        "season_owner": compile_pattern(r"\b(?:his|her)\s+(?:[\p{L}-]+\s+)?$", regex.I),
        "season_of": compile_pattern(r"\s+(?:for|of)\s+(?P<who>\p{Lu}[\p{L}'’-]+)"),
        "month_alone": compile_pattern(r"\b(?:in|since|from|until|of|early|mid|late|last)[\s-]+$", regex.I),
        "beginning": compile_pattern(rf"\b(?:{_alternation(word_list('span-beginning-words.txt'))})\b", regex.I),
        "duration": compile_pattern(rf"{count}\b(?!-)", regex.I),
        "now_words": compile_pattern(rf"\b(?:{_alternation(word_list('span-now-words.txt'))})\b", regex.I),
        "past_words": compile_pattern(rf"\b(?:{_alternation(word_list('span-past-words.txt'))}|\p{{Ll}}{{3,}}ed)\b", regex.I),
        "clause_words": compile_pattern(rf"\b(?:{_alternation(word_list('span-clause-words.txt'))})\b", regex.I),
        "since_clause": compile_pattern(r"^(?:[^,;]*|,\s*(?:ever\s+)?)\bsince\b[^,;]*$", regex.I),
        "past": compile_pattern(rf"\b(?:{_alternation(word_list('span-past-verbs.txt'))}|\p{{Ll}}{{3,}}ed)\b"),
        "future": compile_pattern(rf"\b(?:{_alternation(word_list('future-markers.txt'))})\b", regex.I),
        "present": compile_pattern(rf"\b(?:{_alternation(word_list('present-markers.txt'))})\b", regex.I),
    }


def _named_milestones() -> dict[str, int]:
    """The named milestones of rules/data/milestone-words.txt ("centenary named 100") as {words: years}."""
    out = {}
    for line in word_list("milestone-words.txt"):
        parts = line.split()
        if len(parts) >= 3 and parts[-2] == "named" and parts[-1].isdigit():
            out[" ".join(parts[:-2])] = int(parts[-1])
    return out


def _dated_now(tl: Timeline) -> dt.date | None:
    return tl.doc_date.date if tl.doc_date and tl.doc_date.source != "as-of" else None


def _on_or_before(now: dt.date, month: int, day: int) -> dt.date | None:
    for year in (now.year, now.year - 1):
        try:
            if dt.date(year, month, day) <= now:
                return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def moments(tl: Timeline, s: int, t: int) -> list[tuple[dt.date, dt.date, int, int]]:
    """The moments written between two offsets, in text order: those of :func:`lint.timeline_since._sentence_dates`
    (full dates, months with a year, plain years; not the dateline, not birth years), and a year-less day or a
    month named alone ("since 2 December", "in January") as the latest one on or before the article's date;
    each as its first and last day."""
    from lint.timeline_since import _sentence_dates

    out = _sentence_dates(tl, s, t)
    now = _dated_now(tl)
    if now is None:
        return out
    taken = [(x[2], x[3]) for x in out] + ([tl.dateline] if tl.dateline else [])
    for d in tl.dates:
        if s <= d.start < t and d.valid and d.day and not d.year and not any(a <= d.start < b for a, b in taken):
            day = _on_or_before(now, d.month, d.day)
            if day:
                out.append((day, day, d.start, d.end))
                taken.append((d.start, d.end))
    for start, end, mon in tl._month_names:
        # "in January", "since March": a month named alone is the latest one on or before the article's date.
        if not (s <= start < t) or any(a <= start < b for a, b in taken):
            continue
        if not _patterns()["month_alone"].search(tl.plain, max(s, start - 12), start) or regex.match(r"\.?\s*\d", tl.plain[end : end + 3]):
            continue
        year = now.year if mon <= now.month else now.year - 1
        out.append((dt.date(year, mon, 1), dt.date(year, mon, calendar.monthrange(year, mon)[1]), start, end))
        taken.append((start, end))
    return sorted(out, key=lambda x: x[2])


def _days(m: Any) -> tuple[int, int] | None:
    """The days a count allows, by its hedge (rules/data/span-qualifiers.txt)."""
    from lint.timeline import _number

    word = m.group("n").lower()
    n = 1 if word in ("a", "an") else _number(word)
    if not n:
        return None
    unit = number_table("span-units.txt")[" ".join(m.group("unit").lower().split()).removesuffix("s")]
    pre = " ".join((m.group("pre") or "").lower().split()) or "exact"
    reading = word_table("span-qualifiers.txt").get(pre, pre)
    if reading == "exact" and unit >= 365:
        # A count of years as written is rounded to the year, or to a tenth of a long count ("80 years"
        # is 72 to 88), never by a quarter as a count of days or weeks may be; a count of decades to a
        # quarter of one ("two decades" is 17 to 23 years: fifteen years is "a decade and a half").
        spread = max(unit // 4 if unit > 365 else unit // 2, n * unit // 10)
        return max(0, n * unit - spread), n * unit + spread
    low, high = _days_window(None if reading == "exact" else reading, n, unit)
    return max(0, low), high


def _usable(tl: Timeline, at: int, end: int) -> tuple[int, int] | None:
    """The sentence around a count (``at``..``end``), if the count is outside quotations and the sentence
    speaks of no future up to a few words after it (rules/data/future-markers.txt)."""
    if tl.doc.in_quote(at):
        return None
    s, t = tl.sentence(at)
    if s == t or _patterns()["future"].search(tl.plain, s, min(t, end + 30)):
        return None
    return s, t


def _previous_sentence(tl: Timeline, s: int) -> tuple[int, int] | None:
    at = s - 1
    while at > 0 and tl.plain[at].isspace():
        at -= 1
    if at <= 0:
        return None
    a, b = tl.sentence(at)
    return (a, b) if a < b else None


def _near(between: str) -> bool:
    """Whether the words between a moment and the count after it keep them in one phrase: a short stretch
    with no other number and no clause of its own (rules/data/span-clause-words.txt, span-past-words.txt,
    span-now-words.txt): "the 2014 collision at the junction, more than twenty years ago"."""
    p = _patterns()
    if len(between) > 45 or any(ch.isdigit() for ch in between):
        return False
    return not any(p[key].search(between) for key in ("clause_words", "past_words", "now_words"))


def ago_counts(tl: Timeline) -> list[SpanCount]:
    """"the 2014 collision at the junction, more than twenty years ago": from the one moment the sentence
    dates before the count (nothing dated between) to the article's date."""
    now = _dated_now(tl)
    if now is None or (" ago" not in tl.lower and " back" not in tl.lower):
        return []
    out = []
    for m in _patterns()["ago"].finditer(tl.plain):
        st = _usable(tl, m.start(), m.end())
        days = _days(m) if st else None
        if not st or not days:
            continue
        before = [x for x in moments(tl, st[0], st[1]) if x[3] <= m.start()]
        if not before or not _near(tl.plain[before[-1][3] : m.start()]):
            continue
        first, last, a, b = before[-1]
        out.append(SpanCount(m.start(), m.end(), *days, (first, last), (a, b), now, True, _hedge_slack(m, days)))
    return out


def _hedge_slack(m: Any, days: tuple[int, int]) -> int | None:
    """The tolerance of a count of years told as falling short ("almost four years ago", "close to six years
    back"): the hedge already allows most of a year below the count, so only a month more; other counts keep
    the default tenth."""
    pre = " ".join((m.group("pre") or "").lower().split())
    if not pre or word_table("span-qualifiers.txt").get(pre, pre) != "nearly":
        return None
    unit = number_table("span-units.txt")[" ".join(m.group("unit").lower().split()).removesuffix("s")]
    return 31 if unit >= 365 else None


def on_counts(tl: Timeline) -> list[SpanCount]:
    """"Ten days on, the trust says ...": a count that opens its sentence and goes on from the one moment
    the sentence before dates, in a sentence that dates nothing itself."""
    now = _dated_now(tl)
    if now is None or (" on," not in tl.lower and " later," not in tl.lower):
        return []
    p, out = _patterns(), []
    for m in p["on"].finditer(tl.plain):
        st = _usable(tl, m.start("n"), m.end())
        days = _days(m) if st else None
        if not st or not days or st[0] < m.start() - 1 or moments(tl, st[0], st[1]):
            continue
        prev = _previous_sentence(tl, st[0])
        found = moments(tl, *prev) if prev else []
        if len({(x[0], x[1]) for x in found}) != 1:
            continue
        first, last, a, b = found[0]
        if _days(m)[1] < 365 and (last - first).days > 31:  # type: ignore[index]
            continue  # "Three months later" after a sentence that dates only a year tells no day to count from
        exact = bool(p["present"].search(tl.plain, m.end(), st[1]))
        out.append(SpanCount(m.start("n") if m.start("pre") < 0 else m.start("pre"), m.end() - 1, *days, (first, last), (a, b), now, exact))
    return out


def before_counts(tl: Timeline) -> list[SpanCount]:
    """"charged in September 2024, nearly three years before the jury was sworn in": from the moment its
    sentence dates just before the count to a happening told in the past, which cannot follow the article."""
    now = _dated_now(tl)
    if now is None or " before " not in tl.lower:
        return []
    p, out = _patterns(), []
    for m in p["before"].finditer(tl.plain):
        st = _usable(tl, m.start("n"), m.end())
        days = _days(m) if st else None
        if not st or not days or not p["past"].search(m.group("what")):
            continue
        found = moments(tl, st[0], st[1])
        before = [x for x in found if x[3] <= m.start()]
        if not before or any(x[2] >= m.start() for x in found) or m.start() - before[-1][3] > 40:
            continue
        first, last, a, b = before[-1]
        start = m.start("pre") if m.start("pre") >= 0 else m.start("n")
        out.append(SpanCount(start, m.end("what"), *days, (first, last), (a, b), now, False))
    return out


def lasted_since_counts(tl: Timeline) -> list[SpanCount]:
    """"The closure has now lasted more than three months" in a sentence that dates nothing, after "since 2
    December" in one of the two sentences before it (and no other moment between)."""
    now = _dated_now(tl)
    if now is None or " since " not in tl.lower:
        return []
    p, out = _patterns(), []
    for m in p["lasted"].finditer(tl.plain):
        st = _usable(tl, m.start(), m.end())
        days = _days(m) if st else None
        if not st or not days or moments(tl, st[0], st[1]):
            continue
        found: list[tuple[dt.date, dt.date, int, int]] = []
        at = st[0]
        for _ in range(2):
            prev = _previous_sentence(tl, at)
            if prev is None:
                break
            found = moments(tl, *prev)
            if found:
                break
            at = prev[0]
        if len(found) != 1 or not p["since"].search(tl.plain, max(0, found[0][2] - 8), found[0][2]):
            continue
        first, last, a, b = found[0]
        out.append(SpanCount(m.start("n") if m.start("pre") < 0 else m.start("pre"), m.end(), *days, (first, last), (a, b), now, True))
    return out


def ordinal_counts(tl: Timeline) -> list[SpanCount]:
    """"The walkout, which started on 23 February, is now entering its sixth week": the one moment its
    sentence dates before the ordinal to the article's date."""
    from lint.timeline import _ordinal

    now = _dated_now(tl)
    if now is None:
        return []
    out = []
    for m in _patterns()["ordinal"].finditer(tl.plain):
        st = _usable(tl, m.start(), m.end())
        if not st:
            continue
        found = moments(tl, st[0], st[1])
        if len(found) != 1 or found[0][3] > m.start():
            continue
        unit = number_table("span-units.txt")[m.group("unit").lower()]
        n = _ordinal(m.group("o"))
        first, last, a, b = found[0]
        out.append(SpanCount(m.start(), m.end(), (n - 1) * unit, n * unit, (first, last), (a, b), now, True))
    return out


@lru_cache(maxsize=None)
def _not_to_now() -> dict[str, Any]:
    """rules/data/span-not-to-now.txt as patterns of the words before and after a count, and the nouns of
    "years of <noun>"."""
    table: dict[str, list[str]] = {"before": [], "after": [], "of": []}
    for line in word_list("span-not-to-now.txt"):
        side, _, words = line.partition(":")
        table[side.strip()].append(words.strip())
    return {
        "before": compile_pattern(rf"\b(?:{_alternation(table['before'])})\s+$", regex.I),
        "after": compile_pattern(rf"\s+(?:{_alternation(table['after'])})\b", regex.I),
        "of": compile_pattern(rf"\s+of\s+(?:(?:the|their|its|his|her)\s+)?(?:{_alternation(table['of'])})\b", regex.I),
    }


def _leads_to(between: str) -> bool:
    """Whether the words from a dated beginning to a count after it carry on to the present: a short stretch
    that tells no past of its own ("which first carried traffic in 1998, has now given local drivers"), or
    one that says it is of now ("..., and the owner says")."""
    p = _patterns()
    if len(between) > 100:
        return False
    return bool(p["now_words"].search(between)) or not p["past_words"].search(between)


def _counts_since(between: str) -> bool:
    """Whether the words from a count to a dated beginning after it count since it: "nine years have passed
    since the first flight in 2020", "home for 80 years, ever since leaving its old ground in 1965"."""
    return len(between) <= 100 and bool(_patterns()["since_clause"].match(between))


def duration_counts(tl: Timeline) -> list[SpanCount]:
    """"The bridge, which first carried traffic in 1998, has now given more than forty years of service": a
    count of time in a sentence of the present that dates one moment, a beginning (rules/data/
    span-beginning-words.txt: "since", "opened", "founded", ...), counts from it and cannot reach past the
    article's date. Counts that last no time up to now are left alone (rules/data/span-not-to-now.txt: "in
    five years", "ten years ago", "thirty years of experience")."""
    now = _dated_now(tl)
    if now is None:
        return []
    p, no, out = _patterns(), _not_to_now(), []
    for m in p["duration"].finditer(tl.plain):
        if m.group("unit").lower() in ("day", "fortnight", "autumn", "spring", "summer", "winter"):
            continue
        st = _usable(tl, m.start(), m.end())
        if not st or not p["present"].search(tl.plain, st[0], st[1]):
            continue
        lead = m.start("pre") if m.start("pre") >= 0 else m.start("n")
        if no["before"].search(tl.plain, max(st[0], lead - 20), lead) or no["after"].match(tl.plain, m.end()) or no["of"].match(tl.plain, m.end()):
            continue
        found = moments(tl, st[0], st[1])
        if len(found) != 1:
            continue
        first, last, a, b = found[0]
        if a <= m.start() < b or not p["beginning"].search(tl.plain, max(st[0], a - 70), a):
            continue
        if not (_leads_to(tl.plain[b:lead]) if b <= lead else _counts_since(tl.plain[m.end() : a])):
            continue
        days = _days(m)
        if days:
            out.append(SpanCount(lead, m.end(), *days, (first, last), (a, b), now, False))
    return out


def season_counts(tl: Timeline) -> list[SpanCount]:
    """"hired in the summer of 2024 ... a remarkable fifth season for the coach": the Nth season cannot begin
    before N - 1 years have passed since the beginning its sentence or the sentence before dates; "formed in
    1921 ... their centenary season" must fall within a year of the hundredth."""
    from lint.timeline import _ordinal

    now = _dated_now(tl)
    if now is None or "season" not in tl.lower:
        return []
    p, named, out = _patterns(), _named_milestones(), []
    for m in p["season"].finditer(tl.plain):
        st = _usable(tl, m.start(), m.end())
        if not st:
            continue
        found = [x for x in moments(tl, st[0], st[1]) if x[2] < m.start()]
        if not found and not moments(tl, st[0], st[1]):
            # From the sentence before only if the season is of what that sentence names: not "his
            # twelfth season" after a ground's opening; "a fifth season for Obi" after Obi's hiring.
            prev = _previous_sentence(tl, st[0])
            who = p["season_of"].match(tl.plain, m.end())
            if prev is None or p["season_owner"].search(tl.plain, max(st[0], m.start() - 30), m.start("o")):
                continue
            if who and who.group("who") not in tl.plain[prev[0] : prev[1]]:
                continue
            found = moments(tl, *prev)
        if len(found) != 1 or not p["beginning"].search(tl.plain, max(0, found[0][2] - 70), found[0][2]):
            continue
        first, last, a, b = found[0]
        word = " ".join(m.group("o").lower().split())
        if word in named:
            years = named[word]
            out.append(SpanCount(m.start(), m.end(), (years - 1) * 365, (years + 1) * 365, (first, last), (a, b), now, True, 0))
        else:
            n = _ordinal(word)
            out.append(SpanCount(m.start(), m.end(), max(0, (n - 1) * 365 - 120), n * 365 + 120, (first, last), (a, b), now, False, 0))
    return out


def span_counts(tl: Timeline) -> list[SpanCount]:
    """Every count of this module, in text order."""
    return sorted(
        (*ago_counts(tl), *on_counts(tl), *before_counts(tl), *lasted_since_counts(tl), *ordinal_counts(tl), *duration_counts(tl), *season_counts(tl)),
        key=lambda c: c.start,
    )


def contradicts(c: SpanCount) -> bool:
    """Whether the count misses the days from its start to ``until``, by more than a tenth (at least three
    days unless the start is one day): too short for the earliest start, or (for an exact count) too long
    for the latest."""
    first, last = c.since
    slack = c.slack if c.slack is not None else c.low // 10 if first == last else max(3, c.low // 10)
    longest, shortest = (c.until - first).days, (c.until - last).days
    if c.low - slack > longest:
        return True
    return c.exact and shortest > c.high + slack
