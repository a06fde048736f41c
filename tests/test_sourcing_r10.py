"""Round 10, sourcing: two general checks built as parses, not phrases (sentences written for
this test).

* SRC006, a claim pinned on a crowd named only by what its people are: any plural noun for people
  (a listed people noun or the shape of an agent noun) as the subject of a verb of saying,
  believing or complaining, in any clause position, with any modifiers and settings.
* SRC003, one person given two posts that cannot both be held, in any position: apposition,
  a title before the name, a "who" clause ("who as…", "who has been…", "who serves as…", "who
  leads the … team").
"""

from __future__ import annotations

import pytest

from lint.crowd_subjects import crowd_claims, person_plural
from lint.document import build_document
from tests.test_sourcing import HEAD, WELL_SOURCED, codes_of

# -- SRC006: crowd subjects ----------------------------------------------------------------------
CROWDS = [
    # plain clause, nouns no list holds
    "Glaziers across the county reckon the new frames will leak by spring.",
    "Ferry timetablers have long grumbled that the harbour silts up.",
    # subordinate clause
    "The toll rose again, although hauliers across the county have lamented it for a decade.",
    # parenthesis
    "The bypass (orchardists in the valley privately admit it) will cut their trade.",
    # list item
    "- Beekeepers up and down the coast fear the spray will kill their hives.",
    # heading
    "## Chess coaches quietly concede the old openings are dead",
    # question
    "Why do so many bricklayers insist the new mortar is weak?",
    # a relative clause for a setting
    "Some who fish the estuary every morning grumble that the catch has halved.",
    # a quantifier and an ongoing view
    "A growing number of upholsterers are now privately worrying about the new glue.",
    # a setting and a stance
    "Cabinetmakers on the trade forums have been grumbling about the new glue.",
]

CROWDS_CLEAR = [
    # the people are named, counted or referred back to
    "The glaziers said the frames would be fitted on Monday.",
    "Glaziers at Harwick Glass expect the frames to leak.",
    "Two beekeepers who asked not to be named because they fear reprisals said the spray was used.",
    "Their locksmiths insist the cylinders are strong.",
    # an object, not a subject
    "The council told hauliers it expects the toll to rise.",
    # things, not people
    "Numbers suggest the toll will rise.",
    "Computers reckon nothing; the model predicts a rise.",
    # a passive is not a holder's view
    "Beekeepers were warned that the spray would be used.",
    # the wire's summary of named people, in a well-attributed story
    WELL_SOURCED + "Residents said the alarm never sounded.",
]


@pytest.mark.parametrize("text", CROWDS)
def test_a_crowd_holding_a_view_is_vague_attribution_in_any_position(text):
    assert "SRC006" in codes_of(HEAD + text, "SRC006"), text


@pytest.mark.parametrize("text", CROWDS_CLEAR)
def test_named_counted_objects_things_and_passives_are_no_crowd(text):
    assert codes_of(HEAD + text, "SRC006") == [], text


@pytest.mark.parametrize("word,expected", [
    ("glaziers", True), ("orchardists", True), ("gastroenterologists", True), ("hauliers", True),
    ("timetablers", True), ("folks", True), ("numbers", False), ("payments", False),
    ("restaurants", False), ("computers", False), ("glass", False), ("rivers", False),
])
def test_people_nouns_are_told_by_lists_and_agent_shape(word, expected):
    assert person_plural(word) is expected


def test_crowd_grades_follow_how_far_the_wire_would_go():
    # a bare group with the wire's verb ("Farriers said") is left to the vague-sources grammar
    grades = {p: g for _, _, p, g in crowd_claims(build_document("t.txt", HEAD + (
        "Farriers said the shoes were late. Farriers reckon the price will rise. "
        "Many farriers believe the trade is dying. Farriers in the north fear the worst."
    )))}
    assert grades == {
        "Farriers reckon": "crowd",
        "Many farriers believe": "consensus",
        "Farriers in the north fear": "consensus",
    }


# -- SRC003: two posts for one person ------------------------------------------------------------
POSTS = [
    # apposition, then a "who … as" clause
    "Mira Tolland, the hospital's finance director, opened the ward. Tolland, who as the hospital's "
    "chief operating officer approved the budget, said beds would follow.",
    # apposition, then a unit the person runs
    "Oren Vasquez, Kelbrook's chief financial officer, gave the figures. Vasquez, who leads "
    "Kelbrook's design team, said the shop would open in May.",
    # title before the name, then an apposition
    "Treasurer Ilse Marrow presented the accounts. Marrow, the council's chief executive, said "
    "the budget was balanced.",
    # apposition, then "who serves as"
    "Dov Renner, chief executive of Pellwick, spoke first. Renner, who joined in 2019 and now "
    "serves as its chief technology officer, said the app was ready.",
    # apposition, then "who has been"
    "Nadia Oyelaran, a school principal, welcomed the plan. Oyelaran, who has been the "
    "district's superintendent since 2021, said the board agreed.",
]

POSTS_CLEAR = [
    # one post, said two ways
    "Mira Tolland, the hospital's chief nurse, opened the ward. Tolland, the nurse in charge, said beds would follow.",
    "Oren Vasquez, Kelbrook's CFO, gave the figures. Vasquez, the chief financial officer, said the shop would open.",
    # posts held together
    "Ilse Marrow, the bank's chairman, spoke first. Marrow, its chief executive, said profits rose.",
    "Dov Renner, founder of Pellwick, spoke first. Renner, its chief executive, said the app was ready.",
    "Senator Ada Vell opened the hearing. Vell, the committee's chairwoman, said it would run late.",
    # a career told
    "Nadia Oyelaran, a school principal, welcomed the plan. Oyelaran, a former superintendent, said the board agreed.",
    "Nadia Oyelaran, the superintendent, welcomed the plan. Oyelaran, who was once a principal, said the board agreed.",
]


@pytest.mark.parametrize("text", POSTS)
def test_one_person_given_two_posts_is_a_conflicting_identity(text):
    assert "SRC003" in codes_of(HEAD + text, "SRC003"), text


@pytest.mark.parametrize("text", POSTS_CLEAR)
def test_one_post_said_twice_co_held_posts_and_careers_are_no_conflict(text):
    assert codes_of(HEAD + text, "SRC003") == [], text
