"""Per-article speed-ups that must find exactly what the scans they replace found.

Each speed-up of the warm per-article work (``bench/profile_warm.py``) swaps a scan of the whole
text for something cheaper; these tests run both on sentences written for them, where the old
scan finds what the rule needs (so the comparison is not vacuous), and on the seeds and a sample
of every corpus when ``../shared`` is there.
"""

from __future__ import annotations

import pytest
import regex

from lint.analyzers import filler, sourcing, style
from lint.document import build_document

from .conftest import SHARED, need

#: One corpus article in this many is compared (and every seed).
SAMPLE_STEP = 12

#: Sentences written for these tests: each shape of vague attribution, a surname given a role,
#: capitalised words beside a label, with near misses around them.
_TEXT = (
    "Markets wobble\n\n"
    "The prevailing view on the trading floor is that rates will rise. The widely\nheld belief is that "
    "the bank waits. Word on the forums, it seems, is mixed. The view was clear.\n\n"
    "People who follow the sector closely doubt the plan. Those who track the trade expect a cut. "
    "Anti-experts that watch   the market know little. Economists who study it say so.\n\n"
    "A growing body of research suggests otherwise, and a raft of new studies shows the same. "
    "The number of studies rose.\n\n"
    "As one veteran broker put it, nothing moves. In the words of one consultant, it is quiet. "
    "As a nurse, she knew.\n\n"
    "Okafor, who chairs the council, opposed it. As Lindqvist put it, the deal is done. Her coach, "
    "Brennan, said little. Hargreaves, for one, was pleased. Co-author Sall added a note.\n"
    "Dunmore, a senior fellow at the institute, disagreed, and “Okafor, who” was quoted.\n\n"
    "Key Outcome: Greene and greene met Greene. Past Examples: the Greene view, as greene said.\n\n"
    "The storied annals of the town, woven into a rich tapestry of memory, drew threads of grief.\n"
)


def _spans(matches) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [m.span() for m in matches]


def _docs():  # type: ignore[no-untyped-def]
    yield build_document("own.txt", _TEXT)
    corpus = need(SHARED / "corpus")
    paths = sorted(p for p in corpus.rglob("*") if p.suffix in {".txt", ".md", ".html"})[::SAMPLE_STEP]
    assert len(paths) >= 100, f"only {len(paths)} corpus articles sampled"
    for path in [*paths, *sorted(need(SHARED / "seeds").glob("*.txt"))]:
        doc = build_document(str(path), path.read_text(encoding="utf-8", errors="replace"))
        if doc.word_count:
            yield doc


def test_vague_shapes_found_at_trigger_words_are_the_scanned_ones_on_own_text():
    doc = build_document("own.txt", _TEXT)
    shapes = sourcing._vague_shape_patterns()
    found = {name: _spans(doc.index.finditer(shapes[name])) for name in ("view", "crowd", "body", "frame")}
    for name, spans in found.items():
        assert spans == _spans(shapes[name].finditer(doc.plain)), name
        assert spans, f"{name}: the scan found nothing here, so the comparison proved nothing"
    # a match with a line break inside its adjective ("widely\nheld belief") is found too
    assert any("\n" in doc.plain[s:e] for s, e in found["view"])


def test_vague_shapes_found_at_trigger_words_are_the_scanned_ones_on_the_corpora():
    shapes = sourcing._vague_shape_patterns()
    total = 0
    for doc in _docs():
        lo = sourcing.body_range(doc)[0]
        for name in ("view", "crowd", "body", "frame"):
            expected = _spans(shapes[name].finditer(doc.plain, lo))
            assert _spans(doc.index.finditer(shapes[name], lo)) == expected, (doc.path, name)
            total += len(expected)
    assert total > 0


def _unguarded(rx: regex.Pattern[str]) -> regex.Pattern[str]:
    guard = r"(?<!\p{L})(?=\p{L})(?:"
    assert rx.pattern.startswith(guard) and rx.pattern.endswith(")")
    return regex.compile(rx.pattern[len(guard) : -1], rx.flags)


