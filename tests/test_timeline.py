"""The time-line extraction: what it finds, how it normalises it, and what it leaves alone."""

from __future__ import annotations

import datetime as dt

import pytest

from lint.document import build_document
from lint.timeline import document_date, extract_timeline, parse_date_value


def timeline(body: str, fmt: str = "text", as_of: dt.date | None = None):  # type: ignore[no-untyped-def]
    text = body if fmt == "markdown" else "Example headline\n\n" + body
    doc = build_document("t.txt", text, fmt)  # type: ignore[arg-type]
    return doc, extract_timeline(doc, as_of)


def spans(doc, items):  # type: ignore[no-untyped-def]
    return [doc.text[i.start : i.end] for i in items]


def test_full_dates_in_the_usual_forms():
    doc, tl = timeline("It began on Tuesday, March 4, 2025, then 5 April 2024, then 2023-11-30 and on June 2nd.")
    got = [(d.year, d.month, d.day, d.weekday) for d in tl.dates]
    assert got == [(2025, 3, 4, 1), (2024, 4, 5, None), (2023, 11, 30, None), (None, 6, 2, None)]
    assert all(d.valid for d in tl.dates)


def test_impossible_days_are_marked_invalid_but_leap_days_are_not():
    _, tl = timeline("Dated February 30, 2025 and April 31; also February 29, 2024 and 2024-13-02.")
    assert [(d.month, d.day, d.valid) for d in tl.dates] == [(2, 30, False), (4, 31, False), (2, 29, True), (13, 2, False)]
    _, tl = timeline("The deadline was February 29, 2023.")
    assert [d.valid for d in tl.dates] == [False]


def test_numbers_that_are_not_dates_are_ignored():
    _, tl = timeline("Sales rose 31% in May 12 percent of cases. He scored 30 in March. Ticket 2025-1234 is open.")
    assert tl.dates == ()


def test_years_are_classified():
    doc, tl = timeline(
        "In 2014 it began; from 2014 to 2016 it grew; the 2024-25 season ended; fiscal 2023 results; "
        "FY2022 too; the 1990s were calm; it cost $2015; 2,014 people came."
    )
    assert [(y.year, y.kind) for y in tl.years] == [
        (2014, "year"), (2014, "range"), (2024, "season"), (2023, "fiscal"), (2022, "fiscal"), (1990, "decade"),
    ]  # fmt: skip


def test_month_years_and_parts_of_years():
    _, tl = timeline("It started in February 2022, peaked in mid-2023 and eased by late 2024.")
    assert [(m.year, m.first_month, m.last_month) for m in tl.month_years] == [(2022, 2, 2), (2023, 5, 8), (2024, 9, 12)]


def test_relative_expressions_and_their_units():
    doc, tl = timeline("He left yesterday; she arrives this weekend; talks were last week and on Tuesday, not Tuesday, March 4.")
    assert [(doc.text[r.start : r.end], r.unit) for r in tl.relatives] == [
        ("yesterday", "day"), ("this weekend", "weekend"), ("last week", "week"), ("on Tuesday", "weekday"),
    ]  # fmt: skip


def test_elapsed_durations_with_their_bounds_and_subject():
    _, tl = timeline(
        "The war, now in its second year, drags on. Just 22 months into the conflict, aid slowed. "
        "The siege was in its third year when the dam broke."
    )
    got = [(e.low, e.high, e.subject, e.past) for e in tl.elapsed]
    assert got == [(12, 24, "war", False), (22, 23, "war", False), (24, 36, "siege", True)]


def test_anchors_state_the_present():
    doc, tl = timeline("As of early 2025 the war continues into 2025; as of March 2025 prices fell.")
    assert [(a.when.year, a.when.first_month, a.when.last_month) for a in tl.anchors] == [
        (2025, 1, 4), (2025, 1, 12), (2025, 3, 3),
    ]  # fmt: skip


def test_one_off_events_in_four_constructions():
    doc, tl = timeline(
        "After the 2014 annexation of Crimea, officials met. The annexation of Crimea in 2015 was condemned. "
        "Russia annexed Crimea in 2016. Crimea, the peninsula seized by force, was annexed by Russia in 2017."
    )
    assert [(e.event, e.obj, e.year) for e in tl.events] == [
        ("annex", "crimea", 2014), ("annex", "crimea", 2015), ("annex", "crimea", 2016), ("annex", "crimea", 2017),
    ]  # fmt: skip


def test_different_objects_are_different_events():
    _, tl = timeline("Russia annexed Crimea in 2014 and four more regions in 2022.")
    assert [(e.obj, e.year) for e in tl.events] == [("crimea", 2014)]


def test_start_dates_of_ongoing_things():
    _, tl = timeline("Since the invasion in February 2022, and after the pandemic began in March 2020, prices rose.")
    assert [(s.subject, s.when.year, s.when.first_month) for s in tl.starts] == [("war", 2022, 2), ("pandemic", 2020, 3)]


def test_ages_and_birth_years_per_person():
    _, tl = timeline("Jane Doe, 45, spoke first. The 30-year-old Tom Roe replied. Doe was born in 1980.")
    assert [(a.person, a.age) for a in tl.ages] == [("Doe", 45), ("Roe", 30)]
    assert [(b.person, b.year) for b in tl.births] == [("Doe", 1980)]


