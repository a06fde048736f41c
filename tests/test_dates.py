"""The date rules: what they report on contradictory time lines, and the professional ones they leave alone."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from lint.context import Context
from lint.document import build_document
from lint.engine import LintSettings, lint_document, run
from lint.rulepack import load_pack
from tests.conftest import ROOT, credible_articles

RULES = load_pack(ROOT / "rules" / "dates.toml")
ERRORS = tuple(r for r in RULES if r.severity == "error")


def findings(text: str, fmt: str = "text", as_of: dt.date | None = None, codes: str = "DAT") -> list:  # type: ignore[type-arg]
    doc = build_document("t.md" if fmt == "markdown" else "t.txt", text, fmt)  # type: ignore[arg-type]
    rules = tuple(r for r in RULES if r.code.startswith(codes))
    return lint_document(doc, LintSettings(rules=rules, context=Context(as_of=as_of))).findings


def codes(text: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.code for f in findings(text, **kw)]


def article(*paragraphs: str, date: str | None = None) -> tuple[str, str]:
    """A Markdown article (front matter date when given) and its format."""
    head = f"---\ntitle: Example\ndate: {date}\n---\n\n" if date else ""
    return head + "Example\n\n" + "\n\n".join(paragraphs) + "\n", "markdown"


# -- DAT001 -----------------------------------------------------------------------------
def test_event_with_two_years_names_every_counterpart():
    text = "Example\n\nTalks came after the 2022 annexation of Crimea.\n\nThe annexation of Crimea in 2014 was condemned.\n\nRussia annexed Crimea in 2014.\n"
    (f,) = findings(text)
    assert (f.code, f.line) == ("DAT001", 3)
    assert "line 5" in f.message and "line 7" in f.message and "2014" in f.message
    assert [r.line for r in f.related] == [5, 7]


def test_different_events_and_qualified_invasions_do_not_fire():
    assert codes("Example\n\nRussia annexed Crimea in 2014 and four more regions in 2022.\n") == []
    assert codes("Example\n\nThe founding of the European Union in 1993 came before the founding of the African Union in 2002.\n") == []
    text = "Example\n\nThe invasion of Ukraine in 2014 was limited.\n\nThe full-scale invasion of Ukraine in 2022 was not.\n"
    assert codes(text) == []


# -- DAT002 -----------------------------------------------------------------------------
def test_second_year_against_early_2025_shows_the_arithmetic():
    text, fmt = article(
        "The war, now in its second year, goes on.",
        "It followed the invasion in February 2022.",
        "As of early 2025, no deal was in sight.",
    )
    (f,) = findings(text, fmt=fmt)
    assert f.code == "DAT002"
    assert "February 2022" in f.message and "January–April 2025" in f.message
    assert re.search(r"line \d+ \(“invasion in February 2022”\)", f.message)


def test_fourth_year_in_a_2025_article_about_a_2022_war_is_consistent():
    text, fmt = article(
        "The war, now in its fourth year, goes on.", "It followed the invasion in February 2022.", date="2025-06-01"
    )
    assert codes(text, fmt=fmt) == []
    # The same count in a 2023 article is wrong, and the document date is what says so.
    text, fmt = article(
        "The war, now in its fourth year, goes on.", "It followed the invasion in February 2022.", date="2023-06-01"
    )
    (f,) = findings(text, fmt=fmt)
    assert f.code == "DAT002" and "2023-06-01 (front matter)" in f.message


def test_quoted_and_past_elapsed_statements_do_not_fire():
    text, fmt = article(
        "“The war, now in its second year, must end,” the minister said at the time.",
        "In 2023 the war, then in its second year, reached the city.",
        "The war was in its second year when the dam broke.",
        "It followed the invasion in February 2022.",
        date="2025-05-01",
    )
    assert codes(text, fmt=fmt) == []


def test_elapsed_time_needs_a_start_that_every_reading_contradicts():
    text, fmt = article(
        "The conflict, now in its eleventh year, goes on.",
        "The war began in 2014; the full-scale invasion in February 2022 widened it.",
        date="2025-01-15",
    )
    assert codes(text, fmt=fmt) == []


# -- DAT003 / DAT004 -------------------------------------------------------------------
def test_datelines_with_matching_weekdays_pass_and_wrong_ones_fail():
    good = "Example\n\nGENEVA, Tuesday, March 4, 2025 (Reuters) - Talks opened on Tuesday, March 4, and end on Friday, March 7.\n"
    assert codes(good) == []
    bad = "Example\n\nGENEVA, March 4, 2025 (Reuters) - Talks end on Thursday, March 7.\n"
    (f,) = findings(bad)
    assert f.code == "DAT003" and "Friday" in f.message and "year 2025 taken from the document date" in f.message


def test_impossible_dates():
    (f,) = findings("Example\n\nThe law takes effect on February 30, 2025.\n")
    assert f.code == "DAT004" and "February has only 28 days in 2025" in f.message
    assert codes("Example\n\nThe leap day, February 29, 2024, fell on a Thursday.\n") == []


# -- DAT005 -----------------------------------------------------------------------------
def test_former_and_current_title_for_one_person():
    (f,) = findings("Example\n\nFormer President Smith met envoys.\n\nPresident Smith said talks would go on.\n")
    assert f.code == "DAT005" and f.line == 5 and "line 3" in f.message


@pytest.mark.parametrize(
    "body",
    [
        "Former President Obama praised the deal. President Trump called it a disgrace.",
        "Then-President Jones signed it. Former President Jones now teaches. President-elect Jones was sworn in.",
        "Former Vice President Lee spoke. President Lee spoke next.",
        "In 2015, President Smith signed the accord. Former President Smith now teaches law.",
        "“President Smith will sign it,” an aide said. Former President Smith now teaches law.",
        "Former President George H. Bush spoke. President George W. Bush listened.",
    ],
)
def test_title_cases_that_are_not_contradictions(body: str):
    assert codes("Example\n\n" + body + "\n") == []


# -- DAT006 -----------------------------------------------------------------------------
def test_age_against_birth_year():
    text, fmt = article("Jane Doe, 30, leads the union.", "Doe was born in 1960.", date="2025-02-01")
    (f,) = findings(text, fmt=fmt)
    assert f.code == "DAT006" and "about 65" in f.message
    text, fmt = article("Jane Doe, 64, leads the union.", "Doe was born in 1960.", date="2025-02-01")
    assert codes(text, fmt=fmt) == []


def test_age_without_document_date_can_only_be_too_young():
    old = "Example\n\nJane Doe, 90, leads the union. Doe was born in 1960. The strike began in March 2024.\n"
    assert codes(old) == []


# -- DAT007 -----------------------------------------------------------------------------
def test_relative_time_needs_a_document_date_or_a_nearby_date():
    found = findings("Example\n\nThe envoy met the president yesterday. He left last week.\n")
    assert [f.code for f in found] == ["DAT007", "DAT007"] and found[0].severity == "info"
    assert "yesterday" in found[0].message and "last week" in found[1].message
    assert codes("Example\n\nThe envoy met the president yesterday.\n", as_of=dt.date(2025, 3, 4)) == []
    assert codes("Example\n\nOn March 3 the envoy arrived; he met the president yesterday.\n") == []


def test_an_undated_dateline_anchors_relative_times():
    for head in ("OSLOBORG, Norland —", "RIVERHAM (Wire) -", "Kestrel Bay, Norland (AP) —", "(Wire) -"):
        assert codes(f"Example\n\n{head} The envoy met the president yesterday and left on Tuesday.\n") == [], head
    # A capitalised first word is not a dateline.
    assert codes("Example\n\nOfficials — and the envoy — met yesterday.\n") == ["DAT007"]


def test_a_bare_town_dateline_anchors_nothing_in_copy_with_no_date():
    # "ORMSBY —" alone (no region, no wire credit) is a local paper's: its date is on the page, not here.
    assert codes("Example\n\nORMSBY — The ferry stopped yesterday, the owners said.\n") == ["DAT007"]
    assert codes("Example\n\nORMSBY — The ferry stopped yesterday. Its licence ends on May 2, 2026.\n") == []
    assert codes("Example\n\nORMSBY (Coast Herald) — The ferry stopped yesterday.\n") == []
    assert codes("Example\n\nORMSBY — The ferry stopped yesterday.\n", as_of=dt.date(2025, 3, 4)) == []


def test_relative_phrases_without_last_or_this():
    found = findings("Example\n\nRiders climbed the gates over the weekend; a drive began at the start of the month.\n")
    assert [f.code for f in found] == ["DAT007", "DAT007"]
    assert codes("Example\n\nThe board met on Friday last, members said.\n") == ["DAT007"]
    assert codes("Example\n\nThe board met on Friday last week; crews were hired on March 3, 2025.\n") == []


def test_weekdays_count_only_where_the_article_gives_no_date_at_all():
    # Undated: "last Monday" or "by Friday" cannot be placed, not even in a week; "on Tuesday" is the wire form.
    found = findings("Example\n\nThe envoy will meet the president on Tuesday and flew in last Monday.\n")
    assert [f.code for f in found] == ["DAT007"] and "last Monday" in found[0].message
    assert codes("Example\n\nThe envoy must reply by Friday, officials said.\n") == ["DAT007"]
    dated = "Example\n\nThe envoy will meet the president next Tuesday. The treaty was signed in May 2019.\n"
    assert codes(dated) == []
    # A day the calendar lacks dates nothing.
    assert sorted(codes("Example\n\nThe envoy flew in last Monday; the treaty expires on April 31.\n")) == ["DAT004", "DAT007"]


def test_counted_back_times_and_an_undated_headline_count():
    found = findings("Ferry Halted Yesterday\n\nThe ferry stopped three days ago, the owners said earlier today.\n")
    assert [f.message.split("”")[0].split("“")[1] for f in found if f.code == "DAT007"] == [
        "Yesterday", "three days ago", "earlier today"
    ]
    # A dated article's headline is placed by its date line.
    assert codes("Ferry Halted Yesterday\n\nVALDORA, Norland, May 3, 2025 — The owners gave no reason.\n") == []


def test_parts_of_today_count_but_parts_of_the_story_do_not():
    assert codes("Example\n\nCrews cleared the road this morning.\n") == ["DAT007"]
    assert codes("Example\n\nCrews cleared the road the next morning, and the morning after that.\n") == []


# -- professional time lines -------------------------------------------------------------
def test_a_consistent_professional_article_raises_nothing():
    text, fmt = article(
        "KYIV, Monday, February 24, 2025 (Reuters) - Ukraine marked three years of war on Monday.",
        "The war, now in its fourth year, began with the invasion on February 24, 2022. Russia annexed Crimea in 2014.",
        "Former President Petro Poroshenko and President Volodymyr Zelenskyy laid wreaths; the 2024-25 winter "
        "was the hardest since the 1990s, officials said, and fiscal 2025 spending rose.",
        "“We have fought for three years,” Zelenskyy, 47, said. Zelenskyy was born in 1978.",
        "Talks are planned for Friday, February 28, and the 2014-2022 period of fighting in the east was reviewed.",
    )
    assert findings(text, fmt=fmt) == []


# -- the seeds and the corpus ------------------------------------------------------------
def test_every_dates_row_of_the_seed_list_is_reported_with_its_counterparts(seed_results, expected_rows):
    rows = [r for r in expected_rows if r["family"] == "DATES"]
    assert rows, "expected.tsv has no DATES rows"
    for row in rows:
        hits = [f for f in seed_results[row["file"]].findings if f.category == "dates" and f.line == int(row["line"])]
        assert hits, f"{row['file']}:{row['line']} not reported ({row['note']})"
        for line in re.findall(r"\blines? (\d+)(?: and (\d+))?", row["note"]):
            for n in filter(None, line):
                assert any(f"line {n} " in h.message for h in hits), f"{row['file']}: line {n} not named: {hits[0].message}"


def test_no_date_error_on_the_seeds_beyond_the_list(seed_results, expected_rows):
    listed = {(r["file"], int(r["line"])) for r in expected_rows if r["family"] == "DATES"}
    for name, result in seed_results.items():
        for f in result.findings:
            if f.category == "dates" and f.severity == "error":
                assert (name, f.line) in listed, f"{name}:{f.line} {f.code} {f.message}"


def test_date_errors_are_rare_on_professional_copy(corpus_dir: Path):
    paths = credible_articles(corpus_dir)
    results = run(paths, LintSettings(rules=ERRORS))
    flagged = [r.path for r in results if r.findings]
    assert len(flagged) <= 0.02 * len(paths), flagged


# -- DAT004: dates the calendar does not have --------------------------------------------
def test_impossible_front_matter_date_is_reported_where_the_file_writes_it():
    text, fmt = article("The council met on Tuesday.", date="2027-02-30")
    (f,) = [f for f in findings(text, fmt=fmt) if f.code == "DAT004"]
    assert f.line == 3 and "February has only 28 days" in f.message
    # The year and month it gives still date the article: no DAT007 for "on Tuesday".
    assert [f.code for f in findings(text, fmt=fmt)] == ["DAT004"]


def test_a_leap_day_without_a_year_needs_a_leap_year_near_the_document_date():
    assert codes("Example\n\nBills paid before February 29 are refunded.\n", as_of=dt.date(2026, 6, 1)) == ["DAT004"]
    assert codes("Example\n\nBills paid before February 29 are refunded.\n", as_of=dt.date(2027, 12, 1)) == []
    assert codes("Example\n\nBills paid before February 29 are refunded.\n", as_of=dt.date(2024, 3, 1)) == []


def test_abbreviated_months_with_a_full_stop_are_dates():
    assert codes("Example\n\nDOVER, Feb. 20, 2026 — The board met on Thursday, Feb. 18.\n") == ["DAT003"]
    assert codes("Example\n\nDOVER, Sept. 18, 2026 — The board met on Friday, Sept. 18.\n") == []
    assert codes("Example\n\nThe board met on Thursday, Feb. 19, 2026.\n") == []


def test_a_day_past_31_is_a_date_only_after_a_preposition():
    assert codes("Example\n\nThe market reopens on 33 March, 2026.\n") == ["DAT004"]
    assert codes("Example\n\nIn March 33 people were hurt and 40 March volunteers came.\n") == []


# -- DAT006: ages ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Ilse Brandt, 39, leads the board.", "Born in a river town in 1961, Brandt trained as a nurse."), ["DAT006"]),
        (("Ilse Brandt, 63, leads the board.", "Born in a river town in 1961, Brandt trained as a nurse."), []),
        (("Tomas Ek, a ferry captain, died on May 2. He was 91.", "Ek was born in 1950 in Hull."), ["DAT006"]),
        (("Tomas Ek, a ferry captain, died on May 2. He was 75.", "Ek was born in 1950 in Hull."), []),
    ],
)
def test_birth_years_in_an_opening_participle_and_the_obituary_age(paragraphs, expected):  # type: ignore[no-untyped-def]
    """"Born in X in 1961, Brandt ..." belongs to the subject after it; "He was 91." to the one person born."""
    text, fmt = article(*paragraphs, date="2025-05-06")
    assert codes(text, fmt=fmt) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marta Lind, 30, was born in 1960 in a mining town and now runs the port.", ["DAT006"]),
        ("Gro Berg, 30, who was born in Oslo in 1960, runs the harbour board.", ["DAT006"]),
        ("Ola Dahl, 30, is a career diplomat: born in 1960, he joined the service young.", ["DAT006"]),
        ("Eva Holm, 30, a native of Bergen born in 1960, chairs the council.", ["DAT006"]),
        ("Per Moe, 30, grew up in Tromso and was born in the winter of 1960.", ["DAT006"]),
        ("Siv Aas, 65, who was born in 1960, runs the mill.", []),
        ("Siv Aas, 64, was born in Leeds in 1960 and runs the mill.", []),
        ("Kari Vik, 30, whose father was born in 1960, runs the farm.", []),
        ("Kari Vik, 30, said her mother was born in 1960 on the farm.", []),
    ],
)
def test_an_age_set_off_after_the_name_and_a_birth_year_in_its_sentence(sentence, expected):  # type: ignore[no-untyped-def]
    """"Lind, 30, was born in 1960": age and birth year of one person in one sentence; a relative's birth
    (after a possessive) is not the person's."""
    text, fmt = article(sentence, date="2025-05-06")
    assert codes(text, fmt=fmt) == expected


