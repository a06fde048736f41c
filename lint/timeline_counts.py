"""Counts of time that the base extraction (:mod:`lint.timeline`) leaves out, read over its records.

Each reader names one class of wording an editor checks against the dates an article gives:

- a milestone of the present told as a count of years ("marks 25 years in business this year",
  "celebrates two decades of brewing") or as "the Nth edition of the fair" (``counted_milestones``);
- a milestone dated by a year of its own ("celebrated their 40th anniversary in 2005",
  ``dated_milestones``);
- a span of years that ends at a dated moment ("retired in 2010 after 38 years", "were married for 60
  years before he died in 2003", ``ending_spans``) or at the time of writing ("her husband of 45
  years", ``spouse_spans``), and the starts it may count from (``span_starts``);
- a time counted from an event the article dates, said of the present ("more than a month after the
  recall, owners are still waiting", "in the five years since it opened", ``counts_from_events``);
- an age stated in the clause of a birth year ("she is 40 years old and was born in 1961",
  ``ages_beside_births``).

Vocabulary lives in rules/data/ (``milestone-verbs.txt``, ``span-start-verbs.txt``,
``present-markers.txt``); the readers only give shapes. Every record is in months or years with the
offsets of its words, so the rules (``lint.analyzers.dates``) can name both places of a contradiction.
"""

from functools import lru_cache, partial
from typing import Any, NamedTuple

import regex

from lint.patterns import compile as compile_pattern
from lint.patterns import LazyPattern, alternation_source, longest_first
from lint.timeline import (
    _NAME,
    _NUMBER_WORDS,
    _ORDINAL_WORDS,
    _YEAR,
    Timeline,
    Title,
    _clean_name,
    _event_words,
    _milestone_words,
    _number,
    _ordinal,
    _surname,
)
from lint.wordlists import word_list, word_table


class CountedMilestone(NamedTuple):
    """A milestone counted in years: ``years`` after its beginning, falling in ``year`` (the time of
    writing shifted by "next year"/"last year", or the year its sentence gives)."""

    start: int
    end: int
    years: int
    year: int
    kind: str  # "anniversary" or "edition"


class Span(NamedTuple):
    """A count of years (``low``..``high``, inclusive) that ends in the year ``end_year``."""

    start: int
    end: int
    low: int
    high: int
    end_year: int
    #: Where the end year is written (-1 when it is the time of writing).
    year_start: int
    year_end: int
    #: "marriage" when the count speaks of one ("married for 60 years", "their 51 years together"),
    #: which counts from a wedding only; else "career", which never does.
    kind: str = "career"


class SpanStart(NamedTuple):
    """A year something began for a person or a thing: "joined the service in 1980", "married in 1955"."""

    start: int
    end: int
    year: int
    verb: str


class EventCount(NamedTuple):
    """A time counted from an event the article names without a date: ``low``..``high`` days after ``event``."""

    start: int
    end: int
    low: int
    high: int
    event: str


class BirthAge(NamedTuple):
    """An age and a birth year in one clause of one subject."""

    start: int
    end: int
    age: int
    year: int
    year_start: int
    year_end: int


_PRE = r"(?:(?P<pre>nearly|almost|about|some|roughly|more\s+than|over|just\s+over|just|only|close\s+to|barely|a\s+good|the\s+best\s+part\s+of)\s+)?"


@lru_cache(maxsize=None)
def _num() -> str:
    return r"(?:\d{1,3}|" + "|".join(longest_first(_NUMBER_WORDS)) + r")"


@lru_cache(maxsize=None)
def _ord() -> str:
    return r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(longest_first(_ORDINAL_WORDS)) + r")"


#: A word list as an alternation, any white space between words; the patterns set the boundaries.
_alternation = partial(alternation_source, bounded=False)


