"""The task graph of a distributed run: lint → shuffle facts by key → check groups → score.

Per partition (map):
    read and lint its records; keep each article's result; put every cross-file fact (and, with
    an id field, every id) into one of R buckets by a stable hash of its key.
Per bucket (reduce), fed bucket j of every partition:
    ids: the records whose id an earlier record of the same file holds (skipped, as ``credlint
    check`` skips them); facts: sorted into the single-run order, grouped, checked by the corpus
    rule's analyzer (``conflicting_identity`` compares one person key at a time), and the findings
    addressed to the partition of the article they belong to.
Per partition (finish):
    the article results plus the cross-file findings addressed to it, suppressed where a comment
    says so, sorted and scored, exactly as :func:`lint.engine.run` does on one machine.

Every task is a pure function of its inputs, so when a worker dies the scheduler recomputes what
it held and no article is lost or counted twice. Facts sort by (file, line, fact), the order of a
single run, so the result does not depend on partitioning, the number of buckets or which
worker finishes first.
"""

from __future__ import annotations

import dataclasses
import uuid
import zlib
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from lint.corpus.sources import Record, duplicate_message
from lint.engine import FileResult, LintSettings, add_corpus_finding, lint_article, score_results
from lint.findings import Finding

#: Reducers per shuffle: more spreads the facts of a huge corpus, fewer keeps the graph small.
MAX_BUCKETS = 32


class Article(NamedTuple):
    record: Record
    result: FileResult


def _bucket(key: str, n: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % n  # str hash() differs between worker processes


def _corpus_analyzers(settings: LintSettings) -> dict[str, Any]:
    from lint.analyzers import get_analyzer

    return {r.code: get_analyzer(r.params["analyzer"], corpus=True) for r in settings.rules if r.kind == "corpus"}


def lint_partition(
    index: int, reader: Callable[..., Iterable[Record]], args: tuple[Any, ...], settings: LintSettings, nbuckets: int, dedupe: bool,
    staging: str | None = None,
) -> tuple[list[Article] | str, list[tuple[list[Any], list[Any]]]]:
    """Map: lint one partition; bucket its ids and cross-file facts.

    With ``staging`` (a folder URL) the article results wait there until the shuffle is done,
    under a name of their own per attempt, instead of in the worker's memory; the task returns
    the file's URL.
    """
    analyzers = _corpus_analyzers(settings)
    articles: list[Article] = []
    buckets: list[tuple[list[Any], list[Any]]] = [([], []) for _ in range(nbuckets)]
    for rec in reader(*args):
        if rec.error is not None:
            articles.append(Article(rec, FileResult(path=rec.where, error=rec.error)))
            continue
        result = lint_article(rec.name, rec.text or "", settings)
        if dedupe:
            buckets[_bucket(f"{rec.scope}\0{rec.ident}", nbuckets)][0].append((rec.order, rec.scope, rec.ident, rec.ref, index))
        for code, facts in result.facts.items():
            shard = getattr(analyzers[code], "shard_key", None)
            for k, fact in enumerate(facts):
                key = f"{code}\0{shard(fact) if shard else ''}"
                buckets[_bucket(key, nbuckets)][1].append((rec.order + (k,), code, index, rec.name, fact))
        result.facts = {}  # delivered to the buckets; the article no longer needs them
        articles.append(Article(rec, result))
    if staging is not None:
        return _stage(articles, staging, index), buckets
    return articles, buckets


def _stage(articles: list[Article], folder: str, index: int) -> str:
    """Write a partition's article results to the staging folder as data (JSON through
    :mod:`lint.cachedata`: nothing read back can run code), under a name no other attempt uses."""
    import fsspec

    from lint.cachedata import dumps

    url = f"{folder}/part-{index:05d}-{uuid.uuid4().hex}.json"  # a retried attempt never meets an earlier one
    rows = [{"record": rec._asdict(), "result": _result_fields(result)} for rec, result in articles]
    with fsspec.open(url, "wb") as fh:
        fh.write(dumps(rows))
    return url


def _result_fields(result: FileResult) -> dict[str, Any]:
    fields = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)}
    fields["used_suppressions"] = sorted(result.used_suppressions)
    return fields


#: FileResult fields held as lists and sets (the data format gives back tuples).
_LIST_FIELDS = ("findings", "notices", "rule_errors", "warnings")


def _unstage(articles: list[Article] | str) -> list[Article]:
    if not isinstance(articles, str):
        return articles
    import fsspec

    from lint.cachedata import loads

    with fsspec.open(articles, "rb") as fh:
        rows = loads(fh.read())
    out = []
    for row in rows:
        fields = dict(row["result"])
        fields.update({name: list(fields[name]) for name in _LIST_FIELDS})
        fields["used_suppressions"] = set(fields["used_suppressions"])
        out.append(Article(Record(**row["record"]), FileResult(**fields)))
    return out


def bucket(buckets: list[tuple[list[Any], list[Any]]], j: int, slot: int) -> list[Any]:
    """Bucket j of one map's output: its ids (slot 0) or its facts (slot 1)."""
    return buckets[j][slot]


