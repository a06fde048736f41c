"""SARIF 2.1.0, the format GitHub code scanning and most CI dashboards read.

One run; the tool's driver lists every selected rule (rationale and fix as its
help); each finding is a result at its physical location (columns count code
points, as credlint's do; ``endColumn`` is exclusive, as in SARIF); each file
is an artifact whose property bag carries its ``credibility-score`` (code
scanning accepts and ignores artifact properties, other viewers show them).
Relative paths are relative to ``%SRCROOT%``, the folder credlint ran in,
which ``originalUriBaseIds`` records. Files that could not be read become tool
execution notifications, so the log says which inputs were skipped.

No rule has a ``helpUri``: credlint has no documentation site, and the whole
explanation (rationale, fix) is in ``help`` and in ``credlint rule CODE``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from lint import __version__
from lint.findings import Finding
from lint.report import PLAIN, RenderOptions, Report
from lint.reporters.ci import fingerprinted, repo_path, verdict
from lint.rulepack import Rule

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
#: GitHub code scanning's own severity scale (``problem.severity``).
PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}


def artifact_uri(path: str) -> str:
    """A relative URI reference for a path (``corpus.jsonl:7`` → ``corpus.jsonl%3A7``).

    Absolute paths become ``file://`` URIs; relative ones stay relative so that
    code scanning resolves them against the checkout.
    """
    if PurePath(path).is_absolute():
        return PurePath(path).as_uri()
    return quote(repo_path(path), safe="/")


def artifact_location(path: str, index: int | None = None) -> dict[str, Any]:
    """``artifactLocation`` for a path: relative URIs name ``%SRCROOT%`` as their base."""
    uri = artifact_uri(path)
    location: dict[str, Any] = {"uri": uri}
    if not uri.startswith("file:"):
        location["uriBaseId"] = SRCROOT
    if index is not None:
        location["index"] = index
    return location


def _rule(rule: Rule) -> dict[str, Any]:
    title = rule.name.replace("-", " ").capitalize()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": title},
        "fullDescription": {"text": rule.rationale or title},
        "help": {
            "text": f"{rule.rationale}\n\nHow to fix: {rule.fix}".strip(),
            "markdown": f"**{rule.code} {rule.name}** ({rule.category})\n\n{rule.rationale}\n\n**How to fix:** {rule.fix}".strip(),
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "category": rule.category,
            "tags": ["credibility", rule.category],
            "weight": rule.weight,
            "problem.severity": PROBLEM_SEVERITY[rule.severity],
        },
    }


def _region(f: Finding) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": f.line, "startColumn": f.column}
    if (f.end_line, f.end_column) > (f.line, f.column):
        region.update(endLine=f.end_line, endColumn=f.end_column)
    # SARIF's snippet is the region's exact text. credlint's snippet is folded to one
    # line and shortened, so it is only given where it is still exactly that text.
    if f.snippet and f.end_line == f.line and f.end_column - f.column == len(f.snippet):
        region["snippet"] = {"text": f.snippet}
    return region


def _result(f: Finding, fingerprint: str, rule_index: int | None, artifact_index: int) -> dict[str, Any]:
    message = f.message + (f"\nFix: {f.fix}" if f.fix else "")
    result: dict[str, Any] = {
        "ruleId": f.code,
        "level": LEVELS[f.severity],
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(f.path, artifact_index),
                    "region": _region(f),
                }
            }
        ],
        "partialFingerprints": {"credlintFindingHash/v1": fingerprint},
    }
    if rule_index is not None:
        result["ruleIndex"] = rule_index
    if f.related:
        result["relatedLocations"] = [
            {
                "id": i,
                "message": {"text": r.text},
                "physicalLocation": {
                    "artifactLocation": artifact_location(r.path),
                    "region": {"startLine": r.line, "startColumn": r.column},
                },
            }
            for i, r in enumerate(f.related, 1)
        ]
    return result


def as_dict(report: Report) -> dict[str, Any]:
    rule_index = {r.code: i for i, r in enumerate(report.rules)}
    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for res in report.results:
        index = len(artifacts)
        artifact: dict[str, Any] = {"location": artifact_location(res.path)}
        if res.error is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{res.path}: {res.error}"},
                    "locations": [{"physicalLocation": {"artifactLocation": artifact_location(res.path, index)}}],
                }
            )
        else:
            artifact["properties"] = {
                "credibility-score": res.score,
                "grade": res.grade,
                "passed": not report.failing(res),
                "verdict": verdict(report, res),
                "categories": res.categories,
            }
            for problem in res.rule_errors:  # the file was not fully checked: say so
                notifications.append(
                    {
                        "level": "error",
                        "message": {"text": f"{res.path}: {problem}"},
                        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(res.path, index)}}],
                    }
                )
            for f, fp in fingerprinted(res):
                results.append(_result(f, fp, rule_index.get(f.code), index))
        artifacts.append(artifact)
    s = report.summary
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "credlint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(r) for r in report.rules],
            }
        },
        "invocations": [
            {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
        ],
        "originalUriBaseIds": {SRCROOT: {"uri": Path(os.getcwd()).as_uri().rstrip("/") + "/"}},
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "ruleset": s["ruleset"],
            "mean-score": s["mean_score"],
            "fail-under": s["fail_under"],
            "fail-on": s["fail_on"],
            "failing-files": s["failing_files"],
        },
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report, options: RenderOptions = PLAIN) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
