"""SRC006 by shape: each class of vague attribution with variants in other words, orders and
formats (sentences written for this test), and the professional forms that must stay clear."""

from __future__ import annotations

import pytest

from tests.test_sourcing import HEAD, WELL_SOURCED, codes_of

# One class per key; five or more variants each (other verbs, nouns, word order, format).
VAGUE = {
    "view held by a place or by nobody": [
        "The prevailing view in the City is that the bank will hold.",
        "The general feeling in the village is that the mill will close.",
        "Word around the paddock is that the team will fold.",
        "Talk in the locker room is that the coach is leaving.",
        "The received wisdom among planners is that the road will be built.",
        "The consensus on the shop floor, it seems, is that the plant will shut.",
        "<p>The dominant view downtown is that the tower is doomed.</p>",
    ],
    "crowd defined by what it watches": [
        "Those who track the shipping trade closely expect rates to fall.",
        "People who work in the field doubt the figures.",
        "Investors who watch the chip sector believe a slump is near.",
        "Anyone who has covered the league knows the owner will sell.",
        "Folks who know the market well say prices have peaked.",
    ],
    "crowd with a consensus adverb and a stand": [
        "Residents largely oppose the tower.",
        "Teachers broadly welcome the reform.",
        "Most drivers firmly reject the toll.",
        "Parents mostly prefer the later start.",
        "Many voters strongly favour the plan.",
    ],
    "critics quick to pounce": [
        "Skeptics were quick to note that the chip is slow.",
        "Critics have been quick to point out that the fund lost money.",
        "Naysayers were swift to claim the launch had failed.",
        "Doubters have been quick to dismiss the study.",
        "- Cynics were fast to suggest the vote was bought.",
    ],
    "crowd as the subject of a participle": [
        "The league is in trouble, with many fans believing the owner will sell.",
        "Prices are falling, with insiders saying the bubble has burst.",
        "The hotel is full, with some experts arguing that tourism has peaked.",
        "The vote is close, with many residents fearing a recount.",
        "Shares slid, with commentators speculating about a sale.",
    ],
    "unnamed evidence": [
        "Sales fell by a third, according to poll figures.",
        "Sales fell by a third, according to figures.",
        "Sales fell by a third, according to market research.",
        "Most users quit within a month, according to recent studies.",
        "According to survey data, most buyers regret the purchase.",
        "A growing body of evidence suggests that naps help.",
        "A mounting body of research indicates that screens harm sleep.",
        "A raft of studies shows the diet works.",
    ],
    "according to a crowd": [
        "The storm will be severe, according to forecasters.",
        "The drug is safe, according to many doctors.",
        "According to insiders, the merger is off.",
        "The tower will never be built, according to most planners.",
        "Prices will double, according to numerous economists.",
    ],
    "one unnamed person quoted through a frame": [
        "As a veteran broker once put it, the market always recovers.",
        "In the words of one insider, the plan is doomed.",
        "To quote one seasoned trader, nobody knows anything.",
        "As one retired engineer likes to say, bridges fail slowly.",
        "The fund, in the words of a former banker, is a house of cards.",
    ],
    "reportedly vouching for a trend or a verdict": [
        "Ticket sales have reportedly doubled.",
        "The results have reportedly been encouraging.",
        "Demand for the app has reportedly soared since May.",
        "The pilot scheme was reportedly a success.",
        "Bookings reportedly jumped by half in a week.",
    ],
    "consensus of understanding": [
        "It is widely understood in the trade that the deal is off.",
        "It is generally understood that the mayor will run again.",
        "Smart money has already moved on.",
    ],
}

CLEAR = [
    "Exports fell by a fifth, according to government data.",
    "Exports fell by a fifth, according to survey data compiled by the port authority.",
    "Turnout was low, according to preliminary figures.",
    "Fares rose, according to data from the transport ministry.",
    "Prices fell, according to the data.",
    "The mood was upbeat on Monday.",
    "The general view from the bridge is stunning.",
    "As a nurse, she worked nights for a decade.",
    "The driver had reportedly left the scene before police arrived.",
    "He reportedly called the minister a liar, the newspaper said.",
    "Residents who fled the fire said the alarm never sounded.",
    "It is understood that the two ferry lines are in talks.",
    "Economists polled by Reuters expect rates to stay on hold.",
    "Voters backed the plan by a wide margin, the election board said.",
    "Researchers were eager to know whether the drug worked.",
    "According to Gallup data, most buyers regret the purchase.",
    "Prices fell, according to media reports.",
    "Yields rose, according to swaps data.",
    "Sales fell by a third, according to industry figures.",
    "Costs rose by a tenth, according to figures presented by the treasurer.",
    "The bus will cost $2 million, according to figures the council's finance office released.",
    "Fares rose, according to data that the regulator published on Monday.",
]


@pytest.mark.parametrize("cls", sorted(VAGUE))
def test_every_variant_of_a_vague_class_is_reported(cls):
    missed = [s for s in VAGUE[cls] if codes_of(HEAD + s, "SRC006") != ["SRC006"]]
    assert not missed, f"{cls}: {missed}"


@pytest.mark.parametrize("text", CLEAR)
def test_professional_and_plain_forms_stay_clear(text):
    assert codes_of(HEAD + text, "SRC006") == [], text


def test_according_to_a_summary_group_counts_only_in_thinly_attributed_copy():
    summary = "The cut will cost the region jobs, according to analysts."
    assert codes_of(HEAD + summary, "SRC006") == ["SRC006"]
    assert codes_of(HEAD + WELL_SOURCED + summary, "SRC006") == []
    consensus = "The cut will cost the region jobs, according to many analysts."
    assert codes_of(HEAD + WELL_SOURCED + consensus + " " + consensus, "SRC006") == ["SRC006", "SRC006"]


# -- SRC005: one person, both halves of the name spelled twice ------------------------------------
@pytest.mark.parametrize("text", [
    "Councillor Theresa Balogun backed the plan. Later, Councilwoman Teresa Ballogun said it would pass.",
    "Nathaniel Brooks, an economist, spoke first. Later Nathan Brookes cautioned that rates would rise.",
    "Katherine Morrow, the head teacher, said the roof leaked. Catherine Morrowe said repairs would start soon.",
    "Jonathan Whitlock said the mill would close. Jonathon Whitlocke said it was a sad day.",
])
def test_a_name_with_both_halves_changed_is_one_person_spelled_twice(text):
    assert "SRC005" in codes_of(HEAD + text, "SRC005"), text


def test_a_changed_first_name_with_the_same_surname_is_a_relative():
    assert codes_of(HEAD + "Nathan Brooks spoke first. Later Nathaniel Brooks, his father, spoke too.", "SRC005") == []
