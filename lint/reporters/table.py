"""A score table for researchers: one row per file (tabulate)."""

from __future__ import annotations

from tabulate import tabulate

from lint.findings import SEVERITIES
from lint.metrics import REPORTED
from lint.report import PLAIN, RenderOptions, Report, for_terminal


def _worst(categories: dict[str, float], n: int = 2) -> str:
    ranked = sorted(((v, c) for c, v in categories.items() if v > 0), reverse=True)[:n]
    return ", ".join(f"{c} −{v:g}" for v, c in ranked)


def render(report: Report, options: RenderOptions = PLAIN) -> str:
    headers = ["file", "score", "grade", "errors", "warnings", "info", "worst categories"]
    if report.show_metrics:
        headers += list(REPORTED)
    rows = []
    for r in report.results:
        if r.error is not None:
            continue
        row = [
            for_terminal(r.path),
            f"{r.score:.1f}",
            r.grade,
            *(sum(1 for f in r.findings if f.severity == s) for s in SEVERITIES),
            _worst(r.categories),
        ]
        if report.show_metrics:
            row += ["" if r.metrics.get(m) is None else r.metrics[m] for m in REPORTED]
        rows.append(row)
    s = report.summary
    scores = (
        f"mean score {s['mean_score']:g} · median {s['median_score']:g} · {s['below_threshold']} below {s['fail_under']:g}"
        if s["linted"]
        else "no scores"
    )
    footer = f"\n{s['linted']} file{'s' * (s['linted'] != 1)} · {scores} · rule set {s['ruleset']}\n"
    return tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True) + footer
