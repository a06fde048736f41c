"""Round 10 (filler): classes, not word lists.

- FIL028, a line-opening label that no newsroom uses. FIL001 knows template callouts by their
  words; a new writer coins a new label each time. FIL028 inverts the vocabulary: the labels a
  story may open a line with are few (a correction, a credit, a house device, a speaker, a
  dateline, a date), the template labels are open.
- FIL029, the writer giving the reader an order: a verb in the imperative before the reader or
  the page, whatever the verb.

Every sentence here is our own; the labels and verbs are coined for the test (none on FIL001's
or FIL020's lists), each tried in another position (emphasis, a block quote, an emoji, capitals,
"!", alone on its line over prose or over a boxed list; a question before it, a list item, a
parenthesis), with look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from lint.analyzers.filler import is_callout_label
from tests.test_filler_shapes import HEAD, codes

LEAD = "The lido will reopen in June after a two-year repair, the council said on Tuesday.\n\n"
TAIL = "\n\nThe pool will open at 7 a.m. on weekdays, the council said.\n"


def _story(line: str) -> str:
    return HEAD + LEAD + line + TAIL


FOUND = [
    # a coined label and the writer's sentence on one line
    "Swimmer's cheat code: arrive before eight and you will have a lane to yourself.",
    # in bold
    "**Poolside intel:** the new changing rooms have heated floors and bigger lockers.",
    # in a block quote behind an emoji
    "> 🏊 **Deep end digest:** the diving boards are gone and will not come back.",
    # in capitals
    "SPLASH ZONE SCOOP: the toddler pool gets a new fountain and a shaded deck.",
    # closed by an exclamation mark
    "Great news for early birds! The doors will open an hour sooner than before the repair.",
    # a label in the reader's voice that is a clause (second person)
    "What you should pack: a towel, a padlock and a coin for the old lockers.",
    # alone on its line over the writer's sentence
    "**Lane etiquette refresher:**\nKeep to the left and let faster swimmers pass at the wall.",
    # alone on its line, boxed, over a list
    "> 📋 **Pool perks roundup:**\n- new tiles\n- heated floors\n- a bigger café",
]

QUIET = [
    # the newsroom's own labels
    "Correction: An earlier version of this story gave the wrong month for the reopening.",
    "Editor's note: The reporter is a member of the swimming club that campaigned for the repair.",
    "Why it matters: the lido is the only outdoor pool within twenty miles of the town.",
    # a speaker in a transcript, a dateline, a date in a time line
    "Councillor Priya Okafor: we promised the town a pool and the town will have one.",
    "NORTH BAY: The lido will reopen in June after a two-year repair programme.",
    "In March: the council voted to repair the lido rather than fill it in.",
    # a clause that leads into what follows, on the same line or over a plain list
    "Three options were considered: demolition, a new indoor pool or a repair of the old one.",
    "Among the ideas the council rejected:\n- a car park\n- a housing block",
    # a plain lead-in over a list
    "Key dates for swimmers:\n- June: the reopening\n- July: the first gala",
    # an info box: two labelled lines in a row
    "Opening hours: seven in the morning until eight at night on weekdays.\nEntry price: three pounds for adults and one pound for children.",
    # a list item holding a key and its value
    "- Water temperature: kept at about twenty-five degrees through the summer.",
    # a quoted or attributed sentence after a label
    "Pool manager's view: the manager said the repair had been worth the wait.",
    "Council verdict: “We are proud of this pool and of the people who saved it.”",
    # a title's colon in a heading, and a label with an acronym (a body, a firm)
    "## Back in the water: the lido after two dry summers",
    "NHS guidance today: swimmers with a cold should stay at home for two days.",
    # a label that ends its line over an ordinary paragraph in someone's words
    "A long wait:\n“We have waited two summers for this,” said the club's secretary.",
]


@pytest.mark.parametrize("line", FOUND[:6])
def test_the_labels_are_not_on_fil001s_lists(line: str) -> None:
    """The class is found by its shape: none of these labels is one FIL001's vocabulary knows."""
    label = line.lstrip("*>🏊 ").split(":")[0].split("!")[0].strip("* ")
    assert not is_callout_label(label)


def test_the_headline_is_not_a_callout() -> None:
    text = "Lido news: the pool reopens in June after two dry summers\n\n" + LEAD + TAIL
    assert codes(text, "FIL028") == []


# -- FIL029: the writer gives the reader an order -------------------------------------------------
ORDERS = [
    # a coined verb, as the last line
    "Beam it to the swimmer in your life before the weekend.",
    # after a question to the reader
    "Fancy a dip? Grab your goggles and join the queue at seven.",
    # in a block quote
    "> Snap us a picture of your first length and we will print the best.",
    # in a list item
    "- Whisk this off to the friend who still swims in the sea in January.",
    # a verb whose stem ends like a participle
    "Bring your own padlock: the new lockers take no coins.",
    # inside a parenthesis at the end of a paragraph: the sentence opens with the verb
    "The café opens at nine. (Treat yourself to the lemon cake while it lasts.)",
]

REPORTS = [
    # a participle, an adverb and a comparative before "it" / "this"
    "Following this, the council cut the entry price for children.",
    "Earlier this spring, the club held its first gala in ten years.",
    # a preposition and a conjunction
    "Despite this, the club wants a longer season.",
    "Though it rained, the queue reached the car park by nine.",
    # a name that the article writes inside a sentence too
    "Councillor Pryce opened the pool. Pryce this week promised a second one.",
    # an order in someone's words
    "“Bring your children and enjoy it,” the mayor said.",
    "Tell us what you need, the manager told the swimmers at the meeting.",
    # the hortative of a speech
    "Let us remember those who saved the pool, the mayor said.",
]


CASES_FOUND = [("FIL028", line) for line in FOUND] + [("FIL029", line) for line in ORDERS]
CASES_QUIET = [("FIL028", line) for line in QUIET] + [("FIL029", line) for line in REPORTS]


@pytest.mark.parametrize(("code", "line"), CASES_FOUND)
def test_the_class_is_found(code: str, line: str) -> None:
    assert code in codes(_story(line), code)


@pytest.mark.parametrize(("code", "line"), CASES_QUIET)
def test_the_look_alike_stays_quiet(code: str, line: str) -> None:
    assert codes(_story(line), code) == []
