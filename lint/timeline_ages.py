"""Ages told in other shapes than "Doe, 45," or "the 45-year-old Doe", read over the base extraction
(:mod:`lint.timeline`), for DAT006 to set against a birth year:

- in a relative clause of the present: "Okoro, who is 52,", "Okoro, who turned 52 this year", "Doe, who is
  40 years old"; "who was 41" (an age at some moment the clause goes on to name: "who was 41 and three
  months into the job when …") and an age "when" something happened are left out;
- after a birth year in brackets: "Dana Whitlock (born 1968), 52,";
- as a count of years the person has or is of: "Marsh, who is having 52 years", "Doe, 52 years of age,".

The readers give shapes only; the names are read as the base extraction reads them.

Beside them, for a profile or an obituary: the story's own person (``topic_person``: the name of the
headline the article repeats most), whose ages an obituary headline ("dies aged 81"), "The 49-year-old grew
up ..." and a pronoun's "She was born in 1938" tell (``topic_ages``, ``topic_births``); birth years told beside
an age ("Werner, 52 (born 1968)", "who told the court he was born in 1970": ``births_beside_ages``); an age at
a dated moment ("She was 22 when she started it in 2020") against an age of now ("Now 34, Okoro ...":
``ages_then``, ``ages_now``); and two people of one surname (``another_of_the_name``).
"""

from functools import lru_cache
from typing import Any, NamedTuple

from lint.patterns import compile as compile_pattern
from lint.patterns import escape, transient
from lint.timeline import _FULL_NAME, _MON, _NAME, _YEAR, Age, BirthYear, Timeline, _clean_name, _function_words, _pattern, _surname

#: "Dr. Ana Werner, 52 (born 1968)", "Werner, 52 (b. March 1968)": an age, then the birth year in brackets
#: (a panel table, a list of speakers); both are read, the age here and the birth in ``births_beside_ages``.
_AGE_THEN_BORN = (
    rf"(?P<who>{_NAME})\s*,\s*(?P<n>\d{{1,3}})\s*\(\s*(?:born|b\.)\s+(?:(?:{_MON})\.?\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}\s+(?:{_MON})\s+)?"
    rf"(?P<y>{_YEAR})\s*\)"
)
_AFTER = r"(?=(?:\s+this\s+(?:year|month|week|spring|summer|autumn|fall|winter))?\s*(?:,|\.(?!\d)|;|—|–|\band\b|\bnow\b|$))"


@lru_cache(maxsize=None)
def _patterns() -> tuple[Any, ...]:
    return (
        compile_pattern(
            rf"(?P<who>{_NAME})\s*,\s*who\s+(?:is|turned|turns|is\s+now|has\s+just\s+turned)\s+(?:now\s+)?(?P<n>\d{{1,3}})(?:\s+years?\s+old)?{_AFTER}"
        ),
        compile_pattern(rf"(?P<who>{_NAME})\s*\(\s*born\s+(?:(?:{_MON})\.?\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}\s+(?:{_MON})\s+)?{_YEAR}\s*\)\s*,\s*(?P<n>\d{{1,3}})\s*,"),
        compile_pattern(
            rf"(?P<who>{_NAME})\s*,\s*(?:who\s+(?:is\s+having|has)\s+(?P<n>\d{{1,3}})\s+years{_AFTER}|(?P<n2>\d{{1,3}})\s+years\s+of\s+age\b)"
        ),
        compile_pattern(_AGE_THEN_BORN),
    )


#: Where each shape of ``_patterns`` turns from the name to the age: the name-first pattern is tried only
#: in a window before one of these (a name-first pattern over the whole article is slow).
_ANCHORS = (
    r",\s*who\s+(?:is|turned|turns|has\s+just\s+turned)\s",
    r"\(\s*born\s",
    r",\s*(?:who\s+(?:is\s+having|has)\s+\d{1,3}\s+years|\d{1,3}\s+years\s+of\s+age)\b",
    r",\s*\d{1,3}\s*\(\s*(?:born|b\.)\s",
)


