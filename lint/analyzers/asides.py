"""The writer's asides that one word or one figure betrays: a stance connective hung on the
sentence before ("Notably, …", "Against this backdrop, …", "It is worth highlighting that …"), a
closing verdict ("In closing, …", "the coming year will reveal whether …", "offers a gentle
reminder of …"), and a single inflated metaphor in a sentence that carries no fact ("The vote
marks a watershed moment for a town …").

Each is a shape an editor names; the open word classes are in ``rules/data``
(``stance-connectives.txt``, ``emphasis-participles.txt``, ``summing-openers.txt``,
``moral-nouns.txt``, ``mental-verbs.txt``, ``stock-imagery.txt``). Rules AIT011, AIT012, AIT013.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lint.analyzers.registry import analyzer
from lint.document import Document, Span
from lint.findings import Hit
from lint.analyzers.wording import list_triggers
from lint.patterns import LazyPattern, alternation_source, compile as compile_pattern
from lint.textindex import register_triggers
from lint.wordlists import word_list

if TYPE_CHECKING:
    from lint.rule import Rule

#: What may stand before a sentence's first word: quote marks, emphasis, bullets, a block quote.
_LEAD = LazyPattern(r"[\s*_>\"“'‘•\-–—]*")
#: A digit that starts a number ("12", "£9,000"), not one inside a name ("Kittiwake-1").
_FIGURE = LazyPattern(r"(?<![\p{L}\-])\p{N}")
#: A word of the text.
_WORD = LazyPattern(r"[\p{L}][\p{L}'’\-]*")


@cache
def _list_source(name: str) -> str:
    return alternation_source(word_list(name))


@cache
def _rx(source: str, flags: int = regex.I | regex.V0) -> regex.Pattern[str]:
    return compile_pattern(source, flags)


def _body_sentences(doc: Document, kinds: tuple[str, ...] = ("paragraph",)) -> list[Span]:
    """The sentences of the body's blocks of ``kinds`` (by default paragraphs: the headline,
    headings and list items left out)."""
    plain = doc.plain
    out = []
    for s in doc.sentences:
        if s.start < doc.body_start or not plain[s.start : s.end].strip():
            continue
        block = doc.block_at(s.start)
        if block is None or block.kind not in kinds:
            continue
        out.append(s)
    return out


def _own_words(doc: Document, start: int, end: int) -> bool:
    """Whether a stretch is the writer's: no quoted speech in it and no verb of saying."""
    from lint.analyzers.shapes import _writers_voice

    if any(q.start < end and start < q.end for q in doc.quotes):
        return False
    return _writers_voice(doc, start, end)


def _opening(doc: Document, s: Span) -> int:
    lead = _LEAD.match(doc.plain, s.start, s.end)
    return lead.end() if lead else s.start


# -- AIT011: a stance connective or an emphasis frame opening a sentence ------------------------------
@cache
def _connective() -> regex.Pattern[str]:
    """A listed stance connective and its comma, at the start of a sentence."""
    return _rx(rf"(?P<hit>(?:{_list_source('stance-connectives.txt')}))[ \t]*,")


@cache
def _emphasis_frame() -> regex.Pattern[str]:
    """The impersonal frame that announces that something matters: "It is (also) worth noting /
    highlighting / bearing in mind", "It bears repeating", "It should / must / cannot be stressed".
    The -ing form is open (any verb); the participles after "be" are ``emphasis-participles.txt``."""
    participles = _list_source("emphasis-participles.txt")
    return _rx(
        r"(?P<hit>it(?:[ \t]+is|['’]s|[ \t]+was)[ \t]+(?:(?:also|perhaps|especially|particularly|certainly|still|well)[ \t]+)?"
        r"worth[ \t]+\p{L}+ing\b"
        r"|it[ \t]+bears[ \t]+\p{L}+ing\b"
        r"|it[ \t]+(?:should|must|cannot|can['’]t|needs[ \t]+to|has[ \t]+to)[ \t]+(?:also[ \t]+)?be[ \t]+"
        rf"(?:{participles})\b)"
    )


