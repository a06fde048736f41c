"""The generic rule kinds. Most rules are just configured instances of these.

Each kind turns a :class:`~lint.rulepack.Rule` and a document into hits. The
compiled matcher of a rule is built once per process and cached by code.
Matching always runs on ``doc.plain`` (same offsets as the file, markup
blanked), so a span found here is a span in the original file.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Callable, Iterable, Iterator

import regex

from lint.document import Document
from lint.findings import Hit, Related
from lint.patterns import LazyPattern
from lint.patterns import compile as compile_pattern
from lint.patterns import literals
from lint.phrases import PhraseIndex
from lint.prefilter import may_match
from lint.rulepack import Rule, pattern_flags

#: Seconds one pattern may spend on one file before it is abandoned, plus
#: :data:`REGEX_TIMEOUT_PER_MB` for every megabyte of text: a long article legitimately
#: takes longer, and a pattern that backtracks catastrophically takes far longer still.
REGEX_TIMEOUT = 2.0
REGEX_TIMEOUT_PER_MB = 5.0


class RuleTimeout(Exception):
    """A rule's regular expression ran past :data:`REGEX_TIMEOUT` on a file."""


_phrase_indexes: dict[tuple[str, str], PhraseIndex] = {}
#: What may stand between the start of a line and a ``line_start`` phrase (indent, quote marks,
#: bullets, emphasis) and between a ``whole_line`` phrase and the end of its line.
_LINE_LEAD = re.compile(r"[ \t“\"‘'*_>•·—–-]*")
_LINE_TAIL = re.compile(r"[ \t”\"’'*_.!:—–-]*")


def _phrase_index(rule: Rule) -> PhraseIndex:
    key = (rule.source, rule.code)
    if key not in _phrase_indexes:
        _phrase_indexes[key] = PhraseIndex.build(rule.params["phrases"], rule.params.get("ignore_case", True))
    return _phrase_indexes[key]


