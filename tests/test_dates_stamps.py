"""Date classes found on blind batch 12 after it was measured (its before-tuning figure is the honest
one), each written here in variants of our own with consistent look-alikes:

- a publishing system's stamp dates the story: "Posted on Thursday 12 June 2025 at 18:20";
- a leap day whose year is told relative to the story's date: "29 February this year";
- a participle opening its sentence dates the main clause's subject: "Founded in 1987 by two bakers,
  the chain …" against "since its founding in 1978";
- "The 41-year-old said" stands for the one person whose birth year the story gives (DAT006).
"""

from __future__ import annotations

import pytest

from tests.test_dates import codes

#: (head line, codes): the body's "on Thursday" and "29 February this year" read against the stamp.
STAMPS = [
    ("Posted on Thursday 12 June 2025 at 18:20", ["DAT004"]),
    ("Published on 12 June 2025, 09:05", ["DAT004"]),
    ("Last updated June 12, 2025, 6:20 pm BST", ["DAT004"]),
    ("First published 12 June 2025", ["DAT004"]),
    # a stamp of a leap year: the leap day is real
    ("Posted on Thursday 13 June 2024 at 18:20", []),
]


@pytest.mark.parametrize("stamp,expected", STAMPS)
def test_a_publishing_stamp_dates_the_story(stamp: str, expected: list[str]) -> None:
    text = f"Ferry deal agreed\n\n{stamp}\n\nThe consultation closed on 29 February this year, officials said.\n"
    assert codes(text, fmt="text") == expected


RELATIVE_YEARS = [
    ("The consultation closed on 29 February this year.", "2025-06-12", ["DAT004"]),
    ("The trial ends on February 29 next year.", "2025-06-12", ["DAT004"]),
    ("The count was finished on 29 Feb last year.", "2026-03-02", ["DAT004"]),
    # the year told is a leap year, or none is told and a year either side is one
    ("The count was finished on 29 February last year.", "2025-06-12", []),
    ("The consultation closed on 29 February.", "2025-06-12", []),
]


@pytest.mark.parametrize("sentence,date,expected", RELATIVE_YEARS)
def test_a_leap_day_in_a_year_told_relative_to_the_story(sentence: str, date: str, expected: list[str]) -> None:
    text = f"---\ntitle: Count\ndate: {date}\n---\n\n{sentence}\n"
    assert codes(text, fmt="markdown") == expected


FRONTED = [
    ("Founded in 1987 by two bakers with one shop, the chain now runs 412 outlets.", "The chain has grown since its founding in 1978.", ["DAT001"]),
    ("Opened in 2016 on a quiet side street, the bookshop now has three floors.", "The bookshop has changed little since its opening in 2018.", ["DAT001"]),
    ("Launched in 2019 by a local charity, the helpline takes 90 calls a day.", "The helpline was launched in 2021.", ["DAT001"]),
    # the same year twice, and a fronted clause about something else
    ("Founded in 1987 by two bakers with one shop, the chain now runs 412 outlets.", "The chain has grown since its founding in 1987.", []),
    ("Founded in 1987 by two bakers, the chain bought a mill.", "The mill was founded in 1921.", []),
]


@pytest.mark.parametrize("first,second,expected", FRONTED)
def test_a_participle_opening_its_sentence_dates_the_subject(first: str, second: str, expected: list[str]) -> None:
    text = f"---\ntitle: Chain\ndate: 2025-06-12\n---\n\n{first}\n\n{second}\n"
    assert codes(text, fmt="markdown") == expected


#: "The 41-year-old said": an age standing for the one person whose birth year the story gives.
ANAPHORS = [
    ("Dara Quinlan, who was born in March 1982, took over in May.", "The 38-year-old said the job had changed.", ["DAT006"]),
    ("Quinlan was born in 1961 on a farm above the bay.", "\"We keep going,\" the 67-year-old said.", ["DAT006"]),
    ("Imani Chebet was born in Iten in 1998.", "The 29-year-old, who trains at altitude, won by a minute.", ["DAT006"]),
    # consistent, or the age belongs to someone else
    ("Dara Quinlan, who was born in March 1982, took over in May.", "The 43-year-old said the job had changed.", []),
    ("Dara Quinlan, who was born in March 1982, took over in May.", "The 29-year-old driver of the van was unhurt.", []),
    ("Dara Quinlan was born in 1982. Her deputy, Ross Fyfe, was born in 1990.", "The 38-year-old said the job had changed.", []),
]


@pytest.mark.parametrize("first,second,expected", ANAPHORS)
def test_the_n_year_old_stands_for_the_one_person_born(first: str, second: str, expected: list[str]) -> None:
    text = f"---\ntitle: Quinlan\ndate: 2025-10-06\n---\n\n{first}\n\n{second}\n"
    assert codes(text, fmt="markdown") == expected
