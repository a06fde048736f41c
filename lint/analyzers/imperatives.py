"""A sentence of the writer's own that tells the reader what to do: a verb in the imperative
before the reader or the page ("Drop your verdict below", "Tag us in your photos", "Pass it on to
a neighbour"). FIL003 and FIL020 know such requests by their verbs and targets; a writer who has
not read those lists picks another verb each time ("Smack that …", "Pop your …", "Beam it to
…"). The shape does not change: the sentence opens with an English word that is not a name,
a function word, a preposition or an adverb (``non-verb-openers.txt``), and the word after it is
the reader, the writer or the page (``imperative-objects.txt``). News copy reports; it does not
give its reader orders. Rule FIL029.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lint.analyzers.registry import analyzer
from lint.analyzers.stamps import STAMP
from lint.document import Document, Span
from lint.findings import Hit
from lint.patterns import LazyPattern
from lint.wordlists import is_english_word, word_list

if TYPE_CHECKING:
    from lint.rule import Rule

_WORD = LazyPattern(r"\p{L}[\p{L}'’]*+")
#: What separates the links of a share bar or a menu ("Pass it on: Mail · Messenger").
_LINK_SEPARATOR = LazyPattern(r"[ \t][·|•][ \t]")
#: A sentence set in parentheses opens after its bracket: "(Treat yourself to …)".
_PAREN = LazyPattern(r"[(\[][ \t]*+")
#: Endings that mark a word as no verb in the imperative: an adverb, a comparative ("Earlier this
#: month, …"); and see :func:`_base_form`.
_NOT_BASE_FORM = ("ly", "er")


def _base_form(low: str) -> bool:
    """Whether a lower-case word may be a verb's base form: not a participle ("Following this",
    "Asked about it") unless the ending is the stem's ("bring", "fling", "feed"), not a plural or
    a third-person verb ("Officials …", "Says it") unless it is "-ss" ("pass", "toss")."""
    if low.endswith(_NOT_BASE_FORM):
        return False
    if low.endswith("ing") and len(low) > 5:
        return False
    if low.endswith("ed") and not low.endswith("eed") and len(low) > 4:
        return False
    return not (low.endswith("s") and not low.endswith("ss"))


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    skip = frozenset(w.lower() for name in ("function-words.txt", "non-verb-openers.txt") for w in word_list(name))
    return skip, frozenset(word_list("imperative-objects.txt"))


def _capitalised_inside(doc: Document, word: str) -> bool:
    """Whether the article writes ``word`` with a capital inside a sentence: a name here ("Trump
    this year proposed …"), not a verb."""
    rx = regex.compile(rf"(?<=[\p{{L}}\p{{N}},;:][ \t]+){regex.escape(word)}\b")
    return rx.search(doc.plain) is not None


def _fil020_starts(doc: Document) -> list[int]:
    """Where FIL020 (a request by its listed verbs and targets) reports a request: FIL029 leaves
    those sentences to it."""
    from lint.analyzers.shapes import reader_request

    return doc.memo("imperatives.fil020", lambda: [h.start for h in reader_request(doc, None, None)])


@cache
def _fil003_stock() -> regex.Pattern[str]:
    from lint.analyzers.shapes import _list_rx

    return _list_rx("reader-request-stock.txt", r"(?![\p{L}\p{N}])")


def _at_block_edge(doc: Document, start: int, end: int) -> bool:
    """Whether a sentence opens or closes its paragraph (or list item, or quote): where a request
    to the reader stands, as a line of its own or the paragraph's last word. An order in the
    middle of a paragraph of reporting is a figure of speech more often than a request."""
    block = doc.block_at(start)
    if block is None:
        return True
    plain = doc.plain
    return not regex.search(r"[\p{L}\p{N}]", plain[block.start : start]) or not regex.search(r"[\p{L}\p{N}]", plain[end : block.end])


#: A negated order opening a sentence: "Don't miss …", "Never forget …".
_NEGATED = LazyPattern(r"(?:don['’]t|do[ \t]+not|never)[ \t]++(?=\p{Ll})", regex.I)
#: A second order later in the sentence, after a comma, a colon, a semicolon or "and": "…, and
#: smash a heart below", "…: pop your email in the box". Its object may be any "a"/"an" as well.
_LATER_ORDER = LazyPattern(r"(?:[,:;]|[ \t]and|[ \t]then)[ \t]++(?:(?:and|then|just)[ \t]++)?(?P<verb>\p{Ll}[\p{L}'’]*+)[ \t]++(?P<obj>\p{L}[\p{L}'’]*+)")


#: The reader or the site, which a request to the reader names somewhere in its sentence.
_READER = LazyPattern(r"\b(?:you|your|yours|yourself|yourselves|us|our|everyone|everybody|folks)\b", regex.I)


def _is_order_verb(doc: Document, word: str, skip: frozenset[str]) -> bool:
    low = word.lower()
    if word.isupper() or low in skip or not _base_form(low) or not is_english_word(low):
        return False
    return word == low or not _capitalised_inside(doc, word)


def _later_request(doc: Document, s: Span, words: list[regex.Match[str]], skip: frozenset[str], objects: frozenset[str]) -> Hit | None:
    """A sentence that opens with an order of any kind ("Stay safe out there", "Keep the tab
    open", "Don't miss a thing") and gives the reader a second one later, before the reader, the
    page or "a"/"an" ("…, and smash a heart below", "…: pop your email in the box"): two orders
    in one sentence of the writer's own that names the reader or the site ("you", "your", "us",
    "everyone") are a request to the reader, whatever the verbs. The first word must be followed
    by a word in lower case ("Mayor Lund …" is a title and a name)."""
    from lint.analyzers.asides import _own_words

    plain = doc.plain
    at = words[0].start()
    neg = _NEGATED.match(plain, at, s.end)
    first = words[0].group()
    if neg is None and (not first[:1].isupper() or not words[1].group()[:1].islower() or not _is_order_verb(doc, first, skip)):
        return None  # "Mayor Lund read …, and rang a bell": a title before a name, not an order
    if not _READER.search(plain, s.start, s.end):  # an order to the reader names the reader or the site
        return None
    for m in _LATER_ORDER.finditer(plain, words[1].start(), s.end):
        obj = m.group("obj").lower().replace("’", "'")
        if (obj in objects or obj in ("a", "an")) and _is_order_verb(doc, m.group("verb"), skip):
            if not _at_block_edge(doc, s.start, s.end) or not _own_words(doc, s.start, s.end):
                return None
            return Hit(m.start("verb"), m.end("obj"), {"match": doc.text[m.start("verb") : m.end("obj")]})
    return None


@analyzer("imperatives.reader_imperative")
def reader_imperative(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Sentences of the body, in the writer's own voice, that open with a verb in the imperative
    before the reader or the page."""
    from lint.analyzers.asides import _opening, _own_words

    skip, objects = _vocabulary()
    plain = doc.plain
    for s in doc.sentences:
        if s.start < doc.body_start:
            continue
        at = _opening(doc, s)
        stamp = STAMP.match(plain, at, s.end)
        at = stamp.end() if stamp else at
        paren = _PAREN.match(plain, at, s.end)
        at = paren.end() if paren else at
        words = list(_WORD.finditer(plain, at, s.end))
        # the verb and its object side by side: "Pass it on", not "Sure, it …"
        if len(words) < 3 or words[0].start() != at or plain[words[0].end() : words[1].start()].strip():
            continue
        first, second = words[0].group(), words[1].group().lower().replace("’", "'")
        low = first.lower()
        if second not in objects:
            later = _later_request(doc, s, words, skip, objects)
            if later is not None:
                yield later
            continue
        if first.isupper() or low in skip or not _base_form(low):
            continue
        if not is_english_word(low) or _capitalised_inside(doc, first):
            continue
        # "Leave it to Amy to …": the idiom hands a deed to someone by name, it asks nothing
        if len(words) >= 4 and words[2].group().lower() == "to" and words[3].group()[:1].isupper():
            continue
        if not _at_block_edge(doc, s.start, s.end) or not _own_words(doc, s.start, s.end):
            continue
        if _LINK_SEPARATOR.search(plain, s.start, s.end):  # a share bar or a menu: BPL's, not a sentence
            continue
        if any(s.start <= a < s.end for a in _fil020_starts(doc)):  # one request, one finding
            continue
        if _fil003_stock().search(plain, s.start, s.end):  # FIL003's stock request to the comments
            continue
        yield Hit(words[0].start(), words[1].end(), {"match": doc.text[words[0].start() : words[1].end()]})
