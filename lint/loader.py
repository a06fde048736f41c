"""From paths to documents: discovery, decoding and the input errors on the way.

Nothing here ever writes to an input file. Every problem with one file
(missing, unreadable, binary, undecodable, too large) becomes an
:class:`~lint.errors.InputError` for that file only; the run goes on.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

import regex

from lint.document import Document, Format, build_document
from lint.errors import ConfigError, InputError
from lint.gitignore import GitIgnore
from lint.normalize import normalize
from lint.patterns import LazyPattern

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.text", "*.html", "*.htm")
FORMATS: dict[str, Format] = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html",
}  # fmt: skip
#: The default limit: the largest file whose worst case (bench/robustness.py) takes about a
#: minute; news articles are well under 200 KB of text, saved pages a few hundred KB.
DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024
#: No limit above this is accepted: a limit must be a size credlint can hold in memory.
MAX_FILE_SIZE_CEILING = 1024**3
_TAG = LazyPattern(r"<[A-Za-z!/]")
_SIZE = LazyPattern(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)?\s*$", regex.I)


def parse_size(value: int | str) -> int:
    """``10485760``, ``"10MB"``, ``"512 KiB"`` → bytes."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return _at_most_ceiling(value, value)
    m = _SIZE.match(str(value)) if isinstance(value, str) else None
    if not m:
        raise ConfigError(f"max-file-size: expected a positive size such as 10485760 or '10MB', got {value!r}")
    unit = (m.group(2) or "b").lower().rstrip("b").rstrip("i")
    factor = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit]
    size = int(float(m.group(1)) * factor)
    if size <= 0:
        raise ConfigError(f"max-file-size: must be positive, got {value!r}")
    return _at_most_ceiling(size, value)


def _at_most_ceiling(size: int, value: int | str) -> int:
    if size > MAX_FILE_SIZE_CEILING:
        raise ConfigError(f"max-file-size: at most 1GB (an article is read into memory), got {value!r}")
    return size


@dataclass(frozen=True)
class Target:
    """A file to lint, or a path that failed before it could be read."""

    path: str
    error: str | None = None


#: Byte-order marks, longest first (a UTF-32LE mark starts like a UTF-16LE one):
#: (mark, codec for the bytes after it, name reported in verbose mode).
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", "utf-8 with BOM"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32le with BOM"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32be with BOM"),
    (b"\xff\xfe", "utf-16-le", "utf-16le with BOM"),
    (b"\xfe\xff", "utf-16-be", "utf-16be with BOM"),
)
#: The fallback for legacy files; the engine warns whenever it was used.
WINDOWS_1252 = "windows-1252"


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Bytes → (text, encoding name). UTF-8 (with or without BOM), UTF-16/32
    with BOM, then Windows-1252 as the fallback for legacy files. The BOM is
    not part of the text, so columns on line 1 are the same with or without it."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError:
                family = codec.removesuffix("-le").removesuffix("-be")
                raise InputError(path, f"invalid {family} text after its byte-order mark") from None
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, "not valid UTF-8 or Windows-1252 text") from None
    return text, WINDOWS_1252


def format_for(path: str, text: str = "") -> Format:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    if text.lstrip()[:14].lower() in ("<!doctype html", "<html>") or text.lstrip()[:6].lower() == "<html ":
        return "html"
    return "markdown" if text.startswith("---") else "text"


def make_document(path: str, data: bytes, fmt: Format | None = None) -> Document:
    """Decode bytes and build the document; an empty file is an input error."""
    text, encoding = decode(data, path)
    if not text.strip():
        raise InputError(path, "empty file, nothing to lint")
    return text_document(path, text, fmt, origin={"encoding": encoding})


def text_document(path: str, text: str, fmt: Format | None = None, origin: dict[str, str] | None = None) -> Document:
    """Build the document for decoded text, in the format its name or content says
    (HTML goes through the article extractor). Rules read the normalised text (line
    breaks, invisible characters: :mod:`lint.normalize`); positions are the file's."""
    fmt = fmt or format_for(path, text)
    text, source = normalize(text)
    if fmt == "html" and not _TAG.search(text):  # an .html file holding plain text: read it as text
        fmt = format_for("", text)
        origin = {**(origin or {}), "note": "no HTML tags: read as plain text"}
    if fmt == "html":
        from lint.html import build_html_document  # start-up: only saved pages need the HTML extractor

        doc = build_html_document(path, text, origin=origin)
        return replace(doc, source=source) if source is not None else doc
    return build_document(path, text, fmt, origin=origin, source=source)


