"""The people extraction: names, titles, credentials, surnames and quotes in professional copy."""

from __future__ import annotations

from lint.document import build_document
from lint.people import extract_people, is_name, person_key


def people_of(body: str):  # type: ignore[no-untyped-def]
    return extract_people(build_document("t.txt", "Example headline\n\n" + body))


def only(body: str):  # type: ignore[no-untyped-def]
    persons = people_of(body).persons
    assert len(persons) == 1, [p.name for p in persons]
    return persons[0]


def test_full_name_then_surname_is_one_person_with_its_credential():
    person = only(
        "Ingrid Okafor-Lund, a senior fellow at the Brookings Institution, said the talks had stalled. "
        "Okafor-Lund added that neither side had moved."
    )
    assert person.name == "Ingrid Okafor-Lund"
    assert [m.name for m in person.mentions] == ["Ingrid Okafor-Lund", "Okafor-Lund"]
    first = person.mentions[0]
    assert (first.role, first.org, first.source) == ("senior fellow", "Brookings Institution", True)
    assert person.mentions[1].source


def test_possessive_organisation_before_the_role():
    person = only("Goldman Sachs' chief economist Jan Hatzius said growth would slow.")
    m = person.mentions[0]
    assert (person.name, m.role, m.org) == ("Jan Hatzius", "chief economist", "Goldman Sachs")


def test_said_on_tuesday_and_title_split_from_name():
    person = only("Russian Foreign Minister Sergey Lavrov said on Tuesday that the offer stood.")
    m = person.mentions[0]
    assert person.name == "Sergey Lavrov"
    assert m.title == "Russian Foreign Minister" and m.source


def test_inverted_attribution_and_curly_quote_attribution():
    people = people_of("“We have studied this for two years,” said Council President Ana Ruiz, who sponsored the measure.")
    assert [p.name for p in people.persons] == ["Ana Ruiz"]
    (quote,) = people.quotes
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def test_dash_attribution_with_comma_chained_credential():
    person = only("“Prices will not recover soon.” – Dr. Mira Halden, Senior Market Strategist, Northbridge Analytics Group.")
    m = person.mentions[0]
    assert m.title == "Dr." and m.chained
    assert (m.role, m.org) == ("Senior Market Strategist", "Northbridge Analytics Group")


def test_according_to_and_told_make_a_source_but_not_the_listener():
    people = people_of("According to Lars Emmerich, the plant will close. Emmerich told Reuters the decision was final.")
    assert [p.name for p in people.persons] == ["Lars Emmerich"]
    assert all(m.source for m in people.persons[0].mentions)
    assert not people.orphans  # "Reuters" is the listener, not a source


def test_particles_and_later_surname_reference():
    person = only("Ursula von der Leyen said the bloc would respond. Leyen is a shortened form nobody uses; von der Leyen added more.")
    assert person.name == "Ursula von der Leyen"
    assert person_key("Dr. Ursula  von der Leyen") == person_key("ursula von der leyen")


def test_arabic_particle_surname_links_to_full_name():
    people = people_of("Prime Minister Haidar al-Abadi said troops would stay. Abadi said the vote was void.")
    assert [p.name for p in people.persons] == ["Haidar al-Abadi"]
    assert not people.orphans


def test_passing_full_name_is_promoted_when_the_surname_is_quoted():
    people = people_of(
        "Thomas Beck, who represents the waterfront district, opposed the plan. Beck said he would ask for a delay."
    )
    assert [p.name for p in people.persons] == ["Thomas Beck"]
    assert not people.orphans


def test_places_and_bodies_are_not_people():
    people = people_of("The United States said on Monday it would send aid. The White House says more is coming.")
    assert people.persons == ()
    assert not is_name(["United", "States"]) and is_name(["Anya", "Petrova"])


def test_surname_never_introduced_is_an_orphan():
    people = people_of("The vote was close. Greene notes that the council was split.")
    assert [m.name for m in people.orphans] == ["Greene"]
    assert "greene" not in people.introduced


def test_quotes_spanning_paragraphs_keep_their_speaker():
    people = people_of(
        "Mayor Ann Holt, who proposed the barrier, said: “We will build it. It will take three years.\n\n"
        "“And it will protect every home on the harbour.”"
    )
    first, second = people.quotes
    assert first.speaker is not None and first.speaker.name == "Ann Holt"
    assert second.speaker is None  # its own paragraph names nobody; SRC007 lets it continue the previous one


def test_byline_author_is_not_a_source():
    doc = build_document("t.txt", "Headline here\n\nBy Maria Lindqvist\n\nThe council met. Ana Ruiz said it went well.")
    assert [p.name for p in extract_people(doc).persons] == ["Ana Ruiz"]


def test_extraction_is_memoised_per_document():
    doc = build_document("t.txt", "Headline\n\nAna Ruiz said so.")
    assert extract_people(doc) is extract_people(doc)
