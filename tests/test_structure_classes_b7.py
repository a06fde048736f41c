"""Classes of structure flags found after blind batch 7, each tried on variants written for this file.

For every class five or more wordings of our own, and professional look-alikes that must stay
quiet: a figure-bearing sentence said again far down the story in reworded form (STR004), a short
title-case question standing as a heading (STR006), and, for precision, a wire story's capital
section labels under its dateline (STR007).
"""

from __future__ import annotations

import pytest

from tests.test_structure_shapes import found

HEAD = "Flood defences to be rebuilt\n\n"
EARLY = [
    "The river peaked at 4.9 metres on the town gauge shortly after 11pm, the second-highest level on record.",
    "A severe flood warning was issued for the town centre at 7pm and about 300 homes were evacuated.",
    "The council report said the cost of the new wall was nearly double the first estimate, at about £6.2 million.",
]
MIDDLE = [
    "Volunteers filled sandbags at the leisure centre through the night.",
    "The bridge on Mill Lane stayed shut on Wednesday while engineers checked its piers.",
    "Shops on the high street began clearing mud from their cellars in the morning.",
    "The mayor thanked the fire crews who worked through the night.",
]


def _story(later: str) -> str:
    return HEAD + " ".join([*EARLY, *MIDDLE, later, "The next council meeting is on 3 March."])


# -- STR004: a figure-bearing sentence said again far down, reworded -----------------------------------
@pytest.mark.parametrize(
    "later",
    [
        # other verb, same figures
        "The river reached a peak of 4.9 metres on the town gauge just after 11pm, its second-highest level on record.",
        # other word order, "almost twice" for "nearly double"
        "At about £6.2 million, the new wall will cost almost twice the first estimate, the council report said.",
        # passive voice, figures kept
        "About 300 homes were evacuated after a severe flood warning was issued for the town centre at 7pm.",
        # a noun for the verb, one figure and the same wording around it
        "The council report put the cost of the new wall at about £6.2 million, close to double the first estimate.",
        # figures written another way
        "Shortly after 11pm the river on the town gauge hit 4.9 metres, the second-highest level ever recorded.",
    ],
)
def test_figures_said_again_far_down_are_found(later: str) -> None:
    hits = found(_story(later), "STR004")
    assert hits and any(later[:30] in h.snippet or h.snippet in later for h in hits)


@pytest.mark.parametrize(
    "later",
    [
        # the same figure used for another point
        "Insurers said claims from the flood could pass £6.2 million, the industry body said on Thursday.",
        # the same time, another event
        "Police closed the ring road at 11pm after a lorry shed its load near the river.",
        # a follow-up figure, not a repeat
        "By Friday the river had fallen to 2.1 metres, and 120 of the 300 evacuated homes had been reoccupied.",
    ],
)
def test_a_figure_used_again_for_another_point_is_quiet(later: str) -> None:
    assert found(_story(later), "STR004") == []


# -- STR006: a short title-case question as a heading -----------------------------------------------
@pytest.mark.parametrize(
    "heading, fmt",
    [
        ("How Will Farmers Respond?", "text"),
        ("## Could the Levee Have Held?", "markdown"),
        ("### Who Pays for the Wall?", "markdown"),
        ("Can the Town Recover?", "text"),
        ("## Is Anyone Safe Here?", "markdown"),
    ],
)
def test_short_title_case_question_headings_are_found(heading: str, fmt: str) -> None:
    text = HEAD + " ".join(EARLY) + "\n\n" + heading + "\n\n" + " ".join(MIDDLE) + "\n"
    assert found(text, "STR006", fmt=fmt)


@pytest.mark.parametrize(
    "heading",
    ["What happens next?", "What Happens Next?", "Who pays for the wall?", "Why now?"],
)
def test_short_and_sentence_case_question_headings_are_quiet(heading: str) -> None:
    text = HEAD + " ".join(EARLY) + "\n\n" + heading + "\n\n" + " ".join(MIDDLE) + "\n"
    assert found(text, "STR006") == []


