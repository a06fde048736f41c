"""Round 13: precision on professional wire copy (issue 13). Each class of false positive found on
the Reuters precision set is written here in sentences of our own: the look-alike must stay
clean, and the bad shapes beside it must still be reported. Each table maps a class to the rule
it concerns and to whole texts (headline, blank line, body)."""

from __future__ import annotations

import pytest

from tests.test_sourcing import HEAD, codes_of

#: A dateline credited to a news agency, the way wire copy opens.
WIRE = "TROMSO (Reuters) - "

#: Sparse sourcing: nothing else in these bodies is attributed, so the density exemption of the
#: wire's summary forms does not apply and only the agency's credit can clear them.
FILLER = "The harbour froze early this year. Ferries were cancelled for a week. "

#: Three attributed sentences: a well-attributed story, where the wire's summaries are held.
SOURCED = "The board said the plan was final. The ministry said it would pay. Mayor Ada Lind said the town agreed. "

#: About 90 words of plain report with no quotation and one attributed sentence (SRC011).
REPORT = (
    "The regional assembly voted on Tuesday to extend the fishing ban in the northern fjords for "
    "another two years. The measure passed by a wide margin after a short debate. It covers cod and "
    "haddock, and it bars trawlers from the inner waters between March and October. Boat owners will "
    "receive compensation from a fund set up last spring. The assembly will review the ban in 2027, "
    "when a new survey of the stocks is due. The ministry said the survey would start in the autumn."
)

WIRE_SUMMARIES = [
    "The krone weakened on Monday as oil prices slid, analysts said.",
    "Only four ministers turned up to the cabinet meeting, sources said on Tuesday.",
    "Critics say the quota favours the large trawler fleets.",
    "The port could lose its subsidy as analysts say the vote may be swayed by lobbying.",
    "The levy was passed despite what critics have called a giveaway to shipowners.",
    "The plan may breach trade rules, according to some tax lawyers.",
]

