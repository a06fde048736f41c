"""Filler analyzers: template furniture found by its shape, not by an exact wording.

A callout is a short label that opens a line ("Key Outcome:", "💡 Did you know?") or
makes a whole heading ("## Key Takeaways"); a placeholder is a bracket holding a
generic noun or an instruction ("[Hospital Name]", "[Insert quote]"); a table of
contents is a label line followed by a run of short entry lines. The vocabularies
(labels, modifiers, head nouns, placeholder nouns) are lists in ``rules/data``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lint.analyzers.registry import analyzer, option
from lint.document import Document
from lint.findings import Hit
from lint.patterns import LazyPattern, alternation_source
from lint.patterns import compile as compile_pattern
from lint.wordlists import word_list, word_table
from lint.textindex import WORD

if TYPE_CHECKING:  # a type only: the rule module needs the registry, which loads these modules
    from lint.rule import Rule

#: What may stand before a label on its line: blanks, quote marks, bullets, emphasis, block
#: quotes, heading marks, numbering, emoji and their variation selectors.
_LEAD = LazyPattern(r"[\s“\"‘'*_>#•·▪●◦\-–—\p{So}\p{Sk}\p{Cf}\uFE0F\u200D]*")
#: A label: one to six words, then a colon, question mark or exclamation mark, or a dash that
#: closes an emphasised label ("**TL;DR —**"; a dash after plain words opens a sentence's aside).
_LABEL = LazyPattern(
    r"(?P<label>[\p{L}\p{N}][\p{L}\p{N}'’;.&\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’;.&\-]*){0,5})"
    r"[ \t]*+[”\"’'*_]*+[ \t]*+(?P<end>[:?!—–])"  # possessive: a run of 60,000 spaces is read once
)
#: What must follow a dash that ends a label, in the file itself: the close of its emphasis.
_EMPHASIS_CLOSE = LazyPattern(r"[ \t]*[*_]")
#: The text of a heading line, without trailing blanks, emphasis or a colon.
#: What closes a heading's label: emphasis, a colon, quotes, spaces ("\r": a CRLF line not normalised, the API).
_HEADING_TAIL = " \t\r*_:”\"’'"


def _heading_label(plain: str, start: int, end: int, tail: str = _HEADING_TAIL) -> tuple[int, int]:
    """The label of a heading line: its text without the closing marks (a trim, not a regex: a lazy
    pattern before a run of trailing spaces is quadratic on a line of 60,000 spaces)."""
    return start, start + len(plain[start:end].rstrip(tail))
_LINE = LazyPattern(r"[^\n]+")
_BRACKET = LazyPattern(r"\[(?P<inner>[^\[\]\n]{1,100})\]")
#: Words that make a placeholder noun a description of the missing text ("[Quote from …]").
_DESCRIBING = frozenset({"from", "about", "of", "for", "on", "by", "here"})
_SENTENCE_WORD = LazyPattern(r"[\p{L}\p{N}]+")


def _norm(label: str) -> str:
    return " ".join(label.replace("’", "'").lower().split())


@cache
def _callout_vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (
        frozenset(_norm(p) for p in word_list("callout-labels.txt")),
        frozenset(_norm(p) for p in word_list("callout-modifiers.txt")),
        frozenset(_norm(p) for p in word_list("callout-heads.txt")),
    )


def is_callout_label(label: str) -> bool:
    """Whether a label ("Key Outcome", "Did you know") is template callout furniture."""
    phrases, modifiers, heads = _callout_vocabulary()
    key = _norm(label)
    if key in phrases:
        return True
    words = key.split()
    return 2 <= len(words) <= 3 and words[-1] in heads and all(w in modifiers for w in words[:-1])


@analyzer("filler.template_callout")
def template_callout(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Lines that open with a callout label, and headings that are one; not the heading of a fact
    file ("Key facts" over a list of labelled facts: "- **Born:** 1939, Duluth")."""
    heads = word_list("fact-file-heads.txt")
    for hit in _callout_labels(doc):
        label = _norm(str(hit.values.get("match", "")))
        if not (any(label == h or label.endswith(" " + h) for h in heads) and _heads_fact_file(doc, hit.end)):
            yield hit


#: The lines of a list under a box's heading (in a block quote or not), and a labelled entry of a
#: fact file: "> - **Born:** March 1939, Duluth", "* Education: Central High School".
_LIST_LINE = LazyPattern(r"[ \t>]*+(?:[-*•]|\d{1,2}[.)])[ \t]++(?P<entry>[^\n]*)")
_FACT_ENTRY = LazyPattern(r"(?:\*\*|__)?\p{L}[\p{L}'’ \t]{0,25}:(?:\*\*|__)?[ \t]++\S")
_BOX_BLANK = LazyPattern(r"[ \t>]*+\n")


