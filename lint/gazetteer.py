"""Offline gazetteers: the lookups an editor makes to check a source.

Whether "Dr. X of the Y Institute" can be traced, whether "Canterbury" is a
place, whether "Oct" could be somebody's first name: these are questions of
knowledge, not of wording, so they are answered from lists in
``rules/data/gazetteers`` (each file names its source and licence in its
header) and, for countries and ISO 3166-2 subdivisions, from the maintained
``pycountry`` package. Nothing is fetched at run time.

The API the rules call::

    known_institution(name, known=())  -> bool   # a real institution (or one the user vouches for)
    institution_kind(name, known=())   -> str | None   # "think-tank", "university", "government", …
    is_place(phrase)                   -> bool   # country, subdivision, city of 50,000+, region
    is_demonym(word)                   -> bool   # "Chilean", "Kenyan"
    is_given_name(word)                -> bool   # "Maria", "Olaf"; not "Oct", "Aides", "Canterbury"

A name is written with a capital: every lookup of a text without any capital
letter fails ("reading", "will", "time" are words, not Reading, Will or Time).

The indexes are built from the lists once per installation and kept as plain JSON
beside the prebuilt rule set (:mod:`lint.prebuilt`, rebuilt when a list, this module
or pycountry's databases change); a process reads them on first use and keeps them
(``functools.cache``); ``load_all()`` reads them all at once (for benchmarks and
warm-up). Lookups are set membership after normalisation, so they cost
microseconds.

Institution names are normalised before they are compared: case, accents,
"the", punctuation, "&"/"and", Centre/Center (and the other British/American
spellings listed in ``name-variants.txt``), a possessive "'s", descriptors such as
"nonpartisan … think tank" (``institution-descriptors.txt``), a leading place
("Washington-based", "British") and a trailing one ("in Washington",
", London", "(Geneva)"). Aliases in capitals are acronyms and match only when
written in capitals: "WHO" is the World Health Organization, "who" is not.
Government bodies also match by pattern (``government-patterns.txt``): a
ministry or department of a known portfolio ("Ministry of Finance", "Kenya's
Interior Ministry") and a public body named by a real place or demonym
("Chicago Police Department", "Embassy of France").
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from lint import prebuilt
from lint.patterns import LazyPattern
from lint.wordlists import data_lines, word_list

_POSSESSIVE = re.compile(r"['’]s\b")
_CO_OP = re.compile(r"\bco-(?=\w)")
#: Apostrophes and periods vanish ("U.S." is "us"), "&" is "and"; other punctuation separates words.
_PUNCT = str.maketrans({"'": None, "’": None, ".": None, "&": " and "})
_NON_WORD = LazyPattern(r"[^\p{L}\p{N}+]+")
_ASCII_NON_WORD = re.compile(r"[^a-z0-9+]+")
_PLAIN = re.compile(r"[A-Za-z0-9 ]*")
_BEYOND_ACCENTS = LazyPattern(r"[^\x00-\x7f\p{Mn}]")
_SUBDIVISION_PARTS = re.compile(r"[\[\],]")
_PAREN_TAIL = LazyPattern(r"^(.+?)\s*\(([^()]*)\)\s*$")
_COMMA_TAIL = LazyPattern(r"^(.+),\s*([^,]+)$")
_IN_TAIL = LazyPattern(r"^(.+?)\s+in\s+(.+)$")
_ACRONYM = LazyPattern(r"^[\p{Lu}\p{N}&/+\-]{2,12}$")
_MAX_PLACE_TOKENS = 4
_PUBLIC_KINDS = frozenset({"government", "central-bank", "statistics"})


# -- normalisation ------------------------------------------------------------------------------
def _fold(text: str) -> str:
    """Lower case without accents: 'Zürich' -> 'zurich', 'Ōsaka' -> 'osaka'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    if not _BEYOND_ACCENTS.search(decomposed):  # Latin letters and accents only: drop the accents
        return decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _standard(words: list[str]) -> list[str]:
    """Each word in its standard spelling ('centre' -> 'center'), dropped words ('the', 'at') left out."""
    variants = _variants()["name"]
    return [v for v in (variants.get(w, w) for w in words) if v]


def _tokens(text: str) -> list[str]:
    if _PLAIN.fullmatch(text):  # fast path for most names: ASCII letters, digits and spaces
        return _standard(text.lower().split())
    text = _fold(text.strip())
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text)  # "kenya's", "brookings institution's"
    if "co-" in text:
        text = _CO_OP.sub("co", text)  # "co-operation" is "cooperation"
    return _standard((_ASCII_NON_WORD if text.isascii() else _NON_WORD).sub(" ", text.translate(_PUNCT)).split())


