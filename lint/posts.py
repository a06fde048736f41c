"""The posts an article gives one person, and whether two of them contradict each other.

An editor reading "Lena Roe, the firm's chief financial officer" and later "Roe, who heads the
firm's marketing team" asks which one she is. The check reads every way an article gives a
person a post, whatever the sentence around it:

* the people extraction's credential of a mention (an apposition, "X of Y", a title before the
  name: "Chief executive Graham Pike", "Principal Dana Kirchner");
* a "who" clause after a mention: "…, who as the trust's medical director signed…", "…, who has
  been the district's superintendent since 2020", "…, who founded the company and today serves
  as its chief technology officer", "…, who leads the firm's engineering team".

A post is reduced to its specific words: the body's name and possessive, articles and the
generic rank words (``chief``, ``head``, ``senior``, ``officer``…) dropped, short forms written
out (``role-abbreviations.txt``). Two posts contradict each other when both hold a role word,
share no specific word, neither is a founding, owning or membership, no career word tells a
change ("former", "until", "later"), both are offices held one at a time (``office-titles.txt``:
a profession such as "economist" or "lawyer" goes with any post), and they are not posts one
person commonly holds together (``co-held-posts.txt``: a chairman who is chief executive, a
senator who chairs a committee).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lint.patterns import alternation_source
from lint.patterns import compile as compile_pattern
from lint.people import is_role_word
from lint.wordlists import data_lines, word_list, word_table

if TYPE_CHECKING:
    from lint.document import Document
    from lint.people import Person

#: Rank words that say how high a post is, not what it is.
_S = r"[ \u00a0]+"
_POST_WORDS = r"(?:(?:the|an?|its|his|her|their)[ \u00a0]+)?(?:[\p{L}.\-]+(?:[ \u00a0]+\p{Lu}[\p{L}.\-]*)*['’]s[ \u00a0]+)?(?P<post>(?:[\p{Ll}\-]+[ \u00a0]+){0,5}[\p{Ll}\-]+)"


@cache
def _who_post() -> regex.Pattern[str]:
    """A post in a "who" clause right after a mention ("…, who is chief economist at…":
    rules/data/post-clause-verbs.txt)."""
    verbs = alternation_source(word_list("post-clause-verbs.txt"))
    return compile_pattern(rf",{_S}who{_S}(?:[^,.;:!?\n()\"“”]{{0,60}}?{_S})?(?:{verbs}){_S}{_POST_WORDS}")


@cache
def _generic() -> frozenset[str]:
    """Words of a post that say its rank or shape, not its field (rules/data/post-generic-words.txt)."""
    return word_list("post-generic-words.txt")


@cache
def _who_runs() -> regex.Pattern[str]:
    """A unit a person runs, in a "who" clause: "…, who leads the firm's engineering team"
    (rules/data/unit-lead-verbs.txt, unit-nouns.txt)."""
    verbs = alternation_source(word_list("unit-lead-verbs.txt"))
    units = alternation_source(word_list("unit-nouns.txt"))
    return compile_pattern(
        rf",{_S}who{_S}(?:{verbs}){_S}(?:(?:the|its|his|her|their)[ \u00a0]+)?(?:[\p{{L}}.\-]+(?:[ \u00a0]+\p{{Lu}}[\p{{L}}.\-]*)*['’]s[ \u00a0]+)?"
        rf"(?P<area>(?:[\p{{Ll}}\-]+[ \u00a0]+){{1,3}}?)(?:{units})(?![\p{{L}}])"
    )


@dataclass(frozen=True)
class Post:
    text: str
    words: frozenset[str]
    start: int
    end: int


@cache
def _co_held() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line.split()) for line in data_lines("co-held-posts.txt"))


def post_words(text: str) -> frozenset[str]:
    """The specific words of a post ("Voltaren's chief financial officer" → {"financial"})."""
    text = regex.split(r"['’]s[ \u00a0]+", text)[-1]
    abbreviations = word_table("role-abbreviations.txt")
    words: list[str] = []
    for w in regex.findall(r"[\p{L}\-]+", text.lower()):
        words.extend(abbreviations.get(w, w).split())
    return frozenset(w for w in words if w not in _generic())


def _has_role(text: str) -> bool:
    return any(is_role_word(w) or w in word_table("role-abbreviations.txt") for w in regex.findall(r"[\p{L}\-]+", text.lower()))


def _trim(post: str) -> str:
    """A post cut after its last role word ("agent negotiated his fee" → "agent")."""
    words = post.split()
    for i in range(len(words), 0, -1):
        if is_role_word(words[i - 1]) or words[i - 1] in ("team", "department"):
            tail = words[i:]
            if len(tail) >= 2 and tail[0] == "of":
                return " ".join(words[: i + 2])
            return " ".join(words[:i])
    return ""


def person_posts(doc: Document, person: Person, career: regex.Pattern[str]) -> Iterator[Post]:
    """Every post the article gives a person outside quotations, in text order; a post told as
    a career ("former", "until", "later") is left out."""
    plain = doc.plain
    for m in person.mentions:
        if doc.in_quote(m.start):
            continue
        role = m.role or (m.title if m.title and is_role_word(m.title) else "")
        if role:
            lo = m.cred_start if m.cred_start >= 0 else m.start
            hi = m.cred_end if m.cred_end >= 0 else m.end
            context = plain[max(0, lo - 30) : hi]
            if _has_role(role) and not career.search(context):
                yield Post(role, post_words(role), lo, hi)
            continue
        w = _who_post().match(plain, m.end)
        if w is not None and not career.search(w.group()):
            post = _trim(w.group("post"))
            if post and _has_role(post):
                yield Post(post, post_words(post), m.start, w.start("post") + len(post))
            continue
        r = _who_runs().match(plain, m.end)
        if r is not None and not career.search(r.group()):
            area = r.group("area").strip()
            yield Post(f"head of {area}", frozenset(area.split()) - _generic(), m.start, r.end())


@cache
def _office_words() -> frozenset[str]:
    """Words of offices held one at a time (``office-titles.txt``), and the head of a unit."""
    return (frozenset(word_table("office-titles.txt")) - {"chief"}) | {"head", "officer"}  # "chief economist" is a profession


def _office(text: str) -> bool:
    abbreviations = word_table("role-abbreviations.txt")
    words = {x for w in regex.findall(r"[\p{L}\-]+", text.lower()) for x in abbreviations.get(w, w).split()}
    return bool(words & _office_words())


def contradict(a: Post, b: Post) -> bool:
    """Whether two posts of one person cannot both be held (see the module): both are offices
    (``office-titles.txt``: a profession such as "economist" or "lawyer" goes with any post)."""
    if not a.words or not b.words or a.words & b.words:
        return False
    if not (_office(a.text) and _office(b.text)):
        return False
    if word_list("posts-held-beside-any.txt") & (a.words | b.words):
        return False
    return not any(g & a.words and g & b.words for g in _co_held())


def post_conflict(doc: Document, person: Person, career: regex.Pattern[str]) -> tuple[Post, Post] | None:
    """The first two posts of a person that contradict each other, or None."""
    posts: list[Post] = []
    for p in person_posts(doc, person, career):
        for q in posts:
            if contradict(q, p):
                return q, p
        posts.append(p)
    return None
