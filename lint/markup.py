"""Markup masking: a same-length view of a file with its markup blanked out.

Rules never see a rewritten text. Instead, every markup character (front
matter, HTML comments and tags, Markdown heading hashes, emphasis markers,
link targets, list bullets, code) is replaced by a space in a string of exactly
the same length as the original. A match at offset ``i`` in the masked view is
therefore at offset ``i`` in the file, which is what keeps every finding's span
true to the original file without any offset bookkeeping.
"""

from __future__ import annotations

import regex

from lint.patterns import LazyPattern

FRONT_MATTER = LazyPattern(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", regex.S)
_HTML_COMMENT = LazyPattern(r"<!--.*?(?:-->|\Z)", regex.S)
_FENCE = LazyPattern(r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?(?:^[ \t]{0,3}\1[^\n]*$|\Z)", regex.S | regex.M)
_HEADING = LazyPattern(r"^[ \t]{0,3}(#{1,6})[ \t]+", regex.M)
#: The optional closing hashes of an ATX heading (read from the end of its line).
_CLOSING_HASHES = LazyPattern(r"[ \t]+#+[ \t]*$")
_SETEXT = LazyPattern(r"^[ \t]{0,3}(=+|-{2,})[ \t]*$", regex.M)
_BLOCKQUOTE = LazyPattern(r"^[ \t]{0,3}(>[ \t]?)+", regex.M)
_LIST_MARKER = LazyPattern(r"^[ \t]*([-*+]|\d{1,3}[.)])[ \t]+", regex.M)
_LINK_DEF = LazyPattern(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]+\S.*$", regex.M)
#: Link text stops at the next bracket, so a line of ten thousand "[" is one pass, not one per "[".
_IMAGE_OR_LINK = LazyPattern(r"(!?\[)([^\[\]\n]*+)(\]\([^()\n]*+\)|\]\[[^\[\]\n]*+\])")
_AUTOLINK = LazyPattern(r"<(https?://[^>\s]+)>")
_INLINE_CODE = LazyPattern(r"(?<!`)(`++)([^`\n]++)\1(?!`)")
#: Bold text never holds its own delimiter: an unclosed "**" is looked for up to the next
#: "**" only, so a line of thousands of them is one pass.
_STRONG = LazyPattern(r"(\*\*|__)(?=\S)((?:(?!\1)[^\n])+?)(?<=\S)\1")
_EMPH_STAR = LazyPattern(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_EMPH_UNDER = LazyPattern(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_HTML_TAG = LazyPattern(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def _blank(chars: list[str], start: int, end: int) -> None:
    """Replace chars[start:end] by spaces, keeping line breaks where they are."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def mask_markdown(text: str) -> str:
    """Return ``text`` with Markdown and HTML markup replaced by spaces."""
    chars = list(text)
    fm = FRONT_MATTER.match(text)
    if fm:
        _blank(chars, 0, fm.end())
    for rx in (_HTML_COMMENT, _FENCE, _LINK_DEF, _SETEXT):
        for m in rx.finditer(text):
            _blank(chars, m.start(), m.end())
    for m in _HEADING.finditer(text):
        _blank(chars, m.start(), m.end(1))
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        tail = text[m.end() - 1 : line_end].rstrip(" \t\r")  # from the space before the title
        if tail.endswith("#"):
            closing = _CLOSING_HASHES.search(tail)
            if closing is not None:
                base = m.end() - 1
                _blank(chars, base + closing.start(), base + len(tail))
    for rx in (_BLOCKQUOTE, _LIST_MARKER):
        for m in rx.finditer(text):
            _blank(chars, m.start(), m.end())
    for m in _IMAGE_OR_LINK.finditer(text):
        _blank(chars, m.start(1), m.end(1))
        _blank(chars, m.start(3), m.end(3))
    for m in _AUTOLINK.finditer(text):
        _blank(chars, m.start(), m.start() + 1)
        _blank(chars, m.end() - 1, m.end())
    for m in _INLINE_CODE.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _STRONG.finditer(text):
        _blank(chars, m.start(), m.start() + 2)
        _blank(chars, m.end() - 2, m.end())
    for rx in (_EMPH_STAR, _EMPH_UNDER):
        for m in rx.finditer(text):
            _blank(chars, m.start(), m.start() + 1)
            _blank(chars, m.end() - 1, m.end())
    for m in _HTML_TAG.finditer(text):
        _blank(chars, m.start(), m.end())
    return "".join(chars)


def mask_comments(text: str) -> str:
    """Plain text only has credlint's own HTML-comment directives to hide."""
    if "<!--" not in text:
        return text
    chars = list(text)
    for m in _HTML_COMMENT.finditer(text):
        _blank(chars, m.start(), m.end())
    return "".join(chars)


def parse_front_matter(text: str) -> dict[str, str]:
    """Read the flat ``key: value`` pairs of a YAML front matter block.

    Articles only need a handful of scalar fields (title, date, author), so a
    full YAML parser would be a dependency that earns nothing; nested values
    and lists are ignored rather than misread.
    """
    m = FRONT_MATTER.match(text)
    if not m or not m.group(1):
        return {}
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        if not line or line[0] in " \t#-":
            continue
        key, sep, value = line.partition(":")
        if not sep:
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if value:
            meta[key.strip().lower()] = value
    return meta
