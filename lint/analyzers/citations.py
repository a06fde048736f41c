"""Citation analyzers: do the article's references actually point anywhere?

References are read from the original text, not the masked view: Markdown
footnote and link definitions (``[1]: https://…``) are markup the masked view
blanks out, but they are exactly what a reference list is made of.

A *reference entry* is a ``[n]`` (or ``[^n]:``) at the start of a line, or any
``[n]`` that follows another entry on the same line ("[1] Post[2] Reuters"), or a
numbered line ("1. Smith J., …") under a heading that names a reference list
("References", "Sources", "Notes"); every other ``[n]`` is an in-text *marker*
citing one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lint.analyzers.places import related
from lint.analyzers.registry import analyzer, option
from lint.document import Document
from lint.findings import Hit
from lint.patterns import LazyPattern, alternation_source
from lint.patterns import compile as compile_pattern
from lint.wordlists import word_list

if TYPE_CHECKING:  # a type only: the rule module needs the registry, which loads these modules
    from lint.rule import Rule

_NUMBER = r"\[\^?(?P<n>\d{1,3})\]"


@cache
def _rx() -> dict[str, regex.Pattern[str]]:
    names = rf"(?:{alternation_source(word_list('reference-list-names.txt'))})"  # headings of a reference list
    return {
        "line_entry": compile_pattern(rf"^[ \t>*_-]*{_NUMBER}:?[ \t]*(?=\S)", regex.M),
        "bracket": compile_pattern(_NUMBER),
        "link_or_date": compile_pattern(r"https?://|www\.|\b(?:1[89]|20)\d\d\b|\bdoi:", regex.I),
        "title": compile_pattern(r"[\"“”‘’«»]|\*|_"),
        "words": compile_pattern(r"[\p{L}\p{N}][\p{L}\p{N}'’&.\-]*"),
        "list_heading": compile_pattern(
            rf"^[ \t#*_>]*{names}[ \t:*_]*$|<h\d[^>]*>[ \t]*{names}[ \t:]*</h\d>",
            regex.M | regex.I,
        ),
        "numbered": compile_pattern(r"^[ \t>*_-]*(?:<li[^>]*>[ \t]*)?(?P<n>\d{1,3})[.)][ \t]+(?=\S)", regex.M),
        "list_item": compile_pattern(r"<li\b[^>]*>", regex.I),
        "blank_gap": compile_pattern(r"\n[ \t]*\n(?![ \t]*(?:<li|\d{1,3}[.)][ \t]))"),
    }


@dataclass(frozen=True, slots=True)
class Entry:
    """One reference-list entry: its number, where it is, and its text."""

    number: str
    start: int
    end: int
    content: str


def _entries(doc: Document) -> list[Entry]:
    """Reference entries: from a line-initial ``[n]`` up to the next ``[n]`` or the end of the line."""
    rx = _rx()
    text = doc.text
    out: list[Entry] = []
    for m in rx["line_entry"].finditer(text):
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        marks = [b for b in rx["bracket"].finditer(text, m.start(), line_end)]
        for i, b in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else line_end
            out.append(Entry(b.group("n"), b.start(), end, text[b.end() : end].strip(" \t:.")))
    if not out:
        out = _numbered_entries(text)
    return out


def _numbered_entries(text: str) -> list[Entry]:
    """Numbered lines ("1. Author, "Title", 2025") under a "References"-style heading, up to the
    first paragraph that is not one of them."""
    rx = _rx()
    heading = None
    for heading in rx["list_heading"].finditer(text):
        pass  # the last such heading: a reference list closes the article
    if heading is None:
        return []
    stop = rx["blank_gap"].search(text, heading.end() + 1)
    stop_at = stop.start() if stop and text[heading.end() : stop.start()].strip() else len(text)
    stop_at = _list_close(text, heading.end(), stop_at)
    out = []
    if not rx["numbered"].search(text, heading.end(), stop_at):
        # an HTML ordered list numbers its items itself
        items = list(rx["list_item"].finditer(text, heading.end(), stop_at))
        for i, m in enumerate(items):
            end = items[i + 1].start() if i + 1 < len(items) else min(stop_at, text.find("</li>", m.end()) % (len(text) + 1))
            out.append(Entry(_item_number(text[m.end() : end], i + 1), m.start(), end, _item_text(text[m.end() : end])))
        return out
    for m in rx["numbered"].finditer(text, heading.end(), stop_at):
        line_end = text.find("\n", m.start())
        line_end = stop_at if line_end < 0 or line_end > stop_at else line_end
        out.append(Entry(m.group("n"), m.start("n"), line_end, text[m.end() : line_end].strip(" \t:.")))
    return out


def _list_close(text: str, start: int, stop_at: int) -> int:
    """Where the HTML list under a reference heading closes (``</ol>``), if before ``stop_at``:
    a summary list after it is not part of the references."""
    close = _rx_extra()["list_close"].search(text, start, stop_at)
    return close.start() if close else stop_at


def _item_text(raw: str) -> str:
    """An HTML list item's words: tags dropped, and a leading "[n]" the item repeats."""
    extra = _rx_extra()
    return extra["lead_number"].sub("", extra["tag"].sub(" ", raw)).strip(" \t\n:.")


