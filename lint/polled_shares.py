"""Polled shares: a crowd counted by the share a poll measured ("52% of residents oppose the
charge", "a narrow majority of voters back it, the survey found").

A crowd whose view the writer states ("residents oppose", "voters back") is a vague attribution
when nobody measured it. Counted by a share (a percentage, "two in five", "two-thirds of", "a
majority of") on a line that names a poll (``poll-words.txt``: "poll", "survey", "respondents"),
it is the poll's finding, which the poll sources: SRC006 leaves it to the rules on figures.
"""

from __future__ import annotations

from functools import cache

import regex

from lint.patterns import alternation_source
from lint.patterns import compile as compile_pattern
from lint.wordlists import word_list

#: A share right before a crowd, read backwards from the crowd: "52% of", "52 per cent of the",
#: "two in five", "three-quarters of", "a narrow majority of", "half of all", then up to three
#: capitalised words of a place or body ("52% of Harlow Bay residents").
@cache
def _share_before() -> regex.Pattern[str]:
    qualifiers = alternation_source(word_list("share-qualifiers.txt"), bounded=False, blank=r"[ \u00a0]+")
    return compile_pattern(
        r"(?:(?:\p{N}[\p{N}.,]*[ \u00a0]*(?:%|per[ \u00a0]*cent|percent)"
        rf"|(?:(?:a|the)[ \u00a0]+)?(?:(?:{qualifiers})[ \u00a0]+)?"
        r"(?:majority|minority|plurality)|(?:one|two|three|a)[ \u00a0\-]+(?:half|third|thirds|quarter|quarters|fifth|fifths)|half)"
        r"[ \u00a0]+of|(?:\p{N}+|one|two|three|four|five|six|seven|eight|nine)"
        r"[ \u00a0\-]+(?:in|out[ \u00a0]+of)[ \u00a0\-]+(?:\p{N}+|two|three|four|five|six|seven|eight|nine|ten))"
        r"[ \u00a0]+(?:(?:the|all|those|local)[ \u00a0]+)?(?:\p{Lu}[\p{L}'’\-]*[ \u00a0]+){0,3}$",
        regex.I,
    )


@cache
def _poll_word() -> regex.Pattern[str]:
    words = alternation_source(word_list("poll-words.txt"), bounded=False)
    return compile_pattern(rf"(?<![\p{{L}}])(?:{words})(?:s|es|ed)?(?![\p{{L}}])", regex.I)


def polled_share(text: str, start: int) -> bool:
    """Whether the crowd that opens at ``start`` is counted by a share ("52% of residents") on a
    line that names a poll."""
    lo = text.rfind("\n", 0, start) + 1
    if _share_before().search(text, max(lo, start - 120), start) is None:
        return False
    hi = text.find("\n", start)
    return _poll_word().search(text, lo, len(text) if hi < 0 else hi) is not None
