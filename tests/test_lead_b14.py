"""Lead's fixes from blind batch 14's misses, with sentences of our own."""

from __future__ import annotations

from lint.api import check_text

BODY = ("Drivers on the A59 face overnight closures this week while crews resurface the road between "
        "the two junctions, the highways agency said on Monday. The work will cost about 2 million pounds "
        "and should finish by Friday, weather permitting, the agency said in a statement. Diversions will "
        "be signed through the villages of Hartfield and Coldstream, and buses will run to a revised "
        "timetable. Local businesses said they had been warned a month ago and had planned deliveries "
        "around the closures. The agency said lanes would reopen each morning at six.\n")


def _str008(headline: str, body: str = BODY) -> list[str]:
    return [f.message.split("'")[1] for f in check_text(f"{headline}\n\n{body}", select=["STR008"]).findings]


def test_a_headline_place_is_not_mentioned_by_a_word_sharing_four_letters() -> None:
    """"Millthorpe" in the headline is not mentioned by "million" in the body."""
    assert _str008("Overnight Closures Snarl Traffic Near Millthorpe This Week") == ["Millthorpe"]


def test_a_headline_demonym_is_mentioned_by_its_place() -> None:
    body = BODY.replace("Hartfield", "Coldstream Bay")
    assert _str008("Coldstreamers Face A59 Closures This Week", body) == []
