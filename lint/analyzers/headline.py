"""Headline analyzers: is the headline written to inform or to provoke a click?

Research on fake and hyperpartisan news (Horne & Adali 2017) finds the headline alone separates
it from professional news: more words in capitals, exclamation marks, clickbait forms. No single
feature proves anything (a headline may name NAFTA, or end on a question), so the rule scores a
small set of features, each worth points, and fires at a documented threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Iterable

import regex

from lint.analyzers.registry import analyzer, option
from lint.analyzers.wording import headline_text, list_pattern
from lint.context import Context
from lint.document import Document
from lint.findings import Hit
from lint.patterns import LazyPattern, transient
from lint.patterns import compile as compile_pattern
from lint.wordlists import word_list
from lint.patterns import alternation_source

if TYPE_CHECKING:  # a type only: the rule module needs the registry, which loads these modules
    from lint.rule import Rule

_TOKEN = LazyPattern(r"[\p{L}][\p{L}'’&\-]*")
#: Quoted words inside a headline: double quotes, and single quotes used as quotation marks.
_HEADLINE_QUOTE = LazyPattern(r"[“\"][^“”\"]*[”\"]|(?<![\p{L}])['‘][^'‘’]*['’](?![\p{L}])")
_ELLIPSIS = LazyPattern(r"…|\.\.\.")
_EXCLAMATION = LazyPattern(r"!")
_QUESTION = LazyPattern(r"\?")
_YOU = LazyPattern(r"(?<![\p{L}'’])(?:you|your|you['’](?:re|ll|ve))(?![\p{L}'’])", regex.I)
#: An inflected English word ("SLAMMED", "SHOCKING", "TOTALLY"), which an acronym never is.
_INFLECTED = LazyPattern(r"\p{L}{3,}(?:ED|ING|LY)$")
#: A headline longer than this is the first paragraph of a text that has none.
_MAX_HEADLINE_WORDS = 30


@cache
def _media_tag() -> regex.Pattern[str]:
    return compile_pattern(rf"[\[(](?:{alternation_source(word_list('media-tags.txt'))})[\])]", regex.I)


@cache
def _opener() -> regex.Pattern[str]:
    return compile_pattern(rf"^\s*(?:{alternation_source(word_list('clickbait-openers.txt'))})\s*[:!?]", regex.I)


@dataclass(frozen=True)
class Feature:
    """One sensational feature of a headline and the points it adds."""

    name: str
    points: int
    start: int
    end: int
    detail: str


def _masked(text: str) -> str:
    """The headline with quoted words blanked: a quotation is the speaker's voice, not the outlet's."""
    return _HEADLINE_QUOTE.sub(lambda m: " " * len(m.group()), text)


def _core(word: str) -> str:
    return regex.sub(r"['’]S$", "", word).strip("-'’")


def shouted_words(headline: str, body: str) -> list[regex.Match[str]]:
    """Words written in capitals to shout, not acronyms.

    An acronym is written in capitals wherever it appears ("NAFTA" in the headline and the body);
    a shouted word is a word the body writes in lower or title case ("HILLARY" over "Hillary"), a
    function word ("IS", "THE"), or one of several capitalised words in a row that the body never
    writes in capitals ("STUNNING BETRAYAL").
    """
    tokens = list(_TOKEN.finditer(headline))
    caps = {
        m.start()
        for m in tokens
        if sum(c.isalpha() for c in m.group()) >= 2 and _core(m.group()).replace("&", "").replace("-", "").isupper()
    }
    stop = word_list("function-words.txt")
    out = []
    for i, m in enumerate(tokens):
        if m.start() not in caps:
            continue
        core = _core(m.group())
        word = rf"(?<![\p{{L}}]){regex.escape(core)}(?![\p{{L}}])"
        if transient(word).search(body):
            continue  # the body writes it in capitals too: an acronym
        other_case = transient(word, regex.I).search(body) is not None
        in_run = (i > 0 and tokens[i - 1].start() in caps) or (i + 1 < len(tokens) and tokens[i + 1].start() in caps)
        wordlike = len(core) >= 6 or _INFLECTED.search(core) is not None
        if other_case or core.lower() in stop or (in_run and len(core) >= 4) or wordlike:
            out.append(m)
    return out


def headline_features(doc: Document) -> list[Feature]:
    """The sensational features of a document's headline, each with its points."""
    head = doc.headline
    if head is None:
        return []
    raw = headline_text(doc)
    if len(raw.split()) > _MAX_HEADLINE_WORDS or "\n" in raw.strip():
        return []
    text = _masked(raw)
    at = head.start
    body = doc.plain[head.end :]
    found: list[Feature] = []
    letters = [c for c in text if c.isalpha()]
    shouted = shouted_words(text, body)
    if len(letters) >= 12 and len(text.split()) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
        found.append(Feature("all-caps", 2, at, head.end, "the whole headline is in capitals"))
    elif shouted:
        words = ", ".join(m.group() for m in shouted[:4])
        found.append(Feature("capitals", 2, at + shouted[0].start(), at + shouted[-1].end(), f"shouted words ({words})"))
    m = _opener().match(text)
    if m:
        found.append(Feature("opener", 1, at + m.start(), at + m.end(), f"clickbait opener '{m.group().strip()}'"))
    m = list_pattern("clickbait-phrases.txt").search(text)
    if m:
        found.append(Feature("clickbait", 2, at + m.start(), at + m.end(), f"clickbait wording '{m.group()}'"))
    loaded = sorted(
        [*list_pattern("loaded-words.txt").finditer(text), *list_pattern("headline-words.txt").finditer(text)],
        key=lambda m: m.start(),
    )
    if loaded:
        words = sorted({m.group().lower() for m in loaded})
        first, last = loaded[0], loaded[-1]
        found.append(Feature("hyperbole", min(len(words), 2), at + first.start(), at + last.end(), f"hyperbole ({', '.join(words)})"))
    m = _media_tag().search(text)
    if m:
        loud = m.group().isupper()
        found.append(Feature("media-tag", 2 if loud else 1, at + m.start(), at + m.end(), f"a media tag '{m.group()}'"))
    for name, rx, points, detail in (
        ("exclamation", _EXCLAMATION, 2, "an exclamation mark"),
        ("teaser", _ELLIPSIS, 2, "a teaser ellipsis"),
        ("question", _QUESTION, 1, "a question"),
        ("you", _YOU, 1, "the reader addressed as 'you'"),
    ):
        m = rx.search(text)
        if m:
            found.append(Feature(name, points, at + m.start(), at + m.end(), detail))
    return found


