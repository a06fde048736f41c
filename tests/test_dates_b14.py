"""DAT007 after blind batch 14: anchors it used to miss (a dateline paragraph nested in a page's markup, a
year-on-year comparison that names the month, a schedule's month-and-day labels), and look-alikes that
still have no anchor."""

from __future__ import annotations

import pytest

from lint.document import build_document
from lint.engine import LintSettings, lint_document
from lint.loader import make_document
from lint.context import Context
from lint.rulepack import load_pack
from tests.conftest import ROOT

RULES = tuple(r for r in load_pack(ROOT / "rules" / "dates.toml") if r.code == "DAT007")


def dat007(text: str, name: str = "t.txt") -> int:
    doc = make_document(name, text.encode()) if name.endswith(".html") else build_document(name, text, None)  # type: ignore[arg-type]
    return len(lint_document(doc, LintSettings(rules=RULES, context=Context(as_of=None))).findings)


def page(*paras: str) -> str:
    body = "\n".join(f"    <p>{p}</p>" for p in paras)
    return (
        "<!DOCTYPE html>\n<html><head><title>Ferry halted</title></head><body>\n<article>\n  <h1>Ferry halted</h1>\n"
        '  <figure>\n    <img src="a.jpg" alt="A ferry">\n    <figcaption>The ferry at its berth.</figcaption>\n  </figure>\n'
        f"{body}\n</article>\n</body></html>\n"
    )


# -- a dateline paragraph that opens after indentation -----------------------------------------
@pytest.mark.parametrize(
    "lead",
    [
        "MARLOW, Norland, Oct 9 - The ferry stopped running yesterday, the owners said.",
        "HAVERTON, Norland - Crews will return next week, the council said.",
        "KESTEN, Vale, Sept. 3 — The hull check, which began last week, is over.",
        "DUNMARE (Coast Wire) - Was the ferry stopped last month? The owners say so.",
        "PORT ELLIN, Norland, Nov 2 - Riders, not the owners, asked for the stop last week.",
    ],
)
def test_indented_dateline_anchors(lead: str) -> None:
    assert dat007(page(lead, "The owners gave no other reason."), "t.html") == 0


@pytest.mark.parametrize(
    "lead",
    [
        "The ferry stopped running yesterday, the owners said.",
        "Crews will return next week, the council said, after MARLOW - a town - voted.",
    ],
)
def test_no_dateline_in_page_still_reported(lead: str) -> None:
    assert dat007(page(lead, "The owners gave no other reason."), "t.html") == 1


# -- a year-on-year comparison names the month ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The shop sold 900 pies last month, against 300 in March last year.",
        "Sales last month (up from 40 in June a year earlier) set a record.",
        "Did riders return this month? Fewer than in August of last year, the owners said.",
        "The ferry carried 2,000 people last month, not the 5,000 of July the previous year.",
        "- Takings last month: double those of December a year ago",
    ],
)
def test_month_a_year_back_places_relative_month(text: str) -> None:
    assert dat007("Ferry figures\n\n" + text + "\n") == 0


@pytest.mark.parametrize(
    "text",
    [
        "The shop sold 900 pies last month, more than at any time last year.",
        "The shop sold 900 pies last month. In March last year it sold 300.",
        "Sales rose last month after a slump in March, the owners said.",
    ],
)
def test_month_without_year_back_still_reported(text: str) -> None:
    assert dat007("Ferry figures\n\n" + text + "\n") == 1


# -- a month and day before a colon is a date ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Schedule\n\n- March 3: Work begins.\n- This week: Night closures.\n",
        "Schedule\n\n**Sept. 14:** hull check. Crews return next week.\n",
        "Timeline\n\nApril 2: the board voted; the crews came last week.\n",
        "Timeline\n\n| When | What |\n| --- | --- |\n| June 9: | vote |\n| Last week | crews |\n",
        "Timeline\n\n(Oct. 30: vote.) Crews came over the weekend.\n",
    ],
)
def test_month_day_label_anchors(text: str) -> None:
    assert dat007(text, "t.md") == 0


@pytest.mark.parametrize(
    "text",
    [
        "Times\n\nThe ferry leaves at 14:30 daily and stopped last week.\n",
        "Times\n\nIn May 14:30 departures were cut; crews came last week.\n",
    ],
)
def test_clock_time_is_no_date(text: str) -> None:
    assert dat007(text, "t.md") == 1


# -- DAT004: a day past the month's end with a comma and a year, whatever comes before ----------
DAT004 = tuple(r for r in load_pack(ROOT / "rules" / "dates.toml") if r.code == "DAT004")


def dat004(text: str) -> int:
    doc = build_document("t.txt", text, None)  # type: ignore[arg-type]
    return len(lint_document(doc, LintSettings(rules=DAT004, context=Context(as_of=None))).findings)


@pytest.mark.parametrize(
    "text",
    [
        "The hearing is set for January 33, 2026, the court said.",
        "The ballot (planned for April 34, 2026) was put off.",
        "Was the sale really closed by June 35, 2025?",
        "- Deadline: October 32, 2026",
        "The levy, due after May 34, 2025, was never paid.",
    ],
)
def test_day_past_month_end_with_year(text: str) -> None:
    assert dat004(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "In May 40, 2025 residents moved out of the tower.",
        "In March 32 people were hurt, 2025 figures show.",
        "The hearing is set for January 31, 2026, the court said.",
    ],
)
def test_counts_after_month_stay_clean(text: str) -> None:
    assert dat004(text) == 0
