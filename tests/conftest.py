"""Shared fixtures: where the team's shared data lives, and small helpers to lint text."""

from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path

import pytest

from lint.engine import FileResult, LintSettings, run
from lint.examples import lint_text  # the tests' helper to lint a string
from lint.findings import Finding
from lint.rulepack import Rule, load_packs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "dev"


def need(path: Path) -> Path:
    """Skip (with the reason) when the shared data is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is not available (the shared/ folder sits beside the repository in CI)")
    return path


def credible_articles(corpus_dir: Path) -> list[str]:
    """The professional articles of the development corpus; none at all is an error, never a
    test that passes because it had nothing to check."""
    paths = sorted(str(p) for p in (corpus_dir / "credible").glob("*.txt"))
    assert len(paths) >= 50, f"{corpus_dir / 'credible'} holds {len(paths)} articles; the corpus has 100"
    return paths


@cache
def rules_by_code() -> dict[str, Rule]:
    """Every built-in rule, by its code (loaded on first use)."""
    return {r.code: r for r in load_packs()}


def codes(text: str, *wanted: str, fmt: str = "text") -> list[str]:
    """The codes of what the rules ``wanted`` report in ``text``, linted with those rules alone
    as a ``fmt`` file (one finding, one code)."""
    return [f.code for f in lint_text(text, [rules_by_code()[c] for c in wanted], fmt=fmt).findings]  # type: ignore[arg-type]


def findings(text: str, code: str, fmt: str = "text") -> list[Finding]:
    """What rule ``code`` reports in ``text``, linted with that rule alone as a ``fmt`` file."""
    return [f for f in lint_text(text, [rules_by_code()[code]], fmt=fmt).findings if f.code == code]  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def all_rules() -> list[Rule]:
    return load_packs()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need(SEEDS)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return need(CORPUS)


@pytest.fixture(scope="session")
def expected_rows(seeds_dir: Path) -> list[dict[str, str]]:
    with open(seeds_dir / "expected.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@pytest.fixture(scope="session")
def seed_results(seeds_dir: Path, all_rules: list[Rule]) -> dict[str, FileResult]:
    """All seeds linted together in one run (cross-file checks included)."""
    paths = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    return {Path(r.path).name: r for r in run(paths, LintSettings(rules=tuple(all_rules)), jobs=1)}


#: Set by .ci/run for the full run (with ../shared beside the checkout): there, a test that
#: skips (data or a tool missing) fails instead, so CI never passes by skipping.
REQUIRE_ALL = "CREDLINT_REQUIRE_ALL"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get(REQUIRE_ALL) and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped ({reason}), but {REQUIRE_ALL} is set: CI runs every test"
