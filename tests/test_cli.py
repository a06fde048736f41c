"""The command line as users and CI see it: output, exit codes, config, JSON contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from lint.cli import app
from tests.conftest import ROOT

runner = CliRunner()
SCHEMA = json.loads((ROOT / "lint" / "schemas" / "report-v1.schema.json").read_text(encoding="utf-8"))
CLEAN = ROOT / "examples" / "clean-wire-story.md"
FARM = ROOT / "examples" / "content-farm-callouts.md"
SCRAPED = ROOT / "examples" / "scraped-page.txt"


def credlint(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


def test_text_output_is_path_line_col_code_message():
    result = credlint("check", str(SCRAPED), "--select", "BPL")
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{SCRAPED}:1:1: BPL002 ")
    assert "score" in result.stdout and "(rule set " in result.stdout


def test_clean_article_exits_zero():
    result = credlint("check", str(CLEAN), "--select", "filler,boilerplate")
    assert result.exit_code == 0, result.stdout
    assert "score 100.0 (A)" in result.stdout


def test_exit_zero_and_fail_under_and_fail_on():
    assert credlint("check", str(FARM), "--exit-zero").exit_code == 0
    # Only warnings selected: they do not fail by default, but do with --fail-on warning.
    assert credlint("check", str(SCRAPED), "--select", "BPL005", "--fail-under", "0").exit_code == 0
    assert credlint("check", str(SCRAPED), "--select", "BPL005", "--fail-on", "warning").exit_code == 1
    assert credlint("check", str(SCRAPED), "--select", "BPL005", "--fail-under", "99.5").exit_code == 1


def test_missing_file_is_exit_2_even_with_exit_zero(tmp_path):
    result = credlint("check", str(tmp_path / "nope.md"), str(CLEAN), "--exit-zero")
    assert result.exit_code == 2
    assert "nope.md: error: no such file or directory" in result.stderr
    assert "clean-wire-story.md: score" in result.stdout  # the other file was still linted


def test_usage_errors_are_exit_2():
    assert credlint("check", str(CLEAN), "--format", "xml").exit_code == 2
    bad_select = credlint("check", str(CLEAN), "--select", "ZZZ")
    assert bad_select.exit_code == 2 and "matches no rule" in bad_select.stderr
    assert credlint("check").exit_code == 2


def test_json_output_matches_schema_and_contract():
    result = credlint("check", str(FARM), str(CLEAN), "--format", "json")
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["version"] == 1
    farm = data["files"][0]
    assert farm["path"] == str(FARM) and farm["score"] < 100 and farm["passed"] is False
    f = farm["findings"][0]
    assert {"code", "name", "category", "severity", "line", "column", "end_line", "end_column", "message", "snippet"} <= set(f)
    assert len(data["summary"]["ruleset"]) == 12
    assert data["files"][1]["metrics"]["words"] > 100


def test_json_schema_rejects_a_broken_report():
    result = credlint("check", str(FARM), "--format", "json")
    data = json.loads(result.stdout)
    data["files"][0]["findings"][0]["line"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_table_format_and_statistics():
    table = credlint("check", str(FARM), str(SCRAPED), "--format", "table", "--metrics")
    assert "worst categories" in table.stdout and "flesch_reading_ease" in table.stdout
    stats = credlint("check", str(SCRAPED), "--statistics", "--quiet")
    assert any(line.split()[1:2] == ["BPL003"] for line in stats.stdout.splitlines() if line.strip()[:1].isdigit())


def test_stdin_and_stdin_filename():
    text = "Headline\n\nKey Takeaway: nothing happened.\n"
    result = credlint("check", "-", "--stdin-filename", "story.md", input=text)
    assert result.exit_code == 1 and "story.md:3:1: FIL001" in result.stdout


def test_output_file_and_never_overwriting_input(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("# Head\n\nKey Takeaway: x\n", encoding="utf-8")
    before = article.read_bytes()
    out = tmp_path / "report.json"
    assert credlint("check", str(article), "-f", "json", "-o", str(out)).exit_code == 1
    assert json.loads(out.read_text())["files"][0]["path"] == str(article)
    refused = credlint("check", str(article), "-o", str(article))
    assert refused.exit_code == 2 and article.read_bytes() == before


def test_config_file_is_found_and_validated(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.credlint]\nignore = ["FIL003"]\nfail-under = 10\n[tool.credlint.per-file-ignores]\n"legacy/*" = ["BPL"]\n',
        encoding="utf-8",
    )
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.md").write_text("# H\n\nSkip to content\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# H\n\nShare your thoughts in the comments below!\n", encoding="utf-8")
    result = credlint("check", str(tmp_path))
    assert result.exit_code == 0, result.stdout
    (tmp_path / "credlint.toml").write_text("selectt = ['FIL']\n", encoding="utf-8")
    bad = credlint("check", str(tmp_path))
    assert bad.exit_code == 2 and "unknown key 'selectt'" in bad.stderr
    (tmp_path / "credlint.toml").write_text("fail-under = 'high'\n", encoding="utf-8")
    bad = credlint("check", str(tmp_path))
    assert bad.exit_code == 2 and "fail-under" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_user_rule_pack_via_config(tmp_path):
    pack = tmp_path / "house.toml"
    pack.write_text(
        """[[rule]]
