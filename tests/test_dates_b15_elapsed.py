"""DAT002 after blind batch 15: counts of time whose two ends the article dates (lint/timeline_spans.py) --
"N ago" after the moment it lands on, "N on," after a dated sentence, "N before" a past happening, "has
lasted N" after "since <date>", an ordinal week said of now, and a time up to now from a dated beginning --
with look-alikes that must stay clean."""

from __future__ import annotations

import pytest

from lint.document import build_document
from lint.engine import LintSettings, lint_document
from lint.loader import make_document
from lint.context import Context
from lint.rulepack import load_pack
from tests.conftest import ROOT

RULES = tuple(r for r in load_pack(ROOT / "rules" / "dates.toml") if r.code == "DAT002")


def dat002(text: str, name: str = "t.md") -> list[int]:
    """The lines DAT002 flags in an article (Markdown with front matter unless the name says otherwise)."""
    if name.endswith(".html"):
        doc = make_document(name, text.encode())
    else:
        doc = build_document(name, text, "markdown" if name.endswith(".md") else "text")  # type: ignore[arg-type]
    return [f.line for f in lint_document(doc, LintSettings(rules=RULES, context=Context(as_of=None))).findings]


def md(date: str, *paras: str) -> str:
    body = "\n\n".join(paras)
    return f"---\ntitle: Test\ndate: {date}\n---\n\n{body}\n"


def lines_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


# -- "N ago" after the moment it lands on ------------------------------------------------------
@pytest.mark.parametrize(
    "para",
    [
        "The last flood of the lower town was the 2012 surge, more than twenty years ago.",
        "Nobody has forgotten the blackout of March 2023 (some six years ago), when the grid failed.",
        "Was the 2015 merger, nearly three decades ago, the real start of the decline?",
        "- The 2019 fire at the depot — more than a decade ago — is still under review.",
        '"The mill closed in 2021, a good fifteen years ago," the plaque reads.\n\nThe plaque dates the closure in 2021, a good fifteen years ago.',
    ],
)
def test_ago_after_a_dated_moment_fires(para: str) -> None:
    text = md("2026-03-10", "Intro line for the story.", para)
    assert lines_of(text, para.splitlines()[-1][:30]) in dat002(text)


@pytest.mark.parametrize(
    "para",
    [
        "The last flood of the lower town was the 2012 surge, more than a decade ago.",
        "Nobody has forgotten the blackout of March 2023, some three years ago.",
        "The 2015 merger came after a vote in 2014, and the plant shut two years ago.",
        "House sales were the highest since 2019, and up from 22 a year ago.",
        "The pitch flooded in 1979 and again after a storm that left it under water a decade ago.",
        '"The 2012 surge, more than twenty years ago, was the worst," she said.',
    ],
)
def test_ago_that_fits_or_belongs_elsewhere_stays_clean(para: str) -> None:
    assert dat002(md("2026-03-10", "Intro line for the story.", para)) == []


# -- "N on," / "N later," after a sentence that dates a day ------------------------------------
@pytest.mark.parametrize(
    "paras",
    [
        ("The pumps failed on Monday, March 2.", "Three weeks on, the estate is still without water."),
        ("The storm hit the coast on 28 February.", "Two months later, crews are still clearing the beach road."),
        ("Hackers locked the council's systems on March 1.", "Twenty days on, what does the council still not know?"),
        ("The dam gave way on Sunday, 1 March 2026.", "- Five weeks on, 40 homes remain empty."),
        ("The ferry ran aground on March 3.", "Nearly a month on, the hull is still on the sandbar."),
    ],
)
def test_count_on_from_the_dated_sentence_before_fires(paras: tuple[str, str]) -> None:
    text = md("2026-03-10", *paras)
    assert lines_of(text, paras[1][:25]) in dat002(text)


