"""Shapes of filler found after blind batch 8 (new beats, other varieties of English), each tried on
wordings written for this file: five or more variants per class (other verbs, nouns, word order,
format), and professional look-alikes that must stay quiet.

Classes: a callout label with free modifiers (FIL001), a slot left in brackets (FIL005), a request
to the reader (FIL020), the assistant's own voice (FIL021), a breadcrumb or menu line (BPL020), the
heading of a link block or a comment box (BPL021).
"""

from __future__ import annotations

import pytest

from tests.test_filler_shapes import HEAD, codes

LEAD = "The ferry will run twice a day from May, the operator said on Monday.\n\n"
TAIL = "\n\nTickets cost 4 euros, the operator said."


# -- callout label with free modifiers (FIL001) ----------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Jargon buster: a ro-ro ferry is one that vehicles drive on and off.",
        "Traveller tip of the week: board at the rear ramp to skip the queue.",
        "**The 60-second read:** more boats, same fares, longer summer hours.",
        "Key Things to Know:\n- Fares stay the same\n- Bikes ride free",
        "HANDY HACK ⛴️: keep your ticket on your phone.",
        "> 🧭 **Need-to-know**\n> - Boats every hour\n> - Last sailing 11pm",
        "**Commuter's cheat sheet:** the 7.10 boat is always the quietest.",
        "Two-minute explainer: why the ferry needed a new engine.",
    ],
)
def test_callout_labels_with_free_modifiers_are_found(line: str) -> None:
    assert "FIL001" in codes(HEAD + LEAD + line + TAIL, "FIL001", fmt="markdown")


@pytest.mark.parametrize(
    "line",
    [
        "The tip: a caller told police about the van, the inspector said.",
        "One fact stood out: the ferry had never missed a sailing.",
        "His tip for new skippers: watch the tide, the captain said.",
        "Note: An earlier version of this story gave the wrong fare.",
        "Factbox: the ferry's history in five dates.",
        "Police said the tip-off came from a farmer: he had seen the van.",
    ],
)
def test_reporting_labels_stay_quiet(line: str) -> None:
    assert codes(HEAD + LEAD + line + TAIL, "FIL001", fmt="markdown") == []


# -- slots left in brackets (FIL005) ---------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The captain, [SURNAME TO FOLLOW], said the boat was sound.",
        "The harbour master, [name to be confirmed], said the berth was ready.",
        "<<insert timetable graphic>>",
        "(Insert a quote from the harbour master here once he calls back.)",
        "(add the final passenger figure before publication)",
        "The operator, [PR CONTACT TBC], declined to comment.",
        "The new boat cost [TK] million euros.",
        "The ferry leaves from {PORT_NAME} at dawn.",
    ],
)
def test_unfilled_slots_are_found(sentence: str) -> None:
    assert "FIL005" in codes(HEAD + LEAD + sentence + TAIL, "FIL005")


@pytest.mark.parametrize(
    "sentence",
    [
        "He cited the report [PDF] during the hearing.",
        "“We told [the captain] that the ramp was unsafe,” she said.",
        "The ferry carried 80,000 people (up from 60,000 in 2024) last year.",
        "The fare rises (adding about a euro here and there) in May, the operator said.",
        "The list is at [1] and [2].",
        "The ferry {as the operator calls it} is new.",
        "The operator said (in a statement issued here) that fares would rise.",
    ],
)
def test_editorial_brackets_stay_quiet(sentence: str) -> None:
    assert codes(HEAD + LEAD + sentence + TAIL, "FIL005") == []


# -- a request to the reader (FIL020) --------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Rode the first boat? Pop your photos in the comment section.",
        "Islanders, drop your memories of the old ferry below.",
        "Do forward this update to your family WhatsApp group.",
        "Please share this piece with anyone who sails to work.",
        "Smash that like button if you want a night boat!",
        "Kindly post your views on the new timetable in the comments.",
        "Be sure to send this story to a friend on the island.",
        "DM us your videos of the first crossing below!",
        "Leave a like if you want the night boat back.",
    ],
)
def test_requests_to_the_reader_are_found(sentence: str) -> None:
    assert "FIL020" in codes(HEAD + LEAD + sentence + TAIL, "FIL020")


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices of the operator rose 3 per cent on Monday.",
        "“Share this with your neighbours,” the mayor told residents.",
        "Send your objections to the council by Friday, the notice said.",
        "Tell the crew if you feel unwell, the operator advised.",
        "Follow the signs below the bridge to the new pier.",
        "Drop-off points below the terminal will move, the council said.",
    ],
)
def test_service_information_and_quotes_stay_quiet(sentence: str) -> None:
    assert codes(HEAD + LEAD + sentence + TAIL, "FIL020") == []


