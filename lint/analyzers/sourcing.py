"""Sourcing analyzers: can a reader trace the people this article relies on?

All of them read the shared extraction of :mod:`lint.people`; none scans the
text once per name. The conflicting-identity check is a corpus analyzer, so the
same invented expert given two institutes in two files is caught even when the
files are linted in different processes.
"""

from __future__ import annotations


import bisect
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple

import regex

from lint.analyzers.citations import reference_list_span
from lint.analyzers.places import line_of, line_text, related
from lint.analyzers.registry import analyzer, option
from lint.acclaimed_bodies import acclaimed_bodies
from lint.analyzers.wording import list_triggers, phrase_triggers
from lint.context import Context, KnownPerson
from lint.document import Block, Document, Span, byline_lead
from lint.findings import Hit, Located, Related
from lint.crowd_subjects import crowd_claims, person_plural
from lint.interview import interview_turns
from lint.near_miss_bodies import near_miss_bodies
from lint.page_names import page_introductions
from lint.polled_shares import polled_share
from lint.posts import post_conflict
from lint.sourcing_shapes import vague_figure_sources
from lint.gazetteer import initials, is_demonym, is_given_name, is_place, known_institution
from lint.patterns import LazyPattern, escape, longest_first
from lint.patterns import compile as compile_pattern
from lint.people import (
    NAME_PAIR,
    ORG,
    TOKEN,
    bare_surname,
    clean_org,
    Mention,
    Person,
    body_range,
    extract_people,
    is_name,
    is_role_word,
    patterns,
    person_key,
    title_words,
)
from lint.patterns import alternation_source, phrase_source, transient
from lint.textindex import first_letters, register_run_triggers, register_triggers, within_run
from lint.timeline import extract_timeline
from lint.wordlists import data_lines, is_english_form, is_english_word, is_known_proper_noun, number_table, word_list

if TYPE_CHECKING:  # a type only: the rule module needs the registry, which loads these modules
    from lint.rule import Rule

_ALNUM = LazyPattern(r"[\p{L}\p{N}]+")
_ACRONYM = LazyPattern(r"[\p{Lu}.]{2,8}")
_SUFFIX = LazyPattern(r"(?:ing|ed|ly)$")
_DETERMINED = LazyPattern(
    r"(?:\bthe|\bthese|\bthose|\btheir|\bits|\bhis|\bher|\bour|\bsuch|\bwhich|\bwhat|\bof|\bno|\bciting|\d|(?<=\p{L})['’]s?"
    r"|\btwo|\bthree|\bfour|\bfive|\bsix|\bseven|\beight|\bnine|\bten)[ \u00a0]*$",  # counted sources are the wire form
    regex.I,
)
_SENTENCE_END = LazyPattern(r"[.!?…]$")
_DESCRIBED = LazyPattern(r",[ \u00a0]+(?:a|an|the|his|her|their|\p{Lu}[\p{L}\-]*(?:[ \u00a0]+\p{Lu}[\p{L}\-]*)*['’]s?)[ \u00a0]")
_ACCORDING_TO = LazyPattern(r"(?i:according)[ \u00a0]+to[ \u00a0]+$", regex.REVERSE)


# -- shared helpers -------------------------------------------------------------------------------
def _known(ctx: Context) -> dict[str, KnownPerson]:
    return {person_key(k.name): k for k in ctx.known_people}


@cache
def _personas() -> frozenset[str]:
    return frozenset(person_key(n) for n in word_list("stock-personas.txt"))


def is_stock_persona(name: str) -> bool:
    """Whether a full name is on the stock-persona list (titles and case ignored)."""
    return person_key(name) in _personas()


def is_generic_institute(org: str) -> bool:
    """An institute named only by abstract words: no place, founder or university to check.

    One to three abstract modifiers around a head noun ("Global Policy
    Institute", "Center for Global Strategy"); long names such as "Institute
    of World Economics and International Relations" are specific enough to
    look up and are left alone.
    """
    words = [w.strip(".,'’").lower() for w in org.replace("-", " ").split()]
    words = [w for w in words if w and w not in word_list("name-connectors.txt")]
    heads = word_list("institute-heads.txt")
    generic = word_list("generic-institute-words.txt")
    head_count = sum(w in heads for w in words)
    modifiers = [w for w in words if w not in heads]
    return head_count == 1 and 1 <= len(modifiers) <= 3 and all(w in generic for w in modifiers)


def aspirational_institute(org: str) -> bool:
    """An institute-like name holding a virtue instead of a field ("Institute for Learning and
    Human Potential", "National Council for Energy Storage Integrity"): ``aspirational-institute-words.txt``."""
    words = {w.strip(".,'’()").lower() for w in org.split()}
    heads = word_list("institute-heads.txt")
    return bool(words & heads) and bool(words & word_list("aspirational-institute-words.txt"))


#: "in" or "at" and a capitalised word: a body the copy places ("… Group in Princeton", "the
#: National Academy at Quantico"), which a reader can look up there even when the place is too
#: small for the gazetteer.
_LOCATED = LazyPattern(r"[ \u00a0]+(?:in|at)[ \u00a0]+\p{Lu}\p{Ll}")


def untraceable_institute(org: str, known: tuple[str, ...] = ()) -> bool:
    """An institute-like body (institute, centre, council, forum, lab…) that a reader cannot find:
    not a known institution (``lint.gazetteer``, or ``known-organizations``), and named with no
    place and no person ("Kiel Institute", "Max Planck Institute" are anchored and left alone).
    A head of two words ("think tank") counts as one."""
    heads = word_list("institute-heads.txt")
    org = _one_word_heads(org, heads)
    words = [w.strip(".,'’()") for w in org.replace("-", " ").split()]
    if not any(w.lower() in heads for w in words) or known_institution(org, known) or _LOCATED.search(org):
        return False  # a known body, or one the copy places ("Economic Outlook Group in Princeton")
    names = [w for w in words if w[:1].isupper() and w.lower() not in word_list("name-connectors.txt") and w.lower() not in heads]
    if any(w.lower() in ("university", "college") for w in words):
        return False
    for i, w in enumerate(names):
        if is_place(w) and not is_demonym(w) or i + 1 < len(names) and is_place(f"{w} {names[i + 1]}") or _region_of_place(w):
            return False
        if is_given_name(w) and i + 1 < len(names) and names[i + 1].lower() not in word_list("generic-institute-words.txt"):
            return False  # "Max Planck": named after a person
    return True


def _region_of_place(word: str) -> bool:
    """Whether a word is a place's region in one word: a prefix of ``compass-prefixes.txt`` and a
    place ("Südbayern", "Nordhessen")."""
    low = word.lower()
    return any(low.startswith(p) and len(word) > len(p) + 2 and is_place(word[len(p)].upper() + word[len(p) + 1 :])
               for p in word_list("compass-prefixes.txt"))


def _one_word_heads(org: str, heads: frozenset[str]) -> str:
    """``org`` with each head of several words ("Think Tank") written as the one word "Institute"."""
    for head in heads:
        if " " in head and head in org.lower():
            org = regex.sub(phrase_source(head), "Institute", org, flags=regex.I)
    return org


def untraceable_body(org: str, known: tuple[str, ...] = ()) -> bool:
    """A body headed by ``body-heads.txt`` (an alliance, a collective, a bureau, a board, an
    authority, a desk…) that a reader cannot find, by the test of :func:`untraceable_institute`:
    no known institution of that name, no place, no person."""
    words = org.split()
    heads = word_list("body-heads.txt")
    if not any(w.strip(".,'’()").lower() in heads for w in words) or known_institution(org, known):
        return False
    return untraceable_institute(" ".join("Institute" if w.strip(".,'’()").lower() in heads else w for w in words), known)


@cache
def _grand_pattern() -> regex.Pattern[str]:
    return compile_pattern(
        rf"(?<![\p{{L}}])(?:{alternation_source(word_list('grand-credentials.txt'))})(?![\p{{L}}])",
        regex.I,
    )


def grand_credential(doc: Document, m: Mention) -> str | None:
    """A phrase of acclaim in the credential ("the world's leading authority on", "founder and
    president of"), looked for in the whole reference, title and apposition included."""
    span = m.span
    hit = _grand_pattern().search(doc.plain, max(0, span.start - 60), span.end + 60)
    if hit is None:
        return None
    grand = " ".join(hit.group().split())
    if "founder" in grand.lower() and _business_credential(m, doc.plain[hit.end() : hit.end() + 60]):
        return None  # "founder and chairman of Colony Capital Inc": a firm's owner, described
    return grand


def _business_credential(m: Mention, after: str) -> bool:
    """Whether a credential, or the clause after its "founder and …" (up to a full stop or a
    quotation mark), names a business (``business-marks.txt``: "Inc", "delivery startup")."""
    text = _credential_text(m) + " " + regex.split(r"[.;:\n“”\"]", after, maxsplit=1)[0]
    words = {w.strip(",'’()").lower() for w in text.replace("-", " ").split()}
    return bool(words & word_list("business-marks.txt"))


def is_expert_affiliation(org: str) -> bool:
    """Whether an affiliation names the kind of body an expert source works for: an institute,
    a university, a think tank, a firm (``institute-heads.txt`` and ``affiliation-heads.txt``).

    Politicians hold a seat, a committee and a party at once and are described by their state
    ("Senator X of Iowa"), so legislatures, committees, parties and places are not compared."""
    words = {w.strip(".,'’").lower() for w in org.replace("-", " ").split()}
    return bool(words & (word_list("institute-heads.txt") | word_list("affiliation-heads.txt")))


def _credential_text(m: Mention) -> str:
    return ", ".join(x for x in (m.role, m.org) if x)


# -- SRC001 / SRC002: unverifiable experts --------------------------------------------------------
@dataclass(frozen=True)
class _Expert:
    """A relied-on person and the reasons their credential cannot be traced."""

    person: Person
    at: Mention
    signals: tuple[str, ...]


def _expert_signals(doc: Document, ctx: Context) -> list[_Expert]:
    """Every relied-on person with the reasons their credential cannot be traced."""

    def compute() -> list[_Expert]:
        known = _known(ctx)
        out = []
        for person in extract_people(doc).persons:
            if person.key in known:
                continue
            creds = person.credentials()
            relied_on = bool(creds) or any(m.source for m in person.mentions)
            if not relied_on:
                continue
            signals = []
            if is_stock_persona(person.name):
                signals.append(f"'{person.name}' is a stock persona name language models give invented people")
            known_orgs = ctx.known_organizations
            untraceable = next((m.org for m in creds if m.org and untraceable_institute(m.org, known_orgs)), None)
            untraceable = untraceable or next((m.org for m in creds if m.org and untraceable_body(m.org, known_orgs)), None)
            if untraceable and _placed_by_apposition(doc, untraceable):
                untraceable = None  # "…, a research charity in Leeds": the copy says where to find it
            if untraceable and is_generic_institute(untraceable):
                signals.append(f"'{untraceable}' is a generic institute name with no place or university to check")
            elif untraceable:
                signals.append(f"'{untraceable}' is not an institution a reader can find (no known body of that name, no place)")
            if any(m.chained for m in creds):
                signals.append("the credential is a comma-chained list of title-case words, not a sentence")
            grand = next((g for m in creds if (g := grand_credential(doc, m))), None)
            if grand:
                signals.append(f"the credential praises instead of describing ('{grand}')")
            if signals:
                at = next((m for m in creds if m.chained or (m.org and untraceable_institute(m.org, known_orgs))), None)
                at = at or next((m for m in creds if m.org == untraceable), None)
                out.append(_Expert(person, at or (creds[0] if creds else person.first), tuple(signals)))
        return out

    return doc.memo(f"sourcing.experts:{hash(ctx.known_people)}", compute)


#: A description after a body's name, up to its closing comma or stop: ", a research charity in Leeds".
_BODY_APPOSITION = LazyPattern(r",[ \u00a0]+(?:a|an|the)[ \u00a0]+(?P<text>[^,.;:!?()\n“”\"]{3,80})(?=[,.;:!?()\n]|$)")
_CAPITALISED_WORD = LazyPattern(r"(?<![\p{L}])\p{Lu}[\p{L}'’\-]+")


def _placed_by_apposition(doc: Document, org: str) -> bool:
    """Whether the copy places a body it names by a description after its name that holds a place
    ("the Pennine Trust, a research charity in Leeds", "…, a Leeds-based charity"): a reader can
    find it there, as with a place in the name itself."""
    plain = doc.plain
    at = plain.find(org)
    while at >= 0:
        m = _BODY_APPOSITION.match(plain, at + len(org))
        if m and any(is_place(w.group().split("-")[0]) and not is_demonym(w.group()) for w in _CAPITALISED_WORD.finditer(m.group("text"))):
            return True
        at = plain.find(org, at + 1)
    return False


def _expert_hits(doc: Document, ctx: Context, strong: bool) -> Iterator[Hit]:
    for e in _expert_signals(doc, ctx):
        if (len(e.signals) >= 2) != strong:
            continue
        span = e.at.span
        cred = _credential_text(e.at)
        who = f"{e.at.title + ' ' if e.at.title else ''}{e.person.name}" + (f" ({cred})" if cred else "")
        yield Hit(span.start, span.end, {"source": f"Expert {who}", "problem": "cannot be traced: " + "; ".join(e.signals)})


