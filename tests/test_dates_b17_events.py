"""DAT001, DAT005 and DAT008 after blind batch 17 (the story told through people): a career timeline's line
against the story's own sentence on the same step, one person's taking of one office given two years, an office that its own sentence calls former and then
says is still held (or calls current and says was left), and the future tense for a date the article's own
date has passed; and look-alikes that must stay clean."""

from __future__ import annotations

import pytest

from tests.test_dates_b15 import codes

HEAD = "ARDEN, May 4, 2026 — "
LATE = "LANWICK, 24 October 2025 — "


def _page(body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html><head><title>Profile</title><meta name=\"date\" content=\"2026-05-04\"></head><body>\n"
        f"<article>\n<h1>A life in the harbour trade</h1>\n<p>{body}</p>\n</article>\n</body></html>\n"
    )


BIO = "ARDEN, May 4, 2026\n\n"

#: (rule, article, file name) that the rule must report.
REPORTED = [
    # -- DAT001: a career timeline's line against the story's sentence on the same step -----------------
    ("DAT001", BIO + "In 1996 she moved to the Harbour Courier as a reporter.\n\nTimeline\n\n- **1994** — Joins the Harbour Courier as a reporter\n- **2003** — Named editor", "t.md"),
    ("DAT001", BIO + "She married the fiddler Ian Roe in 1964 in Galway, and they toured through the 1970s.\n\nKey dates\n1967: Marries fiddler Ian Roe", "t.txt"),
    ("DAT001", BIO + "Career\n\n* 2011 - Founds Tarn Foods in a garage\n\nObi founded Tarn Foods in 2013 with a loan from her aunt.", "t.md"),
    ("DAT001", _page("Ruiz graduated from Holm University in 1988.</p><ul><li>1990: Graduates from Holm University</li></ul><p>She lives in Arden."), "p.html"),
    # -- DAT001: one person's taking of one office given two years --------------------------------------
    ("DAT001", HEAD + "Obi, who took over as chief executive of Tarn Foods in April 2021, spoke first. Since becoming CEO in 2022, she said, she had doubled the staff.", "t.txt"),
    ("DAT001", BIO + "She has captained the Rovers since 2024.\n\n[Photo: Obi at the ground, where she was named the side's captain in 2023.]", "t.txt"),
    ("DAT001", HEAD + "Ruiz was appointed chair of the trust in 2017.\n\n- Ruiz has chaired the trust since 2015, the report says.", "t.md"),
    ("DAT001", _page("Lind became the club's manager in 2019. After taking over as manager in 2021, Lind rebuilt the squad."), "p.html"),
    ("DAT005", HEAD + "She is also the former chair of the Harbour Tenants Forum, a role she will keep alongside the new job.", "t.txt"),
    ("DAT005", HEAD + "Lena Obi is the former head of risk at Holm Bank, a post she has held since 2021.", "t.txt"),
    ("DAT005", HEAD + "Ivo Lind, the guild's former chair of judges, who chaired this year's six-member jury, praised the entries.", "t.txt"),
    ("DAT005", HEAD + "The panel includes Ana Ruiz, the former president of the Fenwick Rowing Council, whose term as president runs until 2028.", "t.txt"),
    ("DAT005", HEAD + "Speakers\n\n*Former principal of Tarn Valley High School, where he is now in his sixth year in charge.*", "t.md"),
    ("DAT005", HEAD + "Panel\n\n- Ex-chief executive of Holm Bank, a role she still holds (chair)", "t.txt"),
    ("DAT005", HEAD + "Was the club's former captain, who captained this season's side, dropped?", "t.txt"),
    ("DAT005", _page("Obi (the bank's former treasurer, a position she continues to hold) declined to comment."), "p.html"),
    # -- DAT005: a current office whose holder the same sentence says has left ---------------------------
    ("DAT005", HEAD + "The trust's current chair, the Rev. Ivo Lind, who stood down from the board in 2024, spoke last.", "t.txt"),
    ("DAT005", HEAD + "Sitting mayor Ana Ruiz, who resigned as mayor in 2023, cut the ribbon.", "t.txt"),
    # -- DAT008: the future tense for a date before the article's ----------------------------------------
    ("DAT008", LATE + "The board will meet on 14 October to approve the budget.", "t.txt"),
    ("DAT008", "TARNBY, Feb. 26, 2026 — The company will open its second warehouse in January 2026, the founder said.", "t.txt"),
    ("DAT008", "HOLM, 22 January 2026 — The defence will call its last witness on 15 January.", "t.txt"),
    ("DAT008", HEAD + "The museum will also reopen in 2025 after repairs.", "t.txt"),
    ("DAT008", HEAD + "Key dates\n\n- The panel will report on 9 April.\n- The council votes in June.", "t.txt"),
    ("DAT008", HEAD + "Will the council finally vote in March 2026? Nobody knows.", "t.txt"),
    ("DAT008", _page("The new terminal will be opened on 2 February 2026 by the minister."), "p.html"),
]

