"""Round 14 (blind batch 17, the story told through people): structure, style and citation classes.

* STY009: a word typed twice ("on the the roof"), in prose, captions, lists, table cells and quotes;
  good English that doubles a word ("that that", "had had", "gave her her", "check in in") is not one.
* STY010: a sentence glued to the one before it ("in Adelaide.He said"); domains and abbreviations
  are not.
* STY002: a year glued to the year before it ("in 2016,2019 and 2022").
* STR007: a plain-text story under a wire-style dated dateline in capitals ("PERTH, Thursday 2 October
  2025") sets its section and fact-box labels in capitals, as the agencies do.
* STR003: the last item of a fact box quoted in Markdown ("> - **Memorials:** the … library") is a
  list item, not a sentence cut off.
* CIT002: an outlet's name in italics ("2. *The Morning Courier*") is still only a name.

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from lint.rulepack import Rule, load_packs
from tests.conftest import lint_text

RULES = {r.code: r for r in load_packs()}


def findings(text: str, code: str, fmt: str = "markdown") -> list:  # type: ignore[type-arg]
    rules: list[Rule] = [RULES[code]]
    return [f for f in lint_text(text, rules, fmt=fmt).findings if f.code == code]  # type: ignore[arg-type]


LEAD = "Ferry captain retires after 40 years\n\nThe island ferry's longest-serving captain stepped down on Friday.\n\n"


# -- STY009: a word typed twice ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, fmt",
    [
        (LEAD + "She kept a logbook on the the bridge for every crossing.\n", "markdown"),
        (LEAD + "Born in Tromsø, she moved from from Bergen in 1985.\n", "markdown"),
        (LEAD + "- Trained as a deckhand in in Stavanger\n- Captain since 1990\n", "markdown"),
        (LEAD + "“It was the the best job on the coast,” she said.\n", "markdown"),
        (LEAD + "The The crew gave her a brass bell.\n", "markdown"),
        (LEAD + "Photo: Captain Ida Moen with her her crew on the last crossing.\n", "markdown"),
        (LEAD + "She sailed through storms and and fog for four decades.\n", "markdown"),
        (
            "<html><body><h1>Ferry captain retires</h1><p>The captain stepped down on Friday.</p>"
            "<table><tr><td>Ida Moen</td><td>captain of of the Nordlys</td></tr></table>"
            "<p>She served for 40 years on the route.</p></body></html>",
            "html",
        ),
        (
            "<html><body><h1>Ferry captain retires</h1><p>The captain stepped down on Friday.</p>"
            "<figure><figcaption>Ida Moen at at the wheel of the Nordlys.</figcaption></figure>"
            "<p>She served for 40 years on the route.</p></body></html>",
            "html",
        ),
    ],
)
def test_doubled_word_is_reported(text: str, fmt: str) -> None:
    assert findings(text, "STY009", fmt)


@pytest.mark.parametrize(
    "sentence",
    [
        "She said that that crossing was the hardest of her career.",
        "By then she had had enough of the winter timetable.",
        "The harbour master gave her her first command in 1990.",
        "The company offered her her old job back in 2002.",
        "Passengers can check in in the terminal from six.",
        "It is the port she moved to to learn the trade.",
        "The ship she worked on on her first day was the Nordlys.",
        "She has played in Walla Walla and in Baden-Baden on tour.",
        "Her favourite song was New York, New York.",
        "What it is is a job for life, she said.",
    ],
)
def test_good_english_that_doubles_a_word_is_not_reported(sentence: str) -> None:
    assert not findings(LEAD + sentence + "\n", "STY009")


# -- STY010: a sentence glued to the one before it ------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "She settled in Tromsø.She said the light there suited her.",
        "The route opened in the spring.The first crossing was full.",
        "She was born in Bergen.In 1985 she moved north.",
        "(She retired to Hamnvik.It is her mother's village.)",
    ],
)
def test_glued_sentence_is_reported(sentence: str) -> None:
    assert findings(LEAD + sentence + "\n", "STY010")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tickets are on nordlys-ferries.example and the timetable is at ferry.no/winter.",
        "She studied at the U.S. Coast Guard Academy for a year.",
        "The ferry sails at 7 a.m. On Sundays it sails at nine.",
        "Shares of Amazon.Com Inc rose on the news.",
        "Read the report (section 4.In) for the figures.",
        "She wrote to info@ferry.The-Line.example about it.",
    ],
)
def test_full_stops_that_glue_nothing_are_not_reported(sentence: str) -> None:
    assert not findings(LEAD + sentence + "\n", "STY010")


# -- STY002: a year glued to the year before it ------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "She won the coastal cup in 2011,2014 and 2019.",
        "| Seasons | 1998,2003 |\n",
        "Refits took place in 2004,2012.",
    ],
)
def test_year_glued_to_a_year_is_reported(sentence: str) -> None:
    assert findings(LEAD + sentence + "\n", "STY002")


@pytest.mark.parametrize(
    "sentence",
    [
        "The route carried 12,019 passengers in 2020.",
        "The fund paid out 2,019,500 kroner in 2021.",
        "She sailed in 2011, 2014 and 2019.",
        "The ferry carried 1,998 cars in 2019.",
    ],
)
def test_numbers_with_commas_are_not_years_glued(sentence: str) -> None:
    assert not findings(LEAD + sentence + "\n", "STY002")


# -- STR007: capitals labels under a wire-style dated dateline in plain text -----------------------------------
PROFILE = (
    "Ferry captain Ida Moen retires after four decades on the northern route\n\n"
    "By Tor Lund\n{dateline}\n\n"
    "Ida Moen was 22 when she first took the wheel of a coastal ferry, and she stepped down on Friday after 40 years.\n\n"
    "{label}\n"
    "Born: 1962, Bergen\n"
    "First command: 1990\n\n"
    "She said the winter crossings had been the best part of the job.\n"
)


@pytest.mark.parametrize(
    "dateline", ["TROMSØ, Friday 3 October 2025", "HAMMERFEST -- Friday, Oct. 3, 2025", "BODØ, October 3, 2025"]
)
@pytest.mark.parametrize("label", ["IDA MOEN AT A GLANCE", "CAREER IN BRIEF\n", "WHAT HER CREW SAYS\n"])
def test_capitals_label_under_a_dated_wire_dateline_is_not_reported(dateline: str, label: str) -> None:
    assert not findings(PROFILE.format(dateline=dateline, label=label), "STR007", "text")


@pytest.mark.parametrize("dateline", ["Tromsø, Friday 3 October 2025", "Published 3 October 2025"])
def test_capitals_label_under_another_dateline_is_still_reported(dateline: str) -> None:
    assert findings(PROFILE.format(dateline=dateline, label="WHAT HER CREW SAYS\n"), "STR007", "text")


def test_capitals_heading_in_markdown_is_still_reported() -> None:
    text = "# Captain retires\n\nTROMSØ, Friday 3 October 2025\n\nThe captain retired.\n\n## WHAT HER CREW SAYS\n\nThey will miss her.\n"
    assert findings(text, "STR007")


# -- STR003: a fact box's last item is not a sentence cut off -------------------------------------------------
FACT_BOX_END = (
    "Ida Moen, who captained the Nordlys for 30 years, has died aged 81.\n\n"
    "She is survived by a daughter and three grandchildren, her family said on Tuesday.\n\n"
    "> **Fact file**\n>\n"
    "> - **Born:** March 3, 1944, in Bergen\n"
    "> - **Career:** deckhand, 1962 to 1970; ferry captain on the northern coastal route, 1970 to 2005\n"
    "> - **Memorials:** the lifeboat station at Hamnvik and the seamen's mission in Tromsø harbour\n"
)


def test_fact_box_last_item_is_not_truncation() -> None:
    assert not findings(FACT_BOX_END, "STR003")


def test_cut_off_last_sentence_is_still_reported() -> None:
    text = FACT_BOX_END.split("> **Fact")[0] + "A memorial service will be held at the seamen's mission in Tromsø harbour and the family has asked for\n"
    assert findings(text, "STR003")


# -- CIT002: an outlet's name in italics --------------------------------------------------------------------
REFS = (
    "Harbour to get new ferry terminal\n\nThe harbour board approved a new terminal [1], which will open in 2027 [2].\n\n"
    "## Sources\n\n1. \"Board backs terminal\", *Nordic Coast News*, 4 May 2025.\n2. {second}\n"
)


@pytest.mark.parametrize("second", ["*The Morning Courier*", "_Harbour Gazette_", "**Coastal Times**"])
def test_italic_outlet_name_is_a_bare_reference(second: str) -> None:
    assert findings(REFS.format(second=second), "CIT002")


@pytest.mark.parametrize(
    "second", ["Roe, *Terminal plans approved*", "*Harbour Gazette*, 5 May 2025", "\"Terminal to open in 2027\", *Harbour Gazette*"]
)
def test_entry_with_a_title_or_date_is_not_bare(second: str) -> None:
    assert not findings(REFS.format(second=second), "CIT002")


# -- CIT004: a link left as a placeholder ------------------------------------------------------------------
LINK_LEAD = "Ferry captain retires\n\nThe captain stepped down on Friday after 40 years on the route.\n\n"


@pytest.mark.parametrize(
    "text, fmt",
    [
        (LINK_LEAD + "A memorial service is planned. [Details of the service](#)\n", "markdown"),
        (LINK_LEAD + "Her crew made a film about her. [Watch it here]()\n", "markdown"),
        (LINK_LEAD + "Readers can leave messages at www.example.org/captain-moen until May.\n", "markdown"),
        (LINK_LEAD + "Readers can leave messages at https://tributes.example/moen until May.\n", "text"),
        (LINK_LEAD + "Funeral details: [URL TO COME]\n", "text"),
        (LINK_LEAD + "The harbour board's tribute is online [HYPERLINK TK].\n", "markdown"),
        (
            "<html><body><h1>Ferry captain retires</h1><p>The captain stepped down on Friday after 40 years.</p>"
            "<p>Her last crossing was filmed. <a href=\"http://VIDEO-LINK\">Watch the crossing</a></p></body></html>",
            "html",
        ),
        (
            "<html><body><h1>Ferry captain retires</h1><p>The captain stepped down on Friday after 40 years.</p>"
            "<p>The board published <a href='#'>its tribute</a> on Monday.</p></body></html>",
            "html",
        ),
    ],
)
def test_placeholder_link_is_reported(text: str, fmt: str) -> None:
    assert findings(text, "CIT004", fmt)


@pytest.mark.parametrize(
    "text, fmt",
    [
        (LINK_LEAD + "A memorial service is planned. [Details of the service](https://ferries.no/moen)\n", "markdown"),
        (LINK_LEAD + "Her record is in the table [below](#record).\n", "markdown"),
        (LINK_LEAD + "The board's tribute is on [its own site](/news/moen-tribute).\n", "markdown"),
        (LINK_LEAD + "\"The [link] road cut our trade in half,\" the harbour master said.\n", "markdown"),
        (LINK_LEAD + "Write to the board at board@ferries.no for the tribute book.\n", "text"),
        (
            "<html><body><nav><a href=\"#\">Home</a> <a href=\"#\">News</a></nav><h1>Ferry captain retires</h1>"
            "<p>The captain stepped down on Friday after 40 years.</p>"
            "<aside><ul><li><a href=\"#\">More stories about the ferry</a></li></ul></aside></body></html>",
            "html",
        ),
    ],
)
def test_real_links_and_page_chrome_are_not_reported(text: str, fmt: str) -> None:
    assert not findings(text, "CIT004", fmt)


# -- STR009: an age in the headline the story never states -------------------------------------------------
AGE_BODY = (
    "{name} stepped down on Friday after four decades at the wheel of the coastal ferry between Tromsø and the "
    "outer islands, the operator said. She first took command of the Nordlys in 1990, when the route still ran "
    "twice a week in winter, and has missed only a handful of crossings since. Her crew gave her a brass bell at a "
    "small ceremony on the quay, and the harbour master called her the calmest captain he had worked with. She "
    "said she would spend the winter with her grandchildren and had no plans to go back to sea, though she would "
    "keep her licence and her seat on the lifeboat committee.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "Hamnvik's Ida Moen, 63, steps down after four decades at sea",
        "Ferry captain Ida Moen, 63, retires",
        "# Captain Ida Moen, 63, hands over the Nordlys",
    ],
)
def test_headline_age_the_story_never_states_is_reported(headline: str) -> None:
    assert findings(headline + "\n\n" + AGE_BODY.format(name="Ida Moen"), "STR009")


@pytest.mark.parametrize(
    "headline, name",
    [
        ("Ferry captain Ida Moen, 63, retires", "Ida Moen, 63,"),
        ("Ferry captain Ida Moen, 63, retires", "Ida Moen, who was born in Bergen in 1962,"),
        ("Ferry captain retires after 63 years on the water", "Ida Moen"),
        ("Ferry captain Ida Moen retires after four decades", "Ida Moen"),
        ("Ida Moen, 63, retires. Her crew says goodbye with a brass bell and a song on the quay at dawn on Friday", "Ida Moen"),
    ],
)
def test_headline_age_the_story_gives_or_no_age_is_not_reported(headline: str, name: str) -> None:
    assert not findings(headline + "\n\n" + AGE_BODY.format(name=name), "STR009")
