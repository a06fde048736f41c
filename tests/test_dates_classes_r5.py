"""Date rules, round 5: classes of wording named from the blind batches' misses, each written here as
five or more variants of our own (other verbs, nouns, word order, formats) before the rule was changed,
with look-alikes that must stay clean. No sentence here comes from a batch."""

from __future__ import annotations

import pytest

from tests.test_dates import article, codes

# -- class 1: a milestone of the present told as a count of years ("marks 25 years in business") --------
#: (paragraphs, front-matter date, codes)
COUNTED_MILESTONES = [
    (["The ferry company, founded in 1990, marks 25 years in business this year."], "2026-05-01", ["DAT002"]),
    (["Opened in 2019, the skating rink celebrates ten years of public sessions this winter."], "2026-05-01", ["DAT002"]),
    (["The choir was founded in 1985. This spring it is celebrating three decades on stage."], "2026-05-01", ["DAT002"]),
    (["The library opened its doors in 2016.", "Bellmoor library marks fifteen years with a book fair on Saturday."], "2026-05-01", ["DAT002"]),
    (["The bakery, established in 2001, is toasting 40 years of bread with free loaves this month."], "2026-05-01", ["DAT002"]),
    (["The brewery was first opened in 2004. It now marks two decades of brewing."], "2026-05-01", ["DAT002"]),
    (["The bakery opened in 2009.", "After 20 years of trading, the bakery is the oldest shop on the street."], "2025-05-01", ["DAT002"]),
    (["Founded in 1987, the firm marked 30 years in business with a party last October."], "2025-05-01", ["DAT002"]),
    # the count fits a beginning the article dates
    (["The bakery opened in 2005.", "After 20 years of trading, the bakery is the oldest shop on the street."], "2025-05-01", []),
    (["Founded in 1987, the firm marked 37 years in business with a party last October."], "2025-05-01", []),
    (["The ferry company, founded in 1990, marks 36 years in business this year."], "2026-05-01", []),
    (["Opened in 2016, the skating rink celebrates ten years of public sessions this winter."], "2026-05-01", []),
    # a person's years in a post count from a start the article does not date
    (["The firm was founded in 1950. Ada Roe marks 25 years at the firm this year."], "2026-05-01", []),
    (["The club was founded in 1950. This season the coach celebrates ten years as manager."], "2026-05-01", []),
    # dated in the past by its own year, or a count from an event the sentence names ("since a walkout")
    (["The ferry company, founded in 1990, marked 25 years in business in 2015."], "2026-05-01", []),
    (["The mill opened in 1990. The strike marks 25 years since a walkout at the mill."], "2026-05-01", []),
    # no dated article: no present to count to
    (["The ferry company, founded in 1990, marks 25 years in business this year."], None, []),
]


@pytest.mark.parametrize("paragraphs,date,expected", COUNTED_MILESTONES)
def test_a_milestone_counted_in_years(paragraphs: list[str], date: str | None, expected: list[str]) -> None:
    text, fmt = article(*paragraphs, date=date)
    assert codes(text, fmt=fmt) == expected


# -- class 2: the Nth edition / running / staging "of the" recurring event, said of the present ----------------
NTH_OF_THE_EVENT = [
    (["The regatta was first held in 2001.", "This year is the 40th edition of the regatta."], "2026-05-01", ["DAT002"]),
    (["The 50th running of the harbour marathon starts at dawn on Sunday. The race was first run in 1999."], "2026-05-01", ["DAT002"]),
    (["The book fair, first staged in 2010, opens on Friday for the twentieth staging of the fair."], "2026-05-01", ["DAT002"]),
    (["Founded in 2015, the kite festival is now in the 18th edition of the festival, organisers said."], "2026-05-01", ["DAT002"]),
    (["The film week began in 2012. Next month brings the 25th edition of the film week."], "2026-05-01", ["DAT002"]),
    # fits, is about another moment, or is another event's anniversary
    (["The regatta was first held in 1985.", "This year is the 40th edition of the regatta."], "2026-05-01", []),
    (["The regatta was first held in 2001.", "The 20th edition of the regatta, in 2020, was cancelled."], "2026-05-01", []),
    (["The hall opened in 2001.", "This week is the 40th anniversary of the flood."], "2026-05-01", []),
]


