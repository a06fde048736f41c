"""The people an article relies on: who is named, with what credential, quoting what.

Sourcing rules ask questions about people ("is this expert traceable?", "was
this surname ever introduced?", "is the same person given two institutes?"),
so the extraction is done once per document here and shared through
``doc.memo``. It is plain pattern work over the masked text, in a few passes:

1. every run of capitalised words in the body (the candidate names), each
   checked against the text just before and after it for a *frame* that makes
   it a person: a title ("Dr.", "Foreign Minister"), an attribution verb
   ("said", "notes", "told"), "according to", a role noun ("economist X"),
   an apposition ("X, a senior fellow at Y"), a possessive organisation
   ("Y's chief economist X") or a dash after a quotation ("– X, Role, Org");
2. surname-only runs attached to the person they refer to;
3. quotations attributed to the mention in their sentence (or to the last
   person before a "he said").

Word lists (titles, role nouns, attribution verbs…) live in ``rules/data`` so
they can be read and extended without touching code.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import regex

from lint.document import Document, Span
from lint.patterns import LazyPattern, alternation_source, escape, longest_first
from lint.patterns import compile as compile_pattern
from lint.wordlists import data_lines, word_list

_SP = r"[ \u00a0]"


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a person is named.

    ``start``/``end`` cover the name as written (without the title);
    ``cred_start``/``cred_end`` cover the whole reference, title and
    credential included, which is what a finding should underline.
    """

    start: int
    end: int
    name: str
    title: str = ""
    role: str = ""
    org: str = ""
    cred_start: int = -1
    cred_end: int = -1
    #: The name is used as a source: attribution verb, "according to", dash.
    source: bool = False
    #: The credential is a comma-chained, title-case list ("X, Geopolitical Economist, Global Policy Institute").
    chained: bool = False

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    @property
    def full(self) -> bool:
        """Whether the mention gives more than a surname."""
        return len(self.tokens) > 1

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    @property
    def span(self) -> Span:
        return Span(min(self.start, self.cred_start) if self.cred_start >= 0 else self.start, max(self.end, self.cred_end))


@dataclass(frozen=True, slots=True)
class Person:
    """Everything one article says about one person, mentions in text order."""

    key: str
    name: str
    mentions: tuple[Mention, ...]

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    def credentials(self) -> list[Mention]:
        """Mentions that carry a role or an organisation."""
        return [m for m in self.mentions if m.role or m.org]


class Quote(NamedTuple):
    """A quotation in the body and the mention it is attributed to, if any."""

    span: Span
    speaker: Mention | None


@dataclass(frozen=True, slots=True)
class People:
    """The result of :func:`extract_people` for one document."""

    persons: tuple[Person, ...]
    #: Every person mention, surname-only ones included, in text order.
    mentions: tuple[Mention, ...]
    #: Surname-only mentions used as sources that match no full-name person.
    orphans: tuple[Mention, ...]
    #: Lower-cased last tokens of every capitalised name-like run, with their first offset.
    introduced: dict[str, int]
    quotes: tuple[Quote, ...]

    def person_of(self, mention: Mention) -> Person | None:
        for person in self.persons:
            if mention in person.mentions:
                return person
        return None


# -- word lists -----------------------------------------------------------------------------------
@cache
def title_words() -> frozenset[str]:
    """Words that may stand before a name as its title: honorifics, positions, role nouns."""
    return word_list("person-titles.txt") | word_list("role-nouns.txt")


@cache
def non_name_words() -> frozenset[str]:
    """Words that cannot be part of a name: places, bodies, calendar words, titles."""
    return word_list("not-name-words.txt") | word_list("person-titles.txt")


_WORDS = LazyPattern(r"\S+")
#: Verbs whose following name is the listener, not the speaker ("told Reuters", "asked Smith").
_OBJECT_VERBS = frozenset({"told", "tells", "asked", "asks", "urged", "urges", "labels", "labeled", "labelled", "described", "describes"})
_NOT_A_ROLE = LazyPattern(
    r"(?:who|whose|which|that|despite|after|before|while|when|including|as|in|on|at|by|whom)\b", regex.I
)
_ARTICLE = LazyPattern(r"^(?:a|an|the|one|another)\s+", regex.I)
_THE = LazyPattern(r"^(?:the|The)\s+")
_COMMA_SAID = LazyPattern(
    r"\s*,\s*(?:\p{Ll}+\s+){0,2}(?:said|says|told|notes|noted|argued|argues|added|warned)\b"
)
_INITIAL_RX = LazyPattern(r"\p{Lu}\.")
_SINGLE_LETTER = LazyPattern(r"\p{L}\.?")


