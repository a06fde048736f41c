"""Helpers shared by the CI reporters (SARIF, GitHub, JUnit, GitLab).

CI systems match findings to files in the repository and track them from one
run to the next, so every CI format needs the same two things: a path written
the way the repository spells it, and a fingerprint that survives lines moving.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from typing import Iterator

from lint.results import FileResult
from lint.findings import SEVERITY_RANK, Finding
from lint.report import Report


def repo_path(path: str) -> str:
    """A path as CI systems expect it: forward slashes, no leading ``./``."""
    norm = path.replace(os.sep, "/")
    while norm.startswith("./"):
        norm = norm[2:]
    return norm


def fingerprinted(result: FileResult) -> Iterator[tuple[Finding, str]]:
    """Each finding with a stable fingerprint.

    The fingerprint hashes the path, the rule and the flagged text (not the
    line), numbered by occurrence so that two identical findings in one file
    stay distinct: an alert keeps its identity when text above it is edited.
    """
    seen: Counter[tuple[str, str]] = Counter()
    for f in result.findings:
        key = (f.code, " ".join(f.snippet.split()).lower())
        seen[key] += 1
        raw = "\0".join((repo_path(f.path), f.code, key[1], str(seen[key])))
        yield f, hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def verdict(report: Report, result: FileResult) -> str:
    """Why a file fails (score under the threshold, findings at --fail-on), or 'passed'."""
    if result.score is None:
        return "not linted"
    reasons = [f"not fully checked ({problem})" for problem in result.rule_errors]
    if result.score < report.fail_under:
        reasons.append(f"score {result.score:.1f} ({result.grade}) is below --fail-under {report.fail_under:g}")
    limit = SEVERITY_RANK[report.fail_on]
    at_level = sum(1 for f in result.findings if SEVERITY_RANK[f.severity] <= limit)
    if at_level:
        reasons.append(f"{at_level} finding{'s' * (at_level != 1)} at --fail-on {report.fail_on} or worse")
    return "; ".join(reasons) if reasons else f"passed with score {result.score:.1f} ({result.grade})"
