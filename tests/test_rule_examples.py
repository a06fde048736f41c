"""Every rule's own examples: each `bad` example triggers the rule, each `good` one does not.

The examples live beside the rule in its pack, so a rule cannot change behaviour
without its documentation changing too. The same check is `credlint rules
--check-examples` (tests/test_cli_newcomer.py runs it on packs that fail).
"""

from __future__ import annotations

import pytest

from lint.examples import check_rule
from lint.rulepack import load_packs

RULES = load_packs()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_examples_do_what_they_say(rule):  # type: ignore[no-untyped-def]
    failures = check_rule(rule, RULES)
    assert not failures, "\n".join(f.line() for f in failures)
    assert rule.bad and rule.good


def test_every_rule_is_documented():
    for rule in RULES:
        assert len(rule.rationale) > 60, f"{rule.code}: rationale too thin"
        assert rule.fix and rule.message and rule.good, f"{rule.code}: missing fix, message or good examples"
