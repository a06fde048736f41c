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
            entry.write_bytes(b"{not json")
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


def _cli(*args: str, cwd: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(cwd / "user-cache")}
    env.pop("CREDLINT_CACHE_DIR", None)
    env.update(extra_env)
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_cli_caches_in_the_user_cache_folder_and_no_cache_turns_it_off(tmp_path):
    (tmp_path / "a.md").write_bytes(FARM.read_bytes())
    off = _cli("check", "a.md", "--no-cache", cwd=tmp_path)
    assert not (tmp_path / "user-cache").exists()
    on = _cli("check", "a.md", cwd=tmp_path)
    assert (tmp_path / "user-cache" / "credlint" / "CACHEDIR.TAG").is_file()
    again = _cli("check", "a.md", cwd=tmp_path)
    assert off.stdout == on.stdout == again.stdout and on.returncode == again.returncode == 1


def test_cli_cache_dir_option_and_config_switch(tmp_path):
    (tmp_path / "a.md").write_bytes(FARM.read_bytes())
    _cli("check", "a.md", "--cache-dir", "elsewhere", cwd=tmp_path)
    assert (tmp_path / "elsewhere" / "CACHEDIR.TAG").is_file()
    (tmp_path / "credlint.toml").write_text("cache = false\n", encoding="utf-8")
    _cli("check", "a.md", cwd=tmp_path)
    assert not (tmp_path / "user-cache").exists()


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


# -- a cache is data, never code ------------------------------------------------------------------
_PLANT = """
import os, pickle, sys
class Boom:
    def __reduce__(self):
        return (os.system, ("touch " + sys.argv[1],))
payload = pickle.dumps(Boom())
for rel in sys.argv[2:]:
    target = os.path.join(*rel.split("/"))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as fh:
        fh.write(payload)
"""


def test_a_planted_pickle_in_the_checked_folder_never_runs(tmp_path):
    """Issue 18: a pickle that calls os.system, committed as the old pattern store and as
    result entries, in the checked folder and in the cache folder named on the command line."""
    import regex

    (tmp_path / "story.txt").write_bytes(SCRAPED.read_bytes())
    marker = tmp_path / "PWNED"
    py = f"py{sys.version_info[0]}.{sys.version_info[1]}"
    store = f"v1/shared/patterns-regex-{regex.__version__}-{py}"
    places = [f".credlint_cache/{store}", f"mine/{store}", f"user-cache/credlint/{store}"]
    subprocess.run([sys.executable, "-c", _PLANT, str(marker), *places], cwd=tmp_path, check=True)
    for args in (("check", "story.txt"), ("check", "story.txt", "--cache-dir", "mine")):
        proc = _cli(*args, cwd=tmp_path)
        assert proc.returncode in (0, 1), proc.stderr
    assert not marker.exists()
    assert not list((tmp_path / "mine").rglob("*.pickle"))


def test_entries_are_json_and_a_forged_entry_is_a_miss(corpus, settings):
    first = run(corpus[:1], settings)
    (entry,) = [p for p in Path(settings.cache.root).rglob("*.json")]
    stored = json.loads(entry.read_text(encoding="ascii"))
    assert stored["path"] == corpus[0] and stored["findings"][0]["$type"] == "Finding"
    forgeries = [
        {**stored, "findings": [{**stored["findings"][0], "$type": "os.system"}]},
        {**stored, "findings": [{**stored["findings"][0], "line": "1"}]},
        {**stored, "findings": [{**stored["findings"][0], "extra": 1}]},
        {**stored, "path": "other.md"},
        {**stored, "metrics": {"words": float("nan")}},
    ]
    for forged in forgeries:
        entry.write_text(json.dumps(forged), encoding="utf-8")
        assert settings.cache.get(entry.parent.name + entry.stem, corpus[0]) is None
    entry.write_text(json.dumps({**stored, "findings": []}), encoding="utf-8")
    assert settings.cache.get(entry.parent.name + entry.stem, corpus[0]).findings == []  # the key works
    entry.unlink()
    assert view(run(corpus[:1], settings)) == view(first)


def test_default_cache_is_the_user_cache_folder_not_the_checked_one(tmp_path):
    from lint.cache import default_cache_dir

    (tmp_path / "a.md").write_bytes(FARM.read_bytes())
    home = tmp_path / "xdg"
    proc = _cli("check", "a.md", cwd=tmp_path, XDG_CACHE_HOME=str(home))
    assert proc.returncode == 1, proc.stderr
    assert not (tmp_path / ".credlint_cache").exists()
    assert (home / "credlint" / "CACHEDIR.TAG").is_file()
    if sys.platform.startswith("linux"):
        os.environ.pop("CREDLINT_CACHE_DIR", None)
        assert default_cache_dir() == Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "credlint"


def test_a_result_with_the_article_view_is_served_from_the_cache(corpus, tmp_path, monkeypatch):
    """The HTML report's view (blocks with their kinds and offset runs) survives the cache's
    data-only format, so a second --format html run lints nothing again."""
    base = LintSettings(rules=tuple(load_packs()), with_view=True)
    settings = dataclasses.replace(base, cache=Cache.open(tmp_path / ".credlint_cache", base))
    first = run(corpus[:2], settings)
    assert all(r.view is not None and r.view.blocks for r in first)
    forbid_linting(monkeypatch)
    second = run(corpus[:2], settings)
    assert [r.view for r in second] == [r.view for r in first]