def _item_number(raw: str, position: int) -> str:
    """An HTML list item's number: the "[n]" it starts with ("<li>[4] …" is entry 4 whatever its
    place in the list), else its place."""
    own = _rx_extra()["own_number"].match(_rx_extra()["tag"].sub(" ", raw))
    return own.group(1) if own else str(position)


@cache
def _rx_extra() -> dict[str, regex.Pattern[str]]:
    return {
        "own_number": compile_pattern(r"\s*\[\^?(\d{1,3})\]"),
        "list_close": compile_pattern(r"</(?:ol|ul)\s*>", regex.I),
        "tag": compile_pattern(r"<[^<>]*>"),
        "lead_number": compile_pattern(r"^\s*\[\^?\d{1,3}\]\s*"),
    }


def reference_list_span(doc: Document) -> tuple[int, int] | None:
    """Where the article's reference list is (first entry to last), if it has one."""
    entries = _entries(doc)
    return _list_span(entries) if entries else None


def _markers(doc: Document, entries: list[Entry]) -> list[regex.Match[str]]:
    inside = [(e.start, e.end) for e in entries]
    return [
        m
        for m in _rx()["bracket"].finditer(doc.text)
        if not any(s <= m.start() < e for s, e in inside) and m.start() >= doc.body_start
    ]


def _list_span(entries: list[Entry]) -> tuple[int, int]:
    return entries[0].start, entries[-1].end


