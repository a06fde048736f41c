"""Tone analyzers: does the reporter speak in their own voice, judge, and assert without a source?

News copy reports what people and documents say and leaves judgement to them; hyperpartisan
copy judges in the writer's own voice. The word checks read only the writer's voice: the body's
sentences that report no speech (:func:`lint.analyzers.sourcing.spoken_sentences`, the
sourcing analyzer's view of who says what) and, inside them, the words outside quotation marks;
the claim check asks whether a claim has a source near it
(:func:`lint.analyzers.sourcing.attributed_sentences`, which also counts a named source).
Word lists live in ``rules/data`` (``loaded-words.txt``, ``name-calling.txt``,
``reader-address.txt``, ``accusation-words.txt``, ``opinion-labels.txt``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

import regex

from lint.analyzers.headline import headline_features
from lint.analyzers.sourcing import attributed_sentences, spoken_sentences
from lint.analyzers.registry import OptionError, analyzer, option
from lint.analyzers.wording import headline_text, list_pattern, phrase_triggers
from lint.context import Context
from lint.document import Document, Span
from lint.findings import Hit
from lint.interview import FIRST_PERSON
from lint.patterns import LazyPattern
from lint.patterns import compile as compile_pattern
from lint.wordlists import word_list
from lint.patterns import alternation_source
from lint.textindex import register_triggers

if TYPE_CHECKING:  # a type only: the rule module needs the registry, which loads these modules
    from lint.rule import Rule

#: Front-matter keys whose value may name the piece's section or genre.
_LABEL_KEYS = ("type", "category", "categories", "section", "kind", "genre", "tags", "label")
_LABEL_SPLIT = LazyPattern(r"\s*[,;|/]\s*|\s*[\[\]]\s*")


@dataclass(frozen=True)
class Voice:
    """The writer's own voice: body sentences that attribute nothing, and the body's size."""

    sentences: tuple[Span, ...]
    body_words: int


def writer_voice(doc: Document) -> Voice:
    """Body sentences that say nothing about who says what they say (shared by the tone rules)."""

    def compute() -> Voice:
        flags = spoken_sentences(doc)
        body = doc.body_start
        own = tuple(s for s, attributed in zip(doc.sentences, flags) if s.start >= body and not attributed)
        return Voice(own, doc.count_words(body))

    return doc.memo("tone.voice", compute)


def voice_matches(doc: Document, rx: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
    """Matches of a pattern in the writer's voice, quotations left out."""
    index = doc.index
    for s in writer_voice(doc).sentences:
        for m in index.finditer(rx, s.start, s.end):
            if not doc.in_quote(m.start()):
                yield m


@dataclass(frozen=True)
class Corroboration:
    """Pooling of the writer's-voice evidence (:func:`corroborated`)."""

    points: float = option(6.0, "points of pooled evidence at which every signal is reported")
    families: int = option(2, "families of evidence the points must come from")


# -- TON001: loaded language ---------------------------------------------------------------------
@dataclass(frozen=True)
class LoadedLanguageOptions:
    """The options of the ``tone.loaded_language`` analyzer."""

    words: str = option("loaded-words.txt", "word list in rules/data")
    threshold: float = option(3.0, "loaded words per 1,000 words of the writer's voice")
    min_hits: int = option(2, "loaded words needed")
    corroboration: Corroboration | None = option(None, "pool the tone evidence (unset: no pooling)")


