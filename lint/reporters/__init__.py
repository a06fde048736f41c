"""Output formats. Each reporter turns a :class:`~lint.report.Report` into text,
as its :class:`~lint.report.RenderOptions` say (colour, and for the text format
``--statistics`` and ``--quiet``).

Reporters are imported on demand so that the default text output does not pay
for JSON schemas, tabulate or XML.
"""

from __future__ import annotations

import importlib
from typing import Callable, Iterable

from lint.report import RenderOptions, Report

#: format name -> "module:function"
REPORTERS: dict[str, str] = {
    "text": "lint.reporters.text:render",
    "table": "lint.reporters.table:render",
    "json": "lint.reporters.json_report:render",
    "sarif": "lint.reporters.sarif:render",
    "github": "lint.reporters.github:render",
    "junit": "lint.reporters.junit:render",
    "gitlab": "lint.reporters.gitlab:render",
    "html": "lint.reporters.html_report:render",
}


def get_reporter(name: str) -> Callable[[Report, RenderOptions], str]:
    """``render(report, options) -> str`` for a format name."""
    module, _, attr = REPORTERS[name].partition(":")
    return getattr(importlib.import_module(module), attr)


def get_writer(name: str) -> Callable[[Report, RenderOptions], Iterable[str]]:
    """``chunks(report, options)``, the report's text in pieces for a format whose reporter
    writes one (JSON: a file entry at a time, so a large run is never one string), else the
    whole text as one piece."""
    module, _, attr = REPORTERS[name].partition(":")
    reporter = importlib.import_module(module)
    pieces = getattr(reporter, "chunks", None)
    if pieces is not None:
        return pieces  # type: ignore[no-any-return]
    render = getattr(reporter, attr)
    return lambda report, options: (render(report, options),)
