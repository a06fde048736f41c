"""Q&A interviews: the answers are the interviewee's words, not the writer's opinion (lint.interview)."""

from __future__ import annotations

import datetime as dt

from lint.context import Context
from lint.document import build_document
from lint.engine import LintSettings, lint_document
from lint.interview import interview_turns
from lint.rulepack import builtin_rules_dir, load_pack

RULES = tuple(r for name in ("tone.toml", "sourcing.toml", "dates.toml") for r in load_pack(builtin_rules_dir() / name))

INTRO = ("Q&A: The ferry captain who keeps the island supplied\n\n"
         "Marit Hovland has skippered the Skerry Belle between the mainland and Fara for nineteen years. "
         "We asked her about the winter timetable, the new pier and what the crossing is like in a gale.\n\n")
TURNS = ("**How bad can the crossing get?**\n\n"
         "I have turned back twice in nineteen years. You learn to read the swell off the point, and you "
         "learn that the timetable is a promise you keep only when the sea lets you.\n\n"
         "**Will the new pier help?**\n\n"
         "It will, if they finish it. I was told it would be ready for last winter, and here we are. "
         "You can't unload a lorry of feed on to a pontoon in a westerly.\n\n"
         "**What do the islanders say?**\n\n"
         "They are patient with me and impatient with the council. I think that is about right.\n")


def lint(text: str, fmt: str = "markdown", as_of: dt.date | None = dt.date(2026, 11, 27)) -> list[str]:
    doc = build_document("t.md", text, fmt)
    return [f.code for f in lint_document(doc, LintSettings(rules=RULES, context=Context(as_of=as_of))).findings]


def test_a_qa_interview_is_not_opinion_and_quotes_its_interviewee():
    text = INTRO + TURNS
    doc = build_document("t.md", text, "markdown")
    assert len(interview_turns(doc)) == 6  # three questions, three answers
    found = lint(text)
    assert "TON003" not in found and "SRC011" not in found


def test_the_same_voice_without_the_interview_form_is_still_opinion():
    # the answers run together as the writer's own paragraphs: first person, "you", a question
    text = INTRO.replace("Q&A: ", "") + TURNS.replace("**How bad can the crossing get?**\n\n", "").replace(
        "**Will the new pier help?**\n\n", "").replace("**What do the islanders say?**\n\n", "Will it ever be finished? ")
    assert interview_turns(build_document("t.md", text, "markdown")) == ()
    assert "TON003" in lint(text)


def test_an_faq_appended_to_a_story_is_not_an_interview():
    story = ("Ferry timetable cut for winter\n\n"
             + "The island ferry will sail twice a day instead of four times from December, the operator said on Monday. " * 6
             + "\n\nFares are unchanged, said Marit Hovland, the ferry's captain.\n\n"
             + "The council said the new pier would open in the spring. " * 6 + "\n\n")
    faq = ("**Will fares rise?**\n\nYou will pay the same as last year.\n\n"
           "**Can I book ahead?**\n\nYou can book online or at the pier.\n")
    assert interview_turns(build_document("t.md", story + faq, "markdown")) == ()


def test_questions_need_someone_introduced_before_them():
    explainer = ("What the winter timetable means\n\n"
                 "**When does it start?**\n\nYou will see the new times from December. I would book early.\n\n"
                 "**Why the change?**\n\nThe operator says fuel costs more. You may find the late boat gone.\n")
    assert interview_turns(build_document("t.md", explainer, "markdown")) == ()


def test_a_byline_with_its_date_dates_the_story():
    for line in ("Interview by Jo Marsh · 19 November 2026", "By Jo Marsh | November 19, 2026", "By Jo Marsh, 19 November 2026"):
        text = f"Ferry timetable cut\n\n{line}\n\nThe operator cut the service last month, its captain, Marit Hovland, said.\n"
        assert "DAT007" not in lint(text, as_of=None), line
    undated = "Ferry timetable cut\n\nBy Jo Marsh\n\nThe operator cut the service last month, its captain, Marit Hovland, said.\n"
    assert "DAT007" in lint(undated, as_of=None)


def test_an_indefinite_pronoun_is_no_surname():
    for word in ("Nobody", "Somebody", "Everyone", "Anyone"):
        text = f"Pier delayed\n\nThe pier is a year late. {word} said the council had been honest about it.\n"
        assert "SRC004" not in lint(text, "text"), word
