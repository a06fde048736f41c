"""Patterns built from a document's own words (lint/patterns.py ``transient``): the last few are
kept per document, and their compiled programs across documents, so a word met again is not
parsed again; a pattern rebuilt from its program finds what a fresh compile finds."""

from __future__ import annotations

import regex

from lint import patterns
from lint.patterns import phrase_source


def test_a_pattern_met_again_is_rebuilt_from_its_program(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    source = phrase_source("Harbour board delays the Vexmoor ferry timetable")
    text = "Why the harbour   board delays the VEXMOOR ferry timetable again"
    first = patterns.transient(source, regex.I)
    assert (source, int(regex.I)) in patterns._transient_programs
    patterns.forget_transient_patterns()  # the next document
    parsed: list[str] = []
    monkeypatch.setattr(patterns.regex, "compile", lambda *a, **k: parsed.append(a[0]))
    again = patterns.transient(source, regex.I)
    assert parsed == [] and again is not first
    monkeypatch.undo()
    expected = regex.compile(source, regex.I)
    assert [(m.span(), m.group()) for m in again.finditer(text)] == [(m.span(), m.group()) for m in expected.finditer(text)] != []


def test_the_programs_kept_are_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(patterns, "TRANSIENT_PROGRAMS", 3)
    monkeypatch.setattr(patterns, "_transient_programs", patterns.OrderedDict())
    for word in ("Prangwick", "Qweltron", "Vexmoor", "Ostlebury"):
        patterns.transient(regex.escape(word))
    assert [k[0] for k in patterns._transient_programs] == ["Qweltron", "Vexmoor", "Ostlebury"]
    # a text longer than the limit is compiled but its program is not kept
    long = "x" * (patterns.TRANSIENT_PROGRAM_CHARS + 1)
    patterns.transient(long)
    assert (long, 0) not in patterns._transient_programs
