"""Structure and style shapes found on the blind batches' misses, each with its credible look-alike.

The sentences are written for these tests; none comes from a blind batch or a corpus.
"""

from __future__ import annotations

import pytest

from lint.engine import LintSettings, lint_document
from lint.loader import text_document
from tests.conftest import findings, rules_by_code

def found(text: str, code: str, fmt: str = "text") -> list:  # type: ignore[type-arg]
    if fmt == "html":  # through the article extractor, as a file would be read
        result = lint_document(text_document("example.html", text), LintSettings(rules=(rules_by_code()[code],)))
        return [f for f in result.findings if f.code == code]
    return findings(text, code, fmt)


LEAD = ("The Harlow Street library will close for 14 months from March while builders replace its roof "
        "and add a lift, the borough council said on Wednesday.")
MIDDLE = [
    "Books on loan can be returned at the Marsh Lane branch, which will extend its opening hours.",
    "The work is expected to cost 2.4 million pounds, most of it from a national heritage fund.",
    "Readers' groups that meet in the building will move to the community hall next door.",
    "Councillor Ruth Abebe said the roof had leaked for years and could not be patched again.",
    "A temporary reading room will open in the town hall for pupils who need a quiet place to study.",
]


def _story(closing: str) -> str:
    return "Library to close for repairs\n\n" + " ".join([LEAD, *MIDDLE, closing])


# -- STR004: a closing sentence that says the lead again --------------------------------------------
def test_closing_sentence_restating_the_lead_is_reported() -> None:
    (f,) = found(_story("The library will close for 14 months from March while builders replace the roof."), "STR004")
    assert f.related and "line 3" in f.message


def test_a_closing_sentence_that_adds_a_new_fact_is_not_a_restatement() -> None:
    assert not found(_story("The library will reopen with a new cafe and a children's room in the summer of 2028."), "STR004")


def test_a_closing_restatement_must_keep_the_lead_numbers() -> None:
    # "11 months" is not what the lead said: a correction or an update, not a repeat
    assert not found(_story("The library will close for 11 months from March while builders replace the roof."), "STR004")


def test_the_same_sentence_with_the_speaker_named_once_and_by_role_once() -> None:
    text = ("Harbour\n\nThe harbour master, Ines Okafor, said the port remained committed to reopening the north quay by May. "
            "The master of the harbour said the port was still committed to reopening the north quay by May.")
    (f,) = found(text, "STR004")
    assert f.line == 3


# -- STR001: a front-matter title pasted into the body ----------------------------------------------
FRONT = "---\ntitle: \"Ferry Fares Frozen for the Winter on Island Routes\"\ndate: 2026-01-04\n---\n\n"
STORY = ("The island council voted on Tuesday to hold ferry fares at their current level until the end of March, "
         "a decision members said would ease pressure on families.\n")


def test_front_matter_title_repeated_as_the_first_body_line() -> None:
    text = FRONT + "Ferry Fares Frozen for the Winter on Island Routes\n\n" + STORY
    (f,) = found(text, "STR001", fmt="markdown")
    assert f.line == 6


def test_front_matter_title_shown_as_the_page_heading_is_not_a_repeat() -> None:
    text = FRONT + "# Ferry Fares Frozen for the Winter on Island Routes\n\n" + STORY
    assert not found(text, "STR001", fmt="markdown")


# -- STR005: a summary list under its label ---------------------------------------------------------
PARAS = ["The council approved the harbour plan on Monday after a long debate.",
         "The plan costs four million euros and work on the quay starts in May.",
         "Fishermen fear the works will block the slipway for most of the summer."]


def test_html_key_takeaways_list_is_reported_from_its_heading() -> None:
    body = "".join(f"<p>{p}</p>\n" for p in PARAS)
    items = "<li>The council approved the harbour plan.</li>\n<li>The plan costs four million euros.</li>\n"
    html = (f"<html><body><article>\n<h1>Harbour plan approved</h1>\n{body}<h3>Key takeaways</h3>\n<ul>\n{items}</ul>\n"
            "</article></body></html>")
    (f,) = found(html, "STR005", fmt="html")
    assert "Key takeaways" in f.snippet or f.line == 6


