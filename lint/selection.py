"""Which rules run: ``--select``/``--ignore``/``--extend-select`` resolved like ruff.

A selector is ``ALL``, a category name (``filler``), a rule name
(``template-callout``), a code prefix (``FIL``, ``FIL0``) or a full code, in any
case (``fil001``, ``Filler`` and ``all`` work too, as in ``credlint rule``). When a
rule is both selected and ignored, the more specific selector wins, so
``--select FIL001 --ignore FIL`` keeps FIL001. Suppression comments and
per-file ignores read selectors with the same function.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from lint.errors import ConfigError
from lint.rulepack import CATEGORIES, Rule


def split_selectors(values: str | Iterable[str] | None) -> tuple[str, ...]:
    """Selectors as options give them: ``"A,B"``, or ``["A,B", "C"]`` (``--select A,B --select C``) → (A, B, C)."""
    if values is None:
        return ()
    items = [values] if isinstance(values, str) else values
    return tuple(x.strip() for item in items for x in item.split(",") if x.strip())


def specificity(selector: str, code: str, name: str, category: str) -> int:
    """How specifically ``selector`` names the rule (0 = not at all), ignoring case."""
    folded = selector.strip().casefold()
    if folded == "all":
        return 1
    if folded == category:
        return 2
    if folded == name or folded == code.casefold():
        return 100
    if folded[:1].isalpha() and code.casefold().startswith(folded):
        return 2 + len(folded)
    return 0


def _rule_specificity(selector: str, rule: Rule) -> int:
    return specificity(selector, rule.code, rule.name, rule.category)


def is_known(selector: str, rules: Sequence[Rule]) -> bool:
    """Whether a selector names at least one rule (or a category, or ALL)."""
    folded = selector.strip().casefold()
    return folded == "all" or folded in CATEGORIES or any(_rule_specificity(selector, r) for r in rules)


def validate_selectors(selectors: Iterable[str], rules: Sequence[Rule], option: str) -> None:
    """Reject selectors that name no rule, so a typo never silently selects nothing."""
    for s in selectors:
        if not is_known(s, rules):
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
        on = max((_rule_specificity(s, rule) for s in (*select, *extend_select)), default=0)
        off = max((_rule_specificity(s, rule) for s in ignore), default=0)
        if on and on > off:
            chosen.append(rule)
    return chosen


def matches(selectors: Iterable[str], rule_code: str, rule_name: str, category: str) -> bool:
    """Whether any selector names a rule (for per-file ignores and suppression comments)."""
    return any(specificity(s, rule_code, rule_name, category) for s in selectors)


def find_rule(key: str, rules: Sequence[Rule]) -> Rule | None:
    """The rule a code or name (any case) names, for ``credlint rule``."""
    return next((r for r in rules if _rule_specificity(key, r) == 100), None)
