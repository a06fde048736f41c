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
    from lint.wordlists import word_set

    words = word_set("english-words.txt")
    assert {"office", "agency", "harbour", "harbor", "council"} <= words
    assert not {"kellowstrand", "farquist"} & words


# -- STR008: a headline word no word list or gazetteer knows, absent from the story ----------------
STORY = ("The crossing reopened on Monday after a week of storms, the operator said. Crews cleared the "
         "slipway and checked the ramps before the first sailing, and the morning boats ran full. "
         "Passengers who booked during the closure can change their tickets without a fee until the end "
         "of the month, a spokeswoman said. The operator will publish a winter timetable on Friday and "
         "expects a busy weekend as freight held back by the weather moves across the water again. Harbour "
         "staff will work extra shifts until the backlog of lorries on the quay has been cleared.\n")


def _str008(headline: str, story: str = STORY) -> list[str]:
    result = check_text(headline + "\n\n" + story, select=["STR008"])
    return [f.message.split("'")[1] for f in result.findings]


def test_invented_name_in_a_title_case_headline_is_reported() -> None:
    assert _str008("Glenmarrow Ferry Resumes After Week of Storms") == ["Glenmarrow"]
    assert _str008("Ferry resumes as Castellan crews clear the slipway") == ["Castellan"]


def test_names_the_reader_knows_or_the_story_gives_are_not_reported() -> None:
    assert _str008("Walmart Shoppers Stock Up as Ferry Resumes") == []  # a well-known proper noun
    assert _str008("Glenmarrowers Queue as Ferry Resumes", STORY.replace("the operator said", "the Glenmarrow operator said", 1)) == []
    assert _str008("Ferry Resumes, Gatecrashers Turned Away After Storms") == []  # a regular form of English words
    assert _str008("Ferry to resume after week of storms: Velmara source") == []  # the wire's source tail
    assert _str008("Storm-hit Ferry Resumes After Week of Closures") == []  # a compound


def test_regular_forms_of_english_words() -> None:
    from lint.wordlists import is_english_form

    assert all(is_english_form(w) for w in ("lasered", "kneelers", "gatecrashers", "brexit", "studies"))
    assert not any(is_english_form(w) for w in ("glenmarrow", "castellan", "kellowstrand"))


def test_name_capitalised_only_inside_longer_names_then_lowercased() -> None:
    """Three capitalised uses, one mid-sentence inside a longer name, then the slip."""
    text = ("Clinics across Morvanth County reported longer queues on Monday.\n\n"
            "Morvanth's two hospitals opened extra wards, the Morvanth Health Board said.\n\n"
            "Leave was cancelled at a clinic in the north of morvanth.\n")
    assert _sty001(text) == ["morvanth"]


def test_two_capitalised_uses_inside_names_are_not_enough() -> None:
    text = ("Clinics across Morvanth County reported longer queues on Monday.\n\n"
            "The Morvanth Health Board said leave was cancelled at a clinic in morvanth.\n")
    assert _sty001(text) == []


def test_a_loanword_written_without_its_accent_is_an_english_word() -> None:
    """SCOWL lists "café" only with its accent; "cafe" is not a name slipped into lowercase."""
    text = ("The Harbour Cafe reopened on Friday, and the Cafe Rouge chain said it would follow.\n\n"
            "Staff at Cafe Nero said trade was slow, and one cafe owner said rents were too high.\n")
    assert _sty001(text) == []


def test_message_counts_a_single_capitalised_use_in_words() -> None:
    text = ("Ferry crossings resumed, harbour staff in Kellowstrand said on Friday.\n\n"
            "Freight bound for kellowstrand was held back for a second night.\n")
    (finding,) = check_text(HEAD + text, select=["STY001"]).findings
    assert "writes 'Kellowstrand' once (first on line 3)" in finding.message
