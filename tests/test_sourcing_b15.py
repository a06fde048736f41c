"""Round 12 of the sourcing rules, on the classes blind batch 15 missed ("the story that moves":
live blogs, timelines, follow-ups, corrections).

Each class is written out first in five or more variants of our own (other names, places and
grammatical positions: a live blog's time stamp, a parenthesis, a list item, a question, a
heading) and only then caught by a shape or a documented list under ``rules/data``; beside each
class, the look-alikes that must stay clear of it.
"""

from __future__ import annotations

import pytest

from tests import test_sourcing_b13 as b13

#: SRC004: a surname never introduced, as the subject of its sentence (after a live blog's
#: stamp), described by "whose", or cited across a parenthetical aside.
SURNAMES = [
    "9:05 a.m. — Tremlett, who runs the bakery by the bridge, says the water reached her ovens.",
    "Ostergaard, whose motion started the review, left the chamber before her vote was counted.",
    "14:20 Vukovic, whose brother drives the night bus, says she was the first to call the depot.",
    "Marchbanks, for her part, said the tender would be rerun in the spring.",
    "- Kowalczuk, in turn, told the hearing the invoices had been approved by phone.",
    "Pellegrini has chaired the residents' group since the flood and says the barrier is too low.",
    "Adebayo was elected on a promise to fix the pool and insists the money is there.",
]
SURNAMES_CLEAR = [
    "Maria Tremlett, who runs the bakery by the bridge, says the water reached her ovens. Tremlett, whose ovens flooded, left.",
    "Ferrovia, for its part, said the tender would be rerun in the spring.",
    "The council, which Pellegrini has chaired since the flood, says the barrier is too low.",
    "Residents, whose homes flooded twice, have asked for a barrier.",
    "Ivo Marchbanks, the clerk, opened the meeting. Marchbanks, for his part, said the tender would be rerun.",
    "Harwick, whose mills closed in the 1980s, has the lowest rents in the county.",
]

#: SRC005: one person's name spelled two ways: the surname again alone with an accent dropped
#: or a letter more, after the article introduced the person by role; the given name's capitals
#: changed; a surname one letter off after a role introduction.
SPELLINGS = [
    "Winger Paulo Gonçalves crossed for the opener. Goncalvez hit the post late on.",
    "Midfielder Marek Kowalczyk was booked early.\n\n- Kowalcyk, booked again, was sent off.",
    "Point guard LaMarcus Tillery scored 30. Lamarcus Tillery sat out the second game.",
    "The board's treasurer, Margot Pettigrew, signed the accounts. Margot Petigrew did not reply this week.",
    "Striker Kenji Abernethy scored twice. Was Abernathy offside? The referee thought not.",
]
SPELLINGS_CLEAR = [
    "Winger Paulo Gonçalves crossed for the opener. Goncalves hit the post late on.",
    "An earlier version of this story misspelled the surname of treasurer Margot Elsworth as Ellsworth.",
    "Point guard LaMarcus Tillery scored 30. LAMARCUS TILLERY: the season in numbers.",
    "The board's treasurer, Margot Elsworth, signed the accounts. Her deputy, Tom Elsworthy, did not.",
]

#: SRC006: hearsay or a mood after a live blog's stamp or a fronted phrase, hearsay as a claim's
#: condition, a crowd's mood known by an evidential hedge, nobody in a setting, observers by
#: participle.
VAGUE = [
    "8:45 p.m. — The talk around the depot is that the line will close.",
    "After the third hearing, the mood in the gallery was that the jury had made up its mind.",
    "Around the paddock, the feeling is that the team bent the rules.",
    "The ferry will be scrapped, if the whispers around the harbour are to be believed.",
    "- the plant is already sold, if the chatter we keep hearing is right;",
    "Tenants, it seems, are up in arms about the service charge.",
    "Are shoppers really as furious as they are reportedly? Shoppers are reportedly furious about it.",
    "Nobody in the trade believes the merger will go through.",
    "No one around the league expects the coach to last the season.",
    "Those following the inquiry closely describe the evidence as damning.",
    "## Parents, apparently, are alarmed by the new timetable",
]
VAGUE_CLEAR = [
    "8:45 p.m. — The talk at the depot was of little else but the closure, said Ann Royle, the union's branch secretary.",
    "After the hearing, the jury retired to consider its verdict.",
    "The ferry will be scrapped if the council's budget is approved.",
    "Tenants are furious about the service charge, said Lin Park, who chairs the tenants' association.",
    "Markets were reportedly jittery after the statement.",
    "Nobody was hurt in the fire.",
    "No one in the building was injured, the fire service said.",
]

#: Each class: the rules that may report it, the variants that must draw one of them and the
#: look-alikes that must draw none.
CLASSES = {
    "surname never introduced": (("SRC004",), SURNAMES, SURNAMES_CLEAR),
    "name spelled two ways": (("SRC005",), SPELLINGS, SPELLINGS_CLEAR),
    "vague holder in a moving story": (("SRC006",), VAGUE, VAGUE_CLEAR),
}


@pytest.mark.parametrize("cls", sorted(CLASSES))
def test_every_variant_is_reported_and_no_look_alike(cls, monkeypatch):
    # the check of round 9, run over this round's classes
    monkeypatch.setattr(b13, "CLASSES", CLASSES)
    b13.test_every_variant_is_reported_and_no_look_alike(cls)
