"""Inline suppression comments, in the HTML-comment style Markdown allows.

``<!-- credlint-disable FIL001,SRC -->`` … ``<!-- credlint-enable -->`` silences
the named rules (codes, prefixes, names or categories; none = all) between the
two comments; ``<!-- credlint-disable-next-line CODE -->`` silences the next
non-blank line. Suppressions are kept as line ranges so that findings made
after the document is gone (cross-file checks) can still be filtered.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from lint.document import Document
from lint.patterns import LazyPattern

_DIRECTIVE = LazyPattern(
    r"<!--\s*credlint-(disable-next-line|disable|enable)\b([^>]*?)-->", regex.I
)


@dataclass(frozen=True, slots=True)
class Suppression:
    first_line: int
    last_line: int  # inclusive
    selectors: tuple[str, ...]  # empty = every rule

    def covers(self, line: int, code: str, name: str, category: str) -> bool:
        if not self.first_line <= line <= self.last_line:
            return False
        if not self.selectors:
            return True
        return any(
            s == code or s == name or s == category or (s.isupper() and code.startswith(s)) for s in self.selectors
        )


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
            out.append(Suppression(target, target, sel))
        elif verb == "disable":
            open_blocks.append((line, sel))
        else:
            still_open = []
            for start, block_sel in open_blocks:
                if not sel or set(sel) & set(block_sel):
                    out.append(Suppression(start, line, block_sel))
                else:
                    still_open.append((start, block_sel))
            open_blocks = still_open
    out.extend(Suppression(start, last_line, sel) for start, sel in open_blocks)
    return tuple(out)
