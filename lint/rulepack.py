"""Rule packs: TOML files of declarative rules, loaded and validated.

A pack is a TOML file with one ``[[rule]]`` table per rule. Every rule carries
its own documentation (message, rationale, fix, good/bad examples), so the rule
reference, ``credlint rule CODE`` and the example tests all read one place.
Built-in packs live in ``rules/`` (shipped in the wheel as
``lint/_builtin_rules``); users add packs of their own in the same format.
"""

from __future__ import annotations

import hashlib
import json
import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import regex

from lint import prebuilt
from lint.errors import PackError
from lint.findings import SEVERITIES
from lint.patterns import LazyPattern
from lint.patterns import compile as compile_pattern

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


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule: identity, documentation, and the configuration of its kind."""

    code: str
    name: str
    category: str
    severity: str
    kind: str
    message: str
    rationale: str
    fix: str
    bad: tuple[str, ...]
    good: tuple[str, ...]
    weight: float
    scope: str = "body"
    allow_quotes: bool = False
    #: Kind-specific settings (phrases, pattern, threshold, analyzer, options…).
    params: Mapping[str, Any] = field(default_factory=dict)
    #: The pack file the rule came from, for error messages and the reference.
    source: str = ""

    def fingerprint(self) -> str:
        """Stable text of everything that changes what the rule reports."""
        return json.dumps(
            [self.code, self.severity, self.weight, self.kind, self.scope, self.allow_quotes, self.params, self.message],
            sort_keys=True,
            default=str,
        )


def pattern_flags(params: Mapping[str, Any]) -> int:
    """The flags a pattern rule's regexes are compiled with (validation and matching
    share them, so :func:`lint.patterns.compile` compiles each pattern once)."""
    return int(regex.M | (regex.I if params.get("ignore_case", False) else 0))


def builtin_rules_dir() -> Path:
    """Where the built-in packs are: inside the wheel, or at the repository root."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_builtin_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise PackError(str(here / "_builtin_rules"), None, None, "built-in rule packs are missing from the installation")


def _read_list_file(pack: Path, rel: str, code: str) -> list[str]:
    path = (pack.parent / rel).resolve()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise PackError(str(pack), code, "phrases_file", f"cannot read {rel}: {exc.strerror or exc}") from None
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


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
    if "options" in raw:
        _check_option_values(raw["options"], fail)
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
    if kind in ("analyzer", "corpus") and verify:
        from lint.analyzers import known_analyzer

        if not known_analyzer(params["analyzer"], corpus=kind == "corpus"):
            raise fail("analyzer", f"no {kind} analyzer named {params['analyzer']!r}")
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
        params=params,
        source=str(pack),
    )


def _check_option_values(options: Mapping[str, Any], fail: Any, prefix: str = "options") -> None:
    """Option values are data: finite numbers, booleans, strings, lists of strings, or tables of these."""
    for name, value in options.items():
        where = f"{prefix}.{name}"
        if isinstance(value, float) and not math.isfinite(value):
            raise fail(where, f"must be a finite number, not {value}")
        if isinstance(value, dict):
            _check_option_values(value, fail, where)
        elif isinstance(value, list):
            if not all(isinstance(v, str) for v in value):
                raise fail(where, "must be a list of strings")
        elif not isinstance(value, (bool, int, float, str)):
            raise fail(where, f"must be a number, a boolean, a string, a list of strings or a table, not {type(value).__name__}")


def _option_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, dict):
        return "a table"
    return "a list of strings" if isinstance(value, list | tuple) else "a string"


def _check_options(rule: Rule, declared: Mapping[str, Mapping[str, Any]], source: str) -> None:
    """An option must have the type the built-in rules give it (``min_letters = "twelve"``
    is refused when the pack loads, not discovered as a crash on every file)."""
    known = declared.get(rule.params.get("analyzer", ""), {})
    for name, value in rule.params.get("options", {}).items():
        if name not in known:
            continue
        want, got = _option_type(known[name]), _option_type(value)
        if want != got and not (want == "a number" and got == "a whole number"):
            raise PackError(source, rule.code, f"options.{name}", f"must be {want}, not {got} ({value!r})")


def load_pack(path: Path, verify: bool = True) -> list[Rule]:
    """Load and validate one pack file; any problem raises :class:`PackError`.

    ``verify=False`` skips compiling the regexes and importing the analyzers a pack names,
    leaving both to the first file linted: the built-in packs are verified by the test suite,
    and a run that finds every file in the cache never needs either (together they were half
    of the start-up time). User packs are always verified, so a bad one fails at once.
    """
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
    declared: dict[str, dict[str, Any]] = {}
    tables = prebuilt.builtin_tables(builtin_rules_dir()) if builtin else None
    for f in files:
        prebuilt_rules = [_validate_rule(f, raw, i, False) for i, raw in enumerate(tables[f.name])] if tables and f in builtin and f.name in tables else None
        for rule in prebuilt_rules if prebuilt_rules is not None else load_pack(f, verify=f not in builtin):
            if rule.code in seen:
                raise PackError(str(f), rule.code, "code", f"duplicate rule code (also in {seen[rule.code]})")
            if rule.name in names:
                other_code, other_file = names[rule.name]
                raise PackError(str(f), rule.code, "name", f"duplicate rule name '{rule.name}' (also {other_code} in {other_file})")
            if f in builtin:
                known = declared.setdefault(rule.params.get("analyzer", ""), {})
                for name, value in rule.params.get("options", {}).items():
                    # an option one built-in rule sets to 3.0 and another to 6 takes any number
                    known[name] = 0.0 if isinstance(known.get(name), float) and isinstance(value, int) else value
            else:
                _check_options(rule, declared, str(f))
            seen[rule.code] = str(f)
            names[rule.name] = (rule.code, str(f))
            rules.append(rule)
    return sorted(rules, key=lambda r: r.code)


def ruleset_hash(rules: list[Rule]) -> str:
    """A short hash of the active rules: equal hashes mean comparable scores."""
    digest = hashlib.sha256("\n".join(r.fingerprint() for r in rules).encode()).hexdigest()
    return digest[:12]
