"""Round 13: precision on professional wire copy (issue 13). Each class of false positive found on
the Reuters precision set is written here in sentences of our own: the look-alike must stay
clean, and the bad shapes beside it must still be reported."""

from __future__ import annotations

import pytest

from tests.test_sourcing import HEAD, codes_of

#: A dateline credited to a news agency, the way wire copy opens.
WIRE = "TROMSO (Reuters) - "

#: Sparse sourcing: nothing else in these bodies is attributed, so the density exemption of the
#: wire's summary forms does not apply and only the agency's credit can clear them.
FILLER = "The harbour froze early this year. Ferries were cancelled for a week. "


# -- SRC006: the wire's summary forms in copy credited to a news agency -----------------------------
WIRE_SUMMARIES = [
    "The krone weakened on Monday as oil prices slid, analysts said.",
    "Only four ministers turned up to the cabinet meeting, sources said on Tuesday.",
    "Critics say the quota favours the large trawler fleets.",
    "The port could lose its subsidy as analysts say the vote may be swayed by lobbying.",
    "The levy was passed despite what critics have called a giveaway to shipowners.",
    "The plan may breach trade rules, according to some tax lawyers.",
]


@pytest.mark.parametrize("sentence", WIRE_SUMMARIES)
def test_wire_summary_forms_under_an_agency_dateline_are_clean(sentence):
    assert "SRC006" not in codes_of(HEAD + WIRE + FILLER + sentence, "SRC006")


@pytest.mark.parametrize("sentence", WIRE_SUMMARIES)
def test_the_same_summary_forms_without_an_agency_credit_still_fire(sentence):
    assert "SRC006" in codes_of(HEAD + FILLER + sentence, "SRC006")


@pytest.mark.parametrize("sentence", [
    "It is widely believed that the quota will be cut.",
    "Many industry watchers agree the fleet is too large.",
    "The plan may fail, according to some.",
    "By most accounts, the harbour master was warned.",
])
def test_consensus_and_hearsay_still_fire_under_an_agency_dateline(sentence):
    assert "SRC006" in codes_of(HEAD + WIRE + FILLER + sentence, "SRC006")


def test_an_agency_story_that_pins_a_claim_on_nobody_also_reports_its_summaries():
    text = HEAD + WIRE + FILLER + "It is widely believed that the quota will be cut. The krone fell, analysts said."
    assert codes_of(text, "SRC006").count("SRC006") == 2


# -- SRC006: "it is thought to…" has a referent; the impersonal form takes a clause ----------------
@pytest.mark.parametrize("sentence", [
    "The militia lost the valley in May, but it was thought to have left fighters behind.",
    "The chapel burned down on Sunday. It is believed to date from 1820.",
    "The painting was sold on Friday. It is said to be the last of the series.",
    "Nobody claimed the parcel, which it was believed to have come from abroad.",
])
def test_raised_it_with_a_to_infinitive_is_clean(sentence):
    assert "SRC006" not in codes_of(HEAD + FILLER + sentence, "SRC006")


@pytest.mark.parametrize("sentence", [
    "It is thought that the fire was started deliberately.",
    "It was widely believed that the mayor would resign.",
    "It is said the quarry will close.",
    "It has long been assumed that the bridge is safe.",
])
def test_impersonal_forms_with_a_clause_still_fire(sentence):
    assert "SRC006" in codes_of(HEAD + FILLER + sentence, "SRC006")


# -- SRC006: an impersonal form inside speech a named speaker gives --------------------------------
@pytest.mark.parametrize("sentence", [
    "It is thought that the thieves climbed the fence, the station commander said on Monday.",
    "It is believed that the ferry hit a rock,  she told reporters.",
    "It is thought that two men were involved, Inspector Hanna Lund said in a statement.",
])
def test_impersonal_form_followed_by_a_speech_tag_is_the_speakers_view(sentence):
    assert "SRC006" not in codes_of(HEAD + FILLER + sentence, "SRC006")


@pytest.mark.parametrize("sentence", [
    "It is thought that the council said yes to the plan.",
    "It is believed that the owners told nobody.",
    "It is widely accepted that the ministry added the clause late.",
])
def test_a_saying_verb_inside_the_clause_is_no_speech_tag(sentence):
    assert "SRC006" in codes_of(HEAD + FILLER + sentence, "SRC006")


# -- SRC004: a person introduced by the one name they gave -----------------------------------------
@pytest.mark.parametrize("text", [
    "A trader from the old port, who gave his name as Bakhit, said prices had doubled. Bakhit said the wells were dry.",
    "A nurse identified only as Leila said the ward was full. Leila said the nights were worst.",
    "One driver, who gave only her first name, Sunniva, said the road was blocked. Sunniva said she waited six hours.",
    "A miner who asked to be identified only as Tarek said the shaft flooded. Tarek said nobody came.",
])
def test_self_named_person_is_introduced(text):
    assert "SRC004" not in codes_of(HEAD + text, "SRC004")


@pytest.mark.parametrize("text", [
    "The wells are dry. Bakhit said prices had doubled.",
    "A trader from the old port said prices had doubled. Bakhit said the wells were dry.",
    "The shaft flooded in March, Tarek said.",
])
def test_a_bare_single_name_with_no_introduction_still_fires(text):
    assert "SRC004" in codes_of(HEAD + text, "SRC004")


