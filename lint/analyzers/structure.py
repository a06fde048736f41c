"""Structure analyzers: does the article hold together as one edited piece?

These checks look at the shape of the text rather than at single phrases: a
headline that is pasted again into the body or that names somebody the body
never mentions, a text that stops mid-sentence, sentences and closing lists
that say again what the article already said, and headings that read like the
prompt the text was generated from. Passages are compared by their content
words (function words dropped, each word cut to a short stem), which is crude
but catches the paraphrases a generator produces when it restates itself.
"""

from __future__ import annotations


import math
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Iterable, Iterator

import regex

from lint.analyzers.places import related
from lint.analyzers.registry import analyzer, option
from lint.document import Block, Document, Span
from lint.findings import Hit
from lint.patterns import LazyPattern, longest_first
from lint.patterns import compile as compile_pattern
from lint.wordlists import word_list
from lint.patterns import alternation_source, phrase_source

if TYPE_CHECKING:  # a type only: the rule module needs the registry, which loads these modules
    from lint.rule import Rule

_WORD = LazyPattern(r"\p{L}[\p{L}'’\-]*")
_TWO_SENTENCES = LazyPattern(r"[.!?]\s+\p{Lu}")
_SPACES = LazyPattern(r"\s+")
#: Letters of a stem: enough to join "negotiation"/"negotiations", few enough to stay apart.
STEM = 6


# -- shared helpers -------------------------------------------------------------------------------
@cache
def _function_words() -> frozenset[str]:
    return word_list("function-words.txt")


def content_stems(text: str) -> frozenset[str]:
    """The stems of a passage's content words: what it is about, not how it is phrased."""
    out: set[str] = set()
    for word in _WORD.findall(text):
        out.update(_word_stems(word))
    return frozenset(out)


@cache
def _word_stems(word: str) -> tuple[str, ...]:
    """One word's content stems (none for a function word; a hyphenated word has several).
    Cached: the same few thousand words make up every sentence compared."""
    stop = _function_words()
    return tuple(part[:STEM] for part in word.lower().strip("'’-").split("-") if len(part) >= 3 and part not in stop)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller passage's content that the other one repeats (overlap coefficient)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _visible(doc: Document, span: Span | Block) -> str:
    return _SPACES.sub(" ", doc.plain[span.start : span.end]).strip()


# -- headline ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HeadlineRepeatedOptions:
    min_words: int = option(4, "words a headline needs before a repeat of it is reported")


