"""Issue 2's acceptance on real data: the seeds' FILLER/BOILERPLATE rows, failing seeds, a clean credible corpus."""

from __future__ import annotations

from pathlib import Path

from lint.engine import LintSettings, run
from lint.rulepack import Rule
from tests.conftest import credible_articles

FAMILIES = {"FILLER": "filler", "BOILERPLATE": "boilerplate"}


def _reported(row: dict[str, str], result) -> bool:  # type: ignore[no-untyped-def]
    """A row is reported when a finding of its family sits on its line and covers its snippet."""
    line = int(row["line"])
    want = row["snippet"].casefold()
    for f in result.findings:
        if f.category != FAMILIES[row["family"]]:
            continue
        lines = {f.line, *(r.line for r in f.related if r.path == f.path)}
        if line in lines and (f.snippet.casefold() in want or want in f.snippet.casefold() or want[:12] in f.message.casefold()):
            return True
    return False


def test_every_must_row_of_filler_and_boilerplate_is_reported(expected_rows, seed_results):
    rows = [r for r in expected_rows if r["family"] in FAMILIES and r["priority"] == "must"]
    assert len(rows) >= 20
    missed = [f"{r['file']}:{r['line']} {r['snippet']}" for r in rows if not _reported(r, seed_results[r["file"]])]
    assert not missed, f"not reported: {missed}"


def test_chrome_heavy_seeds_fail(seed_results):
    for prefix in ("000_", "003_", "004_"):
        (result,) = [r for name, r in seed_results.items() if name.startswith(prefix)]
        filler_boilerplate = sum(v for c, v in result.categories.items() if c in FAMILIES.values())
        assert 100 - filler_boilerplate < 60, f"{prefix}: filler and boilerplate alone cost only {filler_boilerplate}"
        assert result.score is not None and result.score < 60


def test_credible_corpus_has_no_filler_or_boilerplate_error(corpus_dir: Path, all_rules: list[Rule]):
    rules = tuple(r for r in all_rules if r.category in FAMILIES.values())
    paths = credible_articles(corpus_dir)
    results = run(paths, LintSettings(rules=rules), jobs=2)
    with_error = [r.path for r in results if any(f.severity == "error" for f in r.findings)]
    assert not with_error, with_error
    any_finding = [r.path for r in results if r.findings]
    print(f"credible articles with any filler/boilerplate finding: {len(any_finding)}/{len(paths)}")
    assert len(any_finding) <= 2
