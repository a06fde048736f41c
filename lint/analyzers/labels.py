"""A label that opens a line of the story and no newsroom uses: the open class of template
callouts ("Stat to know: …", "Commuter tip of the day: …", "The quick read: …").

FIL001 knows callouts by their words (a stock label, a modifier before a callout noun). A writer
who has not read its lists coins a new label each time, so this module reads the shape and
inverts the vocabulary: the set of labels a news story may open a line with is small and closed
(a correction, an editor's note, a house device such as "Why it matters:", a speaker's name in a
transcript, a place in a dateline, a date in a time line), while the set of template labels is
open. A line is reported when it opens with a label of two to six words, no digit and no name,
closed by a colon or an exclamation mark, followed on the same line by a sentence of the writer's
own; what a newsroom writes there is listed in ``rules/data/newsroom-labels.txt``. Rule FIL028.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lint.analyzers.registry import analyzer
from lint.analyzers.stamps import stamp_source
from lint.document import Document
from lint.findings import Hit
from lint.patterns import LazyPattern
from lint.wordlists import is_english_word, number_table, word_list

if TYPE_CHECKING:
    from lint.rule import Rule

#: What may stand before a label on its line: white space, a block quote, a bullet, emphasis,
#: heading marks, an emoji.
_LEAD = LazyPattern(r"[ \t>*_#•\-–—\p{So}\p{Sk}\uFE0F\u200D]*+")
#: The label, its close and the text after it on the same line. Markup is blanked in the plain
#: text, so "**Stat to know:** …" reads as "  Stat to know:   …".
_LABEL = LazyPattern(
    r"(?P<label>\p{L}[\p{L}'’&\-]*+(?:[ \t]++\p{L}[\p{L}'’&\-]*+){1,5})[ \t*_\p{So}\uFE0F]*+(?P<close>[:!])"
    r"[ \t*_]*+(?P<rest>\S[^\n]*)"
)
#: A label alone on its line ("**Worth a look:**", "> 📌 Handy to know!"), over the callout's text.
_BARE_LABEL = LazyPattern(
    r"(?P<label>\p{L}[\p{L}'’&\-]*+(?:[ \t]++\p{L}[\p{L}'’&\-]*+){1,5})[ \t*_\p{So}\uFE0F]*+(?P<close>[:!])"
    r"[ \t*_\p{So}\uFE0F]*+$"
)
#: Markup or an emoji before a label: the writer set it off as a box ("**…**", "> …", "📌 …").
_SET_OFF = LazyPattern(r"[ \t]*+(?:>|\*\*|__|<(?:strong|b|em)\b|\p{So})")
_WORD = LazyPattern(r"\p{L}[\p{L}'’\-]*")
#: A list item's marker ("- ", "* ", "1. "): a key and its value in a fact box is not a callout.
_LIST_ITEM = LazyPattern(r"[ \t]*+(?:[-*+•][ \t]|\d{1,2}[.)][ \t])")
#: The least text a callout carries after its label: a sentence, not a value ("Tickets: £5").
_MIN_REST_WORDS = 5


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


@cache
def _newsroom_labels() -> frozenset[str]:
    return frozenset(_norm(w) for w in word_list("newsroom-labels.txt"))


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(w.lower() for name in ("months.txt", "weekdays.txt") for w in number_table(name))


@cache
def _clause_words() -> tuple[frozenset[str], frozenset[str]]:
    return word_list("clause-auxiliaries.txt"), word_list("conversation-pronouns.txt")


def _is_clause(words: list[str]) -> bool:
    """Whether a label is a clause that leads into what follows ("Four varieties are affected: …",
    "Among the options presented: …"): it holds an auxiliary verb or a past participle. A clause
    in the first or second person is the writer's or an assistant's aside, and stays a callout
    ("I hope this helps!", "What this means for you:")."""
    auxiliaries, pronouns = _clause_words()
    low = [w.lower().replace("’", "'") for w in words]
    if any(w in pronouns or w.split("'")[0] in pronouns for w in low):
        return False
    return any(w in auxiliaries or (len(w) > 4 and w.endswith("ed")) for w in low)


@cache
def _saying_words() -> frozenset[str]:
    return frozenset(w.lower() for name in ("attribution-verbs.txt", "plain-attribution.txt") for w in word_list(name))


def _names_someone(words: list[str]) -> bool:
    """Whether a label names a person, a place or a date (a transcript's speaker, a dateline, an
    entry of a time line), or reports speech ("The mayor said: …")."""
    from lint import gazetteer

    saying = _saying_words()
    calendar = _calendar_words()
    shouted = all(w.isupper() for w in words)
    for i, w in enumerate(words):
        low = w.lower()
        if low in saying or low in calendar:
            return True
        if shouted or not w[:1].isupper():
            continue
        if len(w) >= 2 and w.isupper():  # an acronym in a label in lower case: a body, a firm
            return True
        # a full name ("Maria Lund"): a given name before another capitalised word, one of the two
        # no English word; a given name alone, or before a word, is a title's words ("Worth Knowing")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if gazetteer.is_given_name(w) and nxt[:1].isupper() and not (is_english_word(w.lower()) and is_english_word(nxt.lower())):
            return True
        if gazetteer.is_place(w) and not is_english_word(low):  # "Bath" and "Reading" are words too
            return True
    return len(words) <= 4 and gazetteer.is_place(" ".join(words))


def _label_at(doc: Document, start: int, end: int, rx: LazyPattern = _LABEL) -> regex.Match[str] | None:
    """The label that opens the line ``start``-``end`` (by default one with text after it; ``rx``
    ``_BARE_LABEL``: one alone on its line)."""
    plain = doc.plain
    if _LIST_ITEM.match(doc.text, start, end):
        return None
    lead = _LEAD.match(plain, start, end)
    at = lead.end() if lead else start
    block = doc.block_at(at)
    headline = doc.headline
    # a heading is a title ("Back in the water: the lido after …"); a label alone on its line
    # with a colon reads as a heading in plain text, and is read as a label
    if block is not None and block.kind == "heading" and rx is _LABEL:
        return None
    if headline is not None and headline.start <= at < headline.end:
        return None
    return rx.match(plain, at, end)


def _is_unlisted_label(label: str) -> bool:
    """Whether a label is none of what a news story opens a line with, and not one of FIL001's
    stock labels either (FIL001 reports those; one callout is one finding)."""
    from lint.analyzers.filler import is_callout_label

    words = [w.group() for w in _WORD.finditer(label)]
    if is_callout_label(label):
        return False
    if not 2 <= len(words) <= 6 or _norm(label) in _newsroom_labels():
        return False
    return not (_names_someone(words) or _is_clause(words))


def _is_unlisted_callout(doc: Document, m: regex.Match[str]) -> bool:
    if not _is_unlisted_label(m.group("label")):
        return False
    a, b = m.span("rest")
    if doc.count_words(a, b) < _MIN_REST_WORDS or not regex.search(r"\p{Ll}", m.group("rest")):
        return False
    from lint.analyzers.shapes import _writers_voice

    return not doc.in_quote(m.start("label")) and _writers_voice(doc, a, b)


@analyzer("labels.unlisted_callout")
def unlisted_callout(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A line of the body that opens with a label no newsroom writes, then the writer's sentence
    ("Stat to know: the pier is older than the town hall."). Lines of a fact box (two labelled
    lines in a row: "Where: …", "When: …") are left alone: that is an info box, not a callout."""
    plain = doc.plain
    lines = [(ln.start(), ln.end()) for ln in regex.finditer(r"[^\n]*\S[^\n]*", plain) if ln.start() >= doc.body_start]
    labelled = [_label_at(doc, a, b) for a, b in lines]
    for i, m in enumerate(labelled):
        if m is None:
            continue
        before = labelled[i - 1] if i > 0 else None
        after = labelled[i + 1] if i + 1 < len(labelled) else None
        if before is not None or after is not None:
            continue
        if _is_unlisted_callout(doc, m):
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})
    yield from _bare_labels(doc, lines, labelled)
    yield from _asked_and_emoji_labels(doc, lines)


