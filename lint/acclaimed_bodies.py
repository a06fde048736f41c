"""Bodies praised instead of named (SRC002): "a senior fellow at a leading national education
think tank", "judges drawn from a top international business school", "A prestigious business
magazine named her…".

The shape is an indefinite article (or "one of the"), a word of acclaim (``acclaim-modifiers.txt``),
up to four more modifiers and the kind of body (``institute-heads.txt``, ``acclaimed-body-heads.txt``;
not a firm, a bank or an agency, which the wire describes unnamed: "a top ratings agency"). The body is named nowhere in the phrase, so a reader cannot find it.
Left alone: the wire's apposition after a named body ("the IIF, a leading industry group") and a
predicate about one ("the bank is a leading lender"), a
name given right after ("a leading think tank, the Resolution Foundation", "a top school called
…"), and a plural that counts bodies ("a top ten university" is no body).
"""

from __future__ import annotations

from functools import cache
from typing import Iterator

import regex

from lint.document import Document
from lint.patterns import LazyPattern, alternation_source
from lint.patterns import compile as compile_pattern
from lint.wordlists import word_list

_S = r"[ \u00a0]+"
#: A named body right before the phrase, as the wire describes one: "the Brookings Institution, a".
_NAMED_BEFORE = LazyPattern(r"[\p{Lu}\p{N})][\p{L}\p{N}.’'\-]*\)?,[ \u00a0]+$", regex.REVERSE)
#: A copula before the phrase: it describes a subject already named ("The Bank of England is a leading…").
_PREDICATE_BEFORE = LazyPattern(r"(?<![\p{L}])(?i:is|was|are|were|remains?|remained|became|becomes?|as)[ \u00a0]+$", regex.REVERSE)
#: The body's name given right after: ", the Resolution Foundation", " called Kestrel", " (Kestrel)".
_NAMED_AFTER = LazyPattern(r"(?:,?[ \u00a0]+(?:the|called|named|known[ \u00a0]+as)[ \u00a0]+\p{Lu}|[ \u00a0]*\([ \u00a0]*\p{Lu}|,?[ \u00a0]+\p{Lu}|[ \u00a0]+such[ \u00a0]+as)")


@cache
def _pattern() -> regex.Pattern[str]:
    heads = word_list("institute-heads.txt") | word_list("acclaimed-body-heads.txt")
    mod = r"(?!(?:and|or|of|in|at|on|for|to|who|which|that)(?![\p{L}]))[\p{L}\-]+"
    return compile_pattern(
        rf"(?<![\p{{L}}])(?P<hit>(?i:an?|one{_S}of{_S}the){_S}(?i:{alternation_source(word_list('acclaim-modifiers.txt'))})"
        rf"(?:{_S}{mod}){{0,4}}?{_S}(?i:{alternation_source(heads)})(?:s|es)?)(?![\p{{L}}\-])"
    )


def acclaimed_bodies(doc: Document, lo: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) of every body praised instead of named from ``lo`` on."""
    plain = doc.plain
    for m in _pattern().finditer(plain, lo):
        before = max(0, m.start() - 80)
        if _NAMED_BEFORE.search(plain, before, m.start()) or _PREDICATE_BEFORE.search(plain, before, m.start()) or _NAMED_AFTER.match(plain, m.end()):
            continue
        if doc.in_quote(m.start()):
            continue
        yield m.start("hit"), m.end("hit"), " ".join(m.group("hit").split())