code = "HSE001"
name = "house-banned-word"
category = "style"
severity = "error"
kind = "phrase"
message = "House style bans '{match}'"
rationale = "Our newsroom's style guide bans this word because it promises more than a story can show."
fix = "Use a plain verb."
phrases = ["slams"]
bad = ["Senator slams plan."]
good = ["Senator criticises plan."]
""",
        encoding="utf-8",
    )
    (tmp_path / "credlint.toml").write_text('rule-packs = ["house.toml"]\nselect = ["HSE"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("# H\n\nThe mayor slams the budget.\n", encoding="utf-8")
    result = credlint("check", str(tmp_path / "a.md"))
    assert result.exit_code == 1 and "HSE001 House style bans 'slams'" in result.stdout
    pack.write_text(pack.read_text().replace('severity = "error"', 'severity = 3'), encoding="utf-8")
    bad = credlint("check", str(tmp_path / "a.md"))
    assert bad.exit_code == 2 and "house.toml: rule HSE001: field 'severity'" in bad.stderr


def test_rule_and_rules_commands():
    listing = credlint("rules")
    assert listing.exit_code == 0 and "FIL001" in listing.stdout and "template-callout" in listing.stdout
    explained = credlint("rule", "FIL001")
    assert explained.exit_code == 0
    for part in ("Why:", "How to fix:", "Flagged:", "Not flagged:", "filler"):
        assert part in explained.stdout
    assert credlint("rule", "template-callout").stdout == explained.stdout
    assert credlint("rule", "NOPE001").exit_code == 2


def test_directory_walk_skips_hidden_and_gitignored(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("drafts/\n*.tmp.md\n", encoding="utf-8")
    for rel in ("a.md", "drafts/b.md", ".hidden/c.md", "d.tmp.md", "notes.rst"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("# H\n\nKey Takeaway: x\n", encoding="utf-8")
    data = json.loads(credlint("check", str(tmp_path), "-f", "json").stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["a.md"]


def test_console_script_runs_as_a_module():
    proc = subprocess.run(
        [sys.executable, "-m", "lint", "check", str(CLEAN), "--select", "FIL"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr


def test_text_output_says_how_to_fix_each_rule_once():
    from lint.rulepack import load_packs

    fix = {rule.code: rule.fix for rule in load_packs()}
    result = credlint("check", str(SCRAPED), "--select", "BPL003,BPL006", "--no-cache")
    hints = result.stdout.split("How to fix:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split()[0] for line in hints] == ["BPL003", "BPL006"]  # once per rule, though each fired twice
    assert fix["BPL003"] in hints[0] and "credlint rule BPL003" in hints[0]
    quiet = credlint("check", str(SCRAPED), "--select", "BPL003", "-q", "--no-cache")
    assert "How to fix" not in quiet.stdout


def test_a_bug_is_one_line_and_exit_2_never_a_traceback(monkeypatch, capsys):
    import lint.cli
    import lint.engine

    def broken(*_args, **_kwargs):
        raise KeyError("lost")

    monkeypatch.setattr(lint.engine, "run", broken)
    monkeypatch.setattr(sys, "argv", ["credlint", "check", str(ROOT / "examples" / "clean-wire-story.md"), "--no-cache"])
    monkeypatch.delenv("CREDLINT_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_:
        lint.cli.main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.count("\n") == 1 and err.startswith("credlint: internal error: KeyError: 'lost'")
    monkeypatch.setenv("CREDLINT_DEBUG", "1")  # and the traceback is there for whoever debugs it
    with pytest.raises(KeyError):
        lint.cli.main()


def test_version_is_the_package_version():
    import tomllib

    import lint

    result = credlint("--version")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert result.exit_code == 0 and result.output == f"credlint {lint.__version__}\n"
    assert lint.__version__ == project["version"]
