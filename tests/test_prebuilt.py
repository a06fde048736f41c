"""The prebuilt rule set and pattern store (lint/prebuilt.py): used when valid, refused when
stale or damaged, never read from a cache folder when it holds compiled programs, and never
changing what credlint finds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

import pytest
import regex

from lint import patterns, prebuilt
from lint.prefilter import LITERAL_FLAGS, required_literals
from lint.rulepack import builtin_rules_dir, load_packs, pattern_flags

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """Council Votes To Expand Harbor Ferry Service

By Jane Ortiz

The city council voted 7-2 on Tuesday to add two evening ferry runs, starting in March.
"We heard the night-shift workers," said council member Ravi Patel, who sponsored the plan.
Key Takeaway: ferries matter more than ever in today's fast-paced world.
Experts say the change is a game-changer. Furthermore, it is a testament to the city's resilience.
"""


@pytest.fixture
def stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """A package store and a user store in tmp_path, and a copy of the built-in rules."""
    package, user, rules = tmp_path / "pkg" / "_prebuilt", tmp_path / "cache" / "prebuilt", tmp_path / "rules"
    shutil.copytree(builtin_rules_dir(), rules)
    monkeypatch.setattr(prebuilt, "package_store", lambda: package)
    monkeypatch.setattr(prebuilt, "user_store", lambda: user)
    monkeypatch.setattr(prebuilt, "ensure_patterns", lambda rules_dir: None)  # no build process here
    prebuilt.rules_stamp.cache_clear()
    prebuilt.patterns_stamp.cache_clear()
    yield package, user, rules
    prebuilt.rules_stamp.cache_clear()
    prebuilt.patterns_stamp.cache_clear()


def _rules_as_data(rules: list) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(json.dumps(asdict(r), default=list)) for r in rules]


def test_rule_set_from_the_store_is_the_rule_set_from_toml(stores: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    package, _, _ = stores
    from_store = load_packs()  # builds the store, then uses it
    assert (package / prebuilt.RULES_FILE).is_file()
    monkeypatch.setattr(prebuilt, "builtin_tables", lambda rules_dir: None)
    from_toml = load_packs()
    assert len(from_store) == len(from_toml) > 40
    assert _rules_as_data(from_store) == _rules_as_data(from_toml)
    assert [r.fingerprint() for r in from_store] == [r.fingerprint() for r in from_toml]


def test_stale_rule_set_is_rebuilt(stores: tuple[Path, Path, Path]) -> None:
    package, _, rules = stores
    first = prebuilt.builtin_tables(rules)
    head = json.loads((package / prebuilt.RULES_FILE).read_bytes().partition(b"\n")[0])
    pack = sorted(rules.glob("*.toml"))[0]
    table = first[pack.name][0]  # type: ignore[index]
    # the pack changes on disk: a rule's message is edited
    pack.write_text(pack.read_text(encoding="utf-8").replace(table["message"], "An edited message", 1), encoding="utf-8")
    prebuilt.rules_stamp.cache_clear()
    second = prebuilt.builtin_tables(rules)
    assert second[pack.name][0]["message"] == "An edited message"  # type: ignore[index]
    new_head = json.loads((package / prebuilt.RULES_FILE).read_bytes().partition(b"\n")[0])
    assert new_head["stamp"] != head["stamp"] and new_head["signature"] != head["signature"]


def test_touched_but_unchanged_rules_keep_the_store(stores: tuple[Path, Path, Path]) -> None:
    package, _, rules = stores
    prebuilt.builtin_tables(rules)
    before = (package / prebuilt.RULES_FILE).stat().st_mtime_ns
    for f in rules.rglob("*"):
        os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    prebuilt.rules_stamp.cache_clear()
    stamp = prebuilt.rules_stamp(rules)
    assert prebuilt.read_store(package / prebuilt.RULES_FILE, stamp) is not None  # same bytes: the stamp matches
    assert (package / prebuilt.RULES_FILE).stat().st_mtime_ns == before


def test_damaged_rule_set_is_refused_and_rebuilt(stores: tuple[Path, Path, Path]) -> None:
    package, _, rules = stores
    good = prebuilt.builtin_tables(rules)
    path = package / prebuilt.RULES_FILE
    raw = path.read_bytes()
    header, _, body = raw.partition(b"\n")
    name = sorted(good)[0]  # type: ignore[arg-type]
    message = good[name][0]["message"].encode()  # type: ignore[index]
    tampered = body.replace(json.dumps(message.decode())[1:-1].encode(), b"Planted text", 1)
    assert tampered != body
    path.write_bytes(header + b"\n" + tampered)
    assert prebuilt.read_store(path, prebuilt.rules_stamp(rules)) is None
    again = prebuilt.builtin_tables(rules)
    assert again == good
    assert prebuilt.read_store(path, prebuilt.rules_stamp(rules)) == good
    for junk in (b"", b"not json\n{}", b'{"format": 1}\n[]', b"\xff\xfe\n\x00"):
        path.write_bytes(junk)
        assert prebuilt.read_store(path, prebuilt.rules_stamp(rules)) is None


def test_read_only_package_keeps_rules_in_the_user_cache_and_never_its_patterns(
    stores: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    package, user, rules = stores
    monkeypatch.setattr(prebuilt, "writable", lambda folder: folder != package)
    tables = prebuilt.builtin_tables(rules)
    assert tables == prebuilt.parse_packs(rules)
    assert not package.exists()
    assert (user / prebuilt.RULES_FILE).is_file()
    assert prebuilt.builtin_tables(rules) == tables  # read back from the user cache
    # a compiled program in the user cache is never read, even with a valid header
    rx = regex.compile(r"\bplanted\b")
    prebuilt.write_store(user / prebuilt.PATTERNS_FILE, prebuilt.patterns_stamp(rules), [[rx.pattern, 0, prebuilt.encode(rx._pickled_data)]])
    assert prebuilt.load_patterns(rules) == {}


def test_derived_data_is_stored_and_rebuilt_when_an_input_changes(stores: tuple[Path, Path, Path], tmp_path: Path) -> None:
    package, _, _ = stores
    source = tmp_path / "list.txt"
    source.write_text("alpha\nbeta\n", encoding="utf-8")
    builds: list[int] = []

    def build() -> list[str]:
        builds.append(1)
        return sorted(source.read_text(encoding="utf-8").split())

    assert prebuilt.derived("words", build, [source]) == ["alpha", "beta"]
    assert (package / "words.json").is_file()
    assert prebuilt.derived("words", build, [source]) == ["alpha", "beta"] and len(builds) == 1
    source.write_text("alpha\ngamma\n", encoding="utf-8")
    assert prebuilt.derived("words", build, [source]) == ["alpha", "gamma"] and len(builds) == 2


def test_tampered_pattern_store_is_refused(stores: tuple[Path, Path, Path]) -> None:
    package, _, rules = stores
    sources = [(r"\b(?:harbor|ferry)\b", 0), (r"(?<=said )\p{Lu}\p{L}+", int(regex.I))]
    entries = prebuilt.pattern_entries(lambda: {(s, f): regex.compile(s, f) for s, f in sources})
    prebuilt.write_store(package / prebuilt.PATTERNS_FILE, prebuilt.patterns_stamp(rules), entries)
    assert set(prebuilt.load_patterns(rules)) == set(sources)
    # the required literals are stored beside each program, keyed as the prefilter looks them up
    _, literals, _, _ = prebuilt.load_store(rules)
    assert literals == {(r"\b(?:harbor|ferry)\b", 0): (frozenset({"harbor", "ferry"}),),
                        (r"(?<=said )\p{Lu}\p{L}+", int(regex.I)): None}
    path = package / prebuilt.PATTERNS_FILE
    header, _, body = path.read_bytes().partition(b"\n")
    path.write_bytes(header + b"\n" + body.replace(b"harbor", b"harbar"))
    assert prebuilt.load_patterns(rules) == {}
    # a store written for another regex or Python version is stale
    prebuilt.write_store(path, prebuilt.patterns_stamp(rules), entries)
    head = json.loads(path.read_bytes().partition(b"\n")[0])
    head["signature"] = head["stamp"] = "0" * 64
    path.write_bytes(json.dumps(head).encode() + b"\n" + path.read_bytes().partition(b"\n")[2])
    assert prebuilt.load_patterns(rules) == {}


def test_every_stored_program_matches_as_the_compiled_pattern(all_rules: list) -> None:  # type: ignore[type-arg]
    """The store of this installation (built on first use): each program finds exactly what
    regex.compile makes of its source finds (spans and groups), on every built-in rule's
    examples. (The bytes may differ between processes: regex orders some sets by hash.)"""
    if not prebuilt.writable(prebuilt.package_store()):
        pytest.skip(f"{prebuilt.package_store()} is read-only: this installation keeps no pattern store")
    subprocess.run([sys.executable, "-m", "lint.prebuild", "--patterns"], cwd=ROOT, check=True, timeout=900)  # waits for a build under way
    stored = prebuilt.load_patterns()
    assert len(stored) > 150
    texts = [ARTICLE, *(example for rule in all_rules for example in (*rule.bad, *rule.good))]
    for (source, flags), encoded in stored.items():
        rx, expected = prebuilt.program(encoded), regex.compile(source, flags)
        assert (rx.pattern, rx.flags, rx.groupindex) == (expected.pattern, expected.flags, expected.groupindex)
        for text in texts:
            got = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in expected.finditer(text)], (source, text)


def test_stored_literals_are_what_the_prefilter_derives() -> None:
    """Every required-literal entry of this installation's store is what
    :func:`lint.prefilter.required_literals` derives from the pattern in this process, and
    the pattern rules read them from the store (no pattern is parsed again at run time)."""
    if not prebuilt.writable(prebuilt.package_store()):
        pytest.skip(f"{prebuilt.package_store()} is read-only: this installation keeps no pattern store")
    subprocess.run([sys.executable, "-m", "lint.prebuild", "--patterns"], cwd=ROOT, check=True, timeout=900)
    _, literals, _, _ = prebuilt.load_store()
    assert sum(v is not None for v in literals.values()) > 100
    for (source, flags), clauses in literals.items():
        assert clauses == required_literals.__wrapped__(source, flags), source
    rules = [rule for rule in load_packs([]) if rule.kind == "pattern"]
    rule_patterns = [patterns.compile(source, pattern_flags(rule.params)) for rule in rules for source in rule.params["patterns"]]
    assert rule_patterns and all((rx.pattern, rx.flags & LITERAL_FLAGS) in literals for rx in rule_patterns)


def test_pattern_codec_round_trips_every_shape() -> None:
    for source in (r"(?P<y>\d{4})-(?P<m>\d\d)", r"(?i)\bfoo(?=bar)", r"[\p{L}’']+", r"(?V1)[[a-z]--[aeiou]]+"):
        data = regex.compile(source)._pickled_data
        assert prebuilt.decode(json.loads(json.dumps(prebuilt.encode(data)))) == data
    with pytest.raises(TypeError):
        prebuilt.encode(object())


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_installed_copy_builds_its_store_on_first_run_and_finds_the_same(tmp_path: Path) -> None:
    """A copy of the package laid out as a wheel installs it (rules in lint/_builtin_rules): the
    first run starts building lint/_prebuilt without waiting for it, later runs use it, and the
    findings never change."""
    site = tmp_path / "site"
    shutil.copytree(ROOT / "lint", site / "lint", ignore=shutil.ignore_patterns("__pycache__", "_prebuilt"))
    shutil.copytree(ROOT / "rules", site / "lint" / "_builtin_rules")
    article = tmp_path / "work" / "article.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site), "XDG_CACHE_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path)}
    env.pop("CREDLINT_CACHE_DIR", None)
    check = ["-m", "lint", "check", "--format", "json", "--no-cache", "--as-of", "2026-11-27", str(article)]
    first = _run(check, article.parent, env)
    assert first.returncode == 1, first.stderr
    store = site / "lint" / "_prebuilt"
    assert (store / prebuilt.RULES_FILE).is_file()  # the rule set: written by the run itself
    deadline = time.monotonic() + 600  # the patterns: built in the background, the run did not wait
    while not (store / prebuilt.PATTERNS_FILE).is_file() or prebuilt.locked(store):
        assert time.monotonic() < deadline, "the background build of the pattern store never finished"
        time.sleep(0.5)
    assert not (article.parent / "_prebuilt").exists() and not any((tmp_path / "xdg").rglob("patterns.json"))
    second = _run(check, article.parent, env)
    without = _run(check, article.parent, {**env, prebuilt.BUILDING: "1"})  # compiles every pattern itself
    assert json.loads(first.stdout)["files"] == json.loads(second.stdout)["files"] == json.loads(without.stdout)["files"]
    codes = {f["code"] for f in json.loads(second.stdout)["files"][0]["findings"]}
    assert "FIL001" in codes  # the article's template callout: the rules did run


def test_nothing_compiles_at_import_and_version_imports_little() -> None:
    code = (
        "import importlib, pkgutil, sys, lint, lint.patterns as p\n"
        "for m in pkgutil.walk_packages(lint.__path__, 'lint.'):\n"
        "    if m.name not in ('lint.__main__',):\n"
        "        try: importlib.import_module(m.name)\n"
        "        except ImportError: pass\n"
        "print(len(p.compiled()), len(p.declared()), 'textstat' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "0" and int(out[1]) > 100 and out[2] == "False"
    version = subprocess.run([sys.executable, "-X", "importtime", "-m", "lint", "--version"], cwd=ROOT, capture_output=True, text=True, check=True)
    imported = {line.rsplit("|", 1)[-1].strip() for line in version.stderr.splitlines() if "|" in line}
    assert version.stdout.startswith("credlint ")
    assert not imported & {"regex", "textstat", "lint.engine", "lint.rulepack", "lint.document", "tabulate"}


def test_textstat_is_imported_only_when_a_readability_figure_is_needed(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    more = "The ferry that leaves the north pier at nine will stop at the hospital landing on weekdays. " * 12
    article.write_text(ARTICLE + "\n" + more + "\n", encoding="utf-8")  # over the readability rules' 100 words
    base = [sys.executable, "-X", "importtime", "-m", "lint", "check", "--no-cache", "-q", "--exit-zero", str(article)]

    def imported(*extra: str) -> set[str]:
        proc = subprocess.run([*base, *extra], cwd=ROOT, capture_output=True, text=True, check=True)
        return {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line}

    assert "textstat" in imported()  # the readability rules run by default
    assert "textstat" not in imported("--ignore", "readability")


def test_stored_phrase_groups_are_the_patterns_re_compiles(all_rules: list) -> None:  # type: ignore[type-arg]
    """The standard ``re`` programs of this installation's store (the phrase groups): every group
    of every built-in phrase list is stored, each rebuilt program equals ``re.compile`` of its
    source (a pattern compares equal on source, flags and opcodes) and finds the same matches on
    every rule example; a source the store does not hold is compiled as usual."""
    import re

    from lint.kinds import attribution_index
    from lint.phrases import PhraseIndex

    if not prebuilt.writable(prebuilt.package_store()):
        pytest.skip(f"{prebuilt.package_store()} is read-only: this installation keeps no pattern store")
    subprocess.run([sys.executable, "-m", "lint.prebuild", "--patterns"], cwd=ROOT, check=True, timeout=900)
    _, _, std, _ = prebuilt.load_store()
    indexes = [attribution_index()] + [
        PhraseIndex.build(rule.params["phrases"], rule.params.get("ignore_case", True))
        for rule in all_rules if rule.kind in ("phrase", "density") and "phrases" in rule.params
    ]
    wanted = {(source, index.flags) for index in indexes for source in index.by_first_word.values()}
    assert len(wanted) > 100 and wanted <= set(std)
    texts = [ARTICLE, *(example for rule in all_rules for example in (*rule.bad, *rule.good))]
    for (source, flags), encoded in std.items():
        rx, expected = prebuilt.std_program(source, encoded), re.compile(source, flags)
        assert rx == expected and rx.groupindex == expected.groupindex
        for text in texts[:: max(1, len(texts) // 200)]:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in expected.finditer(text)], source
    unseen = patterns.std_compile(r"harbour\s+ferr(?:y|ies)(?!\w)", re.I)
    assert unseen == re.compile(r"harbour\s+ferr(?:y|ies)(?!\w)", re.I)


def test_stored_word_lists_are_the_files() -> None:
    """Every built-in word list comes from the store (``wordlists.json``) exactly as its file
    reads: same entries, same order, comments and blank lines dropped."""
    from lint import wordlists

    stored = wordlists.stored_lists()
    files = sorted((builtin_rules_dir() / "data").glob("*.txt"))
    assert len(files) > 50 and set(stored) == {p.name for p in files}
    for path in files:
        assert tuple(stored[path.name]) == wordlists.list_lines(path) == wordlists.data_lines(path.name), path.name