def _heads_fact_file(doc: Document, end: int) -> bool:
    """Round 14: whether the list after a label is a fact file, every entry (two or more) a label
    and its fact: a newspaper's factbox under a profile ("Key facts" over "Born:", "Education:",
    "Career:"), not a template's summary of the story."""
    text = doc.text
    at = text.find("\n", end)
    if at < 0:
        return False
    at += 1
    entries = 0
    while at < len(text):
        blank = _BOX_BLANK.match(text, at)
        if blank:
            if entries:
                break
            at = blank.end()
            continue
        item = _LIST_LINE.match(text, at)
        if item is None:
            break
        if not _FACT_ENTRY.match(item.group("entry")):
            return False
        entries += 1
        at = item.end() + 1
    return entries >= 2


def _callout_labels(doc: Document) -> Iterator[Hit]:
    plain = doc.plain
    for line in _LINE.finditer(plain):
        lead = _LEAD.match(plain, line.start(), line.end())
        start = lead.end() if lead else line.start()
        m = _LABEL.match(plain, start, line.end())
        if m and m.group("end") in "—–" and not _EMPHASIS_CLOSE.match(doc.text, m.end()):
            m = None
        if m and is_callout_label(m.group("label")):
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})
            continue
        block = doc.block_at(start)
        if block is not None and block.kind == "heading":
            a, b = _heading_label(plain, start, line.end())
            if b > a and is_callout_label(plain[a:b]):
                yield Hit(a, b, {"match": doc.text[a:b]})
    yield from _left_out_callouts(doc)
    yield from _bold_callout_heads(doc)
    yield from _arrow_callouts(doc)
    yield from _article_callout_headings(doc)
    from lint.analyzers.shapes import callout_shapes

    yield from callout_shapes(doc, _LEAD, is_callout_label)
    from lint.analyzers.shapes import reader_callout_labels

    yield from reader_callout_labels(doc)


#: A heading that is a stock label behind "The": "## The Bottom Line", "### The Takeaway".
_ARTICLE_HEADING = LazyPattern(r"[ \t]*the[ \t]+", regex.I)


def _article_callout_headings(doc: Document) -> Iterator[Hit]:
    """A whole heading made of "The" and a callout label: a section of the template, where an
    inline "The bottom line:" opening a paragraph is a house device of some newsrooms."""
    plain = doc.plain
    for block in doc.blocks:
        if block.kind != "heading":
            continue
        lead = _LEAD.match(plain, block.start, block.end)
        h = _ARTICLE_HEADING.match(plain, lead.end() if lead else block.start, block.end)
        if h is None:
            continue
        a, b = _heading_label(plain, h.end(), block.end, " \t\r*_:")
        if b > a and "\n" not in plain[a:b] and is_callout_label(plain[a:b]):
            yield Hit(h.start(), b, {"match": doc.text[h.start() : b].strip()})


#: A label closed by an arrow instead of a colon: "Quick recap for busy readers -> …", "TL;DR → …".
_ARROW_LABEL = LazyPattern(
    r"(?P<label>[\p{L}\p{N}][\p{L}\p{N}'’;.&\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’;.&\-]*){0,5})"
    r"[ \t]*+[*_]*+[ \t]*+(?:-+>|=>|→|⇒|➡\uFE0F?|»)[ \t]*+\S"
)
#: Words that start the audience a label may name after its head ("… for busy readers").
_LABEL_AUDIENCE = frozenset({"for"})


def _arrow_callouts(doc: Document) -> Iterator[Hit]:
    """A callout label that opens its line and points at its content with an arrow; the label may
    name its audience after the callout words ("Quick recap for busy readers ->")."""
    plain = doc.plain
    for line in _LINE.finditer(plain):
        lead = _LEAD.match(plain, line.start(), line.end())
        start = lead.end() if lead else line.start()
        m = _ARROW_LABEL.match(plain, start, line.end())
        if not m:
            continue
        words = _norm(m.group("label")).split()
        cut = next((i for i, w in enumerate(words) if w in _LABEL_AUDIENCE), len(words))
        if cut and is_callout_label(" ".join(words[:cut])):
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})


