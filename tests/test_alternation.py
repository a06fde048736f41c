"""One helper writes a word list as a regex alternation (lint.patterns.alternation_source); its
callers choose what stands between words and whether the phrases carry their own boundaries."""

from __future__ import annotations

import regex

from lint.patterns import alternation_source


def _full(source: str, text: str) -> bool:
    return regex.fullmatch(f"(?:{source})", text) is not None


def test_longest_phrase_first_and_any_white_space_between_words() -> None:
    source = alternation_source(["set up", "set"])
    assert regex.match(f"(?:{source})", "set  up shop").group() == "set  up"
    assert _full(source, "set\tup") and _full(source, "set\u00a0up")


def test_blank_chooses_what_stands_between_words() -> None:
    source = alternation_source(["head of"], bounded=False, blank=r"[ \u00a0]+")
    assert _full(source, "head of") and _full(source, "head\u00a0of")
    assert not _full(source, "head\tof") and not _full(source, "head\nof")


def test_bounded_phrases_do_not_match_inside_words_and_unbounded_ones_do() -> None:
    assert regex.search(alternation_source(["ist"]), "economist") is None
    assert regex.search(rf"\p{{Ll}}{{3,}}(?:{alternation_source(['ist'], bounded=False)})\b", "economist") is not None


def test_special_characters_are_literal() -> None:
    source = alternation_source(["a.m.", "c++"], bounded=False)
    assert _full(source, "a.m.") and _full(source, "c++")
    assert not _full(source, "axmx")
