"""Classes of structure flags found after blind batches 8-10, each tried on variants written for this file.

For every class five or more wordings of our own, and professional look-alikes that must stay quiet:
a sentence-case headline naming a person, a firm or a place that the story never mentions (STR008).
"""

from __future__ import annotations

import pytest

from tests.test_structure_shapes import found

BODY = (
    "The regional planning board approved the scheme on Thursday after a three-hour hearing, ending a dispute that "
    "had run for most of the year. Residents had objected to the extra traffic the site would bring past the primary "
    "school, and several spoke at the meeting to ask for a new study of the roads. Board members said the developer "
    "had agreed to pay for a new crossing and to limit deliveries at night. Work is expected to start next spring and "
    "to take about two years, according to papers published before the hearing. A spokesman for the residents' group "
    "said it would consider whether to seek a judicial review of the decision in the coming weeks."
)


# -- STR008: a name in a sentence-case headline that the story never mentions ---------------------------
@pytest.mark.parametrize(
    "headline, name",
    [
        # a firm named by its head noun, mid-headline
        ("Planning board backs Orvella Logistics depot despite objections", "Orvella Logistics"),
        # a person after a title in lowercase
        ("Housing minister Petra Lindqvist wins approval for depot scheme", "Petra Lindqvist"),
        # a person at the start, with a possessive
        ("Marcus Feld's depot plan approved after long hearing", "Marcus Feld"),
        # an unknown place after "in"
        ("Depot approved in Brackwell after three-hour hearing", "Brackwell"),
        # an unknown place after "at", before a lowercase noun
        ("Objections fail at Dunmere planning hearing as depot approved", "Dunmere"),
        # a firm opening the headline, two capitals in a row
        ("Kellerton Holdings wins depot approval after long dispute", "Kellerton Holdings"),
    ],
)
def test_a_headline_name_the_story_never_mentions_is_found(headline: str, name: str) -> None:
    hits = found(f"{headline}\n\n{BODY}", "STR008") + found(f"{headline}\n\n{BODY}", "STR002")
    assert hits and any(part in h.snippet for h in hits for part in name.split())


@pytest.mark.parametrize(
    "headline",
    [
        # the name is in the story
        "Planning board backs Orvella depot despite objections",
        # a well-known name a headline shortens (no name shape): left alone
        "Depot row reaches Congress as board approves scheme",
        # a known place after "in"
        "Depot approved in Manchester after three-hour hearing",
        # a nationality and a hyphenated compound
        "Board backs Dutch-owned depot despite objections",
        # a title-case headline says nothing by its capitals
        "Planning Board Backs Depot Scheme After Long Hearing",
        # a label before a colon
        "Analysis: Planning board backs depot despite objections",
    ],
)
def test_a_headline_without_an_absent_name_is_quiet(headline: str) -> None:
    body = BODY.replace("the developer", "the developer, Orvella,")
    assert not found(f"{headline}\n\n{body}", "STR008")


def test_a_first_line_that_is_a_paragraph_is_no_headline() -> None:
    lead = ("The board approved the depot that Marta Kowal of Orvella Logistics had proposed, after residents in "
            "Brackwell objected for a year. It now goes to the council.")
    assert not found(f"{lead}\n\n{BODY}", "STR008")


# -- STR003: the last block stops where no sentence can ---------------------------------------------------
STORY = (
    "Pool reopening delayed again\n\n"
    "The town's swimming pool will not reopen until next year, the council said on Monday, after builders found "
    "more damage to the roof than expected. Residents were first told the work would take six months.\n\n"
)


@pytest.mark.parametrize(
    "ending",
    [
        # a list item stops on a preposition
        "What the council has promised:\n\n- Free lessons for children for six months\n- Monthly updates on its website\n- A new timetable at the next meeting of",
        # a list item stops on a modal
        "- The builders have 21 days to say whether they will",
        # a paragraph stops on an article
        "Engineers expect the repairs to last until at least the",
        # a paragraph stops on a conjunction
        "The council said it would publish the full survey of the roof later this month and",
        # a long sentence stops on a figure
        "The petition calling for an independent review of the project had been signed by more than 3,500",
        # a possessive with nothing after it
        "Councillors will vote on the revised budget at their",
    ],
)
def test_a_last_block_that_stops_where_no_sentence_can_is_found(ending: str) -> None:
    assert found(STORY + ending, "STR003")


