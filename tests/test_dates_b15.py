"""DAT001, DAT005 and DAT006 after blind batch 15 (the story that moves): birth years written where the
name-first readers did not reach (a compound adjective standing for the person, a fact-box field, a
profile box the HTML reader leaves out), an age in a sentence set in a year, offices of several words
and offices told by a verb, one event named by two words of one kind, the last of a kind followed by a
later one, a beginning dated by a timeline line; and look-alikes that must stay clean."""

from __future__ import annotations

import pytest

from lint.context import Context
from lint.document import build_document
from lint.engine import LintSettings, lint_document
from lint.loader import make_document
from lint.rulepack import load_pack
from tests.conftest import ROOT

PACK = tuple(load_pack(ROOT / "rules" / "dates.toml"))


def codes(text: str, code: str, name: str = "t.txt") -> list[int]:
    """The lines ``code`` reports in ``text``."""
    rules = tuple(r for r in PACK if r.code == code)
    doc = make_document(name, text.encode()) if name.endswith(".html") else build_document(name, text, None)  # type: ignore[arg-type]
    return [f.line for f in lint_document(doc, LintSettings(rules=rules, context=Context(as_of=None))).findings]


HEAD = "DELLBY, Sept. 9, 2026 — "


def _page(body: str, box: str) -> str:
    return (
        "<!DOCTYPE html>\n<html><head><title>Recall</title><meta name=\"date\" content=\"2026-06-04\"></head><body>\n"
        f"<article>\n<h1>Voters remove the mayor</h1>\n<p>{body}</p>\n<aside class=\"factbox\">\n{box}\n</aside>\n</article>\n"
        "</body></html>\n"
    )


