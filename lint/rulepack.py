"""Rule packs: TOML files of declarative rules, loaded and validated.

A pack is a TOML file with one ``[[rule]]`` table per rule. Every rule carries
its own documentation (message, rationale, fix, good/bad examples), so the rule
reference, ``credlint rule CODE`` and the example tests all read one place.
Built-in packs live in ``rules/`` (shipped in the wheel as
``lint/_builtin_rules``); users add packs of their own in the same format.
"""

from __future__ import annotations

import hashlib
import math
import string
from pathlib import Path
from typing import Any, Mapping

import regex

from lint import prebuilt
from lint.analyzers.catalog import PLUGIN_PREFIX, lookup, plugin_pack
from lint.analyzers.registry import OptionError, build_options
from lint.errors import PackError
from lint.findings import SEVERITIES
from lint.patterns import LazyPattern
from lint.patterns import compile as compile_pattern
from lint.rule import Rule as Rule  # re-exported: what a pack loads into
from lint.wordlists import builtin_rules_dir as builtin_rules_dir  # re-exported: packs live there
from lint.wordlists import list_lines

CATEGORIES = (
    "sourcing",
    "dates",
    "filler",
    "boilerplate",
    "ai-tells",
    "structure",
    "citations",
    "style",
    "readability",
    "headline",
    "tone",
)
KINDS = ("phrase", "pattern", "density", "repetition", "metric", "analyzer", "corpus")
#: Kinds that match a phrase list: one phrase flagged by two such rules is charged once.
PHRASE_KINDS = ("phrase", "density")
SCOPES = ("text", "body", "headline", "ending")
DEFAULT_WEIGHT = {"error": 10.0, "warning": 4.0, "info": 1.0}
_CODE = LazyPattern(r"^[A-Z]{2,4}[0-9]{3}$")
_NAME = LazyPattern(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

# field name -> (accepted python types, required?) ; kind-specific fields below
_COMMON: dict[str, tuple[tuple[type, ...], bool]] = {
    "code": ((str,), True),
    "name": ((str,), True),
    "category": ((str,), True),
    "severity": ((str,), True),
    "kind": ((str,), True),
    "message": ((str,), True),
    "rationale": ((str,), True),
    "fix": ((str,), True),
    "bad": ((list,), True),
    "good": ((list,), True),
    "weight": ((int, float), False),
    "scope": ((str,), False),
    "allow_quotes": ((bool,), False),
    "corroborated_by": ((list,), False),
}
_KIND_FIELDS: dict[str, dict[str, tuple[tuple[type, ...], bool]]] = {
    "phrase": {
        "phrases": ((list,), False),
        "phrases_file": ((str,), False),
        "ignore_case": ((bool,), False),
        "line_start": ((bool,), False),
        "whole_line": ((bool,), False),
        "sentence_start": ((bool,), False),
        "skip_attributed": ((bool,), False),
    },
    "pattern": {
        "pattern": ((str,), False),
        "patterns": ((list,), False),
        "ignore_case": ((bool,), False),
        "skip_interview": ((bool,), False),
    },
    "density": {
        "phrases": ((list,), False),
        "phrases_file": ((str,), False),
        "ignore_case": ((bool,), False),
        "threshold": ((int, float), True),
        "min_hits": ((int,), False),
        "sentence_start": ((bool,), False),
        "skip_names": ((bool,), False),
        "distinct": ((bool,), False),
    },
    "repetition": {
        "unit": ((str,), True),
        "min_chars": ((int,), False),
        "skip_headline": ((bool,), False),
    },
    "metric": {
        "metric": ((str,), True),
        "min": ((int, float), False),
        "max": ((int, float), False),
        "min_words": ((int,), False),
    },
    "analyzer": {"analyzer": ((str,), True), "options": ((dict,), False)},
    "corpus": {"analyzer": ((str,), True), "options": ((dict,), False)},
}
#: The values each generic kind gives its message (analyzers declare theirs when registered).
KIND_MESSAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "phrase": ("match",),
    "pattern": ("match",),
    "density": ("match", "count", "rate", "threshold"),
    "repetition": ("match", "count", "other_lines"),
    "metric": ("match", "value", "min", "max"),
}


def message_fields(message: str) -> list[str]:
    """The ``{placeholders}`` of a message, in order (``{{`` is a literal brace)."""
    try:
        return [name for _, name, _, _ in string.Formatter().parse(message) if name is not None]
    except ValueError:
        return []


