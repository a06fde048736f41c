"""Required literals of a pattern: a cheap test that a text cannot hold a match.

A rule-pack ``pattern`` rule used to run every regex over the whole text of every file,
though most of them match in one article out of hundreds. :func:`required_literals`
reads a pattern's parse and derives clauses: every match contains, for each clause, at
least one of its literal strings. :func:`may_match` checks the clauses with ``str.find``
(on the lower-cased text for a case-insensitive pattern); when a clause has no literal
in the text, the regex cannot match and is not run. When it may match, the regex runs
over the whole text as before, so the matches are the same ones.

The derivation is conservative: anything it cannot prove gives no clause for that part
(``None`` for the whole pattern means "always run"): optional and repeated-zero items,
an alternative without a literal, lookarounds (a literal inside one is not part of the
match), inline flag groups, characters whose case folding ``str.lower`` does not
reproduce, and any syntax Python's parser rejects (``\\p{..}`` classes are read as
``\\w``: a one-character class either way, never a literal).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # noqa: N812 - the parser's opcode names
from re import _parser

#: Characters that ``regex``'s case-insensitive matching equates with an ASCII letter but
#: ``str.lower`` does not turn into it (KELVIN SIGN, LATIN SMALL LETTER LONG S...). The
#: lower-cased text is folded with this table as well; a test checks it against every
#: code point.
CASE_FOLD = str.maketrans({"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"})

_PROPERTY = re.compile(r"(?<!\\)((?:\\\\)*)\\[pP]\{[^}]*\}")
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}

Clause = frozenset[str]

#: The flags a pattern's literals depend on (case, multi-line, dot-all, verbose).
LITERAL_FLAGS = re.I | re.M | re.S | re.X


def fold(text: str) -> str:
    """The text as a case-insensitive pattern's literals are looked up in."""
    return text.translate(CASE_FOLD).lower()


def _safe_char(ch: str, ignore_case: bool) -> bool:
    if not ignore_case:
        return True
    return ch.isascii() or (ch.lower() == ch == ch.upper() and not ch.isalpha())


def _best(clauses: list[Clause]) -> Clause | None:
    """The most selective single clause: longest shortest literal, then fewest literals."""
    if not clauses:
        return None
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c)))


def _clauses(items: _parser.SubPattern | list, ignore_case: bool) -> list[Clause] | None:
    """Clauses every match of a sequence satisfies; ``None`` when the sequence holds a
    construct this module does not read (the whole pattern then always runs)."""
    out: list[Clause] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            s = "".join(run)
            out.append(frozenset({fold(s) if ignore_case else s}))
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av)
            if _safe_char(ch, ignore_case):
                run.append(ch)
            else:
                flush()
            continue
        flush()
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~(re.M | re.S | re.X | re.U):
                return None  # an inline case flag changes what a literal matches
            inner = _clauses(sub, ignore_case)
            if inner is None:
                return None
            out.extend(inner)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            inner = _clauses(av, ignore_case)
            if inner is None:
                return None
            out.extend(inner)
        elif op in _REPEATS:
            lo, _hi, sub = av
            if lo >= 1:
                inner = _clauses(sub, ignore_case)
                if inner is None:
                    return None
                out.extend(inner)
        elif op is C.BRANCH:
            _, branches = av
            union: set[str] = set()
            for branch in branches:
                inner = _clauses(branch, ignore_case)
                if inner is None:
                    return None
                best = _best(inner)
                if best is None:
                    union = set()  # a branch without a literal: the alternation proves nothing
                    break
                union |= best
            if union:
                out.append(frozenset(union))
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return None
        # anything else (classes, any, anchors, lookarounds) matches no known literal
    flush()
    return out


def _parse(source: str, flags: int) -> _parser.SubPattern | None:
    """The standard parser's tree of a pattern, each ``\\p{…}`` read as ``\\w`` (which it is one of),
    or ``None`` when the standard parser cannot read the pattern."""
    try:
        return _parser.parse(_PROPERTY.sub(r"\1\\w", source), flags & (re.I | re.M | re.S | re.X))
    except (re.error, ValueError, TypeError, OverflowError, RecursionError):
        return None


