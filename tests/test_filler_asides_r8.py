"""Round 8 (filler): the writer's asides that one word or one figure betrays, each class written
here in variants of our own (other words, other word order, other grammatical positions) with the
professional look-alikes that must stay quiet:

- a stance connective or an emphasis frame opening a sentence ("Tellingly,", "In light of this,",
  "It is worth remembering that"; AIT011);
- a closing verdict: a summing-up opener, a lesson drawn, the verdict left to time, a wonder
  (AIT012);
- one inflated figure in a sentence that carries no fact, or two stock images in any sentence
  (AIT013).
"""

from __future__ import annotations

import pytest

from tests.test_filler_shapes import HEAD, codes

LEAD = "The ferry will run twice a day from May, the operator said on Monday.\n\n"
TAIL = "\n\nTickets cost 4 euros, the operator said.\n"
#: For closing shapes: the sentence is the article's last.
CLOSE_LEAD = LEAD + "Tickets cost 4 euros, the operator said.\n\n"

CONNECTIVES = [
    "Tellingly, the second boat has not sailed since March.",
    "Equally striking, the timetable has no Sunday service at all.",
    "In light of this, island shops are ordering extra stock.",
    "Adding to the picture, the harbour crane is out of service.",
    "It is also worth remembering that the pier was rebuilt after the storm.",
    "It’s worth pointing out that fares have doubled since the route opened.",
    "Importantly, it bears repeating that the crossing is the island's only link.",
    "It must be stressed that nobody was hurt when the ramp failed.",
    "**Notably,** the night boat will not run in winter.",
    "Amid all this, the operator has kept its winter timetable.",
]

CONNECTIVE_LOOK_ALIKES = [
    "“Notably, the second boat has not sailed since March,” the captain said.",
    "Tellingly, say islanders, the second boat has not sailed since March.",
    "Notably, the operator said, the second boat has not sailed since March.",
    "The second boat, notably the older of the two, has not sailed since March.",
    "The crossing is worth taking for the views alone, one guide book says.",
    "However, the second boat has not sailed since March.",
    "Importantly for islanders, the operator said the fare would not rise, its chief executive told reporters.",
]

CLOSINGS = [
    "All things considered, a ferry remains the gentlest way to reach the island.",
    "When all is said and done, the crossing belongs to the islanders.",
    "The coming season will show whether the gamble was worth it.",
    "The months ahead will decide if the island can keep its link.",
    "The new boat is a timely reminder of what a small community can achieve.",
    "Its return serves as a sobering lesson for operators everywhere.",
    "The crossing sends a powerful signal to coastal towns across the country.",
    "We can only imagine how the old skippers would have felt.",
    "Time will tell if the island's patience has been rewarded.",
    "In many ways, the route is a cautionary tale about neglect.",
    "Perhaps that is the real story of the crossing.",
    "And that is what truly matters for the people of the island.",
    "Whether the second boat comes remains an open question.",
    "The harbour looks to the future with quiet confidence.",
]

CLOSING_LOOK_ALIKES = [
    "In the end, the council paid 2.4 million euros for the new boat, the report said.",
    "The operator did not respond to a message seeking comment.",
    "“The coming season will show whether the gamble was worth it,” the captain said.",
    "The next board meeting, on 4 June, will decide whether to add a third boat.",
    "Overall, 3,000 passengers crossed in the first week.",
    "The minister sent a strong message on fares to Brussels on Friday.",
    "In the meantime, the skipper waits for news of his crew.",
    "The future of the route will be decided by the Scottish government.",
]

FLOURISHES = [
    "The launch marks a pivotal moment for an island that has waited a long time.",
    "The delay has cast a palpable sense of gloom over the harbour front.",
    "The new terminal is nestled among the dunes at the end of the causeway.",
    "It is a rich tapestry of fishermen, holiday-makers and commuters.",
    "The report lifts the veil on the hidden world of ferry maintenance.",
    "The route is a lifeline, and the old boat has stood the test of time with a steady hand on the tiller in 30 winters.",
    "The landscape is shifting for small operators.",
    "The decision sent ripples through the small community.",
    "The new timetable breathes new life into the old harbour.",
    "The island finds itself at a crossroads.",
    "The operator has charted a course towards a cleaner fleet.",
]

FLOURISH_LOOK_ALIKES = [
    "The launch marks a pivotal moment for Orkney, the council leader said.",
    "The delay cast a shadow over the Easter market on Harbour Street.",
    "The new terminal, nestled among the dunes, cost 12 million euros.",
    "“It is a rich tapestry of fishermen and commuters,” the skipper said.",
    "The boat has not lived up to the spirit of the contract.",
    "The museum bought a tapestry of the harbour for 20,000 euros.",
]


def _story(code: str, line: str) -> str:
    """The line in a short story; a closing verdict is the story's last sentence."""
    return HEAD + CLOSE_LEAD + line + "\n" if code == "AIT012" else HEAD + LEAD + line + TAIL


def _cases(code: str, lines: list[str]) -> list[tuple[str, str]]:
    return [(code, line) for line in lines]


@pytest.mark.parametrize("code,line", _cases("AIT011", CONNECTIVES) + _cases("AIT012", CLOSINGS) + _cases("AIT013", FLOURISHES))
def test_the_aside_is_found(code: str, line: str) -> None:
    assert code in codes(_story(code, line), code)


