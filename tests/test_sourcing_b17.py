"""Round 14 of the sourcing rules, on the classes blind batch 17 missed or flagged wrongly ("the
story told through people": profiles, interviews, obituaries, award lists, panels, round-ups).

Each class is written out in variants of our own (other names, bodies and positions: a caption, a
list item, a parenthesis, a subordinate clause) beside the look-alikes that must stay clear.
"""

from __future__ import annotations

import pytest

from lint.loader import make_document
from tests import test_sourcing_b13 as b13
from tests.test_sourcing import HEAD, Context, LintSettings, codes_of, rules

#: SRC006: praise or a verdict pinned on a crowd nobody in which is named: a crowd defined by having
#: worked or played with the subject, connoisseurs, a circle's "many" counting or regarding, the
#: weasel "widely regarded as", a field's majority that "accepts", one unnamed source or figure.
CROWDS = [
    "Those who have played under Brennan describe him as the calmest coach in the league.",
    "People who served under the admiral describe a man who never raised his voice.",
    "(Those who trained under her describe the regime as brutal.)",
    "Connoisseurs regard her glazes as the best of her generation.",
    "- Aficionados considered his third album his finest.",
    "Many in the city's theatre circles count him among the best directors of his time.",
    "Some in the county's farming circles regard the scheme as a lifeline.",
    "She is widely thought of as the best violinist the orchestra has had.",
    "Photo: Okoro, who is widely regarded as the finest wicketkeeper of his era, at the nets.",
    "Most historians now accept that the fire was set deliberately.",
    "Colleagues say he has never missed a shift in thirty years.",
    "According to one long-serving figure in the shipping trade, the line will close.",
    "According to one insider at the depot, the trains will be cut.",
]
CROWDS_CLEAR = [
    "People who worked with Halvorsen at the council, including the former leader Ruth Amis, said she was meticulous.",
    "The firm counts three banks among its clients, its annual report shows.",
    "Analysts at Barclays count the loan among the riskiest on the bank's books, a note to clients said.",
    "The painting is regarded by the gallery's director, Anna Kerr, as its most valuable.",
    "The bridge was built in 1902 and is a listed structure.",
    "A source of heat in the kitchen started the fire, according to the fire service.",
    "Delegates voted 212 to 40 to extend the deadline, the conference chair, Miriam Osei, said.",
    "Bus drivers accept pay offer, ending two-week strike",
]

#: SRC004: a surname introduced in full on the page, in a block the article extraction leaves out
#: (a list of panellists or winners, a heading per speaker), cited later by surname or title alone.
_PANEL = (
    "<html><head><title>Panel urges clearer loan costs</title></head><body>"
    "<h1>Panel urges clearer loan costs</h1><p class=\"byline\">By Amal Farah | Leeds | 3 March 2026</p>"
    "<p>Lenders should show the total cost of a loan before a borrower signs, a panel of bankers and lawyers "
    "said on Tuesday at a consumer finance conference in Leeds. The panel was made up of:</p>"
    "<ul><li>{first}, senior lecturer in economics at the University of Leeds</li>"
    "<li>Oskar Brandt, head of lending at Fellgate Bank, a Leeds lender</li></ul>"
    "<p>{later} said most of the 900 borrowers her department surveyed between January and March did not "
    "know the total cost of their last loan.</p>"
    "<p>Brandt said banks had lost small borrowers to apps because the banks were slower, not dearer.</p>"
    "<p>The conference closes on Friday with an address by the association's chief executive.</p>"
    "</body></html>"
)
PAGE_NAMES_CLEAR = [
    _PANEL.format(first="Dr Ruth Okafor", later="Dr Okafor"),
    _PANEL.format(first="Ruth Okafor", later="Okafor, whose department ran the survey,"),
]
#: the surname never given with a first name anywhere on the page is still reported
PAGE_NAMES = [_PANEL.format(first="Dr Okafor", later="Dr Okafor")]


def _page_codes(text: str, *codes: str) -> list[str]:
    from lint.engine import lint_document

    settings = LintSettings(rules=tuple(rules(*codes)), context=Context())
    return [f.code for f in lint_document(make_document("t.html", text.encode()), settings).findings]


def test_a_name_introduced_in_a_left_out_block_is_introduced():
    assert [t for t in PAGE_NAMES_CLEAR if _page_codes(t, "SRC004")] == []
    assert [t for t in PAGE_NAMES if "SRC004" not in _page_codes(t, "SRC004")] == []


#: SRC009: an interview in Q&A form attributes every answer to the interviewee.
QA = (
    "Pruning the city: a Q&A with tree surgeon Mairead Quinlan\n\n"
    "Mairead Quinlan, 51, has looked after the street trees of Galway for 22 years. We met her at the depot.\n\n"
    "Q: How many trees do you look after?\n\n"
    "A: About 9,000 on the council's list, and a few hundred more that nobody admits to owning. The limes on "
    "the docks are the hardest, because the salt gets into the bark and the wood goes soft at the base.\n\n"
    "Q: What has changed since you started?\n\n"
    "A: The machines are lighter and the ropes are better. The bigger change is the weather. The storms come "
    "earlier in the autumn now, before the leaves are down, and a tree in full leaf catches the wind like a sail.\n\n"
    "Q: Who will take over from you?\n\n"
    "A: One of the two apprentices, if they stay. They climb better than I did at their age, and they ask "
    "better questions than I did too.\n"
)
NO_INTERVIEW = QA.replace("Q: ", "").replace("A: ", "").replace("?\n", ".\n").replace("How many", "The count of").replace(
    "What has changed", "Much has changed").replace("Who will take over", "Somebody will take over")