#: A line that is nothing but an emphasised label, then a list item: "**The Takeaway**" + "- …".
_BOLD_HEAD = LazyPattern(r"^[ \t>]*(?:\*\*|__)(?P<label>[^*_\n]{1,60}?)(?:\*\*|__)[ \t]*\n(?:[ \t>]*\n)?[ \t>]*(?:[-*•]|\d+[.)])[ \t]", regex.M)


def _bold_callout_heads(doc: Document) -> Iterator[Hit]:
    """An emphasised line that works as the heading of a callout list (Markdown has no heading
    mark there, so the block reader sees a paragraph)."""
    for m in _BOLD_HEAD.finditer(doc.text):
        label = m.group("label").strip().rstrip(":")
        if is_callout_label(label):
            yield Hit(m.start("label"), m.start("label") + len(label), {"match": label})


def _left_out_callouts(doc: Document) -> Iterator[Hit]:
    """Callout boxes of a saved page that the extractor left out of the article container
    (``<div class="tip"><strong>Pro Tip:</strong> …</div>``): the box is still the article's."""
    left_out = getattr(doc, "left_out", ())
    if not left_out:  # start-up: a text file has none, and need not import the HTML reader
        return
    from lint.html import visible_text

    for span in left_out:
        text = visible_text(doc.text[span.start : span.end])
        lead = _LEAD.match(text)
        m = _LABEL.match(text, lead.end() if lead else 0)
        if m and m.group("end") in ":?!" and is_callout_label(m.group("label")):
            yield Hit(span.start, span.end, {"match": m.group("label")})


@cache
def _placeholder_vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    nouns = frozenset(word_list("placeholder-nouns.txt"))
    instructions = tuple(sorted(word_list("placeholder-instructions.txt"), key=len, reverse=True))
    return nouns, instructions


#: What separates the slots of one bracket: "[NAME, TITLE — add the official's quote]", and the
#: label of a note from its text: "[EDITOR: drop in the box]".
#: (A hyphen counts between blanks only; the blank before it is the one the lead-in consumed.)
_SLOT_SEPARATOR = LazyPattern(r"[ \t]*+(?:[,;/:]|(?<=[ \t])-(?=[ \t])|—|–)[ \t]*+")
_POSSESSIVE = LazyPattern(r"\p{L}['’]s?$")


def is_placeholder(inner: str) -> bool:
    """Whether the text of a square bracket is an unfilled template slot: one slot, or several
    joined by commas or dashes of which one is a slot ("[NAME, TITLE — add quote]"), or a
    description of the missing word that names its owner ("[Defence lawyer's full name]")."""
    if _one_placeholder(inner) or _length_budget().search(inner):
        return True
    nouns, _ = _placeholder_vocabulary()
    slots = [x for x in _SLOT_SEPARATOR.split(inner) if x.strip()]
    if len(slots) > 1 and any(_one_placeholder(x) for x in slots):
        return True
    words = WORD.findall(inner)
    return (
        2 <= len(words) <= 6
        and len(words) == len(inner.split())
        and words[0][0].isupper()
        and words[-1].lower() in nouns
        and any(_POSSESSIVE.search(w) for w in inner.split()[:-1])
    )


def _one_placeholder(inner: str) -> bool:
    """Whether the text of a square bracket (or of one of its slots) is an unfilled template slot."""
    nouns, instructions = _placeholder_vocabulary()
    text = _norm(inner.strip(" .…"))
    for head in instructions:
        if text == head or text.startswith(head + " ") or text.startswith(head + ":"):
            return True
    words = WORD.findall(inner)
    # a description of what belongs there: "[Quote from the mayor]", "[Statistic about rents]"
    if len(words) >= 3 and words[0][0].isupper() and words[0].lower() in nouns and words[1].lower() in _DESCRIBING:
        return True
    if len(words) >= 2 and _opens_with_note_verb(text):
        return True
    if not 1 <= len(words) <= 4 or len(words) != len(inner.split()):
        return False
    # capitalised words, a slot's number among them: "[Company Name]", "[WITNESS 2 NAME]"
    return (all(w[0].isupper() or w.isdigit() for w in words) and not words[0].isdigit()
            and words[-1].lower().strip("'’") in nouns)


@cache
def _note_verbs() -> regex.Pattern[str]:
    return compile_pattern(rf"(?:{alternation_source(word_list('placeholder-note-verbs.txt'))})(?![\p{{L}}\p{{N}}-])", regex.I)


def _opens_with_note_verb(text: str) -> bool:
    """Round 14: a note to the newsroom, opening with its imperative ("check DOB with the club",
    "confirm with subject", "pick the strongest line": ``placeholder-note-verbs.txt``)."""
    return _note_verbs().match(text) is not None


