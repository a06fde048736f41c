"""SRC005: one person's name spelt two ways (issue 13): a given name one letter away or sounding
alike that the gazetteer does not record, a surname alone one letter away from a full name whose
surname the article also writes alone, a full name written again without its accents."""

from __future__ import annotations

import pytest

from tests.test_sourcing import HEAD, codes_of

FLAGGED = [
    # a given name the gazetteer does not record, one letter changed, added or dropped
    "Oyelaran Adebisi founded the weaving co-operative in 1991. Oyelaran Adebisi still dyes the cloth. "
    "Oyelaren Adebisi plans to retire next year.",
    "Nkechinyere Okonkwo, the co-operative's treasurer, said sales had doubled. Okonkwo has kept the books since 2015. Nkechnyere Okonkwo expects more orders.",
    "| Winner | Firm |\n|---|---|\n| Mwikali Njoroge | Tausi Bakery |\n\nThe top prize went to Mwikari Njoroge, whose bakery opened in 2020.",
    "The stall is run by Thandiwe Mokoena (pictured). Mokoena opened it in 2012. Thandive Mokoena said rents had risen.",
    # sounding alike, three letters apart
    "Lakshmanan Iyer said the pump failed. Lakshmanan Iyer had warned the council. Laxmanan Iyer was not consulted.",
    # a surname alone, one letter changed, after a full name whose surname stands alone
    "Ines Cardozo, 47, sued the hospital in May. Cardozo said she was never told. The board disputed Cardozo's account.\n\n"
    "Cardoso herself told the panel she had asked twice.",
    # accents dropped, capitals changed after an apostrophe
    "Siobhán O'Callaghan has coached the team since 2004. Siobhán O'Callaghan said the pitch was waterlogged. "
    "Siobhan O'callaghan will stand down in June.",
    "Renée Dubois opened the bakery in 1998. Her customers still ask for Renée Dubois by name. "
    "\"Renee Dubois taught me everything,\" said her apprentice Paul Marchand.",
    "José Ibáñez, the mayor, opened the bridge. José Ibáñez said it cost less than planned. Jose Ibanez thanked the engineers.",
]

CLEAN = [
    # two relatives with short names one letter apart
    "Ana and Ada Ruiz run the shop together. Ana Ruiz buys the stock; Ada Ruiz keeps the books.",
    # different people named in full
    "Jon Berg, a nurse, said the ward was full. John Berg, a porter at the same hospital and no relation, said it was quiet.",
    # transliteration notes
    "Lakshmanan Iyer said the pump failed. Lakshmanan Iyer had warned the council. His name is also spelt Laxmanan Iyer in court papers.",
    "Siobhán O'Callaghan has coached the team since 2004. Siobhán O'Callaghan said the pitch was waterlogged. "
    "The club's records spell her name Siobhan O'Callaghan.",
    # an accent added later is not reported, a heading in capitals is left alone
    "Jose Ibanez, the mayor, opened the bridge. José Ibáñez said it cost less than planned.",
    # a surname one letter away that pairs with a given name of its own is another person
    "Ines Cardozo, 47, sued the hospital in May. Cardozo said she was never told. Her lawyer, Maria Cardoso, spoke after the hearing.",
    # a given name ending that makes another person's name
    "Mariano Lucchesi runs the vineyard. Mariano Lucchesi planted it in 1980. His daughter Mariana Lucchesi manages sales.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_a_name_spelt_two_ways_is_reported(text: str) -> None:
    assert codes_of(HEAD + text, "SRC005") == ["SRC005"]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_clean(text: str) -> None:
    assert codes_of(HEAD + text, "SRC005") == []
