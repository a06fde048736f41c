"""``credlint corpus``: lint JSONL and Parquet corpora on a Dask cluster into a Parquet dataset.

The run: resolve the rules as ``credlint check`` does (config, selection, ``--as-of``); connect to
``--scheduler`` or start a local cluster (one single-threaded worker process per core); cut the
inputs into partitions; run the graph of :mod:`lint.corpus.pipeline`; each partition writes its
own part of ``OUTPUT/articles/`` and ``OUTPUT/findings/`` (so nothing is gathered in one place)
and sends back counts; the summary goes to the terminal and to ``OUTPUT/credlint.json``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from lint.corpus import pipeline, tables
from lint.corpus.sources import Partition, ReadOptions, auto_blocksize, count_records, expand, first_numbers, partitions, read_partition, total_bytes
from lint.engine import LintSettings
from lint.errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, CredlintError
from lint.findings import SEVERITIES

#: Where article results wait while the cross-file facts are shuffled (removed at the end).
STAGING = "_staging"
#: What a results folder may hold: a folder with anything else is not overwritten.
OUTPUT_ENTRIES = {"articles", "findings", "credlint.json", STAGING}
EXTRA_HINT = "credlint corpus needs the Dask integration: pip install 'credlint[dask]'"


@dataclass(frozen=True)
class Selection:
    """The rule options of ``credlint check`` that a corpus run shares."""

    config: Path | None = None
    rule_pack: tuple[Path, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    as_of: str | None = None


def load_settings(sel: Selection, first_input: str | None) -> tuple[LintSettings, Any]:
    """The run's settings and config, resolved by :func:`lint.options.prepare` as ``credlint check`` resolves them."""
    from lint.config import parse_as_of
    from lint.options import RunOptions, prepare

    local_first = first_input if first_input and "://" not in first_input else None
    wanted = RunOptions(
        config=sel.config, rule_packs=sel.rule_pack, select=sel.select, ignore=sel.ignore, extend_select=sel.extend_select,
        as_of=parse_as_of("--as-of", sel.as_of) if sel.as_of else None, with_metrics=True,
    )  # fmt: skip
    run = prepare(wanted, local_first)
    return run.settings, run.config


# -- what runs on the workers --------------------------------------------------------------------
def write_part(
    articles: Sequence[pipeline.Article], index: int, out: str, cats: Sequence[str], fail_under: float, fail_on: str
) -> dict[str, Any]:
    """Finish: write one partition's rows (same name on a retry, so never twice) and count them."""
    import pyarrow.parquet as pq
    from fsspec.core import url_to_fs

    art, found = tables.to_tables(articles, cats, fail_under, fail_on)
    fs, root = url_to_fs(out)
    for name, table in (("articles", art), ("findings", found)):
        pq.write_table(table, f"{root}/{name}/part-{index:05d}.parquet", filesystem=fs)
    counts: Counter[str] = Counter()
    grades: Counter[str] = Counter()
    problems: list[tuple[str, str]] = []
    score_sum = 0.0
    for a in articles:
        r = a.result
        counts[tables.status(a)] += 1
        if r.error is not None:
            problems.append((r.path, r.error))
            continue
        problems += [(r.path, p) for p in r.rule_errors]
        score_sum += r.score or 0.0
        grades[r.grade or "?"] += 1
        counts["below"] += (r.score or 0.0) < fail_under
        for f in r.findings:
            counts[f.severity] += 1
    counts["failing"] = sum(1 for ok in art.column("passed").to_pylist() if ok is False)
    return {"counts": dict(counts), "grades": dict(grades), "score_sum": score_sum, "problems": problems}


# -- the command -----------------------------------------------------------------------------------
def _prepare_output(output: str, inputs: Sequence[tuple[str, str]]) -> str:
    """The output folder, emptied of an earlier result; never a folder holding anything else."""
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(output)
    root = root.rstrip("/")
    if fs.exists(root):
        if not fs.isdir(root):
            raise CredlintError(f"--output {output} is a file; give a folder name (e.g. results.parquet)")
        names = {p.rstrip("/").rsplit("/", 1)[-1] for p in fs.ls(root, detail=False)}
        if names - OUTPUT_ENTRIES:
            raise CredlintError(f"--output {output} exists and holds more than a credlint result; choose another folder")
        for name in names & OUTPUT_ENTRIES:
            fs.rm(f"{root}/{name}", recursive=True)
    for _, url in inputs:
        if url == root or url.startswith(root + "/"):
            raise CredlintError(f"--output {output} holds {url}, one of the inputs; credlint never overwrites its input")
    for name in ("articles", "findings", STAGING):
        fs.makedirs(f"{root}/{name}", exist_ok=True)
    return fs.unstrip_protocol(root) if "://" in output else root


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int | None):  # type: ignore[no-untyped-def]
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="15s")
        except (OSError, TimeoutError) as exc:
            raise CredlintError(f"--scheduler {scheduler}: cannot connect ({exc})") from None
        with client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
        with Client(cluster) as client:
            yield client


