"""The content-hash cache: hits skip linting, any change misses, concurrent runs are safe."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import pytest

import lint.engine
from lint.cache import Cache
from lint.context import Context
from lint.engine import FileResult, LintSettings, run
from lint.rulepack import load_packs
from tests.conftest import ROOT

FARM = ROOT / "examples" / "content-farm-callouts.md"
SCRAPED = ROOT / "examples" / "scraped-page.txt"


@pytest.fixture()
def corpus(tmp_path: Path) -> list[str]:
    out = []
    for i, src in enumerate([FARM, SCRAPED, FARM, SCRAPED, FARM]):
        dst = tmp_path / f"{i}{src.suffix}"
        dst.write_bytes(src.read_bytes())
        out.append(str(dst))
    return out


@pytest.fixture()
def settings(tmp_path: Path) -> LintSettings:
    base = LintSettings(rules=tuple(load_packs()))
    return dataclasses.replace(base, cache=Cache.open(tmp_path / ".credlint_cache", base))


def view(results: list[FileResult]) -> list[tuple]:
    return [(r.path, r.findings, r.facts, r.score, r.error) for r in results]


def forbid_linting(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a, **_k):
        raise AssertionError("a cached file was linted again")

    monkeypatch.setattr(lint.engine, "lint_document", boom)


def record_linting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the paths of the documents actually linted (not served from the cache)."""
    linted: list[str] = []
    real = lint.engine.lint_document

    def spy(doc, s):
        linted.append(doc.path)
        return real(doc, s)

    monkeypatch.setattr(lint.engine, "lint_document", spy)
    return linted


def test_second_run_is_served_from_the_cache_with_identical_results(corpus, settings, monkeypatch):
    first = run(corpus, settings)
    assert any(r.findings for r in first)
    forbid_linting(monkeypatch)
    second = run(corpus, settings)
    assert view(second) == view(first)


def test_cross_file_facts_are_cached_so_cross_file_checks_stay_correct(corpus, settings, monkeypatch):
    corpus_rules = [r for r in settings.rules if r.kind == "corpus"]
    if not corpus_rules:
        pytest.skip("no cross-file rule in the current rule set")
    first = run(corpus, settings)
    assert all(set(r.facts) == {c.code for c in corpus_rules} for r in first)
    forbid_linting(monkeypatch)
    assert view(run(corpus, settings)) == view(first)


def test_an_edited_file_is_linted_again_and_the_others_are_not(corpus, settings, monkeypatch):
    run(corpus, settings)
    Path(corpus[1]).write_text("Fresh headline\n\nLeave a Comment\n", encoding="utf-8")
    linted = record_linting(monkeypatch)
    results = run(corpus, settings)
    assert linted == [corpus[1]]
    assert [f.code for f in results[1].findings] == ["BPL003"]


@pytest.mark.parametrize(
    "change",
    [
        lambda s: dataclasses.replace(s, rules=s.rules[1:]),
        lambda s: dataclasses.replace(s, context=Context(as_of=date(2001, 1, 1))),
        lambda s: dataclasses.replace(s, per_file_ignores=(("*.md", ("FIL",)),)),
        lambda s: dataclasses.replace(s, with_metrics=True),
    ],
    ids=["rules", "as-of", "per-file-ignores", "metrics"],
)
def test_settings_that_change_results_change_the_key(settings, change):
    other = change(dataclasses.replace(settings, cache=None))
    assert Cache.open(settings.cache.root, other).salt != settings.cache.salt


def test_the_same_bytes_under_another_path_are_another_entry(settings):
    assert settings.cache.key("a.md", b"x") != settings.cache.key("b.md", b"x")
    assert settings.cache.key("a.md", b"x") == settings.cache.key("a.md", b"x")


def test_failed_files_are_not_cached(tmp_path, settings):
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    run([str(empty)], settings)
    entries = [p for p in Path(settings.cache.root).rglob("*") if p.is_file() and p.parent.name != ".credlint_cache"]
    assert entries == []


def test_a_corrupt_entry_is_a_miss_not_a_crash(corpus, settings):
    first = run(corpus, settings)
    for entry in Path(settings.cache.root).rglob("*"):
        if entry.is_file() and len(entry.name) > 20:
            entry.write_bytes(b"\x80\x04not a pickle")
    assert view(run(corpus, settings)) == view(first)


