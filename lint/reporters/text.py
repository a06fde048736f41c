"""The default, ruff-like output: ``path:line:col: CODE message``, then scores."""

from __future__ import annotations

from collections import Counter

from lint.findings import SEVERITIES
from lint.report import PLAIN, RenderOptions, Report, for_terminal

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "bold": "\033[1m", "dim": "\033[2m"}
_RESET = "\033[0m"


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_COLORS[style]}{text}{_RESET}" if color else text


def _fix_hints(report: Report, color: bool) -> list[str]:
    """One "how to fix" line per rule that fired, so every finding says how to fix it
    without repeating the same advice under each of its occurrences."""
    fired = sorted({f.code for r in report.results for f in r.findings})
    by_code = {rule.code: rule for rule in report.rules}
    hints = [
        f"  {_paint(code, 'dim', color)} {by_code[code].fix}  (more: credlint rule {code})"
        for code in fired
        if code in by_code and by_code[code].fix
    ]
    return ["", "How to fix:", *hints] if hints else []


def render(report: Report, options: RenderOptions = PLAIN) -> str:
    color = options.color
    lines: list[str] = []
    for r in report.results:
        if r.error is not None:
            continue
        for f in r.findings:
            where = _paint(f"{for_terminal(f.path)}:{f.line}:{f.column}:", "bold", color)
            lines.append(f"{where} {_paint(f.code, f.severity, color)} {for_terminal(f.message)}")
    if options.statistics:
        counts = Counter((f.code, f.name, f.severity) for r in report.results for f in r.findings)
        if lines:
            lines.append("")
        for (code, name, severity), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{n:6d}  {_paint(code, severity, color)}  {name}")
    if options.quiet:
        return "\n".join(lines) + ("\n" if lines else "")
    lines.extend(_fix_hints(report, color))
    if lines:
        lines.append("")
    for r in report.results:
        if r.error is not None or r.score is None:
            continue
        errors, warnings, infos = (sum(1 for f in r.findings if f.severity == s) for s in SEVERITIES)
        verdict = _paint("FAIL", "error", color) if report.failing(r) else "ok"
        lines.append(
            f"{for_terminal(r.path)}: score {r.score:.1f} ({r.grade}) · {errors} error{'s' * (errors != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}, {infos} info · {verdict}"
        )
    s = report.summary
    lines.append(
        f"Found {s['findings']} finding{'s' * (s['findings'] != 1)} in {s['linted']} file{'s' * (s['linted'] != 1)}"
        + (f"; {s['below_threshold']} below --fail-under {s['fail_under']:g}" if s["linted"] else "")
        + (f"; {s['input_errors']} could not be read" if s["input_errors"] else "")
        + f" (rule set {s['ruleset']})."
    )
    return "\n".join(lines) + "\n"
