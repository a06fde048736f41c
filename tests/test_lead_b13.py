"""Precision and recall fixes found on blind batch 13 after it was measured (own sentences):

- STY003: a sentence opening with a figure ("18.2 per cent of …", "**2021 and 2023:** wins …") and a
  list item that is a fragment ("- a new roof and heating system") start as they like;
- BPL003: a blog's comment-section header on a line of its own ("2 thoughts on “…”").
"""

from __future__ import annotations

import pytest

from lint.api import check_text

HEAD = "Library plans go to the council\n\nThe town council will vote on the library plans on Tuesday, the clerk said.\n\n"


def _codes(body: str, fmt: str = "markdown") -> list[str]:
    return [f.code for f in check_text(HEAD + body, fmt=fmt).findings]


@pytest.mark.parametrize("body", [
    "- 18.2 per cent of patients were readmitted within six months.\n",
    "- **2021 and 2023:** wins the club's player of the year award\n",
    "## What the money pays for\n\n- a new roof for the reading room\n- an elevator to the basement\n",
    "12 per cent of the budget goes on staff, the clerk said.\n",
])
def test_figures_and_fragments_start_as_they_like(body: str) -> None:
    assert "STY003" not in _codes(body)


@pytest.mark.parametrize("body", [
    "the plan was approved last year. it will cost £4m.\n",
    "- the plan was approved last year, the clerk said.\n",
])
def test_a_sentence_in_lowercase_is_still_reported(body: str) -> None:
    assert "STY003" in _codes(body)


@pytest.mark.parametrize("line", [
    "2 thoughts on “Library plans go to the council”",
    "One response to \"Library plans go to the council\"",
    "14 comments on ‘Library plans go to the council’",
])
def test_comment_section_header(line: str) -> None:
    assert "BPL003" in _codes(line + "\n")


def test_thoughts_in_a_sentence_are_not_chrome() -> None:
    assert "BPL003" not in _codes("Two thoughts on “the future of the library” shaped the debate, the mayor said.\n")
