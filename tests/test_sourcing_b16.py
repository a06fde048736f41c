"""Round 13 of the sourcing rules, on the classes blind batch 16 missed ("the story told in
numbers": results, polls, statistics releases, budgets, market reports, records).

Each class is written out first in five or more variants of our own (other names, bodies and
grammatical positions: a table's source note, a caption, a list item, a parenthesis, a question,
a subordinate clause) and only then caught by a shape or a documented list under ``rules/data``;
beside each class, the look-alikes that must stay clear of it.
"""

from __future__ import annotations

import pytest

from tests import test_sourcing_b13 as b13
from tests.test_sourcing import HEAD, codes_of

#: SRC003: a surname-only mention described at another employer: in a "who" clause at a body
#: whose name tells no kind, at a body named after what it is ("the Leeds consultancy Farrow &
#: Lyle", "the payments startup Quillpay"), or with a bare role ("head of credit at…").
FIRST = "Oskar Lindqvist, chief economist at Harwood Capital, said output would grow.\n\n"
EMPLOYERS = [
    FIRST + "Lindqvist, who heads the credit desk at Pell & Marsh, expects two rate cuts.",
    FIRST + "Lindqvist, a partner at the Leeds consultancy Farrow & Lyle, put the deficit at 4%.",
    FIRST + "Lindqvist, managing director of the payments startup Quillpay, called the figures soft.",
    FIRST + "(Lindqvist, who runs the rates team at Carrow & Vine, disagreed with the forecast.)",
    FIRST + "- Lindqvist, an analyst at the ratings agency Solvane, expects a downgrade.",
    FIRST + "Although Lindqvist, head of research at the listings site Homefold, expects a rise, he is cautious.",
]
EMPLOYERS += [
    # a first credential the extraction does not read, given by the same apposition
    "Professor Ida Brenner, a leading authority on heat stress at the Northern Thermal Health Observatory, said deaths rose."
    "\n\nBrenner, who teaches medicine at Kingsbridge University, expects more.",
    # the last post of a stacked credential; a first credential after "according to"
    "Dr. Vera Lusk, PhD, MBA, keynote speaker, author and Chief Analyst at Corvane Research, said demand rose."
    "\n\nLusk, a partner at the Glasgow consultancy Tarn & Bell, expects it to fall.",
    "According to Professor Aldo Menz, chief strategist at the Global Freight Foresight Observatory, rates will rise."
    "\n\nMenz, an economist at Harbourline Capital Partners, said the rise would be short.",
]
EMPLOYERS_CLEAR = [
    FIRST + "Lindqvist, who also advises the property site Homefold, said prices would rise.",
    FIRST + "Lindqvist, who spent a decade at the consultancy Farrow & Lyle, said prices would rise.",
    FIRST + "Lindqvist, speaking at the trade fair Fintech Week, said prices would rise.",
    FIRST + "Lindqvist, chief economist at the bank Harwood Capital, said prices would rise.",
    FIRST + "Lindqvist, chief economist at Harwood Capital since 2019, said prices would rise.",
    FIRST + "Lindqvist, whose forecasts run to 2030, said prices would rise.",
    "Dr. Vera Lusk, PhD, MBA, author and Chief Analyst at Corvane Research, said demand rose.\n\n"
    "Lusk, chief analyst at Corvane Research since 2019, expects it to fall.",
]

#: SRC006: a figure, a consensus or a reading of the figures pinned on nobody: a source note that
#: vouches by a vague group, a consensus of one, "according to" a crowd defined by what it
#: watches, a vague group reading a result as something, a field's community in a passive of
#: hearsay, a claim declared beyond dispute.
FIGURE_SOURCES = [
    "*Prices compiled from various online sources on 3 March; totals are rounded.*",
    "| Source: rents supplied by industry insiders | | |",
    "Were the numbers verified by outside experts? The report does not say.",
    "Growth of 4.2% is in line with the consensus of leading forecasters.",
    "- Margin: 11% (above the consensus forecast among market watchers)",
    "The jobless rate should peak at 5%, according to people who track the labour market closely.",
    "Turnout fell to 41% (according to folks who follow local politics), the lowest since 1998.",
    "Many commentators have read the fall in sales as a verdict on the new menu.",
    "Pundits across the region have taken the four-seat swing as proof that the pact is over.",
    "While some economists interpret the dip as a blip, the bank is cautious.",
    "The wider medical community is said to be divided over the trial's results.",
    "## The investing world is believed to have shrugged off the data",
    "It is now beyond serious doubt that the dry spring cut the harvest by a third.",
    "The club's decline, it is by now beyond argument, began with the 2019 sale.",
]
FIGURE_SOURCES_CLEAR = [
    "Prices compiled by the Office for National Statistics; totals are rounded.",
    "Prices checked by analysts at Which? on 3 March.",
    "Growth of 4.2% is in line with the consensus of economists polled by Reuters.",
    "Growth was 4.2%, above the consensus among analysts surveyed by LSEG.",
    "Investors have taken profits as a result of the rally, said Ana Ruiz, a trader at Banco Sur.",
    "Many investors took profits as prices rose on Tuesday.",
    "Analysts saw the dip as a blip, said Ana Ruiz, an economist at Banco Sur.",
    "Residents saw the flood as a warning, the mayor said.",
    "The community centre is said to be the oldest in the county, according to its records.",
    "The jury found his guilt proved beyond reasonable doubt.",
    "Figures released by the statistics office show growth of 0.3%.",
]