def _alternation(words: frozenset[str]) -> str:
    """:func:`~lint.patterns.alternation_source` with a space or no-break space between words and
    no boundaries (the patterns set their own), as a non-capturing group."""
    return "(?:" + alternation_source(words, bounded=False, blank=_SP + "+") + ")"


class _Patterns(NamedTuple):
    run: regex.Pattern[str]
    verb_after: regex.Pattern[str]
    verb_before: regex.Pattern[str]
    according: regex.Pattern[str]
    dash_before: regex.Pattern[str]
    role_before: regex.Pattern[str]
    appos: regex.Pattern[str]
    chain_next: regex.Pattern[str]
    of_org: regex.Pattern[str]
    org_in: regex.Pattern[str]
    role_word: regex.Pattern[str]
    pronoun_said: regex.Pattern[str]


#: A capitalised two-word name (given name, surname); a possessive ending is not part of the surname
#: ("Linda Carraway's team"), a double-barrelled one is ("Ashford-Vale").
NAME_PAIR = LazyPattern(r"(?<![\p{L}'’\-])(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}[\p{L}'’\-]*?\p{L})(?=['’]s(?![\p{L}])|(?![\p{L}]|[\-'’]\p{L}))")
#: A capitalised name word: Smith, McDonald, O'Brien, Jean-Paul, Zelenskyy (not "Smith's").
TOKEN = r"(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}(?:-\p{L}+)*"
_INITIAL = r"\p{Lu}\."
#: An organisation: capitalised words joined by of/for/and/the ("Institute of World Economics").
ORG = (
    r"(?:\p{Lu}[\p{L}\p{N}&.'’\-]*|\p{N}+)"
    rf"(?:{_SP}+(?:(?:of|for|and|on|in|the|de|du|des|la|di|&){_SP}+)*(?:\p{{Lu}}[\p{{L}}\p{{N}}&.'’\-]*))*"
)


