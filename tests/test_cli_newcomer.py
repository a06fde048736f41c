"""A new user's first hour (issue 19): selectors in any case, `exclude` read from the config's
folder and `force-exclude`, a pack named twice, pack authors' example check, suppression
comments that say when they are wrong or useless, one-line usage errors, `rules --format
json`, honest per-file counts and metrics, plain help, and the Quickstart CI runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lint.cli import app
from lint.cli_help import OPTION_GROUPS
from lint.engine import LintSettings, run
from lint.rulepack import Rule, load_packs
from lint.score import charged, score_findings
from lint.selection import resolve
from tests.conftest import ROOT, lint_text

runner = CliRunner()
FARM = ROOT / "examples" / "content-farm-callouts.md"
SCRAPED = ROOT / "examples" / "scraped-page.txt"
CLEAN = ROOT / "examples" / "clean-wire-story.md"


def credlint(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real console entry point (lint.cli:main), as a user's shell runs it."""
    return subprocess.run(
        [sys.executable, "-m", "lint", *args], cwd=cwd or ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", **(env or {})},
    )


# -- selectors ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "selector, expected",
    [("fil001", {"FIL001"}), ("Fil001", {"FIL001"}), ("Filler", "filler"), ("FILLER", "filler"),
     ("fil", "filler"), ("all", "all"), ("Template-Callout", {"FIL001"})],
)  # fmt: skip
def test_selectors_ignore_case(all_rules: list[Rule], selector: str, expected):  # type: ignore[no-untyped-def]
    chosen = {r.code for r in resolve(all_rules, select=[selector])}
    if expected == "all":
        expected = {r.code for r in all_rules}
    elif expected == "filler":
        expected = {r.code for r in all_rules if r.category == "filler"}
    assert chosen == expected


def test_lowercase_select_and_ignore_on_the_command_line():
    result = runner.invoke(app, ["check", str(FARM), "--select", "fil", "--ignore", "fil002", "--format", "json"])
    codes = {f["code"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert codes and all(c.startswith("FIL") for c in codes) and "FIL002" not in codes
    assert "FIL001" in codes


def test_a_typo_still_matches_no_rule():
    result = credlint("check", str(FARM), "--select", "fil9")
    assert result.returncode == 2 and "'fil9' matches no rule" in result.stderr


# -- exclude, relative to the config file, and force-exclude -----------------------------------
@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "story.md").write_bytes(CLEAN.read_bytes())
    (tmp_path / "articles" / "scraped-page.txt").write_bytes(SCRAPED.read_bytes())
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "farm.md").write_bytes(FARM.read_bytes())
    return tmp_path


