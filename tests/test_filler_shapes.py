"""Filler, boilerplate and AI-tell rules that read a shape, not a fixed wording (issue 13).

Every sentence here was written for this file: new wordings of callouts, placeholders, tables of
contents, engagement pleas, chatbot preambles and page chrome, beside professional look-alikes
that must stay quiet. Seed 001's "Key Outcome:" callouts and "Table of Contents" block are
checked on the seed itself.
"""

from __future__ import annotations

import pytest

from lint.analyzers.filler import is_callout_label, is_placeholder
from tests.conftest import codes

HEAD = "Ferry service resumes on the north route\n\n"


# -- callouts -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "label",
    ["Key Outcome", "Editor's insight", "Editor’s Insight", "Quick Fact", "Top Tips", "Main Lessons", "In a nutshell",
     "Bottom line", "Did you know", "Expert Advice", "Final Thoughts", "Bonus tip", "TL;DR"],
)
def test_callout_labels_are_built_from_modifier_and_head(label: str) -> None:
    assert is_callout_label(label)


@pytest.mark.parametrize(
    "label",
    ["Why it matters", "Editor's note", "Key points", "Key issues", "Factbox", "Outcome", "The bottom line",
     "Reporting by Anna Kell", "Background", "What to watch"],
)
def test_house_labels_of_professional_copy_are_not_callouts(label: str) -> None:
    assert not is_callout_label(label)


def test_a_callout_after_an_emoji_and_emphasis_is_found_in_markdown() -> None:
    text = "# Ferry resumes\n\nThe ferry resumed on Monday.\n\n> 🌊 **Quick fact!** The route opened in 1931.\n"
    assert codes(text, "FIL001", fmt="markdown") == ["FIL001"]


def test_a_callout_heading_needs_no_colon() -> None:
    text = "# Ferry resumes\n\nThe ferry resumed on Monday, the operator said.\n\n## Main Takeaways\n\n- Fares stay the same.\n"
    assert codes(text, "FIL001", fmt="markdown") == ["FIL001"]


def test_a_callout_in_the_first_line_is_found() -> None:
    assert codes("Fun Fact: the ferry is older than the pier\n\nThe ferry resumed on Monday.", "FIL001") == ["FIL001"]


def test_a_callout_label_inside_a_sentence_is_not_a_callout() -> None:
    text = HEAD + "Asked for her key insight, the captain said: the tide decides everything.\n"
    assert codes(text, "FIL001") == []


def test_seed_001_key_outcome_callouts_and_table_of_contents(seed_results) -> None:  # type: ignore[no-untyped-def]
    (result,) = [r for name, r in seed_results.items() if name.startswith("001_")]
    callouts = [f for f in result.findings if f.code == "FIL001"]
    assert len([f for f in callouts if f.snippet.lower().startswith("key outcome")]) == 4
    toc = [f for f in result.findings if f.code == "FIL006"]
    assert len(toc) == 1 and toc[0].line == 2


# -- placeholders ---------------------------------------------------------------------------------
@pytest.mark.parametrize("inner", ["School Name", "Date", "CITY", "Insert figure from the audit", "add link here", "Your Title",
                                   "Local Official Name", "TBD"])
def test_placeholders(inner: str) -> None:
    assert is_placeholder(inner)


@pytest.mark.parametrize("inner", ["the mayor", "Smith", "sic", "1", "PDF", "Reuters", "laughs", "the School", "inaudible"])
def test_editorial_brackets_are_not_placeholders(inner: str) -> None:
    assert not is_placeholder(inner)


def test_a_placeholder_counts_inside_a_quotation() -> None:
    text = HEAD + "“[Quote from a passenger about the delays],” said [Passenger Name], a commuter.\n"
    assert codes(text, "FIL005") == ["FIL005", "FIL005"]


# -- table of contents ----------------------------------------------------------------------------
def test_a_table_of_contents_needs_entries_under_it() -> None:
    toc = HEAD + "In this article\nThe timetable\nFares and passes\nWhat the union says\n\nThe ferry resumed on Monday after a strike, the operator said.\n"
    assert codes(toc, "FIL006") == ["FIL006"]
    label_only = HEAD + "Contents\n\nThe ferry's contents were checked by customs officers on Monday, the agency said.\n"
    assert codes(label_only, "FIL006") == []


