"""Plugins: an installed package registers its own analyzers and rule pack through entry points.

The example plugin in ``examples/plugin`` is installed (without network: the test venv's
setuptools builds it) into a folder of its own, which the credlint processes below find on their
path, as they would find any installed package.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SENTENCE = "The harbour board met on Monday to discuss the north pier and its supports."
LONG = "Harbour pier closed\n\n" + " ".join([SENTENCE] * 6) + "\n\nShort.\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("setuptools", reason="setuptools builds the example plugin (pip install -e '.[test]')")
    work = tmp_path_factory.mktemp("plugin")
    src = work / "src"
    shutil.copytree(ROOT / "examples" / "plugin", src)  # the build writes beside its sources: not in the repository
    target = work / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--no-index", "--target", str(target), str(src)],
        check=True, capture_output=True, timeout=600,
    )
    assert list(target.glob("credlint_house_rules-*.dist-info/entry_points.txt"))
    return target


def credlint(*args: str, cwd: Path, site: Path | None = None) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(str(p) for p in (site, ROOT) if p is not None)
    return subprocess.run(
        [sys.executable, "-m", "lint", *args], cwd=cwd, env={**os.environ, "PYTHONPATH": path},
        capture_output=True, text=True, timeout=300,
    )


def test_the_plugin_rule_fires_through_the_cli(site, tmp_path):
    (tmp_path / "a.md").write_text(LONG, encoding="utf-8")
    proc = credlint("check", "a.md", "--rule-pack", "plugin:house", "--select", "HSE", "--no-cache", "--format", "json", cwd=tmp_path, site=site)
    assert proc.returncode == 0, proc.stderr  # one info finding does not fail the file
    (finding,) = json.loads(proc.stdout)["files"][0]["findings"]
    assert finding["code"] == "HSE001" and finding["line"] == 3
    assert finding["message"] == f"Paragraph of {len(SENTENCE.split()) * 6} words (house style: at most 40)"


def test_the_plugin_pack_is_enabled_by_name_only(site, tmp_path):
    (tmp_path / "a.md").write_text(LONG, encoding="utf-8")
    proc = credlint("check", "a.md", "--no-cache", "--format", "json", cwd=tmp_path, site=site)
    assert "HSE001" not in proc.stdout
    (tmp_path / "credlint.toml").write_text('rule-packs = ["plugin:house"]\n', encoding="utf-8")
    proc = credlint("check", "a.md", "--no-cache", "--select", "HSE001", cwd=tmp_path, site=site)
    assert proc.returncode == 0 and "HSE001" in proc.stdout, proc.stderr


def test_credlint_rule_documents_the_plugin_rule(site, tmp_path):
    proc = credlint("rule", "HSE001", "--rule-pack", "plugin:house", cwd=tmp_path, site=site)
    assert proc.returncode == 0, proc.stderr
    assert "Message: Paragraph of {words} words (house style: at most {max_words})" in proc.stdout
    assert "  max_words = 120, a whole number: words a body paragraph may have (this rule: 40)" in proc.stdout
    proc = credlint("rules", "--check-examples", "--rule-pack", "plugin:house", cwd=tmp_path, site=site)
    assert proc.returncode == 0 and "behave as documented" in proc.stdout, proc.stdout + proc.stderr


def test_an_unknown_plugin_is_one_line(site, tmp_path):
    (tmp_path / "a.md").write_text(LONG, encoding="utf-8")
    proc = credlint("check", "a.md", "--rule-pack", "plugin:nope", cwd=tmp_path, site=site)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "credlint: error: plugin:nope: no installed package provides a rule pack of that name (entry points 'credlint.packs': house)"
    ]


def test_code_in_the_checked_folder_never_runs(tmp_path):
    """A pack may name only installed analyzers: a module beside the articles is never imported,
    although `python -m` puts the working folder on the path."""
    (tmp_path / "evil").mkdir()
    (tmp_path / "evil" / "__init__.py").write_text("open('ran', 'w').write('x')\n", encoding="utf-8")
    (tmp_path / "evil.py").write_text("open('ran', 'w').write('x')\n", encoding="utf-8")
    pack = (ROOT / "examples" / "plugin" / "credlint_house" / "house.toml").read_text(encoding="utf-8")
    (tmp_path / "house.toml").write_text(pack.replace("house.long_paragraph", "evil.run"), encoding="utf-8")
    (tmp_path / "a.md").write_text(LONG, encoding="utf-8")
    proc = credlint("check", "a.md", "--rule-pack", "house.toml", "--no-cache", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["credlint: error: house.toml: rule HSE001: field 'analyzer': no analyzer named 'evil.run' (built-in, or registered by an installed plugin)"]
    assert not (tmp_path / "ran").exists()
