"""Style analyzers: signs that nobody copy-edited the text, and machine-even prose rhythm.

Copy-editing slips (a name capitalised in one place and not in another, a
sentence starting in lowercase) are weak evidence alone, so their rules weigh
little. The rhythm check measures how much sentence lengths vary: people mix
short and long sentences, while language models write them evenly.
"""

from __future__ import annotations


import bisect
import statistics
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lint.analyzers.places import related
from lint.analyzers.registry import analyzer, option
from lint.analyzers.stamps import LEADING_STAMP
from lint.document import Block, Document
from lint.findings import Hit, Related
from lint.gazetteer import country_first_words, is_country_name, is_demonym, is_given_name, is_place
from lint.patterns import LazyPattern, alternation_source
from lint.patterns import compile as compile_pattern
from lint.wordlists import is_english_word, word_list
from lint.phrases import PhraseIndex

if TYPE_CHECKING:  # a type only: the rule module needs the registry, which loads these modules
    from lint.rule import Rule


@cache
def _rx() -> dict[str, regex.Pattern[str]]:
    return {
        # a word, not part of a URL, handle, hashtag, file name or camel-cased brand (iPhone)
        "word": compile_pattern(r"(?<![\p{L}\p{N}@#/.\-_'’])(\p{L}[\p{Ll}]+)(?![\p{L}\p{N}@/_]|\.\p{L}|['’]\p{L}{2})"),
        # a full stop and blanks before a lowercase letter; not "?” she said" (a speech tag)
        "sentence_end": compile_pattern(r"(?<=[^.\s][.!?])\s+(?=\p{Ll})"),
        "token_before": compile_pattern(r"(\S+)$"),
        # what may precede a paragraph's first word: blanks, quote marks, bullets, numbering
        "lead": compile_pattern(r"[\s\"“‘'(*_•·\-\d.)]*"),
        "lower_word": compile_pattern(r"\p{Ll}[\p{L}'’\-]*"),
        # a lowercase word that is a domain, a file name or a handle ("example.com")
        "dotted": compile_pattern(r"[./@]\w"),
    }


def _block_words(doc: Document, block: Block) -> list[regex.Match[str]]:
    """The matches of ``_rx()["word"]`` in a body block, found once per document: both
    capitalisation checks read them. (Deriving them from the text index's words, one Python
    test per word, took longer than this one scan in C: 2.4 s against 1.6 s on every corpus.)"""

    def compute() -> dict[int, list[regex.Match[str]]]:
        rx = _rx()["word"]
        return {b.start: list(rx.finditer(doc.plain, b.start, b.end)) for b in doc.body_blocks}

    return doc.index.cached("style.block_words", compute)[block.start]


#: A short title-case label opening a block ("Key Outcome:", "Past Examples:").
_LABEL = LazyPattern(r"[^\S\n]*(?:[\p{L}\p{N}'’&\-]+[ \t]+){0,5}[\p{L}\p{N}'’&\-)\]]+[ \t]*:")


_NAME_GLUE = frozenset({"of", "the", "and", "for", "de", "la", "du", "von", "van"})


def _capitalised_neighbour(plain: str, words: list[regex.Match[str]], i: int, edge: int) -> bool:
    """Whether the word next to ``edge`` (skipping "of the" glue) is capitalised, across blanks only.

    "Album of the Year" makes "Year" part of a longer name, like "United States".
    """
    step = -1 if words and i >= 0 and i < len(words) and words[i].end() <= edge else 1
    while 0 <= i < len(words):
        m = words[i]
        gap = plain[m.end() : edge] if step < 0 else plain[edge : m.start()]
        if gap.strip():
            return False
        if m.group(1).lower() not in _NAME_GLUE:
            return m.group(1)[0].isupper()
        edge = m.start() if step < 0 else m.end()
        i += step
    return False


#: What may stand between a sentence's end and its first word: blanks, quote marks, bullets.
_OPENERS = frozenset(" \t\"“‘'(*_•·-")


