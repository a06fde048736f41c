"""Round 11 of the sourcing rules, on the classes blind batch 14 missed.

Each class is written out first in five or more variants of our own (other nouns, places and
grammatical positions: a relative clause, a parenthesis, a list item, a heading, a question, a
quoted sentence) and only then caught by a shape or a documented list under ``rules/data``; beside
each class, the look-alikes that must stay clear of it.
"""

from __future__ import annotations

import pytest

from tests import test_sourcing_b13 as b13

#: SRC006: hearsay with an impersonal subject ("as is said", "one hears") in a crowd's place.
IMPERSONAL_HEARSAY = [
    "As is often remarked in the trade, the dock will not survive another winter.",
    "The yard, as is whispered around the industry, has lost its biggest client.",
    "Across the sector one hears that two more mills will shut by March.",
    "- a levy that, one is told in farming circles, will double within a year;",
    "## One often hears that the ferry is doomed",
    "Is it really, as has been said in the market, the end of cheap steel?",
    "It is widely understood among those who work in the industry that margins have halved.",
    "It was accepted among people employed in the sector that pay would fall.",
]
IMPERSONAL_CLEAR = [
    "As is said in the report, the dock will not survive another winter.",
    "One of the workers hears the siren every morning.",
    "No one hears the alarm from the car park, the caretaker said.",
    "It is understood among those who work in the industry that margins have halved, the union's head said.",
    "As is commented in the Treasury's note, borrowing rose.",
    "One hears that the ferry is doomed, harbour master Ian Roe told reporters.",
]

#: SRC002 must leave real bodies alone: industry associations and national defence institutes.
REAL_BODIES_CLEAR = [
    "Ines Vogt, a spokeswoman for the European Steel Association, said quotas should stay.",
    "Paolo Ricci, an economist at the European Automobile Manufacturers' Association, said sales fell.",
    "Aiko Tanaka, a senior fellow at the National Institute for Defense Studies, said exports would rise.",
    "Lena Haas, a policy adviser at WindEurope, said permits were too slow.",
    "Marc Dubois, director of Eurometaux, said prices had doubled.",
]

#: Each class: the rules that may report it, the variants that must draw one of them and the
#: look-alikes that must draw none.
CLASSES = {
    "impersonal hearsay": (("SRC006",), IMPERSONAL_HEARSAY, IMPERSONAL_CLEAR),
    "real bodies": (("SRC001", "SRC002"), [], REAL_BODIES_CLEAR),
}


@pytest.mark.parametrize("cls", sorted(CLASSES))
def test_every_variant_is_reported_and_no_look_alike(cls, monkeypatch):
    # the check of round 9, run over this round's classes
    monkeypatch.setattr(b13, "CLASSES", CLASSES)
    b13.test_every_variant_is_reported_and_no_look_alike(cls)
