"""What rules report: hits (offsets in one document) and findings (located, ready to print)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

SEVERITIES = ("error", "warning", "info")
#: Lower rank = more severe; used by ``--fail-on``.
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Related:
    """Another place a finding refers to (the other date, the other affiliation)."""

    path: str
    line: int
    column: int
    text: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's raw result inside one document.

    ``start``/``end`` are offsets into the original text. ``values`` fill the
    placeholders of the rule's TOML message (``{match}`` is always available), so
    the message ``credlint rule`` prints is the one users see.
    """

    start: int
    end: int
    values: Mapping[str, str] = field(default_factory=dict)
    related: tuple[Related, ...] = ()


@dataclass(frozen=True, slots=True)
class Located:
    """A hit already turned into file positions, as cross-file checks report it.

    Cross-file analyzers run after the documents are gone (possibly in other
    processes), so what they collect per file carries positions, not offsets.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    snippet: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One red flag at one place in one file.

    Lines and columns are 1-based and count characters (Unicode code points);
    the end position is exclusive, as in LSP and SARIF.
    """

    path: str
    code: str
    name: str
    category: str
    severity: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    snippet: str
    fix: str = ""
    related: tuple[Related, ...] = ()

    def sort_key(self) -> tuple[int, int, str]:
        return (self.line, self.column, self.code)