def test_the_obituary_age_needs_a_single_person_with_a_birth_year():
    # Two people with birth years: the pronoun is not resolved.
    text, fmt = article("Tomas Ek died on May 2. He was 91.", "Ek was born in 1950. Ann Holm was born in 1934.",
                        date="2025-05-06")  # fmt: skip
    assert codes(text, fmt=fmt) == []


# -- DAT002: times counted forward from a date ----------------------------------------------
def test_a_time_counted_from_a_date_must_not_lie_after_the_article():
    text, fmt = article("Eighteen months after the plant closed in March 2025, the town is quiet.", date="2025-06-01")
    (f,) = findings(text, fmt=fmt)
    assert f.code == "DAT002" and "September 2026" in f.message
    text, fmt = article("Nearly three years after its autumn 2022 expansion, the depot hired again.", date="2025-06-01")
    assert codes(text, fmt=fmt) == []
    text, fmt = article("Five years after the 2024 merger, the group will list its shares.", date="2025-06-01")
    assert codes(text, fmt=fmt) == []
    text, fmt = article("Two years after the 2024 merger, in 2029, the group listed its shares.", date="2025-06-01")
    assert codes(text, fmt=fmt) == []


def test_an_anniversary_after_the_article_date_is_reported_even_in_a_headline():
    text, fmt = article("Body text about the dam.", date="2025-06-01")
    text = text.replace("Example\n\nBody", "Town marks 25th anniversary of 2010 dam collapse\n\nBody")
    (f,) = findings(text, fmt=fmt)
    assert f.code == "DAT002" and f.line == 6
    assert codes(article("The town marked the 15th anniversary of the 2010 dam collapse.", date="2025-06-01")[0],
                 fmt="markdown") == []  # fmt: skip


