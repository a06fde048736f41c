"""Filler and boilerplate classes found on blind batches 11 and 12 after each was measured (their
before-tuning figures are the honest ones), each written here in variants of our own with the
professional look-alikes that must stay quiet:

- an editor's "to come" left bare where a figure or a name belongs ("TBC per cent", "Alison TK"; FIL005);
- the writer announcing the piece in the present tense ("In this piece, we unpack"; FIL007);
- the assistant's own information ("as of my latest information"; FIL021);
- a section link with its arrow ("More from Business →"), an e-mail template's own lines, link-block
  labels and a rating widget (BPL011); a consent wall and a translated cookie banner (BPL006).
"""

from __future__ import annotations

import pytest

from tests.conftest import codes
from tests.test_filler_shapes import HEAD

LEAD = "The ferry will run twice a day from May, the operator said on Monday.\n\n"

FOUND = [
    ("FIL005", "Fares will rise by TBC per cent from June."),
    ("FIL005", "The operator expects TK million passengers a year."),
    ("FIL005", "The case was heard by Recorder Alison TK at the crown court."),
    ("FIL005", "Profit rose to XX million euros, the company said."),
    ("FIL007", "In this piece, we unpack what the new timetable means."),
    ("FIL007", "In this guide, I explain how to claim a refund."),
    ("FIL021", "As of my latest information, the route reopens in May."),
    ("FIL021", "The fare, as far as my most recent information goes, is 4 euros."),
    ("BPL011", "More from Business →"),
    ("BPL011", "Read more in Sport »"),
    ("BPL011", "View this newsletter in your browser"),
    ("BPL011", "You received this email because you subscribed on our website."),
    ("BPL011", "How helpful was this story?"),
    ("BPL011", "ALSO ON HARBOUR TIMES: six coves to visit"),
    ("BPL006", "We and our 61 partners store and/or access information on a device."),
    ("BPL006", "This web uses own cookies to count visitors."),
]

QUIET = [
    ("FIL005", "The TK Maxx store on the high street will close, the company said."),
    ("FIL005", "Turkish Airlines, flight code TK, will add a second daily flight."),
    ("FIL007", "In this piece the critic examines the ferry's history, the museum said."),
    ("FIL021", "The captain said my information was wrong, the passenger wrote."),
    ("BPL011", "There is more in Business than the headline figures suggest, the analyst said."),
    ("BPL011", "Also on the agenda: a vote on the new pool, the clerk said."),
    ("BPL006", "The regulator said its website uses cookies without consent."),
]


@pytest.mark.parametrize("code,line", FOUND)
def test_the_class_is_found(code: str, line: str) -> None:
    assert code in codes(HEAD + LEAD + line + "\n\nTickets cost 4 euros, the operator said.\n", code)


@pytest.mark.parametrize("code,line", QUIET)
def test_the_look_alike_stays_quiet(code: str, line: str) -> None:
    assert codes(HEAD + LEAD + line + "\n\nTickets cost 4 euros, the operator said.\n", code) == []
