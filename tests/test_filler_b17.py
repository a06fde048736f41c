"""Round 14 (blind batch 17, the story told through people): production notes left in brackets
("[photo desk to confirm …]", "[PULL QUOTE - pick …]"), generic slots of a profile in capitals
("[FORMER EMPLOYER]", "[WITNESS 2 NAME]"), years with a digit missing ("19X9", "198?"), and the
Q&A interview of a profile, whose answers are the interviewee's words and not the writer's or an
FAQ's.

Every sentence was written for this file; look-alikes from professional copy must stay quiet.
"""

from __future__ import annotations

import pytest

from lint.document import build_document
from lint.interview import interview_turns
from lint.rulepack import Rule, load_packs
from tests.conftest import lint_text

RULES = {r.code: r for r in load_packs()}
HEAD = "Ferry skipper retires after 30 years\n\nThe island ferry's longest-serving skipper retired on Friday, the operator said.\n\n"
TAIL = "\n\nHer last crossing was on Friday."


def codes(text: str, *wanted: str, fmt: str = "text") -> list[str]:
    rules: list[Rule] = [RULES[c] for c in wanted]
    return [f.code for f in lint_text(text, rules, fmt=fmt).findings]  # type: ignore[arg-type]


# -- FIL005: a note to the newsroom left in brackets ---------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "She sailed for the ferry company after ten years with [FORMER EMPLOYER], the operator said.",
        "Hometown: [VERIFY WITH HER SISTER]",
        "Her first boat was the Island Rose [name of the boat to be verified with the harbour office].",
        "The crew gave her a model of the boat [picture desk to check who took the photo].",
        "[SIDEBAR NOTE: put her route map here with the crossing times]",
        "- **Captain [CREW 2 NAME]**, first mate since 2001",
        "She was a retired [PROFESSION - double-check with family] before taking the helm.",
        "**Photo:** [Image needed: the skipper on the bridge – check agency credit]",
        "[HEADLINE: 70 characters max - skipper retires]",
        "[Subs: trim the quote from the harbour master to one line]",
        "> [STANDFIRST - choose one line from her speech]",
    ],
)
def test_notes_to_the_newsroom_are_placeholders(line: str) -> None:
    assert "FIL005" in codes(HEAD + line + TAIL, "FIL005")


@pytest.mark.parametrize(
    "line",
    [
        "“We had to [check] the hull every week,” she said.",
        "“They asked [the harbour office] to confirm the date,” she said.",
        "[UPDATE: The operator replied after publication and said the ferry will keep its timetable.]",
        "[Editor's note: An earlier version of this story gave the wrong year for her first crossing.]",
        "He cited the report [PDF] at the hearing.",
        "The transcript reads: [INAUDIBLE] then the captain's order.",
        "The dock [pictured, left] was rebuilt in 1998.",
        "The 2019 report [REDACTED] names three crew members.",
    ],
)
def test_editorial_brackets_are_not_notes(line: str) -> None:
    assert codes(HEAD + line + TAIL, "FIL005") == []


def test_a_note_in_an_html_title_and_caption_is_a_placeholder() -> None:
    page = ("<html><head><title>[WEB HEADLINE: under 60 characters - skipper story]</title></head><body><article>"
            "<h1>Skipper retires</h1><p>The island ferry's longest-serving skipper retired on Friday, the operator said.</p>"
            "<figure><img src='a.jpg' alt=''><figcaption>[CAPTION TO COME: the skipper at the wheel – confirm photographer]"
            "</figcaption></figure><p>Her last crossing was on Friday.</p></article></body></html>")
    assert codes(page, "FIL005", fmt="html").count("FIL005") == 2


# -- FIL005: a year with a digit left as a letter or a question mark ------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "- 2004-20XX: skipper of the Island Rose",
        "She first took the helm in 19X8, the operator said.",
        "**198?** - first winter crossing [year unknown]",
        "Her licence dates from 20??.",
    ],
)
def test_years_with_a_missing_digit_are_placeholders(line: str) -> None:
    assert "FIL005" in codes(HEAD + line + TAIL, "FIL005")


@pytest.mark.parametrize(
    "line",
    [
        "Was it 1998? Nobody on the island remembers.",
        "The X5 ferry was built in 2004, the yard said.",
        "Route 20X runs twice a day.",
        "Did she retire in 2025? Yes, on Friday.",
    ],
)
def test_questions_about_years_are_not_placeholders(line: str) -> None:
    assert codes(HEAD + line + TAIL, "FIL005") == []


