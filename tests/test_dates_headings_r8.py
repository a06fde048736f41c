"""Date classes of round 8 (misses of blind batches 1-12, named as classes and written here in variants
of our own, each with look-alikes that must stay clean):

- a milestone or a count of years told in a headline or a sub-heading, against what the body dates
  ("Five years on", "Refinery hits 40-year mark", "Park Turns Five", "Forty years of conchas",
  "in centenary season", "at decade-old plant", "Two Months On");
- a yearly stretch of a thing's own life counted by ordinal ("now in its twelfth season", "heading
  into its third full summer", "its sixth winter"), read as its editions are (DAT002).
"""

from __future__ import annotations

import pytest

from tests.test_dates import codes


def _story(headline: str, *body: str, date: str = "2025-09-12") -> str:
    return f"---\ntitle: {headline}\ndate: {date}\n---\n\n# {headline}\n\n" + "\n\n".join(body) + "\n"


#: (headline, body paragraphs, expected codes)
HEADINGS = [
    ("Harbour refinery hits 40-year mark as shutdown begins", ("The refinery, which started processing crude in 1991, shut on Thursday.",), ["DAT002"]),
    ("Harbourside Park turns five", ("The stadium opened in August 2018 with a friendly against Rovers.",), ["DAT002"]),
    ("Forty years of bread: the Delgado bakery throws a party", ("The bakery was founded in 1992 by two sisters from Oaxaca.",), ["DAT002"]),
    ("Mill Lane club starts its centenary season", ("The club was founded in 1931 by workers at the mill.",), ["DAT002"]),
    ("Jobs go at decade-old Lake Ridge plant", ("The plant opened in 2004 on the site of a former quarry.",), ["DAT002"]),
    ("Five years on, the ward is still short of nurses", ("The hospital opened its doors in 2023.",), ["DAT002"]),
    ("Bakery marks two decades on Calle Ortiz", ("The bakery was founded in 2012 by two sisters.",), ["DAT002"]),
    ("Two months on, council systems are still down", ("Services went down after the Sept. 1 attack on the council.",), ["DAT002"]),
    # consistent counts, a count the body dates otherwise, and counts that are not milestones of now
    ("Harbour refinery hits 35-year mark", ("The refinery, which started processing crude in 1991, shut on Thursday.",), []),
    ("Harbourside Park turns seven", ("The stadium opened in August 2018 with a friendly against Rovers.",), []),
    ("Five years on, the ward is still short of nurses", ("The hospital opened its doors in 2023, after building work began in 2020.",), []),
    ("Three years of losses at the Delgado bakery", ("The bakery was founded in 1992 by two sisters from Oaxaca.",), []),
    ("Shares in the bakery turn 40 per cent higher", ("The bakery was founded in 1992 by two sisters from Oaxaca.",), []),
    ("Two months on, council systems are still down", ("Services went down after the July 10 attack on the council.",), []),
    # the body says the count again: the body's sentence is the one to check
    ("Ten years on, the port is quiet", ("The port opened in 1990.", "Ten years after the shipping line folded, the quay is empty."), []),
    ("Harbourside Park turns five", ("The stadium opened in August 2018.", "Five years of football have changed the town."), []),
]


@pytest.mark.parametrize("headline,body,expected", HEADINGS)
def test_a_count_in_the_headline_against_the_body(headline: str, body: tuple[str, ...], expected: list[str]) -> None:
    assert codes(_story(headline, *body), fmt="markdown") == expected


def test_a_sub_heading_counts_too() -> None:
    text = _story("Brightloom completes merger", "Brightloom was founded in 2019 in a garage.", "## Ten years of growth", "Sales rose every year.", date="2026-11-18")
    assert codes(text, fmt="markdown") == ["DAT002"]


def test_the_finding_names_the_start_it_counts_from() -> None:
    from tests.test_dates import findings

    (f,) = findings(_story("Harbourside Park turns five", "The stadium opened in August 2018 with a friendly."), fmt="markdown")
    assert "opened in August 2018" in f.message and "5 years" in f.message
    assert [r.line for r in f.related] == [8]


#: (beginning, sentence of the present, expected codes) in a story of 2025-09-12
ORDINAL_STRETCHES = [
    ("The Harbour Park ground opened in August 2018.", "Now in its twelfth season at the harbour, the club sits third.", ["DAT002"]),
    ("The island ferry was launched in June 2025.", "The service is now heading into its third full summer.", ["DAT002"]),
    ("The ski lift opened in December 2021.", "The lift, now in its sixth winter, carries 900 skiers an hour.", ["DAT002"]),
    ("The league was founded in 2020.", "Now in its eighth straight season, the league has 12 clubs.", ["DAT002"]),
    ("The night market opened in 2019.", "The market is back this year for its ninth summer.", ["DAT002"]),
    # counts that fit, a count told of the past, and a person's seasons
    ("The Harbour Park ground opened in August 2018.", "Now in its seventh season at the harbour, the club sits third.", []),
    ("The ski lift opened in December 2021.", "The lift celebrated its sixth winter with a party.", []),
    ("The Harbour Park ground opened in August 2018.", "Now in his twelfth season at the club, Reyes is content.", []),
]


