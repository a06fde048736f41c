"""Headline and tone rules (HDL, TON): what each one reads, what it leaves alone, and the
opinion-labels setting. The sentences are written for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from lint.analyzers.headline import headline_features, shouted_words
from lint.analyzers.sourcing import attributed_sentences
from lint.analyzers.tone import labelled_opinion, opinion_labels, writer_voice
from lint.cli import app
from lint.context import Context
from lint.document import build_document
from tests.conftest import codes, lint_text, rules_by_code

RULES = rules_by_code()


# -- HDL001 ------------------------------------------------------------------------------------
def test_acronyms_are_not_shouting_but_capitalised_words_the_body_writes_in_lower_case_are():
    body = "NAFTA talks resumed. Hillary Clinton spoke about the deal and the senators who backed it."
    assert shouted_words("NAFTA talks resume", body) == []
    shouted = [m.group() for m in shouted_words("HILLARY Spoke About The DEAL", body)]
    assert shouted == ["HILLARY", "DEAL"]
    # a run of capitalised words the body never writes in capitals is shouting too
    assert [m.group() for m in shouted_words("STUNNING BETRAYAL in the Senate", body)] == ["STUNNING", "BETRAYAL"]
    # two short acronyms side by side are not
    assert shouted_words("UK PM meets EU leaders", "The UK PM met EU leaders.") == []


def test_sensational_headline_fires_on_shouting_and_not_on_a_plain_headline():
    body = "\n\nThe governor signed the budget on Friday, her office said, after a long debate in the state senate."
    assert codes("Governor Signs Budget, Critics FURIOUS" + body, "HDL001") == ["HDL001"]
    assert codes("Governor signs budget after long debate" + body, "HDL001") == []


def test_quoted_words_in_a_headline_are_the_speakers_not_the_outlets():
    body = "\n\nThe governor signed the budget on Friday, her office said."
    assert codes("Governor tells lawmakers: 'Do your job NOW!'" + body, "HDL001") == []
    assert codes("Governor tells lawmakers to do their job NOW!" + body, "HDL001") == ["HDL001"]


def test_one_weak_feature_is_not_enough_and_the_threshold_is_an_option():
    text = "Is the ceasefire holding?\n\nResidents of the border town said the night had been quiet."
    doc = build_document("a.txt", text)
    assert [f.name for f in headline_features(doc)] == ["question"]
    assert codes(text, "HDL001") == []
    strict = replace(RULES["HDL001"], params={**RULES["HDL001"].params, "options": {"threshold": 1}})
    assert [f.code for f in lint_text(text, [strict]).findings] == ["HDL001"]


def test_a_text_without_a_headline_has_no_headline_features():
    paragraph = " ".join(["The council met on Tuesday and WOW voted on the plan!"] * 5)
    assert headline_features(build_document("a.txt", paragraph)) == []


def test_the_finding_names_the_features():
    text = "WATCH: Senator HUMILIATES Reporter [VIDEO]\n\nThe senator answered questions on Monday, her office said."
    [finding] = lint_text(text, [RULES["HDL001"]]).findings
    assert "shouted words (HUMILIATES)" in finding.message and "[VIDEO]" in finding.message
    assert finding.line == 1


# -- the writer's voice, shared with sourcing ---------------------------------------------------
def test_attribution_includes_labelling_verbs_and_post_compilations():
    text = (
        "Headline\n\nThe mayor called them liars. The plan is a disgrace. "
        "Posts from the account follow, @cityhall : - We will win! Nobody can stop us."
    )
    doc = build_document("a.txt", text)
    sentences = [doc.plain[s.start : s.end].strip() for s in doc.sentences]
    flags = dict(zip(sentences, attributed_sentences(doc)))
    assert flags["The mayor called them liars."] is True
    assert flags["The plan is a disgrace."] is False
    assert flags["Posts from the account follow, @cityhall : - We will win!"] is True
    assert flags["Nobody can stop us."] is True  # the rest of the paragraph after "@cityhall :"
    assert [doc.plain[s.start : s.end].strip() for s in writer_voice(doc).sentences] == ["The plan is a disgrace."]


# -- TON001 / TON002 ----------------------------------------------------------------------------
def test_loaded_words_count_only_in_the_reporters_voice():
    own = "Headline\n\nThe despicable plan passed. Its pathetic backers cheered the vote late on Monday night."
    quoted = "Headline\n\n\"The despicable plan passed,\" she said. \"Its pathetic backers cheered,\" she added on Monday night."
    attributed = "Headline\n\nThe senator called the plan despicable. She said its backers were pathetic on Monday night."
    assert codes(own, "TON001") == ["TON001", "TON001"]
    assert codes(quoted, "TON001") == []
    assert codes(attributed, "TON001") == []


def test_one_loaded_word_in_a_long_story_is_ordinary_english():
    filler = " ".join(["The council approved the road budget after a vote on Tuesday."] * 40)
    assert codes(f"Headline\n\nThe despicable plan passed. {filler}", "TON001") == []


def test_name_calling_is_reported_in_the_writers_voice_only():
    assert codes("Headline\n\nThe snowflakes on campus cancelled another talk.", "TON002") == ["TON002"]
    assert codes("Headline\n\n\"The snowflakes cancelled another talk,\" the speaker said.", "TON002") == []
    assert codes("Headline\n\nThe speaker accused students of being snowflakes.", "TON002") == []


# -- TON003 -------------------------------------------------------------------------------------
OPINION_BODY = (
    "The council voted to raise taxes. I think this is a mistake, and you know it. "
    "Why do they keep doing this? My neighbours cannot pay. Let that sink in, folks!"
)


def test_opinion_in_a_news_body_fires_and_a_label_exempts_it():
    assert set(codes("Council raises taxes\n\n" + OPINION_BODY, "TON003")) == {"TON003"}
    assert codes("Opinion: Council raises taxes\n\n" + OPINION_BODY, "TON003") == []
    labelled = "---\ntitle: Council raises taxes\ncategory: Opinion\n---\n\n" + OPINION_BODY
    assert codes(labelled, "TON003", fmt="markdown") == []
    heading = "---\ntitle: Council raises taxes\n---\n\n## Column\n\n" + OPINION_BODY
    assert codes(heading, "TON003", fmt="markdown") == []


def test_numerals_and_the_country_are_not_the_writers_voice():
    text = (
        "Headline\n\nThe tank was built after World War I. Queen Elizabeth I founded the college. "
        "The US and the UK signed the pact. The US Army said the drill went well. The US Navy agreed. "
        "The US Senate voted? The US team won!"
    )
    found = lint_text(text, [RULES["TON003"]]).findings
    assert not any(f.snippet in ("I", "US") for f in found)


def test_opinion_labels_come_from_the_configuration():
    doc = build_document("a.txt", "Rant: Council raises taxes\n\n" + OPINION_BODY)
    assert labelled_opinion(doc, opinion_labels(Context())) is None
    custom = Context(settings={"tone": {"opinion-labels": ("Rant",)}})
    assert opinion_labels(custom) == frozenset({"rant"})
    assert labelled_opinion(doc, opinion_labels(custom)) == "rant"


def test_opinion_labels_config_key_reaches_the_rule(tmp_path: Path):
    article = tmp_path / "story.txt"
    article.write_text("Rant: Council raises taxes\n\n" + OPINION_BODY, encoding="utf-8")
    runner = CliRunner()
    before = runner.invoke(app, ["check", str(article), "--select", "TON003", "--fail-on", "warning", "--format", "json", "--no-cache"])
    assert before.exit_code == 1
    assert {f["code"] for f in json.loads(before.stdout)["files"][0]["findings"]} == {"TON003"}
    (tmp_path / "credlint.toml").write_text('opinion-labels = ["rant", "opinion"]\n', encoding="utf-8")
    after = runner.invoke(app, ["check", str(article), "--select", "TON003", "--fail-on", "warning", "--format", "json", "--no-cache"])
    assert after.exit_code == 0, after.stdout
    assert json.loads(after.stdout)["files"][0]["findings"] == []


def test_opinion_labels_of_the_wrong_type_are_a_config_error(tmp_path: Path):
    article = tmp_path / "story.txt"
    article.write_text("Headline\n\nThe council met.", encoding="utf-8")
    (tmp_path / "credlint.toml").write_text('opinion-labels = "opinion"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(article), "--no-cache"])
    assert result.exit_code == 2
    assert "opinion-labels: expected a list of strings" in result.output


# -- TON004 -------------------------------------------------------------------------------------
def test_an_accusation_is_sourced_by_an_attribution_in_the_next_sentence():
    bare = "Headline\n\nThe mayor stole money from the fund. Her deputy lied about it. The council is corrupt."
    near = "Headline\n\nThe mayor stole money from the fund. Prosecutors said so on Monday. Her deputy lied about it, the indictment says."
    assert codes(bare, "TON004") == ["TON004"] * 3
    assert codes(near, "TON004") == []


def test_figures_count_as_claims_only_when_the_option_says_so():
    text = "Headline\n\nThe fund lost $4 million last year. Another 43 percent of the budget went missing. Costs rose by 2 billion."
    assert codes(text, "TON004") == []
    rule = RULES["TON004"]
    with_figures = replace(rule, params={**rule.params, "options": {**rule.params["options"], "quantities": True}})
    assert len(lint_text(text, [with_figures]).findings) == 3


def test_a_front_matter_title_is_read_as_the_headline():
    """The masked view blanks front matter; the title must still be scored and its label read."""
    body = "The mayor answered questions on Monday, her office said.\n"
    shouting = '---\ntitle: "Mayor HUMILIATES Reporter!"\n---\n\n' + body
    plain = '---\ntitle: "Mayor answers questions"\n---\n\n' + body
    assert codes(shouting, "HDL001", fmt="markdown") == ["HDL001"]
    assert codes(plain, "HDL001", fmt="markdown") == []
    labelled = '---\ntitle: "Opinion: Council raises taxes"\n---\n\n' + OPINION_BODY
    assert codes(labelled, "TON003", fmt="markdown") == []


def test_two_loaded_words_make_a_headline_sensational_and_one_does_not():
    body = "\n\nThe governor presented the budget on Friday, her office said."
    two = build_document("a.txt", "Governor's Disastrous Budget Is A Pathetic Joke" + body)
    assert [(f.name, f.points) for f in headline_features(two)] == [("hyperbole", 2)]
    assert codes("Governor's Disastrous Budget Is A Pathetic Joke" + body, "HDL001") == ["HDL001"]
    assert codes("Governor's disastrous budget faces a vote" + body, "HDL001") == []


def test_report_schema_lists_every_category():
    """A finding of a new category must still validate against the JSON report schema."""
    from lint.rulepack import CATEGORIES
    from tests.conftest import ROOT

    schema = json.loads((ROOT / "lint" / "schemas" / "report-v1.schema.json").read_text(encoding="utf-8"))
    finding = schema["$defs"]["finding"]
    assert finding["properties"]["category"]["enum"] == list(CATEGORIES)


def test_a_transcript_is_the_speakers_voice_not_the_writers():
    body = ("I promised to look at the harbour with fresh eyes. We must stop repeating the same failed plans. "
            "Are we really going to wait another decade? You deserve better, and I will not let you down! "
            "Let me be clear: we will build it.")
    assert "TON003" in codes("Mayor speaks on the harbour\n\n" + body, "TON003")
    for label in ("Text", "Transcript", "Factbox"):
        assert codes(f"{label}: Mayor speaks on the harbour\n\n" + body, "TON003") == [], label