# -- interviews in a profile: the answers are the subject's -----------------------------------------
PROFILE = (
    "Q&A: Forty years at the helm of the island ferry\n\n"
    "Marit Hovland took command of the Skerry Belle in 1985, when the crossing still carried the island's post. "
    "She retires on Friday at 67. The ferry, which was built in 1979 at a yard in Bergen and rebuilt in 2004, "
    "has carried about 90,000 passengers a year since the new pier opened in 2011, according to the operator. "
    "Hovland chaired the regional skippers' association from 2009 to 2013 and trained six of the ferry's current "
    "crew. Her successor, Jon Aas, has been first mate since 2016. We talked on the bridge during her last "
    "week of crossings, between the morning and afternoon sailings.\n\n"
    "Q: How did it start?\n\n"
    "A: My father ran the boat before me. I was on deck at twelve and at the wheel at twenty, and I never "
    "wanted another job. I still think the crossing is the most beautiful commute in the country.\n\n"
    "Q: What has changed most?\n\n"
    "A: The weather. We cancel more often now, and I think the storms are longer. You learn the swell off the "
    "point and you learn when to stay in harbour.\n\n"
    "Q: What will you miss?\n\n"
    "A: The regulars. I know every farmer by their dog. I will miss the dogs more than the farmers, and you "
    "can print that.\n\n"
    "Q: And next?\n\n"
    "A: Sleep past five, and then I will take the ferry as a passenger, just to see how Jon does it.\n\n"
    "This interview has been edited for length and clarity.\n"
)


def test_a_profile_with_a_long_introduction_is_still_an_interview() -> None:
    assert len(interview_turns(build_document("t.txt", PROFILE, "text"))) == 8  # four questions and their answers, not the note after them
    assert codes(PROFILE, "TON003", "FIL002") == []


def test_a_story_with_an_faq_after_a_long_body_is_not_an_interview() -> None:
    story = ("Ferry timetable cut for winter\n\n"
             + "The island ferry will sail twice a day instead of four times from December, the operator said on Monday. " * 8
             + "\n\nFares are unchanged, said Marit Hovland, the ferry's captain.\n\n"
             + "Q: Will fares rise?\n\nA: You will pay the same as last year.\n\n"
             "Q: Can I book ahead?\n\nA: You can book online or at the pier.\n")
    doc = build_document("t.txt", story, "text")
    assert interview_turns(doc) == ()
    assert "FIL002" in codes(story, "FIL002")


def test_a_figure_of_speech_in_an_interview_answer_is_the_subjects() -> None:
    text = PROFILE.replace("I know every farmer by their dog.", "That is the beating heart of the job, really.")
    assert codes(text, "AIT013") == []


# -- FIL001: a fact file under a profile is no template box ----------------------------------------------
FACT_FILE = ("Ferry skipper retires after 30 years\n\nThe island ferry's longest-serving skipper retired on Friday, "
             "the operator said.\n\n> **{label}**\n>\n> - **Born:** May 2, 1958, in Bergen\n"
             "> - **Career:** deckhand, 1976 to 1985; skipper of the Skerry Belle, 1985 to 2025\n"
             "> - **Family:** two sons, Jon and Erik\n\nHer last crossing was on Friday.\n")


@pytest.mark.parametrize("label", ["Key facts", "Quick facts", "Fast facts"])
def test_a_fact_file_under_a_profile_is_not_a_callout(label: str) -> None:
    assert codes(FACT_FILE.format(label=label), "FIL001", fmt="markdown") == []


def test_a_summary_list_under_the_same_label_is_a_callout() -> None:
    text = FACT_FILE.format(label="Key facts").replace("**Born:** May 2, 1958, in Bergen", "She sailed for 30 years").replace(
        "**Career:** deckhand, 1976 to 1985; skipper of the Skerry Belle, 1985 to 2025", "She never missed a winter crossing")
    assert "FIL001" in codes(text, "FIL001", fmt="markdown")


# -- FIL004: the assistant's disclaimer and cut-off in other words -----------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Please note that as an AI I cannot attend or verify the ceremony.",
        "(As an AI model I don't have access to the harbour's records.)",
        "Her last crossing was on Friday (my information only extends to early 2025).",
        "My knowledge goes up to mid-2024, so later sailings are not covered.",
        "*Note: my training data runs until 2023.*",
    ],
)
def test_the_assistants_disclaimers_are_chatbot_residue(line: str) -> None:
    assert "FIL004" in codes(HEAD + line + TAIL, "FIL004")


@pytest.mark.parametrize(
    "line",
    [
        "The operator described the booking system as an AI tool for crews.",
        "Her knowledge of the tides goes back to her father's logbooks.",
        "The ferry's information desk runs until 6 p.m., the operator said.",
    ],
)
def test_ai_in_reporting_is_not_chatbot_residue(line: str) -> None:
    assert codes(HEAD + line + TAIL, "FIL004") == []


def test_a_template_label_over_labelled_figures_is_still_a_callout() -> None:
    text = FACT_FILE.format(label="Points to pocket")
    assert "FIL001" in codes(text, "FIL001", fmt="markdown")