@pytest.mark.parametrize(
    ("text", "expected", "second_span"),
    [
        (
            "Then-President Smith met ex-President Jones, Vice President Lee, former Massachusetts Gov. Ann Kim "
            "and President-elect Ann Cole. Later President Ann Cole spoke.",
            [("president", "Jones", True), ("governor", "Kim", True), ("president", "Cole", False)],
            "former Massachusetts Gov. Ann Kim",
        ),
        (  # lower case, after an employer, with the head of a two-word office
            "Harbour Board chief executive Ola Venn met former fire chief Ida Berg, the union's general secretary "
            "Kai Moss, Deputy Director Al Ruiz and Foreign Minister Eva Lind. Said director Bo Ek: no.",
            [("executive", "Venn", False), ("chief", "Berg", True), ("secretary", "Moss", False),
             ("minister", "Lind", False), ("director", "Ek", False)],
            "former fire chief Ida Berg",
        ),
    ],
)
def test_titles_know_former_from_current_and_skip_other_offices(text, expected, second_span):  # type: ignore[no-untyped-def]
    doc, tl = timeline(text)
    assert [(t.title, t.person, t.former) for t in tl.titles] == expected
    assert spans(doc, tl.titles)[1] == second_span


def test_document_date_precedence_front_matter_then_dateline_then_as_of():
    as_of = dt.date(2030, 1, 1)
    md = "---\ntitle: T\ndate: 2025-03-04\n---\n\nT\n\nLONDON, June 1, 2024 (Reuters) - Text."
    doc = build_document("a.md", md, "markdown")
    assert document_date(doc, as_of).date == dt.date(2025, 3, 4)
    doc = build_document("a.txt", "T\n\nLONDON, June 1, 2024 (Reuters) - Text.", "text")
    found = document_date(doc, as_of)
    assert (found.date, found.source) == (dt.date(2024, 6, 1), "dateline")
    doc = build_document("a.txt", "T\n\nLONDON (Reuters) - Text on June 1, 2024.", "text")
    assert document_date(doc, as_of).source == "as-of"
    assert document_date(doc, None) is None


def test_dateline_forms():
    for head, want in [
        ("WASHINGTON, March 4, 2025 (Reuters) - The", dt.date(2025, 3, 4)),
        ("KYIV, Ukraine, Tuesday, March 4, 2025 — The", dt.date(2025, 3, 4)),
        ("March 4, 2025\n\nThe", dt.date(2025, 3, 4)),
        ("PARIS, 4 March 2025 (AFP) - The", dt.date(2025, 3, 4)),
    ]:
        doc = build_document("a.txt", "Headline here\n\n" + head + " talks went on.", "text")
        found = document_date(doc, None)
        assert found and found.date == want, head


def test_front_matter_date_values():
    assert parse_date_value("2025-03-04T10:00:00Z") == dt.date(2025, 3, 4)
    assert parse_date_value("March 4, 2025") == dt.date(2025, 3, 4)
    assert parse_date_value("soon") is None


def test_extraction_is_memoised_per_document():
    doc, tl = timeline("It happened yesterday.")
    assert extract_timeline(doc) is tl


@pytest.mark.parametrize(
    "sentence, event, year",
    [
        ("The company, founded by Dara's grandparents in a rented garage in 1987, grew.", "found", 1987),
        ("The bridge was built by Dutch engineers on the old quay in 1887.", "build", 1887),
        ("The club was established at St Anne's by three nurses in 1950.", "found", 1950),
        ("The mill opened beside the canal in March 1904.", "open", 1904),
        ("The hall was dedicated by the bishop on 4 May 1961.", "dedicate", 1961),
    ],
)
def test_a_verb_is_dated_across_an_agent_or_a_place(sentence: str, event: str, year: int) -> None:
    _, tl = timeline(sentence)
    assert [(e.event, e.year) for e in tl.dated_events] == [(event, year)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police opened fire on the crowd in 2019.",  # an object, not a phrase: not an opening
        "The hall opened, by all accounts, in a hurry in 2019.",  # commas end the reach
        "The plant opened by the river near the 1990 dam in 2004.",  # a figure between: not read across
    ],
)
def test_a_verb_is_not_dated_across_an_object_a_comma_or_a_figure(sentence: str) -> None:
    _, tl = timeline(sentence)
    assert [e.year for e in tl.dated_events if e.event == "open"] == []


def test_a_fronted_birth_clause_belongs_to_the_titled_subject_after_it() -> None:
    _, tl = timeline(
        "Born in 1941 on a dairy farm, Mrs. Thorne was the first to finish school. "
        "Born in 1950 in Leeds, Dr. Okafor trained as a surgeon. "
        "Born on 3 May 1962, Mr. Haddad moved to the coast. "
        "Born 1948 in Cork, Prof. Lynch taught for decades. "
        "Born in Lagos in 1970, Adeyemi studied law."
    )
    got = [(b.person, b.year) for b in tl.births]
    assert got == [("Thorne", 1941), ("Okafor", 1950), ("Haddad", 1962), ("Lynch", 1948), ("Adeyemi", 1970)]