def normalize_name(name: str) -> str:
    """The comparison key of an institution name ('The Brookings Institution’s' -> 'brookings institution')."""
    return " ".join(_tokens(name))


def _place_key(tokens: list[str]) -> str:
    variants = _variants()["place"]  # "St. Louis" is GeoNames' "Saint Louis" too
    return " ".join([variants.get(t, t) for t in tokens])


# -- data -----------------------------------------------------------------------------------------
def _lines(name: str) -> list[str]:
    """A gazetteer file's entries: comments and blank lines dropped."""
    return list(data_lines(f"gazetteers/{name}"))


@cache
def _variants() -> dict[str, dict[str, str]]:
    """name-variants.txt as {"name": {variant: standard}, "place": {…}}; a dropped word maps to ''."""
    out: dict[str, dict[str, str]] = {"name": {}, "place": {}}
    for line in _lines("name-variants.txt"):
        section, _, pair = line.partition(":")
        variant, _, standard = pair.partition("=")
        out.setdefault(section.strip(), {})[variant.strip().lower()] = standard.strip().lower()
    return out


def _sections(name: str) -> dict[str, frozenset[str]]:
    """A file of 'section: phrase' lines as {section: {normalised phrase}}."""
    out: dict[str, set[str]] = {}
    for line in _lines(name):
        section, _, phrase = line.partition(":")
        out.setdefault(section.strip(), set()).add(normalize_name(phrase))
    return {k: frozenset(v) for k, v in out.items()}


class _Institutions(NamedTuple):
    names: dict[str, str]  # normalised name or alias -> kind
    acronyms: dict[str, str]  # acronym as written, periods dropped -> kind


def _is_acronym(alias: str) -> bool:
    return bool(_ACRONYM.match(alias.replace(".", ""))) and any(c.isalpha() for c in alias)


def _build_institutions() -> _Institutions:
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for line in _lines("universities.txt"):
        names.setdefault(normalize_name(line), "university")
    for line in _lines("institutions.txt"):
        kind, *forms = [part.strip() for part in line.split("|")]
        for form in forms:
            if _is_acronym(form):
                acronyms.setdefault(form.replace(".", ""), kind)
            elif key := normalize_name(form):
                names[key] = kind
    return _Institutions(names, acronyms)


