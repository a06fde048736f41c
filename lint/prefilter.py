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


@lru_cache(maxsize=None)
def required_literals(source: str, flags: int) -> tuple[Clause, ...] | None:
    """Clauses every match of the pattern satisfies, or ``None`` when none can be proven."""
    ignore_case = bool(flags & re.I)
    try:
        parsed = _parser.parse(_PROPERTY.sub(r"\1\\w", source), flags & (re.I | re.M | re.S | re.X))
    except (re.error, ValueError, TypeError, OverflowError, RecursionError):
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
