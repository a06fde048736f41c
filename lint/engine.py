"""The runner: inputs → documents → rules → findings → (cross-file checks) → scores.

Data flows one way. :func:`run_inputs` takes everything a run reads (files,
standard input, the articles of JSONL corpora: :mod:`lint.inputs`). Each file is
loaded, linted and reduced to a small :class:`~lint.results.FileResult`
(findings, facts for cross-file rules, metrics) in whichever process handles it;
documents never leave that process, so memory stays flat however many files there
are. Cross-file rules then run once on the collected facts, every file is scored
last, and the results come back in input order.
"""

from __future__ import annotations

import itertools
import os
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from lint.analyzers import get_analyzer
from lint.document import Document, Format
from lint.errors import CredlintError, InputError
from lint.findings import Finding, Hit, Located, Related
from lint.inputs import STDIN, Inputs
from lint.jsonl import Article, read_corpus
from lint.kinds import RuleTimeout, run_kind
from lint.loader import format_for, make_document, path_matches, read_file, read_stdin, text_document
from lint.patterns import forget_transient_patterns
from lint.results import FileResult as FileResult  # re-exported: what the engine returns
from lint.rulepack import PHRASE_KINDS, Rule
from lint.score import grade, score_findings
from lint.selection import matches
from lint.settings import LintSettings as LintSettings  # re-exported: what the engine takes
from lint.suppress import parse_suppressions
from lint.workers import plan_jobs

SNIPPET_CHARS = 120
#: A file with no words once markup is set aside is reported, never scored 100.
NO_TEXT = "no article text found (only markup, scripts or front matter); nothing to lint"