def _pycountry_records() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """pycountry's ISO 3166-1 countries and ISO 3166-2 subdivisions as plain records.

    pycountry's own JSON databases are read directly, found without importing the
    package: importing it reads installed-package metadata and building its objects
    takes several times as long as the lookups need. Should a future pycountry move
    its databases, its public API is used instead.
    """
    try:
        base = _pycountry_databases()
        countries = json.loads((base / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
        subdivisions = json.loads((base / "iso3166-2.json").read_text(encoding="utf-8"))["3166-2"]
        return countries, subdivisions
    except (AttributeError, StopIteration, OSError, ValueError, KeyError):  # pragma: no cover - other layouts
        import pycountry

        fields = ("name", "common_name", "official_name")
        return (
            [{f: getattr(c, f) for f in fields if getattr(c, f, None)} for c in pycountry.countries],
            [{"name": sub.name} for sub in pycountry.subdivisions],
        )


def _pycountry_places() -> set[str]:
    admin = {normalize_name(w) for w in _lines("subdivision-words.txt")}
    countries, subdivisions = _pycountry_records()
    out: set[str] = set()
    for country in countries:
        for attr in ("name", "common_name", "official_name"):
            value = country.get(attr)
            if value:
                out.add(_place_key(_tokens(value)))
                out.add(_place_key(_tokens(value.split(",")[0])))  # "Korea, Republic of" -> "korea"
    for sub in subdivisions:
        # "Catalunya [Cataluña]", "Navarra, Comunidad Foral de", "Hunan Sheng"
        for form in _SUBDIVISION_PARTS.split(sub["name"]):
            tokens = _tokens(form)
            if tokens:
                out.add(_place_key(tokens))
                short = [t for t in tokens if t not in admin]
                if short and short != tokens:
                    out.add(_place_key(short))
    return out


def _build_countries() -> frozenset[str]:
    """Country names (ISO 3166-1 names and common names, the part before a comma), as place keys."""
    countries, _ = _pycountry_records()
    keys = {
        _place_key(_tokens(form))
        for country in countries
        for attr in ("name", "common_name")
        if (value := country.get(attr))
        for form in (value, value.split(",")[0])
    }
    keys.update(_place_key(_tokens(line)) for line in _lines("country-names.txt"))
    keys.discard("")
    return frozenset(keys)


def _build_places() -> frozenset[str]:
    keys = _pycountry_places()
    for name in ("cities.txt", "places.txt"):
        keys.update(_place_key(_tokens(line)) for line in _lines(name))
    keys.discard("")
    return frozenset(keys)


def _build_given_names() -> frozenset[str]:
    exclude = {_fold(w) for w in _lines("given-names-exclude.txt")}
    return frozenset(k for k in (_fold(w) for w in _lines("given-names.txt")) if k not in exclude)


def _pycountry_databases() -> Path:
    """pycountry's database folder, found without importing pycountry."""
    import importlib.util

    spec = importlib.util.find_spec("pycountry")
    return Path(next(iter(spec.submodule_search_locations or ()))) / "databases"  # type: ignore[union-attr]


def _build() -> dict[str, Any]:
    """Every index, from the gazetteer files and pycountry, as plain data (what the store keeps)."""
    inst = _build_institutions()
    return {
        "institutions": [inst.names, inst.acronyms],
        "descriptors": {k: sorted(v) for k, v in _sections("institution-descriptors.txt").items()},
        "government": {k: sorted(v) for k, v in _sections("government-patterns.txt").items()},
        "places": sorted(_build_places()),
        "countries": sorted(_build_countries()),
        "demonyms": sorted({normalize_name(line) for line in _lines("demonyms.txt")}),
        "given_names": sorted(_build_given_names()),
    }


@cache
def _indexes() -> dict[str, Any]:
    """The indexes, prebuilt once for every process (:mod:`lint.prebuilt`: plain JSON, rebuilt
    when a gazetteer file, this module or pycountry's databases change)."""
    try:
        databases = [_pycountry_databases() / name for name in ("iso3166-1.json", "iso3166-2.json")]
    except (AttributeError, StopIteration):  # pragma: no cover - another pycountry layout
        databases = []
    return prebuilt.derived("gazetteers", _build, [Path(__file__), *(p for p in databases if p.is_file())])


@cache
def _institutions() -> _Institutions:
    names, acronyms = _indexes()["institutions"]
    return _Institutions(names, acronyms)


@cache
def _descriptors() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _indexes()["descriptors"].items()}


@cache
def _government() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _indexes()["government"].items()}


@cache
def _places() -> frozenset[str]:
    return frozenset(_indexes()["places"])


@cache
def _countries() -> frozenset[str]:
    return frozenset(_indexes()["countries"])


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(_indexes()["demonyms"])


@cache
def _given_names() -> frozenset[str]:
    return frozenset(_indexes()["given_names"])


def load_all() -> None:
    """Read every gazetteer now (they are otherwise read on first use)."""
    _institutions(), _descriptors(), _government(), _places(), _demonyms(), _given_names()


def _has_capital(text: str) -> bool:
    """Names are written with a capital: 'reading', 'nice', 'will', 'time' in lower case are words."""
    return any(ch.isupper() for ch in text)


# -- places and people ------------------------------------------------------------------------------
def _is_place_tokens(tokens: list[str]) -> bool:
    return bool(tokens) and _place_key(tokens) in _places()


def is_place(phrase: str) -> bool:
    """A country, ISO 3166-2 subdivision, city of 50,000 people or more, or a named region.

    Case, accents, punctuation and a leading "the" are ignored ("the Netherlands",
    "ZÜRICH", "St. Louis", "Calif."), but a phrase without any capital letter is not
    a place: "reading" and "nice" are words. Demonyms are not places: see :func:`is_demonym`.
    """
    return _has_capital(phrase) and _is_place_tokens(_tokens(phrase))


def is_country_name(phrase: str) -> bool:
    """Whether ``phrase``, in any case, is a country's name ("germany", "the Netherlands",
    "south korea"): for telling a country written in lowercase, which no edited text does."""
    tokens = _tokens(phrase)
    return bool(tokens) and _place_key(tokens) in _countries()


@cache
def country_first_words() -> frozenset[str]:
    """The first word of every country name, lower case: where a lookup can start."""
    return frozenset(key.split(" ", 1)[0] for key in _countries())


def is_demonym(word: str) -> bool:
    """An English demonym or nationality adjective, or its plural: 'Chilean', 'South Korean', 'Britons'."""
    if not _has_capital(word):
        return False
    key = normalize_name(word)
    return key in _demonyms() or (key.endswith("s") and key[:-1] in _demonyms())


