"""Ages told in other shapes than "Doe, 45," or "the 45-year-old Doe", read over the base extraction
(:mod:`lint.timeline`), for DAT006 to set against a birth year:

- in a relative clause of the present: "Okoro, who is 52,", "Okoro, who turned 52 this year", "Doe, who is
  40 years old"; "who was 41" (an age at some moment the clause goes on to name: "who was 41 and three
  months into the job when …") and an age "when" something happened are left out;
- after a birth year in brackets: "Dana Whitlock (born 1968), 52,";
- as a count of years the person has or is of: "Marsh, who is having 52 years", "Doe, 52 years of age,".

The readers give shapes only; the names are read as the base extraction reads them.
"""

from functools import lru_cache
from typing import Any

import regex

from lint.patterns import compile as compile_pattern
from lint.timeline import _MON, _NAME, _YEAR, Age, Timeline, _clean_name, _function_words, _surname

_AFTER = r"(?=(?:\s+this\s+(?:year|month|week|spring|summer|autumn|fall|winter))?\s*(?:,|\.(?!\d)|;|—|–|\band\b|\bnow\b|$))"


@lru_cache(maxsize=None)
def _patterns() -> tuple[Any, ...]:
    return (
        compile_pattern(
            rf"(?P<who>{_NAME})\s*,\s*who\s+(?:is|turned|turns|is\s+now|has\s+just\s+turned)\s+(?:now\s+)?(?P<n>\d{{1,3}})(?:\s+years?\s+old)?{_AFTER}"
        ),
        compile_pattern(rf"(?P<who>{_NAME})\s*\(\s*born\s+(?:(?:{_MON})\.?\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}\s+(?:{_MON})\s+)?{_YEAR}\s*\)\s*,\s*(?P<n>\d{{1,3}})\s*,"),
        compile_pattern(
            rf"(?P<who>{_NAME})\s*,\s*(?:who\s+(?:is\s+having|has)\s+(?P<n>\d{{1,3}})\s+years{_AFTER}|(?P<n2>\d{{1,3}})\s+years\s+of\s+age\b)"
        ),
    )


#: Where each shape of ``_patterns`` turns from the name to the age: the name-first pattern is tried only
#: in a window before one of these (a name-first pattern over the whole article is slow).
_ANCHORS = (
    r",\s*who\s+(?:is|turned|turns|has\s+just\s+turned)\s",
    r"\(\s*born\s",
    r",\s*(?:who\s+(?:is\s+having|has)\s+\d{1,3}\s+years|\d{1,3}\s+years\s+of\s+age)\b",
)


@lru_cache(maxsize=None)
def _anchors() -> tuple[Any, ...]:
    return tuple(compile_pattern(a) for a in _ANCHORS)


def other_worded_ages(tl: Timeline) -> list[Age]:
    """Ages of the shapes above, outside quotations, 1 to 119."""
    plain = tl.plain
    if ", who " not in plain and "(born" not in plain and " of age" not in plain:
        return []
    out, seen = [], set()
    for pattern, anchor in zip(_patterns(), _anchors()):
        found = (pattern.search(plain, max(0, a.start() - 80), min(len(plain), a.end() + 60)) for a in anchor.finditer(plain))
        for m in found:
            if m is None or m.start() in seen:
                continue
            seen.add(m.start())
            who = _clean_name(m.group("who"))
            n = int(m.groupdict().get("n") or m.groupdict().get("n2") or 0)
            if not who or who.split()[0].lower() in _function_words() or not 0 < n < 120 or tl.doc.in_quote(m.start()):
                continue
            out.append(Age(m.start(), m.end(), _surname(who), n))
    return out
