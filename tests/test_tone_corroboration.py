"""Tone rules in an article whose writer's voice is flagged as a whole: each loaded word,
opinion signal and unsourced claim is then reported on its own line, while one of them in
plain copy stays quiet. Also the name-calling structures, the sourcing view the tone rules read,
and the HTML page title. The sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lint.analyzers.headline import headline_features
from lint.analyzers.sourcing import spoken_sentences
from lint.analyzers.tone import corroborated, voice_evidence
from lint.context import Context
from lint.document import build_document
from lint.engine import LintSettings, run
from lint.rulepack import load_packs
from tests.conftest import lint_text

RULES = {r.code: r for r in load_packs()}
TONE = [RULES[c] for c in ("HDL001", "TON001", "TON002", "TON003", "TON004")]

PLAIN = (
    "The water board met on Thursday to set next year's rates. "
    "Board chair Mina Ochoa said the increase would pay for new pipes. "
    "The vote was 4-1, according to the minutes. "
)


def lines_of(text: str, code: str) -> list[int]:
    return sorted({f.line for f in lint_text(text, TONE).findings if f.code == code})


def test_one_loaded_word_in_plain_copy_is_quiet_but_reported_in_a_flagged_article():
    plain = "Water board sets rates\n\n" + PLAIN + "\n\nThe timing was absurd for some households."
    assert lines_of(plain, "TON001") == []
    flagged = "Water Board's RATE GRAB Stuns Families!\n\n" + PLAIN + "\n\nThe timing was absurd.\n\nAsk yourself who pays."
    assert lines_of(flagged, "TON001") == [5]
    assert lines_of(flagged, "TON003") == [7]


def test_a_single_rhetorical_question_counts_only_beside_other_evidence():
    alone = "Water board sets rates\n\n" + PLAIN + "\n\nWho will pay for the pipes?"
    assert lines_of(alone, "TON003") == []
    beside = (
        "Water board sets rates\n\n" + PLAIN + "\n\nThe bumbling bureaucrats and their greedy bosses shrugged."
        "\n\nWho will pay for the pipes?"
    )
    assert lines_of(beside, "TON002") == [5]
    assert lines_of(beside, "TON003") == [7]


def test_corroboration_needs_two_families_and_you_alone_counts_little():
    how_to = "How to read your bill\n\n" + " ".join(["You can check your meter and you can pay your bill online."] * 6) + " It is absurd."
    doc = build_document("a.txt", how_to)
    evidence = voice_evidence(doc, Context())
    assert 0 < evidence.points["opinion"] <= 2  # six sentences of "you" count as two points at most
    assert not corroborated(doc, Context(), RULES["TON001"])
    assert lines_of(how_to, "TON001") == []


def test_corroboration_can_be_switched_off_in_the_options():
    flagged = "Water Board's RATE GRAB Stuns Families!\n\n" + PLAIN + "\n\nThe timing was absurd.\n\nAsk yourself who pays."
    rule = RULES["TON001"]
    opts = {k: v for k, v in rule.params["options"].items() if k != "corroboration"}
    strict = replace(rule, params={**rule.params, "options": opts})
    assert lint_text(flagged, [strict]).findings == []


def test_in_a_flagged_article_each_figure_without_a_source_in_its_sentence_is_reported():
    text = (
        "Water Board's RATE GRAB Stuns Families!\n\n"
        "The board raised rates by 12 percent, its chair said on Thursday.\n\n"
        "Nearly four in ten households already struggle to pay.\n\n"
        "The board keeps more than 300 staff on its payroll.\n\n"
        "Let that sink in."
    )
    assert lines_of(text, "TON004") == [5, 7]
    calm = "Water board sets rates\n\nNearly four in ten households already struggle to pay.\n\nThe board has more than 300 staff."
    assert lines_of(calm, "TON004") == []


def test_an_insulting_modifier_before_a_noun_for_people_is_name_calling():
    assert lines_of("Headline\n\nThe greedy hospital executives left early.", "TON002") == [3]
    assert lines_of("Headline\n\nA group of eco-zealots blocked the road.", "TON002") == [3]
    assert lines_of("Headline\n\nThe so-called experts were wrong again.", "TON002") == [3]
    # the same modifier aimed at a thing, in a quotation, or in reported speech is not name-calling
    assert lines_of("Headline\n\nThe greedy plan failed in committee.", "TON002") == []
    assert lines_of('Headline\n\n"These greedy executives left early," a nurse said.', "TON002") == []
    assert lines_of("Headline\n\nThe union said the greedy executives left early.", "TON002") == []


def test_the_sourcing_view_does_not_mistake_idioms_for_attribution():
    text = (
        "Headline\n\nThe item was added to the agenda on Monday. A so-called reform passed. "
        "The mayor did not say why. You read that right. Drivers were told to sign. "
        "The statement read: we are proud. She called them liars. Officials said it rained."
    )
    doc = build_document("a.txt", text)
    spoken = dict(zip((doc.plain[s.start : s.end].strip() for s in doc.sentences), spoken_sentences(doc)))
    assert not spoken["The item was added to the agenda on Monday."]
    assert not spoken["A so-called reform passed."]
    assert not spoken["The mayor did not say why."]
    assert not spoken["You read that right."]
    assert not spoken["Drivers were told to sign."]
    assert spoken["She called them liars."] and spoken["Officials said it rained."]
    assert any(spoken[k] for k in spoken if k.startswith("The statement read"))
    # "calls" as a noun puts no label in anybody's mouth: the insult is the writer's
    named = build_document("a.txt", "Headline\n\nCouncil member Ana Ruiz, a traitor to her voters, did not return calls.")
    assert not spoken_sentences(named)[-1]
    assert lines_of("Headline\n\nCouncil member Ana Ruiz, a traitor to her voters, did not return calls.", "TON002") == [3]


def test_headline_hyperbole_and_forward_references():
    body = "\n\nThe minister announced the fuel plan on Monday, her office said."
    doc = build_document("a.txt", "Minister's Fuel Plan Sends Prices Soaring: Here's Why" + body)
    assert {f.name for f in headline_features(doc)} == {"hyperbole", "clickbait"}
    assert lines_of("Minister Slammed Over Disastrous Fuel Plan" + body, "HDL001") == [1]
    assert lines_of("Minister announces fuel plan" + body, "HDL001") == []


PAGE = """<!DOCTYPE html>
<html><head><title>{title}</title></head>
<body><article>
<h1>{h1}</h1>
<p>The minister announced the fuel plan on Monday, her office said in a statement.</p>
<p>Fuel duty will rise in April, according to the published plan.</p>
</article></body></html>
"""


def test_a_page_title_that_repeats_a_sensational_headline_is_reported_too(tmp_path: Path):
    pytest.importorskip("trafilatura", reason="HTML input needs the html extra (pip install 'credlint[html]')")

    def headline_lines(title: str, h1: str) -> list[int]:
        page = tmp_path / "page.html"
        page.write_text(PAGE.format(title=title, h1=h1), encoding="utf-8")
        (result,) = run([str(page)], LintSettings(rules=(RULES["HDL001"],)), jobs=1)
        return sorted(f.line for f in result.findings)

    loud = "SHOCKING: Minister's Disastrous Fuel Plan EXPOSED"
    assert headline_lines(loud + " | The Daily Example", loud) == [2, 4]
    assert headline_lines("The Daily Example: home", loud) == [4]
    calm = "Minister announces fuel plan"
    assert headline_lines(calm, calm) == []