@pytest.mark.parametrize("beginning,sentence,expected", ORDINAL_STRETCHES)
def test_a_yearly_stretch_counted_by_ordinal(beginning: str, sentence: str, expected: list[str]) -> None:
    text = f"---\ntitle: Story\ndate: 2025-09-12\n---\n\n{beginning}\n\n{sentence}\n"
    assert codes(text, fmt="markdown") == expected


#: A count whose two ends its sentence gives (lint/timeline_ends.py), in a story of 2025-09-12.
ENDED_COUNTS = [
    ("Rents have doubled in the eighteen months since January 2022, the council says.", ["DAT002"]),
    ("Over the two years since the spring of 2019, the queue has grown.", ["DAT002"]),
    ("Orme ran the stall for 11 years, from 2012 through 2019.", ["DAT002"]),
    ("The choir sang there for three decades, between 2001 and 2019.", ["DAT002"]),
    ("Keane won the title in 1994, more than forty years after joining the club in 1961.", ["DAT002"]),
    ("The bridge reopened in 2016, two decades after it was first closed in 2010.", ["DAT002"]),
    ("The seat has not changed parties in two decades; the last time it flipped was the 2011 contest.", ["DAT002"]),
    ("It is the first red warning in more than ten years, the last one having been issued in 2021.", ["DAT002"]),
    # the same shapes adding up, a future, a quotation, and counts that are not tied to both ends
    ("Rents have doubled in the 44 months since January 2022, the council says.", []),
    ("Orme ran the stall for eight years, from 2012 through 2019.", []),
    ("Keane won the title in 1994, 33 years after joining the club in 1961.", []),
    ("The seat has not changed parties in 14 years; the last time it flipped was the 2011 contest.", []),
    ("Rents will have doubled in the eighteen months since January 2025, the council expects.", []),
    ('"Rents have doubled in the eighteen months since January 2022," Orme said.', []),
    ("The firm, founded in 1990, bought the mill in 2005, three years after talks began.", []),
    ("The seat has changed parties twice in two decades, most recently in 2011.", []),
]


@pytest.mark.parametrize("sentence,expected", ENDED_COUNTS)
def test_a_count_whose_two_ends_its_sentence_gives(sentence: str, expected: list[str]) -> None:
    text = f"---\ntitle: Story\ndate: 2025-09-12\n---\n\n{sentence}\n"
    assert codes(text, fmt="markdown") == expected


#: An ordinal anniversary "of <noun>" said of the time of writing, against the dates of the sentences that
#: name the same noun (lint/timeline_anniversaries.py), in a story of 2025-10-02.
RETOLD_ANNIVERSARIES = [
    ("Police renewed their appeal over the disappearance of Ellie Marsh in October 2013.", "On the tenth anniversary of her disappearance this month, her family will gather.", ["DAT002"]),
    ("The flood struck the valley in June 2014.", "Residents mark the 20th anniversary of the flood this week.", ["DAT002"]),
    ("The strike at the pit began in March 2019.", "Next year brings the tenth anniversary of the strike, and a plaque is planned.", ["DAT002"]),
    ("The crash of the night train on 4 May 2012 killed nine people.", "Families are planning the fifteenth anniversary of the crash, which falls this year.", ["DAT002"]),
    ("The ferry's sinking in 2001 changed the harbour.", "The harbour marks the twentieth anniversary of the sinking with a service this month.", ["DAT002"]),
    # the count fits, the anniversary is past and undated, the sentence dates itself, a quotation
    ("Police renewed their appeal over the disappearance of Ellie Marsh in October 2015.", "On the tenth anniversary of her disappearance this month, her family will gather.", []),
    ("The flood struck the valley in June 2014.", "Residents marked the fifth anniversary of the flood with a service.", []),
    ("The flood struck the valley in June 2014.", "Residents marked the 20th anniversary of the flood in 2034, the plan says.", []),
    ("The flood struck the valley in June 2014.", '"This is the 20th anniversary of the flood," said Orme, who is 70 this year.', []),
]


@pytest.mark.parametrize("dated,sentence,expected", RETOLD_ANNIVERSARIES)
def test_an_anniversary_of_a_noun_the_story_dates(dated: str, sentence: str, expected: list[str]) -> None:
    text = f"---\ntitle: Story\ndate: 2025-10-02\n---\n\n{dated}\n\n{sentence}\n"
    assert codes(text, fmt="markdown") == expected


