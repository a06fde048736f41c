"""Tone analyzers: does the reporter speak in their own voice, judge, and assert without a source?

News copy reports what people and documents say and leaves judgement to them; hyperpartisan
copy judges in the writer's own voice. Every check here reads only the writer's voice: the body's
sentences that attribute nothing (:func:`lint.analyzers.sourcing.attributed_sentences`, the
sourcing analyzer's view of who says what) and, inside them, the words outside quotation marks.
Word lists live in ``rules/data`` (``loaded-words.txt``, ``name-calling.txt``,
``reader-address.txt``, ``accusation-words.txt``, ``opinion-labels.txt``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable, Iterator, Mapping

import regex

from lint.analyzers.sourcing import attributed_sentences
from lint.context import Context
from lint.document import Document, Span
from lint.findings import Hit
from lint.patterns import compile as compile_pattern
from lint.people import word_list
from lint.phrases import alternation_source
from lint.rulepack import Rule

#: Front-matter keys whose value may name the piece's section or genre.
_LABEL_KEYS = ("type", "category", "categories", "section", "kind", "genre", "tags", "label")
_LABEL_SPLIT = regex.compile(r"\s*[,;|/]\s*|\s*[\[\]]\s*")


@cache
def list_pattern(name: str) -> regex.Pattern[str]:
    """A ``rules/data`` word list as one case-insensitive pattern on word boundaries."""
    return compile_pattern(rf"(?:{alternation_source(word_list(name))})", regex.I)


def options(rule: Rule) -> Mapping[str, Any]:
    return rule.params.get("options", {})


def headline_text(doc: Document) -> str:
    """The headline as the reader sees it: the masked view blanks a front-matter title, so the
    original text is read when the masked one is empty (both have the same length)."""
    head = doc.headline
    if head is None:
        return ""
    shown = doc.plain[head.start : head.end]
    return shown if shown.strip() else doc.text[head.start : head.end]


@dataclass(frozen=True)
class Voice:
    """The writer's own voice: body sentences that attribute nothing, and the body's size."""

    sentences: tuple[Span, ...]
    body_words: int


def writer_voice(doc: Document) -> Voice:
    """Body sentences that say nothing about who says what they say (shared by the tone rules)."""

    def compute() -> Voice:
        flags = attributed_sentences(doc)
        body = doc.body_start
        own = tuple(s for s, attributed in zip(doc.sentences, flags) if s.start >= body and not attributed)
        return Voice(own, doc.count_words(body))

    return doc.memo("tone.voice", compute)


def voice_matches(doc: Document, rx: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
    """Matches of a pattern in the writer's voice, quotations left out."""
    for s in writer_voice(doc).sentences:
        for m in rx.finditer(doc.plain, s.start, s.end):
            if not doc.in_quote(m.start()):
                yield m


