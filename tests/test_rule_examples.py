"""Every rule's own examples: each `bad` example triggers the rule, each `good` one does not.

The examples live beside the rule in its pack, so a rule cannot change behaviour
without its documentation changing too.
"""

from __future__ import annotations

import pytest

from lint.rulepack import load_packs
from tests.conftest import lint_text

RULES = load_packs()
HEADLINE = "Example headline\n\n"


def as_article(example: str, rule) -> str:  # type: ignore[no-untyped-def]
    """A one-paragraph example is body text: give it a headline to sit under.

    Examples with a blank line in them are whole articles and are linted as they
    are (their first block is the headline); headline-scoped rules get the bare text.
    """
    if rule.scope == "headline" or "\n\n" in example.strip():
        return example
    return HEADLINE + example


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_examples_trigger(rule):  # type: ignore[no-untyped-def]
    for example in rule.bad:
        codes = [f.code for f in lint_text(as_article(example, rule), [rule]).findings]
        assert rule.code in codes, f"{rule.code} does not fire on its bad example: {example!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_good_examples_pass(rule):  # type: ignore[no-untyped-def]
    for example in rule.good:
        findings = [f for f in lint_text(as_article(example, rule), [rule]).findings if f.code == rule.code]
        assert not findings, f"{rule.code} fires on its good example {example!r}: {findings[0].message}"


def test_every_rule_is_documented():
    for rule in RULES:
        assert len(rule.rationale) > 60, f"{rule.code}: rationale too thin"
        assert rule.fix and rule.message and rule.good, f"{rule.code}: missing fix, message or good examples"
