"""The text index: one tokenising pass over a document, shared by every rule.

Rules used to tokenise the text themselves, each with its own regular expression, and
look for their trigger words by scanning the whole text. A :class:`TextIndex` is built
once per document, on first use (``doc.index``), from one pass of :data:`WORD` over the
masked text (``doc.plain``: same offsets as the file, markup blanked), and holds:

* the **words** with their offsets (:attr:`TextIndex.starts`, :attr:`TextIndex.ends`),
  the word count and the count between two offsets (two binary searches);
* the **lower-cased word index** (:meth:`TextIndex.positions`): where each word part
  occurs. A word part is a run of letters and digits: "state-run" has the parts "state"
  and "run", "don't" has "don" and "t", so a lookup finds a word inside hyphenated and
  contracted forms as a ``\\b``-bounded pattern would. Parts that follow an underscore are
  left out, as a ``\\w+`` tokeniser leaves them (``foo_bar`` is one ``\\w`` word);
* the **letter index** (:meth:`TextIndex.letter_positions`): the same for runs of letters
  only, where a pattern's ``(?<!\\p{L})`` boundary also starts a word after a digit;
* the **sentences and blocks with their word counts**, and the **quote spans**
  (:meth:`TextIndex.in_quote`);
* the **extractions** the sourcing and date rules share: the people
  (:func:`lint.people.extract_people`) and the time line
  (:func:`lint.timeline.extract_timeline`) are computed once and kept here
  (:meth:`TextIndex.cached`).

Every offset is an offset into ``doc.text`` as well, so whatever a rule finds through the
index is reported at its exact line and column.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING, Any, Callable, Hashable, Iterable, Iterator

import regex

from lint.patterns import LazyPattern
from lint.patterns import compile as compile_pattern
from lint.patterns import escape, leads, leads_start_words
from lint.prefilter import fold

if TYPE_CHECKING:  # the Document builds its index; the index only reads it
    from lint.document import Block, Document, Span

#: A word: a letter or digit, then letters, digits, apostrophes and hyphens ("state-run",
#: "don't", "1990s"). The one tokenising pattern of the text index.
WORD = LazyPattern(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_PART = LazyPattern(r"[\p{L}\p{N}]+")
_LETTERS = LazyPattern(r"\p{L}+")
#: What separates the words that may precede a trigger word inside a match.
_GAP = frozenset(" \u00a0-")
#: A pattern is tried at its leading literals (:meth:`TextIndex.lead_matches`) while they occur
#: at most once per this many characters of the text searched; more (a literal such as "e" or
#: "i"), one scan costs less (a failed ``match`` costs about what scanning 60-200 characters does).
LEAD_SPACING = 150


#: Patterns whose matches begin at (or a few words before) one of a set of words: pattern
#: (source, flags) -> (trigger words, words before). See :func:`register_triggers`.
_TRIGGERS: dict[tuple[str, int], tuple[frozenset[str], int]] = {}


#: Patterns every match of which lies inside one run of :data:`RUN_CHARS` (and the pattern's own
#: extra characters) and holds one of a set of words: pattern (source, flags) -> (trigger words,
#: extra characters). See :func:`register_run_triggers`.
_RUN_TRIGGERS: dict[tuple[str, int], tuple[frozenset[str], str]] = {}
#: What a run of words may hold: word characters, white space, hyphens and apostrophes. Any other
#: character (a full stop, a comma, a quotation mark, a bracket) ends a run, unless a pattern
#: declares it as one of its own (a comma, for a pattern that reads "Tenants, apparently, are…").
RUN_CHARS = r"\w\s\-'’"


def register_run_triggers(rx: regex.Pattern[str], triggers: frozenset[str] | None, extra: str = "") -> regex.Pattern[str]:
    """Declare that every match of ``rx`` lies inside one run of :data:`RUN_CHARS` and ``extra``
    (lookarounds at the run's edges ask only whether a word character or letter is there; a
    lookbehind may read anything) and holds one of ``triggers`` as a whole run of letters,
    anywhere in the match: :meth:`TextIndex.finditer` then scans only the runs that hold a trigger
    (:meth:`TextIndex.finditer_runs`), for a pattern whose words before the trigger are not
    bounded. ``None`` declares nothing. Returns ``rx``."""
    if triggers is not None:
        _RUN_TRIGGERS[(rx.pattern, rx.flags)] = (triggers, extra)
    return rx


def within_run(phrase: str, extra: str = "") -> bool:
    """Whether a phrase holds only characters a run of :data:`RUN_CHARS` and ``extra`` holds
    (letters, digits, the underscore, white space, hyphens, apostrophes), so a pattern built
    from it stays in a run."""
    return all(c.isalnum() or c.isspace() or c in "_-'’" or c in extra for c in phrase)


@cache
def _run_breaks(extra: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A character that ends a run of :data:`RUN_CHARS` and ``extra``: forwards and backwards."""
    chars = RUN_CHARS + escape(extra)
    return compile_pattern(rf"[^{chars}]"), compile_pattern(rf"[^{chars}]", regex.REVERSE)


