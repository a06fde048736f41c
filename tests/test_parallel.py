"""Parallel runs give exactly the serial result: same findings, same order, same cross-file checks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint.engine import FileResult, LintSettings, run
from lint.rulepack import load_packs
from tests.conftest import ROOT, SEEDS

EXAMPLES = sorted((ROOT / "examples").glob("*.*"))
#: Two short articles written for this test that name one expert with two employers: a
#: cross-file conflict (SRC003) that exists without ../shared, so the parallel run has one to find.
CONFLICT = {
    "transit.txt": 'Council approves transit budget\n\nThe city council approved the transit budget on Monday. '
    '"The plan will cut waiting times," said Marta Quillan, a professor of economics at Portvale University. The vote was 7 to 2.\n',
    "bridge.txt": 'Bridge repairs delayed again\n\nRepairs to the Elm Street bridge will take two more months. '
    '"The steel arrived late," said Marta Quillan, chief economist at Harbor Capital Partners. The bridge reopens in May.\n',
}


def view(results: list[FileResult]) -> list[tuple]:
    return [(r.path, r.findings, r.facts, r.score, r.error, r.rule_errors) for r in results]


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Examples, a cross-file conflict and the seeds (when present) copied many times, with
    bad files mixed in."""
    d = tmp_path_factory.mktemp("par")
    sources = [(p.name, p.read_bytes()) for p in EXAMPLES] + [(n, t.encode()) for n, t in CONFLICT.items()]
    sources += [(p.name, p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))] if SEEDS.exists() else []
    paths = []
    for i in range(6):
        for name, data in sources:
            dst = d / f"{i:02d}_{name}"
            dst.write_bytes(data)
            paths.append(str(dst))
    (d / "empty.md").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02")
    paths[5:5] = [str(d / "empty.md"), str(d / "missing.md"), str(d / "binary.txt")]
    return paths


@pytest.fixture(scope="module")
def settings() -> LintSettings:
    return LintSettings(rules=tuple(load_packs()))


@pytest.fixture(scope="module")
def serial(mixed_corpus, settings) -> list[FileResult]:
    return run(mixed_corpus, settings, jobs=1)


@pytest.mark.parametrize("jobs", [2, 3, 8])
def test_parallel_equals_serial(mixed_corpus, settings, serial, jobs):
    assert view(run(mixed_corpus, settings, jobs=jobs)) == view(serial)


def test_results_keep_input_order_and_bad_files_stay_in_place(mixed_corpus, serial):
    assert [r.path for r in serial] == mixed_corpus
    assert [r.path for r in serial if r.error][:3] == mixed_corpus[5:8]
    assert sum(1 for r in serial if r.error is None and r.findings) > 10


def test_cross_file_rules_see_every_file_in_parallel(mixed_corpus, settings, serial):
    corpus_codes = {r.code for r in settings.rules if r.kind == "corpus"}
    if not corpus_codes:
        pytest.skip("no cross-file rule in the current rule set")
    parallel = run(mixed_corpus, settings, jobs=2)
    linted = [r for r in parallel if r.error is None]
    assert all(set(r.facts) == corpus_codes for r in linted)
    cross = lambda rs: sorted((f.path, f.line, f.code) for r in rs for f in r.findings if f.code in corpus_codes)  # noqa: E731
    assert cross(parallel) == cross(serial)
    flagged = {Path(path).name.split("_", 1)[1] for path, _, _ in cross(serial)}
    assert set(CONFLICT) <= flagged  # not [] == []: the conflict written above is found in both runs


def test_cli_jobs_output_is_byte_identical(tmp_path, mixed_corpus):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}

    def cli(jobs: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "lint", "check", *mixed_corpus, "--jobs", jobs, "--no-cache", "--format", "json"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
        )

    one, two = cli("1"), cli("2")
    assert one.returncode == two.returncode == 2  # the bad files
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert one.stdout.count('"path"') >= len(mixed_corpus)