def _at_line_start(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return _LINE_LEAD.fullmatch(text, line, start) is not None


def _at_line_end(text: str, end: int) -> bool:
    # looks only as far as the tail characters go, never to the end of a long line
    stop = _LINE_TAIL.match(text, end).end()  # type: ignore[union-attr] - the pattern matches empty
    return stop == len(text) or text[stop] == "\n"


def _patterns(rule: Rule) -> list[regex.Pattern[str]]:
    flags = pattern_flags(rule.params)
    return [compile_pattern(source, flags) for source in rule.params["patterns"]]


def _finditer(rx: regex.Pattern[str], text: str, rule: Rule) -> Iterator[regex.Match[str]]:
    limit = REGEX_TIMEOUT + REGEX_TIMEOUT_PER_MB * len(text) / 1_000_000
    try:
        yield from rx.finditer(text, timeout=limit)
    except TimeoutError:
        raise RuleTimeout(f"rule {rule.code}: pattern took longer than {limit:.2g}s and was stopped") from None


def _match_hit(m: regex.Match[str]) -> Hit:
    """A hit for a match; a group named ``hit`` narrows the reported span."""
    if "hit" in m.re.groupindex and m.start("hit") >= 0:
        return Hit(m.start("hit"), m.end("hit"), {"match": m.group("hit")})
    return Hit(m.start(), m.end(), {"match": m.group()})


_OPENING = LazyPattern(r"[\s“\"‘'(*_>•·-]*")


def _sentence_starts(doc: Document) -> frozenset[int]:
    """Offsets of the first word of every sentence (after quote marks and bullets)."""

    def compute() -> frozenset[int]:
        return frozenset(_OPENING.match(doc.plain, s.start).end() for s in doc.sentences)

    return doc.memo("kinds.sentence_starts", compute)


def phrase_matches(doc: Document, rule: Rule) -> Iterator[re.Match[str]]:
    """Matches of a phrase list, kept only at sentence starts when the rule says ``sentence_start``
    (a transition word opening a sentence is a habit; the same word mid-sentence is not)."""
    p, text = rule.params, doc.plain
    matches: Iterable[re.Match[str]] = _phrase_index(rule).finditer(doc)
    if p.get("whole_line"):
        matches = (m for m in matches if _at_line_start(text, m.start()) and _at_line_end(text, m.end()))
    elif p.get("line_start"):
        matches = (m for m in matches if _at_line_start(text, m.start()))
    if p.get("sentence_start"):
        starts = _sentence_starts(doc)
        matches = (m for m in matches if m.start() in starts)
    yield from matches


def _used_as_name(doc: Document, m: re.Match[str]) -> bool:
    """Whether a phrase match is capitalised inside a sentence: part of a name ("Paramount
    Pictures", "Vibrant Media"), not the stock word ("a paramount concern")."""
    return m.group()[:1].isupper() and m.start() not in _sentence_starts(doc)


@functools.cache
def attribution_index() -> PhraseIndex:
    """The attribution verbs ("said", "according to"), built once per process."""
    from lint.wordlists import word_list

    return PhraseIndex.build(sorted(word_list("attribution-verbs.txt") | {"according to"}), True)


def _attributed_sentences(doc: Document) -> list[tuple[int, int]]:
    """Spans of the sentences that attribute what they say ("…, the minister said"): an opinion
    there is the source's, even where the quotation marks were lost."""

    def compute() -> list[tuple[int, int]]:
        verbs = [m.start() for m in attribution_index().finditer(doc)]
        out = []
        for s in doc.sentences:
            i = bisect.bisect_left(verbs, s.start)
            if i < len(verbs) and verbs[i] < s.end:
                out.append((s.start, s.end))
        return out

    return doc.memo("kinds.attributed_sentences", compute)


def _in_attributed_sentence(doc: Document, offset: int) -> bool:
    spans = _attributed_sentences(doc)
    i = bisect.bisect_right(spans, (offset, len(doc.plain) + 1)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def phrase_kind(doc: Document, rule: Rule) -> Iterable[Hit]:
    skip_attributed = rule.params.get("skip_attributed", False)
    for m in phrase_matches(doc, rule):
        if skip_attributed and _in_attributed_sentence(doc, m.start()):
            continue
        yield _match_hit(m)


def _haystack(doc: Document, ignore_case: bool) -> str:
    """The text a pattern's required literals are looked up in (:mod:`lint.prefilter`)."""
    return doc.index.folded() if ignore_case else doc.plain


def pattern_matches(doc: Document, rule: Rule, rx: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
    """Every match of one of a rule's patterns over the text: the regex runs only when the text
    holds the literals each of its matches must contain (:func:`lint.prefilter.may_match`), and
    only where a match can begin when every match begins with one of a few literals
    (:meth:`lint.textindex.TextIndex.lead_matches`); the matches are those of a scan of the
    whole text."""
    if not may_match(literals(rx), _haystack(doc, bool(rx.flags & regex.I))):
        return
    limit = REGEX_TIMEOUT + REGEX_TIMEOUT_PER_MB * len(doc.plain) / 1_000_000
    led = doc.index.lead_matches(rx, timeout=limit)
    if led is None:
        yield from _finditer(rx, doc.plain, rule)
        return
    try:
        yield from led
    except TimeoutError:
        raise RuleTimeout(f"rule {rule.code}: pattern took longer than {limit:.2g}s and was stopped") from None


def pattern_kind(doc: Document, rule: Rule) -> Iterable[Hit]:
    skip_interview = rule.params.get("skip_interview", False)
    for rx in _patterns(rule):
        for m in pattern_matches(doc, rule, rx):
            if m.end() > m.start() and not (skip_interview and _in_interview(doc, m.start())):
                yield _match_hit(m)


def _in_interview(doc: Document, offset: int) -> bool:
    """``skip_interview``: whether a match is a turn of a Q&A interview (:mod:`lint.interview`)."""
    from lint.interview import in_interview  # start-up: only the rules that skip interviews need it

    return in_interview(doc, offset)


def density_kind(doc: Document, rule: Rule) -> Iterable[Hit]:
    """Every hit of a phrase list, but only when there are too many of them.

    One stock phrase proves nothing; a text dense with them does. The rate is
    per 1,000 words of the whole text, so length neither hides nor inflates it.
    """
    matches = [
        m
        for m in phrase_matches(doc, rule)
        if (rule.allow_quotes or not doc.in_quote(m.start()))
        and not (rule.params.get("skip_names") and _used_as_name(doc, m))
    ]
    # with ``distinct``, a phrase repeated counts once: one habit, not several
    count = len({m.group().lower() for m in matches}) if rule.params.get("distinct") else len(matches)
    words = max(doc.word_count, 1)
    rate = count * 1000 / words
    if count < rule.params.get("min_hits", 2) or rate < rule.params["threshold"]:
        return
    for m in matches:
        yield Hit(
            m.start(),
            m.end(),
            {"match": m.group(), "count": str(count), "rate": f"{rate:.1f}", "threshold": f"{rule.params['threshold']:g}"},
        )


_NORMALISE = LazyPattern(r"\s+")
_LETTER = LazyPattern(r"\p{L}")


def _units(doc: Document, unit: str) -> list[tuple[int, int]]:
    if unit == "paragraph":
        return [(b.start, b.end) for b in doc.body_blocks]
    if unit == "sentence":
        return [(s.start, s.end) for s in doc.sentences if s.start >= doc.body_start]
    out = []
    for ln in range(1, len(doc.line_starts) + 1):
        span = doc.line_span(ln)
        seg = doc.plain[span.start : span.end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((span.start + lead, span.start + len(seg.rstrip())))
    return out


#: The other occurrences a repetition finding names (the count says how many there are).
MAX_OTHERS = 10


#: How often a line the document takes for the headline must stand to count as a repeated
#: tagline (rule BPL007): twice is a headline repeated, three times a site's slogan.
TAGLINE_REPEATS = 3


def repetition_kind(doc: Document, rule: Rule) -> Iterable[Hit]:
    """Units (lines, paragraphs, sentences) that occur more than once verbatim.

    Every occurrence is reported and names the others, so whichever copy the
    editor looks at first, the finding says where the rest are.
    """
    min_chars = rule.params.get("min_chars", 20)
    headline = ""
    if rule.params.get("skip_headline", True) and doc.headline:
        headline = _NORMALISE.sub(" ", doc.plain[doc.headline.start : doc.headline.end]).strip().casefold()
    groups: dict[str, list[tuple[int, int]]] = {}
    for start, end in _units(doc, rule.params["unit"]):
        key = _NORMALISE.sub(" ", doc.plain[start:end]).strip().casefold()
        if len(key) >= min_chars and _LETTER.search(key):
            groups.setdefault(key, []).append((start, end))
    for key, spans in groups.items():
        # the headline said twice is the structure rules' (STR001); a line standing three times or
        # more is a site tagline even where the document took its first copy for the headline
        if len(spans) < (TAGLINE_REPEATS if key == headline else 2):
            continue
        places = [(doc.line_col(s), s, e) for s, e in spans]
        for (line, _), start, end in places:
            # name at most MAX_OTHERS other places: a line repeated a thousand times must not
            # cost a million references
            others = [(ln, col, s, e) for (ln, col), s, e in places[: MAX_OTHERS + 1] if s != start][:MAX_OTHERS]
            rest = len(spans) - 1 - len(others)
            yield Hit(
                start,
                end,
                {"match": doc.text[start:end], "count": str(len(spans)),
                 "other_lines": ", ".join(str(o[0]) for o in others) + (f" and {rest} more" if rest else "")},
                related=tuple(Related(doc.path, ln, col, doc.text[s:e][:80]) for ln, col, s, e in others),
            )


def metric_kind(doc: Document, rule: Rule) -> Iterable[Hit]:
    """One finding when a measured quantity leaves its bounds."""
    from lint.metrics import METRICS

    p = rule.params
    if doc.word_count < p.get("min_words", 0):
        return
    value = METRICS[p["metric"]](doc)
    low, high = p.get("min"), p.get("max")
    if value is None or ((low is None or value >= low) and (high is None or value <= high)):
        return
    anchor = doc.body_blocks[0] if doc.body_blocks else None
    start, end = (anchor.start, anchor.end) if anchor else (0, 0)
    yield Hit(
        start,
        min(end, start + 80) if end > start else end,
        {
            "match": doc.text[start : min(end, start + 80)],
            "value": f"{value:.1f}",
            "min": "" if low is None else f"{low:g}",
            "max": "" if high is None else f"{high:g}",
        },
    )


def analyzer_kind(doc: Document, rule: Rule, ctx: object) -> Iterable[Hit]:
    from lint.analyzers import get_analyzer

    return get_analyzer(rule.params["analyzer"])(doc, rule, ctx)


KINDS: dict[str, Callable[..., Iterable[Hit]]] = {
    "phrase": phrase_kind,
    "pattern": pattern_kind,
    "density": density_kind,
    "repetition": repetition_kind,
    "metric": metric_kind,
}


def run_kind(doc: Document, rule: Rule, ctx: object) -> Iterable[Hit]:
    """Dispatch a (non-corpus) rule to its kind."""
    if rule.kind == "analyzer":
        return analyzer_kind(doc, rule, ctx)
    return KINDS[rule.kind](doc, rule)
