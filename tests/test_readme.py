"""The README stays true: its rule reference is generated from the packs."""

from __future__ import annotations

from lint.docs import REFERENCE_END, REFERENCE_START, rule_reference
from lint.rulepack import load_packs
from tests.conftest import ROOT


def test_rule_reference_in_readme_is_in_sync():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = readme.index(REFERENCE_START), readme.index(REFERENCE_END) + len(REFERENCE_END)
    assert readme[start:end] + "\n" == rule_reference(load_packs()), (
        "README rule reference is stale: run `python -m lint rules --format markdown` and paste it, "
        "or `python scripts/update_readme.py`"
    )


def test_readme_documents_every_rule_code_and_exit_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in load_packs():
        assert f"`{rule.code}`" in readme
    for needle in ("| 0 |", "| 1 |", "| 2 |", "--fail-under", "credlint-disable"):
        assert needle in readme
