"""Filler found by its shape when its wording is new: callout labels with free modifiers, slots
left in brackets, requests to the reader, the assistant's own voice, and page chrome lines.

Each shape is a form an editor would name ("a label heading a tip box", "an imperative addressed
to the reader that points at the page", "first person singular talking about the article") with
its few open word classes in ``rules/data``; the sentences of any one article are not the test.
FIL001 and FIL005 call :func:`callout_shapes` and :func:`placeholder_shapes` from
:mod:`lint.analyzers.filler`; the other shapes are rules of their own (FIL020, FIL021, FIL022, BPL020,
BPL021).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Callable, Iterator

import regex

from lint.analyzers.registry import analyzer
from lint.analyzers.stamps import stamp_source
from lint.document import Document, Span
from lint.findings import Hit
from lint.patterns import LazyPattern, alternation_source, compile as compile_pattern
from lint.textindex import WORD
from lint.wordlists import word_list

if TYPE_CHECKING:
    from lint.rule import Rule


def _key(text: str) -> str:
    """A phrase as the word lists hold it: lowercase, straight apostrophes, single spaces."""
    return " ".join(text.replace("’", "'").lower().split())


@cache
def _list_rx(name: str, suffix: str = "") -> regex.Pattern[str]:
    """A word list as one case-insensitive alternation on word boundaries (``suffix`` appended)."""
    return compile_pattern(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation_source(word_list(name))}){suffix}", regex.I | regex.V0)


@cache
def _keys(name: str) -> frozenset[str]:
    return frozenset(_key(p) for p in word_list(name))


# -- FIL001: a callout label with free modifiers -----------------------------------------------------
#: A label that opens its line: one to six words, an optional emoji, then a colon ("FUN FACT 🎸:").
_COLON_LABEL = LazyPattern(
    r"(?P<label>[\p{L}\p{N}][\p{L}\p{N}'’.&\-]*(?:[ \t]++[\p{L}\p{N}][\p{L}\p{N}'’.&\-]*){0,5})"
    r"[ \t]*+[*_]*[ \t]*+(?:[\p{So}\p{Sk}\uFE0F\u200D][ \t]*+)*[*_]*[ \t]*+:"
)
#: A line that is only an emphasised label, over a list (also inside a block quote and after an
#: emoji): "> 📌 **At a Glance**" then "> - Final: …".
_EMPHASISED_HEAD = LazyPattern(
    r"^[ \t>]*+(?:[\p{So}\p{Sk}\uFE0F\u200D][ \t]*+)*(?:\*\*|__)(?P<label>[^*_\n]{1,60}?)[ \t:]*(?:\*\*|__)[ \t:]*\n"
    r"(?:[ \t>]*+\n)?[ \t>]*+(?:[-*•]|\d+[.)])[ \t]",
    regex.M,
)
#: A reading time before a noun: "30-second", "two-minute", "5 minute".
_READING_TIME = LazyPattern(r"(?:\d{1,3}|[a-z]+)[- ](?:second|minute)s?$")


def is_shape_callout(label: str) -> bool:
    """Whether a label is a callout box's by shape: one to four words ending in a callout head of
    ``callout-shape-heads.txt`` (a tail such as "of the day" dropped), the words before it free but
    not function words; or a reading time before a noun of ``callout-timed-heads.txt``."""
    words = _key(label).split()
    article = words[:1] == ["the"]
    if article:
        words = words[1:]
    text = " ".join(words)
    for tail in _keys("callout-shape-tails.txt"):
        if text.endswith(" " + tail):
            text = text[: -len(tail) - 1]
            break
    words = text.split()
    if not 1 <= len(words) <= 4:
        return False
    timed = _keys("callout-timed-heads.txt")
    if words[-1] in timed and len(words) >= 2 and _READING_TIME.match(" ".join(words[:-1])):
        return True
    function = _keys("function-words.txt")
    for head in _keys("callout-shape-heads.txt"):
        if text == head or text.endswith(" " + head):
            before = text[: len(text) - len(head)].split()
            if article and not before and " " not in head:  # "The tip: a caller told police …"
                return False
            return len(before) <= 3 and not any(w in function for w in before)
    return False


def callout_shapes(doc: Document, line_lead: LazyPattern, is_callout_label: Callable[[str], bool]) -> Iterator[Hit]:
    """FIL001's shapes for labels its vocabulary does not list: a line-opening label that ends in
    a colon (an emoji may stand before it), and an emphasised line over a list. FIL001's analyzer
    passes what may stand before a label and its test of a stock label (this module does not
    import it: the analyzer imports this one)."""
    plain = doc.plain
    for line in regex.finditer(r"[^\n]+", plain):
        lead = line_lead.match(plain, line.start(), line.end())
        start = lead.end() if lead else line.start()
        m = _COLON_LABEL.match(plain, start, line.end())
        if not m or doc.in_quote(m.start("label")):
            continue
        label = m.group("label")
        if is_shape_callout(label) or (is_callout_label(label) and plain[m.end("label") : m.end()].strip(" \t*_:")):
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})
    for m in _EMPHASISED_HEAD.finditer(doc.text):
        label = m.group("label").strip()
        if is_shape_callout(label) or is_callout_label(label):
            yield Hit(m.start("label"), m.start("label") + len(label), {"match": label})
    yield from _separated_callouts(doc, line_lead, is_callout_label)
    yield from _dash_callouts(doc, line_lead, is_callout_label)
    yield from _timed_headings(doc, line_lead)
    yield from _led_audience_callouts(doc, line_lead, is_callout_label)


#: A label closed by a symbol instead of a colon ("FUN FACT ★ …", "PRO MOVE >> …", "Quick tip | …").
_SYMBOL_LABEL = LazyPattern(
    r"(?P<label>[\p{L}\p{N}][\p{L}\p{N}'’.&\-]*(?:[ \t]++[\p{L}\p{N}][\p{L}\p{N}'’.&\-]*){0,4})"
    r"[ \t]*+(?:>>|»|→|➜|➡️?|[★☆✦✪✱❖♦•|]|::)[ \t]*+(?=\S)"
)
#: An emphasised label with the callout's text on its own line ("**Editor's Insight 🔍** Measles …").
_EMPHASISED_INLINE = LazyPattern(
    r"^[ \t>]*+(?:[\p{So}\p{Sk}\uFE0F\u200D][ \t]*+)*(?:\*\*|__)(?P<label>[^*_\n:]{1,60}?)[ \t]*+"
    r"(?:[\p{So}\p{Sk}\uFE0F\u200D][ \t]*+)*(?:\*\*|__)[ \t]++(?=[\p{L}\p{N}])",
    regex.M,
)
#: A live blog's time stamp before an entry ("09:44 — ", "10.05am: ", "14:30 | ") or a list number ("3. ").
_ENTRY_MARK = LazyPattern(lambda: stamp_source() + r"|\d{1,2}[.)][ \t]++")
#: An audience after a label's head: "The takeaway for shoppers", "Tip for first-time buyers".
_AUDIENCE_TAIL = LazyPattern(r"(?P<head>.+?)[ \t]+for[ \t]+(?:the[ \t]+|new[ \t]+|first-time[ \t]+)?[\p{L}\-]+$", regex.I)


def is_audience_callout(label: str, is_callout_label: Callable[[str], bool]) -> bool:
    """A callout label followed by the audience it addresses ("The takeaway for shoppers")."""
    m = _AUDIENCE_TAIL.match(label.strip())
    if not m:
        return False
    head = m.group("head")
    return is_shape_callout(head) or is_callout_label(head)


def _separated_callouts(doc: Document, line_lead: LazyPattern, is_callout_label: Callable[[str], bool]) -> Iterator[Hit]:
    """Callout labels closed by a symbol ("FUN FACT ★", "PRO MOVE >>"), emphasised labels with
    their text on the same line ("**Editor's Insight 🔍** …"), and labels with an audience
    before their colon ("3. The takeaway for shoppers: …")."""
    plain = doc.plain
    for line in regex.finditer(r"[^\n]+", plain):
        lead = line_lead.match(plain, line.start(), line.end())
        start = lead.end() if lead else line.start()
        stamp = _ENTRY_MARK.match(plain, start, line.end())  # a live blog's entry: "09:44 — PRO MOVE >>"
        start = stamp.end() if stamp else start
        if doc.in_quote(start):
            continue
        m = _SYMBOL_LABEL.match(plain, start, line.end())
        if m and (is_shape_callout(m.group("label")) or is_callout_label(m.group("label"))):
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})
            continue
        m = _COLON_LABEL.match(plain, start, line.end())
        if m and is_audience_callout(m.group("label"), is_callout_label) and plain[m.end() : line.end()].strip():
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})
    for m in _EMPHASISED_INLINE.finditer(doc.text):
        label = m.group("label").strip()
        if is_shape_callout(label) or is_callout_label(label):
            yield Hit(m.start("label"), m.start("label") + len(label), {"match": label})


#: A label closed by a plain dash: "TL;DR — the fee rises", "Stat attack – three men …".
_DASH_LABEL = LazyPattern(
    r"(?P<label>[\p{L}\p{N}][\p{L}\p{N}'’;.&\-]*(?:[ \t]++[\p{L}\p{N}][\p{L}\p{N}'’;.&\-]*){0,2})"
    r"[ \t]*+[*_]*[ \t]*+(?:—|–|--)[ \t]*+(?=\S)"
)


def _line_openings(doc: Document, line_lead: LazyPattern, rx: LazyPattern) -> Iterator[regex.Match[str]]:
    """Matches of ``rx`` at the opening of each line, after what may stand before a label."""
    plain = doc.plain
    for line in regex.finditer(r"[^\n]+", plain):
        lead = line_lead.match(plain, line.start(), line.end())
        m = rx.match(plain, lead.end() if lead else line.start(), line.end())
        if m:
            yield m


def _dash_callouts(doc: Document, line_lead: LazyPattern, is_callout_label: Callable[[str], bool]) -> Iterator[Hit]:
    """A label of ``callout-dash-labels.txt`` that opens its line and is closed by a plain dash:
    words no sentence opens with, so the dash cannot be a sentence's aside."""
    labels = _keys("callout-dash-labels.txt")
    for m in _line_openings(doc, line_lead, _DASH_LABEL):
        if _key(m.group("label")) in labels and not doc.in_quote(m.start("label")):
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})


