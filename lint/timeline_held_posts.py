"""An office called former (or current) by its own sentence, which then says the opposite, for DAT005.

DAT005 pairs a "former X" with a current "X" given to the same name elsewhere. A writer who gets the
time of an office wrong often contradicts it within one sentence, with no second title to pair:

- a former office set off with a clause that keeps it now: "the former chair of the forum, a role she
  will continue to hold", "the former head of sales, a post he has held since 2020", "the former
  president of the council, whose term runs through 2028" (a year not before the article's),
  "the trust's former chair, who chaired this year's panel" (the office's own verb, said of this
  year), "former principal of the college, where she is now in her sixth year at the helm";
- a current office ("current", "sitting", "incumbent") whose person the same sentence says has left
  ("the club's current chair, Ana Ruiz, who stood down from the board in 2023").

The clause vocabulary is in rules/data/post-keeping-clauses.txt, the offices in
rules/data/office-titles.txt, the leaving verbs in rules/data/leaving-verbs.txt and the office verbs in
rules/data/office-verbs.txt. A past in the clause ("a post she held until 2019") keeps nothing; a
leaving verb followed by "as" and another office ("stood down as treasurer") left that other office.
Quoted speech is skipped, as DAT005 skips it.
"""

from functools import lru_cache
from typing import Any, NamedTuple

import regex

from lint.patterns import alternation_source
from lint.patterns import compile as compile_pattern
from lint.timeline import _YEAR, Timeline, _office_alternation, _office_head, _office_heads
from lint.timeline_counts import _office_verbs
from lint.wordlists import data_lines, word_list


#: One character of the words between an office and its clause, inside the sentence: a full stop only after a
#: short capitalised abbreviation ("the Rev. Ana Gillies", "Dr. Obi").
_CLAUSE_GAP = r"(?:[^.;!?]|(?<=\b\p{Lu}\p{Ll}{0,3})\.)"


class HeldPost(NamedTuple):
    start: int  # the office called former (or current)
    end: int
    other_start: int  # the clause that says the opposite
    other_end: int
    title: str  # the office's head word


def _clauses(kind: str) -> list[str]:
    out = []
    for line in data_lines("post-keeping-clauses.txt"):
        key, _, value = (p.strip() for p in line.partition("="))
        if key == kind and value:
            out.append(value)
    return out


@lru_cache(maxsize=None)
def _patterns() -> tuple[Any, Any, Any]:
    office = _office_alternation() + "|" + alternation_source(_clauses("title"))
    title = rf"(?P<t>(?:(?:{office})\s+){{0,2}}(?P<last>{office}))\b(?!['’-])"
    former = compile_pattern(rf"\b(?:[Ff]ormer\s+|[Ee]x-)(?:\p{{L}}[\p{{L}}-]*['’]s\s+)?{title}")
    current = compile_pattern(rf"\b(?:[Cc]urrent|[Ss]itting|[Ii]ncumbent)\s+{title}")
    verbs = office_verb_stems()
    pronoun = r"(?:she|he|they)"
    keep = compile_pattern(
        rf"\G{_CLAUSE_GAP}{{0,160}}?(?P<c>,\s*(?i:"
        rf"(?:a|the)\s+(?:{alternation_source(_clauses('noun'))})\s+(?:that\s+|which\s+)?{pronoun}\s+(?:{alternation_source(_clauses('keep'))})"
        rf"|whose\s+term(?:\s+as\s+[\p{{L}} ]{{1,40}}?)?\s+(?:runs|lasts|continues|ends|expires)\s+(?:through|until|till|to|into|in)\s+(?:\p{{L}}+\s+)?(?P<y>{_YEAR})\b"
        rf"|who\s+(?:still\s+)?(?P<v>{verbs})(?:e?s|e?d)?\s+(?:this\s+year['’]s|this\s+season['’]s|the\s+current)\b"
        rf"|where\s+{pronoun}\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|still\s+)?(?:in\s+(?:her|his|their)\s+\p{{L}}+\s+year\s+)?(?:{alternation_source(_clauses('helm'))})"
        r"))"
    )
    return former, current, keep


def office_verb_stems() -> str:
    """The stems of rules/data/office-verbs.txt as a pattern, to be inflected after it ("chair" + "ed")."""
    return "|".join(regex.escape(b) for b in sorted({_base(v) for v in _office_verbs()}, key=len, reverse=True))


def _base(verb: str) -> str:
    """"chairs" -> "chair", "coaches" -> "coach", "manages" -> "manage": the stem the pattern inflects."""
    if verb.endswith("ches") or verb.endswith("shes"):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


@lru_cache(maxsize=None)
def _left() -> Any:
    verbs = alternation_source(word_list("leaving-verbs.txt"))
    office, body = _office_alternation(), alternation_source(_clauses("body"))
    return compile_pattern(
        rf"\G{_CLAUSE_GAP}{{0,120}}?(?P<c>,\s*who\s+(?:had\s+|has\s+)?(?:{verbs})(?P<rest>"
        rf"\s+as\s+(?:(?:the|its|their|his|her)\s+)?(?:\p{{L}}[\p{{L}}-]*['’]s\s+)?(?:(?P<as>{office})\b)?[^.;!?,]{{0,60}}?\s+in\s+(?P<y>{_YEAR})\b"
        rf"|\s+from\s+(?:the|its|their|his|her)\s+(?:\p{{L}}[\p{{L}}-]*['’]s\s+)?(?:{body}|{office})\s+in\s+(?P<y3>{_YEAR})\b"
        rf"|\s+in\s+(?P<y2>{_YEAR})\b))",
    )


def held_post_contradictions(tl: Timeline) -> list[HeldPost]:
    """Each office that its own sentence calls former and then says is held, or calls current and then
    says was left."""
    lower = tl.lower
    if "former" not in lower and "ex-" not in lower and "current" not in lower and "sitting" not in lower and "incumbent" not in lower:
        return []
    former, current, keep = _patterns()
    heads, now, out = _office_heads(), tl.doc_date.date.year if tl.doc_date else None, []
    for m in former.finditer(tl.plain):
        if tl.doc.in_quote(m.start()):
            continue
        head = _office_head(m.group("last"), heads)
        k = keep.match(tl.plain, m.end())
        if k is None:
            continue
        if k.group("y") and now is not None and int(k.group("y")) < now:
            continue  # "whose term ran to 2019" in a 2025 story: gone
        if k.group("v") and head not in office_heads_of_verb(k.group("v")):
            continue  # "the former coach, who chaired this year's panel": another office
        out.append(HeldPost(m.start(), m.end(), k.start("c") + 1, k.end(), head))
    for m in current.finditer(tl.plain):
        if tl.doc.in_quote(m.start()):
            continue
        head = _office_head(m.group("last"), heads)
        k = _left().match(tl.plain, m.end())
        if k is None:
            continue
        if k.group("as") and _office_head(k.group("as"), heads) != head:
            continue  # "the current chair, who stood down as treasurer in 2023": left another office
        year = int(k.group("y") or k.group("y2") or k.group("y3"))
        if now is not None and year > now:
            continue
        out.append(HeldPost(m.start(), m.end(), k.start("c") + 1, k.end(), head))
    return out


def office_heads_of_verb(stem: str) -> set[str]:
    """The office heads an office verb's stem stands for ("chair" of "chaired" -> chair, chairman, ...)."""
    return {h for v, hs in _office_verbs().items() if _base(v) == stem.lower() for h in hs}
