"""The Python entry point: credlint over a Dask bag or dataframe the user already has.

    import dask.bag as db
    from lint.corpus.collections import lint_collection

    bag = db.read_text("crawl/*.jsonl").map(json.loads)          # dicts with a "text" field
    frames = lint_collection(bag, id_field="url")
    articles, findings = dask.compute(frames.articles, frames.findings)   # pandas

Each partition of the collection is linted where it lives; the cross-file check is the same
map-reduce as ``credlint corpus``. The two frames share one graph: compute them together (or
persist them) so that the corpus is linted once.
"""

from __future__ import annotations

import operator
from typing import Any, NamedTuple, Sequence

from lint.corpus import pipeline, tables
from lint.corpus.sources import ReadOptions, read_collection_partition
from lint.engine import LintSettings


class CorpusFrames(NamedTuple):
    """Lazy Dask dataframes: one row per article, one per finding (see :mod:`lint.corpus.tables`)."""

    articles: Any
    findings: Any


def default_settings() -> LintSettings:
    """Every built-in rule, with metrics; build your own LintSettings for a selection or config."""
    from lint.rulepack import load_packs

    return LintSettings(rules=tuple(load_packs()), with_metrics=True)


def _frames(articles: Sequence[pipeline.Article], index: int, cats: Sequence[str], fail_under: float, fail_on: str) -> tuple[Any, Any]:
    import pandas as pd

    art, found = tables.to_tables(articles, cats, fail_under, fail_on)
    return art.to_pandas(types_mapper=pd.ArrowDtype), found.to_pandas(types_mapper=pd.ArrowDtype)


def lint_collection(
    collection: Any,
    *,
    text_field: str = "text",
    id_field: str | None = None,
    settings: LintSettings | None = None,
    fail_under: float = 80.0,
    fail_on: str = "error",
) -> CorpusFrames:
    """Lint every article of a Dask bag (of strings or dicts) or dataframe (with a text column).

    Articles are named by ``id_field`` (ids must be unique: a repeated id is skipped, as in
    JSONL input), else ``PARTITION-POSITION``. Bad records are rows with ``status`` ``skipped``
    and the reason in ``error``.
    """
    import dask.dataframe as dd
    import pandas as pd
    from dask import delayed

    if not hasattr(collection, "to_delayed"):
        raise TypeError(f"expected a Dask bag or dataframe, got {type(collection).__name__}")
    settings = settings or default_settings()
    if not settings.with_metrics:
        from dataclasses import replace

        settings = replace(settings, with_metrics=True)
    opts = ReadOptions(text_field, id_field, settings.max_file_size)
    parts = collection.to_delayed()
    sources = [(read_collection_partition, (part, i, opts)) for i, part in enumerate(parts)]
    cats = tables.categories(settings.rules)
    done = pipeline.build(sources, settings, id_field is not None, _frames, (cats, fail_under, fail_on))
    meta_art = tables.article_schema(cats).empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    meta_found = tables.finding_schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    return CorpusFrames(
        dd.from_delayed([delayed(operator.getitem)(d, 0) for d in done], meta=meta_art),
        dd.from_delayed([delayed(operator.getitem)(d, 1) for d in done], meta=meta_found),
    )