# -- TON001: loaded language ---------------------------------------------------------------------
def loaded_language(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """Emotive and pejorative words in the writer's voice, above a rate per 1,000 words."""
    opts = options(rule)
    hits = list(voice_matches(doc, list_pattern(opts.get("words", "loaded-words.txt"))))
    words = max(writer_voice(doc).body_words, 1)
    rate = len(hits) * 1000 / words
    if len(hits) < int(opts.get("min_hits", 3)) or rate < float(opts.get("threshold", 4.0)):
        return
    distinct = sorted({m.group().lower() for m in hits})
    for m in hits:
        yield Hit(
            m.start(),
            m.end(),
            {"match": m.group(), "count": str(len(hits)), "rate": f"{rate:.1f}", "words": ", ".join(distinct[:6])},
        )


# -- TON002: name-calling ------------------------------------------------------------------------
def name_calling(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """A pejorative label or nickname for a person or group in the writer's voice."""
    for m in voice_matches(doc, list_pattern(options(rule).get("words", "name-calling.txt"))):
        yield Hit(m.start(), m.end(), {"match": m.group()})


# -- TON003: opinion presented as news -----------------------------------------------------------
_FIRST_PERSON = regex.compile(r"(?<![\p{L}\p{N}'’.-])(?:I(?:['’](?:m|ve|d|ll))?|me|my|myself|mine)(?![\p{L}\p{N}'’-])")
#: Lower case or capitalised, never in capitals: "US" is the country, not "us".
_WE = regex.compile(r"(?<![\p{L}'’])(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urselves)(?![\p{L}'’])")
_YOU = regex.compile(r"(?<![\p{L}'’])(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Yy]ourselves)(?![\p{L}'’])")
_QUESTION = regex.compile(r"\?[\"”’')\]]*\s*$")
_EXCLAIM = regex.compile(r"!+[\"”’')\]]*\s*$")

#: Signal kind -> how a finding names it.
_SIGNALS = {
    "first-person": "the writer's first person",
    "we": "the writer's 'we'",
    "you": "direct address to the reader",
    "address": "a columnist's aside to the reader",
    "question": "a rhetorical question",
    "exclamation": "an exclamation",
}


def opinion_labels(ctx: Context) -> frozenset[str]:
    """The labels that mark a piece as opinion: ``opinion-labels`` in the config, else the list
    in ``rules/data/opinion-labels.txt``."""
    configured = ctx.settings.get("tone", {}).get("opinion-labels")
    if configured is not None:
        return frozenset(label.strip().lower() for label in configured if label.strip())
    return word_list("opinion-labels.txt")


def labelled_opinion(doc: Document, labels: frozenset[str]) -> str | None:
    """The label that marks this piece as opinion, if any: a front-matter value, a headline
    label ("Opinion: …", "ANALYSIS - …") or a short heading before the body text."""
    for key in _LABEL_KEYS:
        value = doc.metadata.get(key)
        if value:
            for part in _LABEL_SPLIT.split(str(value).lower()):
                if part.strip(" '\"") in labels:
                    return part.strip(" '\"")
    places = [headline_text(doc)]
    places += [doc.plain[b.start : b.end] for b in doc.blocks[:4] if b.kind == "heading"]
    for text in places:
        text = text.strip().lower()
        for label in labels:
            if text == label or (text.startswith(label) and text[len(label) : len(label) + 3].strip()[:1] in (":", "-", "–", "—", "|")):
                return label
    return None


def _opinion_signals(doc: Document) -> list[tuple[str, int, int]]:
    plain = doc.plain
    found: list[tuple[str, int, int]] = []
    address = list_pattern("reader-address.txt")
    for s in writer_voice(doc).sentences:
        for kind, rx in (("first-person", _FIRST_PERSON), ("we", _WE), ("you", _YOU), ("address", address)):
            for m in rx.finditer(plain, s.start, s.end):
                if doc.in_quote(m.start()):
                    continue
                if kind == "first-person" and m.group() == "I" and _roman_numeral(plain, s.start, m.start()):
                    continue  # "World War I", "Elizabeth I": a numeral after a name, not the writer
                found.append((kind, m.start(), m.end()))
        tail = plain[s.start : s.end]
        if not doc.in_quote(s.end - 1):
            if _QUESTION.search(tail):
                found.append(("question", s.start, s.end))
            elif _EXCLAIM.search(tail):
                found.append(("exclamation", s.start, s.end))
    return found


def _roman_numeral(plain: str, start: int, at: int) -> bool:
    """Whether the "I" at ``at`` is a numeral: after "War", "Phase"…, or after a capitalised
    word that does not open the sentence ("Elizabeth I", but not "Then I")."""
    before = plain[start:at].split()
    if not before:
        return False
    prev = before[-1]
    return prev.lower() in word_list("numeral-nouns.txt") or (len(before) > 1 and prev.isalpha() and prev[:1].isupper())


#: Points per signal unless the rule's options say otherwise: an aside to the reader is rare in any
#: news copy, the first person a little less so, "we" common in features and sports copy.
DEFAULT_WEIGHTS = {"address": 4.0, "first-person": 1.5, "we": 0.5, "you": 1.0, "question": 1.0, "exclamation": 1.0}


def opinion_as_news(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """The writer's opinions in a news body: first person, talking to the reader, rhetorical
    questions and exclamations, worth ``threshold`` points and of ``min_kinds`` kinds, with no
    label that marks the piece as opinion."""
    opts = options(rule)
    if labelled_opinion(doc, opinion_labels(ctx)) is not None:
        return
    weights = {**DEFAULT_WEIGHTS, **opts.get("weights", {})}
    signals = _opinion_signals(doc)
    kinds = {k for k, _, _ in signals}
    points = sum(float(weights[k]) for k, _, _ in signals)
    if points < float(opts.get("threshold", 6)) or len(kinds) < int(opts.get("min_kinds", 2)):
        return
    names = ", ".join(_SIGNALS[k] for k in _SIGNALS if k in kinds)
    for kind, start, end in signals:
        yield Hit(
            start,
            end,
            {"match": doc.text[start:end], "kind": _SIGNALS[kind], "count": str(len(signals)), "points": f"{points:g}", "kinds": names},
        )


# -- TON004: claims without a source -------------------------------------------------------------
#: A quantity: a sum of money, a percentage, millions ("$4 million", "43 percent", "2.6 trillion").
_QUANTITY = regex.compile(
    r"(?<![\p{L}\p{N}])(?:[$£€][ \u00a0]?\p{N}[\p{N},.]*(?:[ \u00a0]*(?:million|billion|trillion))?"
    r"|\p{N}[\p{N},.]*[ \u00a0]*(?:%|percent|per cent|million|billion|trillion)(?![\p{L}]))"
)


def _claim_in(doc: Document, s: Span, markers: tuple[regex.Pattern[str], ...]) -> regex.Match[str] | None:
    """The first factual-claim marker of a sentence outside quotation marks."""
    for rx in markers:
        for m in rx.finditer(doc.plain, s.start, s.end):
            if not doc.in_quote(m.start()):
                return m
    return None


def unsourced_claims(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """Many accusations (and, with ``quantities = true``, figures) with no attribution in their
    sentence or the sentences beside it, making up most of the article's claims."""
    opts = options(rule)
    window = int(opts.get("window", 1))
    markers: tuple[regex.Pattern[str], ...] = (list_pattern(opts.get("words", "accusation-words.txt")),)
    if opts.get("quantities", False):
        markers += (_QUANTITY,)
    flags = attributed_sentences(doc)
    body = [(i, s) for i, s in enumerate(doc.sentences) if s.start >= doc.body_start]
    claims, bare = 0, []
    for i, s in body:
        m = _claim_in(doc, s, markers)
        if m is None:
            continue
        claims += 1
        near = any(flags[j] for j in range(max(0, i - window), min(len(flags), i + window + 1)))
        if not near:
            bare.append(m)
    if len(bare) < int(opts.get("min_claims", 4)) or len(bare) < float(opts.get("min_share", 0.5)) * claims:
        return
    for m in bare:
        yield Hit(m.start(), m.end(), {"match": m.group(), "count": str(len(bare)), "claims": str(claims)})