@pytest.mark.parametrize(
    "ending",
    [
        # finished sentences
        "Councillors will vote on the revised budget at their next meeting.",
        "The petition had been signed by more than 3,500 people.",
        # a heading may end on a preposition
        "## What to look out for",
        # a credit line ends on a name, a short figure line on a figure
        "Reporting by Anna Smith; Editing by John Doe",
        "Pool visits in 2024: 41,200",
        # a list whose last item ends on a noun
        "- Free lessons for children\n- Monthly updates on its website",
    ],
)
def test_a_finished_last_block_is_quiet(ending: str) -> None:
    assert not found(STORY + ending, "STR003", fmt="markdown")


# -- STY001: a name slipped into lowercase once in a short story ------------------------------------------
TOWN = (
    "Bus station to close for repairs\n\n"
    "The bus station in Harwickley will close for three months from May while engineers repair its roof, "
    "the county council said. Services that stop in Harwickley will use temporary stands on Mill Road. "
    "The council said the work would cost about £2 million and that the station would reopen in August. "
    "Drivers from the NATO base nearby use the station too. {slip}"
)


@pytest.mark.parametrize(
    "slip, word",
    [
        # a town with an English place-name ending, once in lowercase
        ("Shop owners in harwickley said they feared losing trade.", "harwickley"),
        ("Traders said the closure would hurt the centre of harwickley most.", "harwickley"),
        # an acronym once in lowercase
        ("The nato base has its own shuttle bus.", "nato"),
        ("Staff at the nato base were told on Friday.", "nato"),
        # in a list item
        ("\n\n- Temporary stands in harwickley from May", "harwickley"),
    ],
)
def test_a_name_lowercased_once_is_found(slip: str, word: str) -> None:
    hits = found(TOWN.format(slip=slip), "STY001", fmt="markdown")
    assert any(h.snippet == word for h in hits)


@pytest.mark.parametrize(
    "slip",
    [
        # an ordinary word with a place-name ending, never a name here
        "Shop owners said they could not afford to lose trade.",
        # an acronym inside a name run or a quotation, then the word in lowercase
        'A sign read "NO BUSES HERE" and drivers said they would not stop here.',
        # the capitalised word only at a sentence start
        "Bridgeford residents were not consulted. A bridgeford is a crossing, the sign explained.",
        # a word that starts a name run ("Mill Road") in lowercase elsewhere
        "The old mill will stay open.",
        # a hyphenated compound
        "The Export-Import Bank lent money for the export of buses.",
    ],
)
def test_ordinary_words_beside_names_are_quiet(slip: str) -> None:
    hits = found(TOWN.format(slip=slip), "STY001", fmt="markdown")
    assert not hits


# -- STR005: a recap list under a label with a modifier or a "what we know" heading ------------------------
RECAP_STORY = (
    "Cheese recalled after illness cluster\n\n"
    "A dairy in the north of the county has withdrawn its raw milk cheddar after bacteria were found in routine tests.\n\n"
    "Four people who ate the cheese have been ill with the same strain, health officials said on Monday.\n\n"
    "Customers who bought the cheese should return it to the shop for a full refund, the dairy said.\n\n"
)
ITEMS = ("- The dairy has withdrawn its raw milk cheddar.\n- Four people have been ill with the same strain.\n"
         "- Customers should return the cheese for a refund.")


@pytest.mark.parametrize(
    "label",
    ["**Quick recap:**", "## A brief summary", "Final takeaways:", "## What we know so far", "### The story so far"],
)
def test_a_recap_under_a_modified_label_is_found(label: str) -> None:
    assert found(f"{RECAP_STORY}{label}\n\n{ITEMS}", "STR005", fmt="markdown")


@pytest.mark.parametrize("label", ["## What we know about the strain", "## Quick links", "## Where to return it"])
def test_a_list_under_another_label_is_quiet(label: str) -> None:
    items = "- Shops in the county\n- The dairy's own farm shop\n- Online orders by post"
    assert not found(f"{RECAP_STORY}{label}\n\n{items}", "STR005", fmt="markdown")


# -- STR006: an outline's numbered question standing as a heading -----------------------------------------
PROSE = ("Pension ages are rising across Europe as populations age and budgets tighten, and workers are being "
         "told to plan for longer careers than their parents had.\n\n")


@pytest.mark.parametrize(
    "heading",
    [
        "## 5. Will Anyone Ever Be Able to Retire on Time Again?",
        "## 2) Could Remote Work Save the Small Town High Street?",
        "### 3: What Does This Mean for the Future of Saving?",
        "## 1. How Should Governments Pay for Longer Lives?",
        "## 4. Is This the End of the Traditional Career Ladder?",
    ],
)
def test_a_numbered_title_case_question_heading_is_found(heading: str) -> None:
    assert found(f"Pensions explained\n\n{PROSE}{heading}\n\n{PROSE}", "STR006", fmt="markdown")