# -- engagement and chatbot residue -----------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    ["Which route do you take? Sound off down in the comments!", "Tap the follow button so you never miss an update.",
     "Like this story? Hit subscribe and share it with your friends.", "Stay tuned to our blog for more updates on the strike.",
     "If you enjoyed this post, sign up for our weekly newsletter."],
)
def test_engagement_pleas_in_new_wordings(line: str) -> None:
    assert "FIL003" in codes(HEAD + "The ferry resumed on Monday.\n\n" + line + "\n", "FIL003")


@pytest.mark.parametrize(
    "line",
    ["Commuters left hundreds of comments below the operator's post, the council said.",
     "The union asked members to sign up for its newsletter, a spokesman said.",
     "The operator said passengers should stay tuned to radio bulletins during storms."],
)
def test_reporting_about_comments_and_newsletters_is_not_bait(line: str) -> None:
    assert codes(HEAD + line + "\n", "FIL003") == []


def test_a_chatbot_preamble_above_the_headline() -> None:
    text = "Of course! Here's a 300-word news story on the ferry strike:\n\nFerry strike ends\n\nThe strike ended on Monday.\n"
    assert codes(text, "FIL004") == ["FIL004"]


# -- page chrome ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line,code",
    [("Facebook · Twitter · LinkedIn · Email", "BPL009"), ("Share this article:", "BPL009"),
     ("Next Article »", "BPL010"), ("Posted in Uncategorised", "BPL010"), ("Posted by editor | 2 comments", "BPL010"),
     ("SPONSORED CONTENT", "BPL008"), ("Continue reading below", "BPL008")],
)
def test_chrome_lines_by_their_shape(line: str, code: str) -> None:
    text = HEAD + "The ferry resumed on Monday.\n\n" + line + "\n\nFares stay the same, the operator said.\n"
    assert code in codes(text, code)


def test_chrome_words_inside_reporting_are_not_chrome() -> None:
    text = HEAD + ("The operator posted by email on Monday a notice that said the next article of the contract "
                   "covers advertising on the ferries, shared on Facebook and Twitter.\n")
    assert codes(text, "BPL008", "BPL009", "BPL010") == []


# -- density mechanics ------------------------------------------------------------------------------
FILLER = "The ferry resumed on Monday and carried 212 passengers on its first crossing, the operator said. "


def test_stock_phrasing_counts_different_phrases_not_repeats() -> None:
    repeated = HEAD + "Residents raised concerns about fares. Unions raised concerns about pay. " + FILLER
    assert codes(repeated, "AIT001") == []
    different = HEAD + "The vibrant harbour showcases a rich heritage. " + FILLER
    assert codes(different, "AIT001") == ["AIT001"] * 3


def test_a_capitalised_lexicon_word_inside_a_sentence_is_a_name() -> None:
    names = HEAD + "The deal with Paramount and Vibrant Media closed on Monday. " + FILLER
    assert codes(names, "AIT001") == []


def test_stock_phrasing_in_the_headline_counts() -> None:
    text = "Delving into the harbour's rich heritage\n\n" + FILLER
    assert codes(text, "AIT001") == ["AIT001", "AIT001"]


# -- markdown residue -----------------------------------------------------------------------------
def test_markdown_residue_is_read_only_in_plain_text() -> None:
    text = "Ferry strike ends\n\n**What happened**\n\nThe strike ended on Monday, the union said.\n"
    assert codes(text, "AIT005") == ["AIT005"]
    assert codes(text, "AIT005", fmt="markdown") == []


def test_a_chatbot_preamble_that_presents_a_rewrite() -> None:
    text = "Here is the same story, rewritten for a younger audience:\n\nFerry strike ends\n\nThe strike ended on Monday.\n"
    assert codes(text, "FIL004") == ["FIL004"]
    later = HEAD + "The strike ended on Monday. Here are the terms of the deal:\n\nPay rises by 4 percent.\n"
    assert codes(later, "FIL004") == []


# -- said-bookisms --------------------------------------------------------------------------------
def test_showy_verbs_must_outnumber_said() -> None:
    wire = HEAD + ("The operator said fares would not change. The union said the deal was fair. A commuter said "
                   "she was relieved. The minister stressed the cost and noted the delay, officials said.\n")
    assert codes(wire, "AIT006") == []
    rewrite = HEAD + ("The operator stated that fares would not change. The union leader expressed satisfaction "
                      "with the deal, and the minister acknowledged the delay.\n")
    assert codes(rewrite, "AIT006") == ["AIT006"] * 3


def test_one_kind_of_showy_verb_is_not_enough() -> None:
    text = HEAD + "The operator stated that fares would hold. The union stated that it agreed.\n"
    assert codes(text, "AIT006") == []


