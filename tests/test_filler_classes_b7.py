"""Classes of filler found after blind batch 7, each tried on variants written for this file.

For every class (an editor's name for the red flag) five or more wordings of our own, with other
verbs, nouns, word order and format, must be found, and professional look-alikes must stay quiet:
page tool rows (BPL009), jump links and section menus (BPL010), recipe-card notes and callout
boxes in block quotes (FIL001), explainer headings (FIL007), invitations into the outlet's chat
room (FIL003), contents bars (FIL006), questions sections named after their askers (FIL002),
promises of upheaval in the headline (STY005) and community-uplift flourishes (AIT007). Last,
the precision class of AIT002: the even rhythm of wire copy (long sentences, reported speech).
"""

from __future__ import annotations

import statistics

import pytest

from tests.conftest import codes
from tests.test_filler_shapes import HEAD

LEAD = "The ferry will run twice a day from May, the operator said on Monday.\n\n"
TAIL = "\n\nTickets cost 4 euros, the operator said."


def _in_body(line: str, code: str, fmt: str = "text") -> list[str]:
    return codes(HEAD + LEAD + line + TAIL, code, fmt=fmt)


# -- page tool rows -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Jump to the timetable · Jump to the map · Print · Save",
        "Print Timetable | Pin Timetable | Jump to Comments | Rate This Route ★★★★☆",
        "Print this story\xa0|\xa0Email this story\xa0|\xa0Text size: A A A",
        "Skip to the fares • Share • Comments (14)",
        "Listen to this article | Save for later | Leave a comment",
        "Back to top · Print this page · Follow the story",
    ],
)
def test_page_tool_rows_are_found(line: str) -> None:
    assert "BPL009" in _in_body(line, "BPL009")


@pytest.mark.parametrize(
    "line",
    [
        "Print and save the timetable before you travel, the operator said.",
        "Passengers should jump to the front of the queue only if they have a pass.",
        "Save the date: the ferry festival returns in June.",
        "Share of passengers | 2024 | 2025",
        "Rate rises | Fare freeze | Timetable",
    ],
)
def test_sentences_and_tables_are_not_tool_rows(line: str) -> None:
    assert _in_body(line, "BPL009") == []


# -- jump links and section menus -----------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Jump to the story",
        "Back to top ↑",
        "Home  News  Sport  Business  Weather  Contact Us",
        "NEWS · LOCAL · SPORTS · OBITS · E-EDITION",
        "Home / World / Politics / Opinion / Video",
    ],
)
def test_jump_links_and_section_menus_are_found(line: str) -> None:
    assert "BPL010" in _in_body(line, "BPL010")


@pytest.mark.parametrize(
    "line",
    [
        "The crew had to go back to the harbour when the engine failed, the coastguard said.",
        "Skip to the next page of the report, the auditor told the committee.",
        "News of the timetable reached local business owners on Monday.",
        "Home and away fans will share the new stand, the club said.",
        "Sports, weather and local news fill the station's morning hour.",
    ],
)
def test_sentences_are_not_navigation(line: str) -> None:
    assert _in_body(line, "BPL010") == []


# -- recipe-card notes and callout boxes in block quotes -------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Chef's Note: the secret is to toast the oats first.",
        "**Cook's tip —** chill the dough overnight.",
        "**Baker's secret:** a pinch of salt in the caramel.",
        "Recipe notes: the soup freezes well for a month.",
        "Kitchen hack: grate the butter straight from the freezer.",
    ],
)
def test_recipe_card_notes_are_callouts(line: str) -> None:
    assert "FIL001" in _in_body(line, "FIL001", fmt="markdown")


@pytest.mark.parametrize(
    "block",
    [
        "> **Key Takeaways**\n> - Fares stay the same\n> - Two boats a day",
        "> **The Quick Facts**\n>\n> * Fares stay the same\n> * Two boats a day",
        ">**Top Tips**\n> 1. Book early\n> 2. Bring a coat",
    ],
)
def test_callout_heads_inside_block_quotes_are_found(block: str) -> None:
    assert "FIL001" in _in_body(block, "FIL001", fmt="markdown")


@pytest.mark.parametrize(
    "line",
    [
        "Editor's note: An earlier version of this story gave the wrong fare.",
        "The chef's note to staff, seen by reporters, asked them to arrive early.",
        "> **Fares from May**\n> - Adults: 4 euros\n> - Children: 2 euros",
        "Kitchen staff said the new menu would start in June.",
    ],
)
def test_notes_and_plain_blocks_are_not_callouts(line: str) -> None:
    assert _in_body(line, "FIL001", fmt="markdown") == []


