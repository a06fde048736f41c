"""The resolved settings of one run: which rules, what they may consult, what to keep.

The command line and the Python API build a :class:`LintSettings` from the config
file and their options (:mod:`lint.setup`); the engine, its worker processes and the
cache read it. It is frozen and picklable, so every worker sees the same run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint.context import Context
from lint.loader import DEFAULT_MAX_FILE_SIZE

if TYPE_CHECKING:  # typing only: the settings carry a cache and rules, built elsewhere
    from lint.cache import Cache
    from lint.rule import Rule


@dataclass(frozen=True)
class LintSettings:
    """The resolved, picklable settings of one run."""

    rules: tuple[Rule, ...]
    context: Context = Context()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    with_metrics: bool = False
    #: Keep each article's display view (:mod:`lint.view`) for reports that show the text.
    with_view: bool = False
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    #: Content-hash cache of per-file results (see :mod:`lint.cache`); None = off.
    cache: Cache | None = None
    #: Folder that per-file-ignores globs are relative to (the config file's).
    project_root: str = "."
