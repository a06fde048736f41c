"""Filler analyzers: template furniture found by its shape, not by an exact wording.

A callout is a short label that opens a line ("Key Outcome:", "💡 Did you know?") or
makes a whole heading ("## Key Takeaways"); a placeholder is a bracket holding a
generic noun or an instruction ("[Hospital Name]", "[Insert quote]"); a table of
contents is a label line followed by a run of short entry lines. The vocabularies
(labels, modifiers, head nouns, placeholder nouns) are lists in ``rules/data``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Iterator

from lint.analyzers.registry import analyzer, option
from lint.document import Document
from lint.findings import Hit
from lint.patterns import LazyPattern
from lint.wordlists import word_list
from lint.rulepack import Rule
from lint.textindex import WORD

#: What may stand before a label on its line: blanks, quote marks, bullets, emphasis, block
#: quotes, heading marks, numbering, emoji and their variation selectors.
_LEAD = LazyPattern(r"[\s“\"‘'*_>#•·▪●◦\-–—\p{So}\p{Sk}\p{Cf}\uFE0F\u200D]*")
#: A label: one to six words, then a colon, question mark or exclamation mark.
_LABEL = LazyPattern(
    r"(?P<label>[\p{L}\p{N}][\p{L}\p{N}'’;.&\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’;.&\-]*){0,5})"
    r"[ \t]*[”\"’'*_]*[ \t]*(?P<end>[:?!])"
)
#: The text of a heading line, without trailing blanks, emphasis or a colon.
_HEADING = LazyPattern(r"(?P<label>[^\n]*?)[ \t*_:”\"’']*$")
_LINE = LazyPattern(r"[^\n]+")
_BRACKET = LazyPattern(r"\[(?P<inner>[^\[\]\n]{1,100})\]")
#: Words that make a placeholder noun a description of the missing text ("[Quote from …]").
_DESCRIBING = frozenset({"from", "about", "of", "for", "on", "by", "here"})
_SENTENCE_WORD = LazyPattern(r"[\p{L}\p{N}]+")


def _norm(label: str) -> str:
    return " ".join(label.replace("’", "'").lower().split())


@cache
def _callout_vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (
        frozenset(_norm(p) for p in word_list("callout-labels.txt")),
        frozenset(_norm(p) for p in word_list("callout-modifiers.txt")),
        frozenset(_norm(p) for p in word_list("callout-heads.txt")),
    )


def is_callout_label(label: str) -> bool:
    """Whether a label ("Key Outcome", "Did you know") is template callout furniture."""
    phrases, modifiers, heads = _callout_vocabulary()
    key = _norm(label)
    if key in phrases:
        return True
    words = key.split()
    return 2 <= len(words) <= 3 and words[-1] in heads and all(w in modifiers for w in words[:-1])


@analyzer("filler.template_callout")
def template_callout(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Lines that open with a callout label, and headings that are one."""
    plain = doc.plain
    for line in _LINE.finditer(plain):
        lead = _LEAD.match(plain, line.start(), line.end())
        start = lead.end() if lead else line.start()
        m = _LABEL.match(plain, start, line.end())
        if m and is_callout_label(m.group("label")):
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})
            continue
        block = doc.block_at(start)
        if block is not None and block.kind == "heading":
            h = _HEADING.match(plain, start, line.end())
            if h and h.group("label") and is_callout_label(h.group("label")):
                yield Hit(h.start("label"), h.end("label"), {"match": doc.text[h.start("label") : h.end("label")]})


@cache
def _placeholder_vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    nouns = frozenset(word_list("placeholder-nouns.txt"))
    instructions = tuple(sorted(word_list("placeholder-instructions.txt"), key=len, reverse=True))
    return nouns, instructions


def is_placeholder(inner: str) -> bool:
    """Whether the text of a square bracket is an unfilled template slot."""
    nouns, instructions = _placeholder_vocabulary()
    text = _norm(inner.strip(" .…"))
    for head in instructions:
        if text == head or text.startswith(head + " ") or text.startswith(head + ":"):
            return True
    words = WORD.findall(inner)
    # a description of what belongs there: "[Quote from the mayor]", "[Statistic about rents]"
    if len(words) >= 3 and words[0][0].isupper() and words[0].lower() in nouns and words[1].lower() in _DESCRIBING:
        return True
    if not 1 <= len(words) <= 4 or len(words) != len(inner.split()):
        return False
    return all(w[0].isupper() for w in words) and words[-1].lower().strip("'’") in nouns


@analyzer("filler.template_placeholder")
def template_placeholder(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Square brackets holding a generic noun or an instruction: "[Company Name]", "[Insert quote]"."""
    for m in _BRACKET.finditer(doc.plain):
        if is_placeholder(m.group("inner")):
            yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})


@dataclass(frozen=True)
class TableOfContentsOptions:
    min_entries: int = option(2, "entry lines the label must be followed by")
    max_entry_words: int = option(25, "words an entry line may have")


@analyzer("filler.table_of_contents", options=TableOfContentsOptions, fields=("count",))
def table_of_contents(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A table-of-contents label line followed by a run of short entry lines."""
    labels = frozenset(_norm(p) for p in word_list("toc-labels.txt"))
    min_entries, max_words = rule.options.min_entries, rule.options.max_entry_words
    lines = [m for m in _LINE.finditer(doc.plain) if m.group().strip()]
    for i, line in enumerate(lines):
        lead = _LEAD.match(doc.plain, line.start(), line.end())
        start = lead.end() if lead else line.start()
        h = _HEADING.match(doc.plain, start, line.end())
        if not h or _norm(h.group("label")) not in labels:
            continue
        entries = 0
        for entry in lines[i + 1 :]:
            words = _SENTENCE_WORD.findall(entry.group())
            text = entry.group().rstrip(" \t*_")
            if not words or len(words) > max_words or text.endswith((".", ",", ";")):
                break
            entries += 1
        if entries >= min_entries:
            yield Hit(h.start("label"), h.end("label"),
                      {"match": doc.text[h.start("label") : h.end("label")], "count": str(entries)})
