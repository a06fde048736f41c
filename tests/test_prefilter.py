"""The pattern prefilter (lint/prefilter.py) skips a regex only where it cannot match.

Each check compares the prefiltered matching (``kinds.pattern_matches``) with a plain
``finditer`` over the same text: the spans and groups must be the same, match for match.
"""

from __future__ import annotations

import sys

import pytest
import regex

from lint.document import build_document
from lint.kinds import _patterns, pattern_matches
from lint.prefilter import fold, may_match, required_literals
from lint.rulepack import load_packs

from .conftest import SHARED, need

PATTERN_RULES = [r for r in load_packs() if r.kind == "pattern"]
#: Corpus folders sampled (every n-th file, so each run checks the same articles).
SAMPLE_STEP = 12


def _full(rx: regex.Pattern[str], text: str) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in rx.finditer(text)]


def _assert_same(rule, doc, where: str) -> int:  # type: ignore[no-untyped-def]
    found = 0
    for rx in _patterns(rule):
        full = _full(rx, doc.plain)
        prefiltered = [(m.start(), m.end(), m.groups()) for m in pattern_matches(doc, rule, rx)]
        assert prefiltered == full, f"{rule.code} {rx.pattern[:60]!r} differs on {where}"
        found += len(full)
    return found


def test_pattern_rules_exist_and_most_get_a_prefilter():
    assert len(PATTERN_RULES) >= 10
    sources = [(rx.pattern, rx.flags) for r in PATTERN_RULES for rx in _patterns(r)]
    derived = [s for s in sources if required_literals(*s) is not None]
    assert len(derived) >= len(sources) // 2, "the prefilter derives literals for too few patterns"


@pytest.mark.parametrize("rule", PATTERN_RULES, ids=lambda r: r.code)
def test_same_matches_on_every_rule_example(rule):  # type: ignore[no-untyped-def]
    hits = sum(_assert_same(rule, build_document("t.txt", text), f"example {i}") for i, text in enumerate(rule.bad + rule.good))
    assert hits >= 1, f"{rule.code}: no bad example matched at all, so the comparison proved nothing"


def test_same_matches_on_corpus_articles():
    corpus = need(SHARED / "corpus")
    paths = sorted(p for p in corpus.rglob("*") if p.suffix in {".txt", ".md", ".html"})
    sample = paths[::SAMPLE_STEP]
    assert len(sample) >= 100, f"only {len(sample)} corpus articles sampled"
    seeds = sorted(need(SHARED / "seeds").glob("*.txt"))
    total = 0
    for path in sample + seeds:
        doc = build_document(str(path), path.read_text(encoding="utf-8", errors="replace"))
        for rule in PATTERN_RULES:
            total += _assert_same(rule, doc, str(path))
    assert total > 0, "no pattern matched anywhere in the sample: the comparison proved nothing"


@pytest.mark.parametrize(
    ("source", "flags", "text", "matches"),
    [
        # regex equates KELVIN SIGN with k and LONG S with s; str.lower() does not
        (r"kick", regex.I, "\u212aick off", True),
        (r"best", regex.I, "be\u017ft", True),
        # an optional literal proves nothing; the required one is still checked
        (r"(?:please\s+)?stop", regex.I, "STOP now", True),
        (r"(?:please\s+)?stop", regex.I, "please go", False),
        # an alternative with an empty branch: no literal is required
        (r"(?:foo|)bar?", regex.I, "ba", True),
        # a literal inside a lookbehind or lookahead is not part of the match
        (r"(?<=news)letter", regex.I, "newsletter", True),
        (r"(?<!x)word(?=s)", 0, "words", True),
        # an inline case flag inside the pattern: never prefiltered
        (r"(?i:abc)d", 0, "ABCd", True),
        (r"(?i)abc", 0, "ABC", True),
        # case-sensitive literals stay case-sensitive
        (r"Home\b", 0, "home", False),
        (r"Home\b", 0, "Home page", True),
        # \p{..} classes are one character, never a literal
        (r"\p{L}+ing", regex.I, "RUNNING", True),
        (r"\p{L}+ing", regex.I, "run", False),
        # a group repeated at least once keeps its literal; zero times drops it
        (r"(?:ab)+c", 0, "c", False),
        (r"(?:ab)*c", 0, "c", True),
        # a back-reference: not read
        (r"(a)\1", 0, "aa", True),
    ],
)
def test_tricky_patterns(source: str, flags: int, text: str, matches: bool):
    rx = regex.compile(source, flags | regex.M)
    clauses = required_literals(rx.pattern, rx.flags & (regex.I | regex.M | regex.S | regex.X))
    full = [m.span() for m in rx.finditer(text)]
    assert bool(full) == matches
    haystack = fold(text) if rx.flags & regex.I else text
    if full:
        assert may_match(clauses, haystack), f"{source!r} would be skipped on {text!r}"


def test_case_fold_table_covers_every_code_point():
    """Every character regex's case-insensitive matching equates with a literal character the
    built-in patterns use is turned into that character by ``fold``."""
    chars = sorted({ch for r in PATTERN_RULES for rx in _patterns(r) if rx.flags & regex.I
                    for clause in (required_literals(rx.pattern, rx.flags & (regex.I | regex.M)) or ())
                    for lit in clause for ch in lit})
    assert chars, "no case-insensitive literal derived"
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for ch in chars:
        for u in regex.findall(regex.escape(ch), every, flags=regex.I):
            assert fold(u) == ch, f"{u!r} (U+{ord(u):04X}) matches {ch!r} case-insensitively but folds to {fold(u)!r}"
