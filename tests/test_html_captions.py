"""Photo captions are read as part of the article: an editor checks them too.

The pages are written here; each caption holds one red flag (or, on the credible page, none),
and the finding must point at the caption's own line of the HTML file.
"""

from __future__ import annotations

import pytest

from lint.engine import LintSettings, lint_document
from lint.html import build_html_document
from lint.rulepack import load_packs

pytest.importorskip("trafilatura", reason="HTML input needs the html extra (pip install 'credlint[html]')")

RULES = tuple(load_packs())

STORY = """<!DOCTYPE html>
<html><head><title>Ferry operator adds winter crossings</title></head>
<body>
<article>
<h1>Ferry operator adds winter crossings</h1>
<p>OBAN, Scotland, Jan 14 (Reuters) - The operator of the Oban to Mull ferry will add two winter crossings a day from February, it said on Tuesday, after complaints from island businesses about cancelled sailings.</p>
<p>Fiona MacLeod, the operator's head of operations, said the extra sailings would use a chartered vessel until the company's new ship enters service next year. "We have heard the islanders, and we have found a boat," she said.</p>
{figure}
<p>The island's chamber of commerce said hotels had lost bookings during the autumn because visitors could not be sure of a crossing home.</p>
<p>Transport Scotland, which funds the service, said it had approved the charter at a cost of 1.8 million pounds for the season.</p>
</article>
</body></html>
"""


def lint(figure: str):  # type: ignore[no-untyped-def]
    text = STORY.format(figure=figure)
    doc = build_html_document("page.html", text)
    return text, doc, lint_document(doc, LintSettings(rules=RULES))


def line_of(text: str, needle: str) -> int:
    return text.count("\n", 0, text.index(needle)) + 1


@pytest.mark.parametrize(
    ("caption", "code"),
    [
        ("<figure><img src='a.jpg' alt=''><figcaption>John Doe, a deckhand, loads cars onto the ferry at Oban.</figcaption></figure>", "SRC010"),
        ("<figure><img src='a.jpg' alt=''><figcaption>“Nobody from the mainland wants to be stuck on Mull in a gale.”</figcaption></figure>", "SRC007"),
        ("<figure><img src='a.jpg' alt=''><figcaption>passengers queue for the morning crossing at Oban on Monday.</figcaption></figure>", "STY003"),
        ("<div class='wp-caption'><img src='a.jpg' alt=''><p class='wp-caption-text'>Photo: [PHOTOGRAPHER NAME]/[AGENCY]</p></div>", "FIL005"),
    ],
)
def test_a_flag_in_a_caption_is_found_at_the_captions_line(caption, code):
    text, doc, result = lint(caption)
    line = line_of(text, caption[-60:])
    assert doc.captions, "the caption is kept in the article"
    hits = [f for f in result.findings if f.code == code]
    assert hits and hits[0].line == line, [(f.code, f.line, f.message) for f in result.findings]


def test_a_credible_caption_with_a_credit_and_a_date_draws_nothing():
    caption = ("<figure><img src='a.jpg' alt=''><figcaption>The MV Isle of Mull leaves Oban harbour, Scotland, "
               "January 13, 2025. REUTERS/Ewan Drummond</figcaption></figure>")
    text, doc, result = lint(caption)
    assert doc.captions and "Isle of Mull leaves Oban harbour" in doc.plain
    assert result.findings == [], [(f.code, f.line, f.message) for f in result.findings]


def test_without_the_caption_the_same_flag_is_invisible():
    """The page reader used to leave captions out; the same caption text outside the story is not read."""
    caption = "<figure><img src='a.jpg' alt=''><figcaption>John Doe, a deckhand, loads cars onto the ferry at Oban.</figcaption></figure>"
    text = STORY.format(figure="").replace("</body>", f"<aside>{caption}</aside></body>")
    doc = build_html_document("page.html", text)
    assert "John Doe" not in doc.plain and not doc.captions


def test_a_caption_is_not_a_paragraph_that_a_list_restates():
    """STR005 compares a list with the story's paragraphs; a caption that a timeline item echoes is not one."""
    caption = "<figure><img src='a.jpg' alt=''><figcaption>The chartered vessel docks at the pier after its maiden run, watched by a crowd of islanders.</figcaption></figure>"
    items = "\n".join(f"<li>{x}</li>" for x in (
        "The operator adds two winter crossings a day after complaints from island businesses.",
        "Hotels lost autumn bookings because visitors could not be sure of a crossing home.",
        "The chartered vessel docks at the pier after its maiden run, watched by islanders.",
    ))
    def codes(figure: str) -> set[str]:
        text = STORY.format(figure=figure).replace("</article>", f"<h2>How it came about</h2>\n<ul>\n{items}\n</ul>\n</article>")
        return {f.code for f in lint_document(build_html_document("page.html", text), LintSettings(rules=RULES)).findings}

    assert "STR005" not in codes(caption)
    # the same words as a paragraph of the story do make the list a recap
    paragraph = caption.replace("<figure><img src='a.jpg' alt=''><figcaption>", "<p>").replace("</figcaption></figure>", "</p>")
    assert "STR005" in codes(paragraph)
