"""Pattern rules tried only where a match can begin (lint/prefilter.py ``leading_literals``,
lint/kinds.py ``pattern_matches``).

A pattern every match of which begins with one of a few literals, after characters that are no
letters, is tried at the occurrences of those literals (or, when it opens with ``^``, at the
lines whose first letter starts one) instead of at every character. Each check compares what
``pattern_matches`` finds with a plain ``finditer`` over the same text, match for match; the
built-in rules are compared on every example and on the corpora in ``tests/test_prefilter.py``.
"""

from __future__ import annotations

import pytest
import regex

from lint import patterns
from lint.document import build_document
from lint.kinds import _patterns, pattern_matches
from lint.prefilter import leading_literals
from lint.rulepack import load_packs
from lint.textindex import LEAD_SPACING

FLAGS = int(regex.I | regex.M)
PATTERN_RULES = [r for r in load_packs() if r.kind == "pattern"]


def _lead(source: str, flags: int = FLAGS):  # type: ignore[no-untyped-def]
    rx = regex.compile(source, flags)
    return leading_literals(rx.pattern, int(rx.flags))


@pytest.mark.parametrize(
    ("source", "words", "before", "anchor"),
    [
        (r"(?P<hit>(?:renew|sign\s+up)\s+now)", {"renew", "sign"}, False, ""),
        # an optional word before the literal: either may begin the match
        (r"\b(?:kindly\s+)?(?:renew|extend)\b", {"kindly", "renew", "extend"}, False, ""),
        # non-letters (bullets, spaces) may come first, and ``^`` anchors at line starts
        (r"^[ \t*_>•-]*(?P<hit>tickets\s+on\s+sale)", {"tickets"}, True, "line"),
        (r"\A[\s*_#>]*draft\b", {"draft"}, True, "text"),
        # a lookbehind or a branch of anchors is zero-width: no "before", no anchor
        (r"(?:^|(?<=[.!?]\s))renew\b", {"renew"}, False, ""),
        # literals are folded even where the case counts: they are looked up in the folded text
        (r"(?-i:Renew)\s+(?i:now)", {"renew"}, False, ""),
        # a digit class before the literal is no letter
        (r"\d+\s+reasons\b", {"reasons"}, True, ""),
    ],
)
def test_derived(source: str, words: set[str], before: bool, anchor: str) -> None:
    assert _lead(source) == (frozenset(words), before, anchor)


@pytest.mark.parametrize(
    "source",
    [
        r"\w+ing\b",  # a class that holds letters before any literal
        r"[^.]*renew",  # a negated class may match a letter
        r".renew",  # any character
        r"(?:renew|\p{Lu}\w+)",  # a branch without a literal
        r"(?:renew\s+)?",  # may match without any literal
        r"(\w)\1renew",  # a back-reference
        r"[[:alpha:]]renew",  # a POSIX class (read by Python as letters: not proven)
    ],
)
def test_not_derived(source: str) -> None:
    assert _lead(source) is None


def test_other_flags_are_not_read() -> None:
    rx = regex.compile(r"renew", regex.I | regex.FULLCASE)
    assert leading_literals(rx.pattern, int(rx.flags)) is None


def _same(source: str, text: str, flags: int = FLAGS) -> list[tuple[int, int]]:
    rx = regex.compile(source, flags)
    rule = PATTERN_RULES[0]  # only named in a timeout's message
    doc = build_document("t.txt", text)
    full = [(m.span(), m.groups()) for m in rx.finditer(doc.plain)]
    led = [(m.span(), m.groups()) for m in pattern_matches(doc, rule, rx)]
    assert led == full, (source, text)
    return [span for span, _ in full]


@pytest.mark.parametrize(
    ("source", "text", "spans"),
    [
        # no \b: a match may begin inside a word
        (r"renew\s+now", "Please prerenew now.", [(10, 19)]),
        # overlapping occurrences of a literal: the second one starts the match
        (r"aab", "x aaab y", [(3, 6)]),
        # matches never overlap, as in a scan
        (r"renew(?:\s+renew)*", "renew renew renew", [(0, 17)]),
        # a run of bullets and spaces before the literal
        (r"[*•\s]*renew", "Text. ** • renew it", [(5, 16)]),
        # ^ under MULTILINE: only after \n (regex reads no other line break there)
        (r"^[ \t*]*renew\b", "a\n  * Renew\rrenew\r\nrenew", [(2, 11), (19, 24)]),
        # a line whose first letter is on a later line (the class crosses line breaks)
        (r"^[\W_]*renew", "one\n--\n\nrenew", [(4, 13)]),
        # \A and ^ without MULTILINE: the start of the text only
        (r"\A\s*renew", "  renew\nrenew", [(0, 7)]),
        # regex equates KELVIN SIGN with k: the folded text finds it
        (r"\bkick\s+off", "They \u212aick off today.", [(5, 13)]),
        # a case-sensitive pattern (and an inline case-sensitive group) finds only its own case
        (r"(?-i:Renew)\b", "renew Renew RENEW", [(6, 11)]),
        # a lookbehind sees the text before the place the pattern is tried
        (r"(?<=[.!?]\s)renew\b", "Now. Renew! renew", [(5, 10), (12, 17)]),
    ],
)
def test_same_matches_as_a_scan(source: str, text: str, spans: list[tuple[int, int]]) -> None:
    assert _same(source, text, FLAGS if not source.startswith(r"\A") else int(regex.I)) == spans


def test_a_case_sensitive_pattern() -> None:
    assert _lead(r"^\s*Home\b", int(regex.M)) == (frozenset({"home"}), True, "line")
    assert _same(r"^\s*Home\b", "home\n Home page\nHOME", int(regex.M)) == [(5, 10)]


def test_a_common_literal_falls_back_to_a_scan() -> None:
    """A literal that occurs more often than once per ``LEAD_SPACING`` characters (here "e"):
    the pattern scans the text, with the same matches."""
    text = "e " * LEAD_SPACING + "email me, e-mail us"
    assert _same(r"\be-?mail\b", text) == [(2 * LEAD_SPACING, 2 * LEAD_SPACING + 5), (2 * LEAD_SPACING + 10, 2 * LEAD_SPACING + 16)]


def test_line_heads() -> None:
    doc = build_document("t.txt", "Alpha\n  - beta\n\n--\n\ngamma\n12\n")
    assert doc.index.line_heads() == [(0, 0), (6, 10), (15, 20), (16, 20), (19, 20), (20, 20)]


def test_every_rule_pattern_reads_its_lead_from_the_store() -> None:
    """The lead of every built-in pattern is what this process derives, and most patterns have one."""
    sources = [rx for r in PATTERN_RULES for rx in _patterns(r)]
    derived = [rx for rx in sources if patterns.leads(rx) is not None]
    assert len(derived) >= len(sources) * 3 // 4, "too few patterns are tried at their leading literals"
    for rx in sources:
        assert patterns.leads(rx) == leading_literals.__wrapped__(rx.pattern, int(rx.flags)), rx.pattern
