"""Where the built-in rule packs and their word lists are installed."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lint.errors import PackError


@cache
def builtin_rules_dir() -> Path:
    """Where the built-in packs are: inside the wheel, or at the repository root."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_builtin_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise PackError(str(here / "_builtin_rules"), None, None, "built-in rule packs are missing from the installation")
