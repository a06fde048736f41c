"""DAT002, DAT003, DAT005 and DAT006 after blind batch 16 (the story told in numbers): a dated moment with a
hedged count of years "back" or "ago" after it, "now in its Nth year" against the start its own sentence
gives, a period's length against the two years of its range, a weekday in brackets after a numeric date,
a meta line that gives the date and a desk, and a former title against a current one whose employer
follows "at"; and look-alikes that must stay clean."""

from __future__ import annotations

import pytest

from tests.test_dates_b15 import codes

HEAD = "DELLBY, Sept. 9, 2026 — "


def _page(meta: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html><head><title>Results</title></head><body>\n"
        f"<article>\n<h1>Quarterly numbers</h1>\n<p class=\"meta\">{meta}</p>\n<p>{body}</p>\n</article>\n"
        "</body></html>\n"
    )


#: (rule, article, file name) that the rule must report.
REPORTED = [
    # -- DAT002: a dated moment, then a hedged count of years "back" or "ago" that misses it ------------
    ("DAT002", HEAD + "Sales beat the plant's 2019 opening, a little over three years back, by a wide margin.", "t.txt"),
    ("DAT002", HEAD + "Rents have risen since the levy took effect in March 2024, almost four years ago.", "t.txt"),
    ("DAT002", HEAD + "Was the June 2023 merger, close to five years ago, a mistake? Analysts are split.", "t.txt"),
    ("DAT002", HEAD + "Key dates\n\n- Last revision: May 2024, nearly four years back\n- Next revision: 2027", "t.txt"),
    ("DAT002", HEAD + "The old stand (demolished in October 2022, almost six years back) is a car park now.", "t.txt"),
    # -- DAT002: "now in its Nth year" against the start its own sentence gives --------------------------
    ("DAT002", HEAD + "The festival, now in its eighth year, was first held in 2023 on the quay.", "t.txt"),
    ("DAT002", HEAD + "Now in its fifth year since the inaugural race was run in 2024, the event draws 900 riders.", "t.txt"),
    ("DAT002", HEAD + "Is the survey, now in its tenth year since it was first published in 2022, still useful?", "t.txt"),
    ("DAT002", HEAD + "Methodology\n\n- The ranking (now in its seventh year) was originally compiled in 2024.", "t.txt"),
    ("DAT002", HEAD + "The award, which was first given in 2024, is now in its ninth year.", "t.txt"),
    # -- DAT002: a period's length against the two years of its range ------------------------------------
    ("DAT002", HEAD + "The board adopted the seven-year plan from 2020 to 2024 without debate.", "t.txt"),
    ("DAT002", HEAD + "Results came from a three-year trial running from 2018 to 2025 in four clinics.", "t.txt"),
    ("DAT002", HEAD + "Was the ten-year programme between 2010 and 2015 value for money? The audit says no.", "t.txt"),
    ("DAT002", HEAD + "Sources\n\n- A 12-year series covering 2001 to 2020, national statistics office", "t.txt"),
    ("DAT002", HEAD + "The chart (a two-decade span from 1990 to 2000) shows the fall.", "t.txt"),
    # -- DAT003: a weekday in brackets after a numeric date ----------------------------------------------
    ("DAT003", HEAD + "Source: transport ministry, figures released 03/07/2026 (Thu).", "t.txt"),
    ("DAT003", HEAD + "The index was last published on 2026-09-08 (Wed), a day late.", "t.txt"),
    ("DAT003", HEAD + "| Release | Date |\n|---|---|\n| Q2 | 14.05.2026 (Fri) |", "t.txt"),
    ("DAT003", HEAD + "Was the update (out 27/08/2026 (Wed)) ever corrected?", "t.txt"),
    ("DAT003", HEAD + "Next figures: 11/02/2026 (Tuesday), the office says.", "t.txt"),
    # -- DAT006: a meta line that gives the date and the desk dates the article --------------------------
    ("DAT006", _page("Friday, 4 September 2026 &middot; Metro Desk", "Ana Okoro, 31, who was born in 1990, runs the fund."), "p.html"),
    ("DAT006", _page("4 September 2026 | Sports Desk", "Striker Ana Okoro, 31, was born in 1990 in Lagos."), "p.html"),
    ("DAT006", _page("September 4, 2026 — Data Team", "The 31-year-old, who was born in Lagos in March 1990, signed."), "p.html"),
    ("DAT006", "Friday, 4 September 2026 · Markets & Economy Desk\n\nAna Okoro, 31, who was born in 1990, runs the fund.\n", "t.txt"),
    ("DAT006", "Election results\n\n4 September 2026 · Politics Desk\n\nIs Ana Okoro, 31, who was born in 1990, the youngest?\n", "t.txt"),
    # -- DAT005: a former title with an employer against a current one whose employer follows "at" ------
    ("DAT005", HEAD + "Elena Ruiz, chief economist at the lender Harbour Mutual, expects cuts.\n\nFormer Harbour Mutual chief economist Elena Ruiz added a caveat.", "t.txt"),
    ("DAT005", HEAD + "Prices rose, said Jon Pell, chief executive at Arden Foods.\n\nFormer Arden Foods chief executive Jon Pell also warned on costs.", "t.txt"),
    ("DAT005", HEAD + "Is former Arden Foods economist Jon Pell right? Jon Pell, economist at Arden Foods, thinks so.", "t.txt"),
    ("DAT005", HEAD + "Panel\n\n- Jon Pell, director at Arden Foods\n- Former Arden Foods director Jon Pell (chair)", "t.txt"),
    ("DAT005", HEAD + "Costs eased, said Mia Holt, chief economist at Brook Bank.\n\n(Former Brook Bank chief economist Mia Holt spoke later.)", "t.txt"),
]

