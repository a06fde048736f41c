"""Round 10: one thing's beginning named by two different words (DAT001, lint/timeline_beginnings.py).

An editor's check is "when did this thing begin?", whatever the verb or noun: "founded", "set up",
"opened its doors", "launched", "came online", "its inauguration", "was built". Words of one stage
(made, built, opened to users) must agree within a year; across stages the order is fixed (a thing
cannot open before it is founded or built). Sentences are our own; none comes from a batch or corpus.
"""

from __future__ import annotations

import pytest

from tests.test_dates_formats_r6 import codes_in

#: (paragraphs, codes): the article is dated 2026-05-01 by its front matter.
BEGINNINGS = [
    # two words of one stage (first use), a verb and a passive in a relative clause
    (("The Lowfield tram depot, which was launched in 2012, employs 80 people.",
      "Staff said that since it was inaugurated in 2009, the depot had never closed."), ["DAT001"]),
    # opening before founding: in an appositive and a main clause
    (("The bakery opened its doors in 2004 on Mill Lane.",
      "Its owner said the bakery, founded in 2009 by two sisters, would stay open."), ["DAT001"]),
    # a question and a dedication noun against a building verb
    (("The chapel was built in 1971 by volunteers.",
      "Who remembers its 1964 dedication, when the bishop came?"), ["DAT001"]),
    # one verb twice with no named subject, told apart by the thing both sentences name
    (("Unit 2, which was commissioned in 1991, supplies the valley.",
      "Engineers said Unit 2 has run since coming online in 1995."), ["DAT001"]),
    # a list item and a heading-like line, two completion words
    (("- The library tower: completed in 1988 after a long appeal.",
      "The tower, finished in 1993 with city money, is being repainted."), ["DAT001"]),
    # a quoted sentence with "formed" against a launch (the food bank opened before it was formed)
    (("The Keller food bank launched in 2015 in a church hall.",
      '"The food bank, formed in 2018 by three parishes, has never turned anyone away," its manager said.'), ["DAT001"]),
]

LOOK_ALIKES = [
    # founded, then opened years later: the order of a beginning
    (("The museum society was founded in 1990.", "The museum opened in 1996 after a long appeal."), []),
    # built, then opened a year later: one year of slack between stages
    (("The bridge was built in 2010.", "Traffic has crossed it since it opened in 2011."), []),
    # two different things, each named
    (("The library opened in 2004.", "The pool, which was launched in 2016, is busy."), []),
    # a verb with an object of its own begins something else
    (("The chain was founded in 1998.", "It opened its second store in 1994 as a franchise test."), []),
    (("The studio opened in 2010.", "Its founders launched a new label in 2019."), []),
    # a soft launch and a formal opening a year apart
    (("The app launched in 2020 for testers.", "It opened to the public in 2021."), []),
    # two things in two sentences that share no word, no subject named
    (("A second line, which opened in 2018, runs east.", "Launched in September 2022, it carries pupils free."), []),
    # people's beginnings are not the thing's
    (("She founded the clinic in 1985.", "The clinic opened in 1990 in a rented room."), []),
]


@pytest.mark.parametrize("paragraphs,expected", BEGINNINGS + LOOK_ALIKES)
def test_one_beginning_named_by_two_words(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert codes_in(*paragraphs) == expected


# -- DAT001: an event labelled by its date against the same noun dated elsewhere, whatever the noun ----
#: Nouns deliberately outside rules/data/event-words.txt: the check reads the structure, not a list.
LABELS = [
    # a year label of a noun made from a verb, against a relative clause that dates it
    (("The union and the board reached a settlement that both sides approved in 2016.",
      "Members have complained since the 2018 settlement that pay has stalled."), ["DAT001"]),
    # a day label in a question, against a prepositional date
    (("A walkout on March 4 closed the depot.",
      "Will the March 9 walkout be repeated?"), ["DAT001"]),
    # a possessive label in a list item
    (("The removal of the weir began on 2 July 2024, engineers said.",
      "- Trout counts have doubled since the weir's 2022 removal."), ["DAT001"]),
    # a month label inside a parenthesis, against a date after the noun
    (("The breach, which hit the payroll system on Aug. 12, exposed 4,000 files.",
      "Staff (who learned of the Aug. 19 breach from the press) were angry."), ["DAT001"]),
    # a compound label whose modifier names the thing alone elsewhere
    (("The levy voters passed in May 2023 pays for the pool.",
      "Since the 2021 levy approval, the pool has reopened."), ["DAT001"]),
    # the verb the label's noun is made from: "signing" and "signed", "closure" and "closed"
    (("The mayor signed the lease on 3 June 2021.", "Critics of the 2019 signing say the rent is too low."), ["DAT001"]),
    (("The mill was closed in 2008 after a fire.", "Jobs vanished after the mill's 2011 closure."), ["DAT001"]),
]

LABEL_LOOK_ALIKES = [
    # the same date both times
    (("The board signed the settlement in 2016.", "Since the 2016 settlement, pay has stalled."), []),
    # a year before a plain noun names a period, not an event
    (("The budget was passed in March 2024.", "The 2025 budget cuts the parks service."), []),
    # a qualifier tells two events apart
    (("A walkout on March 4 closed the depot.", "The March 9 walkout was a second one, called by the drivers."), []),
    (("A second breach on Aug. 19 hit the same system.", "The Aug. 12 breach exposed 4,000 files."), []),
    # the plural: more than one
    (("Two walkouts hit the depot; one walkout on March 4 closed it.", "The March 9 walkout was shorter."), []),
    # another modifier: another event of the kind
    (("Turnout in the general election in 2023 was low.", "The 2021 municipal election was closer."), []),
    # the verb with the same date, and a verb dated along with another year
    (("The mayor signed the lease on 3 June 2021.", "Critics of the June 2021 signing say the rent is too low."), []),
    (("The mill closed in 2008, a year after its sale in 2007.", "Jobs vanished after the mill's 2011 closure."), []),
    # another instance, told by a modifier or an indefinite article after the label
    (("Voters backed Okoro in the May 12 primary.", "She lost Fernwick's Labour primary, which was held on June 2."), []),
    (("Staff quoted the March 3 memo.", "In a reply to a memo on April 9, the director agreed."), []),
    # a sentence that gives two dates cannot date the noun alone
    (("The settlement of 2016 replaced a deal from 2009.", "Since the 2018 settlement, pay has stalled."), []),
]


@pytest.mark.parametrize("paragraphs,expected", LABELS + LABEL_LOOK_ALIKES)
def test_a_dated_label_against_the_same_noun_dated_elsewhere(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert codes_in(*paragraphs) == expected