@pytest.mark.parametrize("paragraphs,date,expected", NTH_OF_THE_EVENT)
def test_the_nth_edition_of_a_recurring_event(paragraphs: list[str], date: str | None, expected: list[str]) -> None:
    text, fmt = article(*paragraphs, date=date)
    assert codes(text, fmt=fmt) == expected


# -- class 3: a milestone dated by its own year ("celebrated their 60th anniversary in 2015") -----------------
DATED_MILESTONES = [
    (["The couple married in 1970 and celebrated their 40th anniversary in 2005."], None, ["DAT002"]),
    (["The museum opened in 1950. It marked its 50th anniversary in 1995 with a gala."], None, ["DAT002"]),
    (["The pub, which opened in 1899, celebrated its 100th birthday in 2009."], None, ["DAT002"]),
    (["The fair, first staged in 1990, held its 20th edition in 2005."], None, ["DAT002"]),
    (["Founded in 1921, the rowing club marked its centenary in 2015 with a regatta."], None, ["DAT002"]),
    (["The couple married in 1970 and celebrated their 35th anniversary in 2005."], None, []),
    (["The museum opened in 1950. It marked its 45th anniversary in 1995 with a gala."], None, []),
    (["The fair, first staged in 1990, held its 12th edition in 2005."], None, []),
]


@pytest.mark.parametrize("paragraphs,date,expected", DATED_MILESTONES)
def test_a_milestone_dated_by_its_own_year(paragraphs: list[str], date: str | None, expected: list[str]) -> None:
    text, fmt = article(*paragraphs, date=date)
    assert codes(text, fmt=fmt) == expected


# -- class 4: a span of years that ends at a dated moment ("retired in 1998 after 41 years") ------------------
SPANS = [
    (["Ostrow joined the fire service in 1980.", "He retired in 2010 after 38 years on the engines."], None, ["DAT002"]),
    (["Ruth and Sam married in 1955. They were married for 60 years before Sam died in 2005."], None, ["DAT002"]),
    (["Kell was appointed to the bench in 1979 and stepped down in 2001 after 30 years as a judge."], None, ["DAT002"]),
    (["She opened the bakery in 1990 and sold it in 2012 after three decades behind the counter."], None, ["DAT002"]),
    (["Dunne began teaching at the school in 1968.", "After 45 years in the classroom, Dunne retired in 2003."], None, ["DAT002"]),
    (["Vane was hired by the port in 1971. He left the port in 2015 after more than 50 years on the quays."], None, ["DAT002"]),
    (["Ida wed Leo in 1958.", "Leo died in 2016; their 51 years together were happy ones."], None, ["DAT002"]),
    # a career counts from no wedding, a marriage from no appointment
    (["Kell married in 1968 and was appointed a judge in 1972.", "She retired in 1998 after 30 years as a judge."], None, ["DAT002"]),
    (["Ida wed Leo in 1958.", "Leo died in 2016; their 58 years together were happy ones."], None, []),
    # a husband named in the sentence does not make a career a marriage
    (["Ada Lind married in 1961 and became the college's president in 2000.", "Lind left the college in 2019 after 19 years to spend time with her husband."], None, []),
    # the count fits, counts from something undated, or the sentence gives its own start
    (["Ostrow joined the fire service in 1980.", "He retired in 2010 after 30 years on the engines."], None, []),
    (["Ruth and Sam married in 1955. They were married for 50 years before Sam died in 2005."], None, []),
    (["The company was founded in 1950.", "Hale retired in 2019 after 30 years at the company."], None, []),
    (["Ostrow joined the fire service in 1980.", "Ostrow's deputy, Lea Mott, joined in 1999 and retired in 2010 after 11 years."], None, []),
    (["Ostrow joined the fire service in 1980.", "He moved to Leeds in 1985 and retired in 2010 after 25 years there."], None, []),
]


@pytest.mark.parametrize("paragraphs,date,expected", SPANS)
def test_a_span_of_years_ending_at_a_dated_moment(paragraphs: list[str], date: str | None, expected: list[str]) -> None:
    text, fmt = article(*paragraphs, date=date)
    assert codes(text, fmt=fmt) == expected


