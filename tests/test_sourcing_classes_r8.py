"""Round 8 of the sourcing rules, on the misses of blind batches 1-12.

Each class (what an editor would call the red flag) is written out here first in five or more
variants of our own — other verbs, nouns, word order and grammatical positions (a relative clause,
a parenthesis, a list item, a quotation-free aside) — and only then caught by a shape or a
documented list under ``rules/data``; beside each class, the professional forms that must stay
clear of it.
"""

from __future__ import annotations

import pytest

from tests.test_sourcing import HEAD, codes_of

#: SRC006: a view held by a pronoun set in a place of its own, with a verb of believing.
PRONOUN_HOLDERS = [
    "Many in the sector feel the budget was never realistic.",
    "Those close to the matter believe the contractor will walk away.",
    "Plenty around the harbour suspect the dredging will cost double.",
    "The crane order, which some in the industry consider oversized, arrives in May.",
    "Those in the business have long doubted the timeline.",
    "- A few within the profession privately fear a second overrun.",
    "Quite a few across the farming community now think the scheme is dead.",
    "Shipping lines, more than a few inside the trade reckon, are already rerouting.",
]

#: SRC006: a crowd defined by what it follows, headed by a quantifier.
QUANTIFIED_CROWDS = [
    "Several who follow the port closely think the delay suits the board.",
    "Some who track the housing market expect prices to dip.",
    "Plenty who cover the league believe the coach is finished.",
    "A few who study the river say the floods will worsen.",
    "Quite a few who watch the courts expect an appeal.",
]

#: SRC006: one unnamed person described by a job, speaking in a parenthesis or between dashes.
ASIDE_SOURCES = [
    "The tender (one insider calls it a formality) closes on Friday.",
    "The dredger — a veteran pilot at the port says — is too small for the channel.",
    "The cost (a senior engineer on the project puts it at double) was never published.",
    "The second crane - one broker told me - will never be used.",
    "The timetable (a mechanic at the depot admits) has slipped twice.",
]

#: SRC002: an expert at a body with no institute word (an alliance, a collective, a bureau, a board,
#: an authority, a desk), no place and no person in its name, that no gazetteer knows; and an
#: expert named by a field's ending ("a hydrologist at") whose credential is now read.
BODIES_WITHOUT_INSTITUTE_WORD = [
    "“We have never seen water this high,” said Ellen Marsh, a hydrologist at the Continental Hydrology Council.",
    "Tom Reid, founder of the Better Streets Alliance, said the council had ignored warnings.",
    "“Nobody listened,” said Priya Nand, a senior analyst at the Future Mobility Collective.",
    "Dr. Ivo Marek of the Independent Seismic Safety Bureau said the fault was active.",
    "Lena Hart, chief statistician at the Digital Pricing Standards Board, said prices would double.",
    "The warning came from Omar Bello, director of the Responsible Shipping Authority, who said ports were exposed.",
    "Ruth Okafor, head of the Open Risk Desk, said insurers were retreating.",
]

BODIES_CLEAR = [
    "“Rates will rise,” said Ann Cole, an economist at the Financial Conduct Authority.",
    "Tom Reid, a statistician at the Census Bureau, said the count was late.",
    "Ruth Adler, president of the Ohio Farm Bureau, said the harvest was poor.",
    "Lena Hart, a member of the Federal Reserve Board, said inflation was easing.",
    "Omar Bello, a hydrologist at the University of Leeds, said the river was high.",
]

#: SRC003: one person, first a role at a body whose name says nothing of its kind, later (by surname)
#: a post held now or a role at another named body.
TWO_EMPLOYERS = [
    "“Sellers have lost their grip,” said Greg Hollis, chief economist at Pinnacle Home Data. "
    "Hollis, who teaches urban economics at Carver State University, said the shift would be uneven.",
    "Ana Ruiz, a science teacher at Eastgate Academy, said pupils were anxious. "
    "Ruiz, a nurse at St. Anne's Regional Hospital, said the ward was full.",
    "Tom Okoye, head of pricing at Harbor Lane Capital, said rents would fall. "
    "Okoye, who covers the sector for Meridian Research Partners, added that demand was weak.",
    "Mia Varga, a senior trader at Northfold Paper, said costs had doubled. "
    "Varga, director of procurement at Kestrel Box Company, said orders were down.",
    "Sam Otto, an engineer at Brightline Rail, said the track was safe. "
    "Otto, who manages the signals team at Coastway Transit Group, said delays would end.",
]

TWO_EMPLOYERS_CLEAR = [
    "Lee Wong, a senior analyst at Lumen Data, said margins were thin. Wong, who spent a decade at Crest Data Labs, agreed.",
    "Ana Ruiz, a science teacher at Eastgate Academy, said pupils were anxious. Ruiz, a former nurse at St. Anne's Hospital, agreed.",
    "Greg Hollis, chief economist at Pinnacle Home Data, said prices would fall. Hollis, an economist at Pinnacle, said rents would rise.",
    "Tom Okoye, head of pricing at Harbor Lane Capital, said rents would fall. Okoye, who lives in Leeds, added that demand was weak.",
    "Senator Ruth Adler, a member of the Finance Committee, spoke first. Adler, who chairs the Senate Ethics Committee, then left.",
]

