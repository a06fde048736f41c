"""Citation rules: reference lists and markers must pair up, and references must be findable."""

from __future__ import annotations

from lint.engine import LintSettings, lint_document
from lint.loader import text_document
from lint.rulepack import load_pack
from tests.conftest import ROOT, findings as found

RULES = load_pack(ROOT / "rules" / "citations.toml")


def test_list_without_markers_is_reported_once_over_the_whole_list() -> None:
    (f,) = found("Port\n\nThe port reopened.\n\n[1] Daily Planet[2] Evening Star", "CIT001")
    assert f.line == 5 and "[1]–[2]" in f.message


def test_markers_match_their_entries() -> None:
    ok = "Port\n\nThe port reopened [1] and ships left [2].\n\n[1] Statement, 3 March 2024\n[2] Log, 4 March 2024"
    assert not found(ok, "CIT001")
    dangling = ok.replace("ships left [2]", "ships left [3]")
    (f,) = found(dangling, "CIT001")
    assert "[3]" in f.message and f.related


def test_markdown_footnote_definitions_count_as_entries() -> None:
    md = "# Port\n\nThe port reopened.[^1]\n\n[^1]: Port authority, “Port reopens”, https://example.org/p\n"
    assert not found(md, "CIT001", fmt="markdown") and not found(md, "CIT002", fmt="markdown")


def test_bare_outlet_list_is_one_finding_when_most_entries_are_bare() -> None:
    mixed = ("Port\n\nThe port reopened [1] [2] [3].\n\n[1] Daily Planet\n[2] Evening Star, “Ships leave”, 2024\n"
             "[3] Harbour log, https://example.org/log")
    (f,) = found(mixed.replace(", https://example.org/log", ""), "CIT002")
    assert "2 of 3" in f.message


def test_a_bare_outlet_among_full_references_is_reported_on_its_own_line() -> None:
    mixed = ("Port\n\nThe port reopened [1] [2] [3].\n\n[1] Evening Star, “Ships leave”, 2024\n[2] Daily Planet\n"
             "[3] Harbour log, https://example.org/log")
    (f,) = found(mixed, "CIT002")
    assert f.line == 6 and "Daily Planet" in f.message
    full = mixed.replace("[2] Daily Planet", "[2] Daily Planet, “Port reopens”, 5 May 2024")
    assert not found(full, "CIT002")


def test_an_entry_past_the_highest_marker_is_cited_nowhere() -> None:
    text = ("Port\n\nThe port reopened [1] and ships left [2].\n\nReferences\n\n"
            "1. Port authority, “Port reopens”, 3 March 2024.\n2. Ferry log, 4 March 2024.\n"
            "4. Harbour trust, annual report, 2023.")
    (f,) = found(text, "CIT001")
    assert f.line == 9 and "Reference 4 is cited nowhere" in f.message
    assert not found(text.replace("\n4. Harbour trust, annual report, 2023.", ""), "CIT001")


def test_html_reference_items_end_at_their_list() -> None:
    html = ("<html><body><article><h1>Port reopens</h1><p>The port reopened on Monday after repairs [1] [2].</p>\n"
            "<h3>Sources</h3>\n<ol>\n<li>[1] Daily Planet</li>\n<li>[2] Evening Star</li>\n</ol>\n"
            "<h3>Summary</h3>\n<ol>\n<li>The port reopened on Monday after repairs to the quay.</li>\n</ol>\n"
            "</article></body></html>")
    (f,) = found(html, "CIT002", fmt="html")
    assert "2 of 2" in f.message and "Summary" not in f.message


def test_residue_in_a_markdown_link_target_is_found() -> None:
    md = "# Port\n\nThe port [reopened](https://example.org/p?utm_source=chatgpt.com) on Monday.\n"
    (f,) = found(md, "CIT003", fmt="markdown")
    assert f.line == 3 and "chatgpt" in f.snippet


def test_seed_outlet_list(seed_results) -> None:  # type: ignore[no-untyped-def]
    findings = seed_results["002_cf6596be2bca1c3d.txt"].findings
    assert {f.code for f in findings if f.line == 49} >= {"CIT001", "CIT002"}


def test_numbered_list_under_a_references_heading_counts_as_entries() -> None:
    md = ("# Port\n\nThe port reopened [1] and ferries resumed [2].\n\n## Sources\n\n"
          "1. Port authority, “Port reopens”, 3 March 2024.\n2. Ferry operator, timetable notice, 4 March 2024.\n")
    assert not found(md, "CIT001", fmt="markdown")
    (f,) = found(md.replace("resumed [2]", "resumed [3]"), "CIT001", fmt="markdown")
    assert "[3]" in f.message and "no entry" in f.message
    # without the heading a numbered list is just a list: the markers point nowhere
    assert len(found(md.replace("## Sources", "## Timeline"), "CIT001", fmt="markdown")) == 2


def test_html_ordered_list_under_a_references_heading_counts_as_entries() -> None:
    page = ("<html><body><article><h1>Lunch study</h1><p>Pupils did better [1], the authors wrote, and "
            "teachers agreed [2].</p><h2>References</h2><ol><li>Smith J. “Lunch and tests.” Journal of Schools, "
            "2025.</li><li>Department for Education, statement, 2026.</li></ol></article></body></html>")
    rules = [r for r in RULES if r.code == "CIT001"]
    codes = lambda text: [f.code for f in lint_document(text_document("page.html", text), LintSettings(rules=tuple(rules))).findings]
    assert codes(page) == []
    assert codes(page.replace("agreed [2]", "agreed [3]")) == ["CIT001"]