# -- DAT001: events named by verbs and nouns ------------------------------------------------
def test_an_event_dated_by_a_verb_and_by_a_noun_must_agree():
    (f,) = findings("Example\n\nThe depot opened in 2016 beside the canal.\n\nFreight has doubled since its 2018 opening.\n")
    assert f.code == "DAT001" and f.line == 5 and "line 3 " in f.message
    assert codes("Example\n\nThe depot opened in 2016.\n\nFreight has doubled since its 2016 opening.\n") == []


def test_days_without_years_are_compared_too():
    (f,) = findings("Example\n\nThe ferryman died on March 3 at home.\n\nFlags flew after his death on March 9.\n")
    assert "March 9" in f.message and "March 3" in f.message


def test_events_the_article_tells_apart_are_left_alone():
    assert codes("Example\n\nThe depot opened in 2016. The museum opened in 2019.\n") == []
    assert codes("Example\n\nThe first recall came in 2021. Since the 2024 recall, sales fell.\n") == []
    assert codes("Example\n\nAfter two recalls, the 2021 recall and the 2024 recall, sales fell.\n") == []
    assert codes("Example\n\nHer brother, a sailor, died in 2009. The painter died on May 4, 2025.\n") == []


def test_now_in_its_nth_year_counts_from_the_beginnings_the_article_dates():
    text, fmt = article("The ferry line opened in 2021.", "Now in its ninth year, the line carries 4,000 people a day.",
                        date="2025-06-01")  # fmt: skip
    (f,) = findings(text, fmt=fmt)
    assert f.code == "DAT002" and "opened in 2021" in f.message
    text, fmt = article("The ferry line opened in 2021.", "Now in its fifth year, the line carries 4,000 people a day.",
                        date="2025-06-01")  # fmt: skip
    assert codes(text, fmt=fmt) == []
    # Without "now" the sentence may speak of another time; without a dated beginning there is nothing to count from.
    text, fmt = article("The ferry line opened in 2021.", "In its ninth year, the old line had carried more.", date="2025-06-01")
    assert codes(text, fmt=fmt) == []
    text, fmt = article("Now in its ninth year, the line carries 4,000 people a day.", date="2025-06-01")
    assert codes(text, fmt=fmt) == []