#: SRC005: a full name written again with a later word in lower case, at the start of its
#: sentence or paragraph, in a list item, after a dash or in a question.
CAPITALS = [
    "The study was led by Dr. Amara Lindholm of the University of Bergen.\n\nAmara lindholm said the effect was small.",
    "Coach Tomasz Wierzba picked an unchanged side. Tomasz wierzba said nothing afterwards.",
    "Treasurer Nadia Ferrante signed off the budget.\n\n- Nadia ferrante: the deficit is 2.1%.",
    "Analyst Joel Okafor expects a cut. Did Joel okafor change his call? He did not.",
    "Chief executive Rhea Mensah presented the results.\n\nRhea mensah, asked about margins, declined to comment.",
]
CAPITALS_CLEAR = [
    "The study was led by Dr. Amara Lindholm of the University of Bergen.\n\nAmara Lindholm said the effect was small.",
    "Councillor Bill Hatton opened the debate.\n\nBill Hatton said the plan was sound; Hatton voted for it.",
    "Chief executive Rhea Mensah presented the results.\n\nRHEA MENSAH: THE YEAR IN FIGURES",
]

#: SRC001/SRC002: an expert at a body headed by a head of two words ("think tank") or by "unit",
#: with no place and no known body of that name.
BODIES = [
    "Professor Lena Quist of the National Affordability Think Tank said rents would rise.",
    "Dr. Omar Sefton, an economist at the Household Spending Monitoring Unit, expects prices to ease.",
    "- Dr. Ruth Calder, director of the Future Prosperity Think Tank, puts the rise at 3%.",
    "Prices will fall, said Dr. Ines Marr of the Consumer Outlook Unit.",
    "(Mark Tovey, a researcher at the Global Growth Think Tank, disagreed.)",
]
BODIES_CLEAR = [
    "Dr. Omar Sefton, an economist at the Economist Intelligence Unit, expects prices to ease.",
    "Professor Lena Quist of the Resolution Foundation think tank said rents would rise.",
    "Dr. Ines Marr, who heads the intensive care unit at Leeds General Infirmary, said beds were full.",
]

#: SRC006, look-alikes of a headline's crowd: a crowd counted by a share on a line that names a
#: poll is the poll's finding ("52% of residents oppose the charge", under "Poll:"), as a
#: headline, an HTML page's title or a list item; each is a whole article (its first line is the
#: headline).
BODY = "\n\nThe council votes on the plan on Tuesday, its leader said."
POLLED = [
    "Poll: 58% of Dunmore voters oppose the new bypass" + BODY,
    "Two in five Corran voters oppose the levy, survey finds" + BODY,
    "A narrow majority of Lisker parents oppose the shorter school day, our poll shows" + BODY,
    "<html><head><title>Survey: 61% of Corran Bay residents oppose the tower</title></head><body>"
    "<h1>Survey: 61% of Corran Bay residents oppose the tower</h1><p>The council votes on Tuesday.</p></body></html>",
    "Three-quarters of Dunmore fans oppose the new stadium, club poll finds" + BODY,
]
#: The same crowds with no poll on the line still count as the headline's premise.
UNPOLLED = [
    "Dunmore Voters Oppose The New Bypass" + BODY,
    "58% of Dunmore voters oppose the new bypass" + BODY,
]


def _article_codes(text: str) -> list[str]:
    from lint.document import build_document
    from lint.engine import lint_document
    from tests.test_sourcing import LintSettings, Context, rules

    fmt = "html" if text.startswith("<html>") else "text"
    settings = LintSettings(rules=tuple(rules("SRC006")), context=Context())
    return [f.code for f in lint_document(build_document("t." + ("html" if fmt == "html" else "txt"), text, fmt), settings).findings]


def test_a_crowd_a_poll_measured_is_no_vague_attribution():
    assert [t for t in POLLED if _article_codes(t)] == []
    assert [t for t in UNPOLLED if not _article_codes(t)] == []


CLASSES = {
    "employer described again": (("SRC003",), EMPLOYERS, EMPLOYERS_CLEAR),
    "figures pinned on nobody": (("SRC006",), FIGURE_SOURCES, FIGURE_SOURCES_CLEAR),
    "name's capitals broken at a start": (("SRC005",), CAPITALS, CAPITALS_CLEAR),
    "body headed by think tank or unit": (("SRC001", "SRC002"), BODIES, BODIES_CLEAR),
}


@pytest.mark.parametrize("cls", sorted(CLASSES))
def test_every_variant_is_reported_and_no_look_alike(cls, monkeypatch):
    # the check of round 9, run over this round's classes
    monkeypatch.setattr(b13, "CLASSES", CLASSES)
    b13.test_every_variant_is_reported_and_no_look_alike(cls)
