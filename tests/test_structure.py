"""Structure rules: headline echoes, headline names missing from the body, cut-off endings, restatements."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.engine import FileResult, LintSettings, run
from lint.rulepack import load_pack
from tests.conftest import ROOT, credible_articles, findings

RULES = load_pack(ROOT / "rules" / "structure.toml")
BODY = (
    "The finance ministry expects taxes to rise next year, a spokeswoman told reporters on Tuesday. "
    "She said the decision followed a review of spending and that the budget would go to parliament in spring. "
    "Opposition parties criticised the plan, while business groups welcomed the promise of a balanced budget. "
    "Officials said details would follow in the coming weeks after talks with regional governments and unions. "
    "The ministry did not give figures for the increase, and the central bank declined to comment on the plan."
)


def test_headline_repeat_points_back_at_the_headline() -> None:
    text = "Taxes to rise next year, ministry says\n\nTaxes to rise next year, ministry says\n\n" + BODY
    (f,) = findings(text, "STR001")
    assert f.line == 3
    assert [r.line for r in f.related] == [1]


@pytest.mark.parametrize(
    "headline, missing",
    [("Jones: taxes will rise", "Jones"), ("Taxes will rise – Jones", "Jones"), ("Jones Warns Taxes Will Rise", "Jones")],
)
def test_headline_speaker_absent_from_body(headline: str, missing: str) -> None:
    (f,) = findings(f"{headline}\n\n{BODY}", "STR002")
    assert f.snippet == missing and missing in f.message


def test_headline_speaker_found_under_another_spelling() -> None:
    body = BODY + " Zelensky's office did not comment."
    assert not findings(f"Taxes will rise – Zelenskyy\n\n{body}", "STR002")


def test_truncation_needs_a_long_unfinished_sentence() -> None:
    cut = "Budget\n\n" + BODY + " The ministry also plans to review the pension system and to cut the number of"
    credit = "Budget\n\n" + BODY + " Reporting by Anna Smith; Editing by John Doe"
    link = "Budget\n\n" + BODY + " Jones aims to undo the lead on taxes"
    assert [f.line for f in findings(cut, "STR003")] == [3]
    assert not findings(credit, "STR003") and not findings(link, "STR003")


def test_parallel_sentences_about_different_people_are_not_repeats() -> None:
    parallel = "Stats\n\nButler is on a tear, averaging 28.8 points in the past five games. Rose is averaging just under 20 points in his past five games."
    assert not findings(parallel, "STR004")


def test_near_duplicate_names_the_earlier_sentence() -> None:
    text = ("Bridge\n\nOfficials said the new bridge across the river would open to traffic in early spring next year. "
            "The new bridge across the river will open to traffic early next spring, officials said.")
    (f,) = findings(text, "STR004")
    assert f.related and f.related[0].line == 3 and "line 3" in f.message


def _seed_findings(seed_results: dict[str, FileResult], name: str, code: str) -> list:  # type: ignore[type-arg]
    return [f for f in seed_results[name].findings if f.code == code]


def test_seeds_headline_names(seed_results: dict[str, FileResult]) -> None:
    names = {f.snippet for f in _seed_findings(seed_results, "000_2a994947d906b5e2.txt", "STR002")}
    assert "Trump" in names
    assert {f.snippet for f in _seed_findings(seed_results, "004_f61de47c43c6cb98.txt", "STR002")} == {"Zelenskyy"}


def test_seed_recap_list_and_closing_repeat(seed_results: dict[str, FileResult]) -> None:
    assert [f.line for f in _seed_findings(seed_results, "002_cf6596be2bca1c3d.txt", "STR005")] == [51]
    assert 58 in [f.line for f in _seed_findings(seed_results, "002_cf6596be2bca1c3d.txt", "STR004")]


def test_no_structure_error_on_professional_articles(corpus_dir: Path) -> None:
    errors = [r for r in RULES if r.severity == "error"]
    paths = credible_articles(corpus_dir)
    hits = [(Path(r.path).name, f.code) for r in run(paths, LintSettings(rules=tuple(errors))) for f in r.findings]
    assert not hits, hits
