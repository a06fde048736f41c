"""One event named by two words of one kind (rules/data/event-synonyms.txt), for DAT001.

- A dated label ("the company's 2016 listing", "the 2001 walkout") against another word of its group
  dated in its clause ("floated on the stock market in 2012"): one event, two dates, when the article
  gives the group one date elsewhere and never uses the label's noun in the plural.
- "The last X came in YEAR" ("Rovers' last title came in 2009", "the port's last major stoppage, in
  1998") against a label of the group dated between that year and the article's ("the club's 2011
  triumph", "the 1999 championship side"): the last one cannot be followed by another before now.

Silent where a qualifier tells two events apart ("a second walkout", "another title", "the youth title").
Quoted speech counts, as it does for DAT001's other readers.
"""

from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from lint.patterns import compile as compile_pattern
from lint.wordlists import data_lines

if TYPE_CHECKING:
    from lint.timeline import Timeline

_YEAR = r"(?:1[6-9]\d\d|20\d\d)"


class KindMention(NamedTuple):
    start: int
    end: int
    group: int
    year: int
    word: str


@lru_cache(maxsize=None)
def _groups() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, line in enumerate(data_lines("event-synonyms.txt")):
        for w in line.lower().split()[1:]:
            out[w.replace("_", " ")] = i
    return out


@lru_cache(maxsize=None)
def _once() -> frozenset[int]:
    """The groups of events a thing has one of (the first word of the line is "once")."""
    return frozenset(i for i, line in enumerate(data_lines("event-synonyms.txt")) if line.lower().split()[0] == "once")


def _words() -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(_groups(), key=len, reverse=True))


@lru_cache(maxsize=None)
def _patterns() -> tuple[Any, Any, Any]:
    words = _words()
    label = compile_pattern(
        rf"\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{{L}}[\p{{L}}-]*['’]s?)\s+(?P<y>{_YEAR})\s+(?P<w>(?i:{words}))\b(?!['’-])"
    )
    dated = compile_pattern(
        rf"\b(?P<w>(?i:{words}))\b(?!['’-])(?P<gap>(?:\s+(?!(?:and|but|after|before|since|until|from|when)\b)[\p{{L}}'’-]+){{0,5}}?)\s+(?:in|on)\s+"
        rf"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|early|late|mid)(?:\s+of)?\s+|\p{{Lu}}\p{{Ll}}+\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<y>{_YEAR})\b(?![-–/]\d)"
    )
    last = compile_pattern(
        rf"\b(?:last|most\s+recent)\s+(?:(?:major|big|full|outright|national|league|previous)\s+)?(?P<w>(?i:{words}))\b"
        rf"(?:\s*,\s*(?:in|of)\s+|\s+(?:came|was|were|arrived|happened|took\s+place)\s+(?:back\s+)?(?:in|during)\s+)(?P<y>{_YEAR})\b(?![-–/]\d)"
    )
    return label, dated, last


_QUALIFIED = regex.compile(r"\b(?:second|third|another|other|earlier|previous|first|new|latest|youth|junior|women['’]s|men['’]s)\s+(?:\S+\s+){0,2}$", regex.I)


def _mentions(tl: "Timeline", which: int) -> list[KindMention]:
    groups, out = _groups(), []
    for m in _patterns()[which].finditer(tl.plain):
        w = regex.sub(r"\s+", " ", m.group("w").lower())
        if _QUALIFIED.search(tl.plain, max(0, m.start() - 40), m.start("w")):
            continue
        out.append(KindMention(m.start(), m.end(), groups[w], int(m.group("y")), w))
    return out


def _plural(tl: "Timeline", word: str) -> bool:
    return bool(regex.search(rf"\b{regex.escape(word)}(?:s|es)\b", tl.lower)) or word.endswith("s")


def labels_against_kind(tl: "Timeline") -> list[tuple[KindMention, list[KindMention]]]:
    """Each label of a group that the group's other dated words contradict (one date among them), and
    each label dated after "the last X came in YEAR" and before the article's year."""
    labels = _mentions(tl, 0)
    if not labels:
        return []
    dated = [d for d in _mentions(tl, 1) if not any(lab.start <= d.start < lab.end for lab in labels)]
    lasts = _mentions(tl, 2)
    now = tl.doc_date.date.year if tl.doc_date else None
    out = []
    for lab in labels:
        if _plural(tl, lab.word):
            continue
        group_labels = {x.year for x in labels if x.group == lab.group}
        others = [d for d in dated if d.group == lab.group and d.word != lab.word and not _plural(tl, d.word)]
        if lab.group in _once() and len(group_labels) == 1 and others and len({d.year for d in others}) == 1 and others[0].year != lab.year:
            out.append((lab, others))
            continue
        before = [x for x in lasts if x.group == lab.group and now is not None and x.year < lab.year < now]
        if before:
            out.append((lab, before))
    return out