@analyzer("structure.headline_repeated", options=HeadlineRepeatedOptions, fields=("headline_line",))
def headline_repeated(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Every other place the headline occurs verbatim, each pointing back at the headline."""
    head = doc.headline
    if head is None:
        return
    text = _visible(doc, head).rstrip(" ?!.:")
    if len(_WORD.findall(text)) < rule.options.min_words:
        return
    rx = regex.compile(phrase_source(text), regex.I)
    line = doc.line_col(head.start)[0]
    for m in rx.finditer(doc.plain):
        if head.start <= m.start() < head.end:
            continue
        yield Hit(
            m.start(),
            m.end(),
            {"match": m.group(), "headline_line": str(line)},
            related=(related(doc, head.start, head.end),),
        )


@cache
def _headline_patterns() -> tuple[regex.Pattern[str], ...]:
    name = r"(?P<name>\p{Lu}[\p{L}'’.\-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’.\-]+){0,2})"
    verbs = "|".join(longest_first(word_list("attribution-verbs.txt") | _HEADLINE_VERBS))
    return (
        # "Trump: Putin wants to end the war" — the speaker before a colon
        compile_pattern(rf"^\s*{name}\s*:"),
        # "… – Zelenskyy" — the speaker after a dash at the end
        compile_pattern(rf"[–—-]\s+{name}\s*[?!.]?\s*$"),
        # "Putin wants …", "Merkel says …"
        compile_pattern(rf"(?<![\p{{L}}'’]){name}\s+(?i:{verbs})\b"),
    )


_HEADLINE_VERBS = frozenset({"wants", "vows", "urges", "calls", "slams", "blasts", "denies", "rejects", "backs", "demands"})


def _mentioned(name_token: str, body: str) -> bool:
    """Whether a name appears in the body, allowing for inflection and transliteration.

    "Zelenskyy" matches "Zelensky", "Russia" matches "Russian": a word starting with
    the name minus its last two letters (at least four) counts as a mention.
    """
    stem = name_token[: max(4, len(name_token) - 2)]
    return regex.search(rf"(?<![\p{{L}}]){regex.escape(stem)}", body, regex.I) is not None


@dataclass(frozen=True)
class HeadlineNameOptions:
    min_body_words: int = option(80, "body words below which the rule stays silent")


@analyzer("structure.headline_name_missing", options=HeadlineNameOptions, fields=("headline",))
def headline_name_missing(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A person or organisation the headline presents as the speaker, absent from the body."""
    head = doc.headline
    if head is None:
        return
    headline = doc.plain[head.start : head.end]
    body = doc.plain[head.end :]
    if len(body.split()) < rule.options.min_body_words:
        return
    labels = word_list("headline-labels.txt")
    stop = _function_words()
    seen: set[str] = set()
    for rx in _headline_patterns():
        for m in rx.finditer(headline):
            name = m.group("name").strip(" .")
            if name.lower() in labels or name in seen:
                continue
            tokens = [t for t in regex.split(r"[\s\-]+", name) if len(t) >= 3 and t.lower() not in stop]
            if not tokens or any(_mentioned(t, body) for t in tokens):
                continue
            seen.add(name)
            start = head.start + m.start("name")
            yield Hit(
                start,
                start + len(name),
                {"match": name, "headline": _visible(doc, head)},
            )


# -- the end of the text ----------------------------------------------------------------------------
_CUT_MARKER = LazyPattern(r"(?:\[\+\d+\s+chars\]|\[…\]|\(…\)|…\s*\[?(?:read|continue)\s+(?:more|reading)\]?)\s*$", regex.I)
#: Matched from the end (REVERSE): searching forwards tried every letter of the block.
_LAST_WORD = LazyPattern(r"(\p{L}[\p{L}'’\-]*)[\s,;]*$", regex.REVERSE)


def _last_prose_block(doc: Document, min_words: int) -> Block | None:
    """The last body block long enough to be prose (short trailing chrome lines are skipped)."""
    for block in reversed(doc.body_blocks):
        if len(_WORD.findall(doc.plain[block.start : block.end])) >= min_words:
            return block
    return None


def _last_sentence(doc: Document, block: Block) -> Span:
    inside = [s for s in doc.sentences if block.start <= s.start < block.end]
    return inside[-1] if inside else Span(block.start, block.end)


@dataclass(frozen=True)
class TruncatedEndingOptions:
    min_words: int = option(8, "words of the last prose block before it is judged")
    min_sentence_words: int = option(12, "words of a last sentence ending on a lowercase word that make it cut off")


@analyzer("structure.truncated_ending", options=TruncatedEndingOptions, fields=("why",))
def truncated_ending(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """The article's last prose block stops mid-sentence, or carries a scraper's cut marker."""
    block = _last_prose_block(doc, rule.options.min_words)
    if block is None:
        return
    text = doc.plain[block.start : block.end].rstrip()
    sentence = _last_sentence(doc, block)
    if _CUT_MARKER.search(text):
        yield Hit(sentence.start, block.end, {"match": doc.text[sentence.start : block.end], "why": "a cut marker"})
        return
    m = _LAST_WORD.search(text)
    if m is None or text[-1] in ".!?…\"”’')]:":
        return
    last = m.group(1)
    words = _WORD.findall(doc.plain[sentence.start : sentence.end])
    # A lowercase last word means a sentence in progress; a capitalised one is a credit line
    # ("Reporting by …/Editing by …") or a title-case heading, which end without a full stop.
    # Short unpunctuated tails are mostly pasted link text ("X aims to undo Y's lead on Z").
    if last[0].islower() and len(words) >= rule.options.min_sentence_words:
        yield Hit(sentence.start, block.end, {"match": doc.text[sentence.start : block.end], "why": f"“…{last}”"})


# -- repetition ---------------------------------------------------------------------------------------
def _body_sentences(doc: Document, min_stems: int) -> list[tuple[Span, frozenset[str]]]:
    out = []
    for s in doc.sentences:
        if s.start < doc.body_start or doc.in_quote(s.start):
            continue
        stems = content_stems(doc.plain[s.start : s.end])
        if len(stems) >= min_stems:
            out.append((s, stems))
    return out


def _facts(text: str) -> frozenset[str]:
    """Numbers and capitalised words after the first: the who and how-much of a sentence."""
    words = _TOKEN.findall(text)
    return frozenset(w.lower() for w in words[1:] if w[0].isupper() or w[0].isdigit())


_TOKEN = LazyPattern(r"[\p{L}\p{N}][\p{L}\p{N}.,'’\-]*(?<![.,])")


@dataclass(frozen=True)
class NearDuplicateOptions:
    min_overlap: float = option(0.6, "share of content words two nearby sentences must have in common")
    min_overlap_far: float = option(0.85, "share of content words two sentences anywhere must have in common")
    window: int = option(2, "sentences apart that count as nearby")
    min_stems: int = option(7, "content words a sentence needs to be compared")


@analyzer("structure.near_duplicate_sentence", options=NearDuplicateOptions, fields=("other_line", "share"))
def near_duplicate_sentence(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A sentence that says again, in nearly the same words, what a sentence just before it said.

    Two sentences count as one said twice when they are at most ``window`` sentences apart,
    share ``min_overlap`` of their content words, are of similar length, and name the same
    people and numbers (or both none): parallel sentences about different players or figures ("X averages
    28 points…", "Y averages 20 points…") are reporting, not repetition. Sentences anywhere
    in the text that share ``min_overlap_far`` of their content are reported too. Verbatim
    repeats of whole lines are left to the repeated-line rule.
    """
    opts = rule.options
    near, far = opts.min_overlap, opts.min_overlap_far
    window = opts.window
    sentences = _body_sentences(doc, opts.min_stems)
    facts: dict[int, frozenset[str]] = {}

    def facts_of(k: int) -> frozenset[str]:
        if k not in facts:
            span = sentences[k][0]
            facts[k] = _facts(doc.plain[span.start : span.end])
        return facts[k]

    for i, candidates in enumerate(_candidates(sentences, window, far)):
        later, stems = sentences[i]
        best: tuple[float, Span] | None = None
        for j in candidates:
            earlier, other = sentences[j]
            if min(len(stems), len(other)) < _LENGTH_RATIO * max(len(stems), len(other)):
                continue  # checked first: it is cheap and rules out most pairs
            score = overlap(stems, other)
            if score < (near if i - j <= window else far) or (best is not None and score <= best[0]):
                continue
            a, b = facts_of(i), facts_of(j)
            if bool(a) == bool(b) and (a <= b or b <= a):
                best = (score, earlier)
                if score >= 1.0:
                    break  # nothing later can score higher, and ties go to the earliest
        if best is None:
            continue
        earlier = best[1]
        if _visible(doc, earlier).casefold() == _visible(doc, later).casefold() and _whole_line(doc, later):
            continue
        yield Hit(
            later.start,
            later.end,
            {"match": doc.text[later.start : later.end], "other_line": str(doc.line_col(earlier.start)[0]),
             "share": f"{100 * best[0]:.0f}"},
            related=(related(doc, earlier.start, earlier.end),),
        )


#: Two sentences whose content-word counts differ by more than this ratio are never compared.
_LENGTH_RATIO = 0.7
#: How many earlier sentences sharing a rare word with a sentence are compared with it, the
#: nearest first (a bound only a text of thousands of near-identical sentences reaches).
_MAX_POSTINGS = 50


def _candidates(sentences: list[tuple[Span, frozenset[str]]], window: int, far: float) -> Iterator[list[int]]:
    """For each sentence, the earlier ones that can be its near-duplicate, in text order.

    Linear in practice instead of every pair (prefix filtering, as in set-similarity joins):
    words are ordered rarest first; a pair sharing ``far`` of the smaller sentence's words,
    within ``_LENGTH_RATIO`` in size, must share a word among the first
    ``n - ceil(far * ratio * n) + 1`` of each sentence's words, so only sentences indexed
    under those words (and the ``window`` sentences just before) are candidates.
    """
    frequency: dict[str, int] = {}
    for _, stems in sentences:
        for w in stems:
            frequency[w] = frequency.get(w, 0) + 1
    postings: dict[str, list[int]] = {}
    for i, (_, stems) in enumerate(sentences):
        ordered = sorted(stems, key=lambda w: (frequency[w], w))
        need = max(1, math.ceil(far * _LENGTH_RATIO * len(ordered) - 1e-9))
        prefix = ordered[: max(1, len(ordered) - need + 1)]
        found: set[int] = set()
        for w in prefix:
            found.update(postings.get(w, ())[-_MAX_POSTINGS:])
            postings.setdefault(w, []).append(i)
        yield sorted(found.union(range(max(0, i - window), i)) if len(found) <= _MAX_POSTINGS else
                     {*sorted(found)[-_MAX_POSTINGS:], *range(max(0, i - window), i)})


def _whole_line(doc: Document, span: Span) -> bool:
    """Whether a sentence is alone on its line: only white space between it and the line
    breaks around it (looked at from the sentence outwards, so a sentence inside a line of a
    million characters costs a step or two, not the line)."""
    plain = doc.plain
    if "\n" in plain[span.start : span.end].strip():
        return False
    i = span.start - 1
    while i >= 0 and plain[i] != "\n" and plain[i].isspace():
        i -= 1
    j = span.end
    while j < len(plain) and plain[j] != "\n" and plain[j].isspace():
        j += 1
    return (i < 0 or plain[i] == "\n") and (j == len(plain) or plain[j] == "\n")


def _list_runs(blocks: Iterable[Block]) -> list[list[Block]]:
    runs: list[list[Block]] = []
    current: list[Block] = []
    for block in blocks:
        if block.kind == "list":
            current.append(block)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


@dataclass(frozen=True)
class RecapListOptions:
    min_items: int = option(3, "restating items that make a list a recap")
    min_overlap: float = option(0.5, "share of an item's content words found in an earlier paragraph")
    min_items_labelled: int = option(2, "min_items under a heading that announces a summary")
    min_overlap_labelled: float = option(0.3, "min_overlap under a heading that announces a summary")


@analyzer("structure.recap_list", options=RecapListOptions, fields=("restated", "items"))
def recap_list(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A list whose items restate paragraphs that come before it: a summary of the text itself.

    Generators close with "key points" that repeat the article; an edited story does not
    summarise itself. Only sentence-length items are compared, so a table of contents
    (short headings) is not a recap.
    """
    opts = rule.options
    body = doc.body_blocks
    for run in _list_runs(body):
        labelled = _recap_heading(doc, body, run[0])
        # under a heading that announces a summary ("Key takeaways", "In summary") a shorter
        # list that restates less is enough: the heading says what the list is for
        min_items = opts.min_items_labelled if labelled else opts.min_items
        threshold = opts.min_overlap_labelled if labelled else opts.min_overlap
        min_stems = 3 if labelled else 6
        items = [b for b in run if len(content_stems(doc.plain[b.start : b.end])) >= min_stems]
        before = [b for b in body if b.end <= run[0].start and b.kind == "paragraph"]
        if len(items) < min_items or not before:
            continue
        para_stems = [(b, content_stems(doc.plain[b.start : b.end])) for b in before]
        matched: list[tuple[Block, Block]] = []
        for item in items:
            stems = content_stems(doc.plain[item.start : item.end])
            score, para = max(((overlap(stems, s), b) for b, s in para_stems), key=lambda x: x[0])
            if score >= threshold:
                matched.append((item, para))
        if len(matched) >= min_items and len(matched) * 2 >= len(items):
            first = run[0]
            yield Hit(
                first.start,
                first.end,
                {"match": doc.text[first.start : first.end], "restated": str(len(matched)), "items": str(len(items))},
                related=tuple(related(doc, p.start, p.end) for _, p in matched[:5]),
            )


@cache
def _recap_label() -> regex.Pattern[str]:
    """A heading that announces a recap (rules/data/recap-labels.txt): "Key Takeaways", "In summary:"."""
    return compile_pattern(rf"^(?:the\s+)?(?:{alternation_source(word_list('recap-labels.txt'))})\s*:?$", regex.I)


def _recap_heading(doc: Document, body: list[Block], first: Block) -> bool:
    """Whether the block just before a list announces a summary ("## Key Takeaways", "In summary:")."""
    prev = [b for b in body if b.end <= first.start]
    if not prev:
        return False
    text = _visible(doc, prev[-1]).strip(" *_#")
    return bool(_recap_label().match(text))


# -- headings -------------------------------------------------------------------------------------------
_INTERROGATIVE = LazyPattern(
    r"^(?:how|what|why|who|where|when|in\s+what\s+ways?|to\s+what\s+extent|which|could|can|will|should|would|is|are|was|were|"
    r"does|do|did|has|have)\b",
    regex.I,
)


@dataclass(frozen=True)
class PromptQuestionOptions:
    min_words: int = option(12, "words of a standalone question reported in any case")
    min_title_words: int = option(6, "words of a standalone question reported when in title case")


@analyzer("structure.prompt_question", options=PromptQuestionOptions)
def prompt_question(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """An open question standing alone as a block: the prompt or outline item a text was written from.

    A long one (``min_words``) in any case; a shorter one (``min_title_words``) when it is set in
    title case, the way an outline item or a template's section title is, and never the short
    sentence-case subheads of explainers ("What happens next?").
    """
    min_words = rule.options.min_words
    min_title = rule.options.min_title_words
    for block in doc.body_blocks:
        if block.kind == "list":
            continue
        text = _visible(doc, block)
        if not text.endswith("?") or doc.in_quote(block.start) or not _INTERROGATIVE.match(text):
            continue
        words = _WORD.findall(text)
        if _TWO_SENTENCES.search(text[:-1]):
            continue
        if len(words) < min_words and not (len(words) >= min_title and title_case(words)):
            continue
        yield Hit(block.start, block.end, {"match": doc.text[block.start : block.end]})


def title_case(words: list[str]) -> bool:
    """Whether the content words of a line are capitalised, as in a title ("Why Does It Matter").

    Function words ("of", "the", "in") may stay in lower case; at least two thirds of the other
    words, and the last one, must be capitalised.
    """
    content = [w for w in words if w.lower() not in _function_words() or w[:1].isupper()]
    if len(content) < 3:
        return False
    caps = sum(w[:1].isupper() for w in content)
    return caps * 3 >= len(content) * 2 and content[-1][:1].isupper()


@dataclass(frozen=True)
class ShoutingHeadingOptions:
    min_letters: int = option(10, "letters a heading needs before its capitals count")
    min_words: int = option(2, "words a heading needs before its capitals count")


@analyzer("structure.shouting_heading", options=ShoutingHeadingOptions)
def shouting_heading(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A heading typed in capitals (acronyms and short labels aside)."""
    opts = rule.options
    min_letters = opts.min_letters
    for block in doc.body_blocks:
        text = _visible(doc, block)
        words = _WORD.findall(text)
        if block.kind != "heading" and not (len(words) <= 16 and "\n" not in doc.plain[block.start : block.end]):
            continue
        letters = [c for c in text if c.isalpha()]
        if len(letters) < min_letters or len(words) < opts.min_words:
            continue
        if sum(c.isupper() for c in letters) >= 0.9 * len(letters):
            yield Hit(block.start, block.end, {"match": doc.text[block.start : block.end]})