@lru_cache(maxsize=None)
def _anchors() -> tuple[Any, ...]:
    return tuple(compile_pattern(a) for a in _ANCHORS)


def other_worded_ages(tl: Timeline) -> list[Age]:
    """Ages of the shapes above, outside quotations, 1 to 119."""
    plain = tl.plain
    if ", who " not in plain and "(born" not in plain and " of age" not in plain and "(b. " not in plain:
        return []
    out, seen = [], set()
    for pattern, anchor in zip(_patterns(), _anchors()):
        found = (pattern.search(plain, max(0, a.start() - 80), min(len(plain), a.end() + 60)) for a in anchor.finditer(plain))
        for m in found:
            if m is None or m.start() in seen:
                continue
            seen.add(m.start())
            who = _clean_name(m.group("who"))
            n = int(m.groupdict().get("n") or m.groupdict().get("n2") or 0)
            if not who or who.split()[0].lower() in _function_words() or not 0 < n < 120 or tl.doc.in_quote(m.start()):
                continue
            out.append(Age(m.start(), m.end(), _surname(who), n))
    return out


# -- birth years read where the name-first patterns of the base extraction do not reach ----------------

#: "the 1998-born skipper", "a 2003-born kid": a birth year as a compound adjective standing for a person
#: (not "Doe, the 1998-born skipper", which ``born_hyphen`` reads; not one followed by the name it qualifies).
_BORN_ANAPHOR = r"\b(?:[Tt]he|[Aa])\s+(?P<y>(?:1[6-9]\d\d|20\d\d))-born\s+(?P<noun>\p{Ll}[\p{Ll}-]+)\b(?!\s+\p{Lu})"
#: "Born: 1984, Port Calloway", "- Date of birth: 3 May 1984" as a field of a fact box or profile list,
#: at the start of a line.
_BORN_LABEL = (
    r"(?m)^[ \t]*(?:[-*•·][ \t]*)?(?P<lab>(?:[Bb]orn|[Dd]ate\s+of\s+birth|DOB)[ \t]*:[ \t]*(?:(?:{mon})\.?[ \t]+(?:\d{{1,2}},?[ \t]+)?"
    r"|\d{{1,2}}[ \t]+(?:{mon})\.?,?[ \t]+)?(?P<y>(?:1[6-9]\d\d|20\d\d)))\b"
)
#: How far back a name may stand from the phrase that points back to it.
_BACK = 600


@lru_cache(maxsize=None)
def _birth_patterns() -> tuple[Any, Any, Any]:
    return compile_pattern(_BORN_ANAPHOR), compile_pattern(_BORN_LABEL.format(mon=_MON)), _pattern("born")


def anaphor_births(tl: Timeline, ages: list[Age]) -> list[BirthYear]:
    """"Weller, 34, ... The 1998-born skipper said": the birth year of the one person with an age named in the
    600 characters before the phrase (with two or more such people, whose it is stays open)."""
    if "-born " not in tl.plain:
        return []
    aged = {a.person for a in ages if not a.person.endswith("-year-old")}
    out = []
    for m in _birth_patterns()[0].finditer(tl.plain):
        if any(b.start <= m.start("y") < b.end for b in tl.births) or tl.doc.in_quote(m.start()):
            continue  # "Doe, the 1998-born skipper": the base extraction's
        before = tl.plain[max(0, m.start() - _BACK) : m.start()]
        named = {p for p in aged if transient(rf"(?<![\p{{L}}'’-]){escape(p)}(?![\p{{L}}-])").search(before)}
        if len(named) == 1:
            out.append(BirthYear(m.start(), m.end("y") + len("-born"), next(iter(named)), int(m.group("y"))))
    return out


def labelled_births(plain: str) -> list[BirthYear]:
    """"Born: 1984" as a field under a name ("Gloria Estevane at a glance"): the birth year of the last full
    name written in the 300 characters before it."""
    out = []
    for m in _birth_patterns()[1].finditer(plain):
        last = None
        for n in _FULL_NAME.finditer(plain, max(0, m.start() - 300), m.start()):
            last = n
        who = _clean_name(last.group()) if last else None
        if who and len(who.split()) > 1:
            out.append(BirthYear(m.start("lab"), m.end("y"), _surname(who), int(m.group("y"))))
    return out


