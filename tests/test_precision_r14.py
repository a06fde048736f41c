"""Round 14: precision on professional copy (issue 13 §1). Each class of false positive found on
the credible corpora and the blind batches' credible look-alikes is written here in sentences of
our own: the look-alikes must stay clean, and the bad shapes beside them must still be reported.
Each table maps a class to the rule it concerns and to whole texts (headline, blank line, body)."""

from __future__ import annotations

import pytest

from lint.rulepack import builtin_rules_dir, load_pack
from tests.conftest import lint_text

HEAD = "Example headline\n\n"

#: The packs of the rules this file concerns.
RULES = tuple(rule for pack in ("sourcing.toml", "readability.toml") for rule in load_pack(builtin_rules_dir() / pack))


#: A wire brief's long, punctuated sentences (about 45 words each).
BRIEF_SENTENCES = [
    "The port authority of Halden said on Thursday that it would close the northern container terminal "
    "for three weeks from March so that engineers could replace two cranes and repair the quay wall, "
    "which was damaged in a storm last winter.",
    "Shipping lines that use the terminal, including two of the largest carriers on the North Sea "
    "routes, have been asked to move their calls to the southern terminal, where the authority said "
    "extra staff would work night shifts to keep delays short.",
    "The authority, which is owned by the municipality and the regional government, said the repairs "
    "would cost about 40 million crowns and would be paid for from its reserves rather than from "
    "higher fees, a spokeswoman told a local newspaper.",
]

#: Run-on text: clauses strung on "and" without a full stop, as pasted or transcribed copy is.
RUN_ON = (
    "the port authority said the terminal would close and the cranes would be replaced and the quay "
    "wall would be repaired and the shipping lines would move to the other terminal and the staff "
    "would work at night and the repairs would cost a great deal of money and the reserves would pay "
    "for it and the fees would not rise and the spokeswoman said the newspaper had it right and the "
    "work would start in March and end in April if the weather held and nobody objected to the plan "
    "and the mayor said she would open the terminal herself when the work was done"
)

#: A report with two sourced sentences, so that only the vague forms tested can fire.
SOURCED = "The council voted on Tuesday. Mayor Ada Lind said the plan was final. "

