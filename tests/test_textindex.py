"""The text index: one word pass per document, read by every rule (lint/textindex.py)."""

from __future__ import annotations

import regex

from lint.analyzers.sourcing import _vague_grammar
from lint.analyzers.wording import list_pattern
from lint.document import build_document
from lint.loader import make_document
from lint.people import extract_people
from lint.textindex import first_letters, register_triggers
from lint.timeline import extract_timeline


def _words(doc):
    return [doc.text[s:e] for s, e in zip(doc.index.starts, doc.index.ends)]


def test_words_are_the_exact_characters_of_a_plain_text():
    doc = build_document("a.txt", "Harbour fees rise\n\nThe state-run port's fees rose 12% in 2024, officials said.")
    assert _words(doc) == ["Harbour", "fees", "rise", "The", "state-run", "port's", "fees", "rose", "12", "in", "2024",
                           "officials", "said"]
    assert doc.word_count == doc.index.word_count == 13


def test_markdown_markup_is_no_word_and_offsets_stay_in_the_file():
    text = "---\ntitle: Ferry strike\n---\n# Ferry strike\n\nThe **union** said [the talks](https://x.test/a) failed.\n"
    doc = build_document("a.md", text, "markdown")
    words = _words(doc)
    assert words == ["Ferry", "strike", "The", "union", "said", "the", "talks", "failed"]
    # every offset points at those characters of the file itself
    for s, e in zip(doc.index.starts, doc.index.ends):
        assert doc.text[s:e] == doc.plain[s:e]
    assert "https" not in words and "title" not in words


def test_html_input_offsets_point_at_the_visible_words():
    html = (b"<html><head><title>Dock news</title><script>var tracker = 1;</script></head><body><article>"
            b"<h1>Dock workers vote</h1><p>The <b>union</b> voted on Tuesday, its leader said.</p></article></body></html>")
    doc = make_document("a.html", html)
    words = _words(doc)
    assert "tracker" not in words and "var" not in words
    assert words[-8:] == ["The", "union", "voted", "on", "Tuesday", "its", "leader", "said"]
    for s, e in zip(doc.index.starts, doc.index.ends):
        assert doc.plain[s:e] == doc.text[s:e]


def test_lower_case_lookup_finds_word_parts_in_any_case():
    doc = build_document("a.txt", "Port news\n\nState officials and the state-run PORT said the port's fees don't_count.")
    index = doc.index
    text = doc.plain
    assert [text[p : p + 5] for p in index.positions("state")] == ["State", "state"]
    assert [text[p : p + 4] for p in index.positions("port")] == ["Port", "PORT", "port"]
    assert index.positions("run") == [text.index("run")]
    assert index.positions("don") == [text.index("don")]
    # after an underscore a part is no word start (a \w+ word runs through it)
    assert index.positions("count") == []
    assert index.positions("nowhere") == []


def test_letter_index_splits_at_digits_and_folds_case():
    doc = build_document("a.txt", "Print news\n\nThe 3D printer and the ſome oddity.")
    index = doc.index
    assert index.letter_positions("d") == [doc.plain.index("D printer")]
    assert index.letter_positions("SOME") == [doc.plain.index("ſome")]
    assert first_letters("it's widely said") == "it"
    assert first_letters("“Quoted” phrase") == "quoted"


def test_sentence_and_block_word_counts():
    text = "Budget passes\n\nThe council met on Monday. It passed the budget 7-2. Dr. Ruiz voted no.\n\nA second paragraph here."
    doc = build_document("a.txt", text)
    sentences = [doc.plain[s.start : s.end] for s in doc.index.sentences]
    assert sentences == ["Budget passes", "The council met on Monday.", "It passed the budget 7-2.", "Dr. Ruiz voted no.",
                         "A second paragraph here."]
    assert doc.index.sentence_words() == (2, 5, 5, 4, 4)
    assert doc.index.block_words() == (2, 14, 4)
    assert doc.count_words(doc.body_start) == 18
    assert doc.index.words(0, 13) == ["Budget", "passes"]


def test_quote_spans_are_read_from_the_index():
    doc = build_document("a.txt", 'Quotes\n\n“We will rebuild,” the mayor said. He added: "Soon."')
    quoted = [doc.plain[q.start : q.end] for q in doc.index.quotes]
    assert quoted == ["“We will rebuild,”", '"Soon."']
    assert doc.index.in_quote(doc.plain.index("rebuild"))
    assert not doc.index.in_quote(doc.plain.index("mayor"))


def test_people_and_time_line_are_computed_once_and_kept_on_the_index():
    doc = build_document("a.txt", "Budget vote\n\nAna Ruiz, a council member, said on Monday the vote was close.")
    assert doc.index is doc.index
    people = extract_people(doc)
    assert people is extract_people(doc)
    assert [p.name for p in people.persons] == ["Ana Ruiz"]
    timeline = extract_timeline(doc, None)
    assert timeline is extract_timeline(doc, None)
    assert doc.index.cached("people", lambda: None) is people


# Sentences written to try the trigger-word search at its edges: a quantifier and modifiers before
# the group noun, a hyphen, a digit, an apostrophe and a no-break space before a trigger, a match
# running into the next trigger, upper case, the long s, and a text that ends inside a match.
_EDGE_TEXT = (
    "Vague sources\n\n"
    "A growing number of legal experts have long argued that the law fails. Many industry watchers say so. "
    "Some experts say it. some some experts say it. Non-experts say otherwise. 3experts said it. "
    "The o'experts said it. Well-known analysts believe it. Legal\u00a0experts say it. SOME EXPERTS SAY IT. "
    "ſome experts say it. It is widely believed that it is. By most accounts, studies show, research suggests. "
    "It has been said, it is said that critics argue. “Experts say,” she wrote. Analysts said"
)


def _spans(matches):
    return [m.span() for m in matches]


def test_trigger_search_finds_what_a_scan_finds():
    doc = build_document("a.txt", _EDGE_TEXT)
    text = doc.plain
    g = _vague_grammar()
    for rx in (g.group, g.phrase, list_pattern("loaded-words.txt"), list_pattern("accusation-words.txt")):
        assert _spans(doc.index.finditer(rx)) == _spans(rx.finditer(text))
        for s in doc.sentences:
            assert _spans(doc.index.finditer(rx, s.start, s.end)) == _spans(rx.finditer(text, s.start, s.end))
            found = doc.index.search(rx, s.start, s.end)
            expected = rx.search(text, s.start, s.end)
            assert (found and found.span()) == (expected and expected.span())
    # the scan finds what the rule needs here, so the comparison is not vacuous
    assert len(_spans(g.group.finditer(text))) >= 8
    assert len(_spans(g.phrase.finditer(text))) >= 4


def test_a_registered_pattern_is_tried_only_at_its_trigger_words():
    rx = register_triggers(regex.compile(r"(?<![\p{L}])(?:harbou?r|port)\s+fees?(?![\p{L}])", regex.I), frozenset({"harbour", "harbor", "port"}))
    doc = build_document("a.txt", "Fees\n\nHarbour fees rose; port fee talks failed; the passport fee did not change. PORT FEES")
    assert [m.group() for m in doc.index.finditer(rx)] == ["Harbour fees", "port fee", "PORT FEES"]
    assert [m.group() for m in doc.index.finditer(rx, 0, doc.plain.index("PORT"))] == ["Harbour fees", "port fee"]
    # an unregistered pattern is scanned as before
    other = regex.compile(r"fee")
    assert _spans(doc.index.finditer(other)) == _spans(other.finditer(doc.plain))
