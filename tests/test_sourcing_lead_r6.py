"""SRC006 classes found on blind batch 11 after it was measured (its before-tuning figure is the
honest one): a consensus told as the absence of disagreement, "the general read among X", and an
invitation to go and hear it for yourself ("Ask around any dealership and you'll hear…"). Each class
is written here in variants of our own, with professional forms that must stay clear."""

from __future__ import annotations

import pytest

from tests.test_sourcing import HEAD, codes_of

FLAGGED = [
    # consensus as the absence of disagreement, or agreement held by nobody named
    "There is little disagreement across the sector that fares will rise.",
    "There is broad agreement that the bridge needs replacing.",
    "There is general agreement among growers that the season was poor.",
    "There is a settled view that the reform came too late.",
    "It is broadly accepted that the old pier cannot be saved.",
    # a view noun: "the read"
    "The general read among bond traders is that cuts are coming.",
    "The prevailing read in the paddock is that the team will fold.",
    # an invitation to hear it for yourself
    "Ask around any garage forecourt and you'll hear that diesel is finished.",
    "Ask almost anyone in the trade and you will hear the same complaint.",
    "Talk to shopkeepers on the high street and they'll tell you footfall has halved.",
    "Walk the stalls at any farmers' market and you'll hear grumbling about fuel.",
    "Speak to nurses on the night shift, and you'll be told the ward is short-staffed.",
]

CLEAR = [
    "There was little disagreement at Tuesday's meeting, the mayor said in a statement.",
    "Ask the council for a permit before you build, the planning officer said.",
    "Visitors who walk the aisles hear music from the stage, the organisers said.",
    "The panel read the report on Tuesday and reached broad agreement on two points, its chair said.",
    "Talk to your doctor before changing medication, the health service advised.",
]


@pytest.mark.parametrize("sentence", FLAGGED)
def test_a_claim_pinned_on_nobody_is_vague_attribution(sentence: str) -> None:
    text = HEAD + "The market opened on Monday, Reuters reported.\n\nPrices rose. " + sentence + "\n"
    assert "SRC006" in codes_of(text, "SRC006")


@pytest.mark.parametrize("sentence", CLEAR)
def test_professional_forms_stay_clear(sentence: str) -> None:
    text = HEAD + "The market opened on Monday, Reuters reported.\n\nPrices rose. " + sentence + "\n"
    assert codes_of(text, "SRC006") == []