def furniture_births(tl: Timeline) -> list[BirthYear]:
    """Birth years in the boxes an HTML reader leaves out of the article (a profile box: "Ines Baptiste (b.
    1981), co-founder"; a fact box: "Born: 1984"), at the page's offsets: a fact box tells the story's people."""
    from lint.timeline_formats import furniture_view

    plain = furniture_view(tl)
    if plain is None or ("born" not in plain.lower() and "(b. " not in plain and "birth" not in plain.lower()):
        return []
    out = []
    for m in _birth_patterns()[2].finditer(plain):
        who = _clean_name(m.group("who"))
        if who:
            out.append(BirthYear(m.start(), m.end(), _surname(who), int(m.group("y"))))
    out += [b for b in labelled_births(plain) if not any(o.start <= b.start < o.end for o in out)]
    return out


# -- the story's own person: a profile's or an obituary's ages and births told without a name -----------

#: "The 41-year-old grew up in ...", "Next week the 41-year-old anchor signs off": an age standing for
#: someone, with no name after it (``age_before`` reads "the 41-year-old Jo Doe"), then a word in lower case.
_TOPIC_AGE = r"\b(?P<the>[Tt]he)\s+(?P<n>\d{1,3})(?P<yo>-year-old)\s+(?P<w1>\p{Ll}[\p{Ll}'’-]*)(?:\s+(?P<w2>\p{Ll}[\p{Ll}'’-]*))?"
#: How many words may open a sentence before "the 41-year-old" ("Next week the 41-year-old ...").
_LEAD_WORDS = 4
#: An age this many years or more away from the one the birth year gives is likelier someone else's.
_OTHER_PERSON_GAP = 12


@lru_cache(maxsize=None)
def _topic_patterns() -> tuple[Any, Any, frozenset[str]]:
    from lint.patterns import alternation_source
    from lint.wordlists import word_list

    before = alternation_source(word_list("age-anaphor-before.txt"))
    return compile_pattern(_TOPIC_AGE), compile_pattern(rf"(?i)(?:^|\s)(?:{before})\s+$"), word_list("age-anaphor-after.txt")


#: How many blocks after the headline may name the story's person when the headline names nobody.
_LEAD_BLOCKS = 4


def topic_person(tl: Timeline) -> str | None:
    """The person a profile or an obituary is about: of the full names in the headline (the first block), the
    one whose surname the article repeats most (the headline and at least once more); when the headline names
    nobody so, of those in the next few blocks, one the article repeats at least three times."""
    blocks = tl.doc.blocks
    if not blocks:
        return None
    return _most_repeated(tl, blocks[0].start, blocks[0].end, 1) or (
        _most_repeated(tl, blocks[1].start, blocks[min(len(blocks), _LEAD_BLOCKS + 1) - 1].end, 2) if len(blocks) > 1 else None
    )


def _most_repeated(tl: Timeline, start: int, end: int, more_than: int) -> str | None:
    best, count = None, more_than
    for m in _FULL_NAME.finditer(tl.plain, start, end):
        who = _clean_name(m.group())
        if not who or len(who.split()) < 2:
            continue
        surname = _surname(who)
        n = len(transient(rf"(?<![\p{{L}}'’-]){escape(surname)}(?![\p{{L}}'’-])").findall(tl.plain))
        if n > count:
            best, count = surname, n
    return best