@analyzer("citations.citation_mismatch", fields=("problem", "consequence"))
def citation_mismatch(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A reference list nothing in the text cites, or markers that cite a list that is not there."""
    entries = _entries(doc)
    markers = _markers(doc, entries)
    if entries and not markers and _notes(doc, entries):
        return
    if entries and not markers:
        start, end = _list_span(entries)
        numbers = f"[{entries[0].number}]" + (f"–[{entries[-1].number}]" if len(entries) > 1 else "")
        yield Hit(
            start,
            end,
            {
                "match": doc.text[start:end],
                "problem": f"Reference list {numbers} but no [n] marker in the text cites any of it",
                "consequence": "the sources cannot be tied to any claim",
            },
        )
        return
    yield from _uncited_entries(doc, entries, markers)
    defined = {e.number for e in entries}
    for m in markers:
        if m.group("n") not in defined:
            what = "there is no reference list" if not entries else f"the reference list has no entry [{m.group('n')}]"
            yield Hit(
                m.start(),
                m.end(),
                {"match": m.group(), "problem": f"Citation marker {m.group()} points nowhere", "consequence": what},
                related=(related(doc, *_list_span(entries)),) if entries else (),
            )


def _notes(doc: Document, entries: list[Entry]) -> bool:
    """A numbered list of notes, not of sources ("1. Figures are in nominal dollars unless
    stated."): numbered lines, not "[n]" entries, each a sentence of five words or more with no
    link and no comma, colon or semicolon between the fields of a reference. A table's footnotes under a
    "Notes" heading explain the figures; no marker needs to cite them."""
    words = _rx()["words"]
    return all(
        doc.text[e.start : e.start + 1].isdigit()
        and e.content[:1].isupper() | e.content.startswith(('"', "“"))
        and doc.text[e.start : e.end].rstrip().endswith(".")
        and len(words.findall(e.content)) >= 5
        and not _FIELD_BREAK.search(e.content)
        for e in entries
    )


#: What parts the fields of a reference entry (author, title, date) or holds its link.
_FIELD_BREAK = LazyPattern(r"[,;:]|https?://|www\.|\bdoi\b", regex.I)


def _uncited_entries(doc: Document, entries: list[Entry], markers: list[regex.Match[str]]) -> Iterator[Hit]:
    """Entries of a cited reference list that no marker in the text points to ("5." under a
    list whose text cites [1] to [4]): a source padded in, tied to no claim."""
    if not markers:
        return
    cited = {m.group("n") for m in markers}
    defined = {e.number for e in entries}
    # beside a marker that points nowhere ("[3]" with entries 1 and 2) an uncited entry is the
    # same slip of numbering, reported once at the marker; past the highest marker it is padding
    dangling = cited - defined
    top = max(int(n) for n in cited)
    for e in entries:
        if e.number not in cited and (not dangling or int(e.number) > top):
            end = e.start + len(doc.text[e.start : e.end].rstrip())
            yield Hit(
                e.start,
                end,
                {
                    "match": doc.text[e.start : end],
                    "problem": f"Reference {e.number} is cited nowhere",
                    "consequence": f"no [{e.number}] marker in the text points to it",
                },
                related=(related(doc, markers[0].start(), markers[0].end()),),
            )


@dataclass(frozen=True)
class BareReferenceOptions:
    """The options of the ``citations.bare_references`` analyzer."""

    max_words: int = option(5, "an entry of at most this many words with no title, date or link is bare")


@analyzer("citations.bare_references", options=BareReferenceOptions, fields=("count", "total", "names"))
def bare_references(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Reference entries that are only an outlet's name: no title, no date, no link."""
    max_words = rule.options.max_words
    rx = _rx()
    entries = _entries(doc)
    bare = [
        e
        for e in entries
        if len(rx["words"].findall(e.content)) <= max_words
        and not rx["link_or_date"].search(e.content)
        and not rx["title"].search(_unemphasised(e.content))
    ]
    if not bare:
        return
    if len(bare) * 2 < len(entries):
        # a bare name among full references: each one on its own
        for e in bare:
            yield Hit(e.start, e.end, {"match": doc.text[e.start : e.end], "count": "1", "total": str(len(entries)), "names": e.content})
        return
    start, end = bare[0].start, bare[-1].end
    names = ", ".join(e.content for e in bare[:4]) + (", …" if len(bare) > 4 else "")
    yield Hit(start, end, {"match": doc.text[start:end], "count": str(len(bare)), "total": str(len(entries)), "names": names})


#: Emphasis around a whole entry ("*The Indian Express*"): the outlet's name set in italics.
_WHOLE_EMPHASIS = LazyPattern(r"^([*_]{1,2})([^*_]+)\1$")


def _unemphasised(content: str) -> str:
    """An entry without the emphasis around the whole of it: an outlet's name in italics is still
    only a name, while italics around part of an entry ("Roe, *Port reopens*") mark its title."""
    m = _WHOLE_EMPHASIS.match(content)
    return m.group(2) if m else content


@analyzer("citations.chatbot_citation_residue")
def chatbot_citation_residue(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Citation tokens a chatbot's web tool leaves in copied text, looked for in the raw file.

    They often sit in link targets and HTML comments, which the masked view blanks.
    """
    for m in _residue().finditer(doc.text):
        yield Hit(m.start(), m.end(), {"match": m.group()})


@cache
def _residue() -> regex.Pattern[str]:
    return compile_pattern(
        r"(?:(?<![\p{L}\p{N}])turn\d+(?:search|news|view|fetch|image|file|product)\d+(?:turn\d+(?:search|news|view|fetch|image|file|product)\d+)*(?![\p{L}\p{N}])"
        r"|:?contentReference\[oaicite:\d+\](?:\{index=\d+\})?"
        r"|\boaicite:\d+|\bfilecite\b\S*"
        r"|(?:[?&]|&amp;|&#38;)utm_source=(?:chatgpt\.com|openai|perplexity(?:\.ai)?|copilot\.com)\b"
        r"|【\d+(?::\d+)?†[^】\n]{0,40}】"
        r"|\ue200(?:cite|filecite|navlist)\ue202[^\ue201\n]{0,200}\ue201?)",
        regex.I,
    )


# -- links that point nowhere yet --------------------------------------------------------------------
@cache
def _link_rx() -> dict[str, regex.Pattern[str]]:
    words = alternation_source(word_list("link-placeholder-words.txt"))
    return {
        # a Markdown link's target, or an HTML anchor's href (the text it shows is checked apart)
        "markdown": compile_pattern(r"(?<!!)\[(?P<text>[^\[\]\n]+)\]\((?P<url>[^()\s]*)(?:\s+\"[^\"\n]*\")?\)"),
        "anchor": compile_pattern(r"<a\b[^>]*?\bhref\s*=\s*(?:\"(?P<url>[^\"]*)\"|'(?P<url2>[^']*)')[^>]*>(?P<text>.*?)</a\s*>", regex.I | regex.S),
        "bare": compile_pattern(r"(?<![\w@/.\-])(?:https?://|www\.)[^\s<>()\"'\]]+", regex.I),
        "host": compile_pattern(r"^(?:[a-z][a-z0-9+.\-]*:)?//(?:[^/?#@\s]*@)?(?P<host>[^/?#:\s]*)", regex.I),
        # "[LINK TO FUNERAL NOTICE]", "[URL]": a bracketed note standing for a link
        "note": compile_pattern(rf"\[(?P<note>(?:[^\[\]\n]{{0,30}}\b)?(?:{words})\b[^\[\]\n]{{0,40}})\]", regex.I),
    }


def _placeholder_target(url: str) -> bool:
    """A link target that goes nowhere: empty, a bare "#", a host with no dot ("http://LINK-TO-COME")
    or under a domain reserved for examples (example.com, *.test: rules/data/reserved-domains.txt)."""
    url = url.strip()
    if url in ("", "#"):
        return True
    if url.lower().startswith("www."):
        url = "//" + url
    m = _link_rx()["host"].match(url)
    if m is None:
        return False
    host = m.group("host").lower().rstrip(".")
    if not host:
        return False
    reserved = word_list("reserved-domains.txt")
    labels = host.split(".")
    return "." not in host or any(".".join(labels[i:]) in reserved for i in range(len(labels)))


def _shown(doc: Document, start: int, end: int) -> bool:
    """Whether any of the text between two offsets is article text (not page chrome the reader left out)."""
    return bool(doc.plain[start:end].strip())


def _editors_note(note: str) -> bool:
    """A bracketed note set in capitals, as an editor's placeholder is ("LINK TO FUNERAL NOTICE",
    "URL"); a reporter's bracketed word in a quote ("the [link] road") is not one."""
    letters = [c for c in note if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@analyzer("citations.placeholder_link")
def placeholder_link(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A link left unfilled: a target that points nowhere ("#", "http://LINK-TO-COME", example.com)
    or a bracketed note where the link should be ("[LINK TO FUNERAL NOTICE]")."""
    rx = _link_rx()
    text = doc.text
    seen: list[tuple[int, int]] = []
    if doc.fmt == "html":
        for m in rx["anchor"].finditer(text, doc.body_start):
            url = m.group("url") if m.group("url") is not None else m.group("url2")
            if _placeholder_target(html.unescape(url)) and _shown(doc, m.start("text"), m.end("text")):
                seen.append((m.start(), m.end()))
                yield Hit(m.start(), m.end(), {"match": m.group()})
    else:
        for m in rx["markdown"].finditer(text, doc.body_start):
            if _placeholder_target(m.group("url")):
                seen.append((m.start(), m.end()))
                yield Hit(m.start(), m.end(), {"match": m.group()})
    for key in ("bare", "note"):
        for m in rx[key].finditer(doc.plain, doc.body_start):
            if any(s <= m.start() < e for s, e in seen):
                continue
            if key == "bare" and not _placeholder_target(m.group().rstrip(".,;:")):
                continue
            if key == "note" and not _editors_note(m.group("note")):
                continue
            yield Hit(m.start(), m.end(), {"match": m.group()})
