"""The annotated HTML report (``--format html``): one self-contained file.

The page has two views. The index (rendered here, in HTML) summarises the run:
a histogram of scores with the ``fail-under`` line, findings per rule,
cross-file findings, and a table of every file, worst first, that the script
sorts and filters. An article's detail (its text with every finding marked,
the explanations, the score gauge, points lost per category, readability) is
rendered by the script on demand from JSON embedded in the page, one
``<script type="application/json">`` element per article, so a run of
thousands of articles is one light page.

Safety: every article text and message is escaped — HTML-escaped where this
module writes markup, JSON-escaped (``<``, ``>``, ``&`` as ``\\u`` escapes) in
the embedded data, and the script only ever sets ``textContent``. The page
carries its own Content-Security-Policy: nothing may be fetched, and only the
page's own script and stylesheet (allowed by their SHA-256 hashes) run, so even
a bug in the escaping could not run a script from an article.

The stylesheet and script are package data (``lint/reporters/html_assets/``).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any

from lint.results import FileResult
from lint.findings import SEVERITIES, Finding
from lint.report import PLAIN, RenderOptions, Report

#: Score bins of the histogram: 0–9.9, 10–19.9, …, 90–100.
BINS = 10
TITLE_CHARS = 110


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("lint.reporters").joinpath("html_assets", name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def _json_for_script(value: Any) -> str:
    """JSON that cannot end its ``<script>`` element or open a comment or CDATA section."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _title(r: FileResult) -> str:
    view = r.view
    if view is None:
        return ""
    meta = dict(view.metadata)
    title = meta.get("title") or next((b.text for b in view.blocks if b.kind == "headline"), "")
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


def _worst_categories(categories: dict[str, float], n: int = 3) -> list[tuple[str, float]]:
    return sorted(((c, v) for c, v in categories.items() if v > 0), key=lambda cv: (-cv[1], cv[0]))[:n]


# -- per-article data -------------------------------------------------------------------
def _article_data(i: int, r: FileResult, index_of: dict[str, int], passed: bool) -> dict[str, Any]:
    """What the script needs to render one article: display blocks and placed findings."""
    view = r.view
    place = view.placer() if view is not None else None

    def marks(line: int, column: int, end_line: int, end_column: int) -> list[tuple[int, int, int]]:
        if view is None or place is None:
            return []
        return place(view.offset(line, column), view.offset(end_line, end_column))

    def related_marks(path: str, line: int, column: int, text: str) -> list[tuple[int, int, int]]:
        if path != r.path:
            return []
        return marks(line, column, line, column + max(1, len(text)))

    findings = []
    for f in r.findings:
        findings.append(
            {
                "code": f.code,
                "sev": f.severity,
                "cat": f.category,
                "line": f.line,
                "col": f.column,
                "endLine": f.end_line,
                "endCol": f.end_column,
                "msg": f.message,
                "snippet": f.snippet,
                "marks": marks(f.line, f.column, f.end_line, f.end_column),
                "related": [
                    {
                        "path": x.path,
                        "file": index_of.get(x.path),
                        "line": x.line,
                        "col": x.column,
                        "text": x.text,
                        "marks": related_marks(x.path, x.line, x.column, x.text),
                    }
                    for x in f.related
                ],
                "back": [],
            }
        )
    _link_back(r.findings, findings)
    return {
        "i": i,
        "path": r.path,
        "score": r.score,
        "grade": r.grade,
        "passed": passed,
        "fmt": view.fmt if view is not None else "",
        "meta": dict(view.metadata) if view is not None else {},
        "blocks": [[b.kind, b.text] for b in view.blocks] if view is not None else [],
        "categories": r.categories,
        "metrics": r.metrics,
        "findings": findings,
    }


def _covers(f: Finding, line: int, column: int) -> bool:
    """Whether a file position falls in a finding's span (the start of an empty one counts)."""
    start, end = (f.line, f.column), (f.end_line, f.end_column)
    return start <= (line, column) < end or (line, column) == start