def _timed_headings(doc: Document, line_lead: LazyPattern) -> Iterator[Hit]:
    """A heading that is a reading time before a summary noun ("## The 30-second version"): the
    template's summary box, with no colon to close it."""
    plain = doc.plain
    timed = _keys("callout-timed-heads.txt")
    for block in doc.blocks:
        if block.kind != "heading":
            continue
        lead = line_lead.match(plain, block.start, block.end)
        a = lead.end() if lead else block.start
        label = plain[a : block.end].rstrip(" \t\r*_:")
        words = _key(label).split()
        if words[:1] == ["the"]:
            words = words[1:]
        if 2 <= len(words) <= 3 and words[-1] in timed and _READING_TIME.match(" ".join(words[:-1])):
            yield Hit(a, a + len(label), {"match": doc.text[a : a + len(label)]})


#: A lead-in, a label, "for" and an audience of one or two words, then a colon and text.
_LED_AUDIENCE = LazyPattern(
    r"(?P<label>(?P<lead>[\p{L}'’]+(?:[ \t]+[\p{L}'’]+){0,2})[ \t]+(?P<head>[\p{L}\p{N}\-]+(?:[ \t]+[\p{L}\p{N}\-]+)?)"
    r"[ \t]+for[ \t]+[\p{L}\-]+(?:[ \t]+[\p{L}\-]+)?)[ \t]*+:[ \t]*+(?=\S)"
)


def _led_audience_callouts(doc: Document, line_lead: LazyPattern, is_callout_label: Callable[[str], bool]) -> Iterator[Hit]:
    """A callout label behind a lead-in of ``callout-lead-ins.txt`` and before its audience
    ("Here's the upshot for renters: …")."""
    leads = _keys("callout-lead-ins.txt")
    for m in _line_openings(doc, line_lead, _LED_AUDIENCE):
        if _key(m.group("lead")) not in leads or doc.in_quote(m.start("label")):
            continue
        head = m.group("head")
        if is_callout_label(head) or is_shape_callout(head):
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})