# -- class 5: a span to the present that counts from a marriage or a start ("her husband of 61 years") --------
SPANS_TO_NOW = [
    (["Ilse Marr married Tomas Marr in 1990.", "She leaves her husband of 45 years."], "2026-03-01", ["DAT002"]),
    (["The couple wed in the spring of 2001.", "He is survived by his wife of 30 years, Ana."], "2026-03-01", ["DAT002"]),
    (["Ilse Marr married Tomas Marr in 1990.", "Marr, her partner of 20 years, spoke at the service."], "2026-03-01", ["DAT002"]),
    (["Ilse Marr married Tomas Marr in 1990.", "She leaves her husband of 36 years."], "2026-03-01", []),
    (["Ilse Marr married Tomas Marr in 1990.", "She leaves her husband of 45 years."], None, []),
]


@pytest.mark.parametrize("paragraphs,date,expected", SPANS_TO_NOW)
def test_a_spouse_of_n_years_counts_from_the_wedding(paragraphs: list[str], date: str | None, expected: list[str]) -> None:
    text, fmt = article(*paragraphs, date=date)
    assert codes(text, fmt=fmt) == expected


# -- class 6: a time counted from an event the article dates, up to now ("more than a month after the attack")
ELAPSED_FROM_EVENT = [
    (["The depot opened on March 2, 2026.", "Three years after the opening, the depot still has no bus shelter."], "2026-04-20", ["DAT002"]),
    (["The plant opened in the spring of 2023.", "In the five years since it opened, the plant has hired 300 people."], "2026-04-20", ["DAT002"]),
    (["The carmaker recalled the vans on Feb. 3, 2026.", "Nearly a year after the recall, owners are still waiting for parts."], "2026-04-20", ["DAT002"]),
    (["The satellite was launched on April 1, 2026.", "More than a month after launch, the probe remains silent."], "2026-04-20", ["DAT002"]),
    (["The museum opened in 2024.", "A decade after its opening, the museum is still short of visitors."], "2026-04-20", ["DAT002"]),
    (["The archive was founded in 2019.", "Twenty years since its founding, the archive has digitised its maps."], "2026-04-20", ["DAT002"]),
    (["The app was launched on March 30, 2026.", "Barely three weeks after launch, it has 9,000 users, the most of any app in 2026."], "2026-06-20", ["DAT002"]),
    (["The carmaker recalled the vans on March 2, 2026.", "Two Years On From the Van Recall"], "2026-04-20", ["DAT002"]),
    (["The carmaker recalled the vans on Feb. 3, 2026.", "Nearly a full year after the recall, owners are still waiting for parts."], "2026-04-20", ["DAT002"]),
    # it fits; it tells of a past moment; the article dates the event twice; or no document date
    (["The depot opened on March 2, 2023.", "Three years after the opening, the depot still has no bus shelter."], "2026-04-20", []),
    (["The depot opened on March 2, 2016.", "Three years after the opening, the council added a bus shelter."], "2026-04-20", []),
    (["The depot opened on March 2, 2016.", "Three years after the opening, in 2019, the depot was given a bus shelter."], "2026-04-20", []),
    (["The depot opened on March 2, 2026.", "Three years after the opening, the depot still has no bus shelter."], None, []),
    (["The depot opened on March 2, 2026.", "\"Three years after the opening, the depot still has no bus shelter,\" she said."], "2026-04-20", []),
]


@pytest.mark.parametrize("paragraphs,date,expected", ELAPSED_FROM_EVENT)
def test_a_time_counted_from_a_dated_event_to_now(paragraphs: list[str], date: str | None, expected: list[str]) -> None:
    text, fmt = article(*paragraphs, date=date)
    assert codes(text, fmt=fmt) == expected


# -- class 7: an age stated in the clause of a birth year, by pronoun or after it --------------------------------
AGE_IN_BIRTH_CLAUSE = [
    (["Lena Obi chairs the board.", "She is 40 years old and was born in 1961 in Accra."], "2026-05-01", ["DAT006"]),
    (["Lena Obi chairs the board.", "Born in 1961, she is now 40."], "2026-05-01", ["DAT006"]),
    (["Lena Obi chairs the board.", "The chair, who is 40 years old, was born in 1961."], "2026-05-01", ["DAT006"]),
    (["Lena Obi chairs the board.", "He is 40 and born in 1961, the board said."], "2026-05-01", ["DAT006"]),
    (["Lena Obi chairs the board.", "Now 40, she was born in 1961 and raised in Leeds."], "2026-05-01", ["DAT006"]),
    (["Lena Obi chairs the board.", "She is 64 years old and was born in 1961 in Accra."], "2026-05-01", []),
    (["Lena Obi chairs the board.", "She is 40 years old; her mother was born in 1961."], "2026-05-01", []),
    (["Lena Obi chairs the board.", "She was 40 years old in 2001 and was born in 1961."], "2026-05-01", []),
]


