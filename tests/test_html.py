"""HTML input: the article is extracted from saved news pages (fixtures written for these
tests), page chrome is never linted, and findings keep the page's own line numbers."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lint.cli import app
from lint.document import build_document
from lint.engine import LintSettings, lint_document
from lint.errors import InputError
from lint.loader import format_for, load
from lint.rulepack import load_packs
from tests.netguard import guarded, guarded_connection

pytest.importorskip("trafilatura", reason="HTML input needs the html extra (pip install 'credlint[html]')")

runner = CliRunner()
PAGES = Path(__file__).parent / "fixtures" / "html"
RULES = tuple(load_packs())


def lint_page(name: str):  # type: ignore[no-untyped-def]
    return lint_document(load(str(PAGES / name)), LintSettings(rules=RULES))


def where(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """1-based line and column of ``needle`` in the raw file (after ``after``)."""
    offset = text.index(needle, text.index(after) if after else 0)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_page_chrome_is_not_linted_but_would_be_as_plain_text():
    """The raw page is full of chrome the boilerplate rules flag; the extracted article has none."""
    raw = (PAGES / "wire-story.html").read_text(encoding="utf-8")
    as_text = lint_document(build_document("page.txt", raw, "text"), LintSettings(rules=RULES))
    assert {"BPL003", "BPL006"} <= {f.code for f in as_text.findings}  # comment form, cookie banner
    result = lint_page("wire-story.html")
    assert result.error is None and result.findings == []
    doc = load(str(PAGES / "wire-story.html"))
    for chrome in ("Experts say this script", "Accept all cookies", "Leave a Reply", "Most read", "Share this article",
                   "You may also like", "Skip to content", "All rights reserved", "analytics"):  # fmt: skip
        assert chrome not in doc.plain, chrome
    assert "Renata Silva, who proposed the change" in " ".join(doc.plain.split())


def test_masked_view_keeps_offsets_and_headline_byline_metadata():
    doc = load(str(PAGES / "wire-story.html"))
    assert len(doc.plain) == len(doc.text) and doc.fmt == "html"
    assert doc.metadata == {
        "title": "Valley transit board adds night buses after rider survey",
        "author": "Tomas Okafor",
        "date": "2025-05-14",
    }
    assert doc.plain[doc.headline.start : doc.headline.end] == doc.metadata["title"]
    assert doc.line_col(doc.headline.start) == where(doc.text, "Valley transit board adds", "<h1")
    byline = " ".join(doc.plain[doc.byline.start : doc.byline.end].split())
    assert byline == "By Tomas Okafor"
    # One block per paragraph element, whatever the source wrapping; none spans two paragraphs.
    paragraphs = [b for b in doc.body_blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 5
    assert all(doc.block_at(s.start) == doc.block_at(s.end - 1) for s in doc.sentences)
    assert doc.origin["encoding"] == "utf-8" and doc.origin["extractor"].startswith("trafilatura")


def test_findings_point_at_html_lines_and_only_in_the_article():
    raw = (PAGES / "content-farm.html").read_text(encoding="utf-8")
    result = lint_page("content-farm.html")
    # BPL012 notes the page's own chrome (tested below); every other finding is in the article
    got = sorted((f.code, f.line, f.column) for f in result.findings if f.code != "BPL012")
    assert got == sorted(
        [
            ("SRC006", *where(raw, "Experts say", "<article")),
            ("SRC006", *where(raw, "Many residents welcome", "<article")),  # a crowd's stand, nobody named
            ("FIL001", *where(raw, "Key Takeaway", "<article")),
            ("FIL003", *where(raw, "Share your thoughts", "<article")),
            ("AIT013", *where(raw, "fast-paced world", "<article")),  # a stock image in a sentence with no fact
        ]
    )
    # The same callout in an <aside>, the same bait in the comments and in a <script>: not flagged.
    assert raw.count("Key Takeaway") == 3 and raw.count("Share your thoughts") == 2


def test_chrome_of_a_templated_page_is_noted_at_its_lines_and_costs_nothing():
    """The content farm's article is template copy (FIL001, FIL003), so the widgets the reader left
    out of it are noted where they stand; the wire story's identical widgets are not (its article
    is clean), and the note never moves the score."""
    raw = (PAGES / "content-farm.html").read_text(encoding="utf-8")
    result = lint_page("content-farm.html")
    chrome = {(f.line, f.column) for f in result.findings if f.code == "BPL012"}
    for widget, after in (("Advertisement", "<body"), ("Home", "<nav"), ("You may also like", "related-posts"),
                          ("3 Comments", "comments-area"), ("Copyright 2024", "<footer")):  # fmt: skip
        assert where(raw, widget, after) in chrome, widget
    assert all(f.severity == "info" for f in result.findings if f.code == "BPL012")
    without = [f for f in result.findings if f.code != "BPL012"]
    from lint.score import score_findings

    weights = {r.code: r.weight for r in RULES}
    assert score_findings(result.findings, weights)[0] == score_findings(without, weights)[0]
    assert not [f for f in lint_page("wire-story.html").findings if f.code == "BPL012"]


def test_a_minified_page_splits_into_paragraphs():
    doc = load(str(PAGES / "minified.html"))
    assert doc.text.count("\n") == 0
    texts = [" ".join(doc.plain[b.start : b.end].split()) for b in doc.blocks]
    assert texts[0] == "Ferry fares rise for the first time since 2019" == doc.metadata["title"]
    assert texts[1] == "By Priya Natarajan" and len(texts) == 5
    assert not any("inbox" in t or "cookies" in t or t == "Home" for t in texts)
    assert doc.line_col(doc.blocks[2].start) == where(doc.text, "Island ferry")
    # Dates come from markup only: the "2019" in the headline is not a publication date.
    assert "date" not in doc.metadata


def test_windows_1252_page_with_no_article_element():
    result = lint_page("blog-windows-1252.html")
    assert any("Windows-1252" in w for w in result.warnings)
    assert result.findings == []  # "Leave a Reply" sits in the sidebar
    doc = load(str(PAGES / "blog-windows-1252.html"))
    assert doc.metadata["author"] == "Helen Marsh"
    assert "“The broad beans have rotted in the ground,” said Derek Collins" in " ".join(doc.plain.split())
    assert "Archives" not in doc.plain and "About us" not in doc.plain


def test_suppression_comments_work_in_html(tmp_path):
    raw = (PAGES / "content-farm.html").read_text(encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(raw.replace("<p><strong>Key", "<!-- credlint-disable-next-line FIL001 -->\n<p><strong>Key", 1), encoding="utf-8")
    codes = {f.code for f in lint_document(load(str(page)), LintSettings(rules=RULES)).findings}
    assert "FIL001" not in codes and "SRC006" in codes


def test_html_is_recognised_from_its_content_and_in_folders(tmp_path, monkeypatch):
    assert format_for("-", "<!DOCTYPE html>\n<html>") == "html"
    assert format_for("page.htm") == "html" and format_for("notes.txt", "<!doctype html>") == "text"
    for page in PAGES.glob("*.html"):
        shutil.copy(page, tmp_path / page.name)
    monkeypatch.chdir(tmp_path)
    serial = runner.invoke(app, ["check", ".", "-f", "json", "--no-cache", "-j", "1"])
    parallel = runner.invoke(app, ["check", ".", "-f", "json", "--no-cache", "-j", "2"])
    files = json.loads(serial.stdout)["files"]
    assert len(files) == len(list(PAGES.glob("*.html"))) == 5 and all("error" not in f for f in files)
    assert json.loads(parallel.stdout)["files"] == files
    farm = next(f for f in files if f["path"].endswith("content-farm.html"))
    assert {x["code"] for x in farm["findings"]} == {"SRC006", "FIL001", "FIL003", "AIT013", "BPL012"}


def test_missing_extractor_is_a_clear_input_error(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if the extra were not installed
    with pytest.raises(InputError, match=r"pip install 'credlint\[html\]'"):
        load(str(PAGES / "minified.html"))
    monkeypatch.chdir(tmp_path)
    shutil.copy(PAGES / "minified.html", "page.html")
    result = runner.invoke(app, ["check", "page.html", "--no-cache"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "page.html: error: HTML input needs the optional extractor: pip install 'credlint[html]'"


def test_body_only_container_keeps_the_byline_and_maps_wrapped_lines():
    """itemprop=articleBody marks the body alone: the headline and byline above it are still
    found, and a finding on the second source line of a wrapped paragraph keeps its own line
    and column (after entities, which keep their raw length)."""
    raw = (PAGES / "cms-itemprop.html").read_text(encoding="utf-8")
    doc = load(str(PAGES / "cms-itemprop.html"))
    assert doc.metadata == {
        "title": "Harbour dredging to start in March, port says",
        "author": "Ines Carvalho",
        "date": "2026-01-19",
    }
    assert " ".join(doc.plain[doc.byline.start : doc.byline.end].split()).startswith("By Ines Carvalho")
    result = lint_page("cms-itemprop.html")
    vague = [(f.line, f.column) for f in result.findings if f.code == "SRC006"]
    # "experts say" appears three times: in <noscript>, in the article, in a Disqus comment.
    assert raw.count("xperts say") == 3
    assert vague == [where(raw, "Many experts say", "articleBody")]
    assert vague[0][0] == raw.splitlines().index(next(x for x in raw.splitlines() if "port offices. Many experts" in x)) + 1
    assert "FIL003" not in {f.code for f in result.findings}  # the bait is in the comments


def test_verbose_mode_names_the_decoding_and_the_extractor(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(PAGES / "blog-windows-1252.html", "blog.html")
    shutil.copy(PAGES / "minified.html", "page.html")
    result = runner.invoke(app, ["check", "blog.html", "page.html", "-v", "-q", "--no-cache", "-j", "1"])
    notes = result.stderr.splitlines()
    assert "blog.html: warning: not valid UTF-8; read as Windows-1252 (save the file as UTF-8 to be sure)" in notes
    assert "page.html: note: decoded as utf-8" in notes
    extractor = [n for n in notes if "note: article text picked by trafilatura" in n]
    assert [n.split(":")[0] for n in extractor] == ["blog.html", "page.html"]


def test_an_extractor_failure_falls_back_to_the_page_structure(monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("simulated extractor crash")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    doc = load(str(PAGES / "content-farm.html"))
    assert doc.origin["extractor"].startswith("page structure only")
    codes = {f.code for f in lint_document(doc, LintSettings(rules=RULES)).findings}
    assert {"SRC006", "FIL001", "FIL003"} <= codes  # still the article, chrome still dropped by structure
    assert "Advertisement" not in doc.plain and "3 Comments" not in doc.plain


def test_extracting_pages_opens_no_network_connection(tmp_path):
    """trafilatura (and everything it imports) never reaches for the network, in workers too."""
    proc, attempts = guarded(["check", str(PAGES), "-f", "json", "--no-cache", "-j", "2", "--fail-under", "0"], tmp_path)
    assert not attempts, "HTML extraction tried to use the network"
    files = json.loads(proc.stdout)["files"]
    assert len(files) == 5 and all("error" not in f for f in files), proc.stderr
    assert all(f["metrics"] for f in files)  # JSON output measures readability too (textstat, offline)


def test_the_guard_catches_a_connection(tmp_path):
    proc, attempts = guarded_connection(tmp_path, "127.0.0.1")
    assert proc.returncode != 0 and "network access attempted" in proc.stderr and "socket." in attempts


def test_an_article_element_is_the_story_whatever_its_class_names():
    """<article class="newsletter">: a class that marks a sign-up box elsewhere does not drop the story."""
    from lint.html import build_html_document

    page = ("<html><body><article class=\"newsletter\"><h1>The Harbour Brief</h1>"
            "<p>The ferry returned to service on Friday after a refit that replaced both engines.</p>"
            "</article><div class=\"newsletter\"><p>Sign up for our weekly email today</p></div></body></html>")
    doc = build_html_document("brief.html", page)
    assert "ferry returned to service" in doc.plain
    assert "Sign up for our weekly" not in doc.plain[doc.body_start :]


def test_live_blog_entries_opening_on_a_time_stamp_are_kept(tmp_path):
    """A live blog's entries open on a <time> stamp the extractor leaves out of its text: the
    entry is still the story (it was once dropped whole, leaving only the standfirst)."""
    entries = "".join(
        f'<section class="entry"><p><time datetime="2025-03-02T{h}:00">{h}:00</time> {text}</p></section>\n'
        for h, text in (
            ("18", "Counting has begun at the leisure centre in Harwick, where turnout was said to be brisk by the staff on the doors."),
            ("19", "Petra Lindgren, the returning officer, told agents the first boxes had been opened and sorted into wards."),
            ("20", "The harbour ward result is in, and the sitting councillor has held the seat by 212 votes on a lower turnout."),
            ("21", "Agents expect the last ward to declare shortly before midnight, with two recounts requested by the losing side."),
        )
    )
    page = (
        "<!DOCTYPE html><html><head><title>Live: Harwick council count</title></head><body>"
        '<article class="liveblog"><h1>Live: Harwick council count</h1>'
        "<p>Follow the count as it happens; the newest entries appear last.</p>\n"
        f"{entries}</article></body></html>"
    )
    (tmp_path / "live.html").write_text(page, encoding="utf-8")
    doc = load(str(tmp_path / "live.html"))
    plain = " ".join(doc.plain.split())
    for kept in ("Counting has begun", "Petra Lindgren, the returning officer", "harbour ward result", "two recounts requested"):
        assert kept in plain, kept


def test_live_blog_entries_stamped_inside_their_text_are_kept():
    """An entry is matched against the extractor's text without its <time> stamp, wherever the
    stamp stands: "Update at <time>18:00</time>: ..." is kept too. (Keeping only the blocks that
    open on a <time> element, the other fix this one replaced, dropped these entries.)"""
    from lint.html import build_html_document

    entries = "".join(
        f'<p>Update at <time datetime="2025-03-02T{h}:00">{h}:00</time>: {text}</p>\n'
        for h, text in (
            ("18", "Counting has begun at the sports hall in Marrow Cross, where the queue of agents reached the car park."),
            ("19", "Ines Okafor, the deputy returning officer, said the postal votes had been verified and added to the count."),
        )
    )
    page = (
        "<!DOCTYPE html><html><head><title>Live: Marrow Cross count</title></head><body>"
        "<article><h1>Live: Marrow Cross by-election count</h1>"
        "<p>Follow the by-election count as it happens at the sports hall tonight.</p>\n"
        f"{entries}</article></body></html>"
    )
    doc = build_html_document("count.html", page)
    body = " ".join(doc.plain[doc.body_start :].split())
    assert "Counting has begun at the sports hall" in body
    assert "Ines Okafor, the deputy returning officer" in body
    # the stamp stays in the text, where its line places the entry
    assert "Update at 18:00" in body
