"""credlint as a library: lint text or files from Python, no subprocess.

>>> import lint
>>> result = lint.check_text("Key Takeaway: harbors matter.\\n\\nThe council voted on Tuesday.")
>>> result.score, [f.code for f in result.findings]              # doctest: +SKIP
(…, ['FIL001', …])

The results carry the fields of the JSON contract (``lint/schemas/report-v1.schema.json``):
a :class:`FileResult` per file (path, score, grade, passed, categories,
findings, metrics or error) and a :class:`Report` with the run's summary.
Findings are :class:`lint.findings.Finding` objects (code, name, category,
severity, line, column, end_line, end_column, message, snippet, fix, related).
Input problems (a missing file, a binary file) are a file's ``error``, as in
the command line; a bad configuration or selector raises :class:`CredlintError`.

The API is stable within a major version: new keyword arguments and new fields
may appear, none is renamed or removed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence, TypedDict, Unpack

from lint.errors import CredlintError
from lint.findings import Finding

if TYPE_CHECKING:
    from lint import engine
    from lint.options import Run
    from lint.report import Report as _RunReport

__all__ = ["CredlintError", "FileResult", "Finding", "Report", "check_paths", "check_text"]

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class FileResult:
    """One linted file (or article), with the fields of the JSON report's ``files`` entries."""

    path: str
    score: float | None = None
    grade: str | None = None
    #: False when the file fails the run (score under ``fail_under`` or a finding at ``fail_on``).
    passed: bool | None = None
    #: Points lost per category.
    categories: Mapping[str, float] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    metrics: Mapping[str, float | None] = field(default_factory=dict)
    #: Why the file could not be linted; score, grade and passed are None then.
    error: str | None = None

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")

    def to_dict(self) -> dict[str, Any]:
        """This file as the JSON report writes it."""
        from lint.reporters.json_report import file_entry

        return file_entry(self._raw, self.passed) if self.error is None else {"path": self.path, "error": self.error}

    # The engine's result, kept for to_dict and rendering; not part of the API.
    _raw: Any = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Report:
    """A run over several files: the results in input order and the JSON ``summary``."""

    files: tuple[FileResult, ...]
    summary: Mapping[str, Any]
    _run: Any = field(default=None, repr=False, compare=False)

    def __iter__(self) -> Iterator[FileResult]:
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)

    @property
    def passed(self) -> bool:
        """Whether every file was read and none fails the run (the command line's exit code 0)."""
        return all(f.error is None and f.passed for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        """The whole JSON report (version 1), as ``--format json`` prints it."""
        from lint.reporters.json_report import as_dict

        return as_dict(self._run)

    def render(self, fmt: str = "text") -> str:
        """The report in any output format of ``credlint check --format`` (``html`` included)."""
        from lint.report import PLAIN
        from lint.reporters import REPORTERS, get_reporter

        if fmt not in REPORTERS:
            raise CredlintError(f"unknown format '{fmt}' (one of {', '.join(REPORTERS)})")
        return get_reporter(fmt)(self._run, PLAIN)


class Options(TypedDict, total=False):
    """The keyword options both entry points take (see :func:`check_text`)."""

    #: A config file, "auto" (search as the command line does) or None (built-in defaults).
    config: PathLike | None
    #: Selectors as for ``--select`` / ``--ignore``: codes, prefixes, names, categories.
    select: str | Iterable[str] | None
    ignore: str | Iterable[str] | None
    #: Extra rule packs (TOML files or folders).
    rule_packs: Sequence[PathLike]
    #: The date (YYYY-MM-DD) to read undated articles against.
    as_of: str | None
    fail_under: float | None
    fail_on: str | None


def _checked(options: Mapping[str, Any]) -> Mapping[str, Any]:
    unknown = sorted(set(options) - set(Options.__annotations__))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)} (known: {', '.join(Options.__annotations__)})")
    return options


_PACK_CACHE: dict[tuple[Any, ...], list[Any]] = {}


def _packs(extra: tuple[Path, ...]) -> list[Any]:
    """The rules of the built-in and extra packs, parsed once per process while no pack file changes.

    A notebook that calls :func:`check_text` for every article would otherwise parse
    every TOML pack again each time (two thirds of a call).
    """
    from lint.rulepack import builtin_rules_dir, load_packs

    files = []
    for root in (builtin_rules_dir(), *extra):
        found = _tree(str(root)) if root.is_dir() else [str(root)]
        for f in found:
            try:
                st = os.stat(f)
            except OSError:
                continue  # a missing pack: load_packs says so
            files.append((f, st.st_mtime_ns, st.st_size))
    key = (tuple(str(p) for p in extra), tuple(files))
    if key not in _PACK_CACHE:
        if len(_PACK_CACHE) > 8:
            _PACK_CACHE.clear()
        _PACK_CACHE[key] = load_packs(list(extra))
    return list(_PACK_CACHE[key])


def _tree(root: str) -> list[str]:
    """Every file and folder under ``root``, as ``Path.rglob("*")`` lists them, by path: read with
    ``os.scandir``, which costs a tenth of pathlib's objects on each call of a warm process."""
    out: list[str] = []
    stack = [root]
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    out.append(entry.path)
                    if entry.is_dir():
                        stack.append(entry.path)
        except OSError:
            continue
    return sorted(out)


