"""RDB002 counts a factbox's inline list items one by one (round 13b)."""

from __future__ import annotations

from lint.document import build_document
from lint.metrics import METRICS

ITEMS = [
    "Marta Iversen, a former harbour commissioner who ran the port authority for nine years",
    "Tobias Lerner, chair of the regional transport committee and a member of the budget panel",
    "Greta Halvorsen, the county treasurer who oversaw the bond refinancing of two years ago",
    "Anton Brisk, a retired judge who led the inquiry into the ferry contracts last spring",
    "Lena Okafor, head of the city planning office and author of the waterfront plan",
]
LEDE = "The council named five people on Tuesday who could lead the new harbour board. Below are the candidates."


def _measure(body: str, metric: str) -> float:
    doc = build_document("t.txt", "Harbour board shortlist\n\n" + body + "\n", "text")
    value = METRICS[metric](doc)
    assert value is not None
    return value


def test_joined_bullets_count_as_items() -> None:
    for marker in ("*", "\u2022"):
        body = LEDE + " " + " ".join(f"{marker} {item}" for item in ITEMS)
        assert _measure(body, "avg_sentence_words") > 40
        assert _measure(body, "run_on_sentence_words") < 20


def test_unbulleted_run_on_is_still_long() -> None:
    body = " and ".join(item.lower() for item in ITEMS) + " and the council said it would decide soon."
    assert _measure(body, "run_on_sentence_words") > 40
    assert _measure(body, "run_on_sentence_words") == _measure(body, "avg_sentence_words")


def test_star_inside_a_word_or_rating_is_no_item() -> None:
    # four sentences: a shorter body is measured only when one sentence runs on (round 14)
    body = ("The hotel kept its five-star*rating after the review and the owners said the 5*5 grid of rooms would stay as it is for the season."
            " The review came in May. Guests agreed. The rooms were full all summer.")
    assert _measure(body, "run_on_sentence_words") == _measure(body, "avg_sentence_words")
