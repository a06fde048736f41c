"""DAT002, DAT006 after blind batch 17 (the story told through people): a person's age against a birth year
the article gives elsewhere, and a career's length in a headline against the start the body dates.

- the dateline's place between a byline and its date ("By Jo Roe | LEEDS, 9 May 2026"), and a dateline
  whose dash is two hyphens ("DAYTON, Ohio -- May 9, 2026"), date the article;
- the story's own person (the name of the headline the article repeats most) is the one "The 41-year-old
  grew up ..." and an obituary headline's "dies aged 88" speak of, against a birth year told in a fact box
  ("Born: 1971") or by a pronoun in a paragraph that opens with the name;
- "Dr. Ana Werner, 52 (born 1968)" and "Kariuki, the retired clerk, who told the court he was born in 1970"
  give a birth year beside an age;
- "30-year housing veteran", "Forty years on the air", "After 35 seasons" in a headline count a career to
  the time of writing.

- "Now 40, Tate ..." against "She was 22 when she opened it in 2015";
- "filed" and "lodged" begin what a count to now counts from; "two decades" is 17 to 23 years.

Sentences of our own, with look-alikes that must stay clean (ages and counts that fit, another person's
age, ages of people the story is not about, a relative of the same surname, a milestone still to come, a
count that is the size of a change)."""

from __future__ import annotations

import pytest

from tests.test_dates_b15 import codes

PIPE = "By Tomas Reyes | HARWICK, Friday 8 May 2026\n\n"
HYPHENS = "By Ana Ruiz, Staff Writer\n\nDAYTON, Ohio -- Friday, May 8, 2026\n\n"


def _profile(headline: str, body: str, box: str = "", head: str = PIPE) -> str:
    return f"{headline}\n\n{head}{body}\n" + (f"\n{box}\n" if box else "")


REPORTED = [
    # -- an age standing for the story's own person, against a fact box's birth year ---------------------
    (
        "DAT006",
        _profile(
            "Harwick library names Imogen Tate as its new director",
            "Imogen Tate will lead the library from June. The 58-year-old grew up in the town and first worked "
            "there as a Saturday assistant.\n\nTate said the budget was her first task.",
            "AT A GLANCE\nBorn: 1961, Harwick\nEducation: Leeds",
        ),
        "t.txt",
    ),
    (
        "DAT006",
        _profile(
            "Imogen Tate: the librarian who saved the reading room",
            "When Imogen Tate opened the doors on Monday, the queue reached the bus stop. Next week the 58-year-old "
            "librarian will open a second room.\n\nTate was born on 3 April 1961 in the town.",
        ),
        "t.txt",
    ),
    (
        "DAT006",
        _profile(
            "Coach Imogen Tate retires",
            "Imogen Tate coached the under-12s for years. The 58-year-old coach has won four titles.\n\nTate "
            "thanked the parents.",
            "- Born: March 1961\n- Club: Harwick Rovers",
        ),
        "t.txt",
    ),
    (
        "DAT006",
        _profile(
            "Imogen Tate, the ferry captain who knew every rock of the sound, dies aged 70",
            "Imogen Tate, whose ferry crossed the sound for forty years, died at home on Tuesday. She was born in "
            "a cottage above the slipway in 1931, the daughter of a boatman.\n\nTate is survived by two sons.",
            head="Published Friday 8 May 2026 · Obituaries · By Jo Hale\n\n",
        ),
        "t.txt",
    ),
    # -- an age with a birth year beside it ----------------------------------------------------------------
    ("DAT006", PIPE + "| Speaker | Role |\n|---|---|\n| Dr. Ana Werner, 41 (born 1968) | Chief risk officer |\n", "t.md"),
    ("DAT006", PIPE + "Panellists included Ana Werner, 41 (b. 1968), the bank's risk chief.", "t.txt"),
    ("DAT006", PIPE + "Piet Kariuki, the 41-year-old retired clerk, who told the court he was born in 1962, denied it.", "t.txt"),
    ("DAT006", PIPE + "Piet Kariuki, 41, who said that he was born in Nakuru in 1962, spoke for an hour.", "t.txt"),
    ("DAT006", HYPHENS + "Piet Kariuki, 41, who testified he was born in 1962, left early.", "t.txt"),
    # -- a career in a headline against the start the body dates ---------------------------------------------
    (
        "DAT002",
        _profile(
            "Port authority hands top job to 30-year shipping veteran Imogen Tate",
            "Imogen Tate began her career as a clerk at the harbour office in 2010. Tate moved to the port "
            "authority later.",
        ),
        "t.txt",
    ),
    (
        "DAT002",
        _profile(
            "Forty years on the air: Imogen Tate signs off",
            "Tate joined the station as a night producer in 1995. Tate went on to host the "
            "breakfast show.",
            head="Published Friday 8 May 2026 · By Jo Hale\n\n",
        ),
        "t.txt",
    ),
    (
        "DAT002",
        _profile(
            "After 30 seasons, Harwick's Imogen Tate hangs up the whistle",
            "Imogen Tate was hired to coach the girls' team in the fall of 2006, and retires in June.",
            head=HYPHENS,
        ),
        "t.txt",
    ),
]

