"""The Python API, used as a notebook or a newsroom pipeline would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import lint
from lint.cli import app
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"
FARM = EXAMPLES / "content-farm-callouts.md"
ARTICLE = """Harbor barrier approved

Key Takeaway: the barrier matters.

The council voted 7-2 on Tuesday to build the barrier, said Ana Ruiz, who chairs it.

Leave a Comment
"""


def test_check_text_scores_and_locates() -> None:
    r = lint.check_text(ARTICLE)
    assert isinstance(r, lint.FileResult)
    assert r.path == "-" and r.error is None
    codes = [f.code for f in r.findings]
    assert "FIL001" in codes and "BPL003" in codes
    assert r.score is not None and r.score < 80 and r.grade in "CDF" and r.passed is False
    assert r.errors == sum(f.severity == "error" for f in r.findings)
    assert sum(r.categories.values()) == pytest.approx(100 - r.score, abs=0.11)
    fil = next(f for f in r.findings if f.code == "FIL001")
    assert isinstance(fil, lint.Finding)
    line = ARTICLE.splitlines()[fil.line - 1]
    assert line[fil.column - 1 : fil.end_column - 1] == "Key Takeaway" == fil.snippet
    assert fil.fix and fil.message
    assert r.metrics["words"] > 10


def test_check_text_formats_and_options() -> None:
    md = "---\ntitle: Harbor vote\n---\n\n**Key Takeaway:** the barrier matters.\n"
    as_md = lint.check_text(md, path="story.md")
    as_text = lint.check_text(md, fmt="text")
    fil = next(f for f in as_md.findings if f.code == "FIL001")
    assert fil.line == 5 and fil.column == 3  # the markup is not part of the span
    assert as_md.path == "story.md" and as_text.path == "-"
    assert not any(f.code == "FIL001" for f in lint.check_text(ARTICLE, ignore="filler").findings)
    assert {f.category for f in lint.check_text(ARTICLE, select=["BPL"]).findings} == {"boilerplate"}
    assert lint.check_text(ARTICLE, fail_under=0, fail_on="info").passed is False
    assert lint.check_text("The council met on Tuesday. It voted, said Ana Ruiz, who chairs it.", fail_under=0).passed


def test_check_text_bad_input_is_a_result_not_an_exception() -> None:
    r = lint.check_text("   \n")
    assert r.error and r.score is None and r.findings == ()
    with pytest.raises(lint.CredlintError, match="unknown selector|no rule|not a rule|select"):
        lint.check_text(ARTICLE, select="NOPE999")
    with pytest.raises(lint.CredlintError):
        lint.check_text(ARTICLE, fail_on="fatal")
    with pytest.raises(TypeError):
        lint.check_text(ARTICLE.encode())  # type: ignore[arg-type]


def test_check_paths_matches_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    report = lint.check_paths(["examples", "missing.md"], config=None)
    cli = CliRunner().invoke(app, ["check", "examples", "missing.md", "--format", "json", "--no-cache", "-j", "1"])
    assert cli.exit_code == 2
    assert report.to_dict() == json.loads(cli.stdout)
    assert len(report) == 5 and not report.passed
    missing = next(f for f in report if f.path == "missing.md")
    assert missing.error == "no such file or directory" and missing.to_dict() == {"path": "missing.md", "error": missing.error}
    clean = next(f for f in report if f.path.endswith("clean-wire-story.md"))
    assert clean.score == 100.0 and clean.passed and clean.to_dict()["findings"] == []


def test_notebook_example_scores_a_list_and_prints_the_worst(tmp_path: Path) -> None:
    """The README's notebook example, run as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```python\nimport lint\n")
    code = readme[start + len("```python\n") : readme.index("```", start + 10)]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    scores = {str(Path(r.path).relative_to(ROOT)) if Path(r.path).is_absolute() else r.path: r.score
              for r in lint.check_paths(sorted(p for p in (ROOT / "examples").iterdir() if p.is_file()), config=None)}
    worst = min(scores, key=lambda p: scores[p])
    assert lines[0].startswith(f"examples/{Path(worst).name}")  # worst first
    worst_codes = [f.code for f in lint.check_paths([ROOT / worst], config=None).files[0].findings[:4]]
    assert [line.split()[1] for line in lines[len(scores):]] == worst_codes


