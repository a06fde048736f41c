"""The composite GitHub Action and the CI set-ups the README gives.

action.yml is checked against SchemaStore's schema for actions (as check-jsonschema ships
it, offline), its wiring is checked (every input used, every reference declared, SARIF
uploaded), and its shell steps are run by bash the way the runner runs them
(``bash --noprofile --norc -eo pipefail``), with a fake ``GITHUB_OUTPUT``. The README's
workflow and GitLab CI job are validated against SchemaStore's schemas too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

ACTION_FILE = ROOT / "action.yml"
ACTION = yaml.safe_load(ACTION_FILE.read_text(encoding="utf-8"))
STEPS = ACTION["runs"]["steps"]
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
BASH = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c"]  # the runner's `shell: bash`

needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="the action's steps are bash scripts")


def step(name: str) -> dict:  # type: ignore[type-arg]
    return next(s for s in STEPS if s.get("name") == name)


def check_jsonschema(builtin: str, path: Path) -> subprocess.CompletedProcess[str]:
    """Validate a YAML file with check-jsonschema's vendored copy of a SchemaStore schema."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", f"vendor.{builtin}", str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


# -- structure ------------------------------------------------------------------------
def test_action_is_valid_for_github():
    result = check_jsonschema("github-actions", ACTION_FILE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_catches_a_broken_action(tmp_path):
    broken = {**ACTION, "runs": {"using": "composite", "steps": [{"run": "credlint check ."}]}}  # no `shell:`
    (tmp_path / "action.yml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    assert check_jsonschema("github-actions", tmp_path / "action.yml").returncode == 1


def test_every_input_is_used_and_every_reference_is_declared():
    used = set()
    for s in STEPS:  # an `if:` is an expression already; env and with values hold ${{ }} ones
        texts = [s.get("if", ""), *map(str, s.get("env", {}).values()), *map(str, s.get("with", {}).values())]
        used |= set(re.findall(r"inputs\.([\w-]+)", " ".join(texts)))
        assert "${{" not in s.get("run", ""), "inputs must reach scripts through env, never pasted into code"
    assert used == set(ACTION["inputs"])
    ids = {s["id"] for s in STEPS if "id" in s}
    for output in ACTION["outputs"].values():
        for expr in EXPRESSION.findall(output["value"]):
            ref = re.match(r"steps\.([\w-]+)\.outputs\.", expr)
            assert ref is None or ref.group(1) in ids, expr
    assert ACTION["runs"]["using"] == "composite"


def test_sarif_is_uploaded_for_code_scanning():
    upload = step("Upload SARIF")
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"
    # Uploaded even when the lint step recorded red flags, and only when asked for and written.
    assert upload["if"].startswith("always()") and "inputs.upload-sarif == 'true'" in upload["if"]
    assert "hashFiles(inputs.sarif-file)" in upload["if"]
    names = [s.get("name") for s in STEPS]
    assert names.index("Run credlint") < names.index("Upload SARIF") < names.index("Fail on red flags")


# -- the shell steps, run ---------------------------------------------------------------
def render(value: str, context: dict[str, str]) -> str:
    """Substitute ``${{ inputs.NAME }}`` / ``${{ github.NAME }}`` as the runner does before a step starts."""
    return EXPRESSION.sub(lambda m: context[m.group(1)], value)


def run_step(name: str, cwd: Path, path_dir: Path, inputs: dict[str, str], output: Path) -> subprocess.CompletedProcess[str]:
    s = step(name)
    context = {f"inputs.{k}": v for k, v in inputs.items()} | {
        "github.action_path": str(ROOT),
        "steps.lint.outputs.exit-code": output.read_text().partition("=")[2].strip() if output.exists() else "",
    }
    env = {**os.environ, **{k: render(str(v), context) for k, v in s.get("env", {}).items()}}
    env.update(PATH=f"{path_dir}{os.pathsep}{env['PATH']}", GITHUB_OUTPUT=str(output))
    return subprocess.run([*BASH, s["run"]], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def shim(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.fixture()
def lint_step(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the action's lint step with given inputs, ``credlint`` on PATH being this checkout."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim(bin_dir, "credlint", f'PYTHONPATH="{ROOT}" exec "{sys.executable}" -m lint "$@"')

    def run(cwd: Path, **given: str) -> tuple[subprocess.CompletedProcess[str], str]:
        inputs = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()} | {"args": "--no-cache"} | given
        output = tmp_path / "output"
        output.write_text("")
        proc = run_step("Run credlint", cwd, bin_dir, inputs, output)
        assert proc.returncode == 0, proc.stderr  # the step records the status; a later step fails the job
        return proc, output.read_text()

    return run


@needs_bash
def test_lint_step_writes_sarif_annotations_and_exit_code(tmp_path: Path, lint_step):  # type: ignore[no-untyped-def]
    work = tmp_path / "repo"
    (work / "news").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "clean-wire-story.md", work / "news" / "story.md")
    shutil.copy(ROOT / "examples" / "content-farm-callouts.md", work / "farm.md")

    proc, output = lint_step(work, paths="news\nfarm.md")
    assert output == "exit-code=1\n"
    assert "::error file=farm.md,line=6,col=3," in proc.stdout and "title=FIL001::" in proc.stdout
    sarif = json.loads((work / "credlint.sarif").read_text(encoding="utf-8"))
    assert {a["location"]["uri"] for a in sarif["runs"][0]["artifacts"]} == {"news/story.md", "farm.md"}

    # The threshold input reaches credlint: the clean story passes 90, the farm fails even 10.
    proc, output = lint_step(work, paths="news", **{"fail-under": "90", "sarif-file": "out/x.sarif"})
    assert output == "exit-code=0\n" and "::error" not in proc.stdout
    assert json.loads((work / "out" / "x.sarif").read_text(encoding="utf-8"))["runs"][0]["results"] == []
    _, output = lint_step(work, paths="farm.md", **{"fail-under": "10", "fail-on": "info"})
    assert output == "exit-code=1\n"
    # `args` reaches credlint too: with only a rule that does not fire, the farm passes.
    _, output = lint_step(work, paths="farm.md", args="--no-cache --select BPL001 --fail-under 0")
    assert output == "exit-code=0\n"


@needs_bash
def test_lint_step_reports_input_errors_as_status_2(tmp_path: Path, lint_step):  # type: ignore[no-untyped-def]
    _, output = lint_step(tmp_path, paths="missing.md")
    assert output == "exit-code=2\n"


@needs_bash
def test_paths_are_never_glob_expanded(tmp_path: Path, lint_step):  # type: ignore[no-untyped-def]
    shutil.copy(ROOT / "examples" / "content-farm-callouts.md", tmp_path / "farm.md")
    proc, output = lint_step(tmp_path, paths="*.md")
    assert output == "exit-code=2\n" and "*.md: error: no such file or directory" in proc.stderr


@needs_bash
@pytest.mark.parametrize(
    ("install", "expected"),
    [("", f"-m pip install --disable-pip-version-check {ROOT}[html]"),
     ("credlint==0.1.0 'credlint[html]'", "-m pip install --disable-pip-version-check credlint==0.1.0 'credlint[html]'")],
    ids=["from-the-action", "custom"],
)  # fmt: skip
def test_install_step_installs_the_action_itself_with_the_html_extra(tmp_path: Path, install: str, expected: str):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim(bin_dir, "python", f'echo "$@" >> "{tmp_path / "pip.log"}"')
    proc = run_step("Install credlint", tmp_path, bin_dir, {"install": install}, tmp_path / "output")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "pip.log").read_text().strip() == expected


@needs_bash
@pytest.mark.parametrize("status", ["1", "2"])
def test_the_last_step_fails_the_job_with_credlints_status(tmp_path: Path, status: str):
    failing = step("Fail on red flags")
    assert failing["if"] == "steps.lint.outputs.exit-code != '0'"
    (tmp_path / "output").write_text(f"exit-code={status}\n")
    proc = run_step("Fail on red flags", tmp_path, tmp_path, {}, tmp_path / "output")
    assert proc.returncode == int(status) and f"credlint exited with {status}" in proc.stdout


# -- the README's set-ups ---------------------------------------------------------------
def readme_yaml_blocks() -> list[str]:
    return re.findall(r"```ya?ml\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def readme_block(marker: str) -> str:
    blocks = [b for b in readme_yaml_blocks() if marker in b]
    assert blocks, f"the README has no YAML block with {marker!r}"
    return blocks[0]


def test_readme_workflow_is_a_valid_github_workflow_using_this_action(tmp_path):
    workflow = readme_block("runs-on:")
    (tmp_path / "credlint.yml").write_text(workflow, encoding="utf-8")
    result = check_jsonschema("github-workflows", tmp_path / "credlint.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    jobs = yaml.safe_load(workflow)["jobs"]
    (job,) = jobs.values()
    assert job["permissions"]["security-events"] == "write"  # what the SARIF upload needs
    (uses,) = [s for s in job["steps"] if "/credlint@" in s.get("uses", "")]
    assert set(uses.get("with", {})) <= set(ACTION["inputs"])


def test_readme_gitlab_job_is_valid_gitlab_ci(tmp_path):
    job = readme_block("codequality")
    (tmp_path / ".gitlab-ci.yml").write_text(job, encoding="utf-8")
    result = check_jsonschema("gitlab-ci", tmp_path / ".gitlab-ci.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    reports = next(iter(yaml.safe_load(job).values()))["artifacts"]["reports"]
    script = " ".join(next(iter(yaml.safe_load(job).values()))["script"])
    assert f"--output {reports['codequality']}" in script and f"--output {reports['junit']}" in script
