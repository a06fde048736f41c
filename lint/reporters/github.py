"""GitHub Actions workflow commands: findings become annotations on the pull request.

``::error file=PATH,line=L,col=C,endLine=…,endColumn=…,title=CODE::message`` per
finding (warning findings are warnings, info findings notices), one annotation
per file that misses the threshold, and one per file that could not be read.
Columns are given only for a finding on one line (``endColumn`` exclusive, as
in every credlint format): the runner rejects ``col``/``endColumn`` on an
annotation whose ``line`` and ``endLine`` differ. Values are escaped as the
Actions runner expects (``%``, CR, LF everywhere; also ``:`` and ``,`` in
properties), so a message can never end the command early.
"""

from __future__ import annotations

from lint.findings import Finding
from lint.report import PLAIN, RenderOptions, Report
from lint.reporters.ci import repo_path, verdict

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props: object) -> str:
    """One workflow command line."""
    rendered = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{kind} {rendered}::{escape_data(message)}" if rendered else f"::{kind}::{escape_data(message)}"


def _position(f: Finding) -> dict[str, int]:
    """The runner drops an annotation whose ``col``/``endColumn`` span two lines or run
    backwards, so a finding over several lines is given by its lines alone."""
    if f.end_line != f.line:
        return {"line": f.line, "endLine": f.end_line}
    return {"line": f.line, "col": f.column, "endLine": f.line, "endColumn": max(f.end_column, f.column)}


def render(report: Report, options: RenderOptions = PLAIN) -> str:
    lines: list[str] = []
    for r in report.results:
        path = repo_path(r.path)
        if r.error is not None:
            lines.append(command("error", f"could not lint this file: {r.error}", file=path, title="credlint input error"))
            continue
        for f in r.findings:
            message = f.message + (f"\nFix: {f.fix}" if f.fix else "")
            lines.append(command(COMMANDS[f.severity], message, file=path, **_position(f), title=f.code))
        if report.failing(r):
            lines.append(command("error", f"credlint: {verdict(report, r)}", file=path, title="credlint score"))
    s = report.summary
    lines.append(
        f"credlint: {s['findings']} finding{'s' * (s['findings'] != 1)} in {s['linted']} file{'s' * (s['linted'] != 1)}, "
        f"{s['failing_files']} failing, mean score {s['mean_score']} (rule set {s['ruleset']})"
    )
    return "\n".join(lines) + "\n"
