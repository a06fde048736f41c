"""The composite GitHub Action: its lint step, run by bash as the runner would run it."""

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

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def step(name: str) -> dict:  # type: ignore[type-arg]
    return next(s for s in ACTION["runs"]["steps"] if s.get("name") == name)


def render(value: str, inputs: dict[str, str]) -> str:
    """Substitute ``${{ inputs.NAME }}`` the way the runner does before the step starts."""
    return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], value)


def test_action_is_composite_with_documented_inputs():
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "fail-under", "fail-on", "args", "sarif-file", "upload-sarif"} <= ACTION["inputs"].keys()
    upload = step("Upload SARIF")
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert "inputs.upload-sarif == 'true'" in upload["if"]
    for s in ACTION["runs"]["steps"]:  # inputs reach scripts only through env, never pasted into code
        assert "${{" not in s.get("run", "")


@pytest.fixture()
def run_lint_step(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run the action's lint step with given inputs, ``credlint`` on PATH being this checkout."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "credlint"
    shim.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m lint "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    lint = step("Run credlint")

    def run(cwd: Path, **given: str) -> tuple[subprocess.CompletedProcess[str], str]:
        inputs = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()} | {"args": "--no-cache"} | given
        env = {**os.environ, **{k: render(str(v), inputs) for k, v in lint["env"].items()}}
        env.update(PATH=f"{bin_dir}{os.pathsep}{env['PATH']}", GITHUB_OUTPUT=str(tmp_path / "output"))
        (tmp_path / "output").write_text("")
        proc = subprocess.run(["bash", "-e", "-c", lint["run"]], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr  # the step records the status; a later step fails the job
        return proc, (tmp_path / "output").read_text()

    return run


@pytest.mark.skipif(shutil.which("bash") is None, reason="the action's steps are bash scripts")
def test_lint_step_writes_sarif_annotations_and_exit_code(tmp_path: Path, run_lint_step):  # type: ignore[no-untyped-def]
    work = tmp_path / "repo"
    (work / "news").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "clean-wire-story.md", work / "news" / "story.md")
    shutil.copy(ROOT / "examples" / "content-farm-callouts.md", work / "farm.md")

    proc, output = run_lint_step(work, paths="news\nfarm.md")
    assert output == "exit-code=1\n"
    assert "::error file=farm.md,line=6,col=3," in proc.stdout and "title=FIL001::" in proc.stdout
    sarif = json.loads((work / "credlint.sarif").read_text(encoding="utf-8"))
    assert {a["location"]["uri"] for a in sarif["runs"][0]["artifacts"]} == {"news/story.md", "farm.md"}

    proc, output = run_lint_step(work, paths="news", **{"fail-under": "90", "sarif-file": "out/x.sarif"})
    assert output == "exit-code=0\n" and "::error" not in proc.stdout
    assert json.loads((work / "out" / "x.sarif").read_text(encoding="utf-8"))["runs"][0]["results"] == []


@pytest.mark.skipif(shutil.which("bash") is None, reason="the action's steps are bash scripts")
def test_lint_step_reports_input_errors_as_status_2(tmp_path: Path, run_lint_step):  # type: ignore[no-untyped-def]
    _, output = run_lint_step(tmp_path, paths="missing.md")
    assert output == "exit-code=2\n"