def human_size(n: int) -> str:
    """A byte count for messages: 512 bytes, 3.0 KB, 50.0 MB."""
    for unit, size in (("MB", 1048576), ("KB", 1024)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"


def open_regular(path: str) -> int:
    """Open a file for reading, refusing what is not a regular file (a FIFO, a device such as
    ``/dev/zero``, a socket) before anything is read from it: opening never blocks on a FIFO."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(path, "not a regular file (a FIFO, device or socket), not read")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def os_error(path: str, exc: OSError) -> InputError:
    """One line for an OS error on a path."""
    if isinstance(exc, FileNotFoundError):
        return InputError(path, "no such file or directory")
    if isinstance(exc, PermissionError):
        return InputError(path, "permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputError(path, "is a directory")
    return InputError(path, (exc.strerror or str(exc)).lower())


def read_bounded(fh: BinaryIO, limit: int) -> bytes:
    """At most ``limit + 1`` bytes, a megabyte at a time (never a buffer of the limit's size)."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = fh.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def read_file(path: str, max_size: int = DEFAULT_MAX_FILE_SIZE) -> bytes:
    """Read a file's bytes, refusing what is not a regular file or too large."""
    try:
        fd = open_regular(path)
        with os.fdopen(fd, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_size:
                raise InputError(
                    path, f"file is {human_size(size)}, over max-file-size ({human_size(max_size)}); raise it in the config if this is an article"
                )
            data = read_bounded(fh, max_size)
            if len(data) > max_size:  # it grew while we read it
                raise InputError(path, f"file is over max-file-size ({human_size(max_size)})")
            return data
    except OSError as exc:
        raise os_error(path, exc) from None


def load(path: str, max_size: int = DEFAULT_MAX_FILE_SIZE) -> Document:
    """Read one article from disk."""
    return make_document(path, read_file(path, max_size))


def read_stdin(name: str = "-", max_size: int = DEFAULT_MAX_FILE_SIZE) -> Document:
    """Read one article from standard input (``credlint check -``), at most ``max_size`` bytes."""
    try:
        if sys.stdin is None or sys.stdin.closed:
            raise InputError(name, "standard input is closed")
        data = read_bounded(sys.stdin.buffer, max_size)
    except (OSError, ValueError):
        raise InputError(name, "standard input is closed or unreadable") from None
    if len(data) > max_size:
        raise InputError(name, f"standard input is over max-file-size ({human_size(max_size)})")
    return make_document(name, data)


def path_matches(rel: str, patterns: tuple[str, ...]) -> bool:
    """Whether a ``/``-separated relative path, or its file name alone, matches a glob
    (``include``, ``exclude`` and ``per-file-ignores`` read globs alike)."""
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)


class Excluder:
    """``exclude`` globs, read like ruff's: relative to the folder of the config file
    (the project root), or a bare name (``drafts``, ``*.draft.md``) that matches a file or
    folder of that name anywhere."""

    def __init__(self, patterns: tuple[str, ...], root: str) -> None:
        self.patterns = tuple(p.strip("/") for p in patterns if p.strip("/"))
        self.root = os.path.abspath(root)

    def _rel(self, path: str) -> str:
        rel = os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")
        return rel if not rel.startswith("../") and rel != ".." else os.path.abspath(path).replace(os.sep, "/")

    def excluded(self, path: str) -> bool:
        """Whether the walk skips this file or folder."""
        return bool(self.patterns) and path_matches(self._rel(path), self.patterns)

    def excluded_with_parents(self, path: str) -> bool:
        """Whether this path or a folder above it (up to the root) is excluded: what
        ``force-exclude`` applies to the paths named on the command line."""
        if not self.patterns:
            return False
        rel = self._rel(path)
        parts = rel.split("/")
        return any(path_matches("/".join(parts[: i + 1]), self.patterns) for i in range(len(parts)))


def discover(
    paths: list[str],
    include: tuple[str, ...] = DEFAULT_INCLUDE,
    exclude: tuple[str, ...] = (),
    respect_gitignore: bool = True,
    root: str = ".",
    force_exclude: bool = False,
) -> list[Target]:
    """Expand the given paths into files, in a stable order.

    Files named explicitly are always linted (whatever their extension) unless
    ``force_exclude`` applies ``exclude`` to them too (for pre-commit, which names
    every staged file); directories are walked for ``include`` patterns, skipping
    hidden entries, ``exclude`` patterns (relative to ``root``, the config file's folder)
    and, by default, what ``.gitignore`` files ignore.
    Directory symlinks are not followed, so a symlink loop cannot trap the walk.
    """
    out: list[Target] = []
    seen: set[object] = set()
    excluder = Excluder(exclude, root)

    def first_time(path: str) -> bool:
        """Whether a file was not listed yet under any name (``a.md``, ``./a.md``, a link, a hard link)."""
        try:
            st = os.stat(path)
            key: object = (st.st_dev, st.st_ino) if st.st_ino else os.path.realpath(path)
        except OSError:
            key = os.path.abspath(path)
        if key in seen:
            return False
        seen.add(key)
        return True

    for given in paths:
        if given == "-":
            out.append(Target("-"))
            continue
        if force_exclude and excluder.excluded_with_parents(given):
            continue
        try:
            os.stat(given)
        except FileNotFoundError:
            out.append(Target(given, "no such file or directory"))
            continue
        except OSError as exc:
            out.append(Target(given, (exc.strerror or str(exc)).lower()))
            continue
        if not os.path.isdir(given):
            if first_time(given):
                out.append(Target(given))
            continue
        found: list[str] = []
        skipped = 0
        ignore = GitIgnore(Path(given)) if respect_gitignore else None
        for root_dir, dirs, files in os.walk(given, onerror=None):
            rel_root = os.path.relpath(root_dir, given).replace(os.sep, "/")
            rel_root = "" if rel_root == "." else rel_root + "/"
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".")
                and d not in ("__pycache__", "node_modules")
                and not excluder.excluded(os.path.join(root_dir, d))
                and not (ignore and ignore.ignored(rel_root + d, is_dir=True))
            )
            for f in sorted(files):
                rel = rel_root + f
                if f.startswith(".") or not path_matches(rel, include):
                    continue
                if excluder.excluded(os.path.join(root_dir, f)):
                    skipped += 1
                    continue
                if ignore and ignore.ignored(rel, is_dir=False):
                    continue
                found.append(os.path.join(root_dir, f))
        if not found:
            why = f"no files matching {', '.join(include)} in this directory"
            out.append(Target(given, why + (f" ({skipped} excluded by the config's exclude)" if skipped else "")))
        for f in found:
            if first_time(f):
                out.append(Target(f))
    return out
