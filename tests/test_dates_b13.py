"""Blind batch 13's classes of missed date flags, in variants of our own with consistent look-alikes.

DAT005: a former title set off by spaced dashes ("Varga — Bellport's former mayor —"), a place's
possessive on a former place office against a bare sitting one, and "skipper" as the captain's office."""

from __future__ import annotations

import pytest

from tests.test_dates_formats_r6 import codes_in

#: (paragraph, codes): the article is dated 2026-05-01 by its front matter.
FORMER_TITLES = [
    # a dash-set apposition with a place's possessive, against a bare sitting title
    ("Mayor Lena Varga opened the pier. Closing the session, Varga — Bellport's former mayor — thanked residents.", ["DAT005"]),
    ("Governor Anil Mehra signed the bill. Mehra – Ostland's former governor – then left for the airport.", ["DAT005"]),
    ("Mayor Ruth Okafor cut the ribbon on Monday. Reporters asked whether Okafor -- Linford's former mayor -- had costed it.", ["DAT005"]),
    # skipper and captain are one office, in several positions
    ("Team captain Joel Akande, 27, scored the winner. Asked about the result, former skipper Akande said the squad must improve.", ["DAT005"]),
    ("Club captain Sian Pryde led the side out. The crowd, which had cheered ex-skipper Pryde all season, stayed late.", ["DAT005"]),
    ("Former skipper Tom Ellery spoke first. Captain Ellery then thanked the fans for coming.", ["DAT005"]),
    # look-alikes that must stay clean: a dash-set current title, two people, a non-place office at another employer
    ("Mayor Lena Varga opened the pier. Closing the session, Varga — Bellport's mayor — thanked residents.", []),
    ("Mayor Lena Varga opened the pier. Her predecessor, Bellport's former mayor Tom Haas, watched from the back.", []),
    ("Coach Dan Iles ran the session. Iles — Kenton's former coach — now leads the academy side.", []),
    ("Skipper Joel Akande scored twice. Akande, the team's captain since 2023, said the squad must improve.", []),
]


@pytest.mark.parametrize("paragraph,expected", FORMER_TITLES)
def test_a_former_title_set_apart_from_the_name_contradicts_a_sitting_one(paragraph: str, expected: list[str]) -> None:
    assert codes_in(paragraph) == expected


# -- DAT006: a birth year given as "(b. 1970)" and a birth year with an age "now" in one clause -------------
AGES_AND_BIRTH_YEARS = [
    # a caption-style abbreviation after the name, against an age elsewhere
    ("Chief executive Maria Lund, 61, announced the closures. Maria Lund (b. 1972) at the company's depot.", ["DAT006"]),
    ("Lund (b. 1980) founded the firm. Lund, 61, said she would stay on.", ["DAT006"]),
    ("- Dariusz Kemp (b. 1955) chairs the panel; Kemp, 40, was elected in May.", ["DAT006"]),
    # a birth year and an age "now" in one clause, in other positions
    ("The researcher — born in 1990 in a harbour town, and now 48 — plans another decade of work.", ["DAT006"]),
    ("Born nearby, the skipper (born in 1979 and now 30) still sails every day.", ["DAT006"]),
    ("She was born in 1961 on the island and is now 50, she said.", ["DAT006"]),
    # consistent look-alikes: the ages agree, a count after "now", a relative's birth, a year after the name
    ("Chief executive Maria Lund, 54, announced the closures. Maria Lund (b. 1972) at the company's depot.", []),
    ("The researcher — born in 1990 in a harbour town, and now 36 — plans another decade of work.", []),
    ("The club, born in 1990 as a works side, now 41 members strong, plays on Sundays.", []),
    ("Born in 1960, her mother is now 80, the family said.", []),
]


@pytest.mark.parametrize("paragraph,expected", AGES_AND_BIRTH_YEARS)
def test_an_age_against_a_birth_year_in_a_caption_or_a_now_clause(paragraph: str, expected: list[str]) -> None:
    assert codes_in(paragraph) == expected


# -- DAT001: a part of the year before an event noun against a month of that year ---------------------
SEASON_AND_MONTH = [
    ("The app went live in January 2024, the company said. Tallybook, whose users have doubled since its autumn 2024 debut, faces rivals.", ["DAT001"]),
    ("The ferry service launched in October 2023. Has its summer-2023 launch paid off? Riders are split.", ["DAT001"]),
    ("- The museum opened in December 2019.\n- Visitor numbers have doubled since its spring 2019 opening.", ["DAT001"]),
    ("The bakery opened in July 2021. Its owners, who marked its autumn 2021 opening with a fair, plan a second site.", ["DAT001"]),
    ("The plant was founded in April 2018. Staff remember its summer 2018 founding fondly.", ["DAT001"]),
    # consistent look-alikes: the month falls in the part, or in the same season of the other hemisphere
    ("The app went live in October 2024, the company said. Tallybook, whose users have doubled since its autumn 2024 debut, faces rivals.", []),
    ("The ferry service launched in January 2023 in Hobart. Has its summer 2023 launch paid off? Riders are split.", []),
    ("The museum opened in March 2019. Visitor numbers have doubled since its early 2019 opening.", []),
    # two events told apart, and a winter that spans the turn of the year
    ("The first store opened in January 2020. Its second store's autumn 2020 opening drew crowds.", []),
    ("The rink opened in December 2022. Skaters have flocked to it since its winter 2022 opening.", []),
]


@pytest.mark.parametrize("paragraph,expected", SEASON_AND_MONTH)
def test_a_part_of_the_year_before_an_event_noun_against_a_month(paragraph: str, expected: list[str]) -> None:
    assert codes_in(paragraph) == expected
