"""Which rules run: ``--select``/``--ignore``/``--extend-select`` resolved like ruff.

A selector is ``ALL``, a category name (``filler``), a rule name
(``template-callout``), a code prefix (``FIL``, ``FIL0``) or a full code. When a
rule is both selected and ignored, the more specific selector wins, so
``--select FIL001 --ignore FIL`` keeps FIL001.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from lint.errors import ConfigError
from lint.rulepack import CATEGORIES, Rule


def _specificity(selector: str, rule: Rule) -> int:
    """How specifically ``selector`` names ``rule`` (0 = not at all)."""
    if selector == "ALL":
        return 1
    if selector == rule.category:
        return 2
    if selector == rule.name or selector == rule.code:
        return 100
    if selector.isupper() and rule.code.startswith(selector):
        return 2 + len(selector)
    return 0


def validate_selectors(selectors: Iterable[str], rules: Sequence[Rule], option: str) -> None:
    """Reject selectors that name no rule, so a typo never silently selects nothing."""
    for s in selectors:
        if s != "ALL" and s not in CATEGORIES and not any(_specificity(s, r) for r in rules):
            raise ConfigError(f"{option}: '{s}' matches no rule (use a code, a code prefix, a rule name or a category)")


def resolve(
    rules: Sequence[Rule],
    select: Sequence[str] = ("ALL",),
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
) -> list[Rule]:
    """The enabled rules, in code order."""
    validate_selectors(select, rules, "select")
    validate_selectors(ignore, rules, "ignore")
    validate_selectors(extend_select, rules, "extend-select")
    chosen = []
    for rule in rules:
        on = max((_specificity(s, rule) for s in (*select, *extend_select)), default=0)
        off = max((_specificity(s, rule) for s in ignore), default=0)
        if on and on > off:
            chosen.append(rule)
    return chosen


def matches(selectors: Iterable[str], rule_code: str, rule_name: str, category: str) -> bool:
    """Whether any selector names a rule (for per-file ignores)."""
    for s in selectors:
        if s in ("ALL", rule_code, rule_name, category) or (s.isupper() and rule_code.startswith(s)):
            return True
    return False