@cache
def patterns() -> _Patterns:
    """Compile the extraction patterns once per process, on first use."""
    verbs = _alternation(word_list("attribution-verbs.txt"))
    particle = _alternation(word_list("name-particles.txt"))
    abbr_title = "(?:" + "|".join(escape(t) for t in longest_first(data_lines("abbreviated-titles.txt"))) + ")"
    roles = _alternation(word_list("role-nouns.txt"))
    endings = _alternation(word_list("role-noun-endings.txt"))
    role = rf"(?:{roles}|\p{{Ll}}{{3,}}{endings})(?:e?s)?"
    glue = rf"(?:{_SP}+(?:(?:{particle}{_SP}+){{1,2}}|{particle}-)?|{_SP}+(?:{_INITIAL}{_SP}*)+{_SP}*)"
    adverbs = _alternation(word_list("speech-adverbs.txt"))
    to_roles = _alternation(word_list("to-affiliation-roles.txt"))
    plain_adj = r"(?!(?:and|the|a|an|of|to|by|for|with|in|on|at|as|said|says|who|which|that)\b)[\p{Ll}\-]+"
    return _Patterns(
        run=compile_pattern(
            rf"(?<![\p{{L}}\p{{N}}'’.-])(?:(?P<abbr>{abbr_title})\.?{_SP}+)?"
            rf"(?P<run>(?:{_INITIAL}{_SP}*)*{TOKEN}(?:{glue}{TOKEN})*)(?![\p{{L}}\p{{N}}])"
        ),
        verb_after=compile_pattern(
            rf"(?:['’]s?{_SP}+\p{{Ll}}+)?{_SP}*(?:,{_SP}*(?:however|meanwhile|though|too){_SP}*,)?"
            rf"{_SP}+(?:{adverbs}{_SP}+){{0,2}}(?P<verb>{verbs})(?![\p{{L}}])",
            regex.I,
        ),
        verb_before=compile_pattern(
            rf"(?<![\p{{L}}])(?:{_alternation(word_list('attribution-verbs.txt') - _OBJECT_VERBS)}),?{_SP}+$",
            regex.I | regex.REVERSE,
        ),
        according=compile_pattern(
            rf"(?<![\p{{L}}])according{_SP}+to{_SP}+(?:(?:{plain_adj}){_SP}+){{0,3}}$", regex.I | regex.REVERSE
        ),
        dash_before=compile_pattern(rf"[”\"]{_SP}*[–—―-]{_SP}*$", regex.REVERSE),
        role_before=compile_pattern(
            rf"(?:(?P<org>{ORG})['’]s?{_SP}+)?(?<![\p{{L}}])(?P<role>(?:{plain_adj}{_SP}+){{0,2}}{role}){_SP}+$",
            regex.REVERSE,
        ),
        appos=compile_pattern(
            rf",{_SP}*(?P<cred>(?:(?!{_SP}(?:said|says|told|who|which|and\s+(?:a|an|the)\s)\b)[^,;:!?“”\"()\n–—])+?)"
            rf"(?={_SP}*(?:[,;:!?“”\"()\n–—]|\.(?:\s|$)|$)|{_SP}(?:said|says|told|who|which)\b|{_SP}and{_SP}+(?:a|an|the){_SP})"
        ),
        chain_next=compile_pattern(rf",{_SP}*(?P<cred>(?:the{_SP}+)?{ORG})(?={_SP}*(?:[,;:!?”\"()\n–—]|\.(?:\s|$)|$|said\b|says\b))"),
        of_org=compile_pattern(rf"{_SP}+(?:of|at|from){_SP}+(?:the{_SP}+)?(?P<org>{ORG})(?={_SP}*,|{_SP}+(?:{verbs})\b)"),
        org_in=compile_pattern(
            rf"(?<![\p{{L}}])(?:at|of|with|for|from|(?<=(?<![\p{{L}}])(?:{to_roles}){_SP})to(?={_SP}+the{_SP})){_SP}+(?:the{_SP}+)?(?:(?-i:\p{{Ll}}[\p{{Ll}}\-]+){_SP}+){{0,2}}(?P<org>{ORG})"
            rf"|(?<![\p{{L}}])in{_SP}+(?:the{_SP}+)?(?P<org>{ORG})"
        ),
        role_word=compile_pattern(rf"(?<![\p{{L}}]){role}(?![\p{{L}}])", regex.I),
        pronoun_said=compile_pattern(rf"(?<![\p{{L}}])(?:he|she|they){_SP}+(?:{adverbs}{_SP}+)?(?:{verbs})(?![\p{{L}}])", regex.I),
    )


# -- the extraction -------------------------------------------------------------------------------
def extract_people(doc: Document) -> People:
    """The people of ``doc``, computed once and shared by every sourcing rule."""
    return doc.index.cached("people", lambda: _extract(doc))


def body_range(doc: Document) -> tuple[int, int]:
    """Where people are looked for: the body, byline excluded (it is the author, not a source)."""
    start = doc.body_start
    if doc.byline is not None and doc.byline.end > start and doc.byline.start <= start + 2:
        start = doc.byline.end
    return start, len(doc.plain)


def _split_title(tokens: list[str]) -> tuple[int, int]:
    """(lead, cut): tokens[:lead] open the sentence ("However"), tokens[lead:cut] are the title."""
    titles = title_words()
    stop = word_list("not-name-words.txt")
    lead = cut = 0
    for i, tok in enumerate(tokens):
        low = tok.lower().rstrip(".")
        if i == cut and low in stop and low not in titles:
            lead = cut = i + 1
        elif low in titles and i < len(tokens) - 1:
            cut = i + 1
    return lead, cut


def is_name(tokens: list[str]) -> bool:
    """Whether the tokens left after the title can be a person's name."""
    if not 1 <= len(tokens) <= 4:
        return False
    bad = non_name_words()
    roles = word_list("role-nouns.txt")
    last = tokens[-1].lower()
    if last in roles or last.removesuffix("s") in roles or last.removesuffix("es") in roles:
        return False
    return not any(t.lower().rstrip(".") in bad for t in tokens if not _INITIAL_RX.fullmatch(t))


