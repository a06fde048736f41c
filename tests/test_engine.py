"""Rule kinds, scopes, quotes, suppression, selection and scoring through the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.errors import ConfigError, PackError
from lint.rulepack import load_pack
from lint.score import grade, rule_penalty, score_findings
from lint.selection import resolve
from tests.conftest import lint_text


def _pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pack.toml"
    path.write_text(body, encoding="utf-8")
    return path


BASE = """
[[rule]]
code = "TST001"
name = "stock-phrase"
category = "ai-tells"
severity = "warning"
kind = "phrase"
message = "stock phrase {match}"
rationale = "Because it is a test of the phrase kind and needs a long enough rationale to be documented."
fix = "Remove it."
phrases = ["game changer", "it's worth noting"]
bad = ["This is a game changer."]
good = ["The game changed."]
"""


def test_phrase_kind_word_boundaries_apostrophes_and_quotes(tmp_path):
    rules = load_pack(_pack(tmp_path, BASE))
    text = "Title\n\nA game changer. A gamechanger. It’s worth noting that. \"A game changer,\" he said."
    found = [f.snippet for f in lint_text(text, rules).findings]
    assert found == ["game changer", "It’s worth noting"]


def test_scope_body_excludes_headline(tmp_path):
    rules = load_pack(_pack(tmp_path, BASE))
    assert lint_text("A game changer\n\nNothing here.", rules).findings == []
    assert len(lint_text("Headline\n\nA game changer here.", rules).findings) == 1


def test_allow_quotes_opt_in(tmp_path):
    rules = load_pack(_pack(tmp_path, BASE.replace('kind = "phrase"', 'kind = "phrase"\nallow_quotes = true')))
    assert len(lint_text('Headline\n\n"A game changer," he said.', rules).findings) == 1


def test_findings_point_into_the_original_markdown(tmp_path):
    rules = load_pack(_pack(tmp_path, BASE))
    text = "# Head\n\nSome **[game changer](http://x.y)** news.\n"
    (f,) = lint_text(text, rules, fmt="markdown", path="a.md").findings
    assert (f.line, f.column, f.end_line, f.end_column) == (3, 9, 3, 21)
    assert text.splitlines()[2][f.column - 1 : f.end_column - 1] == "game changer"


def test_inline_suppression(tmp_path):
    rules = load_pack(_pack(tmp_path, BASE))
    text = (
        "Head\n\n<!-- credlint-disable-next-line TST001 -->\nA game changer.\n\n"
        "<!-- credlint-disable ai-tells -->\nAnother game changer.\n<!-- credlint-enable -->\n"
        "A third game changer.\n<!-- credlint-disable-next-line FIL -->\nA fourth game changer.\n"
    )
    lines = [f.line for f in lint_text(text, rules).findings]
    assert lines == [9, 11]


def test_density_kind_needs_threshold(tmp_path):
    body = BASE.replace('kind = "phrase"', 'kind = "density"\nthreshold = 10\nmin_hits = 2')
    rules = load_pack(_pack(tmp_path, body))
    filler = " ".join(["The council met."] * 100)
    assert lint_text(f"Head\n\nA game changer. {filler} Another game changer.", rules).findings == []
    dense = lint_text("Head\n\nA game changer. It's worth noting that a game changer came.", rules).findings
    assert len(dense) == 3 and "per 1,000" not in dense[0].message


def test_pattern_named_group_narrows_span(tmp_path):
    body = BASE.replace('kind = "phrase"', 'kind = "pattern"').replace(
        'phrases = ["game changer", "it\'s worth noting"]', "pattern = '''called it (?P<hit>a game changer)'''"
    )
    rules = load_pack(_pack(tmp_path, body))
    (f,) = lint_text("Head\n\nShe called it a game changer.", rules).findings
    assert f.snippet == "a game changer"


def test_catastrophic_regex_is_stopped(tmp_path, monkeypatch):
    import lint.kinds

    monkeypatch.setattr(lint.kinds, "REGEX_TIMEOUT", 0.2)
    body = BASE.replace('kind = "phrase"', 'kind = "pattern"').replace(
        'phrases = ["game changer", "it\'s worth noting"]', "pattern = '''(a|a)+$'''"
    ).replace('bad = ["This is a game changer."]', 'bad = ["aaa"]')
    rules = load_pack(_pack(tmp_path, body))
    result = lint_text("Head\n\n" + "a" * 40 + "!", rules)
    assert result.rule_errors and "TST001" in result.rule_errors[0]


@pytest.mark.parametrize(
    "mutation, field",
    [
        (("kind = \"phrase\"", "kind = \"nonsense\""), "kind"),
        (("severity = \"warning\"", "severity = \"fatal\""), "severity"),
        (("code = \"TST001\"", "code = \"bad\""), "code"),
        (("bad = [\"This is a game changer.\"]", ""), "bad"),
        (("phrases = [\"game changer\", \"it's worth noting\"]", "phrases = [\"game changer\"]\ncolour = 1"), "colour"),
        (("kind = \"phrase\"", "kind = \"pattern\"\npattern = '(unclosed'"), "pattern"),
    ],
)
def test_malformed_pack_names_file_rule_and_field(tmp_path, mutation, field):
    body = BASE.replace(*mutation)
    if mutation[1].startswith('kind = "pattern"'):
        body = body.replace('phrases = ["game changer", "it\'s worth noting"]\n', "")
    with pytest.raises(PackError) as err:
        load_pack(_pack(tmp_path, body))
    message = str(err.value)
    assert "pack.toml" in message and f"field '{field}'" in message and "\n" not in message


def test_selection_specificity(all_rules):
    chosen = {r.code for r in resolve(all_rules, select=["FIL001"], ignore=["FIL"])}
    assert chosen == {"FIL001"}
    chosen = {r.code for r in resolve(all_rules, select=["filler"], ignore=["FIL002"])}
    assert "FIL002" not in chosen and "FIL001" in chosen and not any(c.startswith("BPL") for c in chosen)
    assert {r.code for r in resolve(all_rules, select=["template-callout"])} == {"FIL001"}
    with pytest.raises(ConfigError):
        resolve(all_rules, select=["NOPE9"])


def test_score_diminishing_returns_and_length_independence(all_rules):
    assert rule_penalty(10, 1) == 10
    assert rule_penalty(10, 2) == 15
    assert rule_penalty(10, 50) < 20
    rules = [r for r in all_rules if r.code == "FIL001"]
    short = lint_text("Head\n\nKey Takeaway: short.", rules)
    long = lint_text("Head\n\n" + "The council met again. " * 400 + "\n\nKey Takeaway: long.", rules)
    weights = {r.code: r.weight for r in rules}
    assert score_findings(short.findings, weights) == score_findings(long.findings, weights)
    assert grade(95) == "A" and grade(10) == "F"
