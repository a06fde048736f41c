"""Outputs that never lie or break, packs and options checked at load, paths and processes (issue 18).

Each test runs credlint as a user or a CI job would (a subprocess, no cache) on input
built to break it: undecodable file names, escape sequences, a rule that fails, NaN
weights, wrongly typed options, hard links, SIGTERM.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

ARTICLE = (
    "Harbour pier closed after storm\n\n"
    "The harbour authority said on Monday that the north pier would stay closed until engineers finish a survey.\n\n"
    "Key Takeaway: the pier stays shut.\n"
)
FORMATS = ["text", "table", "json", "sarif", "github", "junit", "gitlab"]


def run(*args: str | bytes, cwd: Path, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable.encode(), b"-m", b"lint", *(a if isinstance(a, bytes) else a.encode() for a in args), b"--no-cache"],
        cwd=cwd, env=env, capture_output=True, input=stdin, timeout=timeout,
    )


def one_line(stream: bytes) -> list[str]:
    return stream.decode("utf-8").splitlines()


# -- invalid UTF-8 and control characters ---------------------------------------------------------
@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the file system refuses names that are not UTF-8")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "output-file"])
def test_a_file_name_of_invalid_utf8_is_escaped_in_every_format(tmp_path, fmt, to_file):
    name = b"\xff\xfe bad utf8.md"
    (Path(os.fsdecode(bytes(tmp_path) + b"/" + name))).write_text(ARTICLE, encoding="utf-8")
    extra = ["-o", "report.out"] if to_file else []
    proc = run("check", name, "--format", fmt, *extra, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    out = (tmp_path / "report.out").read_bytes() if to_file else proc.stdout
    text = out.decode("utf-8")  # valid UTF-8, whatever the format
    escaped = ("\\xff\\xfe bad utf8.md", "\\\\xff\\\\xfe bad utf8.md", "%5Cxff%5Cxfe%20bad%20utf8.md")  # as is, in JSON, in a URI
    assert any(e in text for e in escaped), text[:300]
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(text)


def test_a_jsonl_id_with_a_lone_surrogate_is_escaped(tmp_path):
    line = json.dumps({"id": "\udcff", "text": ARTICLE}) + "\n"
    (tmp_path / "c.jsonl").write_text(line, encoding="utf-8", errors="surrogatepass")
    (tmp_path / "c.jsonl").write_bytes(line.encode("ascii"))
    proc = run("check", "c.jsonl", "--jsonl-id-field", "id", "--format", "json", cwd=tmp_path)
    report = json.loads(proc.stdout.decode("utf-8"))
    assert report["files"][0]["path"] == "c.jsonl:\\xff"


def test_escape_sequences_and_line_breaks_never_reach_the_terminal(tmp_path):
    """An article heading with ANSI/OSC sequences, a JSONL id with a newline: one record a line."""
    article = (
        "Harbour pier closed\n\nThe authority said on Monday the pier would close.\n\n"
        "## THE HARBOUR \x1b[2J\x1b]0;OWNED\x07 PIER STAYS CLOSED\n\nKey Takeaway: the pier stays shut.\n"
    )
    line = json.dumps({"id": "a\nb", "text": article}) + "\n"
    (tmp_path / "c.jsonl").write_text(line, encoding="utf-8")
    (tmp_path / "a.md").write_text(article, encoding="utf-8")
    proc = run("check", "a.md", "c.jsonl", "--jsonl-id-field", "id", cwd=tmp_path)
    out = proc.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out
    assert "c.jsonl:a\\x0ab:" in out
    findings = [ln for ln in out.splitlines() if ": FIL001 " in ln]
    assert len(findings) == 2 and all(ln.startswith(("a.md:7:1:", "c.jsonl:a\\x0ab:7:1:")) for ln in findings)
    shouting = [ln for ln in out.splitlines() if ": STR007 " in ln]
    assert shouting and all("\\x1b[2J\\x1b]0;OWNED\\x07" in ln for ln in shouting)


# -- a rule that failed is a failure in every format --------------------------------------------------
EVIL_PACK = '''
[[rule]]
code = "ZZZ001"
name = "evil-pattern"
category = "filler"
severity = "warning"
kind = "pattern"
pattern = \'\'\'(a|a)+$\'\'\'
message = "m"
rationale = "A pattern that backtracks catastrophically on a long run of a."
fix = "f"
bad = ["a"]
good = ["b"]
'''


@pytest.fixture()
def timed_out(tmp_path: Path) -> Path:
    (tmp_path / "evil.toml").write_text(EVIL_PACK, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Clean headline\n\nThe council met on Monday, the mayor said.\n\n" + "a" * 60 + "!\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "gitlab", "github", "text"])
def test_a_rule_that_timed_out_is_reported_in_every_format(timed_out, fmt):
    proc = run("check", "a.txt", "--rule-pack", "evil.toml", "--select", "ZZZ001", "--format", fmt, "--fail-under", "0", cwd=timed_out)
    assert proc.returncode == 2
    assert "a.txt: error: rule ZZZ001: pattern took longer than" in proc.stderr.decode()
    out = proc.stdout.decode()
    if fmt == "json":
        (entry,) = json.loads(out)["files"]
        assert entry["passed"] is False and "ZZZ001" in entry["rule_errors"][0]
        assert json.loads(out)["summary"]["failing_files"] == 1
    elif fmt == "sarif":
        (invocation,) = json.loads(out)["runs"][0]["invocations"]
        assert invocation["executionSuccessful"] is False
        assert any("ZZZ001" in n["message"]["text"] for n in invocation["toolExecutionNotifications"])
    elif fmt == "junit":
        from junitparser import Error, JUnitXml

        xml = JUnitXml.fromstring(proc.stdout)
        assert xml.errors == 1
        (case,) = [c for suite in xml for c in suite]
        assert any(isinstance(r, Error) and "ZZZ001" in (r.message or "") for r in case.result)
    elif fmt == "gitlab":
        assert any(i["check_name"] == "credlint/rule-error" for i in json.loads(out))
    elif fmt == "github":
        assert "::error file=a.txt" in out and "not fully checked" in out
    else:
        assert "FAIL" in out


# -- values refused at load -------------------------------------------------------------------------
PACK = '''
[[rule]]
code = "HSE001"
name = "{name}"
category = "style"
severity = "warning"
kind = "{kind}"
{extra}
message = "m"
rationale = "A house rule written for this test, with a rationale long enough."
fix = "f"
bad = ["a"]
good = ["b"]
'''


@pytest.mark.parametrize(
    "name, kind, extra, expected",
    [
        ("house-weight", "phrase", 'phrases = ["x"]\nweight = nan', "field 'weight': must be a finite number, not nan"),
        ("house-weight", "phrase", 'phrases = ["x"]\nweight = inf', "field 'weight': must be a finite number, not inf"),
        ("house-density", "density", 'phrases = ["x"]\nthreshold = -inf', "field 'threshold': must be a finite number"),
        ("house-caps", "analyzer", 'analyzer = "structure.shouting_heading"\noptions = { min_letters = "twelve" }',
         "field 'options.min_letters': must be a whole number, not a string ('twelve')"),
        ("house-caps", "analyzer", 'analyzer = "structure.shouting_heading"\noptions = { min_letters = nan }',
         "field 'options.min_letters': must be a finite number, not nan"),
        ("template-callout", "phrase", 'phrases = ["x"]', "field 'name': duplicate rule name 'template-callout' (also FIL001"),
    ],
    ids=["weight-nan", "weight-inf", "threshold-inf", "option-type", "option-nan", "reused-name"],
)
def test_bad_pack_values_are_refused_at_load(tmp_path, name, kind, extra, expected):
    (tmp_path / "house.toml").write_text(PACK.format(name=name, kind=kind, extra=extra), encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    proc = run("check", "a.md", "--rule-pack", "house.toml", cwd=tmp_path)
    assert proc.returncode == 2
    (line,) = one_line(proc.stderr)
    assert line.startswith("credlint: error: house.toml: rule HSE001: ") and expected in line, line
    assert proc.stdout == b""


@pytest.mark.parametrize(
    "args, config, expected",
    [
        (["--fail-under", "nan"], "", "credlint: error: --fail-under: expected a number from 0 to 100, got nan"),
        ([], "select = []\n", "credlint: error: no rule selected"),
        ([], '[per-file-ignores]\n"*.md" = ["NOPE"]\n', "credlint: error: per-file-ignores.*.md: 'NOPE' matches no rule"),
        ([], 'max-file-size = "60GB"\n', "max-file-size: at most 1GB"),
    ],
    ids=["fail-under-nan", "empty-select", "unknown-per-file-selector", "huge-limit"],
)
def test_settings_that_would_silently_disable_the_check_are_refused(tmp_path, args, config, expected):
    (tmp_path / "credlint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    proc = run("check", "a.md", *args, cwd=tmp_path)
    assert proc.returncode == 2
    (line,) = one_line(proc.stderr)
    assert expected in line, line


# -- paths ----------------------------------------------------------------------------------------------
def test_the_same_file_named_twice_is_linted_once(tmp_path):
    (tmp_path / "m1.md").write_text(ARTICLE, encoding="utf-8")
    os.link(tmp_path / "m1.md", tmp_path / "hard.md")
    proc = run("check", "m1.md", "./m1.md", "hard.md", "--format", "json", cwd=tmp_path)
    files = json.loads(proc.stdout)["files"]
    assert [f["path"] for f in files] == ["m1.md"]


def test_output_refuses_a_hard_link_to_an_input(tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    os.link(tmp_path / "a.md", tmp_path / "hard.json")
    proc = run("check", "a.md", "-o", "hard.json", cwd=tmp_path)
    assert proc.returncode == 2
    assert one_line(proc.stderr)[0].startswith("credlint: error: --output hard.json is one of the files being linted")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == ARTICLE


def test_stdin_filename_that_names_a_linted_file_is_refused(tmp_path):
    (tmp_path / "m1.txt").write_text(ARTICLE, encoding="utf-8")
    proc = run("check", "m1.txt", "-", "--stdin-filename", "m1.txt", cwd=tmp_path, stdin=ARTICLE.encode())
    assert proc.returncode == 2
    assert "--stdin-filename m1.txt names a file that is linted too" in proc.stderr.decode()


@pytest.mark.parametrize(
    "name, content",
    [
        ("front.md", "---\n"),
        ("scripts.html", "<html><body><script>var a = 1;</script></body></html>"),
        ("empty-article.html", "<html><body><article></article></body></html>"),
    ],
)
def test_a_file_without_article_text_is_reported_not_scored(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    proc = run("check", name, "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2
    (entry,) = json.loads(proc.stdout)["files"]
    assert "score" not in entry and entry["error"].startswith("no article text found")


def test_an_html_file_holding_plain_text_is_read_as_text(tmp_path):
    (tmp_path / "a.html").write_text(ARTICLE, encoding="utf-8")
    proc = run("check", "a.html", "--format", "json", "--select", "FIL001", cwd=tmp_path)
    (entry,) = json.loads(proc.stdout)["files"]
    assert [f["code"] for f in entry["findings"]] == ["FIL001"] and entry["findings"][0]["line"] == 5


def test_a_deleted_working_folder_and_a_full_stdout_are_one_line(tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    code = f"import os, sys, runpy; os.chdir({str(gone)!r}); os.rmdir({str(gone)!r}); sys.argv = ['credlint', 'check', {str(tmp_path / 'a.md')!r}, '--no-cache']; runpy.run_module('lint', run_name='__main__')"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=120)
    assert proc.returncode == 2 and one_line(proc.stderr) == ["credlint: error: the current folder no longer exists (or cannot be read); cd to another one"]
    if os.path.exists("/dev/full"):
        with open("/dev/full", "wb") as full:
            proc = subprocess.run([sys.executable, "-m", "lint", "check", "a.md", "--no-cache"], cwd=tmp_path, env=env, stdout=full, stderr=subprocess.PIPE, timeout=120)
        assert proc.returncode == 2
        assert one_line(proc.stderr) == ["credlint: error: cannot write the report to standard output: no space left on device"]


# -- processes --------------------------------------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_stops_the_workers(tmp_path):
    for i in range(40):
        (tmp_path / f"{i}.txt").write_text(ARTICLE + "More text here, the council said.\n" * 200, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "lint", "check", ".", "-j", "2", "--no-cache"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: list[int] = []
    for _ in range(600):  # wait until the workers exist (up to a minute on a loaded machine)
        children = _children(proc.pid)
        if len(children) >= 2:
            break
        time.sleep(0.1)
    assert len(children) >= 2, "the workers never started"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    for _ in range(100):
        if not [c for c in children if _alive(c)]:
            break
        time.sleep(0.1)
    assert not [c for c in children if _alive(c)], "workers outlived credlint"


def _children(pid: int) -> list[int]:
    try:
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        pytest.skip("no ps on this machine")
    return [int(x) for x in out.split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def test_gitignore_bracket_expressions_are_read_as_git_reads_them(tmp_path):
    """Issue 18: '[[:alpha:]]', '[]abc]', '[^]' or '[z-a]' in a .gitignore was an internal error."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / ".gitignore").write_text("[]abc]\n[^]\n[z-a]\n[[:digit:]]*.md\n", encoding="utf-8")
    for name in ("1draft.md", "story.md", "]"):
        (tmp_path / "news" / name).write_text(ARTICLE, encoding="utf-8")
    proc = run("check", "news", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == ["news/story.md"]