def _link_back(raw: list[Finding], findings: list[dict[str, Any]]) -> None:
    """``back``: the findings of the same file whose ``related`` points into this one's span."""
    for j, f in enumerate(raw):
        for x in f.related:
            if x.path != f.path:
                continue
            for k, g in enumerate(raw):
                if k != j and _covers(g, x.line, x.column) and j not in findings[k]["back"]:
                    findings[k]["back"].append(j)


# -- the index ------------------------------------------------------------------------
def _histogram(scores: list[float], fail_under: float) -> str:
    counts = [0] * BINS
    for s in scores:
        counts[min(BINS - 1, int(s // (100 / BINS)))] += 1
    height, top_pad, side, bar = 150, 40, 24, 38
    width, axis = 2 * side + BINS * bar, top_pad + height
    most = max(counts) or 1
    parts = [
        f'<svg class="histogram" viewBox="0 0 {width} {axis + 24}" role="img" '
        f'aria-labelledby="hist-title"><title id="hist-title">Scores of {len(scores)} files in bins of 10 points; '
        f"fail-under at {fail_under:g}</title>"
    ]
    for k, n in enumerate(counts):
        h = round(height * n / most) if n else 0
        x = side + k * bar
        low = k * 10
        cls = "bin-fail" if low + 10 <= fail_under else "bin-pass" if low >= fail_under else "bin-mixed"
        parts.append(
            f'<rect class="{cls}" x="{x + 2}" y="{axis - h}" width="{bar - 4}" height="{h}">'
            f"<title>{low}–{low + 10 if k < BINS - 1 else 100}: {_plural(n, 'file')}</title></rect>"
        )
        if n:
            parts.append(f'<text class="count" x="{x + bar / 2}" y="{axis - h - 4}">{n}</text>')
        parts.append(f'<text class="tick" x="{x}" y="{axis + 16}">{low}</text>')
    parts.append(f'<text class="tick" x="{side + BINS * bar}" y="{axis + 16}">100</text>')
    fx = side + fail_under / 100 * BINS * bar
    anchor = "end" if fail_under > 50 else "start"
    parts.append(f'<line class="threshold" x1="{fx}" x2="{fx}" y1="6" y2="{axis + 4}"/>')
    parts.append(
        f'<text class="threshold-label" text-anchor="{anchor}" x="{fx - 5 if anchor == "end" else fx + 5}" y="16">'
        f"fail-under {fail_under:g}</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _rule_counts(report: Report) -> str:
    count: Counter[str] = Counter()
    files: Counter[str] = Counter()
    for r in report.results:
        codes = [f.code for f in r.findings]
        count.update(codes)
        files.update(set(codes))
    if not count:
        return '<p class="muted">No findings.</p>'
    rules = {rule.code: rule for rule in report.rules}
    rows = []
    for code, n in sorted(count.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = rules.get(code)
        name, cat, sev = (rule.name, rule.category, rule.severity) if rule else ("", "", "")
        rows.append(
            f'<tr><td><button type="button" class="link rule-filter" data-rule="{escape(code)}">{escape(code)}</button></td>'
            f"<td>{escape(name)}</td><td><span class=\"cat\" data-cat=\"{escape(cat)}\">{escape(cat)}</span></td>"
            f'<td><span class="sev" data-sev="{escape(sev)}">{escape(sev)}</span></td>'
            f'<td class="num">{n}</td><td class="num">{files[code]}</td></tr>'
        )
    return (
        '<table class="rules"><caption class="sr-only">Findings per rule</caption><thead><tr><th scope="col">rule</th><th scope="col">name</th>'
        '<th scope="col">category</th><th scope="col">severity</th><th scope="col" class="num">findings</th><th scope="col" class="num">files</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _cross_file(report: Report, index_of: dict[str, int]) -> str:
    """Findings that name another file of the run (one expert, two identities), linked both ways."""
    items = []
    for r in report.results:
        for f in r.findings:
            others = [x for x in f.related if x.path != r.path]
            if not others:
                continue
            links = " and ".join(
                f'<a href="#f/{index_of[x.path]}/{x.line}/{x.column}">{escape(x.path)}:{x.line}</a> ({escape(x.text)})'
                if x.path in index_of
                else f"{escape(x.path)}:{x.line} ({escape(x.text)})"
                for x in others
            )
            here = f'<a href="#f/{index_of[r.path]}/{f.line}/{f.column}">{escape(r.path)}:{f.line}</a>'
            items.append(
                f'<li><span class="code">{escape(f.code)}</span> {here}: {escape(f.message)} '
                f'<span class="muted">See</span> {links}</li>'
            )
    if not items:
        return ""
    return (
        '<section aria-labelledby="cross-h"><h2 id="cross-h">Across files</h2>'
        f'<ul class="cross">{"".join(items)}</ul></section>'
    )


def _index_rows(report: Report) -> list[list[Any]]:
    """One compact row per file for the script's table (sorted, filtered and paged there)."""
    rows: list[list[Any]] = []
    for i, r in enumerate(report.results):
        if r.error is not None:
            rows.append([i, r.path, "", None, "", 0, 0, 0, "", "", "", 0, r.error])
            continue
        sev = Counter(f.severity for f in r.findings)
        worst = ", ".join(f"{c} −{v:g}" for c, v in _worst_categories(r.categories))
        rows.append(
            [
                i, r.path, _title(r), r.score, r.grade, sev["error"], sev["warning"], sev["info"], worst,
                " ".join(sorted({f.code for f in r.findings})), " ".join(sorted({f.category for f in r.findings})),
                int(report.failing(r)), None,
            ]
        )
    return rows


def _options(values: list[tuple[str, str]]) -> str:
    return "".join(f'<option value="{escape(v)}">{escape(label)}</option>' for v, label in values)


def render(report: Report, options: RenderOptions = PLAIN) -> str:
    results = report.results
    s = report.summary
    index_of = {r.path: i for i, r in enumerate(results)}
    scores = [r.score for r in results if r.score is not None]
    fired = sorted({(f.code, f.category) for r in results for f in r.findings})
    categories = sorted({c for _, c in fired})
    rules_used = {code for code, _ in fired}
    rules = {
        rule.code: {
            "name": rule.name,
            "category": rule.category,
            "severity": rule.severity,
            "weight": rule.weight,
            "rationale": rule.rationale,
            "fix": rule.fix,
        }
        for rule in report.rules
        if rule.code in rules_used
    }
    data_parts = [
        f'<script type="application/json" id="credlint-rules">{_json_for_script(rules)}</script>',
        f'<script type="application/json" id="credlint-index">{_json_for_script(_index_rows(report))}</script>',
    ]
    for i, r in enumerate(results):
        if r.error is None:
            article = _article_data(i, r, index_of, not report.failing(r))
            data_parts.append(f'<script type="application/json" id="credlint-a{i}">{_json_for_script(article)}</script>')
    css, js = _asset("report.css"), _asset("report.js")
    csp = (
        f"default-src 'none'; script-src {_csp_hash(js)}; style-src {_csp_hash(css)}; "
        "base-uri 'none'; form-action 'none'"
    )
    by_sev = s["by_severity"]
    summary_bits = (
        f"<strong>{s['linted']}</strong> file{'s' if s['linted'] != 1 else ''} linted"
        + (f", <strong>{s['input_errors']}</strong> not readable" if s["input_errors"] else "")
        + f" · mean score <strong>{s['mean_score'] if s['mean_score'] is not None else '–'}</strong>"
        f" · median <strong>{s['median_score'] if s['median_score'] is not None else '–'}</strong>"
        f" · <strong>{s['failing_files']}</strong> failing (score under {report.fail_under:g} or a finding at {escape(report.fail_on)} or worse)"
        f" · {_plural(by_sev['error'], 'error')}, {_plural(by_sev['warning'], 'warning')}, {_plural(by_sev['info'], 'note')}"
    )
    sev_options = [("", "any severity")] + [(v, v) for v in SEVERITIES]
    index = f"""
<section id="index-view" aria-labelledby="index-h">
  <p class="summary">{summary_bits}</p>
  <div class="overview">
    <section aria-labelledby="hist-h"><h2 id="hist-h">Scores</h2>{_histogram(scores, report.fail_under)}</section>
    <section aria-labelledby="rules-h" class="rule-counts"><h2 id="rules-h">Findings per rule</h2>{_rule_counts(report)}</section>
  </div>
  {_cross_file(report, index_of)}
  <h2 id="index-h">Files <span class="muted" id="shown-count"></span></h2>
  <form class="filters" id="filters" role="search" aria-label="Filter files">
    <label>File <input type="search" id="f-text" placeholder="path or title contains…" autocomplete="off"></label>
    <label>Category <select id="f-cat">{_options([("", "any category")] + [(c, c) for c in categories])}</select></label>
    <label>Rule <select id="f-rule">{_options([("", "any rule")] + [(c, f"{c} {rules[c]['name']}") for c, _ in fired if c in rules])}</select></label>
    <label>Severity <select id="f-sev">{_options(sev_options)}</select></label>
    <label class="check"><input type="checkbox" id="f-failing"> failing only</label>
    <button type="reset" class="link">clear</button>
  </form>
  <table class="files" id="files">
    <caption class="sr-only">Every file, worst first; the column buttons sort it</caption>
    <colgroup><col><col class="w-score"><col class="w-grade"><col class="w-count"><col class="w-warn"><col class="w-count"><col class="w-lost"><col class="w-status"></colgroup>
    <thead><tr>
      <th scope="col"><button type="button" data-sort="path">file</button></th>
      <th scope="col" class="num" aria-sort="ascending"><button type="button" data-sort="score">score</button></th>
      <th scope="col">grade</th>
      <th scope="col" class="num"><button type="button" data-sort="errors">errors</button></th>
      <th scope="col" class="num"><button type="button" data-sort="warnings">warnings</button></th>
      <th scope="col" class="num"><button type="button" data-sort="infos">notes</button></th>
      <th scope="col">points lost</th>
      <th scope="col">status</th>
    </tr></thead>
    <tbody></tbody>
  </table>
  <p id="no-match" class="muted" hidden>No file matches these filters.</p>
  <p class="more" id="more" hidden><button type="button" id="show-more">Show more files</button>
    <button type="button" id="show-all" class="link">show all</button></p>
</section>"""
    detail = """
<section id="detail-view" hidden aria-live="polite">
  <nav class="detail-nav" aria-label="Article navigation">
    <a href="#" id="back">← All files</a>
    <a href="#" id="prev-file" rel="prev">↑ previous file</a>
    <a href="#" id="next-file" rel="next">↓ next file</a>
    <span class="muted keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous finding · <kbd>Esc</kbd> back to the list</span>
  </nav>
  <div id="detail"></div>
</section>"""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>credlint report · {s['linted']} files · rule set {escape(str(s['ruleset']))}</title>\n"
        f"<style>{css}</style></head>\n"
        "<body>\n"
        '<header class="top"><h1><a href="#">credlint report</a></h1>'
        f'<p class="muted">credlint {escape(str(s["credlint_version"]))} · rule set {escape(str(s["ruleset"]))} · '
        f"{s['rules']} rules · fail-under {report.fail_under:g} · fail-on {escape(report.fail_on)}</p></header>\n"
        '<noscript><p class="warning">The file list and the annotated articles need JavaScript; the summary, histogram and rule counts do not.</p></noscript>\n'
        f"<main>{index}{detail}</main>\n"
        + "\n".join(data_parts)
        + f"\n<script>{js}</script>\n</body></html>\n"
    )
