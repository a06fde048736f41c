"""Bad input, end to end through the real command line.

Each kind of bad input must give one clear ``path: error: why`` line on
stderr, exit code 2 (documented in the README), no traceback, and must not
stop the other files from being linted. The files under test are built in a
temporary folder; nothing here writes to the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lint.engine import LintSettings, lint_target
from lint.rulepack import load_packs
from tests.conftest import ROOT

GOOD = ROOT / "examples" / "clean-wire-story.md"
ARTICLE = "A headline about the harbour\n\nThe harbour authority said on Monday that the pier would reopen in May.\n"


def credlint(
    *args: str, cwd: Path, stdin: int | None = subprocess.DEVNULL, shell_prefix: str = "", wrapper: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m lint`` as a user would (no cache, so nothing is left behind)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    cmd = [*wrapper.split(), sys.executable, "-m", "lint", *args, "--no-cache"]
    if shell_prefix:  # e.g. close stdin with the shell: exec python ... <&-
        cmd = ["sh", "-c", 'exec "$@" ' + shell_prefix, "sh", *cmd]
        stdin = None
    return subprocess.run(cmd, cwd=cwd, env=env, stdin=stdin, capture_output=True, text=True, timeout=120)


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [ln for ln in stderr.splitlines() if ln.strip()]


# -- many bad files in one run: every one reported, the good one still linted ------------
BAD_FILES = {
    "missing.md": "no such file or directory",
    "empty.md": "empty file, nothing to lint",
    "blank.txt": "empty file, nothing to lint",
    "binary.txt": "binary file",
    "undecodable.txt": "not valid UTF-8 or Windows-1252",
    "huge.txt": "over max-file-size",
    "loop_a.md": "too many levels of symbolic links",
    "no_articles": "no files matching",
    "dir_loop": "no files matching",
    "bad_bom.txt": "invalid utf-16 text after its byte-order mark",
}


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    d = tmp_path_factory.mktemp("bad")
    (d / "good.md").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (d / "empty.md").write_bytes(b"")
    (d / "blank.txt").write_text(" \n\n\t\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    # 0x81 and 0x8d are undefined in Windows-1252 as well as invalid UTF-8.
    (d / "undecodable.txt").write_bytes(b"Headline\n\nA body \x81\x8d that no codec reads.\n")
    (d / "bad_bom.txt").write_bytes(b"\xff\xfeA\x00\x00\xd8")  # UTF-16 with a lone surrogate
    with open(d / "huge.txt", "wb") as fh:  # sparse: 50 MB on paper, no disk used
        fh.truncate(50 * 1024 * 1024)
    os.symlink("loop_b.md", d / "loop_a.md")
    os.symlink("loop_a.md", d / "loop_b.md")
    (d / "no_articles").mkdir()
    (d / "no_articles" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (d / "dir_loop").mkdir()
    os.symlink("..", d / "dir_loop" / "up")  # a directory cycle the walk must not follow
    names = ["good.md", *BAD_FILES]
    return d, credlint("check", *names, "-q", cwd=d)


def test_bad_files_exit_2_and_the_good_file_is_still_linted(bad_run):
    d, result = bad_run
    assert result.returncode == 2
    lines = error_lines(result.stderr)
    assert len(lines) == len(BAD_FILES), lines  # exactly one line each
    # -q prints findings only; the clean example has none, so run once more to see it scored.
    again = credlint("check", "good.md", "missing.md", cwd=d)
    assert "good.md: score" in again.stdout and again.returncode == 2


@pytest.mark.parametrize("name,why", sorted(BAD_FILES.items()))
def test_each_bad_input_has_one_clear_line(bad_run, name, why):
    _, result = bad_run
    mine = [ln for ln in error_lines(result.stderr) if ln.startswith(f"{name}: error: ")]
    assert len(mine) == 1, result.stderr
    assert why in mine[0]


def test_output_order_is_input_order(bad_run):
    d, result = bad_run
    reported = [ln.split(": error: ")[0] for ln in error_lines(result.stderr)]
    assert reported == [n for n in BAD_FILES if n in reported]  # no reordering between runs


def test_invalid_utf8_that_reads_as_windows_1252_is_linted_with_a_warning(tmp_path):
    (tmp_path / "legacy.txt").write_bytes("Harbour news\n\nThe caf\u00e9 opened.\n".encode("cp1252"))
    result = credlint("check", "legacy.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert error_lines(result.stderr) == ["legacy.txt: warning: not valid UTF-8; read as Windows-1252 (save the file as UTF-8 to be sure)"]
    assert "legacy.txt: score" in result.stdout


def test_max_file_size_setting_raises_and_lowers_the_limit(tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE * 40, encoding="utf-8")  # about 3 KB
    (tmp_path / "credlint.toml").write_text('max-file-size = "1KB"\n', encoding="utf-8")
    small = credlint("check", "a.md", cwd=tmp_path)
    assert small.returncode == 2 and "over max-file-size (1.0 KB)" in small.stderr
    (tmp_path / "credlint.toml").write_text('max-file-size = "1 MiB"\n', encoding="utf-8")
    large = credlint("check", "a.md", cwd=tmp_path)
    assert large.returncode != 2 and not large.stderr and "a.md: score" in large.stdout  # linted, not refused


#: Root reads a mode-000 file unless it gives up the capabilities that let it (CI runs as root).
AS_ROOT = os.name == "posix" and os.geteuid() == 0
DROP_DAC = "setpriv --bounding-set=-dac_override,-dac_read_search"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.skipif(AS_ROOT and shutil.which("setpriv") is None, reason="root reads a mode-000 file, and setpriv (util-linux) is missing to drop that right")
def test_permission_denied_from_the_cli(tmp_path):
    locked = tmp_path / "locked.md"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        if AS_ROOT:  # run credlint without root's right to read any file
            result = credlint("check", "locked.md", str(GOOD), cwd=tmp_path, wrapper=DROP_DAC)
        else:
            result = credlint("check", "locked.md", str(GOOD), cwd=tmp_path)
    finally:
        locked.chmod(0o644)
    assert result.returncode == 2
    assert error_lines(result.stderr) == ["locked.md: error: permission denied"]


def test_permission_denied_is_an_input_error_for_that_file(tmp_path, monkeypatch):
    """Same path as above without needing a non-root user: opening the file is refused."""
    import lint.loader

    target = tmp_path / "locked.md"
    target.write_text(ARTICLE, encoding="utf-8")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lint.loader, "open_regular", refuse)
    result = lint_target(str(target), LintSettings(rules=tuple(load_packs())))
    assert result.error == "permission denied" and not result.findings


def test_stdin_closed(tmp_path):
    result = credlint("check", "-", cwd=tmp_path, shell_prefix="<&-")
    assert result.returncode == 2
    assert error_lines(result.stderr) == ["-: error: standard input is closed"]


def test_stdin_empty(tmp_path):
    result = credlint("check", "-", cwd=tmp_path)
    assert result.returncode == 2
    assert error_lines(result.stderr) == ["-: error: empty file, nothing to lint"]


# -- configuration and rule packs: one line, exit 2, nothing linted -------------------------
@pytest.mark.parametrize(
    "config,why",
    [
        ("colour = true\n", "unknown key 'colour'"),
        ('jobs = "many"\n', "jobs: expected a whole number"),
        ("fail-under = 120\n", "fail-under: expected a number from 0 to 100"),
        ("select = 'SRC'\n", "select: expected a list of strings"),
        ("max-file-size = -5\n", "max-file-size: expected a positive size"),
        ("[per-file-ignores\n", "invalid TOML"),
    ],
)
def test_bad_config_is_one_line_and_exit_2(tmp_path, config, why):
    (tmp_path / "credlint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    result = credlint("check", "a.md", cwd=tmp_path)
    assert result.returncode == 2
    lines = error_lines(result.stderr)
    assert len(lines) == 1 and lines[0].startswith("credlint: error: ") and why in lines[0], lines


PACK = """[[rule]]
code = "ZZZ001"
name = "user-pattern"
category = "style"
severity = "error"
kind = "pattern"
pattern = '{pattern}'
message = "user pattern matched"
rationale = "A test rule."
fix = "None."
bad = ["aab"]
good = []
"""


def test_pack_with_an_invalid_regex_names_file_rule_and_field(tmp_path):
    (tmp_path / "pack.toml").write_text(PACK.format(pattern="(unclosed"), encoding="utf-8")
    result = credlint("check", str(GOOD), "--rule-pack", "pack.toml", cwd=tmp_path)
    assert result.returncode == 2
    lines = error_lines(result.stderr)
    assert len(lines) == 1
    assert "pack.toml: rule ZZZ001: field 'pattern': invalid regular expression" in lines[0]


def test_catastrophic_backtracking_is_stopped_and_reported_not_a_hang(tmp_path):
    # (a|aa)+b on a long run of a's without a b backtracks exponentially.
    (tmp_path / "pack.toml").write_text(PACK.format(pattern="(a|aa)+b"), encoding="utf-8")
    (tmp_path / "evil.txt").write_text("Headline\n\n" + "a" * 80 + "\nb\n", encoding="utf-8")
    (tmp_path / "fine.txt").write_text("Headline\n\nA body with aab in it.\n", encoding="utf-8")
    result = credlint("check", "evil.txt", "fine.txt", "--rule-pack", "pack.toml", "--select", "ZZZ", cwd=tmp_path)
    assert result.returncode == 2
    assert error_lines(result.stderr) == ["evil.txt: error: rule ZZZ001: pattern took longer than 2s and was stopped"]
    assert "fine.txt:3:13: ZZZ001 user pattern matched" in result.stdout  # the other file was linted


def test_the_linter_never_writes_to_its_input(tmp_path):
    article = tmp_path / "a.md"
    article.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    before = (article.read_bytes(), article.stat().st_mtime_ns, sorted(p.name for p in tmp_path.iterdir()))
    credlint("check", "a.md", "--format", "json", cwd=tmp_path)
    refused = credlint("check", "a.md", "--output", "a.md", cwd=tmp_path)
    assert refused.returncode == 2 and "never overwrites its input" in refused.stderr
    after = (article.read_bytes(), article.stat().st_mtime_ns, sorted(p.name for p in tmp_path.iterdir()))
    assert after == before
