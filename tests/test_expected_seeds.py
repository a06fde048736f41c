"""Recall on the seed articles: every `must` row of expected.tsv, and 80 % of the `should` rows.

A row is found when a finding of the row's family sits on the row's line, or names that
line among its related places, and its snippet or message shares the row's words
(containment either way, or half of the shorter text's words). Recall is printed per
family and priority (run with -s to see it).
"""

from __future__ import annotations

from collections import defaultdict

import regex

from lint.engine import FileResult
from lint.findings import Finding

FAMILY = {
    "FILLER": "filler",
    "BOILERPLATE": "boilerplate",
    "SOURCING": "sourcing",
    "DATES": "dates",
    "STRUCTURE": "structure",
    "CITATION": "citations",
    "AITELL": "ai-tells",
    "STYLE": "style",
}
_WORDS = regex.compile(r"[\p{L}\p{N}]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text)]


def overlaps(a: str, b: str) -> bool:
    """Whether two texts are about the same words (either contains the other, or half shared)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    ja, jb = " ".join(wa), " ".join(wb)
    if ja in jb or jb in ja:
        return True
    shorter, longer = (wa, set(wb)) if len(wa) <= len(wb) else (wb, set(wa))
    return sum(w in longer for w in shorter) * 2 >= len(shorter)


def matches(row: dict[str, str], finding: Finding) -> bool:
    if finding.category != FAMILY[row["family"]]:
        return False
    line = int(row["line"])
    on_line = finding.line <= line <= finding.end_line or any(r.line == line for r in finding.related)
    return on_line and (overlaps(finding.snippet, row["snippet"]) or overlaps(finding.message, row["snippet"]))


def _found(rows: list[dict[str, str]], results: dict[str, FileResult]) -> list[tuple[dict[str, str], bool]]:
    out = []
    for row in rows:
        result = results.get(row["file"])
        out.append((row, result is not None and any(matches(row, f) for f in result.findings)))
    return out


def test_overlap_helper_is_strict_enough() -> None:
    assert overlaps("Krutakov,another political scientist", "Leonid Krutakov,another political scientist,outlined")
    assert not overlaps("a ceasefire in the port", "stock market rose on Monday")


def test_expected_rows_recall(expected_rows: list[dict[str, str]], seed_results: dict[str, FileResult]) -> None:
    found = _found(expected_rows, seed_results)
    table: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for row, ok in found:
        table[(row["family"], row["priority"])].append(ok)
    print("\nexpected.tsv recall (family, priority: found/rows)")
    for (family, priority), oks in sorted(table.items()):
        print(f"  {family:12} {priority:7} {sum(oks)}/{len(oks)}")

    must_missing = [r for r, ok in found if r["priority"] == "must" and not ok]
    assert not must_missing, "must rows not reported:\n" + "\n".join(
        f"{r['file']}:{r['line']} {r['family']} {r['snippet']!r} ({r['note']})" for r in must_missing
    )
    should = [(r, ok) for r, ok in found if r["priority"] == "should"]
    recall = sum(ok for _, ok in should) / len(should) if should else 1.0
    print(f"  should recall: {recall:.0%}")
    assert recall >= 0.8, "should rows missed:\n" + "\n".join(
        f"{r['file']}:{r['line']} {r['family']} {r['snippet']!r}" for r, ok in should if not ok
    )