#: (rule, article, file name) that the rule must leave alone.
CLEAN = [
    # -- DAT001 ------------------------------------------------------------------------------------------
    ("DAT001", BIO + "In 1996 she moved to the Harbour Courier as a reporter.\n\nTimeline\n\n- 1996 — Joins the Harbour Courier as a reporter", "t.md"),
    ("DAT001", BIO + "In 1996 she moved to the Harbour Courier, and in 1998 to the Post.\n\n- 1994 — Joins the Harbour Courier", "t.md"),
    ("DAT001", BIO + "In 1996 she joined the Post.\n\n- 1994 — Joins the Harbour Courier", "t.md"),
    ("DAT001", BIO + "In 1996 she joined The Post.\n\n- 1994 — Joins The Courier", "t.md"),
    ("DAT001", BIO + "She rejoined the Courier in 2001.\n\n- 1994 — Joins the Courier\n- 2001 — Rejoins the Courier", "t.md"),
    ("DAT001", HEAD + "Obi became chair in 2019. After becoming chair of the trust in 2012, Ruiz retired.", "t.txt"),
    ("DAT001", HEAD + "Obi became chair in 2019. Her predecessor, Ruiz, became chair in 2012.", "t.txt"),
    ("DAT001", HEAD + "Obi became chair in 2019. Her predecessor became chair in 2012.", "t.txt"),
    ("DAT001", HEAD + "Obi became chair in 2019. She has chaired the board since 2019.", "t.txt"),
    ("DAT001", HEAD + "Obi first became captain in 2019. She has captained the side since 2023.", "t.txt"),
    ("DAT001", HEAD + "Obi was named interim chair in 2019. She was appointed chair in 2020.", "t.txt"),
    ("DAT001", HEAD + "\"I became chair in 2019,\" Obi said. She has chaired the board since 2020.", "t.txt"),
    # -- DAT005 ------------------------------------------------------------------------------------------
    ("DAT005", HEAD + "Lena Obi is the former head of risk at Holm Bank, a post she held until 2021.", "t.txt"),
    ("DAT005", HEAD + "Ana Ruiz, the former president of the council, whose term ran until 2019, spoke.", "t.txt"),
    ("DAT005", HEAD + "Ana Ruiz, the former president of the council, whose term ended in 2019, spoke.", "t.txt"),
    ("DAT005", HEAD + "Ivo Lind, the guild's former coach, who chaired this year's jury, praised the entries.", "t.txt"),
    ("DAT005", HEAD + "The trust's current chair, Ivo Lind, who stood down as treasurer in 2024, spoke last.", "t.txt"),
    ("DAT005", HEAD + "The trust's current chair, Ivo Lind, who retired from teaching in 2019, spoke last.", "t.txt"),
    ("DAT005", HEAD + "The former mayor, who now chairs the trust, said the role suits her.", "t.txt"),
    ("DAT005", HEAD + "Former principal Ana Ruiz, who is now in her sixth year as a governor, spoke.", "t.txt"),
    ("DAT005", HEAD + "The former chair of the forum, a role she gave up in 2022, spoke first.", "t.txt"),
    ("DAT005", HEAD + "\"I am the former chair, a role I still miss,\" she said. Her successor, a post she holds now, spoke.", "t.txt"),
    # -- DAT008 ------------------------------------------------------------------------------------------
    ("DAT008", LATE + "The board will meet on 14 November to approve the budget.", "t.txt"),
    ("DAT008", LATE + "The board met on 14 October to approve the budget.", "t.txt"),
    ("DAT008", "TARNBY, Feb. 26, 2026 — The town will mark the anniversary of the fire in 1990 with a parade.", "t.txt"),
    ("DAT008", "TARNBY, Feb. 26, 2026 — The mill will reopen ten years after it closed in 2015.", "t.txt"),
    ("DAT008", "TARNBY, Feb. 26, 2026 — The club will honour the players who died in 1958.", "t.txt"),
    ("DAT008", "HOLM, 22 January 2026 — \"We will call our last witness on 15 January,\" the lawyer said in December.", "t.txt"),
    ("DAT008", "HOLM, 22 January 2026 — The ferry will run again on 20 November.", "t.txt"),
    ("DAT008", "HOLM, 22 January 2026 — By June it will have been open since 2019.", "t.txt"),
    ("DAT008", "HOLM, 22 January 2026 — Her will, signed on 3 May 2019, was read out.", "t.txt"),
    ("DAT008", "HOLM, 22 January 2026 — The review, which will report in March, began in 2024.", "t.txt"),
    ("DAT008", "The board will meet on 14 October to approve the budget.", "t.txt"),  # no date of its own
    ("DAT008", HEAD + "The board will meet on 4 May, today, and again on 9 May.", "t.txt"),
]


@pytest.mark.parametrize(("code", "text", "name"), REPORTED)
def test_reported(code: str, text: str, name: str) -> None:
    assert codes(text, code, name), text


@pytest.mark.parametrize(("code", "text", "name"), CLEAN)
def test_clean(code: str, text: str, name: str) -> None:
    assert not codes(text, code, name), text
