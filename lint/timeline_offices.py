"""Offices told as left by a verb, read over the base extraction (:mod:`lint.timeline`).

"Roux, who stood down as chair in 2023", "Berwick, who stepped down as chief medical officer two years
ago", "Doe retired as the club's captain": the office after the verb is a former one for DAT005, as
"former chair Roux" is; a current "chair Roux" elsewhere contradicts it. The verbs are in
rules/data/leaving-verbs.txt; the reader gives the shape (a name, perhaps "who", the verb, "as", an office
word of rules/data/office-titles.txt).
"""

from functools import lru_cache
from typing import Any, NamedTuple

import regex

from lint.patterns import LazyPattern, alternation_source
from lint.patterns import compile as compile_pattern
from lint.timeline import _NAME, _POSSESSIVE, Timeline, Title, _clean_name, _function_words, _office_alternation, _office_head, _office_heads, _surname
from lint.timeline_counts import _alternation
from lint.wordlists import word_list


@lru_cache(maxsize=None)
def _pattern() -> Any:
    verbs = _alternation(word_list("leaving-verbs.txt"))
    office = _office_alternation()
    return compile_pattern(
        rf"(?P<who>{_NAME})(?:\s*,\s*who\s+|\s+)(?:(?:has|had)\s+)?(?:{verbs})\s+as\s+(?:(?:the|its|their|his|her)\s+)?"
        rf"(?:(?P<pos>\p{{L}}[\p{{L}}-]*['’]s)\s+)?(?P<t>(?:(?:{office})\s+){{0,2}}(?P<last>{office}))\b(?!['’-])"
    )


@lru_cache(maxsize=None)
def _anchor() -> Any:
    return compile_pattern(rf"\b(?:{_alternation(word_list('leaving-verbs.txt'))})\s+as\s", regex.I)


def left_office_titles(tl: Timeline) -> list[Title]:
    """Former titles told by a verb of leaving: "Roux, who stood down as chair in 2023"; the name is read back
    from each verb (a name-first pattern is not run over an article that has none)."""
    if " as " not in tl.lower:
        return []
    out, heads, ends = [], _office_heads(), set()
    for v in _anchor().finditer(tl.plain):
        m = _pattern().search(tl.plain, max(0, v.start() - 120), min(len(tl.plain), v.end() + 80))
        if m is None or m.end() in ends:
            continue
        ends.add(m.end())
        who = _clean_name(m.group("who"))
        if not who or who.split()[0].lower() in _function_words() or tl.doc.in_quote(m.start()):
            continue
        qualifier = frozenset({_POSSESSIVE.sub("", m.group("pos").lower())} if m.group("pos") else ())
        out.append(Title(m.start(), m.end(), _office_head(m.group("last"), heads), _surname(who).rstrip("’"), " ".join(who.split()[:-1]), True, qualifier))
    return out


class OfficeTaken(NamedTuple):
    """A person's taking of an office dated by its year: "took over as chief executive in 2021", "Since
    becoming CEO in 2022", "has captained the side since 2024" (``since``: dated as the start of a stretch)."""

    start: int
    end: int
    title: str  # the office's head word
    subject: str  # the pronoun or surname before the phrase, "" for a participle with none
    year: int
    since: bool


@lru_cache(maxsize=None)
def _taking_patterns() -> tuple[Any, Any]:
    from lint.timeline import _MON, _YEAR
    from lint.timeline_held_posts import office_verb_stems

    office = _office_alternation()
    phrases = alternation_source(word_list("office-taking-phrases.txt"))
    date = rf"(?:(?:{_MON})\.?\s+)?(?P<y>{_YEAR})\b(?![-–/]\d)"
    told = compile_pattern(
        rf"\b(?i:{phrases})\s+(?:(?:the|its|their|his|her)\s+)?(?:\p{{L}}[\p{{L}}-]*['’]s\s+)?(?:(?i:new)\s+)?"
        rf"(?:(?:{office})\s+){{0,2}}(?P<last>{office})\b(?!['’-])[^.;!?\n]{{0,60}}?\s+in\s+{date}"
    )
    verbs = office_verb_stems()
    since = compile_pattern(
        rf"\b(?i:has|have|had)\s+(?:(?P<v>{verbs})e?d\b[^.;!?\n]{{0,60}}?|been\s+(?:the\s+)?(?:\p{{L}}[\p{{L}}-]*['’]s\s+)?"
        rf"(?:(?:{office})\s+){{0,2}}(?P<last>{office})\b(?!['’-])[^.;!?\n]{{0,60}}?)\s+since\s+{date}"
    )
    return told, since


