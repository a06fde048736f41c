"""No input hangs (issue 18): pathological shapes lint normally, special files are refused.

No test here is timed. Shapes whose old cost grew with the square of their size are
linted in a subprocess with a generous limit (a hang guard: at these sizes the old
code took minutes), and what the fix changed is asserted directly where it can be
counted (pairs of sentences compared) or observed (no pattern timeout).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import lint.analyzers.structure as structure
from lint.engine import LintSettings, lint_target
from lint.rulepack import load_packs
from tests.conftest import ROOT

RULES = tuple(load_packs())
SIZE = 60_000

#: Shapes that made one pass of the linter quadratic (or a pattern time out) before issue 18.
SHAPES = {
    "spaces.txt": "Title\n\n" + " " * SIZE + "x said.",
    "tabs.md": "Title\n\n" + "\t" * SIZE + "x",
    "blank-lines.txt": "Title\n\n" + " \n" * (SIZE // 2) + "x said.",
    "dots.txt": "Title\n\n" + "." * SIZE,
    "capitals.txt": "Title\n\n" + "A" * SIZE,
    "quotes.txt": "Title\n\n" + '"' * SIZE,
    "brackets.md": "Title\n\n" + "[" * SIZE,
    "backticks.md": "Title\n\n" + "`" * SIZE,
    "bold.md": "Title\n\n" + "**a " * (SIZE // 4),
    "heading-spaces.md": "# Title" + " " * SIZE + "x\n\nBody text here.\n",
}


def _cli(*args: str, cwd: Path, timeout: float = 300, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "lint", *args, "--no-cache"], cwd=cwd, env=env, capture_output=True, timeout=timeout, input=stdin
    )


@pytest.mark.parametrize("name", ["spaces.txt", "tabs.md", "blank-lines.txt"])
def test_long_runs_of_white_space_never_time_a_pattern_out(tmp_path, name):
    """The comment-form pattern backtracked over every space of a long line (issue 18: 20 KB, 19 s)."""
    path = tmp_path / name
    path.write_text(SHAPES[name], encoding="utf-8")
    result = lint_target(str(path), LintSettings(rules=RULES))
    assert result.error is None and result.rule_errors == []


def test_pathological_shapes_lint_in_one_run_without_errors(tmp_path):
    """Hang guard: every shape, 60 KB each, in one process (minutes each before the fix)."""
    for name, text in SHAPES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = _cli("check", ".", "-j", "1", "--exit-zero", "--format", "json", cwd=tmp_path, timeout=240)
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"took longer" not in proc.stderr


def test_near_duplicate_check_compares_candidates_not_every_pair(monkeypatch):
    """STR004 on a long article: the number of sentence pairs scored grows with the text,
    not with its square (issue 18: a 1 MB article took 16.7 s in this rule)."""
    from lint.loader import text_document

    import random

    rng = random.Random(18)
    syllables = ["har", "bri", "cou", "fer", "sto", "mar", "len", "qui", "dat", "pol", "ves", "tor", "gan", "mek", "ru", "sil"]
    vocabulary = [a + b + c for a in syllables for b in syllables for c in ("al", "ing", "ed", "er", "ous", "ity", "ment", "ist", "ance", "ure")]
    # 2,560 words, drawn with Zipf's law as in prose: a few frequent words, many rare ones
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    sentences = [f"The {' '.join(rng.choices(vocabulary, weights, k=10))} was noted." for _ in range(1500)]
    text = "A long report\n\n" + "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
    calls = []
    real = structure.overlap
    monkeypatch.setattr(structure, "overlap", lambda a, b: calls.append(1) or real(a, b))
    rule = next(r for r in RULES if r.code == "STR004")
    from lint.engine import lint_document

    lint_document(text_document("a.txt", text), LintSettings(rules=(rule,)))
    every_pair = len(sentences) * (len(sentences) - 1) // 2  # what the old check scored, less its size test
    assert len(calls) < every_pair / 10


def test_near_duplicates_are_still_found_far_apart(tmp_path):
    filler = " ".join(f"Item {i} of the agenda was the {w} budget for the year." for i, w in enumerate(["road", "school", "park"] * 30))
    text = (
        "Council report\n\n"
        "The council approved the new harbour budget on Monday after a long debate about ferry costs.\n\n"
        f"{filler}\n\n"
        "The council approved the new harbour budget on Monday after a long debate about the ferry costs.\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = lint_target(str(path), LintSettings(rules=tuple(r for r in RULES if r.code == "STR004")))
    assert [f.line for f in result.findings] == [7]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("name", ["f.jsonl", "f.txt"])
def test_a_fifo_is_refused_not_waited_on(tmp_path, name):
    os.mkfifo(tmp_path / name)
    (tmp_path / "ok.md").write_text("Title\n\nThe council met on Monday, the mayor said.\n", encoding="utf-8")
    proc = _cli("check", name, "ok.md", cwd=tmp_path, timeout=60)
    assert proc.returncode == 2
    assert f"{name}: error: not a regular file".encode() in proc.stderr
    assert b"ok.md: score" in proc.stdout


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this platform")
@pytest.mark.parametrize("name", ["z.jsonl", "z.txt"])
def test_a_link_to_a_device_is_refused(tmp_path, name):
    os.symlink("/dev/zero", tmp_path / name)
    proc = _cli("check", name, cwd=tmp_path, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == [f"{name}: error: not a regular file (a FIFO, device or socket), not read"]


def test_a_jsonl_line_over_the_size_limit_is_skipped_and_the_next_is_linted(tmp_path):
    (tmp_path / "credlint.toml").write_text('max-file-size = "2KB"\n', encoding="utf-8")
    long_line = '{"text": "' + "word " * 2000 + '"}\n'
    good = '{"text": "Harbour closes\\n\\nThe harbour closed on Monday, the council said."}\n'
    (tmp_path / "c.jsonl").write_text(long_line + good, encoding="utf-8")
    proc = _cli("check", "c.jsonl", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2
    assert b"c.jsonl:1: error: line is over max-file-size (2.0 KB), skipped" in proc.stderr
    assert b'"path": "c.jsonl:2"' in proc.stdout


def test_standard_input_over_the_size_limit_is_refused(tmp_path):
    (tmp_path / "credlint.toml").write_text('max-file-size = "1KB"\n', encoding="utf-8")
    proc = _cli("check", "-", cwd=tmp_path, stdin=b"Title\n\n" + b"word " * 1000)
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == ["-: error: standard input is over max-file-size (1.0 KB)"]


_STORY = (
    "<article><h1>Harbour pier closed after storm</h1><p>By Ana Ruiz</p>"
    "<p>The harbour authority said on Monday that the north pier would stay closed until engineers finish their survey.</p>"
    "<p>Ferry services will run from the south quay, a spokeswoman for the operator said.</p><p>Leave a Comment</p></article>"
)
PAGES = {
    "one-line-script.html": "<!doctype html><html><head><script>" + " " * 20_000 + "var a = [1, 2];" * 3_000
    + "</script></head><body>" + _STORY + "</body></html>",
    "next-data.html": "<!doctype html>\n<html><body>\n" + _STORY + '\n<script id="__NEXT_DATA__" type="application/json">'
    + json.dumps({"props": {"items": [{"title": "Leave a Comment", "body": "Related Posts " * 5} for _ in range(2_500)]}})
    + "</script>\n</body></html>\n",
    "style.html": "<!doctype html><html><head><style>" + ".a { color: red }\n" * 6_000 + "</style></head><body>" + _STORY + "</body></html>",
    "nested.html": "<!doctype html><html><body>" + "<div>" * 5_000 + _STORY + "</div>" * 5_000 + "</body></html>",
    "unclosed.html": "<!doctype html><html><body>" + "<div><span>" * 5_000 + _STORY + "</body></html>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_saved_pages_with_big_scripts_blobs_and_deep_nesting_lint_normally(tmp_path, name):
    """Only the article is read: its comment-form line is found once; nothing in the script,
    the JSON blob or the style sheet is; no rule fails (issue 18: pattern timeouts, exit 2)."""
    pytest.importorskip("trafilatura", reason="the html extra is not installed")
    path = tmp_path / name
    path.write_text(PAGES[name], encoding="utf-8")
    result = lint_target(str(path), LintSettings(rules=RULES))
    assert result.error is None and result.rule_errors == []
    assert [f.code for f in result.findings if f.category == "boilerplate"] == ["BPL003"]