#: A clause set off by commas right after the connective: "Crucially, argue his supporters, …".
_INSERTED = LazyPattern(r"[ \t]*(?P<clause>[^,;:.!?]{1,60}),")


@cache
def _saying_verbs() -> frozenset[str]:
    return frozenset(w.lower() for name in ("attribution-verbs.txt", "plain-attribution.txt") for w in word_list(name))


def _inserted_attribution(doc: Document, at: int, end: int) -> bool:
    """Whether a short clause inserted after the connective attributes the sentence ("Notably,
    argue his critics, …"): one of its four words is a verb of saying, or is one with "s", "d" or
    "ed" added (the lists hold the forms news copy writes most)."""
    m = _INSERTED.match(doc.plain, at, end)
    if m is None:
        return False
    words = [w.group().lower() for w in _WORD.finditer(m.group("clause"))]
    verbs = _saying_verbs()
    return len(words) <= 4 and any(w in verbs or w + "s" in verbs or w + "d" in verbs or w + "ed" in verbs for w in words)


@analyzer("asides.connective_opener")
def connective_opener(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A sentence of the writer's own that opens with a stance connective ("Notably,", "Crucially,",
    "Against this backdrop,", "Adding to this,") or an emphasis frame ("It is worth highlighting
    that", "It bears emphasising that", after a connective too: "Crucially, it bears …")."""
    plain = doc.plain
    connective, frame = _connective(), _emphasis_frame()
    reported: set[int] = set()
    for s in _body_sentences(doc, ("paragraph", "list")):
        at = _opening(doc, s)
        c = connective.match(plain, at, s.end)
        after = c.end() if c else at
        f = frame.match(plain, after + len(plain[after : s.end]) - len(plain[after : s.end].lstrip()), s.end)
        if f is None and c is None:
            continue
        start = at
        end = f.end("hit") if f else c.end("hit")  # type: ignore[union-attr]
        # the opener is the writer's: no quotation in the sentence, and no verb of saying in its
        # clause ("Notably, Smith said …"; one set off after the opener: "Crucially, argue his
        # supporters, …"); a report later in the sentence ("…, with the operator saying …") is not
        clause = plain.find(",", end if f else c.end(), s.end)  # type: ignore[union-attr]
        if not _own_words(doc, end, clause if clause >= 0 else s.end) or any(q.start < s.end and s.start < q.end for q in doc.quotes):
            continue
        if f is None and _inserted_attribution(doc, c.end(), s.end):  # type: ignore[union-attr]
            continue
        reported.add(start)
        yield Hit(start, end, {"match": doc.text[start:end]})
    for hit in additive_chains(doc):
        if hit.start not in reported:
            yield hit


#: Where a clause opens inside a sentence: after a semicolon, a colon or a spaced dash.
_CLAUSE_BREAK = r"(?:^|(?<=[.!?;:][\"”’)]*[ \t]+)|(?<=[ \t][—–][ \t]+))"


@cache
def _additive_opener() -> regex.Pattern[str]:
    """An additive connective and its comma opening a sentence or a clause ("; beyond that, …")."""
    return _rx(rf"{_CLAUSE_BREAK}(?P<hit>(?:{_list_source('additive-connectives.txt')}))[ \t]*,", regex.I | regex.V1 | regex.M)


#: Additive connectives in one paragraph that make a chain.
_CHAIN = 3


def additive_chains(doc: Document) -> Iterator[Hit]:
    """A paragraph of the writer's own in which three or more sentences or clauses open with an
    additive connective ("What's more, …; beyond that, …; on top of all this, …"): points piled
    on one another by formula (the connective is the writer's even where the clause reports what
    someone says). Reported at the first of them; connectives inside quotes do not count."""
    rx = _additive_opener()
    plain = doc.plain
    for block in doc.body_blocks:
        if block.kind != "paragraph":
            continue
        found = [m for m in rx.finditer(plain, block.start, block.end) if not doc.in_quote(m.start())]
        if len({m.group("hit").lower() for m in found}) >= _CHAIN:
            first = found[0]
            yield Hit(first.start("hit"), first.end("hit"), {"match": doc.text[first.start("hit") : first.end("hit")]})


# -- AIT012: a closing verdict -----------------------------------------------------------------------------
@cache
def _summing_opener() -> regex.Pattern[str]:
    return _rx(rf"(?P<hit>(?:{_list_source('summing-openers.txt')}))[ \t]*,")


@cache
def _moral() -> regex.Pattern[str]:
    """"a gentle reminder", "a resounding message", "a stark wake-up call", "a cautionary tale":
    a lesson noun after "a"/"an" and at most two modifiers; "message" and "signal" need one."""
    nouns = [n for n in word_list("moral-nouns.txt") if n not in ("message", "signal")]
    return _rx(
        r"\b(?P<hit>an?[ \t]+(?:(?:[\p{L}\-]+[ \t]+){0,2}"
        rf"(?:{alternation_source(nouns)})|(?:[\p{{L}}\-]+[ \t]+){{1,2}}(?:message|signal))s?)\b"
    )


#: The verdict of time without "only": "the coming year will reveal whether", "time will tell if",
#: "the months ahead will show how".
_TIME_VERDICT = LazyPattern(
    r"\b(?P<hit>(?:(?:the|this|these)[ \t]+(?:coming|next|following)[ \t]+(?:\p{L}+[ \t]+)?"
    r"(?:year|years|months?|weeks?|days|seasons?|decades?|winter|summer|spring|autumn|harvest|term|campaign)"
    r"|the[ \t]+(?:year|years|months|weeks|seasons|decades|days)[ \t]+(?:ahead|to[ \t]+come)|time)"
    r"[ \t]+(?:will|should|may|can|could|must)[ \t]+(?:reveal|tell|show|decide|determine|prove|answer|settle|judge)"
    r"[ \t]+(?:whether|if|how|what|who))\b",
    regex.I,
)


@cache
def _wonder() -> regex.Pattern[str]:
    """"one can only wonder", "we can only imagine", "one is left to wonder"."""
    verbs = _list_source("mental-verbs.txt")
    return _rx(rf"\b(?P<hit>(?:one|we|you)[ \t]+(?:can|could|may|is[ \t]+left[ \t]+to|are[ \t]+left[ \t]+to)[ \t]+(?:only[ \t]+)?(?:{verbs}))\b")


@analyzer("asides.summing_close", fields=("kind",))
def summing_close(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """One of the last three sentences of the body, in the writer's own voice and with no figure,
    that opens a verdict with a summing-up phrase ("In closing,", "All in all,", "In the end,"),
    draws a lesson ("offers a gentle reminder", "sends a resounding message"), hands the verdict
    to time ("the coming year will reveal whether") or wonders ("one can only wonder")."""
    plain = doc.plain
    opener = _summing_opener()
    shapes = (("a lesson drawn", _moral()), ("the verdict left to time", _TIME_VERDICT), ("a wonder", _wonder()))
    closing = _body_sentences(doc)[-3:]
    if closing:
        last = closing[-1]
        m = _fact_free_close(doc, last)
        if m is not None:
            yield Hit(m.start(), m.end(), {"match": m.group(), "kind": "a fact-free last sentence"})
            closing = closing[:-1]
    for s in closing:
        if _FIGURE.search(plain, s.start, s.end) or doc.count_words(s.start, s.end) > 45:
            continue
        at = _opening(doc, s)
        m = opener.match(plain, at, s.end)
        if not _own_words(doc, m.end() if m else s.start, s.end):  # "When all is said and done" says nothing
            continue
        if m:
            yield Hit(m.start("hit"), m.end("hit"), {"match": m.group("hit"), "kind": "a summing-up opener"})
            continue
        named = _names_after_opening(plain, at, s.end)
        for kind, rx in shapes:
            m = rx.search(plain, s.start, s.end)
            if m and not (named and rx is shapes[0][1]):  # a lesson about someone in particular is news
                yield Hit(m.start("hit"), m.end("hit"), {"match": m.group("hit"), "kind": kind})
                break


@cache
def _closing_markers() -> regex.Pattern[str]:
    names = ("kicker-markers.txt", "closing-markers.txt")
    words = [w for name in names for w in word_list(name) if w not in ("our", "us", "we", "one another")]
    return _rx(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation_source(words)})(?![\p{{L}}\p{{N}}])")


def _fact_free_close(doc: Document, s: Span) -> regex.Match[str] | None:
    """The marker of a last sentence that carries no fact (no figure, no name after its first three
    words, no attribution, no quotation, 4-30 words) and turns on a legacy, the future, a wait, a
    question left open (``closing-markers.txt``) or a sweeping phrase (``kicker-markers.txt``; its
    bare pronouns left out: a wire story that lost its quote marks ends in "we" too)."""
    plain = doc.plain
    words = doc.count_words(s.start, s.end)
    if not 4 <= words <= 30 or _FIGURE.search(plain, s.start, s.end):
        return None
    if _names_after_opening(plain, _opening(doc, s), s.end) or not _own_words(doc, s.start, s.end):
        return None
    return _closing_markers().search(plain, s.start, s.end)


# -- AIT013: one inflated figure in a sentence with no fact ---------------------------------------------
@cache
@cache
def _imagery() -> regex.Pattern[str]:
    """``stock-imagery.txt`` as a pattern, tried by the text index only at its phrases' first words."""
    return register_triggers(_rx(rf"(?<![\p{{L}}\p{{N}}])(?:{_list_source('stock-imagery.txt')})(?![\p{{L}}\p{{N}}])"),
                             list_triggers("stock-imagery.txt"))


def _names_after_opening(plain: str, start: int, end: int, allowed: int = 3) -> bool:
    """Whether a capitalised word stands after the first ``allowed`` words of a sentence (a name,
    a place, an organisation: the sentence then reports about someone in particular)."""
    for i, w in enumerate(_WORD.finditer(plain, start, end)):
        if i >= allowed and w.group()[:1].isupper():
            return True
    return False


def _ornaments(doc: Document, start: int, end: int, opening: int = -1) -> list[tuple[int, int]]:
    """The figures of a sentence: stock imagery or a figure of AIT008's grammar; a capitalised one
    only at the sentence's ``opening`` (elsewhere a capital is a name)."""
    from lint.analyzers.filler import _figure_pattern

    found = []
    imagery = _imagery()
    for rx in (imagery, _figure_pattern()):
        for m in doc.index.finditer(rx, start, end):
            if m.group()[:1].isupper() and m.start() != opening:
                continue
            # a metaphor noun before "of" alone is plain English too ("the spirit of the deal")
            if rx is not imagery and m.group("verb") is None and m.start("noun") == m.start():
                continue
            found.append((m.start(), m.end()))
    return sorted(found)


@analyzer("asides.fact_free_flourish")
def fact_free_flourish(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A sentence of the body, in the writer's own voice, that carries no fact — no figure, no name
    after its first words, no attribution, no quotation — and exists only to hold a figure of speech
    ("The vote marks a watershed moment for a town that has long navigated …", "The case pulls back
    the curtain on the hidden world of …"). News copy makes every sentence carry a fact."""
    plain = doc.plain
    imagery = _imagery()
    hit: set[int] = set()
    for s in _body_sentences(doc):
        words = doc.count_words(s.start, s.end)
        stacked = {m.group().lower(): m for m in doc.index.finditer(imagery, s.start, s.end) if not m.group()[:1].isupper()}
        if len(stacked) >= 2 and words <= 60 and _own_words(doc, s.start, s.end):
            # two different stock images in one sentence are a flourish whatever facts it carries
            first = min(stacked.values(), key=lambda m: m.start())
            hit.add(s.start)
            yield Hit(first.start(), first.end(), {"match": first.group()})
            continue
        if not 6 <= words <= 40 or _FIGURE.search(plain, s.start, s.end):
            continue
        at = _opening(doc, s)
        if _names_after_opening(plain, at, s.end) or not _own_words(doc, s.start, s.end):
            continue
        found = _ornaments(doc, s.start, s.end, at)
        if found:
            a, b = found[0]
            hit.add(s.start)
            yield Hit(a, b, {"match": doc.text[a:b]})
    yield from _ornate_asides(doc, hit)


#: An aside set off by commas inside a sentence: ", a figure whose …," (4 to 30 words, no quotes).
_COMMA_ASIDE = LazyPattern(r",[ \t]++(?P<aside>[^,;:.!?\n\"“”]{20,240}?),")


def _ornate_asides(doc: Document, done: set[int]) -> Iterator[Hit]:
    """An appositive or participle aside between commas that stacks two different figures ("Berg,
    a figure whose visionary stewardship has become a shining lodestar for the sector, said …"):
    the writer's ornament inside a sentence whose main clause reports a fact or a quote."""
    plain = doc.plain
    for s in _body_sentences(doc):
        if s.start in done:  # the whole sentence is reported already
            continue
        for m in _COMMA_ASIDE.finditer(plain, s.start, s.end):
            a, b = m.span("aside")
            if doc.in_quote(a) or not 4 <= doc.count_words(a, b) <= 30:
                continue
            found = _ornaments(doc, a, b)
            keys = {plain[x:y].lower() for x, y in found}
            if len(keys) >= 2:
                x, y = found[0]
                yield Hit(x, y, {"match": doc.text[x:y]})
                break


# -- FIL027: a note to the person who asked for the text --------------------------------------------------
@cache
def _unchecked() -> regex.Pattern[str]:
    """"I wasn't able to check this number", "I could not verify", "I have not been able to
    confirm": the first person singular (a capital "I") unable to check a fact."""
    verbs = _list_source("verification-verbs.txt")
    return compile_pattern(
        r"(?<![\p{L}\p{N}])(?P<hit>I[ \t]+(?i:(?:wasn['’]t|was[ \t]+not|am[ \t]+not|['’]m[ \t]+not|have[ \t]+not[ \t]+been|haven['’]t[ \t]+been)[ \t]+able[ \t]+to"
        r"|(?:was|am)[ \t]+unable[ \t]+to|couldn['’]t|could[ \t]+not|can['’]t|cannot|did[ \t]+not|didn['’]t"
        r"|(?:have|had)[ \t]+no[ \t]+way[ \t]+to)"
        rf"[ \t]+(?i:(?:independently|fully|yet)[ \t]+)?(?i:{verbs}))\b",
        regex.V0,
    )


#: The text handed over for publication: "before running the piece", "before you publish the story".
_BEFORE_RUNNING = LazyPattern(
    r"\b(?P<hit>before[ \t]+(?:you[ \t]+)?(?:running|publishing|filing|posting|sending|run|publish|file|post)[ \t]+"
    r"(?:(?:the|this|your)[ \t]+(?:piece|story|article|copy|draft|post|text|report)|it[ \t]*[.,;)]))",
    regex.I,
)


#: The hand-over's offer and wish: "Feel free to adjust the tone as needed", "I hope you found this helpful".
_HAND_OVER = LazyPattern(
    r"\b(?P<hit>feel[ \t]+free[ \t]+to[ \t]+(?:adjust|tweak|edit|change|modify|shorten|trim|expand|cut|rework|adapt|rephrase|rewrite)\b"
    r"|(?-i:I)[ \t]+hope[ \t]+(?:you[ \t]+(?:found|find|enjoyed|liked)[ \t]+(?:this|it)\b|this[ \t]+(?:helps|was[ \t]+helpful|is[ \t]+helpful|is[ \t]+useful|was[ \t]+useful)\b))",
    regex.I,
)


@analyzer("asides.requester_note")
def requester_note(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A note, outside quoted speech, in which the writer tells the person who asked for the text
    that it could not check a fact ("(Please note: I wasn't able to check this number …)"), what
    to do "before running the piece", that it may "feel free to adjust the tone", or that it hopes
    "you found this helpful": a drafting assistant's hand-over published with the story."""
    plain = doc.plain
    for s in doc.sentences:
        if s.start < doc.body_start:
            continue
        for rx in (_unchecked(), _BEFORE_RUNNING, _HAND_OVER):
            m = rx.search(plain, s.start, s.end)
            if m is None or doc.in_quote(m.start()):
                continue
            if not (_own_words(doc, s.start, m.start()) and _own_words(doc, m.end(), s.end)):
                continue
            yield Hit(m.start("hit"), m.end("hit"), {"match": m.group("hit")})
            break