def _parse_credential(cred: str, offset: int) -> tuple[str, str] | None:
    """(role, org) of an apposition, or None when it names no role or organisation."""
    p = patterns()
    text = cred.strip()
    held = _held_affiliation(text)
    if held is not None:
        return held
    if _NOT_A_ROLE.match(text):
        return None
    text = _ARTICLE.sub("", text)
    org_m = p.org_in.search(text)
    role_m = p.role_word.search(text)
    has_role = role_m is not None and len(text[: role_m.start()].split()) < 4
    heads = word_list("institute-heads.txt")
    if not has_role:
        if _title_case(text) and any(w.lower() in heads or w.lower() == "university" for w in text.split()):
            return "", text
        return _occupation_at(text, org_m)
    if org_m:
        return text[: org_m.start()].strip(" ,"), clean_org(org_m.group("org"))
    return text, ""


def _occupation_at(text: str, org_m: regex.Match[str] | None) -> tuple[str, str] | None:
    """(role, org) of "a science teacher at Eastgate Academy", "a nurse at St. Anne's Hospital": a
    job of ``occupations.txt`` counts as a role when the apposition names where it is done."""
    if org_m is None:
        return None
    role = text[: org_m.start()].strip(" ,")
    words = role.split()
    if not 1 <= len(words) <= 4 or not words[-1][:1].islower() or words[-1].lower() not in word_list("occupations.txt"):
        return None
    return role, clean_org(org_m.group("org"))


_WHO_HOLDS = LazyPattern(rf"^who{_SP}+(?P<verb>\p{{Ll}}[\p{{Ll}}\-]*){_SP}+(?:the{_SP}+)?(?P<org>{ORG})$")
_OF_ORG = LazyPattern(rf"^(?:of|at|from){_SP}+(?:the{_SP}+)?(?P<org>{ORG})$")


def _held_affiliation(text: str) -> tuple[str, str] | None:
    """(role, org) of an apposition that names an institution-like body the person belongs to
    without a role noun: "who chairs the Freshwater Council" (``affiliation-verbs.txt``), "of the
    Safer Streets Collaborative"."""
    heads = word_list("institute-heads.txt") | word_list("affiliation-heads.txt")
    m = _WHO_HOLDS.match(text)
    if m and m.group("verb") in word_list("affiliation-verbs.txt"):
        org = clean_org(m.group("org"))
        return (m.group("verb"), org) if any(w.lower() in heads for w in org.split()) else None
    m = _OF_ORG.match(text)
    if m:
        org = clean_org(m.group("org"))
        return ("", org) if any(w.lower() in heads for w in org.split()) else None
    return None


def clean_org(org: str) -> str:
    """An organisation as extracted, without a sentence's closing period or a leading "the"."""
    org = _THE.sub("", org.strip())
    return org[:-1] if org.endswith(".") and len(org) > 1 and org[-2].islower() else org


def _title_case(text: str) -> bool:
    """Every word capitalised, connectives aside: 'Geopolitical Economist', 'Institute for Strategic Studies'."""
    words = text.split()
    return bool(words) and all(
        w[0].isupper() or w in ("of", "for", "and", "the", "on", "in", "&", "de") for w in words
    ) and words[0][0].isupper()


def _extract(doc: Document) -> People:
    p = patterns()
    plain = doc.plain
    lo, hi = body_range(doc)
    mentions: list[Mention] = []
    loose: list[Mention] = []
    introduced: dict[str, int] = {}
    covered = lo
    for m in p.run.finditer(plain, lo, hi):
        if m.start() < covered or m.group("abbr") == "St" or doc.in_quote(m.start()):
            continue
        run_start = m.start("run")
        words = list(_WORDS.finditer(m.group("run")))
        tokens = [w.group() for w in words]
        lead, cut = _split_title(tokens)
        name_tokens = tokens[cut:]
        if not is_name(name_tokens):
            continue
        start = run_start + words[cut].start()
        end = m.end("run")
        abbr = m.group("abbr") if lead == 0 else None
        title = " ".join(filter(None, [abbr and abbr + ".", *tokens[lead:cut]]))
        if abbr:
            title_start = m.start()
        elif cut > lead:
            title_start = run_start + words[lead].start()
        else:
            title_start = start
        name = " ".join(name_tokens)
        if len(name_tokens) > 1 or title:
            for tok in name_tokens:
                introduced.setdefault(bare_surname(tok), start)
        mention = _frame(doc, start, end, name, title, title_start)
        if mention is not None:
            mentions.append(mention)
            covered = mention.cred_end
        else:
            loose.append(Mention(start, end, name, title, cred_start=title_start, cred_end=end))
    persons, orphans = _group(mentions, loose)
    all_mentions = tuple(sorted((mm for per in persons for mm in per.mentions), key=lambda x: x.start))
    all_mentions = tuple(sorted(all_mentions + orphans, key=lambda x: x.start))
    return People(
        persons=persons,
        mentions=all_mentions,
        orphans=orphans,
        introduced=introduced,
        quotes=_attribute_quotes(doc, all_mentions, lo),
    )