# -- round 3: chrome inside the article, flourishes, headline puffery, titles, taglines ---------------
@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("You are here: Home › Sport › Rowing", "BPL001"),
        ("We and our 312 partners use cookies to measure the audience of this site.", "BPL006"),
        ("OK | ACCEPT ALL | MANAGE OPTIONS", "BPL006"),
        ("— Advertisement · Scroll to continue reading —", "BPL008"),
        ("Share this story: Email · X (Twitter) · Facebook · Reddit", "BPL009"),
        ("Continue reading »", "BPL010"),
        ("Tags: ferries, strike, harbour, union", "BPL010"),
        ("Home · Search · Log In · Subscribe", "BPL010"),
    ],
)
def test_page_chrome_on_a_line_of_the_article(line: str, code: str) -> None:
    text = HEAD + "The strike ended on Monday, the union said.\n\n" + line + "\n\nBoats sail again on Tuesday.\n"
    assert code in codes(text, code)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("We value your privacy, the clinic's letter told patients, and it will delete old files.", "BPL006"),
        ("Continue reading the report, the judge told the jury, before you decide.", "BPL010"),
        ("Tags on the crates showed they came from the harbour, police said.", "BPL010"),
        ("Search crews and sheriff's deputies worked through the night.", "BPL010"),
        ("Advertisement revenue fell 8 percent — the lowest in a decade.", "BPL008"),
    ],
)
def test_reporting_that_uses_the_same_words_is_not_chrome(line: str, code: str) -> None:
    assert codes(HEAD + line + "\n", code) == []


def test_two_stock_phrases_in_one_sentence_are_a_flourish() -> None:
    text = HEAD + ("The ferry carried 400 people a day last year. Its return paints a vivid picture of the complex "
                   "interplay between islands and mainland.\n\nTickets cost $4, the operator said.\n")
    assert codes(text, "AIT007") == ["AIT007"]
    quoted = HEAD + "“Its return paints a vivid picture of a complex interplay,” said the mayor, Ana Ruiz.\n"
    assert codes(quoted, "AIT007") == []
    one = HEAD + "The report, a deep dive into fares, runs to 90 pages, the operator said. Boats sail on Tuesday.\n"
    assert codes(one, "AIT007") == []


def test_puffery_in_the_headline_counts_once() -> None:
    assert codes("Ferry Operator Unveils Trailblazing Timetable\n\nBoats sail hourly from Tuesday.\n", "STY005") == ["STY005"]
    assert codes("Ferry Operator Unveils Timetable With Hourly Boats\n\nA trailblazing plan, the mayor said.\n", "STY005") == []
    assert codes("Revolutionary Guards Board Ferry in Gulf\n\nThe boat was boarded on Monday.\n", "STY005") == []
    md = "---\ntitle: Ferry timetable\n---\n\n# A Jaw-Dropping Ferry Timetable\n\nBoats sail hourly.\n"
    assert codes(md, "STY005", fmt="markdown") == ["STY005"]


def test_a_callout_label_closed_by_an_arrow() -> None:
    text = HEAD + "The strike ended on Monday.\n\nQuick recap for commuters -> boats return, fares unchanged.\n"
    assert codes(text, "FIL001") == ["FIL001"]
    plain = HEAD + "Fares for commuters -> unchanged, the operator said.\n"
    assert codes(plain, "FIL001") == []


def test_a_chatbot_preamble_in_the_page_title() -> None:
    page = ("<html><head><title>Here's the article rewritten in plain English: Ferry strike ends</title></head>"
            "<body><article><h1>Ferry strike ends</h1><p>The strike ended on Monday, the union said.</p>"
            "</article></body></html>")
    assert codes(page, "FIL008", fmt="html") == ["FIL008"]
    fine = page.replace("Here's the article rewritten in plain English: ", "")
    assert codes(fine, "FIL008", fmt="html") == []


def test_a_tagline_taken_for_the_headline_is_still_a_repeated_line() -> None:
    tag = "_The Harbour Gazette — Every Tide, Every Story_"
    text = f"{tag}\n\n# Ferry strike ends\n\nThe strike ended.\n\n{tag}\n\nBoats sail on Tuesday.\n\n{tag}\n"
    assert len(codes(text, "BPL007", fmt="markdown")) == 3  # the first copy too, taken for the headline
    twice = f"{tag}\n\nThe strike ended.\n\n{tag}\n"
    assert codes(twice, "BPL007", fmt="markdown") == []