@pytest.mark.parametrize(
    "paras",
    [
        ("The pumps failed on Monday, March 2.", "A week on, the estate is still without water."),
        ("The storm hit the coast on 28 February.", "Ten days later, crews are still clearing the beach road."),
        ("The storm hit in 2021.", "Three months later, crews are still clearing the beach road."),
        ("The pumps failed on March 2 and again on March 5.", "Ten days on, the estate is still without water."),
        ("The pumps failed on Monday, March 2.", "Three weeks on, the estate will still be without water, engineers warn."),
    ],
)
def test_count_on_that_fits_or_has_no_single_day_stays_clean(paras: tuple[str, str]) -> None:
    assert dat002(md("2026-03-10", *paras)) == []


# -- "N before" a happening told in the past --------------------------------------------------
@pytest.mark.parametrize(
    "para",
    [
        "Okafor was arrested in October 2025, nearly three years before the case was thrown out.",
        "The company was warned in January, some eight months before the plant was closed.",
        "(The loan was agreed in 2025, a full four years before it was repaid.)",
        "Was the site sold in 2024, more than five years before the council had noticed?",
        "- Listed in March 2025, a decade before the shares were suspended",
    ],
)
def test_before_a_past_happening_that_cannot_follow_the_article_fires(para: str) -> None:
    text = md("2026-03-10", "Intro line for the story.", para)
    assert lines_of(text, para[:25]) in dat002(text)


@pytest.mark.parametrize(
    "para",
    [
        "Okafor was arrested in October 2025, nearly five months before the case was thrown out.",
        "The company was warned in January 2025, some eight months before the vote.",
        "The loan was agreed in 2025, a full four years before it will be repaid.",
        "The site was sold in 2010, more than five years before the council noticed.",
    ],
)
def test_before_that_fits_or_ends_in_the_future_stays_clean(para: str) -> None:
    assert dat002(md("2026-03-10", "Intro line for the story.", para)) == []


# -- "has lasted N" after "since <date>" ------------------------------------------------------
@pytest.mark.parametrize(
    "paras",
    [
        ("The tunnel has been shut since 12 February.", "The closure has now lasted more than two months."),
        ("Talks have been stalled since 1 February.", "Heavy rain did not help.", "The deadlock has lasted nearly three months."),
        ("The line has been dark since February 20.", "Has the outage really lasted six weeks?"),
        ("The pool has been closed since 3 February.", "- The shutdown has gone on for more than a year"),
        ("The road has been blocked since 25 February.", "The blockade, residents say, has already run for a month."),
    ],
)
def test_lasted_after_since_a_date_fires(paras: tuple[str, ...]) -> None:
    text = md("2026-03-10", *paras)
    assert lines_of(text, paras[-1][:20]) in dat002(text)


@pytest.mark.parametrize(
    "paras",
    [
        ("The tunnel has been shut since 12 January.", "The closure has now lasted nearly two months."),
        ("The tunnel shut on 12 February.", "The closure has now lasted more than two months."),
        ("The tunnel has been shut since 12 February and the bridge since 1 March.", "The closure has lasted two months."),
        ("The tunnel has been shut since 1 February.", "The closure will have lasted three months by May."),
    ],
)
def test_lasted_that_fits_or_has_no_since_stays_clean(paras: tuple[str, ...]) -> None:
    assert dat002(md("2026-03-10", *paras)) == []


# -- an ordinal week, month or day said of now -------------------------------------------------
@pytest.mark.parametrize(
    "para",
    [
        "The stoppage, which began on 24 February, is now entering its sixth week.",
        "Begun on March 1, the hunger strike is in its third week.",
        "Is the sit-in, started on 2 March, really now in its fourth week?",
        "- Work-to-rule (from 20 February): is now in its third month",
        "The vigil that opened on March 6 is now in its tenth day.",
    ],
)
def test_ordinal_week_said_of_now_fires(para: str) -> None:
    text = md("2026-03-10", "Intro line for the story.", para)
    assert lines_of(text, para[:20]) in dat002(text)