@analyzer("sourcing.unverifiable_expert", fields=("source", "problem"))
def unverifiable_expert(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """SRC001: two or more independent signs that a quoted expert was invented."""
    return _expert_hits(doc, ctx, strong=True)


@analyzer("sourcing.weak_expert_credential", fields=("source", "problem"))
def weak_expert_credential(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """SRC002: one sign only; real people have common names and plain institute names too.
    Also an institute cited as the source of evidence ("a survey by the Global Observatory on Food
    Purity", "according to the Planet Health Council") whose name is made only of abstract words and
    that a reader cannot find, when no person of it was reported already."""
    earlier = [*_expert_hits(doc, ctx, strong=False), *_post_nominal_strings(doc)]
    yield from earlier
    # a stacked credential already reported as post-nominal letters or as an untraceable expert is one finding
    yield from (h for h in _stacked_credentials(doc) if not any(e.start < h.end and h.start < e.end for e in earlier))
    reported = {e.at.org for e in _expert_signals(doc, ctx) if e.at.org}
    for start, end, org in _self_described_bodies(doc, ctx.known_organizations):
        if org not in reported:
            reported.add(org)
            yield Hit(start, end, {"source": f"'{org}'", "problem": "is vouched for as an independent body but is not an "
                                   "institution a reader can find (no known body of that name, no place)"})
    for start, end, phrase in acclaimed_bodies(doc, body_range(doc)[0]):
        if not any(start < e.end and e.start < end for e in earlier):
            yield Hit(start, end, {"source": f"'{phrase}'", "problem": "is praised instead of named: a reader cannot find "
                                   "the body or check what it said"})
    for start, end, org in _cited_bodies(doc):
        if org in reported or not (is_generic_institute(org) or aspirational_institute(org)) or not untraceable_institute(org, ctx.known_organizations):
            continue
        reported.add(org)
        yield Hit(start, end, {"source": f"'{org}'", "problem": "is cited as a source but is not an institution a reader "
                               "can find (no known body of that name, no place, no university)"})
    vouched = _vouched_orgs(doc, ctx)
    for start, end, org, real in near_miss_bodies(doc, ctx.known_organizations):
        if org not in reported | vouched and not any(start < e.end and e.start < end for e in earlier):
            reported.add(org)
            yield Hit(start, end, {"source": f"'{org}'", "problem": f"is one word away from a real institution, the {real}, "
                                   "but is not one itself: check the name, or the body may be invented"})


def _vouched_orgs(doc: Document, ctx: Context) -> set[str]:
    """The employers of the people ``known-people`` vouches for: verified with the person."""
    known = _known(ctx)
    return {m.org for p in extract_people(doc).persons if p.key in known for m in p.credentials() if m.org} if known else set()


@cache
def _self_described_body_pattern() -> regex.Pattern[str]:
    """An organisation followed by a description that vouches for it instead of placing it
    (``body-self-descriptions.txt``: "The Digital Asset Standards Board, an independent body,")."""
    return compile_pattern(rf"(?<![\p{{L}}\p{{N}}'’.\-])(?P<org>{ORG}),[ \u00a0]+(?P<desc>(?i:{_alt('body-self-descriptions.txt')}))(?![\p{{L}}])")


def _self_described_bodies(doc: Document, known: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
    """SRC002: bodies of :func:`_self_described_body_pattern` that no gazetteer knows and whose
    name holds no place and no person (the test of :func:`untraceable_institute`)."""
    lo, hi = body_range(doc)
    for m in _self_described_body_pattern().finditer(doc.plain, lo, hi):
        org = clean_org(m.group("org"))
        if len(org.split()) < 2 or doc.in_quote(m.start()) or known_institution(org, known):
            continue
        if untraceable_institute(f"{org} Institute", known):  # any body: the test of its name alone
            yield m.start("org") + len(m.group("org")) - len(org), m.end("desc"), org


@cache
def _post_nominal_pattern() -> regex.Pattern[str]:
    """A name followed by two or more post-nominal letters ("Dr. Ada Roe, PhD, MBA, CFA")."""
    letters = "|".join(
        r"\.?".join(escape(ch) for ch in w) + r"\.?" for w in longest_first(word_list("post-nominals.txt"))
    )
    return compile_pattern(rf"(?<=\p{{L}}),[ \u00a0]+(?:{letters})(?:,[ \u00a0]+(?:{letters}))+(?![\p{{L}}])", regex.I)


def _post_nominal_strings(doc: Document) -> Iterator[Hit]:
    """SRC002: a credential made of a string of post-nominal letters ("PhD, MBA, CFA") instead of
    a role and an employer (``post-nominals.txt``)."""
    lo, hi = body_range(doc)
    for m in _post_nominal_pattern().finditer(doc.plain, lo, hi):
        if doc.in_quote(m.start()):
            continue
        text = m.group().lstrip(", \u00a0")
        if not all(t.strip()[:1].isupper() for t in text.split(",")):
            continue  # written as letters after a name, not as words ("…, ma, ba")
        yield Hit(m.start() + len(m.group()) - len(text), m.end(),
                  {"source": "The credential", "problem": f"is a string of post-nominal letters ('{text}'), not a role and an "
                   "employer a reader can check"})


#: An item of a stacked credential: up to three words ("bestselling author", "TEDx speaker",
#: "Executive Director") or capital letters ("FNSE").
_STACK_ITEM = r"(?:(?:(?!and[ \u00a0])[\p{L}\-]+[ \u00a0]+){0,2}(?!and(?![\p{L}]))[\p{L}\-]+)"
_STACK = LazyPattern(
    rf"(?<![\p{{L}}])(?P<list>{_STACK_ITEM}(?:,[ \u00a0]+{_STACK_ITEM}){{2,}}(?:,?[ \u00a0]+and[ \u00a0]+{_STACK_ITEM})?)(?![\p{{L}}])"
)
#: Fewest titles that make a stacked credential.
_STACKED_TITLES = 4


def _title_item(item: str) -> bool:
    """Whether one item of a list is a title: its last word a role, an occupation or a
    self-description (``credential-nouns.txt``), or post-nominal capitals ("FNSE", "PhD")."""
    words = item.split()
    last = words[-1].strip(".").lower()
    if regex.fullmatch(r"\p{Lu}{2,6}|Ph\.?D\.?|\p{Lu}\p{Ll}?\p{Lu}{1,4}", words[-1]) and len(words) == 1:
        return True
    lists = word_list("role-nouns.txt") | word_list("occupations.txt") | word_list("credential-nouns.txt")
    return any(x in lists for x in last.split("-"))  # singular only: "doctors, nurses and teachers" are a crowd


def _stacked_credentials(doc: Document) -> Iterator[Hit]:
    """SRC002: four or more titles strung together beside a person's name ("Economist, futurist,
    bestselling author and TEDx speaker Dr. Ray Kell", "Dr. Anil Verma, PhD, agronomist, policy
    strategist, author and founder-director of…"): a self-made credential, not one role and one
    employer a reader can check."""
    lo, hi = body_range(doc)
    plain = doc.plain
    for m in _STACK.finditer(plain, lo, hi, overlapped=False):
        if doc.in_quote(m.start()):
            continue
        items = [x.strip() for x in regex.split(r",[ \u00a0]+|,?[ \u00a0]+and[ \u00a0]+", m.group("list")) if x.strip()]
        while len(items[-1].split()) > 1 and not _title_item(items[-1]):
            items[-1] = items[-1].rsplit(None, 1)[0]  # "…and TEDx speaker Dr": the name follows the list
        titles = [x for x in items if _title_item(x)]
        if len(titles) < _STACKED_TITLES or len(items) - len(titles) > 2:
            continue
        end = m.start() + m.group().rfind(items[-1]) + len(items[-1])
        before, after = plain[max(0, m.start() - 60) : m.start()], plain[end : end + 60]
        named_before = regex.search(r"\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}[\p{L}'’\-]+,[ \u00a0]*(?:(?:PhD|Dr\.?)[ \u00a0,]*)?$", before)
        named_after = regex.match(r"[ \u00a0]+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \u00a0]+)?\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}", after)
        named_inside = regex.fullmatch(r"\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}[\p{L}'’\-]+)+", items[0]) and not _title_item(items[0])
        if not (named_before or named_after or named_inside):
            continue
        yield Hit(m.start(), end, {"source": "The credential", "problem": f"strings {len(titles)} titles together ('{' '.join(plain[m.start():end].split())}'), "
                                       "not one role and one employer a reader can check"})


#: An organisation introduced as the source of evidence: "a survey by the", "according to the",
#: "a report from the", "who chairs the"; or one that says, finds or estimates something.
_CITED_BEFORE = LazyPattern(
    r"(?:\b(?:by|from|according[ \u00a0]+to|of|at|chairs|heads|leads|founded|runs|directs)[ \u00a0]+(?:the[ \u00a0]+)?)$", regex.I | regex.REVERSE
)
_CITED_AFTER = LazyPattern(
    r",[ \u00a0]+whose[ \u00a0]|[ \u00a0]+(?:has[ \u00a0]+|have[ \u00a0]+)?(?:said|says|found|finds|estimated|estimates|reported|reports|warned|warns|"
    r"concluded|concludes|published|publishes|claims|claimed|recommends|recommended)\b",
    regex.I,
)


def _cited_bodies(doc: Document) -> Iterator[tuple[int, int, str]]:
    """Institute-like organisations the body cites as a source, each at its first such place."""
    heads = word_list("institute-heads.txt")
    lo, hi = body_range(doc)
    for m in _org_pattern().finditer(doc.plain, lo, hi):
        org = clean_org(m.group())
        if not any(w.lower() in heads for w in org.split()) or doc.in_quote(m.start()):
            continue
        held = _held_body(org)
        if held:
            yield m.start() + len(org) - len(held), m.start() + len(org), held
            continue
        if _LOCATED.match(doc.plain, m.end()):
            continue  # "the National Academy at Quantico": placed, so a reader can find it
        if _CITED_BEFORE.search(doc.plain, max(0, m.start() - 30), m.start()) or _CITED_AFTER.match(doc.plain, m.end()):
            yield m.start(), m.start() + len(org), org


_TITLED_BODY = LazyPattern(r"^(?P<title>(?:\p{Lu}[\p{L}\-]*[ \u00a0]+)*?(?P<role>\p{Lu}[\p{L}\-]*))[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?P<body>\p{Lu}.*)$")


def _held_body(org: str) -> str:
    """The body of a capitalised title run ("Director of the Institute for Childhood Attention",
    "Chief Economist of the Center for Economic Foresight"): a post held there cites it."""
    t = _TITLED_BODY.match(org)
    if t is None or not is_role_word(t.group("role")):
        return ""
    heads = word_list("institute-heads.txt")
    return t.group("body") if any(w.lower() in heads for w in t.group("body").split()) else ""


@cache
def _org_pattern() -> regex.Pattern[str]:
    return compile_pattern(rf"(?<![\p{{L}}\p{{N}}'’.\-]){ORG}")


# -- SRC003: conflicting identity (corpus) --------------------------------------------------------
@dataclass(frozen=True)
class IdentityFact:
    """One credentialed mention, reduced to what the cross-file check compares."""

    key: str
    name: str
    role: str
    org: str
    located: Located


def _org_words(org: str) -> frozenset[str]:
    return frozenset(w for w in _ALNUM.findall(org.lower()) if w not in word_list("name-connectors.txt"))


def compatible_orgs(a: str, b: str) -> bool:
    """Whether two affiliations can name the same body ("IISS" and the full name, "Brookings" and
    "the Brookings Institution")."""
    wa, wb = _org_words(a), _org_words(b)
    if not wa or not wb or wa <= wb or wb <= wa:
        return True
    for short, long in ((a, b), (b, a)):
        if _ACRONYM.fullmatch(short.strip()) and short.replace(".", "").lower() == initials(long).lower():
            return True
    return len(wa & wb) / len(wa | wb) >= 0.5


def _second_employer(m: Mention, experts: list[str]) -> bool:
    """Whether a credential names an employer ("a senior analyst at Pinnacle Lending") that
    contradicts an expert affiliation the same article gives the person ("chief economist at the
    Mortgage Insights Group"): compared only then, so a politician's seat, committee and party are
    never set against each other. A place is a description, not an employer."""
    if not m.role or not experts or is_place(m.org) or is_demonym(m.org):
        return False
    return all(not compatible_orgs(m.org, e) for e in experts)


@cache
def _described_at() -> regex.Pattern[str]:
    """A later surname-only mention described at another body: "Vantross, who heads the desk at
    Meridian Capital Partners", "Anand, a biochemist who leads research at Lumière Labs". Only a
    present-tense post (``post-holding-verbs.txt``) or a role apposition counts: "who spent a decade
    at", "a former adviser at" and "who also advises" tell a career, not a second identity. A body
    may be named after a noun that describes it ("a partner at the London consultancy Brightwater &
    Co", ``employer-descriptors.txt``), and a bare role may stand before it ("Feeney, chief
    executive of the listings site HomeLedger"; the caller checks the role)."""
    desc = _alt("employer-descriptors.txt")
    posts = _alt("post-holding-verbs.txt")
    return compile_pattern(
        rf"[ \u00a0]*,[ \u00a0]+(?P<cred>(?:who[ \u00a0]+(?:{posts})|an?|the|(?P<bare>(?=\p{{Ll}})))[ \u00a0]?"
        rf"[^,.;:!?\n\"“”()]{{0,80}}?)[ \u00a0](?:at|of|with|for)[ \u00a0]+(?:the[ \u00a0]+)?"
        rf"(?:(?P<described>(?:[\p{{L}}\-]+[ \u00a0]+){{0,2}}?(?:{desc}))[ \u00a0]+(?P<org>{ORG})|(?P<org>{ORG}))"
    )


@cache
def _stacked_apposition() -> regex.Pattern[str]:
    """The last post of a stacked credential after a name ("…, PhD, MBA, award-winning futurist,
    bestselling author and Chief Market Strategist at Verity Horizon Research", "…, chief
    strategist, futurist and senior fellow at the Global Institute…"): its body is where the
    person works."""
    return compile_pattern(
        rf"[ \u00a0]*,[ \u00a0]+[^.;:!?\n\"“”()]{{0,160}}?(?:,|[ \u00a0]and)[ \u00a0]+(?P<cred>(?:(?![ \u00a0]and[ \u00a0])[^,.;:!?\n\"“”()]){{1,60}}?)[ \u00a0]"
        rf"(?:at|of|with)[ \u00a0]+(?:the[ \u00a0]+)?(?P<org>{ORG})"
    )


def _described_match(plain: str, at: int) -> regex.Match[str] | None:
    """The apposition after a surname that describes the person at a body (:func:`_described_at`);
    a bare one only when it is a short role ("chief executive of", "head of research at", not
    "speaking at")."""
    d = _described_at().match(plain, at)
    if d is None or d.group("bare") is None:
        return d
    words = d.group("cred").split()
    return d if 0 < len(words) <= 5 and all(w.islower() for w in words) and any(is_role_word(w) for w in words) else None


_CAREER_WORDS = LazyPattern(r"(?<![\p{L}])(?:former|formerly|previously|once|also|ex|until|then|later|retired|onetime|one-time|outgoing|incoming|visiting|adjunct)(?![\p{L}])", regex.I)


def _described_employers(doc: Document, person: Person, experts: list[str]) -> Iterator[IdentityFact]:
    """SRC003, within an article: a surname-only mention after the person's expert affiliation
    that describes them, in the same sentence, at another expert body (an institute, a
    university, a firm: :func:`is_expert_affiliation`), or that gives them a post held now at any
    named body (:func:`_post_clause`). A place, a demonym or a compatible name of the same body is
    no conflict."""
    if not experts:
        return
    plain = doc.plain
    for m in person.mentions:
        if m.full or m.org and not is_place(m.org) or m.start < person.first.start or doc.in_quote(m.start):
            continue  # an extracted place ("a partner at the London consultancy…") is read again below
        d = _described_match(plain, m.end)
        # "…, who runs procurement for Delmont Packaging": a post says the body employs them, and
        # so does a body named after what it is ("the London consultancy Brightwater & Co")
        post = d is None or d.group("cred").startswith("who") or d.group("described") is not None or d.group("bare") is not None
        if d is None:
            d = _post_clause().match(plain, m.end)
        if d is None or _CAREER_WORDS.search(d.group("cred")):
            continue
        org = clean_org(d.group("org"))
        named = d.groupdict().get("described") is not None  # "the listings site HomeLedger": one word names a body
        if not (is_expert_affiliation(org) or post and (len(org.split()) >= 2 or named)):
            continue
        if is_place(org) or is_demonym(org) or any(compatible_orgs(org, e) for e in experts):
            continue
        role = _ARTICLE_START.sub("", d.group("cred")).strip()
        yield _fact_at(doc, person, role, " ".join(org.split()), m.start, d.start("org") + len(org))


def _role_employer_pairs(doc: Document, person: Person) -> Iterator[IdentityFact]:
    """SRC003, within an article, for a person whose first credential is a role at a body that is
    no expert affiliation by its name ("chief economist at Pinnacle Home Data", "a science teacher
    at Eastgate Academy"): a later surname-only mention in the same article that gives them a post
    held now, or a role, at another named body of two words or more ("Hollister, who teaches urban
    economics at Carver State University"). Both are reported; a career told ("former", "who
    spent a decade at"), a place, a demonym or a compatible name of the same body is no conflict.
    Only a role noun's credential counts: a politician's seat and committee are not compared."""
    first = next((m for m in person.mentions if m.full and m.role and m.org), None)
    if first is None or is_expert_affiliation(first.org) or is_place(first.org) or is_demonym(first.org):
        return
    if not any(is_role_word(w) for w in first.role.replace("-", " ").split()) or _CAREER_WORDS.search(first.role):
        return
    plain = doc.plain
    for m in person.mentions:
        if m.full or m.start <= first.start or doc.in_quote(m.start):
            continue
        named = False
        if m.org and m.role and not is_place(m.org):  # "Varga, director of procurement at Kestrel Box Company": the extraction's credential
            cred, org, end = m.role, m.org, m.span.end
        else:
            d = None if m.org and m.role else _described_match(plain, m.end) or _post_clause().match(plain, m.end)
            if d is None:
                continue
            cred, org = _ARTICLE_START.sub("", d.group("cred")).strip(), clean_org(d.group("org"))
            end = d.start("org") + len(org)
            named = d.groupdict().get("described") is not None  # "the listings site HomeLedger"
        if _CAREER_WORDS.search(cred) or len(org.split()) < 2 and not named or is_place(org) or is_demonym(org) or compatible_orgs(org, first.org):
            continue
        span = first.span
        yield _fact_at(doc, person, first.role, first.org, span.start, span.end)
        yield _fact_at(doc, person, cred, org, m.start, end)
        return


def _fact_at(doc: Document, person: Person, role: str, org: str, start: int, end: int) -> IdentityFact:
    line, col = doc.line_col(start)
    end_line, end_col = doc.line_col(end, start)
    return IdentityFact(person.key, person.name, role, org, Located(line, col, end_line, end_col, doc.source_text(start, end)))


_ARTICLE_START = LazyPattern(r"^(?:an?|the)[ \u00a0]+")


@cache
def _post_clause() -> regex.Pattern[str]:
    """A post held now, in a "who" clause: "…, who runs procurement for Delmont Packaging", "…, who
    teaches at Carver State University", "…, who heads the Coastal Weather Bureau's desk"
    (``present-post-verbs.txt``)."""
    verbs = _alt("present-post-verbs.txt")
    return compile_pattern(
        rf",[ \u00a0]+(?P<cred>who[ \u00a0]+(?:{verbs})(?:[ \u00a0][^,.;:!?\n\"“”()]{{0,80}}?)?)[ \u00a0]+"
        rf"(?:(?:at|for|with|of)[ \u00a0]+(?:the[ \u00a0]+)?(?P<org>{ORG})|the[ \u00a0]+(?P<org>{ORG})['’]s(?![\p{{L}}]))"
    )


def _held_facts(doc: Document, person: Person) -> list[IdentityFact]:
    """The posts a person's full-name mentions say they hold now at an expert body ("Linda Farrow,
    who teaches chemistry at the Eastgate Science Academy"), which the extraction's credentials do
    not hold."""
    out = []
    for m in person.mentions:
        if not m.full or m.org or doc.in_quote(m.start):
            continue
        # "…, who teaches chemistry at…", or an apposition the extraction did not read ("…, a
        # leading authority on heat and human health at the International Thermal Health Observatory")
        d = _post_clause().match(doc.plain, m.end) or _described_match(doc.plain, m.end) or _stacked_apposition().match(doc.plain, m.end)
        if d is None or _CAREER_WORDS.search(d.group("cred")):
            continue
        org = clean_org(d.group("org"))
        if is_expert_affiliation(org) and not is_place(org):
            out.append(_fact_at(doc, person, " ".join(d.group("cred").split()), " ".join(org.split()), m.start, d.start("org") + len(org)))
    return out





#: The key of the posts one article gives a person that contradict each other: they meet only
#: each other (a post can change between two articles, not within one), and every two differ.
_POSTS_KEY = "#posts:"


def _post_facts(doc: Document, person: Person) -> Iterator[IdentityFact]:
    """SRC003, within an article: two posts of one person that cannot both be held ("the firm's
    chief financial officer" and "who heads the firm's marketing team"; :mod:`lint.posts`)."""
    pair = post_conflict(doc, person, _CAREER_WORDS)
    if pair is None:
        return
    key = f"{person.key}{_POSTS_KEY}{doc.path}"
    for post in pair:
        f = _fact_at(doc, person, "", post.text, post.start, post.end)
        yield IdentityFact(key, f.name, f.role, f.org, f.located)


class ConflictingIdentity:
    """SRC003: one name, two affiliations: within a file, across the run, or against known-people."""

    def collect(self, doc: Document, rule: Rule, ctx: Context) -> tuple[IdentityFact, ...]:
        facts = []
        for person in extract_people(doc).persons:
            creds = person.credentials()
            experts = [m.org for m in creds if m.org and is_expert_affiliation(m.org)]
            held_facts = _held_facts(doc, person)
            held = [f.org for f in held_facts]
            for m in creds:
                if not m.org or not (is_expert_affiliation(m.org) or _second_employer(m, experts)):
                    continue
                span = m.span
                line, col = doc.line_col(span.start)
                end_line, end_col = doc.line_col(span.end, span.start)
                located = Located(line, col, end_line, end_col, doc.source_text(span.start, span.end))
                facts.append(IdentityFact(person.key, person.name, m.role, m.org, located))
            facts.extend(_described_employers(doc, person, experts + held))
            if not experts and not held:
                facts.extend(_role_employer_pairs(doc, person))
            facts.extend(held_facts)
            facts.extend(_post_facts(doc, person))
        return tuple(facts)

    def shard_key(self, fact: IdentityFact) -> str:
        """Facts with different keys never meet in :meth:`check`: a distributed run groups by it."""
        return fact.key

    def check(
        self, facts_by_path: list[tuple[str, tuple[IdentityFact, ...]]], rule: Rule, ctx: Context
    ) -> Iterator[tuple[str, Located, dict[str, str], tuple[Related, ...]]]:
        known = _known(ctx)
        by_key: dict[str, list[tuple[str, IdentityFact]]] = {}
        for path, facts in facts_by_path:
            for f in facts:
                by_key.setdefault(f.key, []).append((path, f))
        for key, group in by_key.items():
            vouched = known.get(key)
            # Compare distinct affiliations, not occurrences: a name repeated across thousands of
            # files must cost as much as its few distinct credentials, and a message names each
            # conflicting credential once, at its first place, with a count of the others.
            by_org: dict[str, list[tuple[str, IdentityFact]]] = {}
            for path, fact in group:
                by_org.setdefault(fact.org, []).append((path, fact))
            orgs = list(by_org)
            clash = {a: [b for b in orgs if (a != b if _POSTS_KEY in key else not compatible_orgs(a, b))] for a in orgs}
            for path, fact in group:
                parts, related = [], []
                for org in clash[fact.org]:
                    places = by_org[org]
                    p, o = places[0]
                    more = f" (and {len(places) - 1} more)" if len(places) > 1 else ""
                    parts.append(f"'{_cred(o)}' at {_place(path, p, o)}{more}")
                    related.append(Related(p, o.located.line, o.located.column, o.located.snippet))
                if vouched and vouched.affiliation and not compatible_orgs(vouched.affiliation, fact.org):
                    parts.append(f"'{vouched.affiliation}' in your known-people list")
                if not parts:
                    continue
                yield path, fact.located, {"name": fact.name, "credential": _cred(fact), "elsewhere": "; ".join(parts)}, tuple(related)


def _cred(f: IdentityFact) -> str:
    return ", ".join(x for x in (f.role, f.org) if x)


def _place(here: str, there: str, f: IdentityFact) -> str:
    return line_text(f.located.line) if here == there else f"{there}:{f.located.line}"


conflicting_identity = analyzer("sourcing.conflicting_identity", fields=("name", "credential", "elsewhere"))(ConflictingIdentity())


# -- SRC004: surname never introduced ------------------------------------------------------------


@cache
def _place_context() -> regex.Pattern[str]:
    """A capitalised word after a preposition or article is a place or a body, not a person."""
    return compile_pattern(r"(?<![\p{L}])(?<!(?i:according)[ \u00a0])(?:in|to|from|the|at|into|with|against|toward|towards|across|over|of|by)[ \u00a0]+(\p{Lu}[\p{L}\-]+)"
        r"|(?<![\p{L}\-])(\p{Lu}[\p{L}\-]++)['’]s?[ \u00a0]+(?:(?:chief|senior|vice|deputy|executive|managing)[ \u00a0]+)?"
        r"(?:president|director|chief|spokesman|spokeswoman|spokesperson|head|ceo|chairman|editor|analysts?)\b"
    )


@cache
def _plural_verb() -> regex.Pattern[str]:
    """An attribution verb in its plural present form ("say" beside "says"): one person
    cannot be its subject, so the name before it is part of a group ("she and True say")."""
    verbs = word_list("attribution-verbs.txt")
    plural = "|".join(escape(v) for v in longest_first(v for v in verbs if f"{v}s" in verbs))
    return compile_pattern(r"[ \u00a0]+(?:also[ \u00a0]+)?(?:" + (plural or "(?!)") + r")(?![\p{L}])", regex.I)


@analyzer("sourcing.surname_never_introduced", fields=("surname", "problem", "later"))
def surname_never_introduced(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """SRC004: "Greene notes" with no Greene introduced by full name or title before."""
    people = extract_people(doc)
    known_surnames = {k.name.split()[-1].lower() for k in ctx.known_people if k.name.split()}
    places = {m.group(1) or m.group(2) for m in _place_context().finditer(doc.plain)}
    plain = doc.plain
    # "says Vathana, Mr Sundararaj’s wife": a single name introduced by description counts as introduced
    reported = {m.name.lower() for m in people.orphans if _DESCRIBED.match(plain, m.end)}
    reported |= _self_named(plain)  # "who gave his name as Arbaba": introduced by the one name given
    described = set(reported)
    for m in people.orphans:
        low = m.name.lower()
        if not m.source or m.title or low in known_surnames or m.name in places or low in reported:
            continue
        prev = _WORD_BEFORE.search(plain, max(0, m.start - 40), m.start)
        if prev and (prev.group(1).lower() in word_list("org-descriptors.txt") or _mixed_case(prev.group(1), m.name)):
            continue  # "media outlet Onenet", or the surname of a broken name SRC005 reports
        if prev and _described_body_particle(plain, prev):
            continue  # "the militant group al Shabaab": a body's name with its particle
        if prev and _one_name_job(prev.group(1)):
            reported.add(low)
            continue  # "military spokesman Wuryanto": people who go by one name are named so
        if _plural_verb().match(plain, m.end):
            continue  # a compound subject ("she and True say") is not one source cited by surname
        if _ACCORDING_TO.search(plain, max(0, m.start - 20), m.start):
            continue  # "according to Gallup": pollsters, agencies and papers are cited this way too
        first = people.introduced.get(low)
        if first is not None and first < m.start or _on_page_before(doc, low, m.start):
            continue
        if is_place(m.name) or is_demonym(m.name) or known_institution(m.name, ctx.known_organizations):
            continue  # "Canterbury said", "Politico reported": a place or a body, not a person
        if low in _lower_words(doc) or not _surname_like(m.name, doc):
            continue  # a common word capitalised at the start of a sentence ("Residents say"), a brand, a plural
        if _introduced_in_run(doc, m.name, m.end):
            continue  # "Intelligence Minister Israel Katz said": introduced in a run the extraction did not read as a name
        if low in word_list("collective-sources.txt") or _part_of_a_body(doc, m.name, m.start):
            continue  # "Staff said"; "Kessler & Moor said", "Trade and Industry said", "Kestrel" of "Kestrel Markets"
        if _not_a_person(doc, m.name, m.start):
            continue  # "Qualcomm, which…", "the law known as Obamacare", "Handwritten notes say"
        reported.add(low)
        later = f"; the full name first appears later, at {line_of(doc, first)}" if first is not None else ""
        yield Hit(m.start, m.end, {"surname": m.name, "problem": "is cited as a source but never introduced by full name and role", "later": later})
    yield from _described_surnames(doc, ctx, (reported - described) | known_surnames, places)
    yield from _titled_surnames(doc, ctx, reported | known_surnames, places)


def _on_page_before(doc: Document, surname: str, start: int) -> bool:
    """Whether an HTML page shows the surname after a given name before ``start``, in a block the
    article extraction left out (a list of winners, a speaker's heading): introduced all the same."""
    first = page_introductions(doc).get(surname)
    return first is not None and first < start


def _one_name_job(word: str) -> bool:
    """Whether a job word before a single name is how people who go by one name are named
    ("spokesman Jumadi"): an institutional voice (``institutional-voices.txt``) that English does
    not put before a surname as a title (``surname-titles.txt``: "Mayor Tilley" lost a given name)."""
    low = word.lower()
    return low in word_list("institutional-voices.txt") and low not in word_list("surname-titles.txt")


def _described_body_particle(plain: str, prev: regex.Match[str]) -> bool:
    """Whether the word before a name is a name particle (``name-particles.txt``) that itself
    follows a noun introducing a body (``org-descriptors.txt``): "the group al Shabaab"."""
    if prev.group(1).lower() not in word_list("name-particles.txt"):
        return False
    before = _WORD_BEFORE.search(plain, max(0, prev.start() - 40), prev.start())
    return bool(before and before.group(1).lower() in word_list("org-descriptors.txt"))


@cache
def _self_naming() -> regex.Pattern[str]:
    """A phrase of ``self-naming-phrases.txt`` and the one name it introduces ("who gave his name
    as Arbaba", "a nurse identified only as Leila"), or a relative named by first name after the
    kinship word (``kinship-words.txt``: "Saipov's mother, Mukaddas, told reporters")."""
    kin = alternation_source(word_list("kinship-words.txt"))
    return compile_pattern(
        rf"(?<![\p{{L}}])(?i:{alternation_source(word_list('self-naming-phrases.txt'))})[ \u00a0]*,?[ \u00a0]*(?P<name>\p{{Lu}}[\p{{L}}’'\-]+)"
        rf"|(?<![\p{{L}}])(?i:{kin}),[ \u00a0]*(?P<name>\p{{Lu}}[\p{{L}}’'\-]+),"
    )


def _self_named(plain: str) -> set[str]:
    """The names (lower-cased) that :func:`_self_naming` introduces in ``plain``."""
    return {m.group("name").lower() for m in _self_naming().finditer(plain)}


def _titled_surnames(doc: Document, ctx: Context, reported: set[str], places: set[str]) -> Iterator[Hit]:
    """SRC004: a source named by a title and a surname only, whose given name the article never
    gives ("Mayor Tilley said", "Coach Varga told reporters", "Dr. Okafor noted"): news style gives
    the full name at first reference, and "Mayor Tilley" with no first name anywhere is an
    introduction lost in rewriting. Titles that go before a given name ("Pope Francis", "Sheikh
    Mohammed"; ``given-name-titles.txt``) are how those people are named and are left alone, and so
    is a judge's style ("Mr Justice Harcourt"; ``judicial-styles.txt``)."""
    people = extract_people(doc)
    plain = doc.plain
    lo, hi = body_range(doc)
    full = {m.group(2).lower() for m in NAME_PAIR.finditer(plain, 0, len(plain), overlapped=True) if is_given_name(m.group(1))}
    full |= {p.name.split()[-1].lower() for p in people.persons if " " in p.name}
    titles = word_list("given-name-titles.txt")
    for m in people.mentions:
        low = m.name.lower()
        if not m.source or not m.title or " " in m.name or low in full or low in reported or m.name in places:
            continue
        if _on_page_before(doc, low, m.start):
            continue  # "Dr Ana Ruiz" in a list of panellists the extraction left out
        if not m.title.split()[-1].lower().rstrip(".") in word_list("surname-titles.txt"):
            continue  # "spokesman Jumadi", "village chief Wahyudin": people who go by one name are named so
        if any(t.lower().rstrip(".") in titles for t in m.title.split()) or doc.in_quote(m.start):
            continue
        if " ".join(m.title.lower().replace(".", " ").split()) in word_list("judicial-styles.txt"):
            continue  # "Mr Justice Harcourt said": a judge's full style names no given name
        if is_place(m.name) or is_demonym(m.name) or known_institution(m.name, ctx.known_organizations):
            continue
        if low in _lower_words(doc) or not _surname_like(m.name, doc):
            continue
        reported.add(low)
        yield Hit(m.start, m.end, {"surname": m.name, "problem": f"is cited as a source by title ('{m.title}') and surname only: the "
                                   "article never gives the full name", "later": ""})


#: A single capitalised word described as a person ("Okafor, who chairs the council, said", "Her
#: coach, Brennan, said", "As Lindqvist put it"): the shape of a surname whose first name and
#: introduction were lost. (A name followed by a description, "Vathana, Mr Sundararaj's wife",
#: counts as introduced, as in the first shape.) Every shape opens with a letter that follows no
#: letter: the guard in front says so, and spares the engine trying six shapes at every character.
_SURNAME_DESCRIBED = LazyPattern(
    r"(?<!\p{L})(?=\p{L})(?:"
    rf"(?<![\p{{L}}\p{{N}}'’.\-])(?P<name>{TOKEN}),[ \u00a0]+(?P<who>who|whose)[ \u00a0]+(?!(?:asked|declined|requested|spoke|gave|did[ \u00a0]+not[ \u00a0]+want)\b)"
    rf"|(?<![\p{{L}}\p{{N}}'’.\-])(?P<name>{TOKEN})[ \u00a0]+(?P<deed>has|had|is|was)[ \u00a0]+\p{{Ll}}[^.;!?\n\"“”]{{3,120}}?[ \u00a0]+and[ \u00a0]+(?:says|said|argues|argued|insists|insisted|warns|warned|maintains|maintained)(?![\p{{L}}])"
    rf"|(?<![\p{{L}}\p{{N}}'’.\-])(?P<name>{TOKEN}),[ \u00a0]+(?P<aside>(?!(?:a|an|the)[ \u00a0])(?:\p{{Ll}}+[ \u00a0]+){{0,3}}\p{{Ll}}+),[ \u00a0]+(?:said|says|told|added|noted|warned|argued|insisted|replied|countered)(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])[Aa]s[ \u00a0]+(?P<name>{TOKEN})[ \u00a0]+(?:put|puts)[ \u00a0]+it(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?P<role>\p{{Ll}}[\p{{Ll}}\-]+),[ \u00a0]+(?P<name>{TOKEN}),[ \u00a0]+(?:said|says|told|added|noted|warned)(?![\p{{L}}])"
    rf"|(?<![\p{{L}}\p{{N}}'’.\-])(?P<name>{TOKEN}),[ \u00a0]+for[ \u00a0]+one,"
    rf"|(?<![\p{{L}}\-])(?P<co>[Cc]o-\p{{Ll}}+)[ \u00a0]+(?P<name>{TOKEN})[ \u00a0]+(?:said|says|added|adds|told|noted|notes|wrote|writes|warned|warns)(?![\p{{L}}])"
    rf"|(?:^|(?<=\n))(?P<name>{TOKEN}),[ \u00a0]+(?P<appos>(?:a|an|the)[ \u00a0]+[^,.;:!?\n\"“”]{{3,80}}),[ \u00a0])"
)


_TOKEN_BEFORE = LazyPattern(r"(\S+)[ \u00a0]+$", regex.REVERSE)
_ITS_THEIR = LazyPattern(r"(?<![\p{L}])(?:its|their)(?![\p{L}])")
#: What may stand before a surname that opens its sentence: nothing, or a live blog's time stamp
#: and dash ("11:40 p.m. (Wed) — Okafor, whose…").
_SENTENCE_LEAD = LazyPattern(r"^[ \u00a0]*(?:(?:[\p{N}:.]+(?:[ \u00a0]*[ap]\.?m\.?)?(?:[ \u00a0]*\([^()\n]{1,12}\))?)?[ \u00a0]*[—–\-:][ \u00a0]*|[\p{N}]{1,2}[:.][\p{N}]{2}(?:[ \u00a0]*[ap]\.?m\.?)?[ \u00a0]+)?$", regex.I)


_PERSONAL = LazyPattern(r"(?<![\p{L}])(?:he|she|his|her|him|hers)(?![\p{L}])", regex.I)


def _personal_after(doc: Document, starts: list[int], start: int) -> bool:
    """Whether the sentence goes on with "he", "she", "his" or "her" after ``start``: "Halvorsen,
    whose endorsement…, walked into his party" is a person, "Harwick, whose mills…" a town."""
    i = bisect.bisect_right(starts, start) - 1
    hi = doc.sentences[i].end if i >= 0 else len(doc.plain)
    return bool(_PERSONAL.search(doc.plain, start, hi))


def _opens_sentence(doc: Document, starts: list[int], start: int) -> bool:
    """Whether the word at ``start`` opens its sentence (after a live blog's stamp, if any): the
    subject of what the sentence tells ("Okafor, whose amendment failed, left the chamber")."""
    i = bisect.bisect_right(starts, start) - 1
    lo = doc.sentences[i].start if i >= 0 else 0
    return bool(_SENTENCE_LEAD.match(doc.plain[lo:start]))
_WORD_BEFORE_COMMA = LazyPattern(r"([\p{L}\-]+),?[ \u00a0]+$", regex.REVERSE)
_PLURAL_WHO = LazyPattern(r",[ \u00a0]+who[ \u00a0]+(?:are|were|have|make|say|live|work)\b")


def _described_surnames(doc: Document, ctx: Context, reported: set[str], places: set[str]) -> Iterator[Hit]:
    """SRC004, second shape: a surname given a role or a "who" clause but never a first name.

    The extraction reads "Okafor, who chairs the council, opposed it" as no source (no attribution
    verb), yet the reader still meets a person cited by surname only. Places, bodies, demonyms,
    words the article writes in lower case and names introduced before (in full, or in a run
    of capitalised words) are left alone; so is a description without a role noun ("Vathana,
    Mr Sundararaj's wife"), and a "who" clause that explains a withheld name."""
    people = extract_people(doc)
    lo, hi = body_range(doc)
    plain = doc.plain
    spoken = spoken_sentences(doc)
    starts = [s.start for s in doc.sentences]
    for m in _SURNAME_DESCRIBED.finditer(plain, lo, hi):
        name, start = m.group("name"), m.start("name")
        low = name.lower()
        if low in reported or name in places or doc.in_quote(start):
            continue
        if m.group("role") and not is_role_word(m.group("role")):
            continue
        if m.group("co") and not is_role_word(m.group("co")[3:]):
            continue  # "Co-author Hargreaves added": a shared role used as a title, no first name
        if not is_name([name]) or _PLURAL_WHO.match(plain, m.end("name")):
            continue  # "Monday, who…" cannot be; "Democrats, who are…" is a group
        if m.group("who") and not _cited_here_or_next(doc, spoken, bisect.bisect_right(starts, start) - 1) \
                and not (m.group("who") == "whose" and _opens_sentence(doc, starts, start) and _personal_after(doc, starts, start)):
            continue  # a "who" clause about somebody the sentence does not cite (a "whose" subject that is a "he" or "she" counts)
        if m.group("deed") and not _opens_sentence(doc, starts, start):
            continue  # "…, which Brannigan has…": only the subject of the sentence is its source
        if m.group("who") == "whose" and not _personal_after(doc, starts, start):
            continue  # "Northnet, whose year ends in March, reported": a body has a "whose" too
        if m.group("aside") and is_given_name(name):
            continue  # "Maria, for her part, said": single-name sources go by their given name
        if m.group("aside") and _ITS_THEIR.search(m.group("aside")):
            continue  # "Ferrovia, for its part, said": a body, not a person
        if m.group("appos") and not _surname_apposition(doc, name, m.group("appos"), spoken, bisect.bisect_right(starts, start) - 1):
            continue
        tok = None if m.group("co") else _TOKEN_BEFORE.search(plain, max(0, start - 40), start)
        if tok and (len(tok.group(1)) == 1 and tok.group(1) not in "—–-" or tok.group(1)[0].isupper() and tok.group(1)[-1].isalpha()
                    and tok.group(1).lower() not in word_list("function-words.txt")):
            continue  # the last word of a longer name ("Boyden Gray & Associates, who…")
        before = _WORD_BEFORE_COMMA.search(plain, max(0, start - 40), start)
        if before and before.group(1).lower() in word_list("kinship-words.txt"):
            continue  # "his wife, Heidi, who…": a relative named by first name
        first = people.introduced.get(bare_surname(name))
        if first is not None and first < (m.start("co") if m.group("co") else start) or _on_page_before(doc, bare_surname(name), start):
            continue
        if is_place(name) or is_demonym(name) or known_institution(name, ctx.known_organizations):
            continue
        if low in _lower_words(doc) or not _surname_like(name, doc) or not m.group("co") and _named_in_run(doc, name, m.end("name")):
            continue
        prev = _WORD_BEFORE.search(plain, max(0, start - 40), start)
        if prev and prev.group(1).lower() in word_list("org-descriptors.txt"):
            continue
        reported.add(low)
        yield Hit(start, start + len(name), {"surname": name, "problem": "is described as a source but never introduced by full name", "later": ""})


#: "…, was blunter. “…,” he said.": the next sentence of the paragraph gives the quotation to the
#: person the sentence has just described.
_PRONOUN_SPEAKER = LazyPattern(r"(?<![\p{L}])(?:he|she)[ \u00a0]+(?:said|says|added|told|explained|noted)(?![\p{L}])", regex.I)


def _cited_here_or_next(doc: Document, spoken: tuple[bool, ...], i: int) -> bool:
    """Whether sentence ``i`` cites somebody, or the next one of its paragraph quotes a "he"/"she"."""
    if spoken[i]:
        return True
    if i + 1 >= len(doc.sentences):
        return False
    here, nxt = doc.sentences[i], doc.sentences[i + 1]
    if "\n" in doc.plain[here.end:nxt.start]:
        return False
    return bool(_PRONOUN_SPEAKER.search(doc.plain, nxt.start, nxt.end))


def _surname_apposition(doc: Document, name: str, appos: str, spoken: tuple[bool, ...], i: int) -> bool:
    """"Okafor, a seventh-grade science teacher, said…" opening a paragraph: a surname, never a
    first name, described by a role and cited. Wire copy writes single-name sources the same way
    ("Maria, a 45-year-old teacher, said"), but by their given name, so a given name
    (``gazetteers/given-names.txt``) is left alone, and so is a description without a role noun
    or a job (``role-nouns.txt``, ``occupations.txt``)."""
    if is_given_name(name) or not spoken[i]:
        return False
    jobs = word_list("occupations.txt")
    return any(is_role_word(w) or w.lower() in jobs for w in _ALNUM.findall(appos))


def _named_in_run(doc: Document, surname: str, before: int) -> bool:
    """Like :func:`_introduced_in_run`, but a capitalised function word before the surname ("As
    Lindqvist put it", "But Okafor") is the start of a sentence, not a first name."""
    stop = word_list("function-words.txt")
    return any(w.lower() not in stop for w in _capitalised_neighbours(doc, surname, 0, before, after=False))


#: The capitalised word (group 1) right before, or with ``True`` right after, the word put in at ``{w}``.
_NEIGHBOUR = {
    False: r"(?<![\p{{L}}])(\p{{Lu}}\.|\p{{Lu}}[\p{{L}}'’\-]*)[ \u00a0]+{w}(?![\p{{L}}])",
    True: r"(?<![\p{{L}}\-]){w}[ \u00a0]+(\p{{Lu}}[\p{{L}}]+)",
}


def _capitalised_neighbours(doc: Document, word: str, start: int, stop: int, *, after: bool) -> Iterator[str]:
    """The capitalised words written right before ``word`` (or right after it, with ``after``)
    between ``start`` and ``stop`` of the plain text: "Antonio" of "Antonio Guterres"."""
    rx = transient(_NEIGHBOUR[after].format(w=escape(word)))
    return (m.group(1) for m in rx.finditer(doc.plain, start, stop))


#: Endings of English common nouns that are not surnames ("Taxation said", "Economics say").
#: A capital inside a word that no surname prefix explains: a brand ("TechCrunch", "WikiLeaks").
@cache
def _noun_suffixes() -> tuple[str, ...]:
    """Endings of abstract nouns (rules/data/noun-suffixes.txt): "Regulation" is no surname."""
    return tuple(sorted(word_list("noun-suffixes.txt")))


_INNER_CAPITAL = LazyPattern(r"^(?!(?:Mc|Mac|O['’]|De|Di|Da|La|Le|Van|Von|Du|Fitz|St)\p{Lu})\p{Lu}\p{Ll}+\p{Lu}")


def _surname_like(word: str, doc: Document) -> bool:
    """Whether a capitalised word standing alone as a source can be a surname: not a plural of a
    word the article writes in lower case ("Others", "Sources", "Koreans" beside "Korean"), not a
    common-noun ending, not a brand with an inner capital, not an acronym with a plural s, not a
    number ("Seven have said") and not the plural of an English noun that is no known name
    ("Organisers said", "Troopers confirmed", "Videos showed": a group or a thing opening its
    sentence; "Banks", "Rivers" and "Hughes" are names of general English and stay surnames)."""
    if word.lower().endswith(_noun_suffixes()) or _INNER_CAPITAL.match(word) or (len(word) > 2 and word[:-1].isupper()):
        return False
    if word.lower() in number_table("number-words.txt") or _common_plural(word):
        return False
    if word.endswith("s") and not word.endswith("ss"):
        words = _lower_words(doc)
        for stem in (word[:-1], word[:-2] if word.endswith("es") else None):
            if stem and (stem.lower() in words or stem in words and any(w.startswith(stem) and w != word for w in words if w[:1].isupper())):
                return False
    return True


def _common_plural(word: str) -> bool:
    """Whether a capitalised word is the plural of an English noun and no proper noun of general
    English: "Growers", "Policymakers" (``english-words-extra.txt``), not "Banks" or "Collins"."""
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and is_english_form(low) and not is_known_proper_noun(word)


_JOINED_BEFORE = LazyPattern(r"\p{Lu}[\p{L}'’.\-]*,?[ \u00a0]+(?:and|&|&amp;)[ \u00a0]+$")


def _part_of_a_body(doc: Document, word: str, start: int) -> bool:
    """Whether a capitalised word cited as a source is part of an organisation's name: joined to a
    capitalised word before it by "and"/"&" ("Kessler & Moor said", "Ministry of Economy, Trade and
    Industry said"), or written earlier in the body as the first word of a capitalised run that is
    no person's ("crypto exchange Kestrel Markets" … "Kestrel said": a body's short name; people
    are introduced given name first, so a surname ends its run)."""
    if _JOINED_BEFORE.search(doc.text, max(0, start - 60), start):
        return True
    verbs = word_list("attribution-verbs.txt")
    return any(w.lower() not in verbs and not is_given_name(w)
               for w in _capitalised_neighbours(doc, word, doc.body_start, start, after=True))


@cache
def _named_thing() -> regex.Pattern[str]:
    """A capitalised word named as a thing ("known as Obamacare", "dubbed Ophelia";
    ``naming-participles.txt``), read backwards from the word."""
    return compile_pattern(rf"(?<![\p{{L}}\-])(?i:{_alt('naming-participles.txt')})(?:[ \u00a0]+as)?[ \u00a0]+$", regex.REVERSE)


def _not_a_person(doc: Document, word: str, start: int) -> bool:
    """SRC004: grammar that shows a capitalised word cited as a source is no person. A body: the
    article gives it "which" ("Qualcomm, which earns…") or "and its" ("Norvale and its
    partners"; not "X said its", which a person may say of a council). A thing's name: a naming word before
    it ("the law known as Obamacare, advisers told Reuters"). A modifier: a lower-case plural noun
    follows it and is the subject of the verb of saying ("Handwritten notes say…")."""
    plain = doc.plain
    w = escape(word)
    body = compile_pattern(
        rf"(?<![\p{{L}}\-]){w}(?:,[ \u00a0]+which(?![\p{{L}}])|[ \u00a0]+and[ \u00a0]+its(?![\p{{L}}]))"
    )
    if body.search(plain, doc.body_start):
        return True
    if _named_thing().search(plain, max(0, start - 30), start):
        return True
    subject = _NOUN_SUBJECT.match(plain, start + len(word))
    return subject is not None and subject.group("verb").lower() in word_list("attribution-verbs.txt")


#: A lower-case plural noun after the word, followed by a verb ("Handwritten notes say").
_NOUN_SUBJECT = LazyPattern(r"[ \u00a0]+\p{Ll}[\p{Ll}\-]*[^s\W]s[ \u00a0]+(?P<verb>\p{Ll}+)(?![\p{L}])")


def _introduced_in_run(doc: Document, surname: str, before: int) -> bool:
    """Whether the word appears (here or earlier) right after another capitalised word: "Antonio Guterres"."""
    return next(_capitalised_neighbours(doc, surname, 0, before, after=False), None) is not None


# -- SRC005: malformed names ----------------------------------------------------------------------
@cache
def _pair_stop() -> frozenset[str]:
    return word_list("not-name-words.txt") | word_list("attribution-verbs.txt") | word_list("role-nouns.txt")


def _lower_words(doc: Document) -> frozenset[str]:
    """Every word of the document, case kept: "greene" in it means the word is written in lower case."""
    return doc.index.part_set()


def _mixed_case(a: str, b: str) -> str | None:
    """The lower-case half of a two-word name whose other half is capitalised, if any."""
    if a[0].isupper() == b[0].isupper():
        return None
    low = a if a[0].islower() else b
    if len(low) < 3 or low in _pair_stop() or _SUFFIX.search(low):
        return None
    return low


def _edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > cap:
            return cap + 1
        prev = cur
    return prev[-1]


@cache
def _pair_pattern() -> regex.Pattern[str]:
    """Two words, one capitalised and one not, followed by a comma or an attribution verb."""
    verbs = "|".join(escape(v) for v in longest_first(word_list("attribution-verbs.txt")))
    # The negative look-ahead drops pairs of two lower-case or two upper-case words (nearly
    # every pair in prose) before the costly attribution-verb look-ahead is tried; the caller
    # skips such pairs anyway.
    return compile_pattern(
        r"(?<![\p{L}'’\-])(?!\p{Ll}[\p{Ll}'’\-]+[ \u00a0]\p{Ll}|\p{Lu}[\p{Ll}'’\-]+[ \u00a0]\p{Lu})"
        r"(?P<a>\p{L}[\p{Ll}'’\-]+)[ \u00a0](?P<b>\p{L}[\p{Ll}'’\-]+)"
        rf"(?=(?P<comma>,)|[ \u00a0]+(?:also[ \u00a0]+)?(?i:{verbs})(?![\p{{L}}]))"
    )


_WORD_BEFORE = LazyPattern(r"([\p{L}\-]+)[ \u00a0]+$", regex.REVERSE)
_WORDS_AFTER = LazyPattern(r",[ \u00a0]*((?:[\p{L}\-]+[ \u00a0]*){1,5})")


def _broken_pairs(doc: Document) -> Iterator[tuple[int, int, str]]:
    """Two-word names with one word in lower case, in a slot only a person fills.

    Either a role noun before and an attribution verb after ("scholar georgi
    Boft suggests"), or an apposition with a role after ("Feodor woitolovsky,
    director of…") when the article also spells the lower-case word
    capitalised somewhere.
    """
    lo, hi = body_range(doc)
    plain = doc.plain
    for m in _pair_pattern().finditer(plain, lo, hi, overlapped=True):
        a, b = m.group("a"), m.group("b")
        if a[0].isupper() == b[0].isupper():
            continue
        low = _mixed_case(a, b)
        if low is None or _common_lower_word(low):
            continue  # "New York state, the attorney general's office…", "Peter van Ham, a fellow"
        if m.group("comma"):
            after = _WORDS_AFTER.match(plain, m.end())
            roles = after is not None and any(is_role_word(w) for w in after.group(1).split()[:4])
            ok = roles and low.capitalize() in _lower_words(doc)
        else:
            before = _WORD_BEFORE.search(plain, max(lo, m.start() - 40), m.start())
            ok = before is not None and is_role_word(before.group(1))
        if ok:
            yield m.start(), m.end("b"), f"{a} {b}"


@analyzer("sourcing.malformed_name", fields=("name", "problem"))
def malformed_name(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """SRC005: broken capitalisation in a person's name, or one name spelled two ways."""
    seen: set[int] = set()
    for start, end, name in _broken_pairs(doc):
        if doc.in_quote(start):
            continue
        seen.add(start)
        fixed = " ".join(w[0].upper() + w[1:] for w in name.split())
        yield Hit(
            start,
            end,
            {"name": f"Name '{name}'", "problem": f"has broken capitalisation (expected '{fixed}'): a sign of machine "
             "transliteration or unedited copy"},
        )
    yield from _variant_case_hits(doc, seen)
    spelled = list(_two_spellings(doc))
    yield from spelled
    yield from _surname_variants(doc, seen | {h.start for h in spelled})
    given = set(seen | {h.start for h in spelled})
    yield from _given_name_spellings(doc, given)
    yield from _surname_joins(doc, given)
    yield from _role_surname_spellings(doc, given)
    yield from _pair_case_variants(doc, given)
    yield from _pair_accent_variants(doc, given)


def _variant_case_hits(doc: Document, seen: set[int]) -> Iterator[Hit]:
    """A person's two-word name written elsewhere with one word in lower case ("vladimir Putin")."""
    names = {p.name for p in extract_people(doc).persons if p.name.count(" ") == 1 and "-" not in p.name}
    lo, hi = body_range(doc)
    lowered = doc.plain.lower()
    starts = {s.start for s in doc.sentences}
    for name in names:
        if all(_common_lower_word(w.lower()) for w in name.split()):
            continue  # "Homeland Security" … "homeland security": a name made of common words, used as words
        needle = name.lower()
        at = lowered.find(needle, lo, hi)
        while at >= 0:
            found = doc.plain[at : at + len(needle)]
            boundary = (at == 0 or not lowered[at - 1].isalpha()) and not lowered[at + len(needle) : at + len(needle) + 1].isalpha()
            # at a sentence's start only the first letter may change its case ("De Blasio"); a
            # later word in lower case ("Priya raman said") is broken there too
            opening = at in starts and found[1:] == name[1:]
            # a surname's particle standing first takes a capital when the surname stands alone
            # ("Bill de Vries" … "De Vries said"; name-particles.txt)
            particle = found[1:] == name[1:] and name.split()[0].lower() in word_list("name-particles.txt")
            if boundary and found != name and not found.isupper() and not opening and not particle and at not in seen:
                seen.add(at)
                yield Hit(at, at + len(needle), {"name": f"Name '{found}'", "problem": f"has broken capitalisation; the article also writes '{name}'"})
            at = lowered.find(needle, at + 1, hi)


class _Named(NamedTuple):
    name: str
    start: int




def _common_lower_word(word: str) -> bool:
    """Whether a lower-case word is rightly written so beside a name: a surname's particle
    ("van", ``name-particles.txt``) or an ordinary English word that is no given name ("state",
    "justice", "security"; "mark" of "mark Jensen" is a given name in lower case)."""
    return word in word_list("name-particles.txt") or (is_english_word(word) and not is_given_name(word.capitalize()))


def _first_name_variant(a: str, b: str) -> bool:
    """Two spellings of one first name: a short form that opens the long one ("Nathan",
    "Nathaniel"; four letters or more) or one letter away ("Theresa", "Teresa"; five or more)."""
    a, b = a.lower(), b.lower()
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and long_.startswith(short):
        return True
    return len(short) >= 5 and _edit_distance(a, b, 1) == 1


def _two_spellings(doc: Document) -> Iterator[Hit]:
    """A person's full name written again with the same first name and nearly the same surname
    ("Teresa Kowalczyk" … "Teresa Kowalcyk"), or with the surname's capitals changed
    ("McAllister" … "Mcallister"): one of them is misspelt. Every two-word capitalised pair of the
    body is compared with the people the article names, once per spelling."""
    people = extract_people(doc)
    keys = {p.key for p in people.persons}
    lo, hi = body_range(doc)
    first_seen: dict[str, int] = {}
    for mention in people.mentions:
        if mention.full:
            first_seen.setdefault(mention.name, mention.start)
    pairs = list(NAME_PAIR.finditer(doc.plain, lo, hi, overlapped=True))
    for m in pairs:
        if person_key(m.group()) in keys:
            first_seen.setdefault(f"{m.group(1)} {m.group(2)}", m.start())
    persons = sorted((_Named(name, at) for name, at in first_seen.items()), key=lambda n: n.start)
    seen: set[str] = set()
    for m in pairs:
        first, last = m.group(1), m.group(2)
        written = f"{first} {last}"
        if written in seen or doc.in_quote(m.start()):
            continue
        for a in persons:
            fa = a.name.split()
            if a.start >= m.start() or len(fa[-1]) < 5 or len(last) < 5:
                continue
            same_letters = fa[-1].lower() == last.lower()
            if fa[0] != first and (same_letters or not _first_name_variant(fa[0], first)):
                continue  # a changed first name counts only with a changed surname ("Nathaniel Brooks" … "Nathan Brookes")
            d = 0 if same_letters else _edit_distance(fa[-1].lower(), last.lower(), 2)
            if (same_letters and fa[-1] != last) or 1 <= d <= (1 if len(fa[-1]) < 8 else 2):
                seen.add(written)
                yield Hit(
                    m.start(),
                    m.end(),
                    {"name": f"'{written}'", "problem": f"looks like another spelling of '{a.name}' ({line_of(doc, a.start)}): use one spelling"},
                    related=(related(doc, a.start, a.start + len(a.name)),),
                )
                break


_CAPITALISED = LazyPattern(rf"(?<![\p{{L}}\p{{N}}'’\-]){TOKEN}(?![\p{{L}}\p{{N}}])")


def _surname_variants(doc: Document, seen: set[int]) -> Iterator[Hit]:
    """A person named in full, then referred to by a surname one letter away ("Raymond Okafor" …
    "Dr. Okafur noted", "according to Ragunathan") or with its capitals changed ("Tobias
    McAllister" … "Mcallister is expected"): the second spelling is a misspelling of the first.
    Only surnames of five letters or more are compared, and only a surname-only reference that
    matches no person of the article (two people may share a surname; "Chen" and "Chan" differ)."""
    people = extract_people(doc)
    surnames: dict[str, tuple[str, int, str]] = {}
    for person in people.persons:
        if " " in person.name:
            bare = bare_surname(person.surname)
            surnames.setdefault(bare, (person.surname[len(person.surname) - len(bare):], person.first.start, person.name))
    if not surnames:
        return
    plain = doc.plain

    spellings: set[str] = set()

    def hit(start: int, written: str, full: str, at: int) -> Hit:
        seen.add(start)
        spellings.add(written)
        return Hit(start, start + len(written),
                   {"name": f"'{written}'", "problem": f"looks like another spelling of '{full}' ({line_of(doc, at)}): use one spelling"},
                   related=(Related(doc.path, *doc.line_col(at), full),))

    for m in people.orphans:
        low = bare_surname(m.name)
        if m.full or low in surnames or len(low) < 5 or m.start in seen or m.name in spellings or doc.in_quote(m.start):
            continue
        for other, (written, at, full) in surnames.items():
            if at >= m.start or len(other) < 5:
                continue
            d = _edit_distance(other, low, 2)
            if 1 <= d <= (1 if len(other) < 8 else 2):
                yield hit(m.start, m.name, full, at)
                break
    lo, hi = body_range(doc)
    for m in _CAPITALISED.finditer(plain, lo, hi):
        word = m.group()
        known = surnames.get(word.lower())
        if known is None or word == known[0] or word.isupper() or known[1] >= m.start() or m.start() in seen or word in spellings:
            continue
        if doc.in_quote(m.start()) or any(s <= m.start() < s + 40 for s in seen):
            continue
        yield hit(m.start(), word, known[2], known[1])


def _sound_key(word: str) -> str:
    """American Soundex of a word ("Jaxon", "Jackson" → J250; "Emily", "Emilie" → E540): names
    that sound alike share it."""
    codes = {**dict.fromkeys("bfpv", "1"), **dict.fromkeys("cgjkqsxz", "2"), **dict.fromkeys("dt", "3"),
             "l": "4", **dict.fromkeys("mn", "5"), "r": "6"}
    low = [c for c in word.lower() if c.isalpha()]
    if not low:
        return ""
    out, last = [], codes.get(low[0], "")
    for c in low[1:]:
        code = codes.get(c, "")
        if code and code != last:
            out.append(code)
        if c not in "hw":
            last = code
    return (low[0].upper() + "".join(out) + "000")[:4]


def _other_persons_name(a: str, b: str) -> bool:
    """Whether the longer given name is the shorter one plus an ending that makes another
    person's name ("Daniel", "Danielle"; ``given-name-endings.txt``), or the two differ by their
    last vowel alone ("Mariano", "Mariana"): a man's and a woman's form of one name."""
    if len(a) == len(b) and a[:-1].lower() == b[:-1].lower() and a[-1].lower() in "aeio" and b[-1].lower() in "aeio":
        return True
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    return long_.startswith(short) and long_[len(short):] in word_list("given-name-endings.txt")


def _given_name_spellings(doc: Document, seen: set[int]) -> Iterator[Hit]:
    """One person's name spelled two ways, beside a name the article relies on: the given name
    ("Harriet Okoro" … "Harriett Okoro", "Jaxon Reid" … "Jackson Reid", "Emily Marsh" … "Emilie
    Marsh": recorded given names that sound alike, same Soundex key, one to three letters apart,
    five letters or more) or the surname ("Maeve Kessler" … "Maeve Kesler": one letter apart, two
    from eight letters on, five or more). The second spelling is written once; the first is a
    person the article names, is written twice, or its surname stands alone elsewhere ("Reid
    said"). Names that differ by an ending that makes another person's name ("Daniel",
    "Danielle") or a surname that only gains an "s" are two people."""
    people = extract_people(doc)
    keys = {p.key for p in people.persons}
    lo, hi = body_range(doc)
    pairs = [m for m in NAME_PAIR.finditer(doc.plain, lo, hi, overlapped=True) if not doc.in_quote(m.start())]
    count: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for m in pairs:
        count[m.group()] = count.get(m.group(), 0) + 1
        first_at.setdefault(m.group(), m.start())
    alone = {w.group() for w in _CAPITALISED.finditer(doc.plain, lo, hi)}
    paired = {m.group(2) for m in pairs}

    def anchored(name: str, surname: str) -> bool:
        return person_key(name) in keys or count[name] >= 2 or (surname in alone and surname not in paired) or \
            sum(1 for w in _CAPITALISED.finditer(doc.plain, lo, hi) if w.group() == surname) > count[name] or \
            _introduced_by_role(doc, first_at[name])

    titles = title_words() | word_list("given-name-titles.txt")
    for m in pairs:
        first, last = m.group(1), m.group(2)
        if count[m.group()] != 1 or m.start() in seen or len(last) < 4 or first.lower() in titles or _in_correction(doc, m.start()):
            continue
        recorded = is_given_name(first)
        if not recorded and (is_english_word(first.lower()) or is_place(first)):
            continue
        for other, at in first_at.items():
            o_first, _, o_last = other.partition(" ")
            if at >= m.start() or other == m.group():
                continue
            if not (recorded and is_given_name(o_first)):
                # a given name the gazetteer does not record ("Wanjiku Kamau" … "Wanjiru Kamau"): the
                # same surname, a given name one letter away or sounding alike (anchored below)
                if o_last != last or not _unrecorded_respelt(first, o_first):
                    continue
            elif o_last == last and o_first != first and o_first.lower() == first.lower():
                pass  # "DeShawn Merriweather" … "Deshawn Merriweather": the given name's capitals changed
            elif o_last == last:
                if (min(len(o_first), len(first)) < 5 or o_first[0] != first[0] or _other_persons_name(first, o_first)
                        or _sound_key(first) != _sound_key(o_first) or not 1 <= _edit_distance(first.lower(), o_first.lower(), 3) <= 3):
                    continue
            elif o_first == first and o_last.lower() != last.lower():
                if min(len(o_last), len(last)) < 5 or o_last[0] != last[0] or o_last.rstrip("s") == last.rstrip("s"):
                    continue
                if not 1 <= _edit_distance(o_last.lower(), last.lower(), 2) <= (1 if len(o_last) < 8 else 2):
                    continue
                if is_given_name(o_last) and is_given_name(last):
                    continue  # "Prophet Mohammed" … "Prophet Mohammad": transliterations of a name, not a surname misspelt
            else:
                continue
            if not anchored(other, o_last):
                continue
            seen.add(m.start())
            yield Hit(m.start(), m.end(),
                      {"name": f"'{m.group()}'", "problem": f"looks like another spelling of '{other}' ({line_of(doc, at)}): use one spelling"},
                      related=(related(doc, at, at + len(other)),))
            break


def _unrecorded_respelt(a: str, b: str) -> bool:
    """Two spellings of a given name the gazetteer does not record, five letters or more with the
    same first letter: one letter changed, added or dropped ("Vasudev", "Vasudeo"), or sounding
    alike within three ("Lakshmi", "Laxmi"); an ending that makes another person's name is not."""
    if min(len(a), len(b)) < 5 or a[0] != b[0] or _other_persons_name(a, b):
        return False
    d = _edit_distance(a.lower(), b.lower(), 3)
    return d == 1 or (1 <= d <= 3 and _sound_key(a) == _sound_key(b))


_ROLE_BEFORE = LazyPattern(r"([\p{L}\-]+),?[ \u00a0]+$", regex.REVERSE)


def _introduced_by_role(doc: Document, at: int) -> bool:
    """Whether the name at ``at`` follows its role ("managing director, Alistair Rennard",
    "Striker Tomasz Wójcik"): the article's introduction of a person, a spelling it relies on."""
    m = _ROLE_BEFORE.search(doc.plain, max(0, at - 40), at)
    return bool(m and (is_role_word(m.group(1)) or m.group(1).lower() in word_list("occupations.txt")
                       or m.group(1).lower() in word_list("player-positions.txt")))


def _folded(word: str) -> str:
    """A word in lower case without its accents ("Wójcik" → "wojcik")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _in_correction(doc: Document, at: int) -> bool:
    """Whether the sentence at ``at`` is a correction note's ("…misspelled her name as Row"): it
    reports the wrong spelling on purpose (``correction-words.txt``)."""
    s = next((x for x in doc.sentences if x.start <= at < x.end), None)
    return s is not None and bool(_correction_words().search(doc.plain, s.start, s.end))


@cache
def _correction_words() -> regex.Pattern[str]:
    notes = alternation_source(word_list("correction-words.txt") | word_list("name-spelling-notes.txt"))
    return compile_pattern(rf"(?<![\p{{L}}])(?i:{notes})(?![\p{{L}}])")


def _calendar_word(low: str) -> bool:
    """Whether a lower-case word names a month or a weekday ("March" is not "Marsh" misspelt)."""
    return any(low == line.partition("=")[0].strip() for name in ("months.txt", "weekdays.txt") for line in word_list(name))


def _pair_case_variants(doc: Document, seen: set[int]) -> Iterator[Hit]:
    """A full name written again with its capitals changed ("DeShawn Okoro" … "Deshawn Okoro"):
    the later casing is the misspelling. Only names that open on a recorded given name and whose
    every word opens on a capital in both spellings ("Special Counsel" … "special counsel" is a
    phrase, "de Blasio" … "De Blasio" a particle at a sentence's start); a spelling in capitals
    throughout (a heading, a caption) is left alone."""
    lo, hi = body_range(doc)
    plain = doc.plain
    done: set[str] = set()
    for m in NAME_PAIR.finditer(plain, lo, hi, overlapped=True):
        key = m.group().lower()
        if key in done or not is_given_name(m.group(1)):
            continue
        done.add(key)
        found = [x for x in transient(rf"(?<![\p{{L}}]){escape(m.group())}(?![\p{{L}}])", regex.I).finditer(plain[lo:hi])
                 if not x.group().isupper() and all(w[:1].isupper() for w in x.group().split()) and not doc.in_quote(lo + x.start())]
        if len(found) < 2:
            continue
        first = found[0]
        for x in found[1:]:
            at = lo + x.start()
            if x.group() != first.group() and at not in seen and not _in_correction(doc, at):
                seen.add(at)
                yield Hit(at, lo + x.end(), {"name": f"'{x.group()}'", "problem": f"looks like another spelling of '{first.group()}' "
                                             f"({line_of(doc, lo + first.start())}): use one spelling"},
                          related=(related(doc, lo + first.start(), lo + first.end()),))


def _pair_accent_variants(doc: Document, seen: set[int]) -> Iterator[Hit]:
    """A full name written again without its accents, its capitals changed or not ("Seán
    O'Donoghue" … "Sean O'donoghue"): the later spelling is the misspelling. Names that open on a
    recorded given name; the later spelling may stand in a quote (the writer spelt it there too).
    A spelling in capitals throughout, a first spelling in a quote and a note on the name's
    other spelling ("Seán, Sean in the parish register"; ``correction-words.txt``,
    ``name-spelling-notes.txt``) are left alone."""
    lo, hi = body_range(doc)
    first: dict[str, tuple[str, int]] = {}
    for m in NAME_PAIR.finditer(doc.plain, lo, hi, overlapped=True):
        written = m.group()
        if written.isupper() or not (is_given_name(m.group(1)) or is_given_name(_folded(m.group(1)).capitalize())):
            continue
        key = _folded(written)
        if key not in first:
            if doc.in_quote(m.start()):
                continue  # the spelling relied on is the writer's own; a quote may hold the later one

            first[key] = (written, m.start())
            continue
        known, at = first[key]
        if _folded(written) == written.lower() and written.lower() == known.lower():
            continue  # the capitals alone changed: _pair_case_variants' case
        if written == known or _folded(known) == known.lower() or m.start() in seen or _in_correction(doc, m.start()):
            continue  # the first spelling has no accent: an accent added is no misspelling here
        seen.add(m.start())
        yield Hit(m.start(), m.end(), {"name": f"'{written}'", "problem": f"looks like another spelling of '{known}' ({line_of(doc, at)}): use one spelling"},
                  related=(related(doc, at, at + len(known)),))


def _role_surname_spellings(doc: Document, seen: set[int]) -> Iterator[Hit]:
    """A person introduced in full after a role ("Striker Tomasz Wójcik") and later by a surname
    alone one letter away once accents are set aside ("Wojcick equalised"): the second spelling
    is a misspelling. Surnames of five letters or more; a surname-alone spelling the article
    writes twice, or pairs with a given name of its own, is another person."""
    lo, hi = body_range(doc)
    plain = doc.plain
    introduced: dict[str, tuple[str, int, bool]] = {}
    named = [m for m in NAME_PAIR.finditer(plain, lo, hi, overlapped=True) if is_given_name(m.group(1))]
    paired = {m.group(2) for m in named}  # "Was Abernathy": a capitalised word before a surname alone is no pair
    capitalised = list(_CAPITALISED.finditer(plain, lo, hi))
    counts: dict[str, int] = {}
    for w in capitalised:
        counts[w.group()] = counts.get(w.group(), 0) + 1
    in_pairs: dict[str, int] = {}
    for m in named:
        in_pairs[m.group(2)] = in_pairs.get(m.group(2), 0) + 1
    for m in named:
        # introduced after a role, or a surname the article also writes alone ("Rosa Delgado" …
        # "Delgado said"): a spelling it relies on
        by_role = _introduced_by_role(doc, m.start())
        if len(m.group(2)) >= 5 and (by_role or counts.get(m.group(2), 0) > in_pairs[m.group(2)]):
            introduced.setdefault(_folded(m.group(2)), (m.group(), m.start(), by_role))
    if not introduced:
        return
    alone = [w for w in capitalised if w.group() not in paired]
    for w in alone:
        word, low = w.group(), _folded(w.group())
        if counts[word] > 1 or len(low) < 5 or low in introduced or w.start() in seen or doc.in_quote(w.start()) or is_given_name(word) \
                or _in_correction(doc, w.start()) or not _surname_like(word, doc) or is_place(word) or _calendar_word(low):
            continue
        for other, (full, at, by_role) in introduced.items():
            if at >= w.start() or other[0] != low[0] or low == other + "s":
                continue  # "the Rauners": the family, not a misspelling
            if not by_role and (is_english_word(low) or is_english_word(other) or is_demonym(word)):
                continue  # "White" … "While", "Democrat" … "Democratic": words, not a surname misspelt
            if 1 <= _edit_distance(other, low, 2) <= (1 if len(other) < 8 else 2):
                seen.add(w.start())
                yield Hit(w.start(), w.end(), {"name": f"'{word}'", "problem": f"looks like another spelling of '{full}' ({line_of(doc, at)}): use one spelling"},
                          related=(related(doc, at, at + len(full)),))
                break


def _letters(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalpha())


def _surname_joins(doc: Document, seen: set[int]) -> Iterator[Hit]:
    """A surname written again with a hyphen or an apostrophe added or dropped ("Musa Danladi" …
    "Dan-Ladi said", "Aoife O'Hare" … "OHare"): the same letters, another spelling."""
    people = extract_people(doc)
    full: dict[str, tuple[str, int, str]] = {}
    for person in people.persons:
        if " " in person.name:
            last = person.name.split()[-1]
            full.setdefault(_letters(last), (last, person.first.start, person.name))
    if not full:
        return
    lo, hi = body_range(doc)
    done: set[str] = set()
    for m in _CAPITALISED.finditer(doc.plain, lo, hi):
        word = m.group()
        known = full.get(_letters(word))
        if known is None or len(word) < 5 or word in done or m.start() in seen or doc.in_quote(m.start()):
            continue
        written, at, name = known
        if at >= m.start() or word.lower() == written.lower():
            continue
        done.add(word)
        seen.add(m.start())
        yield Hit(m.start(), m.end(),
                  {"name": f"'{word}'", "problem": f"looks like another spelling of '{name}' ({line_of(doc, at)}): use one spelling"},
                  related=(related(doc, at, at + len(name)),))


# -- SRC006: vague attribution --------------------------------------------------------------------
class _VagueGrammar(NamedTuple):
    group: regex.Pattern[str]
    phrase: regex.Pattern[str]
    professional: regex.Pattern[str]
    #: Group noun → its mark in vague-sources.txt ("*" summary, "+" crowd, "=" evidence, "" other).
    groups: dict[str, str]
    #: Verb → its marks in vague-verbs.txt ("*" the wire's summary verb, "=" evidence's verb).
    verbs: dict[str, str]


def _marked_words(name: str) -> dict[str, str]:
    """A ``rules/data`` list whose lines may end in a mark made of ``*``, ``+`` and ``=``."""
    out: dict[str, str] = {}
    for line in word_list(name):
        head, _, tail = line.rpartition(" ")
        word, mark = (head, tail) if head and set(tail) <= {"*", "+", "=", "~"} else (line, "")
        out[word] = mark
    return out


@cache
def _vague_grammar() -> _VagueGrammar:
    """The vague-attribution grammar, built from ``rules/data/vague-*.txt``.

    A *group* attribution is an optional quantifier ("many", "some"), up to two modifiers
    ("industry", "legal"), a group noun ("watchers", "experts"), an optional short place phrase
    ("in the trade", "in town"), up to three adverbs or auxiliaries ("have long") and a verb of
    saying, believing or knowing. A *phrase* attribution is a fixed form ("by most accounts",
    "it is widely accepted").
    """
    groups = _marked_words("vague-sources.txt")
    verbs = _marked_words("vague-verbs.txt")
    quant = r"(?:many|some|most|several|multiple|other|various|numerous|leading|top|prominent|independent|countless|a[ \u00a0]+(?:growing[ \u00a0]+)?number[ \u00a0]+of|a[ \u00a0]+lot[ \u00a0]+of|plenty[ \u00a0]+of|lots[ \u00a0]+of)"
    modifier = (r"(?!(?:and|or|the|a|an|of|to|by|for|with|in|on|at|as|that|who|which|these|those|their|his|her|its|no|any|few|"
                r"one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|citing|quoting|but|while|when|if)\b)(?-i:\p{Ll}[\p{Ll}\-]+)")
    extra_places = alternation_source(word_list("vague-places.txt"))
    place = rf"(?:{extra_places}|" + r"everywhere|nationwide|(?:across|around)[ \u00a0]+the[ \u00a0]+(?:country|world|nation|board|globe)|(?:in|on|across|around|within|at)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?-i:\p{Ll}+)[ \u00a0]+)?(?:trade|town|industry|business|field|sector|city|village|market|region|area|community|know|profession))"
    adverb = (r"(?:now|also|often|widely|generally|increasingly|long|largely|broadly|privately|quietly|openly|still|already|"
              r"have|has|had|been|do|does|did|would|will|may|might|could|seem|seems|appear|appears|to|tend|tends|all|too|even|"
              r"reportedly|repeatedly|frequently|routinely|certainly|clearly|universally|almost|nearly|"
              + "|".join(phrase_source(a) for a in longest_first(word_list("vague-adverbs.txt"))) + ")")
    group = compile_pattern(
        rf"(?<![\p{{L}}'’])(?P<hit>(?:(?P<quant>{quant})[ \u00a0]+)?(?:(?:{modifier})[ \u00a0]+){{0,2}}"
        rf"(?P<group>{'|'.join(escape(g) for g in longest_first(groups))})"
        rf"(?P<of>[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?!(?:whom|which|whose|them|these|those|us|it|its|their|his|her|our)(?![\p{{L}}]))(?-i:\p{{Ll}}[\p{{Ll}}\-]+)(?:[ \u00a0]+(?-i:\p{{Ll}}[\p{{Ll}}\-]+))?(?=[ \u00a0]+(?-i:\p{{Ll}})))?"
        rf"(?:[ \u00a0]+{place})?(?:,?[ \u00a0]+(?P<adv>{adverb}))*(?(adv),?)[ \u00a0]+"
        rf"(?P<verb>{'|'.join(phrase_source(v) for v in longest_first(verbs))})"
        rf"(?P<tail>[ \u00a0]+for[ \u00a0]+(?:years|decades|(?:a|some)[ \u00a0]+(?:long[ \u00a0]+)?time|generations))?)(?![\p{{L}}])"
        rf"|(?<![\p{{L}}'’])(?P<hit2>it[ \u00a0]+(?:is|was|has[ \u00a0]+(?:long[ \u00a0]+)?been|had[ \u00a0]+(?:long[ \u00a0]+)?been)"
        rf"(?:[ \u00a0]+(?:now|still|also|long|widely|generally|commonly|often|increasingly|universally|largely|broadly|well)){{0,2}}"
        rf"[ \u00a0]+(?:accepted|believed|known|thought|agreed|acknowledged|assumed|said|argued|reported|rumou?red|speculated|claimed|"
        rf"suggested|recogni[sz]ed|held|established|documented|felt))(?=[ \u00a0]+(?:that|by|among|on|in|across|within|he|she|they|the|this|these|those|a|an)[ \u00a0]|,)",
        regex.I,
    )
    phrase = compile_pattern(
        rf"(?<![\p{{L}}'’])(?P<hit>{'|'.join(phrase_source(p) for p in longest_first(word_list('vague-phrases.txt')))})(?![\p{{L}}])",
        regex.I,
    )
    professional = compile_pattern(
        r"(?i:\b(?:condition\s+of\s+anonymity|not\s+authori[sz]ed\s+to|asked\s+not\s+to\s+be\s+(?:named|identified)|"
        r"familiar\s+with|close\s+to\s+the|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in\s+the|"
        r"such\s+as|including|polled\s+by|surveyed\s+by|interviewed\s+by|who\s+(?:declined|asked|requested)\s+(?:to\s+be\s+|not\s+to\s+be\s+)?"
        r"(?:named|identified|anonymity))\b)"
        r"|\b(?i:like|at|from|with)\s+(?:the\s+)?\p{Lu}"
    )
    # every group attribution holds its group noun (or opens with "it") after at most six words,
    # a quantifier of up to four ("a growing number of") and two modifiers; a phrase opens with
    # its first word: the text index tries the patterns only there
    register_triggers(group, frozenset({first_letters(g) for g in groups} | {"it"}), words_before=6)
    register_triggers(phrase, frozenset(first_letters(p) for p in word_list("vague-phrases.txt")))
    return _VagueGrammar(group, phrase, professional, groups, verbs)


#: Quantifiers and adverbs that turn a group attribution into a claim of consensus ("many
#: experts", "analysts have long argued"): never the wire's summary of its named sources.
_PLACE_PHRASE = LazyPattern(r"[ \u00a0](?:in|on|across|around|within|at|everywhere|nationwide)(?:[ \u00a0]|$)")
_REPORTING = LazyPattern(r"(?<![\p{L}])(?:said|says|told|tells|according[ \u00a0]+to|wrote|writes|stated|added)(?![\p{L}])", regex.I)


@cache
def _vague_place() -> regex.Pattern[str]:
    """A setting from ``vague-places.txt`` that makes a group a crowd ("up and down the country")."""
    return compile_pattern(
        rf"(?<![\p{{L}}])(?:{'|'.join(phrase_source(x) for x in longest_first(word_list('vague-places.txt')))})(?![\p{{L}}])", regex.I
    )


#: Words beyond which a first line is a paragraph, not a headline.
_HEADLINE_WORDS = 25


def _head_mark(g: _VagueGrammar, phrase: str) -> str:
    """The marks of the group nouns in a vague phrase ("~": the wire's own headline form, "…,
    sources say")."""
    return "".join(g.groups.get(w.lower(), "") for w in phrase.split())


def _headline_claim(doc: Document) -> Span | None:
    """The headline, when a vague group in it is the article's claim ("Experts Say Coffee…"); a
    story credited to a news agency in its dateline ("…, sources say" over "(Reuters) -") answers
    for its anonymous sources, so its headline is treated like the body."""
    if doc.headline is None or len(doc.plain[doc.headline.start : doc.headline.end].split()) > _HEADLINE_WORDS:
        return None  # a one-line article whose "headline" is its whole body
    lo = doc.body_start
    if _agency_dateline().search(doc.plain, lo, min(len(doc.plain), lo + 200)):
        return None
    return doc.headline


def _attribution_density(doc: Document, vague: list[int]) -> tuple[int, float]:
    """(sentences, share of sentences) that attribute something with a reporting verb, leaving out
    the sentences of the vague attributions themselves: the sourcing the article does give."""
    starts = [s.start for s in doc.sentences]
    own = {bisect.bisect_right(starts, v) - 1 for v in vague}
    lo = body_range(doc)[0]
    body = [(i, s) for i, s in enumerate(doc.sentences) if s.end > lo]
    n = sum(1 for i, s in body if i not in own and _REPORTING.search(doc.plain, s.start, s.end))
    return n, n / max(1, len(body))


def _vague_candidates(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, phrase, paraphrase) for every vague attribution in the headline and body;
    ``paraphrase`` marks the forms the wire also uses to sum up named sources."""
    g = _vague_grammar()
    lo = doc.headline.start if doc.headline is not None else body_range(doc)[0]
    for m in doc.index.finditer(g.group, lo):
        if m.group("hit2"):
            if not _impersonal_reported(doc, m.start("hit2"), m.end("hit2")):
                yield m.start("hit2"), m.end("hit2"), m.group("hit2"), False
            continue
        group = m.group("group").lower()
        quant = (m.group("quant") or "").lower()
        verb = " ".join(m.group("verb").lower().split())
        qualified = bool(quant in word_list("consensus-words.txt") or m.group("tail") or word_list("consensus-words.txt").intersection(a.lower() for a in m.captures("adv"))
                         or _PLACE_PHRASE.search(m.group("hit")) or _vague_place().search(m.group("hit")))
        kind, verb_marks = g.groups.get(group, "").replace("~", ""), g.verbs.get(verb, "")
        if kind == "=" and "=" not in verb_marks:
            continue  # "studies show" is a source; "studies questioned" is not a sentence
        if _no_view_follows(doc.plain, verb, m.end("hit")):
            continue  # "everyone knows someone who…", "many people felt put off": no claim is held
        if kind == "+" and _in_headline(doc, m.start()) and _headline_passive(doc.plain, verb, m.end("hit")):
            continue  # "Drivers warned after fake site…": the crowd is told, it tells nothing
        if kind == "+" and polled_share(doc.plain, m.start("hit")):
            continue  # "52% of residents oppose the charge, a poll found": the poll's finding
        if kind == "+" and (verb in word_list("crowd-stance-verbs.txt") or m.group("of") and "*" not in verb_marks):
            qualified = True  # "fans are convinced", "veterans of the trade believe": the writer speaks for a crowd's mind
        if kind == "+" and not (group == "many" or qualified or _in_headline(doc, m.start())):
            # "people said" in a story about one crowd is reporting; "many people believe" is not;
            # in an article that already pins claims on nobody, "supporters say" is the same habit
            block = doc.block_at(m.start())
            if block is None or block.kind != "heading":  # "## Teachers Report Distraction" titles a section
                yield m.start("hit"), m.end("hit"), m.group("hit"), _CORROBORATED_ONLY
            continue
        consensus = quant in word_list("consensus-words.txt") or any(a.lower() in word_list("consensus-words.txt") for a in m.captures("adv")) or bool(m.group("tail"))
        paraphrase = kind == "*" and not consensus and "*" in verb_marks
        if paraphrase and m.group("of"):
            paraphrase = _CORROBORATED_ONLY  # "critics of the rule say": the wire's summary too, counted only beside hearsay
        elif not paraphrase and not consensus and not m.group("of") and (not qualified or kind == "+") \
                and verb in word_list("backed-group-verbs.txt") and _backed_by_named(doc, m.end("hit")):
            # "Critics say… “…,” said Mira Holt, a hydrologist": a named member speaks for the group;
            # so does one for a crowd set in its place ("Nurses on the wards say… Ana Ruiz, a nurse, said")
            paraphrase = True
        yield m.start("hit"), m.end("hit"), m.group("hit"), paraphrase
    for m in doc.index.finditer(g.phrase, lo):
        if _no_view_follows(doc.plain, m.group("hit").split()[-1].lower(), m.end("hit")):
            continue  # "everyone knows someone who…"
        if not (m.group("hit")[:3].lower() == "it " and (_impersonal_reported(doc, m.start("hit"), m.end("hit")) or _RAISED.match(doc.plain, m.end("hit")))):
            # "according to some tax lawyers": a determiner before a group of a kind, the wire's summary
            # ("according to many analysts" is a consensus)
            yield m.start("hit"), m.end("hit"), m.group("hit"), bool(_DETERMINED_GROUP.match(doc.plain, m.end("hit"))) and m.group("hit").lower().endswith(" some")
    yield from _unnamed_single_sources(doc)
    yield from _vague_shapes(doc)
    yield from _interviewed_crowds(doc)
    yield from ((a, b, c, False) for a, b, c in _hedged_sources(doc))
    yield from _hearsay_shapes(doc)
    yield from _pronominal_holders(doc)
    yield from _aside_sources(doc)
    yield from _passive_hearsay(doc)
    yield from _circulating_talk(doc)
    yield from _hearsay_as_evidence(doc)
    yield from _impersonal_hearsay(doc)
    yield from _table_source_cells(doc)
    yield from _hearsay_moods(doc)
    yield from ((a, b, c, _NEVER_WIRE) for a, b, c in vague_figure_sources(doc, g.groups, body_range(doc)[0]))


#: The word after a verb (group 1).
_NEXT_WORD = LazyPattern(r"[ \u00a0]+(\p{L}[\p{L}'’\-]*)")


def _next_word(text: str, at: int) -> str:
    m = _NEXT_WORD.match(text, at)
    return m.group(1) if m else ""


def _headline_passive(text: str, verb: str, end: int) -> bool:
    """Whether a crowd's verb in a headline is a passive with its "are" dropped ("Drivers warned
    after…", "Residents urged to…"; ``headline-passive-verbs.txt`` before a word of
    ``headline-passive-links.txt``): the crowd is told something, it is no source."""
    return verb in word_list("headline-passive-verbs.txt") and _next_word(text, end).lower() in word_list("headline-passive-links.txt")


def _no_view_follows(text: str, verb: str, end: int) -> bool:
    """Whether a group's verb holds no claim: "know" of a person ("everyone knows someone who…";
    ``knowing-forms.txt``, ``acquaintance-objects.txt``), or "feel" of a state of mind rather than
    a clause ("many older people felt put off"; ``feeling-verbs.txt``: a view opens with a word of
    ``function-words.txt``, ``feeling-view-openers.txt`` or a capital)."""
    word = _next_word(text, end)
    if verb in word_list("knowing-forms.txt"):
        return word.lower() in word_list("acquaintance-objects.txt")
    if verb in word_list("feeling-verbs.txt"):
        low = word.lower()
        return bool(word) and not word[0].isupper() and low not in word_list("function-words.txt") and low not in word_list("feeling-view-openers.txt")
    return False


def _backed_by_named(doc: Document, end: int) -> bool:
    """Whether a person named in full speaks as a source after a group's claim, in the rest of its
    sentence or in the next one ("Critics say it may be too late. “We have lost it,” said Mira Holt,
    a hydrologist"): the group sums up people the copy then names, as the wire's summaries do."""
    starts = [s.start for s in doc.sentences]
    i = bisect.bisect_right(starts, end) - 1
    if i < 0:
        return False
    hi = doc.sentences[min(i + 1, len(doc.sentences) - 1)].end
    if any(end <= m.start < hi and m.source and " " in m.name.strip() for m in extract_people(doc).mentions):
        return True
    # "…say it has changed. Ana Ruiz, who runs a ward at…, said…": the next sentence opens on a name
    # in full and a description, and reports speech (the extraction reads a job alone as no role)
    if i + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[i + 1]
    return bool(_NAMED_OPENING.match(doc.plain, nxt.start, nxt.end)) and spoken_sentences(doc)[i + 1]


#: A sentence that opens on a full name and a description: "Ana Ruiz, who…", "Ana Ruiz, a nurse…".
_NAMED_OPENING = LazyPattern(r"[ \u00a0]*\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\.)?[ \u00a0]+\p{Lu}[\p{L}'’\-]+,[ \u00a0]+(?:who|whose|an?|the)[ \u00a0]")


def _impersonal_reported(doc: Document, start: int, end: int) -> bool:
    """Whether an impersonal form ("it is thought that…") is followed in its sentence by a speech
    tag ("It is thought that he cut the bars, the police chief said"): the speaker holds the view,
    in words the copy reports (a clause's own "said", as in "that the council said yes", is no tag)."""
    starts = [s.start for s in doc.sentences]
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and bool(_SPEECH_TAG.search(doc.plain, end, doc.sentences[i].end))


#: "to" after "it is believed": the "it" is a thing the copy names ("It is believed to date from
#: 1820"), as in "the bridge is believed to…"; the impersonal form takes a clause ("that…").
_RAISED = LazyPattern(r"[ \u00a0]+to[ \u00a0]", regex.I)

#: A plural noun after "according to some" (one modifier allowed): "some" is a determiner, not a
#: pronoun ("according to some tax lawyers"; "according to some in the trade" is a place's crowd).
_DETERMINED_GROUP = LazyPattern(
    r"[ \u00a0]+(?!(?:in|on|at|of|across|within|around|among|who|that|and|or|is|was|has)(?![\p{L}]))(?:\p{Ll}[\p{Ll}\-]+[ \u00a0]+)?\p{Ll}[\p{Ll}\-]*s(?![\p{L}])"
)

#: A speech tag after a comma: ", he said", ", the port's director told reporters".
_SPEECH_TAG = LazyPattern(r",[ \u00a0]+(?:[\p{L}’'.\-]+[ \u00a0]+){0,5}?(?:said|says|told|tells|added|wrote|stated)(?![\p{L}])", regex.I)


def _with_crowds(doc: Document, found: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    """The candidates and the crowd subjects of :mod:`lint.crowd_subjects` that none of them
    overlaps ("Retailers have been warning", "Teachers right across the state have long argued"),
    graded: a consensus is never the wire's, a bare crowd or a counted summary only beside hearsay.
    The headline's "…, officials say" is the wire's own form: its summary grade is left to the
    grammar of ``vague-sources.txt``."""
    grades = {"consensus": _NEVER_WIRE, "crowd": _CORROBORATED_ONLY, "summary": _CORROBORATED_ONLY}
    lo = doc.headline.start if doc.headline is not None else body_range(doc)[0]
    spans = sorted((a, b) for a, b, _, _ in found)
    out = list(found)
    for a, b, phrase, grade in crowd_claims(doc, lo):
        if grade == "summary" and a < doc.body_start:
            continue
        if _no_view_follows(doc.plain, phrase.split()[-1].lower(), b):
            continue  # "many passengers felt unsafe": a state of mind, no view
        i = bisect.bisect_left(spans, (b, b))
        if any(x < b and a < y for x, y in spans[max(0, i - 8) : i]):
            continue
        out.append((a, b, phrase, grades[grade]))
    return out


def _in_headline(doc: Document, offset: int) -> bool:
    """Whether an offset is in the headline: a crowd there ("…, Teachers Say") is the story's
    premise, not people the story describes."""
    return doc.headline is not None and doc.headline.start <= offset < doc.body_start


def _title_spans(doc: Document) -> Iterator[tuple[int, int]]:
    """Titles the masked view does not show: a front-matter title (blanked in ``doc.plain``) and
    an HTML page's ``<title>``, which search results and link previews show."""
    head = doc.headline
    if head is not None and not doc.plain[head.start : head.end].strip():
        yield head.start, head.end
    if (title := doc.page_title) is not None:
        yield title.start, title.end


def _title_claims(doc: Document) -> Iterator[tuple[int, int, str]]:
    """Vague groups in a title the masked view does not show ("…, Scientists Agree" as the page's
    ``<title>``): the story's premise, as in a headline, so crowds count too."""
    if _headline_claim(doc) is None:
        return
    g = _vague_grammar()
    for lo, hi in _title_spans(doc):
        for m in g.group.finditer(doc.text, lo, hi):
            if m.group("hit2"):
                continue
            kind, verb = g.groups.get(m.group("group").lower(), ""), " ".join(m.group("verb").lower().split())
            if "~" in _head_mark(g, m.group("hit")) or (kind == "=" and "=" not in g.verbs.get(verb, "")):
                continue
            if kind.replace("~", "") == "+" and (polled_share(doc.text, m.start("hit")) or _headline_passive(doc.text, verb, m.end("hit"))):
                continue
            yield m.start("hit"), m.end("hit"), m.group("hit")


@cache
def _single_source_pattern() -> regex.Pattern[str]:
    """One unnamed person described by a job as the subject of a verb of saying ("One registered
    midwife warned", "a welder in Gdansk said", "…,” one old hand remarked") or after "according
    to" ("according to a senior researcher at a big lab", "according to a well-placed source";
    ``unnamed-source-nouns.txt``)."""
    jobs = (word_list("role-nouns.txt") | word_list("occupations.txt") | word_list("unnamed-source-nouns.txt")) - word_list("institutional-voices.txt")
    job = "|".join(escape(j).replace(r"\ ", r"[ \u00a0]+") for j in longest_first(jobs))
    verbs = "|".join(escape(v) for v in longest_first(word_list("attribution-verbs.txt")))
    desc = r"(?:[\p{Ll}\-]+[ \u00a0]+){0,3}"
    clause = r"(?:[ \u00a0]+(?:in|at|from|with|who|for|on)[ \u00a0]+[^.,;:“”\"\n]{1,60}?)?"
    return compile_pattern(
        rf"(?:(?<=^|[.!?][ \u00a0]+|\n[ \u00a0]*(?:[-*•][ \u00a0]+)?|[,”\"’][ \u00a0]+|[”\"][ \u00a0]*)(?<!\p{{L}},[ \u00a0]+))"
        rf"(?P<hit>(?i:one|an?)[ \u00a0]+{desc}(?i:{job})(?![\p{{L}}]){clause},?[ \u00a0]+(?:{verbs})(?![\p{{L}}]))"
        rf"|(?<![\p{{L}}])(?P<hit>(?i:according)[ \u00a0]+to[ \u00a0]+(?:one|an?)[ \u00a0]+{desc}(?i:{job})(?![\p{{L}}]){clause})(?=[ \u00a0]*[,.;:])"
    )


def _unnamed_single_sources(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """Single unnamed sources described by a job, with no reason given for the anonymity (the
    reason is checked with the other professional forms by the caller). A story credited to a
    news agency in its dateline answers for its unnamed sources and is left alone."""
    lo = body_range(doc)[0]
    if _agency_dateline().search(doc.plain, lo, min(len(doc.plain), lo + 200)):
        return
    for m in _single_source_pattern().finditer(doc.plain, lo, len(doc.plain)):
        yield m.start("hit"), m.end("hit"), m.group("hit"), False


# -- SRC006: shapes of vague attribution beyond "group + verb" ------------------------------------
_S = r"[ \u00a0]+"
#: Words after evidence that name its producer ("data from the ministry", "figures compiled by…").
_PRODUCER_AFTER = LazyPattern(
    r"\A[ \u00a0]*(?:from|by|of|compiled|released|published|provided|collected|cited|reviewed|gathered|seen|obtained|"
    r"at|on|in|for|commissioned|conducted|carried|\p{Ll}+(?:ed|en)[ \u00a0]+(?:by|from|to|at|in)"
    # a clause that names who produced them: "figures the agency released", "data that the board published"
    r"|the|its|their|his|her|that|which|(?-i:\p{Lu}\p{L}+))(?![\p{L}])", regex.I)
_REPORT_WORD = LazyPattern(r"(?<![\p{L}])(?:reports?|reported|reporting|newspaper|broadcaster|media)(?![\p{L}])", regex.I)
_NOT_A_MODIFIER = r"(?!(?:the|these|those|their|its|his|her|our|my|your|this|that|two|three|four|five|six|several|both|and|or|to|of)(?![\p{L}]))"


def _alt(name: str) -> str:
    return alternation_source(word_list(name))


def _in_runs(rx: regex.Pattern[str], extra: str, entries: Iterable[str], *others: Iterable[str]) -> regex.Pattern[str]:
    """``rx``, declared to the text index as matching inside one run of words (and ``extra``)
    that holds one of ``entries`` (:func:`lint.textindex.register_run_triggers`): every shape
    this is used for is words, spaces and ``extra`` around one of ``entries`` and of each of
    ``others`` (word lists), so it holds only when none of them holds another character."""
    entries = list(entries)
    if all(within_run(x, extra) for words in (entries, *others) for x in words):
        register_run_triggers(rx, phrase_triggers(entries), extra)
    return rx


@cache
def _vague_shape_patterns() -> dict[str, regex.Pattern[str]]:
    """The shapes of ``_vague_shapes``, built from ``rules/data`` (see each list's header)."""
    g = _vague_grammar()
    evidence = alternation_source(_marked_words("unnamed-evidence.txt"))
    groups = "|".join(escape(x) for x in longest_first(g.groups))
    verbs = "|".join(phrase_source(v) for v in longest_first(g.verbs))
    evidence_verbs = "|".join(phrase_source(v) for v, mark in sorted(g.verbs.items(), key=lambda kv: (-len(kv[0]), kv[0])) if "=" in mark)
    jobs = (word_list("role-nouns.txt") | word_list("occupations.txt")) - word_list("institutional-voices.txt")
    job = "|".join(phrase_source(j) for j in longest_first(jobs))
    mod = rf"{_NOT_A_MODIFIER}(?-i:\p{{Ll}}[\p{{Ll}}\-]*)"
    place = (rf"(?:(?:in|on|among|around|at|across|within|inside|along|throughout){_S}(?:the{_S})?(?:[\p{{L}}\-]+{_S}){{0,2}}?[\p{{L}}\-]+"
             rf"|{_alt('vague-places.txt')})")
    copula = rf"(?:is|was|seems{_S}to{_S}be|appears{_S}to{_S}be|remains|has{_S}(?:long{_S})?been|had{_S}been)"
    shapes = {
        # "the prevailing view on the trading floor is that…", "word on the forums is that…"
        "view": compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>(?:the{_S})?(?:(?P<adj>{_alt('vague-view-adjectives.txt')}){_S})?(?:{_alt('vague-view-nouns.txt')})"
            rf"(?:{_S}(?P<place>{place}))?(?:,{_S}it{_S}(?:seems|appears),)?{_S}{copula})(?P<that>{_S}that(?![\p{{L}}]))?(?![\p{{L}}])",
            regex.I),
        # "people who follow the sector closely doubt…", "those who track the trade expect…"
        "crowd": compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>(?:{_alt('crowd-heads.txt')}|(?:{mod}{_S}){{0,2}}(?:{groups})){_S}(?:who|that){_S}"
            rf"(?:(?:have|has|had|closely|actually|really){_S})?(?:{_alt('crowd-following-verbs.txt')})(?:{_S}[^\s.,;:!?“”\"]+){{0,6}}?{_S}"
            rf"(?:{verbs}))(?![\p{{L}}])", regex.I),
        # "according to survey data", "according to recent studies"
        "evidence": compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>according{_S}to{_S}(?P<mods>(?:(?!(?:by|from|of|in|on|at|for|with|to|and|or)(?![\p{{L}}]))(?-i:\p{{Ll}}[\p{{Ll}}\-]*){_S}){{0,3}})(?P<ev>{evidence}))(?![\p{{L}}])",
            regex.I),
        # "a growing body of research suggests…"
        "body": compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>(?:an?|the){_S}(?:{mod}{_S}){{0,2}}(?:{_alt('evidence-collectives.txt')}){_S}of{_S}"
            rf"(?:{mod}{_S}){{0,1}}(?:{evidence}){_S}(?:(?:now|also|increasingly|clearly|strongly|consistently){_S})?(?:{evidence_verbs}))(?![\p{{L}}])",
            regex.I),
        # "according to meteorologists", "according to many economists"
        "according": compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>(?:according{_S}to|(?-i:per)){_S}(?:(?P<quant>many|most|numerous|countless|multiple|several|various){_S})?(?:{mod}{_S}){{0,2}}(?P<group>{groups}))(?![\p{{L}}'’])",
            regex.I),
        # "sales have reportedly soared", "the results have reportedly been encouraging"
        "reportedly": compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>reportedly{_S}(?:been{_S}(?:\p{{Ll}}+ing(?![\p{{L}}])|(?:very|so|extremely|hugely|wildly){_S})?)?(?:{_alt('reportedly-claims.txt')}))(?![\p{{L}}])",
            regex.I),
        # "as one veteran broker put it", "in the words of one consultant"
        "frame": compile_pattern(
            rf"(?:(?<=^|[.!?:;,”\"(][ \u00a0]*|\n[ \u00a0]*|—[ \u00a0]*)|(?<=[\p{{L}}][ \u00a0]+))(?P<hit>(?i:{_alt('quote-frames.txt')}){_S}(?i:one|an?){_S}"
            rf"(?:[\p{{Ll}}\-]+{_S}){{0,3}}(?i:{job})(?![\p{{L}}])(?:{_S}(?:once{_S})?(?P<verb>put{_S}it|said|says|quipped|told{_S}me|told{_S}us|remarked|noted|observed|explained|joked|likes{_S}to{_S}say))?)(?=[ \u00a0]*[,.;:—])",
            regex.I),
    }
    # where each shape can match, for the text index (doc.index.finditer): a view opens with "the",
    # its adjective or its noun; a crowd holds "who" or "that" after at most four words (a head,
    # or two modifiers and a group of up to two words); a body of evidence holds its collective
    # noun after at most three ("a growing body"); a frame opens with its first word
    opens = phrase_triggers([*word_list("vague-view-adjectives.txt"), *word_list("vague-view-nouns.txt"), "the"])
    register_triggers(shapes["view"], opens)
    crowd_words = max(len(x.split()) for x in [*g.groups, *word_list("crowd-heads.txt")])
    register_triggers(shapes["crowd"], frozenset({"who", "that"}), words_before=2 + crowd_words)
    register_triggers(shapes["body"], list_triggers("evidence-collectives.txt"), words_before=3)
    register_triggers(shapes["frame"], list_triggers("quote-frames.txt"))
    return shapes


def _vague_shapes(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """Vague attributions that are not a group followed by its verb: a view held by a place or
    by nobody ("the prevailing view on the trading floor is that…"), a crowd defined by what it
    watches ("people who follow the sector closely doubt…"), unnamed evidence ("according to
    survey data", "a growing body of research suggests…"), "according to" a group ("according to
    forecasters"), a frame that quotes one unnamed person ("in the words of one consultant") and
    an unsourced "reportedly" vouching for a trend or a verdict ("sales have reportedly soared").
    ``paraphrase`` (counted only in thinly attributed copy) marks the wire's own summary form,
    "according to analysts" (a summary group of vague-sources.txt)."""
    p = _vague_shape_patterns()
    g = _vague_grammar()
    lo = body_range(doc)[0]
    plain = doc.plain
    index = doc.index
    for m in index.finditer(p["view"], lo):
        if (m.group("adj") or m.group("place")) and (m.group("that") or m.group("adj") or regex.search(r"(?i)(?:seems|appears)", m.group("hit"))):
            yield m.start("hit"), m.end("hit"), m.group("hit"), False
    for name in ("crowd", "body"):
        for m in index.finditer(p[name], lo):
            yield m.start("hit"), m.end("hit"), m.group("hit"), False
    named = word_list("named-evidence-modifiers.txt")
    evidence = _marked_words("unnamed-evidence.txt")
    for m in p["evidence"].finditer(plain, lo):
        mods = m.group("mods").lower().split()
        if any(w in named for w in mods) or _PRODUCER_AFTER.search(plain[m.end() : m.end() + 30]):
            continue
        if "*" in evidence.get(m.group("ev").lower(), "") and mods and not any(w in evidence for w in mods):
            continue  # "swaps data", "industry figures": a market's own numbers, the wire's convention
        yield m.start("hit"), m.end("hit"), m.group("hit"), False
    for m in p["according"].finditer(plain, lo):
        kind = g.groups.get(m.group("group").lower(), "").replace("~", "")
        if kind == "=" or (kind == "+" and not m.group("quant")) or _PRODUCER_AFTER.search(plain[m.end() : m.end() + 20]):
            continue
        if "~" in g.groups.get(m.group("group").lower(), "") and _DESCRIBED_SOURCES.match(plain, m.end()):
            continue  # "according to several sources, who saw…", "…sources whose companies are involved"
        yield m.start("hit"), m.end("hit"), m.group("hit"), "*" in kind and not m.group("quant")
    if not _agency_dateline().search(plain, lo, min(len(plain), lo + 200)):
        for m in index.finditer(p["frame"], lo):
            if m.group("hit").lower().startswith("as ") and not m.group("verb"):
                continue  # "as a nurse, she…" is a role, not a quotation
            yield m.start("hit"), m.end("hit"), m.group("hit"), False
    starts = [s.start for s in doc.sentences]
    for m in p["reportedly"].finditer(plain, lo):
        i = bisect.bisect_right(starts, m.start()) - 1
        s = doc.sentences[i] if i >= 0 else Span(m.start(), m.end())
        if _REPORTING.search(plain, s.start, s.end) or _REPORT_WORD.search(plain, s.start, s.end):
            continue
        yield m.start("hit"), m.end("hit"), m.group("hit"), False


# -- SRC006: round-5 classes (people the writer spoke to, hedging sources, corroboration) ---------
#: The tier of a candidate counted only in an article that already pins a claim on nobody: an
#: unqualified crowd ("supporters say"), which elsewhere is reporting on the crowd a story covers.
_CORROBORATED_ONLY = 2

#: The tier of a candidate whose shape wire copy never uses (impersonal hearsay, "as per reports",
#: a table's source cell that names nobody): reported however densely the rest is attributed.
_NEVER_WIRE = 3

#: A relative clause that describes counted sources ("several sources, who saw…", "sources whose
#: companies are involved"): the wire's description of who they are.
_DESCRIBED_SOURCES = LazyPattern(r",?[ \u00a0]*(?:who|whose)(?![\p{L}])")


@cache
def _interviewed_pattern() -> regex.Pattern[str]:
    """People the writer says they asked, never named: "the realtors we spoke to", "every farmer
    I talked to", "most of the nurses we interviewed" (``interview-verbs.txt``)."""
    verbs = _alt("interview-verbs.txt")
    noun = r"(?:\p{Lu}\p{Ll}+[ \u00a0]+)?(?:(?-i:\p{Ll}[\p{Ll}\-]+)[ \u00a0]+){0,2}"
    rx = compile_pattern(
        rf"(?<![\p{{L}}])(?P<hit>(?:(?:(?:(?:most|many|some|all|several|each|none)[ \u00a0]+of[ \u00a0]+)?the[ \u00a0]+)?{noun}(?-i:\p{{L}}[\p{{Ll}}\-]*[^s\W]s)"
        rf"|(?i:every|each)[ \u00a0]+(?-i:\p{{Ll}}[\p{{Ll}}\-]+))[ \u00a0]+(?:(?:that|whom|who)[ \u00a0]+)?(?-i:we|I)[ \u00a0]+(?:have[ \u00a0]+|had[ \u00a0]+)?(?:{verbs}))(?![\p{{L}}])",
        regex.I,
    )
    # every match is words and spaces holding "we" or "I": scanned only in the runs of words
    # that hold one (a verb of the list with any other character would cross a run's end)
    if all(map(within_run, word_list("interview-verbs.txt"))):
        register_run_triggers(rx, frozenset({"we", "i"}))
    return rx


def _interviewed_crowds(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006: the writer's own unnamed interviewees; the head noun is a plural of people, so
    "the days we spoke" or "the questions we raised" never match a verb of the list."""
    lo = body_range(doc)[0]
    for m in doc.index.finditer(_interviewed_pattern(), lo):
        yield m.start("hit"), m.end("hit"), m.group("hit"), False


@cache
def _hedged_sources_pattern() -> regex.Pattern[str]:
    """Unnamed sources who hint instead of telling ("sources close to the club suggest", "with
    sources inside the ministry hinting"; ``source-hedging-verbs.txt``), and sources counted but
    never described ("multiple sources confirm")."""
    hedges = _alt("source-hedging-verbs.txt")
    where = r"(?:(?:close[ \u00a0]+to|inside|within|in|at|near|around|familiar[ \u00a0]+with)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\p{L}'’\-]+[ \u00a0]+){0,3}?)"
    return compile_pattern(
        rf"(?<![\p{{L}}])(?P<hit>(?:(?:multiple|several|various|numerous|many|some|other)[ \u00a0]+)?sources?[ \u00a0]+(?:{where})?"
        rf"(?:(?:have|has|had|now|also|privately|reportedly)[ \u00a0]+)*(?:{hedges}))(?![\p{{L}}])"
        rf"|(?<![\p{{L}}])(?P<hit>(?:multiple|several|various|numerous)[ \u00a0]+sources[ \u00a0]+(?:confirm|confirmed|say|tell|told|report|reported))(?![\p{{L}}])",
        regex.I,
    )


@cache
def _anonymity_reason() -> regex.Pattern[str]:
    return compile_pattern(rf"(?<![\p{{L}}])(?:{_alt('anonymity-reasons.txt')})(?![\p{{L}}])", regex.I)


def _hedged_sources(doc: Document) -> list[tuple[int, int, str]]:
    """SRC006: unnamed sources who hint or are only counted, unless their sentence says why they
    are not named (``anonymity-reasons.txt``); described sources who *say* are the wire's form.
    Found once per document; every match holds "source"."""
    if "source" not in doc.index.folded():
        return []
    return doc.index.cached("sourcing.hedged_sources", lambda: list(_hedged_sources_found(doc)))


def _hedged_sources_found(doc: Document) -> Iterator[tuple[int, int, str]]:
    lo = body_range(doc)[0]
    starts = [s.start for s in doc.sentences]
    for m in _hedged_sources_pattern().finditer(doc.plain, lo):
        i = bisect.bisect_right(starts, m.start()) - 1
        s = doc.sentences[i] if i >= 0 else Span(m.start(), m.end())
        if _anonymity_reason().search(doc.plain, s.start, s.end):
            continue
        yield m.start("hit"), m.end("hit"), m.group("hit")


# -- SRC006: round-6 shapes (impersonal hearsay, settings, openers, "as per") -------------------
_IT_PASSIVE = (r"it[ \u00a0]+(?:is|was|has[ \u00a0]+(?:long[ \u00a0]+)?been|had[ \u00a0]+(?:long[ \u00a0]+)?been)"
               r"(?:[ \u00a0]+(?:{adverbs})){{0,2}}")
#: "…for weeks", "…for some time": how long the hearsay has gone round.
_FOR_A_WHILE = r"(?:[ \u00a0]+for[ \u00a0]+(?:(?:some|many|several|a[ \u00a0]+few)[ \u00a0]+)?(?:days|weeks|months|years|decades|time|a[ \u00a0]+while|a[ \u00a0]+long[ \u00a0]+time))?"
_SETTING_PREP = r"(?:in|across|within|among|around|throughout|on|along|inside)"
_SENTENCE_OPEN = r"(?:(?<=^|[.!?…][\"”’)]?[ \u00a0]+|\n[ \u00a0]*(?:[-*•>][ \u00a0]+)?|[>:][ \u00a0]*))"
#: A clause opening after a live blog's stamp and dash ("7:10 a.m. — The word…") or after a short
#: fronted phrase and its comma ("Around the league, the feeling was…", "Going into the final, the
#: consensus was…"): the sentence's own subject all the same.
_FRONTED_OPEN = (r"(?<=[—–][ \u00a0]+|(?:^|[.!?…][\"”’)]?[ \u00a0]+|\n[ \u00a0]*(?:[-*•>][ \u00a0]+)?)"
                 r"(?:\p{Lu}[\p{L}\p{N}'’\-]*)(?:[ \u00a0]+[\p{L}\p{N}'’\-]+){0,5},[ \u00a0]+)")


@cache
def _hearsay_patterns() -> dict[str, regex.Pattern[str]]:
    """Shapes of hearsay with no holder at all: an impersonal passive of hearsay ("it was gathered
    that", "it is being said"; ``hearsay-participles.txt``), an impersonal passive of knowing set in
    a crowd's place ("it is understood across the sector", "it is believed in trade circles";
    ``hearsay-settings.txt``), a sentence that opens on hearsay or a view with nobody's name
    ("Indications are that…", "The feeling is that…"; ``hearsay-nouns.txt``,
    ``vague-view-nouns.txt``), an invitation to hear it for yourself ("Ask around any dealership and
    you'll hear…") and "as per" hearsay ("as per reports", "as per sources")."""
    participles = _alt("hearsay-participles.txt")
    settings = _alt("hearsay-settings.txt")
    nouns = _alt("hearsay-nouns.txt")
    views = _alt("vague-view-nouns.txt")
    passive = _IT_PASSIVE.format(adverbs=_alt("hearsay-adverbs.txt"))
    knowing = r"(?:said|understood|believed|thought|felt|known|agreed|accepted|assumed|suspected|expected|whispered|rumou?red|gathered|learnt|learned)"
    return {
        "participle": compile_pattern(
            rf"(?<![\p{{L}}'’])(?P<hit>{passive}[ \u00a0]+(?:{participles})){_FOR_A_WHILE}(?=[ \u00a0]+(?:that|by|among|in|across|within|around|on|throughout)(?![\p{{L}}])|[ \u00a0]*[,.;:!?]|[ \u00a0]*$)",
            regex.I),
        "setting": compile_pattern(
            rf"(?<![\p{{L}}'’])(?P<hit>{passive}(?:[ \u00a0]+being)?[ \u00a0]+{knowing}[ \u00a0]+{_SETTING_PREP}[ \u00a0]+(?:the[ \u00a0]+)?"
            rf"(?:[\p{{Ll}}\-]+[ \u00a0]+){{0,2}}(?:{settings}))(?![\p{{L}}])",
            regex.I),
        "opener": compile_pattern(
            rf"(?:{_SENTENCE_OPEN}|{_FRONTED_OPEN})(?P<hit>(?:(?i:but|and|yet|meanwhile|still|now|so),?[ \u00a0]+)?(?:(?i:all|every)[ \u00a0]+)?(?:(?i:the)[ \u00a0]+)?"
            rf"(?:(?i:general|prevailing|growing|common|popular|widespread)[ \u00a0]+)?(?i:{nouns}|{views})"
            rf"(?:[ \u00a0]+{_SETTING_PREP}[ \u00a0]+(?:the[ \u00a0]+)?(?:[\p{{Ll}}\-]+[ \u00a0]+){{0,2}}?[\p{{Ll}}\-]+)?"
            rf"[ \u00a0]+(?i:is|are|was|were)(?:[ \u00a0]+(?i:now|still|increasingly|already))?[ \u00a0]+(?i:that))(?![\p{{L}}])"),
        # an invitation to go and hear it for yourself: "Ask around any dealership and you'll hear…",
        # "Talk to almost anyone on the estate and they'll tell you…": the writer's crowd, never named
        "invitation": compile_pattern(
            rf"{_SENTENCE_OPEN}(?P<hit>(?i:{_alt('invitation-verbs.txt')})"
            rf"[ \u00a0]+[^.!?\n]{{1,80}}?[ \u00a0,]+(?i:and)[ \u00a0]+(?:(?i:you)(?:['’]ll|[ \u00a0]+will|[ \u00a0]+are[ \u00a0]+likely[ \u00a0]+to)[ \u00a0]+(?i:hear|be[ \u00a0]+told|get[ \u00a0]+told)"
            rf"|(?i:they|most|people|many)(?:['’]ll|[ \u00a0]+will)[ \u00a0]+(?i:tell[ \u00a0]+you|say)))(?![\p{{L}}])"),
        # hearsay as the condition of the claim: "if the chatter we're picking up is anything to go
        # by", "if the whispers around the depot are to be believed"
        "condition": compile_pattern(
            rf"(?<![\p{{L}}'’])(?P<hit>(?i:if|assuming){_S}(?:(?i:the|all|this|that){_S})?(?i:{nouns}|{views})"
            rf"(?:{_S}(?i:we|I|you)(?:['’]re|['’]ve{_S}been|{_S}are|{_S}have{_S}been|{_S}keep)?{_S}\p{{Ll}}+(?:{_S}up)?"
            rf"|{_S}(?i:{_SETTING_PREP}){_S}(?:(?i:the){_S})?(?:[\p{{L}}\-]+{_S}){{0,2}}?[\p{{L}}\-]+)?"
            rf"{_S}(?i:is|are|was|were){_S}(?i:anything{_S}to{_S}go{_S}by|to{_S}be{_S}believed|any{_S}guide|right|accurate|correct))(?![\p{{L}}])"),
        "as_per": compile_pattern(
            rf"(?<![\p{{L}}])(?P<hit>as[ \u00a0]+per[ \u00a0]+(?:(?:some|many|several|multiple|various|unconfirmed|media|news|local|recent|latest|informed|reliable|credible|trade|market|industry|official|the)[ \u00a0]+){{0,2}}(?:{nouns}))(?![\p{{L}}])",
            regex.I),
    }


#: Words after "as per reports" that name the reports' producer ("as per reports of the audit office").
_AS_PER_PRODUCER = LazyPattern(r"\A[ \u00a0]*(?:of|from|by|in[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}|filed|published|released|issued|\p{Lu})", regex.I)


def _speech_around(plain: str, s: Span, m: regex.Match[str]) -> bool:
    """Whether the sentence ``s`` reports speech before or after the hit of ``m`` (its holder named)."""
    return bool(_REPORTING.search(plain, s.start, m.start("hit")) or _REPORTING.search(plain, m.end("hit"), s.end))


@cache
def _impersonal_hearsay_pattern() -> regex.Pattern[str]:
    """Hearsay with an impersonal subject set in a crowd's place: "as is commented in the sector",
    "as is often said across the trade", "In the industry one hears that…", "one is told around
    the market that…", and "it is understood among those who work in the sector" (a setting given
    as the people in it: ``crowd-words.txt``, ``crowd-work-verbs.txt``).
    ``impersonal-hearsay-verbs.txt`` with ``hearsay-settings.txt``; "one"
    with no setting counts only when it opens its clause and a "that" follows ("One often hears
    that…")."""
    verbs = _alt("impersonal-hearsay-verbs.txt")
    settings = _alt("hearsay-settings.txt")
    adv = rf"(?:(?i:{_alt('hearsay-adverbs.txt')}|{_alt('impersonal-hearsay-adverbs.txt')}){_S})?"
    setting = rf"(?i:{_SETTING_PREP}){_S}(?:(?i:the|this|our){_S})?(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}){{0,2}}?(?i:{settings})(?![\p{{L}}])"
    people = (rf"(?i:among|amongst){_S}(?i:{_alt('crowd-words.txt')}){_S}"
              rf"(?i:{_alt('crowd-work-verbs.txt')}){_S}(?:(?i:in|across|within|on){_S})(?:(?i:the){_S})?"
              rf"(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}){{0,2}}?(?i:{settings})(?![\p{{L}}])")
    knowing = rf"(?i:{_alt('hearsay-knowing-verbs.txt')})"
    # every match begins with one of these words (no look-behind consumes), after a non-letter
    openers = frozenset({"as", "so", "one", "it", *_SETTING_PREP[3:-1].split("|")})
    return register_triggers(compile_pattern(
        rf"(?<![\p{{L}}'’])(?P<hit>(?i:as|so){_S}(?i:is|was|has{_S}been){_S}{adv}(?i:{verbs}){_S}{setting})"
        rf"|(?<![\p{{L}}'’])(?P<hit>{setting},?{_S}(?i:one){_S}{adv}(?i:{verbs}))(?![\p{{L}}])"
        rf"|(?<![\p{{L}}'’])(?P<hit>(?i:one){_S}{adv}(?i:{verbs}){_S}{setting})"
        rf"|(?:{_SENTENCE_OPEN}|(?<=[,;—–(][ \u00a0]*|(?:^|\n)[ \u00a0]*\#{{1,6}}[ \u00a0]+))(?P<hit>(?i:one){_S}{adv}(?i:{verbs}){_S}(?:(?i:it){_S}(?i:said){_S})?(?i:that))(?![\p{{L}}])"
        rf"|(?<![\p{{L}}'’])(?P<hit>(?i:it){_S}(?i:is|was|has{_S}long{_S}been|has{_S}been){_S}{adv}{knowing}{_S}{people})"
    ), openers)


def _impersonal_hearsay(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006 candidates of :func:`_impersonal_hearsay_pattern`; a sentence that reports speech
    ("…, the port's director said") names its holder and is left alone."""
    return _shape_hits(doc, _impersonal_hearsay_pattern(), _speech_around)


def _hearsay_shapes(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006 candidates of :func:`_hearsay_patterns`. An opener whose sentence also reports speech
    ("The feeling is that rates will fall, the bank's economist said") names its holder and is left
    alone, as is "as per" followed by the reports' producer."""
    p = _hearsay_patterns()
    lo = body_range(doc)[0]
    plain = doc.plain
    starts = [s.start for s in doc.sentences]
    for name in ("participle", "setting", "invitation", "condition"):
        for m in doc.index.finditer(p[name], lo):
            yield m.start("hit"), m.end("hit"), m.group("hit"), _NEVER_WIRE
    for m in doc.index.finditer(p["opener"], lo):
        i = bisect.bisect_right(starts, m.start("hit")) - 1
        s = doc.sentences[i] if i >= 0 else Span(m.start(), m.end())
        if _REPORTING.search(plain, s.start, max(s.end, m.end())):
            continue
        yield m.start("hit"), m.end("hit"), m.group("hit"), _NEVER_WIRE
    for m in doc.index.finditer(p["as_per"], lo):
        if _AS_PER_PRODUCER.search(plain[m.end() : m.end() + 40]):
            continue
        yield m.start("hit"), m.end("hit"), m.group("hit"), _NEVER_WIRE


# -- SRC006: round-8 shapes (a pronoun with a setting holds the view) ---------------------------
#: Adverbs and auxiliaries between a holder and its verb ("Those in the business have long doubted").
#: A vague phrase that opens on its own article or preposition ("the word around the yard has it",
#: "by general agreement"): a "which" before it is the clause's object, not its determiner.
_SELF_DETERMINED = LazyPattern(r"(?:the|by|according|depending)(?![\p{L}])", regex.I)
_RELATIVE_BEFORE = LazyPattern(r"(?<![\p{L}])(?:which|that|what)[ \u00a0]+$", regex.I)
_HOLDER_ADVERBS = (r"(?:have|has|had|now|also|long|privately|quietly|still|increasingly|already|openly|widely|generally|"
                   r"really|clearly|closely|seem[ \u00a0]+to|appear[ \u00a0]+to|tend[ \u00a0]+to|do|did|all|both)")


@cache
def _pronominal_holder_pattern() -> regex.Pattern[str]:
    """A view held by a pronoun set in a place of its own ("Many in the sector feel", "Those close
    to the matter believe", "which some in the industry consider", "Plenty around the harbour
    suspect"): ``holder-pronouns.txt``, a setting whose last word is a lower-case noun (never a
    name: "some in Washington worry" names the capital), and a verb of believing
    (``holder-stance-verbs.txt``). Verbs of saying are left out: "those close to him said" reports
    a conversation."""
    heads = _alt("holder-pronouns.txt")
    verbs = _alt("holder-stance-verbs.txt")
    prep = (r"(?:in|across|around|round|within|inside|throughout|among|amongst|at|along|near|close[ \u00a0]+to|closest[ \u00a0]+to|familiar[ \u00a0]+with|"
            r"following|watching|tracking|monitoring)")
    det = r"(?:(?:the|this|that|these|our|its|their)[ \u00a0]+)?"
    return _in_runs(compile_pattern(
        rf"(?<![\p{{L}}'’])(?P<hit>(?i:{heads}){_S}(?i:{prep}){_S}{det}(?:(?!(?:who|that|which|whose|whom)(?![\p{{L}}]))[\p{{L}}'’\-]+{_S}){{0,3}}?"
        rf"(?!(?:him|her|them|us|me|it|you|who|that|which|whose|whom|{_HOLDER_ADVERBS})(?![\p{{L}}]))(?P<noun>\p{{Ll}}[\p{{Ll}}\-]*)"
        rf"(?:,?{_S}(?i:{_HOLDER_ADVERBS}))*{_S}(?i:{verbs}))(?![\p{{L}}])"
    ), ",", word_list("holder-pronouns.txt"), word_list("holder-stance-verbs.txt"))


@cache
def _hearsay_mood_pattern() -> regex.Pattern[str]:
    """A crowd's mood known by hearsay: a plural noun opening its clause, an evidential hedge
    (``evidential-adverbs.txt``) in commas or before the verb, and a mood (``crowd-moods.txt``):
    "Commuters, apparently, are furious", "Tenants are reportedly up in arms"."""
    ev = _alt("evidential-adverbs.txt")
    mood = _alt("crowd-moods.txt")
    return _in_runs(compile_pattern(
        rf"(?:{_SENTENCE_OPEN}|(?<=[,;—–(][ \u00a0]*|(?:^|\n)[ \u00a0]*\#{{1,6}}[ \u00a0]+))(?P<hit>(?:(?i:many|some|most|the){_S})?(?P<noun>\p{{L}}[\p{{Ll}}\-]+)"
        rf"(?:,{_S}(?i:{ev}),|{_S}(?i:{ev}))?{_S}(?i:are|were|have{_S}been|had{_S}been|seem|seemed|appear|appeared)"
        rf"(?:(?P<ev2>{_S}(?i:{ev})))?{_S}(?:(?i:so|very|really|quite|increasingly|getting|growing|now|still){_S})?(?i:{mood}))(?![\p{{L}}])"
    ), ",", word_list("crowd-moods.txt"), word_list("evidential-adverbs.txt"))


def _hearsay_moods(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006 candidates of :func:`_hearsay_mood_pattern` whose noun is people (a crowd, not "the
    markets") and whose hedge is there; a sentence that reports speech names its holder."""
    ev = _evidential()
    return _shape_hits(doc, _hearsay_mood_pattern(),
                       lambda plain, s, m: not (person_plural(m.group("noun").lower()) and ev.search(m.group("hit"))) or _speech_around(plain, s, m))


@cache
def _evidential() -> regex.Pattern[str]:
    return compile_pattern(rf"(?<![\p{{L}}])(?i:{_alt('evidential-adverbs.txt')})(?![\p{{L}}])")


def _pronominal_holders(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006 candidates of :func:`_pronominal_holder_pattern`, anywhere in a sentence (a relative
    clause, a parenthesis, a list item); a sentence that says why its sources are not named is
    left alone. Wire copy never pins a view on a pronoun with a setting, so the shape counts
    however densely the rest is attributed."""
    return _shape_hits(doc, _pronominal_holder_pattern(), lambda plain, s, m: bool(_anonymity_reason().search(plain, s.start, s.end)))


@cache
def _first_words(source: str) -> frozenset[str] | None:
    """The first runs of letters a pattern built from ``source`` (a word list of ``rules/data``,
    or one word) holds; None when an entry does not begin with a letter."""
    return list_triggers(source) if source.endswith(".txt") else frozenset({first_letters(source)})


def _occurs(doc: Document, *sources: str) -> bool:
    """Whether an entry of any of ``sources`` (see :func:`_first_words`) can occur in the
    document: its first run of letters does, in any case. A shape pattern that needs an entry
    where it stands as a whole run of letters (white space or a non-letter on either side) has
    no match in a document where this is False, so it need not scan it."""
    for source in sources:
        words = _first_words(source)
        if words is None or doc.index.trigger_positions(words):
            return True
    return False


def _shape_hits(doc: Document, pattern: regex.Pattern[str], skip: Callable[[str, Span, regex.Match[str]], bool]) -> Iterator[tuple[int, int, str, bool]]:
    """The ``hit`` of every match of a round-8 shape in the body, as an SRC006 candidate of the
    tier wire copy never uses, unless ``skip(plain, sentence, match)`` clears its sentence."""
    lo = body_range(doc)[0]
    plain = doc.plain
    starts = [s.start for s in doc.sentences]
    for m in doc.index.finditer(pattern, lo):
        i = bisect.bisect_right(starts, m.start("hit")) - 1
        s = doc.sentences[i] if i >= 0 else Span(m.start(), m.end())
        if not skip(plain, s, m):
            yield m.start("hit"), m.end("hit"), m.group("hit"), _NEVER_WIRE


@cache
def _aside_source_pattern() -> regex.Pattern[str]:
    """One unnamed person described by a job, speaking in a parenthesis or between dashes ("The
    tender (one insider calls it a formality) closes on Friday", "— a veteran broker says —"):
    the aside carries the claim as a clause of its own does."""
    jobs = (word_list("role-nouns.txt") | word_list("occupations.txt")) - word_list("institutional-voices.txt")
    job = "|".join(phrase_source(j) for j in longest_first(jobs))
    verbs = "|".join(phrase_source(v) for v in longest_first(word_list("attribution-verbs.txt") | word_list("aside-speech-verbs.txt")))
    return compile_pattern(
        rf"(?:\(|[—–]|[ \u00a0]-)[ \u00a0]*(?P<hit>(?i:one|an?){_S}(?:[\p{{Ll}}\-]+{_S}){{0,3}}(?i:{job})(?![\p{{L}}])"
        rf"(?:{_S}(?:in|at|from|with|on)[ \u00a0]+[^.,;:()—–“”\"\n]{{1,50}}?)?,?{_S}(?:(?:privately|also|once){_S})?(?i:{verbs}))(?![\p{{L}}])"
    )


def _aside_sources(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006: unnamed single sources in an aside (:func:`_aside_source_pattern`); a story credited
    to a news agency in its dateline answers for them, as for :func:`_unnamed_single_sources`."""
    lo = body_range(doc)[0]
    if _agency_dateline().search(doc.plain, lo, min(len(doc.plain), lo + 200)):
        return
    for m in _aside_source_pattern().finditer(doc.plain, lo):
        yield m.start("hit"), m.end("hit"), m.group("hit"), False


@cache
def _passive_hearsay_pattern() -> regex.Pattern[str]:
    """A group that opens its clause as the subject of a personal passive of hearsay ("Residents
    are said to be furious", "Officials are believed to be considering…", "Players are thought in
    the dressing room to be growing anxious"): who said or believed it is left out. The groups of
    ``vague-sources.txt`` and ``passive-hearsay-subjects.txt``."""
    groups_list = longest_first(set(_vague_grammar().groups) | word_list("passive-hearsay-subjects.txt"))
    groups = "|".join(escape(g) for g in groups_list)
    setting = rf"(?:{_S}(?:in|among|across|around|within|at|inside|on){_S}(?:the{_S})?(?:[\p{{L}}'’\-]+{_S}){{0,2}}?[\p{{L}}'’\-]+)?"
    return _in_runs(compile_pattern(
        rf"(?:{_SENTENCE_OPEN}|(?<=[,;—–][ \u00a0]*|(?i:that|but|and|while)[ \u00a0]+))"
        rf"(?P<hit>(?:(?i:many|some|most){_S})?(?i:{groups}){_S}(?i:are|were){_S}(?:(?i:now|also|widely|increasingly|privately){_S})?"
        rf"(?i:said|believed|thought|understood|rumou?red|reputed){setting}{_S}(?i:to){_S}(?i:be|have))(?![\p{{L}}])"
    ), "", groups_list)


def _passive_hearsay(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006 candidates of :func:`_passive_hearsay_pattern`; a sentence that names its source ("…,
    the mayor said") is left alone. Wire copy counts named people this way, never a crowd that
    opens the clause, so the shape counts however densely the rest is attributed."""
    return _shape_hits(doc, _passive_hearsay_pattern(), lambda plain, s, m: bool(
        _REPORTING.search(plain, s.start, m.start("hit")) or _REPORTING.search(plain, m.end(), s.end)))


@cache
def _circulating_talk_pattern() -> regex.Pattern[str]:
    """Talk with no speaker going round ("Talk of a possible takeover has done the rounds", "Chatter
    in Leeds tech circles is growing", "Rumours have been circulating among emergency planners") or
    said to exist in a setting ("There is talk around the town"): ``rumour-nouns.txt``,
    ``hearsay-circulation-verbs.txt``; a setting must end in a lower-case noun ("There has been some
    talk in the White House" names where, and the wire writes it)."""
    nouns = _alt("rumour-nouns.txt")
    verbs = _alt("hearsay-circulation-verbs.txt")
    setting = rf"(?i:in|around|among|amongst|across|on|at|within|inside|along|throughout){_S}(?:(?i:the){_S})?(?:\p{{Ll}}[\p{{L}}'’\-]*{_S}){{0,3}}?(?!(?:the|a|an)(?![\p{{L}}]))\p{{Ll}}[\p{{Ll}}\-]*(?![\p{{L}}\-]|[ \u00a0]+\p{{Lu}})"
    return _in_runs(compile_pattern(
        rf"(?<![\p{{L}}'’])(?P<hit>(?:(?i:the|all|the{_S}same|growing|much|idle|loose|persistent){_S})?(?i:{nouns})"
        rf"(?:{_S}(?i:of|about){_S}(?:[\p{{L}}'’\-]+{_S}){{0,5}}?[\p{{L}}'’\-]+)?(?:{_S}{setting})?{_S}(?i:{verbs}))(?![\p{{L}}])"
        rf"|{_SENTENCE_OPEN}(?P<hit>(?i:there){_S}(?i:is|was|has{_S}been|have{_S}been){_S}(?:(?i:growing|much|some|a{_S}lot{_S}of|plenty{_S}of|idle|loose){_S})?"
        rf"(?i:{nouns}){_S}{setting})(?![\p{{L}}])"
    ), "", word_list("rumour-nouns.txt"), word_list("hearsay-circulation-verbs.txt"))


def _may_hold_circulating_talk(doc: Document) -> bool:
    """Whether :func:`_circulating_talk_pattern` can match: both alternatives need a rumour noun,
    and a circulation verb or "there" (each after white space, before a non-letter)."""
    return _occurs(doc, "rumour-nouns.txt") and _occurs(doc, "hearsay-circulation-verbs.txt", "there")


def _circulating_talk(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006 candidates of :func:`_circulating_talk_pattern`; a sentence that reports speech
    ("…, the mayor said") names its holder and is left alone."""
    if not _may_hold_circulating_talk(doc):
        return iter(())
    return _shape_hits(doc, _circulating_talk_pattern(), lambda plain, s, m: bool(_REPORTING.search(plain, s.start, s.end)))


@cache
def _hearsay_evidence_pattern() -> regex.Pattern[str]:
    """Talk or a mood in a place offered as the evidence for a claim: "according to murmurings from
    the yard", "if the chatter in the pubs is anything to go by", "the word around the paddock has
    it", "the mood on the estate, for what it is worth, is that…" (``rumour-nouns.txt``,
    ``vague-view-nouns.txt``, ``hearsay-evidence-frames.txt``). The talk is the source, and it
    belongs to nobody."""
    rumours = _alt("rumour-nouns.txt")
    talk = rf"(?:{rumours}|{_alt('vague-view-nouns.txt')})"
    frames = _alt("hearsay-evidence-frames.txt")
    setting = (rf"(?i:in|around|among|amongst|across|on|at|from|within|inside|along|throughout){_S}(?:(?i:the|our|this|these|those){_S})?"
               rf"(?:[\p{{L}}'’\-]+{_S}){{0,3}}?\p{{Ll}}[\p{{L}}'’\-]*")
    aside = rf"(?:,[ \u00a0]*[^,.;:!?\n]{{1,40}},)?"
    # a match begins at "according", or at most two words ("the", a lower-case word) before its talk
    words = list_triggers("rumour-nouns.txt"), list_triggers("vague-view-nouns.txt")
    triggers = None if None in words else frozenset({"according"}).union(*words)  # type: ignore[arg-type]
    return register_triggers(compile_pattern(
        rf"(?<![\p{{L}}'’])(?P<hit>(?i:according{_S}to){_S}(?:(?i:the){_S})?(?:\p{{Ll}}+{_S})?(?i:{rumours})(?:{_S}{setting})?)(?![\p{{L}}])"
        rf"|(?<![\p{{L}}'’])(?P<hit>(?:(?i:the){_S})?(?:\p{{Ll}}+{_S})??(?i:{talk}){_S}{setting}{aside}{_S}(?i:{frames}))(?![\p{{L}}])"
    ), triggers, words_before=2)


def _may_hold_hearsay_evidence(doc: Document) -> bool:
    """Whether :func:`_hearsay_evidence_pattern` can match: "according" with a rumour noun, or a
    rumour or view noun with a frame."""
    return (_occurs(doc, "rumour-nouns.txt") and _occurs(doc, "according")
            or _occurs(doc, "rumour-nouns.txt", "vague-view-nouns.txt") and _occurs(doc, "hearsay-evidence-frames.txt"))


def _hearsay_as_evidence(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006 candidates of :func:`_hearsay_evidence_pattern`; a sentence that reports speech
    ("…, the trainer said") names its holder and is left alone."""
    if not _may_hold_hearsay_evidence(doc):
        return iter(())
    return _shape_hits(doc, _hearsay_evidence_pattern(), _speech_around)


_TABLE_ROW = LazyPattern(r"^[ \u00a0]*\|(?P<cells>.*)\|[ \u00a0]*$", regex.M)
_TABLE_RULE = LazyPattern(r"^[ \u00a0]*\|?[ \u00a0]*:?-{2,}:?[ \u00a0]*(?:\|[ \u00a0]*:?-{2,}:?[ \u00a0]*)*\|?[ \u00a0]*$")
_CELL_WORD = LazyPattern(r"[\p{L}\p{N}]+")


def _vague_cell(cell: str) -> bool:
    """Whether a source cell names nobody: four words or fewer, no digit or link, no capitalised
    word after the first, one word of ``vague-source-cells.txt``."""
    words = _CELL_WORD.findall(cell)
    if not 1 <= len(words) <= 4 or any(c.isdigit() for c in cell) or "/" in cell or "@" in cell:
        return False
    if any(w[0].isupper() for w in words[1:]):
        return False
    return any(w.lower() in word_list("vague-source-cells.txt") for w in words)


def _table_source_cells(doc: Document) -> Iterator[tuple[int, int, str, bool]]:
    """SRC006: a table's source column whose cell names nobody ("| Widely reported |", "|
    Industry consensus |"): the table pins its row's claim on nobody, as a sentence would with
    "it is widely reported". Pipe tables (Markdown) with a header row, a rule row and a column
    headed by ``source-column-heads.txt``."""
    plain = doc.plain
    lo = body_range(doc)[0]
    if "|" not in plain[lo:]:
        return
    heads = word_list("source-column-heads.txt")
    column: int | None = None
    previous: list[str] | None = None
    for m in _TABLE_ROW.finditer(plain, lo):
        cells = m.group("cells").split("|")
        if _TABLE_RULE.match(m.group()):
            column = next((i for i, c in enumerate(previous or []) if " ".join(c.lower().split()).strip(" :*_") in heads), None)
            continue
        prior_end = m.start() - 1
        if column is not None and previous is not None and plain.rfind("\n", 0, max(0, prior_end)) >= 0:
            # a blank or non-table line between two rows ends the table
            before = plain[plain.rfind("\n", 0, max(0, prior_end)) + 1 : max(0, prior_end)]
            if not before.strip().startswith("|"):
                column = None
        previous = cells
        if column is None or column >= len(cells):
            continue
        cell = cells[column]
        if not _vague_cell(cell):
            continue
        start = m.start("cells") + sum(len(c) + 1 for c in cells[:column])
        inner = cell.strip()
        at = plain.find(inner, start)
        yield at, at + len(inner), inner, _NEVER_WIRE


@dataclass(frozen=True)
class VagueAttributionOptions:
    """The options of the ``sourcing.vague_attribution`` analyzer."""

    min_attributed: int = option(6, "named attributions that make a story densely sourced")
    min_share: float = option(0.3, "share of sentences attributed that makes a story densely sourced")


@analyzer("sourcing.vague_attribution", options=VagueAttributionOptions, fields=("phrase",))
def vague_attribution(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """SRC006: a claim pinned on a vague group ("industry watchers agree", "experts say") or on
    nobody ("by most accounts", "it is widely accepted").

    Professional anonymous sourcing that says who and why ("two sources familiar with the
    matter", "an official who spoke on condition of anonymity"), a group followed by named
    examples ("analysts such as…", "economists at Barclays") and a determiner that refers back
    to people already named ("the analysts", "these critics") are left alone. The wire's own
    paraphrase forms ("analysts said", "legal experts say") sum up the named sources around them
    in professional copy, so they count only in an article that names fewer than ``min_named``
    sources; the consensus and hearsay forms ("many researchers believe", "insiders whisper")
    count everywhere.
    """
    g = _vague_grammar()
    min_attributed, min_share = rule.options.min_attributed, rule.options.min_share
    starts = [s.start for s in doc.sentences]
    found: list[tuple[int, int, str, bool]] = []
    seen: set[int] = set()
    hedged = {start for start, _, _ in _hedged_sources(doc)}
    holders = {c[0] for c in _pronominal_holders(doc)}
    hedged |= holders  # "those close to the matter believe": its own sentence check
    candidates = sorted(_with_crowds(doc, list(_vague_candidates(doc))))
    never_wire = {c[0] for c in candidates if c[3] == _NEVER_WIRE}  # a shape wire copy never uses wins its start
    for start, end, phrase, paraphrase in candidates:
        paraphrase = _NEVER_WIRE if start in never_wire else paraphrase
        if start in seen or doc.in_quote(start):
            continue
        before = doc.plain[max(0, start - 24) : start]
        if _DETERMINED.search(before) and not ((start in holders or _SELF_DETERMINED.match(phrase)) and _RELATIVE_BEFORE.search(before)):
            continue  # "which some in the industry consider oversized" is a view held by nobody all the same
        i = bisect.bisect_right(starts, start) - 1
        sentence = doc.sentences[i] if i >= 0 else Span(start, end)
        if start not in hedged and g.professional.search(doc.plain, sentence.start, sentence.end):
            continue
        seen.add(start)
        found.append((start, end, phrase, paraphrase))
    if not found:
        yield from _title_hits(doc)
        return
    attributed, share = _attribution_density(doc, [f[0] for f in found if f[3] != _CORROBORATED_ONLY])
    well_sourced = attributed >= min_attributed and share >= min_share
    agency = _agency_credited(doc)  # the agency's dateline answers for its summaries ("analysts say")
    headline = _headline_claim(doc)
    held: list[tuple[int, int, str]] = []
    strong = 0
    for start, end, phrase, paraphrase in found:
        if paraphrase == _NEVER_WIRE and start >= doc.body_start:
            strong += 1
            yield Hit(start, end, values={"phrase": " ".join(phrase.split())})
            continue
        if start < doc.body_start:
            if headline is None or not headline.start <= start < headline.end or "~" in _head_mark(g, phrase):
                continue  # the wire's "…, sources say", or no headline of its own
            # "Experts Say…" as the headline is the story's premise, not a summary of its sources
        elif paraphrase == _CORROBORATED_ONLY or paraphrase and (attributed >= min_attributed // 2 or share >= min_share or agency):
            held.append((start, end, phrase))
            continue  # the wire's summary of the named sources around it
        elif not paraphrase and well_sourced and sum(f[3] != _CORROBORATED_ONLY for f in found) < 2:
            continue  # one stray "critics have argued" in a densely attributed story
        strong += not paraphrase
        yield Hit(start, end, values={"phrase": " ".join(phrase.split())})
    if strong:
        # an article that pins a claim on nobody by consensus or hearsay: its "critics say" and
        # "supporters argue" are the same habit, not a summary of named sources
        for start, end, phrase in held:
            yield Hit(start, end, values={"phrase": " ".join(phrase.split())})
    yield from _title_hits(doc)


def _reference_format(doc: Document, labels: str) -> bool:
    """Whether the piece labels itself a reference format in its headline ("Factbox: …"; the list
    ``labels`` of rules/data) or opens by reproducing a document (``reproduced-text-openers.txt``:
    "The following is the text of an address…")."""
    if doc.headline is not None:
        head = doc.plain[doc.headline.start : doc.headline.end].strip().lower()
        if _reference_label(labels).match(head):
            return True
    lo = body_range(doc)[0]
    return bool(_reproduced_text().search(doc.plain, lo, min(len(doc.plain), lo + 200)))


@cache
def _reference_label(labels: str) -> regex.Pattern[str]:
    """A headline label of the list ``labels`` as a whole word at the start ("factbox" in "Factbox:
    …", not in "Factboxes are…")."""
    return compile_pattern(rf"(?:{alternation_source(word_list(labels))})(?![\p{{L}}])", regex.I)


@cache
def _reproduced_text() -> regex.Pattern[str]:
    """An opening of ``reproduced-text-openers.txt`` ("The following is the text of…")."""
    return compile_pattern(rf"(?<![\p{{L}}])(?i:{alternation_source(word_list('reproduced-text-openers.txt'))})(?![\p{{L}}])")


def _agency_credited(doc: Document) -> bool:
    """Whether the body opens with a dateline credited to a news agency ("HARARE (Reuters) -")."""
    lo = body_range(doc)[0]
    return bool(_agency_dateline().search(doc.plain, lo, min(len(doc.plain), lo + 200)))


def _title_hits(doc: Document) -> Iterator[Hit]:
    for start, end, phrase in _title_claims(doc):
        yield Hit(start, end, values={"phrase": " ".join(phrase.split())})


# -- SRC007: unattributed quote -------------------------------------------------------------------
@cache
def _speech_words() -> regex.Pattern[str]:
    """Words that show somebody is speaking or being cited near a quotation ("added to the
    list", "you read that right", an agentless "they were told to" and a negated verb, "did not
    say", cite nobody)."""
    return compile_pattern(
        r"(?<![\p{L}])(?<!(?:\bnot|n['’]t|\bnever)\s+(?:\p{L}+\s+)?)(?:said|says|say|(?<!\b(?:was|were)\s+)told|tells|according\s+to|added(?!\s+to\s)|adds(?!\s+to\s)|wrote|writes|asked|explained|stated|"
        r"noted|notes|argued|argues|warned|warns|recalled|recalls|insisted|insists|continued|replied|read(?!\s+(?:that|this|it)\s+(?:right|again|correctly))|reads|"
        r"statement|tweeted|posted|testified|quoted|quote|quoting|reported|reports|saying|urging|urged|writing|"
        r"telling|adding|recalling|explaining|warning|joked|jokes|joking|quipped|quips|laughed|shouted)(?![\p{L}])",
        regex.I,
    )


@cache
def _labelling() -> regex.Pattern[str]:
    """A verb that puts a label in somebody's mouth ("called them liars"; not "so-called" nor
    "returned calls"), or an account handle."""
    verbs = alternation_source(word_list("labelling-verbs.txt"))
    # "so-called", and "calls" as a noun ("did not return calls", "phone calls") label nobody
    noun_calls = r"(?<!so-)(?<!\breturn(?:ed|ing)?\s+)(?<!\bphone\s+)"
    return compile_pattern(rf"{noun_calls}(?:{verbs})|(?<![\w@])@\w{{2,}}", regex.I)


_POSTS_FROM = LazyPattern(r"(?<![\w@])@\w{2,}[ \u00a0]*:")


def attributed_sentences(doc: Document) -> tuple[bool, ...]:
    """For each of ``doc.sentences``: whether it says who says what it says.

    A sentence is attributed when it holds a speech or reporting word ("said", "told",
    "according to", "reported", "statement"), a "he said" form, a verb that puts a label in
    somebody's mouth ("called them liars", "accused", "described as"), a social-media handle
    (a post is attributed to its account), or a person the people extraction marks as a source. The tone rules read this to tell the reporter's own voice
    (unattributed sentences) from reported speech, and claims with a source from claims without.
    """

    def compute() -> tuple[bool, ...]:
        starts = [s.start for s in doc.sentences]
        flags = list(spoken_sentences(doc))
        for m in extract_people(doc).mentions:
            i = bisect.bisect_right(starts, m.start) - 1
            if m.source and i >= 0:
                flags[i] = True
        return tuple(flags)

    return doc.memo("sourcing.attributed_sentences", compute)


def spoken_sentences(doc: Document) -> tuple[bool, ...]:
    """For each of ``doc.sentences``: whether it reports speech or puts a label in somebody's
    mouth (a speech or reporting word, a "he said" form, a labelling verb, a handle). Narrower
    than :func:`attributed_sentences`, which also counts a sentence that names a source: "Brandon,
    a council member, did not return calls" names a source but the words around it are the
    writer's own."""

    def compute() -> tuple[bool, ...]:
        found = [doc.index.spans_searched(rx, doc.sentences) for rx in (_speech_words(), patterns().pronoun_said, _labelling())]
        flags = [any(by_rx) for by_rx in zip(*found)]
        # an interview in Q&A form: the questions are the interviewer's, the answers the interviewee's
        for turn in interview_turns(doc):
            for i, s in enumerate(doc.sentences):
                if turn.start <= s.start < turn.end:
                    flags[i] = True
        # "@handle : - …": a compilation of posts is the account's words to the end of the paragraph
        for i, s in enumerate(doc.sentences):
            if _POSTS_FROM.search(doc.plain, s.start, s.end):
                block = doc.block_at(s.start)
                j = i + 1
                while block is not None and j < len(flags) and doc.sentences[j].start < block.end:
                    flags[j] = True
                    j += 1
        return tuple(flags)

    return doc.memo("sourcing.spoken_sentences", compute)


#: The message values of a quotation in the body that nobody is said to say.
_NO_SPEAKER = {"quotation": "Quotation", "problem": "with no speaker in its sentence or paragraph"}
#: Characters beyond which a paragraph is too long to count as "the quote's paragraph".
_SHORT_PARAGRAPH = 600

@analyzer("sourcing.unattributed_quote", fields=("quotation", "problem"))
def unattributed_quote(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """SRC007: a quoted sentence with nobody saying it in its sentence or paragraph.

    In a long paragraph (or a scraped article whose body is one line) the
    paragraph is no evidence of a speaker, so the window shrinks to a few
    hundred characters around the quote. A paragraph that follows one ending
    in a colon or an open quotation continues that speaker, and so does a person
    introduced with an age just before ("Lopez, 34, went on to joke…"). Titles in
    quotation marks and fragments shorter than a sentence are not quotes of anybody.
    """
    people = extract_people(doc)
    ages = extract_timeline(doc, ctx.as_of).ages
    p = patterns()
    verbs = _speech_words()
    references = reference_list_span(doc)
    spoken_end = -1  # the end of the last quotation that has a speaker: a run of quotations continues it
    for q in people.quotes:
        if q.speaker is not None or _speaker_set_up(doc, people, q.span.start, spoken_end):
            spoken_end = q.span.end
            continue
        if references and references[0] <= q.span.start < references[1]:
            continue  # a title in a reference list
        inner = doc.plain[q.span.start + 1 : q.span.end].rstrip("”\"").strip()
        if len(inner.split()) < 6 or not inner[:1].isupper() or not _SENTENCE_END.search(inner):
            continue
        words = inner.split()
        if sum(w[:1].isupper() for w in words) * 5 >= len(words) * 3:
            continue  # a title in quotation marks ("Huntin’, Fishin’ And Lovin’ Every Day"), not speech
        block = doc.block_at(q.span.start)
        if block is None:
            continue
        window = Span(block.start, block.end)
        if block.end - block.start > _SHORT_PARAGRAPH:
            # a long paragraph (or a whole body on one line) is no evidence of a speaker: look nearby
            window = Span(max(block.start, q.span.start - 250), min(block.end, q.span.end + 150))
        outside = doc.plain[window.start : q.span.start] + " " + doc.plain[q.span.end : window.end]
        if verbs.search(outside) or p.pronoun_said.search(outside):
            spoken_end = q.span.end
            continue
        if any(window.start <= m.start < window.end and not q.span.start <= m.start < q.span.end for m in people.mentions):
            spoken_end = q.span.end
            continue
        if any(window.start <= a.start < window.end and not q.span.start <= a.start < q.span.end for a in ages):
            continue  # "Lopez, 34, went on to joke…": a person introduced with an age speaks next
        prev = _previous_block(doc, block)
        if prev is not None:
            tail = doc.plain[prev.start : prev.end].rstrip()
            if tail.endswith(":") or doc.in_quote(prev.end - 1) and not tail.endswith(("”", '"')):
                continue
            if _quote_alone(doc, block, q.span) and any(prev.start < a.end <= prev.start + _PROFILE_LEAD for a in ages):
                continue  # a profile: "Okafor, 47, has led…" and then her words as a paragraph of their own
        spoken_end = -1
        yield Hit(q.span.start, q.span.end, _NO_SPEAKER)
    yield from _single_quoted_paragraphs(doc, p, verbs)
    yield from _quoted_headline(doc)


#: A speaker label before a quotation, as market-reaction and speech compilations set one: a name
#: and role in capitals ("JANE DOE, CHIEF ECONOMIST, X BANK, LONDON “…”"), with or without a colon.
_CAPS_LABEL = LazyPattern(
    r"(?:^|(?<=[.!?”\"\]\n][ \u00a0]*)|(?<=\n))[ \u00a0]*\p{Lu}[\p{Lu}.'’\-]+(?:[ \u00a0]+[\p{Lu}&.'’\-]+)*"
    r",(?:[ \u00a0]*[\p{Lu}&.'’\-]+)+(?:,?[ \u00a0]*[\p{Lu}&.'’\-]+)*[ \u00a0]*:?[ \u00a0]*$",
    regex.REVERSE,
)


@cache
def _topic_lead_in() -> regex.Pattern[str]:
    """"On the deficit: “…”": a short topic label ending in a colon right before a quotation
    (``topic-lead-ins.txt``)."""
    return compile_pattern(
        rf"(?:^|(?<=[.!?”\"\]\n)\-–—][ \u00a0]*))(?i:{_alt('topic-lead-ins.txt')})[ \u00a0]+[^.!?:;“”\"\n]{{1,60}}:[ \u00a0]*$",
        regex.REVERSE,
    )


#: How far into a paragraph an age may stand for the paragraph to open on a person ("Okafor, 47,").
_PROFILE_LEAD = 40


def _quote_alone(doc: Document, block: Block, quote: Span) -> bool:
    """Whether the quotation is the whole paragraph (nothing but blanks around it)."""
    return not (doc.plain[block.start : quote.start].strip() or doc.plain[quote.end : block.end].strip())


def _speaker_set_up(doc: Document, people, start: int, spoken_end: int) -> bool:
    """SRC007: whether the copy has set up the speaker of the quotation at ``start``: it follows
    straight on a quotation that has one in the same paragraph (a run of quotations by one speaker), it comes after a
    speaker label in capitals ("JANE DOE, CHIEF ECONOMIST, X BANK: “…”"), or after a topic lead-in
    ("On the deficit: “…”") once the article has named a person."""
    plain = doc.plain
    gap = plain[spoken_end:start] if spoken_end >= 0 else "x"
    if not gap.strip() and "\n" not in gap:
        return True  # the next quotation of the same paragraph; a new paragraph needs its own speaker
    lo = max(0, start - 160)
    if _CAPS_LABEL.search(plain, lo, start):
        return True
    return bool(_topic_lead_in().search(plain, lo, start)) and any(m.start < start for m in people.mentions)


#: A paragraph that is one quotation in single quotes ('…' or ‘…’), as British copy writes them.
_SINGLE_QUOTED = LazyPattern(r"\s*(?P<q>['‘][ \u00a0]*(?P<inner>\p{Lu}[^\n]*?[.!?…])['’])\s*")
#: A single quotation mark that closes a quoted sentence inside a paragraph ("…muddle,' Ms Okonjo said").
_CLOSED_INSIDE = LazyPattern(r"[,.!?…]['’][ \u00a0]+[^'‘\s]")
#: A headline that is nothing but a quotation.
_QUOTED_LINE = LazyPattern(r"\s*(?P<q>['‘\"“](?P<inner>[^\n]+?)['’\"”])\s*")


def _single_quoted_paragraphs(doc: Document, p, verbs: regex.Pattern[str]) -> Iterator[Hit]:
    """SRC007 for quotations in single quotes, which the quotation index leaves out (an apostrophe
    looks the same): a whole paragraph that is one quoted sentence, with no speaker in it and no
    lead-in ending in a colon or an open quotation before it."""
    lo = body_range(doc)[0]
    for block in doc.blocks:
        if block.start < lo:
            continue
        end = block.start + len(doc.plain[block.start : block.end].rstrip())
        m = _SINGLE_QUOTED.fullmatch(doc.plain, block.start, end)
        if m is None or len(m.group("inner").split()) < 6:
            continue
        inner = m.group("inner")
        if verbs.search(inner) and (p.pronoun_said.search(inner) or _CLOSED_INSIDE.search(inner)):
            continue  # a speaker inside the paragraph, between two quotations or after "he said"
        prev = _previous_block(doc, block)
        if prev is not None:
            tail = doc.plain[prev.start : prev.end].rstrip()
            if tail.endswith(":") or tail.endswith(("‘", "'")) or doc.in_quote(prev.end - 1) and not tail.endswith(("”", '"')):
                continue
        yield Hit(m.start("q"), m.end("q"), _NO_SPEAKER)


def _quoted_headline(doc: Document) -> Iterator[Hit]:
    """SRC007 for a headline that is only a quotation ("‘We cannot afford another year’") whose
    words the body never gives to anybody: nobody is said to have said it."""
    if doc.headline is None:
        return
    end = doc.headline.start + len(doc.plain[doc.headline.start : doc.headline.end].rstrip())
    m = _QUOTED_LINE.fullmatch(doc.plain, doc.headline.start, end)
    if m is None or len(m.group("inner").split()) < 4:
        return
    words = _ALNUM.findall(m.group("inner").lower())
    body = doc.plain[doc.body_start :].lower()
    probe = " ".join(words[:4])
    if probe and probe in " ".join(_ALNUM.findall(body)):
        return  # the body quotes it, and the body's own check says whether anybody said it
    yield Hit(m.start("q"), m.end("q"), {"quotation": "The headline", "problem": "is a quotation that the article never gives to anybody"})


def _previous_block(doc: Document, block: Block) -> Block | None:
    blocks = doc.blocks
    i = blocks.index(block)
    return blocks[i - 1] if i > 0 else None


# -- SRC008: templated byline ---------------------------------------------------------------------
@cache
def _agency_dateline() -> regex.Pattern[str]:
    """A dateline credited to a news agency (rules/data/news-agencies.txt): "WASHINGTON (Reuters) -",
    "(AP) —", "PARIS (AFP) -"."""
    agencies = "|".join(r"[ \u00a0]".join(escape(w) for w in a.split()) for a in longest_first(data_lines("news-agencies.txt")))
    return compile_pattern(rf"\((?:{agencies})\)[ \u00a0]*[-–—]")


@cache
def _empty_byline() -> regex.Pattern[str]:
    """A byline that names nobody: only punctuation, or a site role (rules/data/empty-bylines.txt)."""
    return compile_pattern(rf"[\s\-–—:|.,0]*|{alternation_source(word_list('empty-bylines.txt'))}", regex.I)


@analyzer("sourcing.templated_byline", fields=("reason",))
def templated_byline(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """SRC008: "By -", "By Admin" or a stock persona as the author."""
    candidates: list[tuple[int, int, str]] = []
    if doc.byline is not None:
        text = doc.text[doc.byline.start : doc.byline.end]
        m = byline_lead().match(text)
        if m:
            candidates.append((doc.byline.start, doc.byline.end, text[m.end() :]))
    author = doc.metadata.get("author")
    if author is not None and not candidates:
        idx = doc.text.find(author) if author else doc.text.find("author:")
        candidates.append((max(idx, 0), max(idx, 0) + max(len(author), 1), author))
    known = _known(ctx)
    for start, end, name in candidates:
        clean = name.strip()
        reason = None
        if _empty_byline().fullmatch(clean):
            reason = "names nobody" if not clean.strip(" -–—:|.,0") else f"names a site role ('{clean}'), not a reporter"
        else:
            lead = " ".join(clean.split()[:2])
            if is_stock_persona(lead) and person_key(lead) not in known:
                reason = f"is a stock persona name ('{lead}')"
        if reason:
            yield Hit(start, end, {"reason": reason})


# -- SRC009: unsourced article --------------------------------------------------------------------
@cache
def _reporting_pattern(forms: tuple[str, ...]) -> regex.Pattern[str]:
    return compile_pattern(rf"(?<!-)(?:{alternation_source(forms)})", regex.I)  # "co-wrote" is no attribution


@dataclass(frozen=True)
class UnsourcedArticleOptions:
    """The options of the ``sourcing.unsourced_article`` analyzer."""

    min_words: int = option(80, "body words below which the rule stays silent")
    reporting: str = option("reporting-forms.txt", "list in rules/data of the forms that cite somebody")
    reference_labels: str = option("reference-labels.txt", "list in rules/data of headline labels of reference formats")


@analyzer("sourcing.unsourced_article", options=UnsourcedArticleOptions, fields=("words",))
def unsourced_article(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """SRC009: a news body of some length in which nobody is said to say anything.

    Not one reporting form ("said", "told", "according to", "reported") means every fact in the
    story rests on the writer alone; quotation marks do not help when nobody is said to have
    spoken the words. The check is deliberately blunt: any attribution at all, to a person, an
    agency or a document, is enough to pass.
    """
    options = rule.options
    lo = doc.body_start
    body_words = doc.count_words(lo)
    if body_words < options.min_words:
        return
    if _reporting_pattern(tuple(sorted(word_list(options.reporting)))).search(doc.plain, lo):
        return
    if doc.headline is not None:
        head = doc.plain[doc.headline.start : doc.headline.end].strip().lower()
        if any(head.startswith(label) for label in word_list(options.reference_labels)):
            return  # "Factbox: …": a reference format, not a report
    if _agency_dateline().search(doc.plain, lo, min(len(doc.plain), lo + 200)):
        return  # "WASHINGTON (Reuters) -": the agency answers for the story
    if interview_turns(doc):
        return  # a Q&A: the answers are the interviewee's own words, the interviewee the source
    first = next((s for s in doc.sentences if s.start >= lo), None)
    if first is not None:
        yield Hit(first.start, first.end, {"words": str(body_words)})


# -- SRC011: no direct quote ------------------------------------------------------------------------
@dataclass(frozen=True)
class NoDirectQuoteOptions:
    """The options of the ``sourcing.no_direct_quote`` analyzer."""

    min_words: int = option(80, "body words below which the rule stays silent")
    min_attributed: int = option(4, "attributed sentences that excuse the lack of a quotation")
    min_share: float = option(0.2, "share of attributed sentences that excuses the lack of a quotation")
    reference_labels: str = option("reference-labels.txt", "list in rules/data of headline labels of reference formats")


@analyzer("sourcing.no_direct_quote", options=NoDirectQuoteOptions)
def no_direct_quote(doc: Document, rule: Rule, ctx: Context) -> Iterable[Hit]:
    """SRC011: a body with no direct quotation and little indirect attribution either."""
    opts = rule.options
    lo = doc.body_start
    if doc.count_words(lo) < opts.min_words or any(q.start >= lo for q in doc.quotes) or interview_turns(doc):
        return  # a Q&A interview's answers are the interviewee's words, quoted by their form
    attributed, share = _attribution_density(doc, [])
    if attributed >= opts.min_attributed or share >= opts.min_share:
        return
    if _agency_credited(doc) or _reference_format(doc, opts.reference_labels):
        return  # wire copy reports in indirect speech under the agency's credit; a factbox or a transcript quotes nobody
    first = next((s for s in doc.sentences if s.start >= lo), None)
    if first is not None:
        yield Hit(first.start, first.start)

