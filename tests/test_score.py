"""The score a reader can trust: decisive red flags and failing files are never an A or a B."""

from __future__ import annotations

from lint.engine import FileResult
from lint.findings import Finding
from lint.report import Report
from lint.rulepack import builtin_rules_dir, load_pack
from lint.score import ERROR_CAP, grade, score_findings
from tests.conftest import lint_text


def finding(code: str, severity: str, line: int = 1) -> Finding:
    return Finding(path="a.md", code=code, name=code.lower(), category="dates" if code.startswith("DAT") else "sourcing", severity=severity, line=line, column=1,
                   end_line=line, end_column=5, message="m", snippet="s", fix="f", related=())


def test_one_error_caps_the_score_below_the_default_threshold():
    score, _ = score_findings([finding("DAT004", "error")], {"DAT004": 10.0})
    assert score == ERROR_CAP and grade(score) == "C"
    # warnings alone are not capped: the same weight as a warning leaves an A
    score, _ = score_findings([finding("SRC006", "warning")], {"SRC006": 10.0})
    assert score == 90.0 and grade(score) == "A"


def test_an_impossible_date_alone_fails_the_default_threshold():
    rules = [r for r in load_pack(builtin_rules_dir() / "dates.toml") if r.code == "DAT004"]
    result = lint_text("Harbour works start\n\nWork on the harbour starts on February 30, 2026, the council said.", rules)
    assert [f.code for f in result.findings] == ["DAT004"]
    from lint.engine import score_results

    score_results([result], rules)
    assert result.score is not None and result.score <= ERROR_CAP < 80


def test_a_file_that_fails_by_severity_is_never_graded_a_or_b():
    r = FileResult(path="a.md", findings=[finding("SRC006", "warning")], score=96.0, grade="A")
    ok = FileResult(path="b.md", findings=[], score=100.0, grade="A")
    Report([r, ok], rules=[], fail_under=80.0, fail_on="warning")
    assert r.grade == "C" and ok.grade == "A"
    r2 = FileResult(path="a.md", findings=[finding("SRC006", "warning")], score=96.0, grade="A")
    Report([r2], rules=[], fail_under=80.0, fail_on="error")
    assert r2.grade == "A"  # passes the run: keeps its grade


def test_the_breakdown_adds_up_when_the_cap_applies():
    score, lost = score_findings([finding("DAT004", "error"), finding("SRC006", "warning")], {"DAT004": 10.0, "SRC006": 4.0})
    assert score == ERROR_CAP and sum(lost.values()) == 100 - ERROR_CAP and lost["dates"] == 25.0 - 4.0
