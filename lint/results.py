"""What a run produces for each file: its findings and what was learnt on the way.

A :class:`FileResult` is the unit every later layer works with: cross-file rules
read its facts, scoring fills its score, the cache stores it, and reporters read it
through :class:`lint.report.Report`. It lives beside the findings, below the engine,
so that nothing that reads results has to import what produced them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.findings import Finding

if TYPE_CHECKING:  # typing only: a result holds these but never builds them
    from lint.suppress import Suppression
    from lint.view import ArticleView


@dataclass
class FileResult:
    """Everything the reporters need about one file, and nothing more."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    #: Facts collected for corpus rules, by rule code.
    facts: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, float | None] = field(default_factory=dict)
    suppressions: tuple[Suppression, ...] = ()
    #: Indices into ``suppressions`` of the comments that silenced a finding.
    used_suppressions: set[int] = field(default_factory=set)
    #: Set when the file could not be linted at all.
    error: str | None = None
    #: One-line notes (encoding used, a rule that timed out) for verbose output.
    notices: list[str] = field(default_factory=list)
    score: float | None = None
    grade: str | None = None
    categories: dict[str, float] = field(default_factory=dict)
    #: A rule failed on this file (e.g. its regex timed out): exit code 2.
    rule_errors: list[str] = field(default_factory=list)
    #: Problems worth a line on stderr that do not stop linting (e.g. not UTF-8).
    warnings: list[str] = field(default_factory=list)
    #: The article as displayed (headline, blocks, offset maps) for the HTML report.
    view: ArticleView | None = None
