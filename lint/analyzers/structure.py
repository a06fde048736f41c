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
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

import regex

from lint.analyzers.places import related
from lint.analyzers.registry import analyzer, option
from lint.document import Block, Document, Span
from lint.findings import Hit
from lint.gazetteer import initials, is_demonym, is_given_name, is_place
from lint.patterns import LazyPattern, longest_first
from lint.patterns import compile as compile_pattern
from lint.wordlists import is_english_form, is_known_proper_noun, word_list
from lint.patterns import alternation_source, phrase_source, transient

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


@lru_cache(maxsize=1 << 15)
def _word_stems(word: str) -> tuple[str, ...]:
    """One word's content stems (none for a function word; a hyphenated word has several).
    Cached: the same few thousand words make up every sentence compared; bounded, as a
    corpus's vocabulary keeps growing."""
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
def _headline_view(doc: Document, head: Span) -> str:
    """The headline's characters, offset for offset: the masked view, or the file itself for a
    front-matter ``title:`` (which the masked view blanks as markup)."""
    shown = doc.plain[head.start : head.end]
    return shown if shown.strip() else doc.text[head.start : head.end]


@dataclass(frozen=True)
class HeadlineRepeatedOptions:
    """The options of the ``structure.headline_repeated`` analyzer."""

    min_words: int = option(4, "words a headline needs before a repeat of it is reported")
    articles_between: bool = option(True, "a repeat may have an article put back between two of the headline's words")


