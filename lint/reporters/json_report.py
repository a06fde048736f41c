"""The JSON report: a stable contract (schema in lint/schemas/report-v1.schema.json).

Version 1 only ever gains optional fields; renaming or removing one means version 2.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from lint.results import FileResult
from lint.report import PLAIN, RenderOptions, Report

SCHEMA_VERSION = 1


def file_entry(r: FileResult, passed: bool | None) -> dict[str, Any]:
    """One ``files`` entry: a linted file's score, findings and metrics, or its error."""
    entry: dict[str, Any] = {"path": r.path}
    if r.error is not None:
        entry["error"] = r.error
        return entry
    entry.update(
        score=r.score,
        grade=r.grade,
        passed=passed,
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
                "related": [{"path": x.path, "line": x.line, "column": x.column, "text": x.text} for x in f.related],
            }
            for f in r.findings
        ],
    )
    if r.rule_errors:
        entry["rule_errors"] = list(r.rule_errors)
    if r.metrics:
        entry["metrics"] = r.metrics
    return entry


def as_dict(report: Report) -> dict[str, Any]:
    files = [file_entry(r, r.error is None and not report.failing(r)) for r in report.results]
    return {"version": SCHEMA_VERSION, "files": files, "summary": report.summary}


def render(report: Report, options: RenderOptions = PLAIN) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions = PLAIN) -> Iterator[str]:
    """The report's text in pieces, one file entry at a time: exactly ``json.dumps(as_dict(report),
    indent=2)`` and a newline, without holding the whole document (with ``indent``, ``json``
    encodes in Python and keeps every token of a 2,400-file report in a list: about 70 MB)."""
    encode = json.JSONEncoder(indent=2, ensure_ascii=False, allow_nan=False).encode
    yield f'{{\n  "version": {encode(SCHEMA_VERSION)},\n  "files": ['
    for i, r in enumerate(report.results):
        entry = encode(file_entry(r, r.error is None and not report.failing(r)))
        yield ("," if i else "") + "\n    " + entry.replace("\n", "\n    ")  # JSON strings hold no raw line break
    yield ("\n  ]" if report.results else "]") + ',\n  "summary": ' + encode(report.summary).replace("\n", "\n  ") + "\n}\n"
