"""Every rule's own examples, run: each ``bad`` example must trigger its rule, each
``good`` one must not. The test suite runs them for the built-in packs, and
``credlint rules --check-examples`` runs them for any pack a user writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from lint.document import Format, build_document
from lint.engine import lint_document, run_corpus_rules
from lint.rule import Rule
from lint.settings import LintSettings

#: A one-paragraph example is body text: it gets this headline to sit under.
HEADLINE = "Example headline\n\n"


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    kind: str  # "bad" or "good"
    index: int  # 1-based, in the order of the pack
    example: str
    why: str

    def line(self) -> str:
        shown = " ".join(self.example.split())
        shown = shown if len(shown) <= 80 else shown[:79] + "…"
        return f"{self.rule.source}: {self.rule.code}: {self.kind} example {self.index} {self.why}: {shown!r}"


def as_article(example: str, rule: Rule) -> str:
    """Examples with a blank line in them are whole articles and are linted as they are
    (their first block is the headline); headline-scoped rules get the bare text."""
    if rule.scope == "headline" or "\n\n" in example.strip() or is_page(example):
        return example
    return HEADLINE + example


def is_page(example: str) -> bool:
    """Whether an example is a saved web page (it starts with ``<!DOCTYPE html>`` or ``<html>``)."""
    return example.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def lint_text(text: str, rules: Sequence[Rule], fmt: Format = "text", path: str = "example.txt"):  # type: ignore[no-untyped-def]
    """Lint a string with the given rules, cross-file rules included (one file)."""
    settings = LintSettings(rules=tuple(rules))
    if fmt == "html":
        from lint.html import build_html_document

        doc: object = build_html_document(path, text)
    else:
        doc = build_document(path, text, fmt)
    result = lint_document(doc, settings)  # type: ignore[arg-type]
    run_corpus_rules([result], settings)
    return result


def check_rule(rule: Rule, others: Sequence[Rule] = ()) -> list[ExampleFailure]:
    """The examples of one rule that do not do what they say. A ``corroborated_by`` rule runs
    beside the rules of ``others`` in its categories (warnings and errors), as in a real run."""
    company = [r for r in others if r.category in rule.corroborated_by and r.code != rule.code
               and r.severity in ("warning", "error") and r.kind != "corpus"]
    out = []
    for kind, examples in (("bad", rule.bad), ("good", rule.good)):
        for i, example in enumerate(examples, 1):
            page = is_page(example)
            result = lint_text(as_article(example, rule), [rule, *company], "html" if page else "text",
                               "example.html" if page else "example.txt")
            hits = [f for f in result.findings if f.code == rule.code]
            if result.rule_errors:
                out.append(ExampleFailure(rule, kind, i, example, f"breaks the rule ({result.rule_errors[0]})"))
            elif kind == "bad" and not hits:
                out.append(ExampleFailure(rule, kind, i, example, "does not trigger the rule"))
            elif kind == "good" and hits:
                out.append(ExampleFailure(rule, kind, i, example, f"triggers the rule ({hits[0].message})"))
    return out


def check_examples(rules: Iterable[Rule]) -> list[ExampleFailure]:
    rules = list(rules)
    return [failure for rule in rules for failure in check_rule(rule, rules)]
