"""Typing slips no copy edit lets through: a word typed twice ("on the the roof") and a sentence
glued to the one before it, with no space after the full stop ("in Adelaide.He said").

Both are weak evidence alone, like the other style slips (:mod:`lint.analyzers.style`); several
say that nobody read the text before it was published. Only words that edited English never
types twice are reported (rules/data/doubled-word-slips.txt and doubled-word-particles.txt), and
only a glued sentence that opens with a function word ("He", "The", "In"), so that a domain
("example.com", "Amazon.Com") or a file name is never read as one.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lint.analyzers.registry import analyzer
from lint.document import Document
from lint.findings import Hit
from lint.patterns import LazyPattern
from lint.wordlists import word_list

if TYPE_CHECKING:  # a type only: the rule module needs the registry, which loads these modules
    from lint.rule import Rule

#: A word, blanks within one paragraph, and the same word again (any case: "The the").
_DOUBLED = LazyPattern(
    r"(?<![\p{L}\p{N}'’\-./@])(\p{L}+)[ \t]+(?:\n[ \t]*)?(\1)(?![\p{L}\p{N}'’\-])", regex.I
)
#: The word before a doubled word, on the same line.
_WORD_BEFORE = LazyPattern(r"(\p{L}+)[^\p{L}\n]{0,3}$")
#: A lowercase word of three letters or more (not part of a domain, a path or a handle), a full
#: stop, and a capitalised word with a blank after it: "in Adelaide.He said".
_GLUED = LazyPattern(r"(?<![\p{L}\p{N}./@:_\-])\p{L}\p{Ll}{2,}\.(\p{Lu}\p{Ll}{0,6})(?=[ \t])")

_VERB_ENDINGS = ("ing", "ied", "ed", "es", "s", "d")


def _completing_verb(word: str) -> bool:
    """Whether a word is (a regular form of) a verb a particle completes ("checked", "spoke")."""
    verbs = word_list("particle-verbs.txt")
    if word in verbs:
        return True
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if ending == "ied":
                stem += "y"
            if stem in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs):
                return True
    return False


def _slip(plain: str, m: regex.Match[str]) -> bool:
    word = m.group(1).lower()
    if m.group(2) != m.group(1) and not (m.group(1)[:1].isupper() and m.group(2).islower()):
        return False  # "The the" is a slip; "the The" and "in IN" are not the same typing
    if word in word_list("doubled-word-slips.txt"):
        return True
    if word not in word_list("doubled-word-particles.txt"):
        return False
    before = _WORD_BEFORE.search(plain, max(0, m.start() - 40), m.start())
    return before is not None and not _completing_verb(before.group(1).lower())


@analyzer("slips.doubled_word")
def doubled_word(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A word typed twice in a row that edited English never doubles ("the the", "from from"),
    or a preposition doubled after a word it does not complete ("a mechanic in in Zwickau")."""
    plain = doc.plain
    for m in _DOUBLED.finditer(plain):
        if _slip(plain, m):
            yield Hit(m.start(), m.end(), {"match": m.group()})


@cache
def _openers() -> frozenset[str]:
    return frozenset(word_list("function-words.txt"))


@analyzer("slips.glued_sentence")
def glued_sentence(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A sentence glued to the one before it: a full stop with no space after it, before a
    capitalised function word ("in Adelaide.He said", "last year.The club")."""
    for m in _GLUED.finditer(doc.plain, doc.body_start):
        if m.group(1).lower() in _openers():
            yield Hit(m.start(), m.end(), {"match": m.group()})