#: Look-alikes the rule must leave alone.
QUIET = [
    # hedged counts that fit; a moment after the article's date
    ("DAT002", HEAD + "Rents have risen since the levy took effect in March 2024, almost three years ago.", "t.txt"),
    ("DAT002", HEAD + "Sales beat the plant's 2019 opening, some seven years back, by a wide margin.", "t.txt"),
    ("DAT002", HEAD + "The council moved its 2028 deadline two years back after the flood.", "t.txt"),
    ("DAT002", HEAD + "The levy took effect in January 2023, almost four years ago.", "t.txt"),
    # ordinals that fit their start, or whose start the sentence does not mark
    ("DAT002", HEAD + "The festival, now in its fourth year, was first held in 2023 on the quay.", "t.txt"),
    ("DAT002", HEAD + "The fair, now in its third year, drew a record crowd in 2025.", "t.txt"),
    ("DAT002", HEAD + "The league, now in its second year since it first expanded in 2025, adds two teams.", "t.txt"),
    ("DAT002", HEAD + "The survey was in its sixth year when it was first published online in 2023.", "t.txt"),
    ("DAT002", HEAD + "\"The festival, now in its eighth year, was first held in 2023,\" the poster claims.", "t.txt"),
    # lengths that fit their range, counted either way; hedged lengths; other hyphenated words
    ("DAT002", HEAD + "The board adopted the five-year plan from 2021 to 2025 without debate.", "t.txt"),
    ("DAT002", HEAD + "The board adopted the five-year plan from 2021 to 2026 without debate.", "t.txt"),
    ("DAT002", HEAD + "It was a nearly nine-year stretch from 2019 to 2025 of flat wages.", "t.txt"),
    ("DAT002", HEAD + "The 30-year mortgage running from 2020 to 2050 is fixed.", "t.txt"),
    ("DAT002", HEAD + "Yields hit a 10-year low, from 2014 to 2024 the lowest, the bank said.", "t.txt"),
    # weekdays in brackets that match the date
    ("DAT003", HEAD + "Source: transport ministry, figures released 03/07/2026 (Fri).", "t.txt"),
    ("DAT003", HEAD + "The index was last published on 2026-09-08 (Tue), a day late.", "t.txt"),
    ("DAT003", HEAD + "| Release | Date |\n|---|---|\n| Q2 | 14.05.2026 (Thu) |", "t.txt"),
    # a meta line with an age that fits
    ("DAT006", _page("Friday, 4 September 2026 &middot; Metro Desk", "Ana Okoro, 36, who was born in 1990, runs the fund."), "p.html"),
    ("DAT006", "Friday, 4 September 2026 · Metro Desk\n\nAna Okoro, 36, who was born in 1990, runs the fund.\n", "t.txt"),
    # another employer; both former; a different office
    ("DAT005", HEAD + "Elena Ruiz, chief economist at the lender Harbour Mutual, expects cuts.\n\nFormer Capitol Bank chief economist Elena Ruiz added a caveat.", "t.txt"),
    ("DAT005", HEAD + "Jon Pell, former chief executive at Arden Foods, spoke.\n\nFormer Arden Foods chief executive Jon Pell also warned.", "t.txt"),
    ("DAT005", HEAD + "Jon Pell, director at Arden Foods, spoke.\n\nFormer Arden Foods chairman Jon Pell also warned.", "t.txt"),
]


@pytest.mark.parametrize(("code", "text", "name"), REPORTED)
def test_the_batch_16_shapes_are_reported(code: str, text: str, name: str) -> None:
    assert codes(text, code, name)


@pytest.mark.parametrize(("code", "text", "name"), QUIET)
def test_their_look_alikes_stay_quiet(code: str, text: str, name: str) -> None:
    assert not codes(text, code, name)
