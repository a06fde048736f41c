"""credlint never touches the network, not even through textstat's first-use dictionary download.

textstat 0.7.x asks nltk to download the CMU pronouncing dictionary the first time it
counts English syllables; offline that fails or hangs. The run below happens in a fresh
interpreter (so nothing is imported or cached yet), with HOME and NLTK_DATA pointing at
empty folders (so no dictionary is found), and under the audit hook of tests/netguard.py,
which records and refuses every host-name lookup, connection or datagram, in the main
process and in the worker processes alike. Readability metrics are computed (JSON output), so textstat
is exercised on every file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.netguard import guarded, guarded_connection


def _articles(tmp_path: Path) -> list[str]:
    """Our own example articles, plus the shared seeds when they are there."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Council passes budget\n\n" + "The council met on Monday and passed the budget after a long debate. " * 12,
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "# Port reopens\n\nThe port reopened on Monday, officials said. Ships queued outside the harbour. " * 6,
        encoding="utf-8",
    )
    paths = [str(folder)]
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        paths.append(str(seeds))
    return paths


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_full_run_opens_no_internet_socket(tmp_path: Path, jobs: str) -> None:
    proc, attempts = guarded(
        ["check", *_articles(tmp_path), "--format", "json", "--metrics", "--no-cache", "--jobs", jobs, "--fail-under", "0"],
        tmp_path,
    )
    assert not attempts, f"credlint tried to use the network:\n{attempts}"
    assert proc.returncode in (0, 1), proc.stderr
    files = json.loads(proc.stdout)["files"]
    measured = [f for f in files if (f.get("metrics") or {}).get("flesch_reading_ease") is not None]
    assert measured, "no file got readability metrics, so textstat was never exercised"


def test_the_hook_does_catch_a_connection(tmp_path: Path) -> None:
    """The guard itself works: a run that does reach for the network is caught."""
    proc, attempts = guarded_connection(tmp_path, "192.0.2.1")
    assert proc.returncode != 0
    assert "socket" in attempts