# -- SRC004: a one-name person introduced by an institutional job word -----------------------------
@pytest.mark.parametrize("text", [
    "The general was refused boarding, military spokesman Sulistyo told a news conference. Sulistyo said no reason was given.",
    "The rally was banned, police spokeswoman Yuliani said. Yuliani said the ban would last a week.",
])
def test_one_name_person_after_an_institutional_voice_is_introduced(text):
    assert "SRC004" not in codes_of(HEAD + text, "SRC004")


@pytest.mark.parametrize("text", [
    "The toll will rise in May, Mayor Tilley said.",
    "The club lost again. Coach Varga told reporters the squad was tired.",
    "The rally was banned. Harwood said the ban would last a week.",
])
def test_titles_that_stand_before_a_surname_and_bare_surnames_still_fire(text):
    assert "SRC004" in codes_of(HEAD + text, "SRC004")


def test_according_to_many_of_a_kind_is_a_consensus_even_under_an_agency_dateline():
    text = HEAD + WIRE + FILLER + "The plan may breach trade rules, according to many tax lawyers."
    assert codes_of(text, "SRC006") == ["SRC006"]


# -- SRC006: a group's claim that a source named in full then speaks for ---------------------------
@pytest.mark.parametrize("text", [
    "Critics say the reservoir may never refill. “We have lost it,” said Mira Holt, a hydrologist at the state university.",
    "The lake may not recover, scientists say. “This is what the future looks like,” said Ansel Varga, a glaciologist.",
    "Some economists also question whether the rule was enforced. “Nobody checked,” said Priya Ramesh, a fund manager at Kestrel Capital.",
    "Researchers suggest the app could reach millions, according to Dr. Colm Byrne of the Galway sleep clinic.",
])
def test_a_group_claim_a_named_source_speaks_for_is_held_in_attributed_copy(text):
    sourced = "The board said the plan was final. The ministry said it would pay. Mayor Ada Lind said the town agreed. "
    assert "SRC006" not in codes_of(HEAD + sourced + text, "SRC006")


@pytest.mark.parametrize("text", [
    "Scientists say the lake may not recover. The dam was finished in 1961.",
    "The lake may not recover, scientists say. “This is what the future looks like,” one glaciologist said.",
    "Many economists believe the rule was never enforced. “Nobody checked,” said Priya Ramesh, a fund manager.",
    "Experts agree the app could reach millions. “It works,” said Colm Byrne, a sleep researcher.",
])
def test_unbacked_groups_and_consensus_still_fire(text):
    sourced = "The board said the plan was final. The ministry said it would pay. Mayor Ada Lind said the town agreed. "
    assert "SRC006" in codes_of(HEAD + sourced + text, "SRC006")


# -- SRC004: a relative introduced by relation, a body's name with its particle --------------------
@pytest.mark.parametrize("text", [
    "The suspect was charged on Friday. Okafor's mother, Adaeze, told reporters she last saw him in May. Adaeze said he was calm.",
    "The farmer's widow, Brigid, said the land would be sold. Brigid said the debts were too large.",
    "The militant group al Nusra claimed the attack on the depot.",
    "The rebel group el Frente said it had freed the hostages.",
])
def test_relatives_and_bodies_with_particles_are_not_lost_introductions(text):
    assert "SRC004" not in codes_of(HEAD + text, "SRC004")


@pytest.mark.parametrize("text", [
    "The suspect was charged on Friday. Adaeze told reporters she last saw him in May.",
    "The talks stalled. al Nusra said it would fight on.",
    "The depot burned. The commander, al Rashid, said the attack failed. Rashid said more would come.",
])
def test_bare_names_and_particles_without_a_body_noun_still_fire(text):
    assert "SRC004" in codes_of(HEAD + text, "SRC004")


# -- SRC011: wire copy, factboxes and reproduced documents ------------------------------------------
#: About 90 words of plain report with no quotation and one attributed sentence.
REPORT = (
    "The regional assembly voted on Tuesday to extend the fishing ban in the northern fjords for "
    "another two years. The measure passed by a wide margin after a short debate. It covers cod and "
    "haddock, and it bars trawlers from the inner waters between March and October. Boat owners will "
    "receive compensation from a fund set up last spring. The assembly will review the ban in 2027, "
    "when a new survey of the stocks is due. The ministry said the survey would start in the autumn."
)


def test_plain_report_without_quotes_still_fires():
    assert codes_of(HEAD + REPORT, "SRC011") == ["SRC011"]


@pytest.mark.parametrize("text", [
    HEAD + WIRE + REPORT,
    "Example headline\n\nBERGEN, Norway (AP) — " + REPORT,
    "Factbox: what the fishing ban covers\n\n" + REPORT,
    "Timeline: the fjord fishing ban\n\n" + REPORT,
    HEAD + "The following is the text of a speech by the fisheries minister to the assembly. " + REPORT,
    HEAD + "(Reuters) - The following statements were posted to the minister's verified accounts. " + REPORT,
])
def test_agency_copy_and_reference_formats_are_not_reported(text):
    assert "SRC011" not in codes_of(text, "SRC011")


@pytest.mark.parametrize("head", ["Factboxes are back in fashion", "Timelines slip again at the shipyard", "Texas votes on the ban"])
def test_a_headline_that_only_begins_with_a_label_word_is_no_label(head):
    assert codes_of(head + "\n\n" + REPORT, "SRC011") == ["SRC011"]


def test_a_reproduction_mentioned_deep_in_the_body_does_not_clear_it():
    text = HEAD + REPORT + " The following is the text of the motion, which runs to four pages."
    assert codes_of(text, "SRC011") == ["SRC011"]
