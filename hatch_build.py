"""Wheel build hook: placeholders for the prebuilt store, so that ``pip uninstall`` removes it.

credlint builds its rule set, gazetteer indexes and compiled patterns into ``lint/_prebuilt/``
on the first run after an install (see ``lint/prebuilt.py``). Files a program writes into its own
package folder are not in the wheel's RECORD, and pip removes only what RECORD lists: the folder
would outlive the package. The wheel therefore ships each store file as a stale placeholder (a
header no reader accepts); the first run replaces it in place, under the same name, and
``pip uninstall`` removes it with the rest. Editable installs are left alone (the store lives in
the source tree, which git ignores).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: Every file the store may hold (tests/test_wheel.py checks the list against a real first run).
STORE_FILES = ("rules.json", "patterns.json", "gazetteers.json", "hyphenation.json", "wordlists.json", "dataclasses.json", ".lock")
#: A header line that no reader accepts (format 0), so a placeholder is always rebuilt.
PLACEHOLDER = b'{"format": 0, "placeholder": true}\n'


class PrebuiltPlaceholders(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        folder = Path(tempfile.mkdtemp(prefix="credlint-prebuilt-"))
        for name in STORE_FILES:
            path = folder / name
            path.write_bytes(b"" if name == ".lock" else PLACEHOLDER)
            build_data["force_include"][str(path)] = f"lint/_prebuilt/{name}"
