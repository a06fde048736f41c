"""CI outputs, each checked against its schema or a real consumer:
SARIF 2.1.0 (sarif-pydantic's object model), GitHub workflow commands (parsed as
the runner documents them), JUnit XML (junitparser) and GitLab Code Quality
(a JSON Schema of GitLab's documented report format)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from lint.cli import app
from lint.engine import FileResult
from lint.findings import Finding
from lint.report import Report
from lint.reporters import github
from lint.reporters.sarif import artifact_uri
from tests.conftest import ROOT

runner = CliRunner()
CLEAN = ROOT / "examples" / "clean-wire-story.md"
FARM = ROOT / "examples" / "content-farm-callouts.md"
SCRAPED = ROOT / "examples" / "scraped-page.txt"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three articles (clean, two bad) and a path that does not exist, under relative names."""
    d = tmp_path_factory.mktemp("formats")
    for src in (CLEAN, FARM, SCRAPED):
        shutil.copy(src, d / src.name)
    return d


def lint(workdir: Path, fmt: str, monkeypatch: pytest.MonkeyPatch, *extra: str) -> tuple[int, str]:
    monkeypatch.chdir(workdir)
    names = [CLEAN.name, FARM.name, SCRAPED.name, "missing.md", *extra]
    result = runner.invoke(app, ["check", *names, "--format", fmt, "--no-cache", "-j", "1"])
    return result.exit_code, result.stdout


@pytest.fixture()
def reference(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The JSON report of the same run: the contract every CI format must agree with."""
    code, out = lint(workdir, "json", monkeypatch)
    assert code == 2  # the missing file
    return {f["path"]: f for f in json.loads(out)["files"]}


# -- SARIF -------------------------------------------------------------------------
#: Valid SARIF 2.1.0 properties that sarif-pydantic's models do not declare (spec section).
SARIF_NOT_MODELLED = {("Run", "columnKind"), ("Invocation", "toolExecutionNotifications")}


def unknown_properties(model: BaseModel, where: str = "$") -> list[str]:
    """Every key the object model did not recognise (a misspelt SARIF property lands here)."""
    out = [
        f"{where}.{k}" for k in (model.model_extra or {}) if (type(model).__name__, k) not in SARIF_NOT_MODELLED
    ]
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if isinstance(item, BaseModel):
                out += unknown_properties(item, f"{where}.{name}[{i}]")
    return out


def test_sarif_is_valid_2_1_0_and_agrees_with_the_json_report(workdir, monkeypatch, reference):
    from sarif_pydantic import Sarif
    from sarif_pydantic.sarif import Notification

    code, out = lint(workdir, "sarif", monkeypatch)
    assert code == 2
    data = json.loads(out)
    assert data["version"] == "2.1.0" and data["$schema"].endswith("sarif-schema-2.1.0.json")
    log = Sarif.model_validate(data)
    assert unknown_properties(log) == []
    (run,) = data["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    for note in run["invocations"][0]["toolExecutionNotifications"]:
        Notification.model_validate(note)

    rules = run["tool"]["driver"]["rules"]
    for rule in rules:
        assert {"id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"} <= rule.keys()
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert rule["help"]["text"] and "How to fix" in rule["help"]["text"]

    expected = {
        (path, f["line"], f["column"], f["code"])
        for path, entry in reference.items()
        for f in entry.get("findings", [])
    }
    seen = set()
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        loc = res["locations"][0]["physicalLocation"]
        artifact = run["artifacts"][loc["artifactLocation"]["index"]]
        assert artifact["location"]["uri"] == loc["artifactLocation"]["uri"]
        region = loc["region"]
        seen.add((loc["artifactLocation"]["uri"], region["startLine"], region["startColumn"], res["ruleId"]))
    assert seen == expected and expected
    fingerprints = [r["partialFingerprints"]["credlintFindingHash/v1"] for r in run["results"]]
    assert len(set(fingerprints)) == len(fingerprints)

    scores = {a["location"]["uri"]: a.get("properties", {}).get("credibility-score") for a in run["artifacts"]}
    assert scores == {path: entry.get("score") for path, entry in reference.items()}
    assert scores[CLEAN.name] == 100.0 and scores[FARM.name] < 60
    # The unreadable input is a notification, and the run says it was not fully successful.
    assert run["invocations"][0]["executionSuccessful"] is False
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert "missing.md" in note["message"]["text"] and note["level"] == "error"


def test_sarif_uris_are_relative_references():
    assert artifact_uri("./docs/a b.md") == "docs/a%20b.md"
    # A JSONL article id must not turn the path into a URI scheme ("corpus.jsonl:" would be one).
    assert artifact_uri("corpus.jsonl:7") == "corpus.jsonl%3A7"
    assert artifact_uri("/srv/news/a.md") == "file:///srv/news/a.md"


# -- GitHub workflow commands ---------------------------------------------------------
def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Parse ``::name k=v,k=v::message`` and undo the runner's escapes, as the runner does."""
    assert line.startswith("::"), line
    head, sep, message = line[2:].partition("::")
    assert sep, line
    name, _, props = head.partition(" ")

    def unescape(v: str) -> str:
        return v.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")

    fields = dict(p.split("=", 1) for p in props.split(",")) if props else {}
    return name, {k: unescape(v) for k, v in fields.items()}, unescape(message)


def test_github_annotations_match_the_findings(workdir, monkeypatch, reference):
    code, out = lint(workdir, "github", monkeypatch)
    assert code == 2
    commands = [parse_command(line) for line in out.splitlines() if line.startswith("::")]
    findings = [(n, p, m) for n, p, m in commands if p.get("title", "").isalnum()]
    expected = {
        (path, f["line"], f["column"], f["code"], f["message"])
        for path, entry in reference.items()
        for f in entry.get("findings", [])
    }
    got = {(p["file"], int(p["line"]), int(p["col"]), p["title"], m.split("\nFix: ")[0]) for _, p, m in findings}
    assert got == expected
    levels = {p["title"]: n for n, p, _ in findings}
    assert levels["FIL001"] == "error" and levels["SRC006"] == "warning"
    # A file under the threshold and an unreadable file each get their own annotation.
    titles = {(p["file"], p["title"]) for _, p, _ in commands}
    assert (FARM.name, "credlint score") in titles and (CLEAN.name, "credlint score") not in titles
    assert ("missing.md", "credlint input error") in titles


def test_github_escaping_round_trips_hostile_text():
    finding = Finding(
        path="dir,x/a:b.md", code="SRC001", name="n", category="sourcing", severity="info",
        line=3, column=5, end_line=4, end_column=2, message="50% said: a, b\nc::d", snippet="x",
    )  # fmt: skip
    report = Report(results=[FileResult(path="dir,x/a:b.md", findings=[finding], score=99.0, grade="A")],
                    rules=[], fail_under=0, fail_on="error")  # fmt: skip
    (line, _summary) = github.render(report).splitlines()
    name, props, message = parse_command(line)
    assert name == "notice"
    assert props == {"file": "dir,x/a:b.md", "line": "3", "col": "5", "endLine": "4", "title": "SRC001"}
    assert message == "50% said: a, b\nc::d"


# -- JUnit XML --------------------------------------------------------------------
def test_junit_is_read_by_junitparser(workdir, monkeypatch, reference):
    from junitparser import Error, Failure, JUnitXml

    code, out = lint(workdir, "junit", monkeypatch)
    assert code == 2
    xml = JUnitXml.fromstring(out.encode("utf-8"))  # as a CI server reads the file: bytes
    cases = {case.name: case for suite in xml for case in suite}
    assert set(cases) == set(reference)
    assert cases[CLEAN.name].is_passed
    failure = cases[FARM.name].result[0]
    assert isinstance(failure, Failure) and "below --fail-under" in failure.message
    assert f"{FARM.name}:6:3: FIL001" in failure.text
    assert isinstance(cases["missing.md"].result[0], Error)
    suite = next(iter(xml))
    failing = sum(1 for entry in reference.values() if entry.get("passed") is False)
    assert failing >= 2 and (suite.tests, suite.failures, suite.errors) == (4, failing, 1)


# -- GitLab Code Quality ------------------------------------------------------------
#: GitLab's documented Code Quality report: required fields and the severity scale.
GITLAB_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {"type": "object", "required": ["begin"], "properties": {"begin": {"type": "integer", "minimum": 1}}},
                    "positions": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {
                            "begin": {"$ref": "#/$defs/position"},
                            "end": {"$ref": "#/$defs/position"},
                        },
                    },
                },
                "oneOf": [{"required": ["lines"]}, {"required": ["positions"]}],
            },
        },
    },
    "$defs": {
        "position": {
            "type": "object",
            "required": ["line"],
            "properties": {"line": {"type": "integer", "minimum": 1}, "column": {"type": "integer", "minimum": 1}},
        }
    },
}


