"""Results of a distributed run as Arrow tables: one row per article, one per finding.

Every partition produces tables with the same schema (the categories come from the selected
rules, not from what a partition happened to find), so the parts form one dataset that pandas,
Dask, DuckDB, Spark or Polars read as a whole.

articles: ``source`` (input file; null for a collection), ``id``, ``path`` (``FILE:ID``, as
``credlint check`` names it), ``record`` (line, row or position), ``status`` (``linted``,
``skipped``: a bad record, ``failed``: a rule failed on it), ``error``, ``score``, ``grade``,
``passed``, ``findings``, ``errors``, ``warnings``, ``infos``, per category
``findings_CATEGORY`` (count) and ``points_CATEGORY`` (points lost; ``-`` in a category name
becomes ``_``), the metrics ``words``,
``sentences``, ``avg_sentence_words``, ``flesch_reading_ease``, ``flesch_kincaid_grade``, and
``rule_errors``.

findings: ``source``, ``id``, ``path``, ``code``, ``name``, ``category``, ``severity``, ``line``,
``column``, ``end_line``, ``end_column`` (1-based, in characters, end exclusive), ``message``,
``snippet``, ``fix``, ``related`` (list of ``path``, ``line``, ``column``, ``text``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Sequence

from lint.findings import SEVERITIES
from lint.report import fails

if TYPE_CHECKING:
    import pyarrow as pa

    from lint.corpus.pipeline import Article
    from lint.rulepack import Rule

METRICS = ("words", "sentences", "avg_sentence_words", "flesch_reading_ease", "flesch_kincaid_grade")
SEVERITY_COLUMNS = {"error": "errors", "warning": "warnings", "info": "infos"}


def categories(rules: Sequence[Rule]) -> tuple[str, ...]:
    return tuple(sorted({r.category for r in rules}))


def column(prefix: str, category: str) -> str:
    """``findings_ai_tells``: a column name that SQL takes unquoted."""
    return f"{prefix}_{category.replace('-', '_')}"


def article_schema(cats: Iterable[str]) -> pa.Schema:
    import pyarrow as pa

    fields = [
        ("source", pa.string()), ("id", pa.string()), ("path", pa.string()), ("record", pa.int64()),
        ("status", pa.string()), ("error", pa.string()), ("score", pa.float64()), ("grade", pa.string()),
        ("passed", pa.bool_()), ("findings", pa.int32()),
        *((SEVERITY_COLUMNS[s], pa.int32()) for s in SEVERITIES),
    ]
    for c in cats:
        fields += [(column("findings", c), pa.int32()), (column("points", c), pa.float64())]
    fields += [(m, pa.float64()) for m in METRICS]
    fields.append(("rule_errors", pa.list_(pa.string())))
    return pa.schema(fields)


def finding_schema() -> pa.Schema:
    import pyarrow as pa

    related = pa.struct([("path", pa.string()), ("line", pa.int32()), ("column", pa.int32()), ("text", pa.string())])
    return pa.schema(
        [
            ("source", pa.string()), ("id", pa.string()), ("path", pa.string()), ("code", pa.string()),
            ("name", pa.string()), ("category", pa.string()), ("severity", pa.string()),
            ("line", pa.int32()), ("column", pa.int32()), ("end_line", pa.int32()), ("end_column", pa.int32()),
            ("message", pa.string()), ("snippet", pa.string()), ("fix", pa.string()),
            ("related", pa.list_(related)),
        ]
    )


def status(art: Article) -> str:
    if art.result.error is not None:
        return "skipped"
    return "failed" if art.result.rule_errors else "linted"


def to_tables(articles: Sequence[Article], cats: Sequence[str], fail_under: float, fail_on: str) -> tuple[pa.Table, pa.Table]:
    """The article and finding tables of one partition."""
    import pyarrow as pa

    rows: list[dict[str, Any]] = []
    found: list[dict[str, Any]] = []
    for art in articles:
        rec, r = art
        linted = r.error is None
        row: dict[str, Any] = {
            "source": rec.file, "id": rec.ident if linted else None, "path": r.path, "record": rec.number,
            "status": status(art), "error": r.error, "score": r.score, "grade": r.grade,
            "passed": (not fails(r, fail_under, fail_on)) if linted else None,
            "findings": len(r.findings) if linted else None, "rule_errors": list(r.rule_errors),
        }
        for s in SEVERITIES:
            row[SEVERITY_COLUMNS[s]] = sum(1 for f in r.findings if f.severity == s) if linted else None
        for c in cats:
            row[column("findings", c)] = sum(1 for f in r.findings if f.category == c) if linted else None
            row[column("points", c)] = r.categories.get(c, 0.0) if linted else None
        for m in METRICS:
            row[m] = r.metrics.get(m)
        rows.append(row)
        for f in r.findings:
            found.append(
                {
                    "source": rec.file, "id": rec.ident, "path": f.path, "code": f.code, "name": f.name,
                    "category": f.category, "severity": f.severity, "line": f.line, "column": f.column,
                    "end_line": f.end_line, "end_column": f.end_column, "message": f.message,
                    "snippet": f.snippet, "fix": f.fix,
                    "related": [{"path": x.path, "line": x.line, "column": x.column, "text": x.text} for x in f.related],
                }
            )
    return (
        pa.Table.from_pylist(rows, schema=article_schema(cats)),
        pa.Table.from_pylist(found, schema=finding_schema()),
    )
