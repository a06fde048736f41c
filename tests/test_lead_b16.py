"""Lead's precision fixes in round 13 (own sentences): a surname's particle capitalised when the
surname stands alone is the same name (SRC005)."""

from __future__ import annotations

import pytest

from lint.api import check_text


def _lines(text: str, code: str) -> list[int]:
    return [f.line for f in check_text(text, select=[code]).findings]


HEAD = "Harbour bank lifts deposits\n\n"


@pytest.mark.parametrize("full, alone", [
    ("Bill de Vries", "De Vries"),
    ("Marta van Leeuwen", "Van Leeuwen"),
    ("Louis de la Tour", "De la Tour"),
])
def test_particle_capitalised_when_the_surname_stands_alone(full: str, alone: str) -> None:
    text = HEAD + (f"{full}, the bank's finance chief, said deposits grew in the quarter.\n\n"
                   f"\u201cWe remain cautious,\u201d {alone} said on a call with analysts.\n")
    assert _lines(text, "SRC005") == []


def test_a_lower_case_surname_still_reported_beside_its_particle_name() -> None:
    text = HEAD + ("Bill de Vries, the bank's finance chief, said deposits grew in the quarter.\n\n"
                   "\u201cWe remain cautious,\u201d de vries said on a call with analysts.\n")
    assert _lines(text, "SRC005") == [5]


def test_a_lower_case_given_name_still_reported() -> None:
    text = HEAD + ("Anna Pryce, the bank's finance chief, said deposits grew in the quarter.\n\n"
                   "Later anna Pryce said margins were thin.\n")
    assert _lines(text, "SRC005") == [5]