def test_two_verbs_compare_when_both_name_the_same_subject_around_commas():
    text = (
        "Example\n\nOla Venn, a former harbour pilot, was sworn in on 3 May 2022 as governor.\n\n"
        "Since taking office in 2020, Venn has cut the port levy.\n"
    )
    (f,) = findings(text)
    assert f.code == "DAT001" and f.line == 5 and "2022" in f.message
    other = text.replace("Since taking office in 2020, Venn", "Since taking office in 2020, Ruiz")
    assert codes(other) == []


def test_a_dateline_with_a_day_but_no_year_anchors_too():
    assert codes("Example\n\nBRAKMOOR, Norland, Sept. 12 — The bridge reopens next week.\n") == []
    assert codes("Example\n\nBRAKMOOR, Tuesday, March 4 — The bridge reopens next week.\n") == []


def test_lower_case_possessives_and_ordinals_past_twenty():
    text, fmt = article("The seed bank, founded in 2005, grew fast.", "The bank's 1999 founding was modest.", date="2025-10-02")
    assert codes(text, fmt=fmt) == ["DAT001"]
    text, fmt = article("The tunnel opened in 1989.", "Now in its fortieth year, it is the busiest crossing.", date="2026-03-09")
    assert codes(text, fmt=fmt) == ["DAT002"]
    text, fmt = article("The tunnel opened in 1989.", "Now in its 38th year, it is busy.", date="2026-03-09")
    assert codes(text, fmt=fmt) == []


