"""Names a saved page shows to its reader in blocks the article extraction left out.

An HTML page is read through a masked view that keeps only the blocks the extractor takes for
article text (:mod:`lint.html`). Extractors drop some blocks a reader still sees in the story: a
list of panellists or winners ("<li><strong>Meera Joshi</strong>, 46, …"), a heading that
introduces each speaker of a round-up ("<h2>Dr Ana Ruiz, emergency physician</h2>"). A surname
cited later in the kept text has then been introduced in full on the page, and the sourcing rules
that ask for a full name at first mention (SRC004) must not report it.
"""

from __future__ import annotations

import regex

from lint.document import Document
from lint.patterns import LazyPattern
from lint.people import title_words
from lint.wordlists import word_list

#: What no reader sees: the page head, scripts, styles, templates, and the tags themselves.
_UNSEEN = LazyPattern(r"<(head|script|style|noscript|template)\b.*?</\1\s*>|<[^>]*>", regex.I | regex.S)
#: Two capitalised words in a row: a given name (group 1) and the word after it (group 2).
_PAIR = LazyPattern(r"(?<![\p{L}'’\-])(\p{Lu}[\p{Ll}'’\-]+)[ \u00a0\t\r\n]+(\p{Lu}[\p{L}'’\-]*\p{Ll})(?![\p{L}])")


def page_introductions(doc: Document) -> dict[str, int]:
    """Where a page first shows each word (lower case) right after a capitalised word that is no
    title or function word ("Meera Joshi" introduces "joshi"; "Dr Joshi" and "The Joshi" do
    not), counting every block a reader sees, kept by the extraction or not. Empty for input
    that is not HTML."""
    if doc.fmt != "html":
        return {}
    return doc.memo("page_names.introductions", lambda: _introductions(doc.text))


def _introductions(text: str) -> dict[str, int]:
    # same offsets as the page; a tag becomes a run of NULs that no name pair spans, so that the
    # last word of a heading and the first of the paragraph under it make no pair
    seen = _UNSEEN.sub(lambda m: "\0" * len(m.group()), text)
    stop = title_words() | word_list("function-words.txt") | word_list("surname-titles.txt")
    found: dict[str, int] = {}
    for m in _PAIR.finditer(seen, overlapped=True):
        if m.group(1).lower().rstrip(".") not in stop:
            found.setdefault(m.group(2).lower(), m.start(2))
    return found
