"""The word lists of rules/data: one loader, read on first use, none left unused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lint.wordlists import builtin_rules_dir, data_lines, list_lines, number_table, word_list, word_table

ROOT = Path(__file__).resolve().parents[1]


def test_a_list_file_drops_comments_and_blank_lines(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("# a comment\n\n  Alpha \n  # indented comment\nbeta gamma\n", encoding="utf-8")
    assert list_lines(f) == ("Alpha", "beta gamma")


def test_tables_map_words_to_values_and_a_bare_word_to_itself() -> None:
    assert number_table("months.txt")["sept"] == 9
    assert number_table("weekdays.txt")["thurs"] == 3
    offices = word_table("office-titles.txt")
    assert offices["president"] == "president"  # a bare word stands for itself
    assert any(key != value for key, value in offices.items())  # "gov = governor" lines


def test_word_list_is_lower_case_and_data_lines_keep_case() -> None:
    assert "dr" in word_list("abbreviations.txt")
    assert "Dr" in data_lines("abbreviated-titles.txt") and "dr" not in data_lines("abbreviated-titles.txt")


def test_every_list_is_used_by_the_code_or_a_pack() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "lint").rglob("*.py"))
    packs = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "rules").glob("*.toml"))
    unused = [p.name for p in sorted((builtin_rules_dir() / "data").glob("*.txt")) if p.name not in code + packs]
    assert not unused, f"lists no rule reads: {unused}"


def test_importing_the_rules_reads_no_list() -> None:
    probe = (
        "import lint.wordlists as w, lint.timeline, lint.people, lint.document, lint.html\n"
        "import lint.analyzers.sourcing, lint.analyzers.dates, lint.analyzers.structure, lint.analyzers.citations\n"
        "print(w.data_lines.cache_info().misses)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "0"