def register_triggers(rx: regex.Pattern[str], triggers: frozenset[str] | None, words_before: int = 0) -> regex.Pattern[str]:
    """Declare that every match of ``rx`` holds one of ``triggers`` as a whole run of letters,
    after at most ``words_before`` words (see :meth:`TextIndex.finditer_at`), so that
    :meth:`TextIndex.finditer` and :meth:`TextIndex.search` try it only there. ``None``
    declares nothing (the pattern keeps scanning the whole text). Returns ``rx``."""
    if triggers is not None:
        _TRIGGERS[(rx.pattern, rx.flags)] = (triggers, words_before)
    return rx


def first_letters(phrase: str) -> str:
    """The first run of letters of a phrase, case-folded: the key under which
    :meth:`TextIndex.letter_positions` finds where the phrase can begin."""
    m = _LETTERS.search(phrase)
    return m.group().casefold() if m else ""


class TextIndex:
    """Words, word parts, sentences, blocks and quotes of one document, computed once."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self.text = doc.plain
        spans = [m.span() for m in WORD.finditer(self.text)]
        #: Start and end offsets of every word, in text order.
        self.starts: list[int] = [s for s, _ in spans]
        self.ends: list[int] = [e for _, e in spans]
        self._parts: list[tuple[int, str]] | None = None
        self._by_lower: dict[str, list[int]] | None = None
        self._by_letters: dict[str, list[int]] | None = None
        self._cache: dict[Hashable, Any] = {}

    # -- words -------------------------------------------------------------------------------
    @property
    def word_count(self) -> int:
        return len(self.starts)

    def word_range(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """Indexes ``[i, j)`` of the words that begin between two offsets."""
        last = len(self.starts) if end is None else bisect.bisect_left(self.starts, end)
        return bisect.bisect_left(self.starts, start), last

    def count_words(self, start: int = 0, end: int | None = None) -> int:
        """Words that begin between two offsets (per sentence, per body): two binary searches."""
        i, j = self.word_range(start, end)
        return j - i

    def words(self, start: int = 0, end: int | None = None) -> list[str]:
        """The words that begin between two offsets, as written."""
        i, j = self.word_range(start, end)
        text = self.text
        return [text[self.starts[k] : self.ends[k]] for k in range(i, j)]

    def parts(self) -> list[tuple[int, str]]:
        """(offset, text) of every word part (run of letters and digits), in text order."""
        if self._parts is None:
            out: list[tuple[int, str]] = []
            text = self.text
            for s, e in zip(self.starts, self.ends):
                word = text[s:e]
                # a word of letters and digits only is one part (isalnum: no apostrophe or hyphen);
                # any other is split by the pattern, which also decides any character Python's
                # Unicode tables read differently
                if word.isalnum():
                    out.append((s, word))
                else:
                    out.extend((s + m.start(), m.group()) for m in _PART.finditer(word))
            self._parts = out
        return self._parts

    def positions(self, word: str) -> list[int]:
        """Offsets where a word part occurs, any case (``word`` lower-cased)."""
        return self.lower_index().get(word, [])

    def lower_index(self) -> dict[str, list[int]]:
        """Lower-cased word part -> its offsets in text order (parts after ``_`` left out)."""
        if self._by_lower is None:
            out: dict[str, list[int]] = defaultdict(list)
            text = self.text
            for s, part in self.parts():
                if s == 0 or text[s - 1] != "_":
                    out[part.lower()].append(s)
            self._by_lower = dict(out)
        return self._by_lower

    def letter_positions(self, word: str) -> list[int]:
        """Offsets where a run of letters occurs, in any case: like :meth:`positions`, but a
        digit also ends a word ("3D" holds the letter run "d"), and the runs are keyed
        case-folded, so every spelling a case-insensitive pattern accepts ("ſome") is found."""
        if self._by_letters is None:
            out: dict[str, list[int]] = defaultdict(list)
            for s, part in self.parts():
                if part.isalpha():
                    out[part.casefold()].append(s)
                else:
                    for m in _LETTERS.finditer(part):
                        out[m.group().casefold()].append(s + m.start())
            self._by_letters = dict(out)
        return self._by_letters.get(word.casefold(), [])

    def finditer_at(
        self,
        rx: regex.Pattern[str],
        triggers: frozenset[str],
        start: int = 0,
        end: int | None = None,
        *,
        words_before: int = 0,
    ) -> Iterator[regex.Match[str]]:
        """The matches ``rx.finditer(text, start, end)`` finds, tried only where one can start.

        For a pattern every match of which holds one of the ``triggers`` (any case) as a
        whole run of letters, preceded inside the match by at most ``words_before`` words of
        letters and hyphens, each followed by spaces (no-break spaces too): the index gives
        where the triggers occur, and the pattern is tried at each of them and at the word
        starts at most ``words_before`` words before it, leftmost first, never inside a match
        already found. A word-list pattern scanned over the whole text tries every character;
        this tries a few places per trigger word, with the same matches.
        """
        text = self.text
        stop = len(text) if end is None else end
        back = compile_pattern(rf"(?:[\p{{L}}\-]+[ \u00a0]+){{0,{words_before}}}", regex.REVERSE) if words_before else None
        pos = start
        for t in self._triggers_between(triggers, start, stop):
            if t < pos:
                continue  # inside a match (or a run) already read
            lo = back.match(text, pos, t).start() if back is not None else t  # type: ignore[union-attr] - matches empty
            for i in range(lo, t + 1):
                if text[i] in _GAP or (i > lo and text[i - 1] not in _GAP):
                    continue
                m = rx.match(text, i, stop)
                if m is not None and m.end() > m.start():
                    yield m
                    pos = m.end()
                    break

    def finditer_runs(
        self, rx: regex.Pattern[str], triggers: frozenset[str], start: int = 0, end: int | None = None, extra: str = ""
    ) -> Iterator[regex.Match[str]]:
        """The matches ``rx.finditer(text, start, end)`` finds, for a pattern registered with
        :func:`register_run_triggers`: the pattern scans only each run of :data:`RUN_CHARS` and
        ``extra`` that holds a trigger word (from the index), from the run's start to its end. No
        match crosses a character that ends a run, so a run without a trigger holds none and the
        scan of a run finds the matches the whole scan finds there; a sentence is a few runs."""
        text = self.text
        stop = len(text) if end is None else end
        forward, backward = _run_breaks(extra)
        pos = start
        for t in self._triggers_between(triggers, start, stop):
            if t < pos:
                continue
            before = backward.search(text, pos, t)
            after = forward.search(text, t, stop)
            lo = pos if before is None else before.end()  # the run's start, or where the scan stands
            pos = stop if after is None else after.start()
            yield from rx.finditer(text, lo, pos)

    def finditer(self, rx: regex.Pattern[str], start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
        """``rx.finditer(text, start, end)``: through the word index for a pattern whose
        trigger words are registered (:func:`register_triggers`, :func:`register_run_triggers`),
        at its leading literals (:meth:`lead_matches`) for a pattern that has some, else a scan."""
        in_runs = _RUN_TRIGGERS.get((rx.pattern, rx.flags))
        if in_runs is not None:
            return self.finditer_runs(rx, in_runs[0], start, end, in_runs[1])
        known = _TRIGGERS.get((rx.pattern, rx.flags))
        if known is None:
            led = self.lead_matches(rx, start, end)
            return rx.finditer(self.text, start, len(self.text) if end is None else end) if led is None else led
        return self.finditer_at(rx, known[0], start, end, words_before=known[1])

    def spans_searched(self, rx: regex.Pattern[str], spans: Iterable[Span]) -> list[bool]:
        """For each span (a sentence), whether ``rx.search(text, span.start, span.end)`` finds a
        match. A pattern with leading literals (:func:`lint.patterns.leads`, not anchored) is
        searched only in the spans that hold an occurrence of one of them (every match holds one,
        at or after its start), the others read as no match; any other is searched in every span."""
        spans = list(spans)
        at = self._lead_occurrences(rx)
        text, search = self.text, rx.search
        if at is None:
            return [search(text, s.start, s.end) is not None for s in spans]
        out = [False] * len(spans)
        for k, s in enumerate(spans):
            i = bisect.bisect_left(at, s.start)
            if i < len(at) and at[i] < s.end:
                out[k] = search(text, s.start, s.end) is not None
        return out

    def _lead_occurrences(self, rx: regex.Pattern[str]) -> list[int] | None:
        """Where a pattern's leading literals occur in the text (every match of it begins at one or
        in the run of non-letters before it), or ``None`` when it has none, is anchored or the
        folded text does not line up with the text."""
        lead = leads(rx)
        if lead is None or lead[2] or len(self.folded()) != len(self.text):
            return None
        every = self.lead_positions(lead[0])
        if every is None and leads_start_words(rx):
            every = self.word_start_positions(lead[0])
        return every

    def search(self, rx: regex.Pattern[str], start: int = 0, end: int | None = None) -> regex.Match[str] | None:
        """``rx.search(text, start, end)``, as :meth:`finditer` finds its matches."""
        return next(self.finditer(rx, start, end), None)

    def lead_matches(
        self, rx: regex.Pattern[str], start: int = 0, end: int | None = None, *, timeout: float | None = None
    ) -> Iterator[regex.Match[str]] | None:
        """``rx.finditer(text, start, end)`` tried only where a match can begin, for a pattern every
        match of which begins with one of a few literals after characters that are no letters
        (:func:`lint.patterns.leads`): at each occurrence ``t`` of one, the pattern is tried at
        ``t`` and, when characters may come first, at each offset of the run of non-letters just
        before it; a pattern that opens with ``^`` (``\\A``) is tried at each line start (the
        start of the text) whose first letter begins one of them. Leftmost first, never inside a
        match already found, so the matches are the scan's: one that began further left would
        begin before an occurrence tried earlier, in the run of non-letters before it, where it
        was tried. ``None`` when the pattern has no such literals or they occur too often to be
        worth it (the caller scans); ``timeout`` is passed to each try."""
        lead = leads(rx)
        folded = self.folded()
        if lead is None or len(folded) != len(self.text):
            return None
        words, before, anchor = lead
        stop = len(self.text) if end is None else end
        if anchor:
            heads = self.line_heads() if anchor == "line" else self.line_heads()[:1]
            if anchor == "text" and start > 0:
                return iter(())
            first = tuple(words)
            at = [s for s, t in heads if start <= s < stop and folded.startswith(first, t)]
            before = False
        else:
            at = self._lead_between(self.lead_positions(words), start, stop)
            if at is None and leads_start_words(rx):
                # a common literal ("i", "as", "it") inside other words: only where a word begins
                at = self._lead_between(self.word_start_positions(words), start, stop)
            if at is None:
                return None
        return self._match_at(rx, at, before, start, stop, timeout)

    @staticmethod
    def _lead_between(every: list[int] | None, start: int, stop: int) -> list[int] | None:
        """The offsets of ``every`` from ``start`` up to ``stop``; ``None`` when there are none to
        read or they stand closer than once per :data:`LEAD_SPACING` characters (a scan costs less)."""
        if every is None:
            return None
        i, j = bisect.bisect_left(every, start), bisect.bisect_left(every, stop)
        return None if (j - i) * LEAD_SPACING > stop - start else every[i:j]

    def _match_at(
        self, rx: regex.Pattern[str], at: list[int], before: bool, start: int, stop: int, timeout: float | None
    ) -> Iterator[regex.Match[str]]:
        text, match, pos = self.text, rx.match, start
        for t in at:
            if t < pos:
                continue
            s = t
            while before and s > pos and not text[s - 1].isalpha():
                s -= 1
            for i in range(s, t + 1):
                m = match(text, i, stop) if timeout is None else match(text, i, stop, timeout=timeout)
                if m is not None:
                    yield m
                    pos = m.end()
                    break

    def folded(self) -> str:
        """The text as a case-insensitive pattern's literals are looked up in (:func:`lint.prefilter.fold`)."""
        return self.cached("textindex.folded", lambda: fold(self.text))

    def lead_positions(self, words: frozenset[str]) -> list[int] | None:
        """Offsets where any of a set of folded literals occurs in :meth:`folded` (overlapping
        occurrences included), in text order, kept per set; ``None`` when one of them occurs more
        than once per :data:`LEAD_SPACING` characters of the whole text."""

        def compute() -> list[int] | None:
            at: list[int] = []
            for word in words:
                found = self.cached(("textindex.lead", word), lambda: occurrences(word))
                if found is None:
                    return None
                at.extend(found)
            return sorted(set(at))

        folded = self.folded()
        cap = len(folded) // LEAD_SPACING

        def occurrences(word: str) -> list[int] | None:
            out, find, i = [], folded.find, folded.find(word)
            while i >= 0:
                if len(out) == cap:
                    return None
                out.append(i)
                i = find(word, i + 1)
            return out

        return self.cached(("textindex.leads", words), compute)

    def word_start_positions(self, words: frozenset[str]) -> list[int]:
        """Offsets where one of a set of folded literals (:func:`lint.prefilter.fold`, each opening
        with a letter) occurs in :meth:`folded` at the start of a run of letters, in text order,
        kept per set: the runs of the letter index whose key begins with the literal (the key is
        the literal's first run of letters when the literal goes on with another character, "n/a",
        "let's"), and, for the few runs whose case-folded key is no ASCII ("İt", "ıt", which fold
        to "it"), wherever the folded text holds the literal at the run's start."""

        def compute() -> list[int]:
            self.letter_positions("")
            index = self._by_letters or {}
            keys, other = self.cached("textindex.letter_keys", lambda: (sorted(k for k in index if k.isascii()), [k for k in index if not k.isascii()]))
            folded = self.folded()
            at: list[int] = []
            for word in words:
                head = first_letters(word)
                if len(head) < len(word):
                    at.extend(index.get(head, ()))
                else:
                    i = bisect.bisect_left(keys, word)
                    while i < len(keys) and keys[i].startswith(word):
                        at.extend(index[keys[i]])
                        i += 1
                at.extend(p for key in other for p in index[key] if folded.startswith(word, p))
            return sorted(set(at))

        return self.cached(("textindex.word_starts", words), compute)

    def line_heads(self) -> list[tuple[int, int]]:
        """(start, first letter) of every line that holds a letter at or after its start: the
        offset after each newline (where ``^`` matches under MULTILINE; ``regex`` reads no other
        character as a line break there) and the first letter (``str.isalpha``) from it, which
        may lie on a later line; in text order."""

        def compute() -> list[tuple[int, int]]:
            text = self.text
            n = len(text)
            starts = [0]
            i = text.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = text.find("\n", i + 1)
            out: list[tuple[int, int]] = []
            nxt, head = n, n  # the line after this one and its first letter (none past the end)
            for s in reversed(starts):
                t = s
                while t < nxt and not text[t].isalpha():
                    t += 1
                head = head if t == nxt else t
                nxt = s
                if head < n:
                    out.append((s, head))
            out.reverse()
            return out

        return self.cached("textindex.line_heads", compute)

    def _triggers_between(self, triggers: frozenset[str], start: int, stop: int) -> list[int]:
        """Where the triggers occur from ``start`` up to ``stop``, in text order."""
        at = self.trigger_positions(triggers)
        return at[bisect.bisect_left(at, start) : bisect.bisect_left(at, stop)]

    def trigger_positions(self, triggers: frozenset[str]) -> list[int]:
        """Where any of a set of words occurs as a run of letters, in text order (kept per set)."""
        return self.cached(("triggers", triggers), lambda: sorted({p for w in triggers for p in self.letter_positions(w)}))

    def part_set(self) -> frozenset[str]:
        """Every word part, case kept ("greene" in it: the word is written in lower case)."""
        return self.cached("textindex.part_set", lambda: frozenset(p for _, p in self.parts()))

    # -- sentences, blocks, quotes -----------------------------------------------------------
    @property
    def sentences(self) -> tuple[Span, ...]:
        return self._doc.sentences

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self._doc.blocks

    @property
    def quotes(self) -> tuple[Span, ...]:
        return self._doc.quotes

    def in_quote(self, offset: int) -> bool:
        return self._doc.in_quote(offset)

    def sentence_words(self) -> tuple[int, ...]:
        """Words of each sentence, in the order of :attr:`sentences`."""
        return self.cached("textindex.sentence_words", lambda: tuple(self.count_words(s.start, s.end) for s in self.sentences))

    def block_words(self) -> tuple[int, ...]:
        """Words of each block, in the order of :attr:`blocks`."""
        return self.cached("textindex.block_words", lambda: tuple(self.count_words(b.start, b.end) for b in self.blocks))

    # -- shared extractions ------------------------------------------------------------------
    def cached(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """Compute an analysis of the document once (the people, the time line, a rule's
        own word sets) and share it between rules."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]
