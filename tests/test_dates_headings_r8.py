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