@lru_cache(maxsize=None)
def _patterns() -> dict[str, Any]:
    num, ordinal = _num(), _ord()
    verbs = _alternation(word_list("milestone-verbs.txt"))
    editions = _alternation(w for w, (kind, _) in _milestone_words().items() if kind == "edition")
    starts = _alternation(word_list("span-start-verbs.txt"))
    nouns = _alternation(w for w, (pos, _, _) in _event_words().items() if pos == "noun")
    event_verbs = _alternation(w for w, (pos, _, _) in _event_words().items() if pos == "verb")
    units = r"(?P<unit>days?|weeks?|months?|years?|decades?)"
    return {
        # "marks 25 years in business", "is celebrating three decades on stage", "toasts 40 years of bread";
        # not a person's years "at", "with", "as", "in office", nor a count "since" an event it names.
        "counted": compile_pattern(
            rf"\b(?P<verb>{verbs})\s+{_PRE}(?P<n>{num})\s+(?P<unit>years?|decades?)\b"
            r"(?!\s+(?:at|with(?!\s+an?\b)|as|since|ago|in\s+(?:office|post|charge|the\s+job|power|prison|jail)|on\s+the|for|behind|under)\b)"
            r"(?!['’-])",
            regex.I,
        ),
        # "After 20 years of operation, the plant is ...": a thing's own years, said of the present.
        "counted_of": compile_pattern(
            rf"\b(?:after|with|in)\s+(?P<n>{num})\s+(?P<unit>years?|decades?)\s+of\s+(?:{_alternation(word_list('operating-nouns.txt'))})\b",
            regex.I,
        ),
        # "the 40th edition of the regatta", "the twentieth staging of the fair".
        "nth_of": compile_pattern(rf"\bthe\s+(?P<n>{ordinal})\s+(?P<w>{editions})\s+of\s+(?:the|this|this\s+year['’]s)\b", regex.I),
        # The milestone of lint.timeline, read here when its sentence dates it: "its 50th anniversary in 1995".
        "milestone": compile_pattern(
            rf"\b(?:its|their)\s+(?:(?P<n>{ordinal})\s+)?(?P<w>{_alternation(_milestone_words())})\b(?!\s+(?:of|for)\b)",
            regex.I,
        ),
        "present": compile_pattern(rf"\b(?:{_alternation(word_list('present-markers.txt'))})\b", regex.I),
        "start_verb": compile_pattern(rf"\b(?P<v>{starts})\b", regex.I),
        # "retired in 2010 after 38 years", "after three decades behind the counter".
        "after_span": compile_pattern(rf"\b(?:after|following)\s+{_PRE}(?P<n>{num})\s+(?P<unit>years?|decades?)\b(?!\s+(?:ago|later|earlier)\b|\s+on\b(?!\s+(?:the|a|an|his|her|its|their)\b))", regex.I),
        # "were married for 60 years before Sam died in 2005".
        "for_span": compile_pattern(rf"\bfor\s+{_PRE}(?P<n>{num})\s+(?P<unit>years?|decades?)\s+(?:before|until)\b", regex.I),
        # "their 51 years together", "after 60 years of marriage".
        "together_span": compile_pattern(rf"\b(?:their|our)\s+{_PRE}(?P<n>{num})\s+(?P<unit>years?|decades?)\s+(?:together|of\s+marriage|as\s+(?:husband|wife|a\s+couple))\b", regex.I),
        "marriage_words": compile_pattern(r"\b(?:married|marriage|together|wed|wedding|husband|wife)\b", regex.I),
        # "her husband of 45 years", "his wife of 30 years" (not "her late husband of ...").
        "spouse": compile_pattern(
            rf"(?<!\blate\s)\b(?:husband|wife|partner|spouse)\s+of\s+{_PRE}(?P<n>{num})\s+(?P<unit>years?|decades?)\b", regex.I
        ),
        # "three years after the opening", "more than a month after launch", "in the five years since it opened".
        "from_event": compile_pattern(
            rf"\b{_PRE}(?P<n>{num})\s+(?:full\s+|whole\s+)?{units}\s+(?P<conn>after|since|on\s+from)\s+(?:(?:the|its|their|his|her)\s+(?:[\p{{L}}-]+\s+){{0,2}}?)?(?:(?P<noun>{nouns})\b(?!\s+of\b|['’-])"
            rf"|(?:it|they|he|she)\s+(?:was\s+|were\s+)?(?P<verb>{event_verbs})\b)",
            regex.I,
        ),
        "from_event_the": compile_pattern(rf"\bthe\s+{_PRE}(?P<n>{num})\s+{units}\s+since\s+(?:it|they)\s+(?:was\s+|were\s+)?(?P<verb>{event_verbs})\b", regex.I),
        # "she is 40 years old", "is now 40", "Now 40,": an age of the present.
        "age_now": compile_pattern(
            r"\b(?:(?:is|are)\s+(?:now\s+)?(?P<n>\d{1,3})(?:\s+years?\s+old)?(?=\s*(?:,|and\b|\.|;|$))|(?:is|are)\s+(?P<n2>\d{1,3})\s+years?\s+old"
            r"|\b[Nn]ow\s+(?P<n3>\d{1,3})\s*,)",
        ),
        "born_year": compile_pattern(rf"\b[Bb]orn\b[^.;:!?\n\d]{{0,60}}?\b(?P<y>{_YEAR})\b(?![-–/]\d)"),
        "kin": compile_pattern(r"\b(?:whose|her|his|their|its|my|our)\s+(?:\p{Ll}+\s+){0,2}?(?:was|were|is)\s+born\b|\b(?:whose|her|his|their)\s+\p{Ll}+\b", regex.I),
    }


