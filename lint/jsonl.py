"""JSONL corpora: one article per line, each linted as its own document.

``credlint check corpus.jsonl --jsonl-text-field text --jsonl-id-field id``
reads the file a line at a time (memory stays flat however large the corpus)
and reports each article as ``corpus.jsonl:ID`` (the id field, else the
1-based line number); lines and columns in findings count inside the
article's text. A bad line (invalid JSON, not an object, a missing, empty or
non-string text field, a missing or repeated id) becomes an input error for
``corpus.jsonl:LINE`` and the run goes on with the next line. An article's
format follows its text: front matter makes it Markdown, a saved page
(``<!doctype html>``/``<html>``) goes through the HTML extractor, anything
else is plain text.

This module only reads: it yields each article's name and text (or the error of a bad
line) and the engine (:func:`lint.engine.lint_corpus`) lints them.
"""

from __future__ import annotations

import json
import os
from typing import BinaryIO, Iterator, NamedTuple

from lint.errors import InputError
from lint.loader import human_size, open_regular, os_error
from lint.results import FileResult

SUFFIXES = (".jsonl", ".ndjson")


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(SUFFIXES)


def record_article(obj: object, lineno: int, text_field: str, id_field: str | None) -> tuple[str, str]:
    """(id, text) of one parsed line, or ValueError saying what is wrong with it."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    if text_field not in obj:
        raise ValueError(f"no '{text_field}' field (set --jsonl-text-field)")
    text = obj[text_field]
    if not isinstance(text, str):
        raise ValueError(f"'{text_field}' is {type(text).__name__}, not a string")
    if not text.strip():
        raise ValueError(f"'{text_field}' is empty, nothing to lint")
    if id_field is None:
        return str(lineno), text
    ident = obj.get(id_field)
    if isinstance(ident, bool) or not isinstance(ident, (str, int)) or not str(ident).strip():
        raise ValueError(f"no usable '{id_field}' field (a non-empty string or an integer)")
    return str(ident).strip(), text


def read_line(raw: bytes, lineno: int, max_size: int, text_field: str = "text", id_field: str | None = None) -> tuple[str, str] | None:
    """(id, text) of one raw line, None for a blank line, or ValueError saying why it is skipped."""
    if len(raw) > max_size:
        raise ValueError("over max-file-size, skipped")
    try:
        line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError:
        raise ValueError("not valid UTF-8 (JSON Lines must be UTF-8), skipped") from None
    if not line.strip():
        return None
    try:
        return record_article(json.loads(line), lineno, text_field, id_field)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno}), skipped") from None
    except ValueError as exc:
        raise ValueError(f"{exc}, skipped") from None


class Article(NamedTuple):
    """One good line of a corpus: the name it is reported as (``corpus.jsonl:ID``) and its text."""

    name: str
    text: str


def read_corpus(path: str, max_size: int, text_field: str = "text", id_field: str | None = None) -> Iterator[Article | FileResult]:
    """Every article of one JSONL file, a line at a time; a bad line (or an unreadable file)
    is the error result it is reported as. Blank lines are skipped."""
    seen: dict[str, int] = {}
    try:
        fh = os.fdopen(open_regular(path), "rb")
    except InputError as exc:
        yield FileResult(path=path, error=exc.why)
        return
    except OSError as exc:
        yield FileResult(path=path, error=os_error(path, exc).why)
        return
    with fh:
        for lineno, raw in enumerate(_lines(fh, max_size), 1):
            if raw is None:
                yield FileResult(path=f"{path}:{lineno}", error=f"line is over max-file-size ({human_size(max_size)}), skipped")
                continue
            try:
                article = read_line(raw, lineno, max_size, text_field, id_field)
            except ValueError as exc:
                yield FileResult(path=f"{path}:{lineno}", error=str(exc))
                continue
            if article is None:
                continue
            ident, text = article
            if ident in seen:
                yield FileResult(path=f"{path}:{lineno}", error=f"id '{ident}' already used on line {seen[ident]}, skipped")
                continue
            seen[ident] = lineno
            yield Article(f"{path}:{ident}", text)


def _lines(fh: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The file's lines, each read only up to ``limit`` bytes: a longer line is skipped
    (None) a chunk at a time, so one huge line never sits in memory."""
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        while raw and not raw.endswith(b"\n"):
            raw = fh.readline(1 << 20)
        yield None