# -- FIL005: slots left in brackets --------------------------------------------------------------------
_SQUARE = LazyPattern(r"\[(?P<inner>[^\[\]\n]{2,100})\]")
_DOUBLE_ANGLE = LazyPattern(r"<<(?P<inner>[^<>\n]{3,160})>>")
_PAREN = LazyPattern(r"\((?P<inner>[^()\n]{3,200})\)")


#: A template's variable in single braces and capitals: "{CITY}", "{SPOKESPERSON_NAME}".
_CAPS_BRACE = LazyPattern(r"(?<!\{)\{[\p{Lu}][\p{Lu}_ ]{2,40}\}(?!\})")


def _is_bare_cue(inner: str) -> bool:
    """A bracket that holds only a slot word other than "here": "[TK]", "[TBC]", "[to come]"."""
    key = _key(inner.strip(" .…"))
    return key != "here" and key in _keys("placeholder-slot-cues.txt")


def _opens_with_instruction(inner: str) -> bool:
    words = _key(inner).lstrip(" .…:-").split()
    return bool(words) and words[0] in _keys("placeholder-instructions.txt")


def _has_slot_cue(inner: str, strong: bool = False) -> bool:
    """Whether a bracket names a slot; ``strong``: by more than a bare "here"."""
    return any(not strong or _key(m.group()) != "here"
               for m in _list_rx("placeholder-slot-cues.txt", r"(?![\p{L}\p{N}])").finditer(inner))


#: An editor's "to come" left bare where a figure or a name belongs: "**TBC** per cent", "TK million",
#: "Recorder Alison TK", "**TBD**" (emphasised, it stands alone wherever it is).
@cache
def _bare_cue() -> regex.Pattern[str]:
    units = alternation_source(word_list("placeholder-count-units.txt"))
    return compile_pattern(
        r"(?<![\p{L}\p{N}])(?:(?:\*\*|__)(?P<cue>TK(?:TK)*|TBC|TBD)(?:\*\*|__)"
        rf"|(?P<cue>TK(?:TK)*|TBC|TBD|XX+)(?=[ \t]*(?:%|per[ \t]*cent\b|percent\b|(?:{units})\b))"
        r"|(?<=\p{Lu}\p{Ll}+[ \t]+)(?<!\b(?:The|A|An|At|In|On|By|To|For|From)[ \t]+)(?P<cue>TK(?:TK)*)(?![ \t]+\p{Lu}))(?![\p{L}\p{N}])"
    )


def placeholder_shapes(doc: Document) -> Iterator[Hit]:
    """FIL005's shapes beyond a generic noun: a square bracket whose words name a slot ("[NAME
    TO BE CONFIRMED]", "[Photo to come]", "[TK]"), a template variable in capitals and single
    braces ("{CITY}"), a double angle bracket ("<<table goes here>>"), and a parenthesis that
    opens with an instruction and says where or when to fill it ("(Add a reaction … here)"), and a
    bare "TK"/"TBC" where a figure or a name belongs (``_bare_cue``, ``placeholder-count-units.txt``)."""
    plain = doc.plain
    for m in _SQUARE.finditer(plain):
        inner = m.group("inner").strip()
        if _is_bare_cue(inner) or (len(WORD.findall(inner)) >= 2 and (_has_slot_cue(inner, strong=True) or (
                _has_slot_cue(inner) and (inner[:1].isupper() or _opens_with_instruction(inner))))):
            yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})
    for m in _CAPS_BRACE.finditer(plain):
        yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})
    for m in _DOUBLE_ANGLE.finditer(doc.text):
        if len(WORD.findall(m.group("inner"))) >= 2:
            yield Hit(m.start(), m.end(), {"match": m.group()})
    for m in _PAREN.finditer(plain):
        inner = m.group("inner")
        if _opens_with_instruction(inner) and _has_slot_cue(inner):
            yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})
    for m in _bare_cue().finditer(plain):
        yield Hit(m.start("cue"), m.end("cue"), {"match": doc.text[m.start("cue") : m.end("cue")]})


def left_out_placeholders(doc: Document, is_placeholder: Callable[[str], bool]) -> Iterator[Hit]:
    """A slot left in brackets in the page furniture the HTML reader leaves out of the article (a
    photo caption, a table cell, a sidebar): "[Photographer Name]", "[insert the winner]". A
    template's unfilled slot is decisive wherever it stands; FIL005's analyzer passes its test of
    a placeholder (this module does not import it)."""
    # only an HTML document has left-out furniture: captions and tables, and the sidebars and
    # notices it sets apart as the page's chrome
    for span in (*getattr(doc, "left_out", ()), *getattr(doc, "furniture", ())):
        for m in _SQUARE.finditer(doc.text, span.start, span.end):
            inner = m.group("inner").strip()
            if is_placeholder(inner) or _is_bare_cue(inner) or (
                    len(WORD.findall(inner)) >= 2 and (_has_slot_cue(inner, strong=True) or _opens_with_instruction(inner))):
                yield Hit(m.start(), m.end(), {"match": m.group()})


# -- FIL020: a request to the reader ---------------------------------------------------------------
#: What may open a request before its verb: quote marks, emphasis, an emoji, a vocative of one or
#: two capitalised words and a comma ("Students, …", "Lagos drivers, …").
_REQUEST_LEAD = LazyPattern(
    r"[\s“\"‘'*_>•\-–—(\p{So}\uFE0F]*(?:\p{Lu}[\p{L}'’\-]*(?:[ \t]++[\p{L}'’\-]+)?,[ \t]++)?"
)


def _writers_voice(doc: Document, start: int, end: int) -> bool:
    """Whether a sentence is the writer's own: not inside quoted speech, not attributed, not a
    turn of a Q&A interview (the answers are the interviewee's words)."""
    from lint.analyzers.wording import list_pattern
    from lint.interview import in_interview

    if doc.in_quote(start) or in_interview(doc, start):
        return False
    for name in ("attribution-verbs.txt", "plain-attribution.txt"):
        if doc.index.search(list_pattern(name), start, end):
            return False
    return True


