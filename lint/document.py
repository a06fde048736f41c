"""The document model: one immutable, analysed view of an article.

A :class:`Document` keeps the original text untouched and adds a masked view
(``plain``, same length, markup blanked out; see :mod:`lint.markup`) plus the
structure rules need: headline, byline, blocks (paragraphs, headings, list
items), sentences, quoted speech and a line map. Its words, the lower-cased word
index and the analyses rules share live in its text index (``doc.index``, see
:mod:`lint.textindex`), built on first use. Every structural element is a
pair of offsets into the original text, so whatever a rule finds can be
reported at its exact line and column in the file the user opened.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, Callable, Literal

import regex

from lint.markup import mask_comments, mask_markdown, parse_front_matter
from lint.normalize import SourceMap
from lint.patterns import LazyPattern, alternation_source
from lint.patterns import compile as compile_pattern
from lint.textindex import WORD, TextIndex
from lint.wordlists import word_list

Format = Literal["markdown", "text", "html"]
BlockKind = Literal["heading", "paragraph", "list"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the text."""

    start: int
    end: int

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level unit: a heading, a paragraph or one list item."""

    start: int
    end: int
    kind: BlockKind


_LINE_BREAK = LazyPattern(r"\r\n|\r|\n")
_BLANK_LINE = LazyPattern(r"[ \t\u00a0]*")
_LIST_START = LazyPattern(r"^[ \t]*(?:[-*+•·▪●◦]|\d{1,3}[.)])[ \t]*\S")
_MD_HEADING = LazyPattern(r"^[ \t]{0,3}#{1,6}[ \t]")
_QUOTE_MARK = LazyPattern(r"[“”\"]")
_INITIALS = LazyPattern(r"(?:\w\.)+\w")
_TERMINAL = set(".!,;:…\"”'’")
_PAGE_TITLE = LazyPattern(r"<title[^>]*>(?P<title>[^<]{1,300})</title>", regex.I)


@cache
def _navigation_line() -> regex.Pattern[str]:
    """A line of site navigation (rules/data/navigation-lines.txt, breadcrumb-roots.txt)."""
    lines, roots = alternation_source(word_list("navigation-lines.txt")), alternation_source(word_list("breadcrumb-roots.txt"))
    return compile_pattern(rf"^\s*(?:{lines}|(?:{roots})\s*[»>›/|].*)\s*$", regex.I)


@cache
def byline_lead() -> regex.Pattern[str]:
    """A byline's opening words ("By", "Written by:"), from rules/data/byline-leads.txt; what
    follows the match is the author."""
    return compile_pattern(rf"^\s*(?:{alternation_source(word_list('byline-leads.txt'))})[\s:]*", regex.I)

def _byline_is_phrase(author: str) -> bool:
    """Whether what follows "By" is a phrase, not an author: a function word and at most one
    word after it ("BY THE NUMBERS", "By the way"); "By the Associated Press" stays a byline."""
    words = author.split()
    return bool(words) and words[0].lower() in word_list("function-words.txt") and len(words) <= 2


#: Starts only where a run of end marks starts, and never gives a character back: one pass
#: over a line of ten thousand dots, not one per dot.
_SENTENCE_END = LazyPattern(r"(?<![.!?…])[.!?…]++[\"”’')\]]*+(?=\s+[\"“‘(\[]?[\p{Lu}\p{N}])")


def _split_blocks(text: str, plain: str, fmt: Format) -> tuple[Block, ...]:
    """Cut the masked text into blocks, in one pass over its lines (linear time).

    Markdown paragraphs are separated by blank lines, but headings and list
    items stand alone. Plain-text articles come in two shapes: one long line per
    paragraph (scraped or exported copy) or hard-wrapped lines with blank lines
    between paragraphs; a single line longer than 120 characters tells which.
    A line of spaces and tabs ends a paragraph; a line that only held markup
    (blank in the masked view but not in the file) is skipped without ending it.
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for m in _LINE_BREAK.finditer(plain):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, len(plain)))
    one_line_per_block = fmt != "markdown" and any(e - s > 120 for s, e in lines)
    blocks: list[Block] = []
    current: tuple[int, int] | None = None
    for l_start, l_end in lines:
        visible = plain[l_start:l_end]
        if _BLANK_LINE.fullmatch(visible):
            if current is not None:
                blocks.append(_classify(text, plain, *current))
                current = None
            continue
        if not visible.strip():
            continue
        raw = text[l_start:l_end]
        standalone = one_line_per_block or _MD_HEADING.match(raw) or _LIST_START.match(raw)
        if standalone or current is None:
            if current is not None:
                blocks.append(_classify(text, plain, *current))
            current = (l_start, l_end)
            if standalone:
                blocks.append(_classify(text, plain, *current))
                current = None
        else:
            current = (current[0], l_end)
    if current is not None:
        blocks.append(_classify(text, plain, *current))
    return tuple(blocks)