#: SRC006: a group opening its clause as the subject of a personal passive of hearsay.
PASSIVE_HEARSAY = [
    "Residents are said to be furious about the new bins.",
    "Officials are believed to be considering a fare rise.",
    "Players are thought in the dressing room to be growing anxious.",
    "The board met on Monday, but many fans are now said to have given up.",
    "Critics are understood to have written to the minister.",
    "- Shoppers are reputed to have stopped coming.",
]

PASSIVE_CLEAR = [
    "All patients were said to be stable, the hospital said.",
    "Two officials were believed to be inside, police said.",
    "The 40 members were thought to be the last of the sect.",
    "Officials are expected to announce the result on Friday.",
    "Residents said to be furious, the mayor told reporters, had called the council.",
]

#: SRC002: a body vouched for as "an independent body" instead of being placed.
SELF_DESCRIBED_BODIES = [
    "The Digital Asset Standards Board, an independent body, said the token was unsafe.",
    "A report by the Open Ledger Research Consortium, an independent research group, found fraud.",
    "Figures from the Clean Shipping Council, a global body, show emissions doubled.",
    "The warning came from the Responsible Lending Panel, an independent watchdog.",
    "- Safe Streets Trust, an independent organisation, counted 40 crashes.",
]

SELF_DESCRIBED_CLEAR = [
    "The Financial Conduct Authority, an independent body, said it would act.",
    "The Ohio Data Council, an independent body, said costs rose.",
    "Food and Water Watch, a nonprofit organization, sued the agency.",
    "The Tax Foundation, a conservative think tank, said rates would rise.",
    "The Gates Foundation, an independent organisation, funded the trial.",
]

#: SRC006: talk with no speaker going round, or said to exist in a setting.
CIRCULATING_TALK = [
    "Talk of a possible takeover approach has done the rounds in the City.",
    "Chatter in the tech circles is growing louder.",
    "Rumours have been circulating among emergency planners for weeks.",
    "There is talk around the town of further victims.",
    "Whispers about the coach's future persist.",
    "The ferry, idle gossip along the quay has it, will be sold.",
]

CIRCULATING_CLEAR = [
    "There has been some talk in the White House about hiring a lawyer.",
    "Talk of a deal has done the rounds, the chief executive said.",
    "Speculation has mounted that the bank will cut rates.",
    "The talks have spread to three more unions.",
    "Word spread quickly after police confirmed the arrest on Monday, officers said.",
]

PRONOUN_CLEAR = [
    "Some in Washington worry that the talks will stall.",  # a named place
    "Many in trade-dependent Nuevo Laredo fear the tariffs.",
    "Those close to him said he would not resign.",  # a verb of saying: a conversation reported
    "She met many in her party establishment who fear a split.",  # a relative clause describing them
    "Many on the left expect the bill to fail.",  # a political camp, not a setting
    "Some in the industry, who asked not to be named because the talks are private, believe a deal is near.",
    "The board (its chairman, Tom Reid, calls it a formality) meets on Friday.",
    "Those in the room included the mayor and two engineers.",
]


FLAGGED = [
    *[("SRC006", s) for s in PRONOUN_HOLDERS],
    *[("SRC006", s) for s in QUANTIFIED_CROWDS],
    *[("SRC006", s) for s in ASIDE_SOURCES],
    *[("SRC002", s) for s in BODIES_WITHOUT_INSTITUTE_WORD],
    *[("SRC003", s) for s in TWO_EMPLOYERS],
    *[("SRC006", s) for s in PASSIVE_HEARSAY],
    *[("SRC002", s) for s in SELF_DESCRIBED_BODIES],
    *[("SRC006", s) for s in CIRCULATING_TALK],
]

CLEARED = [
    *[("SRC006", s) for s in PRONOUN_CLEAR],
    *[("SRC002", s) for s in BODIES_CLEAR],
    *[("SRC001", s) for s in BODIES_CLEAR],
    *[("SRC003", s) for s in TWO_EMPLOYERS_CLEAR],
    *[("SRC006", s) for s in PASSIVE_CLEAR],
    *[("SRC002", s) for s in SELF_DESCRIBED_CLEAR],
    *[("SRC006", s) for s in CIRCULATING_CLEAR],
]


@pytest.mark.parametrize("code,text,flagged", [(c, t, True) for c, t in FLAGGED] + [(c, t, False) for c, t in CLEARED])
def test_each_variant_draws_its_rule_and_each_look_alike_stays_clear(code, text, flagged):
    # an expert with two signs is SRC001, one sign SRC002: a variant may draw either
    codes = (code, "SRC001") if code == "SRC002" and flagged else (code,)
    assert bool(set(codes) & set(codes_of(HEAD + text, *codes))) is flagged, text


def test_a_pronoun_holder_counts_in_densely_attributed_copy():
    named = "".join(f"Engineer Ann Cole{i} said the crane was late, she told reporters. " for i in range(8))
    assert "SRC006" in codes_of(HEAD + named + "Many in the sector feel the budget was never realistic.", "SRC006")


def test_an_aside_source_in_an_agency_story_stays_clear():
    text = "PORTLAND (Reuters) - The tender (one insider calls it a formality) closes on Friday."
    assert codes_of(HEAD + text, "SRC006") == []