def test_bold_summary_label_opens_the_recap_list() -> None:
    md = ("# Harbour plan approved\n\n" + "\n\n".join(PARAS) + "\n\n**In summary:**\n\n"
          "- The council approved the harbour plan on Monday.\n- The plan costs four million euros.\n")
    (f,) = found(md, "STR005", fmt="markdown")
    assert f.line == 9


def test_html_list_of_new_facts_under_a_plain_heading_is_not_a_recap() -> None:
    body = "".join(f"<p>{p}</p>\n" for p in PARAS)
    items = "<li>Quay closed: 4 May to 30 June</li>\n<li>Slipway open: weekends only</li>\n"
    html = f"<html><body><article>\n<h1>Harbour plan approved</h1>\n{body}<h3>Dates</h3>\n<ul>\n{items}</ul>\n</article></body></html>"
    assert not found(html, "STR005", fmt="html")


# -- STR007: short section labels in capitals ------------------------------------------------------
def test_short_capital_section_labels_are_shouting() -> None:
    md = "# Harbour plan approved\n\n" + PARAS[0] + "\n\n## BACKGROUND\n\n" + PARAS[1] + "\n\n## KEY POINTS\n\n" + PARAS[2] + "\n"
    assert [f.line for f in found(md, "STR007", fmt="markdown")] == [5, 9]


def test_acronyms_and_place_names_as_headings_are_not_shouting() -> None:
    md = "# Harbour plan approved\n\n" + PARAS[0] + "\n\n## NATO\n\n" + PARAS[1] + "\n\n## LISBON\n\n" + PARAS[2] + "\n"
    assert not found(md, "STR007", fmt="markdown")


def test_a_capital_heading_read_as_a_byline_is_still_a_heading() -> None:
    html = ("<html><body><article>\n<h1>Harbour plan approved</h1>\n" + "".join(f"<p>{p}</p>\n" for p in PARAS) +
            "<h2>BY THE NUMBERS</h2>\n<p>Four million euros; two months; one slipway.</p>\n</article></body></html>")
    assert len(found(html, "STR007", fmt="html")) == 1


# -- STY001: names a reader knows, in lower case ----------------------------------------------------
def test_a_country_in_lowercase_beside_its_capitalised_form() -> None:
    text = ("Battery plant\n\nThe firm buys its cells from a supplier in germany, the company said. "
            "Its trucks are sold to haulage firms in Germany and in the Nordic countries.")
    (f,) = found(text, "STY001")
    assert f.snippet == "germany" and "Germany" in f.message


# -- STR002: the name a title-case headline opens with --------------------------------------------
HARBOUR_BODY = (
    "The port authority will close the north quay for two months from May while engineers rebuild the sea wall, "
    "its director said on Thursday. Fishing boats will use the south quay, where the authority is adding moorings "
    "for twenty vessels. Skippers said the move would add an hour to each trip because the south quay lies farther "
    "from the fish market. The authority said the work could not wait another winter after storms in January "
    "damaged the wall in three places. The repairs will cost 3.1 million pounds, most of it from a national coastal "
    "fund, and the authority expects the quay to reopen in early July."
)


def test_headline_opening_with_a_title_and_a_name_the_story_never_mentions() -> None:
    (f,) = found("Commissioner Idris Calloway Unveils Quay Plan\n\n" + HARBOUR_BODY, "STR002")
    assert f.snippet.endswith("Idris Calloway")


def test_headline_opening_with_a_firm_the_story_never_mentions() -> None:
    (f,) = found("Brackwater Foods Chief Welcomes Quay Closure\n\n" + HARBOUR_BODY, "STR002")
    assert f.snippet == "Brackwater"


def test_headline_opening_with_a_lake_the_story_never_mentions() -> None:
    (f,) = found("Lake Tormund Skippers Face Longer Trips\n\n" + HARBOUR_BODY, "STR002")
    assert f.snippet == "Tormund"