def test_described_surname_guard_changes_no_match():
    guarded = regex.compile(sourcing._SURNAME_DESCRIBED.pattern, sourcing._SURNAME_DESCRIBED.flags)
    plain = _unguarded(guarded)
    total = 0
    for doc in _docs():
        lo, hi = sourcing.body_range(doc)
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(doc.plain, lo, hi)]
        assert [(m.span(), m.groupdict()) for m in guarded.finditer(doc.plain, lo, hi)] == expected, doc.path
        total += len(expected)
    assert total >= 5


def test_block_words_are_shared_and_equal_a_scan_from_the_label():
    rx = style._rx()["word"]
    doc = build_document("own.txt", _TEXT)
    labelled = 0
    for block in doc.body_blocks:
        words = style._block_words(doc, block)
        assert words is style._block_words(doc, block)  # one scan per document
        assert _spans(words) == _spans(rx.finditer(doc.plain, block.start, block.end))
        label = style._LABEL.match(doc.plain, block.start, block.end)
        if label:
            labelled += 1
            after = [w for w in words if w.start() >= label.end()]
            assert _spans(after) == _spans(rx.finditer(doc.plain, label.end(), block.end))
    assert labelled >= 1


def test_figures_found_at_trigger_words_are_the_scanned_ones():
    rx = filler._figure_pattern()
    total = 0
    for doc in _docs():
        expected = [(m.span(), m.groupdict()) for m in rx.finditer(doc.plain)]
        assert [(m.span(), m.groupdict()) for m in doc.index.finditer(rx)] == expected, doc.path
        total += len(expected)
        if doc.path == "own.txt":
            assert len(expected) >= 3
    assert total > 0


#: Sentences each of the gated SRC006 shapes matches, and a text none of their words is in.
_HEARSAY_TEXT = (
    "Harbour works\n\n"
    "Talk of a possible takeover has done the rounds in the yard for weeks. There is talk around the "
    "town of a sale. According to murmurings from the yard, the sale is close. The mood on the "
    "estate, for what it is worth, is that nobody will stay. As is often said in the trade, the "
    "yard never sleeps. In the industry, one hears that the sale is done. One often hears that it is "
    "late. It is understood among those who work in the sector that bids are in. Multiple sources "
    "confirm it, and sources close to the club suggest a deal.\n"
)
_PLAIN_TEXT = "Harbour works\n\nThe council approved the new quay on Tuesday. Work starts in May, the mayor said.\n"


def test_hearsay_shapes_skipped_only_where_they_cannot_match():
    gates = {
        "circulating": (sourcing._may_hold_circulating_talk, sourcing._circulating_talk_pattern()),
        "evidence": (sourcing._may_hold_hearsay_evidence, sourcing._hearsay_evidence_pattern()),
    }
    own = build_document("own.txt", _HEARSAY_TEXT)
    plain = build_document("plain.txt", _PLAIN_TEXT)
    for name, (may_hold, rx) in gates.items():
        assert rx.search(own.plain) and may_hold(own), f"{name}: written to match, so the gate must open"
        assert not may_hold(plain), f"{name}: none of its words here, so the gate must close"
    closed = 0
    for doc in _docs():
        for name, (may_hold, rx) in gates.items():
            if not may_hold(doc):
                closed += 1
                assert rx.search(doc.plain) is None, (doc.path, name)
    assert closed > 0


