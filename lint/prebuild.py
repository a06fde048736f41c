"""Building the prebuilt store (:mod:`lint.prebuilt`): ``python -m lint.prebuild``.

Kept apart from the reader: building lints every rule's examples with the whole engine, which
the modules that read the store (patterns, packs, gazetteers) must not depend on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from lint.prebuilt import (
    BUILDING,
    _lock,
    PATTERNS_FILE,
    RULES_FILE,
    package_store,
    parse_packs,
    pattern_entries,
    std_entries,
    patterns_stamp,
    read_store,
    rules_stamp,
    writable,
    write_store,
)
from lint.wordlists import builtin_rules_dir


def build_patterns(rules_dir: Path) -> int:
    """Compile every pattern credlint can use and store them; the number stored.

    The patterns are met where they are used: every module of the package is imported (each
    module-level :class:`~lint.patterns.LazyPattern` is declared then), every built-in pattern
    rule is compiled, and every built-in rule's examples are linted with the whole rule set
    (the patterns analyzers build from their options and word lists)."""
    import importlib
    import pkgutil

    import lint
    from lint import patterns
    from lint.examples import as_article, lint_text
    from lint.kinds import attribution_index
    from lint.phrases import PhraseIndex
    from lint.rulepack import load_packs, pattern_flags

    for module in pkgutil.walk_packages(lint.__path__, "lint."):
        if module.name not in ("lint.__main__", __name__):
            try:
                importlib.import_module(module.name)
            except ImportError:  # an optional extra that is not installed
                continue
    rules = load_packs()
    for source, flags in patterns.declared():
        patterns.compile(source, flags)
    for rule in rules:
        for source in rule.params.get("patterns", ()) if rule.kind == "pattern" else ():
            patterns.compile(source, pattern_flags(rule.params))
        for example in (*rule.bad, *rule.good):
            lint_text(as_article(example, rule), rules)
    for rule in rules:  # every phrase group of every built-in phrase list, met by an article or not
        if rule.kind in ("phrase", "density") and "phrases" in rule.params:
            PhraseIndex.build(rule.params["phrases"], rule.params.get("ignore_case", True)).compile_all()
    attribution_index().compile_all()
    entries = pattern_entries(patterns.compiled) + std_entries(patterns.std_compiled)
    write_store(package_store() / PATTERNS_FILE, patterns_stamp(rules_dir), entries)
    return len(entries)


def main(argv: list[str] | None = None) -> int:
    """``python -m lint.prebuild``: build the store in the installed package (run it as the
    user who owns the installation, e.g. after ``pip install`` into a shared read-only folder)."""
    args = sys.argv[1:] if argv is None else argv
    rules_dir = builtin_rules_dir()
    store = package_store()
    if not writable(store):
        print(f"credlint: error: cannot write {store}", file=sys.stderr)
        return 2
    if "--patterns" not in args:
        tables = parse_packs(rules_dir)
        if tables is None or not write_store(store / RULES_FILE, rules_stamp(rules_dir), tables):
            print(f"credlint: error: cannot build {store / RULES_FILE}", file=sys.stderr)
            return 2
    os.environ[BUILDING] = "1"
    release = _lock(store)  # one build at a time; a run that finds the lock held does not wait
    try:
        if "--patterns" in args and read_store(store / PATTERNS_FILE, patterns_stamp(rules_dir)) is not None:
            return 0  # built meanwhile by another run's builder
        count = _build(rules_dir)
    finally:
        release()
    if "--patterns" not in args:
        print(f"credlint: prebuilt the rule set and {count} patterns in {store}")
    return 0


def _build(rules_dir: Path) -> int:
    from lint import gazetteer, wordlists

    gazetteer.load_all()  # the gazetteer indexes (derived data, stored beside the rule set)
    wordlists.stored_lists()  # the built-in word lists (one store file)
    return build_patterns(rules_dir)


if __name__ == "__main__":
    sys.exit(main())
