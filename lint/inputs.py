"""What one run reads: the paths given, expanded into files and sorted by kind.

A run reads plain files and folders of them (walked by :func:`lint.loader.discover`),
standard input (``-``) and JSONL corpora (one article a line, :mod:`lint.jsonl`).
:func:`find_inputs` expands the paths once, in the order given; the engine
(:func:`lint.engine.run_inputs`) lints each kind its own way and reports every result
in that order, a corpus's articles where the corpus was named.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Sequence

from lint.config import Config
from lint.errors import CredlintError
from lint.jsonl import is_jsonl
from lint.loader import Target, discover

STDIN = "-"


@dataclass(frozen=True)
class Inputs:
    """The expanded paths of one run and how to read the kinds that need telling."""

    targets: tuple[Target, ...]
    #: The name standard input is reported as (``--stdin-filename``).
    stdin_name: str = STDIN
    #: JSONL corpora: the field holding each article and the one naming it (None: the line number).
    text_field: str = "text"
    id_field: str | None = None

    @property
    def files(self) -> list[str]:
        """Plain files, linted in worker processes when there are enough of them."""
        return [t.path for t in self.targets if t.error is None and t.path != STDIN and not is_jsonl(t.path)]

    @property
    def corpora(self) -> list[str]:
        """JSONL files, each read a line at a time in this process."""
        return [t.path for t in self.targets if t.error is None and t.path != STDIN and is_jsonl(t.path)]

    def readable(self) -> list[str]:
        """Every path that will be opened (not standard input, not a path already in error)."""
        return [t.path for t in self.targets if t.error is None and t.path != STDIN]

    def positions(self) -> Callable[[str], int]:
        """Where a result goes in the report, by its path: the place the path (or its corpus,
        for a ``corpus.jsonl:ID`` article) was given; -1 for standard input under another name."""
        rank = {t.path: i for i, t in enumerate(self.targets)}
        corpora = self.corpora
        return lambda path: rank.get(path, next((rank[c] for c in corpora if path.startswith(c + ":")), -1))


def find_inputs(
    paths: Sequence[str],
    config: Config,
    root: str,
    force_exclude: bool = False,
    stdin_filename: str | None = None,
    text_field: str = "text",
    id_field: str | None = None,
) -> Inputs:
    """Expand ``paths`` with the config's include, exclude and .gitignore settings
    (``exclude`` relative to ``root``, the config file's folder)."""
    targets = discover(
        list(paths), include=config.include, exclude=config.exclude, respect_gitignore=config.respect_gitignore,
        root=root, force_exclude=force_exclude,
    )  # fmt: skip
    if stdin_filename and any(os.path.abspath(t.path) == os.path.abspath(stdin_filename) for t in targets if t.path != STDIN):
        raise CredlintError(f"--stdin-filename {stdin_filename} names a file that is linted too; give standard input another name")
    return Inputs(tuple(targets), stdin_filename or STDIN, text_field, id_field)
