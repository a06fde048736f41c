"""A live blog's time stamp has one pattern (lint/analyzers/stamps.py), and every reader of it
agrees on what a stamp is: STY003 reads the entry's sentence after it, DAT007 lets it place "this
evening", and FIL001 reads a callout label after it (own sentences)."""

from __future__ import annotations

import pytest

from lint.analyzers.stamps import LEADING_STAMP, STAMP
from lint.api import check_text

#: The forms a live blog writes its stamps in: 24-hour and 12-hour clocks, a time zone, emphasis
#: around the time, and a dash, bar or colon after it.
STAMPS = ["16:20 -", "**17:05** —", "7.30pm –", "7.30 PM –", "10.05a.m.:", "14:30 GMT |", "09:10 BST:", "*11:45* -"]


def _codes(text: str, code: str) -> list[str]:
    return [f.code for f in check_text(text, select=[code]).findings]


@pytest.mark.parametrize("stamp", STAMPS)
def test_each_form_is_one_stamp_up_to_the_entry(stamp: str) -> None:
    line = f"{stamp} Crews reopened the coast road."
    m = STAMP.match(line.lstrip("*"))
    assert m is not None and line.lstrip("*")[m.end() :] == "Crews reopened the coast road."
    lead = LEADING_STAMP.match(f"> {line}")
    assert lead is not None and f"> {line}"[lead.end() :] == "Crews reopened the coast road."


@pytest.mark.parametrize(
    "line", ["10.30 per cent of swimmers were children.", "3.45 million people live on the coast.", "2025 - a year of storms."]
)
def test_figures_are_not_stamps(line: str) -> None:
    assert LEADING_STAMP.match(line) is None


HEAD = "Storm live: ferries cancelled\n\nThe storm reached the coast on Saturday, the Met Office said.\n\n"


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_lowercase_entry_after_any_stamp_is_a_lowercase_start(stamp: str) -> None:
    assert "STY003" in _codes(HEAD + f"{stamp} the first ferries were cancelled at noon.\n", "STY003")


@pytest.mark.parametrize("stamp", STAMPS)
def test_any_stamp_places_a_same_day_time_in_its_entry(stamp: str) -> None:
    text = "Storm live: ferries cancelled\n\n" + f"{stamp} Coastguards closed the promenade ahead of this evening's high tide.\n"
    assert _codes(text, "DAT007") == []
    # the same entry without its stamp is not placed
    assert _codes("Storm live: ferries cancelled\n\nCoastguards closed the promenade ahead of this evening's high tide.\n", "DAT007")


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_callout_label_after_any_stamp_is_read(stamp: str) -> None:
    text = HEAD + f"{stamp} PRO TIP >> Keep a torch and a charged phone by the door tonight.\n"
    assert "FIL001" in _codes(text, "FIL001")