def topic_births(tl: Timeline, person: str) -> list[BirthYear]:
    """"She was born in 1938" in a paragraph that opens with the story's own person's name: that person's
    birth year (the base extraction reads a pronoun's birth only after a sentence opening with a name and a
    verb)."""
    if "was born" not in tl.plain:
        return []
    out = []
    for m in _pattern("born_pronoun").finditer(tl.plain):  # "She was born in the village of Ardmore in 1938"
        block = tl.doc.block_at(m.start())
        if block is None or tl.doc.in_quote(m.start()):
            continue
        text = tl.plain[block.start : block.end]
        opening = _FULL_NAME.match(tl.plain, block.start + len(text) - len(text.lstrip()))
        if opening and _surname(_clean_name(opening.group()) or "") == person:
            out.append(BirthYear(m.start(), m.end(), person, int(m.group("y"))))
    return out


def topic_ages(tl: Timeline, person: str, births: list[BirthYear]) -> list[Age]:
    """The story's own person's ages told without a name: the obituary headline's "dies aged 88", and "The
    41-year-old grew up ..." as the subject near the start of a sentence (not after a preposition or "and",
    not "the 41-year-old driver of the van"), when that person has a birth year in the article; such a phrase a
    dozen years or more away from the birth year's age is left to be someone else's."""
    year = tl.doc_date.date.year if tl.doc_date else None
    if year is None or not births:
        return []
    pattern, before, after = _topic_patterns()
    found, headline = [], []
    if tl.doc.blocks:  # the obituary headline's "... dies aged 88"
        headline = list(_pattern("age_dies").finditer(tl.plain, tl.doc.blocks[0].start, tl.doc.blocks[0].end))
    if "-year-old " in tl.plain:
        for m in pattern.finditer(tl.plain):
            words = {m.group("w1"), m.group("w2") or ""}
            s, _ = tl.sentence(m.start())
            lead = tl.plain[s : m.start()]
            if words & after or len(lead.split()) > _LEAD_WORDS or "," in lead or before.search(lead):
                continue
            found.append(m)
    out = []
    for m, anaphor in [*((m, False) for m in headline), *((m, True) for m in found)]:
        n = int(m.group("n"))
        if tl.doc.in_quote(m.start()) or (anaphor and not any(abs(year - b.year - n) < _OTHER_PERSON_GAP for b in births)):
            continue
        out.append(Age(m.start(), m.end("yo") if m.groupdict().get("yo") else m.end("n"), person, n))
    return out


#: "Kariuki, the 61-year-old surveyor, who told the court he was born in 1970": a birth year the person is
#: reported to have given, after a name and its appositive, through a verb of saying (attribution-verbs.txt).
_TOLD_BIRTH = (
    r"(?P<who>{name})\s*,\s*(?:[^,.;:!?\n]{{1,80}},\s*)?who\s+(?:{verbs})\b[^,.;:!?\n\d]{{0,40}}?\b(?:that\s+)?(?:he|she)\s+was\s+born\b"
    r"[^.;:!?\n\d]{{0,60}}?\b(?P<y>{year})\b(?![-–/]\d)"
)


@lru_cache(maxsize=None)
def _beside_patterns() -> tuple[Any, Any]:
    from lint.patterns import alternation_source
    from lint.wordlists import word_list

    verbs = alternation_source(word_list("attribution-verbs.txt"))
    return compile_pattern(_AGE_THEN_BORN), compile_pattern(_TOLD_BIRTH.format(name=_NAME, verbs=verbs, year=_YEAR))


def births_beside_ages(tl: Timeline) -> list[BirthYear]:
    """Birth years told beside a name in the shapes the base extraction leaves: "Werner, 52 (born 1968)"
    (``_AGE_THEN_BORN``) and "Kariuki, ..., who told the court he was born in 1970" (``_TOLD_BIRTH``)."""
    plain = tl.plain
    if "born" not in plain and "(b. " not in plain:
        return []
    out = []
    for pattern in _beside_patterns():
        for m in pattern.finditer(plain):
            who = _clean_name(m.group("who"))
            if who and who.split()[0].lower() not in _function_words() and not tl.doc.in_quote(m.start()):
                out.append(BirthYear(m.start("y"), m.end("y"), _surname(who), int(m.group("y"))))
    return out


# -- an age at a dated moment against an age of now -------------------------------------------------------


