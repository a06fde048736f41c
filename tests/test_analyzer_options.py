"""Analyzers registered with typed options: validation at pack load, defaults in one place,
messages formatted from the rule's TOML, and the shared place helpers."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint.analyzers.places import line_of, related, where
from lint.analyzers.catalog import BUILTIN_MODULES, lookup
from lint.analyzers.registry import NoOptions, build_options, registered
from lint.document import build_document
from lint.errors import PackError
from lint.examples import lint_text
from lint.rulepack import builtin_rules_dir, load_pack, load_packs
from tests.conftest import ROOT
from tests.test_untrusted_input import one_line, run

PACK = """
[[rule]]
code = "HSE001"
name = "house-rule"
category = "sourcing"
severity = "warning"
kind = "analyzer"
analyzer = "{analyzer}"
{options}
message = "{message}"
rationale = "A house rule written for this test."
fix = "Do something else."
bad = ["a"]
good = ["b"]
"""

# Two hundred words of body text in which nobody is said to have said anything.
UNSOURCED = "Harbour works begin\n\n" + " ".join(
    "The new quay wall will be built from steel piles and concrete over the coming two winters." for _ in range(20)
)


def _pack(tmp_path: Path, analyzer: str, options: str = "", message: str = "m") -> Path:
    path = tmp_path / "house.toml"
    path.write_text(PACK.format(analyzer=analyzer, options=options, message=message), encoding="utf-8")
    return path


def _load_error(tmp_path: Path, **kw: str) -> str:
    with pytest.raises(PackError) as exc:
        load_packs([_pack(tmp_path, **kw)])
    text = str(exc.value)
    assert "\n" not in text
    return text


# -- options ----------------------------------------------------------------------------------------
def test_unknown_option_key_names_the_key_and_the_known_ones(tmp_path):
    text = _load_error(tmp_path, analyzer="sourcing.unsourced_article", options="options = { min_wrods = 50 }")
    assert text.startswith(f"{tmp_path / 'house.toml'}: rule HSE001: field 'options.min_wrods': unknown option; known: ")
    assert "min_words, reporting, reference_labels" in text


def test_an_analyzer_without_options_refuses_any(tmp_path):
    text = _load_error(tmp_path, analyzer="citations.chatbot_citation_residue", options="options = { strict = true }")
    assert "field 'options.strict': unknown option; known: none" in text


@pytest.mark.parametrize(
    "options, expected",
    [
        ('options = { min_words = "eighty" }', "field 'options.min_words': must be a whole number, not a string ('eighty')"),
        ("options = { min_words = 80.5 }", "field 'options.min_words': must be a whole number, not a number (80.5)"),
        ("options = { min_words = true }", "field 'options.min_words': must be a whole number, not a boolean (True)"),
        ("options = { reporting = [1, 2] }", "field 'options.reporting': must be a string, not a list"),
    ],
    ids=["string-for-int", "float-for-int", "bool-for-int", "list-for-string"],
)
def test_wrong_option_type_is_one_line(tmp_path, options, expected):
    assert expected in _load_error(tmp_path, analyzer="sourcing.unsourced_article", options=options)


def test_nested_option_tables_are_checked_too(tmp_path):
    text = _load_error(tmp_path, analyzer="tone.loaded_language", options='options = { corroboration = { points = "six" } }')
    assert "field 'options.corroboration.points': must be a number, not a string ('six')" in text
    text = _load_error(tmp_path, analyzer="tone.opinion_as_news", options="options = { weights = { shouting = 2 } }")
    assert "field 'options.weights.shouting': unknown signal; known: address, first-person" in text


def test_a_missing_option_takes_the_dataclass_default_and_never_crashes(tmp_path):
    # SRC009 without `reporting` used to be a KeyError on every file
    (rule,) = [r for r in load_packs([_pack(tmp_path, "sourcing.unsourced_article", message="{words} words")]) if r.code == "HSE001"]
    assert rule.options.min_words == 80 and rule.options.reporting == "reporting-forms.txt"
    result = lint_text(UNSOURCED, [rule])
    assert not result.rule_errors
    (finding,) = result.findings
    words = int(finding.message.split()[0])
    assert finding.message == f"{words} words" and words >= 80


def test_an_option_set_in_a_pack_changes_what_runs(tmp_path):
    (rule,) = [r for r in load_packs([_pack(tmp_path, "sourcing.unsourced_article", "options = { min_words = 5000 }")]) if r.code == "HSE001"]
    assert rule.options.min_words == 5000
    assert lint_text(UNSOURCED, [rule]).findings == []


def test_the_cli_refuses_a_bad_option_with_exit_2(tmp_path):
    _pack(tmp_path, "structure.shouting_heading", "options = { min_leters = 3 }")
    (tmp_path / "a.md").write_text("Title\n\nBody text.\n", encoding="utf-8")
    proc = run("check", "a.md", "--rule-pack", "house.toml", cwd=tmp_path)
    assert proc.returncode == 2
    (line,) = one_line(proc.stderr)
    assert line == (
        "credlint: error: house.toml: rule HSE001: field 'options.min_leters': unknown option; known: min_letters, min_words, min_label_letters"
    )


def test_every_analyzer_is_registered_with_frozen_options():
    for name in BUILTIN_MODULES:
        lookup(f"{name}.x")  # imports the module, which registers its analyzers
    found = registered()
    rules = [r for r in load_packs() if r.kind in ("analyzer", "corpus")]
    assert {r.params["analyzer"] for r in rules} <= set(found)
    for entry in found.values():
        assert dataclasses.is_dataclass(entry.options) and entry.options.__dataclass_params__.frozen
        entry.options()  # every option has a default


def test_built_in_packs_set_only_what_the_defaults_say():
    """Defaults live in the dataclass: a built-in option that differs from it would be two truths
    (SRC009's min_words was 150 in code and 80 in its pack). Pooling is off by default (removing
    `corroboration` switches it off) and on in the built-in tone rules, as documented."""
    for rule in load_packs():
        if rule.kind not in ("analyzer", "corpus"):
            continue
        defaults = build_options(lookup(rule.params["analyzer"]).options, {})
        for f in dataclasses.fields(defaults):
            if f.name == "corroboration":
                continue
            assert getattr(rule.options, f.name) == getattr(defaults, f.name), (rule.code, f.name)


def _rule_cmd(code: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "lint", "rule", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_rule_prints_options_with_types_and_defaults():
    out = _rule_cmd("STR004")
    assert "  min_overlap = 0.6, a number: share of content words two nearby sentences must have in common" in out
    assert "  window = 2, a whole number: sentences apart that count as nearby" in out
    assert "Message fields: {match}, {other_line}, {share}" in out
    out = _rule_cmd("TON004")
    assert "  corroboration = (not set), a table of points, families" in out
    assert "(this rule: { points = 6.0, families = 2 })" in out
    assert "Options: none" in _rule_cmd("CIT003")


# -- messages ---------------------------------------------------------------------------------------
def test_message_fields_must_be_ones_the_analyzer_gives(tmp_path):
    text = _load_error(tmp_path, analyzer="dates.impossible_date", message="{where} is wrong: {reason}")
    assert text.endswith("field 'message': unknown field {reason}; analyzer dates.impossible_date gives: match, where, why")


def test_message_fields_of_generic_kinds_are_checked(tmp_path):
    path = tmp_path / "house.toml"
    path.write_text(
        PACK.replace('analyzer = "{analyzer}"\n{options}\n', 'phrases = ["x"]\n').replace('kind = "analyzer"', 'kind = "phrase"')
        .format(message="'{match}' seen {count} times"),
        encoding="utf-8",
    )
    with pytest.raises(PackError, match=r"unknown field \{count\}; a phrase rule gives: match"):
        load_pack(path)


def test_the_toml_message_is_what_users_see(tmp_path):
    (rule,) = [r for r in load_pack(builtin_rules_dir() / "dates.toml") if r.code == "DAT004"]
    assert rule.message == "{where} is not a real date: {why}"
    (finding,) = lint_text("Council vote\n\nThe council met on February 30, 2025 to vote on the budget.", [rule]).findings
    assert finding.message == "line 3 (“February 30, 2025”) is not a real date: February has only 28 days in 2025"
    # a house pack can word it differently from the same values
    house = _pack(tmp_path, "dates.impossible_date", message="Impossible date at {where}: {why}")
    (mine,) = [r for r in load_packs([house]) if r.code == "HSE001"]
    (finding,) = lint_text("Council vote\n\nThe council met on February 30, 2025 to vote on the budget.", [mine]).findings
    assert finding.message == "Impossible date at line 3 (“February 30, 2025”): February has only 28 days in 2025"


def test_every_built_in_message_names_only_declared_fields():
    for path in sorted(builtin_rules_dir().glob("*.toml")):
        load_pack(path, verify=True)  # raises on an undeclared {field}


def test_no_options_object_for_generic_kinds():
    rule = next(r for r in load_packs() if r.kind == "phrase")
    assert rule.options == NoOptions()


# -- places -----------------------------------------------------------------------------------------
def test_place_helpers_name_lines_and_spans_one_way():
    text = "Headline\n\nFirst   line of the body\nwith a second line that is long enough to be cut when it is quoted in a message."
    doc = build_document("a.txt", text, "text")
    start = text.index("First")
    assert line_of(doc, start) == "line 3"
    assert where(doc, start, start + 24) == "line 3 (“First line of the body”)"
    long_start = text.index("with")
    quoted = where(doc, long_start, len(text))
    assert quoted.startswith("line 4 (“with a second") and quoted.endswith("…”)") and len(quoted) == len("line 4 (“”)") + 60
    r = related(doc, start, len(text))
    assert (r.path, r.line, r.column) == ("a.txt", 3, 1) and r.text.startswith("First line of the body with") and len(r.text) == 80
    assert len(related(doc, start, len(text), None).text) > 80
