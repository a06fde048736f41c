"""Date rules, round 6: shapes of writing a date named from the blind batches' misses (batches 8-10), each
written here as five or more variants of our own (other places, labels, orders, formats) before the rule
was changed, with look-alikes that must stay clean. No sentence here comes from a batch."""

from __future__ import annotations

import pytest

from tests.test_dates import article, codes


def codes_in(*paragraphs: str, date: str = "2026-05-01") -> list[str]:
    """The date rules' codes on a Markdown article of these paragraphs, dated by its front matter."""
    text, fmt = article(*paragraphs, date=date)
    return codes(text, fmt=fmt)

# -- class 1: the article's date in a dateline or label of another shape, which then dates a weekday ----
#: (text, format, codes): every flagged text has a weekday that is wrong only in the year the head line gives.
DATED_HEADS = [
    # the date in brackets after the place
    ("ORLEY FALLS, Vt. (Sept. 3, 2026) — The council met on Friday, Aug. 29, officials said.\n", "text", ["DAT003"]),
    ("KESTREL BAY, Tas. (4 March 2026) — The ferry stopped on Wednesday 24 February after a storm.\n", "text", ["DAT003"]),
    # the date after the place and the dash
    ("HOLMWICK – Oct. 2, 2026\n\nThe market reopens Monday, Oct. 6, with new stalls.\n", "text", ["DAT003"]),
    ("PENRITH VALE — 12 June 2026\n\nThe trial resumed on Friday 9 June with a new witness.\n", "text", ["DAT003"]),
    # a line that is only a label and the date
    ("Harbour Notes\n\nCity desk — Thursday 7 May 2026\n\nThe lido opens on Sunday 11 May.\n", "text", ["DAT003"]),
    ("The Weekly Ledger: Monday, 9 March 2026\n\nTrading resumes on Tuesday, March 16.\n", "text", ["DAT003"]),
    ("Rail Digest | Friday, Jan. 9, 2026\n\nWorks close the line on Sunday, Jan. 12.\n", "text", ["DAT003"]),
    # the same heads, with the weekday right
    ("ORLEY FALLS, Vt. (Sept. 3, 2026) — The council met on Friday, Aug. 28, officials said.\n", "text", []),
    ("HOLMWICK – Oct. 2, 2026\n\nThe market reopens Monday, Oct. 5, with new stalls.\n", "text", []),
    ("The Weekly Ledger: Monday, 9 March 2026\n\nTrading resumes on Monday, March 16.\n", "text", []),
    ("Rail Digest | Friday, Jan. 9, 2026\n\nWorks close the line on Monday, Jan. 12.\n", "text", []),
]


@pytest.mark.parametrize("text,fmt,expected", DATED_HEADS)
def test_a_dateline_or_label_of_another_shape_dates_the_article(text: str, fmt: str, expected: list[str]) -> None:
    assert codes(text, fmt=fmt) == expected


def test_a_left_out_meta_line_dates_an_html_page() -> None:
    page = (
        "<html><body><article><h1>Pier reopens</h1><p class=\"meta\">News desk &mdash; Friday 8 May 2026</p>"
        "<p>The pier reopens to walkers on Tuesday 13 May, the council said.</p></article></body></html>"
    )
    assert codes(page, fmt="html") == ["DAT003"]
    assert codes(page.replace("Tuesday 13 May", "Wednesday 13 May"), fmt="html") == []


# -- class 2: a weekday beside a slash date, wrong whichever order the date is read in ----------------------
NUMERIC_WEEKDAYS = [
    ("The bench heard the petition on Wednesday (11/07/2025).", ["DAT003"]),  # 11 July and 7 November: Fridays
    ("The order was signed on Thursday 09/16/2025.", ["DAT003"]),  # one reading, a Tuesday
    ("The bench sat on Friday, 02/03/2025.", ["DAT003"]),  # 3 February a Monday, 2 March a Sunday
    ("Polling closed Sat 25/08/2025 in every ward.", ["DAT003"]),  # a Monday
    ("The notice went up on Tues, 13/09/2025, the council said.", ["DAT003"]),  # a Saturday
    # right in the only reading, or in one of the two
    ("The tender closed on Mon, 25/08/2025 at noon.", []),
    ("Counting began Saturday 13/09/2025 in every ward.", []),
    ("The order was signed on Tuesday 09/16/2025.", []),
    ("The bench sat on Sunday, 02/03/2025.", []),
    ("The bench sat on Monday, 02/03/2025.", []),
]


