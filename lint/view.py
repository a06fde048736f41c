"""The article as a reader sees it, for reports that show the text (``--format html``).

A :class:`ArticleView` is a small, picklable summary of a :class:`~lint.document.Document`:
the headline, the front matter, then every block (heading, paragraph, list item)
as display text, with markup dropped (Markdown's ``**``, link targets, HTML tags)
and runs of white space collapsed. Each block keeps a run-length map from its
display characters back to offsets in the original file, so that a finding's
line and column land on the exact characters it flagged, whatever markup sat
between them. The view never holds the raw file: a saved HTML page shrinks to
the article text that was linted.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable, Literal

from lint.document import Document
from lint.markup import FRONT_MATTER

#: Kinds of displayed block: the headline, the byline, front matter (shown verbatim), and the
#: document's other blocks.
ViewKind = Literal["headline", "byline", "meta", "heading", "paragraph", "list"]


@dataclass(frozen=True, slots=True)
class ViewBlock:
    """One displayed block.

    ``runs`` maps display positions to file offsets: each ``(display_start,
    offset_start)`` pair begins a run of characters whose offsets increase by
    one per character, up to the next pair.
    """

    kind: ViewKind
    text: str
    runs: tuple[tuple[int, int], ...]

    def offsets(self) -> list[int]:
        """The file offset of every display character."""
        out: list[int] = []
        bounds = [*(d for d, _ in self.runs[1:]), len(self.text)]
        for (d, o), end in zip(self.runs, bounds):
            out.extend(range(o, o + end - d))
        return out


@dataclass(frozen=True, slots=True)
class ArticleView:
    """What a report needs to show one article and place its findings."""

    fmt: str
    blocks: tuple[ViewBlock, ...]
    #: Offset where each line of the file starts, to turn (line, column) into an offset.
    line_starts: tuple[int, ...]
    metadata: tuple[tuple[str, str], ...] = ()

    def offset(self, line: int, column: int) -> int:
        """The file offset of a 1-based line and column."""
        if not self.line_starts:
            return 0
        i = max(0, min(line - 1, len(self.line_starts) - 1))
        return self.line_starts[i] + max(0, column - 1)

    def placer(self) -> Callable[[int, int], list[tuple[int, int, int]]]:
        """A function giving the display pieces ``(block index, start, end)`` of a file range.

        A range that crosses blocks gives one piece per block; an empty range
        (a zero-width finding) marks the character it sits on. The offset maps
        are expanded once, so placing every finding of a file stays cheap.
        """
        index = [(i, b.offsets()) for i, b in enumerate(self.blocks) if b.text]

        def place(start: int, end: int) -> list[tuple[int, int, int]]:
            end = max(end, start + 1)
            pieces = []
            for i, offsets in index:
                if offsets[0] >= end or offsets[-1] < start:
                    continue
                a, b = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
                if a < b:
                    pieces.append((i, a, b))
            return pieces

        return place


def _display(doc: Document, start: int, end: int, verbatim: bool = False) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Display text of ``[start, end)`` and its run map.

    A masked character (markup: blank in the masked view, not blank in the file)
    is dropped; white space collapses to one space; an HTML entity shows as its
    character. ``verbatim`` keeps the file's characters as they are.
    """
    text, plain = doc.text, doc.plain
    if end <= start:
        return "", ()
    shown = text[start:end]
    if verbatim:
        return shown, ((0, start),)
    if shown == plain[start:end] and not shown[0].isspace():
        # nothing masked and no blank dropped (one blank at most between words, none in front):
        # the characters as they are, each blank shown as a space, in one run
        collapsed = " ".join(shown.split())
        if len(collapsed) == len(shown.rstrip()):
            return collapsed, ((0, start),)
    chars: list[str] = []
    runs: list[tuple[int, int]] = []
    last = -2
    for i in range(start, end):
        if verbatim:
            ch = text[i]
        else:
            ch = plain[i]
            if ch.isspace():
                if not text[i].isspace():
                    continue  # markup
                if not chars or chars[-1] == " ":
                    continue
                ch = " "
        if i != last + 1:
            runs.append((len(chars), i))
        chars.append(ch)
        last = i
    while chars and chars[-1] == " " and not verbatim:
        chars.pop()
    return "".join(chars), tuple(runs)


def _join(parts: list[tuple[str, tuple[tuple[int, int], ...]]], sep: str = "\n") -> tuple[str, tuple[tuple[int, int], ...]]:
    """Concatenate display pieces (the separators map to no offset of their own)."""
    text, runs = "", []
    for piece, piece_runs in parts:
        if not piece:
            continue
        if text:
            text += sep
        runs += [(d + len(text), o) for d, o in piece_runs]
        text += piece
    return text, tuple(runs)


def build_view(doc: Document) -> ArticleView:
    """The display view of a linted document."""
    blocks: list[ViewBlock] = []
    headline = doc.headline
    fm = FRONT_MATTER.match(doc.text) if doc.fmt == "markdown" else None
    if headline is not None and doc.block_at(headline.start) is None:
        in_front_matter = fm is not None and headline.start < fm.end()
        text, runs = _display(doc, headline.start, headline.end, verbatim=in_front_matter)
        if text:
            blocks.append(ViewBlock("headline", text, runs))
    if fm and fm.group(1):
        lines = []
        pos = fm.start(1)
        for line in fm.group(1).splitlines(keepends=True):
            end = pos + len(line.rstrip("\r\n"))
            if not (headline is not None and pos <= headline.start < end):
                lines.append(_display(doc, pos, end, verbatim=True))
            pos += len(line)
        text, runs = _join(lines)
        if text:
            blocks.append(ViewBlock("meta", text, runs))
    byline = doc.byline
    for block in doc.blocks:
        kind: ViewKind = block.kind
        if headline is not None and block.start <= headline.start < block.end:
            kind = "headline"
        elif byline is not None and block.start == byline.start:
            kind = "byline"
        text, runs = _display(doc, block.start, block.end)
        if text:
            blocks.append(ViewBlock(kind, text, runs))
    meta = tuple((k, doc.metadata[k]) for k in ("title", "author", "date") if doc.metadata.get(k))
    return ArticleView(fmt=doc.fmt, blocks=tuple(blocks), line_starts=tuple(doc.line_starts), metadata=meta)