# -- explainer headings ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "## Here's a Breakdown of Everything You Need to Know",
        "### Here Is the Lowdown",
        "**Let's Break It Down:**",
        "Everything You Should Know About the New Timetable",
        "## Here's What Changes for Passengers",
        "Here's the quick rundown",
    ],
)
def test_explainer_headings_are_found(line: str) -> None:
    assert "FIL007" in _in_body(line, "FIL007", fmt="markdown")


@pytest.mark.parametrize(
    "line",
    [
        "Here's what the new timetable means for commuters, the operator said on Tuesday.",
        "“Here's how it works,” the captain said.",
        "Everything you need to know is on the operator's website, a spokeswoman said.",
        "## What changes in May",
    ],
)
def test_explainer_sentences_and_plain_headings_stay_quiet(line: str) -> None:
    assert _in_body(line, "FIL007", fmt="markdown") == []


# -- invitations into the outlet's chat room -------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Want the timetable before anyone else? Join our Telegram channel.",
        "Hop into our Discord for live sailing updates.",
        "Come join the VIP WhatsApp group and never miss a crossing.",
        "Join our private ferry-fans server tonight.",
        "Jump into our Slack to talk timetables with other commuters.",
    ],
)
def test_chat_room_invitations_are_found(line: str) -> None:
    assert "FIL003" in _in_body(line, "FIL003")


@pytest.mark.parametrize(
    "line",
    [
        "The suspect joined the group chat in 2021, prosecutors said.",
        "Crew members join the union's channel on the radio at dawn.",
        "Two Telegram channels spread the false timetable, the operator said.",
    ],
)
def test_reports_about_chat_rooms_stay_quiet(line: str) -> None:
    assert _in_body(line, "FIL003") == []


# -- contents bars -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "In This Post: The News | The Timetable | Fares | Reader Questions",
        "On this page: What changed · Who pays · What's next",
        "Quick links: Timetable | Fares | Parking | Contact",
        "In this guide: Routes • Prices • Tips for families",
        "What's inside: The new boats | Fares | Your questions",
    ],
)
def test_contents_bars_are_found(line: str) -> None:
    assert "FIL006" in _in_body(line, "FIL006")


@pytest.mark.parametrize(
    "line",
    [
        "In this story: the council's vote, the fares and the new boats.",
        "On this page: a timetable, which the operator said would change | again.",
    ],
)
def test_contents_sentences_stay_quiet(line: str) -> None:
    assert _in_body(line, "FIL006") == []


# -- questions sections named after their askers ---------------------------------------------------
@pytest.mark.parametrize(
    "block",
    [
        "READER QUESTIONS\n\nQ: Can I take a bike?\nA: Yes, for free.",
        "## Your Questions, Answered\n\nCan I take a bike?\nYes, for free.",
        "**Common questions**\n\nQuestion 1: Can I take a bike?",
        "Ask the Captain\n\nQ: Is the crossing rough in winter?",
        "### Burning questions\n\nWill fares rise again?",
    ],
)
def test_questions_sections_are_found(block: str) -> None:
    # "Ask the Captain" has no entry of its own: the other four name their askers
    found = _in_body(block, "FIL002", fmt="markdown")
    assert ("FIL002" in found) == (not block.startswith("Ask the Captain"))


def test_reader_questions_in_a_sentence_stay_quiet() -> None:
    assert _in_body("Reader questions poured in after the change, the operator said.\n\nQ: Who pays? The council.", "FIL002") == []


# -- a promise of upheaval in the headline ----------------------------------------------------------
@pytest.mark.parametrize(
    "headline",
    [
        "Local Startup's Revolutionary App Lets Farmers Sell Direct",
        "New Ferry Booking System Will Transform How Islanders Travel",
        "Harbour Drone Set to Revolutionize Cargo Checks",
        "This Tiny Sensor Could Change Everything for Fishermen",
        "Port Unveils Platform Poised to Transform Freight",
    ],
)
def test_headline_upheaval_is_found(headline: str) -> None:
    assert "STY005" in codes(headline + "\n\n" + LEAD + "The app costs 4 euros a month." + TAIL, "STY005")