#: class → (rule, whether the rule must fire, texts): look-alikes first, then the bad shapes.
CASES: dict[str, tuple[str, bool, list[str]]] = {
    "the wire's summary forms under an agency dateline": ("SRC006", False, [HEAD + WIRE + FILLER + s for s in WIRE_SUMMARIES]),
    "'it ... to': a thing's passive, not the impersonal form": ("SRC006", False, [HEAD + FILLER + s for s in [
        "The militia lost the valley in May, but it was thought to have left fighters behind.",
        "The chapel burned down on Sunday. It is believed to date from 1820.",
        "The painting was sold on Friday. It is said to be the last of the series.",
        "Nobody claimed the parcel, which it was believed to have come from abroad.",
    ]]),
    "an impersonal form before a speech tag is the speaker's view": ("SRC006", False, [HEAD + FILLER + s for s in [
        "It is thought that the thieves climbed the fence, the station commander said on Monday.",
        "It is believed that the ferry hit a rock,  she told reporters.",
        "It is thought that two men were involved, Inspector Hanna Lund said in a statement.",
    ]]),
    "a group's spoken claim a source named in full speaks for": ("SRC006", False, [HEAD + SOURCED + s for s in [
        "Critics say the reservoir may never refill. “We have lost it,” said Mira Holt, a hydrologist at the state university.",
        "The lake may not recover, scientists say. “This is what the future looks like,” said Ansel Varga, a glaciologist.",
        "Some economists also question whether the rule was enforced. “Nobody checked,” said Priya Ramesh, a fund manager at Kestrel Capital.",
        "Researchers suggest the app could reach millions, according to Dr. Colm Byrne of the Galway sleep clinic.",
    ]]),
    "a person introduced by the one name they gave": ("SRC004", False, [HEAD + s for s in [
        "A trader from the old port, who gave his name as Bakhit, said prices had doubled. Bakhit said the wells were dry.",
        "A nurse identified only as Leila said the ward was full. Leila said the nights were worst.",
        "One driver, who gave only her first name, Sunniva, said the road was blocked. Sunniva said she waited six hours.",
        "A miner who asked to be identified only as Tarek said the shaft flooded. Tarek said nobody came.",
    ]]),
    "a one-name person after an institutional voice": ("SRC004", False, [HEAD + s for s in [
        "The general was refused boarding, military spokesman Sulistyo told a news conference. Sulistyo said no reason was given.",
        "The rally was banned, police spokeswoman Yuliani said. Yuliani said the ban would last a week.",
    ]]),
    "a relative after a kinship word, a body named with a particle": ("SRC004", False, [HEAD + s for s in [
        "The suspect was charged on Friday. Okafor's mother, Adaeze, told reporters she last saw him in May. Adaeze said he was calm.",
        "The farmer's widow, Brigid, said the land would be sold. Brigid said the debts were too large.",
        "The militant group al Nusra claimed the attack on the depot.",
        "The rebel group el Frente said it had freed the hostages.",
    ]]),
    "agency copy, reference formats and reproduced documents": ("SRC011", False, [
        HEAD + WIRE + REPORT,
        "Example headline\n\nBERGEN, Norway (AP) — " + REPORT,
        "Factbox: what the fishing ban covers\n\n" + REPORT,
        "Timeline: the fjord fishing ban\n\n" + REPORT,
        HEAD + "The following is the text of a speech by the fisheries minister to the assembly. " + REPORT,
        HEAD + "(Reuters) - The following statements were posted to the minister's verified accounts. " + REPORT,
    ]),
    "the same summary forms without an agency credit": ("SRC006", True, [HEAD + FILLER + s for s in WIRE_SUMMARIES]),
    "consensus and hearsay under an agency dateline": ("SRC006", True, [HEAD + WIRE + FILLER + s for s in [
        "It is widely believed that the quota will be cut.",
        "Many industry watchers agree the fleet is too large.",
        "The plan may fail, according to some.",
        "By most accounts, the harbour master was warned.",
        "The plan may breach trade rules, according to many tax lawyers.",
    ]]),
    "impersonal forms with a clause": ("SRC006", True, [HEAD + FILLER + s for s in [
        "It is thought that the fire was started deliberately.",
        "It was widely believed that the mayor would resign.",
        "It is said the quarry will close.",
        "It has long been assumed that the bridge is safe.",
    ]]),
    "a saying verb inside the clause is no speech tag": ("SRC006", True, [HEAD + FILLER + s for s in [
        "It is thought that the council said yes to the plan.",
        "It is believed that the owners told nobody.",
        "It is widely accepted that the ministry added the clause late.",
    ]]),
    "groups nobody named backs, and consensus": ("SRC006", True, [HEAD + SOURCED + s for s in [
        "Scientists say the lake may not recover. The dam was finished in 1961.",
        "The lake may not recover, scientists say. “This is what the future looks like,” one glaciologist said.",
        "Many economists believe the rule was never enforced. “Nobody checked,” said Priya Ramesh, a fund manager.",
        "Experts agree the app could reach millions. “It works,” said Colm Byrne, a sleep researcher.",
    ]]),
    "a bare single name with no introduction": ("SRC004", True, [HEAD + s for s in [
        "The wells are dry. Bakhit said prices had doubled.",
        "A trader from the old port said prices had doubled. Bakhit said the wells were dry.",
        "The shaft flooded in March, Tarek said.",
        "The suspect was charged on Friday. Adaeze told reporters she last saw him in May.",
        "The talks stalled. al Nusra said it would fight on.",
        "The depot burned. The commander, al Rashid, said the attack failed. Rashid said more would come.",
    ]]),
    "titles that stand before a surname": ("SRC004", True, [HEAD + s for s in [
        "The toll will rise in May, Mayor Tilley said.",
        "The club lost again. Coach Varga told reporters the squad was tired.",
        "The rally was banned. Harwood said the ban would last a week.",
    ]]),
    "a report with no quote, no credit and no label": ("SRC011", True, [
        HEAD + REPORT,
        "Factboxes are back in fashion\n\n" + REPORT,
        "Timelines slip again at the shipyard\n\n" + REPORT,
        "Texas votes on the ban\n\n" + REPORT,
        HEAD + REPORT + " The following is the text of the motion, which runs to four pages.",
    ]),
}




def _cases(fires: bool) -> list[tuple[str, str, str]]:
    return [(cls, code, text) for cls, (code, must, texts) in CASES.items() if must is fires for text in texts]


@pytest.mark.parametrize(("cls", "code", "text"), _cases(False))
def test_professional_look_alike_stays_clean(cls, code, text):
    assert code not in codes_of(text, code), f"{cls}: {text}"


@pytest.mark.parametrize(("cls", "code", "text"), _cases(True))
def test_bad_shape_still_fires(cls, code, text):
    assert code in codes_of(text, code), f"{cls}: {text}"


def test_an_agency_story_that_pins_a_claim_on_nobody_also_reports_its_summaries():
    text = HEAD + WIRE + FILLER + "It is widely believed that the quota will be cut. The krone fell, analysts said."
    assert codes_of(text, "SRC006").count("SRC006") == 2