_NEXT_WORD = LazyPattern(r"(?:['’]s?)?(?:[ \u00a0]*,[ \u00a0]*(?:however|meanwhile|though|too)[ \u00a0]*,)?[ \u00a0]+(\p{Ll}+)")
_PREV_WORD = LazyPattern(r"(\p{L}+)[,]?[ \u00a0]+$", regex.REVERSE)


@cache
def _verb_heads() -> frozenset[str]:
    """First words of the attribution verbs: a cheap test before the full pattern runs."""
    return frozenset(v.split()[0] for v in word_list("attribution-verbs.txt"))


def is_role_word(word: str) -> bool:
    """Whether a word is a role noun (``rules/data/role-nouns.txt``), in the singular or plural."""
    roles = word_list("role-nouns.txt")
    low = word.lower()
    if low in roles or low.removesuffix("s") in roles or low.removesuffix("es") in roles:
        return True
    stem = low.removesuffix("s")
    return any(stem.endswith(e) and len(stem) >= len(e) + 3 for e in word_list("role-noun-endings.txt"))


#: "Dr. Ada Roe of the Ocean Futures Council." at a sentence's end: an expert's affiliation, read
#: only after an academic title (a politician "of the Centre Party." is left alone).
_ACADEMIC_TITLE = LazyPattern(r"(?i:dr|prof|professor|doctor)\.?(?![\p{L}])")
_OF_ORG_AT_END = LazyPattern(rf"{_SP}+(?:of|at|from){_SP}+(?:the{_SP}+)?(?P<org>{ORG})(?={_SP}*[.;][)\]]?(?:\s|$)|{_SP}*[)\]]|{_SP}*$)")


def _frame(doc: Document, start: int, end: int, name: str, title: str, title_start: int) -> Mention | None:
    """The mention at ``start:end`` if its context makes it a person, else None.

    Each frame is tested with a cheap look at the neighbouring word first; the
    full pattern runs only when that word could start it.
    """
    p = patterns()
    plain = doc.plain
    back = max(0, title_start - 90)
    source = False
    role = org = ""
    chained = False
    cred_start, cred_end = title_start, end
    nxt_word = _NEXT_WORD.match(plain, end)
    if nxt_word and (nxt_word.group(1) in _verb_heads() or nxt_word.group(1) in word_list("speech-adverbs.txt")) and p.verb_after.match(plain, end):
        source = True
    else:
        prev = _PREV_WORD.search(plain, back, title_start)
        prev_word = prev.group(1).lower() if prev else ""
        closes = " " in name or plain[end : end + 1] in ("", ",", ".", ";", ":", "!", "?", ")", "\n")
        if (
            closes
            and (prev_word in _verb_heads() or prev_word == "to")
            and (p.verb_before.search(plain, back, title_start) or p.according.search(plain, back, title_start))
        ) or p.dash_before.search(plain, max(0, title_start - 6), title_start):
            source = True
    if plain.startswith(",", end):
        appos = p.appos.match(plain, end)
        parsed = _parse_credential(appos.group("cred"), appos.start("cred")) if appos else None
        if appos and parsed and not (parsed[0] and _title_case(parsed[0]) and not any(is_role_word(w) for w in parsed[0].split()[-1].split("-"))):
            # (a title-case "role" that does not end in a role noun is a list of names: "Senator Elizabeth Warren")
            role, org = parsed
            cred_end = appos.end("cred")
            nxt = p.chain_next.match(plain, cred_end)
            if nxt and not org and _title_case(role) and _title_case(nxt.group("cred")):
                org, chained, cred_end = clean_org(nxt.group("cred")), True, nxt.end("cred")
            if not source:
                source = bool(p.verb_after.match(plain, cred_end) or _COMMA_SAID.match(plain, cred_end, cred_end + 60))
    elif nxt_word and nxt_word.group(1) in ("of", "at", "from"):
        of = p.of_org.match(plain, end) or (_ACADEMIC_TITLE.match(title) and _OF_ORG_AT_END.match(plain, end))
        if of:
            org, cred_end = clean_org(of.group("org")), of.end("org")
    if not role:
        prev = _PREV_WORD.search(plain, back, title_start)
        if prev and is_role_word(prev.group(1)):
            rb = p.role_before.search(plain, back, title_start)
            if rb:
                role = rb.group("role")
                org = org or clean_org(rb.group("org") or "")
                cred_start = rb.start()
    single = " " not in name
    if single and not (source or title):
        return None
    if not single and not (source or title or role or org):
        return None
    return Mention(start, end, name, title, role.strip(), org.strip(), cred_start, cred_end, source, chained)


