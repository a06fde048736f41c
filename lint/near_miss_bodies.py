"""Near-misses of real institutions: a body name no gazetteer knows that differs from a known one
by one added, dropped or changed word ("Royal College of Art and Design" beside the Royal College
of Art, "Global Institute for Strategic Studies" beside the International Institute for Strategic
Studies), the content-farm way of borrowing a real body's standing.

The comparison is of content words: connectors (``name-connectors.txt``), places and demonyms are
left out on both sides, so that a regional namesake ("Irish Heart Foundation" beside the British
one) is no near-miss. The two names must share two distinctive words (not a head such as
"Institute", ``institute-heads.txt``, ``body-heads.txt``, ``near-miss-kind-words.txt``), and the
word that differs must not be one that names a part or a description of the real body
(``near-miss-neutral-words.txt`` and the gazetteers' unit words: "X University Hospital", "the
Department of Music of X University"). The word that differs is an ordinary English word (a name
of its own, "Marlow" beside "Ojai", makes another body) and not a form of the shared one
("Nation"/"Nations"); and a run of capitals that holds the real body itself among other words
("But the Tax Policy Center", "… Forum in Davos on Tuesday") is not one, unless a field is joined
to it with "and" ("Royal College of Art and Design").
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from typing import Iterator

from lint.document import Document
from lint.gazetteer import institution_names, is_demonym, is_place, known_institution, normalize_name, unit_words
from lint.patterns import LazyPattern
from lint.people import ORG, body_range, clean_org
from lint.wordlists import is_english_word, word_list

#: Fewest distinctive words a near-miss shares with the real name.
_SHARED_DISTINCTIVE = 2
#: Most content words of a name compared (longer runs of capitals are headings, not names).
_MAX_WORDS = 8

_THE = LazyPattern(r"(?<![\p{L}])(?i:the)[ \u00a0]+")
#: A full stop and a space inside a run: the run goes on into the next sentence ("… for Justice. Lead").
_SENTENCE_END = LazyPattern(r"(?<=\p{Ll}{2})\.[ \u00a0]+")
_ORG_RUN = LazyPattern(rf"(?<![\p{{L}}\p{{N}}'’.\-]){ORG}")


@cache
def _heads() -> frozenset[str]:
    return word_list("institute-heads.txt") | word_list("body-heads.txt") | word_list("near-miss-kind-words.txt")


@cache
def _neutral() -> frozenset[str]:
    return word_list("near-miss-neutral-words.txt") | unit_words()


@cache
def _parts() -> frozenset[str]:
    """The unit words that are no kind of body on their own: a name holding one (on either side)
    is a part of a university or a hospital ("Graduate School of Design" beside "… of Education")."""
    return frozenset(w for u in _neutral() for w in u.split()) & unit_words() - _heads()


def _content(key: str) -> frozenset[str]:
    """The content words of a normalised name: connectors, places and demonyms left out."""
    connectors, heads = word_list("name-connectors.txt"), _heads()
    return frozenset(w for w in key.split()
                     if w not in connectors and (w in heads or not is_place(w.title()) and not is_demonym(w.title())))


@cache
def _index() -> dict[str, list[tuple[frozenset[str], str]]]:
    """Each gazetteer name's content words, filed under each of its distinctive words."""
    heads = _heads()
    out: dict[str, list[tuple[frozenset[str], str]]] = {}
    for key, name in institution_names().items():
        words = _content(key)
        for w in words - heads:
            out.setdefault(w, []).append((words, name))
    return out


@lru_cache(maxsize=4096)
def real_name_near(name: str) -> str | None:
    """The real institution ``name`` is a near-miss of, or None. ``name`` is taken to be unknown."""
    words = _content(normalize_name(name))
    heads = _heads()
    if not words & heads or len(words) > _MAX_WORDS:
        return None
    distinctive = words - heads
    seen: set[frozenset[str]] = set()
    found: list[tuple[int, str]] = []
    for w in distinctive:
        for real, real_name in _index().get(w, ()):
            if real in seen:
                continue
            seen.add(real)
            added, dropped = words - real, real - words
            if len(added) > 1 or len(dropped) > 1 or not (added or dropped):
                continue
            differ = added | dropped
            if not all(is_english_word(w) for w in differ) or _one_stem(differ):
                continue  # a name of its own ("Marlow" beside "Ojai"), or a spelling of the same word
            if differ & (_neutral() | heads) or len((words & real) - heads) < _SHARED_DISTINCTIVE:
                continue
            if (words | real) & _parts():
                continue  # a school, a department or a hospital beside another of the same university
            mine, theirs = set(normalize_name(name).split()), set(normalize_name(real_name).split())
            found.append((len(theirs - mine), len(mine ^ theirs), real_name))
    # the nearest as written, places included: "Royal College of Art", not "Chelsea College of Art and Design"
    return min(found)[2] if found else None


def _one_stem(words: frozenset[str]) -> bool:
    """Whether two differing words are forms of one word ("Nation", "Nations"; "Economy", "Economics")."""
    a, b = (sorted(words, key=len) + ["", ""])[:2]
    common = len(os.path.commonprefix([a, b]))
    return bool(a and b) and (common == len(a) or common >= 5)


def _holds_known(run: str, org: str, real: str, known: tuple[str, ...]) -> bool:
    """Whether some words of a run name a known institution that holds every distinctive word the
    name shares with the real one: the real one itself, written among other words ("But the Tax
    Policy Center", "United Nations and Council of Europe", "World Economic Forum in Switzerland")."""
    shared = _content(normalize_name(org)) & _content(normalize_name(real)) - _heads()
    words = run.split()
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return any(shared <= _content(normalize_name(span)) and known_institution(span, known) and not _field_added(org, span)
               for span in spans)


#: A field joined to a real name with "and", the place of the body after it ("… of Art and Design in London").
_AND_FIELD = LazyPattern(r"[ \u00a0]+and[ \u00a0]+(?P<field>\p{Lu}\p{Ll}+)(?:[ \u00a0]+in[ \u00a0]+\p{Lu}.*)?")


def _field_added(org: str, span: str) -> bool:
    """Whether ``org`` is the known ``span`` with one field joined by "and" ("Royal College of Art and
    Design"): a near-miss, not the real body written among other words."""
    m = _AND_FIELD.fullmatch(org[len(span):]) if org.startswith(span) else None
    return bool(m) and is_english_word(m.group("field").lower()) and m.group("field").lower() not in _heads()


def near_miss_bodies(doc: Document, known: tuple[str, ...] = ()) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name as written, real name) of each body in the copy that is a near-miss of a
    real institution and that no gazetteer (nor ``known-organizations``) knows."""
    lo, hi = body_range(doc)
    for m in _ORG_RUN.finditer(doc.plain, lo, hi):
        for offset, org in _names_in(_SENTENCE_END.split(m.group(), 1)[0]):
            if len(org.split()) < 3 or known_institution(org, known):
                continue
            real = real_name_near(org)
            if real and not _holds_known(m.group(), org, real, known):
                yield m.start() + offset, m.start() + offset + len(org), org, real
                break


def _names_in(run: str) -> Iterator[tuple[int, str]]:
    """The names a run of capitalised words may hold, longest first: the whole run and each tail
    after a "the" ("Lea Marr of the Global Institute…", "What the Pew Research Center found")."""
    yield from ((run.find(org), org) for org in [clean_org(run)] if org)
    for t in _THE.finditer(run):
        org = clean_org(run[t.end():])
        if org:
            yield t.end(), org
