"""Corpus input: JSONL and Parquet files, local or on any filesystem fsspec reads, in partitions.

A JSONL file is cut into byte ranges of about ``blocksize`` bytes; a line belongs to the range
its first byte is in, so every line is read exactly once whichever worker reads which range
(compressed files, ``.jsonl.gz`` and the like, cannot be cut and are one partition each). A
Parquet file is split by row group, as Dask's own reader does. Articles are named as ``credlint
check`` names JSONL articles, ``FILE:ID`` (the id field, else the line or row number), and a bad
record is ``FILE:LINE`` with the reason it was skipped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Iterator, NamedTuple

from lint.jsonl import read_line, record_article

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
#: Blocks smaller than this cost more in scheduling than they gain in balance.
MIN_BLOCK = 256 * 1024
MAX_BLOCK = 16 * 1024 * 1024  # some 6,000 articles: a minute or two of one worker's time


@dataclass(frozen=True)
class Partition:
    """One unit of work: a byte range of a JSONL file or a row group of a Parquet file."""

    source: int  # index of the input file in the run: the first key of every article's order
    name: str  # the file as articles are named after it
    url: str  # what fsspec opens
    kind: str  # "jsonl" or "parquet"
    start: int = 0  # jsonl: first byte; parquet: row group
    end: int = -1  # jsonl: byte after the range (-1: to the end)
    compression: str | None = None


@dataclass(frozen=True)
class ReadOptions:
    text_field: str = "text"
    id_field: str | None = None
    max_size: int = 10 * 1024 * 1024


class Record(NamedTuple):
    """One input record: an article to lint, or the reason it is skipped."""

    order: tuple[int, int]  # (source or partition, line/row/position): the single-run order
    scope: int  # ids must be unique within a scope (a file, or a whole collection)
    number: int  # the line (JSONL), row (Parquet) or position (collection), 1-based
    name: str  # how the article is reported: FILE:ID
    where: str  # how a skipped record is reported: FILE:LINE
    ident: str | None
    text: str | None
    error: str | None = None
    #: How a later record with the same id refers to this one ("on line 3").
    ref: str = ""
    #: The input file (None for a collection).
    file: str | None = None


class SourceError(Exception):
    """An input that cannot be read at all (missing, not JSONL or Parquet, no text column)."""


def _kind(path: str) -> tuple[str, str | None]:
    from fsspec.utils import infer_compression

    compression = infer_compression(path)
    base = path[: path.rfind(".")] if compression else path
    lower = base.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl", compression
    if lower.endswith(PARQUET_SUFFIXES) and not compression:
        return "parquet", None
    raise SourceError("not a JSONL (.jsonl, .ndjson, optionally compressed) or Parquet (.parquet) file")


def expand(inputs: list[str], skip: str | None = None) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(name, url) of every input file, in order; and (input, why) for inputs that name none.

    An input is a file, a folder (searched for JSONL and Parquet files, hidden entries and the
    ``skip`` folder, the run's own output, left out) or a glob, with or without a protocol
    (``s3://bucket/crawl/*.jsonl``). A local file keeps the name it was given.
    """
    from fsspec.core import url_to_fs

    files: list[tuple[str, str]] = []
    problems: list[tuple[str, str]] = []
    for given in inputs:
        try:
            fs, path = url_to_fs(given)
            local = "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))
            if any(c in path for c in "*?["):
                found = sorted(p for p in fs.glob(path) if fs.isfile(p))
            elif fs.isdir(path):
                found = sorted(p for p in fs.find(path) if _wanted(p[len(path):]) and not _under(p, skip))
            elif fs.isfile(path):
                files.append((given, path if local else given))  # workers may run elsewhere: no relative path
                continue
            else:
                problems.append((given, "no such file or directory"))
                continue
        except (OSError, ValueError, ImportError) as exc:
            problems.append((given, f"cannot open ({type(exc).__name__}: {exc})"))
            continue
        if not found:
            problems.append((given, "matches no JSONL or Parquet file"))
        for p in found:
            if local:
                files.append((p if os.path.isabs(given) else os.path.relpath(p), p))
            else:
                files.append((fs.unstrip_protocol(p), fs.unstrip_protocol(p)))
    return files, problems


def _wanted(relative: str) -> bool:
    try:
        _kind(relative)
    except SourceError:
        return False
    return not any(part.startswith((".", "_")) for part in relative.split("/"))


def _under(path: str, folder: str | None) -> bool:
    return folder is not None and (path == folder or path.startswith(folder.rstrip("/") + "/"))


def total_bytes(files: list[tuple[str, str]]) -> int:
    from fsspec.core import url_to_fs

    total = 0
    for _, url in files:
        try:
            fs, path = url_to_fs(url)
            total += fs.size(path) or 0
        except (OSError, ValueError):
            pass
    return total


