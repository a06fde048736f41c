"""A rule as the engine runs it: identity, documentation and the settings of its kind.

Rules are data. :mod:`lint.rulepack` reads and validates them from TOML packs;
everything that runs or documents a rule (the kinds, the analyzers, selection,
reporters) only needs this type, so none of it depends on the pack loader.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule: identity, documentation, and the configuration of its kind."""

    code: str
    name: str
    category: str
    severity: str
    kind: str
    message: str
    rationale: str
    fix: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    weight: float
    scope: str = "body"
    allow_quotes: bool = False
    #: Kind-specific settings (phrases, pattern, threshold, analyzer, options…).
    params: Mapping[str, Any] = field(default_factory=dict)
    #: The pack file the rule came from, for error messages and the reference.
    source: str = ""

    def fingerprint(self) -> str:
        """Stable text of everything that changes what the rule reports."""
        return json.dumps(
            [self.code, self.severity, self.weight, self.kind, self.scope, self.allow_quotes, self.params, self.message],
            sort_keys=True,
            default=str,
        )
