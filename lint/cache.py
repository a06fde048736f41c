"""A content-hash cache of per-file results, so unchanged files are not re-linted.

Like ruff's cache, an entry is found by a hash of everything that decides a
file's result: the file's bytes and path (per-file ignores and the reported
path depend on it) salted with the credlint version and code, the active rule
set (:func:`lint.rulepack.ruleset_hash`) and the settings that change findings
(known people, the as-of date — or today's date when none is set, because
date rules read undated articles against it — analyzer settings, per-file
ignores, metrics on or off). Change any of them and the old entries are simply
never looked up again.

What is stored is the whole :class:`~lint.results.FileResult` *before*
cross-file checks and scoring, facts for cross-file rules included, so a run
that mixes cached and fresh files still runs the cross-file rules on every
file. Files that failed to load or whose rules failed (a regex timeout) are
never cached.

Security: a cache is input like any other (a pull request can commit one), so
it holds **data only**: JSON, read with :func:`json.loads` and rebuilt into the
few dataclasses a result is made of (:data:`_TYPES`, every field type-checked);
nothing in it is ever imported, unpickled or executed, and an entry that does
not validate is a miss. Compiled patterns are not stored at all: every process
compiles them from the rule packs' text. The default location is the user's
cache folder (``$XDG_CACHE_HOME/credlint``, ``~/Library/Caches/credlint``,
``%LOCALAPPDATA%\\credlint\\Cache``), outside the checked repository, and a
folder owned by another user is not used.

Concurrency: entries are written to a temporary file in the same folder and
moved into place with :func:`os.replace`, which is atomic, so parallel workers
and concurrent credlint runs never see half-written entries; an unreadable or
corrupt entry is a miss. The folder carries a ``CACHEDIR.TAG`` (backup tools
skip it) and a ``.gitignore`` of ``*`` (git ignores it).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint import __version__
from lint.cachedata import dumps, loads
from lint.findings import Finding
from lint.results import FileResult
from lint.rulepack import ruleset_hash
from lint.suppress import Suppression
from lint.view import ArticleView
from lint.locations import user_cache_dir
from lint.wordlists import builtin_rules_dir

if TYPE_CHECKING:  # typing only: the settings carry the cache, not the other way round
    from lint.settings import LintSettings

#: Bump when the layout or the entry format changes incompatibly (1 was pickled).
FORMAT = 2
#: Fields of a cached FileResult and the types they must have (lists and dicts as stored).
_RESULT_FIELDS = {
    "path": str, "findings": tuple, "facts": dict, "metrics": dict, "suppressions": tuple,
    "used_suppressions": tuple, "notices": tuple, "warnings": tuple, "view": object,
}  # fmt: skip
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by credlint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def _code_stamp() -> str:
    """Name, size and mtime of credlint's own modules and word lists (``rules/data``,
    gazetteers included): editing them (or upgrading credlint) invalidates the
    cache even without a version bump."""
    root = Path(__file__).resolve().parent
    data = builtin_rules_dir() / "data"
    parts = [__version__]
    for base, path in [(root, p) for p in sorted(root.rglob("*.py"))] + [(data, p) for p in sorted(data.rglob("*.txt"))]:
        st = path.stat()
        parts.append(f"{path.relative_to(base)}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts)


def settings_salt(settings: LintSettings) -> str:
    """A hash of everything besides the file itself that changes its result."""
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
            _user(),
        )
    )
    return hashlib.sha256(material.encode()).hexdigest()[:16]


def _user() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid else os.environ.get("USERNAME", "")


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
        return os.path.join(self.root, f"v{FORMAT}", self.salt, key[:2], key[2:] + ".json")

    def get(self, key: str, path: str) -> FileResult | None:
        """The stored result for ``path``, or None on a miss or an entry that does not validate."""
        if not _usable(self.root):
            return None
        try:
            with open(self._entry(key), "rb") as fh:
                return _result(loads(fh.read()), path)
        except Exception:  # noqa: BLE001 - a missing, truncated, foreign or forged entry is just a miss
            return None

    def put(self, key: str, result: FileResult) -> None:
        """Store a result atomically; failing to write (or to encode) only costs speed."""
        if result.error is not None or result.rule_errors or result.score is not None:
            return
        try:
            fields = {name: getattr(result, name) for name in _RESULT_FIELDS}
            fields["used_suppressions"] = sorted(result.used_suppressions)
            data = dumps(fields)
        except ValueError:
            return
        self._store(self._entry(key), data)

    def _store(self, target: str, data: bytes) -> None:
        import tempfile  # only a run that writes an entry needs it (a cache hit, --no-cache: 1.5-3 ms saved)

        folder = os.path.dirname(target)
        try:
            self._ensure_root()
            if not _usable(self.root):
                return
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
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
        import tempfile

        os.makedirs(self.root, exist_ok=True)
        for name, content in (("CACHEDIR.TAG", _TAG), (".gitignore", "# Created by credlint automatically.\n*\n")):
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(content)
            os.replace(tmp, os.path.join(self.root, name))


def _result(stored: Any, path: str) -> FileResult | None:
    """Rebuild a FileResult from a decoded entry, checking every field."""

    if not isinstance(stored, dict) or set(stored) != set(_RESULT_FIELDS):
        return None
    if not all(isinstance(stored[k], t) for k, t in _RESULT_FIELDS.items()) or stored["path"] != path:
        return None
    if not all(isinstance(f, Finding) for f in stored["findings"]):
        return None
    if stored["view"] is not None and not isinstance(stored["view"], ArticleView):
        return None
    if not all(isinstance(s, Suppression) for s in stored["suppressions"]):
        return None
    if not all(isinstance(n, str) for n in (*stored["notices"], *stored["warnings"])):
        return None
    used = stored["used_suppressions"]
    if not all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i < len(stored["suppressions"]) for i in used):
        return None
    if not all(v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)) for v in stored["metrics"].values()):
        return None
    return FileResult(
        path=path,
        findings=list(stored["findings"]),
        facts=dict(stored["facts"]),
        metrics=dict(stored["metrics"]),
        suppressions=stored["suppressions"],
        used_suppressions=set(used),
        notices=list(stored["notices"]),
        warnings=list(stored["warnings"]),
        view=stored["view"],
    )


def _usable(root: str) -> bool:
    """A cache folder another user owns is not read or written (it could be planted)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    try:
        return os.stat(root).st_uid == getuid()
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def default_cache_dir(config_path: Path | None = None) -> Path:
    """``CREDLINT_CACHE_DIR`` if set, else the user's cache folder: never inside the
    checked repository, so a cache committed to it is never read."""
    env = os.environ.get("CREDLINT_CACHE_DIR")
    if env:
        return Path(env)
    return user_cache_dir()