def _sentence_initial(plain: str, start: int, block_start: int) -> bool:
    """Whether a word starts a sentence (or follows a colon, after which capitals are optional).

    Looks back over openers only, never over the whole block: this runs for every
    capitalised word, and paragraphs can be long.
    """
    i = start
    while i > block_start and plain[i - 1] in _OPENERS:
        i -= 1
    return i == block_start or plain[i - 1] in ".!?:;\n"


@dataclass(frozen=True)
class CapitalisationOptions:
    """The options of the ``style.inconsistent_capitalisation`` analyzer."""

    min_capitalised: int = option(3, "capitalised uses mid-sentence that make a word a proper name")
    ratio: float = option(4.0, "capitalised uses needed per lowercase use")
    known_names: bool = option(True, "also a known place, nationality or two- or three-word name in lowercase beside its capitalised form")
    single_slips: bool = option(True, "also a word lowercased once beside two capitalised uses, one of them alone mid-sentence, and an acronym lowercased once")
    unknown_words: bool = option(True, "also a word no English word list holds (english-words.txt), lowercased once beside a capitalised use mid-sentence")


@analyzer("style.inconsistent_capitalisation", options=CapitalisationOptions, fields=("proper", "count", "line"))
def inconsistent_capitalisation(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A proper name written in lowercase somewhere while capitalised elsewhere.

    A word counts as a proper name when, in the middle of sentences outside headings
    and "Label:" prefixes, it is capitalised at least ``min_capitalised`` times, at least
    ``ratio`` times as often as it appears in lowercase, and at least once on its own
    (not inside a run of capitalised words). Ordinary words that are part of a longer
    name ("the United States" / "states", "the Supreme Court" / "the court") fail that test.
    """
    min_cap, ratio = rule.options.min_capitalised, rule.options.ratio
    stop = word_list("function-words.txt")
    upper: defaultdict[str, int] = defaultdict(int)
    alone: defaultdict[str, int] = defaultdict(int)
    lower: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    first_cap: dict[str, int] = {}
    blocks = []
    for block in doc.body_blocks:
        if block.kind != "heading":
            label = _LABEL.match(doc.plain, block.start, block.end)
            words = _block_words(doc, block)
            if label:
                words = words[bisect.bisect_left([w.start() for w in words], label.end()) :]
            blocks.append((block, words))
    # only a word seen both capitalised and in lowercase can be reported: the costlier
    # tests below (quotes, sentence starts, neighbours) are kept for those
    forms = {m.group(1) for _, words in blocks for m in words}
    both = {w.lower() for w in forms if w[0].isupper()} & {w for w in forms if w.islower()}
    for block, words in blocks:
        for i, m in enumerate(words):
            word = m.group(1)
            key = word.lower()
            if key not in both or len(key) < 3 or key in stop or doc.in_quote(m.start()):
                continue
            if word[0].isupper():
                if not _sentence_initial(doc.plain, m.start(), block.start) and word[1:].islower():
                    upper[key] += 1
                    first_cap.setdefault(key, m.start())
                    if not (_capitalised_neighbour(doc.plain, words, i - 1, m.start()) or
                            _capitalised_neighbour(doc.plain, words, i + 1, m.end())):
                        alone[key] += 1
            elif word.islower():
                lower[key].append((m.start(), m.end()))
    reported: set[int] = set()
    for key, spans in lower.items():
        if upper[key] >= min_cap and alone[key] and upper[key] >= ratio * len(spans):
            cap_at = first_cap[key]
            line = doc.line_col(cap_at)[0]
            for start, end in spans:
                reported.add(start)
                yield Hit(
                    start,
                    end,
                    {"match": doc.text[start:end], "proper": doc.text[cap_at : cap_at + len(key)],
                     "count": _times(upper[key]), "line": str(line)},
                    related=(related(doc, cap_at, cap_at + len(key)),),
                )
    if rule.options.known_names:
        yield from _lowercase_known_names(doc, reported)
    if rule.options.single_slips:
        yield from _lowercase_single_slips(doc, reported, rule.options.unknown_words)


def _lowercase_known_names(doc: Document, reported: set[int]) -> Iterator[Hit]:
    """Names a reader knows are names, in lowercase beside their capitalised form.

    Two shapes the frequency test above cannot see in a short story, where a name is
    capitalised only once or twice: a known place or nationality ("germany" beside "Germany";
    the gazetteers, less the places that are also common words in ``name-words.txt``), and a
    run of two or three capitalised words written again in lowercase ("port averill" beside
    "Port Averill"), unless it is a title or office ("prime minister", ``office-titles.txt``).
    """
    plain = doc.plain
    stop = word_list("function-words.txt")
    common = word_list("name-words.txt")
    offices = word_list("office-titles.txt") | word_list("person-titles.txt")
    capitalised: dict[str, int] = defaultdict(int)
    stems: set[str] = set()  # every capitalised word less its last letter: "Europea" of "European"
    runs: dict[str, tuple[int, str]] = {}
    lower: list[tuple[int, int, str]] = []
    blocks = [(block, _block_words(doc, block)) for block in doc.body_blocks]
    # what the loops below read, from the forms the article writes (each word is looked at once):
    # a lowercase word matters only as the lowercase form of a capitalised one, or, for a known place
    # written once in lowercase, beside a longer capitalised word that begins like it ("European")
    titles = {m.group(1) for block, words in blocks if block.kind != "heading" for m in words}
    titles = {word for word in titles if word[0].isupper() and word[1:].islower()}
    stems.update(word[:-1] for word in titles)

    wanted = _name_candidates({m.group(1) for _, words in blocks for m in words}, stop, common, titles, stems)
    for _, words in blocks:
        for m in words:
            word = m.group(1)
            if word in wanted and not doc.in_quote(m.start()) and m.start() not in reported:
                lower.append((m.start(), m.end(), word))  # a function word breaks a run as a gap does
    # a capitalised word counts, or starts a run, for a name only when it is written in lowercase too
    written_lower = {word for _, _, word in lower}
    proper_forms = {word.capitalize() for word in written_lower}  # as the names below look them up
    for block, words in blocks:
        if block.kind == "heading":
            continue  # title-case headings capitalise every word
        for i, m in enumerate(words):
            word = m.group(1)
            if word in titles:
                if word.lower() not in written_lower and word not in proper_forms:
                    continue
                before, after = _next_to_capital(plain, words, i, -1), _next_to_capital(plain, words, i, 1)
                if not (before or after):
                    capitalised[word] += 1  # alone: "in Germany", not "Northern Rail"
                    continue
                if not after or sum(w.group(1)[0].isupper() for w in words[max(0, i - 4) : i]) >= 2:
                    continue  # no run starts here, or it is inside title-case text (a pasted headline)
                run = [m]
                while len(run) < 3 and i + len(run) < len(words):
                    nxt = words[i + len(run)]
                    if plain[run[-1].end() : nxt.start()] != " " or not (nxt.group(1)[0].isupper() and nxt.group(1)[1:].islower()):
                        break
                    run.append(nxt)
                    phrase = " ".join(r.group(1) for r in run)
                    runs.setdefault(phrase.lower(), (m.start(), phrase))
    found: dict[int, tuple[int, str, int]] = {}
    lower_count: dict[str, int] = defaultdict(int)
    for _, _, word in lower:
        lower_count[word] += 1
    names = {
        word for word, n in lower_count.items()
        if len(word) >= 4 and word not in common and capitalised.get(proper := word.capitalize(), 0) >= n
        and (is_place(proper) or is_demonym(proper) or (is_given_name(proper) and capitalised[proper] >= 2 * n))
    }
    # a known place no dictionary has ("europe", "cornwall"), written once in lowercase beside a
    # capitalised form of it inside a longer name or a word made from it ("Cornwall Council", "European")
    names |= {
        word for word, n in lower_count.items()
        if n == 1 and len(word) >= 5 and word not in common and is_place(proper := word.capitalize())
        and not is_english_word(word) and any(s.startswith(proper[:-1]) for s in stems)
    }
    for start, end, word in lower:
        if word in names:
            found[start] = (end, word.capitalize(), plain.find(word.capitalize(), doc.body_start))
    firsts = {phrase.split(" ", 1)[0] for phrase in runs}
    # lowercase runs of two or three adjacent words, looked up among the capitalised runs (one pass)
    for k, (start, end, word) in enumerate(lower):
        if word not in firsts:
            continue
        for size in (2, 3):
            if k + size > len(lower) or any(plain[lower[j][1] : lower[j + 1][0]] != " " for j in range(k, k + size - 1)):
                break
            phrase = " ".join(w for _, _, w in lower[k : k + size])
            if phrase not in runs or start < doc.body_start:
                continue
            parts = phrase.split()
            if any(p in stop or p in offices for p in parts) or not any(_known_name(p.capitalize()) and p not in common for p in parts):
                continue
            at, proper = runs[phrase]
            found[start] = (lower[k + size - 1][1], proper, at)
    for start, (end, proper, at) in sorted(found.items()):
        yield _slip_hit(doc, start, end, proper, capitalised.get(proper, 1), at if at >= 0 else start)


def _name_candidates(forms: set[str], stop: frozenset[str], common: frozenset[str], titles: set[str], stems: set[str]) -> set[str]:
    """The lowercase forms :func:`_lowercase_known_names` reads: the lowercase form of a capitalised
    word (``titles``), or a word of five letters or more that begins like one (``stems``: "europe"
    beside "European"); function words never."""
    titles_lower = {word.lower() for word in titles}
    sorted_stems = sorted(stems)

    def begins_a_stem(prefix: str) -> bool:
        i = bisect.bisect_left(sorted_stems, prefix)
        return i < len(sorted_stems) and sorted_stems[i].startswith(prefix)

    return {
        word for word in forms
        if word.islower() and word not in stop and (
            word in titles_lower or word.capitalize() in titles
            or len(word) >= 5 and word not in common and begins_a_stem(word.capitalize()[:-1]))
    }


def _slip_candidates(forms: set[str], skip: frozenset[str], acronyms: dict[str, int]) -> set[str]:
    """The lowercase forms :func:`_lowercase_single_slips` reads: words of three letters or more,
    not in ``skip``, that the article also capitalises or writes as an acronym."""
    titles_lower = {word.lower() for word in forms if word[0].isupper() and word[1:].islower()}
    return {word for word in forms if word.islower() and len(word) >= 3 and word not in skip and (word in titles_lower or word in acronyms)}


def _times(count: int) -> str:
    """How often, in words: "once", "twice", "3 times"."""
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def _slip_hit(doc: Document, start: int, end: int, proper: str, count: int, at: int) -> Hit:
    """A name in lowercase at ``start``, pointing to its capitalised form ``proper`` at ``at``."""
    line, col = doc.line_col(at)
    return Hit(
        start,
        end,
        {"match": doc.text[start:end], "proper": proper, "count": _times(max(1, count)), "line": str(line)},
        related=(Related(doc.path, line, col, proper),),
    )


#: An acronym as a story writes it: three to five capitals standing alone ("NATO", "NHS").
_ACRONYM = LazyPattern(r"(?<![\p{L}\p{N}@#/.\-_])\p{Lu}{3,5}(?![\p{L}\p{N}@/_\-'’:])")


def _lowercase_single_slips(doc: Document, reported: set[int], unknown_words: bool = False) -> Iterator[Hit]:
    """A name slipped into lowercase once in a short story, where the frequency test cannot see it.

    Two shapes: a word written in lowercase exactly once while capitalised at least twice, once
    at least alone in the middle of a sentence ("in Wexley will …" … "Station Street, wexley"),
    so it is a name and not an ordinary word that starts names ("Station Street" / "the street");
    and an acronym ("NATO", "NHS") written once in lowercase ("other nato members"). With
    ``unknown_words``, a third: a word of four letters or more that no English word list holds
    (``english-words.txt``), written once in lowercase and capitalised in the middle of a sentence
    alone or after a given name ("Det Sgt Amy Pruett" … "pruett said"), not only inside a longer
    name ("the Institute of Traumatology" … "traumatology"); or capitalised three times or more,
    once at least in mid-sentence even inside a longer name ("across Tarnow Province", "Tarnow's
    hospitals", "Tarnow Health Board" … "the south of tarnow"). Function
    words, ordinary words that are also names (``name-words.txt``), quoted speech and words inside
    addresses and file names (the word pattern) are left alone.
    """
    plain = doc.plain
    from lint.wordlists import number_table

    skip = word_list("function-words.txt") | word_list("name-words.txt") | frozenset(number_table("number-words.txt"))
    capitalised: dict[str, int] = defaultdict(int)
    alone: dict[str, int] = defaultdict(int)
    lower: dict[str, list[tuple[int, int]]] = defaultdict(list)
    first: dict[str, int] = {}
    person: dict[str, int] = defaultdict(int)
    mid: dict[str, int] = defaultdict(int)  # capitalised in mid-sentence, alone or inside a longer name
    labels: set[str] = set()  # capitalised before a colon
    blocks = [(block, _block_words(doc, block)) for block in doc.body_blocks]
    acronyms: dict[str, int] = {}
    for m in _ACRONYM.finditer(plain, doc.body_start):
        if _CAPITALS_AROUND.search(plain, max(0, m.start() - 12), m.start()) or _CAPITALS_AROUND.match(plain, m.end()) \
                or _CAPITAL_BEFORE.search(plain, max(0, m.start() - 30), m.start()) or doc.in_quote(m.start()):
            continue  # a line in capitals ("WALL STREET"), a name ("New START"), a shout in a quote
        acronyms.setdefault(m.group().lower(), m.start())
    # only a word written in lowercase and capitalised (or as an acronym) can be reported, from the
    # forms the article writes: the loops below look at no other word twice
    wanted = _slip_candidates({m.group(1) for _, words in blocks for m in words}, skip, acronyms)
    for _, words in blocks:
        for m in words:
            word = m.group(1)
            if word in wanted and not doc.in_quote(m.start()) and m.start() not in reported:
                lower[word].append((m.start(), m.end()))
    once = {key for key, spans in lower.items() if len(spans) == 1}
    for block, words in blocks:
        for i, m in enumerate(words):
            word = m.group(1)
            key = word.lower()
            if key in once and word[0].isupper() and word[1:].islower():
                capitalised[key] += 1
                first.setdefault(key, m.start())
                if plain.startswith(":", m.end()):
                    labels.add(key)  # a list's or a box's label: "- Dunhaven: +6.1%"
                if block.kind != "heading" and not _sentence_initial(plain, m.start(), block.start):
                    mid[key] += 1
                    if not (_next_to_capital(plain, words, i, -1) or _next_to_capital(plain, words, i, 1)):
                        alone[key] += 1
                        if not (_name_of_before().search(plain, max(block.start, m.start() - 40), m.start())
                                or doc.in_quote(m.start())):
                            person[key] += 1  # not the tail of "the Korean Society of Traumatology", nor a quoted title
                    elif i and is_given_name(words[i - 1].group(1)) and plain[words[i - 1].end() : m.start()] == " ":
                        person[key] += 1  # a surname after a given name: "Det Sgt Amy Pruett"
    for key, spans in sorted(lower.items(), key=lambda kv: kv[1][0]):
        if len(spans) != 1 or key in skip or len(key) < 3:
            continue
        if len(key) >= 6 and key.endswith(_place_endings()) and alone[key] >= 1 and capitalised[key] >= 2:
            at, proper = first[key], key.capitalize()
        elif key in acronyms:
            at, proper = acronyms[key], key.upper()
        elif unknown_words and len(key) >= 4 and (person[key] >= 1 or (mid[key] >= 1 and capitalised[key] >= 3)) \
                and not is_english_word(key):
            at, proper = first[key], key.capitalize()
        elif len(key) >= 6 and key.endswith(_place_endings()) and (mid[key] >= 1 or key in labels) and not is_english_word(key):
            at, proper = first[key], key.capitalize()  # a place no dictionary has, inside a longer name or as a label
        else:
            continue
        yield _slip_hit(doc, spans[0][0], spans[0][1], proper, capitalised.get(key, 1), at)


#: A capitalised word just before (searched up to the acronym) or just after an acronym.
_CAPITALS_AROUND = LazyPattern(r"\p{Lu}{2,}[^\p{L}\n]{1,3}$|[^\p{L}\n]{1,3}\p{Lu}{2,}")


_CAPITAL_BEFORE = LazyPattern(r"\p{Lu}\p{Ll}+[ \t]+$")

@cache
def _name_of_before() -> regex.Pattern[str]:
    """A capitalised word and a joining word (rules/data/name-joining-words.txt) just before a
    word: the word ends a longer name ("Society of Traumatology", "Centre for Biosecurity")."""
    return compile_pattern(rf"\p{{Lu}}\p{{L}}+[ \t]+(?:{alternation_source(word_list('name-joining-words.txt'))})[ \t]+$")


@cache
def _place_endings() -> tuple[str, ...]:
    return tuple(sorted(word_list("place-name-endings.txt")))


def _known_name(word: str) -> bool:
    return is_place(word) or is_given_name(word) or is_demonym(word)


def _next_to_capital(plain: str, words: list[regex.Match[str]], i: int, step: int) -> bool:
    """Whether the word just before (``step`` -1) or after (1) word ``i``, across one blank, is capitalised."""
    j = i + step
    if not 0 <= j < len(words):
        return False
    gap = plain[words[j].end() : words[i].start()] if step < 0 else plain[words[i].end() : words[j].start()]
    return gap == " " and words[j].group(1)[0].isupper()


@analyzer("style.lowercase_sentence_start")
def lowercase_sentence_start(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Sentences and paragraphs that begin with a lowercase word.

    Abbreviations ("U.S. officials", "10 a.m. on"), ellipses, lowercase brands
    ("iPhone", "eBay") and quoted speech are not sentence starts and are skipped.
    """
    abbreviations = word_list("abbreviations.txt")
    rx = _rx()
    introduced = False  # the list that follows continues a sentence ending in a colon
    for block in doc.body_blocks:
        starts: list[int] = []
        head = rx["lead"].match(doc.plain, block.start, block.end)
        # "... several milestones ahead:" then "- next year's summit;": list items run on the lead-in.
        item = doc.plain[block.start : block.end].rstrip()
        fragment = block.kind == "list" and not item.endswith((".", "!", "?", "\"", "”"))
        figure = head is not None and _FIGURE_LEAD.search(doc.plain, block.start, head.end()) is not None
        # a list item that is a fragment ("- a new roof and heating system") and a sentence opening
        # with a figure ("18.2 per cent of patients …", "**2021 and 2023:** wins …") start as they like
        stamp = LEADING_STAMP.match(doc.plain, block.start, block.end)
        if stamp is not None:  # a live blog's entry: its sentence opens after the time stamp
            starts.append(stamp.end())
        elif not (block.kind == "list" and introduced) and not fragment and not figure:
            starts.append(head.end() if head else block.start)
        introduced = doc.plain[block.start : block.end].rstrip().endswith(":") or (introduced and block.kind == "list")
        for m in rx["sentence_end"].finditer(doc.plain, block.start, block.end):
            before = rx["token_before"].search(doc.plain, block.start, m.start())
            token = before.group(1).lower().rstrip(".!?\"”’')]") if before else ""
            if token in abbreviations or "." in token or len(token) <= 1 or doc.text[m.start()] in "*_":
                continue  # "*Who Keeps the Light?* follows …": the mark ends a title in emphasis
            starts.append(m.end())
        for start in starts:
            m = rx["lower_word"].match(doc.plain, start, block.end)
            if m is None or doc.in_quote(start):
                continue
            word = m.group()
            if any(c.isupper() for c in word[1:]) or rx["dotted"].match(doc.plain, start + len(word), start + len(word) + 2):
                continue
            yield Hit(start, start + len(word), {"match": word})
    yield from _lowercase_quote_starts(doc)



#: A figure just before the first word of a block (not a list number, "1." or "2)"): "18.2 per cent".
_FIGURE_LEAD = LazyPattern(r"\d(?:[\d.,]*\d)?[*_:]*\s+$")


#: A sentence's end: a full stop, "?" or "!" (with closing marks), then blanks.
_QUOTE_AFTER_END = LazyPattern(r"[^.\s][.!?][\"”’')\]]*\s+$")


def _lowercase_quote_starts(doc: Document) -> Iterator[Hit]:
    """Quoted sentences that open a paragraph or follow a full stop in lowercase: '… Glenvarrow.
    "you open the lid …"'. A quote inside a sentence ('called it "a quiet book"') is a fragment
    and starts as it likes; so does one that opens with an ellipsis."""
    rx = _rx()
    abbreviations = word_list("abbreviations.txt")
    for quote in doc.quotes:
        inner = quote.start + 1
        m = rx["lower_word"].match(doc.plain, inner, quote.end)
        if m is None or any(c.isupper() for c in m.group()[1:]):
            continue
        block = doc.block_at(quote.start)
        if block is None:
            continue
        before = doc.plain[max(block.start, quote.start - 40) : quote.start]
        if quote.start > block.start:
            if not _QUOTE_AFTER_END.search(before):
                continue
            token = rx["token_before"].search(before.rstrip())
            word = token.group(1).lower().rstrip(".!?\"”’')]") if token else ""
            if word in abbreviations or "." in word:
                continue  # 'a U.S. “national interest”': the full stop ends an abbreviation
        if rx["dotted"].match(doc.plain, m.end(), m.end() + 2):
            continue
        yield Hit(m.start(), m.end(), {"match": m.group()})


@dataclass(frozen=True)
class SentenceLengthOptions:
    """The options of the ``style.uniform_sentence_length`` analyzer."""

    min_sentences: int = option(8, "body sentences below which the rule stays silent")
    max_variation: float = option(0.3, "coefficient of variation of sentence lengths below which it fires")
    max_mean: float = option(27.5, "mean sentence length in words above which the even rhythm is the wire's long compound sentences")
    max_attributed: float = option(0.3, "share of sentences that report speech (said, told, according to) at or above which the rhythm is reported copy")


@analyzer("style.uniform_sentence_length", options=SentenceLengthOptions, fields=("cv", "mean", "n", "low", "high"))
def uniform_sentence_length(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Sentence lengths that hardly vary: the even rhythm of machine-written prose.

    The measure is the coefficient of variation (standard deviation / mean) of the
    body's sentence lengths in words; it does not grow or shrink with the length of
    the article. Too few sentences say nothing, so short texts are not judged.
    """
    opts = rule.options
    lengths = [
        words
        for s, words in zip(doc.sentences, doc.index.sentence_words())
        if s.start >= doc.body_start and (block := doc.block_at(s.start)) is not None and block.kind == "paragraph"
    ]
    if len(lengths) < opts.min_sentences:
        return
    mean = statistics.mean(lengths)
    cv = statistics.stdev(lengths) / mean if mean else 0.0
    if cv >= opts.max_variation or mean > opts.max_mean or _reported_share(doc) >= opts.max_attributed:
        return
    first = next(b for b in doc.body_blocks if b.kind == "paragraph")
    end = min(first.end, first.start + 80)
    yield Hit(
        first.start,
        end,
        {"match": doc.text[first.start : end], "cv": f"{cv:.2f}", "mean": f"{mean:.0f}", "n": str(len(lengths)),
         "low": str(min(lengths)), "high": str(max(lengths))},
    )


def _reported_share(doc: Document) -> float:
    """The share of the body's paragraph sentences that report speech with a plain verb of
    ``rules/data/plain-attribution.txt`` ("…, the minister said", "according to…"): even rhythm in
    copy that attributes every other sentence is the wire's house style, not a generator's."""
    from lint.analyzers.wording import list_pattern

    verbs = list_pattern("plain-attribution.txt")
    sentences = [s for s in doc.sentences if s.start >= doc.body_start
                 and (block := doc.block_at(s.start)) is not None and block.kind == "paragraph"]
    if not sentences:
        return 0.0
    reported = sum(1 for s in sentences if doc.index.search(verbs, s.start, s.end))
    return reported / len(sentences)


#: Markdown emphasis written out: "**Background**", "**FTSE 100 Up:**" (a capital or a digit
#: first, so censored words such as "f**k" are not taken for it).
_MD_BOLD = LazyPattern(r"(?<![\p{L}\p{N}*])(\*\*|__)[\p{Lu}\p{N}][^*_\n]{0,100}?[^\s*_]\1(?![\p{L}\p{N}*])")
#: A Markdown heading or a bullet that opens with bold text, at the start of a line.
_MD_LINE = LazyPattern(r"^[ \t]{0,3}(?:#{1,4}[ \t]+\S|[*+-][ \t]+\*\*\S)", regex.M)


@analyzer("style.markdown_residue")
def markdown_residue(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Markdown markup left as literal characters in a plain-text article.

    A chat assistant answers in Markdown; pasted into a plain-text field, its bold labels and
    headings stay as asterisks and hashes. Only plain-text input is read: in a Markdown file
    the same characters are markup, and an HTML page shows none of them.
    """
    if doc.fmt != "text":
        return
    spans = sorted({(m.start(), m.end()) for m in _MD_BOLD.finditer(doc.text)} |
                   {(m.start(), m.end()) for m in _MD_LINE.finditer(doc.text)})
    for start, end in spans:
        yield Hit(start, end, {"match": doc.text[start:end]})


@dataclass(frozen=True)
class BookismOptions:
    """The options of the ``style.said_bookism`` analyzer."""

    min_kinds: int = option(2, "different showy verbs needed")
    ratio: float = option(1.0, "showy verbs needed per plain 'said'/'told'")


@analyzer("style.said_bookism", options=BookismOptions, fields=("count", "said"))
def said_bookism(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """Showy attribution verbs ("stated", "emphasized", "expressed") that outnumber "said".

    Counted outside quoted speech. The rule needs ``min_kinds`` different showy verbs and at
    least ``ratio`` times as many showy verbs as plain ones, so a wire story with one "stressed"
    among twenty "said" is never reported.
    """
    opts = rule.options
    showy = [m for m in _attribution_index("said-bookisms.txt").finditer(doc) if not doc.in_quote(m.start())]
    plain = [m for m in _attribution_index("plain-attribution.txt").finditer(doc) if not doc.in_quote(m.start())]
    kinds = {m.group().lower() for m in showy}
    if len(kinds) < opts.min_kinds or len(showy) < opts.ratio * len(plain):
        return
    for m in showy:
        yield Hit(m.start(), m.end(), {"match": m.group(), "count": str(len(showy)), "said": str(len(plain))})


@cache
def _attribution_index(name: str) -> PhraseIndex:
    return PhraseIndex.build(sorted(word_list(name)), True)


@analyzer("style.lowercase_country", fields=("proper",))
def lowercase_country(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A country's name written in lowercase ("from the netherlands into germany") where the article
    never capitalises it (STY001 reports the slip beside a capitalised form). Names that are also
    ordinary words ("turkey", "china", "chad": ``name-words.txt``), quotes, and words that are part
    of an address or a handle are left alone."""
    index = doc.index
    text, starts, ends = doc.plain, index.starts, index.ends
    common = word_list("name-words.txt")
    firsts = country_first_words()
    word = _rx()["word"]  # its edges leave out addresses, handles and file names ("germany.de")
    found: dict[int, tuple[int, str]] = {}
    for key, offsets in index.lower_index().items():
        if key not in firsts:
            continue
        for at in offsets:
            if at < doc.body_start or not text[at].islower() or doc.in_quote(at) or not word.match(text, at):
                continue
            i = bisect.bisect_left(starts, at)
            for n in (3, 2, 1):
                last = i + n - 1
                if last >= len(starts) or any(text[ends[k] : starts[k + 1]] != " " for k in range(i, last)):
                    continue
                phrase = text[at : ends[last]]
                edge = word.match(text, starts[last])
                if phrase != phrase.lower() or phrase in common or not edge or (edge.end() != ends[last] and text[edge.end()] not in "'’"):
                    continue
                if is_country_name(phrase):
                    found[at] = (ends[last], phrase)
                    break
    for at, (end, phrase) in sorted(found.items()):
        if doc.text[at:end] == phrase:  # what the file shows, not a masked stand-in
            yield Hit(at, end, {"match": phrase, "proper": " ".join(w.capitalize() for w in phrase.split())})