def test_escape_and_phrase_source_write_what_the_loops_they_replace_wrote():
    from pathlib import Path

    from lint.patterns import escape, phrase_source

    entries = {line for path in Path("rules/data").rglob("*.txt") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    entries |= {"a  b\t c", " x\u00a0y ", "(?x) [a-b] {2} \\ # & ~ -", "it's “q” \"z\"", "e\u2028f", "x²"}
    assert len(entries) > 1000
    for entry in entries:
        assert escape(entry) == regex.escape(entry), entry
    # phrase_source: any run of white space is one \s+, either apostrophe or quote mark, bounds
    assert phrase_source("it's  a (big)\tdeal") == r"(?<!\w)it['’]s\s+a\s+\(big\)\s+deal(?!\w)"
    assert phrase_source(" “Quoted” word ") == "[\"“”]Quoted[\"“”]\\s+word(?!\\w)"
    assert phrase_source("alone", bounded_start=False) == r"alone(?!\w)"
    rx = regex.compile(phrase_source("a + b's"))
    assert rx.search("x a  +\nb’s y") and not rx.search("xa + b's")


def test_hearsay_shapes_found_at_their_opening_words_are_the_scanned_ones():
    patterns = {"impersonal": sourcing._impersonal_hearsay_pattern(), "evidence": sourcing._hearsay_evidence_pattern()}
    own = build_document("own.txt", _HEARSAY_TEXT)
    for name, rx in patterns.items():
        found = _spans(own.index.finditer(rx))
        assert found == _spans(rx.finditer(own.plain)), name
        assert len(found) >= 2, f"{name}: the scan found too little here to prove anything"
    total = 0
    for doc in _docs():
        lo = sourcing.body_range(doc)[0]
        for name, rx in patterns.items():
            expected = [(m.span(), m.groupdict()) for m in rx.finditer(doc.plain, lo)]
            assert [(m.span(), m.groupdict()) for m in doc.index.finditer(rx, lo)] == expected, (doc.path, name)
            total += len(expected)
    assert total > 0


def test_hedged_sources_found_once_and_only_where_source_occurs():
    rx = sourcing._hedged_sources_pattern()
    own = build_document("own.txt", _HEARSAY_TEXT)
    assert len(sourcing._hedged_sources(own)) == 2
    assert sourcing._hedged_sources(own) is sourcing._hedged_sources(own)  # once per document
    for doc in [build_document("plain.txt", _PLAIN_TEXT), *_docs()]:
        if "source" not in doc.index.folded():
            assert rx.search(doc.plain) is None, doc.path


def test_imagery_and_figures_found_at_trigger_words_inside_sentences_are_the_scanned_ones():
    from lint.analyzers import asides

    patterns = (asides._imagery(), filler._figure_pattern())
    own = build_document("own.txt", _TEXT)
    total = 0
    for doc in [own, *_docs()]:
        for s in doc.sentences:
            for rx in patterns:
                expected = [(m.span(), m.groupdict()) for m in rx.finditer(doc.plain, s.start, s.end)]
                assert [(m.span(), m.groupdict()) for m in doc.index.finditer(rx, s.start, s.end)] == expected, (doc.path, s)
                total += len(expected)
        if doc is own:
            assert total >= 3, "the own text holds stock imagery and figures of speech"
    assert total > 10


def test_a_sentence_without_a_digit_gives_no_figure():
    from lint.analyzers import structure

    own = build_document("own.txt", "Rates\n\nThe river peaked at 4.9 metres shortly after 11pm on 3 May 2024. It fell.\n")
    assert structure._figures(own.plain) == {"4.9", "11", "3"}  # the year left out
    for doc in [own, *_docs()]:
        for s in doc.sentences:
            text = doc.plain[s.start : s.end]
            if structure._DIGIT.search(text) is None:
                assert structure._FIGURE.search(text) is None, (doc.path, text)


#: The writer's own unnamed interviewees, with near misses: a comma or a full stop between the
#: crowd and "we", a line break inside the verb, an apostrophe in the crowd's words.
_INTERVIEWED = (
    "Crowds we met\n\n"
    "The nurses we spoke to said little. Most of the Kenyan dairy farmers I talked with were tired, and every farmer I\n"
    "interviewed agreed. The days we spoke were long; the questions we asked were short.\n"
    "\u201cThe realtors we contacted\u201d, she wrote, \u201cthe ones whom we have consulted.\u201d Each broker we polled, the\n"
    "pickers that we'd reached and several of the co-op's growers we surveyed \u2014 all agreed. The doctors, we interviewed them.\n"
)


def test_interviewed_crowds_scanned_only_in_runs_of_words_holding_we_or_i():
    from lint.textindex import within_run

    rx = sourcing._interviewed_pattern()
    assert all(map(within_run, sourcing.word_list("interview-verbs.txt")))  # else the pattern scans the whole text
    own = build_document("own.txt", _INTERVIEWED)
    expected = _spans(rx.finditer(own.plain))
    assert len(expected) >= 4, "the scan found too little here to prove anything"
    assert _spans(own.index.finditer(rx)) == expected
    assert not any(own.plain[s:e].startswith("doctors") for s, e in expected)  # a comma ends a run
    for doc in _docs():
        lo = sourcing.body_range(doc)[0]
        assert _spans(doc.index.finditer(rx, lo)) == _spans(rx.finditer(doc.plain, lo)), doc.path


#: A crowd's mood by hearsay, a view held by a pronoun in a setting, a passive of hearsay and
#: talk going round, each with near misses (brackets or a line break inside the shape).
_RUN_SHAPES = (
    "Harbour talk\n\n"
    "Commuters, apparently, are furious about the fares. Tenants are reportedly up in arms. Drivers (apparently) are livid.\n"
    "Many in the sector feel the cut is late, and those close to the matter believe it will pass. The plan, which some in the\n"
    "industry consider oversized, stalls. Plenty around the harbour suspect a deal; some in Washington worry.\n"
    "Residents are said to be furious. Officials are believed to be considering a delay, and players are thought in the dressing\n"
    "room to be growing anxious. Officials, it is said, are thought to be wrong.\n"
    "Talk of a possible takeover has done the rounds. Chatter in the tech circles is growing. Rumours have been circulating\n"
    "among emergency planners. There is talk around the town. Talk, of course, has circulated.\n"
)

_RUN_PATTERNS = ("_hearsay_mood_pattern", "_pronominal_holder_pattern", "_passive_hearsay_pattern", "_circulating_talk_pattern")


def test_shapes_scanned_only_in_runs_holding_their_words_are_the_scanned_ones():
    from lint.textindex import _RUN_TRIGGERS

    own = build_document("own.txt", _RUN_SHAPES)
    for name in _RUN_PATTERNS:
        rx = getattr(sourcing, name)()
        assert (rx.pattern, rx.flags) in _RUN_TRIGGERS, f"{name} is scanned over the whole text"
        expected = _spans(rx.finditer(own.plain))
        assert len(expected) >= 2, f"{name}: the scan found too little here to prove anything"
        assert _spans(own.index.finditer(rx)) == expected, name
    for doc in _docs():
        lo = sourcing.body_range(doc)[0]
        for name in _RUN_PATTERNS:
            rx = getattr(sourcing, name)()
            assert _spans(doc.index.finditer(rx, lo)) == _spans(rx.finditer(doc.plain, lo)), (doc.path, name)


#: Common literals ("i", "as", "it", "in") inside many other words, so that they occur more than
#: once per ``LEAD_SPACING`` characters, and a few whole words among them that the pattern rules'
#: shapes open with, some after a dotless or dotted capital I, which fold to "i".
_COMMON_LEADS = (
    "Timid critics said it is difficult to finish this within its limits in time; visiting as\n"
    "assistants, as is his habit, insisting it fits. " * 6
    + "As of my last update, it looks like an ad blocker is on. It seems as if your ad blocker works.\n"
    "In this article we will look at it. I hope this helps! I'm unable to browse the internet.\n"
    "Let me know if you would like a longer version. İt looks like an ad blocker. ıt seems like your adblocker.\n"
    "(Note: verify the figures.) As an AI language model, I cannot say. It would be remiss of us not to.\n"
)


def test_common_leads_looked_up_at_word_starts_are_the_scanned_ones():
    """A pattern whose leading literals stand after a boundary, a line start or a non-letter it reads
    (``leads_start_words``) is tried at the word starts that begin with them when the literals are too
    common in the text to be tried everywhere; the matches are a scan's, on text written for it (where
    the word starts are what the patterns were tried at) and on the corpora."""
    from lint.kinds import _patterns, pattern_matches
    from lint.patterns import leads, leads_start_words
    from lint.rulepack import load_packs

    rules = [r for r in load_packs() if r.kind == "pattern"]
    own = build_document("own.txt", _COMMON_LEADS)
    at_word_starts = found = 0
    for rule in rules:
        for rx in _patterns(rule):
            expected = _spans(rx.finditer(own.plain))
            assert _spans(pattern_matches(own, rule, rx)) == expected, (rule.code, rx.pattern)
            lead = leads(rx)
            if lead and not lead[2] and leads_start_words(rx) and own.index.lead_positions(lead[0]) is None:
                at_word_starts += 1
                found += len(expected)
    assert at_word_starts >= 10, "too few patterns were tried at word starts here to prove anything"
    assert found >= 5, "the scans found too little here to prove anything"
    for doc in _docs():
        for rule in rules:
            for rx in _patterns(rule):
                assert _spans(pattern_matches(doc, rule, rx)) == _spans(rx.finditer(doc.plain)), (doc.path, rule.code)


def test_word_start_positions_are_where_a_literal_begins_a_run_of_letters():
    doc = build_document("own.txt", "Item: it, IT, 3it, it's, İt, ıt, kit; n/a, N/A, na, nab. Its")
    text = doc.plain
    expected = sorted(
        m.start() for m in regex.finditer(r"(?<!\p{L})(?=it)", text.replace("İ", "i").replace("ı", "i").lower())
    )
    assert doc.index.word_start_positions(frozenset({"it"})) == expected
    assert [text[p : p + 3] for p in doc.index.word_start_positions(frozenset({"n/a"}))] == ["n/a", "N/A"]


@pytest.mark.parametrize(
    ("source", "starts_words"),
    [
        (r"\bkick\s+off", True),
        (r"(?:^|(?<=[.!?]\s))renew\b", True),  # a line start, or a lookbehind ending in a space
        (r"\b(?:kindly\s+)?(?:renew|extend)\b", True),  # after "kindly" the match began earlier
        (r"[*•\s]+renew", True),  # a character that is no letter, read before the literal
        (r"(?:\ba\s*)+b", True),  # "b" never leads: every match reads "a" first
        (r"renew\s+now", False),  # "prerenew now" matches inside a word
        (r"[*•\s]*renew", False),  # the run of bullets may be empty
        (r"(?:a\s+)?\bb", False),  # "a" may follow a letter
        (r"(?:\ba-)*b", False),  # no "a-" first: "b" may follow a letter
        (r"(?:^|(?<=x))renew", False),  # a lookbehind ending in a letter
        (r"\w+ing\b", False),  # no leading literal at all
    ],
)
def test_leads_start_words(source: str, starts_words: bool) -> None:
    from lint.prefilter import leads_start_words

    rx = regex.compile(source, regex.I | regex.M)
    assert leads_start_words(rx.pattern, int(rx.flags)) is starts_words


#: Names slipped into lowercase beside their capitalised forms, and look-alikes: a place, a run of
#: capitalised words, a word that begins like a longer name, an acronym, a surname after a given name.
_SLIPS = (
    "Harbour notes\n\n"
    "Residents of Wexley met on Tuesday. In Wexley the Port Averill ferry stops, and Germany sent aid. "
    "Station Street, wexley, was shut; the street reopened. The European fund paid. "
    "Det Sgt Amy Pruett spoke; pruett said NATO would help, and other nato members agreed. "
    "Staff at port averill said germany helped, as did europe. Tarnow Province, Tarnow's hospitals and "
    "the Tarnow Health Board wrote; the south of tarnow waits. Cornwall Council met; cornwall paid.\n"
)


def test_capitalisation_slips_read_only_the_forms_that_can_be_reported(monkeypatch):
    """STY001's two slip checks read only the lowercase words whose capitalised form (or acronym) the
    article writes, and the capitalised words of those: the same findings as reading every word
    (the candidates widened to every lowercase form) on text written for it and on the corpora."""

    def hits(doc):  # type: ignore[no-untyped-def]
        return [(h.start, h.end, tuple(sorted(h.values.items())), h.related) for h in
                [*style._lowercase_known_names(doc, set()), *style._lowercase_single_slips(doc, set(), True)]]

    docs = [build_document("own.txt", _SLIPS), *_docs()]
    narrowed = [hits(doc) for doc in docs]
    monkeypatch.setattr(style, "_slip_candidates", lambda forms, skip, acronyms: {w for w in forms if w.islower()})
    monkeypatch.setattr(style, "_name_candidates", lambda forms, stop, common, titles, stems: {w for w in forms if w.islower() and w not in stop})
    every = [hits(doc) for doc in docs]
    assert len(narrowed[0]) >= 5, "the own text gives too few slips to prove anything"
    assert sum(map(len, every)) > len(every[0])
    for doc, a, b in zip(docs, narrowed, every):
        assert a == b, doc.path
