"""Round 13 (blind batch 16, the story told in numbers): chatbot notes about the prompter's figures
and its knowledge cut-off, offers to rework the draft, unfilled slots in tables ("[X]",
"[date]", "[Rival 2]", "(fill in …)"), reader polls and lead-generation forms, Q./A. pairs,
figures of speech around a statistic, chains of additive connectives, hype closers and the site
tagline kept inside the article element.

Every sentence was written for this file; look-alikes from professional copy must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint_text, rules_by_code

RULES = rules_by_code()
HEAD = "Ferry fares rise 4% in spring\n\nThe island ferry will raise fares by 4 per cent in April, the operator said on Monday.\n\n"
TAIL = "\n\nThe new timetable starts on 6 April."


# -- FIL004: the prompter's own figures named as the source of the text ---------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Passenger numbers below are drawn from the details you provided.",
        "Using the results you pasted, the busiest crossing was the 8 a.m. sailing.",
        "Ticket sales climbed 12 per cent (based on the figures you supplied).",
        "Was the surge real? Going by the stats you've shared, it was.",
        "| Source | the spreadsheet data you uploaded |",
    ],
)
def test_the_prompters_material_is_chatbot_residue(line: str) -> None:
    assert "FIL004" in codes(HEAD + line + TAIL, "FIL004")


@pytest.mark.parametrize(
    "line",
    [
        "Based on the numbers the operator shared, sales rose 12 per cent.",
        "“Based on the figures you supplied, we cut two sailings,” the manager told the council.",
        "The chart uses the data you see on the operator's website, the report said.",
        "From the details they provided, the inspectors found no fault.",
    ],
)
def test_other_peoples_figures_are_not_chatbot_residue(line: str) -> None:
    assert codes(HEAD + line + TAIL, "FIL004") == []


# -- FIL004: a preamble that names its genre ("write-up", "recap", "rundown") ------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Here is a concise news write-up of the ferry figures, as requested:",
        "Here's a short news recap of the fare rise.",
        "Here is your 300-word rundown of the spring timetable",
        "> Here is a tight writeup about the ferry results",
        "**Here's the requested news summary on the ferry fares**",
    ],
)
def test_a_preamble_naming_its_genre_is_chatbot_residue(line: str) -> None:
    assert "FIL004" in codes(line + "\n\n" + HEAD + TAIL, "FIL004")


@pytest.mark.parametrize(
    "line",
    [
        "The operator published its write-up of the inquiry on Monday.",
        "Here is what the inspectors' write-up says: the ramp was unsafe.",
        "A recap of the season's sailings is on page 4.",
    ],
)
def test_write_ups_in_reporting_are_not_preambles(line: str) -> None:
    assert codes(HEAD + line + TAIL, "FIL004") == []


# -- FIL004: the knowledge cut-off in other words -----------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "All fares are correct as far as my information goes and may have changed since.",
        "| Crossings | 9,812 (per the latest data I have access to) |",
        "The timetable reflects my training data and may be out of date.",
        "Is this the most recent information available to me? It dates from early 2024.",
        "- Average fare: £18.40 (as far as my knowledge extends)",
    ],
)
def test_a_knowledge_cut_off_in_other_words_is_chatbot_residue(line: str) -> None:
    assert "FIL004" in codes(HEAD + line + TAIL, "FIL004")


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the data he had access to was incomplete.",
        "“As far as my information goes, the deal is off,” the envoy said.",
        "The operator's data cut-off was March, the regulator said.",
        "Her latest information came from the harbour office.",
    ],
)
def test_other_peoples_information_is_not_a_knowledge_cut_off(line: str) -> None:
    assert codes(HEAD + line + TAIL, "FIL004") == []


# -- FIL004: the offer to rework the draft, with the draft as the object ---------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Let me know if you'd like this trimmed to 300 words or reworked into a thread.",
        "Tell me if you want it recast as a newsletter item.",
        "Just say whether you'd prefer the piece condensed for print.",
        "If you'd like it shortened further, let me know.",
        "Say the word if you need this converted into a table.",
    ],
)
def test_an_offer_to_rework_the_draft_is_chatbot_residue(line: str) -> None:
    assert "FIL004" in codes(HEAD + line, "FIL004")


@pytest.mark.parametrize(
    "line",
    [
        "Let me know if you like the new timetable, the operator wrote to passengers.",
        "If you want it shortened, ask the tailor, the shop's sign says.",
        "Tell me if you want this house rebuilt, the mayor said.",
        "“Let me know if you'd like this trimmed,” the barber said.",
    ],
)
def test_other_offers_are_not_chatbot_residue(line: str) -> None:
    assert codes(HEAD + line, "FIL004") == []


# -- FIL003: the reader poll by its place on the page, and "have your say" pointed at a box -------
@pytest.mark.parametrize(
    "line",
    [
        "Who is your ferry captain of the year? Have your say in the poll in the sidebar.",
        "Should the late sailing stay? Have your say in the comments.",
        "Vote for the best crossing in the poll on the right-hand column.",
        "Our reader survey at the bottom of this page is open until Friday.",
        "- Have your say: take the quick vote in the sidebar",
    ],
)
def test_a_reader_poll_is_engagement_bait(line: str) -> None:
    assert "FIL003" in codes(HEAD + line, "FIL003")


@pytest.mark.parametrize(
    "line",
    [
        "Residents can have their say at a public meeting on Monday.",
        "The poll in the capital closed at 8 p.m.",
        "“Have your say in the survey,” the council urged islanders.",
        "A survey at the bottom of the harbour found two wrecks.",
    ],
)
def test_consultations_and_polls_in_the_news_are_not_engagement_bait(line: str) -> None:
    assert codes(HEAD + line, "FIL003") == []


# -- FIL003: the lead-generation form of a report seller --------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Grab a complimentary sample of the full study by dropping your work email into the form.",
        "Submit your business email below to get the full rankings.",
        "Popping your email into the box at the foot of this page unlocks the tables.",
        "Download your free PDF of the 90-page survey.",
        "Request a no-obligation copy of the report today.",
    ],
)
def test_a_lead_generation_form_is_engagement_bait(line: str) -> None:
    assert "FIL003" in codes(HEAD + line, "FIL003")


@pytest.mark.parametrize(
    "line",
    [
        "Islanders who want to get a free copy of the timetable can ask at the quay.",
        "Staff must enter your email address in the register, the office said.",
        "The operator sent a free sample of the new tickets to 200 passengers.",
    ],
)
def test_free_copies_in_reporting_are_not_engagement_bait(line: str) -> None:
    assert codes(HEAD + line, "FIL003") == []


# -- FIL002: a question-and-answer pair by its letters ----------------------------------------
@pytest.mark.parametrize(
    "block",
    [
        "**Q. When does the new timetable start? A.** On 6 April.",
        "Q: Is the late sailing going? A: Not this year.",
        "Q) Will season tickets cost more? A) Yes, by 4 per cent.",
        "Q: Is parking at the quay free?\nA: Yes, until May.\n\nQ: Can bikes travel?\nA: Yes, for £2.",
        "> Q. How much will the new ramp cost? A. About £4m.",
    ],
)
def test_question_and_answer_pairs_are_a_faq_block(block: str) -> None:
    assert "FIL002" in codes(HEAD + block + "\n", "FIL002")


@pytest.mark.parametrize(
    "block",
    [
        "Q: Why did you leave the ferry company? A: I wanted a rest.",
        "Q3 sales rose 4 per cent. A strong quarter, the operator said.",
        "Q: Is the market recovering?",
        "Q: What did you see?\nA: Smoke.\n\nQ: Did you call anyone?\nA: The coastguard.",
    ],
)
def test_interviews_and_quarters_are_not_faq_blocks(block: str) -> None:
    assert codes(HEAD + block + "\n", "FIL002") == []


# -- FIL005: unfilled slots by their letter, their case or their number ----------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Tickets went on sale on [date] at noon.",
        "The margin of error is ±[XX] points.",
        "Rival operators include [Competitor 2] and [Competitor 3].",
        "Fares were checked in [town], the survey found.",
        "The margin of error is (fill in from the pollster's note) points.",
    ],
)
def test_bare_and_numbered_slots_are_placeholders(line: str) -> None:
    assert "FIL005" in codes(HEAD + line + TAIL, "FIL005")


@pytest.mark.parametrize(
    "line",
    [
        "“We told [the operator] first,” she said.",
        "“[date] matters less than price,” a passenger said.",
        "The method is in footnote [2] of the report.",
        "Add the salt (add more to taste) and stir.",
        "The chart is in [Figure 2] of the annual report.",
    ],
)
def test_editorial_brackets_and_asides_are_not_placeholders(line: str) -> None:
    assert codes(HEAD + line + TAIL, "FIL005") == []


# -- AIT008: the figures around a statistic -----------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "That fare line tells a story of resilience stitched into every layer of the island.",
        "Those 1,204 passengers paint a richly layered portrait of a ferry at a crossroads.",
        "Behind every fare lies a family walking a tightrope, and April writes a fresh chapter in that ongoing saga.",
        "The 9,812 crossings stand as a shining monument to an unquenchable hunger for the sea.",
        "Do these numbers tell a story of grit stitched into the island's routine?",
    ],
)
def test_figures_of_speech_around_a_statistic_are_a_flourish(line: str) -> None:
    assert "AIT008" in codes(HEAD + line + TAIL, "AIT008")


@pytest.mark.parametrize(
    "line",
    [
        "The museum bought a portrait of the ferry's first captain for £2,000.",
        "The film tells the story of a ferry captain, the studio said.",
        "The fare rise writes a new chapter in the saga, the mayor said.",
        "The harbour has an ongoing dispute over the monument to the 1953 storm.",
    ],
)
def test_literal_portraits_and_attributed_figures_are_not_a_flourish(line: str) -> None:
    assert codes(HEAD + line + TAIL, "AIT008") == []


# -- AIT011: a chain of additive connectives, with its closing links ------------------------------
@pytest.mark.parametrize(
    "para",
    [
        "Fares rose 4 per cent; on top of that, parking rose 2 per cent; what is more, bikes cost £2; last but not least, pets pay too.",
        "Fares rose. Better still, the boats are new; likewise, the ramp was rebuilt; to top it all off, the café reopened.",
        "Fares rose 4 per cent. Equally, parking rose; similarly, bike fares rose; by the same token, pets pay more.",
        "Season tickets rose — last of all, day returns did too; moreover, bikes pay; what's more, so do dogs.",
        "Is the rise fair? Better still, ask who pays: likewise, islanders; last but not least, visitors.",
    ],
)
def test_a_chain_of_additive_connectives_is_generated_prose(para: str) -> None:
    assert "AIT011" in codes(HEAD + para + TAIL, "AIT011")


@pytest.mark.parametrize(
    "para",
    [
        "Likewise, bus fares rose 3 per cent, the council said.",
        "Fares rose 4 per cent. Equally, parking rose 2 per cent.",
        "“Better still, the boats are new; likewise, the ramp; last but not least, the café,” the captain said.",
    ],
)
def test_one_or_two_connectives_are_english(para: str) -> None:
    assert codes(HEAD + para + TAIL, "AIT011") == []


# -- AIT010: a frame of the times fronted before the hype close --------------------------------------
@pytest.mark.parametrize(
    "close",
    [
        "In an age when islanders treat the ferry as family, this is no passing fad — it is only getting started.",
        "In a world where commuters want choice, the late sailing is here to stay.",
        "In an era when every trip counts, this is just the beginning.",
        "In an age where travel is changing, is this only the beginning for the island?",
        "In an era where speed rules, the slow boat is no flash in the pan.",
    ],
)
def test_a_hype_close_behind_a_frame_of_the_times_is_an_editorial_kicker(close: str) -> None:
    assert "AIT010" in codes(HEAD + "The new timetable starts in April.\n\n" + close, "AIT010")


@pytest.mark.parametrize(
    "close",
    [
        "In an age when rates are high, the operator borrowed £2m, the report said.",
        "In an age when ferries are costly, the council met on Monday.",
        "“In a world where commuters want choice, the late sailing is here to stay,” the captain said.",
    ],
)
def test_a_fact_or_a_quote_behind_a_frame_is_not_a_kicker(close: str) -> None:
    assert codes(HEAD + "The new timetable starts in April.\n\n" + close, "AIT010") == []


# -- BPL012 / HTML reader: the site's tagline inside the article element is page chrome ---------------
PAGE = (
    "<html><head><title>Ferry fares rise | Island Courier</title></head><body><article>"
    "<h1>Ferry fares rise</h1>\n<p>The ferry will raise fares by 4 per cent, the operator said.</p>\n"
    "<p class=\"{cls}\">Island Courier — your harbour, your news.</p>\n"
    "<p>Here is a short news recap of the fares.</p>\n</article></body></html>"
)


@pytest.mark.parametrize("cls", ["tagline", "site-tagline", "slogan", "strapline"])
def test_a_tagline_inside_the_article_is_page_chrome(cls: str) -> None:
    result = lint_text(PAGE.replace("{cls}", cls), [RULES["BPL012"], RULES["FIL004"]], fmt="html", path="page.html")
    chrome = [f for f in result.findings if f.code == "BPL012"]
    assert [f.line for f in chrome] == [3]


def test_a_standfirst_inside_the_article_is_story() -> None:
    result = lint_text(PAGE.replace("{cls}", "standfirst"), [RULES["BPL012"], RULES["FIL004"]], fmt="html", path="page.html")
    assert [f.code for f in result.findings] == ["FIL004"]


# -- FIL030: hype before a figure --------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "The ferry carried an eye-popping 9,812 people in March, the operator said.",
        "Why did a mind-boggling 9,812 people sail in March?",
        "- Crossings in March: a staggering 9,812",
        "Fares (up an astonishing 12% on last spring) take effect in April.",
        "Chart: the jaw-dropping £4.2m the operator spent on the ramp",
    ],
)
def test_hype_before_a_figure_is_flagged(line: str) -> None:
    assert "FIL030" in codes(HEAD + line + TAIL, "FIL030")


@pytest.mark.parametrize(
    "line",
    [
        "The list price was a whopping $4,500, the insurer said.",
        "“It is an eye-popping 9,812 people,” the harbour master said.",
        "The operator has grown since its stunning 2016 takeover of the route.",
        "The Stellar 2 ferry carried 400 people, the operator said.",
        "The ferry carried 9,812 people in March, well above the 7,000 forecast.",
    ],
)
def test_plain_and_quoted_figures_are_not_hype(line: str) -> None:
    assert codes(HEAD + line + TAIL, "FIL030") == []


# -- FIL003: the newsletter that lands in the reader's inbox; the story passed to an acquaintance ------
@pytest.mark.parametrize(
    "line",
    [
        "Our 7am ferry briefing lands in your inbox free every weekday.",
        "Want the timetable first? Our harbour digest arrives straight into your inbox.",
        "The Friday round-up drops into your inbox at noon.",
        "Know a commuter? Pass it along to the neighbour who always asks about fares.",
        "- Forward this on to a friend in your street",
    ],
)
def test_inbox_pitches_and_passing_the_story_on_are_engagement_bait(line: str) -> None:
    assert "FIL003" in codes(HEAD + line, "FIL003")


@pytest.mark.parametrize(
    "line",
    [
        "A phishing email that arrives in your inbox may look like a ferry ticket, the police said.",
        "The captain passed it on to the coastguard, who sent a boat.",
        "“Pass it along to the neighbour who needs it,” the food bank's sign says.",
    ],
)
def test_inbox_warnings_and_reported_passing_on_are_not_engagement_bait(line: str) -> None:
    assert codes(HEAD + line, "FIL003") == []


# -- FIL024 / AIT008: speed as the restless times; a hub, a jewel and a light that shines ----------
@pytest.mark.parametrize(
    "line",
    [
        "At a time when life moves at breakneck speed, the ferry offers a slow hour.",
        "In a world spinning at breakneck pace, islanders still wait for the boat.",
        "In an era of lightning speed and nonstop news, the ferry runs on tide time.",
        "At a time when everything moves at warp speed, the timetable barely changes.",
        "In today's never-ending rush, the crossing is a pause.",
    ],
)
def test_speed_as_the_times_is_an_era_frame(line: str) -> None:
    assert "FIL024" in codes(HEAD + line + TAIL, "FIL024")


@pytest.mark.parametrize(
    "line",
    [
        "The port is a burgeoning hub of trade and a true jewel in the crown of the coast.",
        "Her win shines out as a luminous beacon of island grit.",
    ],
)
def test_hubs_jewels_and_shining_beacons_are_a_flourish(line: str) -> None:
    assert "AIT008" in codes(HEAD + line + TAIL, "AIT008")


@pytest.mark.parametrize(
    "line",
    [
        "At a time when fuel costs 9 per cent more, the operator raised fares, the report said.",
        "The port is a hub of the North Sea oil trade, the ministry said.",
        "The lighthouse shines out as far as the reef.",
    ],
)
def test_a_fact_behind_a_frame_and_literal_hubs_stay_quiet(line: str) -> None:
    assert codes(HEAD + line + TAIL, "FIL024", "AIT008") == []