@pytest.mark.parametrize("paragraphs,date,expected", AGE_IN_BIRTH_CLAUSE)
def test_an_age_in_the_clause_of_a_birth_year(paragraphs: list[str], date: str | None, expected: list[str]) -> None:
    text, fmt = article(*paragraphs, date=date)
    assert codes(text, fmt=fmt) == expected


# -- class 8: the document date given by a byline or a publication label ----------------------------------------
BODY = "The ferry company, founded in 1990, marks 25 years in business this year."


@pytest.mark.parametrize(
    "head,expected",
    [
        ("By Ana Reyes | Tuesday, March 3, 2026", ["DAT002"]),
        ("By Ana Reyes · 3 March 2026", ["DAT002"]),
        ("By the Metro Desk — March 3, 2026", ["DAT002"]),
        ("Published: 2026-03-03", ["DAT002"]),
        ("Publication date: 2026-03-03 (Tuesday)", ["DAT002"]),
        ("By Ana Reyes | Staff writer", []),
        ("By Ana Reyes | Updated daily", []),
    ],
)
def test_a_byline_or_publication_label_dates_the_article(head: str, expected: list[str]) -> None:
    text = f"Ferry firm celebrates\n\n{head}\n\n{BODY}\n"
    assert codes(text) == expected


# -- class 9: an office held now told by its own verb after "still" / "continues to" ----------------------------
@pytest.mark.parametrize(
    "former,current,expected",
    [
        ("Former chairman Ines Varga", "Ines Varga, who still chairs the trust's board, opened the fair.", ["DAT005"]),
        ("Former chairwoman Ines Varga", "Varga still chairs the board and opened the fair.", ["DAT005"]),
        ("Former chair Ines Varga", "Varga continues to chair the board, the trust said.", ["DAT005"]),
        ("Former captain Ines Varga", "Ines Varga, who still captains the side, scored twice.", ["DAT005"]),
        ("Former coach Ines Varga", "Varga, who still coaches the under-12s, was there.", ["DAT005"]),
        # a plain present may be another body's chair; another office is no contradiction
        ("Former chairman Ines Varga", "Ines Varga, who chairs a museum board, opened the fair.", []),
        ("Former chairman Ines Varga", "Varga still coaches the under-12s and opened the fair.", []),
    ],
)
def test_an_office_held_now_told_by_its_verb(former: str, current: str, expected: list[str]) -> None:
    text, fmt = article(f"{former} spoke at the dinner.", current, date="2026-05-01")
    assert codes(text, fmt=fmt) == expected


# -- class 10: one event re-dated, named "the <event> of <date>" or by another word for an attack ---------------
@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        (["The attack of March 3 shut the plant.", "Since the March 7 attack, staff have worked on paper."], ["DAT001"]),
        (["The intrusion of May 2, 2026 went unnoticed for days.", "After the May 4, 2026 intrusion, the bank reset passwords."], ["DAT001"]),
        (["The cyberattack on June 1 hit the payroll system.", "The June 8 attack was claimed by a gang."], ["DAT001"]),
        (["The flood of June 3, 2014 wrecked the quay.", "Since the June 9, 2014 flood, the quay has been rebuilt."], ["DAT001"]),
        (["The recall of 2019 cost the firm dearly.", "Since its 2021 recall, the firm has rebuilt trust."], ["DAT001"]),
        # more than one attack, or two told apart
        (["The attack of March 3 shut the plant.", "Two more attacks followed; the March 7 attack was the worst."], []),
        (["The first attack of March 3 shut the plant.", "The second attack, on March 7, hit the depot."], []),
    ],
)
def test_one_event_named_with_of_and_a_date(paragraphs: list[str], expected: list[str]) -> None:
    text, fmt = article(*paragraphs, date="2026-06-20")
    assert codes(text, fmt=fmt) == expected
