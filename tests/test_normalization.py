"""Line endings and invisible characters change nothing (issue 18).

Every rule example of the built-in packs is linted with every rule in LF, CRLF
and CR, and with an invisible character (zero-width space, soft hyphen,
zero-width joiner, word joiner, a BOM inside the text) inserted inside every
flagged phrase: the findings must be the same, and every finding must still
point at the characters of the file as it is (its snippet is the file's text at
its line and columns).
"""

from __future__ import annotations

import regex
import pytest

from lint.engine import LintSettings, lint_document, run_corpus_rules
from lint.loader import text_document
from lint.rulepack import load_packs
from lint.examples import as_article

RULES = load_packs()
SETTINGS = LintSettings(rules=tuple(RULES))
INVISIBLE = ["\u200b", "\u00ad", "\u200d", "\u2060", "\ufeff"]
_BREAK = regex.compile(r"\r\n|\r|\n")


def lint(text: str, path: str = "example.txt"):  # type: ignore[no-untyped-def]
    result = lint_document(text_document(path, text), SETTINGS)
    run_corpus_rules([result], SETTINGS)
    return result.findings


def at(text: str, line: int, column: int) -> int:
    """The offset of a 1-based line and column in a text with any line breaks."""
    starts = [0, *(m.end() for m in _BREAK.finditer(text))]
    return starts[line - 1] + column - 1


def exact(findings) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(f.code, f.line, f.column, f.end_line, f.end_column, f.message) for f in findings]


def coarse(findings) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted((f.code, f.line, f.message) for f in findings)


def spans_point_at_the_file(text: str, findings) -> None:  # type: ignore[no-untyped-def]
    for f in findings:
        if f.line == f.end_line and not f.snippet.endswith("…"):
            piece = text[at(text, f.line, f.column) : at(text, f.end_line, f.end_column)]
            assert " ".join(piece.split()) == f.snippet, (f.code, piece, f.snippet)


def with_invisibles(text: str, findings) -> str:  # type: ignore[no-untyped-def]
    """An invisible character inside every flagged phrase (after its first letter)."""
    offsets = set()
    for f in findings:
        start = at(text, f.line, f.column)
        end = at(text, f.end_line, f.end_column)
        inside = next((i + 1 for i in range(start, end - 1) if text[i].isalpha() and text[i + 1].isalpha()), None)
        if inside is not None:
            offsets.add(inside)
    out = text
    for n, i in enumerate(sorted(offsets, reverse=True)):
        out = out[:i] + INVISIBLE[n % len(INVISIBLE)] + out[i:]
    return out


EXAMPLES = [
    pytest.param(as_article(example, rule), id=f"{rule.code}-{kind}{i}")
    for rule in RULES
    for kind, examples in (("bad", rule.bad), ("good", rule.good))
    for i, example in enumerate(examples)
]


@pytest.mark.parametrize("text", EXAMPLES)
def test_every_example_lints_the_same_in_crlf_cr_and_with_invisible_characters(text):
    base = lint(text)
    crlf, cr = text.replace("\n", "\r\n"), text.replace("\n", "\r")
    assert exact(lint(crlf)) == exact(base)
    assert exact(lint(cr)) == exact(base)
    hidden = with_invisibles(text, base)
    found = lint(hidden)
    assert coarse(found) == coarse(base)
    for variant, findings in ((crlf, lint(crlf)), (cr, lint(cr)), (hidden, found)):
        spans_point_at_the_file(variant, findings)


def test_invisible_characters_do_not_hide_a_template_callout_or_a_stock_persona():
    """The evasions of issue 18: 'Key\\u200b Takeaway:' and an invisible character inside an expert's name."""
    text = (
        "Storm closes the harbour road\n\n"
        "The harbour road closed on Monday after the storm, the council said.\n\n"
        "Key Takeaway: the road stays closed until the bridge is inspected.\n\n"
        "Dr. Marcus Chen, a senior analyst at the Global Policy Institute, said the repairs would take a year.\n"
    )
    base = coarse(lint(text, "a.md"))
    assert {"FIL001", "SRC001"} <= {c for c, _, _ in base}
    for ch in INVISIBLE:
        hidden = text.replace("Key Takeaway", f"Key{ch} Takeaway").replace("Marcus Chen", f"Marcus{ch} Chen")
        assert coarse(lint(hidden, "a.md")) == base, repr(ch)


@pytest.mark.parametrize(
    "text",
    ["a\r\nb", "a\rb\r\r\nc", "x\u200b\u200by\u00adz\r\n\ufeffw", "\u200b", "plain text", "\r\n\r\n"],
)
def test_the_source_map_points_every_character_back_at_the_original(text):
    from lint.normalize import normalize

    norm, source = normalize(text)
    assert "\r" not in norm and "\u200b" not in norm
    if source is None:
        assert norm == text
        return
    for i, ch in enumerate(norm):
        orig = text[source.offset(i)]
        assert orig == ch or (ch == "\n" and orig == "\r")
