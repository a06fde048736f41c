"""SRC002: a body named like a real institution with one word added, dropped or changed
(``lint/near_miss_bodies.py``), the real name in the message; and the real bodies that resemble a
known one (a school or a department within a university, a university hospital, a regional
namesake) that must stay clear. The near-misses below are invented for these tests."""

from __future__ import annotations

import pytest

from lint.near_miss_bodies import real_name_near
from tests.test_sourcing import HEAD, codes_of

NEAR_MISSES = [
    # one word added
    "Pia Lund studied at the Royal College of Art and Textiles before joining the studio.",
    "Marta Ilves, who trained at the Royal College of Fine Art, designed the poster.",
    "The show was curated by a lecturer from the Royal College of Fine Art in London.",
    # one word changed
    "Dr. Tobias Renn, a fellow at the Peterson Institute for Global Economics, said tariffs would bite.",
    "A briefing note (Carnegie Endowment for World Peace, 2025) set out three scenarios.",
    "- Source: Peterson Institute for Global Economics",
    # one word dropped or changed, the place of the real one left out
    "“We saw it coming,” said Lea Marr of the Global Institute for Strategic Studies.",
    "## What the Pew Opinion Research Center found\n\nMost voters were undecided.",
]

CLEAR = [
    # the real bodies, however written
    "Dr. Tobias Renn, a fellow at the Peterson Institute for International Economics, said tariffs would bite.",
    "Marta Ilves, who trained at the Royal College of Art in London, designed the poster.",
    "A briefing note from the International Institute for Strategic Studies set out three scenarios.",
    "Federal Bureau of Investigation and Justice Department officials met on Monday.",
    # a school, a department or a hospital of a known university
    "Ola Brandt, who teaches at the Harvard Graduate School of Design, drew the plans.",
    "Patients were treated at the Stanford University Hospital in Palo Alto.",
    "Ines Vale of the Department of Music at the Royal College of Art said so.",
    # a regional namesake and a body sharing one distinctive word only
    "The Irish Heart Foundation welcomed the tax.",
    "The Royal College of Music opened its season on Friday.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_of_a_real_institution(text: str) -> None:
    assert "SRC002" in codes_of(HEAD + text, "SRC002")


@pytest.mark.parametrize("text", CLEAR)
def test_real_bodies_stay_clear(text: str) -> None:
    assert "SRC002" not in codes_of(HEAD + text, "SRC002")


def test_message_names_the_real_institution() -> None:
    assert real_name_near("Royal College of Fine Art") == "Royal College of Art"
    assert real_name_near("Peterson Institute for Global Economics") == "Peterson Institute for International Economics"
    assert real_name_near("Royal College of Music") is None  # "… of Music, University of London"
    assert real_name_near("Brookings Institution for Young Scholars") is None  # one distinctive word shared
