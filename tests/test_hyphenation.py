"""The lazily parsed hyphenation dictionary gives pyphen's own hyphenation, and credlint uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyphen
import pytest

from lint import hyphenation
from lint.metrics import LANGUAGE
from tests.conftest import ROOT

DICTIONARY = pyphen.LANGUAGES[pyphen.language_fallback(LANGUAGE)]


@pytest.fixture()
def fresh_hdcache(monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setattr(pyphen, "hdcache", {})
    return pyphen.hdcache


@pytest.mark.parametrize("stored", [True, False], ids=["prebuilt table", "indexed in the process"])
def test_every_pattern_reads_as_pyphen_reads_it(fresh_hdcache, monkeypatch, stored):
    if not stored:
        monkeypatch.setattr(hyphenation, "_stored_table", lambda path, ignored: None)
    hyphenation.install(LANGUAGE)
    lazy, eager = fresh_hdcache[DICTIONARY], pyphen.HyphDict(DICTIONARY)
    assert set(lazy.patterns) == set(eager.patterns)
    for key, value in eager.patterns.items():
        offset, weights = lazy.patterns[key]  # as pyphen unpacks an entry (a JSON store keeps lists)
        assert (offset, tuple(weights)) == value, key
    assert lazy.maxlen == eager.maxlen


def test_words_hyphenate_as_with_pyphen(fresh_hdcache):
    hyphenation.install(LANGUAGE)
    lazy, eager = fresh_hdcache[DICTIONARY], pyphen.HyphDict(DICTIONARY)
    words = {w for path in (ROOT / "examples").iterdir() if path.is_file() for w in path.read_text(encoding="utf-8").split()}
    words |= {"hyphenation", "extraordinarily", "re-election", "naïve", "café", "Zelenskyy", "x", "", "ﬁnance"}
    assert len(words) > 300
    assert all(lazy.positions(w) == eager.positions(w) for w in words)


def test_an_existing_dictionary_is_left_alone(fresh_hdcache):
    mine = pyphen.HyphDict(DICTIONARY)
    fresh_hdcache[DICTIONARY] = mine
    hyphenation.install(LANGUAGE)
    assert fresh_hdcache[DICTIONARY] is mine


@pytest.mark.parametrize(
    "body",
    [
        "a1b\n.ab2c\na1b\n",  # a pattern given twice
        "^^e9a1\n",  # pyphen's hex escape
        "ab1c/x=y,1,1\n",  # a nonstandard hyphenation alternative
        " a1b\n",  # whitespace pyphen would strip
        "a1b\r\nc2d\r\n",  # Windows line ends
    ],
)
def test_anything_unusual_is_left_to_pyphen(body: str):
    assert hyphenation._index(("UTF-8\n" + body).encode(), ("%", "#")) is None


def test_only_weighted_patterns_and_no_headers_are_indexed():
    table = hyphenation._index("UTF-8\nLEFTHYPHENMIN 2\n% a comment 5\na1b\nc0d\n.e3f4\n".encode(), pyphen.ignored)
    assert table is not None
    assert {key: tuple(entry) for key, entry in table.items()} == {"ab": (1, (1,)), ".ef": (2, (3, 4))}


_NO_PARSING = """
import runpy, sys
import pyphen

def refuse(self, path):
    raise RuntimeError("hyphenation patterns parsed in full")

pyphen.HyphDict.__init__ = refuse
sys.argv = ["credlint", *sys.argv[1:]]
runpy.run_module("lint", run_name="__main__")
"""


def _readability(path: Path, code: str | None) -> dict:
    head = [sys.executable, "-c", code] if code else [sys.executable, "-m", "lint"]
    proc = subprocess.run(
        [*head, "check", str(path), "--no-cache", "--format", "json", "--fail-under", "0"],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["files"][0]["metrics"]


_FULL_PARSE = """
import runpy, sys
import lint.hyphenation

lint.hyphenation.install = lambda language: None  # pyphen parses its dictionary itself
sys.argv = ["credlint", *sys.argv[1:]]
runpy.run_module("lint", run_name="__main__")
"""


def test_credlint_never_parses_the_whole_dictionary_and_measures_the_same():
    """A process that refuses pyphen's full parse still measures readability, with the
    figures of a process where pyphen parses its dictionary as usual."""
    for article in sorted(p for p in (ROOT / "examples").iterdir() if p.is_file()):
        lazy = _readability(article, _NO_PARSING)
        assert lazy == _readability(article, _FULL_PARSE)
        assert lazy["flesch_reading_ease"] is not None


def test_the_word_cache_is_bounded(fresh_hdcache, monkeypatch):
    """pyphen keeps every word it hyphenated; credlint's dictionary keeps at most
    WORD_CACHE_SIZE of them, and hyphenates the same after starting afresh."""
    monkeypatch.setattr(hyphenation, "WORD_CACHE_SIZE", 5)
    hyphenation.install(LANGUAGE)
    lazy, eager = fresh_hdcache[DICTIONARY], pyphen.HyphDict(DICTIONARY)
    words = ["hyphenation", "extraordinarily", "newspaper", "credibility", "reporter", "attribution", "hyphenation", "source"]
    for word in words:
        assert lazy.positions(word) == eager.positions(word)
        assert len(lazy.cache) <= 5
    assert len(eager.cache) == len(set(words))


def test_stored_table_shares_equal_entries():
    table = hyphenation.parsed_table(DICTIONARY, tuple(pyphen.ignored) if hasattr(pyphen, "ignored") else ("%", "#"))
    assert table is not None and len(table) > 5000
    assert all(isinstance(entry, tuple) and isinstance(entry[1], tuple) for entry in table.values())
    distinct = {id(entry) for entry in table.values()}
    assert len(distinct) == len(set(table.values())) < len(table) // 2  # one object per distinct entry