#: A short question to a reader who arrives late ("Just tuning in?", "Short on time?"), then a
#: label and its close: "Just tuning in? The story so far: …".
_ASKED_LABEL = LazyPattern(
    lambda: rf"(?:{stamp_source()})?(?P<question>\p{{Lu}}[\p{{L}}'’\-]*+(?:[ \t]++[\p{{L}}'’\-]++){{0,3}}\?)[ \t*_]*+"
    r"(?P<label>[\p{L}\p{N}][\p{L}\p{N}'’&\-]*+(?:[ \t]++[\p{L}\p{N}][\p{L}\p{N}'’&\-]*+){0,4})[ \t*_\p{So}\uFE0F]*+[:—–][ \t*_]*+(?P<rest>\S[^\n]*)"
)
#: A label closed by an emoji and a dash or colon: "Stat snack 🍿 — …".
_EMOJI_LABEL = LazyPattern(
    lambda: rf"(?:{stamp_source()})?(?P<label>\p{{L}}[\p{{L}}'’&\-]*+(?:[ \t]++\p{{L}}[\p{{L}}'’&\-]*+){{1,4}})[ \t*_]*+[\p{{So}}\uFE0F\u200D]++[ \t*_]*+[:—–\-][ \t*_]*+(?P<rest>\S[^\n]*)"
)


