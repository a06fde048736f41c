"""Corpora at scale: credlint on a Dask cluster (``pip install 'credlint[dask]'``).

- :mod:`lint.corpus.sources`: JSONL and Parquet inputs (local or any fsspec URL) cut into
  partitions, and the records of one partition.
- :mod:`lint.corpus.pipeline`: the task graph: lint each partition, shuffle the cross-file facts
  by person key, check each group, send the findings back to their articles, score.
- :mod:`lint.corpus.tables`: results as Arrow tables (one row per article, one per finding).
- :mod:`lint.corpus.collections`: the Python entry point for existing Dask bags and dataframes.
- :mod:`lint.corpus.command`: ``credlint corpus`` (cluster, Parquet output, summary, exit code).

Nothing here is imported by ``credlint check``; Dask is imported only by these modules.
"""