#: (rule, article, file name) that the rule must report.
REPORTED = [
    # -- DAT006: "the 1998-born skipper" stands for the one person with an age named before it ----------
    ("DAT006", HEAD + "Keeper Oona Brandt, 31, saved twice.\n\nThe 2001-born keeper joined from Fenmouth as a teenager.", "t.txt"),
    ("DAT006", HEAD + "Oona Brandt, 31, saved twice. Asked why, the 2001-born keeper shrugged.", "t.txt"),
    ("DAT006", HEAD + "Oona Brandt, 31, saved twice.\n\nIs a 2001-born keeper ready for the final? The coach thinks so.", "t.txt"),
    ("DAT006", HEAD + "Oona Brandt, 31, saved twice.\n\nNot many goalkeepers are as calm as the 1985-born veteran, fans said.", "t.txt"),
    ("DAT006", HEAD + "Oona Brandt, 31, saved twice.\n\n- The 2001-born keeper signed a new deal in May.", "t.txt"),
    # -- DAT006: "Born: 1984" as a fact-box field, in text and in a box the HTML reader leaves out -------
    ("DAT006", HEAD + "Mayor Ana Okoro, 47, lost the vote.\n\nAna Okoro at a glance\n\nBorn: 1966, Lagos\n\nElected: 2018", "t.txt"),
    ("DAT006", HEAD + "Mayor Ana Okoro, 47, lost the vote.\n\nProfile: Ana Okoro\n- Born: March 3, 1966\n- Party: Green", "t.txt"),
    ("DAT006", HEAD + "Mayor Ana Okoro, 47, lost the vote.\n\nAna Okoro\n\n* Date of birth: 3 March 1966", "t.txt"),
    ("DAT006", _page("Mayor Ana Okoro, 47, lost the recall vote on Tuesday.", "<h3>Ana Okoro at a glance</h3>\n<ul>\n<li>Born: 1966, Lagos</li>\n<li>Elected: 2018</li>\n</ul>"), "p.html"),
    ("DAT006", _page("Mayor Ana Okoro, 47, lost the recall vote on Tuesday.", "<h3>Who's who</h3>\n<ul>\n<li>Ana Okoro (b. 1966), mayor since 2018</li>\n</ul>"), "p.html"),
    ("DAT006", _page("Mayor Ana Okoro, 47, lost the recall vote on Tuesday.", "<h3>Ana Okoro</h3>\n<p>Born: 12 May 1966</p>"), "p.html"),
    # -- DAT005: offices of several words, offices after a continuing verb, the story's own body -------
    ("DAT005", HEAD + "Rosa Tembe, the union's general secretary, spoke first.\n\nFormer general secretary Tembe then left.", "t.txt"),
    ("DAT005", HEAD + "Priya Nand, who remains finance director of the group, gave evidence.\n\nLater, former finance director Nand was recalled.", "t.txt"),
    ("DAT005", HEAD + "Chief information officer Marcus Delane leads the recovery.\n\nDelane, who stepped down as the trust's CIO last year, wrote to staff.", "t.txt"),
    ("DAT005", HEAD + "Former headteacher Alan Brisk, who retired in 2023, backed the plan.\n\nAt the meeting, Ridgeway headteacher Alan Brisk spoke.", "t.txt"),
    ("DAT005", HEAD + "Is former general secretary Tembe right? Rosa Tembe, the union's general secretary, thinks so.", "t.txt"),
    # -- DAT001: one beginning named by another word ("set up"), dated by a timeline line --------------
    ("DAT001", HEAD + "The launch is set.\n\nFounded in 2015 by two engineers, Skyreach employs 900 people.\n\nFor the startup, set up in 2019 in a hangar, a contract would matter.", "t.txt"),
    ("DAT001", HEAD + "Timeline\n\n1974 - The bridge opens to traffic.\n\n1990 - Tolls end.\n\nThe crossing, which has carried cars since it was completed in 1979, is sound.", "t.txt"),
    ("DAT001", HEAD + "Key dates\n\n- 2011: Museum opens in the old mill.\n\nThe museum, which was built in 2014, draws crowds.", "t.txt"),
    ("DAT001", HEAD + "Key dates\n\n**2015** — Company founded by two engineers.\n\nIts 2019 founding is celebrated each spring.", "t.txt"),
    ("DAT001", HEAD + "Cortel was founded in 2015. Was the startup, set up in 2019 by two friends, ever profitable?", "t.txt"),
    # -- DAT001: one event named by two words of one kind; the last of a kind ---------------------------
    ("DAT001", HEAD + "Hallam floated on the stock market in 2012.\n\nShares are at their lowest since the company's 2016 listing.", "t.txt"),
    ("DAT001", HEAD + "Hallam, which went public in 2012, fell.\n\nIs this the worst day since its 2016 flotation?", "t.txt"),
    ("DAT001", HEAD + "Rovers' last title came in 2009.\n\nThe drought dates back to the club's 2011 triumph, the manager said.", "t.txt"),
    ("DAT001", HEAD + "The port's last major stoppage, in 1998, lasted eleven days.\n\nDockers still talk about the 2001 walkout.", "t.txt"),
    ("DAT001", HEAD + "The Harriers' last championship came in 1997.\n\n\"The 1999 championship side came to practice,\" the coach said.", "t.txt"),
    ("DAT006", HEAD + "In 2022 the app was built by Priya Ostrander, 27, in her flat.\n\nOstrander, the 2001-born founder, still codes.", "t.txt"),
]