REPORTED += [
    # an age without a given name, in an article that names two people of the surname
    ("DAT006", PIPE + "Imogen Tate died on Monday. Her husband, Rhys Tate, survives her.\n\nTate was born in 1946. She was 84.", "t.txt"),
    # -- a count to now from a beginning its own sentence dates ---------------------------------------------
    ("DAT002", PIPE + "The lawsuit, filed in 2022, has dragged on for nearly a decade.", "t.txt"),
    ("DAT002", PIPE + "Its complaint, lodged in March 2021, has now been pending for almost ten years.", "t.txt"),
    ("DAT002", PIPE + "Tate joined the museum in 2011 and has spent two decades there restoring clocks.", "t.txt"),
    ("DAT002", PIPE + "Profile\n\n- Tate, who joined the orchestra in 2012, has now played there for two decades.", "t.txt"),
    # -- an age at a dated moment against an age of now -------------------------------------------------------
    (
        "DAT006",
        _profile(
            "The founder who put a bakery on every corner",
            "Imogen Tate opened her first shop in 2015. Now 40, Tate runs 30 of them.\n\nShe was 22 when she "
            "opened that shop in 2015, with a loan from her aunt. Tate says the next one opens in Leeds.",
        ),
        "t.txt",
    ),
    ("DAT006", PIPE + "Now 40, Imogen Tate runs the yard. Tate was 22 when she bought it in 2015.", "t.txt"),
]

QUIET = [
    # an age that fits the birth year (either side of the birthday)
    (
        "DAT006",
        _profile(
            "Harwick library names Imogen Tate as its new director",
            "Imogen Tate will lead the library from June. The 64-year-old grew up in the town.\n\nTate said "
            "the budget was her first task.",
            "AT A GLANCE\nBorn: 1961, Harwick",
        ),
        "t.txt",
    ),
    (
        "DAT006",
        _profile(
            "Harwick library names Imogen Tate as its new director",
            "Imogen Tate will lead the library from June. The 65-year-old grew up in the town.\n\nTate said "
            "the budget was her first task.",
            "AT A GLANCE\nBorn: 1961, Harwick",
        ),
        "t.txt",
    ),
    # someone else's age: after a preposition, with "of" after it, far from the birth year's
    (
        "DAT006",
        _profile(
            "Imogen Tate: the librarian who saved the reading room",
            "Imogen Tate opened the doors on Monday. A card came from the 38-year-old who had found the roof "
            "leak.\n\nTate was born in 1961.",
        ),
        "t.txt",
    ),
    (
        "DAT006",
        _profile(
            "Imogen Tate: the librarian who saved the reading room",
            "Imogen Tate opened the doors on Monday. The 38-year-old driver of the van was unhurt.\n\nTate was "
            "born in 1961.",
        ),
        "t.txt",
    ),
    (
        "DAT006",
        _profile(
            "Imogen Tate: the librarian who saved the reading room",
            "Imogen Tate opened the doors on Monday. The 19-year-old volunteer stacked the shelves.\n\nTate was "
            "born in 1961.",
        ),
        "t.txt",
    ),
    # a person the headline does not name (two birth years: whose age it is stays open)
    (
        "DAT006",
        _profile(
            "Library reopens after the flood",
            "Imogen Tate opened the doors. The 38-year-old grew up in the town.\n\nTate was born in 1961 and "
            "her deputy, Rhys Bell, in 1970.",
        ),
        "t.txt",
    ),
    # an obituary age that fits
    (
        "DAT006",
        _profile(
            "Imogen Tate, the ferry captain who knew every rock of the sound, dies aged 94",
            "Imogen Tate, whose ferry crossed the sound for forty years, died at home on Tuesday. She was born in "
            "a cottage above the slipway in 1931.",
            head="Published Friday 8 May 2026 · Obituaries · By Jo Hale\n\n",
        ),
        "t.txt",
    ),
    # an age and a birth year beside it that agree; a birth year someone else told
    ("DAT006", PIPE + "| Speaker | Role |\n|---|---|\n| Dr. Ana Werner, 57 (born 1968) | Chief risk officer |\n", "t.md"),
    ("DAT006", PIPE + "Piet Kariuki, the 63-year-old retired clerk, who told the court he was born in 1962, denied it.", "t.txt"),
    ("DAT006", PIPE + "Piet Kariuki, 41, who told the court his father was born in 1962, denied it.", "t.txt"),
    # careers that fit the start, and counts that are not a career to now
    (
        "DAT002",
        _profile(
            "Port authority hands top job to 15-year shipping veteran Imogen Tate",
            "Imogen Tate began her career as a clerk at the harbour office in 2010.",
        ),
        "t.txt",
    ),
    (
        "DAT002",
        _profile(
            "Thirty years on the air: Imogen Tate signs off",
            "Tate joined the station as a night producer in 1995.",
            head="Published Friday 8 May 2026 · By Jo Hale\n\n",
        ),
        "t.txt",
    ),
    (
        "DAT002",
        _profile(
            "After 20 seasons, Harwick's Imogen Tate hangs up the whistle",
            "Imogen Tate was hired to coach the girls' team in the fall of 2006, and retires in June.",
            head=HYPHENS,
        ),
        "t.txt",
    ),
    (
        "DAT002",
        _profile(
            "Thirty years on the run: fugitive caught at the port",
            "The man, who escaped from a prison van in 1996, was arrested on Thursday.",
        ),
        "t.txt",
    ),
]


