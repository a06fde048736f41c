"""A content-hash cache of per-file results, so unchanged files are not re-linted.

Like ruff's cache, an entry is found by a hash of everything that decides a
file's result: the file's bytes and path (per-file ignores and the reported
path depend on it) salted with the credlint version and code, the active rule
set (:func:`lint.rulepack.ruleset_hash`) and the settings that change findings
(known people, the as-of date — or today's date when none is set, because
date rules read undated articles against it — analyzer settings, per-file
ignores, metrics on or off). Change any of them and the old entries are simply
never looked up again.

What is stored is the whole :class:`~lint.engine.FileResult` *before*
cross-file checks and scoring, facts for cross-file rules included, so a run
that mixes cached and fresh files still runs the cross-file rules on every
file. Files that failed to load or whose rules failed (a regex timeout) are
never cached.

Concurrency: entries are written to a temporary file in the same folder and
moved into place with :func:`os.replace`, which is atomic, so parallel workers
and concurrent credlint runs never see half-written entries; an unreadable or
corrupt entry is a miss. The folder carries a ``CACHEDIR.TAG`` (backup tools
skip it) and a ``.gitignore`` of ``*`` (git ignores it).

Besides results, the cache keeps set-ups that cost every process time and
depend only on the installed code, under ``shared/``: the compiled regular
expressions (see :mod:`lint.patterns`).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only; keeps this module import-light
    from lint.engine import FileResult, LintSettings

CACHE_DIR_NAME = ".credlint_cache"
#: Bump when the layout or the pickled classes change incompatibly.
FORMAT = 1
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by credlint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def _code_stamp() -> str:
    """Name, size and mtime of credlint's own modules and word lists (``rules/data``,
    gazetteers included): editing them (or upgrading credlint) invalidates the
    cache even without a version bump."""
    from lint import __version__
    from lint.rulepack import builtin_rules_dir

    root = Path(__file__).resolve().parent
    data = builtin_rules_dir() / "data"
    parts = [__version__]
    for base, path in [(root, p) for p in sorted(root.rglob("*.py"))] + [(data, p) for p in sorted(data.rglob("*.txt"))]:
        st = path.stat()
        parts.append(f"{path.relative_to(base)}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts)


def settings_salt(settings: LintSettings) -> str:
    """A hash of everything besides the file itself that changes its result."""
    from lint.rulepack import ruleset_hash

    ctx = settings.context
    material = repr(
        (
            FORMAT,
            _code_stamp(),
            ruleset_hash(list(settings.rules)),
            ctx.known_people,
            ctx.known_organizations,
            (ctx.as_of or date.today()).isoformat(),
            sorted((k, sorted(v.items())) for k, v in ctx.settings.items()),
            settings.per_file_ignores,
            os.path.abspath(settings.project_root),
            settings.with_metrics,
            settings.with_view,
        )
    )
    return hashlib.sha256(material.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Cache:
    """Where entries live and the salt of this run's settings (small, picklable)."""

    root: str
    salt: str

    @classmethod
    def open(cls, root: str | os.PathLike[str], settings: LintSettings) -> Cache:
        """A cache for these settings under ``root`` (created on first write)."""
        return cls(str(root), settings_salt(settings))

    def key(self, path: str, data: bytes) -> str:
        h = hashlib.sha256(self.salt.encode())
        h.update(b"\0" + os.fsencode(path) + b"\0")
        h.update(data)
        return h.hexdigest()

    def _entry(self, key: str) -> str:
        return os.path.join(self.root, f"v{FORMAT}", self.salt, key[:2], key[2:])

    def _shared(self, name: str) -> str:
        return os.path.join(self.root, f"v{FORMAT}", "shared", name)

    def get(self, key: str) -> FileResult | None:
        """The stored result, or None on a miss or an unreadable entry."""
        from lint.engine import FileResult

        result = _load(self._entry(key))
        return result if isinstance(result, FileResult) else None

    def put(self, key: str, result: FileResult) -> None:
        """Store a result atomically; failing to write only costs speed."""
        if result.error is None and not result.rule_errors:
            self._store(self._entry(key), result)

    def get_shared(self, name: str) -> Any:
        """A stored set-up object (the same for every settings salt), or None."""
        return _load(self._shared(name))

    def put_shared(self, name: str, obj: Any) -> None:
        self._store(self._shared(name), obj)

    def _store(self, target: str, obj: Any) -> None:
        folder = os.path.dirname(target)
        try:
            self._ensure_root()
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, target)
            except BaseException:
                _unlink(tmp)
                raise
        except OSError:
            pass  # read-only checkout, full disk: lint on without caching

    def _ensure_root(self) -> None:
        tag = os.path.join(self.root, "CACHEDIR.TAG")
        if os.path.exists(tag):
            return
        os.makedirs(self.root, exist_ok=True)
        for name, content in (("CACHEDIR.TAG", _TAG), (".gitignore", "# Created by credlint automatically.\n*\n")):
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(content)
            os.replace(tmp, os.path.join(self.root, name))


def _load(path: str) -> Any:
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # a missing, truncated or foreign entry is just a miss
        return None


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def default_cache_dir(config_path: Path | None) -> Path:
    """``.credlint_cache`` beside the config file, else in the working directory;
    ``CREDLINT_CACHE_DIR`` overrides both."""
    env = os.environ.get("CREDLINT_CACHE_DIR")
    if env:
        return Path(env)
    base = config_path.parent if config_path is not None else Path.cwd()
    return base / CACHE_DIR_NAME
