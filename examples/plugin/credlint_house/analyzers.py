"""The plugin's analyzers, registered under the ``house`` namespace when credlint first needs one.

An analyzer is ``fn(doc, rule, ctx) -> Iterable[Hit]``: it reads its typed options as
``rule.options`` and gives the values its rule's TOML ``message`` formats.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from lint.analyzers.registry import analyzer, option
from lint.document import Document
from lint.findings import Hit
from lint.rulepack import Rule


@dataclass(frozen=True)
class LongParagraphOptions:
    max_words: int = option(120, "words a body paragraph may have")


@analyzer("house.long_paragraph", options=LongParagraphOptions, fields=("words", "max_words"))
def long_paragraph(doc: Document, rule: Rule, ctx: object) -> Iterable[Hit]:
    """Body paragraphs longer than the house style allows."""
    limit = rule.options.max_words
    for block in doc.body_blocks:
        if block.kind != "paragraph":
            continue
        words = doc.count_words(block.start, block.end)
        if words > limit:
            end = min(block.end, block.start + 80)
            yield Hit(block.start, end, {"match": doc.text[block.start : end], "words": str(words), "max_words": str(limit)})