@analyzer("structure.headline_repeated", options=HeadlineRepeatedOptions, fields=("headline_line",))
def headline_repeated(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Every other place the headline occurs verbatim, each pointing back at the headline."""
    head = doc.headline
    if head is None:
        return
    text = _SPACES.sub(" ", _headline_view(doc, head)).strip().strip("\"“”'‘’").rstrip(" ?!.:")
    if len(_WORD.findall(text)) < rule.options.min_words:
        return
    line = doc.line_col(head.start)[0]
    title_block = _title_heading(doc, head, text)
    seen: set[int] = set()
    starts = None

    def in_headline(at: int) -> bool:  # the headline itself, or the page's own title heading
        return head.start <= at < head.end or (title_block is not None and at in title_block)

    for variant in _headline_variants(text, rule.options.min_words):
        rx = transient(_loose_phrase(variant) if rule.options.articles_between else phrase_source(variant), regex.I)
        for m in rx.finditer(doc.plain):
            if in_headline(m.start()) or m.start() in seen:
                continue
            if variant is not text:  # the headline without its label counts where a paragraph opens with it
                starts = starts if starts is not None else {_visible_start(doc, b) for b in doc.body_blocks}
                if m.start() not in starts:
                    continue
            seen.add(m.start())
            yield _repeat_hit(doc, head, m, line)
    clause = _headline_clause(text, rule.options.min_words)
    if clause is None:
        return
    for m in transient(phrase_source(clause)).finditer(doc.plain):  # in the headline's own capitals
        if in_headline(m.start()) or any(abs(m.start() - k) < len(clause) for k in seen):
            continue
        seen.add(m.start())
        yield _repeat_hit(doc, head, m, line)


def _repeat_hit(doc: Document, head: Span, m: regex.Match[str], line: int) -> Hit:
    """The headline told again at ``m``, pointing back at the headline (on ``line``)."""
    return Hit(m.start(), m.end(), {"match": m.group(), "headline_line": str(line)}, related=(related(doc, head.start, head.end),))


#: Where a title-case headline's main clause ends: its last comma or dash ("…, Report Says").
_CLAUSE_END = LazyPattern(r"(?:,|\s[-–—])\s+[^,\-–—]+$")


def _headline_clause(text: str, min_words: int) -> str | None:
    """A title-case headline's main clause, without what follows its last comma or dash (an
    attribution: "…, Report Says", "… – Minister"), when it keeps ``min_words`` + 2 words and
    three capitalised words after the first: pasted into a sentence in the headline's own
    capitals ("The Global Snacks Market to Reach … study also notes …"), it is the headline
    again. Matched with its capitals, so a sentence-case story retelling the news is not."""
    m = _CLAUSE_END.search(text)
    if m is None:
        return None
    clause = text[: m.start()].strip()
    words = _WORD.findall(clause)
    if len(words) < min_words + 2 or sum(w[0].isupper() for w in words[1:]) < 3:
        return None
    return clause


def _visible_start(doc: Document, block: Block) -> int:
    """Where the first visible character of a block stands."""
    text = doc.plain[block.start : block.end]
    return block.start + len(text) - len(text.lstrip(" \t*_#>\"“"))


#: A short label before a headline's colon: "Live:", "Updated:", "Watch:", "Day 3:".
_HEAD_LABEL = LazyPattern(r"^[^:\n]{1,25}:[ \t]+(?=\S)")


def _headline_variants(text: str, min_words: int) -> list[str]:
    """The headline, and the headline without a short label before its colon (a live page's
    "Live: …", an update's "Updated: …"), which a template pastes into the body without it; that
    one counts only where a paragraph opens with it."""
    variants = [text]
    m = _HEAD_LABEL.match(text)
    if m is not None and len(_WORD.findall(m.group())) <= 3:
        rest = text[m.end() :]
        if len(_WORD.findall(rest)) >= min_words:
            variants.append(rest)
    return variants


#: A line marked up as a heading: "# Title" or "<h1>Title</h1>".
_TITLE_MARKUP = LazyPattern(r"[ \t]*(?:#{1,2}[ \t]|<h[12]\b)", regex.I)


def _loose_phrase(text: str) -> str:
    """The headline as a pattern that also matches it with an article put back between two of its
    words ("… Moves to a Four-Day Week" for "… Moves to Four-Day Week"): headlines drop articles,
    a headline pasted into a sentence gets them again."""
    words = text.split()
    article = r"(?:(?:a|an|the)\s+)?"
    return phrase_source(words[0]) + "".join(r"\s+" + article + phrase_source(w, bounded_start=False) for w in words[1:])


def _title_heading(doc: Document, head: Span, text: str) -> Span | None:
    """The page's own title heading under a front-matter ``title:`` ("# Same Title" as the first
    block of a Markdown post is how the page shows its title, not a pasted copy)."""
    if doc.plain[head.start : head.end].strip() or not doc.body_blocks:
        return None
    first = doc.body_blocks[0]
    marked = _TITLE_MARKUP.match(doc.text, _line_start(doc, first.start), first.start + 1)
    if marked and first.kind == "heading" and _visible(doc, first).rstrip(" ?!.:").casefold() == text.casefold():
        return Span(first.start, first.end)
    return None


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


def _story_below(doc: Document, head: Span, headline: str) -> str:
    """The masked text under the headline, without the headline shown again as a block of its own
    (a front-matter ``title:`` over a ``## Same Title``, a ``<title>`` over its ``<h1>``): a copy
    of the headline is not the story mentioning what the headline names."""
    wanted = _WORD.findall(headline.casefold())
    body = doc.plain[head.end :]
    for block in doc.blocks:
        if block.start >= head.end and _WORD.findall(doc.plain[block.start : block.end].casefold()) == wanted:
            lo, hi = block.start - head.end, block.end - head.end
            body = body[:lo] + " " * (hi - lo) + body[hi:]
    return body


def _mentioned(name_token: str, body: str) -> bool:
    """Whether a name appears in the body, allowing for inflection and transliteration.

    "Zelenskyy" matches "Zelensky", "Russia" matches "Russian": a word starting with
    the name minus its last two letters (at least four) counts as a mention.
    """
    return _starts_a_word(name_token[: max(4, len(name_token) - 2)], body)


def _starts_a_word(stem: str, body: str) -> bool:
    """Whether a word of the body starts with ``stem`` (any case)."""
    return transient(rf"(?<![\p{{L}}]){regex.escape(stem)}", regex.I).search(body) is not None


_ABBREVIATION = LazyPattern(r"^(?:\p{Lu}\.)+\p{Lu}?\.?$")
_HEAD_TOKEN = LazyPattern(r"\p{L}[\p{L}'’.\-]*")


@cache
def _name_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(heads that close a name, heads that open one) from ``name-heads.txt``."""
    words = word_list("name-heads.txt")
    opening = frozenset(w.split(":", 1)[1].strip() for w in words if w.startswith("open:"))
    return frozenset(w for w in words if ":" not in w), opening


@cache
def _titles() -> frozenset[str]:
    return frozenset(w for w in word_list("office-titles.txt") | word_list("person-titles.txt") if "=" not in w)


def _subject_name(headline: str) -> tuple[int, int] | None:
    """Where the name a headline opens with is, when its shape says it is a name.

    The headline's leading run of capitalised words is cut at a title ("Mayor Hollis Vant
    Unveils …": the name after it), a given name ("Dario Feltz Out at …": it and the next word), or
    a firm's or place's head noun ("Velmora Foods Chief …", "Lake Orrin Residents …": the words
    before or after it). A run with none of these says nothing about who the headline names.
    """
    tokens = list(_HEAD_TOKEN.finditer(headline))
    stop = _function_words()
    run: list[regex.Match[str]] = []
    for m in tokens:
        if not m.group()[0].isupper() or m.group().lower() in stop:
            break
        run.append(m)
    if len(run) < 2:
        return None
    words = [m.group().rstrip(".").lower() for m in run]
    closing, opening = _name_heads()
    i = 0
    while i < len(run) - 1 and words[i] in _titles():
        i += 1
    if i > 0:
        if run[i].group().isupper():
            return None  # "Former GOP Rep …": an acronym of a party or a body, not the person
        end = i + 2 if is_given_name(run[i].group()) and i + 1 < len(run) else i + 1
        return run[i].start(), run[end - 1].end()
    if is_given_name(run[0].group()) and not is_place(run[0].group()) and words[0] not in word_list("name-words.txt"):
        return run[0].start(), run[1].end()
    if words[0] in opening:
        return run[1].start(), run[1].end()
    for k in range(1, min(len(run), 4)):
        if words[k] in closing:
            return run[0].start(), run[k - 1].end()
    return _described_name(run, words)


def _described_name(run: list[regex.Match[str]], words: list[str]) -> tuple[int, int] | None:
    """A full name after one or two describing words ("Olympian Ruth Chebet Shatters …", "Teen
    Chess Prodigy Maya Lind Wins …"): a given name (not a place, not a common word of names)
    second or third in the run, with the capitalised word after it as the surname."""
    common = word_list("name-words.txt")
    for k in (1, 2):
        if k + 1 < len(run) and is_given_name(run[k].group()) and not is_place(run[k].group()) \
                and words[k] not in common and not run[k].group().isupper():
            return run[k].start(), run[k + 1].end()
    return None


@dataclass(frozen=True)
class HeadlineNameOptions:
    """The options of the ``structure.headline_name_missing`` analyzer."""

    min_body_words: int = option(80, "body words below which the rule stays silent")
    subject_names: bool = option(True, "also the name a title-case headline opens with (after a title, a given name, or beside a firm's or place's head noun)")


@analyzer("structure.headline_name_missing", options=HeadlineNameOptions, fields=("headline",))
def headline_name_missing(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A person or organisation the headline presents as the speaker, absent from the body."""
    head = doc.headline
    if head is None:
        return
    headline = _headline_view(doc, head)
    body = _story_below(doc, head, headline)
    if len(body.split()) < rule.options.min_body_words:
        return
    labels = word_list("headline-labels.txt")
    stop = _function_words()
    seen: set[str] = set()
    for rx in _headline_patterns():
        for m in rx.finditer(headline):
            name = m.group("name").strip(" .")
            if name.lower() in labels or name in seen or name.lower() in _titles() or _ABBREVIATION.match(name):
                continue  # "Coach says …" names a role, "U.S. says …" a country by its initials
            if " " not in name and name[1:].islower() and is_english_form(name.lower()) \
                    and not (is_known_proper_noun(name) or is_given_name(name)):
                continue  # "Chipmaker warns …", "Insurer says …": a common noun, not a name
            if name.isupper() and _acronym_spelled(name, body):
                continue  # "…, IISS says" over "the International Institute for Strategic Studies said"
            tokens = [t for t in regex.split(r"[\s\-]+", name) if len(t) >= 3 and t.lower() not in stop]
            if not tokens or any(is_demonym(t) for t in tokens) or _name_mentioned(tokens, body):
                continue  # named in the body, or a nationality ("Fewer Britons say", "Danish PM's")
            seen.add(name)
            yield _headline_hit(doc, head, headline, m.start("name"), name, {"match": name, "headline": _visible(doc, head)})
    if seen or not rule.options.subject_names:
        return
    at = _subject_name(headline)
    if at is None:
        return
    name = headline[at[0] : at[1]].strip(" .")
    common = word_list("name-words.txt")  # "Central Bank …" names no one in particular
    tokens = [t for t in regex.split(r"[\s\-]+", name) if len(t) >= 3 and t.lower() not in stop | common]
    if tokens and name.lower() not in labels and not any(is_demonym(t) for t in tokens) \
            and not _name_mentioned([t.rstrip("'’s") for t in tokens], body):
        yield _headline_hit(doc, head, headline, at[0], name, {"match": name, "headline": _SPACES.sub(" ", headline).strip()})


def _name_mentioned(tokens: list[str], body: str) -> bool:
    """Whether the body mentions a name the headline gives: any of its words, or, when some of
    them are words no dictionary or gazetteer holds ("Crime Minister Halloran", "Telmora Named
    Best"), every one of those: the ordinary words beside an invented name ("crime", "best")
    turn up in any story and say nothing about whether the name does."""
    unknown = [t for t in tokens if t[:1].isupper() and t.isalpha() and len(t) >= 4 and not (
        is_english_form(t.lower()) or t.lower() in _titles() or is_known_proper_noun(t) or is_given_name(t)
        or is_place(t) or is_demonym(t) or t.isupper())]
    if unknown:
        return all(_mentioned(t, body) for t in unknown)
    return any(_mentioned(t, body) for t in tokens)


def _acronym_spelled(acronym: str, body: str) -> bool:
    """Whether the body writes out an acronym: a run of capitalised words whose initials, joining
    words left out, spell it ("International Institute for Strategic Studies" for IISS)."""
    want = acronym.upper()
    return any(want in initials(m.group()).upper() for m in _capitalised_run().finditer(body))


@cache
def _capitalised_run() -> regex.Pattern[str]:
    """Capitalised words joined by blanks and the small words names hold (``name-connectors.txt``)."""
    joins = alternation_source(word_list("name-connectors.txt"))
    return compile_pattern(rf"\p{{Lu}}[\p{{L}}'’\-]*(?:\s+(?:(?:{joins})\s+)*\p{{Lu}}[\p{{L}}'’\-]*)+")


def _headline_hit(doc: Document, head: Span, headline: str, at: int, name: str, values: dict[str, str]) -> Hit:
    """A hit on ``name`` at offset ``at`` of the headline; where a front-matter title is shown as the
    page's title heading, that heading (what the reader sees) is its related place."""
    start = head.start + at
    shown = _title_heading(doc, head, _SPACES.sub(" ", headline).strip().rstrip(" ?!.:"))
    idx = doc.text.find(headline, shown.start, shown.end) if shown is not None else -1
    also = (related(doc, idx + at, idx + at + len(name)),) if idx >= 0 else ()
    return Hit(start, start + len(name), values, related=also)


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
    """The options of the ``structure.truncated_ending`` analyzer."""

    min_words: int = option(8, "words of the last prose block before it is judged")
    min_sentence_words: int = option(12, "words of a last sentence ending on a lowercase word that make it cut off")
    min_dangling_words: int = option(5, "words of a last block, list items too, that stops on a word no sentence ends on (0: off)")


@analyzer("structure.truncated_ending", options=TruncatedEndingOptions, fields=("why",))
def truncated_ending(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """The article's last prose block stops mid-sentence, or carries a scraper's cut marker."""
    cut = _cut_short(doc, rule.options.min_dangling_words, rule.options.min_sentence_words)
    if cut is not None:
        yield cut
        return
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
    words = _WORD.findall(_last_item(doc.plain[sentence.start : sentence.end]))
    # A lowercase last word means a sentence in progress; a capitalised one is a credit line
    # ("Reporting by …/Editing by …") or a title-case heading, which end without a full stop.
    # Short unpunctuated tails are mostly pasted link text ("X aims to undo Y's lead on Z").
    if last[0].islower() and len(words) >= rule.options.min_sentence_words:
        yield Hit(sentence.start, block.end, {"match": doc.text[sentence.start : block.end], "why": f"“…{last}”"})


#: A list item's bullet or number at the start of a line ("- ", "• ", "3. ").
_ITEM_START = LazyPattern(r"^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+", regex.M)


#: A fact box field's label at the start of a list item ("Born:", "Memorials:").
_FIELD_LABEL = LazyPattern(r"[ \t*_]*\p{Lu}[\p{L}'’\-]*(?:[ \t]+[\p{L}'’\-]+){0,3}[ \t*_]*:")


def _last_item(text: str) -> str:
    """The last item of a list the sentence splitter left whole (a fact box's "- Born: …" lines,
    quoted in Markdown): a list item ends without a full stop, and only its own words count; a
    labelled field ("- Memorials: the … library") is no sentence at all."""
    starts = [m.end() for m in _ITEM_START.finditer(text)]
    if not starts:
        return text
    return "" if _FIELD_LABEL.match(text, starts[-1]) else text[starts[-1] :]


#: The last word or figure of a block, and the word before it (matched from the end).
_LAST_TOKEN = LazyPattern(r"(\p{L}[\p{L}'’\-]*)[ \t\xa0]+(\p{L}[\p{L}'’\-]*|\d[\d,.]*\d|\d)[\s,;]*$", regex.REVERSE)


def _cut_short(doc: Document, dangling_words: int, sentence_words: int) -> Hit | None:
    """The story's last block stops where no sentence can: on a word that needs another after it
    ("… at its next cabinet meeting on", "… whether it will", ``dangling-end-words.txt``), a list
    item too, or, in a long sentence, on a figure after a lowercase word ("… a public vote that
    drew more than 240,000"), with no punctuation after it."""
    if not dangling_words or not doc.body_blocks:
        return None
    block = doc.body_blocks[-1]
    text = doc.plain[block.start : block.end].rstrip()
    m = _LAST_TOKEN.search(text)
    if m is None:
        return None
    before, last = m.group(1), m.group(2)
    sentence = _last_sentence(doc, block)
    words = len(_WORD.findall(doc.plain[sentence.start : sentence.end]))
    dangling = _dangling_words()[block.kind == "heading"]
    if last in dangling and words >= dangling_words:
        why = f"“…{last}”"
    elif last[0].isdigit() and before.islower() and words >= sentence_words and block.kind != "heading":
        why = f"“…{before} {last}”"
    else:
        return None
    return Hit(sentence.start, block.end, {"match": doc.text[sentence.start : block.end], "why": why})


@cache
def _dangling_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words no sentence ends on, those of them no heading ends on either) from ``dangling-end-words.txt``."""
    words = word_list("dangling-end-words.txt")
    strict = frozenset(w.split(":", 1)[1].strip() for w in words if w.startswith("any:"))
    return frozenset(w for w in words if ":" not in w) | strict, strict


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
    """The options of the ``structure.near_duplicate_sentence`` analyzer."""

    min_overlap: float = option(0.6, "share of content words two nearby sentences must have in common")
    min_overlap_far: float = option(0.85, "share of content words two sentences anywhere must have in common")
    window: int = option(2, "sentences apart that count as nearby")
    min_stems: int = option(7, "content words a sentence needs to be compared")
    lead_sentences: int = option(3, "first sentences of the story a closing sentence may restate (0: off)")
    min_overlap_lead: float = option(0.8, "share of a closing sentence's content words found in a lead sentence it restates")
    closing_sentences: int = option(4, "last sentences of the story checked for a restated lead")
    min_stems_contained: int = option(6, "content words of an earlier sentence that a longer one says again, every one of them (0: off)")
    min_overlap_figures: float = option(0.6, "share of content words a later sentence anywhere shares with an earlier one that gives two of its figures (0: off)")
    min_overlap_figure: float = option(0.75, "the same share when the two sentences have one figure in common")
    min_stems_swapped: int = option(8, "content words of an earlier sentence that a longer one says again, all but one of them (0: off)")
    min_overlap_shorter: float = option(0.9, "share of a later sentence's content words that an earlier, longer one anywhere holds, with its names and numbers (0: off)")
    min_words_retold: int = option(2, "content words (plurals folded) a paragraph sentence shares with an earlier one that gave its two or more figures (0: off)")
    min_overlap_retold: float = option(0.5, "share of content words (plurals folded) a paragraph sentence shares with an earlier one that gave its one exact figure (0: off)")


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
    contained = opts.min_stems_contained
    shortest = min(opts.min_stems, contained) if contained else opts.min_stems
    every = _body_sentences(doc, shortest)
    memo = _SentenceMemo(doc)
    sentences = [(s, stems) for s, stems in every if len(stems) >= opts.min_stems]
    every = [(s, stems) for s, stems in every if memo.prose(s)] if contained else []
    lead_size, lead_overlap = opts.lead_sentences, opts.min_overlap_lead
    closing = opts.closing_sentences

    def facts_of(k: int) -> frozenset[str]:
        return memo.facts(sentences[k][0])

    for i, candidates in enumerate(_candidates(sentences, window, far)):
        later, stems = sentences[i]
        if _editors_note(doc, later):
            continue
        best: tuple[float, Span] | None = None
        for j in candidates:
            earlier, other = sentences[j]
            if min(len(stems), len(other)) < _LENGTH_RATIO * max(len(stems), len(other)):
                continue  # checked first: it is cheap and rules out most pairs
            score = overlap(stems, other)
            if score < (near if i - j <= window else far) or (best is not None and score <= best[0]):
                continue
            a, b = facts_of(i), facts_of(j)
            # one sentence names the speaker ("Henrik Sall said …"), the other only his role
            # ("the chief executive said …"): the same sentence if it repeats nearly all words
            if (bool(a) == bool(b) and (a <= b or b <= a)) or (not (a and b) and score >= far):
                best = (score, earlier)
                if score >= 1.0:
                    break  # nothing later can score higher, and ties go to the earliest
        if best is None and i >= lead_size and len(sentences) - i <= closing:
            best = _restated_lead(doc, sentences, i, lead_size, lead_overlap)
        if best is None and contained and memo.prose(later):
            best = _said_again_within(memo, every, later, stems, contained)
        if best is None and opts.min_overlap_figures and memo.prose(later):
            best = _figures_said_again(memo, sentences, i, opts.min_overlap_figures, opts.min_overlap_figure)
        if best is None and opts.min_stems_swapped and memo.prose(later):
            best = _said_again_one_word_swapped(memo, every, later, stems, opts.min_stems_swapped)
        if best is None and opts.min_overlap_shorter and memo.prose(later):
            best = _restated_shorter(memo, sentences, i, candidates, opts.min_overlap_shorter)
        if best is None and opts.min_words_retold and memo.paragraph(later):
            best = _figures_retold(memo, later, opts.min_words_retold, opts.min_overlap_retold)
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


def _editors_note(doc: Document, sentence: Span) -> bool:
    """An editor's note in brackets: "(Corrects last paragraph to say …)" quotes what it corrects."""
    return doc.plain[sentence.start : sentence.end].lstrip().startswith(("(", "["))


def _prose(doc: Document, sentence: Span) -> bool:
    """A sentence of a paragraph or list item: not a heading, not an editor's note."""
    block = doc.block_at(sentence.start)
    return (block is None or block.kind != "heading") and not _editors_note(doc, sentence)


class _SentenceMemo:
    """What the near-duplicate checks ask of a sentence, worked out once per sentence: the
    later checks compare each sentence with every earlier one, so without it a long list
    (a TSV of 2,000 rows) ran the same regex millions of times."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._facts: dict[tuple[int, int], frozenset[str]] = {}
        self._figures: dict[tuple[int, int], frozenset[str]] = {}
        self._prose: dict[tuple[int, int], bool] = {}
        self._by_figure: dict[str, list[Span]] | None = None

    def facts(self, span: Span) -> frozenset[str]:
        key = (span.start, span.end)
        if key not in self._facts:
            self._facts[key] = _facts(self.doc.plain[span.start : span.end])
        return self._facts[key]

    def figures(self, span: Span) -> frozenset[str]:
        key = (span.start, span.end)
        if key not in self._figures:
            self._figures[key] = _figures(self.doc.plain[span.start : span.end])
        return self._figures[key]

    def prose(self, span: Span) -> bool:
        key = (span.start, span.end)
        if key not in self._prose:
            self._prose[key] = _prose(self.doc, span)
        return self._prose[key]

    def paragraph(self, span: Span) -> bool:
        """A sentence of a running paragraph: not a heading, list item, table row or note."""
        block = self.doc.block_at(span.start)
        return block is not None and block.kind == "paragraph" and self.prose(span) and not _table_row(self.doc, block)

    def by_figure(self) -> dict[str, list[Span]]:
        """The paragraph sentences of the body that give each figure, in text order (built once)."""
        if self._by_figure is None:
            self._by_figure = {}
            for s in self.doc.sentences:
                if s.start < self.doc.body_start or self.doc.in_quote(s.start) or not self.paragraph(s):
                    continue
                for figure in self.figures(s):
                    self._by_figure.setdefault(figure, []).append(s)
        return self._by_figure


def _said_again_within(memo: _SentenceMemo, sentences: list[tuple[Span, frozenset[str]]], later: Span,
                       stems: frozenset[str], least: int) -> tuple[float, Span] | None:
    """An earlier sentence said again, every content word of it, inside a longer later one ("The
    company said staff would be offered redeployment where possible." … "Staff will be offered
    redeployment where possible, the company said, and talks begin on Monday."), with every name
    and number it gives: the later sentence was stacked on the earlier without an edit."""
    mine: frozenset[str] | None = None
    for earlier, other in sentences:
        if earlier.start >= later.start:
            break
        if len(other) < least or len(other) >= len(stems) or not other <= stems:
            continue
        if mine is None:
            mine = memo.facts(later)
        if memo.facts(earlier) <= mine:
            return len(other) / len(stems), earlier
    return None


#: A figure as a sentence gives it: "4.9", "£600,000", "11pm", "67" (currency and unit kept
#: apart from the digits, so "£600,000" and "600,000" are one figure), with the word before it.
_FIGURE = LazyPattern(r"(?:(?P<before>[\p{L}]+)\.?[ \t\xa0]+)?(?P<figure>(?<![\p{L}\p{N}])\d[\d,.]*\d|(?<![\p{L}\p{N}])\d)")
_DIGIT = LazyPattern(r"\d")
#: A year, which dates a sentence rather than saying what it reports.
_YEAR = LazyPattern(r"1[89]\d\d|20\d\d")


@cache
def _month_words() -> frozenset[str]:
    from lint.wordlists import number_table

    return frozenset(number_table("months.txt"))


def _figures(text: str) -> frozenset[str]:
    """The quantities a sentence gives: its figures less its years and the days of its dates
    ("Oct. 25", "December 5"), which embedded posts and dated lists share without repeating."""
    return frozenset(_figure_run(text))


def _figure_run(text: str) -> tuple[str, ...]:
    """The figures of :func:`_figures` in the order the sentence gives them, each once."""
    if _DIGIT.search(text) is None:  # every figure holds a digit: most sentences have none
        return ()
    months = _month_words()
    out: dict[str, None] = {}
    for m in _FIGURE.finditer(text):
        figure = m.group("figure").replace(",", "")
        if _YEAR.fullmatch(figure) or (m.group("before") or "").lower() in months:
            continue
        out.setdefault(figure)
    return tuple(out)


def _figures_said_again(memo: _SentenceMemo, sentences: list[tuple[Span, frozenset[str]]], i: int,
                        two: float, one: float) -> tuple[float, Span] | None:
    """A later sentence, however far down, that gives again the figures of an earlier one in
    largely the same words, reworded here and there ("the river peaked at 4.9 metres … shortly
    after 11pm" … "the river reached a peak of 4.9 metres … just after 11pm"): every quantity of
    the later sentence given before, two of them and ``two`` of the shorter sentence's content
    words, or one and ``one`` of them. A sentence reporting the same figure for another purpose
    shares it, not its wording; parallel lines with other figures (tax bands, bond yields) are
    not repeats."""
    later, stems = sentences[i]
    mine = memo.figures(later)
    if not mine:
        return None
    best: tuple[float, Span] | None = None
    for earlier, other in sentences[:i]:
        if not memo.prose(earlier):
            continue
        if min(len(stems), len(other)) < _LENGTH_RATIO * max(len(stems), len(other)):
            continue  # a fragment (a lead cut at "U.") repeats part of a sentence, not the sentence
        shared = mine & memo.figures(earlier)
        if not shared or shared != mine:
            continue  # every quantity of the later sentence was given before
        score = overlap(stems, other)
        if score >= (two if len(shared) >= 2 else one) and (best is None or score > best[0]):
            best = (score, earlier)
    return best


_TABLE_CELL = LazyPattern(r"^[ \t]*\||<(?:t[dh]|li|dd|figcaption|caption)\b|\t", regex.I | regex.M)


def _table_row(doc: Document, block: Block) -> bool:
    """A row of a table or an item of a list the markup makes (a Markdown "| … |" line, HTML
    cells, list items and captions, tab-separated values): read from the start of its line, as
    the masked view blanks the tags before the words."""
    return _TABLE_CELL.search(doc.text, _line_start(doc, block.start), block.end) is not None


def _figures_retold(memo: _SentenceMemo, later: Span, least: int, one: float) -> tuple[float, Span] | None:
    """A paragraph sentence that tells again the fact an earlier paragraph sentence gave, in other
    words ("Turnout was 58.3%, down 2.1 points on 2021" … "Turnout fell to 58.3%, a drop of 2.1
    points"). The earlier sentence gives every figure of the later one together, with no other
    figure between them, and every name the later one gives; then two or more figures
    and ``least`` content words in common (plurals folded) are the same fact told twice, and so
    is one exact figure (a decimal, or three digits or more) with ``one`` of the shorter
    sentence's content words, in sentences of similar length. Only running paragraphs are
    compared: a key-figures box, a table or a summary list gives the story's figures again by
    design (a recap list is STR005's), and a figure used again as background in a shorter
    sentence after a long one ("fined $180 million last year …") shares the figure, not the
    sentence."""
    doc = memo.doc
    if doc.in_quote(later.start):
        return None
    text = doc.plain[later.start : later.end]
    run = _figure_run(text)
    if not run or (len(run) < 2 and not _exact_figure(run[0], text)):
        return None
    index = memo.by_figure()
    spans = [index.get(f, ()) for f in run]
    if not all(spans):
        return None
    common = set.intersection(*({(s.start, s.end) for s in found if s.end <= later.start} for found in spans))
    if not common:
        return None
    words = _folded_stems(text)
    mine = _split_facts(memo.facts(later))
    best: tuple[float, Span] | None = None
    for start, end in sorted(common):
        before = doc.plain[start:end]
        if not _contiguous(run, _figure_run(before)):
            continue
        other = _folded_stems(before)
        if len(run) < 2 and min(len(words), len(other)) < _LENGTH_RATIO * max(len(words), len(other)):
            continue
        shared = len(words & other)
        score = overlap(words, other)
        if not (shared >= least if len(run) >= 2 else score >= one and shared >= 2 * least):
            continue
        if (best is None or score > best[0]) and mine <= _split_facts(frozenset(w.lower() for w in _TOKEN.findall(before))):
            best = (score, Span(start, end))
    return best


def _contiguous(run: tuple[str, ...], within: tuple[str, ...]) -> bool:
    """Whether the figures of ``run`` stand together in ``within``, in any order, with no other
    figure between them: one fact's figures ("18% to 11,402"), not two bands of a list."""
    n, wanted = len(run), set(run)
    return any(set(within[k : k + n]) == wanted for k in range(len(within) - n + 1))


def _split_facts(facts: frozenset[str]) -> frozenset[str]:
    """Facts with hyphenated ones cut into their parts ("36-goal", "1963-64"), plurals folded."""
    return frozenset(_singular(part) for fact in facts for part in fact.split("-") if part)


def _exact_figure(figure: str, text: str) -> bool:
    """A figure precise enough that two sentences giving it speak of the same thing: a decimal
    ("4.6"), three digits or more ("11402"), or an amount of money or a percentage ("€39", "18%")."""
    if "." in figure or len(figure) >= 3:
        return True
    return any(m.group("figure").replace(",", "") == figure for m in _MONEY_OR_SHARE.finditer(text))


#: A figure with a currency sign before it or a percent after it.
_MONEY_OR_SHARE = LazyPattern(
    r"[$€£¥][ \t\xa0]?(?P<figure>\d[\d,]*)(?![\d.])|(?<![\d.,])(?P<figure>\d[\d,]*)(?![\d.])[ \t\xa0]?(?:%|per[ \t\xa0]?cent\b)",
    regex.I,
)


def _folded_stems(text: str) -> frozenset[str]:
    """Content stems with plurals folded ("wages"/"wage", "rents"/"rent"): two wordings of one fact."""
    out: set[str] = set()
    for word in _WORD.findall(text):
        for stem in _word_stems(_singular(word.lower())):
            out.add(stem)
    return frozenset(out)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _restated_lead(doc: Document, sentences: list[tuple[Span, frozenset[str]]], i: int, lead_size: int,
                   threshold: float) -> tuple[float, Span] | None:
    """A closing sentence that restates one of the story's first sentences in a shorter form.

    Generators close by saying the opening again ("The company said it will stop most Sunday
    routes from April", after a lead that said so with the details): almost all of the later
    sentence's content words are in the lead sentence, however much longer that one is, and
    every number and name it gives is there too.
    """
    later, stems = sentences[i]
    mine = _facts(doc.plain[later.start : later.end])
    best: tuple[float, Span] | None = None
    for j in range(min(lead_size, i)):
        earlier, other = sentences[j]
        if len(stems) > len(other):
            continue  # a restatement says less than the lead, not more
        score = len(stems & other) / len(stems)
        if score < threshold or (best is not None and score <= best[0]):
            continue
        words = {w.lower() for w in _TOKEN.findall(doc.plain[earlier.start : earlier.end])}
        if mine <= words:
            best = (score, earlier)
    return best


def _said_again_one_word_swapped(memo: _SentenceMemo, sentences: list[tuple[Span, frozenset[str]]], later: Span,
                                 stems: frozenset[str], least: int) -> tuple[float, Span] | None:
    """An earlier sentence said again inside a longer later one with one word swapped ("The road is
    expected to cut journey times through Kelby by up to 20 minutes at peak times." … "The bypass
    is expected to cut journey times through Kelby by up to 20 minutes at peak times, according
    to the council's business case."): all but one of its ``least`` or more content words, and
    every name and number it gives, in a later sentence that adds more."""
    mine: frozenset[str] | None = None
    for earlier, other in sentences:
        if earlier.start >= later.start:
            break
        if len(other) < least or len(other) >= len(stems) or len(other - stems) != 1:
            continue
        if mine is None:
            mine = memo.facts(later)
        if memo.facts(earlier) <= mine:
            return (len(other) - 1) / len(other), earlier
    return None


def _restated_shorter(memo: _SentenceMemo, sentences: list[tuple[Span, frozenset[str]]], i: int, candidates: list[int],
                      threshold: float) -> tuple[float, Span] | None:
    """A later sentence, however far down, that says again in fewer words what an earlier, longer
    one said ("The money had been raised by villagers over a number of years to pay for urgent roof
    repairs." after "The money had been raised by villagers over several years to pay for urgent
    repairs to the roof of St Aldhelm's, a listed building …"): ``threshold`` of its content
    words are in the earlier sentence, and every name and number it gives. The candidates are the
    earlier sentences that share a rare word with it (:func:`_candidates`)."""
    later, stems = sentences[i]
    mine: frozenset[str] | None = None
    best: tuple[float, Span] | None = None
    for j in candidates:
        earlier, other = sentences[j]
        if len(other) <= len(stems) or not memo.prose(earlier):
            continue  # a shorter restatement of a longer sentence; equal lengths are the main test's
        score = len(stems & other) / len(stems)
        if score < threshold or (best is not None and score <= best[0]):
            continue
        if mine is None:
            mine = memo.facts(later)
        words = {w.lower() for w in _TOKEN.findall(memo.doc.plain[earlier.start : earlier.end])}
        if mine <= words:
            best = (score, earlier)
    return best


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


_HTML_ITEM = LazyPattern(r"[ \t]*<li\b", regex.I)


def _item_runs(doc: Document, blocks: tuple[Block, ...]) -> list[list[Block]]:
    """Runs of list items: Markdown and plain-text items, and the ``<li>`` lines of an HTML page
    (which the masked view leaves as paragraphs)."""
    as_items = [Block(b.start, b.end, "list") if b.kind == "list" or _HTML_ITEM.match(doc.text, _line_start(doc, b.start), b.start) else b
                for b in blocks]
    return _list_runs(as_items)


def _line_start(doc: Document, offset: int) -> int:
    return doc.text.rfind("\n", 0, offset) + 1


@dataclass(frozen=True)
class RecapListOptions:
    """The options of the ``structure.recap_list`` analyzer."""

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
    for run in _item_runs(doc, body):
        labelled = _recap_heading(doc, body, run[0])
        # the finding starts at the label that announces the list ("## Key takeaways")
        label = max((b for b in body if b.end <= run[0].start), key=lambda b: b.start) if labelled else None
        if not labelled and len(run) > 1 and _recap_label().match(_visible(doc, run[0]).strip(" *_#")):
            # "**In summary:**" read as the first item of the list it announces
            labelled, label, run = True, run[0], run[1:]
        closing = None
        if not labelled:
            closing = _closing_heading(doc, body, run)
            if closing is not None:  # a list under a heading that ends the story: what a label says
                labelled, label = True, closing
        # under a heading that announces a summary ("Key takeaways", "In summary") a shorter
        # list that restates less is enough: the heading says what the list is for
        # a heading that only stands last says less than a recap label: as many items as unlabelled
        min_items = opts.min_items if closing is not None or not labelled else opts.min_items_labelled
        threshold = opts.min_overlap_labelled if labelled else opts.min_overlap
        if closing is not None:  # between the two: the place of a list says less than its label
            threshold = (opts.min_overlap_labelled + opts.min_overlap) / 2
        min_stems = 3 if labelled else 6
        items = [b for b in run if len(content_stems(doc.plain[b.start : b.end])) >= min_stems]
        captions = getattr(doc, "captions", ())  # a photo caption is not the story restated
        before = [b for b in body if b.end <= run[0].start and b.kind == "paragraph"
                  and not any(c.start < b.end and b.start < c.end for c in captions)]
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
            start = label.start if label is not None else first.start
            yield Hit(
                start,
                first.end,
                {"match": doc.text[start : first.end], "restated": str(len(matched)), "items": str(len(items))},
                related=tuple(related(doc, p.start, p.end) for _, p in matched[:5]),
            )


#: A label that opens a list item ("3 May: …", "Turnout: …"): the items of a fact box or a time
#: line, which a newsroom does append to a story.
_ITEM_LABEL = LazyPattern(r"[ \t]*+(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+)?[^\n:.!?]{1,80}:[ \t]")


def _closing_heading(doc: Document, body: list[Block], run: list[Block]) -> Block | None:
    """The heading just above a list that ends the story (nothing but headings and lists after
    it: a source list may follow), whatever the heading says ("Season at a glance", "Catch up"):
    its place says what the list is for, if less than a recap label would (an overlap between a
    labelled and an unlabelled list's, the number of restating items of an unlabelled one). A
    fact box or a time line, whose
    items open with a label ("3 May: …", "Doses given: 18,900"), and a source list under its
    heading (reference-list-names.txt) are left alone."""
    prev = [b for b in body if b.end <= run[0].start]
    if not prev or prev[-1].kind != "heading":
        return None
    if _visible(doc, prev[-1]).strip(" \t*_#:").lower() in word_list("reference-list-names.txt"):
        return None  # a source list restates titles, not the story
    if any(b.kind == "paragraph" for b in body if b.start >= run[-1].end):
        return None
    labelled_items = sum(1 for b in run if _ITEM_LABEL.match(doc.plain, b.start, b.end))
    return None if labelled_items * 2 >= len(run) else prev[-1]


@cache
def _recap_label() -> regex.Pattern[str]:
    """A heading that announces a recap (rules/data/recap-labels.txt): "Key Takeaways", "In summary:"."""
    modifiers = alternation_source(word_list("recap-label-modifiers.txt"))
    return compile_pattern(rf"^(?:the\s+)?(?:(?:{modifiers})\s+){{0,2}}(?:{alternation_source(word_list('recap-labels.txt'))})\s*:?$", regex.I)


def _recap_heading(doc: Document, body: list[Block], first: Block) -> bool:
    """Whether the block just before a list announces a summary ("## Key Takeaways", "In summary:")."""
    prev = [b for b in body if b.end <= first.start]
    if not prev:
        return False
    text = _visible(doc, prev[-1]).strip(" *_#")
    return bool(_recap_label().match(text))


# -- headings -------------------------------------------------------------------------------------------
_INTERROGATIVE = LazyPattern(
    r"^(?:\d{1,2}[.):]\s+)?(?:(?:so|and|but|then|now),?\s+)?(?:how|what|why|who|where|when|in\s+what\s+ways?|to\s+what\s+extent|which|could|can|will|should|would|is|are|was|were|"
    r"does|do|did|has|have)\b",
    regex.I,
)


#: An outline item's number before a heading ("5. ", "2) "), possibly none.
_NUMBERED = LazyPattern(r"(?:\d{1,2}[.):]\s+)?")


@dataclass(frozen=True)
class PromptQuestionOptions:
    """The options of the ``structure.prompt_question`` analyzer."""

    min_words: int = option(12, "words of a standalone question reported in any case")
    min_title_words: int = option(4, "words of a standalone question reported when in title case")


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
        if _TWO_SENTENCES.search(text[:-1], _NUMBERED.match(text).end()):
            continue  # from after an outline's number ("5. Will …?")
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
    """The options of the ``structure.shouting_heading`` analyzer."""

    min_letters: int = option(10, "letters a heading needs before its capitals count")
    min_words: int = option(2, "words a heading needs before its capitals count")
    min_label_letters: int = option(7, "letters of a short capitals label standing as a heading of its own")


@analyzer("structure.shouting_heading", options=ShoutingHeadingOptions)
def shouting_heading(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A heading typed in capitals (acronyms and short labels aside).

    A line of ``min_letters`` capitals and ``min_words`` words or more; a shorter one
    ("BACKGROUND", "KEY POINTS": ``min_label_letters``) when it stands as a heading of its own
    and is not the name of a place (a dateline) or an acronym-length word.
    """
    opts = rule.options
    min_letters = opts.min_letters
    min_label = opts.min_label_letters
    wire = _wire_dateline_end(doc)
    for block in _heading_candidates(doc):
        if wire is not None and block.start >= wire:
            continue
        text = _visible(doc, block)
        words = _WORD.findall(text)
        if block.kind != "heading" and not (len(words) <= 16 and "\n" not in doc.plain[block.start : block.end]):
            continue
        letters = [c for c in text if c.isalpha()]
        if sum(c.isupper() for c in letters) < 0.9 * len(letters):
            continue
        if len(letters) >= min_letters and len(words) >= opts.min_words:
            yield Hit(block.start, block.end, {"match": doc.text[block.start : block.end]})
        elif block.kind == "heading" and min_label <= len(letters) <= 40 and not is_place(text.title()):
            yield Hit(block.start, block.end, {"match": doc.text[block.start : block.end]})
        elif block.kind == "heading" and _shouted_word(doc, text, min_label):
            yield Hit(block.start, block.end, {"match": doc.text[block.start : block.end]})
        elif block.kind == "heading" and len(words) >= opts.min_words and _shouted_words(words, text):
            yield Hit(block.start, block.end, {"match": doc.text[block.start : block.end]})


def _shouted_word(doc: Document, text: str, min_label: int) -> bool:
    """A heading of one English word of four letters or more in capitals ("RENTS", "PRICES"):
    a section label, not an acronym ("NATO" is no English word; "AIDS", which the article also
    writes in capitals inside a sentence, is one) nor a place ("PARIS")."""
    from lint.wordlists import is_english_word

    word = text.strip(" \t*_#:.")
    if not (word.isalpha() and 4 <= len(word) < min_label and is_english_word(word.lower()) and not is_place(word.title())):
        return False
    return transient(rf"[\p{{L}}\p{{N}},;][ \t]+{word}\b").search(doc.plain) is None


def _shouted_words(words: list[str], text: str) -> bool:
    """A short heading of two English words or more in capitals, a figure beside them at most
    ("THE TOP 10", "OUR VERDICT"): every word three letters or more and in the English word list,
    so no acronym ("UN", "NATO") and no place ("NEW YORK") is read as a shout."""
    from lint.wordlists import is_english_word

    return all(len(w) >= 3 and is_english_word(w.lower()) for w in words) and not is_place(text.title())


#: The place of a wire dateline as the agencies set it: a first word in capitals ("NASHUA, N.H. —").
_CAPITAL_PLACE = LazyPattern(r"\s*\p{Lu}[\p{Lu}'’.\-]+\b(?!\p{Ll})")


def _wire_dateline_end(doc: Document) -> int | None:
    """Where the wire dateline of a plain-text story ends ("NASHUA, N.H. —", "DUBAI (Reuters) -"):
    below it, a line in capitals ("BY THE NUMBERS", "HOW WE GOT HERE") is the agency's section
    label, the only way a wire feed, which has no markup, can set one. None for Markdown and HTML,
    where a heading typed in capitals is the writer's choice, and for a page's date line."""
    if doc.fmt != "text":
        return None
    from lint.timeline import place_dateline

    span = place_dateline(doc)
    if span is None or not _CAPITAL_PLACE.match(doc.plain, span[0], span[1]):
        return _dated_capital_dateline_end(doc)
    return span[1]


#: A dated dateline standing on a line of its own, its place in capitals ("CLEVELAND, June 12,
#: 2025", "MINNEAPOLIS -- Friday, Sept. 5, 2025", "PERTH, Thursday 2 October 2025").
_DATED_CAPITAL_PLACE = LazyPattern(
    r"^[ \t]*\p{Lu}[\p{Lu}'’.\-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.\-]+)*[ \t]*(?:,|--?|[–—])[ \t]*[^\n]{3,40}?\b(?:19|20)\d\d[ \t]*$",
    regex.M,
)


def _dated_capital_dateline_end(doc: Document) -> int | None:
    """Where a wire-style dated dateline at the head of a plain-text story ends: a line of its own
    (under a byline, say) whose place is set in capitals, as the agencies set it."""
    for block in doc.blocks[:6]:
        m = _DATED_CAPITAL_PLACE.search(doc.plain, block.start, block.end)
        if m:
            return m.end()
    return None


def _heading_candidates(doc: Document) -> Iterator[Block]:
    """The body's blocks, and a heading below the story's first paragraph that the document took
    for a byline ("BY THE NUMBERS" reads as "By …"): a byline stands above the story."""
    byline = doc.byline
    first_paragraph = next((b.start for b in doc.body_blocks if b.kind == "paragraph"), None)
    for block in doc.blocks:
        if byline is not None and block.start == byline.start:
            if block.kind == "heading" and first_paragraph is not None and block.start > first_paragraph:
                yield block
        elif block.start >= doc.body_start:
            yield block


# -- a name in a sentence-case headline ------------------------------------------------------------
@dataclass(frozen=True)
class HeadlineProperNameOptions:
    """The options of the ``structure.headline_proper_name`` analyzer."""

    min_body_words: int = option(80, "body words below which the rule stays silent")
    max_headline_words: int = option(20, "words above which the first line is a paragraph, not a headline")
    unknown_words: bool = option(True, "also a capitalised word, in a headline of any case, that no English word list (english-words.txt) and no gazetteer knows")


def _sentence_case(tokens: list[regex.Match[str]]) -> bool:
    """Whether a headline is set in sentence case: after its first word, its content words are
    mostly lowercase, so a capital marks a name ("Council clears way for Halvorsen Logistics
    warehouse"). Title-case headlines capitalise every word and say nothing by their capitals."""
    stop = _function_words()
    rest = [m.group() for m in tokens[1:] if m.group().lower() not in stop and not m.group().isupper()]
    lower = sum(w[0].islower() for w in rest)
    return lower >= 2 and lower > len(rest) - lower


def _headline_name_runs(headline: str) -> Iterator[tuple[int, int, list[str]]]:
    """Runs of capitalised words in a sentence-case headline that are names by their capitals:
    any run after the first word ("… at Dunlow supermarkets", "Deputy minister Clara Voss
    quits"), and the first word when the next one is capitalised too ("Suryaprabha Renewables
    bags …"). Acronyms ("MW", "NHS") and the words of a title are left out."""
    tokens = list(_HEAD_TOKEN.finditer(headline))
    if len(tokens) < 4 or not _sentence_case(tokens):
        return
    stop = _function_words()
    run: list[regex.Match[str]] = []
    for k, m in enumerate([*tokens, None]):
        word = m.group() if m is not None else ""
        # a capitalised word continues the run across one blank only: a colon or a dash ends it
        joined = m is not None and run and not headline[run[-1].end() : m.start()].strip()
        if m is not None and word[0].isupper() and not word.isupper() and word.lower() not in stop and (not run or joined):
            run.append(m)
            continue
        if run and (run[0].start() != tokens[0].start() or len(run) >= 2):
            yield run[0].start(), run[-1].end(), [r.group().rstrip(".").rstrip("'’s") if r.group().endswith(("'s", "’s")) else r.group().rstrip(".") for r in run]
        run = []
        if m is not None and word[0].isupper() and not word.isupper() and word.lower() not in stop:
            run = [m]


@analyzer("structure.headline_proper_name", options=HeadlineProperNameOptions, fields=("headline",))
def headline_proper_name(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A name that a sentence-case headline marks by its capitals and the story never mentions.

    A person, a firm or a place in the headline must be in the story under it. In a headline set
    in sentence case the capitals say which words are names, and three shapes say what kind: a
    given name and a surname ("Deputy minister Clara Voss quits"), a firm's or place's name
    ending in its head noun ("… for Halvorsen Logistics warehouse", ``name-heads.txt``), and a
    word no gazetteer knows after a preposition of place ("… in Idukki", "… at Dunlow
    supermarkets", ``headline-place-prepositions.txt``). Well-known names a headline shortens
    ("Congress", "Brexit", "Wall Street") fit none of them. A name counts as mentioned when any of
    its distinctive words is in the body, in any form.
    """
    head = doc.headline
    if head is None:
        return
    headline = _headline_view(doc, head)
    if len(_WORD.findall(headline)) > rule.options.max_headline_words or _TWO_SENTENCES.search(headline):
        return  # a lead paragraph standing where a headline would
    body = _story_below(doc, head, headline)
    if len(body.split()) < rule.options.min_body_words:
        return
    found: list[tuple[int, int]] = []
    for start, end, tokens in _headline_names(headline):
        if _read_by_str002(headline, start, end):
            continue  # the speaker or subject STR002 reads: one finding for one name
        if tokens and not any(_mentioned(t, body) for t in tokens):
            name = headline[start:end]
            found.append((start, end))
            yield _headline_hit(doc, head, headline, start, name, {"match": name, "headline": _SPACES.sub(" ", headline).strip()})
    if rule.options.unknown_words:
        for start, end in _unknown_headline_words(headline, body):
            if not any(a < end and start < b for a, b in found) and not _read_by_str002(headline, start, end):
                found.append((start, end))
                name = headline[start:end]
                yield _headline_hit(doc, head, headline, start, name, {"match": name, "headline": _SPACES.sub(" ", headline).strip()})


def _unknown_headline_words(headline: str, body: str) -> Iterator[tuple[int, int]]:
    """Capitalised headline words that are neither English words nor known names and that the body
    never mentions in any form: an invented or misplaced name ("Castellanos Fires Harriers Into
    County Cup Final" over a match report that never names Castellanos). Title case says nothing
    here; the word lists do: English words and their regular forms, proper nouns of general
    English (``english-words.txt``, ``english-proper-nouns.txt``: SCOWL), the gazetteers, labels,
    months."""
    common = word_list("name-words.txt") | word_list("headline-labels.txt") | _months_and_days()
    tail = _SOURCE_TAIL.search(headline)
    for m in _HEAD_TOKEN.finditer(headline, 0, tail.start() if tail else len(headline)):
        word = m.group().rstrip(".")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or not word.isalpha():
            continue  # acronyms, "iPhone", contractions ("You're"), compounds ("Russia-linked")
        if _mentioned(word, body) or _starts_a_word(word[: max(4, len(word) - 4)], body):
            continue  # "Yorkers" is mentioned by "New York"; tested first: the word lists are large
        low = word.lower()
        if not (low in common or low in _titles() or is_english_form(low) or is_known_proper_noun(word)
                or is_demonym(word) or is_place(word) or is_given_name(word)):
            yield m.start(), m.start() + len(word)


#: The source a wire headline ends with, after a colon or a dash ("…: Elysee source", "… - Ifax").
_SOURCE_TAIL = LazyPattern(r"(?<=\S)\s*(?::|\s[-–—])\s+(?:\S+\s+){0,3}\S+\s*$")


def _headline_names(headline: str) -> Iterator[tuple[int, int, list[str]]]:
    """The names of a sentence-case headline that have the shape of a person's, a firm's or an
    unknown place's name: (start, end, distinctive words)."""
    stop = _function_words()
    common = word_list("name-words.txt") | word_list("headline-labels.txt") | _months_and_days()
    closing, _ = _name_heads()
    places = word_list("headline-place-prepositions.txt")

    def distinctive(word: str) -> bool:
        w = word.lower()
        return len(w) >= 3 and w not in stop and w not in common and w not in closing and w not in _titles() \
            and not is_demonym(word) and not is_place(word)

    for start, end, words in _headline_name_runs(headline):
        parts = [p for w in words for p in regex.split(r"[\-]+", w) if p]
        given = next((k for k, w in enumerate(words[:-1]) if is_given_name(w) and not is_place(w)
                      and w.lower() not in common), None)
        if given is not None:  # a person: the given name and the surname after it
            at = headline.index(words[given], start)
            yield at, end, [w for w in words[given:] if distinctive(w)]
        elif len(words) >= 2 and words[-1].lower() in closing:  # a firm's or a place's name
            yield start, end, [w for w in parts if distinctive(w)]
        elif len(words) == 1 and "-" not in words[0] and _word_before(headline, start).lower() in places:
            yield start, end, [w for w in parts if distinctive(w)]


def _read_by_str002(headline: str, start: int, end: int) -> bool:
    """Whether a name overlaps the speaker or the opening subject that STR002 reads in a headline."""
    spans = [(m.start("name"), m.end("name")) for rx in _headline_patterns() for m in rx.finditer(headline)]
    subject = _subject_name(headline)
    spans += [subject] if subject is not None else []
    return any(a < end and start < b for a, b in spans)


def _word_before(text: str, offset: int) -> str:
    m = regex.search(r"(\p{L}+)\s+$", text[:offset])
    return m.group(1) if m else ""


@cache
def _months_and_days() -> frozenset[str]:
    """Month and weekday names, which a sentence-case headline capitalises and a story dates."""
    from lint.wordlists import number_table

    return _month_words() | frozenset(number_table("weekdays.txt"))


# -- an age in the headline --------------------------------------------------------------------------------
#: An age a headline gives after a name, between commas ("Seán Brennan, 29, on …", "Ida Moen, 81,
#: dies"); "15-year-old" may be a record's age as well as a person's.
_HEADLINE_AGE = LazyPattern(r"\p{Lu}[\p{L}'’.\-]*,[ \t]+(?P<age>\d{1,3}),[ \t]")
#: What lets a reader work an age out without the story stating it: a birth date.
_BIRTH = LazyPattern(r"\bborn\b|\bb\.[ \t]*\d|\(\d{4}\s*[-–]\s*\)?", regex.I)


@dataclass(frozen=True)
class HeadlineAgeOptions:
    """The options of the ``structure.headline_age_absent`` analyzer."""

    min_body_words: int = option(80, "body words below which the rule stays silent")
    max_headline_words: int = option(20, "words above which the first line is a paragraph, not a headline")


@analyzer("structure.headline_age_absent", options=HeadlineAgeOptions, fields=("headline",))
def headline_age_absent(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """An age the headline gives ("Kilkenny's Seán Brennan, 29, …") that the story under it never
    states, nor lets the reader work out from a birth date: a fact from another draft or a guess."""
    head = doc.headline
    if head is None:
        return
    headline = _headline_view(doc, head)
    m = _HEADLINE_AGE.search(headline)
    if m is None or len(_WORD.findall(headline)) > rule.options.max_headline_words or _TWO_SENTENCES.search(headline):
        return  # no age, or a lead paragraph standing where a headline would
    body = _story_below(doc, head, headline)
    if len(body.split()) < rule.options.min_body_words or _BIRTH.search(body):
        return
    age = m.group("age")
    if transient(rf"(?<![\p{{N}}.,]){age}(?![\p{{N}}]|[.,]\d)").search(body):
        return
    start = head.start + m.start("age")
    yield Hit(start, start + len(age), {"match": age, "headline": _SPACES.sub(" ", headline).strip()})
