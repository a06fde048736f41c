"""Print the README's Quickstart commands, one per line, exactly as written.

``.ci/run`` runs them in a fresh clone (no ``../shared`` beside it), so the
Quickstart a newcomer follows is the one CI proves; a test keeps this reader and
the README in step.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def quickstart_commands(readme: str) -> list[str]:
    """The command lines of the first ``sh`` block under ``## Quickstart``."""
    section = readme.split("\n## Quickstart\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    if block is None:
        raise SystemExit("README.md: no ```sh block under ## Quickstart")
    return [line for line in block.group(1).splitlines() if line.strip() and not line.lstrip().startswith("#")]


def main() -> None:
    readme = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "README.md")
    print("\n".join(quickstart_commands(readme.read_text(encoding="utf-8"))))


if __name__ == "__main__":
    main()