def _classify(text: str, plain: str, start: int, end: int) -> Block:
    """Trim a block to its visible characters and decide what kind it is."""
    visible = plain[start:end]
    lead = len(visible) - len(visible.lstrip())
    trail = len(visible) - len(visible.rstrip())
    raw = text[start:end]
    s, e = start + lead, end - trail
    if _MD_HEADING.match(raw):
        return Block(s, e, "heading")
    if _LIST_START.match(raw):
        return Block(s, e, "list")
    body = plain[s:e]
    if "\n" not in body and body and body[-1] not in _TERMINAL and len(WORD.findall(body)) <= 16:
        return Block(s, e, "heading")
    return Block(s, e, "paragraph")


def _split_sentences(plain: str, blocks: tuple[Block, ...]) -> tuple[Span, ...]:
    """Split every block into sentences, ignoring abbreviations and initials."""
    out: list[Span] = []
    for block in blocks:
        start = block.start
        for m in _SENTENCE_END.finditer(plain, block.start, block.end):
            word_start = plain.rfind(" ", block.start, m.start()) + 1
            prev = plain[max(word_start, block.start) : m.start()].lower().strip("\"“‘(")
            if m.group().startswith(".") and (
                prev in word_list("abbreviations.txt") or (len(prev) == 1 and prev.isalpha()) or _INITIALS.fullmatch(prev)
            ):
                continue
            out.append(Span(start, m.end()))
            start = m.end()
            while start < block.end and plain[start].isspace():
                start += 1
        if start < block.end:
            out.append(Span(start, block.end))
    return tuple(out)


def _find_quotes(plain: str, blocks: tuple[Block, ...]) -> tuple[Span, ...]:
    """Quoted spans (marks included), paired within a block.

    Curly quotes pair “ with ”; straight quotes alternate. A quotation left open
    at the end of a paragraph ends there, which is how multi-paragraph quotes
    are typeset in news copy (each paragraph re-opens the quote).
    """
    out: list[Span] = []
    for block in blocks:
        open_at: int | None = None
        closer = ""
        # Only quote marks change the state, so visit just those (a fraction of the characters).
        for m in _QUOTE_MARK.finditer(plain, block.start, block.end):
            i = m.start()
            ch = plain[i]
            if open_at is None:
                if ch == "“" or (ch == '"' and (i == block.start or not plain[i - 1].isalnum())):
                    open_at, closer = i, ("”" if ch == "“" else '"')
            elif ch == closer or (closer == "”" and ch == '"'):
                out.append(Span(open_at, i + 1))
                open_at = None
        if open_at is not None and block.end - open_at > 1:
            out.append(Span(open_at, block.end))
    return tuple(out)


