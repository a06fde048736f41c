"""Round 9 of the sourcing rules, on the classes blind batch 13 missed.

Each class is written out first in five or more variants of our own (other nouns, places and
grammatical positions: a relative clause, a parenthesis, a list item, a heading, a negation, a
question) and only then caught by a shape or a documented list under ``rules/data``; beside each
class, the look-alikes that must stay clear of it.
"""

from __future__ import annotations

import pytest

from tests.test_sourcing import HEAD, codes_of

#: SRC006: talk or a mood in a place offered as the evidence for a claim.
HEARSAY_AS_EVIDENCE = [
    "The mill will close by spring, if the chatter in the pubs is anything to go by.",
    "It was never the plan, according to whispers from the boardroom, to keep the depot open.",
    "- the new stand, which the talk around the terraces has it will seat 9,000, opens in May;",
    "The mood on the estate, for what it is worth, is that the landlord will sell.",
    "Is the coach really finished, if the gossip in the dressing room is anything to go by?",
    "The merger (according to mutterings in the trading rooms) will be announced on Friday.",
    "## The word along the quay has it that the ferry is doomed",
]
HEARSAY_CLEAR = [
    "If history is anything to go by, the vote will be close.",
    "The feeling in his left hand has returned, his surgeon said.",
    "The talk in the Commons on Tuesday lasted four hours, the Speaker said.",
    "According to figures from the port authority, traffic fell 4 percent.",
    "The word around the quay has it that the ferry is doomed, harbour master Ian Roe told reporters.",
]

#: SRC006: a fixed phrase that credits a verdict to a reckoning, a consent or speculation.
FIXED_HOLDERS = [
    "The bridge is, by most reckonings, the oldest in the county.",
    "- the east wing, which by common consent is the finest, reopens in June;",
    "The striker is either a bargain or, depending on whom you ask, a gamble.",
    "The fire, by most people's reckoning, began in a kitchen on the second floor.",
    "Nobody has explained the delay; there is speculation that the funding fell through.",
    "## Why the club is, by general agreement, the best run in the league",
]
FIXED_CLEAR = [
    "The agreement was signed by general managers of both clubs, the league said.",
    "Speculation about the funding ended when the council published its accounts.",
    "The consent form was signed by most patients, the trial's lead author said.",
    "Results depend on who answers the survey, the statistician said.",
]

#: SRC002: an expert at a generic council or collective, the body given after "of" in a
#: parenthesis or after "adviser to".
GENERIC_BODIES = [
    "(The merger will pass, in the view of economist Dr. Ruth Oyelaran of the Consumer Futures Forum.)",
    "Prices will ease, says Dr. Ivo Brandt, chief adviser to the Global Wellness Collective.",
    "The drug is safe, said Dr. Lena Sorvik, senior consultant to the Wellness Policy Council.",
    "The levy will fail, says Dr. Paul Amis of the Consumer Research Collective.",
    "“It is overdue,” said Maria Kell, an adviser to the International Consumer Council.",
]
BODIES_CLEAR = [
    "Prices will ease, says Dr. Ivo Brandt, chief adviser to the Bank of England.",
    "The drug is safe, said Dr. Lena Sorvik, a consultant at Leeds General Infirmary.",
    "(The merger will pass, in the view of economist Ruth Oyelaran of Barclays.)",
]

#: SRC010: a placeholder name of another English-speaking country used as a real person.
PLACEHOLDERS = [
    "Farmer Fred Nurk said the hail had flattened his wheat.",
    "Fred Nurk, 52, was fined for the offence.",
]


#: Each class: the rules that may report it (an expert with two signs is SRC001, one sign
#: SRC002), the variants that must draw one of them and the look-alikes that must draw none.
CLASSES = {
    "hearsay as evidence": (("SRC006",), HEARSAY_AS_EVIDENCE, HEARSAY_CLEAR),
    "fixed holders": (("SRC006",), FIXED_HOLDERS, FIXED_CLEAR),
    "generic bodies": (("SRC001", "SRC002"), GENERIC_BODIES, BODIES_CLEAR),
    "placeholder names": (("SRC010",), PLACEHOLDERS, []),
}


@pytest.mark.parametrize("cls", sorted(CLASSES))
def test_every_variant_is_reported_and_no_look_alike(cls):
    codes, variants, look_alikes = CLASSES[cls]
    missed = [t for t in variants if not set(codes) & set(codes_of(HEAD + t, *codes))]
    wrongly = [t for t in look_alikes if codes_of(HEAD + t, *codes)]
    assert (missed, wrongly) == ([], []), cls