#: The subject just before a taking phrase: a pronoun, or a name and perhaps "who" ("Obi, who took over").
_TAKER = LazyPattern(r"\b(?P<s>[Ss]he|[Hh]e|\p{Lu}[\p{L}'’-]+)(?:\s*,\s*who|\s*,)?\s+(?:\p{Ll}+\s+){0,1}$")
#: A taking told by a participle ("Since becoming CEO", "after taking over as chair"): its subject is the clause's.
_PARTICIPLE = LazyPattern(r"(?i:becoming|taking|being)\b")
#: The subject of the clause after a participle's: "Since becoming CEO in 2022, she said".
_MAIN_SUBJECT = LazyPattern(r"\s*,\s*(?P<s>[Ss]he|[Hh]e|\p{Lu}[\p{L}'’-]+)\b")
#: Words that make a taking one of several: "again", "first", "interim", "acting".
_AGAIN = LazyPattern(r"\b(?:again|first|interim|acting|briefly|temporarily|co-)", regex.I)


def offices_taken(tl: Timeline) -> list[OfficeTaken]:
    """Each dated taking of an office by a person, outside quotations."""
    from lint.timeline_held_posts import office_heads_of_verb

    told, since = _taking_patterns()
    heads, out = _office_heads(), []
    for pattern, is_since in ((told, False), (since, True)):
        for m in pattern.finditer(tl.plain):
            s, _ = tl.sentence(m.start())
            if tl.doc.in_quote(m.start()) or _AGAIN.search(tl.plain, max(s, m.start() - 20), m.end()):
                continue
            if m.group("last"):
                head = _office_head(m.group("last"), heads)
                titles = {head}
            else:
                titles = office_heads_of_verb(m.group("v"))
            before = _TAKER.search(tl.plain, max(s, m.start() - 40), m.start())
            subject = before.group("s").lower() if before else ""
            if _PARTICIPLE.match(tl.plain, m.start()):
                main = _MAIN_SUBJECT.match(tl.plain, m.end())  # "Since becoming CEO in 2022, she said": the clause's subject
                subject = main.group("s").lower() if main else ""
            elif subject in _function_words() and subject not in ("she", "he"):
                subject = ""
            if not subject and not _PARTICIPLE.match(tl.plain, m.start()):
                subject = "?"  # a finite verb whose subject is not read: someone else, for all we know
            for head in titles:
                out.append(OfficeTaken(m.start(), m.end(), head, subject, int(m.group("y")), is_since))
    return out


def offices_taken_twice(tl: Timeline) -> list[tuple[OfficeTaken, list[OfficeTaken]]]:
    """One person's taking of one office dated to two years: the article's takings of the office give two
    years, their subjects are one name or pronouns of one person; the "since" mention is reported (else
    the later one) against the others."""
    if " since " not in tl.lower and "became" not in tl.lower and "becoming" not in tl.lower:
        return []
    by_title: dict[str, list[OfficeTaken]] = {}
    for t in offices_taken(tl):
        by_title.setdefault(t.title, []).append(t)
    out = []
    for group in by_title.values():
        if len({t.year for t in group}) != 2:
            continue
        names = {t.subject for t in group if t.subject not in ("", "she", "he")}
        pronouns = {t.subject for t in group if t.subject in ("she", "he")}
        if len(names) > 1 or len(pronouns) > 1:
            continue
        report = max(group, key=lambda t: (t.since, t.start))
        against = [t for t in group if t.year != report.year]
        out.append((report, against))
    return out