@dataclass(frozen=True, eq=False)
class Document:
    """An article, loaded and analysed once, read by every rule."""

    path: str
    text: str
    fmt: Format = "text"
    metadata: dict[str, str] = field(default_factory=dict)
    #: Where the text came from (encoding, extractor); shown in verbose mode.
    origin: dict[str, str] = field(default_factory=dict)
    #: Optional same-length masked view supplied by an input adapter (HTML).
    masked: str | None = None
    #: The way back to the file's characters when :attr:`text` was normalised
    #: (line breaks, invisible characters; see :mod:`lint.normalize`).
    source: SourceMap | None = None

    # -- views ---------------------------------------------------------------
    @cached_property
    def plain(self) -> str:
        """The text with markup blanked out; same length as :attr:`text`."""
        if self.masked is not None:
            return self.masked
        if self.fmt == "markdown":
            return mask_markdown(self.text)
        return mask_comments(self.text)

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        return (0, *(m.end() for m in _LINE_BREAK.finditer(self.text)))

    def line_col(self, offset: int, start: int | None = None) -> tuple[int, int]:
        """1-based line and column (in characters of the file as it is on disk) of an
        offset; give ``start`` when the offset is the exclusive end of a span from there."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        if self.source is None:
            return line + 1, offset - self.line_starts[line] + 1
        original = self.source.offset(offset) if start is None else self.source.end_offset(offset, start)
        return line + 1, original - self.source.line_starts()[line] + 1

    def source_text(self, start: int, end: int) -> str:
        """The file's own characters of a span (invisible characters and CRs included)."""
        if self.source is None:
            return self.text[start:end]
        return self.source.original[self.source.offset(start) : self.source.end_offset(end, start)]

    def line_span(self, line: int) -> Span:
        """The span of a 1-based line, without its line break."""
        start = self.line_starts[line - 1]
        m = _LINE_BREAK.search(self.text, start)
        return Span(start, m.start() if m else len(self.text))

    # -- structure -----------------------------------------------------------
    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        return _split_blocks(self.text, self.plain, self.fmt)

    @cached_property
    def headline(self) -> Span | None:
        """Front-matter title, else the first block that is not site navigation."""
        title = self.metadata.get("title")
        if title:
            idx = self.text.find(title)
            if idx >= 0:
                return Span(idx, idx + len(title))
        for block in self.blocks[:6]:
            text = self.plain[block.start : block.end]
            if _navigation_line().match(text):
                continue
            return Span(block.start, block.end)
        return None

    @cached_property
    def page_title(self) -> Span | None:
        """The text of a saved HTML page's ``<title>``: search results and link previews show it,
        and the reader never puts it in the body."""
        if self.fmt != "html":
            return None
        m = _PAGE_TITLE.search(self.text)
        return Span(m.start("title"), m.end("title")) if m else None

    @cached_property
    def byline(self) -> Span | None:
        """A ``By …`` line among the first blocks, or the front-matter author."""
        for block in self.blocks[:8]:
            text = self.plain[block.start : block.end]
            lead = byline_lead().match(text) if "\n" not in text and len(text) < 120 else None
            if lead and not _byline_is_phrase(text[lead.end() :]):
                return Span(block.start, block.end)
        return None

    @cached_property
    def body_start(self) -> int:
        """Offset where the body begins: after the headline (or at the top)."""
        return self.headline.end if self.headline else 0

    @cached_property
    def body_blocks(self) -> tuple[Block, ...]:
        """Blocks after the headline, the byline excluded."""
        byline = self.byline
        return tuple(
            b for b in self.blocks if b.start >= self.body_start and not (byline and b.start == byline.start)
        )

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        return _split_sentences(self.plain, self.blocks)

    @cached_property
    def ending_start(self) -> int:
        """Offset of the closing passage: the last two sentences of the body's paragraphs,
        where generated copy sums up and editorialises and news copy ends on a fact or a quote."""
        closing = [
            s for s in self.sentences
            if s.start >= self.body_start and (b := self.block_at(s.start)) is not None and b.kind == "paragraph"
        ][-2:]
        return closing[0].start if closing else len(self.plain)

    @cached_property
    def quotes(self) -> tuple[Span, ...]:
        return _find_quotes(self.plain, self.blocks)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotes]

    def in_quote(self, offset: int) -> bool:
        """Whether an offset lies inside quoted speech."""
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        return i >= 0 and offset < self.quotes[i].end

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    # -- the text index -------------------------------------------------------
    @cached_property
    def index(self) -> TextIndex:
        """Words, the lower-cased word index and shared analyses, built on first use."""
        return TextIndex(self)

    @property
    def word_count(self) -> int:
        return self.index.word_count

    def count_words(self, start: int = 0, end: int | None = None) -> int:
        """Words of the masked text that begin between two offsets (see :class:`TextIndex`)."""
        return self.index.count_words(start, end)

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """Compute an analysis once per document and share it between rules (kept in the index)."""
        return self.index.cached(key, compute)


def build_document(
    path: str,
    text: str,
    fmt: Format = "text",
    origin: dict[str, str] | None = None,
    masked: str | None = None,
    metadata: dict[str, str] | None = None,
    source: SourceMap | None = None,
) -> Document:
    """Make a Document, reading front matter for Markdown."""
    meta = dict(metadata or {})
    if fmt == "markdown":
        meta = {**parse_front_matter(text), **meta}
    return Document(path=path, text=text, fmt=fmt, metadata=meta, origin=dict(origin or {}), masked=masked, source=source)