# -- STR007: a wire story's capital section labels under its dateline ----------------------------------
WIRE = (
    "Comets win the title\n\n"
    "{dateline} The Comets beat the Mariners 4-2 on Saturday to win the league final in six games.\n\n"
    "The captain scored the go-ahead goal late in the second period, and the goalkeeper made 31 saves.\n\n"
    "{label}\n\n"
    "The club last won the cup in 1994, when it still played at the old arena by the river.\n"
)


@pytest.mark.parametrize(
    "dateline",
    ["NASHUA, N.H. —", "PORTLAND, Maine (AP) —", "LONDON (Reuters) -", "Wednesday, Nov. 5, 2025\n\nFAIRHAVEN BLUFFS, Ore. —",
     "DUBLIN, March 3 —"],
)
@pytest.mark.parametrize("label", ["BY THE NUMBERS", "HOW WE GOT HERE", "A LONG WAY BACK", "TURNOUT"])
def test_wire_section_labels_under_a_dateline_are_quiet(dateline: str, label: str) -> None:
    assert found(WIRE.format(dateline=dateline, label=label), "STR007") == []


@pytest.mark.parametrize("label", ["BY THE NUMBERS", "WHAT FANS ARE SAYING", "BACKGROUND"])
def test_capital_headings_without_a_dateline_are_still_found(label: str) -> None:
    assert found(WIRE.format(dateline="", label=label), "STR007")


def test_capital_markdown_heading_under_a_dateline_is_still_found() -> None:
    text = WIRE.format(dateline="NASHUA, N.H. —", label="## WHAT FANS ARE SAYING")
    assert found(text, "STR007", fmt="markdown")


def test_capital_line_above_the_dateline_is_still_found() -> None:
    text = "Comets win the title\n\nWHY THE COMETS WON THE CUP AT LAST\n\n" + WIRE.split("\n\n", 1)[1].format(
        dateline="NASHUA, N.H. —", label="The fans stayed late.")
    assert found(text, "STR007")


def test_a_page_date_line_is_no_wire_dateline() -> None:
    text = WIRE.format(dateline="", label="PRICE AND AVAILABILITY").replace(
        "Comets win the title\n\n", "Comets win the title\n\nPosted on: Thursday, April 17, 2025 | Sport\n\n")
    assert found(text, "STR007")


# -- STR002: a full name after a describing word in the headline ---------------------------------------
BODY = ("\n\nThe marathon was won on Sunday by Annika Thorsdottir in two hours and 24 minutes, a course "
        "record. About 3,000 runners finished the race along the harbour, the organisers said, and the "
        "weather stayed dry all morning. Roads around the quay were closed from 6am, and buses ran on "
        "diversions until the last runners crossed the line shortly after 2pm. Volunteers handed out "
        "water at eight stations, and first-aid teams treated a dozen runners for cramp. The race, now "
        "in its ninth year, raised money for the lifeboat station and the children's ward.\n")


@pytest.mark.parametrize(
    "headline",
    [
        "Olympian Ruth Chebet Shatters Course Record at Harbour Marathon",
        "Teen Prodigy Maya Lindqvist Wins Harbour Marathon",
        "Veteran Daniel Okoro Takes Marathon Title",
        "Local Hero Sarah Whitcombe Storms to Victory",
        "Record-Breaker James Ferreira Claims Harbour Crown",
    ],
)
def test_a_described_name_missing_from_the_story_is_found(headline: str) -> None:
    assert found(headline + BODY, "STR002")


@pytest.mark.parametrize(
    "headline",
    [
        "Olympian Annika Thorsdottir Sets Harbour Marathon Record",
        "Marathon record falls in harbour race",
        "Record Crowd Sees Harbour Marathon",
    ],
)
def test_a_described_name_in_the_story_or_no_name_is_quiet(headline: str) -> None:
    assert found(headline + BODY, "STR002") == []