#: A length budget for a slot: "60 characters max", "two lines max", "maximum 25 words".
@cache
def _length_budget() -> regex.Pattern[str]:
    units = alternation_source(word_list("placeholder-length-units.txt"))
    numbers = alternation_source(word_table("number-words.txt"))
    amount = rf"(?:\d{{1,4}}|{numbers})[ \t]+(?:{units})"
    return compile_pattern(rf"(?<![\p{{L}}\p{{N}}])(?:{amount}[ \t]+(?:max(?:imum)?|at[ \t]+most)|(?:max(?:imum)?|at[ \t]+most)[ \t]+{amount})(?![\p{{L}}\p{{N}}])", regex.I)


@analyzer("filler.template_placeholder")
def template_placeholder(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Square brackets holding a generic noun or an instruction: "[Company Name]", "[Insert quote]"."""
    yield from _placeholders(doc, _BRACKET)
    yield from _title_placeholders(doc)
    yield from _bare_slots(doc)
    yield from _paren_instructions(doc)
    yield from _template_variables(doc)
    yield from _placeholders(doc, _BRACE)  # single braces holding what a square bracket would
    yield from _blank_names(doc)
    yield from _year_slots(doc)
    from lint.analyzers.shapes import placeholder_shapes

    yield from placeholder_shapes(doc)
    from lint.analyzers.shapes import left_out_placeholders

    yield from left_out_placeholders(doc, is_placeholder)


#: A slot by its letter or its number: "[X]", "[XX]", "[N]", "[Competitor 2]", "[brand 3]".
_LETTER_SLOT = LazyPattern(r"(?:X{1,3}|N|Y)(?:[ \t]*%)?")
_NUMBERED_SLOT = LazyPattern(r"(?P<role>\p{L}+)[ \t]+\d{1,2}")
#: A parenthesis, for the instructions of rules/data/placeholder-paren-instructions.txt.
_PAREN = LazyPattern(r"\((?P<inner>[^()\n]{2,160})\)")


def _bare_slots(doc: Document) -> Iterator[Hit]:
    """Round 13: brackets outside quoted speech that hold a slot in lower case ("[date]",
    "[company]": one noun of placeholder-nouns.txt), a letter standing for a figure ("[X]",
    "±[XX]%"), or a numbered role ("[Competitor 2]", from placeholder-numbered-roles.txt). In a
    quote such brackets are an editor's insertions ("[the mayor]"), so quotes are left alone."""
    nouns, _ = _placeholder_vocabulary()
    roles = word_list("placeholder-numbered-roles.txt")
    for m in _BRACKET.finditer(doc.plain):
        inner = m.group("inner").strip()
        if is_placeholder(m.group("inner")) or doc.in_quote(m.start()):
            continue
        numbered = _NUMBERED_SLOT.fullmatch(inner)
        if (
            (inner.islower() and inner in nouns)
            or _LETTER_SLOT.fullmatch(inner)
            or (numbered and numbered.group("role").lower() in roles)
        ):
            yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})


def _paren_instructions(doc: Document) -> Iterator[Hit]:
    """Round 13: a parenthesis that tells the writer to supply the fact ("(fill in from the
    pollster's note)", "(insert figure)"), outside quoted speech."""
    heads = tuple(sorted(word_list("placeholder-paren-instructions.txt"), key=len, reverse=True))
    for m in _PAREN.finditer(doc.plain):
        text = _norm(m.group("inner").strip(" .…"))
        if doc.in_quote(m.start()):
            continue
        if any(text == h or text.startswith(h + " ") or text.startswith(h + ":") for h in heads):
            yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})


#: A year with its last digits left as letters or question marks: "20XX", "19X8", "199?", "20??".
_YEAR_SLOT = LazyPattern(r"(?<![\p{L}\p{N}])(?=(?:1[89]|20)[\dXx?]{0,2}[Xx?])(?:1[89]|20)[\dXx?]{2}(?![\p{L}\p{N}?])")


def _year_slots(doc: Document) -> Iterator[Hit]:
    """Round 14: a year whose missing digits stand as "X" or "?" ("2018-20XX", "**199?**"): the
    writer meant to look the year up. A question ending on a full year ("in 1998?") has no slot."""
    for m in _YEAR_SLOT.finditer(doc.plain):
        yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})


#: A template engine's variable left unrendered: "{{company_name}}", "{{ city }}".
_TEMPLATE_VARIABLE = LazyPattern(r"\{\{\s*[A-Za-z_][\w.]{0,60}\s*\}\}")


