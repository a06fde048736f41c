"""A rule as the engine runs it: identity, documentation and the settings of its kind.

Rules are data. :mod:`lint.rulepack` reads and validates them from TOML packs;
everything that runs or documents a rule (the kinds, the analyzers, selection,
reporters) only needs this type, so none of it depends on the pack loader.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping

from lint.analyzers.catalog import lookup
from lint.analyzers.registry import NoOptions, OptionError, build_options
from lint.errors import PackError


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
    #: Categories of which another rule must find a warning or an error in the same file for this
    #: rule's findings to stand (a note that only means something beside other evidence).
    corroborated_by: tuple[str, ...] = ()
    #: Kind-specific settings (phrases, pattern, threshold, analyzer, options…).
    params: Mapping[str, Any] = field(default_factory=dict)
    #: The pack file the rule came from, for error messages and the reference.
    source: str = ""

    @cached_property
    def options(self) -> Any:
        """The analyzer's typed options: the pack's ``options`` table over the dataclass defaults
        (validated when a user pack loads; a built-in pack's when its analyzer first runs)."""
        if self.kind not in ("analyzer", "corpus"):
            return NoOptions()
        found = lookup(self.params["analyzer"])
        if found is None:
            raise PackError(self.source, self.code, "analyzer", f"no {self.kind} analyzer named {self.params['analyzer']!r}")
        try:
            return build_options(found.options, self.params.get("options"))
        except OptionError as exc:
            raise PackError(self.source, self.code, exc.field, exc.why) from None

    def format_message(self, values: Mapping[str, str]) -> str:
        """The rule's message with a hit's values filled in (an unknown placeholder prints as itself)."""
        try:
            return self.message.format_map(_Missing({"match": "", **values}))
        except (ValueError, IndexError):
            return self.message

    def fingerprint(self) -> str:
        """Stable text of everything that changes what the rule reports."""
        return self._fingerprint

    @cached_property
    def _fingerprint(self) -> str:
        # a rule is immutable once loaded: written once, not on every summary of a warm process
        return json.dumps(
            [self.code, self.severity, self.weight, self.kind, self.scope, self.allow_quotes, self.params, self.message, self.corroborated_by],
            sort_keys=True,
            default=str,
        )


class _Missing(dict):  # type: ignore[type-arg]
    """format_map helper: an unknown placeholder prints as itself."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
