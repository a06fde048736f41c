"""JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure, CircleCI).

Each file is one test case named after its path (``file`` names it too, for
GitLab). It fails when the file misses the threshold (score under
``--fail-under`` or a finding at ``--fail-on`` or worse); the failure text
lists the findings as ``path:line:col: CODE message``. Every linted file's
``system-out`` starts with its credibility score, which is where CI test views
show a passing case's details. A file that could not be read is an error.
There are no ``properties`` inside a test case (pytest's xunit2 schema and
strict readers do not allow them), and characters XML 1.0 cannot carry (control
characters an article may contain) become U+FFFD, so the file always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from lint.results import FileResult
from lint.report import PLAIN, RenderOptions, Report
from lint.reporters.ci import repo_path, verdict


#: What XML 1.0 cannot contain, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _element(parent: ET.Element, tag: str, attrs: dict[str, str], text: str | None = None) -> ET.Element:
    """A child element whose attribute values and text are safe for XML 1.0."""
    child = ET.SubElement(parent, tag, {k: _xml(v) for k, v in attrs.items()})
    if text is not None:
        child.text = _xml(text)
    return child


def _finding_lines(r: FileResult) -> str:
    return "\n".join(
        f"{repo_path(f.path)}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}" + (f"\n    fix: {f.fix}" if f.fix else "")
        for f in r.findings
    )


def render(report: Report, options: RenderOptions = PLAIN) -> str:
    s = report.summary
    failures = sum(1 for r in report.results if report.failing(r))
    errors = sum(1 for r in report.results if r.error is not None or r.rule_errors)
    counts = {"tests": str(len(report.results)), "failures": str(failures), "errors": str(errors), "skipped": "0", "time": "0"}
    suites = ET.Element("testsuites", {"name": "credlint", **counts})
    suite = _element(suites, "testsuite", {"name": "credlint", **counts})
    props = _element(suite, "properties", {})
    for name, value in (("ruleset", s["ruleset"]), ("fail_under", f"{s['fail_under']:g}"), ("fail_on", s["fail_on"])):
        _element(props, "property", {"name": name, "value": str(value)})
    for r in report.results:
        path = repo_path(r.path)
        case = _element(suite, "testcase", {"classname": "credlint", "name": path, "file": path, "time": "0"})
        if r.error is not None:
            _element(case, "error", {"type": "input-error", "message": r.error}, r.error)
            continue
        if r.rule_errors:  # a rule failed: the case is an error, whatever its findings
            problems = "\n".join(r.rule_errors)
            _element(case, "error", {"type": "rule-error", "message": r.rule_errors[0]}, problems)
        found = len(r.findings)
        summary = f"credibility score {r.score:.1f} ({r.grade}), {found} finding{'s' * (found != 1)}"
        if r.rule_errors:
            _element(case, "system-out", {}, "\n".join(filter(None, (summary, _finding_lines(r)))))
        elif report.failing(r):  # the findings go in the failure, where CI views show them
            _element(case, "failure", {"type": "credibility", "message": verdict(report, r)}, _finding_lines(r))
            _element(case, "system-out", {}, summary)
        else:
            _element(case, "system-out", {}, "\n".join(filter(None, (summary, _finding_lines(r)))))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