QUIET += [
    # counts that fit their beginning, and hedged counts that may round up
    ("DAT002", PIPE + "The lawsuit, filed in 2018, has dragged on for nearly a decade.", "t.txt"),
    ("DAT002", PIPE + "Tate joined the museum in 2007 and has spent two decades there restoring clocks.", "t.txt"),
    ("DAT002", PIPE + "Tate joined the museum in 2010 and has spent more than a decade there.", "t.txt"),
    ("DAT002", PIPE + "Tate joined the museum in 2017 and has spent nearly a decade there.", "t.txt"),
    # an age then that fits the age now; an age then of a pronoun whose person is not told
    ("DAT006", PIPE + "Now 33, Imogen Tate runs the yard. Tate was 22 when she bought it in 2015.", "t.txt"),
    ("DAT006", PIPE + "Now 34, Imogen Tate runs the yard. Tate was 22 when she bought it in 2015.", "t.txt"),
    ("DAT006", PIPE + "Now 40, Imogen Tate runs the yard. Her mother was 22 when she bought it in 2015.", "t.txt"),
    ("DAT006", PIPE + 'Now 40, Imogen Tate runs the yard. "I was 22 when I bought it in 2015," she said.', "t.txt"),
]


QUIET += [
    # a birth year told by surname and an age of a relative of the same surname
    (
        "DAT006",
        PIPE + "Imogen Tate ran the ward for years.\n\nBorn in Leeds in 1931, Tate trained at the city hospital.\n\n"
        "Rhys Tate, 64, said his mother kept every card.",
        "t.txt",
    ),
    # a milestone in a heading that is dated to a year to come
    ("DAT002", "LEEDS, Sept. 5, 2025 — The library opened in 1917.\n\nQ: The library turns 110 in 2027. Will you be there?\n\nA: Yes.", "t.txt"),
    # a count that is the size of a change, not a time elapsed
    ("DAT002", PIPE + "The merger was announced in November 2023.\n\nDelivery times have fallen by almost a day since the merger, she says.", "t.txt"),
]


@pytest.mark.parametrize(("code", "text", "name"), REPORTED)
def test_the_batch_17_ages_and_careers_are_reported(code: str, text: str, name: str) -> None:
    assert codes(text, code, name)


@pytest.mark.parametrize(("code", "text", "name"), QUIET)
def test_their_look_alikes_stay_quiet(code: str, text: str, name: str) -> None:
    assert not codes(text, code, name)