@pytest.mark.parametrize(
    "text",
    [
        "The group completed its 2019 merger with Arven Tools and its 2022 merger with Delta Freight.",
        "Founder Ivo Tolvik died in 2001. His wife, Mira, died in 2010, and the hall was renamed after her death in 2011.",
        "The group marked the 100th anniversary of its 1921 founding in 2021.",
        "The old plant first opened in 1921 and reopened in 2001.",
        "The 2016 election and the 2020 election both turned on jobs.",
    ],
)
def test_one_kind_of_event_with_two_parties_or_two_moments_is_not_one_event(text):  # type: ignore[no-untyped-def]
    assert codes(f"Example\n\n{text}\n") == []


def test_a_scheduled_moment_counted_from_a_date_is_the_future():
    text, fmt = article("The new levy takes effect six months after the March 2025 vote.", date="2025-05-10")
    assert codes(text, fmt=fmt) == []
    text, fmt = article("Six months after the March 2025 vote, the levy is in force.", date="2025-05-10")
    assert codes(text, fmt=fmt) == ["DAT002"]


def test_a_text_run_into_one_block_is_not_read_as_a_headline():
    # One long block and nothing else: no headline to report, and the body starts after it.
    block = "The harbour board met last week and agreed to dredge the channel. " * 4
    assert "DAT007" not in codes(block.strip() + "\n")


