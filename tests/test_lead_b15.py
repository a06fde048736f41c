"""Precision fixes found on blind batch 15's credible look-alikes (own sentences): a year-less date in
a timeline item dated by the full date before it (DAT003), and a same-day relative time in a live
blog's clock-stamped entry (DAT007)."""

from __future__ import annotations

from lint.api import check_text


def _codes(text: str, code: str) -> list[int]:
    return [f.line for f in check_text(text, select=[code]).findings]


FRONT = "---\ntitle: How the merger got here\ndate: 2026-06-10\n---\n\n"


def test_year_less_weekday_takes_the_year_of_the_full_date_in_its_item() -> None:
    # 12 November 2025 was a Wednesday, 13 November 2025 a Thursday; in 2026 the 13th is a Friday.
    text = FRONT + ("- **September 2 to November 12, 2025** - The first inquiry runs. "
                    "On Thursday, November 13, the regulator opens a second one.\n")
    assert _codes(text, "DAT003") == []


def test_year_less_weekday_still_checked_against_the_full_date_in_its_item() -> None:
    text = FRONT + ("- **September 2 to November 12, 2025** - The first inquiry runs. "
                    "On Friday, November 13, the regulator opens a second one.\n")
    assert _codes(text, "DAT003") == [6]


def test_year_less_weekday_alone_still_takes_the_document_year() -> None:
    # 13 November 2026 is a Friday: nearest the document date, no full date in its paragraph.
    text = FRONT + "The regulator will decide on Thursday, November 13, whether to go further.\n"
    assert _codes(text, "DAT003") == [6]


LIVE = "Storm live: ferries cancelled\n\n"


def test_same_day_time_in_a_clock_stamped_entry_is_placed_by_the_stamp() -> None:
    text = LIVE + ("16:20 - Coastguards have closed the promenade ahead of this evening's high tide.\n\n"
                   "**17:05** — Buses will stop running at 21:00 tonight, the operator said.\n")
    assert _codes(text, "DAT007") == []


def test_other_relative_times_in_a_stamped_entry_still_count() -> None:
    text = LIVE + "16:20 - Coastguards said the promenade was damaged yesterday.\n"
    assert _codes(text, "DAT007") == [3]


def test_same_day_time_outside_a_stamped_entry_still_counts() -> None:
    text = LIVE + "Coastguards have closed the promenade ahead of this evening's high tide.\n"
    assert _codes(text, "DAT007") == [3]


def test_a_deadline_years_ahead_does_not_date_the_weekdays_after_it() -> None:
    # "Monday, Dec. 4" in a 2017 story: Dec. 4, 2017 was a Monday; the 2019 deadline dates nothing.
    text = ("---\ndate: 2017-11-28\n---\n\nLeaving is set for March 29, 2019, and leaders meet "
            "first. The bloc set Monday, Dec. 4, as the deadline for new offers.\n")
    assert _codes(text, "DAT003") == []


def test_a_weekday_long_after_the_full_date_takes_the_document_year() -> None:
    # Nov 27 is ten months after January 5, 2025: too far for the item's date to carry; 2026 is nearest
    # the document date and November 27, 2026 is a Friday.
    text = FRONT + "- **January 5, 2025** - Talks open. On Friday, November 27, they resume.\n"
    assert _codes(text, "DAT003") == []
