"""The run as reporters see it: per-file results plus a summary."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

from lint import __version__
from lint.engine import FileResult
from lint.findings import SEVERITIES, SEVERITY_RANK
from lint.rulepack import Rule, ruleset_hash
from lint.score import worse_grade

#: The best grade a file that fails the run (by score or by --fail-on) can carry.
FAILING_GRADE = "C"


@dataclass
class Report:
    results: list[FileResult]
    rules: list[Rule]
    fail_under: float
    fail_on: str
    show_metrics: bool = False
    summary: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for r in self.results:
            if r.grade is not None and self.failing(r):
                r.grade = worse_grade(r.grade, FAILING_GRADE)  # a file that fails the run is never an A or a B
        self.summary = summarize(self)

    def failing(self, result: FileResult) -> bool:
        """Whether one file misses the threshold or has a finding at ``fail_on`` or worse."""
        return fails(result, self.fail_under, self.fail_on)


def fails(result: FileResult, fail_under: float, fail_on: str) -> bool:
    """Whether one linted file scores under ``fail_under`` or has a finding at ``fail_on`` or worse."""
    if result.error is not None or result.score is None:
        return False
    limit = SEVERITY_RANK[fail_on]
    return result.score < fail_under or any(SEVERITY_RANK[f.severity] <= limit for f in result.findings)


def summarize(report: Report) -> dict[str, Any]:
    linted = [r for r in report.results if r.error is None]
    scores = [r.score for r in linted if r.score is not None]
    by_severity = {s: sum(1 for r in linted for f in r.findings if f.severity == s) for s in SEVERITIES}
    return {
        "credlint_version": __version__,
        "ruleset": ruleset_hash(report.rules),
        "rules": len(report.rules),
        "files": len(report.results),
        "linted": len(linted),
        "input_errors": len(report.results) - len(linted),
        "findings": sum(by_severity.values()),
        "by_severity": by_severity,
        "mean_score": round(statistics.fmean(scores), 1) if scores else None,
        "median_score": round(statistics.median(scores), 1) if scores else None,
        "fail_under": report.fail_under,
        "fail_on": report.fail_on,
        "below_threshold": sum(1 for s in scores if s < report.fail_under),
        "failing_files": sum(1 for r in linted if report.failing(r)),
    }
