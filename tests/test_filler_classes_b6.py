"""Classes of filler found after blind batch 6, each tried on variants written for this file.

For every class (an editor's name for the red flag) five or more wordings of our own, with other
verbs, nouns, word order and format, must be found, and professional look-alikes must stay quiet:
figurative flourishes (AIT008), moralising closes (AIT009), tip boxes and "The …" callout headings
(FIL001), headcount sign-up pitches (FIL003) and page chrome without its usual words (BPL001,
BPL009, BPL010, BPL011).
"""

from __future__ import annotations

import pytest

from tests.test_filler_shapes import HEAD, codes

LEAD = "The ferry will run twice a day from May, the operator said on Monday.\n\n"


# -- figurative flourish --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The reopening is a bittersweet moment, a defining chapter in the long saga of the harbour.",
        "The route is woven into the fabric of the coast, the lifeblood of a dozen villages.",
        "The timetable offers a window into the delicate rhythms of island life.",
        "Each crossing is a microcosm of the tangled interplay between tourism and trade.",
        "The service, a beacon for the islands, will be etched into the annals of the port.",
        "Sailing resumes as the seismic tides of change sweep through the enduring spirit of the bay.",
    ],
)
def test_figurative_flourishes_are_found(sentence: str) -> None:
    assert "AIT008" in codes(HEAD + LEAD + sentence + "\n\nTickets cost 4 euros.", "AIT008")


@pytest.mark.parametrize(
    "sentence",
    [
        "The company filed for Chapter 11 protection and sold its fabric plant in Ohio.",
        "Analysts said the rate cut could be a catalyst for the shares, a window into the bank's thinking.",
        "“It is a new chapter in the saga of this club,” the chairman said.",
        "The museum's tapestry of the siege will go on show in the west window in May.",
        "The threads of the cable were cut, police said, and the spirit of the law was clear.",
    ],
)
def test_literal_and_attributed_figures_stay_quiet(sentence: str) -> None:
    assert codes(HEAD + LEAD + sentence + "\n\nTickets cost 4 euros.", "AIT008") == []


# -- moralising close -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "closing",
    [
        "Whether the boats keep sailing, only the storms of next winter will decide.",
        "Only the years to come can tell if the gamble pays off.",
        "One thing remains abundantly clear: the islands need their ferry.",
        "What is crystal clear is that the coast will never be the same.",
        "As the busy season approaches, the harbour town holds its breath.",
        "As spring draws near, the island waits.",
    ],
)
def test_moralising_closes_are_found(closing: str) -> None:
    assert "AIT009" in codes(HEAD + LEAD + "Tickets cost 4 euros.\n\n" + closing, "AIT009")


@pytest.mark.parametrize(
    "closing",
    [
        "Only the transport minister can decide whether the route stays open, the operator said.",
        "As the deadline approaches, the union plans to meet again on Thursday.",
        "The next review is due in March.",
        "One thing the plan does not change is the price of a ticket.",
    ],
)
def test_factual_closes_stay_quiet(closing: str) -> None:
    assert codes(HEAD + LEAD + "Tickets cost 4 euros.\n\n" + closing, "AIT009") == []


# -- callouts and sign-up pitches -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "## The Bottom Line\n\nFares stay the same.",
        "### The Takeaway\n\nFares stay the same.",
        "Reader tip: Book a seat the day before.",
        "**Traveller's tip:** Bikes ride free before 9 a.m.",
        "Handy hint: The café on board takes cards only.",
    ],
)
def test_tip_boxes_and_article_headings_are_callouts(text: str) -> None:
    assert "FIL001" in codes("# Ferry adds boats\n\n" + LEAD + text, "FIL001", fmt="markdown")


def test_an_inline_bottom_line_of_a_house_style_is_not_a_callout() -> None:
    assert codes("# Ferry adds boats\n\n" + LEAD + "The bottom line: fares stay the same.", "FIL001", fmt="markdown") == []


@pytest.mark.parametrize(
    "pitch",
    [
        "Join 40,000 coastal commuters who read our Monday memo.",
        "📬 Join thousands of other readers on our list.",
        "Join more than 2k locals and never miss a sailing.",
        "Get the timetable straight to your inbox every Friday.",
        "It takes ten seconds. No spam, we promise.",
    ],
)
def test_sign_up_pitches_are_engagement_bait(pitch: str) -> None:
    assert "FIL003" in codes(HEAD + LEAD + pitch, "FIL003")


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 40,000 commuters joined the protest, police said.",
        "Join the queue early, the operator told passengers.",
        "Thousands of readers wrote to the paper about the route.",
    ],
)
def test_joining_in_reporting_is_not_a_pitch(sentence: str) -> None:
    assert codes(HEAD + LEAD + sentence, "FIL003") == []


# -- page chrome without its usual words ----------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Travel › Ferries › North route reopens", "BPL001"),
        ("Regional » Islands » Timetables", "BPL001"),
        ("Share on WhatsApp · Tweet this · Email a friend", "BPL009"),
        ("Send to a friend | Print | Save for later", "BPL009"),
        ("**More on this story**", "BPL010"),
        ("Further reading:", "BPL010"),
        ("⏱ 5 min read", "BPL011"),
        ("Reading time: about 4 minutes", "BPL011"),
        ("Last updated 3 hours ago", "BPL011"),
        ("Isle Gazette — Honest Reporting You Can Rely On | Ferry resumes", "BPL011"),
        ("Coast Post · Local news for everyone", "BPL011"),
        ("The Mercury | Serving the islands since 1887", "BPL011"),
    ],
)
def test_chrome_lines_are_found(line: str, code: str) -> None:
    assert code in codes(HEAD + LEAD + line + "\n\nTickets cost 4 euros.", code)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Fuel prices › wages, the chart's caption read.", "BPL001"),
        ("Passengers can share, print or save the timetable from the website, the operator said.", "BPL009"),
        ("Further reading of the contract showed a penalty clause, the lawyer said.", "BPL010"),
        ("The crossing takes 5 min longer in winter, the operator said.", "BPL011"),
        ("The paper, serving the islands since 1887, said news that matters costs money.", "BPL011"),
    ],
)
def test_chrome_words_in_sentences_stay_quiet(line: str, code: str) -> None:
    assert codes(HEAD + LEAD + line + "\n\nTickets cost 4 euros.", code) == []


# -- a stock opener at the start of the headline ---------------------------------------------------
@pytest.mark.parametrize(
    "headline",
    [
        "In an era when every minute matters, ferry adds night sailings",
        "In today's ever-busier world: ferry adds night sailings",
        "In this day and age, islanders still wait for the boat",
        "In a time when fuel costs soar, ferry keeps fares flat",
        "**Now more than ever, the islands need their ferry**",
    ],
)
def test_stock_openers_in_the_headline_are_found(headline: str) -> None:
    assert "STY007" in codes(headline + "\n\n" + LEAD, "STY007")


def test_a_stock_opener_in_the_body_is_not_the_headline_rule() -> None:
    assert codes(HEAD + "In an age where every minute matters, the ferry adds night sailings, the operator said.", "STY007") == []