# -- shapes added in the tuning round of issue 13 ---------------------------------------
#: (paragraphs, front-matter date, the codes they draw): each shape with a case that fires and one that does not.
SHAPES = [
    # A count set beside the year it lands on, from the document date or from the year just before.
    (["The pier last closed for repairs eight years ago, in 2019."], "2025-04-02", ["DAT002"]),
    (["The pier last closed for repairs six years ago, in 2019."], "2025-04-02", []),
    (["The guild was founded in 2008. A decade later, in 2013, it bought a hall."], None, ["DAT002"]),
    (["The guild was founded in 2008. A decade later, in 2018, it bought a hall."], None, []),
    # A milestone of the present against the beginnings the article dates.
    (["The glee club, founded in 1981, marks its 30th anniversary this year."], "2026-05-01", ["DAT002"]),
    (["The glee club, founded in 1981, marks its 45th anniversary this year."], "2026-05-01", []),
    # ... a past celebration with no year of its own may be any year; another event's anniversary is not the thing's.
    (["The glee club, founded in 1981, celebrated its 30th anniversary with a concert."], "2026-05-01", []),
    (["The glee club was founded in 1981. It sang on the tenth anniversary of the 2016 storm."], "2026-05-01", []),
    # ... an edition count may be lower (a cancelled year), never higher; a named milestone reads its years from the list.
    (["The kite festival, first held in 2019, returns next spring for its twelfth edition."], "2026-05-01", ["DAT002"]),
    (["The kite festival, first held in 2019, returns next spring for its seventh edition."], "2026-05-01", []),
    (["The lido was built in 1931 and celebrates its centenary this summer."], "2026-05-01", ["DAT002"]),
    (["The lido was built in 1926 and celebrates its centenary this summer."], "2026-05-01", []),
    # A count marked as of now lands on the document date; unmarked, it may speak of another moment.
    (["Sunday marks ten years since the landslide of March 4, 2014."], "2025-03-02", ["DAT002"]),
    (["Sunday marks eleven years since the landslide of March 4, 2014."], "2025-03-02", []),
    (["Ten years since the landslide of March 4, 2014, the valley was replanted."], "2025-03-02", []),
    # Birth years with a place, an appositive, a compound adjective or a pronoun.
    (["Ana Kirsch, 30, chairs the board.", "Kirsch, a chemist who was born in Graz in 1961, joined in 2001."], "2026-04-01", ["DAT006"]),
    (["Ana Kirsch, 30, chairs the board.", "Kirsch, the 1961-born chemist, joined in 2001."], "2026-04-01", ["DAT006"]),
    (["Ana Kirsch, 30, chairs the board.", "Kirsch trained in Graz. She was born in 1961."], "2026-04-01", ["DAT006"]),
    (["Ana Kirsch, 64, chairs the board.", "Kirsch trained in Graz. She was born in 1961."], "2026-04-01", []),
    (["Ana Kirsch, 30, chairs the board.", "She was born in 1961."], "2026-04-01", []),  # no named subject before it
    # An age with a year after it is the present age; a year before it dates it.
    (["Ana Kirsch, 30, who joined the board in 2001, chairs it. Kirsch was born in 1961."], "2026-04-01", ["DAT006"]),
    (["In 1991 Ana Kirsch, 30, joined the board. Kirsch was born in 1961."], "2026-04-01", []),
]


