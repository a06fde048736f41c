"""More shapes of vague attribution (SRC006), from stories told in numbers.

A figure or a reading of it pinned on nobody, in the places a numbers story puts it:

* a figure vouched for by a vague group ("figures compiled from assorted online sources",
  "prices verified by independent experts"): a participle of ``vouching-participles.txt``, then
  "by" or "from" and a group of ``vague-sources.txt`` that no name follows;
* a consensus of a vague group ("in line with the consensus of leading analysts") with no
  producer after it ("…of analysts polled by Reuters" is sourced);
* "according to" a crowd defined by what it watches ("according to people who watch the numbers
  closely": ``crowd-heads.txt`` or a group, then ``crowd-following-verbs.txt``);
* a vague group reading an event as something ("many commentators have read the slide as a
  verdict", "pundits have taken the gain as a sign": ``reading-verbs.txt``, then within eight
  words "as" and a complement of ``reading-complements.txt``; a crowd the story reports on
  ("residents") never counts, a group the wire uses to sum up named people ("analysts") only with
  a quantifier, a setting or an adverb of consensus);
* a field's whole community in a passive of hearsay ("the wider scientific community is said to
  be optimistic": ``community-nouns.txt``);
* a claim declared settled ("it is now beyond serious dispute that": ``dispute-nouns.txt``).

Each yields (start, end, phrase) of its ``hit``; :mod:`lint.analyzers.sourcing` grades them as
shapes wire copy does not use and applies its checks (quotations, professional anonymity).
"""

from __future__ import annotations

from functools import cache
from typing import Iterator

import regex

from lint.patterns import compile as compile_pattern
from lint.patterns import LazyPattern, alternation_source, escape, longest_first
from lint.textindex import register_triggers
from lint.wordlists import data_lines, word_list

_S = r"[ \u00a0]+"
#: A lower-case modifier of a group that is no function word ("independent", "online", "leading").
_MOD = (r"(?!(?:the|these|those|their|its|his|her|our|my|your|this|that|and|or|to|of|by|from|as|at|in|on|who|which)(?![\p{L}]))"
        r"(?-i:\p{Ll}[\p{Ll}\-]*)")
#: What names the group's producer after it: "…experts at Barclays", "…analysts polled by Reuters".
_NAMED_AFTER = LazyPattern(
    r"[ \u00a0]*(?:(?:at|from|of|with|in|for|including|such[ \u00a0]+as|like)[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Ll}[\p{L}\-]*[ \u00a0]+){0,3}\p{Lu}"
    r"|\p{Ll}+(?:ed|en)[ \u00a0]+(?:by|for)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}|\(?\p{Lu}\p{L}+)"
)


#: A participle that opens a line, a sentence or a parenthesis: a source note ("*Compiled from…").
_OPENS = LazyPattern(r"(?:^|\n|[.!?(:][ \u00a0]*)[ \u00a0*_>\-•]*$")


@cache
def _figure_before() -> regex.Pattern[str]:
    """A figure noun in the clause before a participle of vouching ("prices verified by", "prices
    checked in store and verified by"); the caller bounds the search to its line."""
    return compile_pattern(rf"(?<![\p{{L}}])(?:{_alt('figure-nouns.txt')})(?![\p{{L}}])[^.;!?\n]*$", regex.I)


def _alt(name: str) -> str:
    return alternation_source(word_list(name))


def _forms(name: str) -> list[str]:
    return longest_first({w for line in data_lines(name) for w in line.lower().split()})