def test_headline_subjects_the_story_names_or_that_name_nobody_are_not_reported() -> None:
    for headline in ("Port Authority Closes North Quay for Repairs", "Skippers Face Longer Trips as Quay Closes",
                     "National Fund Pays for Sea Wall Repairs", "Coach Says Young Squad Will Learn From Defeat"):
        assert not found(f"{headline}\n\n{HARBOUR_BODY}", "STR002"), headline


# -- STY002 / STY003: slips inside quoted speech ----------------------------------------------------
def test_missing_spaces_in_a_list_of_words_and_before_a() -> None:
    text = "Parking fees\n\nFees rose by 20 pence an hour,a move critics opposed. “Nurses,porters,and cleaners pay most,” she said."
    assert len(found(text, "STY002")) == 3


@pytest.mark.parametrize(
    "code, text, snippet",
    [
        ("STY001", "Hotel sold\n\nThe Kessler Inn on the square of Port Averill has been sold to a family firm. "
                   "The buyers said the inn would reopen next year, and that port averill needed more rooms for visitors.",
         "port averill"),
        ("STY003", "Honey harvest\n\n“I have kept bees here for thirty years,” said Moira Dunn, who runs 60 hives. "
                   "“you open the lid expecting weight and there is only wax.”", "you"),
    ],
    ids=["two-word place in lowercase", "quoted sentence in lowercase after a full stop"],
)
def test_one_slip_found(code: str, text: str, snippet: str) -> None:
    (f,) = found(text, code)
    assert f.snippet == snippet


@pytest.mark.parametrize(
    "code, text, fmt",
    [
        ("STY001", "Inquiry\n\nThe Special Counsel's office declined to comment. A special counsel can bring charges. "
                   "The Prime Minister said a prime minister must answer questions. The firm sells china and turkey in Turkey.",
         "text"),
        ("STY003", "Book prize\n\nThe judges called it “a quiet book with a storm inside it”. Officials cited the U.S. "
                   "“national interest” in the decision. *Who Keeps the Light?* follows a keeper who refuses to leave.",
         "markdown"),
    ],
    ids=["common phrases a name also uses", "quoted fragments and emphasised titles"],
)
def test_no_slip_in_look_alikes(code: str, text: str, fmt: str) -> None:
    assert not found(text, code, fmt=fmt)


# -- batch 6: a longer sentence stacked on an earlier one, a headline's copy hiding a missing name --
def test_a_later_sentence_holding_all_of_an_earlier_one_is_said_again() -> None:
    first = "The brewery said its bottling line would move to the new site in Hull."
    later = "Its bottling line will move to the new site in Hull, the brewery said, and forty jobs go with it."
    filler = " ".join(MIDDLE[:3])
    text = "Brewery moves bottling\n\n" + " ".join([first, filler, later])
    (hit,) = found(text, "STR004")
    assert hit.snippet.startswith("Its bottling line")
    # the same facts with a new name or number is a new statement, not the old one again
    assert not found(text.replace("in Hull, the brewery", "in Goole, the brewery"), "STR004")
    # a correction note quotes the sentence it corrects
    note = "(Corrects to say the bottling line will move to the new site in Hull, not in York, the brewery said.)"
    assert not found("Brewery moves bottling\n\n" + " ".join([first, filler, note]), "STR004")


def test_a_headline_shown_again_as_the_page_heading_does_not_mention_its_own_name() -> None:
    body = " ".join([LEAD, *MIDDLE])
    page = f'---\ntitle: "Mayor Ilse Vandorn hails library repairs"\n---\n\n## Mayor Ilse Vandorn hails library repairs\n\n{body}\n'
    (hit,) = found(page, "STR002", fmt="markdown")
    assert "Vandorn" in hit.message and hit.related and hit.related[0].line == 5
    named = page.replace("Councillor Ruth Abebe said", "Mayor Ilse Vandorn said")
    assert not found(named, "STR002", fmt="markdown")


def test_a_firm_named_by_its_trade_in_a_title_case_headline_must_be_in_the_story() -> None:
    body = " ".join([LEAD, *MIDDLE])
    assert found(f"Orrick Haulage to Close Depot, 80 Jobs at Risk\n\n{body}", "STR002")
    assert not found(f"Orrick Haulage to Close Depot\n\n{body} Orrick Haulage runs 40 lorries.", "STR002")