def linted(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return sorted(Path(f["path"]).name for f in json.loads(proc.stdout)["files"])


@pytest.mark.parametrize("target", ["articles", ".", "articles/"])
def test_exclude_globs_are_relative_to_the_config_file(project: Path, target: str):
    (project / "credlint.toml").write_text('exclude = ["articles/scraped-page.txt"]\n', encoding="utf-8")
    proc = credlint("check", target, "--format", "json", "--no-cache", cwd=project)
    assert "scraped-page.txt" not in linted(proc)
    assert "story.md" in linted(proc)


def test_exclude_is_read_from_the_config_folder_whatever_the_working_directory(project: Path):
    (project / "credlint.toml").write_text('exclude = ["articles/scraped-page.txt"]\n', encoding="utf-8")
    proc = credlint("check", str(project / "articles"), "--format", "json", "--no-cache", cwd=project / "drafts")
    assert linted(proc) == ["story.md"]


def test_a_bare_name_excludes_that_name_anywhere(project: Path):
    (project / "credlint.toml").write_text('exclude = ["scraped-page.txt"]\n', encoding="utf-8")
    assert linted(credlint("check", ".", "--format", "json", "--no-cache", cwd=project)) == ["farm.md", "story.md"]


def test_named_files_are_linted_unless_force_exclude(project: Path):
    (project / "credlint.toml").write_text('exclude = ["drafts/*"]\n', encoding="utf-8")
    named = credlint("check", "drafts/farm.md", "articles/story.md", "--format", "json", "--no-cache", cwd=project)
    assert named.returncode == 1 and linted(named) == ["farm.md", "story.md"]
    forced = credlint("check", "drafts/farm.md", "articles/story.md", "--force-exclude", "--format", "json", "--no-cache", cwd=project)
    assert forced.returncode == 0 and linted(forced) == ["story.md"]


def test_force_exclude_in_the_config_and_its_off_switch(project: Path):
    (project / "credlint.toml").write_text('exclude = ["drafts"]\nforce-exclude = true\n', encoding="utf-8")
    only_draft = credlint("check", "drafts/farm.md", "--no-cache", cwd=project)
    assert only_draft.returncode == 0, only_draft.stderr  # nothing left to lint is not an error
    assert "Found 0 findings in 0 files" in only_draft.stdout
    assert credlint("check", "drafts/farm.md", "--no-force-exclude", "--no-cache", cwd=project).returncode == 1


def test_the_pre_commit_hook_forces_the_exclusions():
    manifest = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.search(r"^\s*entry: credlint check --force-exclude\s*$", manifest, re.M)


# -- the same pack twice ------------------------------------------------------------------------
HOUSE = '''
[[rule]]
code = "HSE001"
name = "house-banned-word"
category = "style"
severity = "warning"
kind = "phrase"
phrases = ["slams"]
message = "House style bans '{match}'"
rationale = "Headline verbs like these promise more conflict than the story shows, says the house style guide."
fix = "Use a plain verb."
bad = [BAD]
good = [GOOD]
'''


def write_pack(path: Path, bad: str = '"Senator slams plan."', good: str = '"Senator criticises plan."') -> Path:
    path.write_text(HOUSE.replace("BAD", bad).replace("GOOD", good), encoding="utf-8")
    return path


def test_a_pack_named_in_the_config_and_on_the_command_line_loads_once(tmp_path: Path):
    (tmp_path / "packs").mkdir()
    pack = write_pack(tmp_path / "packs" / "house.toml")
    (tmp_path / "credlint.toml").write_text('rule-packs = ["packs/house.toml"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("Headline here\n\nThe senator slams the plan, a spokesman said.\n", encoding="utf-8")
    proc = credlint("check", "a.md", "--rule-pack", "packs/house.toml", "--rule-pack", str(pack), "--select", "HSE", "--no-cache", cwd=tmp_path)
    assert "duplicate" not in proc.stderr, proc.stderr
    assert proc.stdout.count("HSE001 House style") == 1
    assert sum(r.code == "HSE001" for r in load_packs([pack, tmp_path / "packs", tmp_path / "packs" / ".." / "packs" / "house.toml"])) == 1


def test_two_different_packs_with_one_code_still_clash(tmp_path: Path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    proc = credlint("rules", "--rule-pack", str(write_pack(tmp_path / "one" / "a.toml")), "--rule-pack", str(write_pack(tmp_path / "two" / "b.toml")))
    assert proc.returncode == 2 and "duplicate rule code" in proc.stderr


# -- pack authors: rules --check-examples -------------------------------------------------------
def test_check_examples_passes_on_the_built_in_packs():
    proc = credlint("rules", "--check-examples")
    assert proc.returncode == 0, proc.stdout
    n = sum(len(r.bad) + len(r.good) for r in load_packs())
    assert f"All of {n} examples of {len(load_packs())} rules" in proc.stdout


def test_check_examples_reports_a_pack_whose_examples_fail(tmp_path: Path):
    pack = write_pack(tmp_path / "house.toml", bad='"Senator criticises plan."', good='"Senator slams plan."')
    proc = credlint("rules", "--check-examples", "--rule-pack", str(pack))
    assert proc.returncode == 1
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(str(pack))]
    assert len(lines) == 2
    assert "HSE001: bad example 1 does not trigger the rule" in lines[0]
    assert "HSE001: good example 1 triggers the rule" in lines[1]
    assert "2 of " in proc.stdout.splitlines()[-1]


# -- suppression comments -----------------------------------------------------------------------
SUPPRESSED = """Council approves budget

<!-- credlint-disable-next-line fil001 -->
Key Takeaway: the council approved the budget on Monday, a spokesman said.

<!-- credlint-disable FOO999, FIL1 -->
The vote was 7 to 2, the clerk said.
<!-- credlint-enable -->

<!-- credlint-disable-next-line BPL -->
The mayor signed the budget on Tuesday, the clerk said.
"""


@pytest.fixture()
def suppressed(tmp_path: Path) -> Path:
    path = tmp_path / "story.md"
    path.write_text(SUPPRESSED, encoding="utf-8")
    return path


def test_suppression_selectors_ignore_case(suppressed: Path):
    proc = credlint("check", str(suppressed), "--select", "FIL001", "--no-cache", "-q")
    assert "FIL001" not in proc.stdout
    unsuppressed = suppressed.read_text(encoding="utf-8").replace("credlint-disable-next-line fil001", "nothing")
    suppressed.write_text(unsuppressed, encoding="utf-8")
    assert "FIL001" in credlint("check", str(suppressed), "--select", "FIL001", "--no-cache", "-q").stdout


def test_unknown_codes_in_suppression_comments_are_warned(suppressed: Path):
    proc = credlint("check", str(suppressed), "--no-cache", "-q")
    warnings = [ln for ln in proc.stderr.splitlines() if "warning: unknown rule" in ln]
    assert warnings == [
        f"{suppressed}:6: warning: unknown rule 'FOO999' in a credlint-disable comment (see 'credlint rules')",
        f"{suppressed}:6: warning: unknown rule 'FIL1' in a credlint-disable comment (see 'credlint rules')",
    ]
    assert "unused" not in proc.stderr  # only when asked


def test_unused_suppressions_are_reported_when_asked(suppressed: Path):
    proc = credlint("check", str(suppressed), "--report-unused-suppressions", "--no-cache", "-q")
    unused = [ln for ln in proc.stderr.splitlines() if "unused suppression" in ln]
    assert unused == [f"{suppressed}:10: warning: unused suppression: credlint-disable-next-line BPL silenced no finding"]
    assert proc.returncode == credlint("check", str(suppressed), "--no-cache", "-q").returncode  # a warning only
    (suppressed.parent / "credlint.toml").write_text("report-unused-suppressions = true\n", encoding="utf-8")
    from_config = credlint("check", str(suppressed), "--no-cache", "-q")
    assert [ln for ln in from_config.stderr.splitlines() if "unused suppression" in ln] == unused


# -- errors and output --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args, needle",
    [(["check", "x.md", "-j", "0"], "'--jobs'"), (["check", "x.md", "--bogus"], "--bogus"),
     (["check"], "missing argument"), (["chekc"], "no such command")],
)  # fmt: skip
def test_usage_errors_are_one_line_and_exit_2(args: list[str], needle: str):
    proc = credlint(*args)
    assert proc.returncode == 2
    assert proc.stderr.startswith("credlint: error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert needle in proc.stderr and not re.search("[╭│╰─]", proc.stderr)
    assert proc.stdout == ""


def test_rules_as_json_carry_every_field_of_a_rule():
    proc = credlint("rules", "--format", "json")
    assert proc.returncode == 0
    rules = json.loads(proc.stdout)["rules"]
    packs = load_packs()
    assert [r["code"] for r in rules] == [r.code for r in packs]
    names = {f.name for f in fields(Rule)}
    for entry, rule in zip(rules, packs):
        assert set(entry) == names
        assert entry["bad"] == list(rule.bad) and entry["weight"] == rule.weight
    phrase_rule = next(r for r in rules if r["kind"] == "phrase")
    assert phrase_rule["params"]["phrases"]  # phrase files are read in


def test_per_file_line_counts_every_severity():
    result = runner.invoke(app, ["check", str(FARM), str(SCRAPED), "--no-cache"])
    report = json.loads(runner.invoke(app, ["check", str(FARM), str(SCRAPED), "--no-cache", "--format", "json"]).stdout)
    for entry in report["files"]:
        counts = [sum(f["severity"] == s for f in entry["findings"]) for s in ("error", "warning", "info")]
        assert sum(counts) == len(entry["findings"])
        line = next(ln for ln in result.stdout.splitlines() if ln.startswith(f"{entry['path']}: score"))
        assert f"{counts[0]} error" in line and f"{counts[1]} warning" in line and f", {counts[2]} info ·" in line
    table = runner.invoke(app, ["check", str(SCRAPED), "--no-cache", "--format", "table"]).stdout
    assert table.splitlines()[0].split()[:7] == ["file", "score", "grade", "errors", "warnings", "info", "worst"]


def test_counts_are_integers_in_json():
    report = json.loads(runner.invoke(app, ["check", str(CLEAN), "--format", "json", "--no-cache"]).stdout)
    metrics = report["files"][0]["metrics"]
    assert type(metrics["words"]) is int and type(metrics["sentences"]) is int
    assert metrics["words"] > 100 and '"words": 2' in json.dumps(metrics)


def test_a_table_of_no_scored_file_prints_no_none(tmp_path: Path):
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    proc = credlint("check", str(tmp_path / "empty.md"), "--format", "table", "--no-cache")
    assert proc.returncode == 2
    assert "None" not in proc.stdout and "0 files · no scores" in proc.stdout


def test_one_phrase_flagged_by_two_rules_costs_one_penalty(all_rules: list[Rule]):
    rules = [r for r in all_rules if r.code in ("AIT001", "AIT003")]
    text = (
        "Council approves budget\n\nThe council met on Monday. Furthermore, the budget delves into a tapestry of "
        "needs. Moreover, it is a testament to resilience. Furthermore, members navigate the complexities of the "
        "plan. Moreover, the vote was 7 to 2. In conclusion, it remains to be seen whether it lasts.\n"
    )
    result = lint_text(text, rules)
    weights = {r.code: r.weight for r in rules}
    by_code = {c: [f for f in result.findings if f.code == c] for c in weights}
    shared = [(a, b) for a in by_code["AIT001"] for b in by_code["AIT003"] if a.line == b.line and a.column == b.column]
    assert shared, "the example must make both rules flag the same phrase"
    kept = charged(result.findings, weights, set(weights))
    assert not any(a in kept and b in kept for a, b in shared)
    fair, _ = score_findings(result.findings, weights, set(weights))
    double, _ = score_findings(result.findings, weights)
    assert fair > double
    settings = LintSettings(rules=tuple(rules))
    (scored,) = run([], settings, extra=[result])
    assert scored.score == fair  # the engine charges this way


# -- help ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["rules", "--help"], ["rule", "--help"]])
def test_help_is_plain_grouped_and_fits_80_columns(args: list[str]):
    proc = credlint(*args, env={"COLUMNS": "80"})
    assert proc.returncode == 0
    assert max(len(line) for line in proc.stdout.splitlines()) <= 80
    assert not re.search("[╭│╰─]", proc.stdout)
    assert proc.stdout.startswith("Usage: credlint") and "\nExamples:\n" in proc.stdout


def test_check_help_groups_every_option():
    text = credlint("check", "--help", env={"COLUMNS": "80"}).stdout
    for title in OPTION_GROUPS:
        assert f"\n{title}:\n" in text
    from typer.main import get_command

    check = get_command(app).commands["check"]  # type: ignore[attr-defined]
    grouped = {n for names in OPTION_GROUPS.values() for n in names}
    options = {p.name for p in check.params if p.param_type_name == "option"}
    assert grouped <= options, grouped - options  # the map names real options
    assert options - grouped <= {"help"}, options - grouped  # and every option has a group
    for p in check.params:
        for opt in getattr(p, "opts", []) if p.param_type_name == "option" else []:
            assert opt in text, opt


# -- the Quickstart CI proves --------------------------------------------------------------------
def test_ci_runs_the_readme_quickstart_commands_as_written():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from quickstart import quickstart_commands
    finally:
        sys.path.pop(0)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = quickstart_commands(readme)
    assert len(commands) == 2
    assert all(c in readme for c in commands)
    assert "pip install ." in commands[0] and "credlint check examples/" in commands[0]
    assert commands[1].endswith(".venv/bin/python -m pytest") and "'.[test]'" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/quickstart.py" in ci and "git clone" in ci and "mktemp -d" in ci
    assert "CREDLINT_REQUIRE_ALL=1" in ci


def test_the_quickstart_lint_step_succeeds(tmp_path: Path):
    proc = credlint("check", "examples/", "--exit-zero", env={"XDG_CACHE_HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert "Found " in proc.stdout and "in 4 files" in proc.stdout


# -- workers only when the work pays for them ------------------------------------------------------
def files_of(tmp_path: Path, sizes: list[int]) -> list[str]:
    out = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"{i:03d}.txt"
        path.write_bytes(b"x" * size)
        out.append(str(path))
    return out


def test_small_inputs_are_linted_in_one_process(tmp_path: Path):
    from lint.workers import BYTES_PER_WORKER, plan_jobs

    five_seeds = files_of(tmp_path, [9000] * 5)  # the size of the five seed articles
    assert 5 * 9000 < BYTES_PER_WORKER
    assert plan_jobs(five_seeds, None, available=8) == 1
    assert plan_jobs(files_of(tmp_path, [BYTES_PER_WORKER - 10]), None, available=8) == 1


def test_workers_grow_with_the_work_up_to_files_and_cores(tmp_path: Path):
    from lint.workers import BYTES_PER_WORKER, plan_jobs

    big = files_of(tmp_path, [BYTES_PER_WORKER // 4] * 12)  # three workers' worth of work
    assert plan_jobs(big, None, available=8) == 4
    assert plan_jobs(big, None, available=2) == 2
    (tmp_path / "two").mkdir()
    two_big = files_of(tmp_path / "two", [BYTES_PER_WORKER * 2] * 2)  # five workers' worth, in two files
    assert plan_jobs(two_big, None, available=8) == 2  # never more workers than files


def test_an_explicit_jobs_is_a_ceiling(tmp_path: Path):
    from lint.workers import plan_jobs

    three = files_of(tmp_path, [100] * 3)
    assert plan_jobs(three, 8, available=2) == 2  # not more than the cores
    assert plan_jobs(three, 8, available=16) == 3  # not more than the files
    assert plan_jobs(three, 2, available=16) == 2  # asked for, though the work is small
    assert plan_jobs(three, 1, available=16) == 1
    assert plan_jobs([], None, available=4) == 1


@pytest.mark.parametrize("key", ["bpl007", "BPL007", "Repeated-Line", "repeated-line"])
def test_rule_explains_a_code_or_name_in_any_case(key: str):
    result = runner.invoke(app, ["rule", key])
    assert result.exit_code == 0 and result.stdout.startswith("BPL007 repeated-line")


def test_bare_credlint_prints_the_help_and_exits_2():
    proc = credlint()
    assert proc.returncode == 2
    assert proc.stderr.startswith("Usage: credlint") and "\nCommands:\n" in proc.stderr and "Traceback" not in proc.stderr