@analyzer("shapes.reader_request")
def reader_request(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A sentence of the writer's own that opens with an imperative verb asking the reader to act
    (share, forward, pop, drop, comment, smack …, after a vocative or "Do", "Please") and points
    at the page, the story or the reader's own groups and channels."""
    plain = doc.plain
    verbs = _list_rx("reader-request-verbs.txt", r"(?![\p{L}\p{N}])")
    softeners = _list_rx("reader-request-softeners.txt", r"[ \t]++")
    targets = _list_rx("reader-request-targets.txt", r"(?![\p{L}\p{N}])")
    stock = _list_rx("reader-request-stock.txt", r"(?![\p{L}\p{N}])")
    for s, start in _request_openings(doc):
        lead = _REQUEST_LEAD.match(plain, start, s.end)
        at = lead.end() if lead else start
        soft = softeners.match(plain, at, s.end)
        if soft:
            at = soft.end()
        v = verbs.match(plain, at, s.end)
        if not v:
            continue
        # the verb must be followed by its object or a particle, not be a noun ("Share prices …")
        nxt = WORD.match(plain, v.end() + 1, s.end) if v.end() < s.end and plain[v.end()] in " \t" else None
        if nxt is None or _key(nxt.group()) not in _keys("reader-request-objects.txt"):
            continue
        if doc.count_words(s.start, s.end) < 4:  # a button's label ("Leave a Comment") is BPL003's
            continue
        if stock.search(plain, s.start, s.end):  # FIL003's stock request to the comment section
            continue
        t = next((t for t in targets.finditer(plain, v.end(), s.end) if _points_at_page(plain, t, s.end)), None)
        # the target itself may read as a verb of saying ("in the replies")
        if t is None or not (_writers_voice(doc, start, t.start()) and _writers_voice(doc, t.end(), s.end)):
            continue
        end = max(t.end(), v.end())
        yield Hit(v.start(), end, {"match": doc.text[v.start() : end]})


#: An aside that opens inside a sentence: after a dash or an opening parenthesis.
_ASIDE_OPENING = LazyPattern(r"(?:[ \t][—–-]|—|–|\()[ \t]*+")


def _request_openings(doc: Document) -> Iterator[tuple[object, int]]:
    """Where an imperative request may open: each sentence's start, and each aside that a dash or
    an opening parenthesis starts inside it ("… on Sunday (switch on alerts in our app …)")."""
    plain = doc.plain
    for s in doc.sentences:
        yield s, s.start
        for m in _ASIDE_OPENING.finditer(plain, s.start, s.end):
            if m.end() < s.end:
                yield s, m.end()


#: After a bare "below", what makes it the page's: the end of the clause ("… your marks below and …").
_CLAUSE_END = LazyPattern(r"[ \t]*+(?:[.!?,;:)\p{So}]|$|and\b|or\b)")


def _points_at_page(plain: str, target: regex.Match[str], end: int) -> bool:
    """A target other than a bare "below" points at the page; "below" does at the end of its
    clause ("drop your memories below."), not before a noun ("the signs below the bridge")."""
    return not _key(target.group()).endswith("below") or _CLAUSE_END.match(plain, target.end(), end) is not None


# -- FIL021: the assistant's own voice ----------------------------------------------------------------
_FIRST_PERSON = LazyPattern(r"(?<![\p{L}\p{N}'’])(?:I|me|my|myself|I['’](?:m|ve|d|ll))(?![\p{L}\p{N}'’])")
_HOPE_THIS = LazyPattern(r"\bI\s+(?:hope|trust|believe)\s+(?:that\s+)?(?:this|the|my)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[\w'’-]+(?:\s+[\w'’-]+)?)")
_PRESENTATIVE = LazyPattern(
    r"[\s*_>#\"“]*(?:here['’]s|here\s+is|here\s+are|below\s+is|below\s+are)\b[^.!?\n]{0,80}?\b(?:for|of|on)\s+your\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[\w'’-]+)(?=[\s:.,;!?*_]|$)",
    regex.I,
)
#: The hand-over naming the user's order: "Here is the revised article you asked for", "Below is
#: the match report, as requested".
_ORDERED = LazyPattern(
    r"[\s*_>#\"“]*(?:(?:certainly|sure|absolutely|of\s+course|okay|ok)[ \t]*+[!,.:—–-][ \t]*+)?"
    r"(?:here['’]s|here\s+is|here\s+are|below\s+is|below\s+are)\s+(?:the|your|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>[\w'’-]+)\b[ \t,]*(?:that\s+|which\s+)?(?:you\s+(?:asked\s+for|requested|wanted|ordered)|as\s+(?:you\s+)?requested)",
    regex.I,
)


#: The writer's own earlier text, in the first person singular: "my previous draft", "my first
#: version" (the noun is checked against assistant-work-nouns.txt).
_MY_EARLIER = LazyPattern(
    r"\bmy\s+(?:(?:previous|earlier|last|first|original|initial|prior|former)\s+)(?P<noun>[\w'’-]+)\b", regex.I
)
#: What makes a mention of that earlier text an apology for it.
_APOLOGY = LazyPattern(r"\b(?:apolog\w*|sorry|mix-?ups?|mistakes?|errors?|wrong(?:ly)?|mistakenly|incorrect(?:ly)?|as\s+I\s+(?:first\s+|wrongly\s+|mistakenly\s+)?(?:wrote|said|stated|put\s+it))\b", regex.I)


def _apology_for_draft(doc: Document, s: Span) -> regex.Match[str] | None:
    """A sentence of the writer's own that apologises for "my previous draft" (or version,
    article, summary): an assistant correcting itself for its user. A newsroom's correction is in
    the third person ("An earlier version of this story …")."""
    m = _MY_EARLIER.search(doc.plain, s.start, s.end)
    if m is None or doc.in_quote(m.start()) or _key(m.group("noun")) not in _keys("assistant-work-nouns.txt"):
        return None
    return m if _APOLOGY.search(doc.plain, s.start, s.end) else None


@analyzer("shapes.assistant_voice")
def assistant_voice(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """The assistant speaking to its user in the text: first person singular outside quotes with
    its input or training ("my most recent training data", "the information provided to me"), its
    sign-off ("I hope this article gives …"), and its hand-over of the text "for your story"."""
    plain = doc.plain
    inputs = _list_rx("assistant-inputs.txt", r"(?![\p{L}\p{N}])")
    nouns = _keys("assistant-work-nouns.txt")
    for s in doc.sentences:
        if doc.in_quote(s.start):
            continue
        apology = _apology_for_draft(doc, s)
        if apology is not None:
            yield Hit(apology.start(), apology.end(), {"match": apology.group()})
            continue
        p = _PRESENTATIVE.match(plain, s.start, s.end) or _ORDERED.match(plain, s.start, s.end)
        if p and _key(p.group("noun")) in nouns:
            yield Hit(s.start, p.end(), {"match": doc.text[s.start : p.end()].strip()})
            continue
        firsts = [m for m in _FIRST_PERSON.finditer(plain, s.start, s.end) if not doc.in_quote(m.start())]
        if not firsts:
            continue
        h = _HOPE_THIS.search(plain, s.start, s.end)
        if h and (_key(h.group("noun")) in nouns or _key(h.group("noun")).split()[0] in nouns):
            yield Hit(h.start(), h.end(), {"match": h.group()})
            continue
        i = inputs.search(plain, s.start, s.end)
        if i and not doc.in_quote(i.start()):
            a, b = min(i.start(), firsts[0].start()), max(i.end(), firsts[0].end())
            yield Hit(a, b, {"match": doc.text[a:b] if b - a <= 80 else i.group()})


# -- BPL020: a breadcrumb or a menu line --------------------------------------------------------------
_ITEM_REST = r"[\p{L}\p{N}&'’.\-]*(?:[ \t]++[\p{L}\p{N}&'’.\-]+){0,3}"
#: Three or more capitalised short items joined by a spaced slash or chevron: "News / Regional NSW / Floods".
_TRAIL = LazyPattern(rf"(?P<hit>\p{{Lu}}{_ITEM_REST}(?:[ \t]++[/>›»▸▶→][ \t]++[\p{{Lu}}\p{{N}}]{_ITEM_REST}){{2,}})")
#: Four or more short items joined by a bar, none longer than three words: "Menu | Search | Sign In".
_MENU_ITEM = r"[\p{L}\p{N}][\p{L}\p{N}&'’.\-]*(?:[ \t]++[\p{L}\p{N}&'’.\-]+){0,2}"
_MENU = LazyPattern(rf"(?P<hit>{_MENU_ITEM}(?:[ \t]*+\|[ \t]*+{_MENU_ITEM}){{3,}})")


@analyzer("shapes.chrome_line")
def chrome_line(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A line that is nothing but a breadcrumb trail (three or more capitalised items joined by
    " / ", " > ", " › ") or a menu bar (four or more items of at most three words joined by "|")."""
    plain = doc.plain
    for block in doc.blocks:
        text = plain[block.start : block.end]
        if "\n" in text.strip():
            continue
        lead = len(text) - len(text.lstrip(" \t*_#>"))
        body_end = block.end - (len(text) - len(text.rstrip(" \t*_")))
        for rx in (_TRAIL, _MENU):
            m = rx.fullmatch(plain, block.start + lead, body_end)
            if m and not _all_figures(m.group("hit")):
                yield Hit(m.start("hit"), m.end("hit"), {"match": " ".join(doc.text[m.start("hit") : m.end("hit")].split())})
                break
        else:
            a = block.start + lead
            if body_end > a and _is_widget_row(plain[a:body_end]):
                yield Hit(a, body_end, {"match": " ".join(doc.text[a:body_end].split())})


#: A spaced bar, middle dot or bullet between the items of a row of page widgets.
_ROW_SEPARATOR = LazyPattern(r"[ \t]++[|·•][ \t]++")
#: A lead before the row's first item, set off by a spaced dash ("Join the discussion — Name* · …").
_ROW_LEAD = LazyPattern(r"[ \t]++[—–][ \t]++")
#: What an item of a widget row opens with: a capital or a figure, maybe inside a button's brackets.
_ROW_ITEM_START = LazyPattern(r"[\[(]?+[\p{Lu}\p{N}]")
_ROW_WORD = LazyPattern(r"\p{L}{2,}")


def _is_widget_row(text: str) -> bool:
    """A line of three or more short items joined by spaced bars, middle dots or bullets, the
    first maybe behind a lead set off by a dash: the tools, menu or form fields of the page
    ("Skip to main content · Menu · Search", "Text size: A− A A+ | Print | Email", "Name* · Email*
    · Website"). Every item opens with a capital or a figure, holds at most four words (single
    letters such as the "A A+" of a text-size tool are no words) and ends without a sentence's
    punctuation or a figure (a row of results: "Hull 2 · Leeds 1"); a line with a quotation mark, or of figures, is a table or a quote."""
    if any(q in text for q in "\"“”‘") or _all_figures(text):
        return False
    items = [x.strip() for x in _ROW_SEPARATOR.split(text)]
    if len(items) < 3:
        return False
    first = _ROW_LEAD.split(items[0])
    items[:1] = first if len(first) == 2 else [items[0]]
    for item in items:
        if not _ROW_ITEM_START.match(item) or item[-1] in ".,;!?0123456789" or len(item.split()) > 6:
            return False
        if len(_ROW_WORD.findall(item)) > 4:
            return False
    return True


def _all_figures(text: str) -> bool:
    """Items that are all numbers or dates are a table's row, not navigation."""
    return sum(ch.isdigit() for ch in text) * 3 > sum(ch.isalpha() for ch in text)


# -- BPL021: the heading of a link block or a comment box ---------------------------------------------
_MD_LINK_ITEM = LazyPattern(r"[ \t]*+(?:[-*+•]|\d{1,3}[.)])[ \t]++\[[^\]\n]{2,200}\]\([^)\s]{1,300}\)[ \t]*+$")


def _short_heading(text: str) -> bool:
    words = WORD.findall(text)
    return 1 <= len(words) <= 7 and not text.rstrip().endswith((".", ",", ";"))


@analyzer("shapes.link_block_heading")
def link_block_heading(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A short heading over two or more list items that are each a single link ("More from the
    Daily", "Trending in Property"), and a line that is the heading of a comment box ("Have your
    say"). Headings of a source list (reference-list-names.txt, link-block-exempt-heads.txt) are citations, not chrome."""
    plain = doc.plain
    refs = _keys("reference-list-names.txt") | _keys("link-block-exempt-heads.txt")
    comment_heads = _keys("link-block-heads.txt")
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        text = plain[block.start : block.end].strip(" \t*_#>:")
        if "\n" in text or not text:
            continue
        if _key(text) in comment_heads:
            yield Hit(block.start, block.end, {"match": text})
            continue
        if block.kind != "heading" or not _short_heading(text) or _key(text).rstrip(":") in refs:
            continue
        links = 0
        for nxt in blocks[i + 1 : i + 8]:
            if nxt.kind != "list" or not (_MD_LINK_ITEM.match(doc.text, *_line_of(doc.text, nxt.start))
                                          or _enclosing_tag(doc.text, nxt.start) == "a"):
                break
            links += 1
        if links < 2:  # a saved page: the links under the heading were left out of the article
            until = blocks[i + 1].start if i + 1 < len(blocks) else len(doc.text)
            links = sum(1 for span in getattr(doc, "left_out", ())
                        if block.end <= span.start < until and _enclosing_tag(doc.text, span.start) == "a")
        if links >= 2:
            yield Hit(block.start, block.end, {"match": text})
    yield from _left_out_link_blocks(doc, refs)


def _line_of(text: str, offset: int) -> tuple[int, int]:
    """The line of ``offset`` (a list block starts after its marker and ends before a link's target)."""
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


_TAG_BEFORE = LazyPattern(r"<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>[\s]*$")


def _enclosing_tag(text: str, offset: int) -> str:
    lt = text.rfind("<", 0, offset)
    m = _TAG_BEFORE.match(text, lt, offset) if lt >= 0 else None
    return m.group("tag").lower() if m else ""


def _left_out_link_blocks(doc: Document, refs: frozenset[str]) -> Iterator[Hit]:
    """The same heading in a saved page, where the reader left the widget out of the article: a
    heading element followed by two or more links."""
    spans = list(getattr(doc, "left_out", ()))
    for i, span in enumerate(spans):
        if _enclosing_tag(doc.text, span.start) not in {"h2", "h3", "h4", "h5", "h6", "strong", "b"}:
            continue
        text = doc.text[span.start : span.end].strip()
        if not _short_heading(text) or _key(text).rstrip(":") in refs:
            continue
        links = 0
        for nxt in spans[i + 1 : i + 8]:
            if _enclosing_tag(doc.text, nxt.start) != "a":
                break
            links += 1
        if links >= 2:
            yield Hit(span.start, span.end, {"match": text})


# -- FIL022: a stock framing clause opening the lede -------------------------------------------------
_LEDE_LEAD = LazyPattern(r"[\s*_>\"“'‘]*")


@analyzer("shapes.lede_stock_opener")
def lede_stock_opener(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """The first paragraph of the body opens with a remark about the times ("In an age where …",
    "In today's fast-paced world, …") of ``rules/data/headline-stock-openers.txt``: the essay
    opener of generated copy where a news lede says who did what (STY007 reads the headline)."""
    from lint.analyzers.wording import list_pattern

    rx = list_pattern("headline-stock-openers.txt")
    for block in doc.body_blocks:
        if block.kind != "paragraph":
            continue
        lead = _LEDE_LEAD.match(doc.plain, block.start, block.end)
        at = lead.end() if lead else block.start
        m = rx.match(doc.plain, at, block.end)
        if m and not doc.in_quote(m.start()):
            yield Hit(m.start(), m.end(), {"match": doc.text[m.start() : m.end()]})
        return


# -- STY008: puffery stacked in one sentence -----------------------------------------------------------
#: A hyphenated word: coined praise is one when its last part is a sweeping participle.
_HYPHENATED = LazyPattern(r"(?<![\p{L}\p{N}\-])\p{L}+(?:-\p{L}+)+(?![\p{L}\p{N}\-])")


def _puffery_marks(doc: Document, start: int, end: int) -> list[tuple[int, int, str]]:
    """The marks of praise in a stretch of the text: modifiers of ``puffery-modifiers.txt``, claims
    of ``puffery-claims.txt`` and coined compounds ending in ``puffery-compound-tails.txt``, each
    (start, end, key), outside quoted speech; a capitalised mark inside a sentence is a name."""
    plain = doc.plain
    tails = _keys("puffery-compound-tails.txt")
    found: dict[tuple[int, int], str] = {}
    for name in ("puffery-modifiers.txt", "puffery-claims.txt", "puffery-adverbs.txt"):
        for m in doc.index.finditer(_list_rx(name, r"(?![\p{L}\p{N}\-])"), start, end):
            found[(m.start(), m.end())] = _key(m.group())
    for m in _HYPHENATED.finditer(plain, start, end):
        if (m.start(), m.end()) not in found and _key(m.group()).rsplit("-", 1)[-1] in tails:
            found[(m.start(), m.end())] = _key(m.group())
    out = []
    for (s, e), key in sorted(found.items()):
        if doc.in_quote(s):
            continue
        if plain[s].isupper() and not _sentence_initial(plain, start, s):
            continue
        out.append((s, e, key))
    return out


def _sentence_initial(plain: str, start: int, offset: int) -> bool:
    return not plain[start:offset].strip(" \t\n“\"‘'*_>•-–—")


@analyzer("shapes.stacked_puffery", fields=("count", "phrases"))
def stacked_puffery(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A sentence of the writer's own that stacks two or more different marks of praise: hype
    modifiers ("visionary, first-of-its-kind"), coined hyphenated superlatives ("category-
    redefining", "history-rewriting") and claims of being unequalled ("the undisputed crown jewel
    … has no equal"). One is ordinary English; two are promotion in the reporter's voice."""
    for s in doc.sentences:
        marks = _puffery_marks(doc, s.start, s.end)
        keys = {k for _, _, k in marks}
        if len(keys) < 2 or doc.count_words(s.start, s.end) > 60:
            continue
        if not _writers_voice(doc, s.start, s.end) and not _paraphrased_praise(doc, s, marks[0][0]):
            continue
        shown = ", ".join(f"'{k}'" for k in dict.fromkeys(k for _, _, k in marks))
        yield Hit(marks[0][0], marks[-1][1], {"match": doc.text[marks[0][0] : marks[-1][1]],
                                              "count": str(len(keys)), "phrases": shown})


#: Praise a speaker is said to have given, in the writer's words: "hailed the bill as a …",
#: "described the sale as a truly …", "called it a …".
_PRAISE_FRAME = LazyPattern(r"\b(?:hailed|hails|described|describes|called|calls|billed|bills|touted|touts|lauded|lauds|heralded|heralds|praised|praises)\b[^,;:“”\"]{0,60}?\b(?:as[ \t]+)?(?:an?|the)[ \t]+(?:truly[ \t]+|genuinely[ \t]+|simply[ \t]+)?$", regex.I)


def _paraphrased_praise(doc: Document, s: object, first_mark: int) -> bool:
    """Whether the marks of praise are the writer's paraphrase of a speaker, with no quotation
    marks: "Sponsors hailed the bill as a visionary, first-of-its-kind plan". The reporter has
    taken the praise into the story's own words; a quoted one is the speaker's."""
    start, end = s.start, s.end  # type: ignore[attr-defined]
    if any(q.start < end and start < q.end for q in doc.quotes):
        return False
    return _PRAISE_FRAME.search(doc.plain, start, first_mark) is not None


# -- AIT010: an editorial kicker closing the story -------------------------------------------------------
#: A figure in the sentence: a digit that starts a number ("12", "£9,000"), not part of a name
#: ("Kittiwake-1", "Type 47" stays a figure).
_FIGURE = LazyPattern(r"(?<![\p{L}\-])\p{N}")


@analyzer("shapes.editorial_kicker", fields=("marker",))
def editorial_kicker(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """One of the last three sentences of the body (a share line may follow), in the writer's own voice and with no figure,
    that fronts a subordinate clause ("As the water drains away, …", "Though the strings have
    fallen silent, …", "Whether … or …, …") and says something sweeping (``kicker-markers.txt``:
    "far from over", "as never before", "for ages to come", "remind us", "questions remain").
    A news story ends on a fact, a next step or a quote."""
    plain = doc.plain
    body = [s for s in doc.sentences if s.start >= doc.body_start and plain[s.start : s.end].strip()]
    openers = _list_rx("kicker-openers.txt", r"[ \t]")
    markers = _list_rx("kicker-markers.txt", r"(?![\p{L}\p{N}])")
    for s in body[-3:]:
        lead = _LEDE_LEAD.match(plain, s.start, s.end)
        at = lead.end() if lead else s.start
        if not openers.match(plain, at, s.end):
            continue
        comma = plain.find(",", at, s.end)
        if comma < 0 and _list_rx("kicker-subject-openers.txt", r"[ \t]").match(plain, at, s.end):
            comma = at  # "Whether … is a chapter yet to be written": the clause is the subject
        if comma < 0 or doc.count_words(at, comma) > 20 or _FIGURE.search(plain, s.start, s.end):
            continue
        if not _writers_voice(doc, s.start, s.end) or any(q.start < s.end and s.start < q.end for q in doc.quotes):
            continue
        m = markers.search(plain, s.start, s.end)
        if m:
            yield Hit(at, s.end, {"match": _shown_sentence(doc.text[at : s.end]), "marker": m.group()})


def _shown_sentence(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- FIL023: a question put to the reader, then a request -------------------------------------------------
_NEVER_MISS = LazyPattern(r"\bnever[ \t]+miss(?:[ \t]+(?:out[ \t]+on|a|an|another|the[ \t]+next|a[ \t]+single)\b|[ \t]+(?P<obj>\p{L}+))", regex.I)
_MISS_LEAD = LazyPattern(r"(?:^|\b(?:and|so|that|you['’]ll|you[ \t]+will))[ \t]+(?:you[ \t]+|they[ \t]+|will[ \t]+)?$", regex.I)
_BARE_LEAD = LazyPattern(r"[\s“\"‘'*_>•\-–—\p{So}\uFE0F]*")


@analyzer("shapes.reader_pitch")
def reader_pitch(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """The sign-off of a newsletter or blog template: a short question put to the reader with its
    subject left out ("Enjoyed this update?", "Know someone who'd like this?") followed in its
    paragraph by a request to pass the story on or sign up; and a promise that the reader will
    "never miss" another issue, at the start of a sentence or after "and" / "so (that) you"."""
    plain = doc.plain
    openers = _list_rx("reader-pitch-openers.txt", r"(?![\p{L}\p{N}'’])")
    actions = _list_rx("reader-pitch-actions.txt", r"(?![\p{L}\p{N}])")
    sentences = [s for s in doc.sentences if s.start >= doc.body_start]
    for i, s in enumerate(sentences):
        text = plain[s.start : s.end].rstrip()
        lead = _REQUEST_LEAD.match(plain, s.start, s.end)
        at = lead.end() if lead else s.start
        if text.endswith("?") and doc.count_words(s.start, s.end) <= 16 and openers.match(plain, at, s.end):
            nxt = sentences[i + 1] if i + 1 < len(sentences) else None
            if (nxt is not None and doc.block_at(nxt.start) == doc.block_at(s.start)
                    and actions.search(plain, nxt.start, nxt.end) and _writers_voice(doc, s.start, nxt.end)
                    and not _list_rx("reader-request-stock.txt").search(plain, nxt.start, nxt.end)):  # FIL003's
                yield Hit(at, s.start + len(text), {"match": doc.text[at : s.start + len(text)]})
                continue
        for m in _NEVER_MISS.finditer(plain, s.start, s.end):
            obj = m.group("obj")
            if obj is not None and _key(obj) not in _keys("never-miss-objects.txt"):
                continue
            before = plain[s.start : m.start()]
            if (_BARE_LEAD.fullmatch(before) or _MISS_LEAD.search(before)) and _writers_voice(doc, s.start, s.end):
                yield Hit(m.start(), m.end(), {"match": m.group()})
                break


# -- FIL024: a remark about the times opening a sentence -----------------------------------------------------
@analyzer("shapes.era_frame")
def era_frame(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A sentence of the writer's own that opens with a remark about the times:
    an opener of ``era-frames.txt`` whose clause up to its comma makes the times restless
    (``era-frame-flux.txt``; after an opener with "in", a noun for the times,
    ``era-frame-nouns.txt``). A lede that FIL022's list knows is FIL022's. A fixed idiom alone ("In this day and
    age, you cannot …") is also how people talk, and wire copy drops quote marks."""
    from lint.analyzers.wording import list_pattern

    plain = doc.plain
    stock = list_pattern("headline-stock-openers.txt")
    frames = _list_rx("era-frames.txt", r"(?![\p{L}\p{N}])")
    flux = _list_rx("era-frame-flux.txt", r"(?![\p{L}\p{N}])")
    nouns = _list_rx("era-frame-nouns.txt", r"(?![\p{L}\p{N}])")
    first = next((b for b in doc.body_blocks if b.kind == "paragraph"), None)
    for s in doc.sentences:
        if s.start < doc.body_start:
            continue
        lead = _LEDE_LEAD.match(plain, s.start, s.end)
        at = lead.end() if lead else s.start
        if (first is not None and first.start <= s.start < first.end and not plain[first.start : s.start].strip()
                and stock.match(plain, at, s.end)):
            continue  # FIL022's lede
        f = frames.match(plain, at, s.end)
        if not f:
            continue
        comma = plain.find(",", at, s.end)
        opener_end = f.end()
        if comma >= 0 and doc.count_words(opener_end, comma) <= 2:  # "In today's frantic, fast-paced world,"
            nxt = plain.find(",", comma + 1, s.end)
            comma = nxt if nxt >= 0 and doc.count_words(comma, nxt) <= 4 else comma
        if comma < 0 or doc.count_words(at, comma) > 25:
            continue
        if not (flux.search(plain, opener_end, comma)
                or (_key(f.group()).startswith("in") and nouns.search(plain, opener_end, comma))):
            continue
        # the frame is the writer's unless it is quoted or the sentence reports speech ("…, she said")
        if _writers_voice(doc, s.start, comma) and not doc.index.search(list_pattern("plain-attribution.txt"), s.start, s.end):
            yield Hit(at, comma, {"match": doc.text[at:comma]})


# -- FIL025: a sentence addressed to every kind of reader -------------------------------------------------
#: "Whether you're a seasoned angler or a curious beginner, …": the reader addressed as either of two types.
_EVERY_READER = LazyPattern(
    r"whether[ \t]+you(?:['’]re|['’]ve|[ \t]+are|[ \t]+have|[ \t]+(?!or\b)\p{L}+)[ \t]+(?:[\p{L}\p{N}'’\-]+[ \t]+){0,6}?or[ \t]+"
    r"(?:[\p{L}\p{N}'’\-]+[ \t,]+){0,6}?",
    regex.I,
)


@analyzer("shapes.every_reader")
def every_reader(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A sentence of the writer's own that opens by addressing the reader as either of two types
    ("Whether you're a hardened fan or a first-timer, …", "Whether you love the sea or fear it,
    …"): the universalising pitch of lifestyle templates, which promises something to everyone
    instead of reporting. Quoted and attributed sentences are skipped."""
    plain = doc.plain
    for s in doc.sentences:
        if s.start < doc.body_start and (doc.headline is None or not doc.headline.start <= s.start < doc.headline.end):
            continue
        lead = _LEDE_LEAD.match(plain, s.start, s.end)
        at = lead.end() if lead else s.start
        m = _EVERY_READER.match(plain, at, s.end)
        if not m:
            continue
        comma = plain.find(",", m.end() - 1, s.end)
        end = comma if comma >= 0 else m.end()
        if _writers_voice(doc, s.start, s.end):
            yield Hit(at, end, {"match": doc.text[at:end]})


# -- FIL026: a farewell to the reader closing the story -----------------------------------------------------
@cache
def _sign_off() -> regex.Pattern[str]:
    """Two imperative clauses of ``sign-off-verbs.txt`` in a row, the first opening the sentence."""
    verbs = alternation_source(word_list("sign-off-verbs.txt"))
    return compile_pattern(
        rf"(?:until[ \t]+next[ \t]+time|till[ \t]+then|in[ \t]+the[ \t]+meantime)?[ \t,]*"
        rf"(?P<hit>(?:{verbs})[ \t]+[\p{{L}}'’\-]+(?:[ \t]+[\p{{L}}'’\-]+){{0,3}}?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:{verbs})\b)",
        regex.I | regex.V0,
    )


@analyzer("shapes.reader_sign_off")
def reader_sign_off(doc: Document, rule: Rule, ctx: object) -> Iterator[Hit]:
    """A short sentence of the writer's own among the last three of the body that bids the reader
    farewell in two imperative clauses ("Stay safe, stay informed, and look out for one another!",
    "Keep exploring, keep learning"): a blog's or newsletter's sign-off, not the end of a story."""
    plain = doc.plain
    body = [s for s in doc.sentences if s.start >= doc.body_start and plain[s.start : s.end].strip()]
    rx = _sign_off()
    for s in body[-3:]:
        lead = _BARE_LEAD.match(plain, s.start, s.end)  # not a vocative: "Stay warm, stay dry"
        at = lead.end() if lead else s.start
        m = rx.match(plain, at, s.end)
        if not m or doc.count_words(s.start, s.end) > 16 or _FIGURE.search(plain, s.start, s.end):
            continue
        if _writers_voice(doc, s.start, s.end):
            yield Hit(m.start("hit"), s.end, {"match": _shown_sentence(doc.text[m.start("hit") : s.end])})


# -- FIL001: a callout label addressed to the reader --------------------------------------------------------
#: A label opening its line and closed by a colon, with text after it: "What this means for you: …".
_LINE_LABEL = LazyPattern(
    r"^[ \t>#*_•\-]*(?P<label>\p{Lu}[\p{L}'’\-]*(?:[ \t]+[\p{L}'’\-]+){0,5})[ \t]*[*_]*[ \t]*:[*_]*[ \t]+(?=\S)",
    regex.M,
)
#: The reader named in the label: "you", "your", "you're".
_SECOND_PERSON = LazyPattern(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", regex.I)


def reader_callout_labels(doc: Document) -> Iterator[Hit]:
    """FIL001's shape for a label that addresses the reader ("What this means for you:", "Why this
    matters to your wallet:", "Your move:"): a template's advice box. News copy may end a story with
    service information, but never under a label in the second person."""
    for m in _LINE_LABEL.finditer(doc.plain):
        label = m.group("label")
        if m.start("label") < doc.body_start or doc.in_quote(m.start("label")):
            continue
        if _SECOND_PERSON.search(label):
            yield Hit(m.start("label"), m.end("label"), {"match": doc.text[m.start("label") : m.end("label")]})