def _template_variables(doc: Document) -> Iterator[Hit]:
    """Double-brace variables of a template engine, which no prose ever writes."""
    for m in _TEMPLATE_VARIABLE.finditer(doc.plain):
        yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})


#: A single curly brace around a slot description: "{QUOTE FROM A SHOPKEEPER}", "{Name, age}".
_BRACE = LazyPattern(r"(?<!\{)\{(?P<inner>[^{}\n]{2,120})\}(?!\})")


def _placeholders(doc: Document, brackets: LazyPattern) -> Iterator[Hit]:
    """The brackets (``_BRACKET``, ``_BRACE``) whose ``inner`` text is a placeholder's."""
    for m in brackets.finditer(doc.plain):
        if is_placeholder(m.group("inner")):
            yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})


#: A courtesy or formal title followed by a blank to write the name on: "Dr ____", "Mayor ___".
_BLANK_NAME = LazyPattern(r"\b(?P<title>\p{L}[\p{L}-]{0,20})\.?[ \t]*_{2,}")


def _blank_names(doc: Document) -> Iterator[Hit]:
    """A person's title with underscores where the name should be (rules/data/surname-titles.txt)."""
    titles = word_list("surname-titles.txt")
    for m in _BLANK_NAME.finditer(doc.plain):
        if m.group("title").lower() in titles:
            yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})


def _title_placeholders(doc: Document) -> Iterator[Hit]:
    """Placeholders in a saved page's ``<title>``, which search results and link previews show."""
    title = doc.page_title
    if title is None:
        return
    for m in _BRACKET.finditer(doc.text, title.start, title.end):
        if is_placeholder(m.group("inner")):
            yield Hit(m.start(), m.end(), {"match": m.group()})


@dataclass(frozen=True)
class TableOfContentsOptions:
    """The options of the ``filler.table_of_contents`` analyzer."""

    min_entries: int = option(2, "entry lines the label must be followed by")
    max_entry_words: int = option(25, "words an entry line may have")


