"""A career timeline's line against the story's own sentence on the same step, for DAT001.

Profiles and obituaries close with a timeline of the person's life ("1994 - Joins the Courier as a
reporter", "**1967** - Marries the piper Ian Roe"). Its lines start with the verb: the person is the
subject of them all, which the one-thing readers of DAT001 (lint/timeline_beginnings.py) leave out. A
line names a step taken once with one named other (rules/data/bio-step-verbs.txt: marries, joins,
founds); the story's sentence that names the same step with a word of the same name after the verb
("In 1996 she moved to the Courier", "she married Ian Roe in 1964") and gives one year is the same
event, and a different year is one event given two dates.

The sentence must give one year only (a sentence with two years may date two things); the names
compared are the capitalised words after the verb, of three letters or more.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from lint.patterns import alternation_source
from lint.patterns import compile as compile_pattern
from lint.wordlists import word_table

if TYPE_CHECKING:
    from lint.timeline import Timeline


class Step(NamedTuple):
    start: int
    end: int
    step: str  # the step of rules/data/bio-step-verbs.txt
    names: frozenset[str]  # the capitalised words after the verb
    year: int


@lru_cache(maxsize=None)
def _patterns() -> tuple[Any, Any]:
    from lint.timeline import _YEAR

    verbs = alternation_source(word_table("bio-step-verbs.txt"))
    line = compile_pattern(
        rf"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?P<y>{_YEAR})(?:\*\*)?[ \t]*[-–—:][ \t]*(?:\*\*)?(?P<v>(?i:{verbs}))[ \t]+(?P<o>[^\n]{{1,80}})"
    )
    told = compile_pattern(rf"\b(?P<v>(?i:{verbs}))\s+(?P<o>[^.;!?\n]{{1,60}})")
    return line, told


def _names(text: str) -> frozenset[str]:
    from lint.timeline import _function_words

    return frozenset(w for w in regex.findall(r"\b\p{Lu}[\p{L}'’-]{2,}", text) if w.lower() not in _function_words())


def _step(verb: str) -> str:
    return word_table("bio-step-verbs.txt")[" ".join(verb.lower().split())]


def _lines(tl: Timeline) -> list[Step]:
    out = []
    for m in _patterns()[0].finditer(tl.plain):
        names = _names(m.group("o"))
        if names:
            out.append(Step(m.start("y"), m.end("o"), _step(m.group("v")), names, int(m.group("y"))))
    return out


def _told(tl: Timeline, lines: list[Step]) -> list[Step]:
    """The story's sentences on a step, with their one year (a timeline's own lines are not read)."""
    out = []
    for m in _patterns()[1].finditer(tl.plain):
        if any(x.start <= m.start() < x.end for x in lines):
            continue
        s, e = tl.sentence(m.start())
        if tl.doc_date and tl.doc_date.end > s:
            s = max(s, tl.doc_date.end)  # a dateline run into the first sentence dates the article
        in_sentence = [y for y in tl.years if s <= y.start < e]
        years = {y.year for y in in_sentence if y.kind == "year"}
        kinds = {y.kind for y in in_sentence}
        if len(years) != 1 or kinds - {"year", "decade"}:  # "through the 1980s" dates no step
            continue
        out.append(Step(m.start(), m.end("v"), _step(m.group("v")), _names(m.group("o")), years.pop()))
    return out


def lines_against_story(tl: Timeline) -> list[tuple[Step, list[Step]]]:
    """Each timeline line whose step the story's own sentence on it dates to another year."""
    if "\n" not in tl.plain:
        return []
    lines = _lines(tl)
    if not lines:
        return []
    told = _told(tl, lines)
    out = []
    for line in lines:
        against = [t for t in told if t.step == line.step and t.names & line.names and t.year != line.year]
        agree = [t for t in told if t.step == line.step and t.names & line.names and t.year == line.year]
        if against and not agree:
            out.append((line, against))
    return out