def run(
    inputs: Sequence[str],
    output: str,
    sel: Selection,
    scheduler: str | None = None,
    workers: int | None = None,
    text_field: str = "text",
    id_field: str | None = None,
    blocksize: int | None = None,
    fail_under: float | None = None,
    fail_on: str | None = None,
    exit_zero: bool = False,
    progress: bool | None = None,
) -> int:
    """Run ``credlint corpus``; the exit code (usage problems raise CredlintError)."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
        import fsspec  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        raise CredlintError(EXTRA_HINT) from None
    if fail_on is not None and fail_on not in SEVERITIES:
        raise CredlintError(f"--fail-on: expected one of {', '.join(SEVERITIES)}, got '{fail_on}'")
    settings, cfg = load_settings(sel, inputs[0] if inputs else None)
    fail_under = cfg.fail_under if fail_under is None else fail_under
    fail_on = fail_on or cfg.fail_on
    from fsspec.core import url_to_fs

    files, problems = expand(list(inputs), skip=url_to_fs(output)[1].rstrip("/"))
    out = _prepare_output(output, files)
    opts = ReadOptions(text_field, id_field, settings.max_file_size)
    if not files:  # nothing to lint: no cluster to start
        return _report([], problems, out, output, settings, fail_under, fail_on, exit_zero, 0, 0, 0.0)
    with _client(scheduler, workers) as client:
        started = time.perf_counter()  # the run, not the start of a local cluster
        threads = sum(client.nthreads().values()) or 1
        parts, unreadable = partitions(files, blocksize or auto_blocksize(total_bytes(files), threads), opts)
        problems += unreadable
        summaries = _compute(client, parts, settings, opts, out, fail_under, fail_on, progress) if parts else []
        nworkers = len(client.nthreads())
        elapsed = time.perf_counter() - started
    return _report(summaries, problems, out, output, settings, fail_under, fail_on, exit_zero, len(parts), nworkers, elapsed)


def _compute(client: Any, parts: list[Partition], settings: LintSettings, opts: ReadOptions, out: str, fail_under: float, fail_on: str, progress: bool | None) -> list[dict[str, Any]]:
    import operator

    from dask import delayed
    from fsspec.core import url_to_fs

    counts = [delayed(count_records)(p) for p in parts]
    firsts = delayed(first_numbers)(parts, counts)
    sources = [(read_partition, (p, delayed(operator.getitem)(firsts, i), opts)) for i, p in enumerate(parts)]
    cats = tables.categories(settings.rules)
    done = pipeline.build(sources, settings, opts.id_field is not None, write_part, (out, cats, fail_under, fail_on), f"{out}/{STAGING}")
    futures = client.compute(done)
    if progress if progress is not None else sys.stderr.isatty():
        from distributed import progress as progress_bar

        with contextlib.redirect_stdout(sys.stderr):  # Dask's bar writes to stdout; the summary owns it
            progress_bar(futures)
            sys.stdout.write("\n")
    from distributed import KilledWorker

    try:
        summaries = client.gather(futures)
    except KilledWorker as exc:
        raise CredlintError(f"a task died with its worker too often ({exc}): out of memory? (see the workers' logs)") from None
    fs, root = url_to_fs(out)
    if fs.exists(f"{root}/{STAGING}"):
        fs.rm(f"{root}/{STAGING}", recursive=True)
    return summaries


def _report(
    summaries: list[dict[str, Any]], problems: list[tuple[str, str]], out: str, shown: str, settings: LintSettings,
    fail_under: float, fail_on: str, exit_zero: bool, nparts: int, nworkers: int, elapsed: float,
) -> int:
    from lint import __version__
    from lint.rulepack import ruleset_hash

    counts: Counter[str] = Counter()
    grades: Counter[str] = Counter()
    score_sum = 0.0
    unreadable = len(problems)
    for s in summaries:
        counts.update(s["counts"])
        grades.update(s["grades"])
        score_sum += s["score_sum"]
        problems += [tuple(p) for p in s["problems"]]  # type: ignore[misc]
    for where, why in problems:
        print(f"{where}: error: {why}", file=sys.stderr)
    scored = counts["linted"] + counts["failed"]
    total = scored + counts["skipped"]
    summary = {
        "credlint_version": __version__, "ruleset": ruleset_hash(list(settings.rules)), "rules": len(settings.rules),
        "articles": total, "linted": counts["linted"], "skipped": counts["skipped"], "failed": counts["failed"],
        "unreadable_inputs": unreadable,
        "findings": sum(counts[s] for s in SEVERITIES), "by_severity": {s: counts[s] for s in SEVERITIES},
        "grades": {g: grades[g] for g in sorted(grades)},
        "mean_score": round(score_sum / scored, 1) if scored else None,
        "fail_under": fail_under, "fail_on": fail_on, "below_threshold": counts["below"], "failing_articles": counts["failing"],
        "partitions": nparts, "workers": nworkers, "seconds": round(elapsed, 1),
    }
    _write_summary(out, summary)
    rate = f" ({total / elapsed:,.0f} articles/s)" if elapsed > 0 and total else ""
    print(f"Linted {total:,} articles in {nparts:,} partition{'s' if nparts != 1 else ''} on {nworkers} worker{'s' if nworkers != 1 else ''} in {elapsed:.1f} s{rate}.")
    print(f"  linted {counts['linted']:,} · skipped {counts['skipped']:,} (bad records) · failed {counts['failed']:,} (a rule failed on them)")
    by_sev = ", ".join(f"{counts[s]:,} {s}" for s in SEVERITIES)
    mean = f"mean score {summary['mean_score']}" if scored else "no score"
    print(f"  findings: {by_sev} · {mean} · below {fail_under:g}: {counts['below']:,} · failing: {counts['failing']:,}")
    if grades:
        print("  grades: " + " · ".join(f"{g} {grades[g]:,}" for g in sorted(grades)))
    shown = shown.rstrip("/")
    print(f"Results: {shown}/articles (one row per article), {shown}/findings (one row per finding), {shown}/credlint.json")
    if problems or counts["failed"]:
        return EXIT_ERROR
    if counts["failing"] and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _write_summary(out: str, summary: dict[str, Any]) -> None:
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(out)
    with fs.open(f"{root}/credlint.json", "w") as fh:
        fh.write(json.dumps(summary, indent=2) + "\n")