@pytest.mark.parametrize("heading", ["## 5. What happens next?", "## 2. Who pays?", "## 3. Pension ages by country"])
def test_a_short_numbered_subhead_is_quiet(heading: str) -> None:
    assert not found(f"Pensions explained\n\n{PROSE}{heading}\n\n{PROSE}", "STR006", fmt="markdown")


# -- CIT003: chatbot citation tokens glued to the text or to each other -------------------------------------
GLUED = [
    # CIT003: chatbot citation tokens glued to the sentence or to each other
    ("CIT003", "The partnership added 163 runs, the highest of the match.turn0news12turn0news15"),
    ("CIT003", "The port reopened on Monday.turn2search4"),
    ("CIT003", "Fares rise in April,turn0view1 the operator said."),
    ("CIT003", "The bridge opened in 1932 (turn1fetch3turn1fetch4)."),
    ("CIT003", "Turnout was 61 per cent turn0search0turn0news2"),
    # STY002: a figure glued by a comma to the word before it
    ("STY002", "The phone has a 5,000mAh battery,45W charging and a 6.7-inch screen."),
    ("STY002", "Tickets cost 12 euros for adults,6 for children and nothing for babies."),
    ("STY002", "The squad includes two goalkeepers,11 defenders and nine midfielders."),
    ("STY002", "Rainfall was heavy in March,40mm above the average."),
    ("STY002", "It comes in three colours,2 sizes and one price."),
]


@pytest.mark.parametrize("code, sentence", GLUED)
def test_a_glued_slip_is_found(code: str, sentence: str) -> None:
    assert found(f"Results\n\n{sentence}", code)


@pytest.mark.parametrize("sentence", ["The return0 flag is set by the script.", "She took turn 3 at the lights.", "Turn0 is a model name."])
def test_words_like_citation_tokens_are_quiet(sentence: str) -> None:
    assert not found(f"Results\n\n{sentence}", "CIT003")


# -- CIT001: an HTML reference list whose items carry their own numbers ------------------------------------
def _page(markers: list[str], items: list[str]) -> str:
    paras = "".join(f"<p>The glasses weigh 41 grams and pair with a phone {m}.</p>" for m in markers)
    lis = "".join(f"<li>{i}</li>" for i in items)
    return (f"<html><head><title>Smart glasses reviewed</title></head><body><article><h1>Smart glasses reviewed</h1>"
            f"{paras}<h2>Sources</h2><ol>{lis}</ol></article></body></html>")


@pytest.mark.parametrize(
    "markers, items, expected",
    [
        # a marker to an entry the list skips
        (["[1]", "[2]", "[3]"], ["[1] Maker's product page, 2026", "[2] Review, 2026", "[4] Hands-on, 2026"], "[3]"),
        # the list starts at 2
        (["[1]", "[2]"], ["[2] Review, 2026", "[3] Hands-on, 2026"], "[1]"),
        # numbers out of order, one missing
        (["[2]", "[5]"], ["[2] Review, 2026", "[3] Hands-on, 2026"], "[5]"),
        # a bracketed number after an inline tag
        (["[1]", "[3]"], ["<b>[1]</b> Review, 2026", "<b>[2]</b> Hands-on, 2026"], "[3]"),
        # the list skips a number the text cites twice
        (["[1]", "[2]", "[2]"], ["[1] Review, 2026", "[3] Hands-on, 2026"], "[2]"),
    ],
)
def test_a_marker_missing_from_a_self_numbered_html_list_is_found(markers: list[str], items: list[str], expected: str) -> None:
    hits = found(_page(markers, items), "CIT001", fmt="html")
    assert any(h.snippet == expected for h in hits)


def test_a_self_numbered_html_list_that_matches_is_quiet() -> None:
    page = _page(["[1]", "[2]", "[3]"], ["[1] Maker's page, 2026", "[2] Review, 2026", "[3] Hands-on, 2026"])
    assert not found(page, "CIT001", fmt="html")


def test_an_html_list_without_numbers_is_numbered_by_place() -> None:
    page = _page(["[1]", "[2]"], ["Maker's page, 2026", "Review, 2026"])
    assert not found(page, "CIT001", fmt="html")


def _repeat_reported(headline: str, sentences: list[str], later: str) -> bool:
    """Whether STR004 reports ``later`` in a story of ``sentences`` under ``headline``."""
    hits = found(f"{headline}\n\n" + " ".join(sentences), "STR004")
    return any(later[:25] in h.snippet for h in hits)


