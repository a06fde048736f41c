"""STY001: a word no English word list holds, lowercased once beside a capitalised use (own sentences)."""

from __future__ import annotations

from lint.api import check_text


HEAD = "Coastal services resume after storm\n\n"


def _sty001(body: str) -> list[str]:
    return [f.message.split("'")[1] for f in check_text(HEAD + body, select=["STY001"]).findings]


def test_place_lowercased_once_beside_its_capitalised_use() -> None:
    text = ("Ferry crossings resumed, harbour staff in Kellowstrand said on Friday.\n\n"
            "Freight bound for kellowstrand was held back for a second night.\n")
    assert _sty001(text) == ["kellowstrand"]


def test_surname_after_a_given_name_then_lowercased() -> None:
    text = ("Sgt Imogen Farquist said the van was found empty.\n\n"
            "Nobody was hurt, farquist said.\n")
    assert _sty001(text) == ["farquist"]


def test_ordinary_word_beside_a_name_holding_it_is_not_a_slip() -> None:
    text = ("A forecaster at the Met Office said winds would ease.\n\n"
            "The office issued a yellow warning for the coast.\n")
    assert _sty001(text) == []


def test_tail_of_an_institution_name_is_not_a_use() -> None:
    text = ("Surgeons at the Baltic Society of Endoscopology said staff were short.\n\n"
            "Few students choose endoscopology as a career.\n")
    assert _sty001(text) == []


def test_quoted_title_is_not_a_use() -> None:
    text = ("The guide, “Rewilding plans for towns”, came out in June.\n\n"
            "Supporters of rewilding say the plans are overdue.\n")
    assert _sty001(text) == []


def test_word_list_holds_ordinary_words_and_not_invented_names() -> None:
    from lint.wordlists import word_list

    words = word_list("english-words.txt")
    assert {"office", "agency", "harbour", "harbor", "council"} <= words
    assert not {"kellowstrand", "farquist"} & words
