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


# -- DAT006: "the 1998-born skipper" stands for the one person with an age named before it ----------
@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Keeper Oona Brandt, 31, saved twice.\n\nThe 2001-born keeper joined from Fenmouth as a teenager.",
        HEAD + "Oona Brandt, 31, saved twice. Asked why, the 2001-born keeper shrugged.",
        HEAD + "Oona Brandt, 31, saved twice.\n\nIs a 2001-born keeper ready for the final? The coach thinks so.",
        HEAD + "Oona Brandt, 31, saved twice.\n\nNot many goalkeepers are as calm as the 1985-born veteran, fans said.",
        HEAD + "Oona Brandt, 31, saved twice.\n\n- The 2001-born keeper signed a new deal in May.",
    ],
)
def test_a_birth_year_standing_for_the_person_with_an_age_contradicts_it(text: str) -> None:
    assert codes(text, "DAT006")


@pytest.mark.parametrize(
    "text",
    [
        # the age fits the birth year
        HEAD + "Oona Brandt, 31, saved twice.\n\nThe 1995-born keeper joined from Fenmouth as a teenager.",
        # two people with ages named before it: whose it is stays open
        HEAD + "Oona Brandt, 31, saved twice and Ida Roe, 22, scored.\n\nThe 2001-born keeper joined from Fenmouth.",
        # the phrase qualifies a name of its own
        HEAD + "Oona Brandt, 31, saved twice. The 2001-born striker Ida Roe scored.",
        # nobody with an age before it
        HEAD + "The 2001-born keeper saved twice. Oona Brandt, 31, scored.",
    ],
)
def test_a_birth_year_adjective_that_stands_for_no_one_with_a_contradicting_age_is_quiet(text: str) -> None:
    assert not codes(text, "DAT006")


# -- DAT006: "Born: 1984" as a fact-box field, in text and in a box the HTML reader leaves out -------
@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Mayor Ana Okoro, 47, lost the vote.\n\nAna Okoro at a glance\n\nBorn: 1966, Lagos\n\nElected: 2018",
        HEAD + "Mayor Ana Okoro, 47, lost the vote.\n\nProfile: Ana Okoro\n- Born: March 3, 1966\n- Party: Green",
        HEAD + "Mayor Ana Okoro, 47, lost the vote.\n\nAna Okoro\n\n* Date of birth: 3 March 1966",
    ],
)
def test_a_birth_field_under_a_name_contradicts_its_age(text: str) -> None:
    assert codes(text, "DAT006")


def test_a_birth_field_of_a_box_that_fits_is_quiet() -> None:
    assert not codes(HEAD + "Mayor Ana Okoro, 59, lost the vote.\n\nAna Okoro at a glance\n\nBorn: 1966, Lagos", "DAT006")


def _page(body: str, box: str) -> str:
    return (
        "<!DOCTYPE html>\n<html><head><title>Recall</title><meta name=\"date\" content=\"2026-06-04\"></head><body>\n"
        f"<article>\n<h1>Voters remove the mayor</h1>\n<p>{body}</p>\n<aside class=\"factbox\">\n{box}\n</aside>\n</article>\n"
        "</body></html>\n"
    )


@pytest.mark.parametrize(
    "box",
    [
        "<h3>Ana Okoro at a glance</h3>\n<ul>\n<li>Born: 1966, Lagos</li>\n<li>Elected: 2018</li>\n</ul>",
        "<h3>Who's who</h3>\n<ul>\n<li>Ana Okoro (b. 1966), mayor since 2018</li>\n</ul>",
        "<h3>Ana Okoro</h3>\n<p>Born: 12 May 1966</p>",
    ],
)
def test_a_birth_year_in_a_box_the_reader_leaves_out_contradicts_the_story(box: str) -> None:
    assert codes(_page("Mayor Ana Okoro, 47, lost the recall vote on Tuesday.", box), "DAT006", "p.html")


@pytest.mark.parametrize(
    "box",
    [
        "<h3>Ana Okoro at a glance</h3>\n<ul>\n<li>Born: 1966, Lagos</li>\n</ul>",  # 59 or 60 in 2026: fits
        "<h3>Ida Roe at a glance</h3>\n<ul>\n<li>Born: 1990</li>\n</ul>",  # another person's box
    ],
)
def test_a_box_birth_year_that_fits_or_is_another_persons_is_quiet(box: str) -> None:
    assert not codes(_page("Mayor Ana Okoro, 60, lost the recall vote on Tuesday.", box), "DAT006", "p.html")


# -- DAT006: an age in a sentence set in a year is checked against that year too -------------------
def test_an_age_that_fits_neither_the_year_of_its_sentence_nor_now_is_reported() -> None:
    assert codes(HEAD + "In 2022 the app was built by Priya Ostrander, 27, in her flat.\n\nOstrander, the 2001-born founder, still codes.", "DAT006")


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "In 2022 the app was built by Priya Ostrander, 21, in her flat.\n\nOstrander, the 2001-born founder, still codes.",
        HEAD + "The app was built by Priya Ostrander, then 21, in her flat.\n\nOstrander, the 2001-born founder, still codes.",
        HEAD + "In 2022 the app was built by Priya Ostrander, 25, in her flat.\n\nOstrander, the 2001-born founder, still codes.",
    ],
)
def test_an_age_that_fits_its_own_year_or_now_or_an_unnamed_then_is_quiet(text: str) -> None:
    assert not codes(text, "DAT006")


