"""The pre-commit hook, end to end with the real pre-commit tool.

A snapshot of this checkout (committed in a scratch repository, since the
working tree may hold uncommitted work) is installed as a hook repository in a
new git repository of articles: a commit adding a bad article is blocked, a
commit adding a clean one goes through. pre-commit builds the hook's
environment with pip, so this needs the package index (and takes a minute).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

if shutil.which("git") is None:  # pragma: no cover - git ships with every CI image we use
    pytest.skip("git is not installed", allow_module_level=True)


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, check=check, capture_output=True, text=True, timeout=120)


def snapshot_of_checkout(dest: Path) -> str:
    """Commit the checkout's files (tracked or new, not ignored) into ``dest``; return the commit."""
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").stdout.split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    git(dest, "init", "-q")
    git(dest, "add", "-A")
    git(dest, "commit", "-q", "-m", "snapshot")
    return git(dest, "rev-parse", "HEAD").stdout.strip()


@pytest.fixture()
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for key, value in {
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "GIT_CONFIG_NOSYSTEM": "1",
    }.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    return dict(os.environ)


def test_hook_blocks_a_bad_article_and_passes_a_clean_one(tmp_path: Path, env: dict[str, str]):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the hook repository is made from git's file list")
    hook_repo = tmp_path / "credlint"
    hook_repo.mkdir()
    rev = snapshot_of_checkout(hook_repo)

    articles = tmp_path / "articles"
    articles.mkdir()
    git(articles, "init", "-q")
    (articles / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: credlint\n", encoding="utf-8"
    )
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=articles, check=True, capture_output=True, env=env)
    git(articles, "add", ".pre-commit-config.yaml")
    git(articles, "commit", "-q", "-m", "config")  # no article staged: the hook is skipped

    shutil.copy(ROOT / "examples" / "content-farm-callouts.md", articles / "farm.md")
    git(articles, "add", "farm.md")
    blocked = subprocess.run(
        ["git", "commit", "-m", "add a bad article"], cwd=articles, capture_output=True, text=True, env=env, timeout=900
    )
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "credlint (source credibility)" in output and "Failed" in output
    assert "farm.md:6:3: FIL001" in output
    assert git(articles, "rev-list", "--count", "HEAD").stdout.strip() == "1"  # nothing was committed

    git(articles, "rm", "-q", "--cached", "farm.md")
    (articles / "farm.md").unlink()
    shutil.copy(ROOT / "examples" / "clean-wire-story.md", articles / "story.md")
    git(articles, "add", "story.md")
    passed = subprocess.run(
        ["git", "commit", "-m", "add a clean article"], cwd=articles, capture_output=True, text=True, env=env, timeout=900
    )
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout + passed.stderr
    assert git(articles, "rev-list", "--count", "HEAD").stdout.strip() == "2"
