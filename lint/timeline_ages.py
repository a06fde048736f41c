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

from lint.patterns import compile as compile_pattern
from lint.patterns import escape, transient
from lint.timeline import _FULL_NAME, _MON, _NAME, _YEAR, Age, BirthYear, Timeline, _clean_name, _function_words, _pattern, _surname

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


# -- birth years read where the name-first patterns of the base extraction do not reach ----------------

#: "the 1998-born skipper", "a 2003-born kid": a birth year as a compound adjective standing for a person
#: (not "Doe, the 1998-born skipper", which ``born_hyphen`` reads; not one followed by the name it qualifies).
_BORN_ANAPHOR = r"\b(?:[Tt]he|[Aa])\s+(?P<y>(?:1[6-9]\d\d|20\d\d))-born\s+(?P<noun>\p{Ll}[\p{Ll}-]+)\b(?!\s+\p{Lu})"
#: "Born: 1984, Port Calloway", "- Date of birth: 3 May 1984" as a field of a fact box or profile list,
#: at the start of a line.
_BORN_LABEL = (
    r"(?m)^[ \t]*(?:[-*•·][ \t]*)?(?P<lab>(?:[Bb]orn|[Dd]ate\s+of\s+birth|DOB)[ \t]*:[ \t]*(?:(?:{mon})\.?[ \t]+(?:\d{{1,2}},?[ \t]+)?"
    r"|\d{{1,2}}[ \t]+(?:{mon})\.?,?[ \t]+)?(?P<y>(?:1[6-9]\d\d|20\d\d)))\b"
)
#: How far back a name may stand from the phrase that points back to it.
_BACK = 600


@lru_cache(maxsize=None)
def _birth_patterns() -> tuple[Any, Any, Any]:
    return compile_pattern(_BORN_ANAPHOR), compile_pattern(_BORN_LABEL.format(mon=_MON)), _pattern("born")


def anaphor_births(tl: Timeline, ages: list[Age]) -> list[BirthYear]:
    """"Weller, 34, ... The 1998-born skipper said": the birth year of the one person with an age named in the
    600 characters before the phrase (with two or more such people, whose it is stays open)."""
    if "-born " not in tl.plain:
        return []
    aged = {a.person for a in ages if not a.person.endswith("-year-old")}
    out = []
    for m in _birth_patterns()[0].finditer(tl.plain):
        if any(b.start <= m.start("y") < b.end for b in tl.births) or tl.doc.in_quote(m.start()):
            continue  # "Doe, the 1998-born skipper": the base extraction's
        before = tl.plain[max(0, m.start() - _BACK) : m.start()]
        named = {p for p in aged if transient(rf"(?<![\p{{L}}'’-]){escape(p)}(?![\p{{L}}-])").search(before)}
        if len(named) == 1:
            out.append(BirthYear(m.start(), m.end("y") + len("-born"), next(iter(named)), int(m.group("y"))))
    return out


def labelled_births(plain: str) -> list[BirthYear]:
    """"Born: 1984" as a field under a name ("Gloria Estevane at a glance"): the birth year of the last full
    name written in the 300 characters before it."""
    out = []
    for m in _birth_patterns()[1].finditer(plain):
        last = None
        for n in _FULL_NAME.finditer(plain, max(0, m.start() - 300), m.start()):
            last = n
        who = _clean_name(last.group()) if last else None
        if who and len(who.split()) > 1:
            out.append(BirthYear(m.start("lab"), m.end("y"), _surname(who), int(m.group("y"))))
    return out


def furniture_births(tl: Timeline) -> list[BirthYear]:
    """Birth years in the boxes an HTML reader leaves out of the article (a profile box: "Ines Baptiste (b.
    1981), co-founder"; a fact box: "Born: 1984"), at the page's offsets: a fact box tells the story's people."""
    from lint.timeline_formats import furniture_view

    plain = furniture_view(tl)
    if plain is None or ("born" not in plain.lower() and "(b. " not in plain and "birth" not in plain.lower()):
        return []
    out = []
    for m in _birth_patterns()[2].finditer(plain):
        who = _clean_name(m.group("who"))
        if who:
            out.append(BirthYear(m.start(), m.end(), _surname(who), int(m.group("y"))))
    out += [b for b in labelled_births(plain) if not any(o.start <= b.start < o.end for o in out)]
    return out