def test_jsonl_articles_come_back_one_by_one(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": ARTICLE}) + "\n" + json.dumps({"id": "b", "text": "The council met on Tuesday, said Ana Ruiz."}) + "\n",
        encoding="utf-8",
    )
    report = lint.check_paths(corpus, config=None)
    assert [f.path for f in report] == [f"{corpus}:1", f"{corpus}:2"]


def test_render_any_format() -> None:
    report = lint.check_paths([FARM], config=None)
    assert json.loads(report.render("sarif"))["version"] == "2.1.0"
    assert "FIL001" in report.render("text")
    with pytest.raises(lint.CredlintError):
        report.render("pdf")


def test_import_stays_cheap() -> None:
    """`import lint` (which the command line does first) loads none of the API's machinery."""
    probe = "import sys, lint; print(sorted(m for m in ('lint.api', 'lint.engine', 'regex', 'typer', 'textstat') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    typed = subprocess.run([sys.executable, "-c", "import lint; print(lint.check_text.__module__)"], capture_output=True, text=True, check=True)
    assert typed.stdout.strip() == "lint.api"
    assert (ROOT / "lint" / "py.typed").exists(), "type checkers read the package's annotations"


def test_unknown_options_are_refused() -> None:
    with pytest.raises(TypeError, match="colour"):
        lint.check_text(ARTICLE, colour="red")  # type: ignore[call-arg]
    r = lint.check_text(ARTICLE, as_of="2024-03-02", rule_packs=[], config=None)
    assert r.error is None


def desk_pack(message: str) -> str:
    """A one-rule pack (JSON strings and arrays are valid TOML)."""
    rule = {
        "code": "DSK001", "name": "desk-banned-verb", "category": "style", "severity": "warning",
        "kind": "phrase", "message": message, "phrases": ["slams"],
        "rationale": "The desk's style guide bans this verb: it promises more than a story can show.",
        "fix": "Use a plain verb.", "bad": ["Senator slams plan."], "good": ["Senator criticises plan."],
    }
    return "[[rule]]\n" + "".join(f"{key} = {json.dumps(value)}\n" for key, value in rule.items())


def test_rule_packs_are_read_again_when_they_change(tmp_path: Path) -> None:
    """Packs are parsed once per process for speed, but an edited pack is never served stale."""
    pack = tmp_path / "house.toml"
    pack.write_text(desk_pack("House style bans '{match}'"), encoding="utf-8")
    text = "Harbor vote\n\nThe mayor slams the budget, said Ana Ruiz, who chairs the council.\n"
    first = lint.check_text(text, rule_packs=[pack], select="DSK")
    assert [f.message for f in first.findings] == ["House style bans 'slams'"]
    pack.write_text(desk_pack("The desk bans '{match}'"), encoding="utf-8")
    second = lint.check_text(text, rule_packs=[pack], select="DSK")
    assert [f.message for f in second.findings] == ["The desk bans 'slams'"]


def test_check_paths_resolves_the_config_as_the_command_line_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One run set-up for both: `exclude` is relative to the config's folder, not the working
    folder, and the config's known organisations reach the rules (the API once missed both)."""
    project = tmp_path / "project"
    (project / "news" / "drafts").mkdir(parents=True)
    (project / "credlint.toml").write_text(
        'exclude = ["news/drafts"]\nknown-organizations = ["Harbor Trust"]\n', encoding="utf-8"
    )
    (project / "news" / "vote.md").write_text(ARTICLE, encoding="utf-8")
    (project / "news" / "drafts" / "draft.md").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # not the config's folder
    report = lint.check_paths([project / "news"])
    cli = CliRunner().invoke(app, ["check", str(project / "news"), "--format", "json", "--no-cache", "-j", "1"])
    assert [f.path for f in report] == [str(project / "news" / "vote.md")]
    assert report.to_dict() == json.loads(cli.stdout)
    from lint.options import RunOptions, prepare

    run = prepare(RunOptions(), str(project / "news"))
    assert run.settings.context.known_organizations == ("Harbor Trust",)
    assert run.settings.project_root == str(project)