def _check_message(message: str, known: tuple[str, ...], what: str, fail: Any) -> None:
    for name in message_fields(message):
        if name not in known:
            raise fail("message", f"unknown field {{{name}}}; {what} gives: {', '.join(known)}")


def pattern_flags(params: Mapping[str, Any]) -> int:
    """The flags a pattern rule's regexes are compiled with (validation and matching
    share them, so :func:`lint.patterns.compile` compiles each pattern once)."""
    return int(regex.M | (regex.I if params.get("ignore_case", False) else 0))


def _read_list_file(pack: Path, rel: str, code: str) -> list[str]:
    try:
        return list(list_lines((pack.parent / rel).resolve()))
    except OSError as exc:
        raise PackError(str(pack), code, "phrases_file", f"cannot read {rel}: {exc.strerror or exc}") from None


def _validate_rule(pack: Path, raw: Mapping[str, Any], index: int, verify: bool = True) -> Rule:
    code = raw.get("code") if isinstance(raw.get("code"), str) else f"#{index + 1}"

    def fail(fld: str | None, why: str) -> PackError:
        return PackError(str(pack), code, fld, why)

    kind = raw.get("kind")
    if kind not in KINDS:
        raise fail("kind", f"must be one of {', '.join(KINDS)} (got {kind!r})")
    allowed = {**_COMMON, **_KIND_FIELDS[kind]}
    for key in raw:
        if key not in allowed:
            raise fail(key, f"unknown field for a {kind} rule")
    for key, (types, required) in allowed.items():
        if key not in raw:
            if required:
                raise fail(key, "is required")
            continue
        value = raw[key]
        if isinstance(value, bool) and bool not in types:
            raise fail(key, f"must be {' or '.join(t.__name__ for t in types)}, not a boolean")
        if not isinstance(value, types):
            raise fail(key, f"must be {' or '.join(t.__name__ for t in types)}, not {type(value).__name__}")
        if isinstance(value, float) and not math.isfinite(value):
            raise fail(key, f"must be a finite number, not {value}")
    if not _CODE.match(raw["code"]):
        raise fail("code", "must be 2-4 capital letters and 3 digits, e.g. FIL001")
    if not _NAME.match(raw["name"]):
        raise fail("name", "must be kebab-case, e.g. template-callout")
    if raw["category"] not in CATEGORIES:
        raise fail("category", f"must be one of {', '.join(CATEGORIES)}")
    if raw["severity"] not in SEVERITIES:
        raise fail("severity", f"must be one of {', '.join(SEVERITIES)}")
    scope = raw.get("scope", "body")
    if scope not in SCOPES:
        raise fail("scope", f"must be one of {', '.join(SCOPES)}")
    for key in ("bad", "good"):
        if not all(isinstance(x, str) for x in raw[key]):
            raise fail(key, "must be a list of strings")
    if not all(c in CATEGORIES for c in raw.get("corroborated_by", ())):
        raise fail("corroborated_by", f"must list categories of {', '.join(CATEGORIES)}")
    if not raw["bad"]:
        raise fail("bad", "needs at least one example that triggers the rule")

    params = {k: v for k, v in raw.items() if k in _KIND_FIELDS[kind]}
    if kind in ("phrase", "density"):
        phrases = list(params.pop("phrases", []))
        if "phrases_file" in params:
            phrases += _read_list_file(pack, params.pop("phrases_file"), code)
        if not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise fail("phrases", "needs a non-empty list of non-empty strings (or a phrases_file)")
        params["phrases"] = tuple(phrases)
    if kind == "pattern":
        patterns = list(params.pop("patterns", []))
        if "pattern" in params:
            patterns.insert(0, params.pop("pattern"))
        if not patterns or not all(isinstance(p, str) for p in patterns):
            raise fail("pattern", "needs a pattern (or a list of patterns)")
        for p in patterns if verify else ():
            try:
                compile_pattern(p, pattern_flags(params))  # same flags as lint.kinds: compiled once
            except regex.error as exc:
                raise fail("pattern", f"invalid regular expression {p!r}: {exc}") from None
        params["patterns"] = tuple(patterns)
    if kind == "repetition" and params["unit"] not in ("line", "paragraph", "sentence"):
        raise fail("unit", "must be line, paragraph or sentence")
    if kind in KIND_MESSAGE_FIELDS:
        _check_message(raw["message"], KIND_MESSAGE_FIELDS[kind], f"a {kind} rule", fail)
    if kind in ("analyzer", "corpus") and verify:
        found = lookup(params["analyzer"])
        if found is None or found.corpus != (kind == "corpus"):
            raise fail("analyzer", f"no {'corpus ' if kind == 'corpus' else ''}analyzer named {params['analyzer']!r} "
                       "(built-in, or registered by an installed plugin)")
        try:
            build_options(found.options, params.get("options"))
        except OptionError as exc:
            raise fail(exc.field, exc.why) from None
        _check_message(raw["message"], found.fields, f"analyzer {found.name}", fail)
    if kind == "metric":
        from lint.metrics import METRICS

        if params["metric"] not in METRICS:
            raise fail("metric", f"unknown metric {params['metric']!r}; known: {', '.join(sorted(METRICS))}")
        if "min" not in params and "max" not in params:
            raise fail("min", "a metric rule needs min, max or both")

    severity = raw["severity"]
    weight = float(raw.get("weight", DEFAULT_WEIGHT[severity]))
    if weight < 0:
        raise fail("weight", "must not be negative")
    return Rule(
        code=raw["code"],
        name=raw["name"],
        category=raw["category"],
        severity=severity,
        kind=kind,
        message=raw["message"],
        rationale=raw["rationale"].strip(),
        fix=raw["fix"].strip(),
        bad=tuple(raw["bad"]),
        good=tuple(raw["good"]),
        weight=weight,
        scope=scope,
        allow_quotes=raw.get("allow_quotes", False),
        corroborated_by=tuple(raw.get("corroborated_by", ())),
        params=params,
        source=str(pack),
    )