@analyzer("filler.table_of_contents", options=TableOfContentsOptions, fields=("count",))
def table_of_contents(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A table-of-contents label line followed by a run of short entry lines."""
    labels = frozenset(_norm(p) for p in word_list("toc-labels.txt"))
    min_entries, max_words = rule.options.min_entries, rule.options.max_entry_words
    lines = [m for m in _LINE.finditer(doc.plain) if m.group().strip()]
    for i, line in enumerate(lines):
        lead = _LEAD.match(doc.plain, line.start(), line.end())
        start = lead.end() if lead else line.start()
        a, b = _heading_label(doc.plain, start, line.end())
        if _norm(doc.plain[a:b]) not in labels:
            continue
        entries = 0
        for entry in lines[i + 1 :]:
            words = _SENTENCE_WORD.findall(entry.group())
            text = entry.group().rstrip(" \t*_")
            if not words or len(words) > max_words or text.endswith((".", ",", ";")):
                break
            entries += 1
        if entries >= min_entries:
            yield Hit(a, b, {"match": doc.text[a:b], "count": str(entries)})
    yield from _inline_contents(doc, labels, min_entries)
    yield from _bar_contents(doc, labels, min_entries)


#: A label that opens its line and ends in a colon: "*In this article:* [A](#a) · [B](#b)".
_INLINE_LABEL = LazyPattern(r"(?P<label>[\p{L}][\p{L}'’ \t]{1,40}?)[ \t]*[*_]*[ \t]*:")
#: A Markdown link to an anchor of the same page: "[Background](#background)".
_ANCHOR_LINK = LazyPattern(r"\[[^\]\n]{1,80}\]\(#[^)\s]{1,80}\)")


def _labelled_lines(doc: Document, labels: frozenset[str]) -> Iterator[tuple[regex.Match[str], regex.Match[str]]]:
    """Each line that opens with a contents label and a colon, with the label's match."""
    for line in _LINE.finditer(doc.text):
        lead = _LEAD.match(doc.text, line.start(), line.end())
        start = lead.end() if lead else line.start()
        m = _INLINE_LABEL.match(doc.text, start, line.end())
        if m and _norm(m.group("label")) in labels and doc.plain[m.start("label")] != " ":
            yield line, m


def _inline_contents(doc: Document, labels: frozenset[str], min_entries: int) -> Iterator[Hit]:
    """A contents label whose entries follow on its own line, as links to the page's anchors."""
    for line, m in _labelled_lines(doc, labels):
        count = len(_ANCHOR_LINK.findall(doc.text, m.end(), line.end()))
        if count >= min_entries:
            yield Hit(m.start("label"), m.end("label"), {"match": m.group("label"), "count": str(count)})


#: The separators of a contents line written as a bar: "In this post: News | Recipe | Q&A".
_BAR_SEPARATOR = LazyPattern(r"[ \t\xa0]*[|·•][ \t\xa0]*")
#: Sentence punctuation that an entry of a contents bar never has.
_ENTRY_STOP = LazyPattern(r"[.!,;:]\s|[.!]$")


def _bar_contents(doc: Document, labels: frozenset[str], min_entries: int) -> Iterator[Hit]:
    """A contents label whose entries follow on its own line as a bar of short section titles
    ("In This Post: The News | The Recipe | Reader Questions"): more than ``min_entries`` entries
    of a few words each, none of them a sentence."""
    for line, m in _labelled_lines(doc, labels):
        entries = [e.strip(" \t\xa0*_") for e in _BAR_SEPARATOR.split(doc.text[m.end() : line.end()])]
        if len(entries) <= min_entries or not all(e and 1 <= len(e.split()) <= 6 and not _ENTRY_STOP.search(e) for e in entries):
            continue
        yield Hit(m.start("label"), m.end("label"), {"match": m.group("label"), "count": str(len(entries))})


# -- page chrome of a saved web page ---------------------------------------------------------------
def _shown(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@analyzer("filler.page_chrome")
def page_chrome(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """The page furniture the HTML reader left out of the article, one hit per widget (the rule's
    ``corroborated_by`` keeps them only where the article itself reads as template or generated copy).

    Only a saved web page has any (:attr:`lint.html.HtmlDocument.furniture`); the widget's text
    is read from the page with its markup removed.
    """
    furniture = getattr(doc, "furniture", ())
    if not furniture:
        return
    from lint.html import visible_text

    for span in furniture:
        text = visible_text(doc.text[span.start : span.end])
        if text:
            yield Hit(span.start, span.end, {"match": _shown(text)})


# -- machine flourishes: stock phrases stacked in one sentence -------------------------------------
@dataclass(frozen=True)
class PhraseClusterOptions:
    min_distinct: int = option(2, "different stock phrases one sentence must hold")
    max_words: int = option(60, "longest sentence counted, in words")


def _stock_phrase_hits(doc: Document) -> list[regex.Match[str]]:
    """Matches of ``rules/data/ai-phrases.txt`` in the writer's voice: outside quoted speech, and
    not capitalised inside a sentence (a name such as "Paramount Pictures")."""
    from lint.analyzers.wording import list_pattern

    starts = {s.start for s in doc.sentences}
    out = []
    for m in doc.index.finditer(list_pattern("ai-phrases.txt")):
        if doc.in_quote(m.start()):
            continue
        if m.group()[:1].isupper() and m.start() not in starts and not _after_opening(doc, m.start()):
            continue
        out.append(m)
    return out


_OPENING_MARKS = LazyPattern(r"[\s“\"‘'(*_>•·\-–—]*")


def _after_opening(doc: Document, offset: int) -> bool:
    """Whether only quote marks, bullets or emphasis stand between a sentence start and ``offset``."""
    for s in doc.sentences:
        if s.start <= offset < s.end:
            return _OPENING_MARKS.fullmatch(doc.plain, s.start, offset) is not None
    return False


@analyzer("filler.stock_phrase_cluster", options=PhraseClusterOptions, fields=("count", "phrases"))
def stock_phrase_cluster(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """One sentence of the writer's own that stacks two or more different stock phrases of
    generated prose ("a deep dive … a treasure trove … reshape the future"): a flourish, however
    thin the rest of the article is. Sentences that report speech are the source's words."""
    hits = _stock_phrase_hits(doc)
    if not hits:
        return
    from lint.analyzers.wording import list_pattern

    verbs = list_pattern("attribution-verbs.txt")
    plain_verbs = list_pattern("plain-attribution.txt")
    min_distinct, max_words = rule.options.min_distinct, rule.options.max_words
    for s in doc.sentences:
        inside = [m for m in hits if s.start <= m.start() < s.end]
        phrases = {_norm(m.group()) for m in inside}
        if len(phrases) < min_distinct or doc.count_words(s.start, s.end) > max_words:
            continue
        # a sentence that attributes what it says ("…, the mayor said") holds the source's words
        if doc.index.search(verbs, s.start, s.end) or doc.index.search(plain_verbs, s.start, s.end):
            continue
        shown = ", ".join(f"'{p}'" for p in sorted(phrases))
        yield Hit(inside[0].start(), inside[-1].end(),
                  {"match": inside[0].group(), "count": str(len(phrases)), "phrases": shown})


# -- puffery in the headline ------------------------------------------------------------------------
@analyzer("filler.headline_puffery")
def headline_puffery(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A promotional adjective of ``rules/data/headline-puffery.txt`` in the headline ("Opens a
    Trailblazing …", "Paradigm-Shifting Study"): praise in the one line every reader sees, where
    a news desk writes what happened. Title case is expected here, so capitals prove no name."""
    from lint.analyzers.wording import list_pattern

    head = doc.headline
    if head is None:
        return
    text = doc.plain if doc.plain[head.start : head.end].strip() else doc.text
    if text[head.start : head.end].lstrip().startswith(("“", '"')):
        return
    spans = [(text, head.start, head.end)]
    # a page heading that differs from a front-matter title is a second headline the reader sees
    for block in doc.blocks[:6]:
        if block.kind == "heading" and not (block.start <= head.start < block.end) and block.start > head.end:
            spans.append((doc.plain, block.start, block.end))
            break
    for source, start, end in spans:
        for m in list_pattern("headline-puffery.txt").finditer(source, start, end):
            if source is doc.plain and doc.in_quote(m.start()):
                continue
            yield Hit(m.start(), m.end(), {"match": m.group()})


# -- a chatbot's or generator's words in the page title ---------------------------------------------
_TITLE_LEAD = LazyPattern(r"[\s*_#>\"“'‘]*")


@analyzer("filler.title_chatbot")
def title_chatbot(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A page ``<title>`` or front-matter title that opens with what a chatbot or a generator said
    to its user ("Here is the article rewritten …", "Draft output — …"), from
    ``rules/data/chatbot-title-openers.txt``; the body's preambles are FIL004's."""
    from lint.analyzers.wording import list_pattern

    spans: list[tuple[int, int]] = []
    if doc.page_title is not None:
        spans.append((doc.page_title.start, doc.page_title.end))
    title = doc.metadata.get("title")
    if title and (idx := doc.text.find(title)) >= 0:
        spans.append((idx, idx + len(title)))
    rx = list_pattern("chatbot-title-openers.txt")
    for start, end in spans:
        import html as _html  # start-up: only a page with a title needs html's table (5 ms to import)

        shown = _html.unescape(doc.text[start:end])
        lead = _TITLE_LEAD.match(shown)
        if rx.match(shown, lead.end() if lead else 0):
            yield Hit(start, end, {"match": _shown(shown, 80)})


# -- figurative flourish: abstract metaphors of weaving, story-telling, tides --------------------
#: What may follow a metaphor noun to make it a figure ("the threads of", "a chapter in").
_FIGURE_PREPOSITIONS = ("of", "in", "into", "between", "for")


@cache
def _figure_pattern() -> regex.Pattern[str]:
    """A figure of speech of ``rules/data/figurative-*.txt``: an ornamental adjective before a
    metaphor noun ("storied annals"), a metaphor noun before a preposition ("threads of"), or a
    figurative verb ("woven into"). Every figure opens with the first word of one of those lists:
    the text index tries the pattern only there (``doc.index.finditer``)."""
    from lint.analyzers.wording import phrase_triggers
    from lint.patterns import alternation_source
    from lint.textindex import register_triggers

    names = ("figurative-adjectives.txt", "figurative-nouns.txt", "figurative-verbs.txt")
    adj, noun, verb = (alternation_source(word_list(name)) for name in names)
    prep = alternation_source(_FIGURE_PREPOSITIONS)
    rx = compile_pattern(
        rf"\b(?:(?:{adj})[ \t]+(?P<noun>{noun})(?:[ \t]+(?:{prep}))?"
        rf"|(?P<noun>{noun})[ \t]+(?:{prep})|(?P<verb>{verb}))\b",
        regex.I | regex.V0,
    )
    return register_triggers(rx, phrase_triggers(w for name in names for w in word_list(name)))


@analyzer("filler.figurative_flourish", options=PhraseClusterOptions, fields=("count", "phrases"))
def figurative_flourish(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """One sentence of the writer's own that stacks two or more different figures of generated
    feature copy: abstract metaphors of weaving, story-telling, tides, music, the body or monuments
    ("a poignant chapter in the unfolding saga", "weaving together the threads of"). Sentences
    that AIT007 reports (two stock phrases of ``rules/data/ai-phrases.txt``), quoted speech,
    attributed sentences and long sentences are skipped."""
    from lint.analyzers.wording import list_pattern

    rx = _figure_pattern()
    figures = []
    for m in doc.index.finditer(rx):
        if doc.in_quote(m.start()):
            continue
        # a capitalised figure inside a sentence is a name ("Chapter House", "Spirit Airlines")
        if m.group()[:1].isupper() and not _after_opening(doc, m.start()):
            continue
        figures.append(m)
    if not figures:
        return
    stock = _stock_phrase_hits(doc)
    verbs = list_pattern("attribution-verbs.txt")
    plain_verbs = list_pattern("plain-attribution.txt")
    min_distinct, max_words = rule.options.min_distinct, rule.options.max_words
    for s in doc.sentences:
        inside = [m for m in figures if s.start <= m.start() < s.end]
        if not inside:
            continue
        keys = {_norm(m.group("noun") or m.group("verb")) for m in inside}
        phrases = {_norm(m.group()) for m in stock if s.start <= m.start() < s.end}
        if len(phrases) >= 2:  # AIT007's sentence
            continue
        if len(keys) < min_distinct or doc.count_words(s.start, s.end) > max_words:
            continue
        # round 13: the verb of a figure ("tells a story of", "writes a fresh chapter") is not an
        # attribution; only a speech verb outside the figures makes the sentence someone's words
        if _attributed_outside(doc, s.start, s.end, (verbs, plain_verbs), inside):
            continue
        shown = ", ".join(f"'{_norm(m.group())}'" for m in inside)
        yield Hit(inside[0].start(), inside[-1].end(),
                  {"match": inside[0].group(), "count": str(len(keys)), "phrases": shown})


def _attributed_outside(
    doc: Document, start: int, end: int, patterns: tuple[regex.Pattern[str], ...], figures: list[regex.Match[str]]
) -> bool:
    """Whether an attribution verb of ``patterns`` occurs in ``start``–``end`` outside the spans of
    ``figures``."""
    for rx in patterns:
        for m in doc.index.finditer(rx, start, end):
            if not any(f.start() <= m.start() < f.end() for f in figures):
                return True
    return False


# -- a stock scene-setting opener at the start of the headline -------------------------------------
_HEAD_OPENING = LazyPattern(r"[\s*_#>\"“'‘]*")


@analyzer("filler.headline_stock_opener")
def headline_stock_opener(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A headline that opens with a framing clause about the times ("In an age where …", "In
    today's fast-paced world, …") from ``rules/data/headline-stock-openers.txt``."""
    from lint.analyzers.wording import headline_text, list_pattern

    head = doc.headline
    if head is None:
        return
    text = headline_text(doc)
    lead = _HEAD_OPENING.match(text)
    m = list_pattern("headline-stock-openers.txt").match(text, lead.end() if lead else 0)
    if m:
        yield Hit(head.start + m.start(), head.start + m.end(), {"match": m.group()})


# -- FIL030: hype before a figure -------------------------------------------------------------------
@cache
def _hyped_figure_pattern() -> regex.Pattern[str]:
    """A word of ``rules/data/figure-hype.txt`` directly before a figure: digits, with or without a
    currency sign ("an eye-popping 41,300", "a jaw-dropping £4m")."""
    from lint.patterns import alternation_source

    words = alternation_source(word_list("figure-hype.txt"))
    return compile_pattern(
        rf"\b(?P<word>{words})[ \t]+(?P<figure>(?:(?:US|A|C|NZ|HK)?[$£€¥]|Rs\.?[ \t]?)?\d(?:[\d,.]*\d)?)",
        regex.I | regex.V0,
    )


#: A bare year after the word ("a stunning 2016 win") is a date, not a figure that is sold.
_YEAR = LazyPattern(r"(?:1[89]|20)\d\d")


@analyzer("filler.hyped_figure")
def hyped_figure(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A hype adjective directly before a figure in the writer's own voice ("added an eye-popping
    41,300 jobs"): the number is sold instead of stated. Quoted speech, names (a capitalised word
    inside a sentence) and bare years are skipped; an attribution does not excuse the word ("…
    an eye-popping 41,300 jobs, the bureau said": no statistics office writes "eye-popping")."""
    for m in _hyped_figure_pattern().finditer(doc.plain):
        if doc.in_quote(m.start()) or _YEAR.fullmatch(m.group("figure")):
            continue
        if m.group("word")[:1].isupper() and not _after_opening(doc, m.start()):
            continue
        yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})