@analyzer("tone.loaded_language", options=LoadedLanguageOptions, fields=("count", "rate", "words"))
def loaded_language(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """Emotive and pejorative words in the writer's voice, above a rate per 1,000 words, or any
    of them in an article whose writer's voice is flagged on other grounds (:func:`corroborated`)."""
    opts = rule.options
    hits = _loaded_hits(doc, opts.words)
    words = max(writer_voice(doc).body_words, 1)
    rate = len(hits) * 1000 / words
    dense = len(hits) >= opts.min_hits and rate >= opts.threshold
    if not hits or not (dense or corroborated(doc, ctx, rule)):
        return
    distinct = sorted({m.group().lower() for m in hits})
    for m in hits:
        yield Hit(
            m.start(),
            m.end(),
            {"match": m.group(), "count": str(len(hits)), "rate": f"{rate:.1f}", "words": ", ".join(distinct[:6])},
        )


def _loaded_hits(doc: Document, words: str = "loaded-words.txt") -> list[regex.Match[str]]:
    return doc.memo(f"tone.loaded:{words}", lambda: list(voice_matches(doc, list_pattern(words))))


# -- TON002: name-calling ------------------------------------------------------------------------
@dataclass(frozen=True)
class NameCallingOptions:
    """The options of the ``tone.name_calling`` analyzer."""

    words: str = option("name-calling.txt", "list of labels and nicknames in rules/data")


@analyzer("tone.name_calling", options=NameCallingOptions)
def name_calling(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """A pejorative label or nickname for a person or group in the writer's voice: a label of
    ``name-calling.txt``, or an insulting modifier before a noun for people ("bumbling
    bureaucrats")."""
    for m in _name_calling_hits(doc, rule.options.words):
        yield Hit(m.start(), m.end(), {"match": m.group()})


@cache
def _labelled_group() -> regex.Pattern[str]:
    """An insulting modifier, at most one other word, then a noun for people."""
    mods = alternation_source(word_list("insult-modifiers.txt"))
    targets = alternation_source(word_list("insult-targets.txt"))
    rx = compile_pattern(rf"(?:{mods})(?:\s+[\p{{L}}\-]+)?\s+(?:{targets})(?![\p{{L}}\-])", regex.I)
    return register_triggers(rx, phrase_triggers(word_list("insult-modifiers.txt")))


def _name_calling_hits(doc: Document, words: str = "name-calling.txt") -> list[regex.Match[str]]:
    def compute() -> list[regex.Match[str]]:
        found = list(voice_matches(doc, list_pattern(words))) + list(voice_matches(doc, _labelled_group()))
        found.sort(key=lambda m: m.start())
        kept: list[regex.Match[str]] = []
        for m in found:
            if not kept or m.start() >= kept[-1].end():
                kept.append(m)
        return kept

    return doc.memo(f"tone.names:{words}", compute)


# -- TON003: opinion presented as news -----------------------------------------------------------
#: Lower case or capitalised, never in capitals: "US" is the country, not "us".
_WE = LazyPattern(r"(?<![\p{L}'’])(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urselves)(?![\p{L}'’])")
_YOU = LazyPattern(r"(?<![\p{L}'’])(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Yy]ourselves)(?![\p{L}'’])")
_QUESTION = LazyPattern(r"\?[\"”’')\]]*\s*$")
_EXCLAIM = LazyPattern(r"!+[\"”’')\]]*\s*$")

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
        for kind, rx in (("first-person", FIRST_PERSON), ("we", _WE), ("you", _YOU), ("address", address)):
            for m in doc.index.finditer(rx, s.start, s.end):
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


def _opinion_points(
    doc: Document, ctx: Context, weights: Mapping[str, Any] | None = None
) -> tuple[list[tuple[str, int, int]], float]:
    """The opinion signals of an unlabelled piece and their points (none for a labelled one)."""
    if labelled_opinion(doc, opinion_labels(ctx)) is not None:
        return [], 0.0
    table = {**DEFAULT_WEIGHTS, **(weights or {})}
    signals = doc.memo("tone.opinion_signals", lambda: _opinion_signals(doc))
    return signals, sum(float(table[k]) for k, _, _ in signals)


@dataclass(frozen=True)
class OpinionOptions:
    """The options of the ``tone.opinion_as_news`` analyzer."""

    threshold: float = option(6.0, "points of opinion signals at which the rule fires")
    min_kinds: int = option(2, "kinds of signal needed")
    weights: Mapping[str, float] = option(DEFAULT_WEIGHTS, "points per signal (a table that names some keeps the others)")
    corroboration: Corroboration | None = option(None, "pool the tone evidence (unset: no pooling)")

    def __post_init__(self) -> None:
        for key in self.weights:
            if key not in DEFAULT_WEIGHTS:
                raise OptionError(f"options.weights.{key}", f"unknown signal; known: {', '.join(DEFAULT_WEIGHTS)}")


@analyzer("tone.opinion_as_news", options=OpinionOptions, fields=("kind", "count", "points", "kinds"))
def opinion_as_news(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """The writer's opinions in a news body: first person, talking to the reader, rhetorical
    questions and exclamations, worth ``threshold`` points and of ``min_kinds`` kinds (or any of
    them in an article flagged on other grounds too), with no label that marks the piece as
    opinion."""
    opts = rule.options
    signals, points = _opinion_points(doc, ctx, opts.weights)
    if not signals:
        return
    kinds = {k for k, _, _ in signals}
    strong = points >= opts.threshold and len(kinds) >= opts.min_kinds
    if not (strong or corroborated(doc, ctx, rule)):
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
_QUANTITY = LazyPattern(
    r"(?<![\p{L}\p{N}])(?:[$£€][ \u00a0]?\p{N}[\p{N},.]*(?:[ \u00a0]*(?:million|billion|trillion))?"
    r"|\p{N}[\p{N},.]*[ \u00a0]*(?:%|percent|per cent|million|billion|trillion)(?![\p{L}]))"
)


#: A count out of a whole: "14 of the chain's kitchens", "9 out of 10 residents".
_COUNT_OF = LazyPattern(r"(?<![\p{L}\p{N},.])\p{N}[\p{N},]*\s+(?:of|out\s+of)\s+(?:the|its|their|his|her|\p{N})", regex.I)


@cache
def _figures() -> tuple[regex.Pattern[str], ...]:
    """Every mark of a figure: money, percentages, hedged numbers ("more than 60"), counts out
    of a whole ("14 of the 30"), quantities in words ("four in ten", ``quantity-words.txt``)."""
    hedges = alternation_source(word_list("number-hedges.txt"))
    hedged = compile_pattern(rf"(?:{hedges})\s+\p{{N}}[\p{{N}},.]*(?![\p{{N}}])", regex.I)
    register_triggers(hedged, phrase_triggers(word_list("number-hedges.txt")))
    return (_QUANTITY, hedged, _COUNT_OF, list_pattern("quantity-words.txt"))


def _claim_in(doc: Document, s: Span, markers: tuple[regex.Pattern[str], ...]) -> regex.Match[str] | None:
    """The first factual-claim marker of a sentence outside quotation marks."""
    for rx in markers:
        for m in doc.index.finditer(rx, s.start, s.end):
            if not doc.in_quote(m.start()):
                return m
    return None


def _bare_claims(doc: Document, markers: tuple[regex.Pattern[str], ...], window: int) -> tuple[list[regex.Match[str]], int]:
    """Claims with no attribution in their sentence or ``window`` sentences around it, and the
    number of claims in all."""
    flags = attributed_sentences(doc)
    claims, bare = 0, []
    for i, s in enumerate(doc.sentences):
        if s.start < doc.body_start:
            continue
        m = _claim_in(doc, s, markers)
        if m is None:
            continue
        claims += 1
        if not any(flags[j] for j in range(max(0, i - window), min(len(flags), i + window + 1))):
            bare.append(m)
    return bare, claims


def _accusations(doc: Document) -> tuple[regex.Pattern[str], ...]:
    return (list_pattern("accusation-words.txt"),)


@dataclass(frozen=True)
class UnsourcedClaimsOptions:
    """The options of the ``tone.unsourced_claims`` analyzer."""

    words: str = option("accusation-words.txt", "accusation list in rules/data")
    min_claims: int = option(2, "claims with no source needed")
    min_share: float = option(0.75, "share of the article's claims that must have no source")
    window: int = option(1, "sentences either side searched for a source")
    quantities: bool = option(False, "count figures (money, percentages, counts) as claims too")
    corroborated_window: int = option(0, "the window when the writer's voice is flagged on other grounds")
    corroboration: Corroboration | None = option(None, "pool the tone evidence (unset: no pooling)")


@analyzer("tone.unsourced_claims", options=UnsourcedClaimsOptions, fields=("count", "claims"))
def unsourced_claims(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """Many accusations (and, with ``quantities = true``, figures) with no attribution in their
    sentence or the sentences beside it, making up most of the article's claims; in an article
    whose writer's voice is flagged on other grounds, every accusation or figure whose own
    sentence attributes nothing."""
    opts = rule.options
    markers: tuple[regex.Pattern[str], ...] = (list_pattern(opts.words),)
    if opts.quantities:
        markers += _figures()
    bare, claims = _bare_claims(doc, markers, opts.window)
    if len(bare) < opts.min_claims or len(bare) < opts.min_share * claims:
        if not corroborated(doc, ctx, rule):
            return
        bare, claims = _bare_claims(doc, markers + _figures(), opts.corroborated_window)
    for m in bare:
        yield Hit(m.start(), m.end(), {"match": m.group(), "count": str(len(bare)), "claims": str(claims)})


# -- corroboration: the article's writer's voice as a whole ------------------------------------------
@dataclass(frozen=True)
class Evidence:
    """Points of writer's-voice evidence by family (headline, loaded, names, opinion, accusations)."""

    points: Mapping[str, float]

    @property
    def total(self) -> float:
        return sum(self.points.values())


def voice_evidence(doc: Document, ctx: Context) -> Evidence:
    """What the article's writer's voice shows, family by family: the sensational headline's
    points, one point per distinct loaded word, 3 per name-calling label, the opinion signals'
    points capped per kind (:data:`POOLED_OPINION_CAP`; none in a piece labelled as opinion), one
    point per accusation with no source in its own sentence."""

    def compute() -> Evidence:
        points = {
            "headline": float(sum(f.points for f in headline_features(doc))),
            "loaded": float(len({m.group().lower() for m in _loaded_hits(doc)})),
            "names": 3.0 * len(_name_calling_hits(doc)),
            "opinion": _pooled_opinion(doc, ctx),
            "accusations": float(len(_bare_claims(doc, _accusations(doc), 0)[0])),
        }
        return Evidence({k: v for k, v in points.items() if v > 0})

    return doc.memo("tone.evidence", compute)


#: Most points each kind of opinion signal adds to the article's evidence: "you" and "we" are
#: common in features and how-to copy, so many of them still say little; every aside counts.
POOLED_OPINION_CAP = {"first-person": 3.0, "we": 1.0, "you": 2.0, "question": 2.0, "exclamation": 2.0}


def _pooled_opinion(doc: Document, ctx: Context) -> float:
    signals, _ = _opinion_points(doc, ctx)
    by_kind: dict[str, float] = {}
    for kind, _, _ in signals:
        by_kind[kind] = by_kind.get(kind, 0.0) + DEFAULT_WEIGHTS[kind]
    return sum(min(v, POOLED_OPINION_CAP.get(k, v)) for k, v in by_kind.items())


def corroborated(doc: Document, ctx: Context, rule: Rule) -> bool:
    """Whether the writer's voice is flagged as a whole: at least ``corroboration.points`` points
    of evidence from at least ``corroboration.families`` families (:func:`voice_evidence`). One
    loaded word or one question is ordinary in any article; in an article that also shouts in its
    headline, calls names or talks to the reader, each is part of the same pattern and is
    reported where it stands."""
    pooling = getattr(rule.options, "corroboration", None)
    if pooling is None:
        return False
    evidence = voice_evidence(doc, ctx)
    return evidence.total >= pooling.points and len(evidence.points) >= pooling.families