def _group(mentions: list[Mention], loose: list[Mention]) -> tuple[tuple[Person, ...], tuple[Mention, ...]]:
    """Group mentions into persons.

    Framed full names make persons. A surname joins the latest person with that
    surname before it; a surname used as a source whose full name appeared
    only in passing ("Thomas Beck, who represents…" then "Beck said") promotes
    that passing mention, so the person still has their full name.
    """
    by_key: dict[str, list[Mention]] = {}
    names: dict[str, str] = {}
    for m in mentions:
        if m.full:
            by_key.setdefault(person_key(m.name), []).append(m)
            names.setdefault(person_key(m.name), m.name)
    loose_full = [m for m in loose if m.full]
    orphans: list[Mention] = []
    surnames = sorted((x.start, bare_surname(x.surname), k) for k, ms in by_key.items() for x in ms)
    for m in [m for m in mentions if not m.full] + [m for m in loose if not m.full]:
        surname = bare_surname(m.name)
        owners = [(pos, k) for pos, s, k in surnames if s == surname]
        owner = next((k for pos, k in reversed(owners) if pos < m.start), owners[0][1] if owners else None)
        if owner is None and m.source:
            passing = [x for x in loose_full if bare_surname(x.surname) == surname and x.start < m.start]
            if passing:
                owner = person_key(passing[0].name)
                by_key.setdefault(owner, []).append(passing[0])
                names.setdefault(owner, passing[0].name)
        if owner is not None:
            by_key[owner].append(m)
        elif m.source or m.title:
            orphans.append(m)
    persons = tuple(
        Person(key, names[key], tuple(sorted(ms, key=lambda x: x.start)))
        for key, ms in sorted(by_key.items(), key=lambda kv: min(x.start for x in kv[1]))
    )
    return persons, tuple(orphans)


@cache
def _particle_prefix() -> regex.Pattern[str]:
    return compile_pattern(rf"^{_alternation(word_list('name-particles.txt'))}[-’']", regex.I)


def bare_surname(token: str) -> str:
    """A surname as a later reference writes it: "al-Abadi" is referred to as "Abadi"."""
    return _particle_prefix().sub("", token).lower()


def person_key(name: str) -> str:
    """How two spellings of one full name compare: case-folded, leading titles and initials dropped."""
    tokens = name.replace("’", "'").split()
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in title_words():
        tokens.pop(0)
    return " ".join(t for t in tokens if not _SINGLE_LETTER.fullmatch(t)).casefold()


def _attribute_quotes(doc: Document, mentions: tuple[Mention, ...], lo: int) -> tuple[Quote, ...]:
    """Each body quotation with the person it is attributed to (or None)."""
    p = patterns()
    starts = [s.start for s in doc.sentences]
    out: list[Quote] = []
    searched: dict[tuple[int, int], bool] = {}

    def pronoun_in(start: int, end: int) -> bool:
        # quotes of one sentence share its window: search it once, not once per quote
        if (start, end) not in searched:
            searched[start, end] = p.pronoun_said.search(doc.plain, start, end) is not None
        return searched[start, end]

    for q in doc.quotes:
        if q.start < lo:
            continue
        first = doc.sentences[max(0, bisect.bisect_right(starts, q.start) - 1)] if starts else Span(q.start, q.end)
        last = doc.sentences[max(0, bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1)] if starts else first
        window = Span(min(first.start, q.start), max(last.end, q.end))
        inside = [m for m in mentions if window.start <= m.start < window.end and not (q.start <= m.start < q.end)]
        speaker = min(inside, key=lambda m: min(abs(m.start - q.start), abs(m.start - q.end))) if inside else None
        if speaker is None and pronoun_in(window.start, window.end):
            earlier = [m for m in mentions if m.start < q.start]
            speaker = earlier[-1] if earlier else None
        out.append(Quote(q, speaker))
    return tuple(out)
