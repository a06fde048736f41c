"""The run as reporters see it: per-file results plus a summary."""

from __future__ import annotations

import dataclasses
import functools
import statistics
from dataclasses import dataclass, field
from typing import Any

import regex

from lint import __version__
from lint.findings import SEVERITIES, SEVERITY_RANK
from lint.patterns import LazyPattern
from lint.results import FileResult
from lint.rulepack import Rule, ruleset_hash
from lint.score import worse_grade

#: The best grade a file that fails the run (by score or by --fail-on) can carry.
FAILING_GRADE = "C"


@dataclass(frozen=True)
class RenderOptions:
    """How a report is written, besides its format."""

    #: ANSI colours (the command line sets it for a terminal unless ``NO_COLOR`` is set).
    color: bool = False
    #: The text format only: a count of findings per rule (``--statistics``).
    statistics: bool = False
    #: The text format only: findings alone, no scores or fix hints (``--quiet``).
    quiet: bool = False


#: No colour, nothing extra: files and the Python API.
PLAIN = RenderOptions()


@dataclass
class Report:
    """What a reporter renders: the results, the rules that ran and the run's thresholds."""

    results: list[FileResult]
    rules: list[Rule]
    fail_under: float
    fail_on: str
    show_metrics: bool = False
    summary: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for r in self.results:
            _encodable(r)
        for r in self.results:
            if r.grade is not None and self.failing(r):
                r.grade = worse_grade(r.grade, FAILING_GRADE)  # a file that fails the run is never an A or a B
        self.summary = summarize(self)

    def failing(self, result: FileResult) -> bool:
        """Whether one file misses the threshold, has a finding at ``fail_on`` or worse, or
        was not fully checked (a rule failed on it)."""
        return fails(result, self.fail_under, self.fail_on)


def fails(result: FileResult, fail_under: float, fail_on: str) -> bool:
    """Whether one linted file scores under ``fail_under``, has a finding at ``fail_on`` or worse,
    or was not fully checked (a rule failed on it)."""
    if result.error is not None or result.score is None:
        return False
    if result.rule_errors:
        return True
    limit = SEVERITY_RANK[fail_on]
    return result.score < fail_under or any(SEVERITY_RANK[f.severity] <= limit for f in result.findings)


#: Lone surrogates: a file name's undecodable bytes (Python's ``surrogateescape``) or a
#: JSONL id such as ``"\udcff"``. No output encoding can carry them.
_SURROGATE = LazyPattern(r"[\ud800-\udfff]")
#: Control characters (C0, DEL, C1) and line/paragraph separators: a terminal would obey an
#: escape sequence, and a line break would split a ``path:line:col`` record in two.
_CONTROL = LazyPattern(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escape_surrogate(m: regex.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def encodable(text: str) -> str:
    """Text every output encoding can hold: an undecodable byte of a file name shows as ``\\xff``."""
    return text if text.isascii() or not _SURROGATE.search(text) else _SURROGATE.sub(_escape_surrogate, text)


def for_terminal(text: str) -> str:
    """Text safe to print as one line on a terminal: control characters show as ``\\x1b``."""
    text = encodable(text)
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


@functools.cache
def _init_fields(cls: type) -> tuple[str, ...]:
    """The fields a dataclass's ``__init__`` takes (none for any other type), looked up once per type."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.init) if dataclasses.is_dataclass(cls) else ()


def _encodable(result: FileResult) -> FileResult:
    """Make every string of a result writable in any format (see :func:`encodable`), in place."""
    def clean(value: Any) -> Any:
        # a value with nothing to escape is returned as it is (most findings): no copy
        if isinstance(value, str):
            return encodable(value)
        if isinstance(value, tuple):
            items = tuple(clean(v) for v in value)
            return value if all(a is b for a, b in zip(items, value)) else items
        names = _init_fields(type(value))
        if names:
            changes = {name: new for name in names if (new := clean(old := getattr(value, name))) is not old}
            return dataclasses.replace(value, **changes) if changes else value
        return value

    result.path = encodable(result.path)
    result.findings = [clean(f) for f in result.findings]
    result.error = None if result.error is None else encodable(result.error)
    result.rule_errors = [encodable(e) for e in result.rule_errors]
    result.warnings = [encodable(w) for w in result.warnings]
    result.notices = [encodable(n) for n in result.notices]
    return result


def summarize(report: Report) -> dict[str, Any]:
    linted = [r for r in report.results if r.error is None]
    scores = [r.score for r in linted if r.score is not None]
    by_severity = {s: sum(1 for r in linted for f in r.findings if f.severity == s) for s in SEVERITIES}
    return {
        "credlint_version": __version__,
        "ruleset": ruleset_hash(report.rules),
        "rules": len(report.rules),
        "files": len(report.results),
        "linted": len(linted),
        "input_errors": len(report.results) - len(linted),
        "findings": sum(by_severity.values()),
        "by_severity": by_severity,
        "mean_score": round(statistics.fmean(scores), 1) if scores else None,
        "median_score": round(statistics.median(scores), 1) if scores else None,
        "fail_under": report.fail_under,
        "fail_on": report.fail_on,
        "below_threshold": sum(1 for s in scores if s < report.fail_under),
        "failing_files": sum(1 for r in linted if report.failing(r)),
    }