_WORDS = LazyPattern(r"\p{L}+")


def page_title(doc: Document) -> tuple[int, int] | None:
    """Where an HTML page's ``<title>`` repeats the headline: search results and link previews
    show the title, so a sensational headline there is reported too."""
    span = doc.page_title
    if span is None or doc.headline is None:
        return None
    head = _WORDS.findall(headline_text(doc).lower())
    title = _WORDS.findall(doc.text[span.start : span.end].lower())
    if not head or title[: len(head)] != head:
        return None
    return span.start, span.end


@dataclass(frozen=True)
class SensationalHeadlineOptions:
    """The options of the ``headline.sensational_headline`` analyzer."""

    threshold: int = option(2, "points of headline features at which the rule fires")


@analyzer("headline.sensational_headline", options=SensationalHeadlineOptions, fields=("features", "points", "threshold"))
def sensational_headline(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """HDL001: headline features (capitals, exclamations, clickbait forms) worth ``threshold`` points."""
    features = headline_features(doc)
    points = sum(f.points for f in features)
    threshold = rule.options.threshold
    if points < threshold:
        return
    head = doc.headline
    assert head is not None
    args = {"features": "; ".join(f.detail for f in features), "points": str(points), "threshold": str(threshold)}
    yield Hit(head.start, head.end, {"match": doc.text[head.start : head.end], **args})
    title = page_title(doc)
    if title is not None:
        yield Hit(title[0], title[1], {"match": doc.text[title[0] : title[1]], **args})
