"""The JSON report: a stable contract (schema in lint/schemas/report-v1.schema.json).

Version 1 only ever gains optional fields; renaming or removing one means version 2.
"""

from __future__ import annotations

import json
from typing import Any

from lint.report import Report

SCHEMA_VERSION = 1


def as_dict(report: Report) -> dict[str, Any]:
    files = []
    for r in report.results:
        entry: dict[str, Any] = {"path": r.path}
        if r.error is not None:
            entry["error"] = r.error
            files.append(entry)
            continue
        entry.update(
            score=r.score,
            grade=r.grade,
            passed=not report.failing(r),
            categories=r.categories,
            findings=[
                {
                    "code": f.code,
                    "name": f.name,
                    "category": f.category,
                    "severity": f.severity,
                    "line": f.line,
                    "column": f.column,
                    "end_line": f.end_line,
                    "end_column": f.end_column,
                    "message": f.message,
                    "snippet": f.snippet,
                    "fix": f.fix,
                    "related": [
                        {"path": x.path, "line": x.line, "column": x.column, "text": x.text} for x in f.related
                    ],
                }
                for f in r.findings
            ],
        )
        if r.rule_errors:
            entry["rule_errors"] = list(r.rule_errors)
        if r.metrics:
            entry["metrics"] = r.metrics
        files.append(entry)
    return {"version": SCHEMA_VERSION, "files": files, "summary": report.summary}


def render(report: Report, color: bool = False) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