def _prepare(options: Mapping[str, Any], first: str | None, default_config: PathLike | None, **run: Any) -> Run:
    """Config, rules and settings, resolved by :func:`lint.options.prepare` as the command line resolves them."""
    from lint.config import parse_as_of
    from lint.findings import SEVERITIES
    from lint.options import RunOptions, prepare
    from lint.selection import split_selectors

    config = options.get("config", default_config)
    as_of, fail_under, fail_on = options.get("as_of"), options.get("fail_under"), options.get("fail_on")
    if fail_on is not None and fail_on not in SEVERITIES:
        raise CredlintError(f"fail_on: expected one of {', '.join(SEVERITIES)}, got '{fail_on}'")
    if fail_under is not None and not 0 <= fail_under <= 100:
        raise CredlintError(f"fail_under: expected a score from 0 to 100, got {fail_under}")
    wanted = RunOptions(
        config=None if config in (None, "auto") else Path(config),  # type: ignore[arg-type]
        find_config=config == "auto",
        rule_packs=tuple(Path(p) for p in options.get("rule_packs", ())),
        select=split_selectors(options.get("select")),
        ignore=split_selectors(options.get("ignore")),
        as_of=parse_as_of("as_of", as_of) if as_of else None,
        fail_under=fail_under,
        fail_on=fail_on,
        with_metrics=True,
        with_view=True,
        **run,
    )
    return prepare(wanted, first, lambda extra: _packs(tuple(extra)))


def _wrap(results: list[engine.FileResult], run: Run) -> Report:
    from lint.report import Report as RunReport

    report: _RunReport = RunReport(
        results=results,
        rules=list(run.rules),
        fail_under=run.fail_under,
        fail_on=run.fail_on,
        show_metrics=True,
    )
    files = tuple(
        FileResult(path=r.path, error=r.error, _raw=r)
        if r.error is not None
        else FileResult(
            path=r.path,
            score=r.score,
            grade=r.grade,
            passed=not report.failing(r),
            categories=dict(r.categories),
            findings=tuple(r.findings),
            metrics=dict(r.metrics),
            _raw=r,
        )
        for r in results
    )
    return Report(files=files, summary=report.summary, _run=report)


def check_text(text: str, *, path: str = "-", fmt: str | None = None, **options: Unpack[Options]) -> FileResult:
    """Lint one article given as a string.

    ``path`` is the name reported (and decides the format when ``fmt`` is None:
    ``.md`` is Markdown, ``.html`` a saved page; otherwise front matter makes it
    Markdown and anything else is plain text). ``fmt`` is ``"text"``,
    ``"markdown"`` or ``"html"``. ``config`` is a config file, ``"auto"`` to
    search for one as the command line does (from the current folder), or None
    for the built-in defaults. ``select``/``ignore`` take the selectors of
    ``--select``/``--ignore``; ``as_of`` is a ``YYYY-MM-DD`` date. Cross-file
    rules run on this one text. An empty text is a result with an ``error``.
    """
    from lint.engine import lint_text, run
    from lint.results import FileResult as RawResult

    if fmt not in (None, "text", "markdown", "html"):
        raise CredlintError(f"fmt: expected 'text', 'markdown' or 'html', got '{fmt}'")
    if not isinstance(text, str):
        raise TypeError(f"check_text() needs a str, got {type(text).__name__} (decode bytes first)")
    prepared = _prepare(_checked(options), None, None)
    if not text.strip():
        linted = RawResult(path=path, error="empty text, nothing to lint")
    else:
        linted = lint_text(path, text, prepared.settings, fmt)  # type: ignore[arg-type]
    return _wrap(run([], prepared.settings, extra=[linted]), prepared).files[0]


def check_paths(
    paths: PathLike | Iterable[PathLike], *, jobs: int | None = None, cache: bool = False, **options: Unpack[Options]
) -> Report:
    """Lint files and folders as ``credlint check`` does.

    Folders are walked for articles (the config's ``include``/``exclude`` and
    ``.gitignore`` apply); JSONL corpora give one result per article. ``config``
    defaults to ``"auto"``: the config file nearest the first path, as on the
    command line; None means the built-in defaults. ``jobs`` is the number of
    processes (default: the config's ``jobs``, else 1 — a library does not
    start a process pool unasked). ``cache=True`` uses the result cache of the
    command line. Cross-file rules compare every file of the call.
    """
    from lint.engine import run_inputs
    from lint.inputs import find_inputs

    names = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(p) for p in paths]
    if not names:
        raise CredlintError("check_paths: no paths given")
    if "-" in names:
        raise CredlintError("check_paths: '-' (standard input) is for the command line; use check_text")
    prepared = _prepare(_checked(options), names[0], "auto", cache=cache, jobs=jobs)
    inputs = find_inputs(names, prepared.config, prepared.settings.project_root, prepared.force_exclude)
    return _wrap(run_inputs(inputs, prepared.settings, prepared.jobs or 1), prepared)
