"""Inline suppression comments, in the HTML-comment style Markdown allows.

``<!-- credlint-disable FIL001,SRC -->`` … ``<!-- credlint-enable -->`` silences
the named rules (codes, prefixes, names or categories; none = all) between the
two comments; ``<!-- credlint-disable-next-line CODE -->`` silences the next
non-blank line. Suppressions are kept as line ranges so that findings made
after the document is gone (cross-file checks) can still be filtered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

import regex

from lint.document import Document
from lint.patterns import LazyPattern
from lint.selection import is_known, matches

if TYPE_CHECKING:
    from lint.rulepack import Rule

_DIRECTIVE = LazyPattern(
    r"<!--\s*credlint-(disable-next-line|disable|enable)\b([^>]*?)-->", regex.I
)


@dataclass(frozen=True, slots=True)
class Suppression:
    """A suppression comment: the lines it covers and the rules it names."""

    first_line: int
    last_line: int  # inclusive
    selectors: tuple[str, ...]  # empty = every rule
    #: Where the comment itself is, and its verb (for warnings about the comment).
    line: int = 0
    verb: str = "disable"

    def covers(self, line: int, code: str, name: str, category: str) -> bool:
        if not self.first_line <= line <= self.last_line:
            return False
        return not self.selectors or matches(self.selectors, code, name, category)


def _selectors(raw: str) -> tuple[str, ...]:
    return tuple(s for s in regex.split(r"[\s,]+", raw.strip()) if s)


def parse_suppressions(doc: Document) -> tuple[Suppression, ...]:
    """Read every credlint directive in the file."""
    if "credlint-" not in doc.text:
        return ()
    out: list[Suppression] = []
    open_blocks: list[tuple[int, tuple[str, ...]]] = []
    last_line = len(doc.line_starts)
    for m in _DIRECTIVE.finditer(doc.text):
        verb = m.group(1).lower()
        sel = _selectors(m.group(2))
        line, _ = doc.line_col(m.start())
        end_line, _ = doc.line_col(m.end())
        if verb == "disable-next-line":
            target = end_line + 1
            while target <= last_line and not doc.text[doc.line_span(target).start : doc.line_span(target).end].strip():
                target += 1
            out.append(Suppression(target, target, sel, line, verb))
        elif verb == "disable":
            open_blocks.append((line, sel))
        else:
            folded = {s.casefold() for s in sel}
            still_open = []
            for start, block_sel in open_blocks:
                if not sel or folded & {s.casefold() for s in block_sel}:
                    out.append(Suppression(start, line, block_sel, start))
                else:
                    still_open.append((start, block_sel))
            open_blocks = still_open
            if sel:  # kept (covering no line) so that a typo in it is reported too
                out.append(Suppression(0, -1, sel, line, verb))
    out.extend(Suppression(start, last_line, sel, start) for start, sel in open_blocks)
    out.sort(key=lambda s: (s.line, s.first_line))
    return tuple(out)


def suppression_problems(
    suppressions: Sequence[Suppression], used: Sequence[int], known: Sequence[Rule], report_unused: bool
) -> list[tuple[int, str]]:
    """(line, warning) for comments that name no rule, and, when asked (like ruff's
    unused-noqa), for comments that suppressed nothing in this run.

    ``used`` holds the indices of the suppressions that silenced a finding;
    ``known`` is every loaded rule, selected or not.
    """
    out: list[tuple[int, str]] = []
    for i, s in enumerate(suppressions):
        unknown = [x for x in s.selectors if not is_known(x, known)]
        for x in unknown:
            out.append((s.line, f"unknown rule '{x}' in a credlint-{s.verb} comment (see 'credlint rules')"))
        if report_unused and s.verb != "enable" and i not in used and not unknown:
            what = ", ".join(s.selectors) if s.selectors else "every rule"
            out.append((s.line, f"unused suppression: credlint-{s.verb} {what} silenced no finding"))
    return out