class AgeThen(NamedTuple):
    """"She was 22 when she founded the firm in 2020": ``age`` in ``year``, of ``person``."""

    start: int
    end: int
    person: str
    age: int
    year: int


#: "She was 22 when she founded the firm in 2020", "Okoro was 22 when he joined the club in 2020": an age
#: at a moment its own clause dates (not "when she was 22", which dates nothing).
_AGE_WHEN = (
    rf"\b(?P<who>She|He|{_NAME})\s+was\s+(?P<n>\d{{1,3}})\s+when\s+(?:she|he)\s+(?:[^.;:!?\n\d]{{1,80}}?)\b(?P<y>{_YEAR})\b(?![-–/]\d)"
)
#: "Now 34, Okoro runs ...", "Now aged 34, she ...": an age of now before the name or pronoun it is of.
_NOW_AGE = rf"(?:^|(?<=[.!?]\s+)|(?<=\n))[ \t]*(?P<now>Now)\s+(?:aged\s+)?(?P<n>\d{{1,3}})\s*,\s*(?P<who>she|he|{_NAME})\b"


@lru_cache(maxsize=None)
def _then_patterns() -> tuple[Any, Any]:
    return compile_pattern(_AGE_WHEN), compile_pattern(_NOW_AGE)


def _person(who: str, topic: str | None) -> str | None:
    if who in ("She", "He", "she", "he"):
        return topic
    name = _clean_name(who)
    return _surname(name) if name and name.split()[0].lower() not in _function_words() else None


def _persons_ages(tl: Timeline, which: int) -> list[tuple[Any, str, int]]:
    """The matches of one of ``_then_patterns`` outside quotations, with the person (a pronoun's is the story's
    own person's, :func:`topic_person`) and the age, 1 to 119."""
    topic, out = topic_person(tl), []
    for m in _then_patterns()[which].finditer(tl.plain):
        person, n = _person(m.group("who"), topic), int(m.group("n"))
        if person and not tl.doc.in_quote(m.start()) and 0 < n < 120:
            out.append((m, person, n))
    return out


def ages_then(tl: Timeline) -> list[AgeThen]:
    """Ages at a moment the sentence dates (``_AGE_WHEN``)."""
    if " when " not in tl.plain:
        return []
    return [AgeThen(m.start(), m.end("n"), person, n, int(m.group("y"))) for m, person, n in _persons_ages(tl, 0)]


def ages_now(tl: Timeline) -> list[Age]:
    """"Now 34, Okoro ..." (``_NOW_AGE``): an age of the time of writing."""
    if "Now " not in tl.plain:
        return []
    return [Age(m.start("now"), m.end("n"), person, n) for m, person, n in _persons_ages(tl, 1)]


# -- two people of one surname -------------------------------------------------------------------------


def _given_names(tl: Timeline, surname: str) -> dict[int, str]:
    """The given name written before each full name of ``surname``, by offset (titles such as "Dr" are not
    given names: rules/data/person-titles.txt)."""
    from lint.wordlists import word_list

    titles = word_list("person-titles.txt")
    out = {}
    for m in transient(rf"(?<![\p{{L}}'’-])(?P<g>\p{{Lu}}[\p{{Ll}}'’-]+)[ \t]+{escape(surname)}(?![\p{{L}}'’-])").finditer(tl.plain):
        if m.group("g").lower() not in titles and m.group("g").lower() not in _function_words():
            out[m.start()] = m.group("g")
    return out


def another_of_the_name(tl: Timeline, age: Age, birth: BirthYear) -> bool:
    """Whether an age and a birth year read by surname may be two people's: the article gives the surname
    two given names ("Margaret Ellery", "Paul Ellery, 64") and the age's is not one the birth year's span
    gives ("Born in 1933, Ellery ..."); an age without a given name ("She was 84.") is left to the readers."""
    given = _given_names(tl, age.person)
    if len(set(given.values())) < 2:
        return False
    at_age = {g for at, g in given.items() if age.start <= at < age.end}
    at_birth = {g for at, g in given.items() if birth.start <= at < birth.end}
    return bool(at_age) and at_age != at_birth