@lru_cache(maxsize=None)
def required_literals(source: str, flags: int) -> tuple[Clause, ...] | None:
    """Clauses every match of the pattern satisfies, or ``None`` when none can be proven."""
    ignore_case = bool(flags & re.I)
    parsed = _parse(source, flags)
    if parsed is None:
        return None
    if parsed.state.flags & re.I and not ignore_case:
        return None  # a global (?i) the rule's flags do not carry
    clauses = _clauses(parsed, ignore_case)
    if not clauses:
        return None
    # shortest literals first inside each clause is irrelevant; the most selective clause first
    ordered = sorted(set(clauses), key=lambda c: (-min(map(len, c)), len(c), sorted(c)))
    return tuple(ordered)


def may_match(clauses: tuple[Clause, ...] | None, haystack: str) -> bool:
    """Whether a text can hold a match: ``haystack`` is the text itself for a case-sensitive
    pattern, :func:`fold` of it for a case-insensitive one (whose literals are folded)."""
    if clauses is None:
        return True
    return all(any(lit in haystack for lit in clause) for clause in clauses)


# -- where a match can begin ---------------------------------------------------------------------
#: Flags a pattern may carry for :func:`leading_literals` (``regex`` adds UNICODE and VERSION0 to
#: every pattern it compiles; any other, such as full case folding, changes what a literal matches).
LEAD_FLAGS = int(re.I | re.M | re.S | re.X | re.U) | 0x2000
#: Classes of one character that never match a letter (white space, digits, ``\W``).
_NON_LETTER_CATEGORIES = {C.CATEGORY_SPACE, C.CATEGORY_DIGIT, C.CATEGORY_NOT_WORD}
#: A character range is checked one character at a time up to this size (larger: "may hold a letter").
_MAX_RANGE = 4096

_Lead = tuple[frozenset[str], bool]
#: What :func:`leading_literals` returns: the literals, whether characters may come before one,
#: and where every match begins: at a line start ("line"), at the start of the text ("text") or
#: anywhere ("").
Lead = tuple[frozenset[str], bool, str]


def _non_letter(code: int, ignore_case: bool) -> bool:
    """Whether a character, and under case-insensitive matching each of its case variants, is
    not a letter (``str.isalpha``)."""
    ch = chr(code)
    return not ch.isalpha() and (not ignore_case or ch.isascii() or ch.lower() == ch == ch.upper())


def _class_non_letter(items: list, ignore_case: bool) -> bool:
    """Whether a ``[...]`` class (or one category) can only match characters that are no letters."""
    for op, av in items:
        if op is C.LITERAL:
            if not _non_letter(av, ignore_case):
                return False
        elif op is C.RANGE:
            lo, hi = av
            if hi - lo > _MAX_RANGE or not all(_non_letter(c, ignore_case) for c in range(lo, hi + 1)):
                return False
        elif op is C.CATEGORY:
            if av not in _NON_LETTER_CATEGORIES:
                return False
        else:  # NEGATE and anything else: it may match a letter
            return False
    return True


def _lead(items: _parser.SubPattern | list, ignore_case: bool, consumed: list[bool]) -> _Lead | None:
    """For a sequence: the literals one of which every match begins with, after characters that
    are no letters, and whether the sequence can also match only such characters (it is "open":
    what follows it decides). ``None`` when that cannot be proven. ``consumed`` is set when an
    item met before a literal may match a character."""
    found: set[str] = set()
    items = list(items)
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is C.LITERAL and not _non_letter(av, ignore_case):
            run = []
            # folded whatever the case flag: a case-sensitive literal occurs in the folded text too
            while i < len(items) and items[i][0] is C.LITERAL and _safe_char(chr(items[i][1]), True):
                run.append(chr(items[i][1]))
                i += 1
            if not run:
                return None  # a letter whose case folding ``str.lower`` does not reproduce
            found.add(fold("".join(run)))
            return frozenset(found), False
        step = _lead_item(op, av, ignore_case, consumed)
        if step is None:
            return None
        found |= step[0]
        if not step[1]:
            return frozenset(found), False
        i += 1
    return frozenset(found), True