#: Look-alikes the rule must leave alone.
QUIET = [
    # the age fits the birth year
    ("DAT006", HEAD + "Oona Brandt, 31, saved twice.\n\nThe 1995-born keeper joined from Fenmouth as a teenager.", "t.txt"),
    # two people with ages named before it: whose it is stays open
    ("DAT006", HEAD + "Oona Brandt, 31, saved twice and Ida Roe, 22, scored.\n\nThe 2001-born keeper joined from Fenmouth.", "t.txt"),
    # the phrase qualifies a name of its own
    ("DAT006", HEAD + "Oona Brandt, 31, saved twice. The 2001-born striker Ida Roe scored.", "t.txt"),
    # nobody with an age before it
    ("DAT006", HEAD + "The 2001-born keeper saved twice. Oona Brandt, 31, scored.", "t.txt"),
    # a box's birth year that fits, and another person's box
    ("DAT006", _page("Mayor Ana Okoro, 60, lost the recall vote on Tuesday.", "<h3>Ana Okoro at a glance</h3>\n<ul>\n<li>Born: 1966, Lagos</li>\n</ul>"), "p.html"),
    ("DAT006", _page("Mayor Ana Okoro, 60, lost the recall vote on Tuesday.", "<h3>Ida Roe at a glance</h3>\n<ul>\n<li>Born: 1990</li>\n</ul>"), "p.html"),
    # an age that fits the year of its sentence, or now, or "then"
    ("DAT006", HEAD + "In 2022 the app was built by Priya Ostrander, 21, in her flat.\n\nOstrander, the 2001-born founder, still codes.", "t.txt"),
    ("DAT006", HEAD + "The app was built by Priya Ostrander, then 21, in her flat.\n\nOstrander, the 2001-born founder, still codes.", "t.txt"),
    ("DAT006", HEAD + "In 2022 the app was built by Priya Ostrander, 25, in her flat.\n\nOstrander, the 2001-born founder, still codes.", "t.txt"),
    # a different office of several words
    ("DAT005", HEAD + "Rosa Tembe, the union's general secretary, spoke first.\n\nFormer deputy general Tembe, her uncle, left.", "t.txt"),
    # another body's director
    ("DAT005", HEAD + "Priya Nand, who remains finance director of the group, gave evidence.\n\nFormer sales director Nand was recalled.", "t.txt"),
    # a former office of a named other body against a title with no owner
    ("DAT005", HEAD + "Chief information officer Marcus Delane leads the recovery.\n\nDelane, who stepped down as Fenwick's CIO last year, wrote to staff.", "t.txt"),
    # both former
    ("DAT005", HEAD + "Former headteacher Alan Brisk, who retired in 2023, backed the plan.\n\nBrisk, the school's former headteacher, spoke.", "t.txt"),
    ("DAT001", HEAD + "The launch is set.\n\nFounded in 2015 by two engineers, Skyreach employs 900 people.\n\nFor the startup, set up in 2016 in a hangar, a contract would matter.", "t.txt"),
    ("DAT001", HEAD + "Timeline\n\n1974 - The bridge opens to traffic.\n\nThe crossing, which has carried cars since it was completed in 1973, is sound.", "t.txt"),
    ("DAT001", HEAD + "Cortel was founded in 2015. The startup set up a fund in 2019 for staff.", "t.txt"),
    ("DAT001", HEAD + "Key dates\n\n- 2011: Museum opens in the old mill.\n- 2019: Cafe opens.\n\nThe ferry, which was built in 2014, still runs.", "t.txt"),
    # the same year
    ("DAT001", HEAD + "Hallam floated on the stock market in 2012.\n\nShares are at their lowest since the company's 2012 listing.", "t.txt"),
    # titles recur: a title won in one year and a triumph in another are two events
    ("DAT001", HEAD + "Rovers won the title in 2009.\n\nFans recall the club's 2011 triumph.", "t.txt"),
    # a label before the last one
    ("DAT001", HEAD + "Rovers' last title came in 2009.\n\nFans recall the club's 2005 triumph.", "t.txt"),
    # a qualifier tells two apart
    ("DAT001", HEAD + "Rovers' last title came in 2009.\n\nFans recall the club's 2011 youth title.", "t.txt"),
    # plural listings
    ("DAT001", HEAD + "Hallam floated in 2012. Its listings in Oslo and Paris followed; the 2016 listing was the larger.", "t.txt"),
    ("DAT006", HEAD + "Mayor Ana Okoro, 59, lost the vote.\n\nAna Okoro at a glance\n\nBorn: 1966, Lagos", "t.txt"),
]


@pytest.mark.parametrize(("code", "text", "name"), REPORTED)
def test_the_batch_15_shapes_are_reported(code: str, text: str, name: str) -> None:
    assert codes(text, code, name)


@pytest.mark.parametrize(("code", "text", "name"), QUIET)
def test_their_look_alikes_stay_quiet(code: str, text: str, name: str) -> None:
    assert not codes(text, code, name)