def _count_window(pre: str | None, n: int, per: int) -> tuple[int, int]:
    """The whole units (years, or days) a count allows: "nearly 30" 28-30, "more than 30" 30-35, "30" 29-31."""
    pre = " ".join((pre or "").lower().split())
    if per >= 10:  # decades, read in years
        n, spare = n * per, 2
    else:
        n, spare = n * per, max(1, per // 4) if per > 1 else 1
    if pre in ("nearly", "almost", "close to", "barely", "just", "only"):
        return n - 2 * spare, n
    if pre in ("more than", "over", "just over", "a good", "the best part of"):
        return n if pre in ("more than", "over", "just over") else n - spare, n + 5 * spare
    if pre in ("about", "some", "roughly"):
        return n - 2 * spare, n + 2 * spare
    return n - spare, n + spare


def _plain_years(tl: Timeline, start: int, end: int) -> list[Any]:
    """Plain years written between two offsets, leaving out birth years and the dateline's own year."""
    births = [(b.start, b.end) for b in (*tl.births, *tl.clause_births)]
    head = tl.dateline or (0, 0)
    return [
        y for y in tl.years_in(start, end)
        if y.kind == "year" and not any(a <= y.start < b for a, b in births) and not head[0] <= y.start < head[1]
    ]  # fmt: skip


def _dated_now(tl: Timeline) -> Any:
    """The document date when the article states it (front matter, dateline), never --as-of."""
    return tl.doc_date if tl.doc_date and tl.doc_date.source != "as-of" else None


def counted_milestones(tl: Timeline) -> list[CountedMilestone]:
    """Milestones of the present told as a count ("marks 25 years in business this year") or as "the Nth
    edition of the X" in a sentence of the present; a sentence that gives a year of its own is left out."""
    now = _dated_now(tl)
    if now is None:
        return []
    lower, plain, out = tl.lower, tl.plain, []
    p = _patterns()
    begun: set[int] | None = None

    def own_year(s: int, t: int) -> bool:
        """The sentence gives a year that begins nothing ("founded in 1990, marks ..." begins the count)."""
        nonlocal begun
        if begun is None:
            begun = {b.when.year for b in tl.beginnings} | {x.year for x in span_starts(tl)}
        return any(y.year not in begun for y in _plain_years(tl, s, t))

    if " years" in lower or " decades" in lower:
        for m in p["counted"].finditer(plain):
            n = _number(m.group("n"))
            if not n or m.group("pre"):
                continue
            years = n * (10 if m.group("unit").lower().startswith("decade") else 1)
            s, t = tl.sentence(m.start())
            if own_year(s, t) or tl.doc.in_quote(m.start()):
                continue
            verb = m.group("verb").lower().split()[-1]
            shift = _shift(tl, s, t)
            if verb.endswith("ed") and shift is None:
                continue  # "marked 25 years with a party": some year the sentence does not say
            out.append(CountedMilestone(m.start(), m.end(), years, now.date.year + (shift or 0), "anniversary"))
        for m in p["counted_of"].finditer(plain):
            n = _number(m.group("n"))
            s, t = tl.sentence(m.start())
            if not n or own_year(s, t) or tl.doc.in_quote(m.start()) or not p["present"].search(plain, m.end(), t):
                continue
            years = n * (10 if m.group("unit").lower().startswith("decade") else 1)
            out.append(CountedMilestone(m.start(), m.end(), years, now.date.year + (_shift(tl, s, t) or 0), "anniversary"))
    if " of the" in lower or " of this" in lower:
        for m in p["nth_of"].finditer(plain):
            s, t = tl.sentence(m.start())
            if own_year(s, t) or tl.doc.in_quote(m.start()):
                continue
            shift = _shift(tl, s, t)
            if shift is None and not p["present"].search(plain, s, t):
                continue
            out.append(CountedMilestone(m.start(), m.end(), _ordinal(m.group("n")), now.date.year + (shift or 0), "edition"))
    return out


_SHIFT = LazyPattern(r"\b(?P<rel>[Tt]his|[Nn]ext|[Ll]ast)\s+(?:(?P<unit>year|season|spring|summer|autumn|fall|winter|month|week)\b|(?P<mon>[A-Z][a-z]+)\b)")


def _shift(tl: Timeline, s: int, t: int) -> int | None:
    """+1 for "next year", -1 for "last year", 0 for "this month"; "last October" is this year's October
    when that month is past at the time of writing, else last year's. None when the sentence says none."""
    from lint.timeline import _MONTHS

    for m in _SHIFT.finditer(tl.plain, s, t):
        rel = m.group("rel").lower()
        if m.group("unit"):
            return {"this": 0, "next": 1, "last": -1}[rel]
        month = _MONTHS.get(m.group("mon").lower())
        if month and tl.doc_date and rel == "last":
            return 0 if month < tl.doc_date.date.month else -1
    return None


def dated_milestones(tl: Timeline) -> list[CountedMilestone]:
    """"Its 50th anniversary in 1995", "held its 20th edition in 2005": a milestone whose sentence gives
    one year after it, the year the milestone fell in."""
    words = _milestone_words()
    if not any(w.split()[-1] in tl.lower for w in words):
        return []
    out = []
    for m in _patterns()["milestone"].finditer(tl.plain):
        kind, named = words[" ".join(m.group("w").lower().split())]
        count = _ordinal(m.group("n")) if m.group("n") else named
        if not count or (kind != "named" and named) or tl.doc.in_quote(m.start()):
            continue
        s, t = tl.sentence(m.start())
        years = _plain_years(tl, s, t)
        after = [y for y in years if y.start >= m.end()]
        if len(after) != 1 or tl.plain[m.end() : after[0].start].count(",") > 1 or after[0].start - m.end() > 40:
            continue
        out.append(CountedMilestone(m.start(), after[0].end, count, after[0].year, "edition" if kind == "edition" else "anniversary"))
    return out


def span_starts(tl: Timeline) -> list[SpanStart]:
    """Years that may begin something in the article's sentences: each plain year within a clause's reach
    of a start verb (rules/data/span-start-verbs.txt: "joined the service in 1980", "married ... in the
    summer of 1958", "who in 1972 became", "became dean in 1974 and, a decade later, in 1984, its
    president"), and the first year of every range ("2000–2019: president"). More candidates can only
    make a span fit, never report one."""
    if "_span_starts" in tl.__dict__:  # read once per time line
        return tl.__dict__["_span_starts"]
    out: dict[int, SpanStart] = {}
    pattern = _patterns()["start_verb"]
    for sentence in tl.doc.sentences:
        years = _plain_years(tl, sentence.start, sentence.end)
        if not years:
            continue
        verbs = list(pattern.finditer(tl.plain, sentence.start, sentence.end))
        for y in years:
            # The verb nearest the year, up to 120 characters before it or 40 after: "became dean in 1974 and,
            # a decade later, in 1984, its president"; "who in 1972 became".
            reach = [(y.start - m.end(), m) for m in verbs if 0 <= y.start - m.end() <= 120]
            reach += [(m.start() - y.end, m) for m in verbs if 0 <= m.start() - y.end <= 40]
            if reach:
                m = min(reach, key=lambda r: r[0])[1]
                out.setdefault(y.start, SpanStart(y.start, y.end, y.year, m.group("v").lower()))
    for y in tl.years:
        if y.kind in ("range", "season") and not regex.match(r"-\d", tl.plain[y.end : y.end + 2]):  # "2000–2019" reads as a season too; "2025-07-16" is a date
            out.setdefault(y.start, SpanStart(y.start, y.start + 4, y.year, "range"))
    tl.__dict__["_span_starts"] = found = sorted(out.values())
    return found


def ending_spans(tl: Timeline) -> list[Span]:
    """"Retired in 2010 after 38 years", "for 60 years before Sam died in 2005": a count of years in a
    sentence whose latest plain year is where the span ends."""
    lower = tl.lower
    if " years" not in lower and " decades" not in lower:
        return []
    out = []
    p = _patterns()
    for key in ("after_span", "for_span", "together_span"):
        for m in p[key].finditer(tl.plain):
            n = _number(m.group("n"))
            if not n or tl.doc.in_quote(m.start()):
                continue
            s, t = tl.sentence(m.start())
            years = _plain_years(tl, s, t)
            if not years:
                continue
            last = max(years, key=lambda y: y.year)
            low, high = _count_window(m.group("pre"), n, 10 if m.group("unit").lower().startswith("decade") else 1)
            # "were married for 60 years", "their 51 years together", "after 60 years of marriage": the words
            # about the count, not a husband named elsewhere in its sentence.
            kind = "marriage" if p["marriage_words"].search(tl.plain, max(s, m.start() - 25), min(t, m.end() + 15)) else "career"
            out.append(Span(m.start(), m.end(), low, high, last.year, last.start, last.end, kind))
    return out


def spouse_spans(tl: Timeline) -> list[Span]:
    """"Her husband of 45 years" in a dated article: a marriage that lasts to the time of writing."""
    now = _dated_now(tl)
    if now is None or " of " not in tl.lower:
        return []
    out = []
    for m in _patterns()["spouse"].finditer(tl.plain):
        n = _number(m.group("n"))
        if not n or tl.doc.in_quote(m.start()):
            continue
        low, high = _count_window(m.group("pre"), n, 10 if m.group("unit").lower().startswith("decade") else 1)
        out.append(Span(m.start(), m.end(), low, high, now.date.year, -1, -1, "marriage"))
    return out


_UNIT_CONNECTOR = LazyPattern(r"\b(?:days?|weeks?|months?|years?|decades?)\s+(?:after|since|on\s+from)\b", regex.I)

#: "has fallen by almost a day since the merger": a count that is the size of a change, not a time elapsed.
_BY_AMOUNT = LazyPattern(r"\bby\s+$")

_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}