@pytest.mark.parametrize("paragraphs,date,expected", SHAPES)
def test_new_shapes(paragraphs: list[str], date: str | None, expected: list[str]) -> None:
    text, fmt = article(*paragraphs, date=date)
    assert codes(text, fmt=fmt) == expected


def test_counted_gap_messages_name_both_sides():
    text, fmt = article("The guild was founded in 2008. A decade later, in 2013, it bought a hall.")
    (f,) = findings(text, fmt=fmt)
    assert "2013 is 5 years from 2008" in f.message and f.related[0].text == "2008"
    text, fmt = article("The glee club, founded in 1981, marks its 30th anniversary this year.", date="2026-05-01")
    (f,) = findings(text, fmt=fmt)
    assert "falls in 2026" in f.message and "1981" in f.message


def test_counted_gap_ago_needs_a_real_document_date():
    text, fmt = article("The pier last closed for repairs eight years ago, in 2019.")
    assert codes(text, fmt=fmt, as_of=dt.date(2025, 4, 2)) == []  # --as-of may be years after the story


def test_year_less_weekday_takes_the_articles_one_year():
    text = "Example\n\nThe depot opened on October 5, 2026. Its first bus left on Wednesday, October 8.\n"
    (f,) = findings(text)
    assert f.code == "DAT003" and "2026" in f.message and "Thursday" in f.message
    # A later year anywhere, or the full date in a sentence about the future, leaves the year open.
    assert codes("Example\n\nThe depot opened on October 5, 2026. Its first bus left on Wednesday, October 8. A second depot follows in 2028.\n") == []
    assert codes("Example\n\nThe depot will open on October 5, 2026. Staff met on Wednesday, October 8.\n") == []


def test_possessive_weekday_gives_the_date_after_it_its_day():
    (f,) = findings("Example\n\nFans recalled Saturday's cup final at Westvale on 4 May 2025.\n")
    assert f.code == "DAT003" and "Sunday, not a Saturday" in f.message
    assert codes("Example\n\nFans recalled Sunday's cup final at Westvale on 4 May 2025.\n") == []
    # Across a comma the two may name different days.
    assert codes("Example\n\nAfter Saturday's cup final, the club said on 4 May 2025 it would appeal.\n") == []


def test_dotted_and_ordinal_dates_that_do_not_exist():
    assert codes("Example\n\nBids close on 31.09.2024 at noon.\n") == ["DAT004"]
    assert codes("Example\n\nBids close on 30.09.2024 at noon.\n") == []
    assert codes("Example\n\nThe ferry sails again on the 32nd of May.\n") == ["DAT004"]
    (f,) = findings("Example\n\nThe hall reopened on the 0th of June.\n")
    assert f.code == "DAT004" and "no day 0" in f.message
    assert codes("Example\n\nVersion 3.10.2024 of the form applies; the 32nd edition of May Fair opens.\n") == []


def test_obituary_headline_age():
    text = "Chemist Ana Kirsch dies at 70\n\nKirsch, born in 1936, taught at the academy until March 2026.\n"
    (f,) = findings(text)
    assert f.code == "DAT006" and f.line == 1
    assert codes("Chemist Ana Kirsch dies at 89\n\nKirsch, born in 1936, taught at the academy until March 2026.\n") == []


# -- batch 6 classes: titles held "since" a year, an owner's office set off before the name ----------
@pytest.mark.parametrize(
    "current",
    [
        "Sheriff Ana Ruiz, who has held the office since 2013, conceded on Tuesday.",
        "Mayor Ana Ruiz, in office since 2019, cut the ribbon.",
        "Chair Ana Ruiz, who has led the board ever since 2008, opened the meeting.",
        "Norway's fisheries minister, Ana Ruiz, opened the talks.",
        "Velta's chief executive, Ana Ruiz, said sales were up.",
    ],
)
def test_a_current_title_held_since_a_year_or_given_by_its_owner_meets_former(current: str) -> None:
    office = re.search(r"(Sheriff|Mayor|Chair|minister|chief executive)", current).group(1).lower()  # type: ignore[union-attr]
    text, fmt = article(current, f"Later, former {office} Ana Ruiz took questions.", date="2025-06-02")
    assert codes(text, fmt=fmt) == ["DAT005"]