@cache
def _patterns(groups: tuple[str, ...]) -> dict[str, regex.Pattern[str]]:
    group = "|".join(escape(g) for g in longest_first(groups))
    quant = r"(?:many|most|some|several|multiple|various|numerous|assorted|countless|other)"
    reading = "|".join(escape(v) for v in _forms("reading-verbs.txt"))
    aux = r"(?:have|has|had|now|also|long|widely|largely|generally|broadly|mostly|already|quickly|all|been)"
    return {
        "vouched": register_triggers(compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>(?:{_alt('vouching-participles.txt')})(?:{_S}to{_S}(?:us|me|the{_S}\p{{Ll}}+))?{_S}(?:by|from){_S}"
            rf"(?:(?:{quant}|{_MOD}){_S}){{0,3}}(?P<group>{group}))(?![\p{{L}}'’])", regex.I),
            frozenset(w.split()[0] for w in word_list("vouching-participles.txt"))),
        "consensus": register_triggers(compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>(?:(?:the|a){_S})?consensus(?:{_S}(?:view|forecast|estimate|expectation|call))?{_S}(?:of|among){_S}"
            rf"(?:(?:{quant}|{_MOD}){_S}){{0,3}}(?:{group}))(?![\p{{L}}'’])", regex.I), frozenset({"consensus"}), words_before=1),
        "according": register_triggers(compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>according{_S}to{_S}(?:(?:{quant}|{_MOD}){_S}){{0,2}}(?:{_alt('crowd-heads.txt')}|{group}){_S}"
            rf"(?:who|that){_S}(?:(?:have|has|had|closely|actually|really){_S})?(?:{_alt('crowd-following-verbs.txt')}))(?![\p{{L}}])",
            regex.I), frozenset({"according"})),
        "reading": compile_pattern(
            rf"(?:(?<=^|[.!?…:;—–(][\"”’)]?[ \u00a0]*|\n[ \u00a0]*(?:[-*•>#]+[ \u00a0]+)?)|(?<=(?i:and|but|while|as){_S}))"
            rf"(?P<hit>(?:(?P<quant>(?i:{quant})){_S})?(?:(?i:{_MOD}){_S}){{0,2}}(?P<group>(?i:{group}))"
            rf"(?P<place>{_S}(?:across|around|in|on|within|throughout){_S}(?:the{_S})?\p{{Ll}}+)?(?:{_S}(?P<aux>{aux})){{0,3}}{_S}(?:{reading}))"
            rf"(?={_S}(?:[^\s.,;:!?“”\"]+{_S}){{1,8}}?as{_S}(?!(?:{_alt('reading-non-complements.txt')})(?![\p{{L}}]))(?:{_alt('reading-complements.txt')})(?![\p{{L}}]))"),
        "community": compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>(?i:the){_S}(?:(?i:{_MOD}){_S}){{0,3}}(?i:{_alt('community-nouns.txt')}){_S}(?i:is|was){_S}"
            rf"(?:(?i:now|also|widely|generally|increasingly){_S})?(?i:said|believed|thought|understood|reported|reputed){_S}(?i:to){_S}(?i:be|have))(?![\p{{L}}])"),
        "settled": register_triggers(compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>it{_S}(?:is|was|has{_S}(?:long{_S})?been){_S}(?:(?:now|long|surely|simply|by{_S}now){_S})?beyond{_S}"
            rf"(?:(?:any|all|serious|reasonable|real|much|further){_S}){{0,2}}(?:{_alt('dispute-nouns.txt')}))(?![\p{{L}}])", regex.I),
            frozenset({"it"})),
    }


def vague_figure_sources(doc, groups: dict[str, str], lo: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) of every shape of the module from ``lo`` on; ``groups`` are the group
    nouns of ``vague-sources.txt`` with their marks ("+" a crowd, "=" evidence)."""
    people = tuple(sorted(g for g, mark in groups.items() if "=" not in mark))
    p = _patterns(people)
    plain = doc.plain
    for m in doc.index.finditer(p["vouched"], lo):
        if "+" in groups.get(m.group("group").lower(), "+") or _NAMED_AFTER.match(plain, m.end()):
            continue  # "footage supplied by residents": a crowd the story reports on
        if _figure_before().search(plain, max(lo, plain.rfind("\n", 0, m.start()) + 1, m.start() - 90), m.start()) or _OPENS.search(plain, max(lo, m.start() - 12), m.start()):
            yield m.start("hit"), m.end("hit"), m.group("hit")
    for m in doc.index.finditer(p["consensus"], lo):
        if not _NAMED_AFTER.match(plain, m.end()):
            yield m.start("hit"), m.end("hit"), m.group("hit")
    for name in ("according", "settled"):
        for m in doc.index.finditer(p[name], lo):
            yield m.start("hit"), m.end("hit"), m.group("hit")
    for name in ("reading", "community"):
        for m in p[name].finditer(plain, lo):
            if name == "reading":
                mark = groups.get(m.group("group").lower(), "")
                if "+" in mark or _NAMED_AFTER.match(plain, m.end("hit")):
                    continue  # "residents saw the flood as…": a crowd the story reports on
                if "*" in mark and not (m.group("quant") or m.group("place") or m.group("aux") in ("long", "widely", "largely", "generally", "broadly", "mostly")):
                    continue  # "analysts saw the move as…": the wire's summary of named analysts
            yield m.start("hit"), m.end("hit"), m.group("hit")
