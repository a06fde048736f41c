"""Readability: figures reported per file, and only extremes flagged."""

from __future__ import annotations

from pathlib import Path

from lint.document import build_document
from lint.engine import LintSettings, run
from lint.metrics import METRICS, REPORTED
from lint.rulepack import load_pack
from tests.conftest import ROOT, credible_articles

RULES = load_pack(ROOT / "rules" / "readability.toml")


def test_metrics_reported_and_no_professional_article_flagged(corpus_dir: Path) -> None:
    paths = credible_articles(corpus_dir)
    results = run(paths, LintSettings(rules=tuple(RULES), with_metrics=True))
    assert all(r.metrics.get("flesch_reading_ease") is not None for r in results)
    assert not [(r.path, f.code) for r in results for f in r.findings]


def test_thresholds_sit_outside_the_professional_range(corpus_dir: Path) -> None:
    """Each rule's bound lies beyond every professional article's value: it flags extremes only."""
    paths = credible_articles(corpus_dir)
    results = run(paths, LintSettings(rules=(), with_metrics=True))
    for rule in RULES:
        name = rule.params["metric"]
        if name in REPORTED:
            values = [r.metrics[name] for r in results if r.metrics.get(name) is not None]
        else:  # a rule's own measure, not in the per-file report: measure the documents
            docs = [build_document(str(p), p.read_text(encoding="utf-8")) for p in map(Path, paths)]
            values = [v for d in docs if (v := METRICS[name](d)) is not None]
        assert values, rule.code
        if "min" in rule.params:
            assert min(values) > rule.params["min"], rule.code
        if "max" in rule.params:
            assert max(values) < rule.params["max"], rule.code
