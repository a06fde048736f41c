"""credlint: a source-credibility linter for news articles.

The Python API (:mod:`lint.api`) is importable from here: ``lint.check_text``,
``lint.check_paths`` and their result types. They are loaded on first use, so
``import lint`` stays as cheap as the command line needs it to be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["CredlintError", "FileResult", "Finding", "Report", "__version__", "check_paths", "check_text"]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors
    from lint.api import CredlintError, FileResult, Finding, Report, check_paths, check_text


def __getattr__(name: str) -> Any:
    if name in __all__:
        from lint import api

        return getattr(api, name)
    raise AttributeError(f"module 'lint' has no attribute {name!r}")