def _lead_item(op: object, av: object, ignore_case: bool, consumed: list[bool]) -> _Lead | None:
    if op in (C.LITERAL, C.IN, C.CATEGORY):
        consumed[0] = True
    if op is C.LITERAL:  # a character that is no letter (letters start a literal in :func:`_lead`)
        return frozenset(), True
    if op is C.IN:
        return (frozenset(), True) if _class_non_letter(av, ignore_case) else None  # type: ignore[arg-type]
    if op is C.CATEGORY:
        return (frozenset(), True) if av in _NON_LETTER_CATEGORIES else None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: anchors, boundaries, lookarounds
        return frozenset(), True
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        if (add_flags | del_flags) & ~(re.I | re.M | re.S | re.X | re.U):
            return None
        # an inline case flag ((?i:...), (?-i:...)) changes what the group's classes match
        inner_case = (ignore_case or bool(add_flags & re.I)) and not del_flags & re.I
        return _lead(sub, inner_case, consumed)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _lead(av, ignore_case, consumed)  # type: ignore[arg-type]
    if op in _REPEATS:
        lo, hi, sub = av  # type: ignore[misc]
        if hi == 0:
            return frozenset(), True
        inner = _lead(sub, ignore_case, consumed)
        if inner is None:
            return None
        return inner[0], inner[1] or lo == 0
    if op is C.BRANCH:
        found: set[str] = set()
        open_ = False
        for branch in av[1]:  # type: ignore[index]
            inner = _lead(branch, ignore_case, consumed)
            if inner is None:
                return None
            found |= inner[0]
            open_ = open_ or inner[1]
        return frozenset(found), open_
    return None  # any character, a negated literal, a back-reference...: it may start anywhere


#: Zero-width items before which a literal's first letter follows no letter: ``\\b`` (a letter after
#: it has no word character before it), ``^`` and ``\\A``.
_WORD_START_ANCHORS = {C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING}


def _ends_with_non_letter(items: _parser.SubPattern | list, ignore_case: bool) -> bool:
    """Whether every match of a sequence (a lookbehind's) ends with a character that is no letter."""
    items = list(items)
    if not items:
        return False
    op, av = items[-1]
    if op is C.LITERAL:
        return _non_letter(av, ignore_case)  # type: ignore[arg-type]
    if op is C.IN:
        return _class_non_letter(av, ignore_case)  # type: ignore[arg-type]
    if op is C.CATEGORY:
        return av in _NON_LETTER_CATEGORIES
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        return not (add_flags | del_flags) & re.I and _ends_with_non_letter(sub, ignore_case)
    if op in _REPEATS:
        lo, _hi, sub = av  # type: ignore[misc]
        return lo >= 1 and _ends_with_non_letter(sub, ignore_case)
    if op is C.BRANCH:
        return all(_ends_with_non_letter(b, ignore_case) for b in av[1])  # type: ignore[index]
    return False


_Start = tuple[bool, "bool | None"]


def _word_character(items: _parser.SubPattern | list) -> bool:
    """Whether a lookbehind reads one character of a class that holds ``\\w`` (``[\\w@#]``)."""
    items = list(items)
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is C.CATEGORY:
        return av is C.CATEGORY_WORD
    return op is C.IN and all(o is not C.NEGATE for o, _ in av) and (C.CATEGORY, C.CATEGORY_WORD) in av  # type: ignore[union-attr]


def _word_start(items: _parser.SubPattern | list, ignore_case: bool, after_non_letter: bool, word_class: bool) -> _Start:
    """For a sequence entered where the character before is (``after_non_letter``) or may be a
    letter: whether every leading literal it meets stands where the character before is no letter,
    and, for the ways through it that meet no literal, whether the character before their end is
    no letter (``None``: every way meets a literal). With ``word_class``, ``\\w`` in the parsed
    pattern stands for ``\\w`` or ``\\p{L}`` only, so a negative lookbehind of it is a guard too."""
    ok = True
    for op, av in list(items):
        if op is C.LITERAL and not _non_letter(av, ignore_case):
            return ok and after_non_letter, None
        item_ok, after = _word_start_item(op, av, ignore_case, after_non_letter, word_class)
        ok = ok and item_ok
        if after is None:
            return ok, None
        after_non_letter = after
    return ok, after_non_letter