# -- DAT005: offices of several words, offices after a continuing verb, the story's own body -------
@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Rosa Tembe, the union's general secretary, spoke first.\n\nFormer general secretary Tembe then left.",
        HEAD + "Priya Nand, who remains finance director of the group, gave evidence.\n\nLater, former finance director Nand was recalled.",
        HEAD + "Chief information officer Marcus Delane leads the recovery.\n\nDelane, who stepped down as the trust's CIO last year, wrote to staff.",
        HEAD + "Former headteacher Alan Brisk, who retired in 2023, backed the plan.\n\nAt the meeting, Ridgeway headteacher Alan Brisk spoke.",
        HEAD + "Is former general secretary Tembe right? Rosa Tembe, the union's general secretary, thinks so.",
    ],
)
def test_a_current_and_a_former_title_of_one_person_are_reported(text: str) -> None:
    assert codes(text, "DAT005")


@pytest.mark.parametrize(
    "text",
    [
        # a different office of several words
        HEAD + "Rosa Tembe, the union's general secretary, spoke first.\n\nFormer deputy general Tembe, her uncle, left.",
        # another body's director
        HEAD + "Priya Nand, who remains finance director of the group, gave evidence.\n\nFormer sales director Nand was recalled.",
        # a former office of a named other body against a title with no owner
        HEAD + "Chief information officer Marcus Delane leads the recovery.\n\nDelane, who stepped down as Fenwick's CIO last year, wrote to staff.",
        # both former
        HEAD + "Former headteacher Alan Brisk, who retired in 2023, backed the plan.\n\nBrisk, the school's former headteacher, spoke.",
    ],
)
def test_titles_that_can_both_hold_are_quiet(text: str) -> None:
    assert not codes(text, "DAT005")


# -- DAT001: one beginning named by another word ("set up"), dated by a timeline line --------------
@pytest.mark.parametrize(
    "text",
    [
        HEAD + "The launch is set.\n\nFounded in 2015 by two engineers, Skyreach employs 900 people.\n\nFor the startup, set up in 2019 in a hangar, a contract would matter.",
        HEAD + "Timeline\n\n1974 - The bridge opens to traffic.\n\n1990 - Tolls end.\n\nThe crossing, which has carried cars since it was completed in 1979, is sound.",
        HEAD + "Key dates\n\n- 2011: Museum opens in the old mill.\n\nThe museum, which was built in 2014, draws crowds.",
        HEAD + "Key dates\n\n**2015** — Company founded by two engineers.\n\nIts 2019 founding is celebrated each spring.",
        HEAD + "Cortel was founded in 2015. Was the startup, set up in 2019 by two friends, ever profitable?",
    ],
)
def test_one_beginning_named_by_two_words_is_reported(text: str) -> None:
    assert codes(text, "DAT001")


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "The launch is set.\n\nFounded in 2015 by two engineers, Skyreach employs 900 people.\n\nFor the startup, set up in 2016 in a hangar, a contract would matter.",
        HEAD + "Timeline\n\n1974 - The bridge opens to traffic.\n\nThe crossing, which has carried cars since it was completed in 1973, is sound.",
        HEAD + "Cortel was founded in 2015. The startup set up a fund in 2019 for staff.",
        HEAD + "Key dates\n\n- 2011: Museum opens in the old mill.\n- 2019: Cafe opens.\n\nThe ferry, which was built in 2014, still runs.",
    ],
)
def test_beginnings_that_fit_or_are_of_other_things_are_quiet(text: str) -> None:
    assert not codes(text, "DAT001")


# -- DAT001: one event named by two words of one kind; the last of a kind ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Hallam floated on the stock market in 2012.\n\nShares are at their lowest since the company's 2016 listing.",
        HEAD + "Hallam, which went public in 2012, fell.\n\nIs this the worst day since its 2016 flotation?",
        HEAD + "Rovers' last title came in 2009.\n\nThe drought dates back to the club's 2011 triumph, the manager said.",
        HEAD + "The port's last major stoppage, in 1998, lasted eleven days.\n\nDockers still talk about the 2001 walkout.",
        HEAD + "The Harriers' last championship came in 1997.\n\n\"The 1999 championship side came to practice,\" the coach said.",
    ],
)
def test_one_event_named_by_two_words_of_a_kind_is_reported(text: str) -> None:
    assert codes(text, "DAT001")


@pytest.mark.parametrize(
    "text",
    [
        # the same year
        HEAD + "Hallam floated on the stock market in 2012.\n\nShares are at their lowest since the company's 2012 listing.",
        # titles recur: a title won in one year and a triumph in another are two events
        HEAD + "Rovers won the title in 2009.\n\nFans recall the club's 2011 triumph.",
        # a label before the last one
        HEAD + "Rovers' last title came in 2009.\n\nFans recall the club's 2005 triumph.",
        # a qualifier tells two apart
        HEAD + "Rovers' last title came in 2009.\n\nFans recall the club's 2011 youth title.",
        # plural listings
        HEAD + "Hallam floated in 2012. Its listings in Oslo and Paris followed; the 2016 listing was the larger.",
    ],
)
def test_events_of_a_kind_that_can_differ_are_quiet(text: str) -> None:
    assert not codes(text, "DAT001")
