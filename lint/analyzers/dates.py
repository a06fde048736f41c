"""Date rules: where an article's own time line contradicts itself.

Every rule here compares two places in the same article (or a date with the
calendar), so each finding names both spans by line and text. They all read
:func:`lint.timeline.extract_timeline`, computed once per document.

Precision comes first: a rule fires only when the contradiction holds under
every reading the article allows (every start date it gives, every "now" it
states), and statements about an earlier moment ("was in its second year",
"then-President") are left alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import regex

from lint.analyzers.places import related, where
from lint.analyzers.registry import analyzer, option
from lint.analyzers.stamps import LEADING_STAMP
from lint.findings import Hit
from lint.patterns import LazyPattern, escape, transient

if TYPE_CHECKING:
    from lint.document import Document
    from lint.findings import Related
    from lint.rule import Rule
    from lint.timeline import CalendarDate, Elapsed, Timeline


def _timeline(doc: Document, ctx: Any) -> Timeline:
    # Imported here: loading the rule pack imports this module, and a run that
    # lints nothing (or disables these rules) should not pay for the extractor.
    from lint.timeline import extract_timeline

    return extract_timeline(doc, getattr(ctx, "as_of", None))


def _month_name(index: int) -> str:
    """A month index (year * 12 + month - 1) as "February 2024"."""
    return f"{calendar.month_name[index % 12 + 1]} {index // 12}"


def _span_text(months: tuple[int, int]) -> str:
    first, last = months
    if first == last:
        return _month_name(first)
    if first // 12 == last // 12:
        if first % 12 == 0 and last % 12 == 11:
            return str(first // 12)
        return f"{calendar.month_name[first % 12 + 1]}–{_month_name(last)}"
    return f"{_month_name(first)}–{_month_name(last)}"


# -- DAT001 -----------------------------------------------------------------------------
@analyzer("dates.event_two_dates", fields=("where", "value", "others", "verb", "answer"))
def event_two_dates(doc: Document, rule: Rule, ctx: Any) -> Iterable[Hit]:
    """One one-off event (trigger + object) dated to different years in one article.

    The year given most often is taken as the article's own answer; each
    mention of another year is reported, naming the mentions it contradicts.
    Mentions that tell two events apart ("full-scale invasion", "second
    invasion") make the group ambiguous, so it is skipped.
    """
    named = list(_named_events_two_dates(doc, ctx))
    yield from named
    tl = _timeline(doc, ctx)
    found = list(named)
    for hit in (*_dated_events_two_dates(doc, tl), *_part_and_month(doc, tl)):
        if not any(h.start < hit.end and hit.start < h.end for h in named):
            found.append(hit)
            yield hit
    for hit in (*_beginnings_two_dates(doc, tl), *_labels_two_dates(doc, tl), *_kinds_two_dates(doc, tl), *_bio_lines_two_dates(doc, tl), *_offices_taken_two_dates(doc, tl)):  # only where nothing above spoke
        if not any(h.start < hit.end and hit.start < h.end for h in found):
            found.append(hit)
            yield hit


def _labels_two_dates(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"the 2019 agreement" against "the agreement that both sides signed in 2017", whatever the noun
    (lint/timeline_labels.py)."""
    from lint.timeline_labels import labels_against_mentions

    for lab, mentions in labels_against_mentions(tl):
        yield _against_hit(doc, lab, _label_value(lab.value), mentions, _label_value(mentions[0].value))


def _against_hit(doc: Document, at: Any, value: str, against: Sequence[Any], answer: str) -> Hit:
    """DAT001's finding at one mention (``start``, ``end``) against the mentions it contradicts,
    which give ``answer``."""
    return Hit(
        at.start,
        at.end,
        {
            "where": where(doc, at.start, at.end),
            "value": value,
            "others": ", ".join(where(doc, x.start, x.end) for x in against),
            "verb": "dates" if len(against) == 1 else "date",
            "answer": answer,
        },
        related=tuple(related(doc, x.start, x.end, None) for x in against),
    )


def _kinds_two_dates(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"the company's 2016 listing" against "floated ... in 2012"; "the club's 2011 triumph" after "the last
    title came in 2009" (lint/timeline_synonyms.py)."""
    from lint.timeline_synonyms import labels_against_kind

    yield from _years_against(doc, labels_against_kind(tl))


def _years_against(doc: Document, pairs: Iterable[tuple[Any, Sequence[Any]]]) -> Iterable[Hit]:
    """DAT001's findings for mentions dated by a year, each against the mentions it contradicts."""
    for at, against in pairs:
        yield _against_hit(doc, at, str(at.year), against, " or ".join(dict.fromkeys(str(x.year) for x in against)))


def _bio_lines_two_dates(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"1994 - Joins the Courier" against "In 1996 she moved to the Courier" (lint/timeline_bio_lines.py)."""
    from lint.timeline_bio_lines import lines_against_story

    yield from _years_against(doc, lines_against_story(tl))


def _offices_taken_two_dates(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"took over as chief executive in April 2021" against "Since becoming CEO in 2022" (lint/timeline_offices.py)."""
    from lint.timeline_offices import offices_taken_twice

    yield from _years_against(doc, offices_taken_twice(tl))


def _label_value(v: Any) -> str:
    parts = [calendar.month_name[v.month] if v.month else "", str(v.day) if v.day else ""]
    text = " ".join(p for p in parts if p)
    return f"{text}, {v.year}" if text and v.year and v.day else " ".join(p for p in (text, str(v.year) if v.year else "") if p)


def _beginnings_two_dates(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """One thing's beginning named by two words ("launched in 2016", "inaugurated in 2014"; "opened its doors
    in 2011", "founded in 2014") at dates no one beginning allows (lint/timeline_beginnings.py)."""
    from lint.timeline_beginnings import conflicting_beginnings

    for b, against in conflicting_beginnings(tl):
        if _plural_in(doc, [b.event]) or any(_plural_in(doc, [a.event]) for a in against):
            continue
        answer = " or ".join(dict.fromkeys(str(a.event.year) for a in against))
        yield _against_hit(doc, b.event, str(b.event.year), [a.event for a in against], answer)


def _outside(month: int, part: tuple[int, int]) -> bool:
    """A month outside a part of the year, in either hemisphere ("autumn" is Sept.-Nov. or Mar.-May)."""
    first, last = part
    if last - first >= 11:
        return False
    south = ((first + 5) % 12 + 1, (last + 5) % 12 + 1)
    inside = first <= month <= last
    inside_south = south[0] <= month <= south[1] if south[0] <= south[1] else (month >= south[0] or month <= south[1])
    return not inside and not inside_south


def _part_words(span: str, year: int) -> str:
    """"autumn 2024" out of "its autumn 2024 debut"."""
    m = regex.search(rf"\p{{L}}+[\s-]+{year}", span)
    return " ".join(m.group().replace("-", " ").split()) if m else str(year)


def _part_and_month(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"went live in January 2024" and "its autumn 2024 debut": one event, one year, a month that the part
    of the year before the noun leaves out. Grouped as ``_dated_events_two_dates`` groups (one subject, no
    qualifier, no plural); the part-of-year mention is reported against the months."""
    groups = defaultdict(list)
    for ev in tl.dated_events:
        groups[ev.event].append(ev)
    for mentions in groups.values():
        parts = [ev for ev in mentions if ev.part and ev.year and not ev.month]
        if not parts or any(ev.qualified for ev in mentions) or mentions[0].recurring or _plural_in(doc, mentions):
            continue
        subjects = {ev.subject for ev in mentions if ev.subject} - {"he", "she"}
        if len(subjects) > 1:
            continue
        for ev in parts:
            months = [a for a in mentions if a.month and a.year == ev.year and _same_event(ev, a)]
            if not months or not all(_outside(a.month, ev.part) for a in months):
                continue
            yield _against_hit(doc, ev, _part_words(doc.plain[ev.start : ev.end], ev.year), months, _value(months[0], "month"))


def _named_events_two_dates(doc: Document, ctx: Any) -> Iterable[Hit]:
    """Named one-off events (an annexation of Crimea) given two years."""
    groups = defaultdict(list)
    for ev in _timeline(doc, ctx).events:
        groups[(ev.event, ev.obj)].append(ev)
    for mentions in groups.values():
        if len({ev.year for ev in mentions}) < 2 or any(ev.qualified for ev in mentions):
            continue
        yield from _minority_hits(doc, mentions, [ev.year for ev in mentions])


def _minority_hits(
    doc: Document,
    mentions: Sequence[Any],
    values: list[Any],
    preferred: set[Any] = set(),
    comparable: Any = lambda a, b: True,
) -> Iterable[Hit]:
    """Each mention whose date is not the article's own answer, naming the mentions it contradicts.

    The date given most often is the answer; on a tie a ``preferred`` one, then
    the first the reader met. A mention is reported only against mentions it
    is ``comparable`` with (that can be about the same event).
    """
    first = values[0]
    main = max(set(values), key=lambda v: (values.count(v), v in preferred, v == first))
    for ev, value in zip(mentions, values):
        agreeing = [a for a, v in zip(mentions, values) if v == main and comparable(ev, a)]
        if value == main or not agreeing:
            continue
        yield _against_hit(doc, ev, _show_value(value), agreeing, _show_value(main))


def _plural_in(doc: Document, events: Sequence[Any]) -> bool:
    """The article speaks of this kind of event in the plural ("recalls", "floods"): more than one."""
    from lint.timeline import event_forms

    lower = doc.plain.lower()
    return any(f" {form}s" in lower or f" {form}es" in lower for form in event_forms(events[0].event))


def _value(ev: Any, dimension: str) -> Any:
    if dimension == "year":
        return ev.year
    if dimension == "month":  # "in March 2024" against "the May 2024 recall": one year, two months
        return f"{calendar.month_name[ev.month]} {ev.year}" if ev.month and ev.year else None
    if dimension == "date":  # "the flood of June 3, 2014" against "the June 9, 2014 flood": one month, two days
        return f"{calendar.month_name[ev.month]} {ev.day}, {ev.year}" if ev.month and ev.day and ev.year else None
    return (ev.month, ev.day) if ev.month and ev.day and not ev.year else None


def _show_value(value: Any) -> str:
    if isinstance(value, (int, str)):
        return str(value)
    return f"{calendar.month_name[value[0]]} {value[1]}"


def _same_event(a: Any, b: Any) -> bool:
    """Two verbs ("X died in 2009", "Y, a carpenter, died in 2025") may have two subjects; a noun ("her
    death", "its opening") refers back to the one event, and two verbs with one named subject agree."""
    return a.noun or b.noun or (a.subject is not None and a.subject == b.subject)


def _dated_events_two_dates(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """An event of rules/data/event-words.txt ("opened", "its opening", "her death") given two dates.

    Only where the article can mean one event: no mention tells two apart
    ("second", "earlier"), no plural ("recalls"), and the things it happens to
    are never two different named ones ("the plant opened", "the museum opened").
    """
    groups = defaultdict(list)
    for ev in tl.dated_events:
        groups[ev.event].append(ev)
    for mentions in groups.values():
        # One named subject at most, and one pronoun at most ("the ferryman died" and "his death" may be one).
        subjects = {ev.subject for ev in mentions if ev.subject}
        pronouns = subjects & {"he", "she"}
        if len(subjects - pronouns) > 1 or len(pronouns) > 1:
            continue
        if len(mentions) < 2 or any(ev.qualified for ev in mentions) or _plural_in(doc, mentions):
            continue
        if _dates_name_events_apart(doc, mentions):
            continue

        for dimension in ("day",) if mentions[0].recurring else ("year", "month", "date", "day"):
            dated = [ev for ev in mentions if _value(ev, dimension) is not None]
            values = [_value(ev, dimension) for ev in dated]
            if len(set(values)) < 2:
                continue
            # On a tie a plain statement ("the club was founded in 1925") wins over a passing
            # reference ("since its 1927 founding").
            stated = {_value(ev, dimension) for ev in dated if not ev.noun}
            yield from _minority_hits(doc, dated, values, stated, _same_event)


def _dates_name_events_apart(doc: Document, mentions: Sequence[Any]) -> bool:
    """Two labels in one paragraph, "the 2011 flood is the one that proved ... the 1995 flood is the one
    that": a writer who sets two dates before the noun side by side tells two events apart by them (as
    "first" and "second" would), rather than misdating one. Labels far apart may still misdate one."""
    labels = [ev for ev in mentions if ev.noun and ev.year and doc.plain[ev.start : ev.start + 4].lower() == "the "]
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            if a.year != b.year or (a.month and b.month and a.month != b.month):
                block = doc.block_at(a.start)
                if block is not None and block.start <= b.start < block.end:
                    return True
    return False


# -- DAT002 -----------------------------------------------------------------------------
def _present(tl: Timeline, doc: Document) -> list[tuple[tuple[int, int], int, int, str]]:
    """When the article says "now" is: its date, else every "as of"/"into" anchor it writes."""
    if tl.doc_date:
        d = tl.doc_date.date
        index = d.year * 12 + d.month - 1
        label = f"the document date {d.isoformat()} ({tl.doc_date.source})"
        return [((index, index), tl.doc_date.start, tl.doc_date.end, label)]
    return [(a.when.months, a.start, a.end, where(doc, a.start, a.end)) for a in tl.anchors]


def _years_in_text(tl: Timeline, start: int, end: int) -> list[Any]:
    """The years written in a span, leaving out the dateline's (it dates the article, not the statement)."""
    head = tl.dateline or (0, 0)
    return [y for y in tl.years_in(start, end) if not head[0] <= y.start < head[1]]


def _own_time(doc: Document, tl: Timeline, e: Elapsed, start_years: set[int]) -> bool:
    """Whether the sentence dates itself (another year in it, not the dateline's): then it may not speak of now."""
    return any(y.year not in start_years for y in _years_in_text(tl, *tl.sentence(e.start)))


def _own_start_nearby(doc: Document, tl: Timeline, e: Elapsed, start_years: set[int]) -> bool:
    """"The forum is in its eighth year. It was first held in 2019": a count with no start of its own
    may still count from a year its paragraph gives, so another beginning elsewhere proves nothing."""
    block = next((b for b in doc.blocks if b.start <= e.start < b.end), None)
    if block is None:
        return False
    return any(y.year not in start_years for y in _years_in_text(tl, block.start, block.end))


@dataclass(frozen=True)
class ElapsedOptions:
    """The options of the ``dates.elapsed_contradicts_dates`` analyzer."""

    slack_months: int = option(1, "months by which the time of writing may miss the elapsed-time window")


@analyzer("dates.elapsed_contradicts_dates", options=ElapsedOptions, fields=("where", "start", "reckoning"))
def elapsed_contradicts_dates(doc: Document, rule: Rule, ctx: Any) -> Iterable[Hit]:
    """DAT002: the readers below, then the counts whose two ends the article dates (lint/timeline_spans.py)
    where no reader spoke already."""
    hits = list(_elapsed_readers(doc, rule, ctx))
    yield from hits
    yield from _span_counts_contradict(doc, _timeline(doc, ctx), [(h.start, h.end) for h in hits])


def _span_counts_contradict(doc: Document, tl: Timeline, reported: Sequence[tuple[int, int]]) -> Iterable[Hit]:
    """"the 2014 collision, more than twenty years ago", "Ten days on", "nearly three years before the jury
    was sworn in", "has now lasted more than three months", "now entering its sixth week": a count whose
    start the article dates, against the article's date (lint/timeline_spans.py)."""
    from lint import timeline_spans as spans

    done = list(reported)
    for c in spans.span_counts(tl):
        if any(a < c.end and c.start < b for a, b in done) or not spans.contradicts(c):
            continue
        done.append((c.start, c.end))
        now = f"the document date {c.until.isoformat()} ({tl.doc_date.source})"  # type: ignore[union-attr]
        until = now if c.exact else f"{now}, which the happening it counts to cannot follow"
        yield _day_count_hit(doc, c, c.at, c.since, c.until, until, (related(doc, *c.at, None),))


def _elapsed_readers(doc: Document, rule: Rule, ctx: Any) -> Iterable[Hit]:
    """"Now in its second year" against the article's own start date and its own "now".

    The start date plus the elapsed time gives a window for the time of
    writing; the rule fires only if every start date the article gives for
    that thing and every statement of the present fall outside it, by more
    than ``slack_months`` (option, default 1).
    """
    slack = rule.options.slack_months
    tl = _timeline(doc, ctx)
    counted = list(_counted_from_dates(doc, tl, slack))
    yield from counted
    yield from _gaps_contradict(doc, tl)
    yield from _milestones_contradict(doc, tl)
    yield from _marked_counts_contradict(doc, tl)
    yield from _durations_to_now_contradict(doc, tl, slack)
    of_years = list(_counts_of_years_contradict(doc, tl))
    yield from of_years
    yield from _heading_counts_contradict(doc, tl, [(h.start, h.end) for h in of_years])
    yield from _counts_from_own_dates_contradict(doc, tl, [(h.start, h.end) for h in counted])
    yield from _ended_counts_contradict(doc, tl, [(h.start, h.end) for h in (*counted, *of_years)])
    yield from _retold_anniversaries_contradict(doc, tl)
    own = list(_elapsed_from_own_year(doc, tl, slack))
    yield from own
    done = {h.start for h in own}
    own_start = list(_ordinals_from_own_start(doc, tl, slack, done))
    yield from own_start
    done |= {h.start for h in own_start}
    yield from _named_windows_contradict(doc, tl)
    if not tl.elapsed:
        return
    present = _present(tl, doc)
    if not present:
        return
    for e in tl.elapsed:
        if e.past or doc.in_quote(e.start) or e.start in done:
            continue
        starts = [s for s in tl.starts if e.subject and s.subject == e.subject and not (s.start <= e.start < s.end)]
        if not starts and e.now:
            # "Now in its tenth year" with no start date of its own: it counts from one of the
            # beginnings the article dates (an opening, a founding, taking office), whichever it is.
            starts = list(tl.beginnings)
            if starts and _own_start_nearby(doc, tl, e, {s.when.year for s in starts}):
                continue
        if not starts or _own_time(doc, tl, e, {s.when.year for s in starts}):
            continue
        windows = [
            (s, (s.when.months[0] + e.low, s.when.months[1] + e.high - 1)) for s in starts
        ]
        if not all(
            now[1] < lo - slack or now[0] > hi + slack for _, (lo, hi) in windows for now, *_ in present
        ):
            continue
        s, (lo, hi) = windows[0]
        start_text = where(doc, s.start, s.end)
        nows = " and ".join(f"{label} places it in {_span_text(now)}" for now, _, _, label in present)
        others = "" if len(windows) == 1 else " (and from the other start dates it gives)"
        yield Hit(
            e.start,
            e.end,
            {
                "where": where(doc, e.start, e.end),
                "start": f"{start_text}{others}",
                "reckoning": f"{_span_text(s.when.months)} + {e.low} to {e.high} months puts the time of writing in "
                f"{_span_text((lo, hi))}, but {nows}",
            },
            related=(related(doc, s.start, s.end, None), *(related(doc, a, b, None) for _, a, b, _ in present if a >= 0)),
        )


def _ordinals_from_own_start(doc: Document, tl: Timeline, slack: int, done: set[int]) -> Iterable[Hit]:
    """"The index, now in its sixth year, was first compiled in 2023" in a 2025 article: the ordinal against
    the start its own sentence gives (lint/timeline_ordinals.py)."""
    from lint.timeline_ordinals import own_start_ordinals

    for o in own_start_ordinals(tl):
        e = o.elapsed
        if e.start in done:
            continue
        lo, hi = o.year * 12 + e.low, o.year * 12 + 11 + e.high - 1
        (now, _), a, b, label = _present(tl, doc)[0]
        if lo - slack <= now <= hi + slack:
            continue
        yield Hit(
            e.start,
            e.end,
            {
                "where": where(doc, e.start, e.end),
                "start": where(doc, o.start, o.end),
                "reckoning": f"{o.year} + {e.low} to {e.high} months puts the time of writing in "
                f"{_span_text((lo, hi))}, but {label} places it in {_span_text((now, now))}",
            },
            related=(related(doc, o.start, o.end, None), *((related(doc, a, b, None),) if a >= 0 else ())),
        )


def _named_windows_contradict(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"The seven-year window from 2025 to 2030": a length that fits neither count of its range
    (lint/timeline_windows.py)."""
    from lint.timeline_windows import named_windows

    for w in named_windows(tl):
        yield Hit(
            w.start,
            w.end,
            {
                "where": where(doc, w.start, w.end),
                "start": where(doc, *w.first_at),
                "reckoning": f"{w.years} years, but from {w.first} to {w.last} is {w.last - w.first} years "
                f"({w.last - w.first + 1} counting both)",
            },
            related=(related(doc, *w.first_at, None), related(doc, *w.last_at, None)),
        )


def _counts_from_own_dates_contradict(doc: Document, tl: Timeline, reported: Sequence[tuple[int, int]] = ()) -> Iterable[Hit]:
    """A time counted from something its own sentence dates, said of the present ("comes two decades after
    the terminal was rebuilt in 2012"), against the article's date; and a time counted after a dated event
    that ends at a date of its own sentence ("reached orbit on 2 November, three days after launch"), against
    the event's dates (lint/timeline_since.py)."""
    from lint import timeline_since as since

    done: list[tuple[int, int]] = list(reported)
    retold: dict[int, list[Any]] = defaultdict(list)
    for c in since.counts_from_retold(tl):
        retold[c.start].append(c)
    groups = [[c] for c in since.counts_from_own_date(tl)] + list(retold.values())
    for group in groups:
        now = tl.doc_date.date  # type: ignore[union-attr]
        if any(a <= group[0].start < b for a, b in done):
            continue  # told already as a count that lands after the time of writing
        if any(c.low - max(3, c.low // 10) <= (now - c.first).days and (now - c.last).days <= c.high + max(3, c.low // 10) for c in group):
            continue
        c = group[0]
        done.append((c.start, c.end))
        until = f"the document date {now.isoformat()} ({tl.doc_date.source})"  # type: ignore[union-attr]
        spans = tuple(related(doc, x.date_start, x.date_end, None) for x in group[:3])
        yield _day_count_hit(doc, c, (c.date_start, c.date_end), (c.first, c.last), now, until, spans)
    for c in since.counts_to_own_date(tl):
        bases = [b for b in _event_day_ranges(tl, c.event or "") if not (c.start <= b[2].start < c.end) and b[1] <= c.first]
        if not bases or any(a <= c.start < b for a, b in done):
            continue
        slack = max(1, c.low // 10)
        if any(c.low - slack <= (c.first - last).days and (c.first - first).days <= c.high + slack for first, last, _ in bases):
            continue
        first, last, ev = bases[0]
        spans = (related(doc, ev.start, ev.end, None), related(doc, c.date_start, c.date_end, None))
        yield _day_count_hit(doc, c, (ev.start, ev.end), (first, last), c.first, where(doc, c.date_start, c.date_end), spans)


def _day_count_hit(
    doc: Document, c: Any, start: tuple[int, int], since: tuple[dt.date, dt.date], until: dt.date, until_text: str, spans: tuple[Any, ...]
) -> Hit:
    """A count of days (``c.low``..``c.high``) that the moment ``since`` (written at ``start``) and ``until`` do not allow."""
    shortest, longest = max(0, (until - since[1]).days), (until - since[0]).days
    elapsed = f"{shortest} days" if shortest == longest else f"{shortest}–{longest} days"
    counted = f"{c.low} days" if c.low == c.high else f"{c.low}–{c.high} days"
    return Hit(
        c.start,
        c.end,
        {
            "where": where(doc, c.start, c.end),
            "start": where(doc, *start),
            "reckoning": f"{counted}, but from it to {until_text} is {elapsed}",
        },
        related=spans,
    )


def _elapsed_from_own_year(doc: Document, tl: Timeline, slack: int) -> Iterable[Hit]:
    """"The contract it signed in 2024, a deal that is now in its fifth year" in a July 2025 article: a count
    said of the present ("now in its", "is in its") counts from the one year its sentence gives before it
    (not a birth year, not the dateline's), whatever the beginning is called. A dated article only."""
    counts = [(e.start, e.end, e.low, e.high) for e in tl.elapsed if e.now and not e.past]
    yield from _counted_to_now(doc, tl, slack, counts, own_sentence_only=False)


def _durations_to_now_contradict(doc: Document, tl: Timeline, slack: int) -> Iterable[Hit]:
    """"Construction, which broke ground in the autumn of 2023, has taken almost five years" in a May 2025
    article: a time counted to the present in the perfect must fit the time from the one year its sentence
    gives before it to the article's date (a dated article only; a sentence with another year after the
    count, or a birth year, is left alone)."""
    counts = [(d.start, d.end, d.low, d.high + 1) for d in tl.durations_to_now]
    yield from _counted_to_now(doc, tl, slack, counts, own_sentence_only=True)


def _counted_to_now(
    doc: Document, tl: Timeline, slack: int, counts: Sequence[tuple[int, int, int, int]], own_sentence_only: bool
) -> Iterable[Hit]:
    """Counts of months (``low`` to ``high``, half-open) up to the document date, each from the one year its
    sentence gives before it; with ``own_sentence_only`` the sentence may hold no other year at all."""
    dated = tl.doc_date if tl.doc_date and tl.doc_date.source != "as-of" else None
    if dated is None or not counts:
        return
    births = [(b.start, b.end) for b in (*tl.births, *tl.clause_births)]
    now = dated.date.year * 12 + dated.date.month - 1
    for at, end, low, high in counts:
        if doc.in_quote(at):
            continue
        s, t = tl.sentence(at)
        years = [
            y for y in tl.years_in(s, t if own_sentence_only else at)
            if not any(a <= y.start < b for a, b in births) and not dated.start <= y.start < dated.end
        ]
        before = [y for y in years if y.end <= at]
        if len(before) != 1 or len(years) != 1 or before[0].kind != "year":
            continue
        y = before[0]
        span = next((m for m in tl.month_years if m.start <= y.start < m.end), None)
        first, last = span.months if span else (y.year * 12, y.year * 12 + 11)
        shortest, longest = now - last, now - first
        if longest >= low - slack and shortest < high + slack:
            continue
        start = span or y
        yield Hit(
            at,
            end,
            {
                "where": where(doc, at, end),
                "start": where(doc, start.start, start.end),
                "reckoning": f"{low}–{high} months, but from {_span_text((first, last))} to the document date "
                f"{dated.date.isoformat()} ({dated.source}) is {max(0, shortest)}–{longest} months",
            },
            related=(related(doc, start.start, start.end, None),),
        )


def _year_before(doc: Document, tl: Timeline, offset: int) -> Any:
    """The last plain year the article gives before an offset, in the same paragraph or the one before."""
    block = doc.block_at(offset)
    index = doc.blocks.index(block) if block is not None else -1
    first = doc.blocks[index - 1].start if index > 0 else (block.start if block else max(0, offset - 400))
    years = [y for y in tl.years_in(first, offset) if y.end <= offset]
    return years[-1] if years and years[-1].kind == "year" else None


def _gaps_contradict(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"Eight years ago, in 2019" in a 2025 article; "founded in 2009 ... a decade later, in 2016": the count
    of years and the year it lands on disagree, counted from the time of writing (a dated article only:
    front matter or dateline) or from the year given just before."""
    from lint.timeline_since import year_first_gaps

    dated = tl.doc_date if tl.doc_date and tl.doc_date.source != "as-of" else None
    for g in (*tl.gaps, *year_first_gaps(tl)):
        if doc.in_quote(g.start):
            continue
        if g.direction == "ago":
            if dated is None:
                continue
            base, base_text = dated.date.year, f"the document date {dated.date.isoformat()} ({dated.source})"
            counted = base - g.year
            spans: tuple[Related, ...] = (related(doc, dated.start, dated.end, None),) if dated.start >= 0 else ()
        else:
            before = _year_before(doc, tl, g.start)
            if before is None:
                continue
            base, base_text = before.year, where(doc, before.start, before.end)
            counted = g.year - base if g.direction == "later" else base - g.year
            spans = (related(doc, before.start, before.end, None),)
        if g.low <= counted <= g.high:
            continue
        yield Hit(
            g.start,
            g.end,
            {
                "where": where(doc, g.start, g.end),
                "start": base_text,
                "reckoning": f"{g.low}–{g.high} years, but {g.year} is {abs(counted)} year{'s' if abs(counted) != 1 else ''} from {base}",
            },
            related=spans,
        )


def _milestones_contradict(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"Marks its 25th anniversary this year" in a 2026 article about a centre the article says opened in
    1988: the milestone must fit one of the beginnings the article dates (an anniversary within a year,
    an edition of a yearly event no later than the years since the first allow). A dated article only."""
    dated = tl.doc_date if tl.doc_date and tl.doc_date.source != "as-of" else None
    if dated is None or not tl.milestones:
        return
    starts = list(tl.beginnings)
    years = {s.when.year for s in starts}
    for ms in tl.milestones:
        if not starts or doc.in_quote(ms.start):
            continue
        if any(y.kind == "year" and y.year not in years for y in _years_in_text(tl, *tl.sentence(ms.start))):
            continue  # the sentence dates itself
        when = dated.date.year + ms.shift
        if any(_milestone_fits(ms.kind, ms.years, when - s.when.year) for s in starts):
            continue
        begun = [(s.when.year, s.start, s.end) for s in starts]
        yield _milestone_hit(doc, ms, when, begun[0], begun)


def _milestone_fits(kind: str, years: int, gap: int) -> bool:
    """Whether a milestone of ``years`` (an anniversary, or the ``years``-th edition of a yearly
    event) fits a beginning ``gap`` years before it: an anniversary within a year; an edition no
    later than the years since the first allow."""
    if kind == "edition":
        return gap >= max(0, years - 1)
    return abs(gap - years) <= 1


def _milestone_hit(doc: Document, ms: Any, when: int, start: tuple[int, int, int], starts: Sequence[tuple[int, int, int]]) -> Hit:
    """A milestone in ``when`` that fits none of the beginnings (year, start, end) of ``starts``,
    reckoned against ``start``."""
    year, a, b = start
    counted = f"{ms.years - 1} years after the first" if ms.kind == "edition" else f"{ms.years} years after it"
    return Hit(
        ms.start,
        ms.end,
        {
            "where": where(doc, ms.start, ms.end),
            "start": where(doc, a, b),
            "reckoning": f"the milestone falls in {when}, {counted}, which does not fit {year}"
            + (" (nor any other beginning the article dates)" if len(starts) > 1 else ""),
        },
        related=tuple(related(doc, x, y, None) for _, x, y in starts[:3]),
    )


def _marked_counts_contradict(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"Friday marks ten years since the fire of November 21, 2014" in a November 2025 article: a count
    that the sentence marks as of now ("marks", "it has been") from a month the article names must land
    within two months of the article's date (a dated article only)."""
    dated = tl.doc_date if tl.doc_date and tl.doc_date.source != "as-of" else None
    if dated is None:
        return
    now = dated.date.year * 12 + dated.date.month - 1
    for c in tl.since:
        if c.kind != "after" or c.base.first_month != c.base.last_month or c.low % 12 or doc.in_quote(c.start):
            continue
        if not tl.marked_as_now(c.start):
            continue
        moment = c.base.months[0] + c.low
        if abs(moment - now) <= 2:
            continue
        yield Hit(
            c.start,
            c.end,
            {
                "where": where(doc, c.start, c.end),
                "start": _month_name(c.base.months[0]),
                "reckoning": f"{c.low // 12} years land in {_month_name(moment)}, but the document date "
                f"{dated.date.isoformat()} ({dated.source}) places the time of writing in {_month_name(now)}",
            },
            related=(related(doc, dated.start, dated.end, None),) if dated.start >= 0 else (),
        )


def _future(doc: Document, tl: Timeline, offset: int) -> bool:
    """The sentence speaks of the future or of a hypothesis ("will", "is expected to")."""
    from lint.wordlists import word_list

    s, t = tl.sentence(offset)
    words = " " + " ".join(doc.plain[s:t].lower().split()) + " "
    return any(f" {w} " in words for w in word_list("future-markers.txt"))


def _counted_from_dates(doc: Document, tl: Timeline, slack: int) -> Iterable[Hit]:
    """"Five years after the 2023 fine" in a 2025 article: a present or past statement set after the article's date."""
    present = _present(tl, doc)
    if not present:
        return
    latest = max(now[1] for now, *_ in present)
    for c in tl.since:
        tolerance = max(slack, 12) if c.low >= 12 else slack
        moment = c.base.months[0] + c.low
        if moment <= latest + tolerance or _future(doc, tl, c.start):
            continue
        if any(y.year != c.base.year for y in _years_in_text(tl, *tl.sentence(c.start))):
            continue  # the sentence dates itself: "... after the 2015 title, in 2019, they won again"
        nows = " and ".join(f"{label} places it in {_span_text(now)}" for now, _, _, label in present)
        counted = "the anniversary falls" if c.kind == "anniversary" else "that is"
        yield Hit(
            c.start,
            c.end,
            {
                "where": where(doc, c.start, c.end),
                "start": _span_text(c.base.months),
                "reckoning": f"{counted} {_month_name(moment)} at the earliest, after the time of writing ({nows})",
            },
            related=tuple(related(doc, a, b, None) for _, a, b, _ in present if a >= 0),
        )


def _counts_of_years_contradict(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """Counts of years told in other shapes than "now in its Nth year" (lint/timeline_counts.py): a milestone
    told as a count ("marks 25 years in business this year") or as "the 40th edition of the regatta", or
    dated by its own year ("celebrated their 40th anniversary in 2005"), against the beginnings the
    article dates; a span that ends at a dated moment ("retired in 2010 after 38 years", "her husband of
    45 years") against the starts it gives; a time counted from an event the article dates, said of the
    present ("more than a month after the recall, owners are still waiting"), against the article's date.
    Each fires only when no start the article gives fits."""
    from lint import timeline_counts as counts

    milestones = [*counts.counted_milestones(tl), *counts.dated_milestones(tl)]
    if milestones:
        yield from _counted_milestones_contradict(doc, tl, milestones)
    ending, spouses = counts.ending_spans(tl), counts.spouse_spans(tl)
    if ending or spouses:  # the starts are read only for an article that counts a span
        starts = counts.span_starts(tl)
        yield from _spans_contradict(doc, tl, ending, starts, own_sentence=True)
        marriages = [s for s in starts if s.verb in ("married", "wed")]
        yield from _spans_contradict(doc, tl, spouses, marriages, own_sentence=False)
    yield from _event_counts_contradict(doc, tl, counts.counts_from_events(tl))


def _heading_counts_contradict(doc: Document, tl: Timeline, reported: Sequence[tuple[int, int]] = ()) -> Iterable[Hit]:
    """"Five years on", "Refinery hits 40-year mark", "Park Turns Five" in a headline or sub-heading
    (lint/timeline_headings.py): a count to the time of writing that must fit a beginning the body dates
    (for "N years on", any event it dates), within a year (two for decades, one month for months)."""
    from lint import timeline_counts as counts
    from lint.timeline_headings import heading_counts

    # a milestone the base extraction reads ("starts its centenary season") is the older reader's to report
    found = [hc for hc in heading_counts(tl) if not any(m.start <= hc.start < m.end or hc.start <= m.start < hc.end for m in tl.milestones)]
    if not found:
        return
    now = tl.doc_date.date  # type: ignore[union-attr]
    here = now.year * 12 + now.month - 1
    starts = [(s.when.months, s.start, s.end) for s in tl.beginnings]
    starts += [
        ((s.year * 12, s.year * 12 + 11), s.start, s.end)
        for s in counts.span_starts(tl)
        if s.verb not in ("moved to", "arrived", "signed") and not any(a <= s.start < b or s.start <= a < s.end for _, a, b in starts)
    ]
    events = []
    for e in tl.dated_events:
        # a month without a year is the last such month up to the time of writing
        year = e.year or (now.year - (e.month > now.month) if e.month else None)
        if year and not e.begins:
            events.append((((year * 12 + e.month - 1),) * 2 if e.month else (year * 12, year * 12 + 11), e.start, e.end))
    for hc in found:
        usable = list({x[1]: x for x in (starts + events if hc.events else starts) if not (hc.start <= x[1] < hc.end)}.values())
        if not usable or doc.in_quote(hc.start) or any(a <= hc.start < b or hc.start <= a < hc.end for a, b in reported):
            continue
        if any(first - hc.slack <= here - hc.months <= last + hc.slack for (first, last), _, _ in usable):
            continue
        (first, last), a, b = min(usable, key=lambda u: abs(here - hc.months - u[0][0]))
        told = f"{hc.months // 12} years" if hc.months % 12 == 0 else f"{hc.months} months"
        yield Hit(
            hc.start,
            hc.end,
            {
                "where": where(doc, hc.start, hc.end),
                "start": where(doc, a, b),
                "reckoning": f"the heading counts {told} to the document date {now.isoformat()} ({tl.doc_date.source}), "  # type: ignore[union-attr]
                f"which puts the start in {_month_name(here - hc.months)}, but the story dates it {_span_text((first, last))}"
                + (" (and no other moment it dates fits)" if len(usable) > 1 else ""),
            },
            related=tuple(related(doc, x, y, None) for _, x, y in usable[:3]),
        )


def _ended_counts_contradict(doc: Document, tl: Timeline, reported: Sequence[tuple[int, int]] = ()) -> Iterable[Hit]:
    """A count whose two ends its sentence gives (lint/timeline_ends.py): "in the eighteen months since
    January 2022", "for 11 years, from 2012 through 2019", "in 1994, more than forty years after joining in
    1961", "not in two decades; the last time was 2011". The time between the ends must fit the count."""
    from lint.timeline_ends import ended_counts

    for c in ended_counts(tl):
        if any(a <= c.start < b or c.start <= a < c.end for a, b in reported):
            continue
        shortest, longest = max(0, (c.until_first - c.last).days), (c.until_last - c.first).days
        tolerance = max(3, c.low // 10)
        if longest >= c.low - tolerance and shortest <= c.high + tolerance:
            continue
        if c.until is None:
            until = f"the document date {c.until_first.isoformat()} ({tl.doc_date.source})"  # type: ignore[union-attr]
            spans: tuple[Any, ...] = (related(doc, c.base[0], c.base[1], None),)
        else:
            until = where(doc, *c.until)
            spans = (related(doc, c.base[0], c.base[1], None), related(doc, c.until[0], c.until[1], None))
        yield _day_count_hit(doc, c, c.base, (c.first, c.last), c.until_last if c.until is None else c.until_first, until, spans)


def _retold_anniversaries_contradict(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"The tenth anniversary of her disappearance this month" (lint/timeline_anniversaries.py): it must fall
    in the year one of the dates of the sentences naming the same noun gives, plus the count."""
    from lint.timeline_anniversaries import retold_anniversaries

    for an in retold_anniversaries(tl):
        if any(year + an.count == an.year for year, _, _ in an.starts):
            continue
        year, a, b = min(an.starts, key=lambda x: abs(an.year - x[0] - an.count))
        yield Hit(
            an.start,
            an.end,
            {
                "where": where(doc, an.start, an.end),
                "start": where(doc, a, b),
                "reckoning": f"the anniversary falls in {an.year}, {an.year - year} years after {year}, not {an.count}"
                + (" (nor after any other date the story gives the " + an.noun + ")" if len(an.starts) > 1 else ""),
            },
            related=tuple(related(doc, x, y, None) for _, x, y in an.starts[:3]),
        )


def _counted_milestones_contradict(doc: Document, tl: Timeline, milestones: Sequence[Any]) -> Iterable[Hit]:
    from lint import timeline_counts as counts

    starts = [(s.when.year, s.start, s.end) for s in tl.beginnings]
    starts += [(s.year, s.start, s.end) for s in counts.span_starts(tl) if s.verb not in ("moved to", "arrived", "signed")]
    for ms in milestones:
        usable = [s for s in starts if not (ms.start <= s[1] < ms.end)]
        if not usable:
            continue
        if any(_milestone_fits(ms.kind, ms.years, ms.year - y) for y, _, _ in usable):
            continue
        nearest = min(usable, key=lambda u: abs(ms.year - u[0] - ms.years))  # the nearest miss
        yield _milestone_hit(doc, ms, ms.year, nearest, usable)


#: Start verbs that name a person's own beginning: a span in another sentence may count from these only.
_PERSONAL_STARTS = frozenset(
    {"joined", "married", "wed", "hired", "was hired", "appointed", "elected", "enlisted", "ordained", "took office", "became", "began", "started", "range"}
)


def _spans_contradict(doc: Document, tl: Timeline, spans: Sequence[Any], starts: Sequence[Any], own_sentence: bool) -> Iterable[Hit]:
    """A count of years ending in a known year against the starts it may run from: those its own sentence
    gives when it gives any (``own_sentence``), else a person's starts before the end year anywhere."""
    for sp in spans:
        s, t = tl.sentence(sp.start)
        fitting = [x for x in starts if (x.verb in ("married", "wed")) == (sp.kind == "marriage")]
        usable = []
        if own_sentence:
            usable = [x for x in fitting if s <= x.start < t and x.year < sp.end_year]
            others = [y for y in tl.years_in(s, t) if y.kind == "year" and y.year < sp.end_year]
            if others and not usable:
                continue  # the sentence gives another year that no start verb explains
        if not usable:
            usable = [x for x in fitting if x.year < sp.end_year and (not own_sentence or not s <= x.start < t) and x.verb in _PERSONAL_STARTS]
        if not usable or any(sp.low <= sp.end_year - x.year <= sp.high for x in usable):
            continue
        x = min(usable, key=lambda u: abs(sp.end_year - u.year - (sp.low + sp.high) / 2))  # the nearest miss
        end = f"{sp.end_year}" if sp.year_start >= 0 else f"the document date's year {sp.end_year}"
        yield Hit(
            sp.start,
            sp.end,
            {
                "where": where(doc, sp.start, sp.end),
                "start": where(doc, x.start, x.end),
                "reckoning": f"{sp.low}–{sp.high} years ending in {end}, but {x.year} is {sp.end_year - x.year} years before it"
                + (" (nor does any other start the article gives fit)" if len(usable) > 1 else ""),
            },
            related=tuple(related(doc, u.start, u.end, None) for u in usable[:3])
            + ((related(doc, sp.year_start, sp.year_end, None),) if sp.year_start >= 0 and not sp.start <= sp.year_start < sp.end else ()),
        )


def _event_day_ranges(tl: Timeline, event: str) -> list[tuple[dt.date, dt.date, Any]]:
    """The days an event of rules/data/event-words.txt may have happened on, by each dated mention of it."""
    out = []
    for ev in tl.dated_events:
        if ev.event != event or ev.qualified:
            continue
        year = ev.year or _year_for_day(tl, ev.month, ev.day)
        if year is None:
            continue
        try:
            if ev.month and ev.day:
                first = last = dt.date(year, ev.month, ev.day)
            elif ev.month:
                first, last = dt.date(year, ev.month, 1), dt.date(year, ev.month, calendar.monthrange(year, ev.month)[1])
            else:
                first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        except ValueError:
            continue
        out.append((first, last, ev))
    if not out:  # "opened in the spring of 2023": a start verb with the year nearest it
        from lint import timeline_counts as counts
        from lint.timeline import _event_words

        words = _event_words()
        for x in counts.span_starts(tl):
            if words.get(x.verb, ("", "", ""))[1] == event:
                out.append((dt.date(x.year, 1, 1), dt.date(x.year, 12, 31), x))
    return out


def _year_for_day(tl: Timeline, month: int | None, day: int | None) -> int | None:
    """A year-less day or month in a dated article: the latest one on or before the article's date."""
    if not (month and tl.doc_date):
        return None
    ref = tl.doc_date.date
    for year in (ref.year, ref.year - 1):
        try:
            if dt.date(year, month, day or 1) <= ref:
                return year
        except ValueError:
            return None
    return None


def _event_counts_contradict(doc: Document, tl: Timeline, event_counts: Sequence[Any]) -> Iterable[Hit]:
    """"Three years after the opening, the depot still has ..." against the dates the article gives the
    opening and its own date (front matter or dateline): every dated mention must miss the count."""
    dated = tl.doc_date if tl.doc_date and tl.doc_date.source != "as-of" else None
    if dated is None:
        return
    now = dated.date
    for c in event_counts:
        bases = [b for b in _event_day_ranges(tl, c.event) if not (c.start <= b[2].start < c.end) and b[0] <= now]
        if not bases:
            continue
        slack = max(3, c.low // 10)
        if any(c.low - slack <= (now - last).days and (now - first).days <= c.high + slack for first, last, _ in bases):
            continue
        first, last, ev = bases[0]
        shortest, longest = (now - last).days, (now - first).days
        elapsed = f"{shortest} days" if shortest == longest else f"{shortest}–{longest} days"
        yield Hit(
            c.start,
            c.end,
            {
                "where": where(doc, c.start, c.end),
                "start": where(doc, ev.start, ev.end),
                "reckoning": f"{c.low}–{c.high} days, but from it to the document date {now.isoformat()} ({dated.source}) is {elapsed}"
                + (" (nor does any other date the article gives it fit)" if len(bases) > 1 else ""),
            },
            related=tuple(related(doc, b[2].start, b[2].end, None) for b in bases[:3]),
        )


# -- DAT003 / DAT004 ----------------------------------------------------------------------
def _year_for(date: CalendarDate, tl: Timeline) -> int | None:
    """The date's own year, else the year that puts it nearest the document date. The run's date
    (``--as-of``) dates no article: a year-less "Thursday the 3rd of July" in an undated story is
    not checked against the year the linter runs in."""
    if date.year:
        return date.year
    if not tl.doc_date or tl.doc_date.source == "as-of":
        return None
    ref = tl.doc_date.date
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append((abs((dt.date(y, date.month, date.day) - ref).days), y))
        except ValueError:
            continue
    return min(candidates)[1] if candidates else None


def _year_from_block(date: CalendarDate, tl: Timeline) -> int | None:
    """The year of a year-less date that follows a full date in its own paragraph or list item
    ("October 1 to November 26, 2025 — … On Thursday, November 27, …"): the first day with its
    month and day on or after the full date, when that is within three months of it and the full
    date is not after the document date (a deadline years ahead dates nothing around it). A
    timeline item of an explainer dates its own events, whatever the article's date."""
    block = next((b for b in tl.doc.blocks if b.start <= date.start < b.end), None)
    if block is None:
        return None
    before = [d for d in tl.dates if d.year and d.valid and block.start <= d.start and d.end <= date.start]
    if not before:
        return None
    full = max(before, key=lambda d: d.start)
    anchor = dt.date(full.year, full.month, full.day)  # type: ignore[arg-type]
    if not tl.doc_date or tl.doc_date.source == "as-of" or anchor > tl.doc_date.date:
        return None  # an undated article's one year is :func:`_year_from_article`'s to give
    for year in (anchor.year, anchor.year + 1):
        if date.day > calendar.monthrange(year, date.month)[1]:
            continue
        day = dt.date(year, date.month, date.day)
        if anchor <= day and (day - anchor).days <= 92:
            return year
    return None


def _year_from_article(date: CalendarDate, tl: Timeline) -> int | None:
    """The year of a year-less date in an article with no document date: the one year its full dates give
    ("Sept. 30, 2026" and "Friday, September 30"), or None where they give several or none, where one of
    them is in a sentence about the future, or where the article writes a later year (a story of 2017
    may name a date of 2019 ahead)."""
    full = [d for d in tl.dates if d.year]
    years = {d.year for d in full}
    if len(years) != 1 or any(_future(tl.doc, tl, d.start) for d in full):
        return None
    year = years.pop()
    if any(y.year > year for y in tl.years):
        return None
    return year if date.day <= calendar.monthrange(year, date.month)[1] else None


@analyzer("dates.weekday_mismatch", fields=("where", "date", "actual", "written"))
def weekday_mismatch(doc: Document, rule: Rule, ctx: Any) -> Iterable[Hit]:
    """"Tuesday, March 4, 2025" when March 4, 2025 was a Tuesday is fine; any other weekday is not."""
    tl = _timeline(doc, ctx)
    for date in (*tl.dates, *tl.possessive_weekday_dates, *tl.furniture_dates):
        if date.weekday is None or not date.valid:
            continue
        year = _year_for(date, tl)
        assumed = "" if date.year else f" (year {year} taken from the document date)"
        if not date.year and (in_block := _year_from_block(date, tl)) not in (None, year):
            year, assumed = in_block, f" (year {in_block}, from the full date before it in its paragraph)"
        if year is None:
            year = _year_from_article(date, tl)
            if year is None:
                continue
            assumed = f" (year {year}, the only year the article gives)"
        actual = dt.date(year, date.month, date.day).weekday()
        if actual != date.weekday:
            yield Hit(
                date.start,
                date.end,
                {
                    "where": where(doc, date.start, date.end),
                    "date": f"{calendar.month_name[date.month]} {date.day}, {year}{assumed}",
                    "actual": calendar.day_name[actual],
                    "written": calendar.day_name[date.weekday],
                },
            )
    yield from _numeric_weekdays_mismatch(doc, tl)


def _numeric_weekdays_mismatch(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """A weekday beside a slash date that is wrong whichever order the date is read in ("Thursday
    (11/07/2025)": 11 July and 7 November 2025 were both Fridays); lint/timeline_formats.py."""
    from lint.timeline_formats import weekday_numeric_dates, year_readings_ok

    for nd in weekday_numeric_dates(tl):
        if year_readings_ok(nd.weekday, nd.readings):
            continue
        shown = " or ".join(f"{calendar.month_name[mon]} {day}, {y}" for y, mon, day in nd.readings)
        actual = sorted({calendar.day_name[dt.date(y, mon, day).weekday()] for y, mon, day in nd.readings})
        yield Hit(
            nd.start,
            nd.end,
            {
                "where": where(doc, nd.start, nd.end),
                "date": shown if len(nd.readings) == 1 else f"{shown} (either reading)",
                "actual": " or ".join(actual),
                "written": calendar.day_name[nd.weekday],
            },
        )


@analyzer("dates.impossible_date", fields=("where", "why"))
def impossible_date(doc: Document, rule: Rule, ctx: Any) -> Iterable[Hit]:
    """A day the month does not have (February 30, April 31) or a month 13 in an ISO date."""
    tl = _timeline(doc, ctx)
    for date in (*tl.dates, *_more_formats(tl)):
        if date.valid and not (date.year is None and (date.month, date.day) == (2, 29) and tl.doc_date):
            continue
        if date.valid:  # a leap day without a year: possible only if a year around the document date is a leap year
            ref = tl.doc_date.date.year  # type: ignore[union-attr]
            told = _RELATIVE_YEAR.match(tl.plain, date.end)  # "29 February this year": the year is told
            if told:
                year = ref + {"this": 0, "last": -1, "next": 1}[told.group("rel").lower()]
                if calendar.isleap(year):
                    continue
                why = f"{year} ({told.group('rel').lower()} year, from the document date) is not a leap year"
            elif any(calendar.isleap(y) for y in (ref - 1, ref, ref + 1)):
                continue
            else:
                why = f"neither {ref} (the document date's year) nor the years either side of it is a leap year"
            yield Hit(date.start, date.end, {"where": where(doc, date.start, date.end), "why": why})
            continue
        if date.day == 0:
            why = "there is no day 0"
        elif 1 <= date.month <= 12:
            days = calendar.monthrange(date.year or 2000, date.month)[1]
            why = f"{calendar.month_name[date.month]} has only {days} days" + (f" in {date.year}" if date.year else "")
        else:
            why = f"there is no month {date.month}"
        yield Hit(date.start, date.end, {"where": where(doc, date.start, date.end), "why": why})


#: A year told relative to the document date right after a year-less date: "29 February this year".
_RELATIVE_YEAR = LazyPattern(r"[ \u00a0]*,?[ \u00a0]*(?P<rel>this|last|next)[ \u00a0]+year\b", regex.I)


def _more_formats(tl: Timeline) -> tuple[Any, ...]:
    """Year-less slash dates ("on 31/04") and the dates of the page furniture an HTML reader leaves out
    (lint/timeline_formats.py)."""
    from lint.timeline_formats import furniture_calendar_dates, yearless_numeric_dates

    return (*yearless_numeric_dates(tl), *furniture_calendar_dates(tl))


# -- DAT005 -----------------------------------------------------------------------------
def _dated_in_past(doc: Document, tl: Timeline, offset: int) -> bool:
    """The sentence names a year before the document's present: titles there are historical."""
    now = tl.doc_date.date.year if tl.doc_date else None
    return any(
        y.kind == "year" and (now is None or y.year < now) and not _reaches_now(doc, y.start)
        for y in tl.years_in(*tl.sentence(offset))
    )


def _reaches_now(doc: Document, offset: int) -> bool:
    """A year that opens a span lasting to the present ("in office since 2013", "has led it since
    2019") dates the holding, not a past: the title beside it is current."""
    return doc.plain[max(0, offset - 6) : offset].lower().rstrip().endswith("since")


def _one_place(title: str, former: Any, current: Any) -> bool:
    """"Mayor Ruiz" and "Bellport's former mayor Ruiz": an office of one place (rules/data/place-offices.txt)
    with a single owner on the former title and none on the current one is the same office."""
    from lint.wordlists import word_list

    return title in word_list("place-offices.txt") and not current.qualifier and len(former.qualifier) == 1


def _own_body(doc: Document, former: Any, current: Any) -> bool:
    """"Delane, who stepped down as the trust's CIO" and "chief information officer Marcus Delane": a former
    office owned by a common noun after "the" ("the trust's", "the union's") is the story's own body, which
    a title given with no owner names too (its other qualifiers, "finance" in "the group's former finance
    director", must qualify the current title as well)."""
    text = doc.plain[former.start : former.end]
    owners = {q for q in former.qualifier if transient(rf"\b[Tt]he\s+{escape(q)}['’]s\b").search(text)}
    if not owners or not former.qualifier - owners <= current.qualifier:
        return False
    if regex.match(r"\s+(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}", doc.plain[current.end : current.end + 40]):
        return False  # "Manager Ivo Lind of Westvale": another body's
    # the current title's other qualifiers must be words of the office ("finance"), not an owner ("Westvale")
    now = doc.plain[current.start : current.end]
    return all(transient(rf"(?<![\p{{L}}-]){escape(q)}(?![\p{{L}}-])").search(now) for q in current.qualifier - former.qualifier)


@analyzer("dates.former_and_current_title", fields=("where", "other", "person", "title"))
def former_and_current_title(doc: Document, rule: Rule, ctx: Any) -> Iterable[Hit]:
    """"Former President X" and "President X" in one article.

    Same office, same surname; quotations and sentences set in an earlier year
    are skipped (a title is given as of the time spoken of), and a surname
    that comes with two different first names is two people (the Bushes).
    """
    tl = _timeline(doc, ctx)
    from lint.timeline_offices import left_office_titles

    yield from _held_post_contradictions(doc, tl)
    left = left_office_titles(tl)  # "Roux, who stood down as chair in 2023": a former title told by a verb
    if "former" not in tl.lower and "ex-" not in tl.lower and not left:
        return  # nothing can be a former title: skip looking for every office
    from lint.timeline_counts import office_verb_titles

    by_person = defaultdict(list)
    for t in (*tl.titles, *tl.appositive_titles, *tl.continuing_titles, *office_verb_titles(tl), *left):
        if not doc.in_quote(t.start):
            by_person[(t.title, t.person)].append(t)
    for (title, person), mentions in by_person.items():
        firsts = {t.first_names for t in mentions if t.first_names}
        if len(firsts) > 1:
            continue
        current = [t for t in mentions if not t.former and not _dated_in_past(doc, tl, t.start)]
        # "former Dolphins coach" says nothing of a current "coach" elsewhere: only the same employer contradicts it.
        pairs = [
            (f, c)
            for f in mentions
            if f.former
            for c in current
            if f.qualifier <= c.qualifier or _one_place(title, f, c) or _own_body(doc, f, c)
        ]
        if not pairs:
            continue
        former, now = pairs[0]
        hit, other = (now, former) if now.start > former.start else (former, now)
        yield Hit(
            hit.start,
            hit.end,
            {"where": where(doc, hit.start, hit.end), "other": where(doc, other.start, other.end), "person": person, "title": title},
            related=(related(doc, other.start, other.end, None),),
        )


def _held_post_contradictions(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"the former chair of the forum, a role she will continue to hold": one sentence gives an office as
    both left and held (lint/timeline_held_posts.py)."""
    from lint.timeline_held_posts import held_post_contradictions

    for h in held_post_contradictions(tl):
        yield Hit(
            h.start,
            h.end,
            {"where": where(doc, h.start, h.end), "other": where(doc, h.other_start, h.other_end), "person": "the person it names", "title": h.title},
            related=(related(doc, h.other_start, h.other_end, None),),
        )


# -- DAT008 -----------------------------------------------------------------------------
@analyzer("dates.future_tense_for_past_date", fields=("where", "date", "doc"))
def future_tense_for_past_date(doc: Document, rule: Rule, ctx: Any) -> Iterable[Hit]:
    """"The board will meet on 14 October" in a story dated 24 October (lint/timeline_tense.py)."""
    tl = _timeline(doc, ctx)
    from lint.timeline_tense import future_for_past

    for f in future_for_past(tl):
        assert tl.doc_date is not None
        yield Hit(
            f.start,
            f.end,
            {"where": where(doc, f.start, f.end), "date": f.told, "doc": f"{tl.doc_date.date.day} {tl.doc_date.date:%B %Y}"},
        )


# -- DAT006 -----------------------------------------------------------------------------
def _latest_month(tl: Timeline) -> int | None:
    """The latest month the article dates anything to: a floor for when it was written."""
    months = [m.months[1] for m in tl.month_years]
    months += [d.year * 12 + d.month - 1 for d in tl.dates if d.year and d.valid]
    return max(months) if months else None


@analyzer("dates.age_contradicts_birth_year", fields=("where", "person", "age", "birth", "expected", "basis"))
def age_contradicts_birth_year(doc: Document, rule: Rule, ctx: Any) -> Iterable[Hit]:
    """"Smith, 45," and "Smith was born in 1960" cannot both hold at the time of writing.

    With a document date the age must be that year minus the birth year (or one
    less); without one, the latest date the article mentions is a floor for the
    time of writing, so only an age that is too young can be shown wrong.
    """
    tl = _timeline(doc, ctx)
    yield from _ages_beside_births_contradict(doc, tl)
    yield from _ages_then_against_ages_now(doc, tl)
    lower = doc.text.lower()
    if not tl.births and not tl.clause_births and "born" not in lower and "birth" not in lower and "(b. " not in lower:
        return
    from lint import timeline_ages as more

    ages = sorted({*tl.ages, *tl.birth_clause_ages, *more.other_worded_ages(tl)}, key=lambda a: a.start)
    births = defaultdict(set)
    for b in (*tl.births, *tl.clause_births, *more.anaphor_births(tl, ages), *more.labelled_births(tl.plain), *more.furniture_births(tl), *more.births_beside_ages(tl)):
        births[b.person].add(b)
    topic = more.topic_person(tl)
    if topic:
        births[topic].update(more.topic_births(tl, topic) if not births[topic] else ())
        if births[topic] and len([p for p, found in births.items() if found]) == 1:
            read = {(a.start, a.person) for a in ages}
            ages += [a for a in more.topic_ages(tl, topic, sorted(births[topic])) if (a.start, a.person) not in read]
            ages.sort(key=lambda a: a.start)
    if not any(births.values()):
        return
    floor = _latest_month(tl)
    for age in ages:
        if age.person not in births or doc.in_quote(age.start):
            continue
        dated = _dating_years(doc, tl, age.start)
        if dated is None or (dated and not tl.doc_date):
            continue
        for b in births[age.person]:
            if more.another_of_the_name(tl, age, b):
                continue
            if tl.doc_date:
                expected = tl.doc_date.date.year - b.year
                # An age in a sentence set in a year ("In 2010 Doe, 45, ...") may be an age then.
                wrong = not any(y - b.year - 2 <= age.age <= y - b.year + 1 for y in (tl.doc_date.date.year, *dated))
                basis = f"in {tl.doc_date.date.year} ({tl.doc_date.source})"
            elif floor is not None:
                expected = floor // 12 - b.year
                wrong = age.age < expected - 2
                basis = f"by {_month_name(floor)}, the latest date the article mentions"
            else:
                continue
            if wrong:
                yield Hit(
                    age.start,
                    age.end,
                    {
                        "where": where(doc, age.start, age.end),
                        "person": age.person,
                        "age": str(age.age),
                        "birth": where(doc, b.start, b.end),
                        "expected": str(expected),
                        "basis": basis,
                    },
                    related=(related(doc, b.start, b.end, None),),
                )
                break


def _ages_then_against_ages_now(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"Now 34, Okoro ..." and "She was 22 when she founded the firm in 2020" in a 2026 article: the birth year
    the age of now gives and the one the age at a dated moment gives lie more than a year apart
    (lint/timeline_ages.py, ``ages_then``)."""
    from lint import timeline_ages as more

    if tl.doc_date is None:
        return
    then = more.ages_then(tl)
    if not then:
        return
    year = tl.doc_date.date.year
    now = [a for a in (*tl.ages, *more.other_worded_ages(tl), *more.ages_now(tl)) if _dating_years(doc, tl, a.start) == ()]
    for t in then:
        for a in now:
            if a.person != t.person or doc.in_quote(a.start):
                continue
            born_now, born_then = year - a.age, t.year - t.age  # each, or the year before it
            if abs(born_now - born_then) <= 2:
                continue
            yield Hit(
                t.start,
                t.end,
                {
                    "where": where(doc, t.start, t.end),
                    "person": t.person,
                    "age": f"{t.age} in {t.year}",
                    "birth": where(doc, a.start, a.end),
                    "expected": str(t.year - born_now),
                    "basis": f"then (an age of {a.age} in {year}, {tl.doc_date.source})",
                },
                related=(related(doc, a.start, a.end, None),),
            )
            break


def _ages_beside_births_contradict(doc: Document, tl: Timeline) -> Iterable[Hit]:
    """"She is 40 years old and was born in 1961" in a 2026 article: an age of the present and a birth year
    in one sentence of one subject (lint/timeline_counts.py), where the readers by name find none."""
    from lint import timeline_counts as counts

    if tl.doc_date is None:
        return
    read = [(a.start, a.end) for a in (*tl.ages, *tl.birth_clause_ages)]
    for ba in counts.ages_beside_births(tl):
        if any(a < ba.end and ba.start < b for a, b in read):
            continue
        expected = tl.doc_date.date.year - ba.year
        if expected - 2 <= ba.age <= expected + 1:
            continue
        yield Hit(
            ba.start,
            ba.end,
            {
                "where": where(doc, ba.start, ba.end),
                "person": "its subject",
                "age": str(ba.age),
                "birth": where(doc, ba.year_start, ba.year_end),
                "expected": str(expected),
                "basis": f"in {tl.doc_date.date.year} ({tl.doc_date.source})",
            },
            related=(related(doc, ba.year_start, ba.year_end, None),),
        )


def _dating_years(doc: Document, tl: Timeline, offset: int) -> tuple[int, ...] | None:
    """The years that may date an age: those before it in its sentence ("In 2010 Doe, 45, ..."), not a birth
    year nor a decade (a year after it, "Doe, 45, who joined in 2010", does not date it); None when "then"
    dates it to a time the sentence does not name."""
    s, t = tl.sentence(offset)
    births = [(b.start, b.end) for b in (*tl.births, *tl.clause_births)]
    years = tuple(
        y.year for y in tl.years_in(s, offset) if y.kind != "decade" and not any(a <= y.start < b for a, b in births)
    )
    if not years and " then " in doc.plain[s:t].lower():
        return None
    return years


# -- DAT007 -----------------------------------------------------------------------------
_HEADLINE_CHARS = 200


_BARE_DATELINE = (r"^\s*\p{Lu}[\p{Lu}'’.\-]+(?:[ /]+\p{Lu}[\p{Lu}'’.\-]+){0,3}\s*[-–—]\s*$")


def _bare_dateline(text: str, span: tuple[int, int]) -> bool:
    """A dateline that is only a place in capitals ("MARROWBY —"): no region, no wire credit, no day.

    A wire dateline names its agency or a region ("TALLINN, Estonia —", "DUBAI (Reuters) -") and goes
    out under the feed's date; a bare town name is a local paper's, whose date lives in the page
    around it. In copy that gives no calendar date at all, it places nothing.
    """
    import regex  # here, not at import: start-up pays for no pattern an article never needs

    return bool(regex.match(_BARE_DATELINE, text[span[0] : span[1]]))


def _in_short_block(doc: Document, offset: int) -> bool:
    block = doc.block_at(offset)
    return block is not None and block.end - block.start <= _HEADLINE_CHARS


def _month_a_year_back(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a relative month ("last month", "this month") names a month a year back
    ("compared with 3,200 in November last year", "up from October a year earlier"): a year-on-year
    comparison names the month it means (rules/data/year-back-phrases.txt)."""
    from lint.timeline import _MON
    from lint.wordlists import data_lines

    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    sentence = text[left : min(stops) if stops else len(text)]
    tails = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in data_lines("year-back-phrases.txt"))
    return bool(regex.search(rf"\b(?:{_MON})\.?,?\s+(?:{tails})\b", sentence))


@dataclass(frozen=True)
class RelativeTimeOptions:
    """The options of the ``dates.relative_time_without_anchor`` analyzer."""

    window: int = option(600, "characters around a relative time searched for a calendar date")
    units: tuple[str, ...] = option(
        ["day", "night", "week", "weekend", "month"], "units reported everywhere (a weekday only where nothing is dated)"
    )


def _same_day_in_stamped_entry(doc: Document, r: Any) -> bool:
    """A same-day relative time ("this evening", rules/data/same-day-relatives.txt) in a live-blog
    entry whose line opens with a clock time: the stamp places it."""
    from lint.wordlists import word_list

    if r.text.lower() not in word_list("same-day-relatives.txt"):
        return False
    line_start = doc.plain.rfind("\n", 0, r.start) + 1
    return bool(LEADING_STAMP.match(doc.plain, line_start, r.start))


@analyzer("dates.relative_time_without_anchor", options=RelativeTimeOptions, fields=("where", "missing"))
def relative_time_without_anchor(doc: Document, rule: Rule, ctx: Any) -> Iterable[Hit]:
    """"Yesterday" in an article that says nowhere when it was written.

    An article is anchored by a document date (front matter, page metadata,
    a dated dateline, ``--as-of``) or an undated dateline ("DUBAI (Reuters) -",
    published under a feed date). Without one, a relative time is still placed
    by a calendar date within ``window`` characters (option). Units in
    ``units`` (option; default day, night, week, weekend, month) count
    everywhere; a weekday ("last Monday", "by Friday"; never "on Friday")
    counts only in an article that gives no real date at all, where even the
    week cannot be placed, and so does a relative time in the headline. Quoted speech is
    skipped. Each unplaceable expression is reported.
    """
    window = rule.options.window
    units = set(rule.options.units)
    tl = _timeline(doc, ctx)
    if tl.doc_date:
        return
    # A day the calendar does not have ("February 30") dates nothing.
    dated: Sequence[int] = [d.start for d in tl.dates if d.valid] + [
        m.start for m in tl.month_years if m.first_month == m.last_month
    ]
    undated = not dated
    if tl.dateline and not (undated and _bare_dateline(tl.plain, tl.dateline)):
        return
    # The headline counts only where nothing in the article dates it either, and only a headline: a text
    # run into one block (no body of its own) is read as the body was before.
    relatives = [
        r
        for r in tl.relatives
        if (r.start >= doc.body_start or (undated and _in_short_block(doc, r.start))) and not doc.in_quote(r.start)
    ]
    for r in relatives:
        # "last Tuesday" and "by Friday" count where nothing dates the article: not even the week can be
        # placed. "On Tuesday" never counts: it is how news copy names a day of the week it was published
        # in, and the page around it (stripped from many copies) usually dates it.
        if r.unit not in units and not (undated and r.unit == "weekday" and not r.text.lower().startswith("on")):
            continue
        if any(abs(p - r.start) <= window for p in dated):
            continue
        if r.unit == "month" and _month_a_year_back(tl.plain, r.start, r.end):
            continue
        if _same_day_in_stamped_entry(doc, r):
            continue
        yield Hit(
            r.start,
            r.end,
            {"where": where(doc, r.start, r.end), "missing": "no date anywhere" if undated else "no date nearby"},
        )