CASES: dict[str, tuple[str, bool, list[str]]] = {
    "RDB002: a wire brief of two or three long, punctuated sentences": ("RDB002", False, [
        "Port closes terminal for repairs\n\n" + " ".join(BRIEF_SENTENCES),
        "Port closes terminal for repairs\n\n" + " ".join(BRIEF_SENTENCES[:2]) + " " + BRIEF_SENTENCES[2].replace("a spokeswoman", "the authority's spokeswoman, Kari Dahl,"),
        "HALDEN (Wire) - " + " ".join(BRIEF_SENTENCES[1:]) + " " + BRIEF_SENTENCES[0],
    ]),
    "RDB002: run-on text, short or long": ("RDB002", True, [
        "Port closes terminal\n\n" + RUN_ON[0].upper() + RUN_ON[1:] + ".",
        "Port closes terminal\n\n" + " ".join([BRIEF_SENTENCES[0], RUN_ON[0].upper() + RUN_ON[1:] + "."]),
        "Port closes terminal\n\n" + " ".join(BRIEF_SENTENCES * 2),
    ]),
    "SRC004: a plural common noun or a number opening a sentence": ("SRC004", False, [HEAD + s for s in [
        "The regatta starts at nine on Saturday. Organisers said 200 rowers had entered.",
        "The state police attended 40 crashes overnight. Troopers confirmed that one driver had died.",
        "- **Wages:** Employers added 90,000 jobs in May, the statistics office reported.",
        "Of the 30 shops on the quay, 12 have reopened. Seven have said they will not come back.",
        "Crowds gathered in the square after dark. Videos posted online showed people dancing.",
        "The bank held rates on Thursday. Policymakers said inflation would ease next year.",
        "The cherry harvest was poor. Growers say the frost came too late in the spring.",
    ]]),
    "SRC004: a surname with no introduction, even one that is an English word": ("SRC004", True, [HEAD + s for s in [
        "The regatta starts at nine on Saturday. Okafor said 200 rowers had entered.",
        "The harbour froze early this year. Banks said the ferries would run again in March.",
        "The plant will close in June. Holloway confirmed that 300 jobs would go.",
    ]]),
    "SRC004: a judge named by their judicial style": ("SRC004", False, [HEAD + s for s in [
        "In a judgment handed down on Friday, Mr Justice Pellow said the landlord had acted lawfully.",
        "Mrs Justice Ormerod said the council had failed to consult the tenants.",
        "Giving the ruling of the Court of Appeal, Lady Justice Brandt said the appeal failed.",
        "Lord Justice Fenwick said the sentence had been too lenient.",
    ]]),
    "SRC004: a title and surname that lost its given name": ("SRC004", True, [HEAD + s for s in [
        "Mayor Pellow said the landlord had acted lawfully.",
        "Judge Ormerod said the council had failed to consult the tenants.",
    ]]),
    "SRC006: a crowd in a headline that is told something (passive, 'are' dropped)": ("SRC006", False, [
        "Drivers warned after fake parking website takes £30,000\n\n" + SOURCED,
        "Residents urged to boil water as pipes are repaired\n\n" + SOURCED,
        "Tenants told not to pay the new service charge\n\n" + SOURCED,
        "Parents warned over counterfeit school uniforms\n\n" + SOURCED,
    ]),
    "SRC006: a claim pinned on a group in a headline": ("SRC006", True, [
        "Experts say the new bridge is unsafe\n\n" + SOURCED,
        "Scientists warn coffee will soon run out\n\n" + SOURCED,
    ]),
    "SRC006: 'knows someone', 'felt put off': acquaintance and feelings, no claim": ("SRC006", False, [HEAD + SOURCED + s for s in [
        "In the valley almost everyone knows someone who works at the smelter.",
        "Everybody in the village knows somebody who lost a boat in the storm.",
        "Many older people felt put off by advice that seemed out of reach.",
        "Many passengers felt unsafe on the late trains, the survey found.",
    ]]),
    "SRC006: a view or a fact pinned on everyone": ("SRC006", True, [HEAD + SOURCED + s for s in [
        "Everyone knows the smelter is poisoning the river.",
        "Many older people felt that the advice was out of reach.",
        "Many passengers feel the late trains are unsafe.",
        "Many commuters felt like the new timetable was a cash grab.",
    ]]),
    "SRC002: the founder of a named business": ("SRC002", False, [HEAD + s for s in [
        "“We would have to sell,” said Ilse Marten, founder and chief executive of delivery startup Parcelo.",
        "The board includes Tomas Vidal, founder and chairman of Vidal Holdings Inc, a property investor.",
        "“Prices will fall,” said Rui Costa, founder and president of Costa Ltd, a wine exporter.",
    ]]),
    "SRC002: a founder's title before a body no reader can find": ("SRC002", True, [HEAD + s for s in [
        "“Nature heals,” said Ilse Marten, founder and president of the Oslo Institute for Natural Healing.",
        "“Prices will fall,” said Rui Costa, founder and director of the Lisbon Wine Council.",
        "“Trust us,” said Rui Costa, co-founder and president of the Oslo Institute for Natural Healing.",
    ]]),
    "SRC002: a body the copy places with 'in' or 'at'": ("SRC002", False, [HEAD + s for s in [
        "“Demand is slowing,” said Ravi Anand, chief economist at the Economic Outlook Group in Tarrytown.",
        "The graduates of the National Academy at Glenbrook were congratulated by the governor.",
    ]]),
    "SRC002: an abstract body with no place": ("SRC002", True, [HEAD + s for s in [
        "“Demand is slowing,” said Ravi Anand, chief economist at the Global Policy Institute.",
        "According to the Global Strategy Council, demand is slowing.",
    ]]),
    "SRC005: common words beside a name, a surname's particle, a name's words used as words": ("SRC005", False, [HEAD + s for s in [
        "The charity has stopped collecting money in New York state, the state attorney general's office said. The State Assembly will debate it.",
        "“It will not happen,” said Pieter van Dorn, senior fellow at a Dutch research institute. Van Dorn said the talks would fail.",
        "Officials at Homeland Security said the order stood. Critics said homeland security was a pretext.",
    ]]),
    "SRC005: a person's name with a word in lower case": ("SRC005", True, [HEAD + s for s in [
        "Economist Hanna Lerche said rates would fall. economist hanna Lerche added that prices would rise.",
        "Analyst mark Jensen said the bank would hold rates.",
    ]]),
}


@pytest.mark.parametrize(("cls", "code", "fires", "text"),
                         [(cls, code, fires, text) for cls, (code, fires, texts) in CASES.items() for text in texts])
def test_class(cls, code, fires, text):
    """A look-alike (``fires`` False) stays clean; a bad shape beside it is still reported."""
    found = [f.code for f in lint_text(text, [r for r in RULES if r.code == code]).findings]
    assert (code in found) is fires, f"{cls}: {text}"