def test_gitlab_code_quality_matches_the_documented_format(workdir, monkeypatch, reference):
    code, out = lint(workdir, "gitlab", monkeypatch)
    assert code == 2
    issues = json.loads(out)
    jsonschema.validate(issues, GITLAB_SCHEMA)
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints), "GitLab keeps only the first issue of a fingerprint"
    got = {
        (i["location"]["path"], i["location"]["positions"]["begin"]["line"], i["location"]["positions"]["begin"]["column"], i["check_name"])
        for i in issues
        if "positions" in i["location"]
    }
    expected = {
        (path, f["line"], f["column"], f["code"]) for path, entry in reference.items() for f in entry.get("findings", [])
    }
    assert got == expected
    assert any(i["location"]["path"] == "missing.md" and i["severity"] == "blocker" for i in issues)


def test_fingerprints_survive_lines_moving(tmp_path, monkeypatch):
    """Text inserted above a finding changes its line, not its fingerprint."""
    monkeypatch.chdir(tmp_path)
    article = FARM.read_text(encoding="utf-8")
    Path("a.md").write_text(article, encoding="utf-8")
    before = json.loads(runner.invoke(app, ["check", "a.md", "-f", "gitlab", "--no-cache", "--select", "FIL,SRC001"]).stdout)
    head, _, rest = article.partition("\n\n")
    Path("a.md").write_text(head + "\n\nA new first paragraph was added here by an editor.\n\n" + rest, encoding="utf-8")
    after = json.loads(runner.invoke(app, ["check", "a.md", "-f", "gitlab", "--no-cache", "--select", "FIL,SRC001"]).stdout)
    assert {i["fingerprint"] for i in before} == {i["fingerprint"] for i in after}
    assert [i["location"]["positions"]["begin"]["line"] for i in before] != [
        i["location"]["positions"]["begin"]["line"] for i in after
    ]
