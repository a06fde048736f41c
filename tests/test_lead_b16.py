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


FAQ_HEAD = "Ferry fares rise in spring\n\nThe operator will lift fares by 4 per cent from April, it said on Monday.\n\n"
PAIRS = ("Q: Will season tickets cost more?\n\nA: Yes, by the same share.\n\n"
         "Q: When do the new fares start?\n\nA: On the first sailing in April.\n\n"
         "Q: Are children's fares changing?\n\nA: No, they stay at half the adult fare.\n\n"
         "Q: Can I still buy on board?\n\nA: Only by card.\n")


def test_a_faq_block_under_its_heading_is_reported_once() -> None:
    text = FAQ_HEAD + "Frequently Asked Questions\n\n" + PAIRS
    assert _lines(text, "FIL002") == [5]


def test_a_run_of_question_and_answer_pairs_is_reported_once() -> None:
    assert _lines(FAQ_HEAD + PAIRS, "FIL002") == [5]


def test_one_line_pairs_are_reported_once() -> None:
    text = FAQ_HEAD + ("**Q. Will season tickets cost more? A.** Yes, by the same share.\n\n"
                       "**Q. When do the new fares start? A.** On the first sailing in April.\n")
    assert _lines(text, "FIL002") == [5]
