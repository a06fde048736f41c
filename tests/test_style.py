"""Style rules: copy-editing slips, and the even sentence rhythm of generated prose."""

from __future__ import annotations

from pathlib import Path

from lint.engine import LintSettings, run
from lint.rulepack import load_pack, load_packs
from tests.conftest import ROOT, credible_articles, lint_text

RULES = load_pack(ROOT / "rules" / "style.toml")


def found(text: str, code: str) -> list:  # type: ignore[type-arg]
    rules = [r for r in load_packs() if r.code == code]
    return [f for f in lint_text("Headline\n\n" + text, rules).findings if f.code == code]


def test_lowercase_name_points_to_the_capitalised_form() -> None:
    text = "Talks with Ukraine resumed. Aid to Ukraine rose. Trade with Ukraine fell. Exports from Ukraine grew. Peace in ukraine is far off."
    (f,) = found(text, "STY001")
    assert f.snippet == "ukraine" and f.related and f.related[0].text == "Ukraine"


def test_names_inside_longer_names_are_not_proper_names_alone() -> None:
    text = ("She won Album of the Year. He won Song of the Year. They won Record of the Year. "
            "Another year passed.")
    assert not found(text, "STY001")


def test_speech_tags_after_a_quoted_question_are_not_sentence_starts() -> None:
    assert not found("“Why did you go?” she asked. “Who knows?” he said.", "STY003")
    assert [f.snippet for f in found("They met. he left early.", "STY003")] == ["he"]


def test_missing_space_after_comma_ignores_numbers() -> None:
    assert not found("It cost 1,000 dollars, not 2,000.", "STY002")
    assert len(found("Krutakov,another scientist,outlined a plan.", "STY002")) == 2


def test_uniform_rhythm_is_not_a_matter_of_length() -> None:
    """The same even rhythm fires at 8 and at 24 sentences; a varied text never fires."""
    even = "The council met on Monday to discuss the new budget for the city. "
    varied = "It passed. Members debated for eleven hours, through two adjournments and a fire alarm, before the vote. "
    assert found(even * 8, "AIT002") and found(even * 24, "AIT002")
    assert not found(varied * 4, "AIT002") and not found(varied * 12, "AIT002")
    assert not found(even * 5, "AIT002"), "too few sentences to judge"


def test_copy_editing_rules_quiet_on_professional_articles(corpus_dir: Path) -> None:
    paths = credible_articles(corpus_dir)
    fired = {Path(r.path).name for r in run(paths, LintSettings(rules=tuple(RULES))) if r.findings}
    assert len(fired) <= 2, sorted(fired)


def test_a_country_in_lowercase_is_reported_where_the_article_never_capitalises_it() -> None:
    text = "Ferries from the netherlands to Harwich were cancelled on Monday, and freight bound for new zealand was held."
    assert [f.message.split("'")[1] for f in found(text, "STY006")] == ["netherlands", "new zealand"]
    # words that are also countries, addresses, hashtags and quotes are not slips
    clean = ('Turkey and china plates sold out, the shop said. Tickets are at holland-ferries.example and on '
             '#germany. "we miss germany," one sign read.')
    assert not found(clean, "STY006")


def test_a_demonym_run_in_lowercase_beside_its_capitalised_form_is_inconsistent() -> None:
    text = ("The councillor wrote to the welsh government on Monday. A spokesperson for the Welsh Government "
            "said ministers would reply.")
    assert any("welsh government" in f.message for f in found(text, "STY001"))