@pytest.mark.parametrize("text,expected", NUMERIC_WEEKDAYS)
def test_a_weekday_beside_a_slash_date_in_either_order(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


# -- class 3: a day and month with a slash and no year, impossible in both orders ------------------------
YEARLESS_NUMERIC = [
    ("The return match is set for a late start on 31/04, the club said.", ["DAT004"]),
    ("Applications close on 31/06 at midnight.", ["DAT004"]),
    ("The fair runs from 30/02 for a week.", ["DAT004"]),
    ("Rates rise on 9/31 for every customer.", ["DAT004"]),
    ("The ferry sails again on Friday 31/11, the owners said.", ["DAT004"]),
    # real in one order, a rate, a share, or not a day at all
    ("The helpline is open on 24/7 terms.", []),
    ("The vote is on 30/04 in the town hall.", []),
    ("The ferry sails again on 12/31, the owners said.", []),
    ("The team scored on 50/50 balls all night.", []),
    ("Leap-day births are celebrated on 29/02 at the club.", []),
]


@pytest.mark.parametrize("text,expected", YEARLESS_NUMERIC)
def test_a_yearless_slash_date_impossible_in_both_orders(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


# -- class 4: impossible dates in the furniture an HTML reader leaves out of the article --------------------
FURNITURE = [
    ("<footer><p>Updated: 31/04/2026 &middot; Harbour Post</p></footer>", ["DAT004"]),
    ("<aside class=\"box\"><ul><li>Free travel day: November 31.</li></ul></aside>", ["DAT004"]),
    ("<footer><p>Last revised 30 February 2026</p></footer>", ["DAT004"]),
    ("<figure><img src=\"a.jpg\" alt=\"\"><figcaption>The quay on June 31, 2025.</figcaption></figure>", ["DAT004"]),
    ("<aside><p>Deadline: 2026-13-02</p></aside>", ["DAT004"]),
    ("<footer><p>Updated: 30/04/2026 &middot; Harbour Post</p></footer>", []),
    ("<aside class=\"box\"><ul><li>Free travel day: November 30.</li></ul></aside>", []),
]


@pytest.mark.parametrize("furniture,expected", FURNITURE)
def test_an_impossible_date_in_the_page_furniture(furniture: str, expected: list[str]) -> None:
    page = (
        "<html><body><article><h1>Ferry fares frozen</h1><p>The harbour board froze ferry fares for a year, "
        f"its chair said.</p>{furniture}</article></body></html>"
    )
    if furniture.startswith("<footer"):
        page = page.replace("</article>", "</article>" + furniture).replace(f"{furniture}</article>", "</article>", 1)
    assert codes(page, fmt="html") == expected


# -- class 5: one thing's opening told by another word for it (came online, entered service, commissioned) --
OPENING_IN_OTHER_WORDS = [
    (["The station came online in 2011.", "Bills have risen since the station opened in 2013."], ["DAT001"]),
    (["The reactor was commissioned in 1990 after long delays.", "The reactor, which came online in 1993, needs new pumps."], ["DAT001"]),
    (["The ferry went into service in 2018.", "Since the ferry was commissioned in 2016, fares have doubled."], ["DAT001"]),
    (["The tram line opened in 2015.", "Since the tram line entered service in 2017, traffic has eased."], ["DAT001"]),
    (["Crowds came to the clinic's ribbon-cutting in 2004.", "The clinic opened in 2007 with six beds."], ["DAT001"]),
    (["Kell Dam was commissioned in 1987.", "Since coming online in 1989, Kell Dam has run without a break."], ["DAT001"]),
    # one date, two things, or a commission that is no opening
    (["The station came online in 2011.", "Bills have risen since the station opened in 2011."], []),
    (["The council commissioned a review in 2019.", "The library opened in 2021."], []),
    (["The first turbine came online in 2011.", "The wind farm opened in 2013."], []),
    (["The reactor was commissioned in 1990.", "The visitor centre opened in 1996."], []),
]


@pytest.mark.parametrize("paragraphs,expected", OPENING_IN_OTHER_WORDS)
def test_an_opening_told_in_other_words(paragraphs: list[str], expected: list[str]) -> None:
    assert codes_in(*paragraphs) == expected


# -- class 6: a time counted from something its own sentence dates, said of the present ------------------
OWN_DATED_COUNTS = [
    ("The vote comes nearly two decades after the harbour wall was rebuilt in 2016.", ["DAT002"]),
    ("Three years after the pool closed in March 2025, the site is still fenced off.", ["DAT002"]),
    ("The mill remains empty, a decade since the owners shut it in 2021.", ["DAT002"]),
    ("The appeal arrives five years after the council sold the pier in 2024.", ["DAT002"]),
    ("Some 30 years after the school was founded in 2013, pupils still wear the first uniform.", ["DAT002"]),
    # the count fits, is of the past, or of the future
    ("The vote comes nearly a decade after the harbour wall was rebuilt in 2016.", []),
    ("Three years after the pool closed in March 2023, the site is still fenced off.", []),
    ("Three years after the pool closed in 2005, the site was sold.", []),
    ("The tunnel will open five years after work began in 2024.", []),
    ("The appeal arrives five years after the council sold the pier in 2021.", []),
]


@pytest.mark.parametrize("text,expected", OWN_DATED_COUNTS)
def test_a_count_from_a_moment_its_sentence_dates(text: str, expected: list[str]) -> None:
    assert codes_in(text) == expected


# -- class 7: a time counted after a dated event, ending at a date its own sentence gives ------------------
COUNTS_TO_OWN_DATE = [
    (["The rover was launched on 3 March 2025.", "It landed on 20 March 2025, just two days after launch."], ["DAT002"]),
    (["The ferry line opened on 1 May 2025.", "Its first breakdown came on 30 May 2025, a week after the opening."], ["DAT002"]),
    (["The clinic opened on 2 June 2025.", "Inspectors called on 4 August 2025, six months after it opened."], ["DAT002"]),
    (["The tower opened on 5 January 2026.", "A lift failed on Jan. 28, two days after the opening."], ["DAT002"]),
    (["The rover was launched on 3 March 2025.", "It landed on 20 March 2025, more than a month after launch."], ["DAT002"]),
    # the count fits the dates
    (["The rover was launched on 3 March 2025.", "It landed on 20 March 2025, about two weeks after launch."], []),
    (["The ferry line opened on 1 May 2025.", "Its first breakdown came on 8 May 2025, a week after the opening."], []),
    (["The tower opened on 5 January 2026.", "A lift failed on Jan. 7, two days after the opening."], []),
]


@pytest.mark.parametrize("paragraphs,expected", COUNTS_TO_OWN_DATE)
def test_a_count_that_ends_at_a_date_of_its_sentence(paragraphs: list[str], expected: list[str]) -> None:
    assert codes_in(*paragraphs, date="2026-05-01") == expected


# -- class 8: a time counted from "the <noun> was <done>", dated in another sentence in the same words --------
RETOLD_COUNTS = [
    (["The charges were dropped on 4 May 2025.", "Three years after the charges were dropped, the firm is still trading."], ["DAT002"]),
    (["- March 2025: bridge closed to lorries", "More than two years since the bridge was closed, hauliers still detour."], ["DAT002"]),
    (["The licence was revoked in 2024 by the regulator.", "A decade after the licence was revoked, the bar remains shut."], ["DAT002"]),
    (["The suit was filed in January 2026.", "Eighteen months after the suit was filed, no hearing has been held."], ["DAT002"]),
    (["The ban was lifted in 2025.", "Five years since the ban was lifted, fishing boats are back in the bay."], ["DAT002"]),
    # fits, is told apart by another date, or has no dated retelling
    (["The charges were dropped on 4 May 2023.", "Three years after the charges were dropped, the firm is still trading."], []),
    (["The ban was lifted in 2025.", "Five years since the ban was lifted, fishing boats will be back in the bay."], []),
    (["The ban was imposed in 2025.", "Five years since the ban was lifted, fishing boats are back in the bay."], []),
    (["The ban was lifted in 2025 and again in 2021.", "Five years since the ban was lifted, fishing boats are back in the bay."], []),
]


@pytest.mark.parametrize("paragraphs,expected", RETOLD_COUNTS)
def test_a_count_from_a_happening_retold_in_the_same_words(paragraphs: list[str], expected: list[str]) -> None:
    assert codes_in(*paragraphs, date="2026-05-01") == expected


# -- class 9: an age in brackets after a name ("Rohit Malhotra (29)"), against a birth year ----------------
BRACKETED_AGES = [
    (["Ravi Menon (29), a resident of Kochi, was arrested.", "Menon, born in 1980 in Thrissur, denies the charge."], ["DAT006"]),
    (["The court heard Alhaji Sani Bello (40) on Monday.", "Bello, who was born in 1961, is a grain trader."], ["DAT006"]),
    (["Mrs Grace Adeyemi (52) chairs the market women.", "Adeyemi was born in 1950."], ["DAT006"]),
    (["Police named the driver as Arjun Das (33).", "Das, born in 1970, had no licence."], ["DAT006"]),
    (["Kiran Rao (61), the firm's founder, spoke first.", "Born in 1990 in Pune, Rao started the firm young."], ["DAT006"]),
    # the age fits, or the brackets hold goal minutes or a count
    (["Ravi Menon (45), a resident of Kochi, was arrested.", "Menon, born in 1980 in Thrissur, denies the charge."], []),
    (["Scorers: Okafor (23), Bello (67).", "Okafor, born in 1996, was named man of the match."], []),
    (["Ward 4 (12) and Ward 9 (30) voted first.", "The hall was built in 1961."], []),
]


@pytest.mark.parametrize("paragraphs,expected", BRACKETED_AGES)
def test_an_age_in_brackets_after_a_name(paragraphs: list[str], expected: list[str]) -> None:
    assert codes_in(*paragraphs, date="2025-09-01") == expected


# -- class 10: a count of years ago written after the year it lands on, or told with "back" -------------------
YEAR_FIRST_GAPS = [
    ("The ferry plan was first drawn up in 2016, nearly two decades ago.", ["DAT002"]),
    ("Locals still talk of the flood of June 2019 — some twelve years ago.", ["DAT002"]),
    ("The pier burned in 2010, three years ago, and was never rebuilt.", ["DAT002"]),
    ("The club last won the cup about thirty years back in 2014.", ["DAT002"]),
    ("She moved to the island a decade back, in 2024.", ["DAT002"]),
    # the count fits the article's date (2026), or is a span, a count of people, a range
    ("The ferry plan was first drawn up in 2008, nearly two decades ago.", []),
    ("The pier burned in 2023, three years ago, and was never rebuilt.", []),
    ("The club last won the cup about ten years back in 2016.", []),
    ("Prices in 2016, ten years ago, were half what they are now.", []),
    ("The 2010-2014 works, a decade ago, cost more.", []),
]


@pytest.mark.parametrize("text,expected", YEAR_FIRST_GAPS)
def test_a_count_ago_after_the_year_it_lands_on(text: str, expected: list[str]) -> None:
    assert codes_in(text) == expected