def auto_blocksize(nbytes: int, threads: int) -> int:
    """About four blocks per worker thread, within [256 KiB, 16 MiB]: enough to balance the load."""
    return max(MIN_BLOCK, min(MAX_BLOCK, nbytes // max(1, 4 * threads)))


def partitions(files: list[tuple[str, str]], blocksize: int, opts: ReadOptions) -> tuple[list[Partition], list[tuple[str, str]]]:
    """Cut every file into partitions; (name, why) for files that cannot be read."""
    from fsspec.core import url_to_fs

    parts: list[Partition] = []
    problems: list[tuple[str, str]] = []
    for source, (name, url) in enumerate(files):
        try:
            kind, compression = _kind(url)
            fs, path = url_to_fs(url)
            if kind == "parquet":
                n_groups = _parquet_groups(fs, path, opts)
                parts += [Partition(source, name, url, kind, g) for g in range(n_groups)]
                continue
            if compression:
                parts.append(Partition(source, name, url, kind, compression=compression))
                continue
            size = fs.size(path)
            parts += [Partition(source, name, url, kind, s, min(s + blocksize, size)) for s in range(0, size, blocksize)]
        except SourceError as exc:
            problems.append((name, str(exc)))
        except (OSError, ValueError, ImportError) as exc:
            problems.append((name, f"cannot read ({type(exc).__name__}: {exc})"))
    return parts, problems


def _parquet_groups(fs: Any, path: str, opts: ReadOptions) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        with fs.open(path, "rb") as fh:
            pf = pq.ParquetFile(fh)
            names = pf.schema_arrow.names
            groups = pf.num_row_groups
    except pa.ArrowException as exc:
        raise SourceError(f"not a readable Parquet file ({exc})") from None
    for field, option in ((opts.text_field, "--text-field"), (opts.id_field, "--id-field")):
        if field is not None and field not in names:
            raise SourceError(f"no column '{field}' (set {option}; columns: {', '.join(names)})")
    return groups


# -- reading one partition ----------------------------------------------------------------------
def _jsonl_lines(p: Partition) -> Iterator[bytes]:
    import fsspec

    with fsspec.open(p.url, "rb", compression=p.compression) as fh:
        if p.compression or p.end < 0:
            yield from fh
            return
        pos = p.start
        if pos > 0:
            fh.seek(pos - 1)
            pos += len(fh.readline()) - 1  # the end of the line the previous range owns
        while pos < p.end:
            line = fh.readline()
            if not line:
                return
            yield line
            pos += len(line)


def _parquet_rows(p: Partition, opts: ReadOptions, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    import fsspec
    import pyarrow.parquet as pq

    wanted = columns if columns is not None else [c for c in (opts.text_field, opts.id_field) if c]
    with fsspec.open(p.url, "rb") as fh:
        table = pq.ParquetFile(fh).read_row_group(p.start, columns=wanted)
    yield from table.to_pylist()


def count_records(p: Partition) -> int:
    """Lines in a JSONL range, rows in a Parquet row group: where the next partition's numbering starts."""
    if p.kind == "parquet":
        import fsspec
        import pyarrow.parquet as pq

        with fsspec.open(p.url, "rb") as fh:
            return pq.ParquetFile(fh).metadata.row_group(p.start).num_rows
    return sum(1 for _ in _jsonl_lines(p))


def first_numbers(parts: list[Partition], counts: list[int]) -> list[int]:
    """The 1-based line (or row) number of each partition's first record within its file."""
    out, running, source = [], 0, None
    for p, n in zip(parts, counts):
        if p.source != source:
            running, source = 0, p.source
        out.append(running + 1)
        running += n
    return out


def read_partition(p: Partition, first: int, opts: ReadOptions) -> Iterator[Record]:
    """The records of one file partition, numbered from ``first``."""
    if p.kind == "parquet":
        for number, row in enumerate(_parquet_rows(p, opts), first):
            yield _row_record(p, number, row, opts)
        return
    for number, raw in enumerate(_jsonl_lines(p), first):
        where = f"{p.name}:{number}"
        try:
            article = read_line(raw, number, opts.max_size, opts.text_field, opts.id_field)
        except ValueError as exc:
            yield Record((p.source, number), p.source, number, where, where, None, None, str(exc), file=p.name)
            continue
        if article is not None:
            ident, text = article
            yield Record((p.source, number), p.source, number, f"{p.name}:{ident}", where, ident, text, ref=f"on line {number}", file=p.name)


def _row_record(p: Partition, number: int, row: dict[str, Any], opts: ReadOptions) -> Record:
    where = f"{p.name}:{number}"
    try:
        ident, text = record_article(row, number, opts.text_field, opts.id_field)
        if len(text.encode("utf-8")) > opts.max_size:
            raise ValueError("over max-file-size")
    except ValueError as exc:
        return Record((p.source, number), p.source, number, where, where, None, None, f"{exc}, skipped", file=p.name)
    return Record((p.source, number), p.source, number, f"{p.name}:{ident}", where, ident, text, ref=f"on row {number}", file=p.name)


def read_collection_partition(data: Any, index: int, opts: ReadOptions) -> Iterator[Record]:
    """The records of one partition of a Dask bag (strings or dicts) or dataframe (pandas).

    An article without an id field is named ``PARTITION-POSITION`` (both counted from 0).
    """
    rows = data.to_dict("records") if hasattr(data, "to_dict") else data
    for pos, row in enumerate(rows):
        where = f"{index}-{pos}"
        if isinstance(row, str):
            row = {opts.text_field: row}
        try:
            ident, text = record_article(row, pos + 1, opts.text_field, opts.id_field)
        except ValueError as exc:
            yield Record((index, pos), 0, pos, where, where, None, None, f"{exc}, skipped")
            continue
        ident = ident if opts.id_field else where
        yield Record((index, pos), 0, pos, ident, where, ident, text, ref=f"at {where}")


def duplicate_message(ident: str, first_ref: str) -> str:
    """The reason a record whose id an earlier record of its file (or collection) holds is skipped."""
    return f"id '{ident}' already used {first_ref}, skipped"
