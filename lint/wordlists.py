"""The vocabulary credlint reads: one loader for every file of ``rules/data``.

Word lists are data, never code: titles, role nouns, month names, the words
that mark a vague source… each lives in a text file under ``rules/data`` (in
the wheel, ``lint/_builtin_rules/data``), one entry per line, ``#`` starting a
comment. Three shapes are read here:

* :func:`word_list` — a set of entries, lower-cased (``role-nouns.txt``);
* :func:`data_lines` — the entries as written, in file order, for lists whose
  case or order matters (``name-stop-words.txt``);
* :func:`word_table` — ``key = value`` lines, for words that stand for
  something (``months.txt``: ``sept = 9``); a line without ``=`` maps the
  word to itself.

Each list is read once per process, on first use: importing a module that
names a list reads nothing. The built-in lists (every ``*.txt`` directly under
``rules/data``) are read from one file of the prebuilt store (:mod:`lint.prebuilt`,
``wordlists.json``, rebuilt when any rule file changes) instead of a hundred
files one by one; a list it does not hold is read from its file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lint import prebuilt
from lint.rulesdir import builtin_rules_dir as builtin_rules_dir  # re-exported: the lists live there


def list_lines(path: Path) -> tuple[str, ...]:
    """The entries of one list file: stripped, blank lines and ``#`` comments dropped.

    Raises :class:`OSError` when the file cannot be read; the caller says which
    rule needed it.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#"))


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """A built-in list's entries as written, in file order."""
    stored = stored_lists().get(name)
    if isinstance(stored, list) and all(isinstance(line, str) for line in stored):
        return tuple(stored)
    return list_lines(builtin_rules_dir() / "data" / name)


def _all_lists() -> dict[str, list[str]]:
    """Every ``*.txt`` list directly under ``rules/data``, by file name (what the store keeps)."""
    return {path.name: list(list_lines(path)) for path in sorted((builtin_rules_dir() / "data").glob("*.txt"))}


@cache
def stored_lists() -> dict[str, object]:
    """The built-in lists from the prebuilt store (one read instead of one per list, ~10 ms of a
    one-file run), built there on first use; empty when they cannot be read (each list is then
    read from its file, which reports the error)."""
    try:
        stored = prebuilt.derived("wordlists", _all_lists, [])
    except OSError:
        return {}
    return stored if isinstance(stored, dict) else {}


@cache
def word_list(name: str) -> frozenset[str]:
    """A built-in list as a set of lower-cased entries."""
    return frozenset(line.lower() for line in data_lines(name))


@cache
def word_table(name: str) -> dict[str, str]:
    """A built-in ``key = value`` list, keys as written; a bare word stands for itself."""
    table: dict[str, str] = {}
    for line in data_lines(name):
        key, _, value = (part.strip() for part in line.partition("="))
        table[key] = value or key
    return table


@cache
def number_table(name: str) -> dict[str, int]:
    """A built-in ``word = number`` list (``months.txt``, ``number-words.txt``)."""
    return {key: int(value) for key, value in word_table(name).items()}


@cache
def word_set(name: str) -> frozenset[str]:
    """A large built-in list of ``rules/data/lexicon`` (tens of thousands of words, one per line as
    written, after a ``#`` header), read in one pass on first use. These lists stay out of the
    prebuilt store, which every run reads whole."""
    lines = (builtin_rules_dir() / "data" / "lexicon" / name).read_text(encoding="utf-8").splitlines()
    start = next((k for k, line in enumerate(lines) if not line.startswith("#")), len(lines))
    return frozenset(lines[start:]) - {""}


def is_english_word(word: str) -> bool:
    """Whether a lower-case word is an ordinary English word: SCOWL's list (``english-words.txt``)
    and the news words it lacks (``english-words-extra.txt``). Read on first use."""
    return word in word_set("english-words.txt") or word in word_list("english-words-extra.txt")


def is_english_form(word: str) -> bool:
    """Whether a lower-case word is an English word or a regular form of one ("lasered",
    "kneelers", "gatecrashes"): a headline coins forms that no word list holds."""
    if is_english_word(word):
        return True
    for ending, put_back in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and is_english_word(word[: len(word) - len(ending)] + put_back):
            return True
    return False


#: Endings of regular forms, longest first, with what the stem gets back ("-ies" → "-y").
_ENDINGS = (("ers", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("ed", "e"),
            ("er", ""), ("s", ""))


def is_known_proper_noun(word: str) -> bool:
    """Whether a capitalised word is a proper noun of general English (``english-proper-nouns.txt``,
    from SCOWL): "Hindu", "Walmart", "Cornwall"."""
    return word[:1].upper() + word[1:].lower() in word_set("english-proper-nouns.txt")