def test_a_q_and_a_is_sourced_by_its_interviewee():
    assert "SRC009" not in codes_of(QA, "SRC009")
    assert "SRC009" in codes_of(NO_INTERVIEW, "SRC009")


#: SRC007: a profile's quotation set as a paragraph of its own right after the paragraph that opens
#: on the person and their age; a lone quotation after any other paragraph still has no speaker.
PROFILE = (
    "Five mentors\n\n### 2. Tomas Varga, ferry engineer, Split\n\n"
    "Varga, 44, has kept the island ferries running since 2009. He learnt the trade from his uncle.\n\n"
    "\"He never let me touch an engine until I could draw it from memory. It took me a whole winter.\"\n\n"
    "### 3. Ines Duarte, head chef, Porto\n\n"
    "Duarte, 36, runs the kitchen of a harbour restaurant. Her mentor was a school cook in Braga.\n\n"
    "\"She made me taste everything twice, once hot and once cold, before it went out of the kitchen.\"\n"
)
LONE = (
    "Five mentors\n\n### 2. The ferries\n\nThe island ferries have run since 1962 and carry 400,000 people a year.\n\n"
    "\"He never let me touch an engine until I could draw it from memory. It took me a whole winter.\"\n"
)


def test_a_profile_quotation_belongs_to_the_person_just_introduced():
    assert "SRC007" not in codes_of(PROFILE, "SRC007")
    assert "SRC007" in codes_of(LONE, "SRC007")


#: SRC002: a body the copy places with a description after its name ("…, a research charity in Leeds").
BODIES_PLACED = [
    "Dr Lena Ostrova, a psychologist at the Moorland Institute for Child Development, a research charity in "
    "Huddersfield, said the evidence was mixed.",
    "Tom Iles, head of policy at the Valley Centre for Rural Studies, a Cardiff-based think tank, said rents rose.",
    # a body named after a region written in one word, a compass prefix and a place
    "Jonas Keller, head of training at the Nordhessen Trades Association, said applications rose.",
]
BODIES_UNPLACED = [
    "Dr Lena Ostrova, a psychologist at the Moorland Institute for Child Development, said the evidence was mixed.",
]


def test_a_body_placed_by_its_description_is_traceable():
    assert [t for t in BODIES_PLACED if {"SRC001", "SRC002"} & set(codes_of(HEAD + t, "SRC001", "SRC002"))] == []
    assert [t for t in BODIES_UNPLACED if not {"SRC001", "SRC002"} & set(codes_of(HEAD + t, "SRC001", "SRC002"))] == []


#: SRC006: a crowd set in its place ("on the wards") that the next sentence backs with a member
#: named in full, described and reporting, is the wire's summary of that member.
BACKED = (
    "Nurses on the ground say the rota has changed their lives. Ana Ruiz, who runs the night team at "
    "St Hild's Hospital in Hartlepool, said her nurses now get two full weekends off a month."
)
UNBACKED = "Nurses on the ground say the rota has changed their lives. The rota started in May."


def test_a_placed_crowd_backed_by_a_named_member_is_a_summary():
    assert "SRC006" not in codes_of(HEAD + BACKED, "SRC006")
    assert "SRC006" in codes_of(HEAD + UNBACKED, "SRC006")


#: SRC002: a body praised instead of named, as an employer, a judge or the giver of an honour.
ACCLAIMED = [
    "Rents will rise, said Mara Toft, a senior fellow at a leading national housing think tank.",
    "The shortlist was chosen by judges drawn from a top European business school.",
    "A prestigious West African business magazine named her one of its young leaders.",
    "(Iles is director of a leading Nordic climate institute.)",
    "- Honours: fellow of a highly respected international engineering society",
]
ACCLAIMED_CLEAR = [
    "Rents will rise, said the Resolution Foundation, a leading think tank.",
    "She joined a leading think tank, the Resolution Foundation, in 2019.",
    "The Bank of England is a leading central bank.",
    "Mara Toft, a fellow at the Resolution Foundation, a leading think tank, said rents would rise.",
    "Shares in the bank, a leading lender to small firms, fell 3%.",
    "The bonds were downgraded by a top ratings agency on Friday, traders said.",
]


CLASSES = {
    "crowds and unnamed figures in a profile": (("SRC006",), CROWDS, CROWDS_CLEAR),
    "body praised instead of named": (("SRC001", "SRC002"), ACCLAIMED, ACCLAIMED_CLEAR),
}


@pytest.mark.parametrize("cls", sorted(CLASSES))
def test_every_variant_is_reported_and_no_look_alike(cls, monkeypatch):
    monkeypatch.setattr(b13, "CLASSES", CLASSES)
    b13.test_every_variant_is_reported_and_no_look_alike(cls)

