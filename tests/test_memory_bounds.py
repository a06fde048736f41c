"""What keeps a long run's memory bounded: workers replaced every FILES_PER_WORKER files, the
read-only data loaded once in the parent and shared with its workers, one job linting in this
process up to FILES_IN_PROCESS files, and patterns built from an article's own words not kept by
the process."""

from __future__ import annotations

import gc
import os

import regex

from lint import engine, gazetteer, patterns
from lint.engine import FileResult, LintSettings, lint_paths, lint_target
from lint.rulepack import load_packs

#: An article written for this test: a headline said again in the body (the headline pattern),
#: a capitalised acronym-like word and an invented surname, none of them in any word list.
ARTICLE = (
    "Vexmoor Council Moves to Four-Day Week After Long Debate\n\n"
    "The Vexmoor council moves to a four-day week after long debate, officials said on Monday. "
    '"We listened to staff," said Odile Prangwick, the council\'s director of services. '
    "Prangwick said the QWELTRON scheme starts in May. Vexmoor Council Moves to Four-Day Week After Long Debate.\n"
)


def _articles(folder, count: int, vary: bool = False) -> list[str]:
    """``count`` copies of ARTICLE written to ``folder`` (each with its own place name if ``vary``)."""
    paths = []
    for i in range(count):
        p = folder / f"a{i}.txt"
        p.write_text(ARTICLE.replace("Vexmoor", f"Vexmoor{'e' * i}") if vary else ARTICLE, encoding="utf-8")
        paths.append(str(p))
    return paths


def _pid_of(path: str) -> FileResult:
    """A stand-in for the worker's task that reports which process ran it."""
    return FileResult(path=path, error=str(os.getpid()))


def test_workers_are_replaced_after_their_share_of_files(tmp_path, monkeypatch):
    paths = _articles(tmp_path, 7)
    monkeypatch.setattr(engine, "FILES_PER_WORKER", 2)
    monkeypatch.setattr(engine, "FILES_IN_PROCESS", 3)
    monkeypatch.setattr(engine, "_work", _pid_of)  # workers are forked: they see the stand-in
    settings = LintSettings(rules=())
    for jobs in (1, 2):
        results = list(lint_paths(paths, settings, jobs))
        assert [r.path for r in results] == paths
        assert results[0].error is None  # the first file is linted here, before the first fork
        pids = [r.error for r in results[1:]]
        assert str(os.getpid()) not in pids and None not in pids  # the others only in workers
        # a generation of `jobs` workers lints jobs * 2 files; 6 files take ceil(6 / (jobs * 2)) of them
        generations = -(-len(pids) // (jobs * 2))
        assert len(set(pids)) >= generations
        assert len(set(pids)) <= generations * jobs


def test_one_job_lints_a_short_run_in_this_process(tmp_path, monkeypatch):
    paths = _articles(tmp_path, 4)
    monkeypatch.setattr(engine, "FILES_PER_WORKER", 2)
    monkeypatch.setattr(engine, "_work", _pid_of)
    settings = LintSettings(rules=())
    monkeypatch.setattr(engine, "FILES_IN_PROCESS", 4)
    assert [r.error for r in lint_paths(paths, settings, 1)] == [None] * 4  # no worker: no pid
    monkeypatch.setattr(engine, "FILES_IN_PROCESS", 3)
    assert all(r.error for r in list(lint_paths(paths, settings, 1))[1:])  # one file more: workers


def _what_the_worker_found_loaded(path: str) -> FileResult:
    """A stand-in task: what the forked worker holds before it lints anything itself."""
    declared = set(patterns.declared())
    loaded = {
        "places": gazetteer._places.cache_info().currsize,
        "patterns missing": len(declared - set(patterns.compiled())),
        "frozen": gc.get_freeze_count() > 0,
    }
    return FileResult(path=path, error=repr(sorted(loaded.items())))


def test_workers_share_what_the_parent_loaded_before_forking(tmp_path, monkeypatch):
    paths = _articles(tmp_path, 3)
    gazetteer._places.cache_clear()  # an earlier test of this process may have read it
    monkeypatch.setattr(engine, "FILES_IN_PROCESS", 1)
    monkeypatch.setattr(engine, "_work", _what_the_worker_found_loaded)
    results = list(lint_paths(paths, LintSettings(rules=tuple(load_packs())), 2))
    assert results[0].error is None and results[0].findings  # linted here, with the rule set
    expected = repr(sorted({"places": 1, "patterns missing": 0, "frozen": True}.items()))
    assert [r.error for r in results[1:]] == [expected, expected]
    assert gc.get_freeze_count() == 0  # the parent's objects are collectable again after the run


def test_recycled_workers_find_what_one_process_finds(tmp_path, monkeypatch):
    paths = _articles(tmp_path, 5, vary=True)
    settings = LintSettings(rules=tuple(load_packs()))
    alone = [lint_target(p, settings) for p in paths]
    monkeypatch.setattr(engine, "FILES_PER_WORKER", 2)
    recycled = list(lint_paths(paths, settings, 2))
    assert [(r.path, r.findings, r.facts) for r in recycled] == [(r.path, r.findings, r.facts) for r in alone]
    assert any(r.findings for r in alone)


def test_patterns_of_an_article_are_not_kept(tmp_path):
    settings = LintSettings(rules=tuple(load_packs()))
    path = tmp_path / "vexmoor.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    patterns.transient.cache_clear()  # an earlier test may have linted the same words
    built = patterns.transient.cache_info().misses
    result = lint_target(str(path), settings)
    assert result.error is None
    # the article's own patterns (its headline said again, its surname) were built, in the bounded cache ...
    assert patterns.transient.cache_info().misses > built
    assert patterns.transient.cache_info().currsize <= patterns.TRANSIENT_PATTERNS
    # ... and neither the process's pattern store nor regex's module cache kept one of them
    words = ("Vexmoor", "Prangwick", "QWELTRON")
    assert [source for source, _ in patterns.compiled() if any(w in source for w in words)] == []
    assert [k[0] for k in regex._main._cache if isinstance(k[0], str) and any(w in k[0] for w in words)] == []


def test_a_documents_own_patterns_are_dropped_before_the_next(tmp_path):
    """The patterns built from one article's words (its headline said again, case-insensitive:
    megabytes for a file that is all headline) do not outlive it: after a second article of the
    same shape with other names, the cache holds as many patterns as after the first, not both
    articles' (each document's are dropped before the next one starts)."""
    settings = LintSettings(rules=tuple(load_packs()))
    first, second = tmp_path / "vexmoor.txt", tmp_path / "second.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("Vexmoor", "Tallowby").replace("Prangwick", "Oddsley"), encoding="utf-8")
    assert lint_target(str(first), settings).error is None
    after_first = patterns.transient.cache_info()
    assert after_first.currsize > 0
    assert lint_target(str(second), settings).findings
    assert patterns.transient.cache_info().currsize == after_first.currsize


def test_a_callers_own_frozen_objects_stay_frozen(tmp_path, monkeypatch):
    paths = _articles(tmp_path, 2)
    monkeypatch.setattr(engine, "FILES_IN_PROCESS", 1)
    monkeypatch.setattr(engine, "_work", _pid_of)
    gc.freeze()  # a library user who froze their own objects before calling credlint
    try:
        assert len(list(lint_paths(paths, LintSettings(rules=()), 1))) == 2
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
