"""HTML input: lint the article inside a saved news page, at the page's own line numbers.

The document keeps the raw HTML as its text, so every finding points at the
line and column of the ``.html`` file. What rules read is the masked view
(:attr:`~lint.document.Document.plain`, same length): everything that is not
article text (tags, head, scripts, styles, navigation, asides, forms, comment
sections, share bars, the site header and footer) is blanked to spaces. Block
boundaries come from the HTML elements, not from the source layout: each
block-level tag carries a blank line in the masked view, and line breaks
inside a paragraph are blanked, so a minified page and a hand-wrapped one
split into the same paragraphs.

Which blocks are the article is decided in two steps. The page structure
rules out chrome (the elements above, and elements whose class or id names
chrome: ``related``, ``share``, ``newsletter``…) and picks the largest
``<article>`` or ``itemprop="articleBody"`` block (else ``<main>``, else
``<body>``). Then trafilatura, a maintained extractor built for news pages,
says which of the remaining blocks are article text (if it fails on a page,
the structure's choice stands); the headline, the byline (the first block
under the headline marked as one or starting "By") and the dateline are
always kept. Entities
stay where they are: ``&rsquo;`` reads as ``’`` followed by blanks, so
offsets never shift (a word with an entity inside it splits in two).

trafilatura is the optional ``html`` extra (it pulls in lxml and a date
parser); it is imported only when an HTML file is linted.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser

from lint.document import Document, Span, byline_lead
from lint.errors import InputError
from lint.wordlists import word_list

INSTALL_HINT = "HTML input needs the optional extractor: pip install 'credlint[html]'"

#: Elements whose whole content is never article text.
_DROP = frozenset(
    "head script style noscript template nav aside form iframe svg math button select textarea "
    "object embed canvas video audio map dialog".split()
)
#: Elements that end a paragraph-level block.
_BLOCK = frozenset(
    "address article aside blockquote body br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul caption".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
#: Dropped elements whose text no reader of the page sees (HTML's own element names).
_INVISIBLE = frozenset("head title script style noscript template svg math object embed canvas video audio map".split())
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"\s+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: What follows a name on a byline: "Helen Marsh on 12 April 2023", "Jo Li | Staff".
_BYLINE_TAIL = re.compile(r"\s+(?:on|at|\||-|–|—)\s+|,\s*")


def _words(attrs: dict[str, str | None]) -> set[str]:
    value = f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('rel') or ''} {attrs.get('itemprop') or ''}"
    return set(_WORD_SPLIT.split(value.lower())) - {""}


def _names_chrome(words: frozenset[str]) -> bool:
    """Whether a class/id word holds a chrome word inside a compound: "sharebar", "adblock-msg"."""
    return any(w.startswith(c) or w.endswith(c) for w in words for c in word_list("html-chrome-classes.txt") if len(c) >= 4 and len(w) > len(c))


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class _Element:
    tag: str
    dropped: bool
    chrome: bool
    byline: bool
    index: int  # order of appearance, identifies containers
    words: frozenset[str] = frozenset()  # its class/id words, for the furniture report


@dataclass(eq=False)
class _Segment:
    """The text between two block boundaries: pieces of (start, end, replacement)."""

    pieces: list[tuple[int, int, str]] = field(default_factory=list)
    tag: str = ""
    containers: tuple[int, ...] = ()
    chrome: bool = False
    byline: bool = False
    dateline: bool = False
    #: The outermost element marked as chrome around it (0: none), which groups a widget's lines.
    outer: int = 0
    #: Whether an element around it names chrome inside a compound class ("sharebar", "adblock-msg").
    marked: bool = False
    #: Whether it is a photo caption (``<figcaption>``, or an element whose class names one).
    caption: bool = False
    #: The text of the ``<time>`` elements in it (a live blog's "9:15 p.m." stamp on its entry).
    stamp: str = ""

    @property
    def text(self) -> str:
        return _norm("".join(p[2] for p in self.pieces))

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


class _PageParser(HTMLParser):
    """One pass over the page: segments of text with their context, boundaries and metadata."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.stack: list[_Element] = []
        self.segments: list[_Segment] = []
        self.boundaries: list[int] = []
        self.containers: dict[int, str] = {}  # element index -> tag, for article/main
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        #: Visible text of dropped elements (nav, aside, form, button…): (start, end, text, group).
        self.dropped_pieces: list[tuple[int, int, str, int]] = []
        self._current = _Segment()
        self._count = 0

    # -- positions ---------------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    # -- context -----------------------------------------------------------------
    def _close_segment(self) -> None:
        if self._current.pieces:
            self.segments.append(self._current)
        self._current = _Segment()

    def _context(self) -> tuple[bool, bool, bool]:
        dropped = any(e.dropped for e in self.stack)
        chrome = any(e.chrome for e in self.stack)
        byline = any(e.byline for e in self.stack)
        return dropped, chrome, byline

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta":
            self._meta(a)
        if tag in _BLOCK:
            self._boundary()
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"] or "")
        if tag in _VOID:
            return
        words = _words(a)
        self._count += 1
        element = _Element(
            tag=tag,
            dropped=tag in _DROP,
            # an <article> or <main> is the story whatever its class says (<article class="newsletter">)
            chrome=(tag not in ("article", "main") and bool(words & word_list("html-chrome-classes.txt")))
            or tag == "footer" or (tag == "header" and not self._in("article")),
            byline=bool(words & word_list("html-byline-classes.txt")),
            index=self._count,
            words=frozenset(words),
        )
        if tag in ("article", "main") or "articlebody" in words:
            self.containers[self._count] = "article" if tag != "main" else "main"
        self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        if tag in _BLOCK:
            self._boundary()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self._boundary()
        for i in range(len(self.stack) - 1, -1, -1):  # tolerate unclosed children
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break

    def _in(self, tag: str) -> bool:
        return any(e.tag == tag for e in self.stack)

    def _boundary(self) -> None:
        self.boundaries.append(self._offset())
        self._close_segment()

    def _meta(self, a: dict[str, str | None]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content")
        if key and content:
            self.meta.setdefault(key, content)

    # -- text ------------------------------------------------------------------
    def _add(self, raw_len: int, value: str) -> None:
        if self._in("title"):
            self.title_parts.append(value)
        dropped, chrome, byline = self._context()
        if dropped:
            self._note_dropped(raw_len, value)
            return
        start = self._offset()
        seg = self._current
        if not seg.pieces:
            seg.tag = next((e.tag for e in reversed(self.stack) if e.tag in _BLOCK), "")
            seg.containers = tuple(e.index for e in self.stack if e.index in self.containers)
            seg.outer = next((e.index for e in self.stack if e.chrome), 0)
            seg.marked = any(_names_chrome(e.words) for e in self.stack)
            seg.caption = any(e.tag == "figcaption" or e.words & word_list("html-caption-classes.txt") for e in self.stack)
        seg.chrome = seg.chrome or chrome
        seg.byline = seg.byline or byline
        seg.dateline = seg.dateline or self._in("time")
        if self._in("time"):
            seg.stamp += value
        seg.pieces.append((start, start + raw_len, value))

    def _note_dropped(self, raw_len: int, value: str) -> None:
        """Keep the visible text of a dropped element (not of the head, scripts or styles)."""
        if not value.strip() or any(e.tag in _INVISIBLE for e in self.stack):
            return
        group = next((e.index for e in self.stack if e.dropped or e.chrome), 0)
        start = self._offset()
        self.dropped_pieces.append((start, start + raw_len, value, group))

    def handle_data(self, data: str) -> None:
        self._add(len(data), data)

    def handle_entityref(self, name: str) -> None:
        start = self._offset()
        raw_len = len(name) + 1 + (self.text[start + len(name) + 1 : start + len(name) + 2] == ";")
        self._add(raw_len, html.unescape(self.text[start : start + raw_len]))

    def handle_charref(self, name: str) -> None:
        start = self._offset()
        raw_len = len(name) + 2 + (self.text[start + len(name) + 2 : start + len(name) + 3] == ";")
        self._add(raw_len, html.unescape(self.text[start : start + raw_len]))

    def close(self) -> None:
        super().close()
        self._close_segment()


@dataclass(frozen=True, eq=False)
class HtmlDocument(Document):
    """A Document whose headline and byline are the page's own elements."""

    headline_span: Span | None = None
    byline_span: Span | None = None
    #: Page furniture the reader left out of the article (navigation, banners, share bars, related
    #: links, comment forms, footers), one span per widget, at the page's own offsets.
    furniture: tuple[Span, ...] = ()
    #: Blocks inside the article container that the extractor left out without any mark of
    #: chrome (a boxed aside, a caption, a dek), one span per block.
    left_out: tuple[Span, ...] = ()
    #: The photo captions kept in the article, one span per caption: rules read them as text,
    #: and a rule that compares the story with itself can leave them out.
    captions: tuple[Span, ...] = ()

    @cached_property
    def headline(self) -> Span | None:
        return self.headline_span or Document.headline.func(self)  # type: ignore[attr-defined]

    @cached_property
    def byline(self) -> Span | None:
        return self.byline_span or Document.byline.func(self)  # type: ignore[attr-defined]


def _trafilatura_lines(text: str) -> tuple[set[str], str, str] | None:
    """The article paragraphs trafilatura finds and its version; None when it finds none
    (or fails on the page).

    Only its choice of paragraphs is used: its date guesser reads dates out of
    the text (a "since 2019" in a headline becomes 2019-01-01), so metadata
    comes from the page's own markup instead.
    """
    try:
        import trafilatura
    except ImportError:
        raise InputError("", INSTALL_HINT) from None
    try:
        found = trafilatura.bare_extraction(text, with_metadata=False, include_comments=False, include_tables=True, favor_recall=True)
    except Exception:  # noqa: BLE001 - a page the extractor chokes on is still linted, by its structure alone
        return None
    version = f"trafilatura {getattr(trafilatura, '__version__', '?')}"
    if found is None or not (found.text or "").strip():
        return None
    lines = [_norm(line.lstrip("-• ")) for line in found.text.splitlines()]
    return {x for x in lines if x}, _norm(" ".join(lines)), version


def _choose_container(parser: _PageParser) -> int | None:
    """The largest ``<article>`` by text length, else the first ``<main>``."""
    sizes: dict[int, int] = {}
    for seg in parser.segments:
        if seg.chrome:
            continue
        for c in seg.containers:
            sizes[c] = sizes.get(c, 0) + len(seg.text)
    articles = [c for c, kind in parser.containers.items() if kind == "article" and sizes.get(c)]
    if articles:
        return max(articles, key=lambda c: sizes[c])
    mains = [c for c, kind in parser.containers.items() if kind == "main" and sizes.get(c)]
    return mains[0] if mains else None


def _in_extraction(seg: _Segment, lines: set[str], joined: str) -> bool:
    texts = [seg.text]
    if seg.stamp.strip():
        # a live blog's entry stamped by a <time> element, at its opening ("<time>18:00</time> …") or
        # inside it ("Update at <time>18:00</time>: …"): the extractor leaves the stamp out of its text
        texts.append(_norm(seg.text.replace(_norm(seg.stamp), "", 1)))
    # A block split differently by the two parsers: long enough to match by containment.
    return any(text in lines or len(text.split()) >= 4 and text in joined for text in texts)


def _iso_date(value: str | None) -> str | None:
    m = _DATE.search(value or "")
    return m.group() if m else None


def build_html_document(path: str, text: str, origin: dict[str, str] | None = None) -> HtmlDocument:
    """Parse a saved page and build the document that rules read."""
    parser = _PageParser(text)
    parser.feed(text)
    parser.close()
    try:
        extraction = _trafilatura_lines(text)
    except InputError:
        raise InputError(path, INSTALL_HINT) from None
    container = _choose_container(parser)
    h1s = [s for s in parser.segments if s.tag == "h1" and s.text]
    headline = next((s for s in h1s if container in s.containers), None) or next((s for s in h1s if not s.chrome), None)
    candidates = [s for s in parser.segments if (not s.chrome or s is headline) and s.text]
    if container is not None:
        candidates = [s for s in candidates if container in s.containers or s is headline]
    # The byline sits just under the headline: in the article container, or between the
    # two when the container is the body alone (itemprop="articleBody").
    top = headline.start if headline is not None else (candidates[0].start if candidates else 0)
    near = [s for s in parser.segments if s.text and not s.chrome and s.start >= top and s is not headline][:8]
    byline = next((s for s in near if (s.byline or byline_lead().match(s.text)) and len(s.text) < 120), None)
    if byline is not None and byline not in candidates:
        candidates = sorted([*candidates, byline], key=lambda s: s.start)
    keep_always = {id(s) for s in (headline, byline) if s is not None}
    keep_always |= {id(s) for s in candidates if s.dateline and len(s.text) < 80}
    # A photo caption in the story is read as part of it: an editor checks captions too.
    keep_always |= {id(s) for s in candidates if s.caption and not s.marked}
    info = dict(origin or {})
    if extraction is None:
        kept = candidates
        info["extractor"] = "page structure only (trafilatura found no article text)"
    else:
        lines, joined, version = extraction
        kept = [s for s in candidates if id(s) in keep_always or _in_extraction(s, lines, joined)]
        info["extractor"] = f"{version}: kept {len(kept)} of {len(parser.segments)} text blocks"
    masked = _mask(text, kept, parser.boundaries)

    def span_of(seg: _Segment | None) -> Span | None:
        if seg is None or all(seg is not k for k in kept):
            return None
        lead = len(masked[seg.start : seg.end]) - len(masked[seg.start : seg.end].lstrip())
        trail = len(masked[seg.start : seg.end]) - len(masked[seg.start : seg.end].rstrip())
        return Span(seg.start + lead, seg.end - trail)

    metadata = {}
    title = (headline.text if headline else "") or parser.meta.get("og:title") or _norm("".join(parser.title_parts))
    if title:
        metadata["title"] = title
    author = parser.meta.get("author") or parser.meta.get("article:author")
    if not author and byline is not None:
        author = _BYLINE_TAIL.split(byline_lead().sub("", byline.text))[0]
    if author:
        metadata["author"] = author
    date = next(
        filter(None, map(_iso_date, (parser.meta.get("article:published_time"), parser.meta.get("datepublished"),
                                     parser.meta.get("time"), parser.meta.get("date")))),
        None,
    )
    if date:
        metadata["date"] = date
    return HtmlDocument(
        path=path,
        text=text,
        fmt="html",
        metadata=metadata,
        origin=info,
        masked=masked,
        headline_span=span_of(headline),
        byline_span=span_of(byline),
        furniture=_furniture(parser, kept, container),
        left_out=_left_out(parser, kept, container),
        captions=tuple(filter(None, (span_of(s) for s in kept if s.caption))),
    )


def _left_out(parser: _PageParser, kept: list[_Segment], container: int | None) -> tuple[Span, ...]:
    """Blocks of the article container the extractor dropped though nothing marks them as chrome."""
    if container is None:
        return ()
    kept_ids = {id(s) for s in kept}
    spans = []
    for seg in parser.segments:
        if id(seg) in kept_ids or not seg.text or seg.chrome or seg.marked or container not in seg.containers:
            continue
        pieces = [(a, b) for a, b, v in seg.pieces if v.strip()]
        if pieces:
            spans.append(Span(pieces[0][0], pieces[-1][1]))
    return tuple(spans)


def _furniture(parser: _PageParser, kept: list[_Segment], container: int | None) -> tuple[Span, ...]:
    """The page chrome left out of the article, one span per widget.

    Chrome is what the page's structure marks as such (navigation, asides, forms, buttons, the
    site header and footer, elements whose class names chrome) and, when the page has an article
    container, the visible text outside it. Text the extractor leaves out of the container
    without any such mark (a caption, a dek) is not chrome and is not reported.
    """
    kept_ids = {id(s) for s in kept}
    groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for start, end, _value, group in parser.dropped_pieces:
        groups.setdefault(("e", group), []).append((start, end))
    for seg in parser.segments:
        if id(seg) in kept_ids or not seg.text:
            continue
        outside = container is not None and container not in seg.containers
        if not (seg.chrome or seg.marked or outside):
            continue
        pieces = [(a, b) for a, b, v in seg.pieces if v.strip()]
        key = ("e", seg.outer) if seg.outer else ("s", seg.start)
        groups.setdefault(key, []).extend(pieces)
    spans = [Span(min(a for a, _ in p), max(b for _, b in p)) for p in groups.values() if p]
    return tuple(sorted(spans, key=lambda s: s.start))


def _mask(text: str, kept: list[_Segment], boundaries: list[int]) -> str:
    """Blank everything but the kept text; mark every block boundary with a blank line."""
    chars = ["\n" if c == "\n" else " " for c in text]
    for seg in kept:
        for start, end, value in seg.pieces:
            if value == text[start:end]:
                chars[start:end] = [" " if c in "\r\n" else c for c in value]
            else:  # an entity: its character, then blanks
                chars[start:end] = list(value[: end - start].ljust(end - start))
    for b in boundaries:
        if b + 1 < len(text) and chars[b] == " " and chars[b + 1] == " ":
            chars[b] = chars[b + 1] = "\n"
    return "".join(chars)


_TAG = re.compile(r"<[^>]*>")


def visible_text(fragment: str) -> str:
    """A fragment of a page as a reader sees it: tags removed, entities decoded, blanks collapsed."""
    return _norm(html.unescape(_TAG.sub(" ", fragment)))
