"""SRC006 by class, round 5 (batch 7 misses, named as classes an editor would name). Each class
is written out in five or more variants of our own (other verbs, nouns, word order, format)
before the rule was changed; the professional forms beside them must stay clear."""

from __future__ import annotations

import pytest

from tests.test_sourcing import HEAD, WELL_SOURCED, codes_of

VAGUE = {
    "a crowd's state of mind stated as fact (copula + stance)": [
        "Pundits are split on whether the striker can cope.",
        "Fans are convinced the owner will sell.",
        "Investors remain skeptical that the merger will close.",
        "Supporters, by and large, are convinced the reform works.",
        "Commentators are divided over the new rules.",
        "Parents are adamant that the school must stay open.",
        "- Locals remain unconvinced by the developer's promises.",
    ],
    "people the writer spoke to, never named": [
        "The realtors we spoke to all expect prices to rise.",
        "Every farmer we talked to blamed the late frost.",
        "Most of the nurses I interviewed described the ward as chaotic.",
        "According to the mechanics we contacted, the part fails often.",
        "The teachers we reached by phone blamed the budget.",
        "<p>Shop owners we spoke with say footfall has halved.</p>",
    ],
    "anonymous sources that hedge or are only counted": [
        "Sources close to the club suggest the manager will be sacked.",
        "The deal is done, per multiple sources.",
        "Multiple sources confirm the coach is leaving.",
        "Sources inside the ministry hint that the tax will rise.",
        "The striker is unsettled, with sources close to the player suggesting a move.",
        "According to several sources, the merger is off.",
    ],
    "many or some in a local setting": [
        "Many in the neighbourhood feel the park was neglected.",
        "Many on the estate believe the lifts are unsafe.",
        "Some on the street say the shop will close.",
        "Many in the parish fear the church will be sold.",
        "Many in the suburbs think the rail link is a waste.",
    ],
    "a group named by what it studies or opposes": [
        "Specialists of the grain market consider that prices will rise.",
        "Veterans of the trade insist the boom is over.",
        "Students of the region believe unrest is coming.",
        "Many observers of the league think the owner will sell.",
        "Skeptics of the diet claim it is dangerous.",
    ],
}

#: A strong vague attribution (a claim of consensus) that makes the article's summary forms count.
STRONG = "Many insiders believe the quota was rigged. "

SUMMARY = [
    "Critics of the scheme say it was rushed.",
    "Some critics argue that the rally is hollow.",
    "Observers have noted that the firm opened only one plant.",
    "Experts say the find is only the beginning.",
    "Proponents say the diet burns fat.",
    "Seasoned traders say gold will soar.",
    "Consumer advocates have called on regulators to act.",
]

CLEAR = [
    "Sources close to the club said the manager would stay.",
    "Two sources close to the talks said the deal was done.",
    "The merger is off, according to several sources, who asked not to be named because the talks are private.",
    "The firms may send executives, according to multiple sources whose companies are involved.",
    "The figures suggest the club will be sold.",
    "Residents said they were convinced the plant had poisoned the river.",
    "Analysts at the bank are divided on the outlook.",
    "The teachers we met were named in the report: Ann Roe and Li Wei.",
    "We spoke to the minister on Monday.",
]


@pytest.mark.parametrize("cls", sorted(VAGUE))
def test_every_variant_of_a_class_is_reported(cls):
    missed = [s for s in VAGUE[cls] if "SRC006" not in codes_of(HEAD + s, "SRC006")]
    assert not missed, f"{cls}: {missed}"


@pytest.mark.parametrize("text", CLEAR)
def test_professional_forms_stay_clear(text):
    assert codes_of(HEAD + text, "SRC006") == [], text


@pytest.mark.parametrize("summary", SUMMARY)
def test_summary_forms_count_where_the_article_already_pins_claims_on_nobody(summary):
    # in a well-sourced story a summary form sums up the named sources: clear
    assert codes_of(HEAD + WELL_SOURCED + summary, "SRC006") == [], summary
    # the same form in a story that already rests a claim on a vague crowd is the same habit
    assert codes_of(HEAD + WELL_SOURCED + STRONG + STRONG + summary, "SRC006").count("SRC006") == 3, summary
