"""JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure, CircleCI).

Each file is one test case named after its path. It fails when the file
misses the threshold (score under ``--fail-under`` or a finding at
``--fail-on`` or worse); the failure text lists the findings as
``path:line:col: CODE message``. A file that could not be read is an error.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from lint.engine import FileResult
from lint.report import Report
from lint.reporters.ci import repo_path, verdict


def _finding_lines(r: FileResult) -> str:
    return "\n".join(
        f"{repo_path(f.path)}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}" + (f"\n    fix: {f.fix}" if f.fix else "")
        for f in r.findings
    )


def render(report: Report, color: bool = False) -> str:
    s = report.summary
    failures = sum(1 for r in report.results if report.failing(r))
    errors = sum(1 for r in report.results if r.error is not None)
    counts = {"tests": str(len(report.results)), "failures": str(failures), "errors": str(errors), "skipped": "0", "time": "0"}
    suites = ET.Element("testsuites", {"name": "credlint", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "credlint", **counts})
    props = ET.SubElement(suite, "properties")
    for name, value in (("ruleset", s["ruleset"]), ("fail_under", f"{s['fail_under']:g}"), ("fail_on", s["fail_on"])):
        ET.SubElement(props, "property", {"name": name, "value": str(value)})
    for r in report.results:
        path = repo_path(r.path)
        case = ET.SubElement(suite, "testcase", {"classname": "credlint", "name": path, "file": path, "time": "0"})
        if r.error is not None:
            ET.SubElement(case, "error", {"type": "input-error", "message": r.error}).text = r.error
            continue
        scores = ET.SubElement(case, "properties")
        ET.SubElement(scores, "property", {"name": "credibility-score", "value": f"{r.score:.1f}"})
        ET.SubElement(scores, "property", {"name": "grade", "value": str(r.grade)})
        if report.failing(r):
            ET.SubElement(case, "failure", {"type": "credibility", "message": verdict(report, r)}).text = _finding_lines(r)
        elif r.findings:
            ET.SubElement(case, "system-out").text = _finding_lines(r)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