@pytest.mark.parametrize(
    "current",
    [
        "In 2015, Mayor Ana Ruiz cut the ribbon.",  # set in a past year
        "Mayor Ana Ruiz, elected in 2019, cut the ribbon that year.",
        "Westvale's former manager, Ana Ruiz, was there.",  # both former
    ],
)
def test_a_title_of_a_past_year_does_not_meet_former(current: str) -> None:
    text, fmt = article(current, "Later, former mayor Ana Ruiz took questions.", date="2025-06-02")
    assert "DAT005" not in codes(text, fmt=fmt)


# -- batch 7 classes: a title spelled out ("Chief Financial Officer") and its abbreviation ("former CFO") --------
@pytest.mark.parametrize(
    ("current", "former"),
    [
        ("Chief Financial Officer Ana Ruiz said sales were up.", "Later, former CFO Ana Ruiz took questions."),
        ("Chief information officer Ana Ruiz said the servers held.", "Former CIO Ruiz said backups worked."),
        ("Chief Operating Officer Ana Ruiz opened the plant.", "Ex-COO Ana Ruiz said output rose."),
        ("Chief technology officer Ana Ruiz showed the chip.", "The former CTO, Ana Ruiz, said it shipped."),
        ("Velta's Chief Financial Officer Ana Ruiz spoke first.", "Analysts then heard from ex-CFO Ruiz."),
    ],
)
def test_an_abbreviated_former_title_meets_the_spelled_out_current_one(current: str, former: str) -> None:
    text, fmt = article(current, former, date="2025-06-02")
    assert codes(text, fmt=fmt) == ["DAT005"]


def test_a_spelled_out_title_names_the_person_after_it_and_no_other() -> None:
    # Two people: the officer's first name is not read as "Financial Officer Ana".
    text, fmt = article("Chief Financial Officer Ana Ruiz said sales were up.", "Former CFO Tom Ruiz retired in 2019.",
                        date="2025-06-02")  # fmt: skip
    assert codes(text, fmt=fmt) == []
    # A police officer is no chief: "officer" closes a title only after an office word.
    text, fmt = article("Police Officer Ana Ruiz made the arrest.", "Former CFO Ana Ruiz watched.", date="2025-06-02")
    assert codes(text, fmt=fmt) == []


# -- batch 7 classes: an office held now, told by a verb ("who remains chief executive") ----------------
@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("Ruiz, who remains chief executive of the group, said no jobs would go.", ["DAT005"]),
        ("Ruiz, who continues as Velta's chief executive, praised the staff.", ["DAT005"]),
        ("Ruiz stays on as the group's chief executive until June.", ["DAT005"]),
        ("Ruiz is still chief executive, the board said.", ["DAT005"]),
        ("Ruiz still serves as chief executive of Velta.", ["DAT005"]),
        ("Ruiz remained chief executive until 2019.", []),  # a past tense: nothing of now
        ("Ruiz, who remains a director of the group, said no jobs would go.", []),  # another office
        ("Tom Ruiz, who remains chief executive, said no jobs would go.", []),  # another Ruiz
    ],
)
def test_a_former_title_meets_an_office_held_now_told_by_a_verb(other: str, expected: list[str]) -> None:
    text, fmt = article("Former chief executive Ana Ruiz said the deal was done.", other, date="2025-06-02")
    assert codes(text, fmt=fmt) == expected


def test_the_run_date_gives_no_year_to_a_weekday_in_an_undated_story():
    # 3 July was a Thursday in 2025 and a Friday in 2026; the story itself names no year.
    story = "Storms to end the heat\n\nThe warning runs until 10pm on Thursday the 3rd of July, forecasters said.\n"
    assert codes(story, as_of=dt.date(2026, 11, 27)) == []
    # The same sentence under a dateline of its own year is checked against that year.
    dated = "Storms to end the heat\n\nLONDON, July 1, 2026 — The warning runs until 10pm on Thursday the 3rd of July.\n"
    assert codes(dated, as_of=dt.date(2026, 11, 27)) == ["DAT003"]