# -- the assistant's own voice (FIL021) ------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Based on my training data, the ferry first sailed in 1911.",
        "The captain's age was not in the information provided to me.",
        "I hope this overview helps your readers plan their crossing.",
        "Here's a snappy headline for your piece: Ferry doubles sailings",
        "I could not confirm the fares from the notes you provided.",
        "I trust this write-up gives a balanced picture of the timetable.",
        "Here is the shorter version you asked for: Ferry doubles sailings",
        "Below is the news story, as requested, with the new fares.",
    ],
)
def test_the_assistants_own_voice_is_found(sentence: str) -> None:
    assert "FIL021" in codes(HEAD + LEAD + sentence + TAIL, "FIL021")


@pytest.mark.parametrize(
    "sentence",
    [
        "I rode the first boat on Monday; the deck was still wet.",
        "“I hope this article reaches the minister,” the skipper said.",
        "Here is the timetable for your crossing, the operator said.",
        "The operator trains its crews on data from the coastguard, it said.",
        "I asked the captain about the fares; he said they would stay the same.",
        "Here is the timetable you asked for, the clerk told the passenger.",
    ],
)
def test_a_reporters_first_person_stays_quiet(sentence: str) -> None:
    assert codes(HEAD + LEAD + sentence + TAIL, "FIL021") == []


# -- breadcrumb or menu line (BPL020) --------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Travel / Islands / Ferries",
        "World > Europe > Greece > Islands",
        "Lifestyle › Travel › Sea Routes",
        "News ▸ Local ▸ Transport",
        "Home Page | Latest | Travel | Weather | Log In",
        "E-Paper | Sections | Newsletters | Subscribe",
    ],
)
def test_navigation_lines_are_found(line: str) -> None:
    assert "BPL020" in codes(line + "\n\n" + HEAD + LEAD + TAIL, "BPL020")


@pytest.mark.parametrize(
    "line",
    [
        "The ferry runs north / south twice a day.",
        "2023 | 2024 | 2025 | 2026",
        "By Ana Diaz | Reuters",
        "Smith / Jones / Brown won the council seats, officials said.",
        "| Route | Boats | Fare |",
    ],
)
def test_prose_tables_and_bylines_stay_quiet(line: str) -> None:
    assert codes(line + "\n\n" + HEAD + LEAD + TAIL, "BPL020") == []


# -- heading of a link block or a comment box (BPL021) ---------------------------------------------
@pytest.mark.parametrize(
    "block",
    [
        "## More from the Island Courier\n\n- [Pier repairs begin](/a)\n- [Fares frozen](/b)",
        "### Popular in Travel\n\n1. [Night boat returns](/a)\n2. [New pier opens](/b)\n3. [Storm delays](/c)",
        "Have your say\n\nLog in to comment.",
        "## Join the conversation\n\nComments are moderated.",
        "#### Latest in Transport\n\n* [Bus lanes extended](/x)\n* [Rail strike off](/y)",
    ],
)
def test_widget_headings_are_found(block: str) -> None:
    assert "BPL021" in codes(HEAD + LEAD + block, "BPL021", fmt="markdown")


@pytest.mark.parametrize(
    "block",
    [
        "## Sources\n\n- [Operator's statement](https://example.org/a)\n- [Timetable](https://example.org/b)",
        "## Further reading\n\n- [The 1911 ferry](https://example.org/a)\n- [Port history](https://example.org/b)",
        "## What comes next\n\nThe council meets in May.",
        "Islanders had their say at a packed meeting, the council said.",
        "## Timeline\n\n- 1911: first ferry\n- 2026: new boats",
    ],
)
def test_reference_lists_and_sections_stay_quiet(block: str) -> None:
    assert codes(HEAD + LEAD + block, "BPL021", fmt="markdown") == []


# -- FAQ heading with a Markdown attribute (FIL002) ------------------------------------------------
@pytest.mark.parametrize("heading", ["## Your questions answered {#faq}", "## Common questions {.faq}", "### FAQ {#questions}"])
def test_faq_heading_with_an_attribute_is_found(heading: str) -> None:
    text = HEAD + LEAD + heading + "\n\n**Is the ferry heated?**\nYes, the cabins are." + TAIL
    assert "FIL002" in codes(text, "FIL002", fmt="markdown")
