"""Date formats that the base extraction (:mod:`lint.timeline`) leaves out, read over its records.

Each reader names one shape of writing a date that an editor checks against the calendar:

- a weekday beside a slash date that both orders make real ("Thursday (11/07/2025)": 11 July or
  7 November), checked under both readings, or in brackets after a slash, dotted or ISO date
  ("19/06/2025 (Wed)", "2025-06-19 (Thu)") (``weekday_numeric_dates``);
- a day and month with a slash and no year after "on" ("a start on 31/04"), impossible whichever number
  is the month (``yearless_numeric_dates``);
- the dates of the page furniture an HTML reader leaves out of the article (a footer's "Updated:
  31/04/2026", a sidebar's "Fare holiday: November 31"), read as the article's own dates are
  (``furniture_calendar_dates``).

Every record has the offsets of its words in the file, so the rules (``lint.analyzers.dates``) can name them.
"""

import calendar
import datetime as dt
from functools import lru_cache
from typing import Any, NamedTuple

from lint.patterns import compile as compile_pattern
from lint.timeline import _WD, _YEAR, CalendarDate, Timeline, _entities_in_place, weekday_number


class NumericWeekday(NamedTuple):
    """A weekday written beside a slash date, with every real reading of the date (year, month, day)."""

    start: int
    end: int
    weekday: int
    readings: tuple[tuple[int, int, int], ...]


@lru_cache(maxsize=None)
def _patterns() -> dict[str, Any]:
    return {
        # "Thursday (11/07/2025)", "Thu, 11/07/2025", "Thursday 11/07/2025".
        "weekday_numeric": compile_pattern(
            rf"\b(?P<wd>{_WD}),?\s+\(?\s*(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>{_YEAR})(?![\w/-])"
        ),
        # "19/06/2025 (Thu)", "19.06.2025 (Thursday)", "2025-06-19 (Thu)": the weekday in brackets after the date.
        "numeric_weekday": compile_pattern(
            rf"(?<![\w/.-])(?:(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})"
            rf"|(?P<iy>{_YEAR})-(?P<im>\d\d)-(?P<id>\d\d))\s*\(\s*(?P<wd>{_WD})\s*\)"
        ),
        # "on 31/04", "on Saturday 31/04": a day and a month, no year.
        "yearless_numeric": compile_pattern(
            rf"\b(?:on|from|until|till|by)\s+(?:{_WD},?\s+)?(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?![\w/]|[.,]\d|\s*(?:%|per\s+cent|percent))",
            0,
        ),
    }


def _real(year: int, mon: int, day: int) -> bool:
    return 1 <= mon <= 12 and 1 <= day <= calendar.monthrange(year, mon)[1]


def weekday_numeric_dates(tl: Timeline) -> list[NumericWeekday]:
    """Weekdays beside slash dates, with both readings where both orders give a real date."""
    out = []
    for m in _patterns()["weekday_numeric"].finditer(tl.plain) if "/" in tl.plain else ():
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        readings = tuple(dict.fromkeys((y, mon, day) for mon, day in ((a, b), (b, a)) if _real(y, mon, day)))
        if readings:
            out.append(NumericWeekday(m.start(), m.end(), weekday_number(m.group("wd")), readings))
    if "(" in tl.plain:
        for m in _patterns()["numeric_weekday"].finditer(tl.plain):
            if m.group("iy"):
                pairs = ((int(m.group("im")), int(m.group("id"))),)
                y = int(m.group("iy"))
            else:
                a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
                pairs = ((a, b), (b, a))
            readings = tuple(dict.fromkeys((y, mon, day) for mon, day in pairs if _real(y, mon, day)))
            if readings:
                out.append(NumericWeekday(m.start(), m.end(), weekday_number(m.group("wd")), readings))
    return out


def yearless_numeric_dates(tl: Timeline) -> list[CalendarDate]:
    """A day and month with a slash and no year ("on 31/04") that no order makes real: both numbers could
    name a day, one a month, and neither reading exists in any year ("on 24/7", "by 9/11" are real)."""
    if "/" not in tl.plain:
        return []
    out = []
    for m in _patterns()["yearless_numeric"].finditer(tl.plain):
        a, b = int(m.group("a")), int(m.group("b"))
        if not (1 <= a <= 31 and 1 <= b <= 31) or min(a, b) > 12:
            continue
        if _real(2000, a, b) or _real(2000, b, a):  # 2000 is a leap year: 29/02 is possible
            continue
        mon, day = (b, a) if b <= 12 else (a, b)
        out.append(CalendarDate(m.start("a"), m.end("b"), None, mon, day, None, False))
    return out


class _FurnitureView:
    """The page's left-out furniture as a document of its own, at the page's offsets: only what the
    timeline's date readers need (the masked text, no front matter)."""

    metadata: dict[str, str] = {}
    fmt = "html"

    def __init__(self, text: str, plain: str) -> None:
        self.text, self.plain = text, plain


def furniture_calendar_dates(tl: Timeline) -> tuple[CalendarDate, ...]:
    """The calendar dates in what an HTML reader left out of the article (footers, sidebars, captions, meta
    lines), read by the same readers as the article's own, at the page's offsets."""
    plain = furniture_view(tl)
    if plain is None:
        return ()
    view = Timeline(_FurnitureView(tl.doc.text, plain), None)  # type: ignore[arg-type]
    return (*view.dates, *yearless_numeric_dates(view))


def furniture_view(tl: Timeline) -> str | None:
    """The page with only what an HTML reader left out of the article showing (tags and the rest blanked, at
    the page's offsets), or None when it left nothing out."""
    doc = tl.doc
    spans = (*getattr(doc, "furniture", ()), *getattr(doc, "left_out", ()))
    if not spans:
        return None
    chars = [c if c == "\n" else " " for c in doc.text]
    for span in spans:
        piece = _entities_in_place(doc.text[span.start : span.end])
        piece = _tags_blanked(piece)
        chars[span.start : span.end] = list(piece)
    return "".join(chars)


def _tags_blanked(fragment: str) -> str:
    return _patterns_tags().sub(lambda m: "".join("\n" if c == "\n" else " " for c in m.group()), fragment)


@lru_cache(maxsize=None)
def _patterns_tags() -> Any:
    return compile_pattern(r"<[^>]*>")


def year_readings_ok(weekday: int, readings: tuple[tuple[int, int, int], ...]) -> bool:
    """Whether any reading of a slash date falls on the weekday written beside it."""
    return any(dt.date(y, mon, day).weekday() == weekday for y, mon, day in readings)