# -- STR004: a sentence said again far down in fewer words ------------------------------------------------
FRAUD = [
    "A former church treasurer has been jailed for two years after admitting she took money collected by parishioners.",
    "Judith Marl, 58, was sentenced at the county court on Tuesday after pleading guilty to fraud.",
    "The court heard that she moved cash from the restoration account into her own account in hundreds of small transfers.",
    "The money had been raised by villagers over several years to pay for urgent repairs to the roof of St Brannoc's, a listed building that dates in part from the fourteenth century.",
    "The fraud came to light when a new churchwarden asked to see the original bank statements.",
    "Her lawyer said she had fallen into debt after her husband's business collapsed.",
    "She has so far repaid a small part of the money.",
    "The judge told her she had betrayed people who trusted her completely.",
]


CLOSE = [
    "Her sentencing had been delayed twice because of her health.",
    "The parish council said it would review how the church's accounts are checked.",
    "A hearing to decide how much of the money she must pay back will be held in the autumn.",
    "The bishop said the diocese would help the parish with the cost of the repairs.",
    "Services will continue in the church hall until the roof is fixed.",
]


@pytest.mark.parametrize(
    "later",
    [
        # fewer words, same order
        "The money had been raised by villagers over several years to pay for urgent roof repairs at St Brannoc's.",
        # reordered
        "To pay for urgent repairs to the roof of St Brannoc's, villagers had raised the money over several years.",
        # passive to active
        "Villagers raised the money over several years to pay for urgent repairs to the roof of St Brannoc's.",
        # the detail dropped, the rest kept
        "The money was raised by villagers over several years for urgent repairs to the roof of St Brannoc's.",
        # the building named again, its description dropped
        "Villagers raised the money over several years to pay for urgent repairs to St Brannoc's roof.",
    ],
)
def test_a_shorter_restatement_far_down_is_found(later: str) -> None:
    assert _repeat_reported("Treasurer jailed over church roof fund", [*FRAUD, later, *CLOSE], later)


@pytest.mark.parametrize(
    "later",
    [
        # same subject, new facts
        "The roof repairs will now be paid for by a heritage grant of the diocese, the parish council said.",
        # a name the earlier sentence does not give
        "Villagers in Lower Brannock raised money over several years for repairs to the roof.",
        # another number
        "The money had been raised by villagers over 14 years to pay for repairs to the roof.",
    ],
)
def test_a_related_sentence_with_new_facts_is_quiet(later: str) -> None:
    assert not _repeat_reported("Treasurer jailed over church roof fund", [*FRAUD, later, *CLOSE], later)


# -- STY002: no space after a comma before a figure ----------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    ["The stadium holds 5,000 people.", "Shares rose 1,2 and 3 per cent on three days.", "Version v2,3 of the file was lost.",
     "The score was 3-1, 2-2 and 0-0.", "See pages 10,11 and 12."],
)
def test_numbers_with_commas_are_quiet(sentence: str) -> None:
    assert not found(f"Results\n\n{sentence}", "STY002")


# -- STR004: an earlier sentence said again inside a longer one, one word swapped ---------------------------
MEETING = "The council meets on Monday to discuss the plan."
ROAD = [
    "Ministers have approved a new bypass around the market town after a decade of delays.",
    "The road is expected to cut journey times through the town centre by up to 20 minutes at peak times.",
    "Work on the scheme will begin next spring and take about three years.",
    "Residents have complained for years about lorries on the narrow high street.",
    "Some farmers whose land lies on the route have said they will object.",
]


@pytest.mark.parametrize(
    "later",
    [
        # the subject swapped, a source added
        "The bypass is expected to cut journey times through the town centre by up to 20 minutes at peak times, according to the council's business case.",
        # a verb swapped, a clause added
        "The road is predicted to cut journey times through the town centre by up to 20 minutes at peak times, officials told the inquiry last year.",
        # an adjective swapped, a clause in front
        "According to the council, the road is expected to cut journey times through the town centre by up to 20 minutes at busy times.",
        # a noun swapped, more detail after
        "The road is expected to cut travel times through the town centre by up to 20 minutes at peak times, easing congestion on the high street.",
        # the place swapped for another word of it
        "The road is expected to cut journey times through the town core by up to 20 minutes at peak times, the business case says.",
    ],
)
def test_an_earlier_sentence_said_again_with_one_word_swapped_is_found(later: str) -> None:
    assert _repeat_reported("Bypass approved", [*ROAD, later, MEETING], later)


@pytest.mark.parametrize(
    "later",
    [
        # two words changed and a new figure
        "A tunnel is expected to cut journey times through the town centre by up to 35 minutes at peak times, engineers said.",
        # another subject, the same shape of sentence
        "The new rail link is expected to cut journey times to the city by up to ten minutes on most days, the operator said.",
    ],
)
def test_a_parallel_sentence_with_new_facts_is_quiet(later: str) -> None:
    assert not _repeat_reported("Bypass approved", [*ROAD, later, MEETING], later)
