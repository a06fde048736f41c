"""Where credlint keeps what it writes for itself: the per-user cache folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_cache_dir() -> Path:
    """The platform's per-user cache folder for credlint (as ruff and pre-commit use)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "credlint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "credlint"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg if xdg and os.path.isabs(xdg) else Path.home() / ".cache") / "credlint"