def _place_or_demonym(tokens: list[str]) -> bool:
    return _is_place_tokens(tokens) or " ".join(tokens) in _demonyms()


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a recorded given name ('Maria', 'Olaf', 'Jean-Paul').

    Not a given name: 'Oct', 'Aides', 'Others', 'Canterbury', titles ('General'),
    calendar words ('Monday'), and any word without a capital ('will', 'mark'). Some real given names are also places or words
    ('Paris', 'June'): callers that need to tell them apart check :func:`is_place` too.
    """
    if not _has_capital(word):
        return False
    word = _POSSESSIVE.sub("", word.strip())
    parts = [p for p in word.split("-") if p]
    if not parts or not all(p.isalpha() for p in parts):
        return False
    names = _given_names()
    return all(_fold(p) in names for p in parts)


# -- institutions ------------------------------------------------------------------------------------
def _strip_descriptors(tokens: list[str]) -> list[str]:
    """Drop 'nonpartisan', 'Washington-based', '… think tank' around a name."""
    desc = _descriptors()
    lead, tail = desc.get("lead", frozenset()), desc.get("tail", frozenset())
    changed = True
    while changed and tokens:
        changed = False
        for n in (3, 2, 1):
            if len(tokens) > n and " ".join(tokens[:n]) in lead:
                tokens, changed = tokens[n:], True
                break
            if len(tokens) > n and " ".join(tokens[-n:]) in tail:
                tokens, changed = tokens[:-n], True
                break
        if "based" in tokens[:-1]:  # "washington based brookings institution"
            i = tokens.index("based")
            if _place_or_demonym(tokens[:i]):
                tokens, changed = tokens[i + 1 :], True
    return tokens


def _place_affixes(tokens: list[str]) -> list[tuple[list[str], bool]]:
    """The name itself and the name without a leading or trailing place ('British …', '… of France')."""
    out: list[tuple[list[str], bool]] = [(tokens, False)]
    for n in range(1, min(_MAX_PLACE_TOKENS, len(tokens) - 1) + 1):
        head, rest = tokens[:n], tokens[n:]
        if _place_or_demonym(head):
            out.append((rest, True))
        tail, front = tokens[-n:], tokens[:-n]
        if front and front[-1] in ("of", "in") and len(front) > 1 and _place_or_demonym(tail):
            out.append((front[:-1], True))
        elif front and _place_or_demonym(tail):
            out.append((front, True))
    return out


def _portfolios(phrase: str) -> bool:
    portfolios = _government().get("portfolio", frozenset())
    if phrase in portfolios:
        return True
    parts = [p.strip() for p in phrase.split(" and ")]
    return len(parts) > 1 and all(p in portfolios for p in parts)


def _government_pattern(tokens: list[str], has_place: bool) -> str | None:
    """'Ministry of Finance', 'Finance Ministry', 'Federal Ministry for Economic Affairs'; a
    place-named body ('Chicago Police Department') when the name had a place."""
    patterns = _government()
    heads, qualifiers = patterns.get("head", frozenset()), patterns.get("qualifier", frozenset())
    words = tokens[1:] if len(tokens) > 2 and tokens[0] in qualifiers else tokens
    if len(words) > 2 and words[0] in heads and words[1] in ("of", "for") and _portfolios(" ".join(words[2:])):
        return "government"
    if len(words) > 1 and words[-1] in heads and _portfolios(" ".join(words[:-1])):
        return "government"
    key = " ".join(tokens)
    if has_place and key in _government().get("body", frozenset()):
        return "government"
    return None


def _raw_variants(name: str) -> list[str]:
    """The name as given, and without a parenthesised or trailing place ('…, London', '… in Geneva')."""
    out = [name]
    m = _PAREN_TAIL.match(name)
    if m:
        out.append(m.group(1))
    for rx in (_COMMA_TAIL, _IN_TAIL):
        m = rx.match(out[-1])
        if m and is_place(m.group(2)):
            out.append(m.group(1))
    return out


_OWNER = re.compile(r"^(.+?)['’]s\s+(.+)$")


def _unit_of(tokens: list[str], names: dict[str, str]) -> str | None:
    """The kind of the known institution that ``tokens`` name a part of ('University of Chicago Law School')."""
    units = _descriptors().get("unit", frozenset())
    for i in range(len(tokens) - 1, 0, -1):
        kind = names.get(" ".join(tokens[:i]))
        if kind and (i > 1 or kind == "university") and any(t in units for t in tokens[i:]):
            return kind
    return None


@cache
def _user_keys(known: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_name(k) for k in known) - {""}


def _bare_acronym(raw: str) -> str:
    """The one word left of 'the London-based IISS think tank' once descriptors are dropped, as written."""
    desc = _descriptors()
    lead, tail = desc.get("lead", frozenset()) | {"the"}, desc.get("tail", frozenset())
    words = [w for w in _POSSESSIVE.sub("", raw).replace(".", "").split() if not w.lower().endswith("-based")]
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in (3, 2, 1):
            if len(words) > n and _fold(" ".join(words[:n])) in lead:
                words, changed = words[n:], True
                break
            if len(words) > n and _fold(" ".join(words[-n:])) in tail:
                words, changed = words[:-n], True
                break
    return words[0] if len(words) == 1 and _ACRONYM.match(words[0]) else ""


@lru_cache(maxsize=8192)
def institution_kind(name: str, known: tuple[str, ...] = ()) -> str | None:
    """What kind of real institution ``name`` is, or None when it is not a known one.

    ``known`` are the names the user vouches for (``known-organizations`` in the
    config); they are kind ``"user"``. Kinds of the built-in lists: think-tank,
    research, ngo, university, government, central-bank, statistics, intl-org,
    news, firm.
    """
    name = name.strip()
    if not _has_capital(name):
        return None
    inst = _institutions()
    user = _user_keys(tuple(known)) if known else frozenset()
    owner = _OWNER.match(name)  # "Harvard's Institute of Politics": a part of a known institution
    if owner and any(t in _descriptors().get("unit", ()) for t in _tokens(owner.group(2))):
        kind = institution_kind(owner.group(1), tuple(known))
        if kind:
            return kind
    for raw in _raw_variants(name):
        acronym = _bare_acronym(raw)
        if acronym in inst.acronyms:
            return inst.acronyms[acronym]
        tokens = _tokens(raw)
        if not tokens:
            continue
        candidates = [tokens]
        stripped = _strip_descriptors(list(tokens))
        if stripped and stripped != tokens:
            candidates.append(stripped)
        for cand in candidates:
            for form, has_place in _place_affixes(cand):
                key = " ".join(form)
                if key in user:
                    return "user"
                kind = inst.names.get(key)
                # Without its place, a one-word name is too weak to count ("Springfield Times"
                # is not The Times), except for a public body ("British Treasury").
                if kind and (not has_place or len(form) > 1 or kind in _PUBLIC_KINDS):
                    return kind
                kind = _government_pattern(form, has_place) or _unit_of(form, inst.names)
                if kind:
                    return kind
    return None


def known_institution(name: str, known: tuple[str, ...] = ()) -> bool:
    """Whether ``name`` is a real institution a reader can look up (or one in ``known``).

    True for the International Institute for Strategic Studies, "IISS", "the
    nonpartisan Tax Policy Center think tank", "Brookings Institution in
    Washington", "Ministry of Finance"; False for invented generic names such as
    "Global Institute for Strategic Studies" or "Center for Global Strategy".
    """
    return institution_kind(name, tuple(known)) is not None


def initials(name: str) -> str:
    """The first letters of a name's words, its connectors (``name-connectors.txt``: "of", "for",
    "the" …) left out: "International Institute for Strategic Studies" gives "IISS"."""
    connectors = word_list("name-connectors.txt")
    return "".join(w[0] for w in _INITIAL_WORD.findall(name) if w.lower() not in connectors)


_INITIAL_WORD = LazyPattern(r"[\p{L}\p{N}]+")


@cache
def institution_names() -> dict[str, str]:
    """Every full name and alias of the gazetteers (acronyms aside) by its comparison key, with the
    official name it stands for: {'royal college of art': 'Royal College of Art', 'brookings':
    'Brookings Institution'}."""
    out: dict[str, str] = {}
    for line in _lines("universities.txt"):
        out.setdefault(normalize_name(line), line)
    for line in _lines("institutions.txt"):
        forms = [part.strip() for part in line.split("|")][1:]
        for form in forms:
            if not _is_acronym(form) and (key := normalize_name(form)):
                out.setdefault(key, forms[0])
    return out


def unit_words() -> frozenset[str]:
    """The words that name a part of a known institution (``institution-descriptors.txt``, "unit:"):
    school, department, faculty, hospital…"""
    return _descriptors().get("unit", frozenset())
