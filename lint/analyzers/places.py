"""How analyzers point at other places in a document: related spans and "line N" text.

One builder of each, so every rule names a place the same way.
"""

from __future__ import annotations

from lint.document import Document
from lint.findings import Related

#: Characters of a span quoted in a message before it is cut with "…".
QUOTE_CHARS = 60
#: Characters of a related place's text (its snippet).
RELATED_CHARS = 80


def related(doc: Document, start: int, end: int, limit: int | None = RELATED_CHARS) -> Related:
    """The span ``start:end`` as a related place, its text on one line (cut at ``limit``)."""
    line, col = doc.line_col(start)
    return Related(doc.path, line, col, " ".join(doc.text[start:end].split())[:limit])


def line_text(line: int) -> str:
    """'line 17': how a message names a line."""
    return f"line {line}"


def line_of(doc: Document, offset: int) -> str:
    """'line 17': how a message names the line of an offset."""
    return line_text(doc.line_col(offset)[0])


def where(doc: Document, start: int, end: int) -> str:
    """'line 17 (“the 2022 annexation of Crimea”)': how a message names a span."""
    text = " ".join(doc.text[start:end].split())
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 1] + "…"
    return f"{line_of(doc, start)} (“{text}”)"