def _word_start_item(op: object, av: object, ignore_case: bool, after_non_letter: bool, word_class: bool) -> _Start:
    if op is C.LITERAL:  # a character that is no letter
        return True, True
    if op is C.IN:
        return _class_non_letter(av, ignore_case), True  # type: ignore[arg-type]
    if op is C.CATEGORY:
        return av in _NON_LETTER_CATEGORIES, True
    if op is C.AT:
        return True, av in _WORD_START_ANCHORS
    if op is C.ASSERT_NOT:
        direction, sub = av  # type: ignore[misc]
        return True, after_non_letter or (word_class and direction < 0 and _word_character(sub))
    if op is C.ASSERT:
        direction, sub = av  # type: ignore[misc]
        return True, after_non_letter or (direction < 0 and _ends_with_non_letter(sub, ignore_case))
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        inner_case = (ignore_case or bool(add_flags & re.I)) and not del_flags & re.I
        return _word_start(sub, inner_case, after_non_letter, word_class)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _word_start(av, ignore_case, after_non_letter, word_class)  # type: ignore[arg-type]
    if op in _REPEATS:
        lo, hi, sub = av  # type: ignore[misc]
        if hi == 0:
            return True, after_non_letter
        first_ok, first = _word_start(sub, ignore_case, after_non_letter, word_class)
        if first is None:
            return first_ok, (after_non_letter if lo == 0 else None)
        # a later turn may be entered after a letter: read at its worst
        later_ok, later = _word_start(sub, ignore_case, False, word_class) if hi != 1 else (True, True)
        after = first and bool(later) and (lo > 0 or after_non_letter)
        return first_ok and later_ok, after
    if op is C.BRANCH:
        ok, ends = True, []
        for branch in av[1]:  # type: ignore[index]
            branch_ok, end = _word_start(branch, ignore_case, after_non_letter, word_class)
            ok = ok and branch_ok
            if end is not None:
                ends.append(end)
        return ok, (all(ends) if ends else None)
    return False, None


@lru_cache(maxsize=None)
def leads_start_words(source: str, flags: int) -> bool:
    """Whether the character before every leading literal of a pattern (:func:`leading_literals`)
    is no letter, or there is none: a ``\\b``, a ``^``, a lookbehind that ends with no letter, a
    negative lookbehind of ``\\p{L}`` or ``\\w`` (when the pattern names no other property) or a
    character the pattern reads that is no letter stands before it, so each literal's first letter
    begins a run of letters (:meth:`lint.textindex.TextIndex.word_start_positions` finds those
    without looking inside words)."""
    if leading_literals(source, flags) is None:
        return False
    try:
        parsed = _parser.parse(_PROPERTY.sub(r"\1\\w", source), flags & (re.I | re.M | re.S | re.X))
    except (re.error, ValueError, TypeError, OverflowError, RecursionError):
        return False
    letters_only = all(m.group().endswith(r"\p{L}") for m in _PROPERTY.finditer(source))
    return _word_start(parsed, bool(flags & re.I), False, letters_only)[0]


@lru_cache(maxsize=None)
def leading_literals(source: str, flags: int) -> Lead | None:
    """Literals one of which every match of the pattern begins with, after characters that are
    no letters (spaces, bullets, punctuation: ``^[ \\t*_]*(?:subscribe|sign\\s+up)`` gives
    "subscribe" and "sign"), each starting with a letter and folded like :func:`fold` (also in a
    case-sensitive pattern: they are looked up in the folded text), whether any character may come before the literal (``False``
    when only anchors, boundaries and lookarounds do: a match then begins at the literal), and
    ``"line"`` (``"text"``) when the pattern opens with ``^`` under MULTILINE (``\\A``, or ``^``
    without it): every match begins at a line start (the start of the text); ``None`` when
    that cannot be proven. A match starts at an occurrence of one of them or in
    the run of non-letters just before it, which is where :func:`lint.kinds.pattern_matches`
    tries the pattern."""
    if flags & ~LEAD_FLAGS:
        return None
    ignore_case = bool(flags & re.I)
    parsed = _parse(source, flags)
    if parsed is None:
        return None
    if bool(parsed.state.flags & re.I) != ignore_case:
        return None  # a global (?i) the rule's flags do not carry
    consumed = [False]
    lead = _lead(parsed, ignore_case, consumed)
    if lead is None or lead[1] or not lead[0]:
        return None
    anchor = ""
    if len(parsed) and parsed[0][0] is C.AT:
        where = parsed[0][1]
        if where is C.AT_BEGINNING_STRING or (where is C.AT_BEGINNING and not flags & re.M):
            anchor = "text"
        elif where is C.AT_BEGINNING:
            anchor = "line"
    return lead[0], consumed[0], anchor
