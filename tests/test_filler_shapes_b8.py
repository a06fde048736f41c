"""Shapes of filler found after blind batch 8 (new beats, other varieties of English), each tried on
wordings written for this file (tests/fixtures/filler_shapes_b8.toml): five or more variants per
class (other verbs, nouns, word order, format) that must be found, and professional look-alikes
that must stay quiet.

Classes: a callout label with free modifiers (FIL001), a slot left in brackets (FIL005), a request
to the reader (FIL020), the assistant's own voice (FIL021), a stock framing clause opening the
lede (FIL022), a breadcrumb or menu line (BPL020), the heading of a link block or a comment box
(BPL021), and an FAQ heading with a Markdown attribute (FIL002).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import codes
from tests.test_filler_shapes import HEAD

LEAD = "The ferry will run twice a day from May, the operator said on Monday.\n\n"
TAIL = "\n\nTickets cost 4 euros, the operator said."
#: Where a variant goes in a small article.
LAYOUTS = {
    "body": lambda s: HEAD + LEAD + s + TAIL,
    "lede": lambda s: HEAD + s + TAIL,
    "first-line": lambda s: s + "\n\n" + HEAD + LEAD + TAIL,
    "end": lambda s: HEAD + LEAD + s,
}
CLASSES = tomllib.loads((Path(__file__).parent / "fixtures" / "filler_shapes_b8.toml").read_text(encoding="utf-8"))


def _cases(key: str, classes: dict | None = None) -> list[tuple[str, str]]:
    return [(code, text) for code, case in (classes or CLASSES).items() for text in case[key]]


def _lint(code: str, text: str, classes: dict | None = None) -> list[str]:
    case = (classes or CLASSES)[code]
    return codes(LAYOUTS[case["layout"]](text), code, fmt=case["format"])


def test_every_class_has_five_variants_each_way() -> None:
    assert all(len(c["found"]) >= 5 and len(c["quiet"]) >= 5 for c in CLASSES.values())


@pytest.mark.parametrize(("code", "text"), _cases("found"))
def test_each_variant_of_the_class_is_found(code: str, text: str) -> None:
    assert code in _lint(code, text)


@pytest.mark.parametrize(("code", "text"), _cases("quiet"))
def test_professional_look_alikes_stay_quiet(code: str, text: str) -> None:
    assert _lint(code, text) == []


@pytest.mark.parametrize("heading", ["## Your questions answered {#faq}", "## Common questions {.faq}", "### FAQ {#questions}"])
def test_faq_heading_with_an_attribute_is_found(heading: str) -> None:
    text = HEAD + LEAD + heading + "\n\n**Is the ferry heated?**\nYes, the cabins are." + TAIL
    assert "FIL002" in codes(text, "FIL002", fmt="markdown")