def _days_window(pre: str | None, n: int, unit: int) -> tuple[int, int]:
    """The days a count of days, weeks, months or years allows: "three weeks" 16-26 days, "nearly a year"
    9-12 months, "more than a month" at least 30 days; plain counts are read loosely (a quarter either way)."""
    pre, total = " ".join((pre or "").lower().split()), n * unit
    spread = max(unit // 2, total // 4)
    if pre in ("nearly", "almost", "close to", "barely", "just", "only"):
        return total - max(unit // 4, total // 4), total
    if pre in ("more than", "over", "just over"):
        return total, total + max(2 * unit, total)
    if pre in ("about", "some", "roughly"):
        return total - max(unit, total * 3 // 10), total + max(unit, total * 3 // 10)
    if pre in ("a good", "the best part of"):
        return total - spread, total + max(unit, total // 4)
    return total - spread, total + spread


def counts_from_events(tl: Timeline) -> list[EventCount]:
    """"Three years after the opening, the depot still has ...", "in the five years since it opened": a
    time counted from an event named without a date, in a sentence of the present (rules/data/
    present-markers.txt) that gives no year of its own."""
    lower = tl.lower
    if " after " not in lower and " since " not in lower and " on from " not in lower:
        return []
    if _dated_now(tl) is None:
        return []
    p, words, out, ends = _patterns(), _event_words(), [], set()
    anchors = [a.start() for a in _UNIT_CONNECTOR.finditer(tl.plain)]  # "years after", "months since"
    for key in ("from_event", "from_event_the"):
        for m in (m for a in anchors for m in [p[key].search(tl.plain, max(0, a - 60), a + 120)] if m):
            n = _number(m.group("n"))
            if not n or tl.doc.in_quote(m.start()) or m.end() in ends or _BY_AMOUNT.search(tl.plain, max(0, m.start() - 8), m.start()):
                continue
            s, t = tl.sentence(m.start())
            this_year = tl.doc_date.date.year if tl.doc_date else None
            now = "on" in (m.groupdict().get("conn") or "").lower()  # "two years on from the recall" is said of now
            if any(y.year != this_year for y in _plain_years(tl, s, t)) or not (now or p["present"].search(tl.plain, s, t)):
                continue  # a year of the time of writing ("available in 2025") does not date the sentence elsewhere
            word = " ".join((m.groupdict().get("noun") or m.group("verb")).lower().split())
            low, high = _days_window(m.group("pre"), n, _DAYS[m.group("unit").lower().rstrip("s")])
            ends.add(m.end())
            out.append(EventCount(m.start(), m.end(), max(0, low), high, words[word][1]))
    return out


def ages_beside_births(tl: Timeline) -> list[BirthAge]:
    """"She is 40 years old and was born in 1961", "Born in 1961, she is now 40": an age of the present and
    a birth year in one sentence with no relative's birth between ("her mother was born") and no other year."""
    if "born" not in tl.plain and "Born" not in tl.plain:
        return []
    p, out = _patterns(), []
    for b in p["born_year"].finditer(tl.plain):
        s, t = tl.sentence(b.start())
        if tl.doc.in_quote(b.start()) or len(tl.years_in(s, t)) != 1 or p["kin"].search(tl.plain, s, t):
            continue
        for m in p["age_now"].finditer(tl.plain, s, t):
            n = int(m.group("n") or m.group("n2") or m.group("n3"))
            if 0 < n < 120:
                out.append(BirthAge(m.start(), m.end(), n, int(b.group("y")), b.start("y"), b.end("y")))
                break
    return out


def _office_verbs() -> dict[str, tuple[str, ...]]:
    """rules/data/office-verbs.txt as {verb: office heads}."""
    return {verb: tuple(heads.split()) for verb, heads in word_table("office-verbs.txt").items()}


def office_verb_titles(tl: Timeline) -> list[Title]:
    """"Marrow, who still chairs the company's board", "Kell continues to coach the side": an office held now,
    told by its own verb after "still" or "continues to" (rules/data/office-verbs.txt), as a current title
    for each office word the verb stands for."""
    if "still " not in tl.lower and "continue" not in tl.lower:
        return []
    verbs = _office_verbs()
    pattern = _verb_title_pattern()
    out = []
    for v in _verb_anchor().finditer(tl.plain):  # "still chairs", "continues to coach"; the name is read back from there
        m = next((m for m in [pattern.search(tl.plain, max(0, v.start() - 120), v.end())] if m and m.end() == v.end()), None)
        if m is None:
            continue
        who = _clean_name(m.group("who"))
        if not who or tl.doc.in_quote(m.start()):
            continue
        for head in verbs[m.group("v").lower()]:
            out.append(Title(m.start(), m.end(), head, _surname(who).rstrip("’"), " ".join(who.split()[:-1]), False, frozenset()))
    return out


@lru_cache(maxsize=None)
def _verb_anchor() -> Any:
    return compile_pattern(rf"\b(?:still|continues?\s+to)\s+(?:{_alternation(_office_verbs())})\b(?!['’-])")


@lru_cache(maxsize=None)
def _verb_title_pattern() -> Any:
    verbs = _alternation(_office_verbs())
    return compile_pattern(
        rf"(?P<who>{_NAME})(?:\s*,\s*who\s+|\s+)(?:still\s+|continues\s+to\s+|continue\s+to\s+)(?P<v>{verbs})\b(?!['’-])"
    )
