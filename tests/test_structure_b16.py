"""Round 13 (blind batch 16, the story told in numbers): structure classes.

* STR004: a paragraph that tells again, in other words, the fact an earlier paragraph gave with
  the same figures ("Turnout was …% …" … "Turnout fell to …%, a drop of … points").

Every sentence was written for this file; look-alikes from professional copy (key-figures boxes,
tables, a figure used again for another point, two bands of a list) must stay quiet.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests import conftest

#: What a rule reports in a Markdown story.
findings = partial(conftest.findings, fmt="markdown")


# -- STR004: the same figures told twice in other words ------------------------------------------------
JOBS = [
    "# Jobless rate falls in Carrowmore\n",
    "Unemployment in Carrowmore fell to 4.7% in the third quarter, down 0.3 points from the spring, the regional statistics office said on Tuesday.\n",
    "Average weekly pay rose 5.2% to £612 over the year, the fastest growth the office has recorded since 2008.\n",
    "Job vacancies fell for a sixth quarter running, to 18,450, as employers in retail and hospitality held back.\n",
    "The office surveys about 6,000 households every quarter and revises its estimates twice a year.\n",
    "Economists said the labour market was cooling slowly rather than sharply, and that wage growth should ease next year.\n",
]


def _jobs(later: str, *after: str) -> str:
    return "\n".join([*JOBS, later + "\n", *after, "The next release is due in the middle of February.\n"])


@pytest.mark.parametrize(
    "later",
    [
        # other verb and noun for the same two figures
        "The jobless rate in Carrowmore slipped to 4.7%, a fall of 0.3 points on the spring quarter.",
        # the figures in a subordinate clause
        "While weekly pay went up by 5.2% to £612, rents in the region climbed even faster.",
        # the figures in a parenthesis
        "Pay growth (5.2%, lifting the average weekly wage to £612) was the quickest since 2008.",
        # the figures in the other order, after a negation
        "Unemployment in the region did not hold at its spring level: it dropped 0.3 points over the summer, to 4.7%.",
        # one exact figure, in sentences of similar length, most words shared
        "The number of job vacancies went down for the sixth quarter running, to 18,450, with retail and hospitality employers holding back.",
        # an appositive around one exact figure
        "Weekly pay, up 5.2% over the year to an average of £612, grew at its fastest since 2008, the office said.",
    ],
)
def test_same_figures_told_again_in_other_words_are_a_repeat(later: str) -> None:
    hits = findings(_jobs(later), "STR004")
    assert [h.line for h in hits] == [_jobs(later).splitlines().index(later) + 1]


@pytest.mark.parametrize(
    "later",
    [
        # the same figure used for another point
        "Economists polled beforehand had expected the rate to stay at 4.7%.",
        # a new figure beside an old one: a follow-up, not a repeat
        "In the capital the jobless rate fell to 4.1%, also 0.3 points lower than in the spring.",
        # a figure given again with another subject and purpose
        "That rise of 5.2% is the figure the unions will quote in next month's pay talks with employers.",
        # a new name: the sentence reports something else about the same figures
        "Pay at Dunmore Logistics rose 5.2% to £612 as well, the company said.",
    ],
)
def test_a_figure_used_again_for_another_point_is_not_a_repeat(later: str) -> None:
    assert findings(_jobs(later), "STR004") == []


def test_one_figure_given_again_as_background_after_a_long_sentence_is_quiet() -> None:
    """Wire copy recalls a fact from a long lead in a short background sentence further down."""
    text = (
        "# Retailers freeze hiring\n\n"
        "After the county statistics office reported last spring that job vacancies had fallen for a sixth quarter "
        "running to 18,450, the three largest retailers in Carrowmore froze hiring and shortened opening hours at most "
        "of their stores.\n\n"
        "Shop workers' unions said the cuts would fall hardest on part-time staff with young children.\n\n"
        "Vacancies stood at 18,450 after a sixth quarter of falls, the county office reported in its survey.\n"
    )
    assert findings(text, "STR004") == []


@pytest.mark.parametrize(
    "box",
    [
        "## Key figures\n\n- Unemployment: 4.7%, down 0.3 points from the spring\n- Weekly pay: up 5.2% to £612\n- Vacancies: 18,450\n",
        "| Measure | Q3 | Change |\n|---|---|---|\n| Unemployment rate | 4.7% | down 0.3 points |\n| Weekly pay | £612 | up 5.2% |\n",
    ],
)
def test_key_figures_boxes_and_tables_give_the_figures_again_by_design(box: str) -> None:
    assert findings(_jobs("Employers expect hiring to pick up in the new year.", box), "STR004") == []


def test_two_bands_of_a_list_are_not_one_fact() -> None:
    text = (
        "# New tax bands\n\n"
        "The new income tax bands will be 12%, 25%, 35% and 39.6% from April, the finance ministry said on Monday.\n\n"
        "Ministers said the change would simplify returns for most households and cost little.\n\n"
        "Only earners above the 39.6% threshold will pay more than 25% on any part of their bonus income.\n"
    )
    assert findings(text, "STR004") == []


def test_the_same_figures_inside_a_quotation_are_not_compared() -> None:
    later = '"Unemployment in Carrowmore fell to 4.7%, down 0.3 points from the spring," the minister told parliament.'
    assert findings(_jobs(later), "STR004") == []


# -- CIT001: a numbered list of notes under a "Notes" heading is not a reference list -----------------
NOTES_STORY = (
    "# Council sets budget\n\n"
    "The council approved a budget of £214m for next year on Tuesday, with council tax rising 4.99%.\n\n"
    "Spending on adult social care will rise by £9m, the largest single increase in the budget.\n\n"
    "## Notes\n\n"
)


@pytest.mark.parametrize(
    "notes",
    [
        "1. Figures are in cash terms unless stated otherwise.\n2. Social care includes spending on home care and residential places.\n",
        "1. All amounts are rounded to the nearest million pounds.\n2. \"Core spending\" excludes grants passed on to schools.\n3. Last year's figures include the mid-year top-up agreed in July 2025.\n",
    ],
)
def test_notes_explaining_the_figures_need_no_marker(notes: str) -> None:
    assert findings(NOTES_STORY + notes, "CIT001") == []


@pytest.mark.parametrize(
    "entries",
    [
        # sources under a "Notes" heading: fields parted by commas, a link, a date
        "1. Ravensbury Council, budget report, 24 February 2026.\n2. Office for Budget Figures, local authority tables, 2025.\n",
        "1. Budget papers: https://ravensbury.example/budget-2026\n2. Social care plan: https://ravensbury.example/care\n",
        # outlet names: too short to be notes
        "1. The Ledger\n2. Daily Courier\n",
    ],
)
def test_sources_under_a_notes_heading_still_need_markers(entries: str) -> None:
    assert [f.code for f in findings(NOTES_STORY + entries, "CIT001")] == ["CIT001"]


# -- STY001: a place name in lowercase beside a capitalised form of it ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # an invented place with a place-name ending, capitalised only as a list label
        "# Rents rise\n\nRents rose in every district last year, the survey found.\n\n- Harwickley: up 6.1%\n- Orchard Vale: up 2.2%\n\nGrowth in harwickley has outpaced the county for a year.\n",
        # capitalised only inside a longer name (a club), lowercase in a table row
        "# Cup run ends\n\nRovers lost 2-1 to Castlebrook Athletic on Saturday, the club's first home defeat.\n\n| Opponent | Result |\n|---|---|\n| vs castlebrook athletic | lost 2-1 |\n",
        # capitalised inside a street name, lowercase in a relative clause
        "# Hall reopens\n\nThe works on Dunstanford Road ended in May, the council said. The village hall, which serves families in dunstanford and two hamlets, reopens next week.\n",
        # a known place, capitalised only in a word made from it
        "# Step study\n\nThe study followed 40,000 adults in eight European countries for ten years. It is one of the largest such studies in europe so far, the authors said.\n",
        # a known place, capitalised only inside an organisation's name
        "# School funding\n\nCornwall Council said the grant would be paid in April. Heads of every rural primary in cornwall will be told this week, a spokesman said.\n",
    ],
)
def test_place_in_lowercase_beside_a_capitalised_form_is_a_slip(text: str) -> None:
    assert [f.code for f in findings(text, "STY001")] == ["STY001"]


@pytest.mark.parametrize(
    "text",
    [
        # an English word with a place-name ending, capitalised at a sentence start
        "# Offside row\n\nOffside calls were reviewed twice. The striker was clearly offside when he scored, the referee said.\n",
        "# Fair opens\n\nWell-wishers lined the road to the Thornbury Stead farm on Saturday. The farm stead dates from 1740.\n",
        # the tail of a longer name, not a place
        "# Surgeons short\n\nThe Korean Society of Traumatology said staff were short. Few students choose traumatology as a career.\n",
        # a place written in lowercase on purpose inside a quotation
        "# Fans travel\n\nSupporters from Cornwall Council's area travelled north. One banner read \"we love cornwall\" in small letters.\n",
    ],
)
def test_ordinary_words_name_tails_and_quotes_are_not_lowercase_places(text: str) -> None:
    assert findings(text, "STY001") == []


# -- STR007: a short heading of English words in capitals ------------------------------------------
LIDO = "Lido reopens\n\nThe lido reopened on Saturday, the council said.\n\n{heading}\n\nEntry now costs four pounds for adults.\n"


@pytest.mark.parametrize("heading", ["## THE TOP 10", "## OUR VERDICT", "### THE COSTS", "## TOP FIVE PICKS", "## NEW FEES"])
def test_short_heading_of_english_words_in_capitals_shouts(heading: str) -> None:
    assert [f.code for f in findings(LIDO.format(heading=heading), "STR007")] == ["STR007"]


@pytest.mark.parametrize("heading", ["## US JOBS", "## NEW YORK", "## UK GDP", "## The top 10", "## EU"])
def test_acronyms_places_and_sentence_case_headings_do_not_shout(heading: str) -> None:
    assert findings(LIDO.format(heading=heading), "STR007") == []


# -- STR002: an invented name in the headline beside ordinary words the story happens to use -----------
BODY = (
    "Recorded burglaries in the county fell 12% in the year to June, the lowest total since comparable records "
    "began, according to figures published on Thursday by the regional statistics office. Vehicle crime fell 9%, "
    "while shoplifting rose by almost a fifth, continuing a rise that began two years ago. Police chiefs said "
    "the fall in burglaries reflected patrols in the worst-hit streets, while retailers blamed organised gangs "
    "for the thefts. The office said the figures for the latest quarter were provisional and would be revised "
    "in its next release in January, when the full-year survey of households is also due to be published. "
    "Crime overall was broadly flat, and the best results came from the rural districts in the north."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Crime Minister Halloran: Burglaries Fall to Lowest Level in Decades",
        "Dunwarren Named Best County for Falling Crime",
        "County Chief Vantreck: Burglaries Fall in Best Year Yet",
        "Burglaries fall to lowest level in decades, says Commissioner Brannagh",
        "Velquist Office Says Burglaries Fell 12%",
    ],
)
def test_headline_name_absent_beside_ordinary_words_is_reported(headline: str) -> None:
    """STR002 reads the speaker or the name a headline opens with; STR008 any other name: one finding."""
    text = f"{headline}\n\n{BODY}\n"
    assert len(findings(text, "STR002", fmt="text") + findings(text, "STR008", fmt="text")) == 1


@pytest.mark.parametrize(
    "headline",
    [
        # every word of the name is an ordinary word the story uses: a role, not an invented name
        "Statistics Office: Burglaries Fall to Lowest Level in Decades",
        # the invented name is in the story
        "Crime Minister Halloran: Burglaries Fall to Lowest Level in Decades",
        # a title and a well-known given name
        "U.S. Sen. Warren Says Burglaries Fell",
    ],
)
def test_headline_names_the_story_gives_are_not_reported(headline: str) -> None:
    body = BODY + (" Crime minister Niamh Halloran welcomed the figures." if "Halloran" in headline else "")
    body += " Senator Elizabeth Warren welcomed the figures." if "Warren" in headline else ""
    text = f"{headline}\n\n{body}\n"
    assert findings(text, "STR002", fmt="text") == findings(text, "STR008", fmt="text") == []


# -- STR001: a title-case headline's main clause pasted into a sentence ---------------------------------
REPORT = (
    "The market for oat-based drinks was worth 3.1 billion euros last year and is expected to grow by about 7% "
    "a year, according to a report published on Monday by a research firm in Dublin.\n\n"
    "{later}\n\n"
    "Sales grew fastest in the Nordic countries, where oat drinks now make up a fifth of the milk aisle.\n"
)


@pytest.mark.parametrize(
    ("headline", "later"),
    [
        ("European Oat Drinks Market to Double by 2030, Report Says",
         "The European Oat Drinks Market to Double by 2030 report also warns that prices of oats have risen."),
        ("European Oat Drinks Market to Double by 2030, Analysts Say",
         "Its authors, who called the study European Oat Drinks Market to Double by 2030, expect prices to stay high."),
        ("European Oat Drinks Market to Double by 2030 – Dublin Research Firm",
         "Analysts quoted in European Oat Drinks Market to Double by 2030 said supermarkets drove the growth."),
        ("Oat Milk Sales Set to Overtake Soy in Europe, Study Finds",
         "In a chart captioned Oat Milk Sales Set to Overtake Soy in Europe the authors compare ten countries."),
        ("Oat Milk Sales Set to Overtake Soy in Europe, Study Finds",
         "Will Oat Milk Sales Set to Overtake Soy in Europe hold up if prices rise?"),
    ],
)
def test_headline_clause_pasted_into_a_sentence_is_repeated(headline: str, later: str) -> None:
    text = f"{headline}\n\n" + REPORT.format(later=later)
    assert [f.code for f in findings(text, "STR001", fmt="text")] == ["STR001"]


@pytest.mark.parametrize(
    ("headline", "later"),
    [
        # the story retells the news in its own sentence-case words
        ("European Oat Drinks Market to Double by 2030, Report Says",
         "The European oat drinks market is expected to double by 2030, the report says."),
        # a sentence-case headline: its words in a sentence are the story's, not a paste
        ("European oat drinks market to double by 2030, report says",
         "The report says the European oat drinks market to double by 2030 is a cautious forecast."),
        # too short a clause to say anything
        ("Oat Drinks Boom, Report Says",
         "Oat Drinks Boom was the title of a trade fair in Cologne last spring."),
    ],
)
def test_retold_news_and_short_clauses_are_not_a_repeat(headline: str, later: str) -> None:
    text = f"{headline}\n\n" + REPORT.format(later=later)
    assert findings(text, "STR001", fmt="text") == []
