"""JSONL corpora: one article per line, reported as FILE:ID; bad lines are reported and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from lint.cli import app
from lint.engine import LintSettings, lint_corpus
from lint.rulepack import load_packs
from tests.conftest import ROOT

runner = CliRunner()
BAIT = "Example headline\n\nThe vote is on Friday.\nExperts say the plan will work. Share your thoughts in the comments below."
CLEAN = "Quiet headline\n\nThe council met on Tuesday and approved the budget, said clerk Ana Ruiz."


def write_lines(path: Path, lines: list[object]) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def check(tmp_path: Path, monkeypatch, *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    return runner.invoke(app, ["check", *args, "--no-cache", "-j", "1"])


def test_each_line_is_an_article_named_by_its_id(tmp_path, monkeypatch):
    write_lines(tmp_path / "corpus.jsonl", [{"id": "a-1", "text": BAIT}, {"id": 7, "text": CLEAN}])
    result = check(tmp_path, monkeypatch, "corpus.jsonl", "--jsonl-id-field", "id", "-f", "json")
    assert result.exit_code == 1, result.stderr
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert list(files) == ["corpus.jsonl:a-1", "corpus.jsonl:7"]
    assert files["corpus.jsonl:7"]["findings"] == [] and files["corpus.jsonl:7"]["passed"]
    # Lines and columns count inside the article text.
    found = {(f["code"], f["line"], f["column"]) for f in files["corpus.jsonl:a-1"]["findings"]}
    assert ("SRC006", 4, 1) in found and ("FIL003", 4, BAIT.splitlines()[3].index("Share") + 1) in found


def test_bad_lines_are_reported_and_skipped(tmp_path, monkeypatch):
    write_lines(
        tmp_path / "corpus.jsonl",
        [
            {"id": "ok1", "text": CLEAN},
            "{not json",
            '["a list"]',
            {"id": "x", "body": CLEAN},
            {"id": "y", "text": 42},
            {"id": "z", "text": "   "},
            {"text": CLEAN},
            "",
            {"id": "ok1", "text": CLEAN},
            {"id": "ok2", "text": BAIT},
        ],
    )
    result = check(tmp_path, monkeypatch, "corpus.jsonl", "--jsonl-id-field", "id", "-f", "json")
    assert result.exit_code == 2  # input errors win over findings
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    errors = {p: f["error"] for p, f in files.items() if "error" in f}
    assert errors == {
        "corpus.jsonl:2": "invalid JSON (Expecting property name enclosed in double quotes at column 2), skipped",
        "corpus.jsonl:3": "expected a JSON object, got list, skipped",
        "corpus.jsonl:4": "no 'text' field (set --jsonl-text-field), skipped",
        "corpus.jsonl:5": "'text' is int, not a string, skipped",
        "corpus.jsonl:6": "'text' is empty, nothing to lint, skipped",
        "corpus.jsonl:7": "no usable 'id' field (a non-empty string or an integer), skipped",
        "corpus.jsonl:9": "id 'ok1' already used on line 1, skipped",
    }
    # The run went on past every bad line, and the report is still a valid JSON report.
    assert files["corpus.jsonl:ok2"]["findings"] and files["corpus.jsonl:ok1"]["passed"]
    for path, why in errors.items():
        assert f"{path}: error: {why}" in result.stderr
    schema = json.loads((ROOT / "lint" / "schemas" / "report-v1.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(result.stdout), schema)
    summary = json.loads(result.stdout)["summary"]
    assert (summary["files"], summary["linted"], summary["input_errors"]) == (9, 2, 7)


def test_default_ids_are_line_numbers_and_custom_text_field(tmp_path, monkeypatch):
    data = ("\ufeff" + json.dumps({"article": CLEAN}) + "\n\n" + json.dumps({"article": BAIT}) + "\n").encode("utf-8")
    (tmp_path / "c.jsonl").write_bytes(data)
    result = check(tmp_path, monkeypatch, "c.jsonl", "--jsonl-text-field", "article", "-q")
    assert result.exit_code == 1, result.stderr
    assert result.stdout.startswith("c.jsonl:3:4:1: SRC006 ")


def test_corpus_results_keep_the_order_of_the_arguments(tmp_path, monkeypatch):
    write_lines(tmp_path / "b.jsonl", [{"url": "p1", "text": CLEAN}, {"url": "p2", "text": CLEAN}])
    write_lines(tmp_path / "u.jsonl", [{"url": "https://x.example/a", "text": CLEAN}])  # an id with colons
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "z.txt").write_text(CLEAN, encoding="utf-8")
    result = check(tmp_path, monkeypatch, "z.txt", "b.jsonl", "a.txt", "u.jsonl", "--jsonl-id-field", "url", "-f", "json")
    files = json.loads(result.stdout)["files"]
    assert [f["path"] for f in files] == ["z.txt", "b.jsonl:p1", "b.jsonl:p2", "a.txt", "u.jsonl:https://x.example/a"]
    assert result.exit_code == 0 and not any("error" in f for f in files)


def test_reading_is_lazy(tmp_path):
    """One article at a time: the first result exists before later lines are parsed."""
    path = write_lines(tmp_path / "c.jsonl", [{"text": CLEAN}, "{broken"])
    results = lint_corpus(str(path), LintSettings(rules=tuple(load_packs())))
    first = next(results)
    assert first.path.endswith("c.jsonl:1") and first.error is None
    assert next(results).error.startswith("invalid JSON")


def test_unreadable_corpus_is_one_error(tmp_path, monkeypatch):
    result = check(tmp_path, monkeypatch, "missing.jsonl")
    assert result.exit_code == 2 and "missing.jsonl: error: no such file or directory" in result.stderr


def test_an_article_saved_as_html_is_extracted(tmp_path, monkeypatch):
    """A corpus of scraped pages: each line's HTML goes through the article extractor."""
    pytest.importorskip("trafilatura", reason="HTML input needs the html extra")
    page = (ROOT / "tests" / "fixtures" / "html" / "content-farm.html").read_text(encoding="utf-8")
    write_lines(tmp_path / "pages.jsonl", [{"url": "https://x.example/a", "html": page}])
    result = check(tmp_path, monkeypatch, "pages.jsonl", "--jsonl-text-field", "html", "--jsonl-id-field", "url", "-f", "json")
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["path"] == "pages.jsonl:https://x.example/a"
    # Only the article's findings: the same phrases in the aside, comments and script are not linted
    # (BPL012 notes that page chrome, since the article is template copy: test_html.py).
    codes = [f["code"] for f in entry["findings"]]
    # SRC006 twice: "Experts say" and "Many residents welcome" (a crowd's stand, nobody named);
    # AIT013: "In today's fast-paced world", a stock image in a sentence with no fact
    assert sorted(c for c in codes if c != "BPL012") == ["AIT013", "FIL001", "FIL003", "SRC006", "SRC006"] and "BPL012" in codes


def test_verbose_mode_adds_no_per_article_noise(tmp_path, monkeypatch):
    write_lines(tmp_path / "c.jsonl", [{"text": CLEAN}, {"text": CLEAN}])
    result = check(tmp_path, monkeypatch, "c.jsonl", "-v", "-q")
    assert result.exit_code == 0 and result.stderr == ""