def share(found: dict[int, list[Any]], part: int) -> list[Any]:
    """What one reducer found for one partition."""
    return found.get(part, [])


def find_duplicates(buckets: list[list[Any]]) -> dict[tuple[int, int], str]:
    """Reduce: the records (by order) whose id an earlier record of the same scope holds."""
    first: dict[tuple[int, str], str] = {}
    out: dict[tuple[int, int], str] = {}
    for order, scope, ident, ref, _ in sorted((row for b in buckets for row in b), key=lambda r: r[0]):
        if (scope, ident) in first:
            out[order] = duplicate_message(ident, first[(scope, ident)])
        else:
            first[(scope, ident)] = ref
    return out


def merge_duplicates(*found: dict[tuple[int, int], str]) -> dict[tuple[int, int], str]:
    out: dict[tuple[int, int], str] = {}
    for d in found:
        out.update(d)
    return out


def check_groups(buckets: list[list[Any]], duplicates: dict[tuple[int, int], str], settings: LintSettings) -> dict[int, list[Any]]:
    """Reduce: run the corpus rules on one bucket's facts; findings keyed by partition."""
    analyzers = _corpus_analyzers(settings)
    rules = {r.code: r for r in settings.rules}
    rows = sorted((row for b in buckets for row in b), key=lambda r: r[0])
    by_code: dict[str, list[Any]] = {}
    for row in rows:
        if row[0][:2] not in duplicates:
            by_code.setdefault(row[1], []).append(row)
    out: dict[int, list[Any]] = {}
    for code, code_rows in by_code.items():
        facts_by_path: list[tuple[str, list[Any]]] = []
        home: dict[str, tuple[int, tuple[int, int]]] = {}
        for order, _, part, name, fact in code_rows:
            if not facts_by_path or facts_by_path[-1][0] != name:
                facts_by_path.append((name, []))
                home[name] = (part, order[:2])
            facts_by_path[-1][1].append(fact)
        grouped = [(name, tuple(facts)) for name, facts in facts_by_path]
        for path, loc, values, related in analyzers[code].check(grouped, rules[code], settings.context):
            part, order = home[path]
            out.setdefault(part, []).append((order, code, loc, values, tuple(related)))
    return out


def finish_partition(
    articles: list[Article] | str, duplicates: dict[tuple[int, int], str], addressed: list[list[Any]], settings: LintSettings
) -> list[Article]:
    """Attach the cross-file findings addressed to this partition, skip duplicates, score."""
    articles = _unstage(articles)
    rules = {r.code: r for r in settings.rules}
    extra: dict[tuple[int, int], list[Any]] = {}
    for found in addressed:
        for order, code, loc, values, related in found:
            extra.setdefault(order, []).append((code, loc, values, related))
    out: list[Article] = []
    for art in articles:
        rec, result = art
        if rec.order in duplicates:
            out.append(Article(rec, FileResult(path=rec.where, error=duplicates[rec.order])))
            continue
        for code, loc, values, related in extra.get(rec.order, ()):
            add_corpus_finding(result, rules[code], loc, values, related)
        result.findings.sort(key=Finding.sort_key)
        out.append(art)
    score_results([a.result for a in out], settings.rules)
    return out


def build(
    sources: list[tuple[Callable[..., Iterable[Record]], tuple[Any, ...]]],
    settings: LintSettings,
    dedupe: bool,
    finish: Callable[..., Any],
    finish_args: tuple[Any, ...] = (),
    staging: str | None = None,
) -> list[Any]:
    """The delayed results of ``finish(articles, index, *finish_args)``, one per partition.

    ``sources`` gives each partition's reader and its arguments (which may be delayed);
    ``staging``, a folder for the article results between map and finish (see lint_partition).
    """
    from dask import delayed

    n = len(sources)
    nb = max(1, min(n, MAX_BUCKETS))
    cfg = delayed(settings, name=f"credlint-settings-{uuid.uuid4().hex}")  # once in the graph, never tokenized
    maps = [delayed(lint_partition, nout=2)(i, reader, args, cfg, nb, dedupe, staging) for i, (reader, args) in enumerate(sources)]
    if dedupe:
        found = [delayed(find_duplicates)([delayed(bucket)(b, j, 0) for _, b in maps]) for j in range(nb)]
        duplicates = delayed(merge_duplicates)(*found)
    else:
        duplicates = {}
    reducers = [delayed(check_groups)([delayed(bucket)(b, j, 1) for _, b in maps], duplicates, cfg) for j in range(nb)]
    out = []
    for i, (articles, _) in enumerate(maps):
        addressed = [delayed(share)(r, i) for r in reducers]
        done = delayed(finish_partition)(articles, duplicates, addressed, cfg)
        out.append(delayed(finish)(done, i, *finish_args))
    return out


def iter_results(articles: Iterable[Article]) -> Iterator[FileResult]:
    for art in articles:
        yield art.result
