"""Offices told as left by a verb, read over the base extraction (:mod:`lint.timeline`).

"Roux, who stood down as chair in 2023", "Berwick, who stepped down as chief medical officer two years
ago", "Doe retired as the club's captain": the office after the verb is a former one for DAT005, as
"former chair Roux" is; a current "chair Roux" elsewhere contradicts it. The verbs are in
rules/data/leaving-verbs.txt; the reader gives the shape (a name, perhaps "who", the verb, "as", an office
word of rules/data/office-titles.txt).
"""

from functools import lru_cache
from typing import Any

import regex

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