def load_pack(path: Path, verify: bool = True) -> list[Rule]:
    """Load and validate one pack file; any problem raises :class:`PackError`.

    ``verify=False`` skips compiling the regexes and importing the analyzers a pack names,
    leaving both to the first file linted: the built-in packs are verified by the test suite,
    and a run that finds every file in the cache never needs either (together they were half
    of the start-up time). User packs are always verified, so a bad one fails at once.
    """
    import tomllib  # the built-in packs come from the prebuilt rule set: a run without a pack file to parse never imports it

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(str(path), None, None, f"cannot read rule pack: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PackError(str(path), None, None, "rule pack is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(str(path), None, None, f"invalid TOML: {exc}") from None
    unknown = set(data) - {"rule", "pack"}
    if unknown:
        raise PackError(str(path), None, sorted(unknown)[0], "unknown top-level key (expected [[rule]] tables)")
    rules = data.get("rule", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise PackError(str(path), None, "rule", "must be an array of tables ([[rule]])")
    return [_validate_rule(path, raw, i, verify) for i, raw in enumerate(rules)]


def load_packs(extra: list[Path] | tuple[Path, ...] = ()) -> list[Rule]:
    """The built-in packs, then the user's; a duplicate code is an error.

    A pack named twice (in the config and on the command line, or a file and its
    folder) is loaded once: files are told apart by their resolved path.
    """
    builtin = sorted(builtin_rules_dir().glob("*.toml"))
    files: list[Path] = list(builtin)
    for p in extra:
        if str(p).startswith(PLUGIN_PREFIX):  # an installed plugin's pack: --rule-pack plugin:house
            p = plugin_pack(str(p)[len(PLUGIN_PREFIX) :])
        if p.is_dir():
            files += sorted(p.glob("*.toml"))
        elif p.exists():
            files.append(p)
        else:
            raise PackError(str(p), None, None, "rule pack not found")
    once: dict[Path, Path] = {}
    for f in files:
        once.setdefault(f.resolve(), f)
    files = list(once.values())
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    tables = prebuilt.builtin_tables(builtin_rules_dir()) if builtin else None
    for f in files:
        prebuilt_rules = [_validate_rule(f, raw, i, False) for i, raw in enumerate(tables[f.name])] if tables and f in builtin and f.name in tables else None
        for rule in prebuilt_rules if prebuilt_rules is not None else load_pack(f, verify=f not in builtin):
            if rule.code in seen:
                raise PackError(str(f), rule.code, "code", f"duplicate rule code (also in {seen[rule.code]})")
            if rule.name in names:
                other_code, other_file = names[rule.name]
                raise PackError(str(f), rule.code, "name", f"duplicate rule name '{rule.name}' (also {other_code} in {other_file})")
            seen[rule.code] = str(f)
            names[rule.name] = (rule.code, str(f))
            rules.append(rule)
    return sorted(rules, key=lambda r: r.code)


def ruleset_hash(rules: list[Rule]) -> str:
    """A short hash of the active rules: equal hashes mean comparable scores."""
    digest = hashlib.sha256("\n".join(r.fingerprint() for r in rules).encode()).hexdigest()
    return digest[:12]