@pytest.mark.parametrize(
    "code,line",
    _cases("AIT011", CONNECTIVE_LOOK_ALIKES) + _cases("AIT012", CLOSING_LOOK_ALIKES) + _cases("AIT013", FLOURISH_LOOK_ALIKES),
)
def test_the_reported_or_factual_look_alike_stays_quiet(code: str, line: str) -> None:
    assert codes(_story(code, line), code) == []


def test_a_verdict_early_in_the_story_is_not_a_close() -> None:
    body = "When all is said and done, the crossing belongs to the islanders.\n\n" + "\n\n".join(
        f"Boat {n} sails at {n} o'clock, the operator said." for n in range(1, 6))
    assert codes(HEAD + LEAD + body + "\n", "AIT012") == []


# -- callouts, notes to the requester, pitches, praise adverbs ------------------------------------------
OTHER_FOUND = [
    ("FIL001", "Heads up: the night boat is cancelled on Fridays."),
    ("FIL001", "> **Snapshot:** two boats, 14 crossings a day."),
    ("FIL001", "Fast facts: the crossing takes 40 minutes."),
    ("FIL001", "Number to know: 14 crossings a day."),
    ("FIL001", "**Names to watch:** the two new skippers."),
    ("FIL001", "What this means for you: fares will not rise before June."),
    ("FIL001", "Why it matters to your wallet: a return costs 8 euros."),
    ("FIL001", "Your next step: book online before Friday."),
    ("FIL001", "Important: bring your ticket to the pier."),
    ("FIL001", "**Editor's pick:** the upper deck at sunset."),
    ("FIL027", "(Note: I could not verify the 1962 opening date.)"),
    ("FIL027", "I was unable to confirm whether the car deck is open."),
    ("FIL027", "The fare is 4 euros, but I have had no way to check it — please confirm before publishing the story."),
    ("FIL021", "The route opened later than the information I was trained on suggests."),
    ("FIL023", "Seen the new boat yet? Share this story with a friend who commutes."),
    ("FIL023", "Noticed a change on your crossing? Pass this on to other islanders."),
    ("STY008", "The terminal, a world-class building, has been lovingly restored."),
    ("STY008", "The new boat seamlessly blends a spectacular deck with a quiet cabin."),
    # web-page leftovers in new words
    ("BPL011", "More articles you might enjoy"),
    ("BPL011", "Popular in Travel right now"),
    ("BPL011", "Most viewed today:"),
    ("BPL011", "Related coverage →"),
    ("BPL011", "Drop your email below and we will send the timetable."),
    ("BPL011", "Get our free app for live departures."),
    ("BPL003", "Be the first to comment"),
    ("BPL003", "Comments have been disabled."),
    ("BPL006", "Review your consent preferences"),
    ("BPL006", "Read our cookie policy"),
    ("BPL008", "Story continues after this advertisement"),
    # the writer leading the reader through the piece, the blog's farewell, the assistant's hand-over
    ("FIL007", "Let's unpack the new timetable."),
    ("FIL007", "Here, we run through what changes in May."),
    ("FIL003", "Thank you so much for reading!"),
    ("FIL023", "What do you make of the new fares? Tell us by email."),
    ("FIL001", "Reader alert: the pier car park closes on Friday."),
    ("FIL027", "Feel free to tweak the headline to fit the page."),
    ("FIL027", "I hope you found this useful for the Sunday edition."),
]

OTHER_QUIET = [
    ("FIL001", "Why it matters: the crossing is the island's only link."),
    ("FIL001", "What to know: the crossing takes 40 minutes."),
    ("FIL001", "Important issues remain: fares and the timetable, the operator said."),
    ("FIL001", "Q: Will you raise fares? A: Not this year, the operator said."),
    ("FIL001", "“What this means for you: fares will not rise,” the operator wrote to customers."),
    ("FIL027", "“I could not verify the opening date,” the archivist said."),
    ("FIL027", "The ferry company could not verify the figure, a spokesman said."),
    ("FIL027", "The crew checked the engines before running the boat again."),
    ("FIL023", "Seen the new boat yet? It sails at 9 o'clock from the north pier."),
    ("STY008", "The terminal has been lovingly restored, the trust said."),
    ("STY008", "The terminal has been lovingly restored at a cost of 2 million euros."),
    ("BPL011", "More articles on the ferry will follow next week, the editor said."),
    ("BPL011", "Most viewed pages on the operator's site were timetables, it said."),
    ("BPL011", "“Get our free app,” the operator's posters say."),
    ("BPL003", "The council said comments are closed on the plan after Friday."),
    ("BPL006", "The regulator asked sites to let users review their consent preferences."),
    ("FIL007", "“Let's unpack the numbers,” the minister told the committee."),
    ("FIL023", "What happens to the old boat? It will be sold for scrap in June."),
    ("FIL027", "“Feel free to tweak the design,” the architect told residents."),
]


@pytest.mark.parametrize("code,line", OTHER_FOUND)
def test_the_other_classes_are_found(code: str, line: str) -> None:
    test_the_aside_is_found(code, line)


@pytest.mark.parametrize("code,line", OTHER_QUIET)
def test_their_look_alikes_stay_quiet(code: str, line: str) -> None:
    test_the_reported_or_factual_look_alike_stays_quiet(code, line)
