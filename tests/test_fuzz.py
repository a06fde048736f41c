"""Property-based tests: whatever the input, credlint does not fall over.

For arbitrary text, arbitrary Markdown-ish articles and arbitrary bytes:
no exception and no rule error, every finding lies inside the text, scores
stay within 0-100, and linting the same input twice gives the same output.

The normal suite runs a quick sample. For a long fuzzing session set
``CREDLINT_FUZZ_EXAMPLES`` (e.g. 20000); the examples are spread over the
tests of this module.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.document import build_document
from lint.engine import NO_TEXT, FileResult, LintSettings, lint_document, run_corpus_rules, score_results
from lint.errors import InputError
from lint.loader import make_document
from lint.rulepack import load_packs

EXAMPLES = int(os.environ.get("CREDLINT_FUZZ_EXAMPLES", "100"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SETTINGS = LintSettings(rules=tuple(load_packs()), with_metrics=True)

# Pieces that exercise the masking, block, sentence and quote logic.
WORDS = st.sampled_from(
    [
        "the", "said", "according", "to", "experts", "on", "Monday", "2019", "March 3, 2021", "Dr.", "U.S.",
        "“", "”", '"', "'", "’", "—", "…", "(", ")", "[", "]", "*", "_", "`", "#", ">", "-", "1.", "|",
        "<!--", "-->", "<!-- credlint-disable -->", "http://example.org/a", "[link](http://x.y)", "é", "ß",
        "İ", "ﬁ", "\u200b", "\u00a0", "\t", "Key Takeaways", "Leave a Comment", "FAQ", "Q:", "A:", "By",
        "Reuters", "Smith", "professor", "study", "percent", "%", "!", "?", ".", ",", ";", ":",
    ]
)
LINE = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=25).map(" ".join)
PREFIX = st.sampled_from(["", "", "", "# ", "## ", "- ", "* ", "1. ", "> ", "    ", "```", "---", "| "])
BREAK = st.sampled_from(["\n", "\n", "\n\n", "\r\n", "\n\n\n", "\r"])
MARKDOWN = st.lists(st.tuples(PREFIX, LINE, BREAK), max_size=30).map(lambda parts: "".join(p + l + b for p, l, b in parts))
FRONT_MATTER = st.builds(
    lambda title, date, body: f"---\ntitle: {title}\ndate: {date}\n---\n{body}",
    LINE,
    st.sampled_from(["2020-01-01", "yesterday", "", "2024-13-45"]),
    MARKDOWN,
)


def lint(text: str, fmt: str = "text") -> FileResult:
    doc = build_document("fuzz.md" if fmt == "markdown" else "fuzz.txt", text, fmt)  # type: ignore[arg-type]
    result = lint_document(doc, SETTINGS)
    run_corpus_rules([result], SETTINGS)
    score_results([result], SETTINGS.rules)
    return result


def check_invariants(text: str, result: FileResult) -> None:
    if result.error is not None:  # nothing but markup and punctuation: reported, never scored
        assert result.error == NO_TEXT and not result.findings and result.score is None
        return
    assert result.rule_errors == [], result.rule_errors
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for f in result.findings:
        assert 1 <= f.line <= len(lines), f
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, f
        assert (f.end_line, f.end_column) >= (f.line, f.column), f
        assert f.end_line <= len(lines) and f.end_column <= len(lines[f.end_line - 1]) + 1, f
        for rel in f.related:
            if rel.path == result.path:
                assert 1 <= rel.line <= len(lines), rel
    assert result.score is not None and 0 <= result.score <= 100
    assert all(0 <= v <= 100 for v in result.categories.values()), result.categories


def same_twice(text: str, fmt: str) -> FileResult:
    first, second = lint(text, fmt), lint(text, fmt)
    assert (first.findings, first.score, first.metrics) == (second.findings, second.score, second.metrics)
    return first


@fuzz
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    if text.strip():
        check_invariants(text, same_twice(text, "text"))


@fuzz
@given(MARKDOWN)
def test_arbitrary_markdown(text: str) -> None:
    if text.strip():
        check_invariants(text, same_twice(text, "markdown"))
        check_invariants(text, same_twice(text, "text"))


@fuzz
@given(FRONT_MATTER)
def test_front_matter_articles(text: str) -> None:
    check_invariants(text, same_twice(text, "markdown"))


@fuzz
@given(st.binary(max_size=400), st.sampled_from(["a.md", "a.txt", "a.text"]))
def test_arbitrary_bytes_load_or_fail_cleanly(data: bytes, name: str) -> None:
    try:
        doc = make_document(name, data)
    except InputError as exc:
        assert exc.why and "\n" not in exc.why
        return
    result = lint_document(doc, SETTINGS)
    score_results([result], SETTINGS.rules)
    # findings point into the file as decoded, before normalising (soft hyphens, C1 controls)
    check_invariants(doc.source.original if doc.source is not None else doc.text, result)


def test_findings_point_into_the_decoded_file_not_the_normalised_text() -> None:
    """Found by the bytes fuzzer: b'0\xad\x85' decodes to '0', a soft hyphen and a C1 control that
    normalising turns into '…'; the headline finding ends after the third character of the file."""
    doc = make_document("a.md", b"0\xad\x85")
    result = lint_document(doc, SETTINGS)
    score_results([result], SETTINGS.rules)
    assert doc.source is not None and len(doc.source.original) == 3 and doc.text != doc.source.original
    check_invariants(doc.source.original, result)


def test_a_span_never_ends_on_the_carriage_return_of_a_crlf_line() -> None:
    """Found by the Markdown fuzzer: a callout line ending in CRLF, linted without normalising."""
    for text in ("Key Takeaways\r\n", "## The Bottom Line\r\n\r\nPrices rose.\r\n"):
        result = lint(text, "markdown")
        first = text.split("\r")[0]
        assert result.findings and all(f.end_column <= len(first) + 1 for f in result.findings), text
        check_invariants(text, result)


def test_the_callout_analyzer_itself_leaves_the_carriage_return_out() -> None:
    """The engine trims a span ending on "\r" as a last guard; FIL001's heading shapes must not need it."""
    from lint.analyzers.filler import template_callout
    from lint.document import build_document

    for text in ("Key Takeaways\r\n", "## The Bottom Line\r\n\r\nPrices rose.\r\n"):
        doc = build_document("t.md", text, "markdown")
        hits = list(template_callout(doc, None, None))  # type: ignore[arg-type]
        assert hits and all(doc.text[h.end - 1] != "\r" for h in hits), text
