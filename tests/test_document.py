"""The document model: spans stay true to the original file whatever the markup."""

from __future__ import annotations

import pytest

from lint.document import build_document
from lint.markup import mask_markdown, parse_front_matter

MD = """---
title: "Bridge reopens after repairs"
date: 2025-06-02
author: Ines Okoro
tags:
  - transport
---

# Bridge reopens after repairs

By Ines Okoro

The **river bridge** reopened on Monday, [the city said](https://example.org/news).
Traffic was light. Dr. Ana Lopez, who led the inspection, called it "safe for decades."
“It took longer than planned,” she said. She added: “We are done.”

- first item
- second item
<!-- credlint-disable FIL001 -->
"""


def test_mask_keeps_length_and_lines():
    masked = mask_markdown(MD)
    assert len(masked) == len(MD)
    assert masked.count("\n") == MD.count("\n")
    assert "**" not in masked and "](https" not in masked and "credlint-disable" not in masked
    # Words keep their offsets.
    i = MD.index("river bridge")
    assert masked[i : i + 12] == "river bridge"


def test_front_matter_is_metadata_and_invisible():
    meta = parse_front_matter(MD)
    assert meta == {"title": "Bridge reopens after repairs", "date": "2025-06-02", "author": "Ines Okoro"}
    doc = build_document("a.md", MD, "markdown")
    assert "title:" not in doc.plain


def test_headline_byline_and_body():
    doc = build_document("a.md", MD, "markdown")
    assert doc.headline is not None
    assert doc.text[doc.headline.start : doc.headline.end] == "Bridge reopens after repairs"
    assert doc.byline is not None and doc.text[doc.byline.start : doc.byline.end].strip() == "By Ines Okoro"
    assert all(b.start >= doc.body_start for b in doc.body_blocks)
    assert not any(doc.text[b.start : b.end].startswith("By Ines") for b in doc.body_blocks)


def test_headline_skips_navigation_lines():
    doc = build_document("a.txt", "Skip to content\n\nHome » news » Storm\n\nStorm hits coast\n\nBody text here.")
    assert doc.text[doc.headline.start : doc.headline.end] == "Storm hits coast"


def test_headline_falls_back_to_first_line_in_text():
    doc = build_document("a.txt", "Storm hits coast\n\nThe storm arrived on Monday night, officials said.")
    assert doc.text[doc.headline.start : doc.headline.end] == "Storm hits coast"


def test_sentences_respect_abbreviations_and_initials():
    doc = build_document("a.md", MD, "markdown")
    texts = [doc.text[s.start : s.end] for s in doc.sentences]
    assert any(t.startswith("Traffic was light.") for t in texts)
    assert any(t.startswith("Dr. Ana Lopez, who led the inspection") for t in texts), texts
    assert not any(t == "Dr." for t in texts)


def test_quotes_straight_and_curly():
    doc = build_document("a.md", MD, "markdown")
    quoted = [doc.text[q.start : q.end] for q in doc.quotes]
    assert '"safe for decades."' in quoted
    assert "“It took longer than planned,”" in quoted
    assert "“We are done.”" in quoted
    assert doc.in_quote(MD.index("longer than planned"))
    assert not doc.in_quote(MD.index("she said"))


def test_unclosed_quote_ends_with_its_paragraph():
    text = "Headline\n\n“The first paragraph of a long quote runs on.\n\nShe said nothing else."
    doc = build_document("a.txt", text)
    assert doc.in_quote(text.index("long quote"))
    assert not doc.in_quote(text.index("nothing else"))


def test_line_col_is_one_based_and_counts_characters():
    text = "Ünïcödé title\r\nSecond line “quoted” here\n"
    doc = build_document("a.txt", text)
    assert doc.line_col(0) == (1, 1)
    i = text.index("quoted")
    assert doc.line_col(i) == (2, text.index("quoted") - text.index("Second") + 1)
    assert doc.line_span(2).end == text.index("\n", text.index("Second"))


def test_list_items_and_headings_are_blocks():
    doc = build_document("a.md", MD, "markdown")
    kinds = {doc.text[b.start : b.end].strip(): b.kind for b in doc.blocks}
    # Blocks start at their first visible character: the markup is not part of them.
    assert kinds["first item"] == "list"
    assert kinds["Bridge reopens after repairs"] == "heading"


def test_plain_text_one_paragraph_per_long_line():
    long = "word " * 40
    doc = build_document("a.txt", f"Title\n{long}\n{long}\n")
    assert len(doc.body_blocks) == 2


def test_words_are_counted_where_they_begin():
    doc = build_document("x.txt", "A well-known fact, twice: 2 facts.\nO’Brien’s 3rd go.")
    assert doc.count_words() == 9
    assert doc.count_words(2) == 8  # "well-known" begins at 2
    assert doc.count_words(3) == 7  # a word begun before the range is not counted again
    second = doc.text.index("O’Brien")
    assert doc.count_words(second) == 3
    assert doc.count_words(0, second) == 6
    assert doc.count_words(second, second) == 0



@pytest.mark.parametrize(
    ("line", "is_byline"),
    [("By Ana Ruiz", True), ("By The Associated Press", True), ("Written by: Staff", True),
     ("BY THE NUMBERS", False), ("By the way", False)],
)
def test_a_by_line_is_a_byline_only_when_an_author_follows(line: str, is_byline: bool) -> None:
    doc = build_document("a.txt", f"Council budget vote\n\n{line}\n\nThe council voted on Monday.\n", "text")
    found = doc.plain[doc.byline.start : doc.byline.end] if doc.byline else None
    assert (found == line) is is_byline


def test_page_title_is_the_html_title_text_only():
    page = "<html><head><TITLE lang='en'>Ferry fares rise | The Coast Herald</TITLE></head><body><p>x</p></body></html>"
    doc = build_document("a.html", page, "html")
    assert doc.page_title is not None
    assert doc.text[doc.page_title.start : doc.page_title.end] == "Ferry fares rise | The Coast Herald"
    assert build_document("a.html", "<html><body><h1>No title here</h1></body></html>", "html").page_title is None
    # a title line in prose or Markdown is not a page title
    assert build_document("a.md", "<title>Ferry fares rise</title>\n\nBody.", "markdown").page_title is None
