"""The pre-commit hook: its manifest as pre-commit reads it, and a real round trip.

The round trip (slow) installs a snapshot of this checkout (committed in a scratch
repository, since the working tree may hold uncommitted work) as a hook repository in a new
git repository of articles, with the real ``pre-commit`` tool: a commit adding a bad article
is blocked, a commit adding a clean article and a clean saved page goes through.
pre-commit builds the hook's environment with pip, so this needs the package index (and
takes a minute or two). Git runs with a configuration of the test's own (identity, no
system or user settings such as a global hooks path or commit signing).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from identify.identify import tags_from_filename
from pre_commit.clientlib import load_config, load_manifest

from tests.conftest import ROOT

MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def hook() -> dict:  # type: ignore[type-arg]
    (only,) = load_manifest(str(MANIFEST))  # pre-commit's own validation of the manifest
    return only


def test_manifest_is_what_the_issue_and_pre_commit_need():
    h = hook()
    assert (h["id"], h["entry"], h["language"]) == ("credlint", "credlint check --force-exclude", "python")
    assert h["require_serial"] is True and h["pass_filenames"] is True
    assert h["types_or"] == ["markdown", "html", "plain-text"]
    assert tuple(map(int, h["minimum_pre_commit_version"].split("."))) >= (3, 2, 0)


def test_the_hook_sees_the_files_credlint_lints():
    types = set(hook()["types_or"])
    for name in ("story.md", "story.markdown", "notes.txt", "page.html", "page.htm"):
        assert tags_from_filename(name) & types, name
    for name in ("corpus.jsonl", "script.py", "data.csv"):
        assert not tags_from_filename(name) & types, name


def test_the_hook_installs_the_html_extra():
    """pre-commit installs the hook repository without extras, so the manifest names them."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert hook()["additional_dependencies"] == extras["html"]


def test_readme_config_is_valid_for_pre_commit(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```ya?ml\n(.*?)```", readme, re.S) if "repos:" in b]
    assert blocks, "the README shows no .pre-commit-config.yaml"
    (tmp_path / ".pre-commit-config.yaml").write_text(blocks[0], encoding="utf-8")
    config = load_config(str(tmp_path / ".pre-commit-config.yaml"))
    ids = [h["id"] for repo in config["repos"] for h in repo["hooks"]]
    assert "credlint" in ids


# -- the round trip ------------------------------------------------------------------------
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
    """Git and pre-commit isolated from the machine: own config file, own pre-commit cache."""
    gitconfig = tmp_path / "gitconfig"
    gitconfig.write_text(
        "[user]\n\tname = credlint test\n\temail = test@example.invalid\n"
        "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n",
        encoding="utf-8",
    )
    for key, value in {
        "GIT_CONFIG_GLOBAL": str(gitconfig), "GIT_CONFIG_NOSYSTEM": "1",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
    }.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    for key in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):  # set when the suite itself runs inside a git hook
        monkeypatch.delenv(key, raising=False)
    return dict(os.environ)


def commit(repo: Path, message: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "commit", "-m", message], cwd=repo, capture_output=True, text=True, env=env, timeout=900)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_hook_blocks_a_bad_article_and_passes_clean_ones(tmp_path: Path, env: dict[str, str]):
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
    blocked = commit(articles, "add a bad article", env)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "credlint (source credibility)" in output and "Failed" in output
    assert "farm.md:6:3: FIL001" in output
    assert git(articles, "rev-list", "--count", "HEAD").stdout.strip() == "1"  # nothing was committed

    git(articles, "rm", "-q", "--cached", "farm.md")
    (articles / "farm.md").unlink()
    shutil.copy(ROOT / "examples" / "clean-wire-story.md", articles / "story.md")
    shutil.copy(ROOT / "tests" / "fixtures" / "html" / "wire-story.html", articles / "page.html")
    git(articles, "add", "story.md", "page.html")
    passed = commit(articles, "add a clean article and a saved page", env)
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "Passed" in output and "error" not in output  # the saved page was extracted, not refused
    assert git(articles, "rev-list", "--count", "HEAD").stdout.strip() == "2"

    # A draft the config excludes does not block a commit, though pre-commit names it (force-exclude).
    (articles / "credlint.toml").write_text('exclude = ["drafts/*"]\n', encoding="utf-8")
    (articles / "drafts").mkdir()
    shutil.copy(ROOT / "examples" / "content-farm-callouts.md", articles / "drafts" / "farm.md")
    git(articles, "add", "credlint.toml", "drafts/farm.md")
    draft = commit(articles, "add an excluded draft", env)
    output = draft.stdout + draft.stderr
    assert draft.returncode == 0, output
    assert "FIL001" not in output
    assert git(articles, "rev-list", "--count", "HEAD").stdout.strip() == "3"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_revisions_the_readme_names_exist_in_this_repository():
    """pre-commit, GitHub and pip check out the revision the README names: it must exist."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no history to look the revisions up in")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    revs = re.findall(r"^\s*rev:\s*(\S+)", readme, re.M) + re.findall(r"credlint@([0-9A-Za-z._-]+)", readme)
    assert len(revs) >= 3, revs  # pre-commit, GitHub Actions, GitLab CI
    for rev in revs:
        found = git(ROOT, "cat-file", "-e", f"{rev}^{{commit}}", check=False)
        assert found.returncode == 0, f"README names revision {rev}, which this repository does not have"
        manifest = git(ROOT, "show", f"{rev}:.pre-commit-hooks.yaml").stdout
        assert "id: credlint" in manifest and "--force-exclude" in manifest
