"""Crowd subjects: a claim whose holder is a group named only by what its people are.

"Retailers have been warning…", "Reviewers on several forums have grumbled…", "Some who ride the
number 4 every morning say…", "Teachers right across the state have long argued…": an editor
asks *which* retailers, reviewers, riders or teachers. The check is a parse, not a phrase list:

* a verb of saying, believing, predicting or complaining (``claim-verbs.txt``, with its regular
  forms made here), reached from its subject over at most five auxiliaries and adverbs;
* its subject: a plural noun for people, known by the lists of people nouns
  (``role-nouns.txt``, ``occupations.txt``, ``vague-sources.txt``, ``crowd-heads.txt``) or by
  the shape of an agent noun (-er, -or, -ist, -ian, -ant, -ent, -ee; less
  ``non-person-agent-nouns.txt``), bare (no article, no possessive, no number), with at most
  three modifiers and a quantifier before it ("a growing number of", "plenty of") and at most one
  setting after it: a prepositional phrase ("on several tech forums", "right across the state")
  or a relative clause ("who follow the sector");
* the subject opens its clause (a sentence, a line, or after a comma, a dash, a parenthesis or a
  conjunction), so an object ("the company told retailers…") is never read as a holder.

People who speak for a body ("officials", "investigators", ``institutional-voices.txt``) are
no crowd, nor is a verb after a modal ("could argue") or after "to" ("wants voters to know").
Each match is graded by how far the wire would go with it: a view the wire does not report
("reckon", "lament") held by a consensus (a quantifier such as "many", an adverb such as "long"
or "privately") or by a crowd placed in a setting ("on the forums") is never the wire's; a bare
crowd with such a view ("investors fear") and a counted or placed group with the wire's summary
verb ("residents up the road said", "many refiners say") are forms the wire uses too, counted
only beside other hearsay; a bare group with that verb ("biologists say") is left to the
grammar of ``vague-sources.txt``. A group after "that" or "which" whose verb runs straight into
another ("the gas that many scientists believe is warming…") is an object relative, not a claim. SRC006 decides with those grades, as for its other shapes.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Callable, Iterator, Literal

from lint.wordlists import data_lines, word_list

if TYPE_CHECKING:
    from lint.document import Document

Grade = Literal["consensus", "crowd", "summary"]

#: Auxiliaries and adverbs between a subject and its verb ("have long", "are now quietly").
_AUX = frozenset(
    "have has had been are were do did will would may might could can should must now also still "
    "already long often widely generally increasingly largely broadly privately quietly openly "
    "really clearly even all both too repeatedly routinely frequently universally almost nearly "
    "seem seems seemed appear appears appeared tend tends tended to keep kept begin began start "
    "started continue continued".split()
)
#: Finite verbs right after the claim verb: its object was the relative pronoun before the group.
_FINITE = frozenset("is are was were has have had will would could can may might".split())
_MODALS = frozenset("will would could may might can should must".split())
#: Adverbs that make a group's view a consensus or a rumour: never the wire's summary.
_CONSENSUS_ADVERBS = frozenset("long widely generally increasingly largely broadly universally privately quietly".split())
#: Quantifiers before a group ("many", "plenty of", "a growing number of", "more than a few").
_QUANT = frozenset("so many most some plenty lots lot of a growing number more than few half handful host scores dozens countless numerous several various all".split())
_CONSENSUS_QUANT = frozenset("many most plenty lots lot growing few half host scores dozens countless numerous".split())
#: Words that open a setting after the group ("on the forums", "who follow the trade").
_PREPS = frozenset("in on at across around among within throughout from inside outside near along over up down all right".split())
_RELATIVES = frozenset(("who", "that"))
#: Words after which a subject opens a clause.
_OPENERS = frozenset(
    "and but that as while because although though since so yet if when whereas where even how why whether "
    "meanwhile now still do does did".split()
)
#: Words that cannot be a modifier of the group (articles, pronouns, prepositions, numbers).
_NOT_MODIFIER = frozenset(
    "the a an this that these those their his her its our my your of to by for with in on at as and or but "
    "one two three four five six seven eight nine ten who which what whose no not any is are was were be "
    "has have had said says told".split()
)
#: Plural people who act for a body, besides the singular voices of ``institutional-voices.txt``.
_OFFICIALDOM = frozenset("authorities prosecutors legislators organizers organisers regulators police advisers advisors".split())
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "eer")


@cache
def _verb_forms() -> dict[str, bool]:
    """Every form of every claim verb → whether the wire sums up its sources with it."""
    out: dict[str, bool] = {}
    for line in data_lines("claim-verbs.txt"):
        parts = line.lower().split()
        wire = parts[-1] == "*"
        words = [p for p in parts if p != "*"]
        lemma, irregular = words[0], words[1:]
        forms = {lemma, *irregular}
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
        elif lemma.endswith("e"):
            forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
        elif lemma.endswith(("s", "sh", "ch", "x")):
            forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
        else:
            forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        for f in forms:
            out[f] = out.get(f, False) or wire
    return out


@cache
def _people_nouns() -> frozenset[str]:
    """Singular people nouns the lists hold (role nouns, jobs, the vague groups' nouns)."""
    words = set(word_list("role-nouns.txt")) | set(word_list("occupations.txt")) | set(word_list("crowd-heads.txt"))
    for line in word_list("vague-sources.txt"):
        w = line.split()[0]
        words.add(_singular(w))
        words.add(w)
    return frozenset(words)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def person_plural(word: str) -> bool:
    """Whether a lower-case word is a plural noun for people ("retailers", "gastroenterologists",
    "folks"), by the lists of people nouns or by the shape of an agent noun."""
    if word in ("people", "folks", "folk", "faithful", "locals"):
        return True
    if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
        return False
    sing = _singular(word)
    if sing in _people_nouns() or word in _people_nouns():
        return True
    if sing.endswith("ment") or sing in word_list("non-person-agent-nouns.txt"):
        return False
    return len(sing) >= 5 and sing.endswith(_AGENT_ENDINGS) and sing.isalpha()


def crowd_claims(doc: Document, lo: int = 0) -> Iterator[tuple[int, int, str, Grade]]:
    """(start, end, phrase, grade) for every claim whose subject is a crowd (see the module)."""
    idx = doc.index
    text = doc.plain
    starts, ends = idx.starts, idx.ends
    verbs = _verb_forms()
    sentence_starts = {s.start for s in doc.sentences}
    n = len(starts)

    def word(k: int) -> str:
        return text[starts[k] : ends[k]]

    def gap(a: int) -> str:  # the text between word a and word a + 1
        return text[ends[a] : starts[a + 1]]

    def joined(a: int) -> bool:  # word a and word a + 1 sit in one phrase
        g = gap(a)
        return g.strip(" \u00a0") == "" and "\n" not in g

    first = next((k for k in range(n) if starts[k] >= lo), n)

    def opening(h: int) -> bool:  # word h opens a sentence, a line or a parenthesis
        return starts[h] in sentence_starts or h == first or any(c in text[ends[h - 1] : starts[h]] for c in "\n(\"“‘—–:>|*•")

    for k in range(max(first, 1), n):
        v = word(k)
        if v.lower() not in verbs or not v.islower():
            continue
        j, aux = k - 1, []
        while j >= first and len(aux) < 5 and joined(j) and word(j).lower() in _AUX:
            aux.append(word(j).lower())
            j -= 1
        if j < first or not joined(j) and not gap(j).strip(" \u00a0") == ",":
            continue
        if not _verb_agrees(v.lower(), aux) or _MODALS.intersection(aux):
            continue  # "will recommend", "could argue": no view held now
        if aux and aux[0] == "to" and not {"seem", "seems", "seemed", "appear", "appears", "appeared", "tend", "tends", "tended"}.intersection(aux):
            continue  # "want voters to know", "allows managers to claim": the verb's subject is elsewhere
        for head, setting in _heads(word, joined, opening, j, first):
            s, quant = _modifiers(word, joined, opening, head, first, verbs)
            if s is not None and _opens_clause(text, starts, ends, s, opening, first):
                break
        else:
            continue
        if word(head).lower() in word_list("crowd-heads.txt") and not setting:
            continue  # a bare pronoun is another shape's (holder-pronouns.txt)
        if setting and any(w[:1].isupper() for w in (word(i) for i in range(head + 1, j + 1))) and not _CONSENSUS_QUANT.intersection(quant):
            continue  # "residents in Canterbury said", "analysts at Barclays expect": a named place or body
        if _singular(word(head).lower()) in word_list("institutional-voices.txt") or word(head).lower() in _OFFICIALDOM:
            continue  # "officials say", "investigators believe": people who speak for a body
        consensus = bool(_CONSENSUS_QUANT.intersection(quant) or _CONSENSUS_ADVERBS.intersection(aux))
        wire = verbs[v.lower()]
        if "few" in quant and "than" not in quant:
            continue  # "few economists agree" denies a consensus; the group grammar weighs it
        if wire and not (setting or any(quant)):
            continue  # "biologists say": the grammar of vague-sources.txt weighs the bare summary forms
        if k + 1 < n and _opener(word(s - 1) if s > first else "") in ("that", "which") and word(k + 1).lower() in _FINITE:
            continue  # "the gas that many scientists believe is warming the planet": an object relative
        grade: Grade = "summary" if wire else "consensus" if consensus or setting else "crowd"
        yield starts[s], ends[k], text[starts[s] : ends[k]], grade


def _opener(w: str) -> str:
    return w.lower()


def _verb_agrees(verb: str, aux: list[str]) -> bool:
    """Whether a verb form can follow a plural subject over these auxiliaries: "say", "said",
    "have said", "are saying", "have been warning"; not "are said" (a passive), not "says"."""
    be = any(a in ("are", "were", "been", "is", "was") for a in aux)
    if verb.endswith("ing"):
        return be or any(a in ("keep", "kept", "begin", "began", "start", "started", "continue", "continued") for a in aux)
    if be:
        return False
    if verb.endswith("s") and not verb.endswith("ss") and verb not in ("sworn", "known"):
        return False  # "says": a singular subject
    return True


def _heads(word: Callable[[int], str], joined: Callable[[int], bool], opening: Callable[[int], bool], j: int, first: int) -> Iterator[tuple[int, bool]]:
    """The group's possible head nouns, nearest first: the word ``j`` itself, or a head before a
    setting that ends there: (index, whether a setting follows the head). A capitalised head
    only opens its sentence."""

    def cased(h: int) -> bool:
        w = word(h)
        return w.islower() or opening(h) and w[:1].isupper() and w[1:].islower()

    if person_plural(word(j).lower()) and cased(j):
        yield j, False
    for p in range(j, max(first, j - 10) - 1, -1):
        low = word(p).lower()
        if p < j and not joined(p):
            return
        if low in _RELATIVES or low in _PREPS and j - p <= 6:
            h = p - 1
            while h >= first and joined(h) and word(h).lower() in ("right", "all", "up", "and", "down"):
                h -= 1
            head = word(h).lower() if h >= first else ""
            if head and joined(h) and cased(h) and (person_plural(head) or low in _RELATIVES and head in word_list("crowd-heads.txt")):
                yield h, True


def _modifiers(word: Callable[[int], str], joined: Callable[[int], bool], opening: Callable[[int], bool], head: int, first: int,
               verbs: dict[str, bool]) -> tuple[int | None, list[str]]:
    """Where the group opens, over at most three modifiers and a quantifier before its head, and
    the quantifier's words ("" for a modifier); None when a modifier is a named body's name."""
    s, quant = head, []
    while s - 1 >= first and len(quant) < 6 and joined(s - 1):
        w = word(s - 1)
        low = w.lower()
        if low in _QUANT:
            quant.append(low)
        elif low in _NOT_MODIFIER or low in word_list("function-words.txt") or low in verbs or not w.replace("-", "").isalpha():
            break
        elif not w.islower() and not opening(s - 1):
            return None, quant  # "Barclays analysts": a named body's people
        elif quant.count("") >= 3:
            break
        else:
            quant.append("")
        s -= 1
    if quant and quant[-1] in ("of", "than", "number", "lot"):
        return None, quant  # "a number of", "more than": a quantifier cut in two
    return s, quant


def _opens_clause(text: str, starts: list[int], ends: list[int], s: int, opening: Callable[[int], bool], first: int) -> bool:
    """Whether the word ``s`` opens a clause: a sentence, a line, or after a comma, a dash, a
    parenthesis, a quotation mark or a conjunction."""
    if opening(s):
        return True
    g = text[ends[s - 1] : starts[s]]
    if "\n" in g or any(c in g for c in ",;:(—–\"“‘>|*-•"):
        return True
    return text[starts[s - 1] : ends[s - 1]].lower() in _OPENERS