def _snippet(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= SNIPPET_CHARS else one_line[: SNIPPET_CHARS - 1] + "…"


def _in_scope(doc: Document, rule: Rule, hit: Hit) -> bool:
    if rule.scope == "text":
        return True
    headline = doc.headline
    if rule.scope == "headline":
        return headline is not None and headline.start <= hit.start < headline.end
    if rule.scope == "ending":
        return hit.start >= doc.ending_start
    return hit.start >= doc.body_start


def _ignored_for_path(path: str, rule: Rule, settings: LintSettings) -> bool:
    if not settings.per_file_ignores:
        return False
    norm = os.path.relpath(os.path.abspath(path), os.path.abspath(settings.project_root)).replace(os.sep, "/")
    return any(
        path_matches(norm, (pattern,)) and matches(selectors, rule.code, rule.name, rule.category)
        for pattern, selectors in settings.per_file_ignores
    )


def _suppressed(result: FileResult, line: int, rule: Rule) -> bool:
    """Whether a comment silences this finding; the comments that do are marked used."""
    covering = [i for i, s in enumerate(result.suppressions) if s.covers(line, rule.code, rule.name, rule.category)]
    result.used_suppressions.update(covering)
    return bool(covering)


def _finding(rule: Rule, path: str, loc: Located, message: str, related: tuple[Related, ...]) -> Finding:
    return Finding(
        path=path,
        code=rule.code,
        name=rule.name,
        category=rule.category,
        severity=rule.severity,
        line=loc.line,
        column=loc.column,
        end_line=loc.end_line,
        end_column=loc.end_column,
        message=message,
        snippet=_snippet(loc.snippet),
        fix=rule.fix,
        related=related,
    )


def make_finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    line, col = doc.line_col(hit.start)
    end = max(hit.end, hit.start)
    while end > hit.start and doc.text[end - 1] == "\r":
        end -= 1  # a carriage return of a text not normalised (the API) ends no span: it is the line break
    end_line, end_col = doc.line_col(end, hit.start)
    loc = Located(line, col, end_line, end_col, doc.source_text(hit.start, end))
    return _finding(rule, doc.path, loc, rule.format_message(hit.values), hit.related)


def lint_document(doc: Document, settings: LintSettings) -> FileResult:
    """Run every enabled rule on one document."""
    forget_transient_patterns()
    if doc.word_count == 0:  # a page of scripts, an empty <article>, front matter alone
        return FileResult(path=doc.path, error=NO_TEXT)
    result = FileResult(path=doc.path, suppressions=parse_suppressions(doc))
    encoding = doc.origin.get("encoding")
    if encoding == "windows-1252":
        result.warnings.append("not valid UTF-8; read as Windows-1252 (save the file as UTF-8 to be sure)")
    elif encoding is not None:
        result.notices.append(f"decoded as {encoding}")
    if "note" in doc.origin:
        result.notices.append(doc.origin["note"])
    if "extractor" in doc.origin:
        result.notices.append(f"article text picked by {doc.origin['extractor']}")
    for rule in settings.rules:
        if _ignored_for_path(doc.path, rule, settings):
            continue
        try:
            if rule.kind == "corpus":
                result.facts[rule.code] = get_analyzer(rule.params["analyzer"], corpus=True).collect(
                    doc, rule, settings.context
                )
                continue
            hits = list(run_kind(doc, rule, settings.context))
        except RuleTimeout as exc:
            result.rule_errors.append(str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - one broken rule costs its findings here, never the run
            result.rule_errors.append(f"rule {rule.code} crashed on this file ({type(exc).__name__}: {exc}); please report it")
            continue
        seen: set[tuple[int, int]] = set()
        for hit in hits:
            if (hit.start, hit.end) in seen or not _in_scope(doc, rule, hit):
                continue
            if not rule.allow_quotes and rule.kind not in ("analyzer", "density") and doc.in_quote(hit.start):
                continue
            seen.add((hit.start, hit.end))
            finding = make_finding(doc, rule, hit)
            if not _suppressed(result, finding.line, rule):
                result.findings.append(finding)
    result.findings = _corroborated(result.findings, settings.rules)
    result.findings.sort(key=Finding.sort_key)
    if settings.with_metrics:
        from lint.metrics import measure  # start-up: only runs that report metrics load the readability code

        try:
            result.metrics = measure(doc)
        except Exception as exc:  # noqa: BLE001 - as for a rule: the figures are lost, not the run
            result.rule_errors.append(f"metrics failed on this file ({type(exc).__name__}: {exc}); please report it")
    if settings.with_view:
        from lint.view import build_view  # start-up: only the HTML report shows the article

        result.view = build_view(doc)
    return result


def _corroborated(findings: list[Finding], rules: Sequence[Rule]) -> list[Finding]:
    """The findings without those of a ``corroborated_by`` rule in a file where no other rule of
    its categories found a warning or an error."""
    needs = {r.code: r.corroborated_by for r in rules if r.corroborated_by}
    if not needs:
        return findings
    grounds = {(f.code, f.category) for f in findings if f.severity in ("warning", "error")}
    return [
        f for f in findings
        if f.code not in needs or any(code != f.code and cat in needs[f.code] for code, cat in grounds)
    ]


def lint_target(path: str, settings: LintSettings, loader: Callable[[str], Document] | None = None) -> FileResult:
    """Load and lint one path; an input problem becomes the result's error.

    With a cache, the file's bytes are hashed first and an unchanged file's
    stored result (facts for cross-file rules included) is returned as is.
    """
    cache, key = settings.cache, ""
    try:
        if loader is not None:
            doc = loader(path)
        else:
            data = read_file(path, settings.max_file_size)
            if cache is not None:
                key = cache.key(path, data)
                cached = cache.get(key, path)
                if cached is not None:
                    return cached
            doc = make_document(path, data)
    except InputError as exc:
        return FileResult(path=path, error=exc.why)
    result = lint_document(doc, settings)
    if key:
        cache.put(key, result)  # type: ignore[union-attr]
    return result


def lint_text(name: str, text: str, settings: LintSettings, fmt: Format | None = None) -> FileResult:
    """Lint decoded text reported as ``name``; ``fmt`` None reads the format from the name,
    else from the text. Text that is no article is the result's error."""
    try:
        doc = text_document(name, text, fmt)
    except InputError as exc:
        return FileResult(path=name, error=exc.why)
    return lint_document(doc, settings)


def lint_article(name: str, text: str, settings: LintSettings) -> FileResult:
    """Lint one article of a corpus, reported as ``name``: an id is no file name, so its
    format follows its text (front matter, a saved page, else plain text)."""
    return lint_text(name, text, settings, format_for("", text))


def lint_stdin(name: str, settings: LintSettings) -> FileResult:
    """Read standard input (``credlint check -``) and lint it, reported as ``name``."""
    try:
        doc = read_stdin(name, settings.max_file_size)
    except InputError as exc:
        return FileResult(path=exc.path, error=exc.why)
    return lint_document(doc, settings)


def lint_corpus(path: str, settings: LintSettings, text_field: str = "text", id_field: str | None = None) -> Iterator[FileResult]:
    """Lint every article of one JSONL file, one result per line (blank lines skipped),
    reading and linting a line at a time."""
    for item in read_corpus(path, settings.max_file_size, text_field, id_field):
        yield lint_article(item.name, item.text, settings) if isinstance(item, Article) else item


# -- parallel execution -------------------------------------------------------------
_worker_settings: LintSettings | None = None


def _init_worker(settings: LintSettings) -> None:
    global _worker_settings
    _worker_settings = settings
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a worker told to stop, stops


def _work(path: str) -> FileResult:
    assert _worker_settings is not None
    return lint_target(path, _worker_settings)


#: Files one worker process lints before a fresh one, forked again from this process, takes its
#: place: a worker's memory grows with every article it reads (caches of words, the allocator's
#: free lists kept after each document), so replacing it bounds a run's peak memory at any
#: corpus size. A fork costs a few milliseconds; what every worker reads (patterns, gazetteers,
#: word lists) is loaded once in this process before the first fork (:func:`_share_with_workers`).
#: 50 rather than 100: the whole shared corpus with two workers peaks at 135 MB PSS instead of
#: 154 for 2 % more CPU (README, Performance: eighth round).
FILES_PER_WORKER = 50
#: With one job, a run of at most this many files is linted in this process, as before workers
#: were replaced; a longer run goes to workers so that no process grows with the corpus. Chosen
#: by ``bench/memory.py`` (README, Performance: Memory, seventh round).
FILES_IN_PROCESS = 400
#: Files handed to a worker at a time: small, so a generation of workers ends together.
_CHUNK = 8


def lint_paths(paths: Sequence[str], settings: LintSettings, jobs: int) -> Iterator[FileResult]:
    """Lint files in input order, in ``jobs`` processes (never more than files;
    :func:`lint.workers.plan_jobs` decides when workers pay off). With one job, more files
    than :data:`FILES_IN_PROCESS` go to workers (each replaced after :data:`FILES_PER_WORKER`
    files), so that no process grows with the corpus. A SIGTERM to credlint (a CI job
    cancelled) stops the workers too and exits 143, instead of leaving them orphaned.
    """
    jobs = max(1, min(jobs, len(paths)))
    if jobs == 1 and len(paths) <= FILES_IN_PROCESS:
        for p in paths:
            yield lint_target(p, settings)
        return
    import gc
    import signal

    def terminated(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    frozen_by_caller = gc.get_freeze_count() > 0  # a library user's own gc.freeze() is theirs to undo
    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        first = lint_target(paths[0], settings)  # in this process: it loads what every worker reads
        _share_with_workers()
        yield first
        rest = paths[1:]
        generation = jobs * FILES_PER_WORKER
        for start in range(0, len(rest), generation):
            yield from _lint_in_workers(rest[start : start + generation], settings, jobs)
    finally:
        if not frozen_by_caller:
            gc.unfreeze()  # the run's own objects are collected as before once its workers are done
        signal.signal(signal.SIGTERM, previous)


def _share_with_workers() -> None:
    """Load in this process, before any worker is forked, the read-only data every worker
    needs, so that the workers share its pages (copy-on-write) instead of each building a
    copy: the first file linted here has loaded the rule set's word lists, analyzers and
    hyphenation; the whole prebuilt pattern store and every gazetteer index are loaded too.
    The objects are then moved out of the garbage collector's reach (``gc.freeze``): a
    collection in a worker would otherwise write to every one of them and unshare its page
    (:func:`lint_paths` unfreezes them when its workers are done)."""
    import gc

    from lint import gazetteer, patterns

    gazetteer.load_all()
    patterns.load_declared()
    gc.collect()
    gc.freeze()


def _lint_in_workers(paths: Sequence[str], settings: LintSettings, jobs: int) -> Iterator[FileResult]:
    """One generation of workers: ``jobs`` processes forked for ``paths``, stopped at the end."""
    from concurrent.futures import ProcessPoolExecutor  # 20 ms of imports a one-file run does without

    pool = ProcessPoolExecutor(max_workers=min(jobs, len(paths)), initializer=_init_worker, initargs=(settings,))
    try:
        yield from pool.map(_work, paths, chunksize=max(1, min(_CHUNK, len(paths) // (jobs * 4) or 1)))
    except BaseException:
        workers = list(getattr(pool, "_processes", {}).values())  # the executor has no public handle on them
        pool.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.terminate()
        raise
    finally:
        pool.shutdown(wait=True)


# -- cross-file checks and scoring --------------------------------------------------
def run_corpus_rules(results: list[FileResult], settings: LintSettings) -> None:
    """Run cross-file rules on the collected facts and attach their findings."""
    by_path = {r.path: r for r in results}
    for rule in settings.rules:
        if rule.kind != "corpus":
            continue
        facts = [(r.path, r.facts[rule.code]) for r in results if rule.code in r.facts]
        if not facts:
            continue
        analyzer = get_analyzer(rule.params["analyzer"], corpus=True)
        for path, loc, values, related in analyzer.check(facts, rule, settings.context):
            target = by_path.get(path)
            if target is not None:
                add_corpus_finding(target, rule, loc, values, related)
    for r in results:
        r.findings.sort(key=Finding.sort_key)


def add_corpus_finding(
    target: FileResult, rule: Rule, loc: Located, values: Mapping[str, str], related: Iterable[Related]
) -> None:
    """Attach a cross-file finding (its message's values) to its file unless a comment there
    suppresses it (not sorted)."""
    if not _suppressed(target, loc.line, rule):
        target.findings.append(_finding(rule, target.path, loc, rule.format_message(values), tuple(related)))


def score_results(results: list[FileResult], rules: Sequence[Rule]) -> None:
    weights = {r.code: r.weight for r in rules}
    phrase_codes = frozenset(r.code for r in rules if r.kind in PHRASE_KINDS)
    for r in results:
        if r.error is None:
            r.score, r.categories = score_findings(r.findings, weights, phrase_codes)
            r.grade = grade(r.score)


def run_inputs(inputs: Inputs, settings: LintSettings, jobs: int | None = None) -> list[FileResult]:
    """Lint everything one run reads, end to end, and return the results in input order.

    Plain files go to at most ``jobs`` processes (None: as many as their size pays for,
    :func:`lint.workers.plan_jobs`); standard input and the articles of JSONL corpora are
    linted in this process; a path that could not be found is its error result. Cross-file
    rules compare all of them.
    """
    early: list[FileResult] = []
    for t in inputs.targets:
        if t.error is not None:
            early.append(FileResult(path=t.path, error=t.error))
        elif t.path == STDIN:
            early.append(lint_stdin(inputs.stdin_name, settings))
    files = inputs.files
    articles = itertools.chain.from_iterable(lint_corpus(c, settings, inputs.text_field, inputs.id_field) for c in inputs.corpora)
    results = run(files, settings, jobs=plan_jobs(files, jobs), extra=itertools.chain(early, articles))
    position = inputs.positions()
    results.sort(key=lambda r: position(r.path))
    return results


def run(
    paths: Sequence[str],
    settings: LintSettings,
    jobs: int = 1,
    extra: Iterable[FileResult] = (),
) -> list[FileResult]:
    """Lint paths (plus already-linted results, e.g. stdin) end to end."""
    results = list(extra)
    results += list(lint_paths(paths, settings, jobs))
    try:
        run_corpus_rules(results, settings)
    except RuleTimeout as exc:  # pragma: no cover - corpus rules use no user regex
        raise CredlintError(str(exc)) from None
    score_results(results, settings.rules)
    return results
