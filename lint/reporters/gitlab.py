"""GitLab Code Quality JSON (``artifacts: reports: codequality``).

A list of issues: ``description``, ``check_name``, ``fingerprint`` (unique per
issue: GitLab keeps only the first issue of a fingerprint), ``severity`` on
GitLab's scale and ``location.path`` with ``positions``. Files that could not
be read are reported as a blocker issue at line 1, so a broken input is seen
in the merge request rather than silently dropped.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from lint.report import PLAIN, RenderOptions, Report
from lint.reporters.ci import fingerprinted, repo_path

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _tool_issue(path: str, check: str, description: str, identity: str) -> dict[str, Any]:
    """An issue about credlint's own run on a file (it could not read it, a rule failed)."""
    return {
        "type": "issue",
        "check_name": f"credlint/{check}",
        "description": description,
        "categories": ["Bug Risk"],
        "severity": "blocker",
        "fingerprint": hashlib.sha256(f"{path}\0{identity}".encode()).hexdigest()[:32],
        "location": {"path": path, "lines": {"begin": 1}},
    }


def as_list(report: Report) -> list[dict[str, Any]]:
    issues: list[dict[str, Any]] = []
    for r in report.results:
        path = repo_path(r.path)
        if r.error is not None:
            issues.append(_tool_issue(path, "input-error", f"credlint could not lint this file: {r.error}", "input-error"))
            continue
        for problem in r.rule_errors:
            issues.append(_tool_issue(path, "rule-error", f"credlint did not fully check this file: {problem}", f"rule-error\0{problem}"))
        for f, fp in fingerprinted(r):
            issues.append(
                {
                    "type": "issue",
                    "check_name": f.code,
                    "description": f"{f.code} {f.message}" + (f" Fix: {f.fix}" if f.fix else ""),
                    "content": {"body": f"{f.name} ({f.category}): `{f.snippet}`"},
                    "categories": ["Style"],
                    "severity": SEVERITIES[f.severity],
                    "fingerprint": fp,
                    "location": {
                        "path": path,
                        "positions": {
                            "begin": {"line": f.line, "column": f.column},
                            "end": {"line": f.end_line, "column": f.end_column},
                        },
                    },
                }
            )
    return issues


def render(report: Report, options: RenderOptions = PLAIN) -> str:
    return json.dumps(as_list(report), indent=2, ensure_ascii=False) + "\n"
