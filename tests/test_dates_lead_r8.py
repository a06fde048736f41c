"""DAT001, tuned on blind batch 13 after it was measured (its before-tuning figure is the honest one):
an event named by its noun as the subject of a verb that dates it ("the merger was completed in
January 2024", "the vote took place on 4 May"), against a second date of the same event in other
words. Sentences are our own; each class has look-alikes that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.test_dates import codes


def _story(first: str, second: str) -> str:
    return ("---\ntitle: Town news\ndate: 2025-10-14\n---\n\nHARTWELL, Oct. 14 — " + first + "\n\n"
            "Officials met on Monday to discuss the budget for next year and plans for the roads.\n\n"
            "Residents asked about parking and about the bus routes through the town centre.\n\n" + second + "\n")


CASES = [
    ("The merger was completed in January 2024, the company said.",
     "Staff numbers have fallen ever since the 2023 merger, the union said.", ["DAT001"]),
    ("The merger of the two grocery chains was finalised in March 2022 after a long review.",
     "Prices rose after the 2021 merger, shoppers said.", ["DAT001"]),
    ("The recall was announced on June 4, the regulator said.",
     "Sales slumped after the June 14 recall, dealers said.", ["DAT001"]),
    ("The launch took place in April 2023 at the old quay.",
     "Downloads have climbed since its 2022 launch, the council said.", ["DAT001"]),
    ("The opening of the new library was held on May 3, the council said.",
     "Visitor numbers have doubled since the May 13 opening, staff said.", ["DAT001"]),
    # the same date in both places, and two events of one kind
    ("The merger was completed in January 2024, the company said.",
     "Staff numbers have fallen ever since the January 2024 merger, the union said.", []),
    ("The first merger was completed in 2019, the company said.",
     "A second merger followed in 2023, the union said.", []),
    ("The recall was announced on June 4, the regulator said.",
     "Sales slumped after the recall, dealers said on June 14.", []),
]


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_event_noun_dated_by_its_verb(first: str, second: str, expected: list[str]) -> None:
    assert [c for c in codes(_story(first, second)) if c == "DAT001"] == expected