@pytest.mark.parametrize(
    "para",
    [
        "The stoppage, which began on 24 February, is now entering its third week.",
        "The hunger strike, begun on March 1, was in its third week when talks began.",
        "The strike that began on 3 March and the lockout of 20 February are in their second week.",
        "The vigil is now in its tenth day.",
    ],
)
def test_ordinal_week_that_fits_or_is_not_dated_stays_clean(para: str) -> None:
    assert dat002(md("2026-03-10", "Intro line for the story.", para)) == []


# -- a time up to now from a beginning its own sentence dates ----------------------------------
@pytest.mark.parametrize(
    "para",
    [
        "The ferry, which entered service in 2006, has given islanders more than forty years of crossings.",
        "Founded in 2010, the choir has now sung for three decades.",
        "A remarkable twelve years have passed since the pool was opened in 2019.",
        "The deli opened in 2008, and its owner says almost thirty years of early starts are enough.",
        "The team has played at Hollins Field for 90 years, ever since leaving the old ground in 1966.",
    ],
)
def test_time_to_now_longer_than_its_dated_beginning_allows_fires(para: str) -> None:
    text = md("2026-03-10", "Intro line for the story.", para)
    assert lines_of(text, para[:20]) in dat002(text)


@pytest.mark.parametrize(
    "para",
    [
        "The ferry, which entered service in 2006, has given islanders twenty years of crossings.",
        "Founded in 2010, the choir has members with thirty years of experience.",
        "Lind has run the firm since 2016 and previously spent two decades at a rival.",
        "Since the 2019 launch, the probe has fuel left for at least twelve years of work.",
        "Mira, who has translated for 20 years, said her income had fallen since 2022.",
        "The deli opened in 2008 and will stay open for another thirty years, its owner says.",
        "The bridge, opened in 2006, is expected to last for more than forty years.",
    ],
)
def test_time_to_now_that_fits_or_counts_something_else_stays_clean(para: str) -> None:
    assert dat002(md("2026-03-10", "Intro line for the story.", para)) == []


def test_an_article_without_a_date_of_its_own_is_left_alone() -> None:
    text = "Intro line.\n\nThe last flood was the 2012 surge, more than twenty years ago.\n"
    assert dat002(text, "t.txt") == []


def test_html_timestamp_gives_the_article_date() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Quay</title></head><body><article><h1>Quay</h1>"
        '<p class="meta"><time datetime="2026-03-10">10 March 2026</time></p>'
        "<p>The quay wall gave way on 1 March 2026, flooding six shops.</p>"
        "<p>Six weeks on, the shops are still shut.</p></article></body></html>\n"
    )
    assert dat002(page, "t.html")


# -- an ordinal or named season after a dated beginning ----------------------------------------
@pytest.mark.parametrize(
    "paras",
    [
        ("Coach Ines Obi was hired in the summer of 2024.", "The cup crowns a fine fifth season for Obi."),
        ("The club, founded in 1919, won the cup.", "Fans call it the perfect centenary season."),
        ("Founded in 2023, the league lost two teams.", "Is its fifth season the last one?"),
        ("Obi, appointed in 2025, has a young squad; this is her third season at the club.",),
        ("- Club formed: 1931", "- Now playing its centenary season"),
    ],
)
def test_season_count_after_a_dated_beginning_fires(paras: tuple[str, ...]) -> None:
    text = md("2026-07-19", *paras)
    assert lines_of(text, paras[-1][:20]) in dat002(text)


@pytest.mark.parametrize(
    "paras",
    [
        ("Coach Ines Obi was hired in the summer of 2024.", "The cup crowns a fine second season for Obi."),
        ("The club, founded in 1926, won the cup.", "Fans call it the perfect centenary season."),
        ("Obi, appointed in 2025, is in her twelfth season as a head coach.",),
        ("Founded in 2023, the league will play its fourth season in 2027.",),
        ("The Larch Lane ground opened in 2024.", "Now in his ninth season at the club, Reyes is content."),
        ("The Larch Lane ground opened in 2024.", "It was a fine ninth season for Reyes."),
    ],
)
def test_season_count_that_fits_or_counts_a_career_stays_clean(paras: tuple[str, ...]) -> None:
    assert dat002(md("2026-07-19", *paras)) == []