@cache
def _question_words() -> frozenset[str]:
    return frozenset(word_list("question-words.txt"))


def _asked_and_emoji_labels(doc: Document, lines: list[tuple[int, int]]) -> Iterator[Hit]:
    """Two shapes of a callout that FIL001's and this rule's label shape do not cover: a label
    behind a short question about the reader's state ("Just tuning in? Quick recap: …", "Short on
    time? The 30-second version: …"), and a label closed by an emoji and a dash ("Stat snack 🍿 —
    …"). Either may follow a live blog's time stamp. A question that opens with a question word
    ("Who pays? The landlords: …") asks about the story and is left alone; the label must be one
    no newsroom writes, and the writer's own sentence must follow."""
    from lint.analyzers.shapes import _writers_voice

    plain = doc.plain
    for a, b in lines:
        lead = _LEAD.match(plain, a, b)
        at = lead.end() if lead else a
        if doc.in_quote(at) or (doc.headline is not None and doc.headline.start <= at < doc.headline.end):
            continue
        m = _ASKED_LABEL.match(plain, at, b)
        if m is not None:
            first = m.group("question").split()[0].lower()
            words = [w.group() for w in _WORD.finditer(m.group("label"))]
            if first in _question_words() or not words or _names_someone(words) or _is_clause(words):
                m = None
        if m is None:
            m = _EMOJI_LABEL.match(plain, at, b)
            if m is not None and not _is_unlisted_label(m.group("label")):
                m = None
        if m is None:
            continue
        ra, rb = m.span("rest")
        if doc.count_words(ra, rb) < _MIN_REST_WORDS or not _writers_voice(doc, ra, rb):
            continue
        s = m.start("question") if "question" in m.groupdict() and m.group("question") else m.start("label")
        yield Hit(s, m.end("label"), {"match": " ".join(doc.text[s : m.end("label")].split())})


def _bare_labels(doc: Document, lines: list[tuple[int, int]], labelled: list[regex.Match[str] | None]) -> Iterator[Hit]:
    """A label alone on its line over the callout's text: over a sentence of the writer's own, or
    over a list when the label is set off as a box (bold, a block quote, an emoji). A plain
    lead-in over a list ("Key dates:") is how news copy introduces one, and stays."""
    for i, (a, b) in enumerate(lines[:-1]):
        m = _label_at(doc, a, b, _BARE_LABEL)
        if m is None or labelled[i + 1] is not None or doc.in_quote(m.start("label")):
            continue
        if (i > 0 and _label_at(doc, *lines[i - 1], _BARE_LABEL) is not None) or not _is_unlisted_label(m.group("label")):
            continue
        na, nb = lines[i + 1]
        if _LIST_ITEM.match(doc.text, na, nb):
            if not _SET_OFF.match(doc.text, a, b):
                continue
        else:
            block = doc.block_at(na)
            from lint.analyzers.shapes import _writers_voice

            if block is None or block.kind == "heading" or doc.count_words(na, nb) < _MIN_REST_WORDS or not _writers_voice(doc, na, nb):
                continue
        yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})