def test_cache_folder_is_tagged_and_git_ignored(corpus, settings):
    run(corpus[:1], settings)
    root = Path(settings.cache.root)
    assert (root / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (root / ".gitignore").read_text().splitlines()[-1] == "*"


def _lint_in_another_process(args: tuple[list[str], LintSettings]) -> list[tuple]:
    paths, s = args
    return view(run(paths, s, jobs=2))


def test_concurrent_runs_share_one_cache_safely(corpus, settings):
    """Four runs (each with two workers) race on the same entries: all agree,
    and every entry left behind is complete."""
    with ProcessPoolExecutor(4) as pool:
        outcomes = list(pool.map(_lint_in_another_process, [(corpus, settings)] * 4))
    assert all(o == outcomes[0] for o in outcomes)
    leftovers = [p for p in Path(settings.cache.root).rglob(".tmp-*")]
    assert leftovers == []
    assert view(run(corpus, settings)) == outcomes[0]


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CREDLINT_CACHE_DIR", None)
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_cli_caches_in_the_working_folder_and_no_cache_turns_it_off(tmp_path):
    (tmp_path / "a.md").write_bytes(FARM.read_bytes())
    off = _cli("check", "a.md", "--no-cache", cwd=tmp_path)
    assert not (tmp_path / ".credlint_cache").exists()
    on = _cli("check", "a.md", cwd=tmp_path)
    assert (tmp_path / ".credlint_cache" / "CACHEDIR.TAG").is_file()
    again = _cli("check", "a.md", cwd=tmp_path)
    assert off.stdout == on.stdout == again.stdout and on.returncode == again.returncode == 1


def test_cli_cache_dir_option_and_config_switch(tmp_path):
    (tmp_path / "a.md").write_bytes(FARM.read_bytes())
    _cli("check", "a.md", "--cache-dir", "elsewhere", cwd=tmp_path)
    assert (tmp_path / "elsewhere" / "CACHEDIR.TAG").is_file()
    (tmp_path / "credlint.toml").write_text("cache = false\n", encoding="utf-8")
    _cli("check", "a.md", cwd=tmp_path)
    assert not (tmp_path / ".credlint_cache").exists()


def test_results_with_a_rule_error_are_not_cached(corpus, settings, monkeypatch):
    """A rule that timed out on a file leaves that file's result incomplete: it must be
    linted again next time, not served from the cache."""
    from lint.kinds import RuleTimeout

    real = lint.engine.run_kind
    victim = next(r.code for r in settings.rules if r.kind != "corpus")

    def flaky_rule(doc, rule, ctx):
        if rule.code == victim and doc.path == corpus[0]:
            raise RuleTimeout(f"rule {victim}: pattern took longer than 2s and was stopped")
        return real(doc, rule, ctx)

    monkeypatch.setattr(lint.engine, "run_kind", flaky_rule)
    first = run(corpus[:2], settings)
    assert first[0].rule_errors and not first[1].rule_errors
    monkeypatch.setattr(lint.engine, "run_kind", real)
    linted = record_linting(monkeypatch)
    second = run(corpus[:2], settings)
    assert linted == [corpus[0]]  # the clean file came from the cache, the failed one did not
    assert second[0].rule_errors == []


# -- compiled patterns kept in the cache ---------------------------------------------------------
_COUNT_COMPILES = """
import runpy, sys
import regex
import lint.patterns

compiled = []
real = regex.compile

def counting(source, flags=0, *args, **kwargs):
    compiled.append(source)
    return real(source, flags, *args, **kwargs)

lint.patterns.regex = type(sys)("regex_spy")
lint.patterns.regex.__dict__.update(regex.__dict__)
lint.patterns.regex.compile = counting
sys.argv = ["credlint", *sys.argv[1:]]
try:
    runpy.run_module("lint", run_name="__main__")
finally:
    print(f"compiled {len(compiled)}", file=sys.stderr)
"""


def _metrics(*args: str, cwd: Path, code: str | None = None, seed: str = "0") -> tuple[subprocess.CompletedProcess[str], list]:
    """Run credlint (or ``code`` standing in for it) with JSON output: the process and each file's metrics."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
    head = [sys.executable, "-c", code] if code else [sys.executable, "-m", "lint"]
    proc = subprocess.run([*head, "check", *args, "--format", "json", "--fail-under", "0"], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    files = json.loads(proc.stdout)["files"] if proc.returncode in (0, 1) else []
    return proc, [f.get("metrics") for f in files]


def _compiles(proc: subprocess.CompletedProcess[str]) -> int:
    return int(proc.stderr.rsplit("compiled ", 1)[1].split()[0])


def _changed_copy(src: Path, tmp_path: Path) -> str:
    dst = tmp_path / f"changed{src.suffix}"
    dst.write_text(src.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    return str(dst)


def test_a_changed_file_is_linted_with_the_patterns_an_earlier_run_compiled(tmp_path):
    """The first run compiles the patterns its rules use and stores them; a fresh process
    linting the file after an edit takes every one from the store and finds exactly what a
    run without the cache finds. Another hash seed makes the same pattern text."""
    cache = tmp_path / "cache"
    first, _ = _metrics(str(SCRAPED), "--cache-dir", str(cache), cwd=tmp_path, code=_COUNT_COMPILES, seed="1")
    assert first.returncode in (0, 1), first.stderr
    assert _compiles(first) > 50
    (store,) = (cache / "v1" / "shared").glob("patterns-*")
    stamp = store.stat().st_mtime_ns
    changed = _changed_copy(SCRAPED, tmp_path)
    second, from_store = _metrics(changed, "--cache-dir", str(cache), cwd=tmp_path, code=_COUNT_COMPILES, seed="2")
    assert second.returncode in (0, 1), second.stderr
    assert _compiles(second) == 0
    assert store.stat().st_mtime_ns == stamp  # nothing new: the store was not written again
    fresh, compiled = _metrics(changed, "--no-cache", cwd=tmp_path)
    assert json.loads(second.stdout)["files"][0]["findings"] == json.loads(fresh.stdout)["files"][0]["findings"]
    assert from_store == compiled


def test_a_corrupt_pattern_store_is_compiled_again_and_replaced(tmp_path):
    cache = tmp_path / "cache"
    _metrics(str(SCRAPED), "--cache-dir", str(cache), cwd=tmp_path)
    (store,) = (cache / "v1" / "shared").glob("patterns-*")
    store.write_bytes(b"not a pickle")
    again, _ = _metrics(_changed_copy(SCRAPED, tmp_path), "--cache-dir", str(cache), cwd=tmp_path, code=_COUNT_COMPILES)
    assert again.returncode in (0, 1), again.stderr
    assert _compiles(again) > 50
    (tmp_path / "changed.txt").write_text(SCRAPED.read_text(encoding="utf-8") + "\nAnother line.\n", encoding="utf-8")
    third, _ = _metrics(str(tmp_path / "changed.txt"), "--cache-dir", str(cache), cwd=tmp_path, code=_COUNT_COMPILES)
    assert third.returncode in (0, 1), third.stderr
    assert _compiles(third) == 0
