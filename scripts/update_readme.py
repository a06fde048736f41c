"""Regenerate the rule reference in README.md from the rule packs."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lint.docs import REFERENCE_END, REFERENCE_START, rule_reference  # noqa: E402
from lint.rulepack import load_packs  # noqa: E402


def main() -> None:
    readme = Path(__file__).resolve().parents[1] / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(REFERENCE_START), text.index(REFERENCE_END) + len(REFERENCE_END)
    readme.write_text(text[:start] + rule_reference(load_packs()).rstrip("\n") + text[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