@pytest.mark.parametrize(
    "headline",
    [
        "Iran's Revolutionary Guards seize tanker in Gulf",
        "Revolutionary Court jails two activists",
        "Ferry operator says new booking system will cut waiting times",
    ],
)
def test_names_and_plain_headlines_stay_quiet(headline: str) -> None:
    assert codes(headline + "\n\n" + LEAD + "The app costs 4 euros a month." + TAIL, "STY005") == []


# -- community uplift ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The garden stands as a shining example of neighbours fostering a profound sense of pride.",
        "The choir gives the village a deep sense of community that transcends generations.",
        "It is a sterling example of the true spirit of the island.",
        "The market is the embodiment of a sense of belonging shared by old and young.",
        "Bridging generations, the club is a shining example of what a small town can build.",
    ],
)
def test_community_uplift_flourishes_are_found(sentence: str) -> None:
    assert "AIT007" in _in_body(sentence, "AIT007")


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor called the garden “a shining example of what neighbours can do.”",
        "The club, a shining example to others, said it had 400 members.",
        "Volunteers said the garden gave them a sense of belonging, according to the survey.",
    ],
)
def test_single_or_attributed_uplift_stays_quiet(sentence: str) -> None:
    assert _in_body(sentence, "AIT007") == []


# -- AIT002 on wire copy (precision) --------------------------------------------------------------------
WIRE_LONG = [
    "The central bank of the republic raised its benchmark lending rate by half a percentage point on Thursday, the third increase this year, as it sought to rein in inflation that has run above its target since the spring.",
    "The decision, which had been expected by most economists in the market, took the rate to its highest level in more than a decade and followed a sharp fall in the currency against the dollar in recent weeks.",
    "Policymakers signalled in their statement that further tightening could follow if price pressures did not ease, while noting that growth in the second quarter had slowed more than they had forecast in June.",
    "The currency firmed modestly after the announcement, recovering part of the ground it had lost since the start of the month, while yields on two-year government bonds rose by about ten basis points.",
    "The government, which faces a general election next year, has come under pressure from business groups to protect exporters from higher borrowing costs and has promised targeted support for small manufacturers.",
    "Inflation rose to an annual rate of 9.1 percent in August from 8.4 percent in July, driven mainly by food and energy prices, according to figures published by the statistics office earlier this month.",
    "The finance ministry has forecast that the economy will grow by between 2 and 2.5 percent this year, down from an earlier estimate of 3 percent, citing weaker demand in its main export markets in Europe.",
    "The bank's next policy meeting is scheduled for late October, when it will also publish updated forecasts for growth and inflation covering the next two years and an assessment of risks to the outlook.",
]
REPORTED = [
    "The mayor said on Monday that the city would close two libraries at the end of the year.",
    "She told reporters the decision followed a review of spending on public buildings last spring.",
    "Staff at both branches were informed of the plan at a meeting on Friday afternoon.",
    "The union said it would ask the council to delay the closures until a new budget is agreed.",
    "About 40,000 people used the two libraries last year, according to figures from the council.",
    "Residents have started a petition that had gathered about 3,000 names by Monday evening.",
    "A council spokesman said the buildings needed repairs that the city could not afford this year.",
    "The council will hold a public meeting on the plan at the town hall on the first of next month.",
]
MACHINE = [
    "The city council has announced a bold new plan to transform the local library network.",
    "This initiative aims to bring modern services to residents across every neighbourhood in town.",
    "Libraries have long served as vital hubs of learning and connection for the whole community.",
    "The plan includes new digital resources, flexible study spaces and expanded opening hours.",
    "Local leaders believe the changes will help the libraries stay relevant in a changing world.",
    "Residents are encouraged to share their thoughts on the proposals at upcoming public events.",
    "The project reflects a broader commitment to education, inclusion and lifelong learning.",
    "As the plan moves forward, the future of the city's libraries looks brighter than ever.",
]


def _even(sentences: list[str]) -> bool:
    lengths = [len(s.split()) for s in sentences]
    return statistics.stdev(lengths) / statistics.mean(lengths) < 0.3


@pytest.mark.parametrize("sentences", [WIRE_LONG, REPORTED], ids=["long-wire-sentences", "reported-speech"])
def test_even_wire_rhythm_is_not_machine_rhythm(sentences: list[str]) -> None:
    assert _even(sentences)  # the rhythm alone would fire: the test is not vacuous
    assert codes(HEAD + "\n\n".join(sentences) + "\n", "AIT002") == []


def test_even_generated_rhythm_is_still_noted() -> None:
    assert _even(MACHINE)
    assert codes(HEAD + "\n\n".join(MACHINE) + "\n", "AIT002") == ["AIT002"]