#: A meta line that gives the date before the byline dates the story: the body's "Monday 7 October" is
#: read against it (DAT003: 7 October 2025 was a Tuesday).
DATE_THEN_BYLINE = [
    ("Thursday 2 October 2025 · By Jo Doe, Crime Reporter", ["DAT003"]),
    ("Oct. 2, 2025 | By Staff", ["DAT003"]),
    ("2 October 2025 — by Jo Doe", ["DAT003"]),
    ("October 2, 2025, By Jo Doe and Ana Ruiz", ["DAT003"]),
    # a stamp of another year: 7 October 2024 was a Monday
    ("Wednesday 2 October 2024 · By Jo Doe, Crime Reporter", []),
    ("2 October 2024 | by Jo Doe", []),
]


@pytest.mark.parametrize("meta,expected", DATE_THEN_BYLINE)
def test_a_date_before_the_byline_dates_the_story(meta: str, expected: list[str]) -> None:
    text = f"Appeal renewed\n\n{meta}\n\nA vigil will be held on Monday 7 October at the bus stop.\n"
    assert codes(text, fmt="text") == expected


def test_a_date_before_the_byline_in_a_left_out_meta_line() -> None:
    page = (
        "<html><body><article><h1>Appeal renewed</h1>"
        '<p class="meta">Thursday 2 October 2025 &middot; By Jo Doe, Crime Reporter</p>'
        "<p>A vigil will be held on Monday 7 October at the bus stop.</p></article></body></html>"
    )
    from lint.api import check_text

    result = check_text(page, path="page.html", fmt="html", select=["DAT"])
    assert [f.code for f in result.findings] == ["DAT003"]


#: An office told as left by a verb (rules/data/leaving-verbs.txt) against a current title (DAT005).
LEFT_OFFICES = [
    ("Board chair Elise Roux presented the proposals on Monday.", "Roux, who stood down as chair in 2023, did not reply.", ["DAT005"]),
    ("Chief Medical Officer Dana Berwick said beds were short.", "Berwick, who stepped down as chief medical officer two years ago, disagreed.", ["DAT005"]),
    ("The club's captain, Joss Merriday, lifted the cup.", "Merriday retired as the club's captain after the final.", ["DAT005"]),
    ("Coach Ade Bello named his side for Saturday.", "Bello, who was sacked as coach in January, watched from the stand.", ["DAT005"]),
    ("Mayor Ina Holt opened the bridge.", "Holt resigned as mayor in March.", ["DAT005"]),
    # another office, another person of the surname, a quotation
    ("Board chair Elise Roux presented the proposals on Monday.", "Roux stepped down as chief executive in 2023 to become chair.", []),
    ("Board chair Elise Roux presented the proposals on Monday.", "Her brother, Marc Roux, who stood down as chair of the rival firm, did not reply.", []),
    ("Board chair Elise Roux presented the proposals on Monday.", '"Roux stood down as chair in 2023," a rival said.', []),
]


@pytest.mark.parametrize("current,left,expected", LEFT_OFFICES)
def test_an_office_told_as_left_by_a_verb(current: str, left: str, expected: list[str]) -> None:
    text = f"---\ntitle: Story\ndate: 2025-10-02\n---\n\n{current}\n\n{left}\n"
    assert codes(text, fmt="markdown") == expected


#: Ages in other shapes (lint/timeline_ages.py) against a birth year (DAT006), in a story of 2025-10-02.
OTHER_AGES = [
    ("Mayor Ana Okoro was born in 1966 in Lagos.", "Okoro, who is 52, said the plan would work.", ["DAT006"]),
    ("Mayor Ana Okoro was born in 1966 in Lagos.", "Okoro, who turned 52 this year, said the plan would work.", ["DAT006"]),
    ("Mayor Ana Okoro was born in 1966 in Lagos.", "Okoro, who is having 52 years, said the plan would work.", ["DAT006"]),
    ("Mayor Ana Okoro was born in 1966 in Lagos.", "Okoro, 52 years of age, said the plan would work.", ["DAT006"]),
    ("The council met on Monday.", "The founder, Dana Whitlock (born 1968), 52, said the plan would work.", ["DAT006"]),
    # consistent ages, and ages at another time
    ("Mayor Ana Okoro was born in 1966 in Lagos.", "Okoro, who is 59, said the plan would work.", []),
    ("Mayor Ana Okoro was born in 1966 in Lagos.", "Okoro, who was 19 when she joined the council, said the plan would work.", []),
    ("Mayor Ana Okoro was born in 1966 in Lagos.", "Okoro, who was 41 and new to the job when the storm hit, said little.", []),
    ("The council met on Monday.", "The founder, Dana Whitlock (born 1968), 57, said the plan would work.", []),
]


@pytest.mark.parametrize("first,second,expected", OTHER_AGES)
def test_an_age_in_other_words_against_the_birth_year(first: str, second: str, expected: list[str]) -> None:
    text = f"---\ntitle: Story\ndate: 2025-10-02\n---\n\n{first}\n\n{second}\n"
    assert codes(text, fmt="markdown") == expected
